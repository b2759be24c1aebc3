//! Lexicons as data: `CATEGORY<TAB>KEY<TAB>surface form` lines, normalised at load, matched
//! over tokens with proclitics stripped. Bundled files come from `data/lexicon/`; users add
//! their own with `Lexicon::add_tsv` (the CLI's `--lexicon FILE`).

use rasd_text::{Token, normalize_key, proclitic_readings, strip_article};
use rustc_hash::FxHashMap;

const BUNDLED: [(&str, &str); 5] = [
    (
        "data/lexicon/actors.tsv",
        include_str!("../../../data/lexicon/actors.tsv"),
    ),
    (
        "data/lexicon/events.tsv",
        include_str!("../../../data/lexicon/events.tsv"),
    ),
    (
        "data/lexicon/quantities.tsv",
        include_str!("../../../data/lexicon/quantities.tsv"),
    ),
    (
        "data/lexicon/context.tsv",
        include_str!("../../../data/lexicon/context.tsv"),
    ),
    (
        "data/lexicon/control.tsv",
        include_str!("../../../data/lexicon/control.tsv"),
    ),
];

/// What kind of entry a lexicon line is.
const CATEGORIES: usize = Category::Anaphor as usize + 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Actor,
    Trigger,
    Instrument,
    Unit,
    Fatality,
    Injury,
    Victim,
    Modality,
    Page,
    Role,
    /// Nouns that make a number a measure, not a count: ages, durations, distances.
    Measure,
    /// Wording of control, presence, pockets and bases (`data/lexicon/control.tsv`).
    Control,
    /// A side: north, south, east, west.
    Direction,
    /// A river whose banks divide control.
    River,
    /// A noun referring back to a place ("المدينة").
    Anaphor,
}

impl Category {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "actor" => Category::Actor,
            "trigger" => Category::Trigger,
            "instrument" => Category::Instrument,
            "unit" => Category::Unit,
            "fatality" => Category::Fatality,
            "injury" => Category::Injury,
            "victim" => Category::Victim,
            "modality" => Category::Modality,
            "page" => Category::Page,
            "role" => Category::Role,
            "measure" => Category::Measure,
            "control" => Category::Control,
            "direction" => Category::Direction,
            "river" => Category::River,
            "anaphor" => Category::Anaphor,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub category: Category,
    pub key: String,
    /// Normalised surface form, as written in the file.
    pub form: String,
    /// Two Latin capitals ("IS", "US", "U.S."), in small letters English words ("is", "us"):
    /// it names a side only where the text writes it in capitals. (Longer acronyms are no
    /// words, and hashtags write them small: "ميليشيا pyd_pkk".)
    pub acronym: bool,
    words: Vec<String>,
}

/// A lexicon line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.origin, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// One match of an entry over tokens `first..end` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    pub first: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// First word (without the article) → entries starting with it.
    index: FxHashMap<String, Vec<u32>>,
}

impl Lexicon {
    /// The lexicons shipped in `data/lexicon/`.
    pub fn bundled() -> Self {
        let mut lex = Lexicon::default();
        for (origin, text) in BUNDLED {
            // The bundled files are tested; a bad line there is a build defect, not input.
            if let Err(e) = lex.add_tsv(origin, text) {
                debug_assert!(false, "bundled lexicon: {e}");
            }
        }
        lex
    }

    /// Adds every line of a lexicon file; returns how many entries were added.
    pub fn add_tsv(&mut self, origin: &str, text: &str) -> Result<usize, LexiconError> {
        let mut added = 0;
        let first_entry = self.entries.len();
        let mut derived: Vec<(Category, String, String)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| LexiconError {
                origin: origin.to_string(),
                line: i + 1,
                message,
            };
            let mut cols = line.split('\t');
            let (Some(cat), Some(key), Some(form)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(err(
                    "expected three tab-separated columns: CATEGORY, KEY, FORM".into(),
                ));
            };
            let category = Category::parse(cat.trim())
                .ok_or_else(|| err(format!("unknown category {cat:?}")))?;
            let normal = normalize_key(form);
            if normal.is_empty() {
                return Err(err("empty surface form".into()));
            }
            self.push(category, key.trim(), normal, is_acronym(form.trim()));
            added += 1;
            for (dual_key, dual) in duals(category, key.trim(), form.trim()) {
                derived.push((category, dual_key, normalize_key(&dual)));
            }
            if let Some(counted) = accusative(category, key.trim(), form.trim()) {
                derived.push((category, key.trim().to_string(), normalize_key(&counted)));
            }
            for inflected in side_adjectives(category, form.trim()) {
                derived.push((category, key.trim().to_string(), normalize_key(&inflected)));
            }
        }
        // A derived form the file lists itself keeps the file's key ("مقاتلين" is the plural
        // of fighters, not the dual of "مقاتل").
        let listed = first_entry..self.entries.len();
        for (category, key, form) in derived {
            if self
                .with_form(category, &form)
                .all(|id| !listed.contains(&id))
            {
                self.push(category, &key, form, false);
                added += 1;
            }
        }
        Ok(added)
    }

    /// Ids of the entries of `category` with the normalised `form`, under any key.
    fn with_form<'a>(
        &'a self,
        category: Category,
        form: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        self.index
            .get(strip_article(form.split(' ').next().unwrap_or("")))
            .into_iter()
            .flatten()
            .map(|&id| id as usize)
            .filter(move |&id| {
                let e = &self.entries[id];
                e.category == category && e.form == form
            })
    }

    fn push(&mut self, category: Category, key: &str, form: String, acronym: bool) {
        if self.has_form(category, key, &form) {
            return;
        }
        let words: Vec<String> = form.split(' ').map(str::to_string).collect();
        let Some(first) = words.first() else { return };
        let id = self.entries.len() as u32;
        self.index
            .entry(strip_article(first).to_string())
            .or_default()
            .push(id);
        self.entries.push(Entry {
            category,
            key: key.to_string(),
            form,
            acronym,
            words,
        });
    }

    /// The normalised forms of one category and key.
    pub fn forms<'a>(&'a self, category: Category, key: &'a str) -> impl Iterator<Item = &'a str> {
        self.entries
            .iter()
            .filter(move |e| e.category == category && e.key == key)
            .map(|e| e.form.as_str())
    }

    /// Whether `form` (normalised) is listed under `key` in `category`: one index lookup.
    pub fn has_form(&self, category: Category, key: &str, form: &str) -> bool {
        self.with_form(category, form)
            .any(|id| self.entries[id].key == key)
    }

    pub fn entry(&self, hit: Hit) -> &Entry {
        &self.entries[hit.entry as usize]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Longest entries starting at each token, left to right, non-overlapping within a
    /// category. Every category is matched independently.
    pub fn find_all(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        // Per category: the token index up to which matches are taken, and the best hit here.
        let mut taken = [0usize; CATEGORIES];
        for i in 0..tokens.len() {
            let mut best: [Option<Hit>; CATEGORIES] = [None; CATEGORIES];
            let tok = tokens[i].text(text);
            for reading in proclitic_readings(tok) {
                let Some(ids) = self.index.get(reading) else {
                    continue;
                };
                for &id in ids {
                    let e = &self.entries[id as usize];
                    if let Some(end) = match_rest(e, text, tokens, i, reading) {
                        let slot = &mut best[e.category as usize];
                        if slot.is_none_or(|h| h.end < end) {
                            *slot = Some(Hit {
                                entry: id,
                                first: i,
                                end,
                            });
                        }
                    }
                }
            }
            for (cat, h) in best.into_iter().enumerate() {
                if let Some(h) = h
                    && h.first >= taken[cat]
                {
                    taken[cat] = h.end;
                    hits.push(h);
                }
            }
        }
        hits
    }
}

/// A form of two Latin capitals, dots aside ("IS", "U.S.").
fn is_acronym(form: &str) -> bool {
    form.bytes().filter(u8::is_ascii_uppercase).count() == 2
        && form.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The entry's first word was matched by `reading` of token `i`; check the rest.
fn match_rest(e: &Entry, text: &str, tokens: &[Token], i: usize, reading: &str) -> Option<usize> {
    let first = e.words.first()?;
    // "قوات" matches "القوات" and vice versa, but "الروسي" must not match "روسيا".
    if strip_article(first) != reading && first != reading {
        return None;
    }
    let mut j = i + 1;
    for w in e.words.iter().skip(1) {
        let t = tokens.get(j)?.text(text);
        if !word_eq(t, w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

fn word_eq(t: &str, w: &str) -> bool {
    t == w
        || strip_article(t) == strip_article(w)
        || t.strip_prefix('و')
            .is_some_and(|r| r == w || strip_article(r) == strip_article(w))
}

/// A counted noun after 11-99 takes the accusative ("80 صهريجاً"، "15 مدنياً"): the form with
/// its tanween alif, for a singular that has one (not ة, not a sound plural or dual).
fn accusative(category: Category, key: &str, raw: &str) -> Option<String> {
    if !matches!(category, Category::Victim | Category::Unit) || key.contains(':') {
        return None;
    }
    // A single word in Arabic letters: the forms whose inflections can be derived.
    if !rasd_text::arabic_letters_only(raw) {
        return None;
    }
    let no_tanween = ["ة", "ا", "ى", "اء", "ين", "ون", "ات", "ان"]
        .iter()
        .any(|end| raw.ends_with(end));
    (!no_tanween).then(|| format!("{raw}ا"))
}

/// A side's adjective of origin in its dual and plural, which the lexicon need not list:
/// "أمريكي" → "أمريكيان"، "أمريكيين"، "أمريكيون" ("قتل جنديان أمريكيان"، "المستشارين
/// الإيرانيين").
fn side_adjectives(category: Category, raw: &str) -> Vec<String> {
    let nisba = category == Category::Actor
        && rasd_text::arabic_letters_only(raw)
        && raw.ends_with('ي')
        && !raw.ends_with("يي");
    if !nisba {
        return Vec::new();
    }
    SIDE_ADJECTIVE_ENDINGS
        .iter()
        .map(|end| format!("{raw}{end}"))
        .collect()
}

/// The endings [`side_adjectives`] adds to a side's adjective of origin: dual, plural
/// (oblique), plural (nominative).
const SIDE_ADJECTIVE_ENDINGS: [&str; 3] = ["ان", "ين", "ون"];

/// A one-word form in the dual or plural of a side's adjective of origin ("امريكيين"):
/// people of that side, not the side.
pub(crate) fn inflected_side_adjective(form: &str) -> bool {
    SIDE_ADJECTIVE_ENDINGS.iter().any(|end| {
        form.strip_suffix(end)
            .is_some_and(|stem| stem.ends_with('ي'))
    })
}

/// The dual forms of a singular victim or casualty noun, which the lexicon need not list:
/// "مزارع" → "مزارعان", "سيدة" → "سيدتان"، "سيدتين", "شهيدة" → "شهيدتان". The masculine
/// "-ين" form is left out: unvocalised it is also the plural (مزارعين, farmers).
fn duals(category: Category, key: &str, raw: &str) -> Vec<(String, String)> {
    let dual_key = match category {
        Category::Victim | Category::Unit if !key.contains(':') => format!("{key}:2"),
        Category::Fatality | Category::Injury if key == "one" => "two".to_string(),
        _ => return Vec::new(),
    };
    if !rasd_text::arabic_letters_only(raw) {
        return Vec::new();
    }
    if let Some(stem) = raw.strip_suffix('ة') {
        return vec![
            (dual_key.clone(), format!("{stem}تان")),
            (dual_key, format!("{stem}تين")),
        ];
    }
    let plural_or_inflected = ["ين", "ون", "ات", "ان", "ا", "ى", "ي", "اء"]
        .iter()
        .any(|end| raw.ends_with(end));
    // A victim noun in ي is a singular of relation ("جندي" → "جنديان", "عسكري" → "عسكريان").
    let nisba = category == Category::Victim && raw.ends_with('ي') && !raw.ends_with("يي");
    if plural_or_inflected && !nisba {
        return Vec::new();
    }
    // A unit noun's ين is its dual too ("بصاروخين"): these nouns have broken plurals.
    if category == Category::Unit {
        return vec![
            (dual_key.clone(), format!("{raw}ان")),
            (dual_key, format!("{raw}ين")),
        ];
    }
    vec![(dual_key, format!("{raw}ان"))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::{normalize_str, tokenize};

    fn keys(lex: &Lexicon, s: &str, cat: Category) -> Vec<String> {
        let n = normalize_str(s);
        let toks = tokenize(&n);
        lex.find_all(&n, &toks)
            .into_iter()
            .filter(|h| lex.entry(*h).category == cat)
            .map(|h| lex.entry(h).key.clone())
            .collect()
    }

    #[test]
    fn bundled_lexicon_loads_every_line() {
        let mut lex = Lexicon::default();
        for (origin, text) in BUNDLED {
            assert!(lex.add_tsv(origin, text).is_ok(), "{origin}");
        }
        assert!(lex.len() > 500);
    }

    #[test]
    fn no_bundled_form_has_two_keys_in_one_category() {
        // Only one hit per category starts at a token: a form listed under two keys would
        // silently lose one of them.
        let lex = Lexicon::bundled();
        let mut seen: FxHashMap<(u8, &str), &str> = FxHashMap::default();
        let mut clashes = Vec::new();
        for e in &lex.entries {
            if let Some(other) = seen.insert((e.category as u8, e.form.as_str()), e.key.as_str())
                && other != e.key
            {
                clashes.push(format!("{:?} {}: {other} / {}", e.category, e.form, e.key));
            }
        }
        assert!(clashes.is_empty(), "{clashes:#?}");
    }

    #[test]
    fn actors_match_with_clitics_and_spelling_variants() {
        let lex = Lexicon::bundled();
        assert_eq!(
            keys(&lex, "ودخل رتل لقوات التحالف", Category::Actor),
            ["COALITION"]
        );
        assert_eq!(keys(&lex, "قصف لقوّات النّظام", Category::Actor), ["SYR_GOV"]);
        assert_eq!(
            keys(&lex, "بالتعاون مع الاحتلال الأميركي", Category::Actor),
            ["US"]
        );
        assert_eq!(keys(&lex, "مرتزقة الاحتلال التركي", Category::Actor), ["SNA"]);
    }

    #[test]
    fn longest_form_wins() {
        let lex = Lexicon::bundled();
        // "قوات النظام السوري" is one mention, not النظام + السوري.
        assert_eq!(
            keys(&lex, "قوات النظام السوري", Category::Actor),
            ["SYR_GOV"]
        );
    }

    #[test]
    fn overlay_adds_entries_and_reports_bad_lines() {
        let mut lex = Lexicon::bundled();
        assert_eq!(
            lex.add_tsv("mine.tsv", "actor\tTRIBAL\tقوات الصناديد\n"),
            Ok(1)
        );
        assert_eq!(
            keys(&lex, "هاجمت قوات الصناديد", Category::Actor),
            ["TRIBAL"]
        );
        let err = lex.add_tsv("bad.tsv", "# c\nactor TRIBAL x\n");
        assert_eq!(err.map_err(|e| e.line), Err(2));
        let err = lex.add_tsv("bad.tsv", "colour\tX\tفلان\n");
        assert!(err.is_err_and(|e| e.message.contains("unknown category")));
    }
}
