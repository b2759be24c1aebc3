//! Helpers shared by the integration tests.

use rasd_extract::{ArticleInput, Event, Extractor};

/// The events of one undated text, with the bundled lexicons and gazetteer.
pub fn events(text: &str) -> Vec<Event> {
    Extractor::bundled()
        .analyse(&ArticleInput {
            text: text.to_string(),
            ..Default::default()
        })
        .events
}
