//! Page structure of scraped text: the title line (without its " - Site" suffix), the body,
//! and the trailing "related articles" and social-media chrome that must yield no events.

use crate::lexicon::{Category, Lexicon};
use crate::model::{RelatedLink, Span};
use rasd_text::{Normalized, key_of_normalized, more_tokens_than, normalize, normalize_key};

/// Where the parts of a page lie, as byte ranges of the original text.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub title: Option<Span>,
    /// Lines (or paragraphs) of the body that events may come from, in order; the title is
    /// not among them.
    pub segments: Vec<Span>,
    pub related: Vec<RelatedLink>,
    pub body: Span,
}

impl Page {
    /// Is body segment `i` a sub-heading: a headline-like line between paragraphs, which
    /// names what the paragraph after it tells ("قصف مدفعي لميليشيا أسد")?
    pub fn is_subheading(&self, text: &str, i: usize) -> bool {
        let line = |k: usize| self.segments.get(k).and_then(|s| text.get(s.range()));
        i > 0
            && line(i).is_some_and(is_headline_like)
            && line(i + 1).is_some_and(|next| !is_headline_like(next))
    }
}

/// Lines of at most this many words with no sentence punctuation are headline-like.
const SHORT_LINE_WORDS: usize = 14;

fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            push_line(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_line(text, start, text.len(), &mut out);
    out
}

fn push_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// A short line that does not end as a sentence does, or that a link list cut short ("…
/// واعتقالات تطال قياديين...").
fn is_headline_like(s: &str) -> bool {
    let t = s.trim_end();
    !more_tokens_than(t, SHORT_LINE_WORDS)
        && (cut_short(t).is_some() || !t.ends_with(['.', '،', ':', '؛', '!', '؟']))
}

/// The words of a line before the ellipsis that cuts it short, if one does.
fn cut_short(line: &str) -> Option<&str> {
    line.strip_suffix("...").or_else(|| line.strip_suffix('…'))
}

/// Whether a line opens with a word that carries on from the sentence before it ("فيما"،
/// "كما"، "في حين"): body text, however short, never a headline.
fn continues_sentence(line: &str) -> bool {
    let mut words = line.split_whitespace().map(normalize_key);
    match words.next().as_deref() {
        Some("فيما" | "بينما" | "كما" | "حيث" | "اذ" | "ثم" | "وذلك") => {
            true
        }
        Some("في") => words.next().as_deref() == Some("حين"),
        _ => false,
    }
}

/// The " - Site" suffix of a title line: the headline part, if a short suffix follows a dash
/// or bar. One that ends a sentence is no site name ("قصفت قوات النظام ليل الأحد - الإثنين
/// بلدة سرمين.").
fn strip_site_suffix(line: &str) -> &str {
    for sep in [" - ", " | ", " – ", " — "] {
        if let Some(at) = line.rfind(sep) {
            let suffix = &line[at + sep.len()..];
            // Not "!": site names carry it ("It's Over 9000!").
            let suffix_end = suffix.trim_end();
            let sentence_end =
                suffix_end.ends_with(['.', '؟', '?']) && cut_short(suffix_end).is_none();
            if !suffix.is_empty() && !more_tokens_than(suffix, 5) && at > 0 && !sentence_end {
                return line[..at].trim_end();
            }
        }
    }
    line
}

/// Does this line open a related-articles or chrome block?
fn page_marker(lex: &Lexicon, line: &str) -> Option<bool> {
    // The cheap bounded count first: most lines are long paragraphs.
    if more_tokens_than(line, 6) {
        return None;
    }
    let key = normalize_key(line);
    if key.is_empty() {
        return None;
    }
    let toks = rasd_text::tokenize(&key);
    lex.find_all(&key, &toks)
        .into_iter()
        .find(|h| h.first == 0 && lex.entry(*h).category == Category::Page)
        .map(|h| lex.entry(h).key == "related")
}

/// The original offset inside `line` where social-media chrome starts (`page cut` wording:
/// "All reactions", "Most relevant"), if it does.
fn inline_cut(norm: &Normalized, line: Span, cut_forms: &[&str]) -> Option<usize> {
    let a = norm.normalized_offset(line.start as usize);
    let b = norm.normalized_offset(line.end as usize);
    let slice = norm.text.get(a..b.max(a))?;
    cut_forms
        .iter()
        .filter_map(|form| find_words(slice, form))
        .min()
        .map(|at| norm.original_offset(a + at))
}

/// The first occurrence of `words` in `hay` that starts and ends at word boundaries.
fn find_words(hay: &str, words: &str) -> Option<usize> {
    hay.match_indices(words).map(|(at, _)| at).find(|&at| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + words.len()..].chars().next();
        !before.is_some_and(rasd_text::is_word_char) && !after.is_some_and(rasd_text::is_word_char)
    })
}

/// How many segments after a teaser may hold the text it previews.
const TEASER_REACH: usize = 8;

/// "مقتل شخصين في استهداف مسيّرة... - Page name": a captured post's preview, cut short with an
/// ellipsis, whose full text follows a few lines later. Its words count once, in the full text.
fn drop_teasers(text: &str, segments: &mut Vec<Span>, key: impl Fn(Span) -> String) {
    let mut keep = vec![true; segments.len()];
    for (i, seg) in segments.iter().enumerate() {
        let line = &text[seg.range()];
        let head = strip_site_suffix(line).trim_end();
        let Some(cut) = cut_short(head) else {
            continue;
        };
        let cut_span = Span::new(seg.start as usize, seg.start as usize + cut.len());
        let teaser = key(cut_span);
        // The last word may be cut mid-word.
        let Some((whole, _)) = teaser.rsplit_once(' ') else {
            continue;
        };
        if !more_tokens_than(whole, 2) {
            continue;
        }
        // Keys are made here, for the few lines after a teaser only: a page of many lines keeps
        // no second copy of its text.
        let mut later = segments.iter().skip(i + 1).take(TEASER_REACH);
        // A substring, not whole words: captures glue the post to its chrome
        // ("Shared with Public#عاجلفقدت امرأة").
        if later.any(|s| key(*s).contains(whole)) {
            keep[i] = false;
        }
    }
    let mut flags = keep.into_iter();
    segments.retain(|_| flags.next().unwrap_or(true));
}

pub fn structure(text: &str, lex: &Lexicon) -> Page {
    structure_normalized(text, &normalize(text), lex)
}

/// [`structure`] given the normalisation of `text`, whose slices give the lines' keys.
pub fn structure_normalized(text: &str, norm: &Normalized, lex: &Lexicon) -> Page {
    // normalize_key of an original range, without normalising it again.
    let key = |span: Span| {
        let (a, b) = (
            norm.normalized_offset(span.start as usize),
            norm.normalized_offset(span.end as usize),
        );
        norm.text
            .get(a..b.max(a))
            .map(key_of_normalized)
            .unwrap_or_default()
    };
    let all = lines(text);
    let mut page = Page::default();
    let Some(first) = all.first().copied() else {
        return page;
    };
    let first_text = &text[first.range()];
    let mut rest = &all[..];
    let head = strip_site_suffix(first_text);
    if is_headline_like(head) {
        page.title = Some(Span::new(
            first.start as usize,
            first.start as usize + head.len(),
        ));
        rest = &all[1..];
    }
    let title_key = page.title.map(key).unwrap_or_default();

    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::from([title_key]);
    let mut in_related = false;
    // Read from the lexicon once per page, not once per line.
    let cut_forms: Vec<&str> = lex.forms(Category::Page, "cut").collect();
    let mut idx = 0;
    while idx < rest.len() {
        let line = rest[idx];
        let s = &text[line.range()];
        if in_related {
            if more_tokens_than(s, 2) && page_marker(lex, s).is_none() {
                page.related.push(RelatedLink {
                    title: s.to_string(),
                    span: line,
                });
            }
            idx += 1;
            continue;
        }
        if let Some(related) = page_marker(lex, s) {
            // Chrome before any body text (a menu) is skipped; after it, the body has ended.
            if !page.segments.is_empty() || related {
                in_related = true;
            }
            idx += 1;
            continue;
        }
        // A run of three or more headline-like lines is a list of links, not the article;
        // a short line that goes on from the body before it ("فيما أصيبت زوجته") is not one.
        let run = if !page.segments.is_empty() && continues_sentence(s) {
            0
        } else {
            rest[idx..]
                .iter()
                .take_while(|l| is_headline_like(&text[l.range()]))
                .count()
        };
        if run >= 3 {
            for l in &rest[idx..idx + run] {
                let t = &text[l.range()];
                // "This Post Has 0 Comments / اترك تعليقاً / previous post: …": a marker in a
                // list after the body ends it; in a menu before the body it is a menu item.
                let marker = page_marker(lex, t);
                if marker.is_some() && !page.segments.is_empty() {
                    in_related = true;
                }
                if marker.is_none() && more_tokens_than(t, 2) {
                    page.related.push(RelatedLink {
                        title: t.to_string(),
                        span: *l,
                    });
                }
            }
            idx += run;
            continue;
        }
        // A captured post runs into its reactions and comments on the same line.
        let cut = inline_cut(norm, line, &cut_forms);
        let line = cut.map_or(line, |at| Span::new(line.start as usize, at));
        let key = key(line);
        if !key.is_empty() && seen.insert(key) {
            page.segments.push(line);
        }
        in_related = cut.is_some();
        idx += 1;
    }
    drop_teasers(text, &mut page.segments, key);
    let start = page.segments.first().map_or(0, |s| s.start as usize);
    let end = page.segments.last().map_or(0, |s| s.end as usize);
    page.body = Span::new(start, end.max(start));
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "قصف مدفعي على بلدة في ريف إدلب - موقع المثال\n\n\
        قصف مدفعي على بلدة في ريف إدلب\n\n\
        موقع المثال - (خاص)\n\n\
        استهدفت قوات النظام بلدة البارة بقذائف المدفعية، ما أدى إلى إصابة مدنيين.\n\n\
        مقالات ذات صلة\n\n\
        غارات روسية على ريف اللاذقية الشمالي\n\
        مقتل عنصرين بانفجار لغم في درعا\n";

    #[test]
    fn title_suffix_byline_and_related_block() {
        let lex = Lexicon::bundled();
        let p = structure(PAGE, &lex);
        let title = p.title.map(|t| &PAGE[t.range()]);
        assert_eq!(title, Some("قصف مدفعي على بلدة في ريف إدلب"));
        let segs: Vec<&str> = p.segments.iter().map(|s| &PAGE[s.range()]).collect();
        // the repeated title is dropped; the byline stays as a segment but carries no trigger
        assert_eq!(segs.len(), 2, "{segs:?}");
        assert!(segs[1].starts_with("استهدفت"));
        assert_eq!(p.related.len(), 2);
        assert!(p.related[0].title.starts_with("غارات روسية"));
    }

    #[test]
    fn a_dash_inside_a_sentence_is_no_site_suffix() {
        let lex = Lexicon::bundled();
        let text = "قصفت قوات النظام ليل الأحد - الإثنين بلدة سرمين بريف إدلب.";
        let p = structure(text, &lex);
        assert_eq!(p.title, None);
        let segs: Vec<&str> = p.segments.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(segs, [text]);
        // A headline cut short after the bar is still no sentence.
        let text = "صفحة المثال | قصفت مسيرة إسرائيلية مزرعة...\nقصفت مسيرة إسرائيلية مزرعة قرب \
                    بلدة بيت جن، ما أدى إلى إصابة شابين.";
        let p = structure(text, &lex);
        assert_eq!(p.title.map(|t| &text[t.range()]), Some("صفحة المثال"));
    }

    #[test]
    fn headline_lists_are_not_body() {
        let lex = Lexicon::bundled();
        let text = "العنوان الرئيسي للخبر\nخبر أول عن الطقس في المدينة\nخبر ثان عن الأسعار اليوم\nخبر ثالث عن الرياضة المحلية\nقتل مدني بقصف مدفعي على قرية في ريف حلب الغربي، وفق مصادر محلية.";
        let p = structure(text, &lex);
        assert_eq!(p.segments.len(), 1);
        assert_eq!(p.related.len(), 3);
    }

    #[test]
    fn headlines_cut_short_after_the_body_are_a_list() {
        let lex = Lexicon::bundled();
        let text = "قصف على بلدة في ريف حلب...\nقصفت مسيرة منزلاً في البلدة، ما أدى إلى مقتل رجل.\n\
            اغتيال قيادي واعتقالات تطال عناصر في...\nمظاهرات حاشدة في المدينة رفضاً...\n\
            غارات على مواقع في ريف…";
        let p = structure(text, &lex);
        assert_eq!(
            p.title.map(|t| &text[t.range()]),
            Some("قصف على بلدة في ريف حلب...")
        );
        let segs: Vec<&str> = p.segments.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert_eq!(p.related.len(), 3);
    }

    #[test]
    fn a_short_line_going_on_from_the_body_is_not_a_headline() {
        let lex = Lexicon::bundled();
        let text = "قصف على بلدة في ريف حلب\nقصفت مسيرة منزلاً في البلدة، ما أدى إلى مقتل رجل.\n\
            فيما أصيبت زوجته بجروح ونقلت إلى المشفى\n\
            خبر أول عن الطقس في المدينة\nخبر ثان عن الأسعار اليوم\nخبر ثالث عن الرياضة المحلية";
        let p = structure(text, &lex);
        let segs: Vec<&str> = p.segments.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(segs.len(), 2, "{segs:?}");
        assert!(segs[1].starts_with("فيما"), "{segs:?}");
        assert_eq!(p.related.len(), 3);
        // Before any body, such a line is no continuation of anything.
        let menu = "العنوان الرئيسي للخبر\nكما في كل يوم أخبار المدينة\nخبر ثان عن الأسعار اليوم\n\
            خبر ثالث عن الرياضة المحلية\nقتل مدني بقصف مدفعي على قرية في ريف حلب الغربي.";
        assert_eq!(structure(menu, &lex).segments.len(), 1);
    }

    #[test]
    fn a_preview_is_dropped_only_when_its_full_text_follows() {
        let lex = Lexicon::bundled();
        let post = "مقتل شخصين بقصف على قرية في ريف حلب الشمالي يوم أمس";
        let text = format!("مقتل شخصين بقصف على قرية في ريف...\nصفحة المثال\n{post}.");
        let p = structure(&text, &lex);
        let segs: Vec<&str> = p.segments.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(segs, ["صفحة المثال", &format!("{post}.")[..]]);
        // The post glued to the capture's chrome still holds the preview's words.
        let glued = format!(
            "مقتل شخصين بقصف على قرية في ريف...\nصفحة المثال · Shared with Public#عاجل{post}."
        );
        assert_eq!(structure(&glued, &lex).segments.len(), 1);
        // With nothing after it, the preview is all there is of the post: its title.
        let alone = "مقتل شخصين بقصف على قرية في ريف...\nصفحة المثال";
        let p = structure(alone, &lex);
        assert!(p.title.is_some());
        assert_eq!(p.segments.len(), 1);
    }

    #[test]
    fn a_marker_inside_a_link_list_ends_the_body() {
        let lex = Lexicon::bundled();
        let text = "الأخبار\nالتعليقات\nقصفت قوات النظام بلدة سرمين اليوم، ما أدى إلى إصابة مدنيين.\n\
            This Post Has 0 Comments\nاترك تعليقاً إلغاء الرد\nprevious post: خبر سابق عن المدينة\n\
            next post: عمليات خطف تقوم بها ميليشيات في المنطقة.";
        let p = structure(text, &lex);
        let segs: Vec<&str> = p.segments.iter().map(|s| &text[s.range()]).collect();
        // The menu's chrome before the body is skipped; the list after it ends the body.
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert!(segs[0].starts_with("قصفت"), "{segs:?}");
    }

    #[test]
    fn empty_and_single_line() {
        let lex = Lexicon::bundled();
        assert!(structure("", &lex).segments.is_empty());
        let p = structure("   \n  ", &lex);
        assert!(p.title.is_none() && p.segments.is_empty());
    }
}
