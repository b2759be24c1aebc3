//! Counts with no number: a singular or dual noun, a pronoun after a verb of result, a
//! nationality before "others".

use super::*;

/// Verbs of result ("ما أدى إلى"، "أسفر عن"، "تسبب ب").
const RESULT_VERBS: &[&str] = &[
    "ادي",
    "ادت",
    "يودي",
    "تودي",
    "اسفر",
    "اسفرت",
    "يسفر",
    "تسفر",
    "تسبب",
    "تسببت",
    "يتسبب",
];

/// "وأسفر القصف عن …"، "وأدى الهجوم إلى …": the trigger is the subject of a verb of result
/// right before it.
pub(crate) fn subject_of_result(doc: &Doc, trig: Hit) -> bool {
    trig.first > 0
        && rasd_text::proclitic_readings(doc.token_text(trig.first - 1))
            .any(|r| RESULT_VERBS.contains(&r))
}

/// "ما أدى لمقتله"، "أسفر عن إصابتها"، "تسبب باستشهادهما": a casualty noun carrying its victim
/// as a pronoun, the result of what the sentence tells, counts one (two for the dual). Only
/// after a verb of result: "توفي متأثرا بإصابته" is no further injury.
pub(super) fn pronoun_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    const STEMS: [(&str, Unit); 6] = [
        ("مقتل", Unit::Fatality),
        ("استشهاد", Unit::Fatality),
        ("وفات", Unit::Fatality),
        ("مصرع", Unit::Fatality),
        ("اصابت", Unit::Injury),
        ("جرح", Unit::Injury),
    ];
    let result_verb = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| RESULT_VERBS.contains(&r))
    };
    for i in s.first_token + 1..s.end_token {
        // Every pronoun counted (ه، ها، هما) ends in ه or ا: most tokens are passed at once.
        let token = doc.token_text(i);
        if !token.ends_with(['ه', 'ا']) {
            continue;
        }
        let found = rasd_text::proclitic_readings(token).find_map(|r| {
            STEMS.iter().find_map(|&(stem, unit)| {
                let count = match r.strip_prefix(stem)? {
                    "ه" | "ها" => 1,
                    "هما" => 2,
                    _ => return None,
                };
                Some((stem, unit, count))
            })
        });
        let Some((stem, unit, count)) = found else {
            continue;
        };
        let verb = match doc.token_text(i - 1) {
            "الي" | "عن" if i - 1 > s.first_token => i - 2,
            _ => i - 1,
        };
        if !result_verb(verb) || out.iter().any(|q| q.unit == unit) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: count,
                qualifier: None,
                unit,
                kind: Some(stem.to_string()),
                target: None,
                span: doc.orig_span(i, i + 1),
            },
        );
    }
}

/// "سقوط شهيد"، "شهيدين وخمسة جرحى": a singular casualty noun with no number before it is
/// one, a dual two.
pub(super) fn singular_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for (cat, unit) in CASUALTY_UNITS {
        if out.iter().any(|q| q.unit == unit) {
            continue;
        }
        let count = |h: &Hit| match doc.key(*h) {
            "one" => 1,
            "two" => 2,
            _ => 0,
        };
        if let Some(h) = doc.hits_in(s, cat).find(|h| {
            count(h) > 0
                && !counted_by_number(doc, *h)
                && !namesake(doc, s, *h)
                && !between_dead_and_wounded(doc, s, *h)
        }) {
            push_quantity(
                out,
                Quantity {
                    value: count(&h),
                    qualifier: None,
                    unit,
                    kind: Some(doc.lex.entry(h).form.clone()),
                    target: None,
                    span: doc.orig_span(h.first, h.end),
                },
            );
        }
    }
}

/// Words at most in a quoted name, and between a word of death and the name (its subject).
const NAME_WORDS: usize = 4;

/// "مقتل "سامر العبدالله" نائب الرئاسة …"، "اغتال مجهولون «عمار الياسين»": a name in quotes
/// right after a word of death or injury, or after the side that did it, is one person; a
/// quoted side, place, victim noun or word of casualties is not.
pub(super) fn quoted_name_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    let opens = |i: usize| doc.gap_before(i).trim_end().ends_with(['"', '“', '«']);
    let closes = |i: usize| doc.gap_before(i).trim_start().starts_with(['"', '”', '»']);
    for (cat, unit) in CASUALTY_UNITS {
        if out.iter().any(|q| q.unit == unit) {
            continue;
        }
        let name = doc
            .hits_in(s, cat)
            .filter(|h| casualty_verb(doc.key(*h)))
            .find_map(|h| {
                // The name's first word: right after the word, or after its subject.
                let first = doc
                    .hits_in(s, Category::Actor)
                    .find(|a| a.first == h.end)
                    .map_or(h.end, |a| a.end);
                if first >= s.end_token || !opens(first) {
                    return None;
                }
                let end =
                    (first + 1..=(first + NAME_WORDS).min(s.end_token)).find(|&i| closes(i))?;
                let (a, b) = doc.norm_range(first, end)?;
                let plain = (first..end).all(|i| {
                    !doc.token_text(i).contains(|c: char| c.is_ascii_digit())
                        && (i == first || !opens(i))
                });
                // "سقوط "شهداء وجرحى"": words of casualties quoted are no name either.
                let named_thing = [
                    Category::Actor,
                    Category::Victim,
                    Category::Fatality,
                    Category::Injury,
                ]
                .into_iter()
                .any(|cat| doc.hits_between(first, end, cat).next().is_some())
                    || doc.places.iter().any(|p| p.start < b && a < p.end);
                (plain && !named_thing).then_some((first, end))
            });
        if let Some((first, end)) = name {
            push_quantity(
                out,
                Quantity {
                    value: 1,
                    qualifier: None,
                    unit,
                    kind: None,
                    target: None,
                    span: doc.orig_span(first, end),
                },
            );
        }
    }
}

/// "مقتل أميركي وإصابة 6 آخرين": a nationality right after a word of death or injury, and
/// right before "and" another such word that counts "others", is one person of that side.
/// Elsewhere the word may be an adjective or a name ("مقتل تركي الحلبي"), and counts nothing.
pub(super) fn nationals_before_others(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    let others_after = |from: usize| {
        doc.casualty_hits(s)
            .any(|c| c.first == from && doc.token_text(from).starts_with('و'))
            && (from..s.end_token).any(|i| {
                matches!(
                    rasd_text::strip_proclitics(doc.token_text(i)),
                    "اخرين" | "اخرون"
                )
            })
    };
    for (cat, unit) in CASUALTY_UNITS {
        let national = doc
            .hits_in(s, cat)
            .filter(|h| casualty_verb(doc.key(*h)))
            .find_map(|h| {
                let side = doc
                    .hits_between(h.end, h.end + 1, Category::Actor)
                    .find(|a| a.end == h.end + 1)?;
                let word = doc.token_text(side.first);
                (word.ends_with('ي') && !is_definite(word) && others_after(side.end))
                    .then_some(side)
            });
        if let Some(side) = national {
            push_quantity(
                out,
                Quantity {
                    value: 1,
                    qualifier: None,
                    unit,
                    kind: Some(rasd_text::strip_proclitics(doc.token_text(side.first)).to_string()),
                    target: Some(doc.key(side).to_string()),
                    span: doc.orig_span(side.first, side.end),
                },
            );
        }
    }
}

/// "15 مدنياً بين قتيل وجريح": after "بين", a dead and a wounded name the two kinds a count
/// is split into, not one of each.
fn between_dead_and_wounded(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let first_of_pair = doc
        .casualty_hits(s)
        .find(|p| p.end == h.first && doc.token_text(h.first).starts_with('و'))
        .map_or(h.first, |p| p.first);
    first_of_pair > s.first_token && doc.token_text(first_of_pair - 1) == "بين"
}

/// "مشفى الشهيدة ليكرين"، "مدرسة الشهيد باسل": a definite casualty noun just after a
/// facility noun is part of the facility's name.
fn namesake(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    // In construct the facility noun has no article: "اللواء الشهيد" is a rank, not a brigade.
    let definite = |i: usize| is_definite(doc.token_text(i));
    definite(h.first)
        && doc.hits_in(s, Category::Role).any(|r| {
            r.end == h.first && matches!(doc.key(r), "namesake" | "care") && !definite(r.end - 1)
        })
}

/// Whether a number ends at most two words before `h` ("3 شهداء"، "5 من الجرحى"): then the
/// noun's own count (singular one, dual two) is not what it counts.
fn counted_by_number(doc: &Doc, h: Hit) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.end_token <= h.first && h.first - n.end_token <= 2)
}

/// "استهدفت بصاروخين"، "دخلت مدرعتان": a dual unit noun with no number before it counts two.
pub(super) fn dual_units(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for h in doc.hits_in(s, Category::Unit) {
        let Some(base) = doc.key(h).strip_suffix(":2").and_then(unit_of) else {
            continue;
        };
        if counted_by_number(doc, h) || out.iter().any(|q| q.unit == base) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: 2,
                qualifier: None,
                unit: base,
                kind: Some(doc.lex.entry(h).form.clone()),
                target: None,
                span: doc.orig_span(h.first, h.end),
            },
        );
    }
}
