//! Whether a word of moving, pushing, setting up, besieging or confronting is news of forces here.

use super::*;

/// Tokens after a word of pushing within which the force pushed is named after ب.
const DRIVE_REACH: usize = 5;
/// Tokens from that ب on that name the force ("بتعزيزات عسكرية"، "بـ1700 عربة مدرعة").
const DRIVEN_SPAN: usize = 3;

/// "دفعت القوات التركية بتعزيزات"، "ودفع الجيش مؤخرا بأرتال": a word of pushing is a
/// deployment when a force follows it after ب; "دفعت روسيا إلى العمل"، "تدفع الثمن" push no
/// troops.
pub(super) fn drives_forces(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let with_bi = |i: usize| {
        let t = doc.token_text(i);
        (t.starts_with('ب') || t.starts_with("وب"))
            && rasd_text::proclitic_readings(t).nth(1).is_some()
    };
    // "دفعت قوات الاحتلال بجماعات من التنظيم": forces that push, push fighters; "دفعت
    // أنقرة في بدايات" pushed nothing, "دفعت بساسة واشنطن" politicians.
    (trig.end..(trig.end + DRIVE_REACH).min(s.end_token))
        .filter(|&i| with_bi(i))
        .any(|i| {
            let driven = doc.part_of(s, i, (i + DRIVEN_SPAN).min(s.end_token));
            names_a_force(doc, &driven) || (trig.end..i).any(|k| force_word(doc, k))
        })
}

/// Troops, vehicles, reinforcements, a force noun ("قوات") or an armed group, not a state
/// by name ("واشنطن"): what a word of pushing can push.
fn names_a_force(doc: &Doc, part: &Sentence) -> bool {
    // Civilians and unknown men are no force either.
    let state = |code: &str| {
        crate::model::foreign_state(code)
            || matches!(code, "SYR_GOV" | "SYR_STATE" | "SYR_TRANS")
            || !crate::model::named_side(code)
    };
    force_units(doc, part)
        || doc
            .hits_in(part, Category::Trigger)
            .any(|h| doc.key(h).starts_with("deployment"))
        || doc
            .hits_in(part, Category::Actor)
            .any(|h| !state(doc.key(h)))
        || (part.first_token..part.end_token).any(|k| force_word(doc, k))
}

/// "قوات"، "مسلحي"، "الجيش": a noun that names a force.
fn force_word(doc: &Doc, k: usize) -> bool {
    let t = doc.token_text(k);
    crate::args::force_noun(t) || matches!(t, "الجيش" | "جيش")
}

/// Tokens on either side of a weak word of moving within which the force that moves is named.
const MOVER_NEAR: usize = 4;

/// "دخلت قوات العشائر"، "التعزيزات التابعة لقسد وصلت"، "وصول 13 طائرة"، "تحليق للطيران
/// المسير"، "وصلت الإمدادات": a weak word of moving is a deployment only with a force, aircraft
/// or military goods (role cargo) named next to it, not anywhere in the sentence: "التطور الذي
/// وصلت إليه العلاقة"، "الضريبة على دخل الرواتب" and a man who "دخل الأراضي السورية" move no
/// troops, whoever else the sentence names. A word that carries its mover as a pronoun ("بعد
/// توغله"، "توغلوا") points back to it.
pub(super) fn force_moves_here(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    // A final ه is as often a ta marbuta ("قافلة"): a pronoun only where the word without it
    // is a form of the same trigger ("توغله"، "توغل").
    let form = doc.lex.entry(trig).form.as_str();
    let pronoun = ["ها", "هم", "هما", "وا"].iter().any(|p| form.ends_with(p))
        || form
            .strip_suffix('ه')
            .is_some_and(|bare| doc.lex.has_form(Category::Trigger, doc.key(trig), bare));
    if pronoun {
        return is_military(doc, s);
    }
    // "قصف الطيران المسير التركي للقافلة": what struck a convoy does not move it.
    let struck = struck_convoy(doc, s, EventType::Deployment, trig).is_some();
    let first = if struck {
        trig.first
    } else {
        trig.first.saturating_sub(MOVER_NEAR).max(s.first_token)
    };
    let before = doc.part_of(s, first, trig.first);
    let after = doc.part_of(s, trig.end, (trig.end + MOVER_NEAR).min(s.end_token));
    [before, after].iter().any(|part| {
        is_military(doc, part)
            || names_a_force(doc, part)
            || doc
                .hits_in(part, Category::Instrument)
                .any(|h| doc.key(h) == "air")
            || doc
                .hits_in(part, Category::Role)
                .any(|h| doc.key(h) == "cargo")
    })
}

/// "ضمن مناطق انتشار القوات الكردية": the word is part of a phrase saying who holds an area
/// (control.tsv), not a move.
pub(super) fn names_who_holds(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Control)
        .any(|h| h.first <= trig.first && trig.end <= h.end)
}

/// Tokens after a weak word of moving within which what moves is named ("وصلت رسالة").
const MOVER_REACH: usize = 2;
/// Tokens after it within which "إلى" or "في" names what it reached ("وصلت موسكو وأنقرة إلى
/// اتفاق"، "دخلت قوات الاحتلال في حالة استنفار").
const REACHED_REACH: usize = 4;
/// Tokens before "التي" within which the mover of a relative clause is named.
const RELATIVE_HEAD_REACH: usize = 3;

/// "وصلت رسالة الرئيس"، "وصلت حصيلة القتلى إلى"، "الوفود التي وصلت"، "دخل الاتفاق حيز
/// التنفيذ": what moved, or what it reached, is no force (role nonforce, or a toll).
pub(super) fn no_force_moves(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let end = |n: usize| (trig.end + n).min(s.end_token);
    let mover = trig.end..end(MOVER_REACH);
    let reached = (trig.end..end(REACHED_REACH))
        .filter(|&i| matches!(doc.token_text(i), "الي" | "في"))
        .map(|i| i + 1);
    let relative = trig.first > s.first_token
        && matches!(doc.token_text(trig.first - 1), "التي" | "الذي" | "الذين");
    let head = if relative {
        (trig.first - 1)
            .saturating_sub(RELATIVE_HEAD_REACH)
            .max(s.first_token)..trig.first - 1
    } else {
        0..0
    };
    // A toll word only with its casualty noun: "انتشار في عدد من المواقع" is troops.
    let casualties_at = |i: usize| doc.casualty_hits(s).any(|h| h.first == i);
    let mut at = mover.chain(reached).chain(head);
    at.any(|i| {
        doc.hits_in(s, Category::Role).any(|r| {
            r.first == i
                && match doc.key(r) {
                    "nonforce" => true,
                    "toll" => casualties_at(r.end),
                    _ => false,
                }
        })
    })
}

/// Tokens between a word of setting up and the site it sets up ("أقامت القوات التركية نقطة").
const SET_UP_REACH: usize = 4;

/// A site noun ("النقاط العسكرية"، "مهبط"، "حواجز") is mostly named as a target or a landmark;
/// it is news of a site set up only under a word of setting up ("تجهيز مهبط طائرات"), of
/// turning a building into one ("مسجدا حولته الميليشيات إلى نقطة عسكرية"), or called new
/// just after it ("نقطة عسكرية جديدة").
pub(super) fn set_up_here(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let into = trig.first > s.first_token
        && rasd_text::proclitic_readings(doc.token_text(trig.first - 1)).any(|r| r == "الي");
    doc.hits_in(s, Category::Role).any(|r| match doc.key(r) {
        "convert" => into && r.end < trig.first && trig.first - r.end <= SET_UP_REACH + 1,
        // With no preposition between: "لإقامة الجنود في قاعدة" is where they live.
        "establish" => {
            r.end <= trig.first
                && trig.first - r.end <= SET_UP_REACH
                && !(r.end..trig.first)
                    .any(|i| matches!(doc.token_text(i), "في" | "علي" | "الي" | "من"))
        }
        "new" => r.first >= trig.end && r.first - trig.end <= 1,
        _ => false,
    })
}

/// Tokens after a word of besieging within which a house named makes it a raid
/// ("وحاصرت القوات منزلا").
const SIEGE_REACH: usize = 2;

/// "وحاصرت القوات منزلا": a house named just after a word of besieging (role dwelling).
pub(super) fn round_a_house(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Role).any(|r| {
        doc.key(r) == "dwelling" && r.first >= trig.end && r.first - trig.end <= SIEGE_REACH
    })
}

/// Tokens between the residents and the word of confronting after them.
const CONFRONT_REACH: usize = 3;

/// "تصدى أهالي القرية بالحجارة لرتل أمريكي"، "أهالي القرية طردوا دورية": residents as the
/// subject of a word of confronting, named next to it, with a side or a convoy to confront.
/// After the verb the subject comes first: "تصدى المقاتلون من أهالي البلدة" are fighters.
pub(super) fn civilians_confront(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let residents = doc.hits_in(s, Category::Actor).any(|a| {
        doc.key(a) == "CIVILIANS"
            && if a.first >= trig.end {
                a.first == trig.end
            } else {
                trig.first - a.end < CONFRONT_REACH
            }
    }) || enabled_subject(doc, s, trig).is_some_and(|a| doc.key(a) == "CIVILIANS");
    // The side or convoy stood up to follows: "وطرد السكان الأصليين" after "السياسات
    // الإسرائيلية" is the residents driven out.
    let object = doc.part_of(s, trig.end, (trig.end + CONFRONTED_REACH).min(s.end_token));
    residents
        && (is_military(doc, &object)
            || doc
                .hits_in(&object, Category::Trigger)
                .any(|h| doc.key(h) == "deployment"))
}

/// "تمكن سكان إحدى القرى … من طرد رتل": the side named right after "تمكن", whose act the
/// trigger after "من" is, however far apart the two are.
fn enabled_subject(doc: &Doc, s: &Sentence, trig: Hit) -> Option<Hit> {
    if trig.first <= s.first_token || doc.token_text(trig.first - 1) != "من" {
        return None;
    }
    let enabled = (s.first_token..trig.first - 1).rev().find(|&i| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| {
            matches!(
                r,
                "تمكن" | "تمكنت" | "تمكنوا" | "يتمكن" | "تتمكن" | "يتمكنون" | "تمكنا"
            )
        })
    })?;
    doc.hits_in(s, Category::Actor)
        .find(|a| a.first > enabled && a.first <= enabled + 2)
}

/// Tokens after a word of confronting within which the side or convoy stood up to is named.
pub(super) const CONFRONTED_REACH: usize = 12;

/// Tokens from a vow to carry on to its word of until, and from that to the goal.
const UNTIL_REACH: usize = 3;

/// "ستكون متواصلة حتى تحرير المنطقة"، "مستمر إلى حين إخراجه": carrying on until a goal is a
/// vow; "مستمرة حتى الآن" only says it has not stopped.
pub(super) fn until_goal(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    // The goal may carry its object ("إخراجه"، "طردهم"), which the lexicon's clitic
    // stripping (prefixes only) does not see.
    let goal = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| {
            doc.lex.forms(Category::Role, "goal").any(|g| {
                r.strip_prefix(g)
                    .is_some_and(|rest| matches!(rest, "" | "ه" | "ها" | "هم" | "هما" | "هن"))
            })
        })
    };
    doc.hits_in(s, Category::Role)
        .filter(|u| doc.key(*u) == "until")
        .any(|u| {
            u.first >= trig.end
                && u.first - trig.end <= UNTIL_REACH
                && (u.end..(u.end + UNTIL_REACH).min(s.end_token)).any(goal)
        })
}

/// "سلمت قسد قرية الشيوخ"، "handed over control of the town of Deir Hafer": the place handed
/// over is named right after the word, or after the side handing it; weapons or bodies handed
/// over ("تسليم مزيد من الأسلحة من مدينة طفس") are not.
pub(super) fn handed_place(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let mut from = doc
        .hits_in(s, Category::Actor)
        .find(|h| h.first == trig.end)
        .map_or(trig.end, |giver| giver.end);
    // "تسلمت قوات الحكومة السورية مدينة الطبقة": over the subject's adjective of origin.
    while from < s.end_token
        && (matches!(doc.token_text(from), "the" | "control" | "of")
            || (from > trig.end && crate::args::definite_nisba(doc.token_text(from))))
    {
        from += 1;
    }
    doc.places_in(s)
        .any(|p| doc.token_at(p.start) == from && town_or_site(p))
}

/// A place that can be taken: a town or a site, not a governorate, a region or a river.
fn town_or_site(p: &rasd_geo::PlaceMatch) -> bool {
    p.geo_precision <= 2 && !is_area_kind(&p.kind)
}

/// Tokens after a weak territory word within which the town taken must be named.
const TOWN_REACH: usize = 6;

pub(super) fn town_follows(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.places_in(s).any(|p| {
        let first = doc.token_at(p.start);
        first >= trig.end && first - trig.end <= TOWN_REACH && town_or_site(p)
    })
}
