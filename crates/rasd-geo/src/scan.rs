//! First pass: every gazetteer name in the token stream, leftmost-longest, clitics stripped
//! from the first word (بريف، والحسكة، لمدينة، للحسكة).

use crate::context::Toks;
use crate::index::Index;
use crate::latin::{FOLDED, fold_word};
use rasd_text::{Token, proclitic_readings};
use std::borrow::Cow;

/// A name found in the text, before any context is considered.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Raw {
    /// Token range of the name itself.
    pub first: usize,
    pub end: usize,
    pub entry: u32,
    /// Bytes of proclitics on the first token (و، ب، ل، ال...) not part of the name.
    pub clitic: u8,
    /// The name was reached through a ل / لل prefix (للميادين).
    pub lam: bool,
}

/// Tokens `a` and `a+1` may belong to one name: only spaces, hyphens or apostrophes between.
fn joinable(text: &str, tokens: &[Token], a: usize) -> bool {
    let (Some(x), Some(y)) = (tokens.get(a), tokens.get(a + 1)) else {
        return false;
    };
    text.get(x.end as usize..y.start as usize)
        .is_some_and(|gap| {
            gap.chars()
                .all(|c| c == ' ' || c == '-' || c == '\'' || c == '_')
        })
}

pub(crate) fn scan(ix: &Index, t: Toks) -> Vec<Raw> {
    let (text, tokens) = (t.text, t.tokens);
    let mut out = Vec::new();
    let mut buf = String::with_capacity(64);
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i].text(text);
        if tok.chars().nth(1).is_none() || tok.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        let mut best: Option<Raw> = None;
        // readings of the first word, plus ال restored after لل (للحسكة → الحسكة)
        let ll = ll_rest(tok);
        let starts = proclitic_readings(tok)
            .map(|r| (r, false))
            .chain(ll.map(|r| (r, true)));
        for (reading, restore_al) in starts {
            let stripped = tok.len() - reading.len();
            if stripped > 0 && reading.chars().count() < 3 {
                continue;
            }
            // "السورية" is not "سورية", "الدوما" not "دوما": an article is never stripped
            // to reach a name (لل is ل + ال, restored above)
            if !restore_al && tok[..stripped].ends_with("ال") {
                continue;
            }
            buf.clear();
            if restore_al {
                buf.push_str("ال");
            }
            buf.push_str(reading);
            let found = Raw {
                first: i,
                end: i + 1,
                entry: 0,
                clitic: stripped.min(255) as u8,
                lam: restore_al || ends_with_lam(&tok[..stripped]),
            };
            longest(ix, text, tokens, &mut buf, found, &mut best, |w| {
                Some(Cow::Borrowed(w))
            });
        }
        // "Deir el-Zour", "Khan Arnabeh": an English spelling the gazetteer lacks, read with
        // its vowels and endings folded, where it names more than any exact reading; only
        // a capitalised word ("safety" is no Safita).
        if t.capitals.get(i).copied().unwrap_or(false)
            && let Some(folded) = fold_word(tok)
        {
            buf.clear();
            buf.push(FOLDED);
            buf.push_str(&folded);
            let found = Raw {
                first: i,
                end: i + 1,
                entry: 0,
                clitic: 0,
                lam: false,
            };
            longest(ix, text, tokens, &mut buf, found, &mut best, |w| {
                fold_word(w).map(Cow::Owned)
            });
        }
        match best {
            Some(b) => {
                out.push(b);
                i = b.end;
            }
            None => i += 1,
        }
    }
    out
}

/// Extends `best` with the longest name the index holds from `key` (the first token's
/// reading) on, adding each next joinable token read by `read`.
fn longest<'t>(
    ix: &Index,
    text: &'t str,
    tokens: &[Token],
    key: &mut String,
    start: Raw,
    best: &mut Option<Raw>,
    read: impl Fn(&'t str) -> Option<Cow<'t, str>>,
) {
    let mut j = start.first;
    while let Some((id, e)) = ix.get(key) {
        if !e.places.is_empty() && best.is_none_or(|b| j + 1 > b.end) {
            *best = Some(Raw {
                end: j + 1,
                entry: id,
                ..start
            });
        }
        if !e.prefix || !joinable(text, tokens, j) {
            break;
        }
        j += 1;
        let Some(word) = read(tokens[j].text(text)) else {
            break;
        };
        key.push(' ');
        key.push_str(&word);
    }
}

/// What follows a لل prefix (after an optional و/ف), when at least two letters remain.
fn ll_rest(tok: &str) -> Option<&str> {
    let t = tok
        .strip_prefix('و')
        .or_else(|| tok.strip_prefix('ف'))
        .unwrap_or(tok);
    t.strip_prefix("لل").filter(|r| r.chars().count() >= 2)
}

/// The proclitics end in the preposition ل (لحلب، للحسكة), the article aside.
fn ends_with_lam(prefix: &str) -> bool {
    prefix.strip_suffix("ال").unwrap_or(prefix).ends_with('ل')
}
