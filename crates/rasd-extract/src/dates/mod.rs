//! Time expressions in normalised Arabic (and plain English) news text, resolved against the
//! publication date: اليوم، امس، اول امس، منتصف ليل امس الاثنين، weekdays، الاسبوع الماضي،
//! الشهر الماضي، Levantine and standard month names، numeric dates، "عام 2014"، "قبل يومين".
//!
//! Precision follows taxonomy.md: 1 day, 2 week (middle day stored), 3 month (the 15th
//! stored). A bare year gets precision 4 and no date, since it cannot be placed to a month.
//! Nothing is ever guessed from a clock: without a publication date, relative expressions
//! stay undated.

use jiff::Span;
use jiff::civil::{Date, Weekday};
use rasd_text::{Token, number_at};
use std::collections::HashMap;
use std::sync::OnceLock;

mod parse;
mod resolve;
mod words;

use resolve::*;
pub(crate) use words::day_words;
use words::*;

/// One time expression and what it resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMention {
    pub first_token: usize,
    /// Exclusive token index.
    pub end_token: usize,
    pub date: Option<Date>,
    /// 1 day, 2 week, 3 month; 4 = only the year is known (then `date` is `None`).
    pub precision: u8,
    /// Background: more than 60 days before publication, a year before the publication
    /// year, or (without a publication date) a month or year printed with its year.
    pub historical: bool,
    /// A weekday next to the date names another day.
    pub weekday_conflict: bool,
    /// The year, when one is printed or could be inferred.
    pub year: Option<i32>,
    /// Resolved from the publication date (اليوم، امس، a weekday, الاسبوع الماضي, قبل يومين)
    /// rather than printed.
    pub relative: bool,
    /// The year is printed in the expression (not inferred from context).
    pub printed_year: bool,
    /// The year was not printed but chosen because the printed day and month fall on the
    /// printed weekday in it ("السبت 5 آب" without a year or publication date): near a year
    /// printed elsewhere, else the latest up to the caller's bound.
    pub year_from_weekday: bool,
    /// The weekday the expression names ("اليوم الخميس"، "الخميس الماضي"): without a
    /// publication date it is all that is known of the day, and it still tells one day's
    /// reports from another's.
    pub weekday: Option<Weekday>,
    /// The weekday of the article's own day when the expression ties it to one ("اليوم
    /// السبت" and "أمس الجمعة": Saturday); "الخميس الماضي" does not.
    pub today: Option<Weekday>,
    /// "بعد يومين من غارات مماثلة": the occurrence named after it, before the next comma, was
    /// that long before the article's day; what comes before it (the news itself) or after
    /// the comma ("بدأت القوات بعد ثلاثة أيام من الهجوم، باستقدام تعزيزات") is not dated by it.
    pub dates_what_follows: bool,
    /// Opened by منذ/since ("منذ 8 كانون الأول"): the start of a stretch, not the day of the
    /// news told beside it.
    pub since: bool,
    /// "قبل أيام": a vague day back that dates its own sentence's news, never the sentences
    /// that continue the article.
    pub own_sentence: bool,
}

/// What a date is read against: the publication date, else a year printed elsewhere in the
/// text, else the latest date the article can bear (when it was retrieved, or today).
#[derive(Debug, Clone, Copy, Default)]
struct Anchors {
    published: Option<Date>,
    hint: Option<i32>,
    not_after: Option<Date>,
}

/// Years searched back from the bound for one whose calendar puts the day on the weekday:
/// a day and month fall on the same weekday again after 5, 6 or 11 years.
const WEEKDAY_YEARS: i32 = 10;

/// Days before publication beyond which an event is background.
const HISTORICAL_DAYS: i64 = 60;

/// All time expressions, left to right. Without `published`, a year printed elsewhere in
/// the text ([`text_year`]) places day-and-month dates that lack one.
pub fn find_time_expressions(
    norm: &str,
    tokens: &[Token],
    published: Option<Date>,
) -> Vec<TimeMention> {
    find_time_expressions_bounded(norm, tokens, published, None)
}

/// As [`find_time_expressions`]; without a publication date or a printed year, a day and
/// month with a weekday take the latest year up to `not_after` that fits the weekday.
pub fn find_time_expressions_bounded(
    norm: &str,
    tokens: &[Token],
    published: Option<Date>,
    not_after: Option<Date>,
) -> Vec<TimeMention> {
    let hint = if published.is_none() {
        text_year(norm, tokens)
    } else {
        None
    };
    scan(
        norm,
        tokens,
        Anchors {
            published,
            hint,
            not_after,
        },
    )
}

/// As [`find_time_expressions`], with the year hint given by the caller (for example the
/// article's year when only one sentence is passed). The hint is only used without
/// `published`.
pub fn find_time_expressions_with(
    norm: &str,
    tokens: &[Token],
    published: Option<Date>,
    year_hint: Option<i32>,
) -> Vec<TimeMention> {
    let anchors = Anchors {
        published,
        hint: year_hint,
        not_after: None,
    };
    scan(norm, tokens, anchors)
}

fn scan(norm: &str, tokens: &[Token], anchors: Anchors) -> Vec<TimeMention> {
    let p = P { s: norm, t: tokens };
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < tokens.len() {
        match p.parse_at(i, floor) {
            Some(x) if x.end > i && x.first >= floor => {
                out.push(resolve(&x, anchors));
                i = x.end;
                floor = i;
            }
            _ => i += 1,
        }
    }
    out
}

/// The latest year printed in a date-like place (after عام/a month/في/in, inside a numeric
/// date, or any non-round four-digit 1990..=2100 number). A hint for texts without a
/// publication date.
pub fn text_year(norm: &str, tokens: &[Token]) -> Option<i32> {
    let p = P { s: norm, t: tokens };
    let mut best: Option<i32> = None;
    for j in 0..tokens.len() {
        let w = p.w(j);
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let y = if let Some(y) = year_token(w) {
            let cue = j > 0
                && (matches!(
                    p.class(j - 1),
                    Some(C::YearW | C::Month(..) | C::Prep | C::Since | C::Part(_) | C::Muntasaf)
                ) || matches!(p.w(j - 1), "الاول" | "الثاني")
                    || p.gap(j).is_some_and(|g| matches!(g.trim(), "/" | "-")));
            (cue || y % 100 != 0).then_some(y)
        } else {
            dotted(w).map(|(_, _, y)| y)
        };
        if let Some(y) = y.filter(|y| (1990..=2100).contains(y)) {
            best = Some(best.map_or(y, |b| b.max(y)));
        }
    }
    best
}

// ---------------------------------------------------------------------------------------
// Word classes

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum C {
    Today,
    /// الليله / tonight
    Tonight,
    Yesterday,
    Tomorrow,
    /// اول (اول امس)
    Awwal,
    /// بعد (بعد غد)
    Baad,
    /// Time of day before a day: فجر، صباح، مساء، ليل ...
    Tod,
    Muntasaf,
    Yawm,
    Wd(Weekday),
    /// Month number; weak names (اب، may, abbreviations) need a day, a year or a pair.
    Month(i8, bool),
    /// كانون / تشرين: the month comes with الاول / الثاني.
    MonthHead(MonthHead),
    /// Ordinal day word: الاول..العاشر، العشرين، الثلاثين.
    Ord(i8),
    /// الحادي (11, 21, 31).
    Hadi,
    Past,
    Current,
    Next,
    This,
    WeekW,
    MonthW,
    YearW,
    /// شهر before a month name ("خلال شهر ايار").
    Shahr,
    Since,
    /// Arabic قبل (before a duration).
    Ago,
    /// English "ago" (after a duration).
    EnAgo,
    /// Early/late part of a month or year: the stored day.
    Part(i8),
    /// A preposition that makes a bare month or year a date: في، خلال، in ...
    Prep,
    /// "اليومين الماضيين" (days back, stored day), "الساعات الماضيه" (today).
    Recent(i64, u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthHead {
    Kanun,
    Tishrin,
}

type Table = HashMap<&'static str, C>;

// ---------------------------------------------------------------------------------------
// What the parser reads ([`parse`]) and the resolver places on the calendar ([`resolve`])

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    OnOrBefore,
    Past,
    Current,
    Next,
}

/// A printed calendar date, possibly partial.
#[derive(Debug, Clone, Copy, Default)]
struct Abs {
    day: Option<i8>,
    month: i8,
    year: Option<i32>,
    /// "من العام الماضي" (-1) / "من العام الجاري" (0).
    rel_year: Option<i32>,
    dir: Option<Dir>,
    /// Early/mid/late: the stored day, precision 2.
    part: Option<i8>,
}

impl Abs {
    /// A whole printed date: day, month and year.
    fn printed(day: i8, month: i8, year: i32) -> Abs {
        Abs {
            day: Some(day),
            month,
            year: Some(year),
            ..Abs::default()
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Core {
    Rel {
        days: i64,
        wd: Option<Weekday>,
        abs: Option<Abs>,
    },
    Weekday {
        wd: Weekday,
        dir: Dir,
        abs: Option<Abs>,
    },
    Abs(Abs),
    /// Weeks from the current one: -1 = last week.
    Week(i64),
    Month {
        offset: i64,
        part: Option<i8>,
    },
    /// A day of a month counted from the current one ("الـ25 من الشهر الجاري").
    MonthDay {
        offset: i64,
        day: i8,
    },
    Year(i32),
    AgoDays {
        days: i64,
        precision: u8,
    },
    AgoMonths(i64),
    BareYear(i32),
    /// Months or years ago, uncounted ("قبل أشهر"، "قبل سنوات"): background with no day.
    LongAgo,
}

#[derive(Debug, Clone, Copy)]
struct Parsed {
    first: usize,
    end: usize,
    core: Core,
    since: bool,
    /// Dates only what follows it ([`TimeMention::dates_what_follows`]).
    forward: bool,
    /// Dates only its own sentence ([`TimeMention::own_sentence`]).
    own_sentence: bool,
}

impl Parsed {
    /// A time read at tokens `first..end` that dates what it stands beside.
    fn new(first: usize, end: usize, core: Core) -> Self {
        Parsed {
            first,
            end,
            core,
            since: false,
            forward: false,
            own_sentence: false,
        }
    }
}

struct P<'a> {
    s: &'a str,
    t: &'a [Token],
}

#[derive(Default)]
struct Res {
    date: Option<Date>,
    precision: u8,
    conflict: bool,
    year: Option<i32>,
    relative: bool,
    /// The year was printed (not inferred).
    printed_year: bool,
    year_from_weekday: bool,
}

impl Res {
    /// A day counted from the publication date, with the year it falls in.
    fn relative(date: Option<Date>, precision: u8) -> Self {
        Res {
            date,
            precision,
            relative: true,
            year: date.map(|d| i32::from(d.year())),
            ..Res::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use rasd_text::{normalize_str, tokenize};

    fn run(s: &str, p: Option<Date>) -> Vec<TimeMention> {
        let n = normalize_str(s);
        let t = tokenize(&n);
        find_time_expressions(&n, &t, p)
    }

    #[test]
    fn numeric_parts_orders() {
        assert_eq!(numeric_parts("2021", "08", "10"), Some((10, 8, 2021)));
        assert_eq!(numeric_parts("10", "08", "2021"), Some((10, 8, 2021)));
        assert_eq!(numeric_parts("08", "25", "2021"), Some((25, 8, 2021)));
        assert_eq!(numeric_parts("10", "08", "21"), Some((10, 8, 2021)));
        assert_eq!(numeric_parts("40", "40", "2021"), None);
        assert_eq!(dotted("10.08.2021"), Some((10, 8, 2021)));
        assert_eq!(dotted("1.5"), None);
    }

    #[test]
    fn year_tokens() {
        assert_eq!(year_token("2021"), Some(2021));
        assert_eq!(year_token("2021م"), Some(2021));
        assert_eq!(year_token("1850"), None);
        assert_eq!(year_token("20211"), None);
        assert_eq!(day_digits("10th"), Some(10));
        assert_eq!(day_digits("32"), None);
    }

    #[test]
    fn empty_and_junk() {
        assert!(run("", None).is_empty());
        assert!(run("قتل ثلاثة عناصر", Some(date(2020, 4, 9))).is_empty());
        // a bare Levantine month without a preposition is no date ("سيارة نيسان")
        assert!(run("سيارة نيسان بيضاء", Some(date(2020, 4, 9))).is_empty());
        // "فجر" as a verb
        assert!(run("فجر انتحاري نفسه", Some(date(2020, 4, 9))).is_empty());
    }
}
