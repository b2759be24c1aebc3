//! Gazetteer search for `/api/places`: names normalised once at start (Arabic letter
//! variants folded like everywhere else), matched by prefix, then by substring.

use rasd_geo::{Gazetteer, Kind, Place};
use rasd_text::normalize_key;

pub struct PlaceIndex {
    /// Per place: its normalised names.
    names: Vec<Vec<String>>,
}

impl PlaceIndex {
    pub fn new(g: &Gazetteer) -> PlaceIndex {
        let names = g
            .places()
            .iter()
            .map(|p| {
                let mut v: Vec<String> = std::iter::once(&p.name)
                    .chain(std::iter::once(&p.name_ar))
                    .chain(p.names.iter())
                    .map(|n| normalize_key(n))
                    .filter(|n| !n.is_empty())
                    .collect();
                v.sort();
                v.dedup();
                v
            })
            .collect();
        PlaceIndex { names }
    }

    /// Places whose name starts with (better) or contains `q`, optionally of one kind;
    /// ties go to the larger population.
    pub fn search<'g>(
        &self,
        g: &'g Gazetteer,
        q: Option<&str>,
        kind: Option<Kind>,
        limit: usize,
    ) -> Vec<&'g Place> {
        let key = q.map(normalize_key).unwrap_or_default();
        let mut hits: Vec<(u8, &Place)> = g
            .places()
            .iter()
            .zip(&self.names)
            .filter(|(p, _)| kind.is_none_or(|k| p.kind == k))
            .filter_map(|(p, names)| {
                let score = if key.is_empty() {
                    1
                } else if names.contains(&key) {
                    3
                } else if names.iter().any(|n| n.starts_with(&key)) {
                    2
                } else if names.iter().any(|n| n.contains(&key)) {
                    1
                } else {
                    return None;
                };
                Some((score, p))
            })
            .collect();
        hits.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.population.cmp(&a.1.population))
                .then_with(|| a.1.id.cmp(&b.1.id))
        });
        hits.into_iter().take(limit).map(|(_, p)| p).collect()
    }
}
