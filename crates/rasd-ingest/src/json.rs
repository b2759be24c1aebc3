//! JSON and JSONL articles: `{"text": ..., "title"?, "url"?, "outlet"?, "published"?, "lang"?}`.
//!
//! JSONL is streamed line by line through a bounded line reader, so a dump of any size never
//! sits in memory and one oversized or malformed line costs only that line.

use std::io::{self, BufRead, Read};

use rasd_extract::ArticleInput;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::dates::{date_from_unix, date_from_url, parse_published};
use crate::{ReadError, SourceArticle, decode};

/// Longest JSONL line accepted; longer lines are reported and skipped.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Parses one article object. Errors are messages without a location ("invalid JSON: ...",
/// "missing field `text`", "field `title` must be a string, not a number", "unrecognised published
/// date ..."). Unknown fields are ignored; `body` is accepted for `text`.
pub fn article_from_json(s: &str) -> Result<ArticleInput, String> {
    let value: Value = serde_json::from_str(s).map_err(|e| json_message(&e))?;
    let Value::Object(map) = value else {
        return Err(format!("expected an article object, not {}", kind(&value)));
    };
    let string = |name: &str| -> Result<Option<String>, String> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_owned()).filter(|s| !s.is_empty())),
            Some(other) => Err(format!(
                "field `{name}` must be a string, not {}",
                kind(other)
            )),
        }
    };
    let text = match map.get("text").or_else(|| map.get("body")) {
        Some(Value::String(text)) if text.trim().is_empty() => {
            return Err("field `text` is empty".into());
        }
        Some(Value::String(text)) => text.clone(),
        None | Some(Value::Null) => return Err("missing field `text`".into()),
        Some(other) => {
            return Err(format!(
                "field `text` must be a string, not {}",
                kind(other)
            ));
        }
    };
    let published = match map.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => {
            Some(parse_published(s).ok_or_else(|| format!("unrecognised published date {s:?}"))?)
        }
        Some(Value::Number(n)) => {
            let date = n.as_i64().and_then(date_from_unix);
            Some(date.ok_or_else(|| format!("unrecognised published timestamp {n}"))?)
        }
        Some(other) => {
            return Err(format!(
                "field `published` must be a string, not {}",
                kind(other)
            ));
        }
    };
    let url = string("url")?;
    Ok(ArticleInput {
        text,
        title: string("title")?,
        published: published.or_else(|| url.as_deref().and_then(date_from_url)),
        url,
        outlet: string("outlet")?,
        lang: string("lang")?,
        author: string("author")?,
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// "invalid JSON: <what> at column C" (serde's "at line 1" says nothing in JSONL).
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let location = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&location) {
        Some(what) => format!("invalid JSON: {what} at column {}", e.column()),
        None => format!("invalid JSON: {full}"),
    }
}

/// Reads a `.json` document held in memory: one article object, or an array of them (each
/// element reported separately, its origin naming the line it starts on), or objects one
/// per line (read as JSONL).
pub fn read_json_str(origin: &str, s: &str) -> Vec<Result<SourceArticle, ReadError>> {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let located = |line: usize, message: String| ReadError {
        origin: format!("{origin}:{line}"),
        message,
    };
    if !s.trim_start().starts_with('[') {
        if let Err(e) = serde_json::from_str::<&RawValue>(s) {
            // Several objects one per line: JSONL under a .json name.
            if e.to_string().starts_with("trailing characters") {
                return read_jsonl_str(origin, s).collect();
            }
            return vec![Err(located(e.line(), json_message(&e)))];
        }
        let article = article_from_json(s).map_err(|message| ReadError {
            origin: origin.to_owned(),
            message,
        });
        return vec![article.map(|input| SourceArticle {
            input,
            origin: origin.to_owned(),
        })];
    }
    let items: Vec<&RawValue> = match serde_json::from_str(s) {
        Ok(items) => items,
        Err(e) => return vec![Err(located(e.line(), json_message(&e)))],
    };
    let (mut seen, mut line) = (0usize, 1usize);
    items
        .into_iter()
        .map(|raw| {
            // Lines counted incrementally: elements come in document order.
            let offset = (raw.get().as_ptr() as usize).saturating_sub(s.as_ptr() as usize);
            let offset = offset.min(s.len()).max(seen);
            line += s.as_bytes()[seen..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            seen = offset;
            match article_from_json(raw.get()) {
                Ok(input) => Ok(SourceArticle {
                    input,
                    origin: format!("{origin}:{line}"),
                }),
                Err(message) => Err(located(line, message)),
            }
        })
        .collect()
}

/// Reads JSONL held in memory; see [`JsonlReader`].
pub fn read_jsonl_str<'a>(
    origin: &str,
    s: &'a str,
) -> impl Iterator<Item = Result<SourceArticle, ReadError>> + 'a {
    JsonlReader::new(origin, s.as_bytes())
}

/// Streams articles from JSONL, one per line. Blank lines are skipped; a malformed, invalid
/// or oversized line yields a [`ReadError`] naming `origin:line` and reading goes on. A file
/// starting with a UTF-16 BOM is transcoded on the fly; a line that is not UTF-8 is decoded
/// by detection.
pub struct JsonlReader<R> {
    origin: String,
    reader: R,
    line: usize,
    buf: Vec<u8>,
    max_line: usize,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(origin: &str, reader: R) -> Self {
        JsonlReader {
            origin: origin.to_owned(),
            reader,
            line: 0,
            buf: Vec::new(),
            max_line: MAX_LINE_BYTES,
            done: false,
        }
    }

    /// Changes the longest accepted line (default [`MAX_LINE_BYTES`]).
    pub fn with_max_line(mut self, max_line: usize) -> Self {
        self.max_line = max_line;
        self
    }

    fn error(&self, message: String) -> ReadError {
        ReadError {
            origin: format!("{}:{}", self.origin, self.line),
            message,
        }
    }
}

/// Opens JSONL from any buffered reader, transcoding UTF-16 (by BOM) to UTF-8.
pub fn jsonl_from_reader(
    origin: &str,
    reader: impl BufRead + 'static,
) -> JsonlReader<Box<dyn BufRead>> {
    let mut reader = reader;
    let bom = reader
        .fill_buf()
        .ok()
        .and_then(|head| encoding_rs::Encoding::for_bom(head))
        .filter(|(encoding, _)| *encoding != encoding_rs::UTF_8);
    let boxed: Box<dyn BufRead> = match bom {
        Some((encoding, _)) => Box::new(io::BufReader::new(Transcoder {
            inner: reader,
            decoder: encoding.new_decoder_with_bom_removal(),
            out: Vec::new(),
            pos: 0,
            finished: false,
        })),
        None => Box::new(reader),
    };
    JsonlReader::new(origin, boxed)
}

pub(crate) enum Line {
    Eof,
    Text,
    TooLong(usize),
}

/// Reads up to and excluding the next `\n` into `buf`, keeping at most `max` bytes; the
/// rest of an oversized line is consumed and dropped.
pub(crate) fn read_line_limited(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Line> {
    buf.clear();
    let (mut total, mut any) = (0usize, false);
    loop {
        let chunk = match r.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, found, used) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], true, i + 1),
            None => (chunk, false, chunk.len()),
        };
        if total + part.len() <= max {
            buf.extend_from_slice(part);
        }
        total += part.len();
        r.consume(used);
        if found {
            break;
        }
    }
    Ok(match (any, total > max) {
        (false, _) => Line::Eof,
        (true, true) => Line::TooLong(total),
        (true, false) => Line::Text,
    })
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<SourceArticle, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_limited(&mut self.reader, &mut buf, self.max_line);
            self.line += 1;
            let item = match read {
                Err(e) => {
                    self.done = true;
                    Some(Err(self.error(format!("read failed: {e}"))))
                }
                Ok(Line::Eof) => {
                    self.done = true;
                    None
                }
                Ok(Line::TooLong(n)) => Some(Err(self.error(format!(
                    "line too long ({n} bytes, limit {} bytes)",
                    self.max_line
                )))),
                Ok(Line::Text) => self.parse_line(&buf),
            };
            self.buf = buf;
            if item.is_some() {
                return item;
            }
        }
        None
    }
}

impl<R> JsonlReader<R> {
    fn parse_line(&self, bytes: &[u8]) -> Option<Result<SourceArticle, ReadError>> {
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let bytes = if self.line == 1 {
            bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
        } else {
            bytes
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let origin = format!("{}:{}", self.origin, self.line);
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => match decode::decode_bytes(bytes) {
                Ok(s) => std::borrow::Cow::Owned(s),
                Err(e) => {
                    return Some(Err(ReadError {
                        origin,
                        message: e.to_string().replace("file", "line"),
                    }));
                }
            },
        };
        Some(match article_from_json(&text) {
            Ok(input) => Ok(SourceArticle { input, origin }),
            Err(message) => Err(ReadError { origin, message }),
        })
    }
}

/// A `Read` that turns UTF-16 into UTF-8 as it goes.
struct Transcoder<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    out: Vec<u8>,
    pos: usize,
    finished: bool,
}

impl<R: BufRead> Read for Transcoder<R> {
    fn read(&mut self, dst: &mut [u8]) -> io::Result<usize> {
        while self.pos >= self.out.len() {
            if self.finished {
                return Ok(0);
            }
            let src = self.inner.fill_buf()?;
            let last = src.is_empty();
            let capacity = self
                .decoder
                .max_utf8_buffer_length(src.len())
                .ok_or_else(|| io::Error::other("transcoding buffer overflow"))?;
            let mut text = String::with_capacity(capacity);
            let (_, read, _) = self.decoder.decode_to_string(src, &mut text, last);
            self.inner.consume(read);
            self.finished = last;
            self.out = text.into_bytes();
            self.pos = 0;
        }
        let n = dst.len().min(self.out.len() - self.pos);
        dst[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}
