//! Scores for every reading of a name: what the cue asks for, the place named right after,
//! the caller's governorate hint, and the other places of the document.

use crate::Gazetteer;
use crate::context::Rel;
use crate::geo::haversine_km;
use crate::model::{Class, Kind, Place};
use crate::resolve::{Cand, Mention, Status, judge, locate};
use crate::words::{self, Cue};

fn base(p: &Place, words: u8, curated: bool) -> f32 {
    let k = match p.kind {
        Kind::Country | Kind::Governorate | Kind::Province => 0.5,
        Kind::Region | Kind::River | Kind::Mountain => 0.5,
        Kind::City => 0.62,
        Kind::Town => 0.56,
        Kind::Village => 0.46,
        Kind::Place => 0.45,
        Kind::Neighbourhood => 0.48,
        Kind::Camp => 0.52,
        _ => 0.55,
    };
    let pop = ((p.population as f32 + 1.0).log10() / 7.0).min(1.0) * 0.08;
    k + pop + if words >= 2 { 0.08 } else { 0.0 } + if curated { 0.03 } else { 0.0 }
}

/// How well a place kind answers a cue word: positive = what the cue asks for.
pub(crate) fn cue_fit(c: Cue, k: Kind) -> f32 {
    let class = k.class();
    let settlement = class == Class::Settlement;
    match c {
        Cue::City => match k {
            Kind::City => 0.35,
            Kind::Town => 0.3,
            Kind::Village | Kind::Place => 0.25,
            _ if class == Class::Area => -0.2,
            _ => -0.1,
        },
        Cue::Settlement => match k {
            Kind::Town | Kind::Village | Kind::Place => 0.35,
            Kind::City => 0.25,
            Kind::Neighbourhood | Kind::Camp => 0.1,
            _ if class == Class::Area => -0.3,
            _ => -0.1,
        },
        Cue::Quarter => match k {
            Kind::Neighbourhood => 0.4,
            _ if settlement => 0.15,
            _ => -0.3,
        },
        Cue::Camp => match k {
            Kind::Camp => 0.4,
            _ if settlement => 0.2,
            _ => -0.2,
        },
        Cue::Crossing => exact(k, &[Kind::Crossing], settlement),
        Cue::Field => exact(k, &[Kind::OilField, Kind::GasField], settlement),
        Cue::Base => exact(k, &[Kind::Base, Kind::Airport], settlement),
        Cue::Airport => exact(k, &[Kind::Airport, Kind::Base], settlement),
        Cue::Dam => exact(k, &[Kind::Dam], false),
        Cue::Site => match class {
            Class::Site => 0.3,
            Class::Settlement => 0.2,
            Class::Area => -0.1,
        },
        Cue::Admin1 => match k {
            Kind::Governorate | Kind::Province => 0.45,
            Kind::City | Kind::Town => -0.05,
            _ => -0.1,
        },
        Cue::Area => match class {
            Class::Area if !k.is_admin1() => 0.35,
            Class::Area => 0.1,
            Class::Settlement => 0.25,
            Class::Site => 0.2,
        },
        Cue::Mountain => match k {
            Kind::Mountain | Kind::Region => 0.35,
            _ => 0.0,
        },
        Cue::River => exact(k, &[Kind::River], false),
        Cue::Countryside | Cue::Badia => match k {
            Kind::City | Kind::Town => 0.3,
            Kind::Governorate | Kind::Province => 0.2,
            _ if settlement => 0.2,
            _ if class == Class::Area => 0.05,
            _ => -0.3,
        },
        Cue::Near => 0.1,
    }
}

fn exact(k: Kind, want: &[Kind], settlement_ok: bool) -> f32 {
    if want.contains(&k) {
        0.45
    } else if settlement_ok && k.class() == Class::Settlement {
        0.08
    } else {
        -0.2
    }
}

fn same_admin1(a: Option<&str>, b: &str) -> bool {
    a.is_some_and(|a| a.eq_ignore_ascii_case(b))
}

pub(crate) fn score(
    g: &Gazetteer,
    ms: &mut [Mention],
    i: usize,
    hint: Option<&str>,
    anchors: &[Anchor],
) {
    let loc = ms[i]
        .locator
        .filter(|&j| judge(g, &ms[j]) != Status::Dropped)
        .and_then(|j| locate(g, &ms[j]));
    let m = &ms[i];
    let e = site_entry(g, m).unwrap_or_else(|| g.index.entry(m.raw.entry));
    let hinted = hint.filter(|h| {
        e.places
            .iter()
            .any(|&p| same_admin1(g.places[p as usize].admin1.as_deref(), h))
    });
    let mut cands = Vec::with_capacity(e.places.len());
    for &pi in &e.places {
        let p = &g.places[pi as usize];
        let mut s = base(p, e.words, g.curated[pi as usize]);
        match m.ctx.cue {
            Some(c) => s += cue_fit(c, p.kind),
            None if matches!(m.ctx.rel, Rel::Countryside | Rel::Badia) => {
                s += cue_fit(Cue::Countryside, p.kind);
            }
            None => {}
        }
        if !matches!(m.ctx.rel, Rel::At) {
            s += 0.08;
        }
        if m.ctx.prep {
            s += 0.06;
        }
        if let Some(h) = hinted {
            s += if same_admin1(p.admin1.as_deref(), h) {
                0.25
            } else {
                -0.1
            };
        }
        let mut misfit = false;
        // a named site (base, field, crossing) is not re-placed by what follows it
        if let Some(l) = loc.as_ref().filter(|_| p.kind.class() != Class::Site) {
            if !l.fits(p.lat, p.lon, &p.country, p.admin1.as_deref()) {
                s -= 0.6;
                misfit = true;
            } else if l.country_only {
                s += 0.1;
            } else {
                s += if l.admin1.is_some() && l.admin1 == p.admin1.as_deref() {
                    0.3
                } else {
                    0.2
                };
            }
        }
        s += doc_fit(p, anchors, i);
        cands.push(Cand {
            place: pi,
            score: s,
            misfit,
        });
    }
    cands.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                let (pa, pb) = (&g.places[a.place as usize], &g.places[b.place as usize]);
                pb.population.cmp(&pa.population)
            })
            .then(a.place.cmp(&b.place))
    });
    ms[i].cands = cands;
}

/// "منفذ البوكمال": a site cue before a town's name, and a site listed as "معبر البوكمال".
fn site_entry<'g>(g: &'g Gazetteer, m: &Mention) -> Option<&'g crate::index::Entry> {
    let cue = m.ctx.cue?;
    let heads = words::cue_heads(cue);
    let e = g.index.entry(m.raw.entry);
    if heads.is_empty()
        || e.places
            .iter()
            .any(|&p| cue_fit(cue, g.places[p as usize].kind) > 0.3)
    {
        return None;
    }
    let key = g.index.key_of(m.raw.entry)?;
    heads.iter().find_map(|h| {
        let (_, se) = g.index.get(&format!("{h} {key}"))?;
        se.places
            .iter()
            .any(|&p| cue_fit(cue, g.places[p as usize].kind) > 0.3)
            .then_some(se)
    })
}

/// A resolved mention used as document context.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    pub mention: usize,
    pub lat: f64,
    pub lon: f64,
    pub admin1: Option<String>,
    pub country: String,
    /// A country or a large region: context for country/admin1, not for distance.
    pub broad: bool,
}

pub(crate) fn anchors(g: &Gazetteer, ms: &[Mention]) -> Vec<Anchor> {
    let mut out = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let Some(top) = m.cands.first() else { continue };
        if top.misfit || top.score < 0.55 || judge(g, m) != Status::Ok {
            continue;
        }
        // ambiguous between distant readings: not context for others
        let p = &g.places[top.place as usize];
        let clear = m.cands.get(1).is_none_or(|c| {
            let q = &g.places[c.place as usize];
            top.score - c.score >= 0.1 || haversine_km(p.lat, p.lon, q.lat, q.lon) < 25.0
        });
        if !clear {
            continue;
        }
        let Some(l) = locate(g, m) else { continue };
        out.push(Anchor {
            mention: i,
            lat: l.lat,
            lon: l.lon,
            admin1: p.admin1.clone(),
            country: p.country.clone(),
            broad: p.geo_precision == 3 && !p.kind.is_admin1(),
        });
    }
    out
}

/// Beyond this distance from every other place of the report a village is a stray reading.
const STRAY_VILLAGE_KM: f64 = 150.0;
/// A town abroad keeps nothing its cue word and preposition gave it.
const STRAY_ABROAD_PENALTY: f32 = 0.8;
/// Anchors this close to a reading are the same spot (another mention of the name).
const SAME_SPOT_KM: f64 = 1.0;
/// Enough to drop a village that only its cue word ("قرية") vouched for.
const STRAY_VILLAGE_PENALTY: f32 = 0.45;

fn doc_fit(p: &Place, anchors: &[Anchor], me: usize) -> f32 {
    let mut nearest = f64::INFINITY;
    let mut admin1 = false;
    let mut countries = false;
    let mut country = false;
    // The same reading of another mention of the name vouches for nothing: a stray reading
    // repeated is still stray.
    let mut nearest_elsewhere = f64::INFINITY;
    let mut country_elsewhere = false;
    let mut admin1_elsewhere = false;
    for a in anchors.iter().filter(|a| a.mention != me) {
        if a.broad {
            countries = true;
            country |= a.country == p.country;
            country_elsewhere |= a.country == p.country;
            continue;
        }
        let d = haversine_km(p.lat, p.lon, a.lat, a.lon);
        nearest = nearest.min(d);
        admin1 |= a.admin1.is_some() && a.admin1 == p.admin1;
        country |= a.country == p.country;
        if d > SAME_SPOT_KM {
            nearest_elsewhere = nearest_elsewhere.min(d);
            country_elsewhere |= a.country == p.country;
            admin1_elsewhere |= a.admin1.is_some() && a.admin1 == p.admin1;
        }
    }
    let mut s = match nearest {
        d if d < 30.0 => 0.2,
        d if d < 80.0 => 0.12,
        d if d < 200.0 => 0.04,
        d if d.is_finite() && d > 500.0 => -0.08,
        _ => 0.0,
    };
    if admin1 {
        s += 0.08;
    }
    // A village far from every place the report names, and in none of their governorates,
    // is more likely a namesake the gazetteer lacks: "البشيرية" between Zarkan and
    // al-Darbasiyah is not the village of that name in Idlib.
    // So is a town abroad when the report names nothing in its country ("قرية الجديدة" in a
    // report from Idlib is not Jdeideh near Beirut).
    let namesake_abroad = p.country != "SY" && !country_elsewhere;
    if matches!(p.kind, Kind::Village | Kind::Place)
        && (p.population < 10_000 || namesake_abroad)
        && nearest_elsewhere.is_finite()
        && nearest_elsewhere > STRAY_VILLAGE_KM
        && !admin1_elsewhere
    {
        s -= if namesake_abroad {
            STRAY_ABROAD_PENALTY
        } else {
            STRAY_VILLAGE_PENALTY
        };
    }
    if countries && !country && p.country != "SY" {
        s -= 0.05;
    }
    s
}
