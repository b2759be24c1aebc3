//! Days named from the article's own: اليوم، امس، a weekday, with a time-of-day word
//! before and a printed date after.

use super::*;

impl<'a> P<'a> {
    /// A time-of-day or يوم prefix, then the day: "فجر السبت"، "منتصف ليل امس الاثنين".
    pub(super) fn prefixed(&self, i: usize) -> Option<Parsed> {
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
    pub(super) fn rel(&self, k: usize, first: usize, floor: usize) -> Option<Parsed> {
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

    pub(super) fn tod_suffix(&self, e: usize) -> usize {
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
    pub(super) fn weekday(&self, k: usize, first: usize, night: bool) -> Option<Parsed> {
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
}
