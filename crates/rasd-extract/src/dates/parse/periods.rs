//! Periods and spans back: الاسبوع الماضي، عام 2014، منذ، قبل يومين، 3 days ago.

use super::*;

/// "A few days" back: the middle of the week before the article, stored with week precision.
const FEW_DAYS: i64 = 3;

impl<'a> P<'a> {
    /// الاسبوع الماضي، الشهر الجاري، العام الماضي، عام 2014، مطلع ايار، last week, this month.
    pub(super) fn period(&self, i: usize) -> Option<Parsed> {
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
    pub(super) fn since(&self, i: usize) -> Option<Parsed> {
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

    pub(super) fn ago(&self, i: usize) -> Option<Parsed> {
        self.duration(i + 1, i).filter(|_| self.sp(i + 1))
    }

    /// "بعد يومين من غارات مماثلة"، "بعد ثلاثة أيام من اعتقاله": what follows "من" happened
    /// that long before the day of the news told before it.
    pub(super) fn after(&self, i: usize) -> Option<Parsed> {
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
        // the article's day. ("منذ سنوات" opens a stretch that may run to today: "تسيطر على
        // البوكمال منذ سنوات".)
        let mut u = k;
        if matches!(self.w(u), "بضعه" | "بضع" | "عده") && self.sp(u + 1) {
            u += 1;
        }
        if self.bare(first) == "قبل"
            && matches!(self.w(u), "اشهر" | "شهور" | "سنوات" | "اعوام" | "سنين")
        {
            return Some(Parsed::new(first, u + 1, Core::LongAgo));
        }
        // "قبل أيام"، "بعد أيام من": a few days, uncounted, are within the week before, never
        // the article's day ("منذ أيام" runs to today: "تشهد المنطقة منذ أيام اشتباكات").
        if self.w(u) == "ايام" && self.bare(first) != "منذ" {
            let core = Core::AgoDays {
                days: FEW_DAYS,
                precision: 2,
            };
            return Some(Parsed {
                own_sentence: true,
                ..Parsed::new(first, u + 1, core)
            });
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
    pub(super) fn en_ago(&self, i: usize, floor: usize) -> Option<Parsed> {
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
    pub(super) fn recent(&self, i: usize, days: i64, precision: u8) -> Option<Parsed> {
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
}
