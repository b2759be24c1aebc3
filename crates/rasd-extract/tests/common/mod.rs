//! Helpers shared by the integration tests.
// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use rasd_extract::{ArticleInput, Event, EventType, Extractor, Unit};

/// The events of one undated text, with the bundled lexicons and gazetteer.
pub fn events(text: &str) -> Vec<Event> {
    analyse_events(text, None)
}

/// The events of one text published on `published`.
pub fn events_on(text: &str, published: jiff::civil::Date) -> Vec<Event> {
    analyse_events(text, Some(published))
}

fn analyse_events(text: &str, published: Option<jiff::civil::Date>) -> Vec<Event> {
    Extractor::bundled()
        .analyse(&ArticleInput {
            text: text.to_string(),
            published,
            ..Default::default()
        })
        .events
}

/// Fails, with all the events of `text`, when one of them has type `ty`.
pub fn assert_none_of(text: &str, ty: EventType) {
    let ev = events(text);
    assert!(
        ev.iter().all(|e| e.event_type != ty),
        "{ty:?} in {text}: {ev:#?}"
    );
}

/// The first event of type `ty` in `text`; the test fails with all events when none is.
pub fn first_of(text: &str, ty: EventType) -> Event {
    let ev = events(text);
    ev.iter()
        .find(|e| e.event_type == ty)
        .cloned()
        .unwrap_or_else(|| panic!("no {ty:?} in {text}: {ev:#?}"))
}

/// The first event of type `ty` in `text` published on `published`; the test fails with all
/// events when none is.
pub fn first_on(text: &str, published: jiff::civil::Date, ty: EventType) -> Event {
    let ev = events_on(text, published);
    ev.iter()
        .find(|e| e.event_type == ty)
        .cloned()
        .unwrap_or_else(|| panic!("no {ty:?} in {text}: {ev:#?}"))
}

/// The counts of an event, as (value, unit).
pub fn counts(e: &Event) -> Vec<(u64, Unit)> {
    e.quantities.iter().map(|q| (q.value, q.unit)).collect()
}

/// The counts of an event in a fixed order (fatalities before injuries, then by value), for
/// comparing where the order found does not matter.
pub fn sorted_counts(e: &Event) -> Vec<(u64, Unit)> {
    let mut got = counts(e);
    got.sort_by_key(|(v, u)| (format!("{u:?}"), *v));
    got
}

/// The English name of an event's place, or "" when it has none.
pub fn place(e: &Event) -> &str {
    e.location.as_ref().map_or("", |p| p.name.as_str())
}

/// The first event placed at `name` (its English name); fails the test, listing the events,
/// when there is none.
pub fn at_place<'e>(ev: &'e [Event], name: &str) -> &'e Event {
    ev.iter()
        .find(|e| place(e) == name)
        .unwrap_or_else(|| panic!("no event at {name}: {ev:#?}"))
}
