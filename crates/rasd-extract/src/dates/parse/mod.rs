//! The parser: a time expression read token by token from where it starts.

use super::*;

mod absolute;
mod periods;
mod relative;

impl<'a> P<'a> {
    pub(super) fn w(&self, j: usize) -> &'a str {
        self.t.get(j).map_or("", |t| t.text(self.s))
    }

    fn bare(&self, j: usize) -> &'a str {
        strip_conj(self.w(j))
    }

    /// The text between token `j - 1` and token `j`.
    pub(super) fn gap(&self, j: usize) -> Option<&'a str> {
        if j == 0 || j >= self.t.len() {
            return None;
        }
        let (a, b) = (self.t[j - 1].end as usize, self.t[j].start as usize);
        if a > b {
            return None;
        }
        self.s.get(a..b)
    }

    /// Only spaces (no line break) before token `j`.
    fn sp(&self, j: usize) -> bool {
        self.gap(j)
            .is_some_and(|g| g.chars().all(|c| c.is_whitespace() && c != '\n'))
    }

    /// Spaces and at most one comma before token `j`.
    fn soft(&self, j: usize) -> bool {
        self.gap(j).is_some_and(|g| {
            let mut commas = 0;
            g.chars().all(|c| {
                if c == ',' || c == '،' {
                    commas += 1;
                    true
                } else {
                    c.is_whitespace() && c != '\n'
                }
            }) && commas <= 1
        })
    }

    pub(super) fn class(&self, j: usize) -> Option<C> {
        let w = self.w(j);
        if w.is_empty() || w.len() > 40 {
            return None;
        }
        let t = table();
        if let Some(c) = t.get(w) {
            return Some(*c);
        }
        let b = strip_conj(w);
        if b.len() == w.len() {
            return None;
        }
        // A clitic on a weak month ("واب") is too likely another word.
        t.get(b)
            .copied()
            .filter(|c| !matches!(c, C::Month(_, true)))
    }

    fn class_sp(&self, j: usize) -> Option<C> {
        if self.sp(j) { self.class(j) } else { None }
    }

    pub(super) fn parse_at(&self, i: usize, floor: usize) -> Option<Parsed> {
        if numeral(self.w(i)).is_some() {
            return match self.abs_at(i, false, true) {
                Some((abs, end)) => Some(Parsed::new(i, end, Core::Abs(abs))),
                None => self.day_of_month_named(i),
            };
        }
        match self.class(i)? {
            C::Tod | C::Muntasaf | C::Yawm => self.prefixed(i),
            C::Today | C::Tonight | C::Yesterday | C::Tomorrow | C::Awwal => self.rel(i, i, floor),
            C::Baad => self.rel(i, i, floor).or_else(|| self.after(i)),
            C::Wd(_) => self.weekday(i, i, false),
            C::Month(..) | C::MonthHead(_) | C::Ord(_) | C::Hadi => {
                let ctx = self.month_context(i);
                self.abs_expr(i, i, ctx)
                    .or_else(|| self.day_of_month_named(i))
            }
            C::Shahr => self.abs_expr(i + 1, i, true).filter(|_| self.sp(i + 1)),
            C::WeekW | C::MonthW | C::YearW | C::This | C::Past | C::Next | C::Part(_) => {
                self.period(i)
            }
            C::Since => self.since(i),
            C::Ago => self.ago(i),
            C::EnAgo => self.en_ago(i, floor),
            C::Prep => self.prep_year(i),
            C::Recent(days, precision) => self.recent(i, days, precision),
            C::Current => None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Resolution

/// Months, weeks or years from the current one, by the word after "الشهر" ("الماضي": -1).
fn offset_of(c: Option<C>) -> Option<i64> {
    match c {
        Some(C::Past) => Some(-1),
        Some(C::Current) => Some(0),
        Some(C::Next) => Some(1),
        _ => None,
    }
}
