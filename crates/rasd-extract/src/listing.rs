//! Tolls told place by place after one casualty verb, as the Civil Defence's daily reports
//! do: "أصيب جراء القصف 6 مدنيين في مدينة سرمين، وطفل في قرية الحنبوشية، وأصيب رجل وابنه في
//! قرية البارة ومدني آخر في قرية مجدليا". Each item is the strike's toll at its own place.

use crate::args::{casualty_verb, coordinated_victims, victim_noun_count, victim_target};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{Quantity, Unit};

/// Words at most from an item's first word to its place ("و5 مدنيين بينهم 3 أطفال وامرأة في
/// قرية النيرب").
const ITEM_REACH: usize = 8;

/// Words at most from an item's first word (a number or a casualty verb) to its victim noun.
const HEAD_REACH: usize = 2;

/// Whether token `i` opens an item of such a list: "و" with the victims (a victim noun, a
/// number and its noun, or a casualty verb and its victims), then, with no comma or trigger
/// in between, the place ("في قرية …", or a cue word: "وامرأة قرية دير سنبل"); and before
/// it, after a comma or right after a place, an item that told its casualties at a place.
pub(crate) fn opens_item(doc: &Doc, s: &Sentence, i: usize) -> bool {
    if !doc.token_text(i).starts_with('و') || !item_head(doc, s, i) {
        return false;
    }
    let after_place = doc
        .places_in(s)
        .any(|p| !p.locator && doc.token_at(p.end) == i);
    if !(after_place || doc.gap_before(i).contains([',', '،'])) {
        return false;
    }
    has_item_place(doc, s, i) && told_at_a_place_before(doc, s, i) && !in_brackets(doc, s, i)
}

/// "قتل 6 مدنيين، (3 منهم في دارة عزة، ومدنيان في قرية برج حيدر)": places in brackets break
/// a total down; the total stays one toll.
fn in_brackets(doc: &Doc, s: &Sentence, i: usize) -> bool {
    (s.first_token..=i)
        .rev()
        .map(|t| doc.gap_before(t))
        .find_map(|gap| {
            let open = gap.rfind('(');
            let close = gap.rfind(')');
            (open.is_some() || close.is_some()).then(|| open > close)
        })
        .unwrap_or(false)
}

/// The victims the item at token `i` begins with.
fn item_head(doc: &Doc, s: &Sentence, i: usize) -> bool {
    let victim_within = |from: usize| {
        doc.hits_between(from, from + HEAD_REACH, Category::Victim)
            .next()
            .is_some()
    };
    doc.hits_in(s, Category::Victim).any(|v| v.first == i)
        || (doc.numbers.iter().any(|n| n.first_token == i) && victim_within(i + 1))
        || (casualty_at(doc, s, i).is_some_and(|h| casualty_verb(doc.key(h)))
            && victim_within(i + 1))
}

/// Whether the item at `i` names its place within [`ITEM_REACH`].
fn has_item_place(doc: &Doc, s: &Sentence, i: usize) -> bool {
    let end = (i + 1 + ITEM_REACH).min(s.end_token);
    let Some((first, place)) = doc
        .places_in(s)
        .filter(|p| !p.locator)
        .map(|p| (doc.token_at(p.start), p))
        .find(|&(f, _)| f > i && f < end)
    else {
        return false;
    };
    let plain = !doc.comma_between(i + 1, first)
        && doc
            .hits_between(i, first, Category::Trigger)
            .next()
            .is_none();
    plain && (place.cue || doc.token_text(first - 1) == "في")
}

/// A casualty word and, after it and before token `i`, a place: the item before.
fn told_at_a_place_before(doc: &Doc, s: &Sentence, i: usize) -> bool {
    let Some(last) = last_casualty_before(doc, s, i) else {
        return false;
    };
    doc.places_in(s).any(|p| {
        let first = doc.token_at(p.start);
        !p.locator && first >= last.end && first < i
    })
}

/// The last word of death or injury of the sentence ending by token `i`.
fn last_casualty_before(doc: &Doc, s: &Sentence, i: usize) -> Option<Hit> {
    doc.casualty_hits(s)
        .filter(|h| h.end <= i)
        .max_by_key(|h| h.end)
}

/// A word of death or injury starting at token `i`.
fn casualty_at(doc: &Doc, s: &Sentence, i: usize) -> Option<Hit> {
    doc.casualty_hits(s).find(|h| h.first == i)
}

/// The toll of an item with no casualty word of its own ("وطفل في قرية الحنبوشية"): its victims,
/// counted with the unit of the last casualty word before it in the sentence.
pub(crate) fn item_toll(doc: &Doc, whole: &Sentence, item: &Sentence) -> Vec<Quantity> {
    let i = item.first_token;
    let Some(last) = last_casualty_before(doc, whole, i) else {
        return Vec::new();
    };
    let unit = match doc.lex.entry(last).category {
        Category::Fatality => Unit::Fatality,
        _ => Unit::Injury,
    };
    let victims: Vec<Hit> = doc.hits_in(item, Category::Victim).collect();
    let Some(&head) = victims.first() else {
        return Vec::new();
    };
    let (value, end) = match doc.numbers.iter().find(|n| n.first_token == i) {
        Some(n) => (n.value, head.end),
        None => {
            let Some(own) = victim_noun_count(doc, head) else {
                return Vec::new();
            };
            match coordinated_victims(doc, &victims, 1, head.end, &|_| true) {
                (Some(more), end, _) => (own + more, end),
                (None, end, _) => (own, end),
            }
        }
    };
    vec![Quantity {
        value,
        qualifier: None,
        unit,
        kind: Some(doc.lex.entry(head).form.clone()),
        target: victim_target(doc, head),
        span: doc.orig_span(i, end),
    }]
}
