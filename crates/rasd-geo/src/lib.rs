//! Gazetteer and place matcher of rasd.
//!
//! Data enters as `&str` (the bundled TSVs via `include_str!`, user overlays read by the CLI);
//! nothing here touches a file. Matching runs over text already normalised by
//! [`rasd_text::normalize`] and its tokens:
//!
//! ```text
//! tokens ─► scan (hash lookup per token reading, clitics stripped, multi-word, ديرالزور)
//!        ─► context (cue words, ريف X الجنوبي, 20 كم شرق X, person/outlet guards)
//!        ─► resolve (kind vs cue, the place named right after, hint, the other places)
//!        ─► PlaceMatch (relative phrases as offset points, unknown names placed coarsely)
//! ```
//!
//! A wrong coordinate is worse than a coarse one: names that are also words need a cue,
//! and a name whose only gazetteer readings contradict the place named after it is
//! reported at that place with `geo_precision` 2, not at a same-named village elsewhere.

mod context;
pub mod geo;
mod geocode;
mod guards;
mod index;
mod latin;
mod model;
mod output;
mod resolve;
mod scan;
mod score;
pub mod tsv;
mod words;

pub use geo::{destination, haversine_km};
pub use model::{Candidate, GeoError, GeocodeAnswer, Kind, Place, PlaceMatch, Relation};

use index::Index;
use rasd_text::{Token, normalize_key};
use rustc_hash::{FxHashMap, FxHashSet};

/// GeoNames rows (tools/gazetteer/build.py output).
pub const GEONAMES_TSV: &str = include_str!("../../../data/gazetteer/geonames.tsv");
/// Hand-curated rows: bases, fields, crossings, regions, fixes to GeoNames names.
pub const CURATED_TSV: &str = include_str!("../../../data/gazetteer/curated.tsv");
/// Villages and small towns GeoNames cities500 lacks, each with the source of its coordinates
/// (a Wikipedia article or map mark, a GeoNames record, or a point derived from a distance).
pub const VILLAGES_TSV: &str = include_str!("../../../data/gazetteer/villages.tsv");
/// Place names that are also ordinary words: they need a cue or a locator.
pub const AMBIGUOUS_TXT: &str = include_str!("../../../data/gazetteer/ambiguous.txt");

/// Places and the index over their names. Build once, share everywhere (it is `Sync`).
pub struct Gazetteer {
    places: Vec<Place>,
    /// Row came from (or was amended by) a curated file or an overlay.
    curated: Vec<bool>,
    by_id: FxHashMap<String, u32>,
    ambiguous: FxHashSet<String>,
    index: Index,
}

impl Gazetteer {
    /// The bundled gazetteer: GeoNames plus curated rows and villages. Parses and indexes on
    /// each call (a few milliseconds); keep one and share it.
    pub fn bundled() -> Gazetteer {
        let mut g = Gazetteer::empty();
        for (name, tsv, curated) in [
            ("geonames.tsv", GEONAMES_TSV, false),
            ("curated.tsv", CURATED_TSV, true),
            ("villages.tsv", VILLAGES_TSV, true),
        ] {
            match tsv::parse(tsv) {
                Ok(rows) => g.merge(rows, curated),
                // the bundled files are tested: failing here is a build defect, not bad input
                Err(e) => panic!("bundled {name}: {e}"),
            }
        }
        g.reindex();
        g
    }

    /// A gazetteer from one TSV text only (the bundled ambiguous-word list applies).
    pub fn from_tsv(tsv: &str) -> Result<Gazetteer, GeoError> {
        let mut g = Gazetteer::empty();
        g.merge(tsv::parse(tsv)?, true);
        g.reindex();
        Ok(g)
    }

    /// Adds rows in the curated format. A row whose id exists amends that place: its names
    /// are added and its other fields replace the old ones. Returns the rows read.
    pub fn add_overlay(&mut self, tsv: &str) -> Result<usize, GeoError> {
        let rows = tsv::parse(tsv)?;
        let n = rows.len();
        self.merge(rows, true);
        self.reindex();
        Ok(n)
    }

    /// More names that need a cue (one per line, `#` comments), as in ambiguous.txt.
    pub fn add_ambiguous(&mut self, lines: &str) {
        add_lines(&mut self.ambiguous, lines);
        self.reindex();
    }

    fn empty() -> Gazetteer {
        let mut ambiguous = FxHashSet::default();
        add_lines(&mut ambiguous, AMBIGUOUS_TXT);
        Gazetteer {
            places: Vec::new(),
            curated: Vec::new(),
            by_id: FxHashMap::default(),
            ambiguous,
            index: Index::default(),
        }
    }

    fn merge(&mut self, rows: Vec<Place>, curated: bool) {
        for row in rows {
            match self.by_id.get(&row.id) {
                Some(&i) => {
                    let old = &mut self.places[i as usize];
                    let mut names = std::mem::take(&mut old.names);
                    for n in row.names.iter() {
                        if !names.contains(n) {
                            names.push(n.clone());
                        }
                    }
                    let population = if row.population > 0 {
                        row.population
                    } else {
                        old.population
                    };
                    *old = Place {
                        names,
                        population,
                        ..row
                    };
                    self.curated[i as usize] |= curated;
                }
                None => {
                    self.by_id.insert(row.id.clone(), self.places.len() as u32);
                    self.places.push(row);
                    self.curated.push(curated);
                }
            }
        }
    }

    fn reindex(&mut self) {
        self.index = Index::build(&self.places, &self.ambiguous);
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Distinct normalised names and name prefixes in the index.
    pub fn index_size(&self) -> usize {
        self.index.len()
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).map(|&i| &self.places[i as usize])
    }

    /// Every place mention in `norm_text` (output of `rasd_text::normalize`), resolved with
    /// the document's own context. `tokens` are `rasd_text::tokenize(norm_text)`.
    /// English spellings are matched only as the gazetteer writes them; see
    /// [`Gazetteer::find_places_cased`].
    pub fn find_places(&self, norm_text: &str, tokens: &[Token]) -> Vec<PlaceMatch> {
        self.find_places_in(norm_text, tokens, None)
    }

    /// As `find_places`, also reading a capitalised English word with its vowels and endings
    /// folded ("Deir el-Zour", "Khan Arnabeh", "Qamishly"); `capitals` from
    /// [`rasd_text::Normalized::latin_capitals`].
    pub fn find_places_cased(
        &self,
        norm_text: &str,
        tokens: &[Token],
        capitals: &[bool],
    ) -> Vec<PlaceMatch> {
        let t = context::Toks {
            text: norm_text,
            tokens,
            capitals,
        };
        self.matches(t, None)
    }

    /// As `find_places`, preferring readings in `context_admin1` (any spelling the
    /// gazetteer knows: "Deir Ezzor", "دير الزور").
    pub fn find_places_in(
        &self,
        norm_text: &str,
        tokens: &[Token],
        context_admin1: Option<&str>,
    ) -> Vec<PlaceMatch> {
        let hint = context_admin1.and_then(|h| self.canonical_admin1(h));
        let t = context::Toks {
            text: norm_text,
            tokens,
            capitals: &[],
        };
        self.matches(t, hint)
    }

    /// The resolved place mentions of `t`, readings in the canonical admin1 `hint` preferred.
    fn matches(&self, t: context::Toks, hint: Option<&str>) -> Vec<PlaceMatch> {
        output::analyse(self, t, hint)
            .into_iter()
            .map(|r| r.m)
            .collect()
    }

    /// The largest city or town with this normalised name.
    pub(crate) fn city_named(&self, key: &str) -> Option<&Place> {
        let (_, e) = self.index.get(key)?;
        e.places
            .iter()
            .map(|&i| &self.places[i as usize])
            .filter(|p| matches!(p.kind, Kind::City | Kind::Town))
            .max_by_key(|p| p.population)
    }
}

fn add_lines(set: &mut FxHashSet<String>, lines: &str) {
    for l in lines.lines() {
        let l = l.trim();
        if !l.is_empty() && !l.starts_with('#') {
            set.insert(normalize_key(l));
        }
    }
}
