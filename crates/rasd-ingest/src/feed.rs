//! RSS 2.0, RSS 1.0 and Atom feeds (and JSON Feed, which `feed-rs` reads too): each item
//! becomes an article of its title and its content or summary, HTML stripped.

use ego_tree::iter::Edge;
use rasd_extract::ArticleInput;
use scraper::{Html, Node};

use crate::{ReadError, SourceArticle, dates};

/// One feed item, read.
#[derive(Debug, Clone)]
pub struct FeedItem {
    /// A stable key for "seen before": the item's link, else its id.
    pub key: String,
    /// Item number in the feed, from 1.
    pub number: usize,
    /// The article, its `text` possibly only a short summary (see [`FeedItem::is_teaser`]).
    pub article: ArticleInput,
    /// Body text from the feed alone, without the title.
    pub body_len: usize,
}

impl FeedItem {
    /// Only a link and a short summary: worth fetching the page when reading from the web.
    pub fn is_teaser(&self) -> bool {
        self.article.url.is_some() && self.body_len < 400
    }
}

/// The feed's items, or why the bytes are not a feed.
pub fn parse_feed(bytes: &[u8]) -> Result<Vec<FeedItem>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("invalid feed: {e}"))?;
    let outlet = feed.title.as_ref().map(|t| plain(&t.content));
    let feed_lang = feed.language.clone();
    let mut items = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let title = entry
            .title
            .as_ref()
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty());
        let body_html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .filter(|b| !b.trim().is_empty())
            .or(entry.summary.as_ref().map(|s| s.content.as_str()))
            .unwrap_or_default();
        let body = html_to_text(body_html);
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.trim().to_owned())
            .filter(|h| !h.is_empty());
        let published = entry
            .published
            .or(entry.updated)
            .and_then(|d| dates::parse_published(&d.to_rfc3339()))
            .or_else(|| url.as_deref().and_then(dates::date_from_url));
        let mut text = title.clone().unwrap_or_default();
        if !body.is_empty() && title.as_deref().is_none_or(|t| !body.starts_with(t)) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&body);
        } else if !body.is_empty() {
            text = body.clone();
        }
        let key = url.clone().unwrap_or_else(|| entry.id.clone());
        items.push(FeedItem {
            key,
            number: i + 1,
            body_len: body.len(),
            article: ArticleInput {
                text,
                title,
                url,
                outlet: outlet.clone().filter(|o| !o.is_empty()),
                published,
                lang: entry
                    .language
                    .clone()
                    .or(feed_lang.clone())
                    .and_then(|l| primary_language(&l)),
                author: entry
                    .authors
                    .iter()
                    .filter_map(|p| p.name.as_deref().map(str::trim))
                    .find(|n| !n.is_empty())
                    .map(str::to_string),
            },
        });
    }
    Ok(items)
}

/// A feed file's items as articles, origins `origin#N`; an item without body text is an
/// error for that item.
pub fn read_feed_bytes(origin: &str, bytes: &[u8]) -> Vec<Result<SourceArticle, ReadError>> {
    let items = match parse_feed(bytes) {
        Ok(items) => items,
        Err(message) => {
            return vec![Err(ReadError {
                origin: origin.to_owned(),
                message,
            })];
        }
    };
    items
        .into_iter()
        .map(|item| {
            let origin = format!("{origin}#{}", item.number);
            if item.body_len == 0 {
                Err(ReadError {
                    origin,
                    message: "feed item without content or summary".into(),
                })
            } else {
                Ok(SourceArticle {
                    input: item.article,
                    origin,
                })
            }
        })
        .collect()
}

/// Whether the first bytes of a file look like an RSS, RDF or Atom document.
pub fn looks_like_feed(head: &[u8]) -> bool {
    let head = &head[..head.len().min(2048)];
    let lower = head.to_ascii_lowercase();
    [b"<rss".as_slice(), b"<feed", b"<rdf:rdf"]
        .iter()
        .any(|tag| crate::payload::find(&lower, tag).is_some())
}

/// Text of an HTML fragment: block elements separate paragraphs, `<br>` separates lines,
/// scripts and styles are dropped, whitespace collapsed. Plain text comes back collapsed.
pub fn html_to_text(html: &str) -> String {
    if !html.contains('<') {
        return paragraphs(html.split("\n\n").map(str::to_owned));
    }
    let doc = Html::parse_fragment(html);
    let mut blocks: Vec<String> = vec![String::new()];
    let mut skip = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if matches!(el.name(), "script" | "style" | "template") => {
                    skip += 1
                }
                Node::Element(el) if el.name() == "br" => blocks.push(String::new()),
                Node::Element(el) if is_block(el.name()) => blocks.push(String::new()),
                Node::Text(text) if skip == 0 => {
                    if let Some(last) = blocks.last_mut() {
                        last.push_str(text);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(el) if matches!(el.name(), "script" | "style" | "template") => {
                    skip = skip.saturating_sub(1)
                }
                Node::Element(el) if is_block(el.name()) => blocks.push(String::new()),
                _ => {}
            },
        }
    }
    paragraphs(blocks)
}

fn paragraphs(blocks: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for block in blocks {
        let line = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "blockquote"
            | "pre"
            | "tr"
            | "table"
            | "ul"
            | "ol"
            | "figure"
            | "figcaption"
    )
}

/// A title or name that may hold markup or entities, as one line of text.
fn plain(s: &str) -> String {
    html_to_text(s).replace("\n\n", " ")
}

fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (2..=3).contains(&primary.len()).then_some(primary)
}
