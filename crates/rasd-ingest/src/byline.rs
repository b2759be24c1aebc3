//! What a page prints about itself rather than declares in `<head>`: the author's name and
//! the visible dateline ("دير الزور - الخميس 6 شباط 2025", "2024/11/04 09:10 م").

use jiff::civil::Date;
use scraper::{ElementRef, Html};

use crate::dates::parse_published;

/// Class or id words of the elements that print a date.
const DATE_MARKS: &[&str] = &["date", "time", "posted", "published", "dateline", "meta"];
/// Class or id words of the elements that print the author.
const AUTHOR_MARKS: &[&str] = &["byline", "author", "writer"];
/// Words introducing a name: "By", "بقلم", "كتب:", "إعداد".
const AUTHOR_PREFIXES: &[&str] = &[
    "by ",
    "By ",
    "BY ",
    "بقلم:",
    "بقلم",
    "كتب:",
    "كتبت:",
    "كتب -",
    "إعداد:",
    "اعداد:",
];
/// Longest line read as a dateline or a name, in chars.
const MAX_LINE: usize = 100;

/// The date printed in a dateline element, or in a short first body paragraph.
pub fn visible_date(doc: &Html, first_paragraph: Option<&str>) -> Option<Date> {
    let marked = doc
        .root_element()
        .descendent_elements()
        .filter(|e| mentions(e, DATE_MARKS))
        .filter_map(|e| short_text(&e))
        .find_map(|t| printed_date(&t));
    marked.or_else(|| {
        first_paragraph
            .filter(|p| p.chars().count() <= MAX_LINE)
            .and_then(printed_date)
    })
}

/// A day printed with its month and year, in Arabic or English words or as digits.
pub fn printed_date(line: &str) -> Option<Date> {
    if let Some(d) = parse_published(line) {
        return Some(d);
    }
    let norm = rasd_text::normalize(line);
    let tokens = rasd_text::tokenize(&norm.text);
    rasd_extract::dates::find_time_expressions_with(&norm.text, &tokens, None, None)
        .into_iter()
        .find(|m| m.precision == 1 && !m.relative && m.year.is_some())
        .and_then(|m| m.date)
}

/// The author named by an element marked as a byline ("كتب: سامر الحلبي" → "سامر الحلبي").
pub fn visible_author(doc: &Html) -> Option<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| mentions(e, AUTHOR_MARKS))
        .filter_map(|e| short_text(&e))
        .find_map(|t| clean_author(&t))
}

/// A name as sites write it, prefixes and URLs removed; `None` when nothing name-like is left.
pub fn clean_author(raw: &str) -> Option<String> {
    let mut s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in AUTHOR_PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest.trim().to_owned();
            break;
        }
    }
    let s = s.trim_matches(|c: char| c.is_whitespace() || ",:|-–·".contains(c));
    let ok = !s.is_empty()
        && s.chars().count() <= 60
        && !s.contains("://")
        && !s.chars().any(|c| c.is_ascii_digit());
    ok.then(|| s.to_owned())
}

/// The element's text when it is short; a long block is not read to its end.
fn short_text(e: &ElementRef) -> Option<String> {
    let mut words = Vec::new();
    let mut chars = 0;
    for w in e.text().flat_map(str::split_whitespace) {
        chars += w.chars().count() + 1;
        if chars > MAX_LINE + 1 {
            return None;
        }
        words.push(w);
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn mentions(el: &ElementRef, marks: &[&str]) -> bool {
    let v = el.value();
    [v.attr("class"), v.attr("id")]
        .into_iter()
        .flatten()
        .any(|a| {
            a.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| marks.iter().any(|m| w.eq_ignore_ascii_case(m)))
        })
}
