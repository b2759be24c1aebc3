//! WARC 1.0/1.1 crawls, streamed record by record: plain, gzipped per record (members
//! concatenated) or gzipped whole; `MultiGzDecoder` reads both gzip layouts alike.
//!
//! Only `response` and `resource` records are read; each HTML or text payload goes through
//! the HTML reader. Memory is bounded by one record's payload ([`MAX_RECORD_BYTES`]);
//! larger records are streamed past. A record with a broken header is reported and the
//! reader looks for the next `WARC/` line (at most [`RESYNC_LIMIT`] bytes ahead); a
//! truncated record or a corrupt gzip stream ends the file with an error naming the record.
//! Item origins are `file#N`, N counting records from 1. Payloads can be parsed on several
//! threads ([`WarcReader::with_threads`]), a bounded batch of records at a time, in order.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::json::{Line, read_line_limited};
use crate::payload::{self, Payload};
use crate::{ReadError, SourceArticle};

/// Largest record payload read into memory (decompressed); larger ones are skipped.
pub const MAX_RECORD_BYTES: u64 = 32 * 1024 * 1024;
/// Records read ahead for parallel parsing: at most this many payload bytes...
const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// ...and at most this many records.
const BATCH_RECORDS: usize = 256;
/// Longest WARC header block.
const MAX_HEADER_BYTES: usize = 64 * 1024;
/// Most bytes streamed past one oversized record before the rest of the file is given up
/// (a gzip bomb can claim any length).
pub const SKIP_LIMIT: u64 = 2 * 1024 * 1024 * 1024;
/// How far past a broken record the reader looks for the next one.
pub const RESYNC_LIMIT: u64 = 64 * 1024 * 1024;

type Item = Result<SourceArticle, ReadError>;

/// Counts records (or items) that held no article and were skipped quietly.
pub type SkipCounter = Arc<AtomicUsize>;

/// Opens a WARC stream, gunzipping it when it starts with the gzip magic.
pub fn warc_from_reader(
    origin: &str,
    mut reader: impl BufRead + 'static,
    skipped: SkipCounter,
) -> WarcReader<Box<dyn BufRead>> {
    let gzipped = reader
        .fill_buf()
        .map(|head| head.starts_with(&[0x1f, 0x8b]))
        .unwrap_or(false);
    let reader: Box<dyn BufRead> = if gzipped {
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        Box::new(BufReader::with_capacity(256 * 1024, gz))
    } else {
        Box::new(reader)
    };
    WarcReader::new(origin, reader, skipped)
}

/// The streaming record reader; see the module documentation.
pub struct WarcReader<R> {
    origin: String,
    reader: R,
    record: usize,
    max_record: u64,
    skipped: SkipCounter,
    done: bool,
    /// The `WARC/` line of the next record was already consumed by a resync.
    have_version: bool,
    line: Vec<u8>,
    body: Vec<u8>,
    /// Threads parsing payloads (HTML parsing is the reader's costly part).
    threads: usize,
    /// Items parsed, waiting to be handed out in file order.
    ready: VecDeque<Item>,
}

struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

enum HeaderError {
    Io(io::Error),
    Bad(String),
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(origin: &str, reader: R, skipped: SkipCounter) -> Self {
        WarcReader {
            origin: origin.to_owned(),
            reader,
            record: 0,
            max_record: MAX_RECORD_BYTES,
            skipped,
            done: false,
            have_version: false,
            line: Vec::new(),
            body: Vec::new(),
            threads: 1,
            ready: VecDeque::new(),
        }
    }

    /// Parses payloads on up to `threads` threads, a batch of records at a time (default 1).
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Changes the largest payload read (default [`MAX_RECORD_BYTES`]).
    pub fn with_max_record(mut self, max: u64) -> Self {
        self.max_record = max;
        self
    }

    fn error(&self, message: impl Into<String>) -> ReadError {
        ReadError {
            origin: format!("{}#{}", self.origin, self.record),
            message: message.into(),
        }
    }

    /// The next header block, `None` at the end of the stream.
    fn read_header(&mut self) -> Result<Option<Header>, HeaderError> {
        if !self.have_version {
            loop {
                match read_line_limited(&mut self.reader, &mut self.line, 256)
                    .map_err(HeaderError::Io)?
                {
                    Line::Eof => return Ok(None),
                    Line::TooLong(_) => return Err(HeaderError::Bad(not_warc(&self.line))),
                    Line::Text if self.line.trim_ascii().is_empty() => continue,
                    Line::Text if is_version_line(&self.line) => break,
                    Line::Text => return Err(HeaderError::Bad(not_warc(&self.line))),
                }
            }
        }
        self.have_version = false;
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut total = 0usize;
        loop {
            let line = read_line_limited(&mut self.reader, &mut self.line, MAX_HEADER_BYTES)
                .map_err(HeaderError::Io)?;
            total += self.line.len() + 1;
            match line {
                Line::Eof => return Err(HeaderError::Bad("record header cut short".into())),
                Line::TooLong(_) => {
                    return Err(HeaderError::Bad("record header line too long".into()));
                }
                Line::Text => {}
            }
            if total > MAX_HEADER_BYTES {
                return Err(HeaderError::Bad("record header too long".into()));
            }
            let text = String::from_utf8_lossy(self.line.trim_ascii_end());
            if text.is_empty() {
                return Ok(Some(Header { fields }));
            }
            if text.starts_with([' ', '\t']) {
                // A folded continuation line.
                if let Some((_, value)) = fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
            } else if let Some((name, value)) = text.split_once(':') {
                fields.push((name.trim().to_owned(), value.trim().to_owned()));
            } else {
                return Err(HeaderError::Bad(format!(
                    "bad header line {:?}",
                    text.chars().take(60).collect::<String>()
                )));
            }
        }
    }

    /// Skips to the next `WARC/` line; false when none is found within the limit.
    fn resync(&mut self) -> bool {
        let mut scanned = 0u64;
        while scanned < RESYNC_LIMIT {
            match read_line_limited(&mut self.reader, &mut self.line, 256) {
                Ok(Line::Text) if is_version_line(&self.line) => {
                    self.have_version = true;
                    return true;
                }
                Ok(Line::Text) => scanned += self.line.len() as u64 + 1,
                Ok(Line::TooLong(n)) => scanned += n as u64 + 1,
                Ok(Line::Eof) | Err(_) => return false,
            }
        }
        false
    }

    /// Reports a broken record and looks for the next one.
    fn broken(&mut self, message: String) -> ReadError {
        let found = self.resync();
        if found {
            self.error(message)
        } else {
            self.done = true;
            self.error(format!(
                "{message}; no further record found, rest of file skipped"
            ))
        }
    }

    /// Reads `len` bytes of block into `self.body`, or streams past them when `keep` is false.
    fn read_block(&mut self, len: u64, keep: bool) -> Result<(), String> {
        self.body.clear();
        let mut block = (&mut self.reader).take(len);
        let got = if keep {
            block.read_to_end(&mut self.body).map(|n| n as u64)
        } else {
            io::copy(&mut block, &mut io::sink())
        };
        match got {
            Ok(n) if n == len => Ok(()),
            Ok(n) => Err(format!("record truncated: {n} of {len} bytes")),
            Err(e) => Err(format!("read failed inside the record: {e}")),
        }
    }
}

/// A wanted record read but not yet parsed.
struct Raw {
    header: Header,
    body: Vec<u8>,
    origin: String,
}

/// A record parsed, or an error met while reading, in file order.
enum Step {
    Raw(Box<Raw>),
    Error(ReadError),
}

impl Raw {
    fn article(&self, max_record: u64) -> Result<SourceArticle, Payload> {
        let header = &self.header;
        let kind = header.get("WARC-Type").unwrap_or_default();
        let mut article = if kind.eq_ignore_ascii_case("response") {
            response_article(&self.body, max_record)?
        } else {
            payload::article_from_payload(&self.body, header.get("Content-Type"))?
        };
        let url = header
            .get("WARC-Target-URI")
            .map(|u| u.trim_start_matches('<').trim_end_matches('>'));
        payload::fill_from_transport(&mut article, url, header.get("WARC-Date"));
        Ok(SourceArticle {
            input: article,
            origin: self.origin.clone(),
        })
    }

    /// `None` when the record held no article (counted on `skipped`).
    fn item(&self, max_record: u64, skipped: &SkipCounter) -> Option<Item> {
        match self.article(max_record) {
            Ok(article) => Some(Ok(article)),
            Err(Payload::Skipped(_)) => {
                skipped.fetch_add(1, Ordering::Relaxed);
                None
            }
            Err(Payload::Error(message)) => Some(Err(ReadError {
                origin: self.origin.clone(),
                message,
            })),
        }
    }
}

/// A stored HTTP response: status, transfer and content coding, then the payload.
fn response_article(block: &[u8], max: u64) -> Result<rasd_extract::ArticleInput, Payload> {
    let http = payload::parse_http_response(block).map_err(Payload::Error)?;
    if !(200..300).contains(&http.status) {
        return Err(Payload::Skipped("HTTP status not 2xx"));
    }
    let chunked = http
        .header("Transfer-Encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    // Some crawlers store the body already de-chunked but keep the header.
    let dechunked = chunked.then(|| payload::dechunk(http.body).ok()).flatten();
    let body = dechunked.as_deref().unwrap_or(http.body);
    let coding = http.header("Content-Encoding").unwrap_or_default();
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let decoded = payload::decode_content(body, coding, max).map_err(Payload::Error)?;
    let Some(body) = decoded else {
        return Err(Payload::Skipped("unknown content encoding"));
    };
    payload::article_from_payload(&body, http.header("Content-Type"))
}

fn is_version_line(line: &[u8]) -> bool {
    line.starts_with(b"WARC/") && line.len() <= 16
}

fn not_warc(line: &[u8]) -> String {
    let shown: String = String::from_utf8_lossy(&line[..line.len().min(40)]).into_owned();
    format!("expected a WARC record header, found {shown:?}")
}

impl<R: BufRead> WarcReader<R> {
    /// The next wanted record, unparsed, or the next error.
    fn next_step(&mut self) -> Option<Step> {
        while !self.done {
            let header = match self.read_header() {
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Ok(Some(header)) => {
                    self.record += 1;
                    header
                }
                Err(HeaderError::Io(e)) => {
                    self.record += 1;
                    self.done = true;
                    return Some(Step::Error(self.error(format!("read failed: {e}"))));
                }
                Err(HeaderError::Bad(message)) => {
                    self.record += 1;
                    return Some(Step::Error(self.broken(message)));
                }
            };
            let len = match header.get("Content-Length").map(str::parse::<u64>) {
                Some(Ok(len)) => len,
                Some(Err(_)) => return Some(Step::Error(self.broken("bad Content-Length".into()))),
                None => return Some(Step::Error(self.broken("missing Content-Length".into()))),
            };
            let kind = header.get("WARC-Type").unwrap_or_default();
            let wanted = ["response", "resource"]
                .iter()
                .any(|k| kind.eq_ignore_ascii_case(k));
            let keep = wanted && len <= self.max_record;
            if len > SKIP_LIMIT {
                self.done = true;
                return Some(Step::Error(self.error(format!(
                    "record too large ({len} bytes, limit {SKIP_LIMIT} bytes); rest of file skipped"
                ))));
            }
            if let Err(message) = self.read_block(len, keep) {
                self.done = true;
                return Some(Step::Error(self.error(message)));
            }
            if wanted && !keep {
                let max = self.max_record;
                return Some(Step::Error(self.error(format!(
                    "record too large ({len} bytes, limit {max} bytes), skipped"
                ))));
            }
            if !wanted {
                continue;
            }
            let body = std::mem::take(&mut self.body);
            let origin = format!("{}#{}", self.origin, self.record);
            return Some(Step::Raw(Box::new(Raw {
                header,
                body,
                origin,
            })));
        }
        None
    }

    /// Reads records up to [`BATCH_BYTES`] and parses their payloads on `threads` threads,
    /// keeping file order.
    fn fill(&mut self) {
        let mut steps = Vec::new();
        let mut bytes = 0usize;
        while bytes < BATCH_BYTES && steps.len() < BATCH_RECORDS {
            let Some(step) = self.next_step() else { break };
            if let Step::Raw(raw) = &step {
                bytes += raw.body.len();
            }
            steps.push(step);
        }
        let (max, skipped) = (self.max_record, &self.skipped);
        let one = |step: Step| match step {
            Step::Raw(raw) => raw.item(max, skipped),
            Step::Error(e) => Some(Err(e)),
        };
        if self.threads <= 1 || steps.len() < 2 {
            self.ready.extend(steps.into_iter().filter_map(one));
            return;
        }
        let per = steps.len().div_ceil(self.threads);
        let mut chunks: Vec<Vec<Step>> = Vec::new();
        let mut steps = steps.into_iter().peekable();
        while steps.peek().is_some() {
            chunks.push(steps.by_ref().take(per).collect());
        }
        let parsed: Vec<Vec<Item>> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|chunk| scope.spawn(move || chunk.into_iter().filter_map(one).collect()))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(ReadError {
                            origin: self.origin.clone(),
                            message: "internal error while parsing records".into(),
                        })]
                    })
                })
                .collect()
        });
        self.ready.extend(parsed.into_iter().flatten());
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.fill();
        }
    }
}
