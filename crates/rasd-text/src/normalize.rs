//! Arabic/English normalisation that keeps a map back to the original bytes.
//!
//! Folding is per character, so every output byte knows the input character it came from:
//! spans found on normalised text map back to valid boundaries of the original.

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

/// Normalise `s` and keep the byte map back to it.
pub fn normalize(s: &str) -> Normalized {
    let mut text = String::with_capacity(s.len());
    let mut origin: Vec<u32> = Vec::with_capacity(s.len() + 1);
    let mut origin_end: Vec<u32> = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let start = i as u32;
        let end = (i + c.len_utf8()) as u32;
        push_folded(&mut text, c, &mut |out: &mut String, f: char| {
            out.push(f);
            for _ in 0..f.len_utf8() {
                origin.push(start);
                origin_end.push(end);
            }
        });
    }
    origin.push(s.len() as u32);
    Normalized {
        text,
        origin,
        origin_end,
    }
}

/// Normalise without the byte map (for lexicon keys and queries).
pub fn normalize_str(s: &str) -> String {
    let mut text = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(&mut text, c, &mut |out: &mut String, f: char| out.push(f));
    }
    text
}

/// Normalise and collapse every run of whitespace and punctuation to one space; for keys.
pub fn normalize_key(s: &str) -> String {
    key_of_normalized(&normalize_str(s))
}

/// [`normalize_key`] of text already normalised (a slice of [`Normalized::text`] is the
/// normalisation of its original slice: folding is per character).
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
