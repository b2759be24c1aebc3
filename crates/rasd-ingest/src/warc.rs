//! WARC 1.0/1.1 crawls, streamed record by record: plain, gzipped per record (members
//! concatenated) or gzipped whole; `MultiGzDecoder` reads both gzip layouts alike.
//!
//! Only `response` and `resource` records are read; each HTML or text payload goes through
//! the HTML reader. Memory is bounded by one record's payload ([`MAX_RECORD_BYTES`]);
//! larger records are streamed past. A record with a broken header is reported and the
//! reader looks for the next `WARC/` line (at most [`RESYNC_LIMIT`] bytes ahead); a
//! truncated record or a corrupt gzip stream ends the file with an error naming the record.
//! Item origins are `file#N`, N counting records from 1.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::json::{Line, read_line_limited};
use crate::payload::{self, Payload};
use crate::{ReadError, SourceArticle};

/// Largest record payload read into memory (decompressed); larger ones are skipped.
pub const MAX_RECORD_BYTES: u64 = 32 * 1024 * 1024;
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
        }
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
    fn broken(&mut self, message: String) -> Item {
        let found = self.resync();
        if found {
            Err(self.error(message))
        } else {
            self.done = true;
            Err(self.error(format!(
                "{message}; no further record found, rest of file skipped"
            )))
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

    fn article(&self, header: &Header) -> Result<SourceArticle, Payload> {
        let kind = header.get("WARC-Type").unwrap_or_default();
        let mut article = if kind.eq_ignore_ascii_case("response") {
            response_article(&self.body, self.max_record)?
        } else {
            payload::article_from_payload(&self.body, header.get("Content-Type"))?
        };
        let url = header
            .get("WARC-Target-URI")
            .map(|u| u.trim_start_matches('<').trim_end_matches('>'));
        payload::fill_from_transport(&mut article, url, header.get("WARC-Date"));
        Ok(SourceArticle {
            input: article,
            origin: format!("{}#{}", self.origin, self.record),
        })
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

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
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
                    return Some(Err(self.error(format!("read failed: {e}"))));
                }
                Err(HeaderError::Bad(message)) => {
                    self.record += 1;
                    return Some(self.broken(message));
                }
            };
            let len = match header.get("Content-Length").map(str::parse::<u64>) {
                Some(Ok(len)) => len,
                Some(Err(_)) => return Some(self.broken("bad Content-Length".into())),
                None => return Some(self.broken("missing Content-Length".into())),
            };
            let kind = header.get("WARC-Type").unwrap_or_default();
            let wanted = ["response", "resource"]
                .iter()
                .any(|k| kind.eq_ignore_ascii_case(k));
            let keep = wanted && len <= self.max_record;
            if len > SKIP_LIMIT {
                self.done = true;
                return Some(Err(self.error(format!(
                    "record too large ({len} bytes, limit {SKIP_LIMIT} bytes); rest of file skipped"
                ))));
            }
            if let Err(message) = self.read_block(len, keep) {
                self.done = true;
                return Some(Err(self.error(message)));
            }
            if wanted && !keep {
                let max = self.max_record;
                return Some(Err(self.error(format!(
                    "record too large ({len} bytes, limit {max} bytes), skipped"
                ))));
            }
            if !wanted {
                continue;
            }
            match self.article(&header) {
                Ok(article) => return Some(Ok(article)),
                Err(Payload::Skipped(_)) => {
                    self.skipped.fetch_add(1, Ordering::Relaxed);
                }
                Err(Payload::Error(message)) => return Some(Err(self.error(message))),
            }
        }
        None
    }
}
