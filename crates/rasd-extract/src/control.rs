//! Control assertions from text: "تسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير
//! الزور"، "ريف الرقة في المنطقة الخاضعة لسيطرة النظام"، "جيبين لتنظيم الدولة"، "القاعدة
//! الأمريكية في الشدادي". The cue's lexicon key says where the actor and the area are.

use crate::assertion::{ControlArea, ControlAssertion, ControlEvidence, ControlKind, Scope};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{Event, EventType, Modality, Span};
use jiff::civil::Date;
use rasd_geo::{PlaceMatch, Relation};

/// What the article gives every assertion.
pub(crate) struct ArticleContext<'a> {
    pub article_id: &'a str,
    pub reference: Option<(Date, u8)>,
}

/// Tokens an area phrase may run after its cue.
const WINDOW: usize = 12;

/// An assertion before dating: actor hit, area and where it was read.
struct Reading {
    kind: ControlKind,
    actor: Hit,
    area: ControlArea,
    area_span: Span,
}

pub(crate) fn extract(
    doc: &Doc,
    sentences: &[Sentence],
    ctx: &ArticleContext,
    events: &[Event],
) -> Vec<ControlAssertion> {
    let mut out: Vec<ControlAssertion> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|k| sentences.get(k));
        let mut readings: Vec<(Hit, Reading)> = Vec::new();
        for cue in doc.hits_in(s, Category::Control) {
            for r in read_cue(doc, s, prev, cue, &readings) {
                readings.push((cue, r));
            }
        }
        // "بينما تسيطر قوات النظام على الجزء الجنوبي": the governorate of the bank named before.
        let mut bank_admin1: Option<String> = None;
        for (_, r) in readings.iter_mut() {
            if r.area.scope == Scope::Bank {
                match &r.area.admin1 {
                    Some(a) => bank_admin1 = Some(a.clone()),
                    None => r.area.admin1 = bank_admin1.clone(),
                }
            }
        }
        let found: Vec<ControlAssertion> = readings
            .into_iter()
            .filter_map(|(cue, r)| finish(doc, s, ctx, cue, r))
            .collect();
        for a in &found {
            // Unplaced areas add nothing beside a placed one of the same actor.
            let redundant = a.area.scope == Scope::Vague
                && found.iter().any(|b| {
                    b.area.scope != Scope::Vague && crate::same_actor_class(&a.actor, &b.actor)
                });
            if !redundant {
                keep_latest(&mut out, a.clone());
            }
        }
    }
    for a in from_events(doc, events, ctx.article_id) {
        // A capture the wording already gave ("سيطرت قسد على ...") is not asserted twice.
        let read = out.iter().any(|o| {
            o.evidence.sentence == a.evidence.sentence
                && crate::same_actor_class(&o.actor, &a.actor)
        });
        if !read {
            keep_latest(&mut out, a);
        }
    }
    out
}

/// One assertion per actor and area in an article: the one with the latest date ("تسيطر قسد
/// على شمال الفرات" in the background paragraph and again in today's news).
fn keep_latest(out: &mut Vec<ControlAssertion>, a: ControlAssertion) {
    match out.iter_mut().find(|o| same_assertion(o, &a)) {
        Some(o) if a.date > o.date => *o = a,
        Some(_) => {}
        None => out.push(a),
    }
}

fn read_cue(
    doc: &Doc,
    s: &Sentence,
    prev: Option<&Sentence>,
    cue: Hit,
    earlier: &[(Hit, Reading)],
) -> Vec<Reading> {
    let key = doc.key(cue);
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
    let Some(actor) = actor.filter(|h| !matches!(doc.key(*h), "CIVILIANS" | "UNKNOWN")) else {
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

fn is_word(doc: &Doc, t: usize, words: &[&str]) -> bool {
    rasd_text::proclitic_readings(doc.token_text(t)).any(|r| words.contains(&r))
}

fn usable_actor(doc: &Doc, h: &Hit) -> bool {
    !matches!(doc.key(*h), "CIVILIANS" | "UNKNOWN")
}

/// The first actor starting within `gap` tokens from `from` ("مناطق سيطرة مسلحي قسد").
fn actor_after(doc: &Doc, s: &Sentence, from: usize, gap: usize) -> Option<Hit> {
    doc.hits_in(s, Category::Actor)
        .find(|h| h.first >= from && h.first < from + gap && usable_actor(doc, h))
}

/// The actor named last before token `before`, in this sentence or the one before it.
fn actor_before(doc: &Doc, s: &Sentence, prev: Option<&Sentence>, before: usize) -> Option<Hit> {
    let here = doc
        .hits_in(s, Category::Actor)
        .filter(|h| h.end <= before && usable_actor(doc, h))
        .last();
    here.or_else(|| {
        prev.and_then(|p| {
            doc.hits_in(p, Category::Actor)
                .filter(|h| usable_actor(doc, h))
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

/// "مناطق سيطرتها في ريفي دير الزور": the areas an actor holds *in* a countryside, bank or
/// governorate are part of it, listed but never painted over all of it. Held towns stay.
fn areas_of_held(doc: &Doc, cue: Hit, areas: Vec<(ControlArea, Span)>) -> Vec<(ControlArea, Span)> {
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
fn part_held(
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
            let gap = gap_text(doc, t);
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

/// The first token of `from..=to` after the last punctuation before `to`: a look back that
/// stays in its clause.
fn clause_start(doc: &Doc, from: usize, to: usize) -> usize {
    (from + 1..=to)
        .rev()
        .find(|&t| gap_text(doc, t).contains(['،', ',', '؛', ';', ':', '(', ')', '.']))
        .unwrap_or(from)
}

/// The text between token `t - 1` and token `t`.
fn gap_text<'d>(doc: &'d Doc, t: usize) -> &'d str {
    let (Some(a), Some(b)) = (doc.tokens.get(t.wrapping_sub(1)), doc.tokens.get(t)) else {
        return "";
    };
    doc.norm
        .text
        .get(a.end as usize..b.start as usize)
        .unwrap_or("")
}

/// The areas named from token `from` to the end of its clause: river banks, places, and
/// place anaphora ("على المدينة").
fn areas_after(
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
fn area_before(
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
fn antecedent<'d>(
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
fn area_of_place(doc: &Doc, p: &PlaceMatch) -> Option<(ControlArea, Span)> {
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

/// Date, modality and provenance of a reading; `None` when it is not an assertion of
/// control (a plan, a denial).
fn finish(
    doc: &Doc,
    s: &Sentence,
    ctx: &ArticleContext,
    cue: Hit,
    r: Reading,
) -> Option<ControlAssertion> {
    let mut modality = clause_modality(doc, s, cue);
    if matches!(modality, Modality::Planned | Modality::Denied) {
        return None;
    }
    let time = crate::sentence_time(doc, s, cue.first);
    let mut date = None;
    let mut time_precision = None;
    // "كان يسيطر", "وكان تنظيم داعش يسيطر": held once, not now.
    let was = (cue.first.saturating_sub(4).max(s.first_token)..cue.first)
        .any(|t| is_word(doc, t, &["كان", "كانت", "كانوا", "was", "were"]));
    match time {
        Some(t) if t.historical => {
            modality = Modality::Historical;
            date = t.date;
            time_precision = t.date.map(|_| t.precision);
        }
        _ if was => modality = Modality::Historical,
        Some(t) if t.date.is_some() => {
            date = t.date;
            time_precision = Some(t.precision);
        }
        _ => {
            if let Some((d, p)) = ctx.reference {
                date = Some(d);
                time_precision = Some(p);
            }
        }
    }
    // "مناطق سيطرة قسد، وفصائل الجيش الوطني": a comma ends the coordination.
    let mut assoc = if gap_text(doc, r.actor.end).contains(['،', ',']) {
        Vec::new()
    } else {
        crate::args::coordinated_after(doc, s, r.actor)
    };
    let mut actor = doc.key(r.actor).to_string();
    crate::resolve_state_code(&mut actor, date);
    for a in assoc.iter_mut() {
        crate::resolve_state_code(a, date);
    }
    assoc.retain(|a| *a != actor);
    let cue_span = doc.orig_span(cue.first, cue.end);
    let mut a = ControlAssertion {
        id: assertion_id(ctx.article_id, cue_span, r.area_span, &actor),
        kind: r.kind,
        actor,
        assoc_actors: assoc,
        area: r.area,
        date,
        time_precision,
        modality,
        note: String::new(),
        evidence: ControlEvidence {
            sentence: doc.orig_bytes(s.start, s.end),
            cue: cue_span,
            actor: Some(doc.orig_span(r.actor.first, r.actor.end)),
            area: Some(r.area_span),
            time: time.map(|t| doc.orig_span(t.first_token, t.end_token)),
        },
    };
    a.note = crate::note::control_note(&a);
    Some(a)
}

/// A hedge, plan or denial in the cue's own clause: up to eight tokens before it, not across
/// punctuation ("ومن المرجح أن تحاول الولايات المتحدة وصل مناطق سيطرتها"). Cues further back
/// belong to another event of the sentence.
fn clause_modality(doc: &Doc, s: &Sentence, cue: Hit) -> Modality {
    let from = clause_start(
        doc,
        cue.first.saturating_sub(8).max(s.first_token),
        cue.first,
    );
    doc.hits_in(s, Category::Modality)
        .filter(|h| h.first >= from && h.end <= cue.first)
        .last()
        .and_then(|h| Modality::from_code(doc.key(h)))
        .unwrap_or(Modality::Reported)
}

/// Captures are control from their date on ("سيطرت قوات النظام على البوكمال"); an advance,
/// an entry or a handover (weak triggers: تقدم، دخول، تسليم) is not. Arrivals at a site are
/// force posture (`rasd sites`), not assertions of control.
fn from_events(doc: &Doc, events: &[Event], article_id: &str) -> Vec<ControlAssertion> {
    let mut out = Vec::new();
    for e in events {
        if matches!(e.modality, Modality::Planned | Modality::Denied) {
            continue;
        }
        let (Some(actor), Some(place)) = (&e.actor1, &e.location) else {
            continue;
        };
        if matches!(actor.as_str(), "CIVILIANS" | "UNKNOWN") {
            continue;
        }
        if e.event_type != EventType::TerritoryChange
            || !strong_trigger(doc, e)
            || attempted(doc, e)
        {
            continue;
        }
        // An advance "in the governorate" says nothing about who holds it.
        let scope = match place.geo_precision {
            1 => Scope::At,
            2 => Scope::Near,
            _ => continue,
        };
        let mut a = ControlAssertion {
            id: assertion_id(article_id, e.evidence.trigger, place.span, actor),
            kind: ControlKind::Control,
            actor: actor.clone(),
            assoc_actors: e.assoc_actors.clone(),
            area: ControlArea {
                scope,
                place: Some(place.clone()),
                place_id: None,
                place_kind: None,
                river: None,
                bearing: None,
                admin1: place.admin1.clone(),
            },
            date: e.date,
            time_precision: e.time_precision,
            modality: e.modality,
            note: String::new(),
            evidence: ControlEvidence {
                sentence: e.evidence.sentence,
                cue: e.evidence.trigger,
                actor: e.evidence.actor,
                area: Some(place.span),
                time: e.evidence.time,
            },
        };
        a.note = crate::note::control_note(&a);
        out.push(a);
    }
    out
}

/// "في محاولة لاستعادة السيطرة", "تسعى للسيطرة": an attempt is not a capture.
fn attempted(doc: &Doc, e: &Event) -> bool {
    let Some(trigger) = doc
        .hits
        .iter()
        .find(|h| doc.orig_span(h.first, h.end) == e.evidence.trigger)
    else {
        return false;
    };
    (trigger.first.saturating_sub(3)..trigger.first).any(|t| {
        is_word(
            doc,
            t,
            &[
                "محاوله",
                "تحاول",
                "يحاول",
                "حاولت",
                "حاول",
                "سعي",
                "تسعي",
                "يسعي",
                "attempt",
                "trying",
            ],
        )
    })
}

fn strong_trigger(doc: &Doc, e: &Event) -> bool {
    doc.hits.iter().any(|h| {
        doc.lex.entry(*h).category == Category::Trigger
            && doc.key(*h) == EventType::TerritoryChange.code()
            && doc.orig_span(h.first, h.end) == e.evidence.trigger
    })
}

/// The same actor holding the same area, said twice in one article.
fn same_assertion(a: &ControlAssertion, b: &ControlAssertion) -> bool {
    crate::same_actor_class(&a.actor, &b.actor)
        && a.kind == b.kind
        && a.area.scope == b.area.scope
        && a.area.river == b.area.river
        && a.area.side() == b.area.side()
        && a.area.admin1 == b.area.admin1
        && (a.area.scope == Scope::Bank
            || a.area.place.as_ref().map(|p| &p.name) == b.area.place.as_ref().map(|p| &p.name))
}

fn assertion_id(article_id: &str, cue: Span, area: Span, actor: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(article_id.as_bytes());
    h.update(b"control");
    h.update(&cue.start.to_le_bytes());
    h.update(&area.start.to_le_bytes());
    h.update(actor.as_bytes());
    h.finalize().to_hex()[..16].to_string()
}
