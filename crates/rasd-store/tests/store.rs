mod common;

use common::*;
use jiff::civil::date;
use rasd_extract::{EventType, Span};
use rasd_store::{Error, EventFilter, Near, Store};

#[test]
fn reinsert_is_a_noop_but_records_new_url() {
    let mut s = Store::open_in_memory().unwrap();
    let items = sample();
    let first = s.insert_batch(&items).unwrap();
    assert_eq!(
        (
            first.new_articles,
            first.duplicate_articles,
            first.events_stored
        ),
        (2, 0, 2)
    );
    let before = s.events(&EventFilter::default()).unwrap();

    let again = s.insert_batch(&items).unwrap();
    assert_eq!(
        (
            again.new_articles,
            again.duplicate_articles,
            again.events_stored
        ),
        (0, 2, 0)
    );
    assert_eq!(again.new_urls, 0);
    assert_eq!(s.events(&EventFilter::default()).unwrap(), before);

    // The same text at another URL: one article, two URLs, no new events.
    let mut moved = items[0].clone();
    moved.0.url = Some("https://mirror.example.com/copy".into());
    moved.0.outlet = Some("Mirror".into());
    let third = s.insert_batch(&[moved]).unwrap();
    assert_eq!(
        (
            third.duplicate_articles,
            third.new_urls,
            third.events_stored
        ),
        (1, 1, 0)
    );
    assert_eq!(
        s.article_urls("a1").unwrap(),
        ["https://example.org/a1", "https://mirror.example.com/copy"]
    );
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.urls, c.events), (2, 3, 2));
    // The new outlet counts for the incident.
    let e1 = s
        .events(&EventFilter {
            article_id: Some("a1".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(e1[0].incident.outlets, 2);
    assert_eq!(e1[0].urls.len(), 2);
}

#[test]
fn failing_item_rolls_back_the_whole_batch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rasd.db");
    let mut s = Store::open(&path).unwrap();
    let items = sample();
    s.insert_batch(&items[..1]).unwrap();

    let text = "نص قصير";
    let mut bad = event("bad", EventType::Shelling, None, None, None, text);
    bad.evidence.sentence = Span::new(0, 9999);
    let batch = vec![
        items[1].clone(),
        article("a3", text, "https://x.org/3", "X", vec![bad]),
    ];
    let err = s.insert_batch(&batch).unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err}");
    assert!(err.to_string().contains("a3"), "{err}");

    drop(s);
    let s = Store::open(&path).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.events, c.incidents), (1, 1, 1));
    assert!(!s.has_article("a2").unwrap());
    assert_eq!(s.events(&EventFilter::default()).unwrap()[0].event.id, "e1");
}

#[test]
fn filters() {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_batch(&sample()).unwrap();
    let ids = |f: EventFilter| -> Vec<String> {
        s.events(&f)
            .unwrap()
            .into_iter()
            .map(|e| e.event.id)
            .collect()
    };
    // newest first
    assert_eq!(ids(EventFilter::default()), ["e1", "e2"]);
    assert_eq!(
        ids(EventFilter {
            event_type: Some(EventType::Deployment),
            ..Default::default()
        }),
        ["e2"]
    );
    // actor1 and associated actors, case-insensitive
    assert_eq!(
        ids(EventFilter {
            actor: Some("coalition".into()),
            ..Default::default()
        }),
        ["e1"]
    );
    assert_eq!(
        ids(EventFilter {
            actor: Some("SDF".into()),
            ..Default::default()
        }),
        ["e2"]
    );
    assert_eq!(
        ids(EventFilter {
            since: Some(date(2024, 3, 1)),
            ..Default::default()
        }),
        ["e1"]
    );
    assert_eq!(
        ids(EventFilter {
            until: Some(date(2024, 2, 1)),
            ..Default::default()
        }),
        ["e2"]
    );
    assert!(
        ids(EventFilter {
            since: Some(date(2024, 2, 2)),
            until: Some(date(2024, 3, 9)),
            ..Default::default()
        })
        .is_empty()
    );
    // Rmelan is ~110 km from Hasakah city
    let near: Near = "36.5,40.75,20".parse().unwrap();
    assert_eq!(
        ids(EventFilter {
            near: Some(near),
            ..Default::default()
        }),
        ["e1"]
    );
    let wide: Near = "36.5, 40.75, 150".parse().unwrap();
    assert_eq!(
        ids(EventFilter {
            near: Some(wide),
            ..Default::default()
        }),
        ["e1", "e2"]
    );
    assert_eq!(
        ids(EventFilter {
            limit: Some(1),
            ..Default::default()
        }),
        ["e1"]
    );
    // Arabic search is normalised: stored "الحَسَكة" (harakat), queried "الحسكة"
    assert_eq!(
        ids(EventFilter {
            q: Some("الحسكة".into()),
            ..Default::default()
        }),
        ["e1"]
    );
    // and proclitics, either side
    assert_eq!(
        ids(EventFilter {
            q: Some("حسكة".into()),
            ..Default::default()
        }),
        ["e1"]
    );
    assert_eq!(
        ids(EventFilter {
            q: Some("بالحسكة".into()),
            ..Default::default()
        }),
        ["e1"]
    );
    assert_eq!(
        ids(EventFilter {
            q: Some("قافلة أمريكية".into()),
            ..Default::default()
        }),
        ["e2"]
    );
    // English note and place name
    assert_eq!(
        ids(EventFilter {
            q: Some("RMELAN".into()),
            ..Default::default()
        }),
        ["e2"]
    );
    assert!(
        ids(EventFilter {
            q: Some("Damascus".into()),
            ..Default::default()
        })
        .is_empty()
    );
    // FTS syntax in user input is inert
    assert!(
        s.events(&EventFilter {
            q: Some("\"NEAR(".into()),
            ..Default::default()
        })
        .is_ok()
    );
}

#[test]
fn bad_filters_are_clear_errors() {
    assert!(
        "36.5,40.75"
            .parse::<Near>()
            .unwrap_err()
            .to_string()
            .contains("LAT,LON,KM")
    );
    assert!("a,b,c".parse::<Near>().is_err());
    assert!("95,40,10".parse::<Near>().is_err());
    assert!("36,40,-1".parse::<Near>().is_err());
    let s = Store::open_in_memory().unwrap();
    let f = EventFilter {
        since: Some(date(2024, 3, 2)),
        until: Some(date(2024, 3, 1)),
        ..Default::default()
    };
    assert!(matches!(s.events(&f), Err(Error::Filter(_))));
    let f = EventFilter {
        q: Some(" ؟ ".into()),
        ..Default::default()
    };
    assert!(matches!(s.events(&f), Err(Error::Filter(_))));
}

#[test]
fn schema_version_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rasd.db");
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 8);
    s.insert_batch(&sample()).unwrap();
    drop(s);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.counts().unwrap().events, 2);
    let e = s.events(&EventFilter::default()).unwrap();
    assert_eq!(e[0].sentence, "قصفت طائرات التحالف موقعاً في الحَسَكة");
    assert_eq!(e[1].event.quantities[0].value, 40);
}

#[test]
fn a_page_date_stands_in_for_a_missing_publication_date() {
    let mut items = sample();
    items[0].0.published = None;
    items[0].1.page_date = Some(LATER);
    // A given publication date wins over what the page printed.
    items[1].1.page_date = Some(LATER);
    let mut s = Store::open_in_memory().unwrap();
    s.insert_batch(&items).unwrap();
    let first = s.article(&items[0].1.article_id).unwrap().unwrap();
    assert_eq!(first.published, Some(LATER));
    let second = s.article(&items[1].1.article_id).unwrap().unwrap();
    assert_eq!(second.published, Some(DAY));
}

#[test]
fn a_store_from_before_weekdays_is_upgraded_with_its_events_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.insert_batch(&sample()).unwrap();
        drop(s);
        // Back to version 7: no weekday column, indexes without it.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP INDEX events_by_day_place; DROP INDEX events_by_lat;
             CREATE INDEX events_by_day_place ON events(date, lat, lon, type, actor1,
                 geo_precision, incident_id, place_name) WHERE lat IS NOT NULL;
             CREATE INDEX events_by_lat ON events(lat, lon, type, actor1, geo_precision, date,
                 incident_id, place_name) WHERE lat IS NOT NULL;
             ALTER TABLE events DROP COLUMN weekday;
             PRAGMA user_version = 7;",
        )
        .unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 8);
    let before = s.events(&EventFilter::default()).unwrap();
    assert_eq!(before.len(), 2);
    assert!(before.iter().all(|e| e.event.weekday.is_none()));
    // New undated reports keep their weekday.
    let mut more = sample();
    for (i, (input, analysis)) in more.iter_mut().enumerate() {
        input.url = Some(format!("https://new.example/{i}"));
        analysis.article_id = format!("new-{i}");
        for e in &mut analysis.events {
            e.id = format!("new-{}", e.id);
            e.date = None;
            e.time_precision = None;
            e.weekday = Some(jiff::civil::Weekday::Thursday);
        }
    }
    s.insert_batch(&more).unwrap();
    let after = s.events(&EventFilter::default()).unwrap();
    assert_eq!(after.len(), 4);
    let thursdays = after.iter().filter(|e| e.event.weekday.is_some()).count();
    assert_eq!(thursdays, 2);
}
