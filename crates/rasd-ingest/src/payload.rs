//! Web payloads (a WARC record's, a fetched page's) to articles: the HTTP head of a stored
//! response, chunked transfer coding, gzip/deflate content coding (capped), and the media
//! type with its charset.

use std::io::Read;

use encoding_rs::Encoding;
use rasd_extract::ArticleInput;

use crate::{dates, decode, html, walk};

/// Why a payload gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// Not an article, quietly skipped and counted: an image, a redirect, a page without
    /// body text.
    Skipped(&'static str),
    /// Broken or hostile: reported.
    Error(String),
}

/// What a payload is, from its media type (or its first bytes when untyped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Html,
    Text,
    Other,
}

/// `text/html; charset=windows-1256` → (media, charset).
pub fn media_type(content_type: Option<&str>, body: &[u8]) -> (Media, Option<&'static Encoding>) {
    let Some(ct) = content_type.map(str::trim).filter(|c| !c.is_empty()) else {
        return (sniff(body), None);
    };
    let lower = ct.to_ascii_lowercase();
    let mut parts = lower.split(';');
    let essence = parts.next().unwrap_or_default().trim();
    let charset = parts
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .find_map(|c| Encoding::for_label(c.trim_matches(['"', '\'', ' ']).as_bytes()));
    let media = match essence {
        "text/html" | "application/xhtml+xml" => Media::Html,
        "text/plain" => Media::Text,
        // Servers label pages badly; sniff the vague types.
        "" | "application/octet-stream" | "unknown/unknown" => sniff(body),
        _ => Media::Other,
    };
    (media, charset)
}

fn sniff(body: &[u8]) -> Media {
    let head = &body[..body.len().min(decode::SNIFF_LEN)];
    if decode::looks_binary(head) {
        Media::Other
    } else if walk::looks_like_html(head) {
        Media::Html
    } else {
        Media::Text
    }
}

/// Turns a payload into an article: HTML through the HTML reader (the transport's charset
/// first, then the page's own), text as is.
pub fn article_from_payload(
    body: &[u8],
    content_type: Option<&str>,
) -> Result<ArticleInput, Payload> {
    let (media, charset) = media_type(content_type, body);
    let article = match media {
        Media::Other => return Err(Payload::Skipped("not HTML or text")),
        Media::Html => {
            let hint = charset.or_else(|| decode::declared_charset(body));
            match decode::decode_with_hint(body, hint) {
                Ok(text) => html::article_from_html(&text),
                Err(_) => return Err(Payload::Skipped("empty or binary")),
            }
        }
        Media::Text => match decode::decode_with_hint(body, charset) {
            Ok(text) => walk::article_from_text(&text),
            Err(_) => return Err(Payload::Skipped("empty or binary")),
        },
    };
    if article.text.trim().is_empty() {
        return Err(Payload::Skipped("no article text"));
    }
    Ok(article)
}

/// Fills what the page did not say from its transport: the URL it was fetched from and the
/// date it was fetched (the last resort for relative dates).
pub fn fill_from_transport(article: &mut ArticleInput, url: Option<&str>, date: Option<&str>) {
    if let Some(url) = url.filter(|u| !u.is_empty()) {
        article.url = Some(url.to_owned());
    }
    if article.published.is_none() {
        article.published = article
            .url
            .as_deref()
            .and_then(dates::date_from_url)
            .or_else(|| date.and_then(dates::parse_published));
    }
}

/// Longest HTTP head looked at.
const MAX_HEAD: usize = 64 * 1024;

/// An HTTP response as stored in a WARC `response` record.
pub struct HttpResponse<'a> {
    pub status: u16,
    headers: Vec<(String, String)>,
    pub body: &'a [u8],
}

impl HttpResponse<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Splits a stored HTTP response into status, headers and body.
pub fn parse_http_response(bytes: &[u8]) -> Result<HttpResponse<'_>, String> {
    // The head ends at the first blank line, CRLF or bare LF, whichever comes first.
    let head = &bytes[..bytes.len().min(MAX_HEAD)];
    let crlf = find(head, b"\r\n\r\n").map(|i| (i, i + 4));
    // A bare-LF end counts only before the CRLF one: no need to scan the body for it.
    let lf_zone = crlf.map_or(head, |(i, _)| &head[..i + 2]);
    let lf = find(lf_zone, b"\n\n").map(|i| (i, i + 2));
    let head_end = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a
            .or(b)
            .ok_or("HTTP response without the end of its headers")?,
    };
    let head = String::from_utf8_lossy(&bytes[..head_end.0]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let mut words = status_line.split_whitespace();
    let version = words.next().unwrap_or_default();
    let status = words.next().and_then(|s| s.parse::<u16>().ok());
    let Some(status) = status.filter(|_| version.starts_with("HTTP/")) else {
        let shown: String = status_line.chars().take(60).collect();
        return Err(format!("not an HTTP status line: {shown:?}"));
    };
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Ok(HttpResponse {
        status,
        headers,
        body: &bytes[head_end.1..],
    })
}

/// Undoes `Transfer-Encoding: chunked`; a truncated last chunk keeps what arrived.
pub fn dechunk(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let line_end = find(rest, b"\n").ok_or("chunked body: missing chunk size")?;
        let line = String::from_utf8_lossy(&rest[..line_end]);
        let size_text = line.trim().split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("chunked body: bad chunk size {size_text:?}"))?;
        rest = &rest[line_end + 1..];
        if size == 0 {
            return Ok(out);
        }
        let take = size.min(rest.len());
        out.extend_from_slice(&rest[..take]);
        rest = &rest[take..];
        if take < size || rest.is_empty() {
            return Ok(out);
        }
        rest = rest.strip_prefix(b"\r\n".as_slice()).unwrap_or(rest);
        rest = rest.strip_prefix(b"\n".as_slice()).unwrap_or(rest);
    }
}

/// Undoes `Content-Encoding` gzip or deflate, refusing output past `max` bytes (a bomb).
/// `Ok(None)` for a coding this reader does not know.
pub fn decode_content(body: &[u8], coding: &str, max: usize) -> Result<Option<Vec<u8>>, String> {
    let coding = coding.trim().to_ascii_lowercase();
    let mut out = Vec::new();
    let read = match coding.as_str() {
        "" | "identity" => return Ok(Some(body.to_vec())),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(body)
            .take(max as u64 + 1)
            .read_to_end(&mut out),
        // "deflate" is zlib-wrapped by the RFC, raw deflate by some servers.
        "deflate" => {
            let zlib = flate2::read::ZlibDecoder::new(body)
                .take(max as u64 + 1)
                .read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(body)
                    .take(max as u64 + 1)
                    .read_to_end(&mut out)
            } else {
                zlib
            }
        }
        _ => return Ok(None),
    };
    read.map_err(|e| format!("bad {coding} content: {e}"))?;
    if out.len() > max {
        return Err(format!(
            "{coding} content decompresses past the limit of {max} bytes"
        ));
    }
    Ok(Some(out))
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
