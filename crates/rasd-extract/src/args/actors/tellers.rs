//! Sides in a part of their own: the source or the weapon that names the agent, who tells
//! of a strike or condemns it, a backer in an epithet, a side in another clause.

use super::*;

/// Whether tokens `from..to` are one or more weapon or aircraft words, and at most a word of
/// belonging after them: the actor after them qualifies the weapon ("استهداف الطيران المسيّر
/// التركي"، "بقصف طائرة مسيرة تركية"، "لطائرة تتبع للتحالف"), so it is the agent.
pub(super) fn weapon_between(doc: &Doc, s: &Sentence, from: usize, to: usize) -> bool {
    let mut at = from;
    while at < to {
        match doc
            .hits_in(s, Category::Instrument)
            .filter(|i| i.first == at && i.end <= to)
            .map(|i| i.end)
            .max()
        {
            Some(end) => at = end,
            // "غارة جوية لطائرة تتبع للتحالف": the weapon's owner after a word of belonging.
            None if at > from && at + 1 == to && is_belonging(doc.token_text(at)) => at = to,
            None => return false,
        }
    }
    at == to && to > from
}

/// Words at most between a trigger and the "من" before the weapon that made it ("غارات جوية
/// من الطيران الروسي").
const BY_WEAPON_REACH: usize = 1;

/// "غارات من الطيران الروسي"، "غارات من الطائرات الحربية الروسية": a side named by its
/// weapon after a "من" that follows the trigger is who struck, not a group its victims
/// belong to.
pub(super) fn by_weapon(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
    let Some(by) = (trig.end..(trig.end + 1 + BY_WEAPON_REACH).min(h.first))
        .find(|&i| doc.token_text(i) == "من")
    else {
        return false;
    };
    let named_by_weapon = || {
        by + 1 == h.first
            && doc
                .hits_in(s, Category::Instrument)
                .any(|i| i.first == h.first)
    };
    named_by_weapon() || weapon_between(doc, s, by + 1, h.first)
}

/// An actor right after a source word: the side the attack came from.
pub(super) fn is_source(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    role_before(doc, s, h) == Some("source")
}

/// "قصف صاروخي من مواقع الميليشيات الإيرانية": the side whose positions a violent act came
/// from (role fire_source; from a side's positions, a withdrawal leaves them).
pub(super) fn fired_from(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
    crate::frame::violent_word(doc, trig) && role_before(doc, s, h) == Some("fire_source")
}

/// A source named after the trigger is that of the last event word before it: in "تواصل قسد
/// حصارها … بعد اتهامها الأجهزة الأمنية بالوقوف وراء الهجوم الذي شنته العشائر" the tribes
/// made the attack, not the siege. A weapon word between ("قصف بقذائف الهاون مصدره") is the
/// means of the trigger, not another event.
pub(super) fn source_of(doc: &Doc, s: &Sentence, trig: Hit, source: Hit) -> bool {
    source.first < trig.end
        || !doc.hits_in(s, Category::Trigger).any(|t| {
            t.first >= trig.end
                && t.end <= source.first
                && !doc
                    .hits_in(s, Category::Instrument)
                    .any(|i| i.first == t.first)
        })
}

/// "أدانت الإدارة الذاتية الهجوم على قافلة"، "بياناً استنكرت فيه بشدة الهجوم": the word of
/// condemning before the trigger, no other trigger between them; the act it condemns.
pub(crate) fn condemned(doc: &Doc, s: &Sentence, trig: Hit) -> Option<Hit> {
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "condemn" && r.end <= trig.first)
        .last()
        .filter(|c| {
            !doc.hits_in(s, Category::Trigger)
                .any(|t| t.first >= c.end && t.first < trig.first)
        })
}

/// Words from a verb of condemning to its subject ("أدانت وزارة الخارجية التركية").
const CONDEMNER_REACH: usize = 3;

/// A side that condemns the act: named before the word of condemning, or as its subject right
/// after it; not a side further on, who did the act condemned ("تستنكر عائلة الفروخ قيام
/// ميليشيا ب ي د باعتقال ابنها").
pub(super) fn condemner(condemning: Option<Hit>, h: Hit) -> bool {
    condemning
        .is_some_and(|c| h.end <= c.first || (c.end..=c.end + CONDEMNER_REACH).contains(&h.first))
}

/// "سيطرت القوات المهاجمة على الحاجز، بينما فرّ مقاتلو قسد": a side named after the trigger
/// beyond a comma and a word opening another clause (فيما، بينما، في حين، or a participle of
/// saying: "، مبيّناً أن") does something else there, even when that clause names no event of
/// its own; unless the clause goes on with the event's toll ("قتل تسعة، بينما أصيب 61 في مجزرة
/// ارتكبتها الطائرات الروسية") or the side tells of it ("، بينما زعم الجيش الإسرائيلي أن القصف
/// استهدف مستودعاً").
pub(super) fn in_clause_after(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
    let tells = said_between(doc, h.end, h.end + 2);
    let aside = |i: usize| {
        doc.hits_between(i, i + 1, Category::Role)
            .any(|r| doc.key(r) == "aside")
    };
    let opener = (trig.end..=h.first).find(|&i| {
        doc.gap_before(i).contains([',', '،']) && (crate::clause::contrast_word(doc, i) || aside(i))
    });
    let toll_in_it = |from: usize| {
        doc.casualty_hits(s)
            .any(|c| c.first >= from && c.first < h.first)
    };
    !tells && opener.is_some_and(|from| !toll_in_it(from))
}

/// "الجيش الوطني المدعوم تركياً"، "قسد المدعومة من قبل واشنطن": the backer a definite
/// adjective names after a side describes that side, and takes no part in what is told. (In
/// "القوات المدعومة من إيران" the backer is all that names the side.) English names it
/// before the side: "the Turkish-backed Syrian National Army", "the US-backed SDF".
pub(super) fn backer_in_epithet(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    if backing_compound(doc, s, h.end) {
        return doc
            .hits_in(s, Category::Actor)
            .any(|a| a.first == h.end + 1 && doc.key(a) != doc.key(h));
    }
    let mut at = h.first;
    while at > s.first_token && matches!(doc.token_text(at - 1), "من" | "قبل") {
        at -= 1;
    }
    if at <= s.first_token + 1 || h.first - at > 2 {
        return false;
    }
    let adjective = at - 1;
    let word = doc.token_text(adjective);
    word.strip_prefix('و')
        .unwrap_or(word)
        .starts_with("المدعوم")
        && doc
            .hits_in(s, Category::Actor)
            .any(|a| a.end == adjective && doc.key(a) != doc.key(h))
}

/// "-backed" at token `at`, after a side: an English compound of backing ("Turkish-backed").
fn backing_compound(doc: &Doc, s: &Sentence, at: usize) -> bool {
    at + 1 < s.end_token
        && matches!(
            doc.token_text(at),
            "backed" | "supported" | "sponsored" | "allied"
        )
        && doc.gap_before(at).contains('-')
}

/// Where the backer's epithet before the side at token `side` starts ("the Turkish-backed
/// Syrian National Army"), if one is there.
pub(super) fn english_epithet_before(doc: &Doc, s: &Sentence, side: usize) -> Option<usize> {
    let backed = side
        .checked_sub(1)
        .filter(|&b| backing_compound(doc, s, b))?;
    doc.hit_ending_at(s, Category::Actor, backed)
        .map(|a| a.first)
}

/// An English verb in the past tense, active ("struck", "shelled"; not "was shelled"):
/// English puts its agent before it.
pub(super) fn english_active_verb(doc: &Doc, trig: Hit) -> bool {
    const IRREGULAR: [&str; 5] = ["struck", "hit", "shot", "fought", "blew"];
    // The first word of a phrase too: "shot dead", "opened fire".
    let word = doc.token_text(trig.first);
    let past = word.is_ascii() && (word.ends_with("ed") || IRREGULAR.contains(&word));
    let passive = trig.first > 0
        && matches!(
            doc.token_text(trig.first - 1).to_ascii_lowercase().as_str(),
            "was" | "were" | "been" | "being" | "is" | "are"
        );
    past && !passive
}

/// "by" between a trigger and a side after it: the agent of a passive or of a noun.
pub(super) fn by_between(doc: &Doc, trig: Hit, h: Hit) -> bool {
    (trig.end..h.first).any(|i| doc.token_text(i).eq_ignore_ascii_case("by"))
}

/// Words from a verb of saying to the side that speaks ("أفاد مسؤول عسكري أميركي").
const TELLER_REACH: usize = 4;

/// "أفاد مسؤول عسكري أميركي بأن هجوما بطائرة مسيرة استهدف قاعدة رميلان"، "قالت وزارة الدفاع
/// الروسية إن طائرات مسيرة هاجمت قاعدة حميميم": a side that tells of a strike in a clause of
/// its own, one that points back to it nowhere before the strike ("إنها نفذت"، "إن قواتها
/// قصفت"), is the teller, not the agent.
pub(super) fn teller_of_strike(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    if h.end > trig.first {
        return false;
    }
    let Some(that) = (h.end..trig.first).find(|&i| matches!(doc.token_text(i), "ان" | "بان"))
    else {
        return false;
    };
    // The verb of saying before the teller, or between it and what is said.
    let said = roles_within(doc, s, "say", h.first, TELLER_REACH)
        .next()
        .is_some()
        || roles_within(doc, s, "say", that, that - h.end).any(|r| r.first >= h.end);
    // Its own subject: the strike itself ("بأن هجوما استهدف") or a weapon ("إن طائرات مسيرة
    // هاجمت"), not a force ("أن الجيش استهدف") or a word pointing back ("إن قواتها قصفت").
    let subject = that + 1;
    let weapon = |cat| {
        doc.hits_in(s, cat).any(|w: Hit| {
            w.first == subject && w.end <= trig.first && !points_back(doc.token_text(w.end - 1))
        })
    };
    // A weapon that brought about deaths ("إن طائرة من دون طيار أسفرت عن مقتل") tells a
    // strike too, whatever the trigger word.
    let strike = attack_word(doc, trig);
    said && ((strike && (subject == trig.first || weapon(Category::Unit)))
        || weapon(Category::Instrument)
        || fighters_subject(doc, subject, trig))
}

/// "قال المركز الروسي إن الإرهابيين يحضرون لهجمات": armed men of no side opening what is
/// said act in it, not the side telling it.
fn fighters_subject(doc: &Doc, subject: usize, trig: Hit) -> bool {
    doc.hits_between(subject, subject + 1, Category::Role)
        .any(|r| r.end <= trig.first && doc.key(r) == "fighters")
}

/// A weapon noun with a possessive pronoun ("طائراتها"، "مسيراتنا"، "مدفعيته"): its owner
/// is named before it.
fn points_back(word: &str) -> bool {
    ["ها", "هم", "هما", "نا", "اته", "يته"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
}

/// "وفق ما أعلن البنتاغون"، "بحسب ما أفادت وزارة الدفاع الروسية"، "according to the Pentagon"،
/// "…, the Pentagon said": a side named after the event as the source of the report tells of
/// it; it is not its agent.
pub(super) fn source_of_report_after(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    if h.first < trig.end {
        return false;
    }
    let attributing = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "ما" | "حسبما" | "كما" | "وفق" | "وفقا" | "حسب"))
    };
    // Its subject, not a side in what it says ("بحسب ما نقل مراسلنا، الذي أضاف أن قسد").
    let attributed_saying = roles_within(doc, s, "say", h.first, TELLER_REACH).any(|r| {
        r.first > trig.end
            && attributing(r.first - 1)
            && !(r.end..h.first).any(|i| crate::args::is_complementiser(doc.token_text(i)))
    });
    // Tokens are normalised, Latin letters lowercased.
    let word = |i: usize| doc.token_text(i);
    let according_to = (h.first.saturating_sub(TELLER_REACH).max(trig.end + 1)..h.first)
        .any(|i| word(i - 1) == "according" && word(i) == "to");
    // ", the Pentagon said": the comma before the side or its article.
    let opens = if h.first > 0 && word(h.first - 1) == "the" {
        h.first - 1
    } else {
        h.first
    };
    let said_after = h.end < s.end_token
        && doc.gap_before(opens).contains(',')
        && matches!(word(h.end), "said" | "says" | "reported" | "announced");
    attributed_saying || according_to || said_after
}
