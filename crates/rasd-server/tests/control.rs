//! The control layer's routes against a real server: a few short articles that assert who
//! holds what in Deir ez-Zor (written for this test), posted through the ingest route, then
//! the picture as of a date, the assertions, the months and the 400s.
mod common;

use common::*;
use serde_json::{Value, json};

/// Illustrative sentences, May 2024: a river bank and a town, a town, a contested town.
const ARTICLES: &[(&str, &str)] = &[
    (
        "2024-05-10",
        "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور، بينما تسيطر قوات النظام على مدينة الميادين.",
    ),
    (
        "2024-05-20",
        "تسيطر قوات النظام على مدينة البوكمال الحدودية منذ سنوات.",
    ),
    (
        "2024-05-20",
        "وتسيطر العشائر على بلدة ذيبان، بحسب مصادر محلية. وتسيطر قسد على بلدة ذيبان، بحسب مصادر أخرى.",
    ),
];

fn with_articles() -> Server {
    let s = start(true);
    let auth = format!("Bearer {TOKEN}");
    for (i, (published, text)) in ARTICLES.iter().enumerate() {
        let body = json!({
            "outlet": "Test Wire",
            "url": format!("https://example.org/control-{i}"),
            "published": published,
            "text": text,
        })
        .to_string();
        let r = s.request(
            "POST",
            "/api/articles",
            &[("Authorization", auth.as_str())],
            body.as_bytes(),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    s
}

/// The feature of the locality whose English name is `name`.
fn feature<'a>(geo: &'a Value, name: &str) -> Option<&'a Value> {
    geo["features"]
        .as_array()?
        .iter()
        .find(|f| f["properties"]["name"] == name)
}

#[test]
fn control_picture_as_of_a_date() {
    let s = with_articles();
    // A 60-day window keeps the demo store's own assertions (March 2024 and older) out.
    let r = s.get("/api/control?at=2024-06-30&window_days=60&undated=false");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/geo+json"));
    let geo = r.json();
    assert_eq!(geo["type"], "FeatureCollection");
    assert_eq!(geo["at"], "2024-06-30");
    assert_eq!(geo["window_days"], 60);
    assert_eq!(geo["truncated"], false);
    let features = geo["features"].as_array().unwrap();
    assert_eq!(geo["count"], features.len());
    assert!(features.len() >= 5, "{geo}");
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"));

    let mayadin = feature(&geo, "al-Mayadin").expect("al-Mayadin held");
    let p = &mayadin["properties"];
    assert_eq!(
        (p["actor"].as_str(), p["scope"].as_str()),
        (Some("SYR_GOV"), Some("at"))
    );
    assert_eq!(p["as_of"], "2024-05-10");
    assert!(
        p["basis"]["sentence"]
            .as_str()
            .unwrap()
            .contains("الميادين")
    );
    assert_eq!(p["basis"]["outlet"], "Test Wire");
    assert_eq!(p["basis"]["url"], "https://example.org/control-0");
    assert_eq!(
        feature(&geo, "Abu Kamal").unwrap()["properties"]["actor"],
        "SYR_GOV"
    );
    // The north bank: a village there, placed by the river course, not named in the text.
    let hajin = &feature(&geo, "Hajin").expect("Hajin on the north bank")["properties"];
    assert_eq!(
        (hajin["actor"].as_str(), hajin["scope"].as_str()),
        (Some("SDF"), Some("bank"))
    );
    // Two actors for one town on the same day: kept, shown as contested.
    let dhiban = &feature(&geo, "Dhiban").expect("Dhiban")["properties"];
    let contesting: Vec<&str> = dhiban["contested_by"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["actor"].as_str())
        .collect();
    let mut both = vec![dhiban["actor"].as_str().unwrap()];
    both.extend(&contesting);
    both.sort();
    assert_eq!(both, ["SDF", "TRIBAL"], "{dhiban}");

    // Before the Abu Kamal report, Abu Kamal is not held by anyone in the window.
    let early = s
        .get("/api/control?at=2024-05-15&window_days=60&undated=false")
        .json();
    assert!(feature(&early, "Abu Kamal").is_none(), "{early}");
    assert!(feature(&early, "al-Mayadin").is_some());
    // Default `at`: the latest assertion in the store.
    let latest = s.get("/api/control/months").json()["latest"].clone();
    assert_eq!(s.get("/api/control").json()["at"], latest);
}

#[test]
fn control_assertions_and_months() {
    let s = with_articles();
    let r = s.get("/api/control/assertions?until=2024-05-31&actor=sdf&limit=1");
    assert_eq!(r.status, 200, "{}", r.text());
    let j = r.json();
    assert_eq!(j["count"], 1);
    assert_eq!(j["truncated"], true);
    let a = &j["assertions"][0];
    // Newest first: the Dhiban assertion of 20 May, with its source.
    assert_eq!(
        (a["actor"].as_str(), a["date"].as_str()),
        (Some("SDF"), Some("2024-05-20"))
    );
    assert!(a["sentence"].as_str().unwrap().contains("ذيبان"));
    assert_eq!(a["outlet"], "Test Wire");
    assert!(a["evidence"]["sentence"].is_object());

    let months = s.get("/api/control/months").json();
    let listed: Vec<(&str, i64)> = months["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap(),
                m["assertions"].as_i64().unwrap(),
            )
        })
        .collect();
    assert!(listed.contains(&("2024-05", 5)), "{months}");
    assert!(listed.windows(2).all(|w| w[0].0 < w[1].0), "{listed:?}");
}

#[test]
fn control_bad_parameters_are_clear_400s() {
    let s = start(false);
    for (path, param) in [
        ("/api/control?at=2024-02-30", "at"),
        ("/api/control?at=yesterday", "at"),
        ("/api/control?window_days=-1", "window_days"),
        ("/api/control?window_days=99999999", "window_days"),
        ("/api/control?undated=maybe", "undated"),
        ("/api/control?since=2024-01-01", "since"),
        ("/api/control?at=2024-01-01&at=2024-02-01", "at"),
        ("/api/control/assertions?until=2024-13-01", "until"),
        ("/api/control/assertions?actor=S%3BD", "actor"),
        ("/api/control/assertions?limit=0", "limit"),
        ("/api/control/assertions?limit=5000", "limit"),
    ] {
        s.assert_bad_param(path, param);
    }
}
