//! Clauses of a sentence that each tell an event of their own ("…، كما أصيب طفل بقصف على
//! …"، "هجمات شنتها X …، وأخرى من Y …"), and the drafts of each.

use crate::args::{quantities, verb_of_striking};
use crate::doc::{Doc, Sentence};
use crate::frame::{Draft, attack_word, draft_triggers, in_actor_name, resolve_type, triggers};
use crate::lexicon::{Category, Hit};
use crate::listing;

/// Whether token `i` opens a clause reporting another occurrence: after a comma, كما، فيما،
/// بينما، في حين ("…جسر الشغور، كما أصيب طفل بقصف على قرية أم الريش"), or "و" and a verb
/// of striking with a subject of its own after an event told ("…بالريف الجنوبي، وقصفت
/// مدفعية قوات الأسد بلدات …"; with none before it, the verb takes the places told before).
fn opens_clause(doc: &Doc, s: &Sentence, i: usize) -> bool {
    // The comma first: most tokens follow none, and the checks below scan the sentence.
    if !doc.gap_before(i).contains([',', '،']) {
        return false;
    }
    // Not كذلك: "، وكذلك عن سبعة شهداء" continues the clause before it.
    if doc.token_text(i) == "كما" || contrast_word(doc, i) || another_of_them(doc, s, i) {
        return true;
    }
    let t = doc.token_text(i);
    t.starts_with('و')
        && doc.hits_in(s, Category::Trigger).any(|h| {
            h.first == i
                && verb_of_striking(doc, h)
                && t.strip_prefix('و') == Some(doc.lex.entry(h).form.as_str())
                && names_its_subject(doc, s, h.end)
        })
        && trigger_before(doc, s, i).is_some()
}

/// "فيما"، "بينما"، "في حين" at token `i`: a word opening a clause of contrast.
pub(crate) fn contrast_word(doc: &Doc, i: usize) -> bool {
    match doc.token_text(i) {
        "فيما" | "بينما" => true,
        "في" => doc.token_text(i + 1) == "حين",
        _ => false,
    }
}

/// "…بالقصف على جسر الشغور، وقتل مدنيان وأصيب 3 آخرون بقصف مماثل استهدف مدخل مدينة إدلب":
/// after a comma, "و" and a finite casualty verb (not a verbal noun continuing a toll: "أدى
/// لاستشهاد امرأة، وإصابة أخرى") may open the toll of another strike; [`clauses`]
/// keeps the cut only when the clauses on both sides name an attack of their own.
fn toll_of_another(doc: &Doc, s: &Sentence, i: usize) -> bool {
    doc.gap_before(i).contains([',', '،'])
        && doc.token_text(i).starts_with('و')
        && doc
            .casualty_hits(s)
            .any(|h| h.first == i && crate::args::finite_casualty_verb(doc.key(h)))
}

/// Words from a verb to the start of its subject ("وقصفت، مساء أمس، مدفعية قوات الأسد").
const SUBJECT_REACH: usize = 3;

/// A side or a weapon named right after the verb ending at token `end`: a clause with a
/// subject of its own ("، وقصفت مدفعية قوات الأسد بلدات …"). A verb without one ("، واستهدفت
/// حي الجورة") goes on telling the event before it, whose weapon and side it shares.
fn names_its_subject(doc: &Doc, s: &Sentence, end: usize) -> bool {
    doc.hits_in(s, Category::Actor)
        .chain(doc.hits_in(s, Category::Instrument))
        .any(|h| h.first >= end && h.first - end <= SUBJECT_REACH)
}

/// Words from "وأخرى" to the side that made the others ("وأخرى من خلايا داعش").
const ANOTHER_SIDE_REACH: usize = 3;

/// "هجمات شنتها جبهة النصرة …، وأخرى من خلايا داعش أسفرت عن …": "and others" after a comma
/// opens a clause whose event is of the kind named before it, by whoever it names.
/// "وأخرى فيها منزل" (another farm struck) names no side: the same event. "أخرى" is
/// feminine: it takes up "هجمات"، "غارة"، never "رتلاً" ("رتلاً …، وأخرى تابعة لقسد" are
/// other vehicles of one convoy).
fn another_of_them(doc: &Doc, s: &Sentence, i: usize) -> bool {
    doc.token_text(i) == "واخري"
        && doc.gap_before(i).contains([',', '،'])
        && side_after_another(doc, i).is_some()
        && trigger_before(doc, s, i).is_some_and(|h| {
            let form = &doc.lex.entry(h).form;
            form.ends_with("ات") || form.ends_with('ه')
        })
}

/// The last trigger of the sentence before token `i`.
fn trigger_before(doc: &Doc, s: &Sentence, i: usize) -> Option<Hit> {
    doc.hits_between(s.first_token, i, Category::Trigger)
        .filter(|h| !in_actor_name(doc, s, *h))
        .last()
}

/// The side named right after "وأخرى" at token `i`.
fn side_after_another(doc: &Doc, i: usize) -> Option<Hit> {
    doc.hits_between(i + 1, i + 1 + ANOTHER_SIDE_REACH, Category::Actor)
        .find(|a| crate::model::named_side(doc.key(*a)))
}

/// "قتل 14 مدنيا، الأحد، في انفجار لغم، فيما شهد يوم السبت مقتل 12 شخصا في حوادث منفصلة":
/// a clause opened by a word of contrast that names a day other than the one the clause
/// before it names tells of something else, whose toll is not the event's.
fn another_day(doc: &Doc, before: (usize, usize), after: (usize, usize)) -> bool {
    if !contrast_word(doc, after.0) {
        return false;
    }
    let day = |(from, to): (usize, usize)| {
        doc.times
            .iter()
            .filter(|t| from <= t.first_token && t.end_token <= to)
            .find_map(|t| t.date.map(Ok).or(t.weekday.map(Err)))
    };
    matches!((day(before), day(after)), (Some(a), Some(b)) if a != b)
}

/// Words of coinciding ("تزامن"، "بالتزامن مع") in a sentence.
pub(crate) fn coinciding_words<'d>(doc: &'d Doc, s: &Sentence) -> impl Iterator<Item = Hit> + 'd {
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "meanwhile")
}

/// Words at most from a word of coinciding to the event it names, and from that event to
/// the "مع" before the other ("تزامن القصف المدفعي مع").
const COINCIDING_REACH: usize = 3;

/// The clauses of a sentence that each name an event of their own: a split before one of
/// [`opens_clause`]'s words, kept only when the clause after it has a trigger (so that
/// "، كما أفاد المرصد، ما أدى لمقتل…" stays with the event before it); each with whether it
/// is an item of a toll told place by place.
fn clauses(doc: &Doc, s: &Sentence) -> Vec<(Sentence, bool)> {
    // "الاعتداء الإسرائيلي تزامن مع اعتداء بالطائرات المسيرة": a word of coinciding after an
    // event told opens the clause of another; before it ("وتزامن القصف مع هجوم"), the "مع"
    // after the event it names does.
    let coinciding: Vec<usize> = coinciding_words(doc, s)
        .filter_map(|r| {
            if trigger_before(doc, s, r.first).is_some() {
                return Some(r.first);
            }
            let named = doc
                .hits_in(s, Category::Trigger)
                .find(|t| t.first >= r.end && t.first - r.end <= COINCIDING_REACH)?;
            (named.end..(named.end + COINCIDING_REACH).min(s.end_token))
                .find(|&i| matches!(doc.token_text(i), "مع" | "with"))
        })
        .collect();
    // Each cut, and whether only a casualty verb opens it ([`toll_of_another`]). An item of
    // a toll told place by place is a clause of its own ([`listing::opens_item`]).
    let mut items: Vec<usize> = Vec::new();
    let mut cuts: Vec<(usize, bool)> = (s.first_token + 1..s.end_token)
        .filter_map(|i| {
            if coinciding.contains(&i) || opens_clause(doc, s, i) {
                Some((i, false))
            } else if listing::opens_item(doc, s, i) {
                items.push(i);
                None
            } else {
                toll_of_another(doc, s, i).then_some((i, true))
            }
        })
        .collect();
    // After the items, "، وأصيب 11 مدنياً" with no strike of its own is the toll of the
    // strike as a whole, not of the last item's place: a clause of its own, like an item.
    if let Some(&first_item) = items.first() {
        let boundaries: Vec<usize> = cuts
            .iter()
            .map(|&(c, _)| c)
            .chain(items.iter().copied())
            .collect();
        cuts.retain(|&(c, toll)| {
            let next = boundaries
                .iter()
                .copied()
                .filter(|&b| b > c)
                .min()
                .unwrap_or(s.end_token);
            let tail = toll
                && c > first_item
                && doc
                    .hits_between(c, next, Category::Trigger)
                    .next()
                    .is_none();
            if tail {
                items.push(c);
            }
            !tail
        });
    }
    let has_trigger = |from: usize, to: usize| {
        another_of_them(doc, s, from)
            || doc
                .hits_in(s, Category::Trigger)
                .any(|h| h.first >= from && h.end <= to)
    };
    let has_attack = |from: usize, to: usize| {
        doc.hits_in(s, Category::Trigger)
            .any(|h| h.first >= from && h.end <= to && attack_word(doc, h))
    };
    // Drop cuts whose clause (up to the next cut) has no trigger of its own, unless it tells
    // of another day than the clause before it.
    let mut kept: Vec<usize> = Vec::new();
    let mut k = 0;
    while let Some(&(c, toll)) = cuts.get(k) {
        let before = kept.last().copied().unwrap_or(s.first_token);
        // "، وقتلت امرأة، وأصيب 14 مدنياً بالقصف على مدينة أريحا": tolls listed before
        // their strike are one clause.
        while toll
            && cuts
                .get(k + 1)
                .is_some_and(|&(n, toll_too)| toll_too && !has_trigger(c, n))
        {
            cuts.remove(k + 1);
        }
        let to = cuts.get(k + 1).map_or(s.end_token, |&(n, _)| n);
        let keep = if toll {
            has_attack(before, c) && has_attack(c, to)
        } else {
            has_trigger(c, to) || another_day(doc, (before, c), (c, to))
        };
        if keep {
            kept.push(c);
        }
        k += 1;
    }
    kept.extend_from_slice(&items);
    kept.sort_unstable();
    kept.dedup();
    if kept.is_empty() {
        return vec![(*s, false)];
    }
    let mut out = Vec::with_capacity(kept.len() + 1);
    let mut from = s.first_token;
    for to in kept.into_iter().chain(std::iter::once(s.end_token)) {
        out.push((doc.part_of(s, from, to), items.contains(&from)));
        from = to;
    }
    out
}

/// Drafts for one sentence: for each of its clauses ([`clauses`]), each trigger with the
/// arguments of its clause; the evidence is the whole sentence.
pub fn frame_sentence(doc: &Doc, s: &Sentence, index: usize) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for (c, item) in clauses(doc, s) {
        // "، وأخرى من …": the clause's own event is another of the one before it; an item
        // of a toll by place ("، وطفل في قرية الحنبوشية") is the toll of the strike before.
        let elided = (item || another_of_them(doc, s, c.first_token))
            .then(|| trigger_before(doc, s, c.first_token))
            .flatten();
        for d in frame_clause(doc, s, &c, index, elided, item) {
            // After the items, "، وأصيب 11 مدنياً" with no place of its own is the toll of
            // the strike as a whole, told where the sentence first tells it.
            if item
                && d.place.is_none()
                && let Some(lead) = out
                    .iter_mut()
                    .find(|o| o.evidence.trigger == d.evidence.trigger)
            {
                crate::join_toll(lead, d.quantities);
                continue;
            }
            out.push(d);
        }
    }
    out
}

/// Drafts of one clause; `elided` is the trigger before "، وأخرى من …" that the clause tells
/// another of, or before the `item` of a toll by place that the clause is.
fn frame_clause(
    doc: &Doc,
    whole: &Sentence,
    s: &Sentence,
    index: usize,
    elided: Option<Hit>,
    item: bool,
) -> Vec<Draft> {
    let qty = quantities(doc, s);
    let trigs = triggers(doc, s, &qty);
    let Some(h) = elided else {
        return draft_triggers(doc, whole, s, index, trigs, &qty, None);
    };
    // The other event is told up to the clause's own next trigger ("…، بعد يومين من غارة").
    // (A casualty word standing in for an unnamed attack is the other event's own toll.)
    let own_end = trigs
        .iter()
        .filter(|(_, t)| doc.lex.entry(*t).category == Category::Trigger)
        .map(|(_, t)| t.first)
        .min()
        .unwrap_or(s.end_token);
    let own = doc.part_of(s, s.first_token, own_end);
    let mut own_qty = quantities(doc, &own);
    if item && own_qty.is_empty() {
        own_qty = listing::item_toll(doc, whole, &own);
    }
    let side = (!item)
        .then(|| side_after_another(doc, s.first_token))
        .flatten();
    let mut out = match resolve_type(doc, &own, h, &own_qty) {
        Some(ty) => draft_triggers(doc, whole, &own, index, vec![(ty, h)], &own_qty, side),
        None => Vec::new(),
    };
    if own_end < s.end_token {
        let rest = doc.part_of(s, own_end, s.end_token);
        let rest_qty = quantities(doc, &rest);
        let trigs = trigs
            .into_iter()
            .filter(|(_, t)| t.first >= own_end)
            .collect();
        out.extend(draft_triggers(
            doc, whole, &rest, index, trigs, &rest_qty, None,
        ));
    }
    out
}
