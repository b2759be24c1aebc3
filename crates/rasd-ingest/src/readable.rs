//! Main content by dom_smoothie (a Readability.js port), read back into paragraphs with
//! rasd's own boilerplate filters (see [`crate::content`]).

use dom_smoothie::{Config, Readability, TextMode};
use scraper::Html;

use crate::content::fragment_paragraphs;

/// The article's paragraphs as dom_smoothie finds them, or `None` when it finds none.
pub fn readable_paragraphs(html: &str) -> Option<Vec<String>> {
    let cfg = Config {
        // rasd's filters read class and id names after dom_smoothie has cleaned the tree.
        keep_classes: true,
        text_mode: TextMode::Raw,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(cfg)).ok()?;
    let article = readability.parse().ok()?;
    let fragment = Html::parse_fragment(&article.content);
    Some(fragment_paragraphs(&fragment)).filter(|p| !p.is_empty())
}
