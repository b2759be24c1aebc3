//! The CLI end to end on fixtures written here: bad input is reported with file and line and
//! the rest still goes in; re-ingesting is a no-op; events and exports read the store.

use std::path::Path;
use std::process::{Command, Output};

fn rasd(db: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output();
    match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run rasd: {e}"),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const REPORT: &str = "غارة روسية على بلدة كنصفرة - موقع المثال\n\nموقع المثال - (خاص)\n\n\
قتل ثلاثة مدنيين وأصيب خمسة آخرون بغارة جوية روسية استهدفت بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، اليوم الأحد.\n";

fn write_inputs(dir: &Path) {
    let ok = serde_json::json!({"text": REPORT, "url": "https://example.org/a", "outlet": "Example", "published": "2021-07-18"});
    let other = serde_json::json!({"text": "وصل رتل عسكري لقوات التحالف الدولي يضم 20 شاحنة إلى قاعدة الشدادي بريف الحسكة الجنوبي.", "published": "2021-07-19"});
    let jsonl = format!("{ok}\n{{\"text\": broken\n{other}\n");
    std::fs::write(dir.join("batch.jsonl"), jsonl).unwrap_or_default();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap_or_default();
    std::fs::write(dir.join("empty.txt"), b"").unwrap_or_default();
}

#[test]
fn bad_inputs_are_named_and_the_rest_goes_in_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    write_inputs(&inputs);
    let db = dir.path().join("t.db");

    let first = rasd(
        &db,
        &["ingest", "--quiet", inputs.to_str().unwrap_or_default()],
    );
    let err = text(&first.stderr);
    assert!(
        err.contains("batch.jsonl:2"),
        "malformed line not named: {err}"
    );
    assert!(err.contains("binary.txt"), "binary file not named: {err}");
    assert!(err.contains("empty.txt"), "empty file not named: {err}");
    assert!(
        !first.status.success(),
        "partial ingest must not report success"
    );

    let events = rasd(&db, &["events", "--format", "json"]);
    assert!(events.status.success(), "{}", text(&events.stderr));
    let listed: serde_json::Value = serde_json::from_slice(&events.stdout).expect("json");
    let n = listed.as_array().map_or(0, Vec::len);
    assert!(n >= 2, "both good articles yield events: {listed}");
    let strike = listed
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["event_type"] == "air_strike");
    let Some(strike) = strike else {
        panic!("no air strike in {listed}");
    };
    assert_eq!(strike["actor1"], "RUS");
    assert_eq!(strike["date"], "2021-07-18");

    // The same files again: nothing new.
    let _ = rasd(
        &db,
        &["ingest", "--quiet", inputs.to_str().unwrap_or_default()],
    );
    let again = rasd(&db, &["events", "--format", "json"]);
    let relisted: serde_json::Value = serde_json::from_slice(&again.stdout).expect("json");
    assert_eq!(relisted.as_array().map_or(0, Vec::len), n);
}

#[test]
fn exports_read_the_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("one.txt");
    std::fs::write(&input, REPORT).expect("write");
    let db = dir.path().join("t.db");
    let ing = rasd(
        &db,
        &["ingest", "--quiet", input.to_str().unwrap_or_default()],
    );
    assert!(ing.status.success(), "{}", text(&ing.stderr));

    let csv = rasd(&db, &["export", "--format", "acled-csv"]);
    let csv = text(&csv.stdout);
    let header = csv.lines().next().unwrap_or_default();
    for col in [
        "event_date",
        "event_type",
        "actor1",
        "latitude",
        "longitude",
        "geo_precision",
        "notes",
        "fatalities",
    ] {
        assert!(
            header.split(',').any(|c| c == col),
            "missing {col} in {header}"
        );
    }
    assert!(csv.contains("Air/drone strike"), "{csv}");

    let geo = rasd(&db, &["export", "--format", "geojson"]);
    let geo: serde_json::Value = serde_json::from_slice(&geo.stdout).expect("geojson");
    assert_eq!(geo["type"], "FeatureCollection");
    assert!(geo["features"].as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn events_without_a_store_explain_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = rasd(&dir.path().join("missing.db"), &["events"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("rasd ingest"));
}

#[test]
fn serve_refuses_what_it_cannot_do_safely() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.db");
    let o = rasd(&missing, &["serve", "--bind", "127.0.0.1:0"]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("no store at"),
        "{}",
        text(&o.stderr)
    );
    // Ingest needs a token file, and a real token in it.
    let o = rasd(&missing, &["serve", "--allow-ingest"]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("--token-file"),
        "{}",
        text(&o.stderr)
    );
    let token = dir.path().join("token");
    std::fs::write(&token, "short\n").expect("write");
    let o = rasd(
        &missing,
        &[
            "serve",
            "--allow-ingest",
            "--token-file",
            token.to_str().expect("utf-8"),
        ],
    );
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("at least 16"),
        "{}",
        text(&o.stderr)
    );
}

/// Two outlets' own reports of one strike (different wording, same place and day).
const SECOND_OUTLET: &str = "مقتل 3 مدنيين بغارة روسية على كنصفرة\n\n\
أفاد ناشطون بمقتل 3 مدنيين وإصابة 6 بجروح جراء غارة جوية نفذتها طائرة حربية روسية على بلدة كنصفرة جنوبي إدلب يوم الأحد.\n";

#[test]
fn incidents_group_two_outlets_and_export_one_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("rasd.db");
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"text": REPORT, "url": "https://one.example/a", "outlet": "One", "published": "2021-07-18"}),
        serde_json::json!({"text": SECOND_OUTLET, "url": "https://two.example/b", "outlet": "Two", "published": "2021-07-18"}),
    );
    let input = dir.path().join("two.jsonl");
    std::fs::write(&input, jsonl).expect("write");
    let out = rasd(&db, &["ingest", "-q", input.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = rasd(
        &db,
        &["incidents", "--type", "air_strike", "--format", "json"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let incidents: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let list = incidents.as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 1, "{incidents:#}");
    let rep = &list[0]["representative"];
    assert_eq!(rep["incident"]["outlets"], 2, "{rep:#}");
    // the highest figures of the two reports: 3 killed, 6 injured
    let figures: Vec<(u64, String)> = rep["quantities"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|q| {
            (
                q["value"].as_u64().unwrap_or(0),
                q["unit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(figures.contains(&(3, "fatality".into())), "{figures:?}");
    assert!(figures.contains(&(6, "injury".into())), "{figures:?}");

    let out = rasd(
        &db,
        &[
            "export",
            "--per",
            "incident",
            "--type",
            "air_strike",
            "--format",
            "jsonl",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 1);
    let out = rasd(
        &db,
        &["export", "--type", "air_strike", "--format", "jsonl"],
    );
    assert_eq!(text(&out.stdout).lines().count(), 2);
}

#[test]
fn a_warc_crawl_goes_in_and_non_articles_are_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let record = |kind: &str, uri: &str, ct: &str, block: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-07-18T09:00:00Z\r\n\
             Content-Type: {ct}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    };
    let html = format!("<html><body><article><p>{REPORT}</p></article></body></html>");
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}");
    let warc = record(
        "response",
        "https://example.org/a",
        "application/http; msgtype=response",
        &http,
    ) + &record(
        "resource",
        "https://example.org/logo.png",
        "image/png",
        "\u{1}PNG",
    );
    let path = dir.path().join("crawl.warc");
    std::fs::write(&path, warc).expect("write");
    let db = dir.path().join("w.db");
    let out = rasd(&db, &["ingest", path.to_str().unwrap_or_default()]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("ingested 1 articles"), "{err}");
    assert!(
        err.contains("1 records without an article skipped"),
        "{err}"
    );
}
