//! Name index: every normalised name (and every prefix of a multi-word name) in one hash
//! map keyed by `&str`, so matching is a lookup per token reading, with no allocation.

use crate::guards;
use crate::model::Place;
use rasd_text::{normalize_key, strip_article};
use rustc_hash::{FxHashMap, FxHashSet};

/// What one key leads to.
#[derive(Debug, Default)]
pub(crate) struct Entry {
    /// Places with this exact name, ascending ids.
    pub places: Vec<u32>,
    /// Some longer name starts with this key plus a space.
    pub prefix: bool,
    /// An ordinary word or personal name too: needs a cue or a locator.
    pub guarded: bool,
    /// Also the name of an outlet (الميادين، الجزيرة).
    pub outlet: bool,
    /// Number of words in the key.
    pub words: u8,
}

#[derive(Debug, Default)]
pub(crate) struct Index {
    map: FxHashMap<Box<str>, u32>,
    pub entries: Vec<Entry>,
    /// Entry id → its key, for the rare lookups that build a longer key.
    keys: Vec<Box<str>>,
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

impl Index {
    pub fn build(places: &[Place], ambiguous: &FxHashSet<String>) -> Index {
        let mut ix = Index::default();
        ix.map.reserve(places.len() * 8);
        for (pi, p) in places.iter().enumerate() {
            for name in &p.names {
                let key = normalize_key(name);
                if key.is_empty() {
                    continue;
                }
                let latin = !is_arabic(&key);
                let words = key.split(' ').count();
                if latin && words == 1 && (key.len() < 4 || guards::english_stop(&key)) {
                    continue;
                }
                if !latin && words == 1 && key.chars().count() < 2 {
                    continue;
                }
                ix.add(&key, pi as u32, ambiguous);
                // English spellings vary in their vowels: the name folded as well, when long
                // enough not to be an English word ("Tell", "Hama" as "home"). One word
                // folded may be another name ("Korean" and Kurin, "China" and a variant of
                // Shin): it needs a cue or a locator, as a name that is also a word does.
                if latin
                    && let Some(folded) = crate::latin::fold_key(&key)
                    && (words > 1 || folded.len() > 5)
                    && !guards::english_stop(&folded[1..])
                {
                    ix.add(&folded, pi as u32, ambiguous);
                    ix.slot(&folded).guarded |= words == 1;
                }
                // "near Shuhayl", "Sukhnah": English often drops the article a variant
                // spells ("al-Shuhayl", "As Sukhnah"); the name after it, long enough not
                // to be an English word, stands for the place too.
                if latin
                    && let Some((article, rest)) = key.split_once(' ')
                    && crate::latin::spells_article(article)
                    && !rest.contains(' ')
                    && rest.len() >= 5
                    && !guards::english_stop(rest)
                {
                    ix.add(rest, pi as u32, ambiguous);
                }
                if !latin && words > 1 {
                    // optional inner spaces: دير الزور / ديرالزور
                    let joined: String = key.split(' ').collect();
                    ix.add(&joined, pi as u32, ambiguous);
                }
            }
        }
        ix
    }

    fn slot(&mut self, key: &str) -> &mut Entry {
        let n = self.entries.len() as u32;
        let id = *self.map.entry(key.into()).or_insert(n);
        if id == n {
            self.keys.push(key.into());
            self.entries.push(Entry {
                words: key.split(' ').count().min(255) as u8,
                ..Entry::default()
            });
        }
        &mut self.entries[id as usize]
    }

    fn add(&mut self, key: &str, place: u32, ambiguous: &FxHashSet<String>) {
        let guarded = ambiguous.contains(key)
            || (key.starts_with("ال") && ambiguous.contains(strip_article(key)));
        let outlet = guards::outlet(key);
        let e = self.slot(key);
        if let Err(at) = e.places.binary_search(&place) {
            e.places.insert(at, place);
        }
        e.guarded |= guarded;
        e.outlet |= outlet;
        let mut end = 0;
        while let Some(sp) = key[end..].find(' ') {
            end += sp;
            self.slot(&key[..end]).prefix = true;
            end += 1;
        }
    }

    #[inline]
    pub fn get(&self, key: &str) -> Option<(u32, &Entry)> {
        let id = *self.map.get(key)?;
        Some((id, &self.entries[id as usize]))
    }

    pub fn key_of(&self, id: u32) -> Option<&str> {
        self.keys.get(id as usize).map(|k| &**k)
    }

    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }
}
