//! Casualty words and tolls: the verb or noun a count belongs to, and a toll risen to a
//! number.

use super::*;

/// The most tokens a time expression inside a phrase spans ("صباح يوم أمس الثلاثاء").
const TIME_TOKENS_MAX: usize = 5;

/// Whether at most `reach` words stand in `from..to`, not counting a time expression among
/// them: "أصيب، صباح اليوم الثلاثاء، طفلان" is the verb and its subject.
pub(super) fn words_between(doc: &Doc, from: usize, to: usize, reach: usize) -> bool {
    let n = to - from;
    if n <= reach {
        return true;
    }
    if n > reach + TIME_TOKENS_MAX {
        return false;
    }
    (from..to).filter(|&i| !doc.in_time(i)).count() <= reach
}

/// Tokens from a toll word ("حصيلة"، "عدد") to the "إلى" of the count it rose to.
const TOLL_REACH: usize = 12;
/// Tokens before a toll word within which a verb of bringing the total to stands ("ليرتفع
/// بذلك عدد").
const TOLL_VERB_REACH: usize = 3;

/// A toll risen to the number at `first`: "ارتفعت حصيلة قتلى القصف إلى"، "وصل عدد الجرحى
/// إلى" (role toll, a few words before the "إلى" just before the number).
pub(super) fn toll_word(doc: &Doc, s: &Sentence, first: usize) -> Option<Hit> {
    if first <= s.first_token || doc.token_text(first - 1) != "الي" {
        return None;
    }
    let from = first.saturating_sub(TOLL_REACH).max(s.first_token);
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "toll" && r.first >= from && r.end < first)
        .last()
}

/// A toll of many events: counted since a date ("حصيلة الشهداء منذ مطلع العام إلى"), or the
/// total the event brings it to ("ليرتفع بذلك عدد قتلى هذه القوات إلى 3"; "وبذلك يرتفع عدد
/// الشهداء إلى 10" is mostly the toll of the event itself, a wounded man having died).
pub(super) fn running_total(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> bool {
    let adds_to = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "ليرتفع" | "لترتفع" | "ليصل" | "لتصل" | "ليبلغ" | "لتبلغ"))
    };
    (toll.end..first).any(|i| doc.token_text(i) == "منذ")
        || (toll
            .first
            .saturating_sub(TOLL_VERB_REACH)
            .max(s.first_token)..toll.first)
            .any(adds_to)
}

/// A casualty verb, finite ("قتل"، "أصيبت") or its verbal noun ("مقتل"، "إصابة").
pub(crate) fn casualty_verb(key: &str) -> bool {
    finite_casualty_verb(key) || key == "act"
}

/// A finite casualty verb: "استشهد"، "أصيبت", or one whose subject is the killer ("قتلت").
pub(crate) fn finite_casualty_verb(key: &str) -> bool {
    matches!(key, "verb" | "kill")
}

/// A word with the conjunction "و" before it ("والجرحى"), where its lexicon form has none.
pub(super) fn conjoined(doc: &Doc, h: Hit) -> bool {
    doc.token_text(h.first).starts_with('و') && !doc.lex.entry(h).form.starts_with('و')
}

/// The casualty unit a toll counts: "حصيلة قتلى"، or "عدد الجنود الذين أصيبوا"; in a list of
/// tolls, the noun right before the "إلى" ("عدد الشهداء إلى 5 والجرحى إلى 15").
pub(super) fn toll_unit(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> Option<Unit> {
    let listed = |cat: Category| {
        doc.hits_in(s, cat)
            .any(|h| h.end + 1 == first && h.first > toll.end && !casualty_verb(doc.key(h)))
    };
    let counts = |cat: Category| {
        doc.hits_in(s, cat).any(|h| {
            (h.first == toll.end && !casualty_verb(doc.key(h)))
                || (h.first > toll.end
                    && h.end < first
                    && finite_casualty_verb(doc.key(h))
                    && matches!(doc.token_text(h.first - 1), "الذين" | "اللذين" | "اللواتي"))
        })
    };
    casualty_unit_where(listed).or_else(|| casualty_unit_where(counts))
}

/// The casualty categories with their units, dead before wounded.
pub(super) const CASUALTY_UNITS: [(Category, Unit); 2] = [
    (Category::Fatality, Unit::Fatality),
    (Category::Injury, Unit::Injury),
];

/// The unit of the first casualty category, dead before wounded, for which `holds` is true.
fn casualty_unit_where(holds: impl Fn(Category) -> bool) -> Option<Unit> {
    CASUALTY_UNITS
        .into_iter()
        .find(|&(cat, _)| holds(cat))
        .map(|(_, unit)| unit)
}
