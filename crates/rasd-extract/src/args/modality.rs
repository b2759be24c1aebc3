//! Whether it happened: denials, negation, plans, claims and background.

use super::*;

/// Words from a denial to the casualties it denies ("نفت مصادر ما تداولته بعض وسائل الإعلام
/// عن مقتل 3 عناصر").
const DENIAL_REACH: usize = 10;

/// A casualty word a denial governs ("تنفي استشهاد 3 عناصر"): no event word between them.
/// "نفت قسد مسؤوليتها عن القصف الذي أدى لمقتل مدنيين" denies the shelling, not the dead.
pub(super) fn denied(doc: &Doc, s: &Sentence, casualty: Hit) -> bool {
    doc.hits_in(s, Category::Modality).any(|m| {
        doc.key(m) == "denied"
            && m.end <= casualty.first
            && casualty.first - m.end <= DENIAL_REACH
            && !doc
                .hits_in(s, Category::Trigger)
                .any(|t| t.first >= m.end && t.end <= casualty.first)
    })
}

/// A denial of casualties denies them, not the strike they were said to come from.
fn denies_casualties(doc: &Doc, s: &Sentence, cue: Hit) -> bool {
    doc.key(cue) == "denied"
        && doc
            .casualty_hits(s)
            .any(|c| denied(doc, s, c) && c.first >= cue.end)
}

/// Words from a denial to the word of a part it denies ("نفى … أن يكون لقواته أي دور").
const PART_REACH: usize = 12;

/// A denial a few words before a word of a part ("نفى … أن يكون لقواته أي دور"): the part is
/// what it denies.
fn denies_part_word(doc: &Doc, denial: Hit, part: Hit) -> bool {
    doc.key(denial) == "denied"
        && doc.key(part) == "involvement"
        && part.first >= denial.end
        && part.first - denial.end <= PART_REACH
}

/// "نفى قائد العشائر أن يكون لقواته أي دور في المجزرة": the denial `cue` denies a part in
/// the event at `trig`, not the event.
fn denies_a_part(doc: &Doc, s: &Sentence, cue: Hit, trig: Hit) -> bool {
    doc.hits_in(s, Category::Role)
        .any(|r| r.end <= trig.first && denies_part_word(doc, cue, r))
}

/// "تنفي ضلوعها في الهجوم": involvement denied names no act done before; the act stands as
/// told elsewhere, so the cue of involvement (`historical:ahead`) does not make it background.
fn involvement_denied(doc: &Doc, s: &Sentence, cue: Hit) -> bool {
    doc.hits_in(s, Category::Role)
        .filter(|r| r.first == cue.first)
        .any(|r| {
            doc.hits_in(s, Category::Modality)
                .any(|m| denies_part_word(doc, m, r))
        })
}

/// Whether the nearest denial before `trig` denies a part in it.
pub fn part_denied(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Modality)
        .filter(|h| doc.key(*h) == "denied" && h.end <= trig.first)
        .last()
        .is_some_and(|cue| denies_a_part(doc, s, cue, trig))
}

/// Words from a word of blaming to the side blamed ("متهما "قسد"").
const ACCUSED_REACH: usize = 2;

/// The side a sentence blames ("متهما قسد بارتكاب المجزرة"، "نحمل ميليشيا قنديل مسؤولية").
pub fn accused(doc: &Doc, s: &Sentence) -> Option<(String, Hit)> {
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "accuse")
        .find_map(|r| {
            doc.hits_in(s, Category::Actor).find(|a| {
                a.first >= r.end
                    && a.first - r.end <= ACCUSED_REACH
                    && crate::model::named_side(doc.key(*a))
            })
        })
        .map(|a| (doc.key(a).to_string(), a))
}

/// Words at most between a word of demanding, proposing or refusing and what is asked for.
const PROPOSAL_REACH: usize = 5;

/// "طالبت دمشق بانسحاب القوات الأميركية"، "مشروع قرار قدّمه النائب … انسحاب"، "خشية من وصول
/// الهجمات"، "لمنع وصول خلايا داعش": a trigger just after a word of demanding, proposing,
/// refusing, warning, fearing or preventing is asked for, refused, feared or prevented, not
/// done; unless a clause of what followed opens between them ("رفضوا محاولات الاحتلال،
/// فأعلنوا الإضراب": the strike was held).
pub fn proposed(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let then_clause = |i: usize| {
        let t = doc.token_text(i);
        doc.marks_between(i, i, &CLAUSE_MARKS) && t.starts_with('ف') && t != "في"
    };
    roles_within(doc, s, "proposal", trig.first, PROPOSAL_REACH)
        .any(|r| !(r.end..=trig.first).any(then_clause))
}

/// "ضبطت بحوزتها أحزمة ناسفة وعبوات معدة للتفجير": explosives just after a word of seizing
/// were taken before they went off.
pub fn seized(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    roles_within(doc, s, "seized", trig.first, PROPOSAL_REACH)
        .next()
        .is_some()
}

/// Words at most between a negation and the trigger it negates.
const NEGATION_REACH: usize = 4;

/// "لم تكن ضربات"، "لم تشن الولايات المتحدة ضربات"، "رغم عدم وجود أي اشتباك"، "دون مواجهات":
/// a trigger right after a negation, or after it and words of happening, doing or intending
/// and the side named, did not happen. Any other word between keeps it ("لم يتوقف القصف"،
/// "لم يسلموا من قصف"، "طائرة بدون طيار استهدفت"), and so does a clitic other than "و"/"ف"
/// ("كلا الهجومين").
pub fn negated(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let between_ok = |i: usize| {
        doc.hits_in(s, Category::Role)
            .any(|r| doc.key(r) == "occur" && (r.first..r.end).contains(&i))
            || doc
                .hits_in(s, Category::Actor)
                .chain(
                    doc.hits_in(s, Category::Modality)
                        .filter(|m| doc.key(*m) == "planned"),
                )
                .any(|h| (h.first..h.end).contains(&i))
    };
    roles_within(doc, s, "negation", trig.first, NEGATION_REACH).any(|r| {
        let tok = doc.token_text(r.first);
        let form = doc.lex.entry(r).form.as_str();
        (tok == form || tok.strip_prefix(['و', 'ف']) == Some(form))
            && (r.end..trig.first).all(between_ok)
    })
}

/// Words from a cue keyed `:genitive` to the trigger it governs ("الذكرى الرابعة لبدء هجومها"),
/// or to the death it names, whose cause may follow ("ذكرى استشهاد القائدين … بغارة جوية").
const GENITIVE_REACH: usize = 3;
const GENITIVE_DEATH_REACH: usize = 8;

/// Is `trig` the event whose anniversary the cue `h` names?
fn anniversary_of(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    if trig.first < h.end {
        return false;
    }
    let death_named = doc
        .hits_in(s, Category::Fatality)
        .any(|f| f.first >= h.end && f.first - h.end < GENITIVE_REACH);
    let reach = if death_named {
        GENITIVE_DEATH_REACH
    } else {
        GENITIVE_REACH
    };
    trig.first - h.end <= reach
}

/// "ستنسحب القوات"، "سيصل رتل": a trigger that is a verb in the future is its own cue.
fn future_verb(doc: &Doc, cue: Hit, trig: Hit) -> bool {
    doc.key(cue) == "planned" && cue.first == trig.first && cue.end == trig.end
}

/// The modality cue nearest before the trigger in its sentence. A cue of suspicion or of
/// repetition may follow it closely ("قصفت البلدة عدة مرات"), except one keyed `:ahead`,
/// which opens the clause it governs ("إذ سبق أن تبنى التنظيم هجمات"), or `:genitive`, which
/// governs only the event it names, a few words on ("ذكرى استشهاد القائدين بغارة").
pub fn modality(doc: &Doc, s: &Sentence, trig: Hit) -> Modality {
    doc.hits_in(s, Category::Modality)
        .filter(|h| !denies_casualties(doc, s, *h) || h.first == trig.first)
        .filter(|h| !denies_a_part(doc, s, *h, trig) && !involvement_denied(doc, s, *h))
        .filter(|h| {
            h.end <= trig.first
                || future_verb(doc, *h, trig)
                || (h.first > trig.first
                    && matches!(doc.key(*h), "suspected" | "historical")
                    && h.first <= trig.end + 4
                    // "arrested 12 suspected IS members": the suspicion after an arrest is
                    // what the detained are held for, not a doubt about the arrest.
                    && !(doc.key(*h) == "suspected" && doc.key(trig).starts_with("arrest")))
        })
        .filter(|h| h.first != trig.first || future_verb(doc, *h, trig))
        .filter(|h| !doc.key(*h).ends_with(":genitive") || anniversary_of(doc, s, *h, trig))
        .min_by_key(|h| h.first.abs_diff(trig.first))
        .and_then(|h| Modality::from_cue_key(doc.key(h)))
        .unwrap_or(Modality::Reported)
}
