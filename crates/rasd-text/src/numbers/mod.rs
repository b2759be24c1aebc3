//! Numbers in normalised Arabic (and plain English) text: digits, number words with clitics,
//! compounds ("خمسه وعشرين"، "ثلاثه الاف")، vague plurals ("عشرات الالاف") and the qualifier
//! in front ("نحو"، "اكثر من").
//!
//! Input is text already passed through [`crate::normalize`] plus its [`crate::tokenize`]
//! tokens, so every table here is written in normalised spelling (ة→ه، ى/ئ→ي، أ→ا: مئة is
//! "ميه").

use crate::tokens::Token;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// How a stated number relates to the real count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumQualifier {
    Approx,
    MoreThan,
    LessThan,
}

/// A number found in the text. `first_token..end_token` covers the qualifier words too
/// ("اكثر من 20"), so the span is the whole quantity phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMention {
    pub first_token: usize,
    /// Exclusive token index.
    pub end_token: usize,
    pub value: u64,
    pub qualifier: Option<NumQualifier>,
    /// A plural of tens/hundreds/thousands ("عشرات" = 20, "مئات" = 200, "الاف" = 2000) or
    /// "بضع" (3): a lower-bound guess, always with a qualifier (Approx unless one was written).
    pub vague: bool,
}

/// Every number in `norm`, left to right, non-overlapping.
///
/// Skipped on purpose: decimals without a multiplier ("1.5 كم" is no count), digits glued to
/// a model name ("F-16"، "اس-300"), parts of dates and times ("2021/08/10"، "01:35"),
/// percentages, and "عده"/"عدد من" (no value). Years are returned: see [`looks_like_year`].
pub fn find_numbers(norm: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(p) = parse_number(norm, tokens, i) else {
            i += 1;
            continue;
        };
        let (first, explicit) = qualifier_before(norm, tokens, i);
        let mut end = p.end;
        let mut qualifier = explicit;
        // "20 تقريبا": the hedge can also follow the number.
        if qualifier.is_none()
            && end < tokens.len()
            && gap_is_space(norm, tokens, end)
            && matches!(tok(norm, tokens, end), "تقريبا" | "approximately")
        {
            qualifier = Some(NumQualifier::Approx);
            end += 1;
        }
        if p.vague && qualifier.is_none() {
            qualifier = Some(NumQualifier::Approx);
        }
        out.push(NumberMention {
            first_token: first,
            end_token: end,
            value: p.value,
            qualifier,
            vague: p.vague,
        });
        i = end.max(i + 1);
    }
    out
}

/// The number that starts exactly at token `i`, without looking for a qualifier before it.
/// For callers that expect a count in a known place ("قبل ثلاثه ايام").
pub fn number_at(norm: &str, tokens: &[Token], i: usize) -> Option<NumberMention> {
    let p = parse_number(norm, tokens, i)?;
    Some(NumberMention {
        first_token: i,
        end_token: p.end,
        value: p.value,
        qualifier: p.vague.then_some(NumQualifier::Approx),
        vague: p.vague,
    })
}

/// A plain four-digit token read as a year: 1900..=2100, no qualifier, not vague. A round
/// hundred (2000) counts as a year only after a year cue (عام، سنه، منذ، in, since ...),
/// since "2000 عنصر" is more often a count.
pub fn looks_like_year(norm: &str, tokens: &[Token], m: &NumberMention) -> bool {
    if m.vague || m.qualifier.is_some() || m.end_token != m.first_token + 1 {
        return false;
    }
    let t = tok(norm, tokens, m.first_token);
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) || !(1900..=2100).contains(&m.value) {
        return false;
    }
    if !m.value.is_multiple_of(100) {
        return true;
    }
    m.first_token > 0
        && gap_is_space(norm, tokens, m.first_token)
        && matches!(
            strip_conj(tok(norm, tokens, m.first_token - 1)),
            "عام"
                | "العام"
                | "لعام"
                | "سنه"
                | "السنه"
                | "منذ"
                | "مطلع"
                | "اواخر"
                | "اوايل"
                | "منتصف"
                | "بدايه"
                | "نهايه"
                | "in"
                | "since"
                | "year"
        )
}

/// The candidate singular of an Arabic dual: the word minus "ين" or "ان" ("جنديين"→"جندي",
/// "طفلان"→"طفل"). Spelling cannot tell a dual from a sound plural ("مدنيين") or from a
/// word that just ends so ("ايران"), so the caller must confirm the stem in its lexicon and
/// know that noun's plural is not the sound "ين" one. Feminine duals keep the ت of the
/// ة: "دبابتين"→"دبابت" (the caller tries it with ه). `word` should be clitic-free.
pub fn dual_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix("ين")
        .or_else(|| word.strip_suffix("ان"))?;
    (stem.chars().count() >= 2).then_some(stem)
}

// ---------------------------------------------------------------------------------------
// Word tables

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// الف، مليون: one of it, or a multiplier after a count.
    Single,
    /// الفين، مليونين: exactly two of it.
    Dual,
    /// الاف، ملايين: after a count 3..10, or alone = vague 2×.
    Plural,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Atom {
    /// 1..=9 (English also ten).
    Unit(u64),
    /// Arabic عشر/عشره: ten alone, or the tail of 11..19.
    Ten,
    /// احد، اثنا ...: only before عشر.
    TeenHead(u64),
    /// 11..=19 in one or two tokens.
    Teen(u64),
    /// 20..=90.
    Tens(u64),
    /// مئه / hundred: 100 alone or ×100 after a unit ("ثلاث مئه").
    Hundred,
    /// 200..=900 and the compounds (مئتين، ثلاثمئه).
    Hundreds(u64),
    Mult(u64, Form),
    /// Plural of a power of ten: عشرات → 10, مئات → 100; value is twice that.
    Vague(u64),
    /// بضع / a few: 3, vague.
    Few,
    Int(u64),
    /// Digits with a decimal part: mantissa and number of decimals ("1.5" = 15, 1).
    Decimal(u64, u32),
}

/// FNV-1a: short keys, no need for SipHash's DoS resistance.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static str, Atom, BuildHasherDefault<Fnv>>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(build_table)
}

fn build_table() -> Table {
    use Atom::*;
    use Form::*;
    let mut t = Table::default();
    let units: [(&[&str], u64); 9] = [
        (&["واحد", "واحده", "one"], 1),
        (&["اثنان", "اثنين", "اثنتان", "اثنتين", "two"], 2),
        (&["ثلاث", "ثلاثه", "three"], 3),
        (&["اربع", "اربعه", "four"], 4),
        (&["خمس", "خمسه", "five"], 5),
        (&["ست", "سته", "six"], 6),
        (&["سبع", "سبعه", "seven"], 7),
        (&["ثمان", "ثماني", "ثمانيه", "eight"], 8),
        (&["تسع", "تسعه", "nine"], 9),
    ];
    for (words, v) in units {
        for w in words {
            t.insert(*w, Unit(v));
        }
    }
    t.insert("ten", Unit(10));
    t.insert("zero", Int(0));
    for w in ["عشر", "عشره"] {
        t.insert(w, Ten);
    }
    for (w, v) in [
        ("احد", 1),
        ("احدي", 1),
        ("اثنا", 2),
        ("اثني", 2),
        ("اثنتا", 2),
        ("اثنتي", 2),
    ] {
        t.insert(w, TeenHead(v));
    }
    for (w, v) in [
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("dozen", 12),
    ] {
        t.insert(w, Teen(v));
    }
    let tens: [(&[&str], u64); 8] = [
        (&["عشرون", "عشرين", "twenty"], 20),
        (&["ثلاثون", "ثلاثين", "thirty"], 30),
        (&["اربعون", "اربعين", "forty"], 40),
        (&["خمسون", "خمسين", "fifty"], 50),
        (&["ستون", "ستين", "sixty"], 60),
        (&["سبعون", "سبعين", "seventy"], 70),
        (&["ثمانون", "ثمانين", "eighty"], 80),
        (&["تسعون", "تسعين", "ninety"], 90),
    ];
    for (words, v) in tens {
        for w in words {
            t.insert(*w, Tens(v));
        }
    }
    for w in ["ميه", "مايه", "hundred"] {
        t.insert(w, Hundred);
    }
    for w in [
        "ميتا",
        "ميتان",
        "ميتين",
        "ميتي",
        "مايتا",
        "مايتان",
        "مايتين",
        "مايتي",
    ] {
        t.insert(w, Hundreds(200));
    }
    let hundreds: [(&[&str], u64); 7] = [
        (&["ثلاثميه", "ثلاثمايه"], 300),
        (&["اربعميه", "اربعمايه"], 400),
        (&["خمسميه", "خمسمايه"], 500),
        (&["ستميه", "ستمايه"], 600),
        (&["سبعميه", "سبعمايه"], 700),
        (&["ثمانميه", "ثمانمايه", "ثمانيميه", "ثمانيمايه"], 800),
        (&["تسعميه", "تسعمايه"], 900),
    ];
    for (words, v) in hundreds {
        for w in words {
            t.insert(*w, Hundreds(v));
        }
    }
    let mults: [(&str, u64, Form); 25] = [
        ("الف", 1_000, Single),
        ("الفا", 1_000, Single),
        ("thousand", 1_000, Single),
        ("الفان", 1_000, Dual),
        ("الفين", 1_000, Dual),
        ("الفي", 1_000, Dual),
        ("الاف", 1_000, Plural),
        ("الالاف", 1_000, Plural),
        ("الوف", 1_000, Plural),
        ("thousands", 1_000, Plural),
        ("مليون", 1_000_000, Single),
        ("مليونا", 1_000_000, Single),
        ("million", 1_000_000, Single),
        ("مليونان", 1_000_000, Dual),
        ("مليونين", 1_000_000, Dual),
        ("مليوني", 1_000_000, Dual),
        ("ملايين", 1_000_000, Plural),
        ("الملايين", 1_000_000, Plural),
        ("millions", 1_000_000, Plural),
        ("مليار", 1_000_000_000, Single),
        ("مليارا", 1_000_000_000, Single),
        ("billion", 1_000_000_000, Single),
        ("ملياران", 1_000_000_000, Dual),
        ("مليارين", 1_000_000_000, Dual),
        ("مليارات", 1_000_000_000, Plural),
    ];
    for (w, m, f) in mults {
        t.insert(w, Mult(m, f));
    }
    for (w, v) in [
        ("عشرات", 10),
        ("العشرات", 10),
        ("tens", 10),
        ("dozens", 12),
        ("ميات", 100),
        ("الميات", 100),
        ("hundreds", 100),
    ] {
        t.insert(w, Vague(v));
    }
    for w in ["بضع", "بضعه", "few"] {
        t.insert(w, Few);
    }
    t
}

// ---------------------------------------------------------------------------------------
// Reading one token

fn tok<'a>(norm: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens.get(i).map_or("", |t| t.text(norm))
}

/// Only spaces between token `i - 1` and token `i`.
fn gap_is_space(norm: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || i >= tokens.len() {
        return false;
    }
    let (a, b) = (tokens[i - 1].end as usize, tokens[i].start as usize);
    a <= b
        && norm
            .get(a..b)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
}

fn strip_conj(t: &str) -> &str {
    for c in ["و", "ف"] {
        if let Some(r) = t.strip_prefix(c)
            && r.chars().count() >= 2
        {
            return r;
        }
    }
    t
}

/// An Arabic letter that can sit in front of digits: و ف ب ل.
fn is_clitic(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ل')
}

/// Digits with optional "," or "." groups: thousands where every later group has three
/// digits ("1,200"، "3.000")، otherwise one decimal point ("1.5"، "2,5"، "2٫5").
fn parse_digits(s: &str) -> Option<Atom> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    let mut seps = 0usize;
    let mut sep: Option<char> = None;
    for c in s.chars() {
        match c {
            '0'..='9' => {}
            '.' | ',' | '٫' => {
                seps += 1;
                if sep.is_some_and(|p| p != c) {
                    return None;
                }
                sep = Some(c);
            }
            _ => return None,
        }
    }
    if seps == 0 {
        return int_of(s).map(Atom::Int);
    }
    let mut groups = s.split(['.', ',', '٫']);
    let head = groups.next().unwrap_or("");
    let rest: Vec<&str> = groups.collect();
    let thousands = sep != Some('٫') && head.len() <= 3 && rest.iter().all(|g| g.len() == 3);
    if thousands {
        let mut v: u64 = int_of(head)?;
        for g in rest {
            v = v.checked_mul(1000)?.checked_add(int_of(g)?)?;
        }
        return Some(Atom::Int(v));
    }
    if seps == 1 {
        let frac = rest.first().copied().unwrap_or("");
        if frac.is_empty() || frac.len() > 6 {
            return None;
        }
        let scale = frac.len() as u32;
        let mant = int_of(head)?
            .checked_mul(10u64.pow(scale))?
            .checked_add(int_of(frac)?)?;
        return Some(Atom::Decimal(mant, scale));
    }
    None
}

fn int_of(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 19 {
        return None;
    }
    let mut v: u64 = 0;
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    Some(v)
}

/// The atom of one token and whether a joining و was stripped from it.
fn read_word(t: &str) -> Option<(Atom, bool)> {
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    let first = t.chars().next()?;
    if first.is_ascii_digit() {
        return parse_digits(t).map(|a| (a, false));
    }
    if first.is_ascii() {
        return table().get(t).map(|a| (*a, false));
    }
    // Clitics before digits: "و3"، "ب20"، "وب1,200".
    let lead = t.chars().take_while(|&c| is_clitic(c)).count();
    if (1..=2).contains(&lead) {
        let rest = &t[t.char_indices().nth(lead).map_or(t.len(), |(i, _)| i)..];
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return parse_digits(rest).map(|a| (a, t.starts_with('و')));
        }
    }
    let tbl = table();
    if let Some(a) = tbl.get(t) {
        return Some((*a, false));
    }
    // "لست" is "I am not", not ل + ست.
    if t == "لست" {
        return None;
    }
    let (base, waw) = match t.strip_prefix('و').or_else(|| t.strip_prefix('ف')) {
        Some(r) if r.chars().count() >= 2 => (r, t.starts_with('و')),
        _ => (t, false),
    };
    if base.len() != t.len()
        && let Some(a) = tbl.get(base)
    {
        return Some((*a, waw));
    }
    // Not ك: "كميات" (quantities) would read as ك + ميات.
    for p in ['ب', 'ل'] {
        if let Some(r) = base.strip_prefix(p)
            && r.chars().count() >= 2
            && let Some(a) = tbl.get(r)
        {
            return Some((*a, waw));
        }
    }
    None
}

/// The atom at token `j`, whether it was joined with و, and how many tokens it took
/// (a teen is two: "ثلاثه عشر").
fn read_atom(norm: &str, tokens: &[Token], j: usize) -> Option<(Atom, bool, usize)> {
    let (atom, waw) = read_word(tok(norm, tokens, j))?;
    let head = match atom {
        Atom::Unit(u) if u <= 9 && !tok(norm, tokens, j).is_ascii() => Some(u),
        Atom::TeenHead(u) => Some(u),
        _ => None,
    };
    if let Some(u) = head {
        if j + 1 < tokens.len()
            && gap_is_space(norm, tokens, j + 1)
            && matches!(tok(norm, tokens, j + 1), "عشر" | "عشره")
        {
            return Some((Atom::Teen(10 + u), waw, 2));
        }
        if matches!(atom, Atom::TeenHead(_)) {
            return None;
        }
    }
    Some((atom, waw, 1))
}

// ---------------------------------------------------------------------------------------
// Combining atoms

struct Parsed {
    end: usize,
    value: u64,
    vague: bool,
}

#[derive(Default)]
struct State {
    total: u64,
    /// The part below the last multiplier.
    group: u64,
    units: u64,
    tens: bool,
    hund: bool,
    digits: bool,
    decimal: Option<(u64, u32)>,
    /// The smallest multiplier applied so far; later parts must be smaller.
    last_mult: u64,
    vague: bool,
    prev: Option<Atom>,
}

impl State {
    fn after_mult(&self) -> bool {
        self.group == 0 && self.total > 0 && self.decimal.is_none()
    }

    fn reset_group(&mut self) {
        self.group = 0;
        self.units = 0;
        self.tens = false;
        self.hund = false;
        self.digits = false;
        self.decimal = None;
    }

    /// Fold `a` in; false means the number ended before it.
    fn apply(&mut self, a: Atom, first: bool, joined: bool, ascii: bool) -> bool {
        let ok = if first {
            self.start(a)
        } else {
            self.next(a, joined, ascii)
        };
        if ok {
            self.prev = Some(a);
        }
        ok
    }

    fn start(&mut self, a: Atom) -> bool {
        self.last_mult = u64::MAX;
        match a {
            Atom::Unit(u) => {
                self.group = u;
                self.units = u;
            }
            Atom::Ten => {
                self.group = 10;
                self.units = 10;
            }
            Atom::Teen(v) => {
                self.group = v;
                self.units = v;
            }
            Atom::Tens(v) => {
                self.group = v;
                self.tens = true;
            }
            Atom::Hundred => {
                self.group = 100;
                self.hund = true;
            }
            Atom::Hundreds(v) => {
                self.group = v;
                self.hund = true;
            }
            Atom::Mult(m, f) => {
                self.total = if f == Form::Single { m } else { 2 * m };
                self.vague = f == Form::Plural;
                self.last_mult = m;
            }
            Atom::Vague(v) => {
                self.group = 2 * v;
                self.vague = true;
                self.digits = true;
            }
            Atom::Few => {
                self.group = 3;
                self.vague = true;
                self.digits = true;
            }
            Atom::Int(v) => {
                self.group = v;
                self.digits = true;
            }
            Atom::Decimal(m, s) => self.decimal = Some((m, s)),
            Atom::TeenHead(_) => return false,
        }
        true
    }

    fn next(&mut self, a: Atom, joined: bool, ascii: bool) -> bool {
        // English joins by plain adjacency ("twenty five") or "and".
        let joined = joined || ascii;
        let small_ok = |s: &State, v: u64| {
            !s.digits && !s.tens && s.units == 0 && (s.hund || (s.after_mult() && v < s.last_mult))
        };
        match a {
            Atom::Unit(u) | Atom::Teen(u) => {
                let after_tens = ascii
                    && self.tens
                    && self.units == 0
                    && matches!(self.prev, Some(Atom::Tens(_)))
                    && u <= 9;
                if joined && (small_ok(self, u) || after_tens) {
                    self.group += u;
                    self.units = u;
                    true
                } else {
                    false
                }
            }
            Atom::Ten => {
                if joined && small_ok(self, 10) {
                    self.group += 10;
                    self.units = 10;
                    true
                } else {
                    false
                }
            }
            Atom::Tens(v) => {
                // Arabic puts the unit first: "خمسه وعشرين".
                let unit_first = !ascii && (1..=9).contains(&self.units) && !self.digits;
                let ok = joined
                    && !self.tens
                    && (unit_first
                        || (self.units == 0
                            && !self.digits
                            && (self.hund || (self.after_mult() && v < self.last_mult))));
                if ok {
                    self.group += v;
                    self.tens = true;
                }
                ok
            }
            Atom::Hundred => {
                // "ثلاث مئه"، "three hundred", "3 مئه": a count 1..9 times a hundred.
                let count = self.group;
                if !joined_strict(joined, ascii)
                    && !self.hund
                    && !self.tens
                    && !self.vague
                    && (1..=9).contains(&count)
                {
                    self.group = count * 100;
                    self.units = 0;
                    self.digits = false;
                    self.hund = true;
                    true
                } else if joined && self.after_mult() && 100 < self.last_mult {
                    self.group = 100;
                    self.hund = true;
                    true
                } else {
                    false
                }
            }
            Atom::Hundreds(v) => {
                if joined && self.after_mult() && v < self.last_mult {
                    self.group = v;
                    self.hund = true;
                    true
                } else {
                    false
                }
            }
            Atom::Int(d) => {
                let ok = joined
                    && !ascii
                    && ((self.after_mult() && d < self.last_mult)
                        || (self.hund && !self.tens && self.units == 0 && !self.digits && d < 100));
                if ok {
                    self.group += d;
                    self.digits = true;
                }
                ok
            }
            Atom::Mult(m, f) => self.mult(m, f, joined, ascii),
            Atom::Vague(_) | Atom::Few | Atom::TeenHead(_) | Atom::Decimal(..) => false,
        }
    }

    fn mult(&mut self, m: u64, f: Form, joined: bool, ascii: bool) -> bool {
        let has_count = self.group > 0 || self.decimal.is_some();
        if !joined_strict(joined, ascii) && has_count && m < self.last_mult && f != Form::Dual {
            let add = match self.decimal {
                Some((mant, scale)) => mant.checked_mul(m).map(|v| v / 10u64.pow(scale.min(18))),
                None => self.group.checked_mul(m),
            };
            let Some(total) = add.and_then(|a| self.total.checked_add(a)) else {
                return false;
            };
            self.total = total;
            self.reset_group();
            self.last_mult = m;
            return true;
        }
        // "مليون والف": a smaller round part after a bigger one.
        if joined && self.after_mult() && m < self.last_mult && f != Form::Plural {
            let add = if f == Form::Dual { 2 * m } else { m };
            self.total = self.total.saturating_add(add);
            self.last_mult = m;
            return true;
        }
        false
    }
}

/// Direct adjacency (no و) for Arabic; English never writes "and" before hundred/thousand.
fn joined_strict(joined: bool, ascii: bool) -> bool {
    joined && !ascii
}

/// An English number word (digits are neither language).
fn is_english(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Is the token at `j` a bare joiner ("و" written apart, or "and")?
fn is_joiner(t: &str) -> bool {
    t == "و" || t == "and"
}

fn parse_number(norm: &str, tokens: &[Token], i: usize) -> Option<Parsed> {
    let first_text = tok(norm, tokens, i);
    let (atom, _, used) = read_atom(norm, tokens, i)?;
    if matches!(atom, Atom::Int(_) | Atom::Decimal(..)) && !standalone_digits(norm, tokens, i) {
        return None;
    }
    // "التاسع عشر" is an ordinal, not ten.
    if atom == Atom::Ten && i > 0 && tok(norm, tokens, i - 1).starts_with("ال") {
        return None;
    }
    let mut st = State::default();
    if !st.apply(atom, true, false, is_english(first_text)) {
        return None;
    }
    let mut j = i + used;
    loop {
        if j >= tokens.len() || !gap_is_space(norm, tokens, j) {
            break;
        }
        let t = tok(norm, tokens, j);
        // "tens of thousands"
        if t == "of"
            && matches!(st.prev, Some(Atom::Vague(_)))
            && j + 1 < tokens.len()
            && gap_is_space(norm, tokens, j + 1)
            && let Some((a @ Atom::Mult(_, Form::Plural), _, 1)) = read_atom(norm, tokens, j + 1)
            && st.apply(a, false, false, true)
        {
            j += 2;
            continue;
        }
        let (k, forced) = if is_joiner(t) {
            (j + 1, true)
        } else {
            (j, false)
        };
        if forced && (k >= tokens.len() || !gap_is_space(norm, tokens, k)) {
            break;
        }
        let Some((a, waw, n)) = read_atom(norm, tokens, k) else {
            break;
        };
        if matches!(a, Atom::Int(_) | Atom::Decimal(..)) && !standalone_digits(norm, tokens, k) {
            break;
        }
        if !st.apply(a, false, waw || forced, is_english(tok(norm, tokens, k))) {
            break;
        }
        j = k + n;
    }
    if st.decimal.is_some() {
        return None;
    }
    let value = st.total.checked_add(st.group)?;
    if value == 0 && !matches!(atom, Atom::Int(0)) {
        return None;
    }
    Some(Parsed {
        end: j,
        value,
        vague: st.vague,
    })
}

/// Digits that are a count, not part of a model name, date, time or percentage.
fn standalone_digits(norm: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    let (s, e) = (t.start as usize, t.end as usize);
    let before = norm.get(..s).unwrap_or("");
    let after = norm.get(e..).unwrap_or("");
    let mut b = before.chars().rev();
    let b1 = b.next();
    let b2 = b.next();
    let mut a = after.chars();
    let a1 = a.next();
    let a2 = a.next();
    // F-16, اس-300
    if b1 == Some('-') && b2.is_some_and(char::is_alphabetic) {
        return false;
    }
    // 2021/08/10, 01:35
    let dateish = |c: Option<char>, n: Option<char>| {
        matches!(c, Some('/' | ':')) && n.is_some_and(|n| n.is_ascii_digit())
    };
    if dateish(b1, b2) || dateish(a1, a2) || in_dash_date(norm, tokens, i) {
        return false;
    }
    !matches!(a1, Some('%' | '٪'))
}

/// Token `i` is one of three digit groups joined by "-" (10-8-2021); two are a range.
fn in_dash_date(norm: &str, tokens: &[Token], i: usize) -> bool {
    let dash = |j: usize| {
        j > 0
            && j < tokens.len()
            && tokens[j - 1].end as usize + 1 == tokens[j].start as usize
            && norm.as_bytes().get(tokens[j - 1].end as usize) == Some(&b'-')
            && tok(norm, tokens, j - 1).bytes().all(|b| b.is_ascii_digit())
            && tok(norm, tokens, j).bytes().all(|b| b.is_ascii_digit())
    };
    let mut run = 1;
    let mut j = i;
    while run < 3 && dash(j) {
        run += 1;
        j -= 1;
    }
    j = i + 1;
    while run < 3 && dash(j) {
        run += 1;
        j += 1;
    }
    run >= 3
}

/// Qualifier phrases, longest first so "ما لا يزيد عن" wins over "يزيد عن".
const QUALIFIERS: &[(&[&str], NumQualifier)] = &[
    (&["ما", "لا", "يقل", "عن"], NumQualifier::MoreThan),
    (&["ما", "لا", "يزيد", "عن"], NumQualifier::LessThan),
    (&["ما", "لا", "يزيد", "علي"], NumQualifier::LessThan),
    (&["ما", "لا", "يتجاوز"], NumQualifier::LessThan),
    (&["ما", "يقرب", "من"], NumQualifier::Approx),
    (&["ما", "يزيد", "عن"], NumQualifier::MoreThan),
    (&["ما", "يزيد", "علي"], NumQualifier::MoreThan),
    (&["ما", "يربو", "علي"], NumQualifier::MoreThan),
    (&["ما", "يفوق"], NumQualifier::MoreThan),
    (&["لا", "يقل", "عن"], NumQualifier::MoreThan),
    (&["no", "more", "than"], NumQualifier::LessThan),
    (&["ما", "يقارب"], NumQualifier::Approx),
    (&["يقرب", "من"], NumQualifier::Approx),
    (&["يزيد", "عن"], NumQualifier::MoreThan),
    (&["يزيد", "علي"], NumQualifier::MoreThan),
    (&["يربو", "علي"], NumQualifier::MoreThan),
    (&["اكثر", "من"], NumQualifier::MoreThan),
    (&["ازيد", "من"], NumQualifier::MoreThan),
    (&["اقل", "من"], NumQualifier::LessThan),
    (&["ما", "دون"], NumQualifier::LessThan),
    (&["more", "than"], NumQualifier::MoreThan),
    (&["at", "least"], NumQualifier::MoreThan),
    (&["less", "than"], NumQualifier::LessThan),
    (&["fewer", "than"], NumQualifier::LessThan),
    (&["up", "to"], NumQualifier::LessThan),
    (&["نحو"], NumQualifier::Approx),
    (&["قرابه"], NumQualifier::Approx),
    (&["حوالي"], NumQualifier::Approx),
    (&["زهاء"], NumQualifier::Approx),
    (&["يقارب"], NumQualifier::Approx),
    (&["تقريبا"], NumQualifier::Approx),
    (&["about"], NumQualifier::Approx),
    (&["around"], NumQualifier::Approx),
    (&["approximately"], NumQualifier::Approx),
    (&["nearly"], NumQualifier::Approx),
    (&["almost"], NumQualifier::Approx),
    (&["roughly"], NumQualifier::Approx),
    (&["some"], NumQualifier::Approx),
    (&["over"], NumQualifier::MoreThan),
];

/// The first word of a qualifier may carry clitics: "بنحو"، "لاكثر"، "وبما".
fn first_word_matches(t: &str, w: &str) -> bool {
    if t == w {
        return true;
    }
    if t.is_ascii() {
        return false;
    }
    let base = strip_conj(t);
    if base == w {
        return true;
    }
    ["ب", "ل", "ك"]
        .iter()
        .any(|p| base.strip_prefix(p) == Some(w))
}

/// The qualifier ending right before token `i`: its first token and kind.
fn qualifier_before(norm: &str, tokens: &[Token], i: usize) -> (usize, Option<NumQualifier>) {
    'pat: for (words, q) in QUALIFIERS {
        let n = words.len();
        if i < n {
            continue;
        }
        let start = i - n;
        for (k, w) in words.iter().enumerate() {
            let j = start + k;
            if !gap_is_space(norm, tokens, j + 1) {
                continue 'pat;
            }
            let t = tok(norm, tokens, j);
            let hit = if k == 0 {
                first_word_matches(t, w)
            } else {
                t == *w
            };
            if !hit {
                continue 'pat;
            }
        }
        return (start, Some(*q));
    }
    (i, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{normalize_str, tokenize};

    fn nums(s: &str) -> Vec<(u64, Option<NumQualifier>, bool)> {
        let n = normalize_str(s);
        let t = tokenize(&n);
        find_numbers(&n, &t)
            .into_iter()
            .map(|m| (m.value, m.qualifier, m.vague))
            .collect()
    }

    fn one(s: &str) -> u64 {
        let v = nums(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].0
    }

    #[test]
    fn digits_and_groups() {
        assert_eq!(one("قتل 3 مدنيين"), 3);
        assert_eq!(one("نحو ١٠٠ شاحنة"), 100);
        assert_eq!(one("1,200 عنصر"), 1200);
        assert_eq!(one("3.000 جندي"), 3000);
        assert_eq!(one("1.200.000 نازح"), 1_200_000);
        assert_eq!(one("وصل ب20 آلية"), 20);
        assert_eq!(one("و15 اخرين"), 15);
        // decimals are no count without a multiplier
        assert!(nums("على بعد 1.5 كم").is_empty());
        assert_eq!(one("1.5 مليون نازح"), 1_500_000);
        assert_eq!(one("2,5 مليون"), 2_500_000);
    }

    #[test]
    fn skipped_digit_uses() {
        assert!(nums("طائرة F-16 فوق المدينة").is_empty());
        assert!(nums("منظومة اس-300").is_empty());
        assert!(nums("في 2021/08/10").is_empty());
        assert!(nums("الساعة 01:35").is_empty());
        assert!(nums("بنسبة 50%").is_empty());
        assert!(nums("بتاريخ 10-8-2021").is_empty());
        assert_eq!(nums("بين 20-30 عنصرا").len(), 2);
        assert!(nums("كميات كبيرة").is_empty());
    }

    #[test]
    fn units_and_teens() {
        assert_eq!(one("جندي واحد"), 1);
        assert_eq!(one("اثنين من العناصر"), 2);
        assert_eq!(one("وبثلاثة صواريخ"), 3);
        assert_eq!(one("عشرة جنود"), 10);
        assert_eq!(one("أحد عشر عنصرا"), 11);
        assert_eq!(one("إحدى عشرة آلية"), 11);
        assert_eq!(one("اثنا عشر"), 12);
        assert_eq!(one("اثني عشر جنديا"), 12);
        assert_eq!(one("خمسة عشر صاروخا"), 15);
        assert_eq!(one("تسع عشرة شاحنة"), 19);
        // "احد" alone is "one of", and the weekdays are not numbers
        assert!(nums("احد العناصر").is_empty());
        assert!(nums("يوم الاثنين الماضي").is_empty());
        assert!(nums("الأحد").is_empty());
        assert!(nums("لست ادري").is_empty());
        assert!(nums("القرن التاسع عشر").is_empty());
    }

    #[test]
    fn tens_and_compounds() {
        assert_eq!(one("أربعين آلية"), 40);
        assert_eq!(one("عشرون جنديا"), 20);
        assert_eq!(one("خمسة وعشرين عنصرا"), 25);
        assert_eq!(one("خمسة و عشرين"), 25);
        assert_eq!(one("مئة وخمسة وعشرون"), 125);
        assert_eq!(one("مئه وعشرون"), 120);
        // two numbers, not one sum
        assert_eq!(
            nums("بين عشرين وثلاثين"),
            [(20, None, false), (30, None, false)]
        );
        assert_eq!(nums("قتل 3 و4 جرحى").len(), 2);
    }

    #[test]
    fn hundreds() {
        assert_eq!(one("مئة جندي"), 100);
        assert_eq!(one("مائة"), 100);
        assert_eq!(one("مئتي جندي"), 200);
        assert_eq!(one("مئتين"), 200);
        assert_eq!(one("مائتين"), 200);
        assert_eq!(one("ثلاثمئة عنصر"), 300);
        assert_eq!(one("ثلاثمائة"), 300);
        assert_eq!(one("ثلاث مئة"), 300);
        assert_eq!(one("ثمانمئة"), 800);
        assert_eq!(one("خمسمائة واثنا عشر"), 512);
    }

    #[test]
    fn thousands_and_millions() {
        assert_eq!(one("ألف عنصر"), 1000);
        assert_eq!(one("ألفي جندي"), 2000);
        assert_eq!(one("الفين"), 2000);
        assert_eq!(one("ثلاثة آلاف"), 3000);
        assert_eq!(one("3 آلاف"), 3000);
        assert_eq!(one("خمسة عشر ألفا"), 15_000);
        assert_eq!(one("مئة ألف"), 100_000);
        assert_eq!(one("مئتي الف"), 200_000);
        assert_eq!(one("ألف وخمسمئة"), 1500);
        assert_eq!(one("الف و500"), 1500);
        assert_eq!(one("الف و 500"), 1500);
        assert_eq!(one("ثلاثة آلاف وخمسمئة وخمسة وعشرون"), 3525);
        assert_eq!(one("مليون و200 الف"), 1_200_000);
        assert_eq!(one("مليونين"), 2_000_000);
    }

    #[test]
    fn vague_plurals() {
        assert_eq!(
            nums("عشرات الجنود"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("مئات المدنيين"),
            [(200, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("بعشرات الآليات"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("قتل العشرات"),
            [(20, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("عشرات الآلاف"),
            [(20_000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("مئات الآلاف"),
            [(200_000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("آلاف النازحين"),
            [(2000, Some(NumQualifier::Approx), true)]
        );
        assert_eq!(
            nums("اكثر من عشرات"),
            [(20, Some(NumQualifier::MoreThan), true)]
        );
        assert!(nums("عدة آليات وعدد من الجنود").is_empty());
    }

    #[test]
    fn qualifiers() {
        let q = |s: &str| nums(s).first().and_then(|n| n.1);
        assert_eq!(q("نحو 40 آلية"), Some(NumQualifier::Approx));
        assert_eq!(q("بنحو 200 جندي"), Some(NumQualifier::Approx));
        assert_eq!(q("قرابة خمسين"), Some(NumQualifier::Approx));
        assert_eq!(q("حوالى 30"), Some(NumQualifier::Approx));
        assert_eq!(q("ما يقارب 30"), Some(NumQualifier::Approx));
        assert_eq!(q("ما يقرب من 30"), Some(NumQualifier::Approx));
        assert_eq!(q("زهاء 30"), Some(NumQualifier::Approx));
        assert_eq!(q("30 تقريبا"), Some(NumQualifier::Approx));
        assert_eq!(q("أكثر من ١٠٠ شاحنة"), Some(NumQualifier::MoreThan));
        assert_eq!(q("لأكثر من 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما يزيد عن 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما يزيد على 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("ما لا يقل عن 100"), Some(NumQualifier::MoreThan));
        assert_eq!(q("أقل من 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("ما دون 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("ما لا يزيد عن 10"), Some(NumQualifier::LessThan));
        assert_eq!(q("وصل 10"), None);
        // the span takes the qualifier in
        let n = normalize_str("دخل اكثر من 100 شاحنة");
        let t = tokenize(&n);
        let m = find_numbers(&n, &t);
        assert_eq!((m[0].first_token, m[0].end_token), (1, 4));
    }

    #[test]
    fn english() {
        assert_eq!(one("twenty five soldiers"), 25);
        assert_eq!(one("three hundred and fifty"), 350);
        assert_eq!(one("two thousand"), 2000);
        assert_eq!(
            nums("more than 100 trucks"),
            [(100, Some(NumQualifier::MoreThan), false)]
        );
        assert_eq!(
            nums("tens of thousands"),
            [(20_000, Some(NumQualifier::Approx), true)]
        );
    }

    #[test]
    fn years() {
        let check = |s: &str| {
            let n = normalize_str(s);
            let t = tokenize(&n);
            let m = find_numbers(&n, &t);
            looks_like_year(&n, &t, &m[0])
        };
        assert!(check("في 2021 قتل"));
        assert!(check("عام 2000"));
        assert!(!check("2000 عنصر"));
        assert!(!check("نحو 2021"));
        assert!(!check("150 عنصرا"));
    }

    #[test]
    fn duals() {
        assert_eq!(dual_stem("جنديين"), Some("جندي"));
        assert_eq!(dual_stem("طفلين"), Some("طفل"));
        assert_eq!(dual_stem("طفلان"), Some("طفل"));
        assert_eq!(dual_stem("دبابتين"), Some("دبابت"));
        assert_eq!(dual_stem("جندي"), None);
        assert_eq!(dual_stem("ان"), None);
    }

    #[test]
    fn number_at_start() {
        let n = normalize_str("قبل ثلاثة ايام");
        let t = tokenize(&n);
        assert_eq!(
            number_at(&n, &t, 1).map(|m| (m.value, m.end_token)),
            Some((3, 2))
        );
        assert!(number_at(&n, &t, 0).is_none());
        assert!(number_at(&n, &t, 9).is_none());
    }
}
