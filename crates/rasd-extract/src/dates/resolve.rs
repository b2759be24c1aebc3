//! Resolving a parsed expression to a calendar day against the publication date.

use super::*;

fn ymd(y: i32, m: i8, d: i8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m, d).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    if n.abs() > 1_000_000 {
        return None;
    }
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    if n.abs() > 100_000 {
        return None;
    }
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

/// The most recent `wd` on or before `d`.
fn last_weekday(d: Date, wd: Weekday) -> Option<Date> {
    add_days(d, -i64::from(d.weekday().since(wd)))
}

/// Middle day of a month (or the given part day), clamped to the month's length.
fn day_in_month(first: Date, day: i8) -> Option<Date> {
    first
        .with()
        .day(day.min(first.days_in_month()))
        .build()
        .ok()
}

/// Day `day` of the month `offset` months from the publication's.
fn day_of_month_from(published: Option<Date>, offset: i64, day: i8) -> Option<Date> {
    published.and_then(|p| day_in_month(add_months(p.first_of_month(), offset)?, day))
}

pub(super) fn resolve(x: &Parsed, anchors: Anchors) -> TimeMention {
    let pubd = anchors.published;
    let r = match x.core {
        Core::Rel { days, wd, abs } => match abs {
            Some(a) => resolve_abs(a, wd, anchors),
            None => {
                let base = pubd.and_then(|p| add_days(p, days));
                // A weekday that disagrees: trust it, within the six days back.
                match (base, wd, pubd) {
                    (Some(b), Some(wd), Some(p)) if b.weekday() != wd => Res {
                        conflict: true,
                        ..Res::relative(last_weekday(p, wd), 1)
                    },
                    _ => Res::relative(base, 1),
                }
            }
        },
        Core::Weekday { wd, dir, abs } => match abs {
            Some(a) => resolve_abs(a, Some(wd), anchors),
            None => {
                let date = pubd.and_then(|p| match dir {
                    Dir::Next => {
                        let n = i64::from(p.weekday().until(wd));
                        add_days(p, if n == 0 { 7 } else { n })
                    }
                    Dir::Past => {
                        let n = i64::from(p.weekday().since(wd));
                        add_days(p, if n == 0 { -7 } else { -n })
                    }
                    _ => last_weekday(p, wd),
                });
                Res::relative(date, 1)
            }
        },
        Core::Abs(a) => resolve_abs(a, None, anchors),
        Core::Week(o) => {
            // Weeks run Sunday to Saturday; the middle day is the Wednesday.
            let date = pubd.and_then(|p| {
                let wed = add_days(last_weekday(p, Weekday::Sunday)?, 3 + 7 * o)?;
                Some(if o == 0 { wed.min(p) } else { wed })
            });
            Res::relative(date, 2)
        }
        Core::Month { offset, part } => Res::relative(
            day_of_month_from(pubd, offset, part.unwrap_or(15)),
            if part.is_some() { 2 } else { 3 },
        ),
        Core::MonthDay { offset, day } => Res::relative(day_of_month_from(pubd, offset, day), 1),
        Core::Year(o) => Res {
            precision: 4,
            relative: true,
            year: pubd.map(|p| i32::from(p.year()) + o),
            ..Res::default()
        },
        Core::AgoDays { days, precision } => {
            let date = pubd.and_then(|p| add_days(p, -days));
            Res::relative(date, precision)
        }
        Core::AgoMonths(n) => {
            let date = pubd.and_then(|p| add_months(p, -n));
            Res::relative(date, 3)
        }
        Core::BareYear(y) => Res {
            precision: 4,
            year: Some(y),
            printed_year: true,
            ..Res::default()
        },
        Core::LongAgo => Res {
            precision: 4,
            relative: true,
            ..Res::default()
        },
    };
    let historical = match pubd {
        _ if matches!(x.core, Core::LongAgo) => true,
        Some(p) => match r.date {
            Some(d) => add_days(p, -HISTORICAL_DAYS).is_some_and(|limit| d < limit),
            None => r.year.is_some_and(|y| y < i32::from(p.year())),
        },
        None => match x.core {
            Core::Year(o) => o < 0,
            _ => r.printed_year && (r.precision >= 3 || x.since),
        },
    };
    let weekday = match x.core {
        Core::Rel { wd, .. } => wd,
        Core::Weekday { wd, .. } => Some(wd),
        _ => None,
    };
    let today = match x.core {
        Core::Rel {
            days,
            wd: Some(wd),
            abs: None,
        } => Some(wd.wrapping_add(-days)),
        _ => None,
    };
    TimeMention {
        first_token: x.first,
        end_token: x.end,
        date: r.date,
        precision: r.precision,
        historical,
        weekday_conflict: r.conflict,
        year: r.year,
        relative: r.relative,
        printed_year: r.printed_year,
        year_from_weekday: r.year_from_weekday,
        weekday,
        today,
        dates_what_follows: x.forward,
        since: x.since,
        own_sentence: x.own_sentence,
    }
}

fn resolve_abs(a: Abs, wd: Option<Weekday>, anchors: Anchors) -> Res {
    let (pubd, hint) = (anchors.published, anchors.hint);
    let (day, precision) = match (a.day, a.part) {
        (Some(d), _) => (d, 1),
        (None, Some(p)) => (p, 2),
        (None, None) => (15, 3),
    };
    let mut conflict = false;
    let mut year_from_weekday = false;
    let year: Option<i32> = if let Some(y) = a.year {
        Some(y)
    } else if let Some(o) = a.rel_year {
        pubd.map(|p| i32::from(p.year())).or(hint).map(|y| y + o)
    } else if let Some(p) = pubd {
        let py = i32::from(p.year());
        let pm = p.month();
        let y = if a.day.is_some() {
            let cand = ymd(py, a.month, day);
            match a.dir {
                Some(Dir::Past) if cand.is_some_and(|c| c >= p) => py - 1,
                Some(Dir::Next) if cand.is_some_and(|c| c <= p) => py + 1,
                Some(Dir::Current | Dir::Past | Dir::Next) => py,
                // A date more than a week after publication is last year's.
                _ if cand.is_some_and(|c| add_days(p, 7).is_some_and(|l| c > l)) => py - 1,
                _ => py,
            }
        } else {
            match a.dir {
                Some(Dir::Current) => py,
                Some(Dir::Past) if a.month >= pm => py - 1,
                Some(Dir::Next) if a.month <= pm => py + 1,
                Some(Dir::Past | Dir::Next) => py,
                _ if a.month > pm => py - 1,
                _ => py,
            }
        };
        Some(y)
    } else if let Some(h) = hint {
        match (wd, a.day) {
            // The weekday picks the year around the hint.
            (Some(wd), Some(_)) => {
                let fits = |y: i32| ymd(y, a.month, day).is_some_and(|d| d.weekday() == wd);
                let chosen = if fits(h) {
                    Some(h)
                } else if let Some(bound) = anchors.not_after {
                    // Across new year the printed year may be the next or the last one;
                    // otherwise it is background ("منذ عام 2011") or page furniture, and the
                    // weekday names the year: the latest that fits.
                    match a.month {
                        11 | 12 => Some(h - 1),
                        1 | 2 => Some(h + 1),
                        _ => None,
                    }
                    .filter(|&y| fits(y))
                    .or_else(|| weekday_year(a.month, day, wd, bound))
                } else {
                    [h - 1, h + 1].into_iter().find(|&y| fits(y))
                };
                year_from_weekday = chosen.is_some();
                Some(chosen.unwrap_or(h))
            }
            _ => Some(h),
        }
    } else if let (Some(wd), Some(_), Some(bound)) = (wd, a.day, anchors.not_after) {
        let y = weekday_year(a.month, day, wd, bound);
        year_from_weekday = y.is_some();
        y
    } else {
        None
    };
    let date = year.and_then(|y| {
        if a.day.is_some() {
            ymd(y, a.month, day)
        } else {
            ymd(y, a.month, 1).and_then(|f| day_in_month(f, day))
        }
    });
    if let (Some(d), Some(wd), Some(_)) = (date, wd, a.day)
        && d.weekday() != wd
    {
        conflict = true;
    }
    Res {
        date,
        precision,
        conflict,
        year,
        relative: false,
        printed_year: a.year.is_some(),
        year_from_weekday,
    }
}

/// The latest year, at most [`WEEKDAY_YEARS`] back from `bound`, in which `day month` is on
/// or before `bound` and falls on `wd`.
fn weekday_year(month: i8, day: i8, wd: Weekday, bound: Date) -> Option<i32> {
    let last = i32::from(bound.year());
    (last - WEEKDAY_YEARS..=last)
        .rev()
        .find(|&y| ymd(y, month, day).is_some_and(|d| d <= bound && d.weekday() == wd))
}
