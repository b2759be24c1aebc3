mod common;

use common::date;
use rasd_ingest::{date_from_url, parse_published};

#[test]
fn dates_in_urls() {
    let cases = [
        (
            "https://www.example.com/2021/08/10/us-reinforcements/",
            Some(date(2021, 8, 10)),
        ),
        (
            "https://www.example.com/ar/2021/8/1/خبر",
            Some(date(2021, 8, 1)),
        ),
        (
            "https://example.net/news/20210810/article.html",
            Some(date(2021, 8, 10)),
        ),
        (
            "https://example.net/20210810-قصف-رتل",
            Some(date(2021, 8, 10)),
        ),
        (
            "https://example.org/2023-01-30-clashes",
            Some(date(2023, 1, 30)),
        ),
        (
            "https://example.org/archive/2021/08/10",
            Some(date(2021, 8, 10)),
        ),
        ("/2021/08/10/relative-path", Some(date(2021, 8, 10))),
        ("https://example.org/2021/02/30/impossible", None),
        ("https://example.org/2021/13/01/impossible", None),
        ("https://example.org/1850/01/01/too-old", None),
        ("https://example.org/news/1669812", None),
        ("https://example.org/news/12345678/", None),
        ("https://example.org/2021/08/", None),
        ("https://example.org/2021/08/1234.html", None),
        ("https://example.org/item?date=2021/08/10", None),
        ("https://20210810.example.org/x", None),
        ("", None),
        // Twitter/X status ids carry their posting time (UTC): 1 Mar 2022 12:00 and
        // 25 Aug 2022 22:59 (still the 25th in UTC, whatever the hour in Damascus).
        (
            "https://twitter.com/SomeNewsDesk/status/1498629119800258617?s=20",
            Some(date(2022, 3, 1)),
        ),
        (
            "https://x.com/i/web/status/1562937614791618617",
            Some(date(2022, 8, 25)),
        ),
        (
            "https://mobile.twitter.com/desk/status/1562937614791618617/photo/1",
            Some(date(2022, 8, 25)),
        ),
        // A pre-2010 sequential id carries no time; other sites' ids are not snowflakes.
        ("https://twitter.com/desk/status/20", None),
        ("https://example.org/desk/status/1562937614791618617", None),
    ];
    for (url, want) in cases {
        assert_eq!(date_from_url(url), want, "{url}");
    }
}

#[test]
fn published_strings() {
    assert_eq!(parse_published("2024-08-10"), Some(date(2024, 8, 10)));
    assert_eq!(
        parse_published(" 2024-08-10T15:14:00.000Z "),
        Some(date(2024, 8, 10))
    );
    assert_eq!(parse_published("2024-08-10 15:14"), Some(date(2024, 8, 10)));
    assert_eq!(parse_published("2024/8/9"), Some(date(2024, 8, 9)));
    assert_eq!(parse_published("20240810"), Some(date(2024, 8, 10)));
    assert_eq!(
        parse_published("Sat, 10 Aug 2024 15:14:00 +0200"),
        Some(date(2024, 8, 10))
    );
    assert_eq!(
        parse_published("Fri, 10 Aug 2024 15:14:00 +0200"),
        Some(date(2024, 8, 10))
    );
    assert_eq!(
        parse_published("10 Aug 2024 15:14:00 GMT"),
        Some(date(2024, 8, 10))
    );
    assert_eq!(parse_published("2024-02-30"), None);
    assert_eq!(parse_published("2024-08-10junk"), None);
    assert_eq!(parse_published("10/08/2024"), None);
    assert_eq!(parse_published("أمس"), None);
    assert_eq!(parse_published(""), None);
}
