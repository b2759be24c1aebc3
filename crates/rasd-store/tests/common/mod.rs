//! Small hand-built articles and events for the store tests.
#![allow(dead_code)]

use jiff::civil::{Date, date};
use rasd_extract::{
    Analysis, ArticleInput, Event, EventType, Evidence, Modality, Place, Quantity, Span, Unit,
};

pub const DAY: Date = date(2024, 3, 10);
pub const LATER: Date = date(2024, 3, 20);

pub fn place(name: &str, name_ar: &str, lat: f64, lon: f64) -> Place {
    Place {
        name: name.into(),
        name_ar: Some(name_ar.into()),
        lat,
        lon,
        admin1: Some("Al-Hasakah".into()),
        admin2: None,
        country: Some("Syria".into()),
        geo_precision: 1,
        span: Span::default(),
    }
}

/// An event whose evidence sentence is the whole of `text`.
pub fn event(
    id: &str,
    t: EventType,
    actor: Option<&str>,
    p: Option<Place>,
    d: Option<Date>,
    text: &str,
) -> Event {
    Event {
        id: id.into(),
        event_type: t,
        actor1: actor.map(Into::into),
        assoc_actors: vec![],
        target: None,
        location: p,
        date: d,
        time_precision: d.map(|_| 1),
        weekday: None,
        quantities: vec![],
        modality: Modality::Reported,
        note: format!("{t} event {id}"),
        evidence: Evidence {
            sentence: Span::new(0, text.len()),
            trigger: Span::new(0, 0),
            actor: None,
            time: None,
        },
    }
}

pub fn article(
    id: &str,
    text: &str,
    url: &str,
    outlet: &str,
    events: Vec<Event>,
) -> (ArticleInput, Analysis) {
    (
        ArticleInput {
            text: text.into(),
            title: Some(format!("title {id}")),
            url: Some(url.into()),
            outlet: Some(outlet.into()),
            published: Some(DAY),
            lang: Some("ar".into()),
            author: None,
        },
        Analysis {
            article_id: id.into(),
            title: Some(format!("title {id}")),
            body: Span::new(0, text.len()),
            events,
            related: vec![],
            control: vec![],
            page_date: None,
            signature: None,
        },
    )
}

/// Hasakah city, a strike by the coalition, and a convoy of 40 trucks at Rmelan.
pub fn sample() -> Vec<(ArticleInput, Analysis)> {
    let t1 = "قصفت طائرات التحالف موقعاً في الحَسَكة";
    let t2 = "وصلت قافلة أمريكية من 40 شاحنة إلى رميلان";
    let mut convoy = event(
        "e2",
        EventType::Deployment,
        Some("US"),
        Some(place("Rmelan", "رميلان", 36.9167, 41.9667)),
        Some(date(2024, 2, 1)),
        t2,
    );
    convoy.assoc_actors = vec!["SDF".into()];
    convoy.quantities = vec![Quantity {
        value: 40,
        qualifier: None,
        unit: Unit::Truck,
        kind: Some("شاحنه".into()),
        target: None,
        span: Span::default(),
    }];
    vec![
        article(
            "a1",
            t1,
            "https://example.org/a1",
            "Outlet One",
            vec![event(
                "e1",
                EventType::AirStrike,
                Some("COALITION"),
                Some(place("Al-Hasakah", "الحسكة", 36.5, 40.75)),
                Some(DAY),
                t1,
            )],
        ),
        article(
            "a2",
            t2,
            "https://example.net/a2",
            "Outlet Two",
            vec![convoy],
        ),
    ]
}
