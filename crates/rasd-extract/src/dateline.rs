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
///   as the first date of the body (a report leads with its day; lists of other stories follow).
pub(crate) fn page_date(doc: &Doc, page: &Page) -> Option<Date> {
    // The dateline is the first body line itself, or precedes it.
    let first_line = page.segments.first();
    let first_line_end = first_line.map(|s| s.end as usize);
    let body_start = first_line.map(|s| s.start as usize);
    let mut body_dates = 0;
    doc.times
        .iter()
        .filter(|t| t.precision == 1 && t.date.is_some() && !t.weekday_conflict)
        .find(|t| {
            let start = doc.orig_span(t.first_token, t.end_token).start as usize;
            if t.printed_year {
                let platform = gap_has(doc, t.first_token, '·') || gap_has(doc, t.end_token, '·');
                let header = first_line_end.is_some_and(|b| {
                    start < b
                        && gap_has(doc, t.first_token, '\n')
                        && gap_has(doc, t.end_token, '\n')
                });
                return platform || header;
            }
            if body_start.is_some_and(|b| start >= b) {
                body_dates += 1;
                return t.year_from_weekday && body_dates == 1;
            }
            false
        })
        .and_then(|t| t.date)
}

/// Whether the text between token `j - 1` and token `j` contains `c` (at the start or end
/// of the text, a line break counts as present).
fn gap_has(doc: &Doc, j: usize, c: char) -> bool {
    ((j == 0 || j >= doc.tokens.len()) && c == '\n') || doc.gap_before(j).contains(c)
}
