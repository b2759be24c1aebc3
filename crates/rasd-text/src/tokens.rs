//! Tokens with byte spans, sentence splitting and proclitic stripping, over normalised text.

/// A word or number: a byte range into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
}

impl Token {
    pub fn text(self, s: &str) -> &str {
        s.get(self.start as usize..self.end as usize).unwrap_or("")
    }
}

/// Letters and digits. ASCII and the Arabic letter block are answered without the general
/// Unicode tables, which dominated the profile on Arabic text.
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0000}'..='\u{007F}' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => true,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => false,
        _ => c.is_alphabetic(),
    }
}

#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0000}'..='\u{007F}' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06F0}'..='\u{06F9}' => true,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Maximal runs of letters and digits. A decimal point or comma between digits stays inside.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(s.len() / 6);
    scan_tokens(s, |t| {
        out.push(t);
        true
    });
    out
}

/// Whether `s` has more than `n` tokens (as [`tokenize`] counts them); stops reading at
/// token `n + 1`, so a long paragraph costs no more than a short line.
pub fn more_tokens_than(s: &str, n: usize) -> bool {
    let mut count = 0usize;
    scan_tokens(s, |_| {
        count += 1;
        count <= n
    });
    count > n
}

/// Hands each token of `s` to `emit` in order until `emit` returns false.
#[inline]
fn scan_tokens(s: &str, mut emit: impl FnMut(Token) -> bool) {
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut iter = s.char_indices().peekable();
    let mut prev_arabic = false;
    let mut prev = ' ';
    while let Some((i, c)) = iter.next() {
        let word = is_word_char(c);
        let arabic = ('\u{0600}'..='\u{06FF}').contains(&c);
        // "الحسكةDecember": a change of script inside a run starts a new token, and so does
        // an Arabic letter right after a digit ("12جريحا") or a digit right after an Arabic
        // word ("وأصيب11"). A proclitic stays on its number ("و3"، "ب5") and Latin names keep
        // theirs ("MQ9").
        let letter = word && is_letter(c);
        let after_digit = i > 0 && bytes[i - 1].is_ascii_digit();
        let digit_after_arabic = c.is_ascii_digit()
            && is_arabic_letter(prev)
            && start.is_some_and(|st| !proclitics_only(&s[st..i]));
        prev = c;
        if (letter && (arabic != prev_arabic || arabic && after_digit) || digit_after_arabic)
            && let Some(st) = start.take()
            && !emit(Token {
                start: st as u32,
                end: i as u32,
            })
        {
            return;
        }
        if letter {
            prev_arabic = arabic;
        }
        let numeric_joint = (c == '.' || c == ',' || c == '٫')
            && start.is_some()
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && iter.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        if word || numeric_joint {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take()
            && !emit(Token {
                start: st as u32,
                end: i as u32,
            })
        {
            return;
        }
    }
    if let Some(st) = start {
        emit(Token {
            start: st as u32,
            end: s.len() as u32,
        });
    }
}

/// Only what clings to a following word: one or two of و ف ب ل ك, then perhaps the article
/// ("و3"، "وب5"، "الـ3" as normalised "ال3").
fn proclitics_only(w: &str) -> bool {
    let w = w.strip_suffix("ال").unwrap_or(w);
    w.chars().count() <= 2 && w.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
}

/// A word in the letters from hamza to yeh only (no digits, marks or Latin): a single Arabic
/// word as normalised text spells it.
pub fn arabic_letters_only(w: &str) -> bool {
    w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Arabic letters (hamza to yeh, tatweel excluded).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Captured pages lose the space after a full stop ("…إلى مشفى المدينة.وذكر…"), while posts
/// put a stop inside a word to slip past filters ("دا.عش"، "الد.ولة"، "متأ.ثرة"). A run of
/// stops between Arabic letters ends a sentence only between two whole-looking words: at
/// least four letters before and three after (or a short opener such as "من"), or three
/// before when a word of four or more opens with the conjunction و.
pub(crate) fn glued_stop(before: &str, after: &str) -> bool {
    let left = before
        .trim_end_matches('.')
        .chars()
        .rev()
        .take_while(|&c| is_arabic_letter(c))
        .count();
    let right = &after[..after.find(|c| !is_arabic_letter(c)).unwrap_or(after.len())];
    let right_len = right.chars().count();
    let opener = right_len >= 3 || SHORT_OPENERS.contains(&right);
    opener && (left >= 4 || (left == 3 && right_len >= 4 && right.starts_with('و')))
}

/// Two-letter words that open sentences ("من جهته"، "في حين"، "ما أدى"), normalised.
const SHORT_OPENERS: [&str; 10] = ["من", "في", "ان", "ما", "لا", "قد", "لم", "لن", "هل", "مع"];

/// Sentence spans: split at `. ! ? ؟ ;` followed by space or end, and at line breaks.
/// A full stop between digits (1.5) or after a single letter (U.S.) does not split; one
/// glued between two Arabic words does ([`glued_stop`]).
pub fn sentences(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let end_here = match c {
            '\n' => true,
            '!' | '?' | '؟' | '؛' => true,
            '.' => {
                // "…عام 2019.- ساهمت في…": a list of bullets run together in one line.
                let after_ok = next.is_none_or(|n| {
                    n.is_whitespace() || matches!(n, '"' | ')' | '-' | '–' | '—' | '•')
                });
                let initial = prev.is_some_and(|p| p.is_ascii_alphabetic())
                    && prev2.is_none_or(|p| !is_word_char(p));
                let glued = next.is_some_and(is_arabic_letter) && glued_stop(&s[..i], &s[i + 1..]);
                (after_ok && !initial && !english_abbreviation(&s[..i], &s[i + 1..])) || glued
            }
            _ => false,
        };
        if end_here {
            let e = i + c.len_utf8();
            push_trimmed(s, start, e, &mut out);
            start = e;
        }
        prev2 = prev;
        prev = Some(c);
    }
    push_trimmed(s, start, s.len(), &mut out);
    out
}

/// "Feb. 23", "Gen. Mazloum", "Lt. Col.": an English abbreviation's stop ends no sentence; a
/// month's only before its day.
fn english_abbreviation(before: &str, after: &str) -> bool {
    let letters = before
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = before[before.len() - letters..].to_ascii_lowercase();
    let day_follows = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    match word.as_str() {
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov"
        | "dec" => day_follows,
        "gen" | "lt" | "col" | "maj" | "brig" | "sgt" | "capt" | "cpl" | "pvt" | "adm" | "mr"
        | "mrs" | "ms" | "dr" | "prof" | "sen" | "rep" | "gov" | "st" | "no" => {
            after.starts_with(' ') && !after.trim_start().is_empty()
        }
        _ => false,
    }
}

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push((start + lead, end - trail));
    }
}

const CONJ: [&str; 2] = ["و", "ف"];
const PREP: [&str; 3] = ["ب", "ل", "ك"];

/// Scraped pages glue "في" to the next word at an inline tag ("فياعتداء إسرائيلي"،
/// "فيريف درعا"); the rest is read as a word of its own when it has this many letters
/// (so that "فيما"، "فيها"، "فيلق" keep no two-letter remainder).
const GLUED_FI_MIN: usize = 3;

/// The token and its readings with proclitics removed (و ف, or a glued في, then ب ل ك, then
/// ال or لل), longest first. Every reading is a suffix slice of `tok` of at least two letters.
pub fn proclitic_readings(tok: &str) -> impl Iterator<Item = &str> {
    let mut readings: [Option<&str>; 12] = [None; 12];
    let mut n = 0;
    readings[n] = Some(tok);
    n += 1;
    let mut bases: [Option<&str>; 3] = [Some(tok), None, None];
    for c in CONJ {
        if let Some(rest) = tok.strip_prefix(c)
            && rest.chars().count() >= 2
        {
            bases[1] = Some(rest);
        }
    }
    if let Some(rest) = tok.strip_prefix("في")
        && rest.chars().count() >= GLUED_FI_MIN
    {
        bases[2] = Some(rest);
    }
    for base in bases.into_iter().flatten() {
        let mut stems: [Option<&str>; 2] = [Some(base), None];
        for p in PREP {
            if let Some(rest) = base.strip_prefix(p)
                && rest.chars().count() >= 2
            {
                stems[1] = Some(rest);
            }
        }
        // لل = ل + ال with the alef dropped
        let mut after_ll = None;
        if let Some(rest) = base.strip_prefix("لل")
            && rest.chars().count() >= 2
        {
            after_ll = Some(rest);
        }
        for stem in stems.into_iter().flatten() {
            if stem != tok && n < readings.len() && !readings[..n].contains(&Some(stem)) {
                readings[n] = Some(stem);
                n += 1;
            }
            if let Some(rest) = stem.strip_prefix("ال")
                && rest.chars().count() >= 2
                && n < readings.len()
                && !readings[..n].contains(&Some(rest))
            {
                readings[n] = Some(rest);
                n += 1;
            }
        }
        if let Some(rest) = after_ll
            && n < readings.len()
            && !readings[..n].contains(&Some(rest))
        {
            readings[n] = Some(rest);
            n += 1;
        }
    }
    readings.into_iter().take(n).flatten()
}

/// The bare stem: the shortest proclitic reading (و+ب+ال removed).
pub fn strip_proclitics(tok: &str) -> &str {
    proclitic_readings(tok)
        .min_by_key(|r| r.len())
        .unwrap_or(tok)
}

/// Removes a leading definite article (ال), if what remains has two letters or more.
pub fn strip_article(tok: &str) -> &str {
    match tok.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => tok,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(s: &'a str, t: &[Token]) -> Vec<&'a str> {
        t.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn bounded_count_agrees_with_tokenize() {
        for s in [
            "",
            "  ،، ",
            "قتل 3 مدنيين، و1.5 كم (حلب)",
            "الحسكةDecember 12جريحا 1,5 وأصيب11",
        ] {
            let n = tokenize(s).len();
            for k in 0..n + 2 {
                assert_eq!(more_tokens_than(s, k), n > k, "{s:?} {k}");
            }
        }
    }

    #[test]
    fn tokens_keep_decimals_and_split_punctuation() {
        let s = "قتل 3 مدنيين، و1.5 كم (حلب)";
        assert_eq!(
            texts(s, &tokenize(s)),
            ["قتل", "3", "مدنيين", "و1.5", "كم", "حلب"]
        );
    }

    #[test]
    fn script_change_splits_tokens() {
        let s = "مرصد الحسكةDecember 17, 2025";
        assert_eq!(
            texts(s, &tokenize(s)),
            ["مرصد", "الحسكة", "December", "17", "2025"]
        );
        let t = "F16 و3";
        assert_eq!(texts(t, &tokenize(t)), ["F16", "و3"]);
        let g = "وأصيب11 مدنيا وب5 قذائف في4 قرى الشهداء ال3";
        assert_eq!(
            texts(g, &tokenize(g)),
            [
                "وأصيب",
                "11",
                "مدنيا",
                "وب5",
                "قذائف",
                "في",
                "4",
                "قرى",
                "الشهداء",
                "ال3"
            ]
        );
    }

    #[test]
    fn sentences_split_on_arabic_and_latin_marks() {
        let s = "جملة اولى. جملة ثانية؟ ثالثة\nرابعة 1.5 كم.";
        let got: Vec<&str> = sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(got, ["جملة اولى.", "جملة ثانية؟", "ثالثة", "رابعة 1.5 كم."]);
        let s = "غطت الهجمات عام 2019.- انتقلت إلى الرقة.• عملت مراسلة";
        let got: Vec<&str> = sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            got,
            [
                "غطت الهجمات عام 2019.",
                "- انتقلت إلى الرقة.",
                "• عملت مراسلة"
            ]
        );
    }

    /// The sentences of `s`, as text.
    fn split(s: &str) -> Vec<String> {
        sentences(s)
            .into_iter()
            .map(|(a, b)| s[a..b].to_string())
            .collect()
    }

    #[test]
    fn an_english_abbreviation_ends_no_sentence() {
        assert_eq!(
            split("Drones struck Dardara on Feb. 23, killing two. Gen. Abdi said so."),
            [
                "Drones struck Dardara on Feb. 23, killing two.",
                "Gen. Abdi said so."
            ]
        );
        // A month's stop before no day ends its sentence; an Arabic letter before the word
        // is no part of it.
        assert_eq!(
            split("It began in Aug. Then it ended."),
            ["It began in Aug.", "Then it ended."]
        );
        assert_eq!(split("قصفfeb. 23"), ["قصفfeb. 23"]);
    }

    #[test]
    fn a_stop_glued_between_words_splits_but_not_inside_a_filtered_word() {
        assert_eq!(
            split("نقلت الجثة إلى مشفى المدينة.وذكر المكتب أن الطيران مجهول"),
            [
                "نقلت الجثة إلى مشفى المدينة.",
                "وذكر المكتب أن الطيران مجهول"
            ]
        );
        assert_eq!(
            split("قصف على ريف حلب.وقال مراسلنا"),
            ["قصف على ريف حلب.", "وقال مراسلنا"]
        );
        assert_eq!(
            split("بريف إدلب الغربي.من جهته"),
            ["بريف إدلب الغربي.", "من جهته"]
        );
        for whole in [
            "عناصر تنظيم دا.عش في البادية",
            "خلايا الد.ولة في الريف",
            "توفي متأ.ثرة بجراحها",
            "موقع تلفزيون سوريا.نت",
            "قنبلة عبو..ات ناسفة",
            "قوات الاحتل.ال التركي",
        ] {
            assert_eq!(split(whole), [whole], "{whole}");
        }
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in ('\u{0}'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn letters_agree_with_unicode() {
        for c in ('\u{0}'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            if is_word_char(c) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn clitic_readings() {
        let r: Vec<&str> = proclitic_readings("والقوات").collect();
        assert!(r.contains(&"القوات") && r.contains(&"قوات"), "{r:?}");
        let r: Vec<&str> = proclitic_readings("بريف").collect();
        assert!(r.contains(&"ريف"), "{r:?}");
        let r: Vec<&str> = proclitic_readings("للنظام").collect();
        assert!(r.contains(&"نظام"), "{r:?}");
        assert_eq!(strip_proclitics("وبالقصف"), "قصف");
        // too short to strip: the remainder must keep two letters
        assert_eq!(strip_proclitics("بل"), "بل");
    }

    #[test]
    fn a_glued_fi_is_read_off_a_word_of_three_letters_or_more() {
        let r: Vec<&str> = proclitic_readings("فيالاعتداء").collect();
        assert!(r.contains(&"الاعتداء") && r.contains(&"اعتداء"), "{r:?}");
        let r: Vec<&str> = proclitic_readings("فيريف").collect();
        assert!(r.contains(&"ريف"), "{r:?}");
        // "فيما"، "فيها"، "فيلق" are words: no two-letter remainder is read off them.
        for word in ["فيما", "فيها", "فيلق"] {
            assert!(
                proclitic_readings(word).all(|r| r.chars().count() > 2),
                "{word}"
            );
        }
    }
}
