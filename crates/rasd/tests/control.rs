//! `rasd control` end to end on two short reports written for this test: who holds which
//! bank of the Euphrates, and a town named in another spelling.

use std::path::Path;
use std::process::{Command, Output};

fn rasd(db: &Path, args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run rasd: {e}"),
    }
}

const BANKS: &str = "خريطة السيطرة في دير الزور - نشرة المثال\n\nنشرة المثال - (خاص)\n\n\
وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور، بينما تسيطر قوات النظام على \
الضفة الجنوبية للفرات.\n";
const TOWN: &str = "ميليشيات في البوكمال - نشرة المثال\n\nنشرة المثال - (خاص)\n\n\
استهدفت غارات مجهولة مواقع لميليشيات إيرانية تسيطر على مدينة البوكمال.\n";

#[test]
fn control_as_of_a_date_by_place_in_any_spelling() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rows: Vec<String> = [(BANKS, "2024-03-14"), (TOWN, "2024-03-20")]
        .iter()
        .map(|(t, d)| serde_json::json!({"text": t, "published": d}).to_string())
        .collect();
    let input = dir.path().join("reports.jsonl");
    std::fs::write(&input, rows.join("\n")).expect("write");
    let db = dir.path().join("rasd.db");
    let out = rasd(&db, &["ingest", "-q", input.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = rasd(&db, &["control", "--at", "2024-03-31", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let picture: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let holder = |name: &str| {
        picture["localities"]
            .as_array()
            .and_then(|ls| ls.iter().find(|l| l["name"] == name))
            .and_then(|l| l["actor"].as_str().map(str::to_string))
    };
    assert_eq!(holder("Hajin").as_deref(), Some("SDF"));
    assert_eq!(holder("al-Mayadin").as_deref(), Some("SYR_GOV"));
    // The town itself is more specific than the bank it lies on.
    assert_eq!(holder("Abu Kamal").as_deref(), Some("IRN"));

    let out = rasd(
        &db,
        &["control", "--at", "2024-03-31", "--place", "أبو كمال"],
    );
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("Abu Kamal") && table.contains("IRN"),
        "{table}"
    );
    assert!(!table.contains("Hajin"), "{table}");

    // Before the reports, nothing is known.
    let out = rasd(
        &db,
        &["control", "--at", "2024-01-01", "--format", "geojson"],
    );
    let geo: serde_json::Value = serde_json::from_slice(&out.stdout).expect("geojson");
    assert_eq!(geo["features"].as_array().map(Vec::len), Some(0));
}
