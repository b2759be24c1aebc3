mod common;

use common::*;
use rasd_extract::EventType;
use rasd_store::export::{ACLED_HEADER, write_events};
use rasd_store::{EventFilter, ExportFormat, Store};

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let mut items = sample();
    // an unlocated statement: not coded by ACLED, not on the map
    let t = "أعلنت واشنطن بقاء قواتها";
    items.push(article(
        "a3",
        t,
        "https://example.org/a3",
        "Outlet One",
        vec![event("e3", EventType::Statement, Some("US"), None, None, t)],
    ));
    s.insert_batch(&items).unwrap();
    s
}

#[test]
fn acled_csv_has_header_and_one_row_per_event() {
    let s = store();
    let mut buf = Vec::new();
    let n = s
        .export(&EventFilter::default(), ExportFormat::AcledCsv, &mut buf)
        .unwrap();
    assert_eq!((n.written, n.skipped), (3, 0));
    let mut r = csv::Reader::from_reader(buf.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ACLED_HEADER);
    for col in [
        "event_id_cnty",
        "event_date",
        "sub_event_type",
        "inter1",
        "interaction",
        "geo_precision",
        "fatalities",
        "timestamp",
        "rasd_type",
        "modality",
        "quantities",
        "evidence",
    ] {
        assert!(header.iter().any(|h| h == col), "{col}");
    }
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let col = |row: &csv::StringRecord, name: &str| {
        let i = header.iter().position(|h| h == name).unwrap();
        row.get(i).unwrap().to_string()
    };
    let strike = rows
        .iter()
        .find(|r| col(r, "rasd_type") == "air_strike")
        .unwrap();
    assert_eq!(col(strike, "event_id_cnty"), "SYR-e1");
    assert_eq!(col(strike, "event_type"), "Explosions/Remote violence");
    assert_eq!(col(strike, "sub_event_type"), "Air/drone strike");
    assert_eq!(col(strike, "disorder_type"), "Political violence");
    assert_eq!(col(strike, "iso"), "760");
    assert_eq!(col(strike, "admin1"), "Al-Hasakah");
    assert_eq!(col(strike, "latitude"), "36.5000");
    assert_eq!(col(strike, "inter1"), "External/Other forces");
    assert_eq!(col(strike, "fatalities"), "0");
    assert_eq!(
        col(strike, "evidence"),
        "قصفت طائرات التحالف موقعاً في الحَسَكة"
    );
    let convoy = rows
        .iter()
        .find(|r| col(r, "rasd_type") == "deployment")
        .unwrap();
    assert!(col(convoy, "actor1").contains("United States"));
    assert_eq!(
        col(convoy, "assoc_actor_1"),
        "QSD: Syrian Democratic Forces"
    );
    let q: serde_json::Value = serde_json::from_str(&col(convoy, "quantities")).unwrap();
    assert_eq!(q[0]["value"], 40);
    let stmt = rows
        .iter()
        .find(|r| col(r, "rasd_type") == "statement")
        .unwrap();
    assert_eq!(col(stmt, "event_type"), "");
    assert!(col(stmt, "tags").contains("not coded by ACLED"));
}

#[test]
fn geojson_parses_and_holds_located_events() {
    let s = store();
    let mut buf = Vec::new();
    let n = s
        .export(&EventFilter::default(), ExportFormat::GeoJson, &mut buf)
        .unwrap();
    assert_eq!((n.written, n.skipped), (2, 1));
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let f = v["features"].as_array().unwrap();
    assert_eq!(f.len(), 2);
    assert_eq!(f[0]["geometry"]["type"], "Point");
    assert_eq!(f[0]["geometry"]["coordinates"][0], 40.75);
    assert_eq!(f[0]["properties"]["type"], "air_strike");
    assert_eq!(f[0]["properties"]["outlet"], "Outlet One");

    // empty collections are valid too
    let mut buf = Vec::new();
    write_events(ExportFormat::GeoJson, [], &mut buf).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    assert_eq!(v["features"].as_array().unwrap().len(), 0);
}

#[test]
fn jsonl_round_trips() {
    let s = store();
    let mut buf = Vec::new();
    s.export(&EventFilter::default(), ExportFormat::Jsonl, &mut buf)
        .unwrap();
    let text = String::from_utf8(buf).unwrap();
    let back: Vec<rasd_store::StoredEvent> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, s.events(&EventFilter::default()).unwrap());
    assert!(text.lines().next().unwrap().contains("\"incident_id\""));
}

#[test]
fn format_names() {
    assert_eq!(
        "acled-csv".parse::<ExportFormat>().unwrap(),
        ExportFormat::AcledCsv
    );
    assert!(
        "xml"
            .parse::<ExportFormat>()
            .unwrap_err()
            .to_string()
            .contains("geojson")
    );
}
