//! The bundled data, overlays, geocode answers.

mod common;
use common::*;
use rasd_geo::{Gazetteer, Kind};

const SYRIA: [&str; 14] = [
    "Aleppo",
    "Al-Hasakah",
    "Ar-Raqqa",
    "As-Suwayda",
    "Damascus",
    "Daraa",
    "Deir ez-Zor",
    "Hama",
    "Homs",
    "Idlib",
    "Latakia",
    "Quneitra",
    "Rif Dimashq",
    "Tartus",
];

#[test]
fn bundled_data_loads_with_every_governorate() {
    let g = gaz();
    assert!(g.len() > 1500, "{}", g.len());
    for a in SYRIA {
        let gov = g.places().iter().find(|p| {
            p.kind == Kind::Governorate && p.admin1.as_deref() == Some(a) && p.country == "SY"
        });
        assert!(gov.is_some_and(|p| !p.name_ar.is_empty()), "{a}");
        assert_eq!(g.canonical_admin1(a), Some(a));
    }
    let iraq = g
        .places()
        .iter()
        .filter(|p| p.kind == Kind::Governorate && p.country == "IQ")
        .count();
    assert_eq!(iraq, 19);
    assert_eq!(g.canonical_admin1("Deir Ezzor"), Some("Deir ez-Zor"));
    assert_eq!(g.canonical_admin1("دير الزور"), Some("Deir ez-Zor"));
    assert_eq!(g.canonical_admin1("al-hasakah"), Some("Al-Hasakah"));
    assert!(g.admin1_centre("Idlib").is_some());
    assert_eq!(g.admin1_of(36.06, 40.73), Some("Al-Hasakah"));
}

#[test]
fn every_curated_row_cites_a_source() {
    for line in rasd_geo::CURATED_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t"))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 14 && !cols[13].trim().is_empty(), "{line}");
    }
}

#[test]
fn every_village_row_cites_its_source_and_lies_in_syria() {
    let rows: Vec<Vec<&str>> = rasd_geo::VILLAGES_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t") && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.len() > 150, "{}", rows.len());
    for cols in rows {
        assert_eq!(cols.len(), 14, "{cols:?}");
        // An article, a GeoNames record, or a point derived from a stated distance, which
        // is then only as precise as a part of a region.
        let source = cols[13];
        assert!(
            ["Wikipedia: ", "GeoNames ", "approx.: "]
                .iter()
                .any(|s| source.starts_with(s)),
            "{cols:?}"
        );
        if source.starts_with("approx.") {
            assert_eq!(cols[11], "2", "{cols:?}");
        }
        assert!(SYRIA.contains(&cols[9]), "{cols:?}");
        let (lat, lon) = (cols[6].parse::<f64>(), cols[7].parse::<f64>());
        assert!(
            lat.is_ok_and(|v| (32.0..37.5).contains(&v))
                && lon.is_ok_and(|v| (35.5..42.5).contains(&v)),
            "{cols:?}"
        );
        // It is in the bundled gazetteer under its id.
        let p = gaz().place(cols[0]);
        assert!(p.is_some_and(|p| p.name_ar == cols[2]), "{cols:?}");
    }
}

#[test]
fn overlays_add_and_amend_places() {
    let mut g = Gazetteer::bundled();
    let row = "x.1\tKafr Test\tكفر تجربة\tكفرتجربة\t\tvillage\t35.6\t36.5\tSY\tIdlib\t\t1\t\ttest";
    assert_eq!(g.add_overlay(&format!("# mine\n{row}\n")), Ok(1));
    let n = rasd_text::normalize("قصف على كفرتجربة");
    let ms = g.find_places(&n.text, &rasd_text::tokenize(&n.text));
    assert_eq!(ms.first().and_then(|m| m.id.as_deref()), Some("x.1"));
    // an existing id gains a name
    let amend = "gn:172837\tal-Shaddadi\tالشدادي\tشدادي الجنوب\t\ttown\t36.05756\t40.73478\tSY\tAl-Hasakah\t\t1\t\tGeoNames 172837";
    assert_eq!(g.add_overlay(amend), Ok(1));
    assert!(
        g.place("gn:172837")
            .is_some_and(|p| p.names.iter().any(|n| n == "شدادي الجنوب"))
    );
    // errors name the line
    let bad = format!("{row}\n\nx.2\tBad\t\t\t\tvillage\tnorth\t36\tSY\t\t\t1\t\t-\n");
    let e = g.add_overlay(&bad).expect_err("bad lat");
    assert_eq!(e.line, 3);
    assert!(e.to_string().starts_with("line 3: lat"), "{e}");
}

#[test]
fn geocode_answers_serialise() {
    let a = gaz().geocode("حقل العمر", None);
    assert!(a.found);
    assert_eq!(a.id.as_deref(), Some("sy.field.omar"));
    let json = serde_json::to_string(&a).unwrap_or_default();
    assert!(
        json.contains("\"lat\":35.02") && json.contains("runners_up"),
        "{json}"
    );
    let none = gaz().geocode("لا شيء هنا", None);
    assert!(!none.found && none.lat.is_none());
}
