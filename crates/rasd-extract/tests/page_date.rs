//! Captured posts and pages that arrive without a publication date: the date the page prints
//! for itself dates its relative words. Texts written for these tests.

use jiff::civil::date;
use rasd_extract::{ArticleInput, Extractor};

fn analyse(text: &str) -> rasd_extract::Analysis {
    Extractor::bundled().analyse(&ArticleInput {
        text: text.to_string(),
        ..Default::default()
    })
}

const POST: &str = "Shaam Network\nVerified accountSeptember 28, 2025 · Shared with Public\n\
قصفت قوات النظام اليوم بالمدفعية الثقيلة بلدة كنصفرة في جبل الزاوية جنوب إدلب، ما أدى إلى مقتل مدنيين اثنين.\n\
12 likes";

#[test]
fn a_platform_date_line_dates_today() {
    let an = analyse(POST);
    assert_eq!(an.page_date, Some(date(2025, 9, 28)));
    let shelling = an.events.first().expect("an event from the post");
    assert_eq!(shelling.date, Some(date(2025, 9, 28)));
    assert_eq!(shelling.time_precision, Some(1));
}

#[test]
fn a_given_publication_date_wins_over_the_page() {
    let an = Extractor::bundled().analyse(&ArticleInput {
        text: POST.to_string(),
        published: Some(date(2025, 9, 29)),
        ..Default::default()
    });
    assert_eq!(an.page_date, None);
    assert_eq!(an.events[0].date, Some(date(2025, 9, 29)));
}

#[test]
fn a_date_inside_the_body_is_no_page_date() {
    // A past date the story mentions is not when the page was written.
    let an = analyse(
        "قصف على ريف إدلب\nقصفت قوات النظام اليوم بلدة كنصفرة، بعد هدوء ساد منذ 5 آذار 2020.\n",
    );
    assert_eq!(an.page_date, None);
}

#[test]
fn a_dateline_between_title_and_body_dates_the_article() {
    let an = analyse(
        "قصف مدفعي على جبل الزاوية\n3 تشرين الأول 2025\nقصفت قوات النظام اليوم بلدة كنصفرة في جبل الزاوية جنوب إدلب.\n",
    );
    assert_eq!(an.page_date, Some(date(2025, 10, 3)));
}

#[test]
fn a_weekday_date_in_the_lead_dates_the_report() {
    let ex = Extractor::bundled().with_not_after(Some(date(2026, 11, 23)));
    let an = ex.analyse(&ArticleInput {
        text: "قصف مدفعي على سرمين\n\
أصيبت سيدة بجروح صباح اليوم الجمعة 14 تموز بقصف لقوات النظام على مدينة سرمين شرقي إدلب.\n\
وكانت قوات النظام قد قصفت أمس بلدة آفس بالمدفعية الثقيلة.\n"
            .to_string(),
        ..Default::default()
    });
    // 14 July fell on a Friday in 2023.
    assert_eq!(an.page_date, Some(date(2023, 7, 14)));
    let dates: Vec<_> = an.events.iter().map(|e| e.date).collect();
    assert!(
        dates.contains(&Some(date(2023, 7, 13))),
        "yesterday: {dates:?}"
    );
    // Without the bound the weekday cannot name a year, and nothing is guessed.
    let an =
        analyse("أصيبت سيدة بجروح صباح اليوم الجمعة 14 تموز بقصف لقوات النظام على مدينة سرمين.\n");
    assert_eq!(an.page_date, None);
}

#[test]
fn a_dated_background_day_after_today_named_by_weekday_is_no_page_date() {
    // The lead names its day only as "today, Saturday"; the Tuesday with its date is an earlier
    // strike told as background, so it cannot be the page's day.
    let ex = Extractor::bundled().with_not_after(Some(date(2026, 11, 23)));
    let an = ex.analyse(&ArticleInput {
        text: "قتيلان بغارات على ريف إدلب\n\
قتل مدنيان اليوم السبت بغارات جوية روسية على قرية بسبت بريف إدلب الغربي.\n\
وكان الطيران الحربي الروسي قد شن صباح يوم الثلاثاء 20 حزيران غارات على أطراف مدينة إدلب.\n"
            .to_string(),
        ..Default::default()
    });
    assert_eq!(an.page_date, None);
    let today = an
        .events
        .iter()
        .find(|e| e.quantities.iter().any(|q| q.value == 2))
        .expect("the Saturday strike");
    assert_eq!(today.date, None, "not the Saturday before the Tuesday");
    // "Yesterday, Friday" makes the page's day a Saturday just the same; a lead that calls
    // today Tuesday agrees with the date and is dated by it.
    for (lead, page_date) in [
        ("أمس الجمعة", None),
        ("اليوم الثلاثاء", Some(date(2023, 6, 20))),
    ] {
        let an = ex.analyse(&ArticleInput {
            text: format!(
                "قتيلان بغارات على ريف إدلب\nقتل مدنيان {lead} بغارات جوية روسية على قرية بسبت.\n\
وكان الطيران الحربي الروسي قد شن صباح يوم الثلاثاء 20 حزيران غارات على أطراف مدينة إدلب.\n"
            ),
            ..Default::default()
        });
        assert_eq!(an.page_date, page_date, "{lead}");
    }
}

#[test]
fn the_start_of_a_stretch_dates_neither_the_article_nor_the_next_sentence() {
    // "Covering the attacks since 8 December" opens the report; the strike is today's news.
    let an = Extractor::bundled().analyse(&ArticleInput {
        text: "كانت مراسلتنا تتابع هجمات الاحتلال التركي على سد تشرين منذ 8 كانون الأول.\n\
استهدفت مسيرة تركية سيارة قرب بلدة صرين ما أدى لإصابة السائق."
            .to_string(),
        published: Some(date(2024, 12, 20)),
        ..Default::default()
    });
    let strike = an
        .events
        .iter()
        .find(|e| {
            e.location
                .as_ref()
                .is_some_and(|p| p.name.ends_with("Sarrin"))
        })
        .expect("the strike near Sarrin");
    assert_eq!(strike.date, Some(date(2024, 12, 20)), "{:#?}", an.events);
}

#[test]
fn a_date_linked_to_today_by_a_word_of_falling_on_dates_the_event() {
    // Far down the body, where no dateline is looked for: the event's own sentence dates it.
    for linked in [
        "اليوم الأحد الموافق 24/7/2022",
        "اليوم الأحد المصادف 24 تموز 2022",
    ] {
        let text = format!(
            "قسد تستهدف مخيما في ريف عفرين\n\
تستمر الهجمات على المخيمات في المنطقة.\n\
ويعاني النازحون من ظروف صعبة.\n\
واستهدفت {linked} ميليشيا قسد بالصواريخ مخيم كويت الرحمة بريف مدينة عفرين.\n"
        );
        let an = analyse(&text);
        let strike = an.events.first().expect("the strike on the camp");
        assert_eq!(strike.date, Some(date(2022, 7, 24)), "{linked}");
    }
}

#[test]
fn an_outlet_name_ending_in_a_number_does_not_lend_it_to_the_date() {
    // "Network 24" glued to the platform's date: the 24 is the outlet's, the day is the 19th.
    let an = analyse(
        "شبكة المثال 24March 19, 2025 · Shared with Public\n\
         توفي شاب متأثراً بجراحه نتيجة قصف استهدف حي الضاحية في مدينة درعا قبل يومين.",
    );
    assert_eq!(an.page_date, Some(date(2025, 3, 19)));
    let e = an.events.first().expect("an event from the post");
    assert_eq!(e.date, Some(date(2025, 3, 17)), "{e:#?}");
    // A day before the month with no day of its own after it is that day.
    let an =
        analyse("Sample Page\n24 March 2025 · Shared with Public\nقصفت قوات النظام بلدة البارة.");
    assert_eq!(an.page_date, Some(date(2025, 3, 24)));
}
