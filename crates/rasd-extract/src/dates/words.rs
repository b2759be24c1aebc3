//! The word classes of time expressions and the digit shapes of printed dates.

use super::*;

pub(super) fn table() -> &'static Table {
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
pub(super) fn strip_conj(t: &str) -> &str {
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
pub(super) fn year_token(w: &str) -> Option<i32> {
    let d = w.strip_suffix('م').unwrap_or(w);
    if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The year that opens a longer run of digits ("20251.6k" → 2025).
pub(super) fn glued_year(w: &str) -> Option<i32> {
    let head = w.get(..4)?;
    let rest = &w[4..];
    if rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    year_token(head).filter(|y| (1990..=2100).contains(y))
}

/// A token of digits, or the ordinal "الـ28" ("the 28th"; normalising drops the tatweel), as
/// its digits.
pub(super) fn numeral(w: &str) -> Option<&str> {
    let digits = w.strip_prefix("ال").unwrap_or(w);
    digits
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(digits)
}

/// A day of month as digits: "10"، "01"، "10th"، "1st".
pub(super) fn day_digits(w: &str) -> Option<i8> {
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

pub(super) fn digits_only(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// "10.08.2021" (one token: the tokenizer keeps dots between digits).
pub(super) fn dotted(w: &str) -> Option<(i8, i8, i32)> {
    let mut it = w.split('.');
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || ![a, b, c].iter().all(|p| digits_only(p)) {
        return None;
    }
    numeric_parts(a, b, c)
}

/// Day, month, year of a three-part numeric date: Y/M/D when the first part has four
/// digits, else D/M/Y (M/D/Y only when the middle part cannot be a month).
pub(super) fn numeric_parts(a: &str, b: &str, c: &str) -> Option<(i8, i8, i32)> {
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
