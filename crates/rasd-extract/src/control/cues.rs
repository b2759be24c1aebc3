//! Reading a control cue: where its actor and its area are, by the cue's lexicon key.

use super::areas::{area_before, area_of_place, areas_after, areas_of_held, part_held};
use super::{Reading, is_word};
use crate::assertion::{ControlArea, ControlKind, Scope};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{Span, named_side};
use rasd_geo::PlaceMatch;

pub(super) fn read_cue(
    doc: &Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    cue: Hit,
    earlier: &[(Hit, Reading)],
) -> Vec<Reading> {
    let key = doc.key(cue);
    // "handed over control of Tabqa to the army": the side handing it holds it no more.
    if key == "hold"
        && doc
            .hits_in(s, Category::Trigger)
            .any(|t| t.end == cue.first && doc.key(t) == "territory_change:handover")
    {
        return Vec::new();
    }
    let (kind, actor, areas) = match key {
        "hold" if refers_back(doc, cue.end) => {
            let actor = actor_after(doc, s, cue.end + 1, 3)
                .or_else(|| actor_before(doc, s, prev, cue.first));
            (
                ControlKind::Control,
                actor,
                area_before(doc, s, prev, cue.first, 4),
            )
        }
        "hold" => {
            let vso = actor_after(doc, s, cue.end, 3);
            // The holder of a verb is in its sentence ("سيطرت على الجولان الطبيعة البركانية"
            // has none, whoever the sentence before named).
            let actor = vso.or_else(|| actor_before(doc, s, None, cue.first));
            let from = vso.map_or(cue.end, |h| h.end);
            let from = (from..(from + 3).min(s.end_token))
                .find(|&t| is_word(doc, t, &["على", "on"]))
                .map_or(from, |t| t + 1);
            (ControlKind::Control, actor, areas_after(doc, s, prev, from))
        }
        "hold_pron" => {
            let actor = actor_before(doc, s, prev, cue.first);
            (
                ControlKind::Control,
                actor,
                areas_after(doc, s, prev, cue.end),
            )
        }
        "held_by" => {
            let gap = if doc.lex.entry(cue).form == "سيطره" {
                1
            } else {
                3
            };
            let Some(actor) = actor_after(doc, s, cue.end, gap) else {
                return Vec::new();
            };
            let mut areas = areas_of_held(doc, cue, areas_after(doc, s, prev, actor.end));
            if areas.is_empty() {
                areas = part_held(doc, cue.first, area_before(doc, s, prev, cue.first, 4));
            }
            (ControlKind::Control, Some(actor), areas)
        }
        "held_pron" => {
            let actor = actor_before(doc, s, prev, cue.first);
            let mut areas = part_held(doc, cue.first, area_before(doc, s, prev, cue.first, 4));
            if areas.is_empty() {
                areas = areas_of_held(doc, cue, areas_after(doc, s, prev, cue.end));
            }
            (ControlKind::Control, actor, areas)
        }
        "pocket" => {
            let Some(actor) = actor_after(doc, s, cue.end, 2) else {
                return Vec::new();
            };
            let placed = areas_after(doc, s, prev, actor.end);
            if !placed.is_empty() {
                (ControlKind::Control, Some(actor), placed)
            } else {
                // Unplaced: inside the area just named, held by someone else.
                let host = earlier
                    .iter()
                    .rev()
                    .map(|(_, r)| r)
                    .find(|r| matches!(r.area.scope, Scope::Bank | Scope::Admin1))
                    .or_else(|| earlier.last().map(|(_, r)| r));
                let areas = host
                    .map(|r| vec![(r.area.clone(), r.area_span)])
                    .unwrap_or_default();
                (ControlKind::Pocket, Some(actor), areas)
            }
        }
        // "هذه المنطقة من أهم المراكز العسكرية التي يتواجد فيها النظام": the place the
        // relative clause is about, a little further back.
        "presence" if refers_back(doc, cue.end) => {
            let actor = actor_after(doc, s, cue.end + 1, 3)
                .or_else(|| actor_before(doc, s, None, cue.first));
            let areas = area_before(doc, s, prev, cue.first, 8);
            (ControlKind::Presence, actor, point_areas(areas))
        }
        "presence" => {
            let after = actor_after(doc, s, cue.end, 3);
            let actor = after.or_else(|| actor_before(doc, s, None, cue.first));
            let from = after.map_or(cue.end, |h| h.end);
            (
                ControlKind::Presence,
                actor,
                point_areas(areas_after(doc, s, prev, from)),
            )
        }
        "base" | "base_pron" => {
            let own = place_at(doc, s, cue.first);
            let actor = if key == "base" {
                actor_after(doc, s, cue.end, 3)
                    .or_else(|| owner_after(doc, s, own.map_or(cue.end, |p| doc.token_at(p.end))))
            } else {
                actor_before(doc, s, prev, cue.first)
            };
            let areas = match own {
                Some(p) => area_of_place(doc, p).into_iter().collect(),
                None => areas_after(doc, s, prev, actor.map_or(cue.end, |h| h.end.max(cue.end))),
            };
            (ControlKind::Presence, actor, point_areas(areas))
        }
        _ => return Vec::new(),
    };
    let Some(actor) = actor.filter(|h| named_side(doc.key(*h))) else {
        return Vec::new();
    };
    // "مناطق سيطرة قسد" with no place in its clause: areas somewhere in the region the
    // story is about. Listed with that governorate, never painted.
    let areas = if areas.is_empty() && kind == ControlKind::Control {
        let near = story_place(doc, s, prev, cue.first);
        let area = ControlArea {
            scope: Scope::Vague,
            place: near.map(|p| crate::frame::to_place(doc, p)),
            place_id: near.and_then(|p| p.id.clone()),
            place_kind: near.map(|p| p.kind.clone()),
            river: None,
            bearing: None,
            admin1: near.and_then(|p| p.admin1.clone()),
        };
        vec![(area, doc.orig_span(cue.first, cue.end))]
    } else {
        areas
    };
    areas
        .into_iter()
        .map(|(area, area_span)| Reading {
            kind,
            actor,
            area,
            area_span,
        })
        .collect()
}

/// Where the story is: the place named nearest to token `at` in this sentence, else the last
/// one named in the sentence before.
fn story_place<'d>(
    doc: &'d Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    at: usize,
) -> Option<&'d PlaceMatch> {
    let placed =
        |p: &&PlaceMatch| p.admin1.is_some() && !matches!(p.kind.as_str(), "country" | "river");
    doc.places_in(s)
        .filter(placed)
        .min_by_key(|p| doc.token_at(p.start).abs_diff(at))
        .or_else(|| prev.and_then(|p| doc.places_in(p).filter(placed).last()))
}

/// "التي تسيطر عليها قسد", "التي يتواجد فيها النظام": the area is the noun the relative
/// clause follows.
fn refers_back(doc: &Doc, at: usize) -> bool {
    is_word(
        doc,
        at,
        &["عليها", "عليه", "عليهم", "عليهما", "فيها", "فيه"],
    )
}

/// The first actor starting within `gap` tokens from `from` ("مناطق سيطرة مسلحي قسد").
fn actor_after(doc: &Doc, s: &Sentence, from: usize, gap: usize) -> Option<Hit> {
    doc.hits_in(s, Category::Actor)
        .find(|h| h.first >= from && h.first < from + gap && named_side(doc.key(*h)))
}

/// The actor named last before token `before`, in this sentence or the one before it.
fn actor_before(doc: &Doc, s: &Sentence, prev: Option<&Sentence>, before: usize) -> Option<Hit> {
    let here = doc
        .hits_in(s, Category::Actor)
        .filter(|h| h.end <= before && named_side(doc.key(*h)))
        .last();
    here.or_else(|| {
        prev.and_then(|p| {
            doc.hits_in(p, Category::Actor)
                .filter(|h| named_side(doc.key(*h)))
                .last()
        })
    })
}

/// "قاعدة ... التابعة للقوات الأمريكية": the owner named after the place.
fn owner_after(doc: &Doc, s: &Sentence, from: usize) -> Option<Hit> {
    let end = (from + 3).min(s.end_token);
    let t = (from..end).find(|&t| is_word(doc, t, &["التابعه", "التابع", "تابعه", "تابع"]))?;
    actor_after(doc, s, t + 1, 2)
}

/// A place mention that starts at token `first` (a base named with its cue: "قاعدة التنف").
fn place_at<'d>(doc: &'d Doc, s: &Sentence, first: usize) -> Option<&'d PlaceMatch> {
    doc.places_in(s)
        .find(|p| doc.token_at(p.start) == first && !p.locator)
}

/// Presence is at a point: a site, a town, or near one.
fn point_areas(areas: Vec<(ControlArea, Span)>) -> Vec<(ControlArea, Span)> {
    areas
        .into_iter()
        .filter(|(a, _)| matches!(a.scope, Scope::At | Scope::Near))
        .take(1)
        .collect()
}
