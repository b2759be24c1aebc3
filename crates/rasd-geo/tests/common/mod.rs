//! Shared helpers: one bundled gazetteer per test binary, text in, matches out.
#![allow(dead_code)]

use rasd_geo::{Gazetteer, PlaceMatch, haversine_km};
use std::sync::OnceLock;

pub fn gaz() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::bundled)
}

pub fn places(text: &str) -> Vec<PlaceMatch> {
    let n = rasd_text::normalize(text);
    let toks = rasd_text::tokenize(&n.text);
    gaz().find_places(&n.text, &toks)
}

/// As [`places`], with English words read by their capitals (spellings folded).
pub fn places_cased(text: &str) -> Vec<PlaceMatch> {
    let n = rasd_text::normalize(text);
    let toks = rasd_text::tokenize(&n.text);
    gaz().find_places_cased(&n.text, &toks, &n.latin_capitals(text, &toks))
}

pub fn places_in(text: &str, admin1: &str) -> Vec<PlaceMatch> {
    let n = rasd_text::normalize(text);
    let toks = rasd_text::tokenize(&n.text);
    gaz().find_places_in(&n.text, &toks, Some(admin1))
}

/// The match whose id is `id`, if any.
pub fn with_id<'a>(ms: &'a [PlaceMatch], id: &str) -> Option<&'a PlaceMatch> {
    ms.iter().find(|m| m.id.as_deref() == Some(id))
}

pub fn km(m: &PlaceMatch, lat: f64, lon: f64) -> f64 {
    haversine_km(m.lat, m.lon, lat, lon)
}

pub fn ids(ms: &[PlaceMatch]) -> Vec<String> {
    ms.iter()
        .map(|m| m.id.clone().unwrap_or_else(|| format!("?{}", m.name)))
        .collect()
}
