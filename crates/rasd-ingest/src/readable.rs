//! Main content by dom_smoothie (a Readability.js port), read back into paragraphs with
//! rasd's own boilerplate filters (see [`crate::content`]).

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use scraper::Html;

use crate::content::fragment_paragraphs;

/// Deepest element nesting handed to dom_smoothie, a precaution: its passes were not checked
/// for recursion, and a 100,000-level page overflowed a test thread's stack before this
/// guard. Real pages stay far below (a few dozen levels); deeper ones get rasd's iterative
/// fallback.
const MAX_DEPTH: usize = 400;

/// The article's paragraphs as dom_smoothie finds them in `page` (the page as dom_query
/// parsed it, see [`crate::dom`]), or `None` when it finds none or the page (`doc`, the same
/// tree as scraper's) is nested too deeply for it.
pub fn readable_paragraphs(page: Document, doc: &Html) -> Option<Vec<String>> {
    if depth_exceeds(doc, MAX_DEPTH) {
        return None;
    }
    let cfg = Config {
        // rasd's filters read class and id names after dom_smoothie has cleaned the tree.
        keep_classes: true,
        text_mode: TextMode::Raw,
        ..Config::default()
    };
    let mut readability = Readability::with_document(page, None, Some(cfg)).ok()?;
    let article = readability.parse().ok()?;
    let fragment = Html::parse_fragment(&article.content);
    Some(fragment_paragraphs(&fragment)).filter(|p| !p.is_empty())
}

/// Whether any node lies more than `max` levels deep (an iterative walk).
fn depth_exceeds(doc: &Html, max: usize) -> bool {
    let mut stack = vec![(doc.tree.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > max {
            return true;
        }
        stack.extend(node.children().map(|c| (c, depth + 1)));
    }
    false
}
