//! Helpers shared by the integration tests.

use rasd_extract::{ArticleInput, Event, Extractor, Unit};

/// The events of one undated text, with the bundled lexicons and gazetteer.
pub fn events(text: &str) -> Vec<Event> {
    Extractor::bundled()
        .analyse(&ArticleInput {
            text: text.to_string(),
            ..Default::default()
        })
        .events
}

/// The counts of an event, as (value, unit).
pub fn counts(e: &Event) -> Vec<(u64, Unit)> {
    e.quantities.iter().map(|q| (q.value, q.unit)).collect()
}

/// The English name of an event's place, or "" when it has none.
pub fn place(e: &Event) -> &str {
    e.location.as_ref().map_or("", |p| p.name.as_str())
}
