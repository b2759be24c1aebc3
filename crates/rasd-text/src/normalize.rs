//! Arabic/English normalisation that keeps a map back to the original bytes.
//!
//! Folding is per character, so every output byte knows the input character it came from:
//! spans found on normalised text map back to valid boundaries of the original.

use crate::tokens::{glued_stop, is_arabic_letter};
use unicode_normalization::UnicodeNormalization;

/// Normalised text with a byte map back into the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `origin[i]` = byte offset in the original of the character that produced normalised byte
    /// `i`; `origin[text.len()]` = the original length.
    origin: Vec<u32>,
    /// For each normalised byte, the original end of the character that produced it.
    origin_end: Vec<u32>,
}

impl Normalized {
    /// For each token, whether the original word starts with a Latin capital ("Deir" in
    /// "in Deir el-Zour"): English names are capitalised, its ordinary words mostly not.
    pub fn latin_capitals(&self, original: &str, tokens: &[crate::Token]) -> Vec<bool> {
        tokens
            .iter()
            .map(|t| {
                let (s, _) = self.original_span(t.start as usize, t.end as usize);
                original
                    .get(s..)
                    .and_then(|o| o.chars().next())
                    .is_some_and(|c| c.is_ascii_uppercase())
            })
            .collect()
    }

    /// The original byte range covering normalised `start..end` (both char boundaries).
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin.get(start).copied().unwrap_or(0) as usize;
        let e = if end == 0 {
            s
        } else {
            self.origin_end
                .get(end - 1)
                .copied()
                .unwrap_or_else(|| self.origin.last().copied().unwrap_or(0)) as usize
        };
        (s, e.max(s))
    }

    /// The first normalised offset whose character starts at or after original offset `o`.
    pub fn normalized_offset(&self, o: usize) -> usize {
        let last = self.origin.len().saturating_sub(1);
        self.origin[..last].partition_point(|&x| (x as usize) < o)
    }

    /// The original byte offset where normalised offset `i` starts.
    pub fn original_offset(&self, i: usize) -> usize {
        self.origin.get(i).copied().unwrap_or(0) as usize
    }
}

/// What one input character becomes.
enum Fold {
    Drop,
    Char(char),
    /// Compatibility decomposition (presentation forms, ligatures): fold each part again.
    Many,
}

fn fold_char(c: char) -> Fold {
    match c {
        // harakat, Quranic marks, superscript alef, tatweel
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => Fold::Drop,
        // zero-width, bidi controls, BOM, Arabic letter mark, soft hyphen
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Fold::Char('ا'),
        'ة' => Fold::Char('ه'),
        'ى' | 'ئ' | 'ی' | 'ې' => Fold::Char('ي'),
        'ؤ' => Fold::Char('و'),
        'ک' => Fold::Char('ك'),
        'ڤ' => Fold::Char('ف'),
        'گ' => Fold::Char('ك'),
        '\u{0660}'..='\u{0669}' => Fold::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '“' | '”' | '«' | '»' | '„' | '″' => Fold::Char('"'),
        '‘' | '’' | '`' | '´' => Fold::Char('\''),
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{3000}' => {
            Fold::Char(' ')
        }
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => Fold::Many,
        'A'..='Z' => Fold::Char(c.to_ascii_lowercase()),
        '\u{0600}'..='\u{06FF}' => Fold::Char(c),
        c if c.is_uppercase() => {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) => Fold::Char(one),
                _ => Fold::Char(c),
            }
        }
        _ => Fold::Char(c),
    }
}

fn push_folded(out: &mut String, c: char, emit: &mut impl FnMut(&mut String, char)) {
    match fold_char(c) {
        Fold::Drop => {}
        Fold::Char(f) => emit(out, f),
        Fold::Many => {
            let parts: Vec<char> = std::iter::once(c).nfkc().collect();
            if parts.len() == 1 && parts[0] == c {
                emit(out, c);
            } else {
                for p in parts {
                    // NFKC of a presentation form is plain Arabic; fold it once more.
                    match fold_char(p) {
                        Fold::Drop => {}
                        Fold::Char(f) => emit(out, f),
                        Fold::Many => emit(out, p),
                    }
                }
            }
        }
    }
}

const TATWEEL: char = '\u{0640}';

/// Characters posts put inside a word to slip past filters, always after a tatweel:
/// "داعـ ـش"، "للقصــ*ــف"، "ميلـ.ـيشـ.ـيا"، "قـ.ـتـ.ل".
fn is_filter_gap(c: char) -> bool {
    matches!(c, ' ' | '*' | '.' | '-' | '_' | '/' | '|')
}

/// Longest gap that still joins the two halves of one word.
const MAX_FILTER_GAP: usize = 3;

/// Whether the gap starting here closes within [`MAX_FILTER_GAP`] characters on a tatweel or,
/// when `on_letter`, on an Arabic letter: posts also split a word after a tatweel only,
/// "قـ.ـتـ.ل"، "الاحتـــ*لال"، "لـ سانا".
fn gap_closes(rest: &str, on_letter: bool) -> bool {
    for (gap, c) in rest.chars().enumerate() {
        if c == TATWEEL || (on_letter && is_arabic_letter(c)) {
            return gap > 0;
        }
        if !is_filter_gap(c) || gap == MAX_FILTER_GAP {
            return false;
        }
    }
    false
}

/// Stops put between the letters of one word, with no tatweel, to slip past filters:
/// "دا.عش"، "أ.صيبت"، "استشها.د". A stop goes when a side is a fragment of one or two letters
/// and it does not end a sentence glued to the next (see [`glued_stop`]). (A slash is left
/// alone: "أغسطس/آب" and "عين العرب/كوباني" name one thing twice.) Read on folded text, left
/// to right, each side as it will stand: the byte offsets of the stops to drop, in order.
fn marks_inside_words(text: &str) -> Vec<usize> {
    let mut drops: Vec<usize> = Vec::new();
    for (at, b) in text.bytes().enumerate() {
        if b != b'.' {
            continue;
        }
        let mut left: Vec<char> = Vec::new();
        let mut back = at;
        for ch in text[..at].chars().rev() {
            back -= ch.len_utf8();
            let dropped = ch == '.' && drops.binary_search(&back).is_ok();
            if dropped {
                continue;
            }
            if !is_arabic_letter(ch) || left.len() == 5 {
                break;
            }
            left.push(ch);
        }
        left.reverse();
        let right: String = text[at + 1..]
            .chars()
            .take_while(|&ch| is_arabic_letter(ch))
            .take(5)
            .collect();
        let (left_len, right_len) = (left.len(), right.chars().count());
        let fragment = left_len <= 2 || right_len <= 2;
        if left_len > 0
            && right_len > 0
            && fragment
            && !glued_stop(&left.into_iter().collect::<String>(), &right)
        {
            drops.push(at);
        }
    }
    drops
}

/// Captured pages glue words together ("Verified accountSeptember 28", "Rojava-TVJanuary 8"):
/// a Latin capital starts a new word after a small letter, or after a capital when a small
/// word follows it; lowercasing would hide both. ("IEDs", "NGOs" stay whole.)
fn camel_boundary(prev: char, c: char, rest: &str) -> bool {
    if !c.is_ascii_uppercase() {
        return false;
    }
    let mut after = rest.chars();
    let lower_word = matches!((after.next(), after.next()), (Some(a), Some(b))
        if a.is_ascii_lowercase() && b.is_ascii_lowercase());
    prev.is_ascii_lowercase() || (prev.is_ascii_uppercase() && lower_word)
}

/// Scraped pages lose the space at an inline tag ("منطقةجب الجراح"، "مدنيينأثناء"): ta
/// marbuta and alef maqsura only ever end a word, so a letter right after one starts the next.
fn glued_after_final_letter(prev: char, c: char) -> bool {
    matches!(prev, 'ة' | 'ى') && matches!(c, '\u{0621}'..='\u{064A}')
}

/// One input character's fate before folding.
struct Step {
    at: usize,
    c: char,
    /// A word break goes before it.
    break_before: bool,
    /// Part of a filter gap inside a word: dropped.
    skip: bool,
}

fn steps(s: &str) -> impl Iterator<Item = Step> + '_ {
    let mut prev = ' ';
    // The character before the current run of tatweels.
    let mut before_tatweel = ' ';
    let mut in_gap = false;
    s.char_indices().map(move |(at, c)| {
        let rest = &s[at + c.len_utf8()..];
        if c == TATWEEL && prev != TATWEEL {
            before_tatweel = prev;
        }
        // Only a tatweel that lengthens a word, never one standing for a dash ("أرض ـ أرض").
        let on_letter = is_arabic_letter(before_tatweel);
        let skip =
            is_filter_gap(c) && (prev == TATWEEL || in_gap) && gap_closes(&s[at..], on_letter);
        in_gap = skip;
        let break_before = camel_boundary(prev, c, rest) || glued_after_final_letter(prev, c);
        let c = if alef_as_digit(prev, c, rest) {
            'ا'
        } else {
            c
        };
        if !skip {
            prev = c;
        }
        Step {
            at,
            c,
            break_before,
            skip,
        }
    })
}

/// Posts write an alef as the look-alike digit one inside a word to slip past filters,
/// "د١عش": between two letters it is no number.
fn alef_as_digit(prev: char, c: char, rest: &str) -> bool {
    c == '\u{0661}' && is_arabic_letter(prev) && rest.chars().next().is_some_and(is_arabic_letter)
}

/// Normalise `s` and keep the byte map back to it.
pub fn normalize(s: &str) -> Normalized {
    let mut text = String::with_capacity(s.len());
    let mut origin: Vec<u32> = Vec::with_capacity(s.len() + 1);
    let mut origin_end: Vec<u32> = Vec::with_capacity(s.len());
    for Step {
        at,
        c,
        break_before,
        skip,
    } in steps(s)
    {
        let start = at as u32;
        let end = (at + c.len_utf8()) as u32;
        if break_before {
            text.push(' ');
            origin.push(start);
            origin_end.push(start);
        }
        if skip {
            continue;
        }
        push_folded(&mut text, c, &mut |out: &mut String, f: char| {
            out.push(f);
            for _ in 0..f.len_utf8() {
                origin.push(start);
                origin_end.push(end);
            }
        });
    }
    origin.push(s.len() as u32);
    let drops = marks_inside_words(&text);
    if !drops.is_empty() {
        origin = without_indices(&origin, &drops);
        origin_end = without_indices(&origin_end, &drops);
        text = without_bytes(&text, &drops);
    }
    Normalized {
        text,
        origin,
        origin_end,
    }
}

/// `v` without the items at `drops` (sorted indices).
fn without_indices<T: Copy>(v: &[T], drops: &[usize]) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len());
    let mut from = 0;
    for &at in drops {
        out.extend_from_slice(&v[from..at]);
        from = at + 1;
    }
    out.extend_from_slice(&v[from..]);
    out
}

/// `text` without the one-byte (ASCII) characters at `drops`: still valid UTF-8.
fn without_bytes(text: &str, drops: &[usize]) -> String {
    String::from_utf8_lossy(&without_indices(text.as_bytes(), drops)).into_owned()
}

/// Normalise without the byte map (for lexicon keys and queries).
pub fn normalize_str(s: &str) -> String {
    let mut text = String::with_capacity(s.len());
    for step in steps(s) {
        if step.break_before {
            text.push(' ');
        }
        if !step.skip {
            push_folded(&mut text, step.c, &mut |out: &mut String, f: char| {
                out.push(f)
            });
        }
    }
    let drops = marks_inside_words(&text);
    if drops.is_empty() {
        text
    } else {
        without_bytes(&text, &drops)
    }
}

/// Normalise and collapse every run of whitespace and punctuation to one space; for keys.
pub fn normalize_key(s: &str) -> String {
    key_of_normalized(&normalize_str(s))
}

/// [`normalize_key`] of text already normalised. A slice of [`Normalized::text`] over a
/// whole line is the normalisation of its original: folding
/// is per character, and the context rules (camel-case breaks, filter gaps, an alef written as
/// a digit) look only at neighbours that a line break cuts off.
pub fn key_of_normalized(n: &str) -> String {
    let mut out = String::with_capacity(n.len());
    for w in n.split(|c: char| !crate::is_word_char(c)) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_slices_of_the_normalised_text() {
        let text = "ﻻ تُقصَف إدلب\n  «الحسكة» ١٢ جريحاً\u{200f}\nABC 1.5 كم ـــ ﷺ\n\nقرى";
        let norm = normalize(text);
        let mut start = 0;
        for line in text.split('\n') {
            let end = start + line.len();
            let (a, b) = (norm.normalized_offset(start), norm.normalized_offset(end));
            assert_eq!(
                key_of_normalized(&norm.text[a..b]),
                normalize_key(line),
                "{line:?}"
            );
            start = end + 1;
        }
    }

    #[test]
    fn folds_hamza_forms_ta_marbuta_and_alef_maqsura() {
        assert_eq!(normalize_str("أمريكا إيران آلية"), "امريكا ايران اليه");
        assert_eq!(normalize_str("مستشفى"), "مستشفي");
        assert_eq!(normalize_str("مسؤول"), "مسوول");
    }

    #[test]
    fn drops_diacritics_tatweel_and_invisible_marks() {
        assert_eq!(normalize_str("قُتِلَ"), "قتل");
        assert_eq!(normalize_str("الـــقوات"), "القوات");
        assert_eq!(normalize_str("حلب\u{200F}\u{200B}"), "حلب");
    }

    #[test]
    fn folds_digits_and_presentation_forms() {
        assert_eq!(normalize_str("١٠٠ و۴۰"), "100 و40");
        // lam-alef ligature and isolated forms
        assert_eq!(normalize_str("\u{FEFB}"), "لا");
        assert_eq!(normalize_str("\u{FE8D}\u{FEDF}"), "ال");
    }

    #[test]
    fn splits_glued_latin_words_at_a_capital() {
        assert_eq!(
            normalize_str("Verified accountSeptember 28"),
            "verified account september 28"
        );
        assert_eq!(normalize_str("PKK/PYD NATO"), "pkk/pyd nato");
        let src = "accountSeptember";
        let n = normalize(src);
        assert_eq!(n.text, "account september");
        let (s, e) = n.original_span(8, 17);
        assert_eq!(&src[s..e], "September");
        assert_eq!(normalize_str("Rojava-TVJanuary 8"), "rojava-tv january 8");
        // A plural acronym is one word.
        assert_eq!(normalize_str("IEDs NGOs"), "ieds ngos");
    }

    #[test]
    fn splits_words_glued_after_a_letter_that_only_ends_words() {
        assert_eq!(normalize_str("في منطقةجب الجراح"), "في منطقه جب الجراح");
        assert_eq!(normalize_str("إلىأن"), "الي ان");
        // Tanween and other marks after it do not hide the end of the word.
        assert_eq!(normalize_str("مدرسةٌ جديدة"), "مدرسه جديده");
        let n = normalize("منطقةجب");
        let at = n.text.find(' ').expect("a break");
        assert_eq!(n.original_offset(at + 1), "منطقة".len());
    }

    #[test]
    fn joins_words_split_to_slip_past_filters() {
        assert_eq!(normalize_str("داعـ ـش"), "داعش");
        assert_eq!(normalize_str("للقصــ*ــف الاحــ*ــتلال"), "للقصف الاحتلال");
        assert_eq!(normalize_str("ميلـ.ـيشـ.ـيا"), "ميليشيا");
        assert_eq!(normalize_str("استـ ـهـ ـداف"), "استهداف");
        // Split after a tatweel only, or a proclitic set apart by one.
        assert_eq!(normalize_str("قـ.ـتـ.ل طفـ.ل"), "قتل طفل");
        assert_eq!(normalize_str("الاحتـــ*لال"), "الاحتلال");
        assert_eq!(normalize_str("الـ قوات لـ سانا"), "القوات لسانا");
        assert_eq!(normalize_str("د١عش"), "داعش");
        // A stop with no tatweel, beside a fragment of a word.
        assert_eq!(normalize_str("دا.عش أ.صيبت استشها.د"), "داعش اصيبت استشهاد");
        // Whole words on both sides stay apart: a glued sentence end, a short opener
        // after a long word, a month named twice.
        assert_eq!(normalize_str("مدينة حلب.وقد"), "مدينه حلب.وقد");
        assert_eq!(
            normalize_str("المدينة.وذكر قصفت.في"),
            "المدينه.وذكر قصفت.في"
        );
        assert_eq!(normalize_str("29 أغسطس/آب"), "29 اغسطس/اب");
        // A tatweel standing for a dash, a number or a line break keeps the words apart.
        assert_eq!(normalize_str("أرض ـ أرض"), "ارض  ارض");
        assert_eq!(normalize_str("الـ 20 و١ ١٠"), "ال 20 و1 10");
        assert_eq!(normalize_str("داعـ\nـش"), "داع\nش");
        let src = "تنظـ ـيم داعـ ـش";
        let n = normalize(src);
        assert_eq!(n.text, "تنظيم داعش");
        let at = n.text.find("داعش").unwrap_or(0);
        let (s, e) = n.original_span(at, at + "داعش".len());
        assert_eq!(&src[s..e], "داعـ ـش");
    }

    #[test]
    fn maps_spans_back_to_original() {
        let src = "قُتِلَ في حَلَب";
        let n = normalize(src);
        let at = n.text.find("حلب").unwrap_or(0);
        let (s, e) = n.original_span(at, at + "حلب".len());
        assert_eq!(&src[s..e], "حَلَب");
        let back = n.normalized_offset(s);
        assert_eq!(back, at);
    }

    #[test]
    fn key_collapses_punctuation() {
        assert_eq!(normalize_key("  دير-الزور،  "), "دير الزور");
    }
}
