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

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(build_table)
}

fn build_table() -> Table {
    use Weekday::*;
    let mut t = Table::new();
    let mut put = |words: &[&'static str], c: C| {
        for w in words {
            t.insert(*w, c);
        }
    };
    put(&["اليوم", "today"], C::Today);
    put(&["الليله", "tonight"], C::Tonight);
    put(
        &["امس", "الامس", "بالامس", "البارحه", "yesterday"],
        C::Yesterday,
    );
    put(&["غدا", "tomorrow"], C::Tomorrow);
    put(&["اول"], C::Awwal);
    put(&["بعد"], C::Baad);
    put(
        &[
            "فجر",
            "صباح",
            "ظهر",
            "عصر",
            "مساء",
            "ليل",
            "ليله",
            "ظهيره",
            "صبيحه",
            "نهار",
            "سحر",
        ],
        C::Tod,
    );
    put(&["منتصف", "mid"], C::Muntasaf);
    put(&["يوم"], C::Yawm);
    for (words, d) in [
        (&["الاحد", "sunday"][..], Sunday),
        (&["الاثنين", "monday"][..], Monday),
        (&["الثلاثاء", "الثلاثا", "tuesday"][..], Tuesday),
        (&["الاربعاء", "الاربعا", "wednesday"][..], Wednesday),
        (&["الخميس", "thursday"][..], Thursday),
        (&["الجمعه", "friday"][..], Friday),
        (&["السبت", "saturday"][..], Saturday),
    ] {
        put(words, C::Wd(d));
    }
    let months: [(&[&'static str], &[&'static str], i8); 12] = [
        (&["يناير", "جانفي", "january"], &["jan"], 1),
        (&["شباط", "فبراير", "فيفري", "february"], &["feb"], 2),
        (&["اذار", "مارس", "march"], &["mar"], 3),
        (&["نيسان", "ابريل", "افريل", "april"], &["apr"], 4),
        (&["ايار", "مايو"], &["may"], 5),
        (&["حزيران", "يونيو", "يونيه", "جوان", "june"], &["jun"], 6),
        (&["تموز", "يوليو", "يوليه", "جويليه", "july"], &["jul"], 7),
        (&["اغسطس", "august"], &["اب", "اوت", "aug"], 8),
        (&["ايلول", "سبتمبر", "september"], &["sep", "sept"], 9),
        (&["اكتوبر", "october"], &["oct"], 10),
        (&["نوفمبر", "november"], &["nov"], 11),
        (&["ديسمبر", "december"], &["dec"], 12),
    ];
    for (strong, weak, m) in months {
        put(strong, C::Month(m, false));
        put(weak, C::Month(m, true));
    }
    put(&["كانون"], C::MonthHead(MonthHead::Kanun));
    put(&["تشرين"], C::MonthHead(MonthHead::Tishrin));
    for (w, n) in [
        ("الاول", 1),
        ("الثاني", 2),
        ("الثالث", 3),
        ("الرابع", 4),
        ("الخامس", 5),
        ("السادس", 6),
        ("السابع", 7),
        ("الثامن", 8),
        ("التاسع", 9),
        ("العاشر", 10),
        ("العشرين", 20),
        ("الثلاثين", 30),
    ] {
        t.insert(w, C::Ord(n));
    }
    let mut put = |words: &[&'static str], c: C| {
        for w in words {
            t.insert(*w, c);
        }
    };
    put(&["الحادي"], C::Hadi);
    put(
        &[
            "الماضي",
            "الماضيه",
            "الماضيين",
            "الفايتين",
            "المنصرمين",
            "الفايت",
            "الفايته",
            "المنصرم",
            "المنصرمه",
            "السابق",
            "السابقه",
            "last",
        ],
        C::Past,
    );
    put(&["الجاري", "الجاريه", "الحالي", "الحاليه"], C::Current);
    put(&["المقبل", "المقبله", "القادم", "القادمه", "next"], C::Next);
    put(&["هذا", "هذه", "this"], C::This);
    put(&["الاسبوع", "week"], C::WeekW);
    put(&["الشهر", "month"], C::MonthW);
    put(
        &["عام", "العام", "لعام", "للعام", "سنه", "السنه", "year"],
        C::YearW,
    );
    put(&["شهر"], C::Shahr);
    put(&["اليومين"], C::Recent(1, 2));
    put(&["الساعات", "ساعه"], C::Recent(0, 1));
    put(&["منذ", "since"], C::Since);
    put(&["قبل"], C::Ago);
    put(&["ago"], C::EnAgo);
    put(
        &["مطلع", "اوايل", "بدايه", "مستهل", "early", "beginning"],
        C::Part(4),
    );
    put(&["اواخر", "نهايه", "late", "end"], C::Part(25));
    put(
        &[
            "في", "خلال", "حتي", "الي", "بين", "طيله", "طوال", "ابان", "in", "during", "until",
            "by", "from", "of", "through",
        ],
        C::Prep,
    );
    t
}

/// The words of a time mention that name its day, for telling whether two mentions name one:
/// "وصباح اليوم" and "اليوم" do, as do "يوم الأحد" and "الأحد" (a leading و, the time of day
/// and "يوم" dropped).
pub(crate) fn day_words<'a>(words: impl Iterator<Item = &'a str> + Clone) -> String {
    let kept: Vec<&str> = words
        .clone()
        .map(strip_conj)
        .filter(|w| !matches!(table().get(w), Some(C::Tod | C::Muntasaf | C::Yawm)))
        .collect();
    if kept.is_empty() {
        return words.collect::<Vec<_>>().join(" ");
    }
    kept.join(" ")
}

/// Strip a leading و or ف ("والخميس"، "فجر" stays: only when two letters remain and the
/// whole token is not itself a known word).
fn strip_conj(t: &str) -> &str {
    if t.is_ascii() {
        return t;
    }
    for c in ["و", "ف"] {
        if let Some(r) = t.strip_prefix(c)
            && r.chars().count() >= 2
        {
            return r;
        }
    }
    t
}

/// A four-digit year 1900..=2100, optionally with "م" (2021م).
fn year_token(w: &str) -> Option<i32> {
    let d = w.strip_suffix('م').unwrap_or(w);
    if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The year that opens a longer run of digits ("20251.6k" → 2025).
fn glued_year(w: &str) -> Option<i32> {
    let head = w.get(..4)?;
    let rest = &w[4..];
    if rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    year_token(head).filter(|y| (1990..=2100).contains(y))
}

/// A token of digits, or the ordinal "الـ28" ("the 28th"; normalising drops the tatweel), as
/// its digits.
fn numeral(w: &str) -> Option<&str> {
    let digits = w.strip_prefix("ال").unwrap_or(w);
    digits
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(digits)
}

/// A day of month as digits: "10"، "01"، "10th"، "1st".
fn day_digits(w: &str) -> Option<i8> {
    let d = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i8 = d.parse().ok()?;
    (1..=31).contains(&v).then_some(v)
}

fn digits_only(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// "10.08.2021" (one token: the tokenizer keeps dots between digits).
fn dotted(w: &str) -> Option<(i8, i8, i32)> {
    let mut it = w.split('.');
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || ![a, b, c].iter().all(|p| digits_only(p)) {
        return None;
    }
    numeric_parts(a, b, c)
}

/// Day, month, year of a three-part numeric date: Y/M/D when the first part has four
/// digits, else D/M/Y (M/D/Y only when the middle part cannot be a month).
fn numeric_parts(a: &str, b: &str, c: &str) -> Option<(i8, i8, i32)> {
    let num = |s: &str| s.parse::<i32>().ok();
    let (mut d, mut m, y) = if a.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        let y = match c.len() {
            4 => num(c)?,
            2 => 2000 + num(c)?,
            _ => return None,
        };
        (num(a)?, num(b)?, y)
    };
    if m > 12 && d <= 12 && a.len() != 4 {
        std::mem::swap(&mut d, &mut m);
    }
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1900..=2100).contains(&y) {
        return None;
    }
    Some((d as i8, m as i8, y))
}

// ---------------------------------------------------------------------------------------
// Parsing

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
        }
    }
}

struct P<'a> {
    s: &'a str,
    t: &'a [Token],
}

impl<'a> P<'a> {
    fn w(&self, j: usize) -> &'a str {
        self.t.get(j).map_or("", |t| t.text(self.s))
    }

    fn bare(&self, j: usize) -> &'a str {
        strip_conj(self.w(j))
    }

    /// The text between token `j - 1` and token `j`.
    fn gap(&self, j: usize) -> Option<&'a str> {
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

    fn class(&self, j: usize) -> Option<C> {
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

    fn parse_at(&self, i: usize, floor: usize) -> Option<Parsed> {
        if numeral(self.w(i)).is_some() {
            let (abs, end) = self.abs_at(i, false, true)?;
            return Some(Parsed::new(i, end, Core::Abs(abs)));
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
            return Some((
                Abs {
                    day: Some(d),
                    month: m,
                    year: Some(y),
                    ..Abs::default()
                },
                k + 1,
            ));
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
            return Some((
                Abs {
                    day: Some(d),
                    month: m,
                    year: Some(y),
                    ..Abs::default()
                },
                k + 3,
            ));
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
        let offset_of = |c: Option<C>| match c {
            Some(C::Past) => Some(-1),
            Some(C::Current) => Some(0),
            Some(C::Next) => Some(1),
            _ => None,
        };
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

fn resolve(x: &Parsed, anchors: Anchors) -> TimeMention {
    let pubd = anchors.published;
    let r = match x.core {
        Core::Rel { days, wd, abs } => match abs {
            Some(a) => resolve_abs(a, wd, anchors),
            None => {
                let base = pubd.and_then(|p| add_days(p, days));
                let mut r = Res {
                    date: base,
                    precision: 1,
                    relative: true,
                    ..Res::default()
                };
                // A weekday that disagrees: trust it, within the six days back.
                if let (Some(b), Some(wd), Some(p)) = (base, wd, pubd)
                    && b.weekday() != wd
                {
                    r.conflict = true;
                    r.date = last_weekday(p, wd);
                }
                r.year = r.date.map(|d| i32::from(d.year()));
                r
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
                Res {
                    date,
                    precision: 1,
                    relative: true,
                    year: date.map(|d| i32::from(d.year())),
                    ..Res::default()
                }
            }
        },
        Core::Abs(a) => resolve_abs(a, None, anchors),
        Core::Week(o) => {
            // Weeks run Sunday to Saturday; the middle day is the Wednesday.
            let date = pubd.and_then(|p| {
                let wed = add_days(last_weekday(p, Weekday::Sunday)?, 3 + 7 * o)?;
                Some(if o == 0 { wed.min(p) } else { wed })
            });
            Res {
                date,
                precision: 2,
                relative: true,
                year: date.map(|d| i32::from(d.year())),
                ..Res::default()
            }
        }
        Core::Month { offset, part } => {
            let date = pubd.and_then(|p| {
                let first = add_months(p.first_of_month(), offset)?;
                day_in_month(first, part.unwrap_or(15))
            });
            Res {
                date,
                precision: if part.is_some() { 2 } else { 3 },
                relative: true,
                year: date.map(|d| i32::from(d.year())),
                ..Res::default()
            }
        }
        Core::Year(o) => Res {
            precision: 4,
            relative: true,
            year: pubd.map(|p| i32::from(p.year()) + o),
            ..Res::default()
        },
        Core::AgoDays { days, precision } => {
            let date = pubd.and_then(|p| add_days(p, -days));
            Res {
                date,
                precision,
                relative: true,
                year: date.map(|d| i32::from(d.year())),
                ..Res::default()
            }
        }
        Core::AgoMonths(n) => {
            let date = pubd.and_then(|p| add_months(p, -n));
            Res {
                date,
                precision: 3,
                relative: true,
                year: date.map(|d| i32::from(d.year())),
                ..Res::default()
            }
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
