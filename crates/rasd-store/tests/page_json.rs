//! `Store::events_json` writes pages straight from SQLite rows; they must be the very bytes
//! serde_json writes for the `StoredEvent`s of `Store::events`, with the same next cursor.

mod common;

use common::*;
use jiff::civil::date;
use rasd_extract::{EventType, Modality, Qualifier, Quantity, Span, Unit};
use rasd_store::{Cursor, EventFilter, Near, Store};

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_batch(&sample()).unwrap();
    // Two more URLs for a1, the later one first by name: pages list them as recorded.
    for url in [
        "https://mirror.example.com/copy?a=\"1\"",
        "https://0.example/x",
    ] {
        let mut moved = sample()[0].clone();
        moved.0.url = Some(url.into());
        s.insert_batch(&[moved]).unwrap();
    }
    // Hostile text, unplaced, undated and same-day events, several per article.
    let text = "نص \"مقتبس\" \\ back\tslash </script> \u{1}\u{7f} 😀 في الرقة";
    let mut evs = Vec::new();
    for i in 0..12 {
        let d = match i % 4 {
            0 => None,
            1 => Some(DAY),
            2 => Some(LATER),
            _ => Some(date(2023, 12, 31)),
        };
        let p = (i % 3 != 0).then(|| {
            let mut p = place("Ar-Raqqah \"x\"", "الرقة", 35.95 + i as f64 / 100.0, 39.01);
            p.admin2 = (i % 2 == 0).then(|| "Raqqa \\ 2".to_string());
            p.name_ar = (i % 5 != 0).then(|| "الرقة".to_string());
            p.geo_precision = 2;
            p
        });
        let t = [
            EventType::AirStrike,
            EventType::Shelling,
            EventType::Protest,
        ][i % 3];
        let mut e = event(&format!("h{i:02}"), t, Some("SDF"), p, d, text);
        e.target = (i % 2 == 1).then(|| "CIVILIANS".to_string());
        // Undated reports that name their weekday, and one that does not.
        e.weekday = (d.is_none() && i != 4).then_some(jiff::civil::Weekday::Saturday);
        e.assoc_actors = if i % 2 == 0 {
            vec!["US".into(), "\"Q\"".into()]
        } else {
            vec![]
        };
        e.modality = if i % 3 == 0 {
            Modality::Claimed
        } else {
            Modality::Reported
        };
        e.note = format!("note \"{i}\"\n{text}");
        e.evidence.trigger = Span::new(0, 4);
        e.evidence.actor = (i % 2 == 0).then(|| Span::new(1, 2));
        e.quantities = vec![Quantity {
            value: i as u64,
            qualifier: (i % 2 == 0).then_some(Qualifier::MoreThan),
            unit: Unit::Fatality,
            kind: None,
            target: Some("CIVILIANS".into()),
            span: Span::new(2, 3),
        }];
        evs.push(e);
    }
    let mut a = article(
        "h",
        text,
        "https://h.example/\u{202e}x",
        "Hostile \"Outlet\"",
        evs,
    );
    a.0.title = None;
    a.1.title = None;
    a.0.published = None;
    s.insert_batch(&[a]).unwrap();
    // An article seen at no URL.
    let t = "بيان بلا رابط";
    let mut n = article(
        "n",
        t,
        "",
        "Nowhere",
        vec![event("n1", EventType::Statement, None, None, Some(DAY), t)],
    );
    n.0.url = None;
    s.insert_batch(&[n]).unwrap();
    s
}

fn check(s: &Store, f: &EventFilter, limit: usize) {
    let mut all = s
        .events(&EventFilter {
            limit: Some(limit + 1),
            ..f.clone()
        })
        .unwrap();
    let want_next = (all.len() > limit).then(|| Cursor::of(&all[limit - 1]));
    all.truncate(limit);
    let mut got = Vec::new();
    let next = s.events_json(f, limit, &mut got).unwrap();
    assert_eq!(
        String::from_utf8(got).unwrap(),
        serde_json::to_string(&all).unwrap(),
        "{f:?} limit {limit}"
    );
    assert_eq!(next, want_next, "{f:?} limit {limit}");
}

#[test]
fn pages_are_the_bytes_of_the_stored_events() {
    let s = store();
    let by_article = |id: &str| EventFilter {
        article_id: Some(id.into()),
        ..Default::default()
    };
    let a1 = s.events(&by_article("a1")).unwrap();
    assert_eq!(
        a1[0].urls,
        [
            "https://example.org/a1",
            "https://mirror.example.com/copy?a=\"1\"",
            "https://0.example/x"
        ]
    );
    assert!(s.events(&by_article("n")).unwrap()[0].urls.is_empty());
    let filters = [
        EventFilter::default(),
        EventFilter {
            event_type: Some(EventType::AirStrike),
            ..Default::default()
        },
        EventFilter {
            near: Some(Near {
                lat: 36.0,
                lon: 39.0,
                km: 8.0,
            }),
            ..Default::default()
        },
        EventFilter {
            admin1: Some("al-hasakah".into()),
            ..Default::default()
        },
        EventFilter {
            event_type: Some(EventType::Protest),
            modality: Some(Modality::Reported),
            ..Default::default()
        },
        EventFilter {
            event_type: Some(EventType::Shelling),
            after: Some("2024-03-10~h05".parse().unwrap()),
            ..Default::default()
        },
        EventFilter {
            after: Some("-~h00".parse().unwrap()),
            ..Default::default()
        },
    ];
    for f in &filters {
        for limit in [1, 2, 3, 5, 13, 100] {
            check(&s, f, limit);
        }
    }
    // Walking every page by cursor gives every event once, in order.
    let whole = s.events(&EventFilter::default()).unwrap();
    let mut f = EventFilter::default();
    let mut seen = Vec::new();
    loop {
        let mut buf = Vec::new();
        let next = s.events_json(&f, 4, &mut buf).unwrap();
        let page: Vec<serde_json::Value> = serde_json::from_slice(&buf).unwrap();
        seen.extend(page.iter().map(|e| e["id"].as_str().unwrap().to_string()));
        match next {
            Some(c) => f.after = Some(c),
            None => break,
        }
    }
    let ids: Vec<String> = whole.iter().map(|e| e.event.id.clone()).collect();
    assert_eq!(seen, ids);
    assert_eq!(ids.len(), 15);
}
