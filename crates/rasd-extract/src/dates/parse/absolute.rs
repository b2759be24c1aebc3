//! Printed dates: numeric, a day and a month, a month alone after a preposition, a year.

use super::*;

impl<'a> P<'a> {
    /// "الـ25 من الشهر الجاري"، "22 من الشهر الماضي"، "الثامن من الشهر الجاري": a day of
    /// this month or another counted from it.
    pub(super) fn day_of_month_named(&self, i: usize) -> Option<Parsed> {
        let (day, after) = match numeral(self.w(i)) {
            Some(digits) => (day_digits(digits)?, i + 1),
            None => self.ordinal_day(i)?,
        };
        let m = self.skip_of(after);
        if m == after || self.class_sp(m) != Some(C::MonthW) {
            return None;
        }
        let offset = offset_of(self.class_sp(m + 1))?;
        Some(Parsed::new(i, m + 2, Core::MonthDay { offset, day }))
    }

    /// A bare month is a date only after a preposition or part word ("في ايار"، "مطلع ايار").
    pub(super) fn month_context(&self, i: usize) -> bool {
        i > 0
            && ((self.soft(i)
                && matches!(
                    self.class(i - 1),
                    Some(C::Prep | C::Since | C::Part(_) | C::Muntasaf | C::Shahr)
                ))
                || (self.sp(i) && matches!(self.bare(i - 1), "من" | "on")))
    }

    pub(super) fn abs_expr(&self, k: usize, first: usize, ctx: bool) -> Option<Parsed> {
        let (abs, end) = self.abs_at(k, false, ctx)?;
        Some(Parsed::new(first, end, Core::Abs(abs)))
    }

    /// A printed date at `k`: numeric, day + month, ordinal day + month, or month first.
    /// `ctx`: a bare month name is allowed (a preposition precedes).
    pub(super) fn abs_at(&self, k: usize, after_weekday: bool, ctx: bool) -> Option<(Abs, usize)> {
        let w = self.w(k);
        if let Some(digits) = numeral(w) {
            if let Some(r) = self.numeric(k, after_weekday) {
                return Some(r);
            }
            let day = day_digits(digits)?;
            let m = self.skip_of(k + 1);
            // "الأربعاء 3/ أيار 2023": a slash may stand between the day and its month.
            let slashed = m == k + 1
                && self.gap(m).is_some_and(|g| {
                    g.trim() == "/"
                        && g.chars()
                            .all(|c| c == '/' || (c.is_whitespace() && c != '\n'))
                });
            let (month, e, _, _) = self.month_at(m).filter(|_| self.sp(m) || slashed)?;
            // "درعا 24March 19, 2025": the number before an English month that has its own day
            // and year after it ends an outlet's name.
            let month_first = self.w(m).is_ascii()
                && self.sp(e)
                && day_digits(self.w(e)).is_some()
                && self.soft(e + 1)
                && year_token(self.w(e + 1)).is_some();
            if month_first {
                return None;
            }
            return Some(self.year_tail(
                Abs {
                    day: Some(day),
                    month,
                    ..Abs::default()
                },
                e,
            ));
        }
        if let Some((day, e)) = self.ordinal_day(k) {
            let m = self.skip_of(e);
            let (month, e, _, _) = self.month_at(m).filter(|_| self.sp(m))?;
            return Some(self.year_tail(
                Abs {
                    day: Some(day),
                    month,
                    ..Abs::default()
                },
                e,
            ));
        }
        let (month, mut e, weak, paired) = self.month_at(k)?;
        let mut abs = Abs {
            month,
            ..Abs::default()
        };
        // "august 10, 2021"، "اكتوبر 7, 2021": a day after the month needs a year after it
        // in Arabic, where "ايار 10 قتلى" is no date. English shortens the month ("Feb. 23").
        let abbreviated = w.is_ascii() && self.gap(e).is_some_and(|g| g.trim() == ".");
        if (self.sp(e) || abbreviated)
            && let Some(d) = day_digits(self.w(e))
            && (w.is_ascii() || (self.soft(e + 1) && year_token(self.w(e + 1)).is_some()))
        {
            abs.day = Some(d);
            e += 1;
        }
        let (mut abs, mut e) = self.year_tail(abs, e);
        // Captured posts glue the counters to the year: "Sep 28, 20251.6KViews".
        if abs.year.is_none()
            && abs.day.is_some()
            && w.is_ascii()
            && self.gap(e).is_some_and(|g| g.trim() == ",")
            && let Some(y) = glued_year(self.w(e))
        {
            abs.year = Some(y);
            e += 1;
        }
        let dated = abs.day.is_some() || abs.year.is_some();
        if weak && !dated && !paired {
            return None;
        }
        if !dated && !paired && abs.dir.is_none() && abs.rel_year.is_none() && !ctx {
            return None;
        }
        Some((abs, e))
    }

    /// "اليوم الأول من 2024"، "اليوم الأول من العام الحالي 2024"، "اليوم الأول من عام 2024":
    /// New Year's Day, with "اليوم" at token `k`.
    pub(super) fn first_day_of_year(&self, k: usize, first: usize) -> Option<Parsed> {
        if !(self.sp(k + 1) && self.w(k + 1) == "الاول" && self.sp(k + 2) && self.w(k + 2) == "من")
        {
            return None;
        }
        let jan_1 = Abs {
            day: Some(1),
            month: 1,
            ..Abs::default()
        };
        let (mut abs, mut end) = match year_token(self.w(k + 3)).filter(|_| self.sp(k + 3)) {
            Some(y) => (
                Abs {
                    year: Some(y),
                    ..jan_1
                },
                k + 4,
            ),
            None => self.year_tail(jan_1, k + 2),
        };
        // "من العام الحالي 2024": the year it names after all.
        if abs.rel_year.is_some()
            && self.sp(end)
            && let Some(y) = year_token(self.w(end))
        {
            abs.year = Some(y);
            abs.rel_year = None;
            end += 1;
        }
        (abs.year.is_some() || abs.rel_year.is_some())
            .then(|| Parsed::new(first, end, Core::Abs(abs)))
    }

    /// Skips "من" / "of" and "شهر" between a day and its month.
    fn skip_of(&self, mut m: usize) -> usize {
        if self.sp(m) && matches!(self.w(m), "من" | "of") {
            m += 1;
        }
        if self.sp(m) && self.w(m) == "شهر" {
            m += 1;
        }
        m
    }

    /// Numeric dates: 2021/08/10, 10/08/2021, 2021-08-10, 10-8-2021, 10.08.2021; after a
    /// weekday also 18/5.
    fn numeric(&self, k: usize, after_weekday: bool) -> Option<(Abs, usize)> {
        let a = self.w(k);
        if let Some((d, m, y)) = dotted(a) {
            return Some((Abs::printed(d, m, y), k + 1));
        }
        if !digits_only(a) {
            return None;
        }
        let sep = self
            .gap(k + 1)
            .map(str::trim)
            .filter(|g| matches!(*g, "/" | "-"))?;
        let b = self.w(k + 1);
        if !digits_only(b) {
            return None;
        }
        if self.gap(k + 2).map(str::trim) == Some(sep) && digits_only(self.w(k + 2)) {
            let (d, m, y) = numeric_parts(a, b, self.w(k + 2))?;
            return Some((Abs::printed(d, m, y), k + 3));
        }
        if after_weekday && sep == "/" && a.len() <= 2 && b.len() <= 2 {
            let (d, m) = (a.parse::<i8>().ok()?, b.parse::<i8>().ok()?);
            if (1..=31).contains(&d) && (1..=12).contains(&m) {
                return Some((
                    Abs {
                        day: Some(d),
                        month: m,
                        ..Abs::default()
                    },
                    k + 2,
                ));
            }
        }
        None
    }

    /// الاول..العاشر، الحادي عشر، الثاني عشر ... العشرين، الحادي والعشرين ... الحادي والثلاثين.
    fn ordinal_day(&self, k: usize) -> Option<(i8, usize)> {
        let tens = |j: usize| -> Option<i8> {
            if !self.sp(j) {
                return None;
            }
            match self.w(j) {
                "عشر" => Some(10),
                "والعشرين" => Some(20),
                "والثلاثين" => Some(30),
                _ => None,
            }
        };
        match self.class(k)? {
            C::Ord(n) if (2..=9).contains(&n) => match tens(k + 1) {
                Some(t) if t <= 20 => Some((n + t, k + 2)),
                _ => Some((n, k + 1)),
            },
            C::Ord(n) => Some((n, k + 1)),
            C::Hadi => tens(k + 1).map(|t| (t + 1, k + 2)),
            _ => None,
        }
    }

    /// One month name (with كانون/تشرين + الاول/الثاني): number, end, weak.
    fn month_single(&self, k: usize) -> Option<(i8, usize, bool)> {
        match self.class(k)? {
            C::Month(m, weak) => Some((m, k + 1, weak)),
            C::MonthHead(h) => {
                if !self.sp(k + 1) {
                    return None;
                }
                let second = match self.w(k + 1) {
                    "الاول" | "اول" => false,
                    "الثاني" | "ثاني" => true,
                    _ => return None,
                };
                let m = match (h, second) {
                    (MonthHead::Kanun, true) => 1,
                    (MonthHead::Kanun, false) => 12,
                    (MonthHead::Tishrin, false) => 10,
                    (MonthHead::Tishrin, true) => 11,
                };
                Some((m, k + 2, false))
            }
            _ => None,
        }
    }

    /// A month, with its other name after "/" or in brackets ("اب/ اغسطس"، "اب (اغسطس)"):
    /// number, end, weak, paired.
    fn month_at(&self, k: usize) -> Option<(i8, usize, bool, bool)> {
        let (m, e, weak) = self.month_single(k)?;
        let pair_gap = self.gap(e).is_some_and(|g| {
            g.contains(['/', '('])
                && g.chars()
                    .all(|c| (c.is_whitespace() && c != '\n') || matches!(c, '/' | '(' | ')'))
        });
        if pair_gap
            && let Some((m2, e2, _)) = self.month_single(e)
            && m2 == m
        {
            return Some((m, e2, false, true));
        }
        Some((m, e, weak, false))
    }

    /// The year after a day/month: "2021"، "عام 2014"، "من العام 2023"، "من العام الماضي",
    /// or a direction word: "الماضي"، "الجاري"، "المقبل".
    fn year_tail(&self, mut abs: Abs, e: usize) -> (Abs, usize) {
        if self.soft(e)
            && let Some(y) = year_token(self.w(e))
        {
            abs.year = Some(y);
            return (abs, e + 1);
        }
        if !self.sp(e) {
            return (abs, e);
        }
        let mut j = e;
        let from = self.w(j) == "من" && self.class_sp(j + 1) == Some(C::YearW);
        if from {
            j += 1;
        }
        if self.class(j) == Some(C::YearW) && self.sp(j + 1) {
            if let Some(y) = year_token(self.w(j + 1)) {
                abs.year = Some(y);
                return (abs, j + 2);
            }
            if from {
                match self.class(j + 1) {
                    Some(C::Past) => abs.rel_year = Some(-1),
                    Some(C::Current) => abs.rel_year = Some(0),
                    _ => return (abs, e),
                }
                return (abs, j + 2);
            }
        }
        match self.class(e) {
            Some(C::Past) => abs.dir = Some(Dir::Past),
            Some(C::Current) => abs.dir = Some(Dir::Current),
            Some(C::Next) => abs.dir = Some(Dir::Next),
            _ => return (abs, e),
        }
        (abs, e + 1)
    }

    /// "في 2014"، "in 2014": a year after a preposition. Round hundreds ("في 2000 غاره")
    /// are more often counts.
    pub(super) fn prep_year(&self, i: usize) -> Option<Parsed> {
        let k = i + 1;
        let y = year_token(self.w(k)).filter(|y| y % 100 != 0 && self.sp(k))?;
        Some(Parsed::new(k, k + 1, Core::BareYear(y)))
    }
}
