//! One article, analysed once: normalised text, tokens, and every mention the later stages
//! need (lexicon hits, places, numbers, time expressions), each sorted by position.

use crate::dates::{TimeMention, find_time_expressions_bounded};
use crate::lexicon::{Category, Hit, Lexicon};
use jiff::civil::Date;
use rasd_geo::{Gazetteer, PlaceMatch};
use rasd_text::{Normalized, NumberMention, Token, find_numbers, normalize, sentences, tokenize};

pub struct Doc<'a> {
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    pub hits: Vec<Hit>,
    pub places: Vec<PlaceMatch>,
    pub numbers: Vec<NumberMention>,
    pub times: Vec<TimeMention>,
    pub lex: &'a Lexicon,
    /// Tokens written with a fatha before a final "ين" ("مدنيَين"): a dual, which normalisation
    /// would read as the plural "مدنيين". Sorted; found by [`Doc::complete`].
    pub marked_duals: Vec<usize>,
    /// For each token, whether its original word starts with a Latin capital ("Druze").
    pub capitals: Vec<bool>,
}

/// A sentence: its byte range in the normalised text and its token range.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub end_token: usize,
    /// Index of the page segment (paragraph) it belongs to; `None` for the title.
    pub segment: Option<usize>,
}

impl<'a> Doc<'a> {
    /// Only the normalised text and its tokens: enough for an article's id and signature.
    pub fn light(text: &str, lex: &'a Lexicon) -> Self {
        let norm = normalize(text);
        let tokens = tokenize(&norm.text);
        Doc {
            norm,
            tokens,
            hits: Vec::new(),
            places: Vec::new(),
            numbers: Vec::new(),
            times: Vec::new(),
            lex,
            marked_duals: Vec::new(),
            capitals: Vec::new(),
        }
    }

    /// Whether token `i` is an English word written with a capital ("Druze", "Kurdish").
    pub fn capitalised(&self, i: usize) -> bool {
        self.capitals.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` is a dual marked by its vowels ("مدنيَين"، "طفلَيْن").
    pub fn is_marked_dual(&self, i: usize) -> bool {
        self.marked_duals.binary_search(&i).is_ok()
    }

    /// Finds the mentions of a light document; `original` is the text it was made from.
    /// `not_after`: the latest date the article can bear, for weekday-dated days without a
    /// year ([`find_time_expressions_bounded`]).
    pub fn complete(
        &mut self,
        original: &str,
        gaz: &Gazetteer,
        published: Option<Date>,
        not_after: Option<Date>,
    ) {
        self.marked_duals = marked_duals(original, &self.norm, &self.tokens);
        let (text, tokens) = (&self.norm.text, &self.tokens);
        let mut hits = self.lex.find_all(text, tokens);
        let lex = self.lex;
        hits.retain(|&h| !lex.entry(h).acronym || in_capitals(original, &self.norm, tokens, h));
        hits.retain(|&h| {
            let e = lex.entry(h);
            e.category != Category::Fatality || e.key != "lost" || life_follows(text, tokens, h)
        });
        drop_personal_names(&mut hits, lex, text, tokens);
        resolve_occupiers(&mut hits, lex, text, tokens);
        self.hits = hits;
        self.capitals = self.norm.latin_capitals(original, tokens);
        let mut places = gaz.find_places_cased(text, tokens, &self.capitals);
        places.sort_by_key(|p| p.start);
        self.places = places;
        self.numbers = find_numbers(text, tokens);
        self.redate(published, not_after);
    }

    /// Reads the time expressions again against another publication date.
    pub fn redate(&mut self, published: Option<Date>, not_after: Option<Date>) {
        self.times =
            find_time_expressions_bounded(&self.norm.text, &self.tokens, published, not_after);
    }

    pub fn token_text(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(&self.norm.text))
    }

    /// The token `k` places before token `at`, if it still stands in sentence `s`.
    pub fn token_back(&self, s: &Sentence, at: usize, k: usize) -> Option<&str> {
        at.checked_sub(k)
            .filter(|&i| i >= s.first_token)
            .map(|i| self.token_text(i))
    }

    /// The first token starting at or after normalised byte `b`.
    pub fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < b)
    }

    /// Sentences of an original-text range.
    pub fn sentences_of(
        &self,
        orig_start: usize,
        orig_end: usize,
        segment: Option<usize>,
    ) -> Vec<Sentence> {
        let a = self.norm.normalized_offset(orig_start);
        let b = self.norm.normalized_offset(orig_end).max(a);
        let Some(slice) = self.norm.text.get(a..b) else {
            return Vec::new();
        };
        sentences(slice)
            .into_iter()
            .map(|(s, e)| Sentence {
                start: a + s,
                end: a + e,
                first_token: self.token_at(a + s),
                end_token: self.token_at(a + e),
                segment,
            })
            .filter(|s| s.end_token > s.first_token)
            .collect()
    }

    /// Lexicon hits of one category inside a sentence.
    pub fn hits_in(&self, s: &Sentence, cat: Category) -> impl Iterator<Item = Hit> + '_ {
        self.hits_between(s.first_token, s.end_token, cat)
    }

    /// Hits of a category starting at tokens `ft..et`.
    pub fn hits_between(
        &self,
        ft: usize,
        et: usize,
        cat: Category,
    ) -> impl Iterator<Item = Hit> + '_ {
        let from = self.hits.partition_point(|h| h.first < ft);
        self.hits[from..]
            .iter()
            .take_while(move |h| h.first < et)
            .filter(move |h| h.first >= ft && self.lex.entry(**h).category == cat)
            .copied()
    }

    /// Words of death, then words of injury, inside a sentence.
    pub fn casualty_hits(&self, s: &Sentence) -> impl Iterator<Item = Hit> + '_ {
        self.hits_in(s, Category::Fatality)
            .chain(self.hits_in(s, Category::Injury))
    }

    /// Words of death or injury ending at most `reach` words before token `at`.
    pub fn casualties_ending_before(
        &self,
        s: &Sentence,
        at: usize,
        reach: usize,
    ) -> impl Iterator<Item = Hit> + '_ {
        self.casualty_hits(s)
            .filter(move |c| c.end <= at && at - c.end <= reach)
    }

    pub fn key(&self, h: Hit) -> &str {
        &self.lex.entry(h).key
    }

    /// The text between token `t - 1` and token `t`: from the start of the text before the
    /// first token, to its end after the last.
    pub fn gap_before(&self, t: usize) -> &str {
        let text = &self.norm.text;
        let from = t
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .map_or(0, |p| p.end as usize);
        let to = self.tokens.get(t).map_or(text.len(), |b| b.start as usize);
        text.get(from..to.max(from)).unwrap_or("")
    }

    /// Whether token `i` belongs to a time expression ("صباح اليوم الثلاثاء").
    pub fn in_time(&self, i: usize) -> bool {
        // Found left to right without overlap: only the last one starting at or before `i`
        // can hold it.
        let after = self.times.partition_point(|t| t.first_token <= i);
        after > 0 && self.times.get(after - 1).is_some_and(|t| i < t.end_token)
    }

    /// A comma in the gaps before tokens `first..=last`: between token `first - 1` and `last`.
    pub fn comma_between(&self, first: usize, last: usize) -> bool {
        self.marks_between(first, last, &[',', '،'])
    }

    /// One of `marks` in the gaps before tokens `first..=last`.
    pub fn marks_between(&self, first: usize, last: usize, marks: &[char]) -> bool {
        (first..=last).any(|i| self.gap_before(i).contains(marks))
    }

    /// A number ending right before token `at` (it counts what stands there).
    pub fn counted_at(&self, at: usize) -> bool {
        self.numbers.iter().any(|n| n.end_token == at)
    }

    /// Is there a hit of `cat` ending exactly at token `end` (adjacent before a mention)?
    pub fn hit_ending_at(&self, s: &Sentence, cat: Category, end: usize) -> Option<Hit> {
        self.hits_in(s, cat).find(|h| h.end == end)
    }

    pub fn places_in(&self, s: &Sentence) -> impl Iterator<Item = &PlaceMatch> + '_ {
        let (a, b) = (s.start, s.end);
        let from = self.places.partition_point(|p| p.start < a);
        self.places[from..].iter().take_while(move |p| p.start < b)
    }

    /// Original-text span of tokens `first..end`.
    pub fn orig_span(&self, first: usize, end: usize) -> crate::Span {
        let Some((a, b)) = self.norm_range(first, end) else {
            return crate::Span::default();
        };
        let (s, e) = self.norm.original_span(a, b);
        crate::Span::new(s, e)
    }

    /// Normalised byte range of tokens `first..end`; `None` for an empty or foreign range.
    pub fn norm_range(&self, first: usize, end: usize) -> Option<(usize, usize)> {
        let a = self.tokens.get(first)?;
        let b = self.tokens.get(end.checked_sub(1)?)?;
        Some((a.start as usize, b.end as usize))
    }

    /// Tokens `first..end` of sentence `s` as a sentence of their own (a clause, the words
    /// around a verb); one that runs to the end of `s` keeps its end (its closing mark).
    pub fn part_of(&self, s: &Sentence, first: usize, end: usize) -> Sentence {
        let (start, last_end) = self.norm_range(first, end).unwrap_or((s.start, s.end));
        Sentence {
            start,
            end: if end == s.end_token { s.end } else { last_end },
            first_token: first,
            end_token: end,
            segment: s.segment,
        }
    }

    /// Original-text span of a normalised byte range.
    pub fn orig_bytes(&self, start: usize, end: usize) -> crate::Span {
        let (s, e) = self.norm.original_span(start, end);
        crate::Span::new(s, e)
    }
}

/// Tokens ending in "ين" whose original spelling puts a fatha (with an optional sukun on the
/// ya) before it: the dual ending -ayn, not the plural -īn.
fn marked_duals(text: &str, norm: &Normalized, tokens: &[Token]) -> Vec<usize> {
    const FATHA: char = '\u{064E}';
    // Other harakat (sukun, shadda, the kasra on the final nun) say nothing here.
    let other_mark = |c: char| ('\u{064B}'..='\u{0652}').contains(&c) && c != FATHA;
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.text(&norm.text).ends_with("ين"))
        .filter(|(_, t)| {
            let (a, b) = norm.original_span(t.start as usize, t.end as usize);
            let Some(orig) = text.get(a..b) else {
                return false;
            };
            let mut rev = orig.chars().rev().filter(|c| !other_mark(*c));
            matches!(
                (rev.next(), rev.next(), rev.next()),
                (Some('ن'), Some('ي'), Some(FATHA))
            )
        })
        .map(|(i, _)| i)
        .collect()
}

/// "the situation is tense" names no Islamic State: the words of a hit ("IS", "US") are
/// written with no small Latin letter.
fn in_capitals(original: &str, norm: &Normalized, tokens: &[Token], h: Hit) -> bool {
    tokens.get(h.first..h.end).is_some_and(|words| {
        words.iter().all(|t| {
            let (s, e) = norm.original_span(t.start as usize, t.end as usize);
            original
                .get(s..e)
                .is_some_and(|o| !o.bytes().any(|b| b.is_ascii_lowercase()))
        })
    })
}

/// Words after which a "lost" verb (فقد، فقدان، أودى، لقي، فارق) names a death: the word for life
/// ("حياته"، "لحياتهما"، "بحياة"، "فارق شاب الحياة") or for death ("لقي شخصان حتفهما"، "لقي شاب مصرعه")
/// follows within a few words; the word for death, which says nothing else, may come after a
/// longer subject ("لقي ثلاثة عناصر من قوات النظام مصرعهم").
const LIFE_REACH: usize = 4;
const DEATH_REACH: usize = 8;

fn life_follows(text: &str, tokens: &[Token], h: Hit) -> bool {
    tokens
        .iter()
        .skip(h.end)
        .take(DEATH_REACH)
        .enumerate()
        .any(|(i, t)| {
            let w = t.text(text);
            let w = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
            let life = w.starts_with("حيات") || w == "حياه" || w == "الحياه";
            (life && i < LIFE_REACH) || w.starts_with("حتف") || w.starts_with("مصرع")
        })
}

/// "منزل عائلة \"تركي الحلبي\"": a one-word side right after a word of family or naming
/// (role kin) is a person's name, and so is that word elsewhere in the report ("طفلتا تركي").
fn drop_personal_names(hits: &mut Vec<Hit>, lex: &Lexicon, text: &str, tokens: &[Token]) {
    let word = |h: &Hit| tokens.get(h.first).map_or("", |t| t.text(text));
    let one_word_side = |h: &Hit| lex.entry(*h).category == Category::Actor && h.end - h.first == 1;
    let kin_ends: Vec<usize> = hits
        .iter()
        .filter(|&&h| {
            let e = lex.entry(h);
            e.category == Category::Role && e.key == "kin"
        })
        .map(|h| h.end)
        .collect();
    if kin_ends.is_empty() {
        return;
    }
    let names: Vec<&str> = hits
        .iter()
        .filter(|h| one_word_side(h) && kin_ends.contains(&h.first))
        .map(word)
        .collect();
    hits.retain(|h| !one_word_side(h) || !names.contains(&word(h)));
}

/// The lexicon key of "الاحتلال" alone, which names no side by itself.
const OCCUPIER: &str = "OCCUPIER";

/// "قصف مدفعي للاحتلال": the occupation named alone is the occupier the article last named
/// as such ("الاحتلال التركي"، "القوات الأمريكية المحتلة"), or else the one it names next.
/// With none named it stays unresolved and is dropped: which occupier it means depends on the
/// outlet, not on the words.
fn resolve_occupiers(hits: &mut Vec<Hit>, lex: &Lexicon, text: &str, tokens: &[Token]) {
    let is_actor = |h: &Hit| lex.entry(*h).category == Category::Actor;
    let is_occupier = |h: &Hit| is_actor(h) && lex.entry(*h).key == OCCUPIER;
    if !hits.iter().any(is_occupier) {
        return;
    }
    let named: Vec<Hit> = hits
        .iter()
        .copied()
        .filter(|h| {
            let e = lex.entry(*h);
            is_actor(h)
                && e.key != OCCUPIER
                && (e.form.contains("احتلال") || e.form.contains("محتل"))
        })
        .collect();
    // "احتلال عفرين" is the taking of a town; only the definite noun is the occupier.
    let definite = |h: &Hit| {
        tokens
            .get(h.first)
            .is_some_and(|t| t.text(text).ends_with("لاحتلال"))
    };
    hits.retain_mut(|h| {
        if !is_occupier(h) {
            return true;
        }
        let before = named.iter().rev().find(|n| n.end <= h.first);
        let after = || named.iter().find(|n| n.first >= h.end);
        match before.or_else(after) {
            Some(n) if definite(h) => {
                h.entry = n.entry;
                true
            }
            _ => false,
        }
    });
}
