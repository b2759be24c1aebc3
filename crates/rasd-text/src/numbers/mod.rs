//! Numbers in normalised Arabic (and plain English) text: digits, number words with clitics,
//! compounds ("خمسه وعشرين"، "ثلاثه الاف")، vague plurals ("عشرات الالاف") and the qualifier
//! in front ("نحو"، "اكثر من").
//!
//! Input is text already passed through [`crate::normalize`] plus its [`crate::tokenize`]
//! tokens, so every table here is written in normalised spelling (ة→ه، ى/ئ→ي، أ→ا: مئة is
//! "ميه").

use crate::tokens::Token;

mod combine;
mod qualifiers;
mod words;

use combine::*;
use qualifiers::*;
use words::*;

/// How a stated number relates to the real count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumQualifier {
    Approx,
    MoreThan,
    LessThan,
}

/// A number found in the text. `first_token..end_token` covers the qualifier words too
/// ("اكثر من 20"), so the span is the whole quantity phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMention {
    pub first_token: usize,
    /// Exclusive token index.
    pub end_token: usize,
    pub value: u64,
    pub qualifier: Option<NumQualifier>,
    /// A plural of tens/hundreds/thousands ("عشرات" = 20, "مئات" = 200, "الاف" = 2000) or
    /// "بضع" (3): a lower-bound guess, always with a qualifier (Approx unless one was written).
    pub vague: bool,
}

/// Every number in `norm`, left to right, non-overlapping.
///
/// Skipped on purpose: decimals without a multiplier ("1.5 كم" is no count), digits glued to
/// a model name ("F-16"، "اس-300"), parts of dates and times ("2021/08/10"، "01:35"),
/// percentages, and "عده"/"عدد من" (no value). Years are returned: see [`looks_like_year`].
pub fn find_numbers(norm: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(p) = parse_number(norm, tokens, i) else {
            i += 1;
            continue;
        };
        let (first, explicit) = qualifier_before(norm, tokens, i);
        let mut end = p.end;
        let mut qualifier = explicit;
        // "20 تقريبا": the hedge can also follow the number.
        if qualifier.is_none()
            && end < tokens.len()
            && gap_is_space(norm, tokens, end)
            && matches!(tok(norm, tokens, end), "تقريبا" | "approximately")
        {
            qualifier = Some(NumQualifier::Approx);
            end += 1;
        }
        if p.vague && qualifier.is_none() {
            qualifier = Some(NumQualifier::Approx);
        }
        out.push(NumberMention {
            first_token: first,
            end_token: end,
            value: p.value,
            qualifier,
            vague: p.vague,
        });
        i = end.max(i + 1);
    }
    out
}

/// The number that starts exactly at token `i`, without looking for a qualifier before it.
/// For callers that expect a count in a known place ("قبل ثلاثه ايام").
pub fn number_at(norm: &str, tokens: &[Token], i: usize) -> Option<NumberMention> {
    let p = parse_number(norm, tokens, i)?;
    Some(NumberMention {
        first_token: i,
        end_token: p.end,
        value: p.value,
        qualifier: p.vague.then_some(NumQualifier::Approx),
        vague: p.vague,
    })
}

/// A plain four-digit token read as a year: 1900..=2100, no qualifier, not vague. A round
/// hundred (2000) counts as a year only after a year cue (عام، سنه، منذ، in, since ...),
/// since "2000 عنصر" is more often a count.
pub fn looks_like_year(norm: &str, tokens: &[Token], m: &NumberMention) -> bool {
    if m.vague || m.qualifier.is_some() || m.end_token != m.first_token + 1 {
        return false;
    }
    let t = tok(norm, tokens, m.first_token);
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) || !(1900..=2100).contains(&m.value) {
        return false;
    }
    if !m.value.is_multiple_of(100) {
        return true;
    }
    m.first_token > 0
        && gap_is_space(norm, tokens, m.first_token)
        && matches!(
            strip_conj(tok(norm, tokens, m.first_token - 1)),
            "عام"
                | "العام"
                | "لعام"
                | "سنه"
                | "السنه"
                | "منذ"
                | "مطلع"
                | "اواخر"
                | "اوايل"
                | "منتصف"
                | "بدايه"
                | "نهايه"
                | "in"
                | "since"
                | "year"
        )
}

/// The candidate singular of an Arabic dual: the word minus "ين" or "ان" ("جنديين"→"جندي",
/// "طفلان"→"طفل"). Spelling cannot tell a dual from a sound plural ("مدنيين") or from a
/// word that just ends so ("ايران"), so the caller must confirm the stem in its lexicon and
/// know that noun's plural is not the sound "ين" one. Feminine duals keep the ت of the
/// ة: "دبابتين"→"دبابت" (the caller tries it with ه). `word` should be clitic-free.
pub fn dual_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix("ين")
        .or_else(|| word.strip_suffix("ان"))?;
    (stem.chars().count() >= 2).then_some(stem)
}

// Token helpers, shared with the readers in the submodules.

fn tok<'a>(norm: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens.get(i).map_or("", |t| t.text(norm))
}

/// Only spaces between token `i - 1` and token `i`.
fn gap_is_space(norm: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || i >= tokens.len() {
        return false;
    }
    let (a, b) = (tokens[i - 1].end as usize, tokens[i].start as usize);
    a <= b
        && norm
            .get(a..b)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
}

fn strip_conj(t: &str) -> &str {
    for c in ["و", "ف"] {
        if let Some(r) = t.strip_prefix(c)
            && r.chars().count() >= 2
        {
            return r;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{normalize_str, tokenize};

    fn nums(s: &str) -> Vec<(u64, Option<NumQualifier>, bool)> {
        let n = normalize_str(s);
        let t = tokenize(&n);
        find_numbers(&n, &t)
            .into_iter()
            .map(|m| (m.value, m.qualifier, m.vague))
            .collect()
    }

    fn one(s: &str) -> u64 {
        let v = nums(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].0
    }

    #[test]
    fn digits_and_groups() {
        assert_eq!(one("قتل 3 مدنيين"), 3);
        assert_eq!(one("نحو ١٠٠ شاحنة"), 100);
        assert_eq!(one("1,200 عنصر"), 1200);
        assert_eq!(one("3.000 جندي"), 3000);
        assert_eq!(one("1.200.000 نازح"), 1_200_000);
        assert_eq!(one("وصل ب20 آلية"), 20);
        assert_eq!(one("و15 اخرين"), 15);
        // decimals are no count without a multiplier
        assert!(nums("على بعد 1.5 كم").is_empty());
        assert_eq!(one("1.5 مليون نازح"), 1_500_000);
        assert_eq!(one("2,5 مليون"), 2_500_000);
    }

    #[test]
    fn skipped_digit_uses() {
        assert!(nums("طائرة F-16 فوق المدينة").is_empty());
        assert!(nums("منظومة اس-300").is_empty());
        assert!(nums("في 2021/08/10").is_empty());
        assert!(nums("الساعة 01:35").is_empty());
        assert!(nums("بنسبة 50%").is_empty());
        assert!(nums("بتاريخ 10-8-2021").is_empty());
        assert_eq!(nums("بين 20-30 عنصرا").len(), 2);
        assert!(nums("كميات كبيرة").is_empty());
    }

    #[test]
    fn units_and_teens() {
        assert_eq!(one("جندي واحد"), 1);
        assert_eq!(one("اثنين من العناصر"), 2);
        assert_eq!(one("وبثلاثة صواريخ"), 3);
        assert_eq!(one("عشرة جنود"), 10);
        assert_eq!(one("أحد عشر عنصرا"), 11);
        assert_eq!(one("إحدى عشرة آلية"), 11);
        assert_eq!(one("اثنا عشر"), 12);
        assert_eq!(one("اثني عشر جنديا"), 12);
        assert_eq!(one("خمسة عشر صاروخا"), 15);
        assert_eq!(one("تسع عشرة شاحنة"), 19);
        // "احد" alone is "one of", and the weekdays are not numbers
        assert!(nums("احد العناصر").is_empty());
        assert!(nums("يوم الاثنين الماضي").is_empty());
        assert!(nums("الأحد").is_empty());
        assert!(nums("لست ادري").is_empty());
        assert!(nums("القرن التاسع عشر").is_empty());
    }

    #[test]
    fn tens_and_compounds() {
        assert_eq!(one("أربعين آلية"), 40);
        assert_eq!(one("عشرون جنديا"), 20);
        assert_eq!(one("خمسة وعشرين عنصرا"), 25);
        assert_eq!(one("خمسة و عشرين"), 25);
        assert_eq!(one("مئة وخمسة وعشرون"), 125);
        assert_eq!(one("مئه وعشرون"), 120);
        // two numbers, not one sum
        assert_eq!(
            nums("بين عشرين وثلاثين"),
            [(20, None, false), (30, None, false)]
        );
        assert_eq!(nums("قتل 3 و4 جرحى").len(), 2);
    }

    #[test]
    fn hundreds() {
        assert_eq!(one("مئة جندي"), 100);
        assert_eq!(one("مائة"), 100);
        assert_eq!(one("مئتي جندي"), 200);
        assert_eq!(one("مئتين"), 200);
        assert_eq!(one("مائتين"), 200);
        assert_eq!(one("ثلاثمئة عنصر"), 300);
        assert_eq!(one("ثلاثمائة"), 300);
        assert_eq!(one("ثلاث مئة"), 300);
        assert_eq!(one("ثمانمئة"), 800);
        assert_eq!(one("خمسمائة واثنا عشر"), 512);
    }

    #[test]
    fn thousands_and_millions() {
        assert_eq!(one("ألف عنصر"), 1000);
        assert_eq!(one("ألفي جندي"), 2000);
        assert_eq!(one("الفين"), 2000);
        assert_eq!(one("ثلاثة آلاف"), 3000);
        assert_eq!(one("3 آلاف"), 3000);
        assert_eq!(one("خمسة عشر ألفا"), 15_000);
        assert_eq!(one("مئة ألف"), 100_000);
        assert_eq!(one("مئتي الف"), 200_000);
        assert_eq!(one("ألف وخمسمئة"), 1500);
        assert_eq!(one("الف و500"), 1500);
        assert_eq!(one("الف و 500"), 1500);
        assert_eq!(one("ثلاثة آلاف وخمسمئة وخمسة وعشرون"), 3525);
        assert_eq!(one("مليون و200 الف"), 1_200_000);
        assert_eq!(one("مليونين"), 2_000_000);
    }

    #[test]
    fn vague_plurals() {
        assert_eq!(
            nums("عشرات الجنود"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("مئات المدنيين"),
            [(200, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("بعشرات الآليات"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("قتل العشرات"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("عشرات الآلاف"),
            [(20_000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("مئات الآلاف"),
            [(200_000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("آلاف النازحين"),
            [(2000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("اكثر من عشرات"),
            [(20, Some(NumQualifier::MoreThan), true)]
        );
        assert!(nums("عدة آليات وعدد من الجنود").is_empty());
    }

    #[test]
    fn qualifiers() {
        let q = |s: &str| nums(s).first().and_then(|n| n.1);
        assert_eq!(q("نحو 40 آلية"), Some(NumQualifier::Approx));
        assert_eq!(q("بنحو 200 جندي"), Some(NumQualifier::Approx));
        assert_eq!(q("قرابة خمسين"), Some(NumQualifier::Approx));
        assert_eq!(q("حوالى 30"), Some(NumQualifier::Approx));
        assert_eq!(q("ما يقارب 30"), Some(NumQualifier::Approx));
        assert_eq!(q("ما يقرب من 30"), Some(NumQualifier::Approx));
        assert_eq!(q("زهاء 30"), Some(NumQualifier::Approx));
        assert_eq!(q("30 تقريبا"), Some(NumQualifier::Approx));
        assert_eq!(q("أكثر من ١٠٠ شاحنة"), Some(NumQualifier::MoreThan));
        assert_eq!(q("لأكثر من 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما يزيد عن 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما يزيد على 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما لا يقل عن 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("أقل من 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("ما دون 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("ما لا يزيد عن 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("وصل 10"), None);
        // the span takes the qualifier in
        let n = normalize_str("دخل اكثر من 100 شاحنة");
        let t = tokenize(&n);
        let m = find_numbers(&n, &t);
        assert_eq!((m[0].first_token, m[0].end_token), (1, 4));
    }

    #[test]
    fn english() {
        assert_eq!(one("twenty five soldiers"), 25);
        assert_eq!(one("three hundred and fifty"), 350);
        assert_eq!(one("two thousand"), 2000);
        assert_eq!(
            nums("more than 100 trucks"),
            [(100, Some(NumQualifier::MoreThan), false)]
        );
        assert_eq!(
            nums("tens of thousands"),
            [(20_000, Some(NumQualifier::Approx), true)]
        );
    }

    #[test]
    fn years() {
        let check = |s: &str| {
            let n = normalize_str(s);
            let t = tokenize(&n);
            let m = find_numbers(&n, &t);
            looks_like_year(&n, &t, &m[0])
        };
        assert!(check("في 2021 قتل"));
        assert!(check("عام 2000"));
        assert!(!check("2000 عنصر"));
        assert!(!check("نحو 2021"));
        assert!(!check("150 عنصرا"));
    }

    #[test]
    fn duals() {
        assert_eq!(dual_stem("جنديين"), Some("جندي"));
        assert_eq!(dual_stem("طفلين"), Some("طفل"));
        assert_eq!(dual_stem("طفلان"), Some("طفل"));
        assert_eq!(dual_stem("دبابتين"), Some("دبابت"));
        assert_eq!(dual_stem("جندي"), None);
        assert_eq!(dual_stem("ان"), None);
    }

    #[test]
    fn number_at_start() {
        let n = normalize_str("قبل ثلاثة ايام");
        let t = tokenize(&n);
        assert_eq!(
            number_at(&n, &t, 1).map(|m| (m.value, m.end_token)),
            Some((3, 2))
        );
        assert!(number_at(&n, &t, 0).is_none());
        assert!(number_at(&n, &t, 9).is_none());
    }
}
