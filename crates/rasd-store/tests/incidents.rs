mod common;

use common::*;
use rasd_extract::EventType;
use rasd_store::{EventFilter, EventLike, Store, same_incident};

fn incident_of(all: &[rasd_store::StoredEvent], id: &str) -> String {
    all.iter()
        .find(|e| e.event.id == id)
        .map(|e| e.incident_id.clone())
        .unwrap_or_default()
}

#[test]
fn incidents_group_nearby_same_day_reports() {
    let mut s = Store::open_in_memory().unwrap();
    let t = "قصف";
    let here = place("Al-Hasakah", "الحسكة", 36.5, 40.75);
    // ~5 km east, reported by another outlet, typed as shelling by an unknown actor
    let near = place("Tal Baydar", "تل بيدر", 36.5, 40.806);
    // ~50 km away
    let far = place("Tal Tamr", "تل تمر", 36.95, 40.75);
    s.insert_batch(&[
        article(
            "a1",
            t,
            "https://one.org/1",
            "One",
            vec![event(
                "e1",
                EventType::AirStrike,
                Some("US"),
                Some(here),
                Some(DAY),
                t,
            )],
        ),
        article(
            "a2",
            "قصف!",
            "https://two.org/2",
            "Two",
            vec![event(
                "e2",
                EventType::Shelling,
                None,
                Some(near),
                Some(DAY),
                "قصف!",
            )],
        ),
        article(
            "a3",
            "قصف؟",
            "https://three.org/3",
            "Three",
            vec![event(
                "e3",
                EventType::AirStrike,
                Some("COALITION"),
                Some(far),
                Some(DAY),
                "قصف؟",
            )],
        ),
    ])
    .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("e1"), "e1");
    assert_eq!(inc("e2"), "e1");
    assert_eq!(inc("e3"), "e3");
    let stats = s.incident("e1").unwrap().unwrap();
    assert_eq!((stats.events, stats.articles, stats.outlets), (2, 2, 2));
    assert_eq!(stats.earliest_date, Some(DAY));
    assert_eq!(s.counts().unwrap().incidents, 2);
}

#[test]
fn undated_events_group_only_at_the_same_place() {
    let mut s = Store::open_in_memory().unwrap();
    let base = || place("Rmelan", "رميلان", 36.9167, 41.9667);
    let mut other = base();
    other.lat += 0.05; // ~5.5 km: near, but not the same place
    other.name = "Elsewhere".into();
    let d = EventType::Deployment;
    s.insert_batch(&[
        article(
            "a1",
            "١",
            "https://one.org/1",
            "One",
            vec![event("e1", d, Some("US"), Some(base()), None, "١")],
        ),
        article(
            "a2",
            "٢",
            "https://two.org/2",
            "Two",
            vec![event(
                "e2",
                EventType::BaseEstablished,
                Some("COALITION"),
                Some(base()),
                None,
                "٢",
            )],
        ),
        article(
            "a3",
            "٣",
            "https://three.org/3",
            "Three",
            vec![event("e3", d, Some("US"), Some(other), None, "٣")],
        ),
        article(
            "a4",
            "٤",
            "https://four.org/4",
            "Four",
            vec![event("e4", d, Some("US"), Some(base()), Some(DAY), "٤")],
        ),
        article(
            "a5",
            "٥",
            "https://five.org/5",
            "Five",
            vec![event("e5", d, Some("US"), Some(base()), Some(LATER), "٥")],
        ),
        article(
            "a6",
            "٦",
            "https://six.org/6",
            "Six",
            vec![event("e6", d, Some("US"), Some(base()), None, "٦")],
        ),
    ])
    .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("e2"), "e1");
    assert_eq!(inc("e3"), "e3");
    // a dated report at the place of undated ones: the only incident there, so it joins
    assert_eq!(inc("e4"), "e1");
    // ten days later: that incident is already another day's
    assert_eq!(inc("e5"), "e5");
    // undated, with two incidents at the place: which one is unknown, so its own
    assert_eq!(inc("e6"), "e6");
    // undated events come last
    assert_eq!(all[0].event.id, "e5");
}

#[test]
fn a_dated_report_at_a_site_gathers_the_undated_reports_waiting_there() {
    let mut s = Store::open_in_memory().unwrap();
    let site = || place("Rmelan", "رميلان", 36.9167, 41.9667);
    let mut neighbour = site();
    neighbour.lat += 0.05; // ~5.5 km: another village
    neighbour.name = "Elsewhere".into();
    let mut area = site();
    area.lat += 0.02;
    area.name = "Rmelan countryside".into();
    area.geo_precision = 2;
    let t = EventType::Shelling;
    let one = |id: &str, p, d| {
        article(
            &format!("a-{id}"),
            id,
            &format!("https://{id}.org/1"),
            id,
            vec![event(id, t, Some("TUR"), Some(p), d, id)],
        )
    };
    let first = s
        .insert_batch(&[
            one("u1", site(), None),
            one("u2", neighbour, None),
            // Dated, but only in the area: two undated incidents lie in it, so its own.
            one("d3", area, Some(DAY)),
        ])
        .unwrap();
    assert_eq!(first.merged_incidents, 0);
    // Dated at the site: it joins the area's incident, and the undated report at the very
    // site comes with it; the one at the neighbouring village stays apart.
    let second = s.insert_batch(&[one("d4", site(), Some(DAY))]).unwrap();
    assert_eq!(second.merged_incidents, 1);
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("d4"), "d3");
    assert_eq!(inc("u1"), "d3");
    assert_eq!(inc("u2"), "u2");
    assert_eq!(s.counts().unwrap().incidents, 2);
}

#[test]
fn pure_rule_matches_the_store() {
    let t = "قصف";
    let a = event(
        "x",
        EventType::AirStrike,
        Some("US"),
        Some(place("A", "ا", 36.5, 40.75)),
        Some(DAY),
        t,
    );
    let mut b = a.clone();
    b.location = Some(place("B", "ب", 36.5, 40.806));
    assert!(same_incident(&EventLike::from(&a), &EventLike::from(&b)));
    b.location = Some(place("C", "ج", 36.95, 40.75));
    assert!(!same_incident(&EventLike::from(&a), &EventLike::from(&b)));
}
