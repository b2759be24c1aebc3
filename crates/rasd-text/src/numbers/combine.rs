//! Combining atoms into one number ("خمسه وعشرين"، "ثلاثه الاف"، "tens of thousands"), and
//! the digits that are no count (a model name, a date, a time, a percentage).

use super::*;

pub(super) struct Parsed {
    pub(super) end: usize,
    pub(super) value: u64,
    pub(super) vague: bool,
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

pub(super) fn parse_number(norm: &str, tokens: &[Token], i: usize) -> Option<Parsed> {
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
