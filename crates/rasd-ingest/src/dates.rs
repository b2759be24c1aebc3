//! Publication dates as sources write them: ISO 8601 dates and timestamps, `2024/08/10`,
//! RFC 2822 (feeds, mail), Unix timestamps, and dates printed in URL paths.
//!
//! A timestamp keeps the calendar date it was written in (its own offset), never converted
//! to UTC: "2024-08-10T00:30:00+03:00" was published on the 10th where it was written.

use jiff::civil::Date;

/// Years accepted as publication years; anything else is taken for a misread number.
const YEARS: std::ops::RangeInclusive<i16> = 1990..=2100;

/// Parses a publication date: "2024-08-10", "2024-08-10T15:14:00+02:00", "2024-08-10 15:14",
/// "2024/08/10", "2024.8.10", "20240810", or RFC 2822 ("Sat, 10 Aug 2024 15:14:00 +0200").
/// Returns `None` for anything else, or for an impossible date.
pub fn parse_published(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some((date, rest)) = leading_ymd(s) {
        let rest_ok = rest.is_empty()
            || rest.starts_with(['T', 't', ' ', '_'])
                && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        return rest_ok.then_some(date);
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return compact_ymd(s);
    }
    rfc2822(s)
}

/// `YYYY-MM-DD` (or `/`, `.` as separators, one- or two-digit month and day) at the start
/// of `s`, with the rest of `s`.
fn leading_ymd(s: &str) -> Option<(Date, &str)> {
    let b = s.as_bytes();
    if b.len() < 8 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sep = b[4];
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let (month, after_month) = digits(&s[5..], 2)?;
    let after_sep = after_month.strip_prefix(char::from(sep))?;
    let (day, rest) = digits(after_sep, 2)?;
    let date = checked_date(s[..4].parse().ok()?, month, day)?;
    Some((date, rest))
}

/// One to `max` leading ASCII digits of `s`, not followed by another digit.
fn digits(s: &str, max: usize) -> Option<(i8, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

fn compact_ymd(s: &str) -> Option<Date> {
    let year = s.get(..4)?.parse().ok()?;
    let month = s.get(4..6)?.parse().ok()?;
    let day = s.get(6..8)?.parse().ok()?;
    checked_date(year, month, day)
}

fn checked_date(year: i16, month: i8, day: i8) -> Option<Date> {
    if !YEARS.contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()
}

/// RFC 2822; a weekday that disagrees with the date is forgiven (feeds get it wrong).
fn rfc2822(s: &str) -> Option<Date> {
    let parsed = jiff::fmt::rfc2822::parse(s).ok().or_else(|| {
        let (_, without_weekday) = s.split_once(',')?;
        jiff::fmt::rfc2822::parse(without_weekday.trim()).ok()
    })?;
    let date = parsed.date();
    YEARS.contains(&date.year()).then_some(date)
}

/// A Unix timestamp in seconds (or milliseconds, when too large for seconds) as a UTC date.
pub fn date_from_unix(value: i64) -> Option<Date> {
    let ts = if value.unsigned_abs() >= 100_000_000_000 {
        jiff::Timestamp::from_millisecond(value).ok()?
    } else {
        jiff::Timestamp::from_second(value).ok()?
    };
    let date = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
    YEARS.contains(&date.year()).then_some(date)
}

/// A publication date printed in a URL's path: `/2021/08/10/`, `/2021/8/10/`, `/20210810/`,
/// `/2021-08-10-slug`, or carried by a Twitter/X status id. Dates outside 1990–2100 or
/// impossible ones are ignored; the query and fragment are not looked at.
pub fn date_from_url(url: &str) -> Option<Date> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (host, path) = match after_scheme.find('/') {
        Some(i) if url.contains("://") => (&after_scheme[..i], &after_scheme[i..]),
        Some(_) => ("", after_scheme),
        None => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    if let Some(date) = post_id_date(host, path) {
        return Some(date);
    }
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        let year_segment = seg.len() == 4 && seg.bytes().all(|b| b.is_ascii_digit());
        let month = segments.get(i + 1).and_then(|m| whole_digits(m));
        let day = segments.get(i + 2).and_then(|d| whole_digits(d));
        if year_segment
            && let (Some(month), Some(day)) = (month, day)
            && let Some(date) = checked_date(seg.parse().ok()?, month, day)
        {
            return Some(date);
        }
        if seg.as_bytes().get(4) == Some(&b'-')
            && let Some((date, rest)) = leading_ymd(seg)
            && !rest.starts_with(|c: char| c.is_ascii_digit())
        {
            return Some(date);
        }
        let lead = seg.bytes().take_while(u8::is_ascii_digit).count();
        let delimited = seg[lead..].is_empty() || seg[lead..].starts_with(['-', '_', '.']);
        if lead == 8
            && delimited
            && let Some(date) = compact_ymd(&seg[..8])
        {
            return Some(date);
        }
    }
    None
}

/// Twitter/X status ids are "snowflakes": the id shifted right by 22 bits is the posting time
/// in milliseconds since this epoch (4 Nov 2010, when the scheme began).
const SNOWFLAKE_EPOCH_MS: i64 = 1_288_834_974_657;

/// The posting date (UTC) carried in a Twitter/X status URL
/// (`twitter.com/USER/status/ID`, `x.com/i/web/status/ID`). Older ids were sequential and
/// carry no time: they are too small to be snowflakes and are ignored.
fn post_id_date(host: &str, path: &str) -> Option<Date> {
    let host = host
        .trim_start_matches("www.")
        .trim_start_matches("mobile.");
    if !matches!(host, "twitter.com" | "x.com") {
        return None;
    }
    let mut segments = path.split('/');
    segments.find(|s| matches!(*s, "status" | "statuses"))?;
    let id: i64 = segments.next()?.parse().ok()?;
    if id < 1 << 32 {
        return None;
    }
    date_from_unix((id >> 22) + SNOWFLAKE_EPOCH_MS)
}

/// A path segment that is one or two digits and nothing else (a `.html` ending allowed).
fn whole_digits(seg: &str) -> Option<i8> {
    let seg = seg.split('.').next().unwrap_or_default();
    (1..=2).contains(&seg.len()).then_some(())?;
    seg.parse().ok()
}
