//! What a page prints about itself rather than declares in `<head>`: the author's name and
//! the visible dateline ("دير الزور - الخميس 6 شباط 2025", "2024/11/04 09:10 م").

use jiff::civil::Date;
use scraper::{ElementRef, Html};

use crate::chrome::{normalise, small, starts_with_word};
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
/// Longest first paragraph taken for a dateline, in chars.
const MAX_DATELINE: usize = 60;

/// Starts of a line giving the publication date (normalised as [`normalise`] does).
const PUBLISHED_LINES: &[&str] = &[
    "نشر في",
    "نشر بتاريخ",
    "تاريخ النشر",
    "تم النشر",
    "posted",
    "published",
];

/// The date printed in a dateline element, a "نشر في ..." line, or a short first paragraph.
pub fn visible_date(doc: &Html, first_paragraph: Option<&str>) -> Option<Date> {
    let lines = || {
        doc.root_element()
            .descendent_elements()
            .filter(|e| matches!(e.value().name(), "p" | "div" | "span" | "li" | "small"))
            .filter_map(|e| short_text(&e))
    };
    let marked = doc
        .root_element()
        .descendent_elements()
        .filter(|e| mentions(e, DATE_MARKS))
        .filter_map(|e| short_text(&e))
        .find_map(|t| printed_date(&t));
    let announced = || {
        lines()
            .filter(|t| {
                let t = normalise(t);
                PUBLISHED_LINES.iter().any(|m| starts_with_word(&t, m))
            })
            .find_map(|t| printed_date(&t))
    };
    marked.or_else(announced).or_else(|| {
        // A dateline ("دمشق - 12 آذار 2025"), not a sentence that dates an event.
        first_paragraph
            .filter(|p| p.chars().count() <= MAX_DATELINE)
            .and_then(printed_date)
    })
}

/// A day printed with its month and year, in Arabic or English words or as digits.
pub fn printed_date(line: &str) -> Option<Date> {
    // "2025/03/12" anywhere in the line, then words ("الخميس 6 شباط 2025").
    let numeric = std::iter::once(line)
        .chain(
            line.split_whitespace()
                .filter(|w| w.contains(['-', '/', '.'])),
        )
        .find_map(parse_published);
    if numeric.is_some() {
        return numeric;
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
    if !small(e) {
        return None;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_lose_their_prefixes() {
        assert_eq!(
            clean_author("كتب: سامر الحلبي").as_deref(),
            Some("سامر الحلبي")
        );
        assert_eq!(clean_author(" By  Jane Doe ").as_deref(), Some("Jane Doe"));
        assert_eq!(clean_author("https://x.example/author/1"), None);
        assert_eq!(clean_author("بقلم"), None);
    }

    #[test]
    fn printed_dates() {
        let d = |y, m, day| Some(jiff::civil::date(y, m, day));
        assert_eq!(
            printed_date("دير الزور - الخميس 6 شباط 2025"),
            d(2025, 2, 6)
        );
        assert_eq!(printed_date("نشر في 2025/03/12 - 10:30"), d(2025, 3, 12));
        assert_eq!(
            printed_date("Posted: Fri 6:45 PM, Feb 16, 2018"),
            d(2018, 2, 16)
        );
        assert_eq!(printed_date("قبل ساعتين"), None);
    }
}
