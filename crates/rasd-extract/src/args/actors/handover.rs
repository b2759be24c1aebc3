//! Handovers ("سلمت قسد قرية الشيوخ لقوات الحكومة"، "the SDF handed over Deir Hafer to
//! government forces"): the side a place is handed to takes it, the side handing it loses it.

use super::*;

/// Tokens at most from a word of handing over to the side it goes to.
const RECIPIENT_REACH: usize = 12;

/// The named side a place is handed to: after "إلى"، "ل" or "to", over force nouns its name
/// does not include ("إلى قوات الحكومة"، "to the Syrian army").
pub(crate) fn handed_to(doc: &Doc, s: &Sentence, trig: Hit) -> Option<Hit> {
    doc.hits_in(s, Category::Actor)
        .filter(|h| h.first >= trig.end && h.first - trig.end <= RECIPIENT_REACH)
        .find(|&h| given_to(doc, s, h))
        .filter(|&h| crate::model::named_side(doc.key(h)))
}

fn given_to(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let at = over_force_nouns(doc, s, h);
    lam_proclitic(doc.token_text(at))
        || doc
            .token_back(s, at, 1)
            .is_some_and(|t| matches!(t, "الي" | "ل" | "لـ" | "to"))
}

/// "تسلمت قوات الحكومة مدينة الطبقة من قسد": the side a place is taken over from, after
/// "من" or "from" past the trigger, handed it over and is the target.
pub(super) fn taken_from(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
    let at = over_force_nouns(doc, s, h);
    at > trig.end
        && doc
            .token_back(s, at, 1)
            .is_some_and(|t| matches!(t, "من" | "from"))
}

/// The first token of the side `h` with the force nouns before it ("قوات"، "the").
fn over_force_nouns(doc: &Doc, s: &Sentence, h: Hit) -> usize {
    let mut at = h.first;
    while doc
        .token_back(s, at, 1)
        .is_some_and(|t| force_noun(t) || t == "the")
    {
        at -= 1;
    }
    at
}

/// The side that hands the place over, the target of the handover: the subject, just after
/// the word of handing over or just before it ("قسد تسلم").
pub(super) fn hands_over(trig: Hit, recipient: Hit, h: Hit) -> bool {
    h.first < recipient.first && (h.first >= trig.end || h.end + 2 >= trig.first)
}
