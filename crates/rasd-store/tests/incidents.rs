mod common;

use common::*;
use rasd_extract::{Analysis, ArticleInput, Event, EventType, Place};
use rasd_store::{EventFilter, EventLike, Store, same_incident};

/// An event in an article of its own, from an outlet named after the event.
fn alone(e: Event) -> (ArticleInput, Analysis) {
    let id = e.id.clone();
    article(
        &format!("a-{id}"),
        &id,
        &format!("https://{id}.org/1"),
        &id,
        vec![e],
    )
}

/// Ariha, and the countryside around it (an area whose centre lies ~11 km off).
fn ariha_and_countryside() -> (Place, Place) {
    let site = place("Ariha", "أريحا", 35.81, 36.61);
    let mut area = site.clone();
    area.lat += 0.1;
    area.name = "Ariha countryside".into();
    area.geo_precision = 2;
    (site, area)
}

/// A Turkish shelling that `text` tells with the word starting at byte `at`.
fn shelling_told(id: &str, p: Place, d: Option<jiff::civil::Date>, text: &str, at: usize) -> Event {
    let mut e = event(id, EventType::Shelling, Some("TUR"), Some(p), d, text);
    let end = text[at..].find(' ').map_or(text.len(), |n| at + n);
    e.evidence.trigger = rasd_extract::Span::new(at, end);
    e
}

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
fn one_trigger_at_several_places_is_one_incident() {
    let mut s = Store::open_in_memory().unwrap();
    let text = "قصفت القوات التركية قرى عقيبة وقنطرة. وفي سياق آخر قصف مجهولون مارع.";
    let aqiba = place("Aqiba", "عقيبة", 36.44, 36.97);
    // ~25 km west: beyond the reach of one place from the other
    let qantara = place("Qantara", "قنطرة", 36.56, 36.73);
    let marea = place("Marea", "مارع", 36.48, 37.35);
    let other_word = text.find("قصف مجهولون").unwrap();
    s.insert_batch(&[
        // another outlet told of Qantara first
        alone(event(
            "q1",
            EventType::Shelling,
            None,
            Some(qantara.clone()),
            Some(DAY),
            "q1",
        )),
        article(
            "a1",
            text,
            "https://one.org/1",
            "One",
            vec![
                shelling_told("e1", aqiba, Some(DAY), text, 0),
                shelling_told("e2", qantara, Some(DAY), text, 0),
                shelling_told("e3", marea, Some(DAY), text, other_word),
            ],
        ),
    ])
    .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("e2"), "e1");
    // the incident Qantara's report had is the act's now
    assert_eq!(inc("q1"), "e1");
    // another word of the same article, ~34 km from Aqiba: an incident of its own
    assert_ne!(inc("e3"), "e1");
    assert_eq!(s.counts().unwrap().incidents, 2);
}

#[test]
fn a_trigger_whose_incident_was_merged_away_follows_it() {
    let mut s = Store::open_in_memory().unwrap();
    let x = || place("Aqiba", "عقيبة", 36.44, 36.97);
    let far = place("Marea", "مارع", 36.48, 37.35);
    let text = "قصفت القوات التركية عقيبة ومارع. وقصفت عقيبة اليوم.";
    let second = text.find("وقصفت").unwrap();
    let shelling = |id: &str, d| {
        alone(event(
            id,
            EventType::Shelling,
            Some("TUR"),
            Some(x()),
            Some(d),
            id,
        ))
    };
    s.insert_batch(&[
        // two incidents at Aqiba: an undated report of it fits neither alone
        shelling("d0", DAY),
        shelling("d1", LATER),
        article(
            "a1",
            text,
            "https://one.org/1",
            "One",
            vec![
                shelling_told("e1", x(), None, text, 0),
                // dated: joins d0, and takes e1's incident, which waited at the site, with it
                shelling_told("e2", x(), Some(DAY), text, second),
                shelling_told("e3", far, None, text, 0),
            ],
        ),
    ])
    .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("e1"), "d0");
    assert_eq!(inc("e3"), "d0");
    for e in &all {
        assert!(
            s.incident(&e.incident_id).unwrap().is_some(),
            "{}",
            e.event.id
        );
    }
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
    let one = |id: &str, p, d| alone(event(id, EventType::Shelling, Some("TUR"), Some(p), d, id));
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

/// Pages without a publication date still name the weekday ("اليوم الخميس"): an undated
/// report joins the incident of its day of the week, and the town named again beats an
/// area around it.
#[test]
fn an_undated_report_joins_the_incident_its_weekday_and_site_point_to() {
    use jiff::civil::Weekday;
    let mut s = Store::open_in_memory().unwrap();
    let (town, area) = ariha_and_countryside();
    let site = || town.clone();
    let one = |id: &str, p, d, wd| {
        let mut e = event(id, EventType::Shelling, Some("SYR_GOV"), Some(p), d, id);
        e.weekday = wd;
        let mut a = alone(e);
        a.0.published = None;
        a
    };
    // DAY is a Sunday.
    s.insert_batch(&[
        one("sunday", site(), Some(DAY), None),
        one("tuesday", site(), None, Some(Weekday::Tuesday)),
        one("around", area, None, None),
    ])
    .unwrap();
    s.insert_batch(&[
        one("again-sunday", site(), None, Some(Weekday::Sunday)),
        one("again-tuesday", site(), None, Some(Weekday::Tuesday)),
        one("no-weekday", site(), None, None),
    ])
    .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("tuesday"), "tuesday");
    // Only in the area: the Sunday and the Tuesday incidents both lie in it.
    assert_eq!(inc("around"), "around");
    assert_eq!(inc("again-sunday"), "sunday");
    assert_eq!(inc("again-tuesday"), "tuesday");
    // Both days were reported at the very site: which one is unknown.
    assert_eq!(inc("no-weekday"), "no-weekday");
    // The weekday is kept, for undated events only.
    let wd = |id: &str| all.iter().find(|e| e.event.id == id).unwrap().event.weekday;
    assert_eq!(wd("again-sunday"), Some(Weekday::Sunday));
    assert_eq!(wd("sunday"), None);
}

/// An undated report at a town joins the one incident reported at that town, not one that
/// reaches it only through an area around it.
#[test]
fn the_town_named_again_beats_an_area_around_it() {
    let mut s = Store::open_in_memory().unwrap();
    let (town, area) = ariha_and_countryside();
    let one = |id: &str, p, d| alone(event(id, EventType::Shelling, None, Some(p), d, id));
    s.insert_batch(&[
        one("town", town.clone(), Some(DAY)),
        one("around", area, Some(LATER)),
    ])
    .unwrap();
    s.insert_batch(&[one("town-again", town, None)]).unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    assert_eq!(incident_of(&all, "around"), "around");
    assert_eq!(incident_of(&all, "town-again"), "town");
}

/// Undated reports of a Tuesday's shelling wait at its town, one naming the weekday, one
/// not; a background date told there (a Sunday) is not their day and starts its own
/// incident, and the Tuesday's dated report then joins them.
#[test]
fn a_dated_report_joins_undated_ones_only_on_the_weekday_they_name() {
    use jiff::civil::{Weekday, date};
    let mut s = Store::open_in_memory().unwrap();
    let (town, _) = ariha_and_countryside();
    let one = |id: &str, d, wd| {
        let mut e = event(
            id,
            EventType::Shelling,
            Some("SYR_GOV"),
            Some(town.clone()),
            d,
            id,
        );
        e.weekday = wd;
        alone(e)
    };
    s.insert_batch(&[one("tuesday", None, Some(Weekday::Tuesday))])
        .unwrap();
    // Another report at the town naming no weekday: the one incident there.
    s.insert_batch(&[one("no-weekday", None, None)]).unwrap();
    // 10 March 2024 was a Sunday, 12 March a Tuesday.
    s.insert_batch(&[one("background", Some(date(2024, 3, 10)), None)])
        .unwrap();
    s.insert_batch(&[one("dated", Some(date(2024, 3, 12)), None)])
        .unwrap();
    let all = s.events(&EventFilter::default()).unwrap();
    let inc = |id: &str| incident_of(&all, id);
    assert_eq!(inc("no-weekday"), "tuesday");
    assert_eq!(inc("background"), "background");
    assert_eq!(inc("dated"), "tuesday");
}
