//! Query support for the server: modality, bbox, governorate, cursors, stats, event by id,
//! incidents and their sources.
mod common;

use common::*;
use jiff::civil::date;
use rasd_extract::{EventType, Modality};
use rasd_store::{BBox, Cursor, EventFilter, IncidentFilter, Store};

/// Twelve strikes over four days (three per day) plus one undated event.
fn many() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let mut items = Vec::new();
    for i in 0..12u32 {
        let text = format!("قصف رقم {i} في القرية");
        let d = date(2024, 3, 1 + (i / 3) as i8);
        let mut e = event(
            &format!("e{i:02}"),
            EventType::Shelling,
            Some("TUR"),
            // Far apart, so every event is its own incident.
            Some(place("P", "ب", 33.0 + i as f64, 36.0 + i as f64 * 0.5)),
            Some(d),
            &text,
        );
        if i % 4 == 0 {
            e.modality = Modality::Claimed;
        }
        items.push(article(
            &format!("a{i:02}"),
            &text,
            "https://x.org/1",
            "X",
            vec![e],
        ));
    }
    let undated = "حدث بلا تاريخ";
    items.push(article(
        "a99",
        undated,
        "https://x.org/2",
        "X",
        vec![event("e99", EventType::Arrest, None, None, None, undated)],
    ));
    s.insert_batch(&items).unwrap();
    s
}

#[test]
fn cursor_pages_cover_everything_once_in_order() {
    let s = many();
    let all: Vec<String> = s
        .events(&EventFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.event.id)
        .collect();
    assert_eq!(all.len(), 13);
    assert_eq!(all.last().map(String::as_str), Some("e99"), "undated last");
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = s
            .events(&EventFilter {
                limit: Some(5),
                after: after.clone(),
                ..Default::default()
            })
            .unwrap();
        if page.is_empty() {
            break;
        }
        after = page.last().map(Cursor::of);
        paged.extend(page.into_iter().map(|e| e.event.id));
    }
    assert_eq!(paged, all);
    // The cursor survives its text form.
    let c: Cursor = "2024-03-02~e04".parse().unwrap();
    assert_eq!(c.to_string(), "2024-03-02~e04");
    let u: Cursor = "-~e99".parse().unwrap();
    assert_eq!(u.date, None);
    assert!("nonsense".parse::<Cursor>().is_err());
    assert!("2024-13-01~x".parse::<Cursor>().is_err());
    assert!("2024-01-01~a'b".parse::<Cursor>().is_err());
}

#[test]
fn modality_bbox_and_governorate_narrow() {
    let s = many();
    let claimed = s
        .events(&EventFilter {
            modality: Some(Modality::Claimed),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(claimed.len(), 3);
    let b: BBox = "35.9,32.5,37.1,35.5".parse().unwrap();
    let boxed = s
        .events(&EventFilter {
            bbox: Some(b),
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<&str> = boxed.iter().map(|e| e.event.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!("1,2,3".parse::<BBox>().is_err());
    assert!("10,0,5,1".parse::<BBox>().is_err(), "west > east");
    let gov = s
        .events(&EventFilter {
            admin1: Some("al-hasakah".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(gov.len(), 12);
}

#[test]
fn stats_count_days_types_actors() {
    let s = many();
    let st = s.stats(&EventFilter::default()).unwrap();
    assert_eq!((st.total, st.undated), (13, 1));
    assert_eq!(st.by_day.len(), 4);
    assert_eq!(st.by_day[0].date, date(2024, 3, 1));
    assert_eq!(st.by_day[0].by_type.get("shelling"), Some(&3));
    assert_eq!(st.by_type[0].key, "shelling");
    assert_eq!(st.by_type[0].n, 12);
    assert_eq!(st.by_actor[0].key, "TUR");
    assert_eq!(st.by_admin1[0].n, 12);
    let only = s
        .stats(&EventFilter {
            event_type: Some(EventType::Arrest),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((only.total, only.by_day.len()), (1, 0));
}

#[test]
fn event_by_id_incidents_and_sources() {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_batch(&sample()).unwrap();
    let e = s.event("e2").unwrap().unwrap();
    assert_eq!(e.event.quantities[0].value, 40);
    // A limited page carries the same URLs as the unlimited query.
    let paged = s
        .events(&EventFilter {
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(paged, s.events(&EventFilter::default()).unwrap());
    assert_eq!(paged[1].urls, ["https://example.net/a2"]);
    assert!(s.event("nope").unwrap().is_none());
    let incs = s.incident_list(&IncidentFilter::default()).unwrap();
    assert_eq!(incs.len(), 2);
    assert_eq!(incs[0].id, "e1", "newest first");
    let src = s.incident_sources(&e.incident_id).unwrap();
    assert_eq!(src.len(), 1);
    assert_eq!(src[0].urls, ["https://example.net/a2"]);
    let a = s.article("a1").unwrap().unwrap();
    assert_eq!(a.outlet.as_deref(), Some("Outlet One"));
    let page = s
        .incident_list(&IncidentFilter {
            limit: Some(1),
            after: Some(Cursor {
                date: incs[0].earliest_date,
                id: incs[0].id.clone(),
            }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page[0].id, incs[1].id);
}

#[test]
fn query_only_refuses_writes() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_query_only(true).unwrap();
    assert!(s.insert_batch(&sample()).is_err());
    s.set_query_only(false).unwrap();
    assert!(s.insert_batch(&sample()).is_ok());
}

#[test]
fn near_pages_match_the_unlimited_query() {
    let s = many();
    let near = rasd_store::Near {
        lat: 36.0,
        lon: 37.5,
        km: 400.0,
    };
    let all = s
        .events(&EventFilter {
            near: Some(near),
            ..Default::default()
        })
        .unwrap();
    assert!(all.len() >= 3, "{}", all.len());
    let two = s
        .events(&EventFilter {
            near: Some(near),
            limit: Some(2),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(two, all[..2].to_vec());
    // A large box (planner hint) selects the same as a small query would.
    let wide = s
        .events(&EventFilter {
            bbox: Some("30,30,50,50".parse().unwrap()),
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<&str> = wide.iter().map(|e| e.event.id.as_str()).collect();
    assert_eq!(ids, ["e09", "e10", "e11", "e06", "e07"]);
}

#[test]
fn data_version_moves_when_another_handle_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut writer = Store::open(&path).unwrap();
    let reader = Store::open(&path).unwrap();
    let v0 = reader.data_version().unwrap();
    assert_eq!(reader.data_version().unwrap(), v0);
    writer.insert_batch(&sample()).unwrap();
    assert_ne!(reader.data_version().unwrap(), v0);
}
