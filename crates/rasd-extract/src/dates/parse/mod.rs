//! The parser: a time expression read token by token from where it starts.

use super::*;

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

    /// "الـ25 من الشهر الجاري"، "22 من الشهر الماضي": a day of this month or another
    /// counted from it.
    fn day_of_month_named(&self, i: usize) -> Option<Parsed> {
        let day = day_digits(numeral(self.w(i))?)?;
        let m = self.skip_of(i + 1);
        if m == i + 1 || self.class_sp(m) != Some(C::MonthW) {
            return None;
        }
        let offset = offset_of(self.class_sp(m + 1))?;
        Some(Parsed::new(i, m + 2, Core::MonthDay { offset, day }))
    }

    /// A bare month is a date only after a preposition or part word ("في ايار"، "مطلع ايار").
    fn month_context(&self, i: usize) -> bool {
        i > 0
            && ((self.soft(i)
                && matches!(
                    self.class(i - 1),
                    Some(C::Prep | C::Since | C::Part(_) | C::Muntasaf | C::Shahr)
                ))
                || (self.sp(i) && matches!(self.bare(i - 1), "من" | "on")))
    }

    /// A time-of-day or يوم prefix, then the day: "فجر السبت"، "منتصف ليل امس الاثنين".
    fn prefixed(&self, i: usize) -> Option<Parsed> {
        let mut k = i;
        let mut night = false;
        if self.class(k) == Some(C::Muntasaf) {
            match self.class_sp(k + 1) {
                Some(C::Tod) => k += 1,
                Some(C::Tonight) => return self.rel(k + 1, i, i),
                _ => return self.period(i),
            }
        }
        if self.class(k) == Some(C::Tod) {
            night = matches!(self.bare(k), "ليل" | "ليله" | "سحر");
            k += 1;
            if self.class_sp(k) == Some(C::Yawm) {
                k += 1;
            }
        } else if self.class(k) == Some(C::Yawm) {
            k += 1;
        } else {
            return None;
        }
        if !self.sp(k) {
            return None;
        }
        if self.w(k).starts_with(|c: char| c.is_ascii_digit()) {
            let (abs, end) = self.abs_at(k, false, true)?;
            return Some(Parsed::new(i, end, Core::Abs(abs)));
        }
        match self.class(k)? {
            C::Today | C::Tonight | C::Yesterday | C::Tomorrow | C::Awwal | C::Baad => {
                self.rel(k, i, i)
            }
            C::Wd(_) => self.weekday(k, i, night),
            C::Month(..) | C::MonthHead(_) | C::Ord(_) | C::Hadi => self.abs_expr(k, i, true),
            _ => None,
        }
    }

    /// اليوم، امس، اول امس، امس الاول، غدا، بعد غد، الليله الماضيه, then an optional weekday
    /// and printed date: "اليوم الخميس"، "اليوم الثلاثاء 10 اب".
    fn rel(&self, k: usize, first: usize, floor: usize) -> Option<Parsed> {
        let mut first = first;
        let (days, mut e) = match self.class(k)? {
            C::Today => {
                if let Some(new_year) = self.first_day_of_year(k, first) {
                    return Some(new_year);
                }
                // "اليوم التالي"، "اليوم العالمي"، "اليوم نفسه"، "ذلك اليوم": another day.
                let next = self.w(k + 1);
                if self.sp(k + 1)
                    && ((next.starts_with("ال") && !matches!(self.class(k + 1), Some(C::Wd(_))))
                        || matches!(next, "نفسه" | "ذاته" | "ذلك"))
                {
                    return None;
                }
                if k > 0 && self.sp(k) && matches!(self.bare(k - 1), "ذلك" | "ذات" | "نفس" | "ذاك")
                {
                    return None;
                }
                (0, k + 1)
            }
            C::Tonight => {
                if self.class_sp(k + 1) == Some(C::Past) {
                    (-1, k + 2)
                } else {
                    (0, k + 1)
                }
            }
            C::Yesterday => {
                if self.sp(k + 1) && self.w(k + 1) == "الاول" {
                    (-2, k + 2)
                } else if self.w(k) == "yesterday"
                    && k >= 2
                    && self.w(k - 1) == "before"
                    && self.w(k - 2) == "day"
                    && k - 2 >= floor
                    && first == k
                {
                    first = if k >= 3 && self.w(k - 3) == "the" && k - 3 >= floor {
                        k - 3
                    } else {
                        k - 2
                    };
                    (-2, k + 1)
                } else {
                    (-1, k + 1)
                }
            }
            C::Tomorrow => (1, k + 1),
            C::Awwal => {
                if self.sp(k + 1) && self.bare(k + 1) == "امس" {
                    (-2, k + 2)
                } else if self.sp(k + 1)
                    && self.w(k + 1) == "من"
                    && self.sp(k + 2)
                    && self.w(k + 2) == "امس"
                {
                    (-2, k + 3)
                } else {
                    return None;
                }
            }
            C::Baad if self.sp(k + 1) && self.w(k + 1) == "غد" => (2, k + 2),
            _ => return None,
        };
        e = self.tod_suffix(e);
        let mut wd = None;
        if self.soft(e)
            && let Some(C::Wd(x)) = self.class(e)
        {
            wd = Some(x);
            e += 1;
        }
        let (abs, e) = self.dated_tail(e, wd.is_some());
        Some(Parsed::new(first, e, Core::Rel { days, wd, abs }))
    }

    /// "صباحا"، "مساء"، "night" after a day.
    /// After a relative day or weekday: an optional printed day ("الثلاثاء 10 اب") and
    /// time-of-day words; returns that date and the new end.
    fn dated_tail(&self, e: usize, after_weekday: bool) -> (Option<Abs>, usize) {
        let (mut abs, mut e) = (None, e);
        // "اليوم الأحد الموافق 24/7/2022": a word of "falling on" links the printed date.
        let at = if self.sp(e) && matches!(self.w(e), "الموافق" | "المصادف") {
            e + 1
        } else {
            e
        };
        if self.soft(at)
            && let Some((a, e2)) = self.abs_at(at, after_weekday, true)
            && a.day.is_some()
        {
            abs = Some(a);
            e = e2;
        }
        (abs, self.tod_suffix(e))
    }

    fn tod_suffix(&self, e: usize) -> usize {
        if self.sp(e)
            && matches!(
                self.w(e),
                "صباحا"
                    | "مساء"
                    | "مساءا"
                    | "ليلا"
                    | "فجرا"
                    | "ظهرا"
                    | "عصرا"
                    | "morning"
                    | "evening"
                    | "night"
                    | "afternoon"
            )
        {
            e + 1
        } else {
            e
        }
    }

    /// A weekday with optional الماضي/المقبل, a second night day ("ليل الخميس - الجمعه")
    /// and a printed date ("الخميس 12 ايار").
    fn weekday(&self, k: usize, first: usize, night: bool) -> Option<Parsed> {
        let Some(C::Wd(mut wd)) = self.class(k) else {
            return None;
        };
        // "الاحد عشر" is eleven, not Sunday.
        if self.sp(k + 1) && matches!(self.w(k + 1), "عشر" | "عشره") {
            return None;
        }
        let mut e = k + 1;
        let mut dir = Dir::OnOrBefore;
        match self.class_sp(e) {
            Some(C::Past) => {
                dir = Dir::Past;
                e += 1;
            }
            Some(C::Next) => {
                dir = Dir::Next;
                e += 1;
            }
            _ => {}
        }
        // The night from one day to the next is dated by the second day.
        if night
            && self.gap(e).is_some_and(|g| {
                g.chars()
                    .all(|c| (c.is_whitespace() && c != '\n') || matches!(c, '-' | '–' | '/'))
            })
            && let Some(C::Wd(x)) = self.class(e)
            && x == wd.next()
        {
            wd = x;
            e += 1;
        }
        let (abs, e) = self.dated_tail(e, true);
        Some(Parsed::new(first, e, Core::Weekday { wd, dir, abs }))
    }

    fn abs_expr(&self, k: usize, first: usize, ctx: bool) -> Option<Parsed> {
        let (abs, end) = self.abs_at(k, false, ctx)?;
        Some(Parsed::new(first, end, Core::Abs(abs)))
    }

    /// A printed date at `k`: numeric, day + month, ordinal day + month, or month first.
    /// `ctx`: a bare month name is allowed (a preposition precedes).
    fn abs_at(&self, k: usize, after_weekday: bool, ctx: bool) -> Option<(Abs, usize)> {
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
        // in Arabic, where "ايار 10 قتلى" is no date.
        if self.sp(e)
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
    fn first_day_of_year(&self, k: usize, first: usize) -> Option<Parsed> {
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

    /// الاسبوع الماضي، الشهر الجاري، العام الماضي، عام 2014، مطلع ايار، last week, this month.
    fn period(&self, i: usize) -> Option<Parsed> {
        let c = self.class(i)?;
        let done = |end: usize, core: Core| Some(Parsed::new(i, end, core));
        match c {
            C::WeekW => {
                // "الاسبوع قبل الماضي": the week before last
                if self.sp(i + 1) && self.w(i + 1) == "قبل" && self.class_sp(i + 2) == Some(C::Past)
                {
                    return done(i + 3, Core::Week(-2));
                }
                let o = offset_of(self.class_sp(i + 1))?;
                done(i + 2, Core::Week(o))
            }
            C::MonthW => {
                let o = offset_of(self.class_sp(i + 1))?;
                done(
                    i + 2,
                    Core::Month {
                        offset: o,
                        part: None,
                    },
                )
            }
            C::YearW => {
                if self.sp(i + 1)
                    && let Some(y) = year_token(self.w(i + 1))
                {
                    return done(i + 2, Core::BareYear(y));
                }
                if matches!(self.bare(i), "العام" | "السنه") {
                    let o = offset_of(self.class_sp(i + 1))?;
                    return done(i + 2, Core::Year(o as i32));
                }
                None
            }
            C::This | C::Past | C::Next => {
                let o: i64 = match c {
                    C::This => 0,
                    C::Past => -1,
                    _ => 1,
                };
                match self.class_sp(i + 1) {
                    Some(C::WeekW) => done(i + 2, Core::Week(o)),
                    Some(C::MonthW) => done(
                        i + 2,
                        Core::Month {
                            offset: o,
                            part: None,
                        },
                    ),
                    Some(C::YearW) => done(i + 2, Core::Year(o as i32)),
                    Some(C::Wd(wd)) if c != C::This => {
                        let dir = if o < 0 { Dir::Past } else { Dir::Next };
                        let e = self.tod_suffix(i + 2);
                        done(e, Core::Weekday { wd, dir, abs: None })
                    }
                    // "this morning"، "هذا الصباح"، "last night"
                    _ if o <= 0
                        && matches!(
                            self.w(i + 1),
                            "morning" | "evening" | "afternoon" | "night" | "الصباح" | "المساء"
                        ) =>
                    {
                        let days = if c == C::Past { -1 } else { 0 };
                        done(
                            i + 2,
                            Core::Rel {
                                days,
                                wd: None,
                                abs: None,
                            },
                        )
                    }
                    _ => None,
                }
            }
            C::Part(_) | C::Muntasaf => {
                let day = match c {
                    C::Part(d) => d,
                    _ => 15,
                };
                let mut k = i + 1;
                if !self.sp(k) {
                    return None;
                }
                // "end of august"، "اواخر شهر ايار"
                if matches!(self.w(k), "of" | "شهر") && self.sp(k + 1) {
                    k += 1;
                }
                if let Some(y) = year_token(self.w(k)) {
                    return done(k + 1, Core::BareYear(y));
                }
                match self.class(k)? {
                    C::MonthW => {
                        let o = offset_of(self.class_sp(k + 1));
                        done(
                            k + 1 + usize::from(o.is_some()),
                            Core::Month {
                                offset: o.unwrap_or(0),
                                part: Some(day),
                            },
                        )
                    }
                    C::YearW => {
                        if self.sp(k + 1)
                            && let Some(y) = year_token(self.w(k + 1))
                        {
                            return done(k + 2, Core::BareYear(y));
                        }
                        let o = offset_of(self.class_sp(k + 1)).unwrap_or(0);
                        let end = if offset_of(self.class_sp(k + 1)).is_some() {
                            k + 2
                        } else {
                            k + 1
                        };
                        done(end, Core::Year(o as i32))
                    }
                    _ => {
                        let (mut abs, e) = self.abs_at(k, false, true)?;
                        if abs.day.is_none() {
                            abs.part = Some(day);
                        }
                        done(e, Core::Abs(abs))
                    }
                }
            }
            _ => None,
        }
    }

    /// منذ: "منذ عام 2011"، "منذ 8 كانون الاول"، "منذ الخميس"، "منذ ثلاثه ايام".
    fn since(&self, i: usize) -> Option<Parsed> {
        let k = i + 1;
        if !self.sp(k) {
            return None;
        }
        // "لأول مرة منذ أشهر"، "للمرة الأولى منذ عام 2011": the gap before today's event, not
        // its time.
        if i > 0 && matches!(self.w(i - 1), "مره" | "الاولي") {
            return None;
        }
        let mut p = if let Some(y) = year_token(self.w(k)) {
            Parsed::new(i, k + 1, Core::BareYear(y))
        } else if self.class(k) == Some(C::YearW)
            && self.sp(k + 1)
            && let Some(y) = year_token(self.w(k + 1))
        {
            Parsed::new(i, k + 2, Core::BareYear(y))
        } else if let Some(p) = self.duration(k, i) {
            p
        } else {
            match self.class(k) {
                Some(C::Wd(_)) => self.weekday(k, i, false)?,
                Some(C::Today | C::Yesterday | C::Awwal) => self.rel(k, i, i)?,
                Some(C::YearW) => {
                    let mut p = self.period(k)?;
                    p.first = i;
                    p
                }
                _ => {
                    let (abs, end) = self.abs_at(k, false, true)?;
                    Parsed::new(i, end, Core::Abs(abs))
                }
            }
        };
        p.since = true;
        Some(p)
    }

    fn ago(&self, i: usize) -> Option<Parsed> {
        self.duration(i + 1, i).filter(|_| self.sp(i + 1))
    }

    /// "بعد يومين من غارات مماثلة"، "بعد ثلاثة أيام من اعتقاله": what follows "من" happened
    /// that long before the day of the news told before it.
    fn after(&self, i: usize) -> Option<Parsed> {
        if !self.sp(i + 1) {
            return None;
        }
        let p = self.span_back(i + 1, i)?;
        (self.sp(p.end) && self.w(p.end) == "من").then_some(Parsed {
            end: p.end + 1,
            forward: true,
            ..p
        })
    }

    /// A span of time back from publication: "يومين"، "ثلاثه ايام"، "اسبوعين"، "نحو شهر".
    fn duration(&self, k: usize, first: usize) -> Option<Parsed> {
        let p = self.span_back(k, first)?;
        // "قبل يوم من الهجوم"، "قبل يوم الجمعه": measured from something else.
        let e = p.end;
        if self.sp(e) && (self.w(e) == "من" || matches!(self.class(e), Some(C::Wd(_)))) {
            return None;
        }
        Some(p)
    }

    /// The span of time at `k` ("يومين"، "ثلاثه ايام"، "نحو شهر") as that long before the
    /// article's day, whatever follows it.
    fn span_back(&self, k: usize, first: usize) -> Option<Parsed> {
        let mut k = k;
        // "قبل نحو شهر"، "منذ حوالي عامين"، "منذ أكثر من 13 عاماً"
        if matches!(self.w(k), "نحو" | "حوالي" | "قرابه") && self.sp(k + 1) {
            k += 1;
        } else if matches!(self.w(k), "اكثر" | "ازيد")
            && self.w(k + 1) == "من"
            && self.sp(k + 1)
            && self.sp(k + 2)
        {
            k += 2;
        }
        // "قبل أشهر"، "قبل بضع سنوات": months or years ago, uncounted, are background, never
        // the article's day. ("قبل أيام" is left to the news around it: it is this week's.
        // "منذ سنوات" opens a stretch that may run to today: "تسيطر على البوكمال منذ سنوات".)
        let mut u = k;
        if matches!(self.w(u), "بضعه" | "بضع" | "عده") && self.sp(u + 1) {
            u += 1;
        }
        if self.bare(first) == "قبل"
            && matches!(self.w(u), "اشهر" | "شهور" | "سنوات" | "اعوام" | "سنين")
        {
            return Some(Parsed::new(first, u + 1, Core::LongAgo));
        }
        enum U {
            D,
            W,
            M,
            Y,
        }
        let inherent = match self.w(k) {
            "يوم" => Some((1, U::D)),
            "يومين" => Some((2, U::D)),
            "اسبوع" => Some((1, U::W)),
            "اسبوعين" => Some((2, U::W)),
            "شهر" => Some((1, U::M)),
            "شهرين" => Some((2, U::M)),
            "عام" | "سنه" => Some((1, U::Y)),
            "عامين" | "سنتين" => Some((2, U::Y)),
            _ => None,
        };
        let (n, unit, e) = if let Some((n, u)) = inherent {
            (n, u, k + 1)
        } else {
            let m = number_at(self.s, self.t, k).filter(|m| !m.vague)?;
            let e = m.end_token;
            if !self.sp(e) {
                return None;
            }
            let u = match self.w(e) {
                "ايام" | "يوما" | "يوم" => U::D,
                "اسابيع" | "اسبوعا" | "اسبوع" => U::W,
                "اشهر" | "شهور" | "شهرا" | "شهر" => U::M,
                "اعوام" | "سنوات" | "سنين" | "عاما" | "عام" | "سنه" => U::Y,
                _ => return None,
            };
            (i64::try_from(m.value).ok()?.min(100_000), u, e + 1)
        };
        let core = match unit {
            U::D => Core::AgoDays {
                days: n,
                precision: 1,
            },
            U::W => Core::AgoDays {
                days: n * 7,
                precision: 2,
            },
            U::M => Core::AgoMonths(n),
            U::Y => Core::Year(-(n.min(10_000) as i32)),
        };
        Some(Parsed::new(first, e, core))
    }

    /// English "3 days ago"، "two weeks ago"، "a month ago".
    fn en_ago(&self, i: usize, floor: usize) -> Option<Parsed> {
        if i < 2 || i - 2 < floor || !self.sp(i) || !self.sp(i - 1) {
            return None;
        }
        let n: i64 = match self.w(i - 2) {
            "a" | "one" => 1,
            _ => {
                let m = number_at(self.s, self.t, i - 2).filter(|m| m.end_token == i - 1)?;
                i64::try_from(m.value).ok()?.min(100_000)
            }
        };
        let core = match self.w(i - 1) {
            "day" | "days" => Core::AgoDays {
                days: n,
                precision: 1,
            },
            "week" | "weeks" => Core::AgoDays {
                days: n * 7,
                precision: 2,
            },
            "month" | "months" => Core::AgoMonths(n),
            "year" | "years" => Core::Year(-(n.min(10_000) as i32)),
            _ => return None,
        };
        Some(Parsed::new(i - 2, i + 1, core))
    }

    /// "خلال اليومين الماضيين"، "الساعات ال24 الماضيه"، "ال24 ساعه الماضيه".
    fn recent(&self, i: usize, days: i64, precision: u8) -> Option<Parsed> {
        let mut first = i;
        let mut k = i + 1;
        let count = |w: &str| {
            w.trim_start_matches("ال")
                .bytes()
                .all(|b| b.is_ascii_digit())
        };
        if self.w(i) == "ساعه" {
            // only as "ال24 ساعه الماضيه"
            if i == 0 || !self.sp(i) || !count(self.w(i - 1)) {
                return None;
            }
            first = i - 1;
        } else if self.sp(k) && count(self.w(k)) {
            k += 1;
        }
        let last = self.class_sp(k) == Some(C::Past)
            || (self.sp(k) && matches!(self.w(k), "الاخيره" | "الاخيرين"));
        if !last {
            return None;
        }
        Some(Parsed::new(first, k + 1, Core::AgoDays { days, precision }))
    }

    /// "في 2014"، "in 2014": a year after a preposition. Round hundreds ("في 2000 غاره")
    /// are more often counts.
    fn prep_year(&self, i: usize) -> Option<Parsed> {
        let k = i + 1;
        let y = year_token(self.w(k)).filter(|y| y % 100 != 0 && self.sp(k))?;
        Some(Parsed::new(k, k + 1, Core::BareYear(y)))
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
