//! Control per locality, as the Carter Center codes it: each locality takes the actor of the
//! most specific assertion that covers it, the most recent among equally specific ones, within
//! a window before the date asked. Presence (a base) only decides where no control assertion
//! covers the place. Disagreeing assertions are kept as `contested_by`, never dropped.

use crate::Rivers;
use jiff::civil::Date;
use rasd_extract::{ControlAssertion, ControlKind, Modality, Scope, same_side};
use rasd_geo::{Gazetteer, Kind, haversine_km};
use serde::Serialize;

/// A place that can be held: a Syrian settlement or site of the gazetteer.
#[derive(Debug, Clone, Serialize)]
pub struct Locality {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
    pub admin1: Option<String>,
}

/// The gazetteer's Syrian settlements and sites.
pub fn localities(g: &Gazetteer) -> Vec<Locality> {
    g.places()
        .iter()
        .filter(|p| p.country == "SY")
        .filter(|p| {
            p.kind.is_military_site()
                || matches!(
                    p.kind,
                    Kind::City
                        | Kind::Town
                        | Kind::Village
                        | Kind::Place
                        | Kind::Neighbourhood
                        | Kind::Camp
                )
        })
        .map(|p| Locality {
            id: p.id.clone(),
            name: p.name.clone(),
            name_ar: p.name_ar.clone(),
            kind: p.kind.as_str().to_string(),
            lat: p.lat,
            lon: p.lon,
            admin1: p.admin1.clone(),
        })
        .collect()
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Control as of this day.
    pub at: Date,
    /// Assertions older than this many days before `at` are stale.
    pub window_days: i64,
    /// Use assertions without a date (articles with no publication date), ranked as the
    /// most recent: they are present-tense statements of an unknown day.
    pub undated: bool,
}

/// Who holds one locality, and on what evidence (indices into the assertions given).
#[derive(Debug, Clone, Serialize)]
pub struct Holding {
    pub locality: usize,
    pub actor: String,
    pub as_of: Option<Date>,
    pub scope: Scope,
    pub basis: usize,
    /// Equally specific assertions, as recent, that name another actor.
    pub contested_by: Vec<usize>,
    /// Presence assertions (bases) at or near the locality.
    pub present: Vec<usize>,
}

/// Km within which a point assertion covers a locality.
fn point_radius(scope: Scope, place_kind: Option<&str>) -> f64 {
    match (scope, place_kind) {
        (Scope::At, Some("city")) => 6.0,
        (Scope::At, _) => 3.0,
        _ => 12.0,
    }
}

fn is_site(kind: &str) -> bool {
    Kind::parse(kind).is_some_and(Kind::is_military_site)
}

/// Km of a countryside around its town.
const COUNTRYSIDE_KM: f64 = 45.0;
/// Km from the river that a bank with no governorate reaches.
const BANK_KM: f64 = 80.0;
/// Degrees either side of a countryside's bearing ("ريف الرقة الشرقي").
const SIDE_SPREAD: f64 = 67.5;

/// Does the assertion's area contain the locality?
pub fn covers(a: &ControlAssertion, l: &Locality, g: &Gazetteer, rivers: &Rivers) -> bool {
    let area = &a.area;
    let same_admin1 = || match (&area.admin1, &l.admin1) {
        (Some(x), Some(y)) => x == y,
        (None, _) => true,
        (Some(_), None) => false,
    };
    match area.scope {
        Scope::At | Scope::Near => {
            if area.place_id.as_deref() == Some(l.id.as_str()) {
                return true;
            }
            let Some(p) = &area.place else { return false };
            // A town's holder does not hold the base beside it, nor a base's the town.
            if is_site(area.place_kind.as_deref().unwrap_or("")) != is_site(&l.kind) {
                return false;
            }
            let r = point_radius(area.scope, area.place_kind.as_deref());
            haversine_km(p.lat, p.lon, l.lat, l.lon) <= r
        }
        Scope::Countryside => {
            // The town the countryside belongs to (the mention's point is moved towards its side).
            let Some((clat, clon)) = area
                .place_id
                .as_deref()
                .and_then(|id| g.place(id))
                .map(|p| (p.lat, p.lon))
                .or_else(|| area.place.as_ref().map(|p| (p.lat, p.lon)))
            else {
                return false;
            };
            let d = haversine_km(clat, clon, l.lat, l.lon);
            if !(3.0..=COUNTRYSIDE_KM).contains(&d) || !same_admin1() {
                return false;
            }
            area.bearing.is_none_or(|b| {
                let towards = rasd_geo::geo::bearing(clat, clon, l.lat, l.lon);
                let diff = (towards - b).rem_euclid(360.0);
                diff.min(360.0 - diff) <= SIDE_SPREAD
            })
        }
        Scope::Bank => {
            let (Some(name), Some(b)) = (&area.river, area.bearing) else {
                return false;
            };
            let Some(river) = rivers.get(name) else {
                return false;
            };
            let near_enough = area.admin1.is_some() || river.distance_km(l.lat, l.lon) <= BANK_KM;
            same_admin1() && near_enough && river.on_side(b, l.lat, l.lon) == Some(true)
        }
        Scope::Admin1 => area.admin1.is_some() && same_admin1(),
        Scope::Vague => false,
    }
}

/// Ranking key of a covering assertion, smaller first: control before presence, the more
/// specific area, then the more recent.
fn rank(a: &ControlAssertion) -> (bool, Scope, std::cmp::Reverse<Option<Date>>, bool) {
    let date = a.date.or(if a.modality == Modality::Historical {
        None
    } else {
        // Undated present-tense statements count as the latest news.
        Some(Date::MAX)
    });
    (
        a.kind != ControlKind::Control,
        a.area.scope,
        std::cmp::Reverse(date),
        a.modality != Modality::Reported,
    )
}

fn usable(a: &ControlAssertion, o: &Options) -> bool {
    if a.kind == ControlKind::Pocket || matches!(a.modality, Modality::Planned | Modality::Denied) {
        return false;
    }
    match a.date {
        Some(d) => d <= o.at && (o.at - d).get_days() <= o.window_days as i32,
        None => o.undated && a.modality != Modality::Historical,
    }
}

/// Days apart within which two assertions are equally recent.
const SAME_NEWS_DAYS: i32 = 31;

/// Control of every locality some assertion covers, as of `o.at`.
pub fn infer(
    localities: &[Locality],
    assertions: &[ControlAssertion],
    g: &Gazetteer,
    rivers: &Rivers,
    o: &Options,
) -> Vec<Holding> {
    let live: Vec<usize> = (0..assertions.len())
        .filter(|&i| usable(&assertions[i], o))
        .collect();
    let mut out = Vec::new();
    for (li, l) in localities.iter().enumerate() {
        let mut cover: Vec<usize> = live
            .iter()
            .copied()
            .filter(|&i| covers(&assertions[i], l, g, rivers))
            .collect();
        if cover.is_empty() {
            continue;
        }
        cover.sort_by_key(|&i| rank(&assertions[i]));
        let best = &assertions[cover[0]];
        let close = |a: &ControlAssertion| match (a.date, best.date) {
            (Some(x), Some(y)) => (x - y).get_days().abs() <= SAME_NEWS_DAYS,
            (None, None) => true,
            _ => false,
        };
        let contested_by = cover[1..]
            .iter()
            .copied()
            .filter(|&i| {
                let a = &assertions[i];
                a.kind == best.kind
                    && a.area.scope == best.area.scope
                    && close(a)
                    // Allies fighting side by side (the SDF and the coalition) do not contest.
                    && !same_side(&a.actor, &best.actor)
            })
            .collect();
        let present = cover
            .iter()
            .copied()
            .filter(|&i| assertions[i].kind == ControlKind::Presence)
            .collect();
        out.push(Holding {
            locality: li,
            actor: best.actor.clone(),
            as_of: best.date,
            scope: best.area.scope,
            basis: cover[0],
            contested_by,
            present,
        });
    }
    out
}
