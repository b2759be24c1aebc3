//! The date a page prints for itself, for articles that arrive without a publication date
//! (captured posts and pages): relative words ("اليوم"، "الأحد"، "أمس") are resolved against it.

use crate::doc::Doc;
use crate::page::Page;
use jiff::civil::Date;

/// A full date the page shows as its own:
/// - with a printed year, beside the "·" that social platforms put between a post's date and
///   its audience or time ("September 28, 2025 · Shared with Public", "2:12 PM · Aug 26, 2025");
/// - with a printed year, alone on a line after the title, before any body text (a dateline);
/// - a weekday with its day and month ("اليوم الجمعة 14 تموز"), the year read from the weekday,
///   as the first date of the body (a report leads with its day; lists of other stories follow),
///   unless the body has already named another weekday as its day ("استشهد مدنيان اليوم
///   السبت ... وكان الطيران شن يوم الثلاثاء 20 حزيران غارات": the Tuesday is background).
pub(crate) fn page_date(doc: &Doc, page: &Page) -> Option<Date> {
    // The dateline is the first body line itself, or precedes it.
    let first_line = page.segments.first();
    let first_line_end = first_line.map(|s| s.end as usize);
    let body_start = first_line.map(|s| s.start as usize);
    // The weekday the body first gives its own day ("اليوم السبت").
    let mut body_weekday = None;
    let mut body_dated = false;
    for t in doc.times.iter().filter(|t| !t.weekday_conflict) {
        let start = doc.orig_span(t.first_token, t.end_token).start as usize;
        let in_body = body_start.is_some_and(|b| start >= b);
        let Some(date) = t.date.filter(|_| t.precision == 1) else {
            if in_body && body_weekday.is_none() {
                body_weekday = t.today;
            }
            continue;
        };
        if t.printed_year {
            let platform = gap_has(doc, t.first_token, '·') || gap_has(doc, t.end_token, '·');
            let header = first_line_end.is_some_and(|b| {
                start < b && gap_has(doc, t.first_token, '\n') && gap_has(doc, t.end_token, '\n')
            });
            if platform || header {
                return Some(date);
            }
        } else if in_body && !body_dated {
            // Only the body's first date can be its day.
            body_dated = true;
            if t.year_from_weekday && body_weekday.is_none_or(|wd| date.weekday() == wd) {
                return Some(date);
            }
        }
    }
    None
}

/// Whether the text between token `j - 1` and token `j` contains `c` (at the start or end
/// of the text, a line break counts as present).
fn gap_has(doc: &Doc, j: usize, c: char) -> bool {
    ((j == 0 || j >= doc.tokens.len()) && c == '\n') || doc.gap_before(j).contains(c)
}
