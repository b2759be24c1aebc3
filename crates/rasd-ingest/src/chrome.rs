//! News-site chrome recognised by what it says rather than by class names, which Arabic
//! sites often leave meaningless: "مقالات ذات صلة" / "اقرأ أيضاً" headings and the teaser
//! links after them, comment, share and tag blocks, and byline/dateline lines.

use rustc_hash::FxHashSet as HashSet;

use ego_tree::NodeId;
use scraper::{ElementRef, Html};

/// Labels of related-article, share and tag blocks: the label and the following siblings
/// with links go.
#[rustfmt::skip]
const RELATED: &[&str] = &[
    "مقالات ذات صله", "اخبار ذات صله", "مواضيع ذات صله", "موضوعات ذات صله", "تقارير ذات صله",
    "ذات صله", "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا", "قد يهمك", "اخترنا لك",
    "الاكثر قراءه", "الاكثر مشاهده", "المزيد من الاخبار", "اخر الاخبار", "مرتبط",
    "شارك", "شارك الخبر", "شارك هذا", "كلمات مفتاحيه", "الكلمات المفتاحيه", "الوسوم", "وسوم",
    "related", "related articles", "related stories", "related posts", "related news",
    "related content", "related coverage", "read more", "read also", "also read", "see also",
    "you may also like", "most read", "most popular", "recommended", "recommended for you",
    "share this", "share on", "tags",
];

/// Labels of comment sections, which end an article: the label and all following siblings go.
#[rustfmt::skip]
const COMMENTS: &[&str] = &[
    "التعليقات", "تعليقات القراء", "اراء القراء", "تعليقات", "اضف تعليق", "اترك تعليق",
    "اكتب تعليق", "comments", "leave a comment", "leave a reply",
];

/// Labels that go alone, leaving what follows them.
#[rustfmt::skip]
const ALONE: &[&str] = &[
    "اعلان", "اعلانات", "تابعنا", "advertisement", "advert", "ad", "sponsored",
];

/// Starts of a byline line.
const BYLINES: &[&str] = &["بقلم", "by"];

/// Starts of a dateline line (which must also hold a number).
#[rustfmt::skip]
const DATELINES: &[&str] = &[
    "اخر تحديث", "تاريخ النشر", "نشر في", "نشر بتاريخ", "تم النشر", "تحديث",
    "posted", "updated", "published", "last updated",
];

/// Longest text (in chars) a label element may have.
const MAX_LABEL_CHARS: usize = 60;
/// Longest byline or dateline line (in chars).
const MAX_BYLINE_CHARS: usize = 100;

/// An element's sizes as [`crate::content`] measures them.
pub struct Sizes {
    /// Text in bytes, whitespace collapsed.
    pub text: usize,
    /// Paragraph text in bytes.
    pub para: usize,
    /// Holds the element labelled as the article body.
    pub has_body: bool,
}

/// Ids of elements that are chrome by their text. Long elements are never read, and what
/// follows a label is kept when it would take half the page's paragraph text with it.
pub fn labelled_chrome(
    doc: &Html,
    size: &dyn Fn(&ElementRef) -> Sizes,
    page_para: usize,
) -> HashSet<NodeId> {
    let mut out = HashSet::default();
    for el in doc.root_element().descendent_elements() {
        let s = size(&el);
        // Arabic letters take two bytes; a little slack for spaces collapsed differently.
        if s.text > MAX_BYLINE_CHARS * 4 || s.has_body || out.contains(&el.id()) || !small(&el) {
            continue;
        }
        // The element's text, normalised once for both checks, and only as far as needed:
        // most elements read here are short paragraphs, longer than any label or byline.
        let mut text = None;
        let Some((kind, pure)) = label_kind(&el, &mut text) else {
            if is_byline(&el, &mut text) {
                out.insert(el.id());
            }
            continue;
        };
        out.insert(el.id());
        // An inline "اقرأ أيضاً: <a>headline</a>" paragraph goes alone.
        if !pure || kind == Kind::Alone {
            continue;
        }
        let mut following = Vec::new();
        let mut para = 0;
        for sib in el.next_siblings().filter_map(ElementRef::wrap) {
            if kind == Kind::Related && !has_link(&sib) {
                break;
            }
            let s = size(&sib);
            if s.has_body {
                break;
            }
            para += s.para;
            following.push(sib.id());
        }
        if para * 2 <= page_para {
            out.extend(following);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Related,
    Comments,
    Alone,
}

/// `el`'s text normalised, `None` when that is longer than a byline may be; computed on
/// first use into `cache`.
fn line_text<'c>(el: &ElementRef, cache: &'c mut Option<Option<String>>) -> Option<&'c str> {
    cache
        .get_or_insert_with(|| normalise_within(el.text(), MAX_BYLINE_CHARS))
        .as_deref()
}

/// The kind of label `el` is, and whether its text is the label alone (not followed by a
/// linked headline). `text` caches its normalised text (see [`line_text`]).
fn label_kind(el: &ElementRef, text: &mut Option<Option<String>>) -> Option<(Kind, bool)> {
    let name = el.value().name();
    let heading = matches!(name, "h2" | "h3" | "h4" | "h5" | "h6");
    let inline_only = el.children().all(|c| {
        c.value().as_element().is_none_or(|e| {
            matches!(
                e.name(),
                "a" | "b" | "strong" | "span" | "i" | "em" | "br" | "img"
            )
        })
    });
    let text_like = matches!(name, "p" | "div" | "span" | "b" | "strong" | "dt" | "li");
    if !(heading || text_like && inline_only) {
        return None;
    }
    let text = line_text(el, text)?;
    if text.is_empty() || text.chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    // "3 تعليقات على ..." is a comments label whatever follows.
    let uncounted = text.trim_start_matches(|c: char| c.is_numeric() || c == ' ');
    let counted = uncounted.len() < text.len();
    let kinds = [
        (Kind::Related, RELATED),
        (Kind::Comments, COMMENTS),
        (Kind::Alone, ALONE),
    ];
    for (kind, marks) in kinds {
        let Some(mark) = marks.iter().find(|m| starts_with_word(uncounted, m)) else {
            continue;
        };
        // "تعليقات القراء (2)": a count after the label is still the label.
        let rest = uncounted[mark.len()..].trim_end_matches(|c: char| c.is_numeric() || c == ' ');
        let rest = rest.trim();
        if rest.chars().count() <= 3 || counted && kind == Kind::Comments {
            return Some((kind, true));
        }
        // "اقرأ أيضاً: <a>headline</a>" goes alone; a heading or a line of prose that
        // merely starts with "شارك" or "تعليقات" is no label.
        return (kind == Kind::Related && !heading && has_link(el)).then_some((kind, false));
    }
    None
}

fn has_link(el: &ElementRef) -> bool {
    el.descendent_elements().any(|d| d.value().name() == "a")
}

/// A short line with a `<time>` in it, or starting "بقلم" / "By": the byline or dateline
/// a reader adds, not article text. `text` caches its normalised text (see [`line_text`]).
fn is_byline(el: &ElementRef, text: &mut Option<Option<String>>) -> bool {
    if !matches!(el.value().name(), "p" | "div" | "span") {
        return false;
    }
    let Some(text) = line_text(el, text) else {
        return false;
    };
    let chars = text.chars().count();
    if chars == 0 || chars > MAX_BYLINE_CHARS {
        return false;
    }
    let has_time = el.descendent_elements().any(|d| d.value().name() == "time");
    let dated = text.chars().any(|c| c.is_numeric());
    has_time
        || BYLINES.iter().any(|m| starts_with_word(text, m))
        || dated && DATELINES.iter().any(|m| starts_with_word(text, m))
}

/// Most nodes a label or a byline holds; bigger elements are not read (deep nesting would
/// make reading every one quadratic).
const MAX_NODES: usize = 64;

/// Whether `el` holds at most [`MAX_NODES`] nodes (counted lazily, so cheap on big ones).
pub fn small(el: &ElementRef) -> bool {
    el.descendants().nth(MAX_NODES).is_none()
}

pub fn starts_with_word(text: &str, mark: &str) -> bool {
    text.strip_prefix(mark)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Lower case, alef and teh marbuta folded, diacritics and tatweel dropped, punctuation
/// turned to spaces, spaces collapsed: "اقرأ أيضاً:" → "اقرا ايضا".
pub fn normalise(s: &str) -> String {
    normalise_within(std::iter::once(s), usize::MAX).unwrap_or_default()
}

/// [`normalise`] over the pieces of a text, `None` as soon as the result is known to be
/// longer than `max` chars.
pub fn normalise_within<'a>(pieces: impl Iterator<Item = &'a str>, max: usize) -> Option<String> {
    let mut out = String::new();
    // Chars in `out`; one trailing space may still be trimmed at the end.
    let mut count = 0usize;
    for c in pieces.flat_map(str::chars) {
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(lower);
            count += 1;
        }
        // Spaces are collapsed, so at most one trailing space goes at the end.
        if count > max.saturating_add(1) {
            return None;
        }
    }
    out.truncate(out.trim_end().len());
    (out.chars().count() <= max).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_labels() {
        assert_eq!(normalise(" اقرأ أيضاً: "), "اقرا ايضا");
        assert_eq!(normalise("مقالات ذات صلة"), "مقالات ذات صله");
        assert_eq!(normalise("Read More »"), "read more");
    }

    #[test]
    fn bounded_normalisation_is_normalisation_or_too_long() {
        for text in [
            " اقرأ أيضاً: ",
            "ab cd",
            "ab cd ",
            "ab  cd!!",
            "İİİ",
            "قالت مصادر محلية إن",
            "",
            "   ",
        ] {
            let full = normalise(text);
            let n = full.chars().count();
            for max in [0, 1, 2, 3, 4, 5, 6, 10, 100] {
                let pieces = text.split_inclusive(' ');
                let bounded = normalise_within(pieces, max);
                let want = (n <= max).then(|| full.clone());
                assert_eq!(bounded, want, "{text:?} within {max}");
            }
        }
    }

    #[test]
    fn words_not_prefixes() {
        assert!(starts_with_word("شارك الخبر", "شارك"));
        assert!(!starts_with_word("شاركت قوات", "شارك"));
    }
}
