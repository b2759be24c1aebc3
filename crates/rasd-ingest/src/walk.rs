//! Files and folders to articles: folders recursively in sorted order (hidden entries
//! skipped), each file read by its extension, unknown extensions sniffed.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rasd_extract::ArticleInput;

use crate::decode::{self, DecodeError, SNIFF_LEN};
use crate::json::{MAX_LINE_BYTES, jsonl_from_reader, read_json_str};
use crate::warc::{self, MAX_RECORD_BYTES, SkipCounter};
use crate::{ReadError, SourceArticle, feed, html};

/// Gunzips one file; concatenated members (as `gzip` appends them) are read in turn.
type GzipReader<R> = flate2::bufread::MultiGzDecoder<R>;

/// Largest file read whole (text, HTML, JSON); JSONL is streamed and has no file limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Limits of [`read_paths_with`].
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Files read whole (all but JSONL) larger than this are refused.
    pub max_file_bytes: u64,
    /// JSONL lines longer than this are reported and skipped.
    pub max_line_bytes: usize,
    /// WARC record payloads larger than this are reported and skipped.
    pub max_record_bytes: u64,
    /// Threads parsing WARC payloads (default: the available cores).
    pub parse_threads: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: MAX_FILE_BYTES,
            max_line_bytes: MAX_LINE_BYTES,
            max_record_bytes: MAX_RECORD_BYTES,
            parse_threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

type Item = Result<SourceArticle, ReadError>;

/// Bytes of input files read so far (compressed bytes for .gz): the progress behind an ETA.
pub type ByteCounter = Arc<AtomicU64>;

/// A reader that adds what it reads to a [`ByteCounter`].
struct Counting<R> {
    inner: R,
    counter: ByteCounter,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Total size of the regular files under `paths` (folders walked, at most 32 deep): the
/// denominator of the ingest ETA. Unreadable entries count nothing.
pub fn input_size(paths: &[PathBuf]) -> u64 {
    fn walk(path: &Path, depth: usize) -> u64 {
        let Ok(meta) = fs::metadata(path) else {
            return 0;
        };
        if meta.is_file() {
            return meta.len();
        }
        if !meta.is_dir() || depth > 32 {
            return 0;
        }
        fs::read_dir(path)
            .map(|entries| {
                entries
                    .flatten()
                    // Hidden entries are not read (see `list`), so they do not count.
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| walk(&e.path(), depth + 1))
                    .sum()
            })
            .unwrap_or(0)
    }
    paths.iter().map(|p| walk(p, 0)).sum()
}

/// Reads files and folders with the default [`ReadOptions`]; see [`PathReader`].
pub fn read_paths(paths: &[PathBuf]) -> PathReader {
    read_paths_with(paths, ReadOptions::default())
}

pub fn read_paths_with(paths: &[PathBuf], options: ReadOptions) -> PathReader {
    PathReader {
        pending: paths.iter().rev().cloned().map(Pending::Path).collect(),
        current: None,
        options,
        seen_dirs: HashSet::new(),
        skipped: SkipCounter::default(),
        bytes: ByteCounter::default(),
    }
}

/// The lazy iterator behind [`read_paths`]: one folder listing and one file (or one JSONL
/// stream) at a time. Every problem is an `Err` item naming the file (or `file:line`), and
/// reading goes on with the next line or file.
pub struct PathReader {
    /// A stack: the next path to read is last.
    pending: Vec<Pending>,
    current: Option<Box<dyn Iterator<Item = Item>>>,
    options: ReadOptions,
    seen_dirs: HashSet<PathBuf>,
    skipped: SkipCounter,
    bytes: ByteCounter,
}

enum Pending {
    Path(PathBuf),
    Error(ReadError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Json,
    Jsonl,
    Warc,
    Feed,
    /// `.xml`: a feed when it looks like one, else sniffed like an unknown file.
    Xml,
    Unknown,
}

/// The kind by extension, and whether the file is gzipped (`.jsonl.gz`, `.warc.gz`).
fn kind_of(path: &Path) -> (Kind, bool) {
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let mut ext_now = ext(path);
    let gz = ext_now == "gz";
    if gz {
        ext_now = path
            .file_stem()
            .map(|s| ext(Path::new(s)))
            .unwrap_or_default();
    }
    let kind = match ext_now.as_str() {
        "txt" | "text" => Kind::Text,
        "html" | "htm" | "xhtml" => Kind::Html,
        "json" => Kind::Json,
        "jsonl" | "ndjson" => Kind::Jsonl,
        "warc" => Kind::Warc,
        "rss" | "atom" => Kind::Feed,
        "xml" => Kind::Xml,
        _ => Kind::Unknown,
    };
    (kind, gz)
}

fn error(origin: &str, message: impl Into<String>) -> ReadError {
    ReadError {
        origin: origin.to_owned(),
        message: message.into(),
    }
}

impl Iterator for PathReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.pending.pop()? {
                Pending::Error(e) => return Some(Err(e)),
                Pending::Path(path) => {
                    if let Some(item) = self.open(path) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

impl PathReader {
    /// Counts the records and items read that held no article (a crawl's images, redirects,
    /// pages without body text); they are skipped quietly, not reported as errors.
    pub fn skip_counter(&self) -> SkipCounter {
        self.skipped.clone()
    }

    /// Counts skipped records on `counter` instead (one counter over several readers).
    pub fn with_skip_counter(mut self, counter: SkipCounter) -> Self {
        self.skipped = counter;
        self
    }

    /// Counts the bytes read from input files on `counter` (see [`input_size`]).
    pub fn with_byte_counter(mut self, counter: ByteCounter) -> Self {
        self.bytes = counter;
        self
    }

    fn counting(&self, file: File) -> Counting<File> {
        Counting {
            inner: file,
            counter: self.bytes.clone(),
        }
    }

    /// Lists a folder onto the stack, starts a JSONL stream, or reads a whole file.
    fn open(&mut self, path: PathBuf) -> Option<Item> {
        let origin = path.display().to_string();
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => return Some(Err(error(&origin, format!("cannot read: {e}")))),
        };
        if meta.is_dir() {
            self.list(&path, &origin);
            return None;
        }
        if !meta.is_file() {
            return Some(Err(error(&origin, "not a regular file")));
        }
        if meta.len() == 0 {
            return Some(Err(error(&origin, DecodeError::Empty.to_string())));
        }
        let (kind, gz) = kind_of(&path);
        let streamed = match kind {
            Kind::Jsonl => Some(self.open_jsonl(&path, &origin, gz)),
            Kind::Warc => Some(self.open_warc(&path, &origin)),
            _ => None,
        };
        if let Some(result) = streamed {
            return result.err().map(Err);
        }
        let result = self.read_whole(&path, &origin, kind, gz, meta.len());
        self.bytes.fetch_add(meta.len(), Ordering::Relaxed);
        match result {
            Ok(items) => {
                self.current = Some(Box::new(items.into_iter()));
                None
            }
            Err(e) => Some(Err(e)),
        }
    }

    fn list(&mut self, path: &Path, origin: &str) {
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.seen_dirs.insert(key) {
            return;
        }
        let entries = match fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => {
                let message = format!("cannot list folder: {e}");
                self.pending.push(Pending::Error(error(origin, message)));
                return;
            }
        };
        let mut children = Vec::new();
        let mut errors = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) if entry.file_name().as_encoded_bytes().starts_with(b".") => {}
                Ok(entry) => children.push(entry.path()),
                Err(e) => errors.push(error(origin, format!("cannot list folder: {e}"))),
            }
        }
        children.sort();
        self.pending
            .extend(children.into_iter().rev().map(Pending::Path));
        self.pending.extend(errors.into_iter().map(Pending::Error));
    }

    fn open_warc(&mut self, path: &Path, origin: &str) -> Result<(), ReadError> {
        let file = File::open(path).map_err(|e| error(origin, format!("cannot read: {e}")))?;
        let reader = BufReader::with_capacity(256 * 1024, self.counting(file));
        let records = warc::warc_from_reader(origin, reader, self.skipped.clone())
            .with_max_record(self.options.max_record_bytes)
            .with_threads(self.options.parse_threads);
        self.current = Some(Box::new(records));
        Ok(())
    }

    fn open_jsonl(&mut self, path: &Path, origin: &str, gz: bool) -> Result<(), ReadError> {
        let file = self
            .counting(File::open(path).map_err(|e| error(origin, format!("cannot read: {e}")))?);
        let file: Box<dyn Read> = if gz {
            Box::new(GzipReader::new(BufReader::new(file)))
        } else {
            Box::new(file)
        };
        let mut reader = BufReader::with_capacity(64 * 1024, file);
        let head = reader
            .fill_buf()
            .map_err(|e| error(origin, format!("cannot read: {e}")))?;
        let sample = &head[..head.len().min(SNIFF_LEN)];
        if encoding_rs::Encoding::for_bom(sample).is_none() && decode::looks_binary(sample) {
            return Err(error(origin, DecodeError::Binary.to_string()));
        }
        let lines = jsonl_from_reader(origin, reader).with_max_line(self.options.max_line_bytes);
        self.current = Some(Box::new(lines));
        Ok(())
    }

    fn read_whole(
        &self,
        path: &Path,
        origin: &str,
        mut kind: Kind,
        gz: bool,
        len: u64,
    ) -> Result<Vec<Item>, ReadError> {
        let io_error = |e: std::io::Error| error(origin, format!("cannot read: {e}"));
        let max = self.options.max_file_bytes;
        let too_large = |n: u64| {
            error(
                origin,
                format!("file too large ({n} bytes, limit {max} bytes)"),
            )
        };
        let sniffed = matches!(kind, Kind::Unknown | Kind::Xml);
        if sniffed && !gz {
            // Refuse binary before size: a large binary file is "binary", not "too large".
            let mut head = Vec::with_capacity(SNIFF_LEN);
            File::open(path)
                .map_err(io_error)?
                .take(SNIFF_LEN as u64)
                .read_to_end(&mut head)
                .map_err(io_error)?;
            if encoding_rs::Encoding::for_bom(&head).is_none() && decode::looks_binary(&head) {
                return Err(error(origin, "binary file skipped"));
            }
        }
        if !gz && len > max {
            return Err(too_large(len));
        }
        let file = File::open(path).map_err(io_error)?;
        let mut bytes = Vec::new();
        if gz {
            GzipReader::new(BufReader::new(file))
                .take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| error(origin, format!("bad gzip data: {e}")))?;
            if bytes.len() as u64 > max {
                return Err(error(
                    origin,
                    format!("gzip data decompresses past the limit of {max} bytes"),
                ));
            }
        } else {
            file.take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(io_error)?;
            if bytes.len() as u64 > max {
                return Err(too_large(bytes.len() as u64));
            }
        }
        if sniffed {
            let head = &bytes[..bytes.len().min(SNIFF_LEN)];
            if encoding_rs::Encoding::for_bom(head).is_none() && decode::looks_binary(head) {
                return Err(error(origin, "binary file skipped"));
            }
            kind = if feed::looks_like_feed(head) {
                Kind::Feed
            } else if looks_like_html(head) {
                Kind::Html
            } else {
                Kind::Text
            };
        }
        let decode_error = |e: DecodeError| error(origin, e.to_string());
        let article = match kind {
            Kind::Json => {
                let text = decode::decode_bytes(&bytes).map_err(decode_error)?;
                return Ok(read_json_str(origin, &text));
            }
            Kind::Feed => return Ok(feed::read_feed_bytes(origin, &bytes)),
            Kind::Html => {
                let article = html::article_from_html_bytes(&bytes).map_err(decode_error)?;
                if article.text.trim().is_empty() {
                    return Err(error(origin, "no article text found"));
                }
                article
            }
            Kind::Text | Kind::Unknown | Kind::Xml | Kind::Jsonl | Kind::Warc => {
                let text = decode::decode_bytes(&bytes).map_err(decode_error)?;
                article_from_text(&text)
            }
        };
        Ok(vec![Ok(SourceArticle {
            input: article,
            origin: origin.to_owned(),
        })])
    }
}

/// Plain page text: the whole of it is the article text (line endings made `\n`).
pub fn article_from_text(text: &str) -> ArticleInput {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ArticleInput {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        ..ArticleInput::default()
    }
}

pub(crate) fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let lower = head[start..head.len().min(start + 64)].to_ascii_lowercase();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}
