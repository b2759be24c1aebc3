//! Time expressions resolved against fixed publication dates.

use jiff::civil::{Date, date};
use rasd_extract::dates::{
    TimeMention, find_time_expressions, find_time_expressions_bounded, find_time_expressions_with,
    text_year,
};
use rasd_text::{normalize_str, tokenize};

/// 2020-04-09 is a Thursday.
const THU: Date = date(2020, 4, 9);
/// 2018-03-06 is a Tuesday.
const TUE: Date = date(2018, 3, 6);

fn times(s: &str, published: Option<Date>) -> Vec<TimeMention> {
    let n = normalize_str(s);
    let t = tokenize(&n);
    find_time_expressions(&n, &t, published)
}

/// The only mention, with the text it covers.
fn one(s: &str, published: Option<Date>) -> (TimeMention, String) {
    let n = normalize_str(s);
    let t = tokenize(&n);
    let found = find_time_expressions(&n, &t, published);
    assert_eq!(found.len(), 1, "{s}: {found:?}");
    let m = found[0];
    let covered = n[t[m.first_token].start as usize..t[m.end_token - 1].end as usize].to_string();
    (m, covered)
}

fn day(s: &str, published: Option<Date>) -> (Option<Date>, u8) {
    let (m, _) = one(s, published);
    (m.date, m.precision)
}

#[test]
fn today_with_matching_weekday() {
    let (m, covered) = one("قصفت الطائرات اليوم الخميس مواقع", Some(THU));
    assert_eq!((m.date, m.precision), (Some(THU), 1));
    assert!(!m.weekday_conflict && !m.historical && m.relative);
    assert_eq!(covered, "اليوم الخميس");
}

#[test]
fn today_with_wrong_weekday_trusts_the_weekday() {
    let (m, _) = one("وصل الرتل اليوم الأربعاء", Some(THU));
    assert!(m.weekday_conflict);
    assert_eq!(m.date, Some(date(2020, 4, 8)));
}

#[test]
fn two_days_after_dates_what_follows_two_days_back() {
    let (m, covered) = one("جاء القصف بعد يومين من غارات مماثلة", Some(THU));
    assert_eq!((m.date, m.precision), (Some(date(2020, 4, 7)), 1));
    assert!(m.dates_what_follows);
    assert_eq!(covered, "بعد يومين من");
    let (m, _) = one("أفرج عنه بعد ثلاثة أيام من اعتقاله", Some(THU));
    assert_eq!(m.date, Some(date(2020, 4, 6)));
    // The day after tomorrow and a span before something else stay as they were.
    let (m, _) = one("ستصل القافلة بعد غد", Some(THU));
    assert_eq!(m.date, Some(date(2020, 4, 11)));
    assert!(!m.dates_what_follows);
    assert!(times("قبل يومين من الهجوم", Some(THU)).is_empty());
    // A vague span back is the week before.
    let (m, _) = one("بعد أيام من الغارات", Some(THU));
    assert_eq!((m.date, m.precision), (Some(date(2020, 4, 6)), 2));
}

#[test]
fn yesterday_forms() {
    assert_eq!(day("امس", Some(THU)), (Some(date(2020, 4, 8)), 1));
    assert_eq!(day("يوم أمس", Some(THU)), (Some(date(2020, 4, 8)), 1));
    assert_eq!(day("وقعت البارحة", Some(THU)), (Some(date(2020, 4, 8)), 1));
    assert_eq!(
        day("مساء أمس الأربعاء", Some(THU)),
        (Some(date(2020, 4, 8)), 1)
    );
    assert_eq!(
        day("أول أمس الثلاثاء", Some(THU)),
        (Some(date(2020, 4, 7)), 1)
    );
    assert_eq!(day("أمس الأول", Some(THU)), (Some(date(2020, 4, 7)), 1));
    assert_eq!(day("أول من أمس", Some(THU)), (Some(date(2020, 4, 7)), 1));
    assert_eq!(
        day("الليلة الماضية", Some(THU)),
        (Some(date(2020, 4, 8)), 1)
    );
}

#[test]
fn midnight_of_yesterday_monday() {
    let (m, covered) = one("انفجار منتصف ليل أمس الاثنين", Some(TUE));
    assert_eq!(m.date, Some(date(2018, 3, 5)));
    assert!(!m.weekday_conflict);
    assert_eq!(covered, "منتصف ليل امس الاثنين");
}

#[test]
fn time_of_day_prefixes() {
    assert_eq!(day("فجر اليوم", Some(THU)), (Some(THU), 1));
    assert_eq!(
        day("صباح يوم الثلاثاء", Some(THU)),
        (Some(date(2020, 4, 7)), 1)
    );
    assert_eq!(day("وفجر السبت", Some(THU)), (Some(date(2020, 4, 4)), 1));
    // the night from Thursday to Friday is dated by the Friday
    assert_eq!(
        day("ليل الخميس - الجمعة", Some(date(2020, 4, 11))),
        (Some(date(2020, 4, 10)), 1)
    );
}

#[test]
fn weekdays_alone() {
    assert_eq!(day("الثلاثاء", Some(THU)), (Some(date(2020, 4, 7)), 1));
    assert_eq!(day("الخميس", Some(THU)), (Some(THU), 1));
    assert_eq!(day("الجمعة", Some(THU)), (Some(date(2020, 4, 3)), 1));
    assert_eq!(day("الخميس الماضي", Some(THU)), (Some(date(2020, 4, 2)), 1));
    assert_eq!(
        day("الأربعاء الفائت", Some(THU)),
        (Some(date(2020, 4, 8)), 1)
    );
    assert_eq!(day("الأحد المقبل", Some(THU)), (Some(date(2020, 4, 12)), 1));
    // no publication date, no weekday date
    let (m, _) = one("السبت", None);
    assert_eq!(m.date, None);
}

#[test]
fn weeks_and_months() {
    let (m, covered) = one("خلال الأسبوع الماضي", Some(THU));
    assert_eq!((m.date, m.precision), (Some(date(2020, 4, 1)), 2));
    assert_eq!(covered, "الاسبوع الماضي");
    assert_eq!(day("الشهر الماضي", Some(THU)), (Some(date(2020, 3, 15)), 3));
    assert_eq!(day("الشهر الجاري", Some(THU)), (Some(date(2020, 4, 15)), 3));
    assert_eq!(
        day("مطلع الشهر الحالي", Some(THU)),
        (Some(date(2020, 4, 4)), 2)
    );
    assert_eq!(day("قبل أسبوعين", Some(THU)), (Some(date(2020, 3, 26)), 2));
    assert_eq!(day("قبل يومين", Some(THU)), (Some(date(2020, 4, 7)), 1));
    assert_eq!(day("منذ ثلاثة أيام", Some(THU)), (Some(date(2020, 4, 6)), 1));
    assert_eq!(day("قبل شهرين", Some(THU)), (Some(date(2020, 2, 9)), 3));
    let (m, covered) = one("القصف المستمر منذ أكثر من 13 عاماً", Some(THU));
    assert_eq!((m.year, m.date), (Some(2007), None));
    assert!(m.historical);
    assert_eq!(covered, "منذ اكثر من 13 عاما");
    assert!(times("قبل وصول الرتل", Some(THU)).is_empty());
}

#[test]
fn month_and_year_is_historical() {
    let (m, covered) = one("تشكل في أيلول 2014 لمحاربة التنظيم", Some(THU));
    assert_eq!((m.date, m.precision), (Some(date(2014, 9, 15)), 3));
    assert!(m.historical);
    assert_eq!(covered, "ايلول 2014");
    let (m, _) = one("في أيلول عام 2014", None);
    assert_eq!(m.date, Some(date(2014, 9, 15)));
    assert!(
        m.historical,
        "a printed month and year is background without a publication date"
    );
    let (m, _) = one("في تشرين الثاني/نوفمبر 2017 بعد معارك", None);
    assert_eq!((m.date, m.precision), (Some(date(2017, 11, 15)), 3));
}

#[test]
fn bare_years() {
    let (m, covered) = one("منذ عام 2011", Some(THU));
    assert_eq!((m.date, m.year, m.precision), (None, Some(2011), 4));
    assert!(m.historical);
    assert_eq!(covered, "منذ عام 2011");
    let (m, _) = one("سنة 2017", Some(THU));
    assert_eq!(m.year, Some(2017));
    assert!(m.historical);
    let (m, _) = one("العام الماضي", Some(THU));
    assert_eq!((m.year, m.date), (Some(2019), None));
    assert!(m.historical);
    let (m, _) = one("العام الحالي", Some(THU));
    assert!(!m.historical);
    // an age is no year
    assert!(times("طفل 13 عاما", Some(THU)).is_empty());
    assert!(times("بعمر 13 عام", Some(THU)).is_empty());
}

#[test]
fn months_or_years_ago_uncounted_are_background_with_no_day() {
    for text in [
        "قبل أشهر",
        "قبل بضعة أشهر",
        "قبل سنوات",
        "وقبل أعوام",
        "قبل عدة شهور",
    ] {
        let (m, covered) = one(text, Some(THU));
        assert_eq!((m.date, m.year), (None, None), "{text}");
        assert!(m.historical, "{text}");
        assert_eq!(covered, normalize_str(text), "{text}");
    }
    // "Since years" opens a stretch that may run to today ("تسيطر على البوكمال منذ سنوات").
    assert!(times("منذ سنوات", Some(THU)).is_empty());
    // "For the first time in months" measures the gap before today's event.
    assert!(times("لأول مرة منذ أشهر", Some(THU)).is_empty());
    assert!(times("الأولى منذ أكثر من شهر", Some(THU)).is_empty());
}

#[test]
fn a_few_days_ago_is_the_week_before_never_the_articles_day() {
    for text in ["قبل أيام", "وقبل بضعة أيام", "قبل عدة أيام", "بعد أيام من"]
    {
        let (m, covered) = one(text, Some(THU));
        assert_eq!((m.date, m.precision), (Some(date(2020, 4, 6)), 2), "{text}");
        assert!(m.own_sentence && !m.historical, "{text}");
        assert_eq!(covered, normalize_str(text), "{text}");
    }
    // "For days" runs to today: it dates nothing.
    assert!(times("تشهد المنطقة منذ أيام اشتباكات", Some(THU)).is_empty());
}

#[test]
fn day_month_without_year() {
    assert_eq!(
        day("في 10 آب", Some(date(2021, 8, 12))),
        (Some(date(2021, 8, 10)), 1)
    );
    // more than a week after publication: last year's
    assert_eq!(
        day("في 20 كانون الأول", Some(date(2021, 1, 5))),
        (Some(date(2020, 12, 20)), 1)
    );
    assert_eq!(
        day("27 من أيلول", Some(date(2022, 10, 1))),
        (Some(date(2022, 9, 27)), 1)
    );
    assert_eq!(
        day("السابع من أكتوبر الماضي", Some(date(2023, 10, 30))),
        (Some(date(2023, 10, 7)), 1)
    );
    assert_eq!(
        day("الحادي والعشرين من آذار", Some(date(2020, 4, 1))),
        (Some(date(2020, 3, 21)), 1)
    );
    // no publication date and no year anywhere: undated
    let (m, _) = one("في 10 آب", None);
    assert_eq!(m.date, None);
}

#[test]
fn weekday_picks_year_from_hint() {
    let s = "وقع الهجوم اليوم الثلاثاء 10 آب، في حصيلة هي الأعلى منذ بداية عام 2021";
    let n = normalize_str(s);
    let t = tokenize(&n);
    assert_eq!(text_year(&n, &t), Some(2021));
    let found = find_time_expressions(&n, &t, None);
    assert_eq!(found[0].date, Some(date(2021, 8, 10)));
    assert!(!found[0].weekday_conflict);
    // 10 Aug 2020 was a Monday: the weekday moves a 2020 hint to 2021
    let found = find_time_expressions_with(&n, &t, None, Some(2020));
    assert_eq!(found[0].date, Some(date(2021, 8, 10)));
}

#[test]
fn weekday_conflict_with_printed_date() {
    let (m, _) = one("الأحد 10 آب 2021", None);
    assert_eq!(m.date, Some(date(2021, 8, 10)));
    assert!(m.weekday_conflict);
    let (m, _) = one("الثلاثاء 10 آب 2021", None);
    assert!(!m.weekday_conflict);
}

#[test]
fn a_slash_between_day_and_month_name() {
    // The printed date wins over "today" read against a publication a month earlier.
    let (m, _) = one("اليوم الأربعاء 3/ أيار 2023", Some(date(2023, 4, 4)));
    assert_eq!(m.date, Some(date(2023, 5, 3)));
    assert_eq!(day("في 3/أيار 2023", None), (Some(date(2023, 5, 3)), 1));
}

#[test]
fn doubled_month_names() {
    assert_eq!(day("10 آب/ أغسطس 2021", None), (Some(date(2021, 8, 10)), 1));
    assert_eq!(
        day("10 آب (أغسطس) 2021", None),
        (Some(date(2021, 8, 10)), 1)
    );
    let (m, covered) = one("في سبتمبر/ أيلول 2018", None);
    assert_eq!(m.date, Some(date(2018, 9, 15)));
    assert_eq!(covered, "سبتمبر/ ايلول 2018");
    // آب alone is "father", not August
    assert!(times("الأب وابنه", Some(THU)).is_empty());
    assert!(times("في آب", Some(THU)).is_empty());
}

#[test]
fn numeric_dates() {
    for s in [
        "2021/08/10",
        "10/08/2021",
        "2021-08-10",
        "10-8-2021",
        "10.08.2021",
    ] {
        assert_eq!(day(s, None), (Some(date(2021, 8, 10)), 1), "{s}");
    }
    assert_eq!(day("الأحد 2025/05/18", None), (Some(date(2025, 5, 18)), 1));
    assert_eq!(
        day("السبت 18/5", Some(date(2025, 5, 20))),
        (Some(date(2025, 5, 18)), 1)
    );
    // a clock time and a range are no dates
    assert!(times("الساعة 01:35", None).is_empty());
    assert!(times("بين 20-30 عنصرا", None).is_empty());
}

#[test]
fn month_day_comma_year() {
    assert_eq!(day("أكتوبر 7, 2021", None), (Some(date(2021, 10, 7)), 1));
    assert_eq!(
        day("on August 10, 2021", None),
        (Some(date(2021, 8, 10)), 1)
    );
    // English shortens the month with a stop.
    assert_eq!(day("on Feb. 23, 2021", None), (Some(date(2021, 2, 23)), 1));
    assert_eq!(day("on Sept. 3", Some(THU)), (Some(date(2019, 9, 3)), 1));
}

#[test]
fn english_secondary_path() {
    assert_eq!(day("today", Some(THU)), (Some(THU), 1));
    assert_eq!(day("yesterday", Some(THU)), (Some(date(2020, 4, 8)), 1));
    assert_eq!(
        day("the day before yesterday", Some(THU)),
        (Some(date(2020, 4, 7)), 1)
    );
    assert_eq!(day("on Monday", Some(THU)), (Some(date(2020, 4, 6)), 1));
    assert_eq!(day("last night", Some(THU)), (Some(date(2020, 4, 8)), 1));
    assert_eq!(day("last week", Some(THU)), (Some(date(2020, 4, 1)), 2));
    assert_eq!(day("10 August 2021", None), (Some(date(2021, 8, 10)), 1));
    assert_eq!(day("in August 2021", None), (Some(date(2021, 8, 15)), 3));
    assert_eq!(
        day("two weeks ago", Some(THU)),
        (Some(date(2020, 3, 26)), 2)
    );
    let (m, _) = one("in 2014", Some(THU));
    assert_eq!((m.year, m.historical), (Some(2014), true));
    // "may" the verb
    assert!(times("they may strike", Some(THU)).is_empty());
}

#[test]
fn several_in_one_text() {
    let s =
        "قصفت الطائرات فجر اليوم الخميس قرية، بعد هجوم أمس الأربعاء. وكان التحالف تشكل عام 2014.";
    let found = times(s, Some(THU));
    let dates: Vec<_> = found
        .iter()
        .map(|m| (m.date, m.year, m.historical))
        .collect();
    assert_eq!(
        dates,
        [
            (Some(THU), Some(2020), false),
            (Some(date(2020, 4, 8)), Some(2020), false),
            (None, Some(2014), true),
        ]
    );
    for w in found.windows(2) {
        assert!(w[0].end_token <= w[1].first_token);
    }
}

#[test]
fn relative_without_publication_date_is_undated() {
    let (m, _) = one("اليوم", None);
    assert_eq!((m.date, m.precision), (None, 1));
    let (m, _) = one("الأسبوع الماضي", None);
    assert_eq!(m.date, None);
}

#[test]
fn not_today() {
    assert!(times("في اليوم التالي", Some(THU)).is_empty());
    assert!(times("اليوم العالمي للطفل", Some(THU)).is_empty());
    assert!(times("وفي اليوم نفسه", Some(THU)).is_empty());
    assert!(times("في ذلك اليوم", Some(THU)).is_empty());
    assert!(times("الأحد عشر عنصرا", Some(THU)).is_empty());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_stays_in_bounds(s in "\\PC{0,80}", y in 1900i16..2100, d in 0i64..366) {
            let published = date(y, 1, 1).checked_add(jiff::Span::new().days(d)).ok();
            let n = normalize_str(&s);
            let t = tokenize(&n);
            let mut last = 0;
            for m in find_time_expressions(&n, &t, published) {
                prop_assert!(m.first_token < m.end_token && m.end_token <= t.len());
                prop_assert!(m.first_token >= last);
                last = m.end_token;
            }
        }

        #[test]
        fn date_words_never_panic(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "اليوم", "امس", "اول", "من", "الاول", "الثاني", "منتصف", "ليل", "الاثنين",
                    "الجمعه", "-", "/", "10", "2021", "99", "اب", "اغسطس", "(", ")", "كانون",
                    "تشرين", "عام", "العام", "الماضي", "قبل", "منذ", "ايام", "9999", "الحادي",
                    "والعشرين", "عشر", "الاسبوع", "الشهر", "مطلع", "شهر", "في", "ago", "days",
                    "last", "the", "day", "before", "yesterday", "31", "02", "29", ",",
                ]),
                0..14,
            ),
            pubd in prop::option::of(0i64..40_000),
        ) {
            let s = words.join(" ");
            let published = pubd.and_then(|d| date(1950, 1, 1).checked_add(jiff::Span::new().days(d)).ok());
            let t = tokenize(&s);
            for m in find_time_expressions(&s, &t, published) {
                prop_assert!(m.first_token < m.end_token && m.end_token <= t.len());
            }
        }
    }
}

#[test]
fn recent_hours_and_days() {
    assert_eq!(
        day("خلال اليومين الماضيين", Some(THU)),
        (Some(date(2020, 4, 8)), 2)
    );
    assert_eq!(day("خلال الساعات الماضية", Some(THU)), (Some(THU), 1));
    assert_eq!(day("خلال الـ24 ساعة الماضية", Some(THU)), (Some(THU), 1));
    assert_eq!(day("الساعات الـ24 الماضية", Some(THU)), (Some(THU), 1));
    assert!(times("ساعة واحدة", Some(THU)).is_empty());
}

#[test]
fn last_year_of_a_month_uses_the_hint_without_publication() {
    let (m, _) = one("في 31 كانون الأول من العام الماضي", None);
    assert_eq!(m.date, None);
    let s = "في 31 كانون الأول من العام الماضي، وفي 2 كانون الثاني 2022";
    let found = times(s, None);
    assert_eq!(found[0].date, Some(date(2021, 12, 31)));
}

#[test]
fn a_year_glued_to_post_counters_is_read() {
    // Captured posts run the date into the view counter: "Sep 28, 20251.6KViews".
    let (m, _) = one("Sep 28, 20251.6KViews", None);
    assert_eq!((m.date, m.precision), (Some(date(2025, 9, 28)), 1));
    assert!(m.printed_year);
    // Without the comma it stays a number, not a year.
    assert!(
        times("Sep 28 20251", None)
            .iter()
            .all(|m| m.year != Some(2025))
    );
}

#[test]
fn printed_year_is_told_from_an_inferred_one() {
    let (m, _) = one("في 28 أيلول 2025", None);
    assert!(m.printed_year);
    let (m, _) = one("في 28 أيلول", Some(THU));
    assert!(!m.printed_year);
}

/// Read with no publication date and the given latest possible day.
fn bounded(s: &str, not_after: Date) -> Vec<TimeMention> {
    let n = normalize_str(s);
    let t = tokenize(&n);
    find_time_expressions_bounded(&n, &t, None, Some(not_after))
}

#[test]
fn a_weekday_names_the_year_of_an_undated_day() {
    // 5 August fell on a Saturday in 2023 and 2017; 2028 is after the bound.
    let found = bounded(
        "أصيب مدنيون مساء اليوم السبت 5 آب بقصف مدفعي",
        date(2026, 11, 23),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].date, Some(date(2023, 8, 5)));
    assert!(found[0].year_from_weekday && !found[0].printed_year);
    // The bound itself limits the search: before August 2023 the latest Saturday 5 August
    // is in 2017.
    let found = bounded("يوم السبت 5 آب", date(2023, 8, 4));
    assert_eq!(found[0].date, Some(date(2017, 8, 5)));
}

#[test]
fn a_weekday_year_needs_a_day_and_yields_to_a_publication_date() {
    // A month without a day has no weekday to check.
    assert!(
        bounded("في شهر آب", date(2026, 11, 23))
            .iter()
            .all(|m| m.date.is_none())
    );
    let n = normalize_str("اليوم السبت 5 آب");
    let t = tokenize(&n);
    let found =
        find_time_expressions_bounded(&n, &t, Some(date(2025, 8, 5)), Some(date(2026, 1, 1)));
    assert_eq!(found[0].date, Some(date(2025, 8, 5)));
    assert!(!found[0].year_from_weekday);
}

#[test]
fn a_background_year_does_not_outweigh_the_weekday() {
    // 16 October was a Saturday in 2021 (and 2010); the text's only year is a background one.
    let found = bounded(
        "صعدت قوات النظام قصفها اليوم السبت 16 تشرين الأول، في أسوأ تصعيد منذ عام 2011",
        date(2026, 11, 23),
    );
    assert_eq!(found[0].date, Some(date(2021, 10, 16)), "{found:?}");
    // A printed year that fits the weekday is kept.
    let found = bounded("اليوم السبت 5 آب، بعد هجمات عام 2017", date(2026, 11, 23));
    assert_eq!(found[0].date, Some(date(2017, 8, 5)), "{found:?}");
}

#[test]
fn an_ordinal_day_with_the_article_is_a_day() {
    // "الـ28 يونيو": the tatweel goes in normalising, "ال28" stays one token.
    let (m, covered) = one(
        "وفي الـ28 يونيو الماضي أعلنت القيادة",
        Some(date(2022, 7, 22)),
    );
    assert_eq!(m.date, Some(date(2022, 6, 28)), "{covered}");
    assert_eq!(m.precision, 1);
    // A definite count that no month follows is no date.
    assert!(times("وثقت أسماء الشهداء الـ3 وعدد من المصابين", Some(THU)).is_empty());
}

/// Without a publication date a weekday is all that is known of the day, and it is kept.
#[test]
fn a_weekday_is_kept_when_the_day_cannot_be_resolved() {
    use jiff::civil::Weekday;
    for (text, wd) in [
        ("قصفت الطائرات صباح اليوم الخميس مواقع", Weekday::Thursday),
        ("قتل مدني أمس الأربعاء بقصف", Weekday::Wednesday),
        ("قصفت الطائرات يوم السبت الماضي مواقع", Weekday::Saturday),
        ("قصفت الطائرات فجر الاثنين مواقع", Weekday::Monday),
    ] {
        let (m, _) = one(text, None);
        assert_eq!((m.date, m.weekday), (None, Some(wd)), "{text}");
    }
    // Relative days without a weekday say nothing of it.
    let (m, _) = one("قصفت الطائرات أمس مواقع", None);
    assert_eq!(m.weekday, None);
    let (m, _) = one("قصفت الطائرات اليوم الخميس مواقع", Some(THU));
    assert_eq!((m.date, m.weekday), (Some(THU), Some(Weekday::Thursday)));
}

#[test]
fn the_first_day_of_a_year_is_new_years_day() {
    for (text, published) in [
        ("ضحايا بقصف على ريف حلب في اليوم الأول من 2024", None),
        ("قصف في اليوم الأول من العام الحالي 2024 على ريف حلب", None),
        (
            "قصف في اليوم الأول من العام الحالي على ريف حلب",
            Some(date(2024, 1, 2)),
        ),
        ("قصف في اليوم الأول من عام 2024 على ريف حلب", Some(THU)),
    ] {
        let (m, covered) = one(text, published);
        assert_eq!((m.date, m.precision), (Some(date(2024, 1, 1)), 1), "{text}");
        assert!(covered.starts_with("اليوم الاول من"), "{text}: {covered}");
    }
    // The day after something else is no date.
    let found = times("في اليوم التالي من الهجوم", Some(THU));
    assert!(found.iter().all(|m| m.date.is_none()), "{found:?}");
}

#[test]
fn a_day_of_this_month_or_the_last_is_that_day() {
    assert_eq!(
        day("في الـ25 من الشهر الجاري", Some(THU)),
        (Some(date(2020, 4, 25)), 1)
    );
    assert_eq!(
        day("في 22 من الشهر الماضي", Some(THU)),
        (Some(date(2020, 3, 22)), 1)
    );
    // The day in words, as an ordinal.
    assert_eq!(
        day("في الثامن من الشهر الجاري", Some(THU)),
        (Some(date(2020, 4, 8)), 1)
    );
    assert_eq!(
        day("في الثالث والعشرين من الشهر الماضي", Some(THU)),
        (Some(date(2020, 3, 23)), 1)
    );
    // A count of people is no day.
    assert!(
        times("قتل 25 من عناصر الشهر الجاري", Some(THU))
            .iter()
            .all(|m| m.precision != 1)
    );
}
