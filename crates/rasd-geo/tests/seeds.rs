//! The seed places of the project's gold file, within their radius.

mod common;
use common::*;
use std::path::Path;

/// (query, lat, lon, radius km): from ../shared/eval/seeds.gold.jsonl.
const SEEDS: [(&str, f64, f64, f64); 7] = [
    ("الشدادي", 36.0576, 40.7348, 10.0),
    ("معدان", 35.7552, 39.5984, 15.0),
    ("البوكمال", 34.4533, 40.9186, 10.0),
    ("قاعدة التنف", 33.5, 38.66, 20.0),
    ("حقل كونيكو", 35.2, 40.38, 30.0),
    ("حقل العمر", 35.0, 40.56, 30.0),
    ("حقل الجفرة", 35.28, 40.28, 30.0),
];

#[test]
fn seed_places_geocode_within_radius() {
    for (q, lat, lon, r) in SEEDS {
        let a = gaz().geocode(q, None);
        let (Some(la), Some(lo)) = (a.lat, a.lon) else {
            panic!("{q}: not found");
        };
        let d = rasd_geo::haversine_km(la, lo, lat, lon);
        assert!(d <= r, "{q}: {d:.1} km from gold (radius {r})");
    }
}

#[test]
fn seed_places_are_found_in_the_seed_articles() {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/seeds.gold.jsonl"
    ));
    let Ok(text) = std::fs::read_to_string(path) else {
        println!(
            "SKIPPED: {} is absent (the shared folder sits beside the workspace)",
            path.display()
        );
        return;
    };
    let mut articles = String::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        for a in v["articles"].as_array().into_iter().flatten() {
            articles.push_str(a["text"].as_str().unwrap_or(""));
            articles.push('\n');
        }
    }
    let ms = places(&articles);
    for (q, lat, lon, r) in SEEDS {
        let hit = ms
            .iter()
            .any(|m| km(m, lat, lon) <= r && m.geo_precision <= 2);
        assert!(hit, "{q}: no match within {r} km in the seed articles");
    }
}
