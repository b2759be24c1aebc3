//! Files and folders to articles: folders recursively in sorted order (hidden entries
//! skipped), each file read by its extension, unknown extensions sniffed.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rasd_extract::ArticleInput;

use crate::decode::{self, DecodeError, SNIFF_LEN};
use crate::json::{MAX_LINE_BYTES, jsonl_from_reader, read_json_str};
use crate::{ReadError, SourceArticle, html};

/// Largest file read whole (text, HTML, JSON); JSONL is streamed and has no file limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Limits of [`read_paths_with`].
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Files read whole (all but JSONL) larger than this are refused.
    pub max_file_bytes: u64,
    /// JSONL lines longer than this are reported and skipped.
    pub max_line_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: MAX_FILE_BYTES,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }
}

type Item = Result<SourceArticle, ReadError>;

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
    Unknown,
}

fn kind_of(path: &Path) -> Kind {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    match ext.to_ascii_lowercase().as_str() {
        "txt" | "text" => Kind::Text,
        "html" | "htm" | "xhtml" => Kind::Html,
        "json" => Kind::Json,
        "jsonl" | "ndjson" => Kind::Jsonl,
        _ => Kind::Unknown,
    }
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
        let kind = kind_of(&path);
        if kind == Kind::Jsonl {
            return match self.open_jsonl(&path, &origin) {
                Ok(()) => None,
                Err(e) => Some(Err(e)),
            };
        }
        let result = self.read_whole(&path, &origin, kind, meta.len());
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

    fn open_jsonl(&mut self, path: &Path, origin: &str) -> Result<(), ReadError> {
        let file = File::open(path).map_err(|e| error(origin, format!("cannot read: {e}")))?;
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
        len: u64,
    ) -> Result<Vec<Item>, ReadError> {
        let io_error = |e: std::io::Error| error(origin, format!("cannot read: {e}"));
        let mut file = File::open(path).map_err(io_error)?;
        if kind == Kind::Unknown {
            let mut head = Vec::with_capacity(SNIFF_LEN);
            (&mut file)
                .take(SNIFF_LEN as u64)
                .read_to_end(&mut head)
                .map_err(io_error)?;
            if encoding_rs::Encoding::for_bom(&head).is_none() && decode::looks_binary(&head) {
                return Err(error(origin, "binary file skipped"));
            }
            kind = if looks_like_html(&head) {
                Kind::Html
            } else {
                Kind::Text
            };
            file = File::open(path).map_err(io_error)?;
        }
        let max = self.options.max_file_bytes;
        let too_large = |n: u64| {
            error(
                origin,
                format!("file too large ({n} bytes, limit {max} bytes)"),
            )
        };
        if len > max {
            return Err(too_large(len));
        }
        let mut bytes = Vec::new();
        file.take(max.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() as u64 > max {
            return Err(too_large(bytes.len() as u64));
        }
        let decode_error = |e: DecodeError| error(origin, e.to_string());
        let article = match kind {
            Kind::Json => {
                let text = decode::decode_bytes(&bytes).map_err(decode_error)?;
                return Ok(read_json_str(origin, &text));
            }
            Kind::Html => {
                let article = html::article_from_html_bytes(&bytes).map_err(decode_error)?;
                if article.text.trim().is_empty() {
                    return Err(error(origin, "no article text found"));
                }
                article
            }
            Kind::Text | Kind::Unknown | Kind::Jsonl => {
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

fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let lower = head[start..head.len().min(start + 64)].to_ascii_lowercase();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}
