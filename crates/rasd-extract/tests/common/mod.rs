//! Helpers shared by the integration tests.
// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use rasd_extract::{ArticleInput, Event, Extractor, Unit};

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
