//! rasd-ingest: the readers at the I/O edge of rasd. They turn files and folders of news
//! into [`rasd_extract::ArticleInput`]s, each with the place it came from.
//!
//! - `.txt` (and other text files): the whole file is the article text.
//! - `.html`/`.htm`: metadata (title, outlet, author, date, canonical URL, language) and the
//!   main content (dom_smoothie plus rasd's boilerplate filters), see [`read_html`].
//! - `.jsonl`: one article object per line, streamed; a bad line is an error for that line.
//! - `.json`: one article object or an array of them.
//! - `.warc`, `.warc.gz`: crawls, streamed record by record ([`warc`]); origins `file#N`.
//! - `.rss`, `.atom` (and `.xml` that looks like a feed): one article per item ([`feed`]);
//!   origins `file#N`.
//! - Any of these gzipped (`.jsonl.gz`, `.html.gz`): decompressed on the fly, with the
//!   same limits applied to the decompressed bytes (a gzip bomb is an error, not an OOM).
//! - http(s) URLs, pages or feeds, through [`fetch::Fetcher`] (also used by `rasd watch`).
//!
//! Folders are read recursively in sorted order, hidden entries skipped; other extensions
//! are sniffed (text or HTML is read, binary is skipped). Files read whole are limited to
//! [`MAX_FILE_BYTES`]; JSONL is streamed with lines up to [`MAX_LINE_BYTES`].
//!
//! Bytes are decoded by BOM, then as UTF-8, then by `chardetng` detection (windows-1256 and
//! ISO-8859-6 Arabic included); HTML's declared charset is honoured where it reads cleanly.
//! Errors never stop a run: [`read_paths`] yields them as items, each naming `file`,
//! `file:line` or `file#record`, and goes on. Records that hold no article (a crawl's
//! images and redirects) are not errors: they are counted on [`PathReader::skip_counter`].

mod byline;
mod chrome;
mod content;
pub mod dates;
pub mod decode;
mod dom;
pub mod feed;
#[cfg(feature = "fetch")]
pub mod fetch;
mod html;
mod json;
pub mod payload;
mod readable;
mod walk;
pub mod warc;

use std::fmt;

pub use dates::{date_from_url, parse_published};
pub use decode::{DecodeError, decode_bytes, decode_html};
pub use feed::{FeedItem, html_to_text, parse_feed, read_feed_bytes};
pub use html::{
    HtmlArticle, article_from_html, article_from_html_bytes, read_html, strip_site_suffix,
};
pub use json::{
    JsonlReader, MAX_LINE_BYTES, article_from_json, jsonl_from_reader, read_json_str,
    read_jsonl_str,
};
pub use walk::{
    ByteCounter, MAX_FILE_BYTES, PathReader, ReadOptions, article_from_text, input_size,
    read_paths, read_paths_with,
};
pub use warc::{SkipCounter, WarcReader, warc_from_reader};

/// An article as read, with where it was read from.
#[derive(Debug, Clone)]
pub struct SourceArticle {
    pub input: rasd_extract::ArticleInput,
    /// `path` for a file holding one article, `path:line` for a JSONL line or a JSON array
    /// element (the line it starts on).
    pub origin: String,
}

/// A file, or one line of one, that could not be read. Displays as `origin: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// `path` or `path:line`.
    pub origin: String,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

impl std::error::Error for ReadError {}
