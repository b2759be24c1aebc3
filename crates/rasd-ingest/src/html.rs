//! The HTML reader: page metadata (title, outlet, date, canonical URL, language) and the
//! article body, assembled as `title\n\nparagraph\n\nparagraph...` so that the title is
//! the first line of `text` and every span indexes `text`.

use rasd_extract::ArticleInput;
use scraper::{ElementRef, Html};
use serde_json::Value;

use crate::byline::{clean_author, visible_author, visible_date};
use crate::content::body_paragraphs;
use crate::dates::{date_from_url, parse_published};
use crate::decode::{self, DecodeError};
use crate::dom;
use crate::readable::readable_paragraphs;

/// Separators between a headline and the site name in `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", "|"];

/// Meta names (lower case) that carry a publication date, after the preferred ones.
const DATE_NAMES: &[&str] = &[
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "datepublished",
];

/// Meta names (lower case) that carry the author's name.
const AUTHOR_NAMES: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
];

/// An HTML page read: the article, and what only a page tells beyond [`ArticleInput`].
#[derive(Debug, Clone, Default)]
pub struct HtmlArticle {
    pub input: ArticleInput,
    /// The author's name as the page gives it (meta, JSON-LD, microdata or the byline).
    pub author: Option<String>,
}

/// Reads an HTML page from bytes, honouring its declared charset (see [`decode::decode_html`]).
pub fn article_from_html_bytes(bytes: &[u8]) -> Result<ArticleInput, DecodeError> {
    decode::decode_html(bytes).map(|html| article_from_html(&html))
}

/// Reads an HTML page: metadata from `<head>` and JSON-LD, body from the main content block.
/// `text` is empty when the page has no body text (the title alone is not an article).
pub fn article_from_html(html: &str) -> ArticleInput {
    read_html(html).input
}

/// As [`article_from_html`], with the author. The body is dom_smoothie's main content read
/// through rasd's boilerplate filters, or rasd's own block heuristic when it finds none.
pub fn read_html(html: &str) -> HtmlArticle {
    let (page, doc) = dom::parse(html);
    let meta = Meta::collect(&doc);
    let outlet = meta
        .first(&["og:site_name", "application-name"])
        .or(meta.ld_publisher.clone());
    let url = meta
        .canonical
        .clone()
        .or_else(|| meta.first(&["og:url"]).filter(|u| u.contains("://")))
        .or(meta.ld_url.clone());
    let title = meta
        .first(&["og:title", "twitter:title"])
        .map(|t| strip_known_site(&t, outlet.as_deref()))
        .or_else(|| meta.ld_headline.clone())
        .or_else(|| {
            let t = meta.title.as_deref()?;
            let t = strip_known_site(t, outlet.as_deref());
            Some(strip_site_suffix(&t))
        })
        .or_else(|| first_text(&doc, "h1"))
        .filter(|t| !t.is_empty());
    let paragraphs = readable_paragraphs(page, &doc).unwrap_or_else(|| body_paragraphs(&doc));
    let published = meta
        .first(&["article:published_time"])
        .into_iter()
        .chain(meta.itemprop_date.clone())
        .chain(meta.ld_date.clone())
        .chain(meta.article_time.clone())
        .chain(meta.first(DATE_NAMES))
        .find_map(|d| parse_published(&d))
        .or_else(|| url.as_deref().and_then(date_from_url))
        .or_else(|| meta.any_time.as_deref().and_then(parse_published))
        .or_else(|| visible_date(&doc, paragraphs.first().map(String::as_str)));
    let author = meta
        .first(AUTHOR_NAMES)
        .into_iter()
        .chain(meta.ld_author.clone())
        .chain(meta.itemprop_author.clone())
        .find_map(|a| clean_author(&a))
        .or_else(|| visible_author(&doc));
    let lang = meta
        .html_lang
        .clone()
        .or_else(|| meta.first(&["og:locale", "content-language"]))
        .or(meta.ld_lang.clone())
        .and_then(|l| primary_language(&l));

    let mut text = if paragraphs.is_empty() {
        String::new()
    } else {
        title.clone().unwrap_or_default()
    };
    let mut paragraphs = paragraphs.iter().peekable();
    if let (Some(t), Some(first)) = (&title, paragraphs.peek())
        && same_text(t, first)
    {
        paragraphs.next();
    }
    for p in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    let input = ArticleInput {
        text,
        title,
        url,
        outlet,
        published,
        lang,
        author: author.clone(),
    };
    HtmlArticle { input, author }
}

/// Removes a trailing site name from a page title: "Headline - Site Name" and
/// "Headline | Site" become "Headline". Only a short tail (at most four words) after a
/// longer headline is removed, so "Syria - Iraq border reopens" stays whole.
pub fn strip_site_suffix(title: &str) -> String {
    let title = collapse(title);
    let cut = SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, i + sep.len())))
        .max_by_key(|(start, _)| *start);
    if let Some((start, end)) = cut {
        let (head, tail) = (title[..start].trim(), title[end..].trim());
        let (head_words, tail_words) = (words(head), words(tail));
        if (1..=4).contains(&tail_words) && head_words >= 2 && head_words > tail_words {
            return head.to_owned();
        }
    }
    title
}

fn strip_known_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    let Some(site) = site.map(collapse).filter(|s| !s.is_empty()) else {
        return title;
    };
    for sep in SEPARATORS {
        let head = title.strip_suffix(site.as_str());
        if let Some(head) = head.and_then(|h| h.trim_end().strip_suffix(sep.trim())) {
            let head = head.trim();
            if !head.is_empty() {
                return head.to_owned();
            }
        }
    }
    title
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// "ar-SY", "ar_SY", "AR" → "ar".
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() >= 2 && primary.len() <= 3 && primary.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(primary)
}

fn first_text(doc: &Html, tag: &str) -> Option<String> {
    let el = doc
        .root_element()
        .descendent_elements()
        .find(|e| e.value().name() == tag)?;
    Some(collapse(&el.text().collect::<String>())).filter(|t| !t.is_empty())
}

/// Everything the head and the markup say about the page.
#[derive(Default)]
struct Meta {
    /// (lower-cased property/name/itemprop, content), in document order.
    pairs: Vec<(String, String)>,
    title: Option<String>,
    canonical: Option<String>,
    html_lang: Option<String>,
    itemprop_date: Option<String>,
    /// `<time datetime>` marked `pubdate` or inside an `<article>`.
    article_time: Option<String>,
    /// The first `<time datetime>` anywhere (a sidebar's, perhaps): the last resort.
    any_time: Option<String>,
    ld_date: Option<String>,
    ld_headline: Option<String>,
    ld_publisher: Option<String>,
    ld_lang: Option<String>,
    ld_author: Option<String>,
    ld_url: Option<String>,
    itemprop_author: Option<String>,
}

impl Meta {
    fn collect(doc: &Html) -> Meta {
        let mut m = Meta::default();
        let root = doc.root_element();
        m.html_lang = root
            .value()
            .attr("lang")
            .or(root.value().attr("xml:lang"))
            .map(str::to_owned);
        for el in root.descendent_elements() {
            let v = el.value();
            let attr = |a: &str| v.attr(a).map(str::trim).filter(|s| !s.is_empty());
            match v.name() {
                "meta" => {
                    let content = attr("content");
                    for key in ["property", "name", "itemprop", "http-equiv"] {
                        if let (Some(k), Some(c)) = (attr(key), content) {
                            m.pairs.push((k.to_ascii_lowercase(), c.to_owned()));
                        }
                    }
                }
                "title" if m.title.is_none() => {
                    m.title = Some(collapse(&el.text().collect::<String>()))
                }
                "link" if m.canonical.is_none() => {
                    let rel = attr("rel").unwrap_or_default();
                    if rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                    {
                        m.canonical = attr("href")
                            .filter(|h| h.contains("://"))
                            .map(str::to_owned);
                    }
                }
                "script" => {
                    let ty = attr("type").unwrap_or_default().to_ascii_lowercase();
                    if ty.contains("ld+json") {
                        let json: String = el.text().collect();
                        if let Ok(value) = serde_json::from_str::<Value>(&json) {
                            m.json_ld(&value, 0);
                        }
                    }
                }
                "time" => {
                    let dt = attr("datetime").map(str::to_owned);
                    if v.attr("pubdate").is_some() || inside(&el, "article") {
                        m.article_time = m.article_time.take().or(dt.clone());
                    }
                    m.any_time = m.any_time.take().or(dt);
                }
                _ => {}
            }
            let itemprop = attr("itemprop");
            let is_author = itemprop.is_some_and(|p| p.eq_ignore_ascii_case("author"));
            if is_author && m.itemprop_author.is_none() {
                m.itemprop_author = attr("content")
                    .map(str::to_owned)
                    .or_else(|| itemprop_name(&el))
                    .or_else(|| Some(collapse(&el.text().collect::<String>())));
            }
            let is_date_published =
                itemprop.is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
            if is_date_published && m.itemprop_date.is_none() {
                m.itemprop_date = attr("content")
                    .or(attr("datetime"))
                    .map(str::to_owned)
                    .or_else(|| Some(collapse(&el.text().collect::<String>())));
            }
        }
        m
    }

    /// The first content among `keys`, in the order of `keys`.
    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .find_map(|k| self.pairs.iter().find(|(name, _)| name == k))
            .map(|(_, c)| c.clone())
    }

    fn json_ld(&mut self, value: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.json_ld(v, depth + 1)),
            Value::Object(map) => {
                let str_of = |k: &str| {
                    map.get(k)
                        .and_then(Value::as_str)
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                };
                if self.ld_date.is_none() {
                    self.ld_date = str_of("datePublished").map(str::to_owned);
                }
                if self.ld_headline.is_none() {
                    self.ld_headline = str_of("headline").map(collapse);
                }
                if self.ld_lang.is_none() {
                    self.ld_lang = str_of("inLanguage").map(str::to_owned);
                }
                // A page's own URL and author sit on its article object, not on the
                // WebSite or Organization beside it.
                let article = map.get("@type").is_some_and(|t| {
                    let t = t.to_string();
                    t.contains("Article") || t.contains("Posting") || t.contains("Report")
                });
                if self.ld_author.is_none() && article {
                    self.ld_author = map.get("author").and_then(ld_name);
                }
                if self.ld_url.is_none() && article {
                    self.ld_url = ["mainEntityOfPage", "url"]
                        .iter()
                        .filter_map(|k| map.get(*k))
                        .find_map(|v| v.as_str().or_else(|| v.get("@id")?.as_str()))
                        .filter(|u| u.starts_with("http"))
                        .map(str::to_owned);
                }
                if self.ld_publisher.is_none() {
                    self.ld_publisher = map
                        .get("publisher")
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .map(collapse)
                        .filter(|s| !s.is_empty());
                }
                map.values().for_each(|v| self.json_ld(v, depth + 1));
            }
            _ => {}
        }
    }
}

/// `"name"` of a JSON-LD person (or the first of a list), or a bare string.
fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(ld_name),
        Value::Object(map) => map.get("name").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// The text of an `itemprop="name"` element inside `el`.
fn itemprop_name(el: &ElementRef) -> Option<String> {
    el.descendent_elements()
        .find(|e| e.value().attr("itemprop") == Some("name"))
        .map(|e| collapse(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty())
}

fn inside(el: &ElementRef, tag: &str) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == tag)
}
