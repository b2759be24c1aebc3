//! Word tables and reading one token: the atom a number word or a run of digits stands
//! for, through the clitics in front ("وبثلاثه"، "ب20").

use super::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// الف، مليون: one of it, or a multiplier after a count.
    Single,
    /// الفين، مليونين: exactly two of it.
    Dual,
    /// الاف، ملايين: after a count 3..10, or alone = vague 2×.
    Plural,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Atom {
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
pub(super) fn read_atom(norm: &str, tokens: &[Token], j: usize) -> Option<(Atom, bool, usize)> {
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
