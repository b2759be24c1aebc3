//! The area phrase of a control cue: river banks, places, parts of places and anaphora.

use super::{clause_start, is_word};
use crate::assertion::{ControlArea, Scope};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::Span;
use rasd_geo::{PlaceMatch, Relation};

/// Tokens an area phrase may run after its cue.
const WINDOW: usize = 12;

/// "مناطق سيطرتها في ريفي دير الزور": the areas an actor holds *in* a countryside, bank or
/// governorate are part of it, listed but never painted over all of it. Held towns stay.
pub(super) fn areas_of_held(
    doc: &Doc,
    cue: Hit,
    areas: Vec<(ControlArea, Span)>,
) -> Vec<(ControlArea, Span)> {
    let areas_word = is_word(doc, cue.first, &["مناطق", "منطقه", "areas"]);
    areas
        .into_iter()
        .map(|(mut a, span)| {
            if areas_word && matches!(a.scope, Scope::Countryside | Scope::Bank | Scope::Admin1) {
                a.scope = Scope::Vague;
            }
            (a, span)
        })
        .collect()
}

/// "ريف الرقة في المنطقة الخاضعة لسيطرة النظام": an area *in* the held area is only partly
/// held (a village in it is held entirely). Such areas are listed, never painted.
pub(super) fn part_held(
    doc: &Doc,
    cue_first: usize,
    areas: Vec<(ControlArea, Span)>,
) -> Vec<(ControlArea, Span)> {
    areas
        .into_iter()
        .map(|(mut a, span)| {
            let area_end = doc.token_at(doc.norm.normalized_offset(span.end as usize));
            let area_first = doc.token_at(doc.norm.normalized_offset(span.start as usize));
            // "مناطق دير الزور الخاضعة لسيطرتها": the held parts of the governorate.
            let parts = area_first > 0
                && is_word(
                    doc,
                    area_first - 1,
                    &["مناطق", "اجزاء", "بعض", "جزء", "parts"],
                );
            let within = parts
                || (area_end..cue_first).any(|t| is_word(doc, t, &["في", "ضمن", "داخل", "in"]));
            if within && matches!(a.scope, Scope::Countryside | Scope::Bank | Scope::Admin1) {
                a.scope = Scope::Vague;
            }
            (a, span)
        })
        .collect()
}

/// The token where the clause that starts at `from` ends: punctuation (unless a place
/// follows: "مناطق سيطرة الحكومة، في مدينتي الحسكة والقامشلي"), a conjunction that opens
/// another clause, another control cue, or `WINDOW` tokens.
fn clause_end(doc: &Doc, s: &Sentence, from: usize) -> usize {
    let limit = (from + WINDOW).min(s.end_token);
    for t in from..limit {
        // The gap before the window's first token counts too: "الجيش السوري، بالإضافة".
        if t > s.first_token {
            let gap = doc.gap_before(t);
            let hard = gap.contains(['(', ')', ';', '؛', '.']);
            let soft = gap.contains(['،', ',', ':']) && !is_word(doc, t, &["في", "كل"]);
            if hard || soft {
                return t;
            }
        }
        if is_word(
            doc,
            t,
            &[
                "بينما",
                "فيما",
                "حيث",
                "التي",
                "الذي",
                "الذين",
                "مع",
                "بعد",
                "قبل",
                "وسط",
                "لكن",
                "الا",
                "كما",
                "بالتزامن",
                "بهدف",
                "منذ",
                "عقب",
                "اضافه",
                "while",
                "whereas",
                "which",
                "after",
            ],
        ) && t > from
        {
            return t;
        }
        // Another clause of control starts ("بينما تسيطر"); a base noun does not.
        if t > from
            && doc
                .hits_in(s, Category::Control)
                .any(|h| h.first == t && !doc.key(h).starts_with("base"))
        {
            return t;
        }
    }
    limit
}

/// The areas named from token `from` to the end of its clause: river banks, places, and
/// place anaphora ("على المدينة").
pub(super) fn areas_after(
    doc: &Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    from: usize,
) -> Vec<(ControlArea, Span)> {
    let end = clause_end(doc, s, from);
    areas_in(doc, s, prev, from, end)
        .into_iter()
        .map(|(mut a, span, t)| {
            // "على بلدات عديدة في المنطقة", "على أجزاء من ريف حلب": some places in the area.
            let some = (from..t).any(|k| {
                is_word(
                    doc,
                    k,
                    &[
                        "بلدات",
                        "قري",
                        "مناطق",
                        "اجزاء",
                        "بعض",
                        "عدد",
                        "مواقع",
                        "نقاط",
                        "some",
                        "parts",
                    ],
                )
            });
            // "مناطق العشائر في دير الزور": a city named like its governorate, read as the
            // governorate when it contains "areas".
            let capital = a.place_kind.as_deref() == Some("city")
                && a.place.as_ref().map(|p| p.name.as_str()) == a.admin1.as_deref();
            if some
                && (capital || matches!(a.scope, Scope::Countryside | Scope::Bank | Scope::Admin1))
            {
                a.scope = Scope::Vague;
            }
            (a, span)
        })
        .collect()
}

/// The area named just before the cue ("ريف الرقة في المنطقة الخاضعة لسيطرة النظام", "القرية
/// الموجودة في مناطق سيطرة الدولة"): the nearest bank, place or anaphor within `reach` tokens
/// of the same clause.
pub(super) fn area_before(
    doc: &Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    cue_first: usize,
    reach: usize,
) -> Vec<(ControlArea, Span)> {
    let from = clause_start(
        doc,
        cue_first.saturating_sub(reach).max(s.first_token),
        cue_first,
    );
    // The nearest one: the noun the clause is about.
    areas_in(doc, s, prev, from, cue_first)
        .into_iter()
        .max_by_key(|(_, _, t)| *t)
        .map(|(a, span, _)| (a, span))
        .into_iter()
        .collect()
}

/// Banks, places and anaphora with their first token in `from..end`.
fn areas_in(
    doc: &Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    from: usize,
    end: usize,
) -> Vec<(ControlArea, Span, usize)> {
    let mut out: Vec<(ControlArea, Span, usize)> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut qualifier: Option<String> = None;
    for r in doc.hits_in(s, Category::River) {
        if r.first < from || r.first >= end {
            continue;
        }
        let dir = doc
            .hits_in(s, Category::Direction)
            .filter(|d| {
                d.end <= r.first && r.first - d.end <= 2 && d.first + 1 >= from.min(r.first)
            })
            .last();
        let Some(dir) = dir else { continue };
        // "شرق وغرب الفرات": both banks, so no division by the river.
        let both = doc
            .hits_in(s, Category::Direction)
            .any(|d| d.end <= dir.first && dir.first - d.end <= 1 && doc.key(d) != doc.key(dir));
        if both {
            continue;
        }
        let river_place = doc.places_in(s).find(|p| {
            let t = doc.token_at(p.start);
            t <= r.first && doc.token_at(p.end) >= r.end
        });
        let area = ControlArea {
            scope: Scope::Bank,
            place: river_place.map(|p| crate::frame::to_place(doc, p)),
            place_id: None,
            place_kind: Some("river".into()),
            river: Some(doc.key(r).to_string()),
            bearing: Some(bearing_of(doc.key(dir))),
            admin1: river_place.and_then(|p| p.admin1.clone()),
        };
        covered.push((dir.first, r.end));
        out.push((area, doc.orig_span(dir.first, r.end), dir.first));
    }
    let explicit_admin1 =
        |p: &PlaceMatch| p.kind == "governorate" || p.kind == "province" || p.locator;
    for p in doc.places_in(s) {
        let t = doc.token_at(p.start);
        let te = doc.token_at(p.end);
        if t < from || t >= end {
            continue;
        }
        if covered.iter().any(|&(a, b)| t < b && te > a) {
            continue;
        }
        if explicit_admin1(p) {
            if qualifier.is_none() {
                qualifier = p.admin1.clone();
            }
            if p.locator {
                continue;
            }
        }
        if let Some(area) = area_of_place(doc, p) {
            out.push((area.0, area.1, t));
        }
    }
    // A governorate beside a bank or a town qualifies it rather than being an area itself.
    let finer = out.iter().any(|(a, _, _)| a.scope != Scope::Admin1);
    if finer {
        out.retain(|(a, _, _)| a.scope != Scope::Admin1);
        for (a, _, _) in out.iter_mut() {
            if a.scope == Scope::Bank
                && let Some(q) = &qualifier
            {
                a.admin1 = Some(q.clone());
            }
        }
    }
    // "أرياف دير الزور الواقعة في الضفة الشرقية لنهر الفرات": the bank narrows the
    // countryside named before it; the area is that bank within its governorate.
    out.sort_by_key(|(_, _, t)| *t);
    if let Some(bank_at) = out.iter().position(|(a, _, _)| a.scope == Scope::Bank) {
        let narrowed = out[..bank_at]
            .iter()
            .rev()
            .find(|(a, _, _)| a.scope == Scope::Countryside)
            .and_then(|(a, _, _)| a.admin1.clone());
        if let Some(a1) = narrowed {
            if out[bank_at].0.admin1.is_none() {
                out[bank_at].0.admin1 = Some(a1);
            }
            out.retain(|(a, _, _)| a.scope != Scope::Countryside);
        }
    }
    if out.is_empty() {
        for h in doc.hits_in(s, Category::Anaphor) {
            if h.first >= from
                && h.first < end
                && let Some(p) = antecedent(doc, s, prev, h)
                && let Some((area, _)) = area_of_place(doc, p)
            {
                out.push((area, doc.orig_span(h.first, h.end), h.first));
                break;
            }
        }
    }
    out.sort_by_key(|(_, _, t)| *t);
    out
}

fn bearing_of(key: &str) -> f64 {
    match key {
        "north" => 0.0,
        "east" => 90.0,
        "south" => 180.0,
        _ => 270.0,
    }
}

/// The place an anaphor ("المدينة") refers back to: the last fitting place before it, in
/// this sentence or the one before.
pub(crate) fn antecedent<'d>(
    doc: &'d Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    h: Hit,
) -> Option<&'d PlaceMatch> {
    let settlement = doc.key(h) == "settlement";
    let fits = |p: &&PlaceMatch| {
        !p.locator
            && if settlement {
                matches!(p.kind.as_str(), "city" | "town" | "village" | "place")
                    && p.relation == Relation::At
                    || p.relation == Relation::Unresolved
            } else {
                p.kind != "country"
            }
    };
    let before = doc.tokens.get(h.first).map_or(0, |t| t.start as usize);
    let here = doc
        .places_in(s)
        .filter(|p| p.end <= before)
        .filter(fits)
        .last();
    here.or_else(|| prev.and_then(|p| doc.places_in(p).filter(fits).last()))
}

/// The control area a place mention names.
pub(super) fn area_of_place(doc: &Doc, p: &PlaceMatch) -> Option<(ControlArea, Span)> {
    let scope = match (p.relation, p.kind.as_str()) {
        (Relation::Unresolved, _) => Scope::Vague,
        (_, "country") => return None,
        (_, "river") => return None,
        (_, "governorate" | "province") => Scope::Admin1,
        (Relation::Countryside, _) => Scope::Countryside,
        (Relation::Near | Relation::Offset, _) if p.geo_precision < 3 => Scope::Near,
        (_, "region" | "mountain") => Scope::Vague,
        (Relation::At, _) => Scope::At,
        _ => Scope::Vague,
    };
    let area = ControlArea {
        scope,
        place: Some(crate::frame::to_place(doc, p)),
        place_id: p.id.clone(),
        place_kind: Some(p.kind.clone()),
        river: None,
        bearing: if scope == Scope::Countryside {
            p.bearing
        } else {
            None
        },
        admin1: p.admin1.clone(),
    };
    Some((area, doc.orig_bytes(p.start, p.end)))
}
