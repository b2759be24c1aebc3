//! The qualifier in front of a number: "نحو"، "اكثر من"، "ما لا يقل عن"، "at least".

use super::*;

/// Qualifier phrases, longest first so "ما لا يزيد عن" wins over "يزيد عن".
const QUALIFIERS: &[(&[&str], NumQualifier)] = &[
    (&["ما", "لا", "يقل", "عن"], NumQualifier::MoreThan),
    (&["ما", "لا", "يزيد", "عن"], NumQualifier::LessThan),
    (&["ما", "لا", "يزيد", "علي"], NumQualifier::LessThan),
    (&["ما", "لا", "يتجاوز"], NumQualifier::LessThan),
    (&["ما", "يقرب", "من"], NumQualifier::Approx),
    (&["ما", "يزيد", "عن"], NumQualifier::MoreThan),
    (&["ما", "يزيد", "علي"], NumQualifier::MoreThan),
    (&["ما", "يربو", "علي"], NumQualifier::MoreThan),
    (&["ما", "يفوق"], NumQualifier::MoreThan),
    (&["لا", "يقل", "عن"], NumQualifier::MoreThan),
    (&["no", "more", "than"], NumQualifier::LessThan),
    (&["ما", "يقارب"], NumQualifier::Approx),
    (&["يقرب", "من"], NumQualifier::Approx),
    (&["يزيد", "عن"], NumQualifier::MoreThan),
    (&["يزيد", "علي"], NumQualifier::MoreThan),
    (&["يربو", "علي"], NumQualifier::MoreThan),
    (&["اكثر", "من"], NumQualifier::MoreThan),
    (&["ازيد", "من"], NumQualifier::MoreThan),
    (&["اقل", "من"], NumQualifier::LessThan),
    (&["ما", "دون"], NumQualifier::LessThan),
    (&["more", "than"], NumQualifier::MoreThan),
    (&["at", "least"], NumQualifier::MoreThan),
    (&["less", "than"], NumQualifier::LessThan),
    (&["fewer", "than"], NumQualifier::LessThan),
    (&["up", "to"], NumQualifier::LessThan),
    (&["نحو"], NumQualifier::Approx),
    (&["قرابه"], NumQualifier::Approx),
    (&["حوالي"], NumQualifier::Approx),
    (&["زهاء"], NumQualifier::Approx),
    (&["يقارب"], NumQualifier::Approx),
    (&["تقريبا"], NumQualifier::Approx),
    (&["about"], NumQualifier::Approx),
    (&["around"], NumQualifier::Approx),
    (&["approximately"], NumQualifier::Approx),
    (&["nearly"], NumQualifier::Approx),
    (&["almost"], NumQualifier::Approx),
    (&["roughly"], NumQualifier::Approx),
    (&["some"], NumQualifier::Approx),
    (&["over"], NumQualifier::MoreThan),
];

/// The first word of a qualifier may carry clitics: "بنحو"، "لاكثر"، "وبما".
fn first_word_matches(t: &str, w: &str) -> bool {
    if t == w {
        return true;
    }
    if t.is_ascii() {
        return false;
    }
    let base = strip_conj(t);
    if base == w {
        return true;
    }
    ["ب", "ل", "ك"]
        .iter()
        .any(|p| base.strip_prefix(p) == Some(w))
}

/// The qualifier ending right before token `i`: its first token and kind.
pub(super) fn qualifier_before(
    norm: &str,
    tokens: &[Token],
    i: usize,
) -> (usize, Option<NumQualifier>) {
    'pat: for (words, q) in QUALIFIERS {
        let n = words.len();
        if i < n {
            continue;
        }
        let start = i - n;
        for (k, w) in words.iter().enumerate() {
            let j = start + k;
            if !gap_is_space(norm, tokens, j + 1) {
                continue 'pat;
            }
            let t = tok(norm, tokens, j);
            let hit = if k == 0 {
                first_word_matches(t, w)
            } else {
                t == *w
            };
            if !hit {
                continue 'pat;
            }
        }
        return (start, Some(*q));
    }
    (i, None)
}
