//! Full-text search over normalised text. FTS5's unicode61 tokenizer splits Arabic words at
//! harakat and does not fold hamza or ta marbuta, so both the indexed text and the query go
//! through `rasd_text` first. Arabic words attach proclitics (و ب ل ك ال), so each indexed
//! word also carries its readings without them: "بالحسكة" is found by "الحسكة" and "حسكة".

use rasd_text::{normalize_key, proclitic_readings, strip_proclitics};

use crate::{Error, Result};

fn is_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// The text stored in the FTS row of an event: every normalised word, then the proclitic-free
/// readings of the Arabic ones.
pub(crate) fn index_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut words = String::new();
    let mut extra = String::new();
    for part in parts {
        let key = normalize_key(part);
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            words.push_str(w);
            words.push(' ');
            if is_arabic(w) {
                for r in proclitic_readings(w).skip(1) {
                    extra.push_str(r);
                    extra.push(' ');
                }
            }
        }
    }
    words.push_str(&extra);
    words.truncate(words.trim_end().len());
    words
}

/// An FTS5 MATCH expression for a user query: every word must match, as written or without
/// its proclitics. Words are quoted, so FTS5 operators in user input are inert.
pub(crate) fn match_expr(q: &str) -> Result<String> {
    let key = normalize_key(q);
    let mut terms = Vec::new();
    for w in key.split(' ').filter(|w| !w.is_empty()) {
        let stem = if is_arabic(w) { strip_proclitics(w) } else { w };
        // Words are alphanumeric runs (normalize_key), so they hold no '"'.
        if stem != w {
            terms.push(format!("(\"{w}\" OR \"{stem}\")"));
        } else {
            terms.push(format!("\"{w}\""));
        }
    }
    if terms.is_empty() {
        return Err(Error::Filter(format!(
            "search text {q:?} has no words to search for"
        )));
    }
    Ok(terms.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_folds_and_strips() {
        let t = index_text(["قصف بالحَسَكة", "Shelling in Al-Hasakah"]);
        assert!(t.contains("بالحسكه"));
        assert!(t.contains(" حسكه"));
        assert!(t.contains("hasakah"));
    }

    #[test]
    fn query_quotes_words() {
        assert_eq!(match_expr("الحسكة").unwrap(), "(\"الحسكه\" OR \"حسكه\")");
        assert_eq!(match_expr("drone OR").unwrap(), "\"drone\" AND \"or\"");
        assert!(match_expr("  ... ").is_err());
    }
}
