//! Last pass: relative phrases turned into points (ريف X الجنوبي → 25 km south of X), names
//! the gazetteer lacks placed where the text puts them, and `PlaceMatch`es built.

use crate::Gazetteer;
use crate::context::{Rel, Toks};
use crate::geo::{badia_of, bearing_adjective, bearing_name, destination, haversine_km};
use crate::guards;
use crate::model::{Candidate, Class, Kind, PlaceMatch, Relation};
use crate::resolve::{self, Mention, Status};
use crate::words::{self, Cue};
use rasd_text::normalize_key;

/// A match with the other readings that were considered for it.
pub(crate) struct Resolved {
    pub m: PlaceMatch,
    pub alts: Vec<Candidate>,
}

pub(crate) fn analyse(g: &Gazetteer, t: Toks, hint: Option<&str>) -> Vec<Resolved> {
    let ms = resolve::mentions(g, t, hint);
    let mut out: Vec<Resolved> = Vec::new();
    let mut absorbed = vec![false; ms.len()];
    for (i, m) in ms.iter().enumerate() {
        let Some(j) = m.locator else { continue };
        if absorbed[j] || ms[j].status != Status::Ok {
            continue;
        }
        if m.status == Status::Misfit {
            // a same-named place elsewhere: trust the locator, not the name
            out.push(unresolved(
                g,
                t,
                &ms,
                hint,
                j,
                (m.ctx.first, m.raw.first, m.raw.end),
            ));
            absorbed[i] = true;
            absorbed[j] = true;
        }
    }
    for j in 0..ms.len() {
        if absorbed[j] || ms[j].status != Status::Ok || !area_like(g, &ms[j]) {
            continue;
        }
        // "قرية X في سوريا" says nothing a country centre could honestly add
        if ms[j].best(g).is_some_and(|p| p.kind == Kind::Country) {
            continue;
        }
        if let Some((cue_at, first, end)) = unknown_before(t, &ms, j) {
            out.push(unresolved(g, t, &ms, hint, j, (cue_at, first, end)));
            absorbed[j] = true;
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if absorbed[i] || m.status != Status::Ok {
            continue;
        }
        let mut r = build(g, t, &ms, hint, i);
        // "السخنة في البادية الشرقية لحمص": the link may name a shorter reading of the same
        // words ("البادية الشرقية"); any reading starting there locates.
        r.m.locator = ms[..i].iter().any(|a| {
            a.status == Status::Ok && a.locator.is_some_and(|j| ms[j].ctx.first == m.ctx.first)
        });
        out.push(r);
    }
    out.sort_by_key(|r| r.m.start);
    out
}

/// Whether a mention can place an unknown name before it: an area or a city, or any place
/// the text puts it near ("بلدة الكفير قرب مدينة جسر الشغور").
fn area_like(g: &Gazetteer, m: &Mention) -> bool {
    m.ctx.rel != Rel::At
        || m.best(g)
            .is_some_and(|p| p.kind.class() == Class::Area || p.kind == Kind::City)
}

fn span(t: Toks<'_>, first: usize, end: usize) -> (usize, usize) {
    let s = t.tokens.get(first).map_or(0, |x| x.start as usize);
    let e = end
        .checked_sub(1)
        .and_then(|k| t.tokens.get(k))
        .map_or(s, |x| x.end as usize);
    (s, e.max(s))
}

/// "قرية X بريف إدلب" with X unknown: (cue token, first name token, end of name tokens).
fn unknown_before(t: Toks<'_>, ms: &[Mention], j: usize) -> Option<(usize, usize, usize)> {
    let mut k = ms[j].ctx.first;
    let mut gaps = 0;
    while k > 0 && gaps < 2 && words::gap_word(t.at(k - 1)) {
        k -= 1;
        gaps += 1;
    }
    let end = k;
    let floor = if j > 0 { ms[j - 1].ctx.end } else { 0 };
    let mut n = 0;
    while k > floor && n <= 3 {
        let w = t.at(k - 1);
        if let Some(c) = words::cue(w) {
            let site = !matches!(
                c,
                Cue::Admin1
                    | Cue::Area
                    | Cue::Countryside
                    | Cue::Badia
                    | Cue::Near
                    | Cue::River
                    | Cue::Mountain
            );
            if site && n >= 1 && no_break(t, k - 1, end) {
                return Some((k - 1, k, end));
            }
            return None;
        }
        if words::gap_word(w)
            || words::locative(w)
            || guards::not_a_name(w)
            || guards::org_before(w)
        {
            return None;
        }
        k -= 1;
        n += 1;
    }
    None
}

fn no_break(t: Toks<'_>, a: usize, b: usize) -> bool {
    let (s, e) = span(t, a, b);
    !t.text
        .get(s..e)
        .unwrap_or("")
        .contains(['.', '!', '?', '؟', '؛', '\n', '(', ')'])
}

/// `words`: (first token of the phrase, first and end token of the unknown name).
fn unresolved(
    g: &Gazetteer,
    t: Toks<'_>,
    ms: &[Mention],
    hint: Option<&str>,
    j: usize,
    words: (usize, usize, usize),
) -> Resolved {
    let (first, name_first, name_end) = words;
    let r = build(g, t, ms, hint, j);
    let (s, _) = span(t, first, name_end);
    let (ns, ne) = span(t, name_first, name_end);
    let surface = t.text.get(ns..ne).unwrap_or("").to_string();
    let m = PlaceMatch {
        start: s,
        end: r.m.end,
        id: None,
        name: r.m.name.clone(),
        name_ar: Some(surface),
        kind: "unresolved".to_string(),
        geo_precision: r.m.geo_precision.max(2),
        score: r.m.score.min(0.6),
        cue: true,
        relation: Relation::Unresolved,
        locator: false,
        ..r.m
    };
    Resolved { m, alts: r.alts }
}

/// Scores are coarse; two decimals keep JSON readable.
fn round2(s: f32) -> f32 {
    (s.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// How far "southern X" moves from the centre of a country or large region, in km.
fn part_of(p: &crate::Place) -> f64 {
    match (p.kind, p.country.as_str()) {
        (Kind::Country, "TR") => 250.0,
        (Kind::Country, "IQ") => 200.0,
        (Kind::Country, "SY") => 150.0,
        (Kind::Country, "JO") => 100.0,
        (Kind::Country, _) => 40.0,
        _ => 30.0,
    }
}

fn strip_gov(name: &str) -> &str {
    name.strip_suffix(" Governorate")
        .or_else(|| name.strip_suffix(" Province"))
        .unwrap_or(name)
}

fn build(g: &Gazetteer, t: Toks<'_>, ms: &[Mention], hint: Option<&str>, i: usize) -> Resolved {
    let m = &ms[i];
    let top = m.cands[0];
    let mut p = &g.places[top.place as usize];
    let (start, end) = span(t, m.ctx.first, m.ctx.end);
    let surface = t.text.get(start..end).unwrap_or("");
    let mut rel = m.ctx.rel;
    let mut gov_admin1 = None;
    // "ريف دمشق الغربي": the governorate's name read as the countryside of Damascus
    if rel == Rel::At && m.ctx.side.is_some() && p.kind.is_admin1() {
        let (ns, ne) = span(t, m.raw.first, m.raw.end);
        let key = normalize_key(t.text.get(ns + m.raw.clitic as usize..ne).unwrap_or(""));
        if let Some(rest) = key.strip_prefix("ريف ")
            && let Some(city) = g.city_named(rest)
        {
            gov_admin1 = p.admin1.clone();
            p = city;
            rel = Rel::Countryside;
        }
    }
    let name = strip_gov(&p.name);
    let (mut lat, mut lon) = (p.lat, p.lon);
    let mut prec = p.geo_precision;
    let mut admin1 = gov_admin1.or_else(|| p.admin1.clone());
    let mut admin2 = p.admin2.clone();
    let mut kind = p.kind.as_str().to_string();
    let mut label = p.name.clone();
    let mut relation = Relation::At;
    let area = p.kind.class() == Class::Area;
    let bearing = match rel {
        Rel::Direction(b, _) => Some(b),
        _ => m.ctx.side,
    };
    match rel {
        Rel::Countryside | Rel::Badia => {
            let what = if rel == Rel::Badia {
                "desert"
            } else {
                "countryside"
            };
            relation = Relation::Countryside;
            kind = "region".into();
            admin2 = None;
            prec = if area && !p.kind.is_admin1() { 3 } else { 2 };
            label = match m.ctx.side {
                Some(b) => {
                    let km = if rel == Rel::Badia { 40.0 } else { 25.0 };
                    (lat, lon) = destination(lat, lon, b, km);
                    format!("{} {name} {what}", bearing_adjective(b))
                }
                None => {
                    if rel == Rel::Badia {
                        (lat, lon) = badia_of(lat, lon);
                    }
                    format!("{name} {what}")
                }
            };
        }
        Rel::Direction(b, km) if p.kind == Kind::River => {
            relation = Relation::Offset;
            kind = "region".into();
            admin2 = None;
            match river_side(g, ms, i, p, hint) {
                Some((a1, la, lo)) => {
                    (lat, lon) = destination(la, lo, b, km.unwrap_or(10.0));
                    prec = 2;
                    label = format!("{} of the {name} ({a1})", bearing_name(b));
                    admin1 = Some(a1);
                }
                None => {
                    (lat, lon) = destination(lat, lon, b, km.unwrap_or(20.0));
                    prec = 3;
                    label = format!("{} of the {name}", bearing_name(b));
                }
            }
        }
        Rel::Direction(b, None) if area && p.geo_precision == 3 && !p.kind.is_admin1() => {
            // "جنوب لبنان", "شمالي العراق": part of a country or large region
            relation = Relation::Offset;
            kind = "region".into();
            admin2 = None;
            (lat, lon) = destination(lat, lon, b, part_of(p));
            label = format!("{} {name}", bearing_adjective(b));
        }
        Rel::Direction(b, km) => {
            relation = Relation::Offset;
            kind = "region".into();
            admin2 = None;
            let d = km.unwrap_or(if area { 30.0 } else { 15.0 });
            (lat, lon) = destination(lat, lon, b, d);
            prec = 2;
            label = match km {
                Some(d) => format!("{d} km {} of {name}", bearing_name(b)),
                None => format!("{} of {name}", bearing_name(b)),
            };
        }
        Rel::Near => {
            relation = Relation::Near;
            prec = prec.max(2);
            label = format!("near {name}");
        }
        Rel::At => {
            if let Some(b) = m.ctx.side.filter(|_| area || p.kind == Kind::City) {
                // "حلب الشرقية", "القلمون الغربي"
                relation = Relation::Offset;
                (lat, lon) = destination(lat, lon, b, if area { 30.0 } else { 8.0 });
                prec = prec.max(2);
                label = format!("{} {name}", bearing_adjective(b));
            } else if m.ctx.cue == Some(Cue::Area) && !area {
                relation = Relation::Near;
                prec = prec.max(2);
                label = format!("{name} area");
            }
        }
    }
    let name_ar = if relation == Relation::At && !p.name_ar.is_empty() {
        p.name_ar.clone()
    } else {
        surface.to_string()
    };
    let alts = alternatives(g, m);
    Resolved {
        m: PlaceMatch {
            start,
            end,
            id: Some(p.id.clone()),
            name: label,
            name_ar: Some(name_ar),
            lat,
            lon,
            kind,
            country: Some(p.country.clone()),
            admin1,
            admin2,
            geo_precision: prec,
            score: round2(top.score),
            cue: m.ctx.cue.is_some() || m.ctx.first < m.raw.first,
            relation,
            locator: false,
            bearing,
        },
        alts,
    }
}

/// Other readings of the same name, one per distinct place (more than 10 km apart).
fn alternatives(g: &Gazetteer, m: &Mention) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let top = &g.places[m.cands[0].place as usize];
    for c in m.cands.iter().skip(1) {
        let p = &g.places[c.place as usize];
        let same = |q: &crate::Place| {
            haversine_km(p.lat, p.lon, q.lat, q.lon) < 10.0 && q.kind.class() == p.kind.class()
        };
        if same(top) || out.len() >= 4 {
            continue;
        }
        out.push(Candidate {
            id: Some(p.id.clone()),
            name: p.name.clone(),
            name_ar: (!p.name_ar.is_empty()).then(|| p.name_ar.clone()),
            lat: p.lat,
            lon: p.lon,
            kind: p.kind.as_str().to_string(),
            country: Some(p.country.clone()),
            admin1: p.admin1.clone(),
            geo_precision: p.geo_precision,
            score: round2(c.score),
        });
    }
    out
}

/// For "جنوب الفرات": the governorate the rest of the text is about (most named, its
/// capital within 150 km of the river point), at its capital.
fn river_side(
    g: &Gazetteer,
    ms: &[Mention],
    i: usize,
    river: &crate::Place,
    hint: Option<&str>,
) -> Option<(String, f64, f64)> {
    let mut counts: Vec<(&str, usize, f64)> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        if k == i || m.status != Status::Ok {
            continue;
        }
        let Some(a1) = m.best(g).and_then(|p| p.admin1.as_deref()) else {
            continue;
        };
        let Some((la, lo)) = g.admin1_centre(a1) else {
            continue;
        };
        let d = haversine_km(la, lo, river.lat, river.lon);
        if d > 150.0 {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == a1) {
            Some(c) => c.1 += 1,
            None => counts.push((a1, 1, d)),
        }
    }
    let best = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)))
        .map(|c| c.0);
    let a1 = hint.or(best)?;
    let (lat, lon) = g.admin1_centre(a1)?;
    Some((a1.to_string(), lat, lon))
}
