//! Which site an event belongs to. Events carry a place name and coordinates, not a gazetteer
//! id, so the link is made from where the event was placed and what its sentence says:
//!
//! 1. **at the site**: the event's point is the site's point (within [`AT_SITE_KM`]); the
//!    geocoder gives an event named after a site the site's own coordinates. Where two sites
//!    share a point (Conoco base and Conoco gas field), the one whose name is the event's
//!    place name wins.
//! 2. **named nearby**: the event is placed precisely (geo_precision 1) on a settlement or
//!    point within [`CUE_SITE_KM`] of a site, and its sentence names that kind of site
//!    ("قاعدة", "مطار", "حقل", "معبر", "سد", "base", "airport", "oil field"...): "the US base
//!    in al-Shaddadi" is geocoded to the town, 1.5 km from the base. The nearest site of the
//!    named kind is taken.
//! 3. **near**: placed precisely within [`NEAR_SITE_KM`] of a site, with no cue: the nearest.
//!
//! Events placed coarsely (geo_precision 2 or 3: "ريف الحسكة", a governorate) never join a
//! site unless they sit on its very point.

use std::sync::LazyLock;

use rasd_geo::Kind;
use rasd_text::{normalize_key, proclitic_readings};
use serde::Serialize;

use super::Site;
use crate::incidents::haversine_km;

/// Same point: coordinates equal up to rounding.
pub const AT_SITE_KM: f64 = 0.25;
/// A precisely placed event this close to a site is at it, cue or not.
pub const NEAR_SITE_KM: f64 = 3.0;
/// A precisely placed event whose sentence names a kind of site joins the nearest such
/// site this close (bases lie outside the towns they are named after).
pub const CUE_SITE_KM: f64 = 10.0;

/// How an event was linked to its site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    AtSite,
    NamedNearby,
    Near,
}

impl Link {
    pub fn code(self) -> &'static str {
        match self {
            Link::AtSite => "at_site",
            Link::NamedNearby => "named_nearby",
            Link::Near => "near",
        }
    }
}

/// What the rule reads of an event.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub lat: f64,
    pub lon: f64,
    pub geo_precision: Option<u8>,
    pub place_name: Option<&'a str>,
    pub sentence: &'a str,
}

/// The index in `sites` of the event's site, how it was linked and how far it lies from it.
pub fn associate(sites: &[Site], e: &Placed) -> Option<(usize, Link, f64)> {
    let dist: Vec<(usize, f64)> = sites
        .iter()
        .enumerate()
        .map(|(i, s)| (i, haversine_km((e.lat, e.lon), (s.lat, s.lon))))
        .filter(|(_, km)| *km <= CUE_SITE_KM)
        .collect();
    let nearest = |ok: &dyn Fn(&Site, f64) -> bool| {
        dist.iter()
            .filter(|(i, km)| ok(&sites[*i], *km))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .copied()
    };
    let name = e.place_name.map(normalize_key);
    let named = |s: &Site| name.as_ref().is_some_and(|n| s.keys.contains(n));
    if let Some((i, km)) = nearest(&|s, km| km <= AT_SITE_KM && named(s))
        .or_else(|| nearest(&|_, km| km <= AT_SITE_KM))
    {
        return Some((i, Link::AtSite, km));
    }
    if e.geo_precision != Some(1) {
        return None;
    }
    let cues = cue_kinds(e.sentence);
    if !cues.is_empty()
        && let Some((i, km)) =
            nearest(&|s, _| Kind::parse(&s.kind).is_some_and(|k| cues.contains(&k)))
    {
        return Some((i, Link::NamedNearby, km));
    }
    nearest(&|_, km| km <= NEAR_SITE_KM).map(|(i, km)| (i, Link::Near, km))
}

/// Words that name a kind of site, normalised, with the kinds each may refer to (a
/// "قاعدة" may be an airbase, a "مطار" a military base).
const CUES: &[(&str, &[Kind])] = &[
    ("قاعدة", &[Kind::Base, Kind::Airport]),
    ("قواعد", &[Kind::Base, Kind::Airport]),
    ("مطار", &[Kind::Airport, Kind::Base]),
    ("حقل", &[Kind::OilField, Kind::GasField]),
    ("حقول", &[Kind::OilField, Kind::GasField]),
    ("معبر", &[Kind::Crossing]),
    ("سد", &[Kind::Dam]),
    ("base", &[Kind::Base, Kind::Airport]),
    ("bases", &[Kind::Base, Kind::Airport]),
    ("airbase", &[Kind::Airport, Kind::Base]),
    ("airport", &[Kind::Airport, Kind::Base]),
    ("airfield", &[Kind::Airport, Kind::Base]),
    ("oilfield", &[Kind::OilField]),
    ("gasfield", &[Kind::GasField]),
    ("crossing", &[Kind::Crossing]),
    ("dam", &[Kind::Dam]),
];

/// [`CUES`] as `normalize_key` writes them (ة → ه), folded once.
static CUE_KEYS: LazyLock<Vec<(String, &'static [Kind])>> = LazyLock::new(|| {
    CUES.iter()
        .map(|(c, kinds)| (normalize_key(c), *kinds))
        .collect()
});

/// The kinds of site a sentence names. English "field" counts after "oil" or "gas" only.
pub fn cue_kinds(sentence: &str) -> Vec<Kind> {
    let text = normalize_key(sentence);
    let mut out: Vec<Kind> = Vec::new();
    let mut add = |kinds: &[Kind]| {
        for k in kinds {
            if !out.contains(k) {
                out.push(*k);
            }
        }
    };
    let mut prev = "";
    for tok in text.split(' ') {
        if matches!(tok, "field" | "fields") {
            match prev {
                "oil" => add(&[Kind::OilField]),
                "gas" => add(&[Kind::GasField]),
                _ => {}
            }
        }
        for reading in proclitic_readings(tok) {
            if let Some((_, kinds)) = CUE_KEYS.iter().find(|(c, _)| c == reading) {
                add(kinds);
            }
        }
        prev = tok;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(id: &str, name: &str, kind: &str, lat: f64, lon: f64) -> Site {
        Site {
            id: id.into(),
            name: name.into(),
            name_ar: String::new(),
            kind: kind.into(),
            lat,
            lon,
            admin1: None,
            country: "SY".into(),
            geo_precision: 2,
            keys: vec![normalize_key(name)],
        }
    }

    fn sites() -> Vec<Site> {
        vec![
            site("b.shaddadi", "al-Shaddadi base", "base", 36.05, 40.72),
            site("b.conoco", "Conoco base", "base", 35.25, 40.33),
            site("f.conoco", "Conoco gas field", "gas_field", 35.25, 40.33),
            site("x.qaim", "al-Qaim crossing", "crossing", 34.415, 40.965),
        ]
    }

    fn placed<'a>(lat: f64, lon: f64, prec: u8, name: &'a str, s: &'a str) -> Placed<'a> {
        Placed {
            lat,
            lon,
            geo_precision: Some(prec),
            place_name: Some(name),
            sentence: s,
        }
    }

    fn linked(p: &Placed) -> Option<(&'static str, Link)> {
        let all = sites();
        associate(&all, p).map(|(i, link, _)| {
            let id: &'static str = match all[i].id.as_str() {
                "b.shaddadi" => "b.shaddadi",
                "b.conoco" => "b.conoco",
                "f.conoco" => "f.conoco",
                _ => "x.qaim",
            };
            (id, link)
        })
    }

    #[test]
    fn an_event_on_the_site_point_joins_it_whatever_its_precision() {
        let p = placed(36.05, 40.72, 2, "al-Shaddadi base", "وصل رتل");
        assert_eq!(linked(&p), Some(("b.shaddadi", Link::AtSite)));
    }

    #[test]
    fn a_shared_point_goes_to_the_site_the_event_names() {
        let field = placed(35.25, 40.33, 2, "Conoco gas field", "أخلت نقطة");
        assert_eq!(linked(&field), Some(("f.conoco", Link::AtSite)));
        let base = placed(35.25, 40.33, 2, "Conoco base", "أخلت نقطة");
        assert_eq!(linked(&base), Some(("b.conoco", Link::AtSite)));
    }

    #[test]
    fn a_base_named_after_its_town_collects_the_towns_events_with_a_cue() {
        // al-Shaddadi town, ~1.5 km from the base; then a village ~8 km away.
        let town = placed(
            36.0576,
            40.7348,
            1,
            "al-Shaddadi",
            "دخلت 30 شاحنة إلى القاعدة الأمريكية في بلدة الشدادي",
        );
        assert_eq!(linked(&town), Some(("b.shaddadi", Link::NamedNearby)));
        let village = placed(36.12, 40.72, 1, "X", "تعزيزات إلى قاعدة الشدادي");
        assert_eq!(linked(&village), Some(("b.shaddadi", Link::NamedNearby)));
        // The same village without a cue is too far for the plain radius.
        let bare = placed(36.12, 40.72, 1, "X", "انتشار في القرية");
        assert_eq!(linked(&bare), None);
    }

    #[test]
    fn the_cue_must_name_the_kind_of_site() {
        // A crossing 8 km away is not "the base".
        let p = placed(34.45, 40.9, 1, "X", "رتل يصل إلى القاعدة");
        assert_eq!(linked(&p), None);
        let q = placed(34.45, 40.9, 1, "X", "convoy crossed at the border crossing");
        assert_eq!(linked(&q), Some(("x.qaim", Link::NamedNearby)));
    }

    #[test]
    fn close_precise_events_join_coarse_ones_do_not() {
        let close = placed(36.06, 40.74, 1, "X", "انتشار");
        assert_eq!(linked(&close), Some(("b.shaddadi", Link::Near)));
        let coarse = placed(36.06, 40.74, 2, "ريف الحسكة الجنوبي", "تعزيزات إلى قاعدة");
        assert_eq!(linked(&coarse), None);
    }

    #[test]
    fn cues_read_clitics_and_english() {
        assert_eq!(cue_kinds("وصل إلى القاعدة"), [Kind::Base, Kind::Airport]);
        assert_eq!(cue_kinds("وبالمطار"), [Kind::Airport, Kind::Base]);
        assert_eq!(cue_kinds("near the al-Omar oil field"), [Kind::OilField]);
        assert!(cue_kinds("a field commander said").is_empty());
        assert!(cue_kinds("قوات الأسد").is_empty());
    }
}
