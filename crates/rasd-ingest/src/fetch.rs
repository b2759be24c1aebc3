//! HTTP(S) sources: a page or a feed at a URL the user gave, with conditional GET for
//! polling. Blocking (no async runtime at this edge); bodies are capped at
//! [`MAX_FETCH_BYTES`].

use std::io::Read;
use std::time::Duration;

use reqwest::header::{CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use crate::feed::{self, FeedItem};
use crate::payload::{self, Payload};
use crate::{ReadError, SourceArticle};

/// Largest response body read.
pub const MAX_FETCH_BYTES: u64 = 32 * 1024 * 1024;

type Item = Result<SourceArticle, ReadError>;

/// Validators from the last fetch of a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A response worth reading, or "not modified since the validators".
#[derive(Debug)]
pub enum Fetched {
    NotModified,
    Body {
        bytes: Vec<u8>,
        content_type: Option<String>,
        validators: Validators,
    },
}

/// True for `http://` and `https://` sources.
pub fn is_url(source: &str) -> bool {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

pub struct Fetcher {
    client: reqwest::blocking::Client,
}

impl Fetcher {
    pub fn new() -> Result<Fetcher, String> {
        let client = reqwest::blocking::Client::builder()
            .user_agent(concat!(
                "rasd/",
                env!("CARGO_PKG_VERSION"),
                " (news reader)"
            ))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| format!("cannot start the HTTP client: {e}"))?;
        Ok(Fetcher { client })
    }

    /// GETs `url`, sending `If-None-Match` / `If-Modified-Since` from `validators`.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Fetched, String> {
        let mut request = self.client.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, date);
        }
        let response = request.send().map_err(|e| format!("fetch failed: {e}"))?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(format!("HTTP status {status}"));
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(CONTENT_TYPE);
        let validators = Validators {
            etag: header(ETAG),
            last_modified: header(LAST_MODIFIED),
        };
        let mut bytes = Vec::new();
        response
            .take(MAX_FETCH_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("reading the response failed: {e}"))?;
        if bytes.len() as u64 > MAX_FETCH_BYTES {
            return Err(format!(
                "response larger than the limit of {MAX_FETCH_BYTES} bytes"
            ));
        }
        Ok(Fetched::Body {
            bytes,
            content_type,
            validators,
        })
    }

    /// Reads a URL given to `rasd ingest`: a feed's items (fetching the page of an item
    /// that has only a link and a short summary), or one page.
    pub fn read_url(&self, url: &str) -> Vec<Item> {
        let error = |message: String| {
            vec![Err(ReadError {
                origin: url.to_owned(),
                message,
            })]
        };
        let (bytes, content_type) = match self.get(url, &Validators::default()) {
            Ok(Fetched::Body {
                bytes,
                content_type,
                ..
            }) => (bytes, content_type),
            Ok(Fetched::NotModified) => return error("unexpected 304 Not Modified".into()),
            Err(message) => return error(message),
        };
        if is_feed(content_type.as_deref(), &bytes) {
            return match feed::parse_feed(&bytes) {
                Ok(items) => self.feed_articles(url, items, true),
                Err(message) => error(message),
            };
        }
        match self.page(url, &bytes, content_type.as_deref()) {
            Ok(article) => vec![Ok(article)],
            Err(message) => error(message),
        }
    }

    /// Feed items as articles, origins `feed_url#N`. With `fetch_pages`, a teaser item's
    /// linked page is fetched and read instead (the summary stays the fallback).
    pub fn feed_articles(
        &self,
        feed_url: &str,
        items: Vec<FeedItem>,
        fetch_pages: bool,
    ) -> Vec<Item> {
        items
            .into_iter()
            .map(|item| {
                let origin = format!("{feed_url}#{}", item.number);
                let page = match (&item.article.url, fetch_pages && item.is_teaser()) {
                    (Some(link), true) => self.fetch_page(link).ok(),
                    _ => None,
                };
                match page {
                    Some(mut page) => {
                        let from_feed = &item.article;
                        page.title = page.title.or(from_feed.title.clone());
                        page.published = from_feed.published.or(page.published);
                        page.outlet = page.outlet.or(from_feed.outlet.clone());
                        page.lang = page.lang.or(from_feed.lang.clone());
                        Ok(SourceArticle {
                            input: page,
                            origin,
                        })
                    }
                    None if item.body_len == 0 => Err(ReadError {
                        origin,
                        message: "feed item without content or summary".into(),
                    }),
                    None => Ok(SourceArticle {
                        input: item.article,
                        origin,
                    }),
                }
            })
            .collect()
    }

    fn fetch_page(&self, url: &str) -> Result<rasd_extract::ArticleInput, String> {
        match self.get(url, &Validators::default())? {
            Fetched::Body {
                bytes,
                content_type,
                ..
            } => self
                .page(url, &bytes, content_type.as_deref())
                .map(|a| a.input),
            Fetched::NotModified => Err("unexpected 304 Not Modified".into()),
        }
    }

    fn page(
        &self,
        url: &str,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<SourceArticle, String> {
        match payload::article_from_payload(bytes, content_type) {
            Ok(mut article) => {
                payload::fill_from_transport(&mut article, Some(url), None);
                Ok(SourceArticle {
                    input: article,
                    origin: url.to_owned(),
                })
            }
            Err(Payload::Skipped(why)) => Err(format!("not an article ({why})")),
            Err(Payload::Error(why)) => Err(why),
        }
    }
}

/// A feed by its media type, or by its first bytes when the server says only XML or text.
pub fn is_feed(content_type: Option<&str>, bytes: &[u8]) -> bool {
    let ct = content_type.unwrap_or_default().to_ascii_lowercase();
    ct.contains("rss") || ct.contains("atom") || feed::looks_like_feed(bytes)
}
