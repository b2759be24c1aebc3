//! The API against a real server on loopback: every route, filters, pagination, bad
//! parameters, ingest and its token, security headers, the OpenAPI document, the basemap.
mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

fn ids(v: &Value) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn count(s: &Server, query: &str) -> usize {
    let r = s.get(&format!("/api/events?limit=1000&{query}"));
    assert_eq!(r.status, 200, "{query}: {}", r.text());
    ids(&r.json()).len()
}

#[test]
fn openapi_matches_the_routes() {
    let s = start(false);
    let doc = s.get("/api/openapi.json").json();
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let served: BTreeSet<(String, String)> = rasd_server::api_routes()
        .into_iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, served);
    // And each one really answers (no 404/405) on the server.
    let first = s.get("/api/events?limit=1").json()["events"][0].clone();
    let id = first["id"].as_str().unwrap().to_string();
    let incident = first["incident_id"].as_str().unwrap().to_string();
    for (method, path) in &served {
        let path = match path.as_str() {
            "/api/sites/{id}" => "/api/sites/sy.base.tanf".to_string(),
            "/api/incidents/{id}" => format!("/api/incidents/{incident}"),
            p => p.replace("{id}", &id),
        };
        let path = if path == "/api/places" {
            "/api/places?q=x".to_string()
        } else {
            path
        };
        let r = s.request(&method.to_uppercase(), &path, &[], b"{}");
        assert!(
            r.status != 404 && r.status != 405,
            "{method} {path}: {}",
            r.status
        );
    }
}

#[test]
fn events_filters_and_pagination() {
    let s = start(false);
    let all = count(&s, "");
    assert!(all > 30, "demo store has {all} events");
    let by_type = s.get("/api/events?type=air_strike").json();
    let events = by_type["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["event_type"] == "air_strike"));
    assert!(count(&s, "actor=tur") > 0);
    assert!(count(&s, "actor=TUR") < all);
    assert!(count(&s, "modality=denied") >= 2);
    assert!(count(&s, "admin1=Daraa") >= 5);
    assert_eq!(
        count(&s, "since=2025-06-12&until=2025-06-12"),
        5,
        "one day of the Daraa report, the ministry's denial included, the attack the \
         suspects are held for (told as their involvement) not again"
    );
    // Deir ez-Zor's east: Abu Kamal, Omar field, Conoco, Dhiban, Shuhayl.
    let boxed = count(&s, "bbox=40.0,34.3,41.2,35.5");
    assert!(boxed >= 5 && boxed < all, "{boxed}");
    assert!(count(&s, "near=34.45,40.92,30") >= 2, "around Abu Kamal");
    // Full text, Arabic (proclitics and letter variants folded) and English.
    assert!(count(&s, &format!("q={}", enc("الشدادي"))) >= 1);
    // The reinforcements near Manbij (the headline's are the body's, one event).
    assert!(count(&s, "q=Manbij") >= 1);
    assert_eq!(count(&s, "q=zzzzqqq"), 0);
    let inc = by_type["events"][0]["incident_id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(count(&s, &format!("incident={inc}")) >= 1);

    // Cursor pages give the same events, in the same order, as one big page.
    let full = ids(&s.get("/api/events?limit=1000").json());
    let mut paged = Vec::new();
    let mut next: Option<String> = None;
    for _ in 0..100 {
        let url = match &next {
            None => "/api/events?limit=7".to_string(),
            Some(c) => format!("/api/events?limit=7&cursor={}", enc(c)),
        };
        let page = s.get(&url).json();
        paged.extend(ids(&page));
        match page["next"].as_str() {
            Some(c) => next = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(paged, full);
}

#[test]
fn bad_parameters_are_clear_400s() {
    let s = start(false);
    for (query, param) in [
        ("type=bombing", "type"),
        ("modality=sure", "modality"),
        ("since=yesterday", "since"),
        ("until=2024-02-30", "until"),
        ("since=2025-01-02&until=2025-01-01", "since"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=50,30,40,35", "bbox"),
        ("near=99,40,10", "near"),
        ("limit=0", "limit"),
        ("limit=100000", "limit"),
        ("limit=ten", "limit"),
        ("cursor=garbage", "cursor"),
        ("actor=US'--", "actor"),
        ("q=...", "q"),
        ("colour=red", "colour"),
        ("type=shelling&type=air_strike", "type"),
    ] {
        s.assert_bad_param(&format!("/api/events?{query}"), param);
    }
    let r = s.get("/api/events.geojson?limit=-1");
    assert_eq!((r.status, r.json()["param"].as_str()), (400, Some("limit")));
    let r = s.get("/api/places");
    assert_eq!((r.status, r.json()["param"].as_str()), (400, Some("q")));
    let r = s.get("/api/places?kind=planet");
    assert_eq!(r.status, 400);
    assert_eq!(s.get("/api/incidents?min_outlets=many").status, 400);
    assert_eq!(s.get("/api/events/not%20an%20id").status, 400);
    let r = s.get("/api/events/ffffffffffffffff");
    assert_eq!(r.status, 404);
    assert!(r.json()["error"].is_string());
    assert_eq!(s.get("/api/nothing").status, 404);
    assert_eq!(s.get("/api/incidents/ffffffffffffffff").status, 404);
}

#[test]
fn geojson_csv_stats_incidents_places() {
    let s = start(false);
    let g = s.get("/api/events.geojson?type=deployment");
    assert_eq!(g.status, 200);
    assert_eq!(g.header("content-type"), Some("application/geo+json"));
    let g = g.json();
    assert_eq!(g["type"], "FeatureCollection");
    let feats = g["features"].as_array().unwrap();
    assert!(!feats.is_empty());
    assert!(
        feats
            .iter()
            .all(|f| f["properties"]["type"] == "deployment")
    );

    let c = s.get("/api/export.csv?actor=TUR");
    assert_eq!(c.status, 200);
    assert!(c.header("content-type").unwrap().starts_with("text/csv"));
    assert!(
        c.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    let text = c.text();
    assert!(text.starts_with("event_id_cnty,"), "{}", &text[..80]);
    assert!(text.lines().count() >= 5);

    let st = s.get("/api/stats").json();
    assert!(st["total"].as_u64().unwrap() > 30);
    assert!(st["by_day"].as_array().unwrap().len() > 5);
    assert!(st["by_type"][0]["n"].as_u64().unwrap() > 1);
    assert!(
        st["by_admin1"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["key"] == "Deir ez-Zor")
    );
    let st = s.get("/api/stats?type=protest").json();
    assert_eq!(st["by_type"].as_array().unwrap().len(), 1);

    let inc = s.get("/api/incidents?limit=3").json();
    let rows = inc["incidents"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(inc["next"].is_string());
    let one = s.get(&format!(
        "/api/incidents/{}",
        rows[0]["id"].as_str().unwrap()
    ));
    assert_eq!(one.status, 200);
    assert!(!one.json()["events"].as_array().unwrap().is_empty());

    let p = s.get(&format!("/api/places?q={}", enc("الحسكة"))).json();
    assert_eq!(p["places"][0]["admin1"], "Al-Hasakah", "{p}");
    let gov = s.get("/api/places?kind=governorate&limit=200").json();
    let names: Vec<&str> = gov["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(names.contains(&"Deir ez-Zor Governorate"), "{names:?}");
    let h = s.get("/api/health").json();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["ingest"], false);
}

#[test]
fn sites_posture_and_timeline() {
    let s = start(false);
    let r = s.get("/api/sites");
    assert_eq!(r.status, 200);
    let v = r.json();
    let sites = v["sites"].as_array().unwrap();
    assert_eq!(v["count"].as_u64().unwrap() as usize, sites.len());
    let base = sites
        .iter()
        .find(|x| x["site"]["id"] == "sy.base.shaddadi")
        .unwrap_or_else(|| panic!("al-Shaddadi base missing: {v}"));
    assert_eq!(base["coordinates"][0], base["site"]["lon"]);
    assert!(base["reports"].as_u64().unwrap() >= 1);
    let arrived: Vec<&str> = base["arrived"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["text"].as_str())
        .collect();
    assert!(arrived.contains(&"~120"), "{arrived:?}");
    assert!(
        base["actors_present"]
            .as_array()
            .unwrap()
            .contains(&"COALITION".into())
    );
    let every = s.get("/api/sites?all=true").json();
    assert!(every["count"].as_u64().unwrap() > v["count"].as_u64().unwrap());
    let crossings = s.get("/api/sites?all=1&kind=crossing").json();
    assert!(
        crossings["sites"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["site"]["kind"] == "crossing")
    );

    let d = s.get("/api/sites/sy.base.shaddadi");
    assert_eq!(d.status, 200);
    let d = d.json();
    let first = &d["timeline"][0];
    assert_eq!(first["event"]["event_type"], "deployment");
    assert!(
        first["sources"][0]["urls"][0]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert!(first["event"]["quantities"].as_array().unwrap().len() >= 2);

    assert_eq!(s.get("/api/sites/sy.base.nowhere").status, 404);
    let bad = s.get("/api/sites/%3Cscript%3E");
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["param"], "id");
    assert_eq!(s.get("/api/sites?all=maybe").json()["param"], "all");
    assert_eq!(s.get("/api/sites?kind=city").status, 400);
    assert_eq!(s.get("/api/sites?limit=3").json()["param"], "limit");
}

#[test]
fn event_detail_has_evidence_article_sources_and_hostile_text_stays_data() {
    let s = start(false);
    let list = s.get(&format!("/api/events?q={}", enc("سراقب"))).json();
    let id = ids(&list)[0].clone();
    let d = s.get(&format!("/api/events/{id}"));
    assert_eq!(d.status, 200);
    let d = d.json();
    let sentence = d["event"]["sentence"].as_str().unwrap();
    let joined: String = d["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["text"].as_str().unwrap())
        .collect();
    assert_eq!(joined, sentence);
    assert!(
        d["segments"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["role"] == "trigger")
    );
    // The markup is text in a JSON string, unchanged; the page decides how to show it.
    assert!(sentence.contains("<script>alert(1)</script>"));
    assert!(sentence.contains("<img src=x onerror=alert(2)>"));
    assert_eq!(d["article"]["outlet"], "<img src=x onerror=alert(3)>");
    assert_eq!(d["sources"].as_array().unwrap().len(), 1);
    assert!(d["incident"]["id"].is_string());
}

#[test]
fn security_headers_on_pages_and_api() {
    let s = start(false);
    for path in ["/", "/app.js", "/api/health", "/api/events?type=nope"] {
        let r = s.get(path);
        let csp = r.header("content-security-policy").unwrap_or("");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    assert!(s.get("/").text().contains("<html"));
    assert_eq!(s.get("/nope.js").status, 404);
}

/// Even-odd point-in-polygon over every ring of a GeoJSON (Multi)Polygon: holes count.
fn covers(geometry: &Value, lon: f64, lat: f64) -> bool {
    let polys = match geometry["type"].as_str() {
        Some("Polygon") => vec![&geometry["coordinates"]],
        _ => geometry["coordinates"].as_array().unwrap().iter().collect(),
    };
    let mut inside = false;
    for ring in polys.iter().flat_map(|p| p.as_array().unwrap()) {
        let pts: Vec<(f64, f64)> = ring
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
            .collect();
        for w in pts.windows(2) {
            let ((x1, y1), (x2, y2)) = (w[0], w[1]);
            if (y1 > lat) != (y2 > lat) && lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1) {
                inside = !inside;
            }
        }
    }
    inside
}

#[test]
fn basemap_has_each_syrian_governorate_once_around_its_capital() {
    let s = start(false);
    let map = s.get("/basemap.json").json();
    let features = map["features"].as_array().unwrap();
    let govs = s.get("/api/places?kind=governorate&limit=200").json();
    let syrian: Vec<&Value> = govs["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["country"] == "SY")
        .collect();
    assert_eq!(syrian.len(), 14);
    for place in syrian {
        let admin1 = place["admin1"].as_str().unwrap();
        let same: Vec<&Value> = features
            .iter()
            .filter(|f| f["properties"]["layer"] == "governorate")
            .filter(|f| f["properties"]["admin1"] == admin1)
            .collect();
        assert_eq!(same.len(), 1, "{admin1}");
        let p = &same[0]["properties"];
        assert_eq!(p["country"], "SY");
        let name_ar = format!("محافظة {}", p["name_ar"].as_str().unwrap());
        assert_eq!(place["name_ar"], name_ar.as_str(), "{admin1}");
        // The capital lies in a feature of its admin1: the governorate, or for Quneitra the
        // UNDOF zone that holds the city.
        let (lon, lat) = (
            place["lon"].as_f64().unwrap(),
            place["lat"].as_f64().unwrap(),
        );
        assert!(
            features
                .iter()
                .filter(|f| f["properties"]["admin1"] == admin1)
                .any(|f| covers(&f["geometry"], lon, lat)),
            "{admin1}: capital {lon},{lat} outside"
        );
    }
    let undof = |f: &&Value| f["properties"]["layer"] == "undof";
    assert_eq!(features.iter().filter(undof).count(), 1);
}

#[test]
fn ingest_is_off_by_default() {
    let s = start(false);
    let body = br#"{"text": "x"}"#;
    let r = s.request(
        "POST",
        "/api/articles",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        body,
    );
    assert_eq!(r.status, 403, "{}", r.text());
}

#[test]
fn ingest_needs_the_token_and_stores_events() {
    let s = start(true);
    let article = serde_json::json!({
        "title": "قصف على الرقة",
        "url": "https://example.org/new-1",
        "outlet": "Example",
        "published": "2024-07-01",
        "text": "قصفت طائرات مسيرة تركية اليوم قرية في ريف الرقة الشمالي."
    })
    .to_string();
    let r = s.request("POST", "/api/articles", &[], article.as_bytes());
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    let r = s.request(
        "POST",
        "/api/articles",
        &[("Authorization", "Bearer wrong-token-0123456789")],
        article.as_bytes(),
    );
    assert_eq!(r.status, 401);
    let auth = format!("Bearer {TOKEN}");
    let h = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let r = s.request("POST", "/api/articles", &h, article.as_bytes());
    assert_eq!(r.status, 201, "{}", r.text());
    let j = r.json();
    assert_eq!(j["new"], true);
    let events = j["events"].as_array().unwrap();
    assert!(!events.is_empty(), "{j}");
    // Readable at once through the read API; the same article again is not new.
    let id = events[0]["id"].as_str().unwrap();
    assert_eq!(s.get(&format!("/api/events/{id}")).status, 200);
    let r = s.request("POST", "/api/articles", &h, article.as_bytes());
    assert_eq!((r.status, r.json()["new"].as_bool()), (200, Some(false)));
    // Bad bodies.
    let r = s.request("POST", "/api/articles", &h, b"{\"title\": 1}");
    assert_eq!((r.status, r.json()["param"].as_str()), (400, Some("body")));
    let big = vec![b'a'; rasd_server::MAX_BODY_BYTES + 10];
    let r = s.request("POST", "/api/articles", &h, &big);
    assert_eq!(r.status, 413);
    assert_eq!(s.get("/api/health").json()["ingest"], true);
}

#[test]
fn cached_answers_are_dropped_when_the_store_changes() {
    let s = start_with(true, 8 << 20);
    let url = format!("/api/events?q={}", enc("الرقة"));
    let first = s.get(&url);
    assert_eq!(first.header("x-rasd-cache"), Some("miss"));
    let again = s.get(&url);
    assert_eq!(again.header("x-rasd-cache"), Some("hit"));
    assert_eq!(again.body, first.body);
    assert!(again.header("content-security-policy").is_some());
    let before = ids(&again.json()).len();
    // A new article: the next answer is computed afresh and includes it.
    let article = serde_json::json!({
        "published": "2024-07-02",
        "text": "قصفت طائرات مسيرة تركية اليوم قرية في ريف الرقة الغربي."
    })
    .to_string();
    let auth = format!("Bearer {TOKEN}");
    let r = s.request(
        "POST",
        "/api/articles",
        &[("Authorization", auth.as_str())],
        article.as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let after = s.get(&url);
    assert_eq!(after.header("x-rasd-cache"), Some("miss"));
    assert!(ids(&after.json()).len() > before);
    // Errors are never cached.
    assert_eq!(s.get("/api/events?type=nope").header("x-rasd-cache"), None);
}
