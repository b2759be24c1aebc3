//! Arguments of an event found around its trigger: actors, place, quantities, modality.

use crate::doc::{Doc, Sentence};
use crate::frame::attack_word;
use crate::lexicon::{Category, Hit};
use crate::model::{EventType, Modality, Qualifier, Quantity, Unit};
use rasd_geo::PlaceMatch;
use rasd_text::NumQualifier;

/// Who did it, with whom, and to whom.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub actor1: Option<(String, Hit)>,
    pub assoc: Vec<String>,
    pub target: Option<String>,
}

/// Words between a casualty word and "في <group>" naming the victims' group.
const CASUALTY_GROUP_REACH: usize = 5;

/// Actor hits marked as targets: after a target word (على، ضد، مواقع…), or the group of the
/// victims ("عناصر من X").
fn is_target(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    if doc.key(h) == "CIVILIANS" {
        return true;
    }
    role_before(doc, s, h) == Some("target")
        || belongs_to_a_target(doc, s, h)
        || group_of_victims(doc, s, h)
}

/// Words from a force noun to the side it names ("القوات الرديفة للجيش").
const FORCE_HEAD_REACH: usize = 2;

/// "مقتل رئيس وحدة تحويل الأموال في حزب الله"، "قتل 4 عناصر في هيئة تحرير الشام"، "عناصر من
/// قوات النظام": the group of the dead or of the members named, not who acted on them.
fn group_of_victims(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    // The force noun heading the side's phrase, right before it or with an adjective between
    // ("عناصر من القوات الرديفة للجيش السوري").
    let first = (h
        .first
        .saturating_sub(FORCE_HEAD_REACH)
        .max(s.first_token + 1)..h.first)
        .find(|&k| {
            force_noun(doc.token_text(k))
                && !doc.marks_between(k + 1, h.first, &[',', '،', '.', '؛'])
                && doc
                    .hits_between(k + 1, h.first, Category::Actor)
                    .next()
                    .is_none()
        })
        .unwrap_or(h.first);
    let h = Hit { first, ..h };
    // A word of death or injury ending at most a few words before token `at`.
    let casualty_before = |at: usize| {
        doc.casualty_hits(s)
            .any(|c| c.end <= at && at - c.end <= CASUALTY_GROUP_REACH)
    };
    // "مقتل جندي أمريكي"، "مقتل أميركي وإصابة 6 آخرين": the side named right after the
    // victims of a word of death or injury, or right after its verbal noun or plural ("قتلى
    // قسد"), is who they were ("مسؤول عسكري أميركي" alone tells of no victim).
    if h.first > s.first_token {
        let told_victim = doc
            .hit_ending_at(s, Category::Victim, h.first)
            .is_some_and(|v| casualty_before(v.first));
        let verbal_noun = doc
            .casualty_hits(s)
            .any(|c| c.end == h.first && matches!(doc.key(c), "act" | "noun"));
        if told_victim || verbal_noun {
            return true;
        }
    }
    if h.first >= 2 && doc.token_text(h.first - 1) == "في" && casualty_before(h.first - 1) {
        return true;
    }
    // "عناصر من قوات النظام", "عنصرا من قسد": members of X are victims, not agents.
    if h.first >= 2 && doc.token_text(h.first - 1) == "من" {
        let before = h.first - 1;
        return doc
            .hits_in(s, Category::Victim)
            .chain(doc.hits_in(s, Category::Unit))
            .any(|v| v.end == before);
    }
    // "قتل شخص مجهول الهوية يعتقد تبعيته لتنظيم حراس الدين": the group a victim is said to
    // belong to.
    roles_within(doc, s, "member", h.first, MEMBER_REACH).any(|r| casualty_before(r.first))
}

/// "أقدم عناصر من قسد على اعتقال"، "شن عناصر داعش هجوما": members of a side named before
/// the act are who did it, unless someone was killed or hurt before it ("قتل 3 عناصر من قوات
/// النظام بهجوم"، "عناصر من قسد قتلوا بهجوم"); so are members right after an assault noun
/// ("هجوم عناصر من داعش").
fn members_acting(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    let members = |i: usize| members_noun(doc.token_text(i));
    let mut at = h.first;
    if at > s.first_token && doc.token_text(at - 1) == "من" {
        at -= 1;
    }
    if at <= s.first_token || !members(at - 1) {
        return false;
    }
    let casualty_before = doc.casualty_hits(s).any(|c| c.first < trig.first);
    // "هجوم عناصر من داعش": the assault of members of a side.
    let assault_of = at - 1 == trig.end && doc.key(trig) == "assault";
    (h.end <= trig.first && !casualty_before) || assault_of
}

/// "دخل رتل أمريكي"، "رتل لقوات التحالف يصل": with a word of moving forces, the convoy named
/// before a side is that side's, not a convoy struck (the role target "رتل" of a strike).
/// Civilians' convoys stay what was struck.
fn convoy_of_mover(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    let moving = matches!(
        doc.key(trig).split(':').next(),
        Some("deployment" | "withdrawal")
    );
    let convoy = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "رتل" | "رتلا" | "ارتال" | "قافله" | "تعزيزات"))
    };
    let mut at = past_adjective(doc, s, h);
    if at > s.first_token && force_noun(doc.token_text(at - 1)) {
        at -= 1;
    }
    moving && crate::model::named_side(doc.key(h)) && at > s.first_token && convoy(at - 1)
}

/// "عناصر"، "أفراد"، "دورية": members of the side named next.
fn members_noun(token: &str) -> bool {
    rasd_text::proclitic_readings(token)
        .any(|r| matches!(r, "عناصر" | "عنصر" | "افراد" | "دوريه" | "دوريات"))
}

/// Punctuation that ends a clause.
pub(crate) const CLAUSE_MARKS: [char; 5] = [',', '،', '.', ':', '؛'];

/// Words right after the genitive of a verbal noun that leave it the thing acted upon: where it
/// was ("في"، "قرب"، "شرقي"), where it is stationed, or who acted ("من قبل").
const AFTER_OBJECT: [&str; 20] = [
    "في",
    "قرب",
    "بالقرب",
    "داخل",
    "عند",
    "ضمن",
    "شرق",
    "شرقي",
    "غرب",
    "غربي",
    "شمال",
    "شمالي",
    "جنوب",
    "جنوبي",
    "المتمركزه",
    "المتمركزين",
    "المنتشره",
    "المنتشرين",
    "المتواجده",
    "المتواجدين",
];

/// "استهداف القوات الأميركية في قاعدة …"، "استهداف دورية روسية": the side right after a verbal
/// noun of acting on (role `objective`) is what was acted on when a place, or nothing, follows
/// it; not when an object or a means does ("استهداف الطيران التركي لمواقع"، "استهداف قوات النظام
/// مدينة الدانا"، "استهداف قوات النظام بالمدفعية").
fn object_of_verbal_noun(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    let verbal_noun = doc
        .hits_in(s, Category::Role)
        .any(|r| doc.key(r) == "objective" && r.first == trig.first);
    if !verbal_noun || h.first < trig.end || h.first > trig.end + 1 {
        return false;
    }
    if h.first == trig.end && attributive_nisba(doc, trig.first, h) {
        return false;
    }
    if h.first > trig.end && !members_noun(doc.token_text(trig.end)) {
        return false;
    }
    if doc.marks_between(trig.end, h.first, &CLAUSE_MARKS) {
        return false;
    }
    if h.end >= s.end_token || doc.marks_between(h.end, h.end, &CLAUSE_MARKS) {
        return true;
    }
    let next = doc.token_text(h.end);
    AFTER_OBJECT.contains(&next) || (next == "من" && doc.token_text(h.end + 1) == "قبل")
}

/// "استهداف تركي"، "القصف الروسي": a one-word nisba adjective that agrees with the verbal noun
/// before it in definiteness describes it, so names who acted; a genitive ("استهداف تركيا"،
/// "استهداف النظام") does not agree.
fn attributive_nisba(doc: &Doc, noun: usize, h: Hit) -> bool {
    let adjective = doc.token_text(h.first);
    h.end == h.first + 1
        && nisba_shape(adjective, false)
        && is_definite(doc.token_text(noun)) == is_definite(adjective)
}

/// An adjective of relation by its shape: four letters or more after any proclitics, ending
/// in ي or يه ("تركي"، "العسكرية"), or with `accusative` in يا too ("عسكريا"; not where a
/// genitive noun may stand: "استهداف تركيا" is Turkey).
pub(crate) fn nisba_shape(token: &str, accusative: bool) -> bool {
    let stem = rasd_text::strip_proclitics(token);
    let endings: &[&str] = if accusative {
        &["ي", "يه", "يا"]
    } else {
        &["ي", "يه"]
    };
    stem.chars().count() >= 4 && endings.iter().any(|e| stem.ends_with(e))
}

/// A word of belonging before the owner ("تابعة لقسد"، "تتبع للتحالف").
fn is_belonging(token: &str) -> bool {
    matches!(
        token,
        "تابعه"
            | "التابعه"
            | "تابع"
            | "التابع"
            | "تابعين"
            | "التابعين"
            | "تتبع"
            | "يتبع"
    )
}

/// Words between a target noun and "تابعة لـ" ("مواقع عسكرية وخدمية عدة تابعة لقسد").
const BELONGING_REACH: usize = 4;

/// "استهدفت مواقع عسكرية وخدمية عدة تابعة لـ"قسد"": the actor owns what was hit. Only after a
/// target noun: "طائرة مسيرة تابعة للتحالف" is the agent's drone.
fn belongs_to_a_target(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let mut at = h.first;
    if at > s.first_token && matches!(doc.token_text(at - 1), "ل" | "لـ") {
        at -= 1;
    }
    let owned = at > s.first_token && is_belonging(doc.token_text(at - 1));
    if !owned {
        return false;
    }
    let of = at - 1;
    let roles: Vec<Hit> = doc.hits_in(s, Category::Role).collect();
    // "على أيدي عناصر نقطة التفتيش التابعة لقسد": the owner of the checkpoint did it.
    roles.iter().any(|r| {
        doc.key(*r) == "target"
            && r.end <= of
            && of - r.end <= BELONGING_REACH
            && !roles.iter().any(|a| {
                doc.key(*a) == "source" && a.end <= r.first && r.first - a.end <= BELONGING_REACH
            })
    })
}

/// The key of the role word that ends at token `end` ("target", "origin", "source",
/// "support").
fn role_ending_at<'l>(doc: &'l Doc, s: &Sentence, end: usize) -> Option<&'l str> {
    (end > 0)
        .then(|| doc.hit_ending_at(s, Category::Role, end))
        .flatten()
        .map(|r| doc.key(r))
}

/// The role word right before an actor hit, over a force noun or two the actor's name does
/// not include ("على نقطة لقوات حكومة دمشق"), or the adjective of the owned noun before an
/// owner after ل ("دمر مقرا عسكريا لهيئة تحرير الشام في غارة").
fn role_before<'l>(doc: &'l Doc, s: &Sentence, h: Hit) -> Option<&'l str> {
    // "بالتعاون مع قوات سوريا الديمقراطية (قسد)": a short name right after the full one
    // stands in the full name's role.
    if h.first > s.first_token
        && let Some(full) = doc.hit_ending_at(s, Category::Actor, h.first)
        && doc.key(full) == doc.key(h)
    {
        return role_before(doc, s, full);
    }
    let mut at = h.first;
    let name = doc.token_text(h.first);
    let mut owner = name.starts_with('ل') && rasd_text::proclitic_readings(name).nth(1).is_some();
    // "لـ"هيئة تحرير الشام"": the ل stands alone before a quoted name.
    if at > s.first_token && matches!(doc.token_text(at - 1), "ل" | "لـ") {
        owner = true;
        at -= 1;
    }
    if !owner
        && h.end == h.first + 1
        && nisba_shape(name, false)
        && let Some(role) = role_of_named_site(doc, s, at)
    {
        return Some(role);
    }
    if !owner {
        at = past_adjective(doc, s, h);
    }
    for _ in 0..2 {
        if let Some(role) = role_ending_at(doc, s, at) {
            return Some(role);
        }
        // "on an SDF checkpoint", "على قوات النظام", "أوقع مجموعة لهيئة تحرير الشام", "من قبل
        // جماعة جبهة النصرة".
        let skip = |t: &str| {
            force_noun(t)
                || matches!(t, "a" | "an" | "the" | "جماعه")
                || (owner && (nisba_shape(t, true) || matches!(t, "مجموعه" | "مجموعات")))
        };
        if at <= s.first_token || !skip(doc.token_text(at - 1)) {
            return None;
        }
        at -= 1;
    }
    role_ending_at(doc, s, at)
}

/// "سيارة عسكرية روسية"، "رتل عسكري أمريكي": where the noun a side's adjective qualifies
/// ends, over one adjective of its own between them.
fn past_adjective(doc: &Doc, s: &Sentence, h: Hit) -> usize {
    let at = h.first;
    let adjective_side = h.end == h.first + 1 && nisba_shape(doc.token_text(at), true);
    if adjective_side
        && at > s.first_token + 1
        && nisba_shape(doc.token_text(at - 1), true)
        && doc.hit_ending_at(s, Category::Actor, at).is_none()
    {
        at - 1
    } else {
        at
    }
}

/// "استهداف قاعدة حقل العمر النفطي الأميركية": the adjective after a site's name (over the
/// name's own adjectives) names the site's holder, in the role of the site's word ("قاعدة": a
/// target), as "القاعدة الأميركية في حقل العمر" does.
fn role_of_named_site<'l>(doc: &'l Doc, s: &Sentence, adjective: usize) -> Option<&'l str> {
    let mut end = adjective;
    let site = loop {
        if let Some(p) = doc
            .places_in(s)
            .find(|p| p.cue && doc.token_at(p.end) == end)
        {
            break p;
        }
        if end <= s.first_token
            || adjective - end >= 2
            || !nisba_shape(doc.token_text(end - 1), false)
        {
            return None;
        }
        end -= 1;
    };
    let first = doc.token_at(site.start);
    doc.hits_in(s, Category::Role)
        .find(|r| r.first == first)
        .map(|r| doc.key(r))
}

/// "قوات"، "مسلحي"، "فصائل": a force noun before a side's name ("قوات الحكومة السورية").
pub(crate) fn force_noun(token: &str) -> bool {
    rasd_text::proclitic_readings(token).any(|r| {
        matches!(
            r,
            "قوات"
                | "مسلحي"
                | "مقاتلي"
                | "جنود"
                | "ميليشيا"
                | "ميليشيات"
                | "مليشيا"
                | "فصائل"
        )
    })
}

/// Words that make the actor a few words on the group of the people acted upon, after the
/// trigger: "اعتقلت قياديا سابقا في داعش"، "القبض على متزعم خطير لخلايا التنظيم".
const MEMBER_REACH: usize = 3;

fn member_of(doc: &Doc, s: &Sentence, from: usize, h: Hit) -> bool {
    roles_within(doc, s, "member", h.first, MEMBER_REACH).any(|r| r.first >= from)
}

/// "استهدفت العملية مطلوبين يشتبه بانتمائهم إلى داعش، حيث اندلعت اشتباكات"، "استهدافها لقيادي
/// في تنظيم داعش عبر غارة جوية"، "تعلن اعتقال قيادي في داعش بعد تنفيذ مروحية غارة": the group
/// of a person struck or seized, named after a word of attack or arrest or marked by the "ل" of
/// an object, is acted upon, whichever trigger of the sentence tells the event.
fn member_after_attack(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let object_marked = roles_within(doc, s, "member", h.first, MEMBER_REACH)
        .any(|r| doc.token_text(r.first).starts_with('ل'));
    object_marked
        || doc.hits_in(s, Category::Trigger).any(|t| {
            let key = doc.key(t).split(':').next().unwrap_or_default();
            t.end <= h.first
                && (attack_word(doc, t) || matches!(key, "arrest" | "attack_on_civilians"))
                && member_of(doc, s, t.end, h)
        })
}

/// Whether tokens `from..to` are one or more weapon or aircraft words, and at most a word of
/// belonging after them: the actor after them qualifies the weapon ("استهداف الطيران المسيّر
/// التركي"، "بقصف طائرة مسيرة تركية"، "لطائرة تتبع للتحالف"), so it is the agent.
fn weapon_between(doc: &Doc, s: &Sentence, from: usize, to: usize) -> bool {
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
fn by_weapon(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
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

/// Whether the weapon right before the side `h` is a noun with its adjective, both indefinite
/// ("طائرة مسيرة"), and `h` is definite: adjectives agree in definiteness, and a possessor
/// ("طائرات التحالف"، "لطيران الاحتلال") follows its noun directly, so `h` starts the object.
/// A side marked by "لـ" says whose the weapon is ("طائرات مسيرة للاحتلال التركي").
fn object_after_weapon(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let Some(weapon) = doc.hit_ending_at(s, Category::Instrument, h.first) else {
        return false;
    };
    let side = doc.token_text(h.first);
    let plain_definite = side.starts_with("ال")
        || side
            .strip_prefix(['و', 'ف'])
            .is_some_and(|r| r.starts_with("ال"));
    weapon.end - weapon.first >= 2 && !is_definite(doc.token_text(h.first - 1)) && plain_definite
}

/// A finite verb by its shape: imperfect ("تستهدف"، "يقصف"), perfect feminine ("قصفت"،
/// "استهدفت"; not a plural in "ـات") or a form-X perfect ("استهدف", whose verbal noun has a
/// long vowel: "استهداف"). "قصف" is mostly the noun and is left out.
fn finite_verb(form: &str) -> bool {
    (form.starts_with(['ي', 'ت']) && form.chars().count() >= 4)
        || (form.ends_with('ت') && !form.ends_with("ات"))
        || form
            .strip_prefix("است")
            .is_some_and(|stem| !stem.contains('ا'))
}

/// A verb of striking or attacking ("تستهدف"، "قصفت"، "هاجمت").
pub(crate) fn verb_of_striking(doc: &Doc, h: Hit) -> bool {
    attack_word(doc, h) && finite_verb(&doc.lex.entry(h).form)
}

/// "مسيرة تركية تستهدف قسد"، "هجمات استهدفت القوات الأميركية": a verb of striking whose
/// subject, a weapon or an attack with its owner, stands just before it takes the side right
/// after it as its object ("استهدف هجوم قوات العشائر" is verb first: the side is the agent).
fn object_after_striking_subject(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let Some(verb) = doc.hit_ending_at(s, Category::Trigger, h.first) else {
        return false;
    };
    if !verb_of_striking(doc, verb) || doc.token_text(verb.first) != doc.lex.entry(verb).form {
        return false;
    }
    let at = doc
        .hit_ending_at(s, Category::Actor, verb.first)
        .map_or(verb.first, |owner| owner.first);
    doc.hit_ending_at(s, Category::Instrument, at).is_some()
        || doc
            .hit_ending_at(s, Category::Trigger, at)
            .is_some_and(|t| attack_word(doc, t) && !verb_of_striking(doc, t))
}

/// A word with the definite article behind any proclitics ("الهجوم"، "وبالقصف"، "للاحتلال").
pub(crate) fn is_definite(token: &str) -> bool {
    rasd_text::proclitic_readings(token).any(|r| r.starts_with("ال") || r.starts_with("لل"))
}

/// Words between "تعرضت" and the "ل" of what was undergone ("تعرضت القاعدة الأميركية في حقل
/// العمر لهجوم").
const SUBJECTED_REACH: usize = 8;

/// Words from "وقعت" to the trigger it fell into, the side between ("وقعت دورية لقسد في كمين").
const FELL_INTO_REACH: usize = 4;

/// "تعرضت X لقصف"، "يتعرض لهجوم"، "تواجه قسد هجمات"، "وقعت في كمين": the trigger is what X
/// underwent.
fn subjected_to(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let with_lam = doc.token_text(trig.first).starts_with('ل');
    let from = trig
        .first
        .saturating_sub(SUBJECTED_REACH)
        .max(s.first_token);
    (from..trig.first).any(|i| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| {
            let undergo = matches!(
                r,
                "تعرض" | "تعرضت" | "تتعرض" | "يتعرض" | "تعرضا" | "تعرضوا" | "تعرضتا"
            );
            // "faces": its object is the trigger itself, a word or two on.
            let faces = matches!(r, "تواجه" | "يواجه" | "واجهت" | "واجه") && trig.first - i <= 3;
            // "fell into": "فوقعت في كمين"، "وقعت دورية لقسد في كمين".
            let fell_into = matches!(r, "وقع" | "وقعت" | "وقعوا" | "وقعا" | "تقع" | "يقع")
                && trig.first - i <= FELL_INTO_REACH
                && doc.token_text(trig.first - 1) == "في";
            (undergo && with_lam) || faces || fell_into
        })
    })
}

/// Words before a place name that make it where something happened (normalised: على is
/// "علي", العاصمة "عاصمه").
const LOCATIVE: [&str; 12] = [
    "في",
    "علي",
    "الي",
    "من",
    "قرب",
    "محيط",
    "داخل",
    "نحو",
    "عاصمه",
    "مدينه",
    "ريف",
    "اطراف",
];

/// An actor named by a place ("دمشق"، "موسكو") used as the place: "غارة على دمشق"، "بدمشق"،
/// "بالعاصمة السورية دمشق". The name speaks for a government only as a subject ("قالت دمشق").
fn named_as_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let Some((a, b)) = doc.norm_range(h.first, h.end) else {
        return false;
    };
    // "مطار دمشق"، "ريف دمشق": part of a longer place name, unless that place is where fire
    // came from ("مصدره الأراضي التركية").
    if doc.places.iter().any(|p| {
        p.start <= a
            && b <= p.end
            && p.end - p.start > b - a
            && role_ending_at(doc, s, doc.token_at(p.start)) != Some("source")
    }) {
        return true;
    }
    if h.end != h.first + 1 || !doc.places.iter().any(|p| p.start < b && a < p.end) {
        return false;
    }
    let tok = doc.token_text(h.first);
    let form = doc.lex.entry(h).form.as_str();
    let prefix = tok.strip_suffix(form).unwrap_or("");
    let locative = |i: usize| {
        i >= s.first_token
            && rasd_text::proclitic_readings(doc.token_text(i))
                .any(|r| LOCATIVE.contains(&r.strip_prefix("ال").unwrap_or(r)))
    };
    prefix.contains('ب')
        || (h.first >= 1 && locative(h.first - 1))
        || (h.first >= 2 && locative(h.first - 2))
}

/// An actor right after a source word: the side the attack came from.
fn is_source(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    role_before(doc, s, h) == Some("source")
}

/// A source named after the trigger is that of the last event word before it: in "تواصل قسد
/// حصارها … بعد اتهامها الأجهزة الأمنية بالوقوف وراء الهجوم الذي شنته العشائر" the tribes
/// made the attack, not the siege. A weapon word between ("قصف بقذائف الهاون مصدره") is the
/// means of the trigger, not another event.
fn source_of(doc: &Doc, s: &Sentence, trig: Hit, source: Hit) -> bool {
    source.first < trig.end
        || !doc.hits_in(s, Category::Trigger).any(|t| {
            t.first >= trig.end
                && t.end <= source.first
                && !doc
                    .hits_in(s, Category::Instrument)
                    .any(|i| i.first == t.first)
        })
}

/// An actor named as who holds a place ("في محافظة إدلب، والتي تسيطر عليها فصائل معارضة"،
/// "عفرين الخاضعة لسيطرة الفصائل"): it describes the place, and is neither agent nor target.
/// The bare noun "سيطرة" is left out: "بعد سيطرة قسد على …" tells who took it. The patron
/// of a holder ("لسيطرة الفصائل التابعة لتركيا") describes the place too.
fn holds_the_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let owned_by = h.first > s.first_token + 1 && {
        let t = doc.token_text(h.first - 1);
        is_belonging(t) || matches!(t, "مواليه" | "المواليه")
    };
    if owned_by
        && let Some(holder) = doc
            .hits_in(s, Category::Actor)
            .find(|a| a.end == h.first - 1)
    {
        return holds_the_place(doc, s, holder);
    }
    let Some(c) = doc
        .hit_ending_at(s, Category::Control, h.first)
        .or_else(|| {
            let pronoun = h.first > s.first_token
                && matches!(
                    doc.token_text(h.first - 1),
                    "عليها" | "عليه" | "عليهم" | "عليهما"
                );
            pronoun
                .then(|| doc.hit_ending_at(s, Category::Control, h.first - 1))
                .flatten()
        })
    else {
        return false;
    };
    let entry = doc.lex.entry(c);
    match entry.key.as_str() {
        "held_by" => entry.form != "سيطره",
        "hold" => c.end < h.first,
        _ => false,
    }
}

pub fn pick_actors(doc: &Doc, s: &Sentence, trig: Hit) -> Actors {
    let mut best: Option<(usize, Hit)> = None;
    let mut target = None;
    let hits: Vec<Hit> = doc.hits_in(s, Category::Actor).collect();
    let mut supporters: Vec<&str> = Vec::new();
    // Set once the agent is certain: later actors can still be targets or supporters.
    let mut agent_fixed = false;
    let passive = subjected_to(doc, s, trig);
    // "إخلاء نقاط عسكرية لقسد": the owner of the posts left is who leaves them.
    let leaving = doc.key(trig).starts_with("withdrawal");
    for &h in &hits {
        if named_as_place(doc, s, h) {
            continue;
        }
        if backer_in_epithet(doc, s, h) {
            continue;
        }
        if role_before(doc, s, h) == Some("support") {
            supporters.push(doc.key(h));
            continue;
        }
        // An actor inside the trigger phrase ("الطيران الروسي") is the agent, as is one named
        // as the source ("قصف مصدره مناطق سيطرة قوات الأسد"، "من قبل قسد").
        let inside = h.first < trig.end && h.end > trig.first;
        let after_weapon = h.first >= trig.end
            && (weapon_between(doc, s, trig.end, h.first) || by_weapon(doc, s, trig, h));
        // "استهدفت طائرة مسيرة القوات الأميركية": a definite side after an indefinite weapon
        // and its adjective is no adjective of it; the weapon is the subject, the side its object.
        let struck_by_weapon = after_weapon && object_after_weapon(doc, s, h);
        let named_weapon = after_weapon && !struck_by_weapon;
        // Civilians are never the agent of violence ("أسعفت الأطفال أثناء نقلهم من قبل
        // المدنيين"); a protest picks its own actors (`protest_roles`).
        if (inside || named_weapon || (is_source(doc, s, h) && source_of(doc, s, trig, h)))
            && crate::model::named_side(doc.key(h))
        {
            if !agent_fixed {
                best = Some((0, h));
                agent_fixed = true;
            }
            continue;
        }
        if holds_the_place(doc, s, h) || teller_of_strike(doc, s, h, trig) {
            continue;
        }
        // "Turkish drones struck SDF positions": after an English verb in the active voice,
        // with no "by" before it, a side is the object.
        let english_object =
            h.first >= trig.end && english_active_verb(doc, trig) && !by_between(doc, trig, h);
        // "تعرضت القواعد الأميركية للقصف": what comes before a passive "subjected to" is hit.
        let undergoes = passive && h.end <= trig.first;
        let members_act =
            !passive && (members_acting(doc, s, h, trig) || convoy_of_mover(doc, s, h, trig));
        let member_struck = member_after_attack(doc, s, h);
        if !members_act
            && (undergoes
                || english_object
                || struck_by_weapon
                || object_after_striking_subject(doc, s, h)
                || (is_target(doc, s, h) && (!leaving || doc.key(h) == "CIVILIANS"))
                || object_of_verbal_noun(doc, s, h, trig)
                || (h.first >= trig.end && member_of(doc, s, trig.end, h))
                || member_struck)
        {
            // "قتل ثلاثة عناصر من قوات الحكومة بهجوم": the victims' group told before the
            // attack is what it hit.
            let hit_before = undergoes || member_struck || group_of_victims(doc, s, h);
            if target.is_none() && (h.first >= trig.end || hit_before) {
                target = Some(doc.key(h).to_string());
            }
            continue;
        }
        if agent_fixed {
            continue;
        }
        // Arabic is mostly verb-first: the agent after the trigger is preferred on a tie.
        let dist = if h.first >= trig.end {
            (h.first - trig.end) * 2
        } else {
            (trig.first.saturating_sub(h.end)) * 2 + 1
        };
        let dist = if doc.key(h) == "UNKNOWN" {
            dist + 6
        } else {
            dist
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, h));
        }
    }
    let mut out = Actors {
        target,
        ..Actors::default()
    };
    if let Some((_, h)) = best {
        let h = suspected_behind(doc, s, h).unwrap_or(h);
        // "قوات النظام وروسيا قصفت": the nearest actor may be a later conjunct; the first
        // named is actor1 (taxonomy.md), the others its associates (until `lead_actor`
        // puts a foreign state first when the event is finished).
        let h = chain_head(doc, s, &hits, h);
        out.actor1 = Some((doc.key(h).to_string(), h));
        out.assoc = coordinated_after(doc, s, h);
        for code in supporters {
            if code != doc.key(h) && !out.assoc.iter().any(|a| a == code) {
                out.assoc.push(code.to_string());
            }
        }
    }
    out
}

/// "الجيش الوطني المدعوم تركياً"، "قسد المدعومة من قبل واشنطن": the backer a definite
/// adjective names after a side describes that side, and takes no part in what is told. (In
/// "القوات المدعومة من إيران" the backer is all that names the side.)
fn backer_in_epithet(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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

/// An English verb in the past tense, active ("struck", "shelled"; not "was shelled"):
/// English puts its agent before it.
fn english_active_verb(doc: &Doc, trig: Hit) -> bool {
    const IRREGULAR: [&str; 5] = ["struck", "hit", "shot", "fought", "blew"];
    let word = doc.token_text(trig.first);
    let past = word.is_ascii()
        && trig.end == trig.first + 1
        && (word.ends_with("ed") || IRREGULAR.contains(&word));
    let passive = trig.first > 0
        && matches!(
            doc.token_text(trig.first - 1).to_ascii_lowercase().as_str(),
            "was" | "were" | "been" | "being" | "is" | "are"
        );
    past && !passive
}

/// "by" between a trigger and a side after it: the agent of a passive or of a noun.
fn by_between(doc: &Doc, trig: Hit, h: Hit) -> bool {
    (trig.end..h.first).any(|i| doc.token_text(i).eq_ignore_ascii_case("by"))
}

/// Words from a verb of saying to the side that speaks ("أفاد مسؤول عسكري أميركي").
const TELLER_REACH: usize = 4;

/// "أفاد مسؤول عسكري أميركي بأن هجوما بطائرة مسيرة استهدف قاعدة رميلان"، "قالت وزارة الدفاع
/// الروسية إن طائرات مسيرة هاجمت قاعدة حميميم": a side that tells of a strike in a clause of
/// its own, one that points back to it nowhere before the strike ("إنها نفذت"، "إن قواتها
/// قصفت"), is the teller, not the agent.
fn teller_of_strike(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
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
        || weapon(Category::Instrument))
}

/// A weapon noun with a possessive pronoun ("طائراتها"، "مسيراتنا"، "مدفعيته"): its owner
/// is named before it.
fn points_back(word: &str) -> bool {
    ["ها", "هم", "هما", "نا", "اته", "يته"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
}

/// Words from an unknown agent to a cue of suspicion, and from the cue to the side suspected.
const SUSPECT_REACH: usize = 3;

/// "طائرات مجهولة يعتقد أنها إسرائيلية"، "مسيرة مجهولة الهوية يرجح أنها تابعة للتحالف": the
/// side an unknown agent is suspected to be (the modality says it is only suspected).
fn suspected_behind(doc: &Doc, s: &Sentence, unknown: Hit) -> Option<Hit> {
    if doc.key(unknown) != "UNKNOWN" {
        return None;
    }
    let cue = doc.hits_in(s, Category::Modality).find(|m| {
        doc.key(*m) == "suspected"
            && m.first >= unknown.end
            && m.first - unknown.end <= SUSPECT_REACH
    })?;
    doc.hits_in(s, Category::Actor).find(|a| {
        a.first >= cue.end
            && a.first - cue.end <= SUSPECT_REACH
            && crate::model::named_side(doc.key(*a))
    })
}

/// Actors coordinated after `h` ("النظام وروسيا", "قسد مع التحالف"): its associates.
pub fn coordinated_after(doc: &Doc, s: &Sentence, h: Hit) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut end = h.end;
    for o in doc.hits_in(s, Category::Actor).filter(|o| o.first >= h.end) {
        if !coordinated(doc, end, o) || is_target(doc, s, o) {
            break;
        }
        let code = doc.key(o).to_string();
        if code != doc.key(h) && !out.contains(&code) {
            out.push(code);
        }
        end = o.end;
    }
    out
}

/// Does `next` continue a coordination that ends at token `end` ("X وY", "X مع Y")?
fn coordinated(doc: &Doc, end: usize, next: Hit) -> bool {
    next.first == end && doc.token_text(next.first).starts_with('و')
        || next.first == end + 1 && matches!(doc.token_text(end), "مع" | "و" | "and")
}

/// The first actor of the coordination `h` belongs to.
fn chain_head(doc: &Doc, s: &Sentence, hits: &[Hit], mut h: Hit) -> Hit {
    while let Some(&prev) = hits
        .iter()
        .find(|p| p.end <= h.first && coordinated(doc, p.end, h) && !is_target(doc, s, **p))
    {
        h = prev;
    }
    h
}

/// The place an event happened at: nearest after the trigger, then before it; coarse places
/// (governorates) only when nothing finer is named. Origins ("من معبر الوليد") are skipped for
/// deployments; where `actor`, the side that acted, is stationed ranks low for violence.
pub fn pick_places<'d>(
    doc: &'d Doc,
    s: &Sentence,
    trig: Hit,
    ty: EventType,
    actor: Option<&str>,
) -> Vec<&'d PlaceMatch> {
    let (trig_start, trig_end) = doc.norm_range(trig.first, trig.end).unwrap_or((0, 0));
    let mut scored: Vec<(usize, &PlaceMatch)> = Vec::new();
    for p in doc.places_in(s) {
        // Inside the trigger, or only locating the place before it ("بريف إدلب"). A site named
        // on from the trigger ("تجهيز مهبط طائرات في مدينة الطبقة") is the event's place.
        let named_on = p.end > trig_end;
        if (p.start < trig_end && p.end > trig_start && !named_on) || p.locator {
            continue;
        }
        // A name speaking for its government ("إن دمشق تدين"، "قوات سوريا الديمقراطية").
        if speaks_as_actor(doc, s, p) {
            continue;
        }
        let first = doc.token_at(p.start);
        let role = role_ending_at(doc, s, first);
        // "عدوان جوي نُفّذ من اتجاه الجولان": where a strike came from, said in so many words,
        // is not where it struck (a bare "من" also names a victim's home town).
        let came_from = ty.is_violent()
            && first > 0
            && doc
                .hit_ending_at(s, Category::Role, first)
                .is_some_and(|r| doc.key(r) == "origin" && r.end - r.first >= 2);
        if (ty == EventType::Deployment && role == Some("origin"))
            || role == Some("care")
            || came_from
        {
            continue;
        }
        let dist = if p.start >= trig_end {
            first.saturating_sub(trig.end)
        } else {
            trig.first.saturating_sub(doc.token_at(p.end)) * 2 + 3
        };
        let penalty = match p.geo_precision {
            1 => 0,
            2 => 1,
            _ if struck_abroad(doc, p, trig) => 0,
            _ => 10,
        };
        // "قالت وزارة الخارجية في سوريا إن دمشق تدين الاعتداء … على مناطق في دير الزور":
        // a place before what is said locates who says it; the event's own place comes first.
        let speakers_place = p.end <= trig_start
            && said_between(doc, first, trig.first)
            && doc
                .hits_in(s, Category::Role)
                .any(|r| doc.key(r) == "say" && r.end <= first);
        // "حلب ::استهدف الطيران التركي …": a round-up item's heading names its governorate,
        // ranked like a speaker's place below the sites the item tells of.
        let heading = first == s.first_token && doc.gap_before(doc.token_at(p.end)).contains(':');
        // "قصفت القوات التركية المتمركزة في قاعدة جلبل … قرية أبين": where the side that struck
        // is stationed ranks below the place it struck.
        let station = ty.is_violent() && strikers_station(doc, s, p, actor);
        let penalty = penalty
            + if speakers_place
                || heading
                || station
                || hometown(doc, s, p)
                || reporters_place(doc, s, first)
            {
                SPEAKERS_PLACE_PENALTY
            } else {
                0
            };
        scored.push((dist + penalty, p));
    }
    scored.sort_by_key(|(d, p)| (*d, p.start));
    let Some(&(best_score, mut best)) = scored.first() else {
        return Vec::new();
    };
    // "وفي ريف إدلب الجنوبي قصفت قوات النظام بلدة كنصفرة": the area that frames the clause
    // holds the town struck after the trigger, which is the finer answer.
    if best.geo_precision == 2
        && best.end <= trig_start
        && let Some(&(_, town)) = scored.iter().find(|(score, p)| {
            town_in_area(p, best)
                && !after_origin(doc, s, p)
                && !stationed_at(doc, s, p)
                && p.start >= trig_end
                && *score <= best_score + FRAMED_TOWN_SLACK
        })
    {
        best = town;
    }
    // "قصفت قوات النظام ريف حلب الغربي، ما أدى لمقتل 3 مدنيين في مدينة دارة عزة": the town
    // where the toll fell, inside the area struck, is the finer answer.
    if best.geo_precision >= 2
        && let Some(&(_, town)) = scored.iter().find(|(_, p)| {
            town_in_area(p, best)
                && p.start > best.end
                && toll_site(doc, s, p)
                && first_toll_reaches(doc, s, best, p)
        })
    {
        best = town;
    }
    let mut out = vec![best];
    // Further towns listed with و or a comma after the first one are places of the same event.
    if matches!(
        ty,
        EventType::AirStrike | EventType::Shelling | EventType::Deployment | EventType::ArmedClash
    ) {
        for &(_, p) in scored.iter().skip(1) {
            // Towns listed after the first are further sites ("في بلدات الشعفة والشحيل،
            // إضافة إلى بلدتي الجنينة والهرموشية").
            let site = if ty.is_violent() {
                named_site(p) && !after_origin(doc, s, p) && listed(doc, p)
            } else {
                p.geo_precision <= 2 && listed(doc, p)
            };
            if site && p.start >= trig_end && far_from_all(p, &out) {
                out.push(p);
            }
        }
    }
    out
}

/// A town other than the area's own, in the area's governorate: a finer answer inside it.
fn town_in_area(town: &PlaceMatch, area: &PlaceMatch) -> bool {
    town.geo_precision == 1
        && town.id != area.id
        && town.admin1.is_some()
        && town.admin1 == area.admin1
}

/// Words at most from a casualty word to the "في" of the place the toll fell at ("مقتل 3
/// مدنيين بينهم طفلان في").
const TOLL_SITE_REACH: usize = 6;

/// "ما أدى لمقتل 3 مدنيين في مدينة دارة عزة": a place named after "في" a few words after a word
/// of death or injury, with no comma, bracket ("مقتل 6 مدنيين (3 منهم في دارة عزة": a share of
/// the toll) or trigger between, is where the toll fell.
fn toll_site(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    let first = doc.token_at(p.start);
    if first == 0 || doc.token_text(first - 1) != "في" {
        return false;
    }
    let at = first - 1;
    doc.casualty_hits(s).any(|c| {
        c.end <= at
            && at - c.end <= TOLL_SITE_REACH
            && !doc.marks_between(c.end, at, &[',', '،', '('])
            && doc
                .hits_between(c.end, at, Category::Trigger)
                .next()
                .is_none()
    })
}

/// The first word of death or injury after the area runs to the town with no comma: "أدى
/// لاستشهاد امرأة في مخيم باتنته، وإصابة امرأة في جسر الشغور" tells of two sites, the first
/// unknown to the gazetteer.
fn first_toll_reaches(doc: &Doc, s: &Sentence, area: &PlaceMatch, town: &PlaceMatch) -> bool {
    let from = doc.token_at(area.end);
    let to = doc.token_at(town.start);
    doc.casualty_hits(s)
        .filter(|c| c.first >= from && c.end <= to)
        .min_by_key(|c| c.first)
        .is_some_and(|c| !doc.comma_between(c.end, to))
}

/// How much farther from the trigger than the area framing its clause a town inside that
/// area may be named and still be preferred to it.
const FRAMED_TOWN_SLACK: usize = 8;

/// Words at most between a trigger and the "على" before the land it struck ("العدوان
/// الإسرائيلي على").
const STRUCK_LAND_REACH: usize = 2;

/// "منددين بالعدوان الإسرائيلي على غزة": a land outside Syria right after "على" or "ضد"
/// following the trigger is what was struck, however broad, not the Syrian city the sentence
/// stands in.
fn struck_abroad(doc: &Doc, p: &PlaceMatch, trig: Hit) -> bool {
    let first = doc.token_at(p.start);
    p.country.as_deref().is_some_and(|c| c != "SY")
        && first > trig.end
        && first - 1 - trig.end <= STRUCK_LAND_REACH
        && matches!(doc.token_text(first - 1), "علي" | "ضد" | "on" | "against")
}

/// Ranks a place in the clause of who says it below any place in what is said.
const SPEAKERS_PLACE_PENALTY: usize = 40;

/// "استشهاد المواطن … من أهالي ناحية موباتا": where a victim comes from, often but not always
/// where the victim was hit; it ranks below a place told as the event's own.
pub(crate) fn hometown(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    role_ending_at(doc, s, doc.token_at(p.start)) == Some("hometown")
}

/// Words between a correspondent noun and the "في" of the city it reports from: the outlet's
/// name ("مراسل منصة المشرق بوست في إدلب").
const REPORTER_REACH: usize = 4;

/// "حسبما أفاد مراسل الميادين في حلب": the place at token `first` is where the correspondent
/// reports from, which may lie far from the strike the sentence tells of.
fn reporters_place(doc: &Doc, s: &Sentence, first: usize) -> bool {
    if first == 0 || !matches!(doc.token_text(first - 1), "في" | "in") {
        return false;
    }
    roles_within(doc, s, "reporter", first - 1, REPORTER_REACH)
        .next()
        .is_some()
}

/// The role words of `key` ending at most `reach` words before token `at`.
fn roles_within<'d>(
    doc: &'d Doc,
    s: &Sentence,
    key: &'d str,
    at: usize,
    reach: usize,
) -> impl Iterator<Item = Hit> + 'd {
    doc.hits_in(s, Category::Role)
        .filter(move |r| doc.key(*r) == key && r.end <= at && at - r.end <= reach)
}

/// A complementiser ("إن"، "أن"، "بأن"): what follows is said. Token forms, not clitic
/// readings: "كان" is no "أن".
pub(crate) fn is_complementiser(token: &str) -> bool {
    matches!(
        token,
        "ان" | "بان" | "انه" | "انها" | "انهم" | "بانه" | "بانها"
    )
}

/// A complementiser between tokens `from` and `to`.
fn said_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|i| is_complementiser(doc.token_text(i)))
}

/// A place named for itself: a site, or a town whose position is only approximate (precision
/// 2 "الشحيل"), not an area, a side of a town or a region.
fn named_site(p: &PlaceMatch) -> bool {
    p.geo_precision == 1
        || (p.geo_precision == 2
            && p.relation == rasd_geo::Relation::At
            && !crate::frame::is_area_kind(&p.kind))
}

/// Whether a place mention lies inside an actor's name used as an actor, not as a place.
fn speaks_as_actor(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    doc.hits_in(s, Category::Actor).any(|a| {
        doc.norm_range(a.first, a.end)
            .is_some_and(|(start, end)| p.start < end && start < p.end)
            && !named_as_place(doc, s, a)
    })
}

/// Words before a place within which the word naming its part ends ("من مواقعها في X").
const WORD_BEFORE_PLACE_REACH: usize = 3;

/// A lexicon word of `cat` keyed `key` ending a few words before the place.
fn word_before_place(
    doc: &Doc,
    s: &Sentence,
    p: &PlaceMatch,
    cat: Category,
    key: &str,
) -> Option<Hit> {
    let first = doc.token_at(p.start);
    (first.saturating_sub(WORD_BEFORE_PLACE_REACH)..first)
        .filter_map(|i| doc.hit_ending_at(s, cat, i + 1))
        .find(|h| doc.key(*h) == key)
}

/// "من مواقعها في X": the place fire came from.
fn after_origin(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    word_before_place(doc, s, p, Category::Role, "origin").is_some()
}

/// "قوات الحكومة المتمركزة في معسكر جورين": where a side is stationed.
fn stationed_at(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    word_before_place(doc, s, p, Category::Control, "presence").is_some()
}

/// "قصفت القوات التركية المتمركزة في قاعدة جلبل": where the side that struck (`actor`) is
/// stationed, not the side struck ("على مواقع قوات الأسد المتمركزة في حرش قرية خان السبل").
fn strikers_station(doc: &Doc, s: &Sentence, p: &PlaceMatch, actor: Option<&str>) -> bool {
    let Some(actor) = actor else {
        return false;
    };
    let Some(presence) = word_before_place(doc, s, p, Category::Control, "presence") else {
        return false;
    };
    let sides: Vec<Hit> = doc.hits_in(s, Category::Actor).collect();
    // "قوات النظام وروسيا المتمركزة": the first of the sides joined is stationed there too.
    sides
        .iter()
        .find(|a| a.end == presence.first)
        .is_some_and(|&a| doc.key(a) == actor || doc.key(chain_head(doc, s, &sides, a)) == actor)
}

/// Words from "مثلث" (a triangle) to a later corner it names.
const TRIANGLE_REACH: usize = 3;

/// Is this place one of a list: coordinated ("والشحيل"), after a comma or an underscore, after
/// "إضافة إلى", or introduced by a plural or dual cue ("بلدتي الجنينة والهرموشية")?
fn listed(doc: &Doc, p: &PlaceMatch) -> bool {
    let first = doc.token_at(p.start);
    // "مثلث حمص_حماة_الرقة"، "مثلث حمص وحماة والرقة": the corners of one area, not a list.
    if (first.saturating_sub(TRIANGLE_REACH)..first)
        .any(|i| rasd_text::proclitic_readings(doc.token_text(i)).any(|r| r == "مثلث"))
    {
        return false;
    }
    let text = &doc.norm.text;
    let before = text.get(..p.start).unwrap_or("").trim_end();
    // "بلدات "سرمين_مجدليا_سان_سرجة"": an underscore after a place joins a list too (not
    // after any word: "#غرفة_عمليات_السويداء").
    let after_place_underscore = before
        .strip_suffix('_')
        .is_some_and(|b| doc.places.iter().any(|q| q.end == b.len()));
    if before.ends_with(['،', ','])
        || after_place_underscore
        || text.get(p.start..).is_some_and(|t| t.starts_with('و'))
    {
        return true;
    }
    // "the villages of Kansafra and al-Bara".
    if first > 0 && doc.token_text(first - 1) == "and" {
        return true;
    }
    let plural_cue = rasd_text::proclitic_readings(doc.token_text(first)).any(|r| {
        matches!(
            r,
            "بلدات"
                | "بلدتي"
                | "قري"
                | "قريتي"
                | "مدن"
                | "مدينتي"
                | "مناطق"
                | "احياء"
                | "حيي"
                | "مخيمات"
        )
    });
    let also = (first.saturating_sub(2)..first).any(|i| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "اضافه" | "كذلك" | "ايضا"))
    });
    plural_cue || also
}

/// Closer than this, two places of a list are one site named twice.
const ONE_SITE_KM: f64 = 1.0;

/// A place of a list that is no other listed place: villages of Jabal al-Zawiya lie 2-3 km
/// apart ("قرى شنان وسرجة وبينين").
fn far_from_all(p: &PlaceMatch, others: &[&PlaceMatch]) -> bool {
    others
        .iter()
        .all(|o| o.id != p.id && rasd_geo::haversine_km(p.lat, p.lon, o.lat, o.lon) > ONE_SITE_KM)
}

fn qualifier(q: Option<NumQualifier>) -> Option<Qualifier> {
    q.map(|q| match q {
        NumQualifier::Approx => Qualifier::Approx,
        NumQualifier::MoreThan => Qualifier::MoreThan,
        NumQualifier::LessThan => Qualifier::LessThan,
    })
}

fn unit_of(key: &str) -> Option<Unit> {
    Unit::from_code(key)
}

/// The token after a hedge starting at `at` ("على الأقل", "at least"), or `at` itself.
fn after_hedge(doc: &Doc, at: usize) -> usize {
    let words = |a: &str, b: &str| {
        at + 1 < doc.tokens.len() && doc.token_text(at) == a && doc.token_text(at + 1) == b
    };
    if words("علي", "الاقل") || words("at", "least") {
        at + 2
    } else {
        at
    }
}

/// Quantities stated in a sentence: counted nouns, casualties with who they were.
pub fn quantities(doc: &Doc, s: &Sentence) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    // First, so that the "others" counted after it are of its side.
    nationals_before_others(doc, s, &mut out);
    let units: Vec<Hit> = doc.hits_in(s, Category::Unit).collect();
    let victims: Vec<Hit> = doc.hits_in(s, Category::Victim).collect();
    // "تنفي استشهاد 3 عناصر": casualties denied are not counted.
    let deaths: Vec<Hit> = doc
        .hits_in(s, Category::Fatality)
        .filter(|h| !denied(doc, s, *h))
        .collect();
    let hurts: Vec<Hit> = doc
        .hits_in(s, Category::Injury)
        .filter(|h| !denied(doc, s, *h))
        .collect();
    // The casualty word governing a counted phrase a..b: a verb or noun just before it
    // ("مقتل 3 مدنيين", verb-first) wins over one just after it ("شخصا مدنيا توفي").
    // "مقتل وإصابة 6"، "بين قتيل وجريح": one count of dead and wounded together, which
    // neither unit may claim.
    // "أن شخصا قتل وأصيب أربعة آخرون": a first verb whose victim stands just before it has
    // its own count; the second verb then counts alone.
    // "بحياة 6 شهداء وجرح نحو 23 آخرين": a second word with its own number is its own count.
    // "أن شخصا على الأقل قتل": a hedge between the victim and its verb keeps them together.
    let own_subject = |h: &Hit| victims.iter().any(|v| after_hedge(doc, v.end) == h.first);
    let counted_before = |h: &Hit| doc.numbers.iter().any(|n| n.end_token == h.first);
    let counts_after = |h: &Hit| {
        doc.numbers
            .iter()
            .any(|n| (h.end..h.end + 2).contains(&n.first_token))
    };
    let paired = |h: &Hit| {
        let other: &[Hit] = if deaths.contains(h) { &hurts } else { &deaths };
        other.iter().any(|o| {
            (o.end == h.first
                && doc.token_text(h.first).starts_with('و')
                && !own_subject(o)
                && !counted_before(o))
                || (h.end == o.first
                    && doc.token_text(o.first).starts_with('و')
                    && !own_subject(h)
                    && !counts_after(o))
        })
    };
    let casualty_around = |a: usize, b: usize, reach: usize| -> Option<(Hit, Unit)> {
        let tagged = || {
            deaths
                .iter()
                .map(|h| (h, Unit::Fatality))
                .chain(hurts.iter().map(|h| (h, Unit::Injury)))
        };
        let before = tagged()
            .filter(|(h, _)| h.end <= a && words_between(doc, h.end, a, reach))
            .max_by_key(|(h, _)| h.end);
        // "Three civilians, including a woman, were killed"، "وكان مدنيان (شابان شقيقان) قد
        // قتلا": the breakdown is passed over.
        let b = if b < s.end_token && doc.token_text(b) == "including" {
            (b + 1..s.end_token)
                .find(|&i| doc.gap_before(i).contains(','))
                .unwrap_or(b)
        } else if b < s.end_token && doc.gap_before(b).contains('(') {
            (b + 1..s.end_token)
                .find(|&i| doc.gap_before(i).contains(')'))
                .unwrap_or(b)
        } else {
            b
        };
        let after = tagged()
            .filter(|(h, _)| h.first >= b && words_between(doc, b, h.first, reach))
            .min_by_key(|(h, _)| h.first);
        // "two children were killed and five people injured", "قتل شاب وامرأة أصيبت": after
        // "and", a phrase whose own casualty word follows it closely is that word's.
        let own_after = after.filter(|(h, _)| {
            h.first - b <= 2 && !doc.marks_between(b, h.first, &[',', '،', '.', '؛'])
        });
        let joined = a > s.first_token
            && (doc.token_text(a - 1) == "and" || doc.token_text(a).starts_with('و'));
        match (before, own_after) {
            (Some(_), Some(x)) if joined => Some(x),
            _ => before.or(after),
        }
        .map(|(h, u)| (*h, u))
    };
    let measures: Vec<Hit> = doc.hits_in(s, Category::Measure).collect();
    // "من عائلة واحدة وإصابة أربع نساء": "one" in words after a noun is its adjective, not a
    // count (a victim noun before it counts itself; "وإصابة واحد" still counts one).
    let adjective_one = |n: &rasd_text::NumberMention| {
        n.value == 1
            && n.first_token > s.first_token
            && !in_digits(doc, n.first_token)
            && !in_digits(doc, n.first_token - 1)
            && !deaths
                .iter()
                .chain(hurts.iter())
                .any(|h| h.end == n.first_token)
    };
    // The unit of a casualty verb (not noun) where `at` says: dead before wounded.
    let verb_unit = |at: &dyn Fn(&Hit) -> bool| -> Option<Unit> {
        let found = |hs: &[Hit]| hs.iter().any(|h| casualty_verb(doc.key(*h)) && at(h));
        if found(&deaths) {
            Some(Unit::Fatality)
        } else if found(&hurts) {
            Some(Unit::Injury)
        } else {
            None
        }
    };
    // "أصيب 21", "قُتل 9 على الأقل", "وأصيب اثنان": a number right after a casualty verb
    // counts casualties; "one" in words there is an adjective ("إصابة واحدة", one hit).
    let bare_count_after_verb = |n: &rasd_text::NumberMention| -> Option<Unit> {
        if n.value < 2 && !in_digits(doc, n.first_token) {
            return None;
        }
        verb_unit(&|h: &Hit| h.end == n.first_token)
    };
    let arrests = doc
        .hits_in(s, Category::Trigger)
        .any(|t| doc.key(t) == "arrest");
    // "قتل طفل، وآخر أصيب": after a comma, a victim whose own verb follows it starts a new
    // clause with that verb's unit.
    let own_verb_after = |v: Hit| -> Option<Unit> {
        if !doc.gap_before(v.first).contains([',', '،']) {
            return None;
        }
        verb_unit(&|h: &Hit| h.first == v.end)
    };
    let mut used_victims: Vec<usize> = Vec::new();
    for n in doc
        .numbers
        .iter()
        .filter(|n| n.first_token >= s.first_token && n.first_token < s.end_token)
    {
        // "(30 عاماً)", "منذ 3 أيام", "10 كم": an age, a duration or a distance counts nothing,
        // nor does the number of a formation ("الفوج 46");
        // "بينهم 3 أطفال" is part of a count already made.
        let toll = toll_word(doc, s, n.first_token);
        // "يوم الثلاثاء 20 حزيران غارات": a day of the month counts nothing.
        if looks_like_year(doc, n)
            || doc.in_time(n.first_token)
            || toll.is_some_and(|t| running_total(doc, s, t, n.first_token))
            || adjective_one(n)
            || measures.iter().any(|m| {
                let label = doc.key(*m) == "label";
                (!label && m.first == n.end_token) || (label && m.end == n.first_token)
            })
            || among_before(doc, s, n.first_token)
            || of_them_after(doc, s, n.end_token)
        {
            continue;
        }
        // The counted noun follows within two tokens ("40 آلية", "4 من عناصر", "3 قتلى").
        let window = n.end_token..n.end_token + 3;
        let noun = |hs: &[Hit]| hs.iter().find(|h| window.contains(&h.first)).copied();
        // "مدنيين اثنين \"رجل وزوجته\" أصيبا": a number in words after a victim noun counts
        // that noun; what follows names who they were.
        let postposed = victims
            .iter()
            .find(|v| {
                v.end == n.first_token
                    && !in_digits(doc, n.first_token)
                    && !doc.token_text(n.first_token).starts_with('و')
                    && doc.gap_before(n.first_token).trim().is_empty()
            })
            .copied();
        let victim = postposed.or_else(|| noun(&victims));
        let unit = noun(&units);
        // "3 قتلى", "10 جرحى": a casualty noun (not a verb) right after the number.
        // "three wounded", "5 killed": an English participle right after the number.
        let is_noun = |h: &Hit| {
            matches!(doc.key(*h), "noun" | "one" | "two")
                || (h.first == n.end_token
                    && doc.token_text(h.first).is_ascii()
                    && doc.gap_before(h.first).trim().is_empty())
        };
        // "ارتفع عدد الشهداء إلى 5 والجرحى إلى 15": a noun after "و" starts the next item.
        let is_noun = |h: &Hit| {
            is_noun(h)
                && !conjoined(doc, *h)
                && !(n.end_token..h.first).any(|i| doc.token_text(i).starts_with('و'))
        };
        let casualty_noun = deaths
            .iter()
            .find(|h| window.contains(&h.first) && is_noun(h))
            .map(|h| (h, Unit::Fatality))
            .or_else(|| {
                hurts
                    .iter()
                    .find(|h| window.contains(&h.first) && is_noun(h))
                    .map(|h| (h, Unit::Injury))
            });
        if casualty_noun.is_some_and(|(h, _)| paired(h))
            || casualty_around(n.first_token, n.end_token, 3).is_some_and(|(h, _)| paired(&h))
        {
            continue;
        }
        let mut value = n.value;
        let mut end_token = n.end_token;
        let (unit_code, kind, target) = if let Some((h, c)) = casualty_noun {
            // "12 جريحا مدنيا": the victim noun after is an adjective of the count, not a
            // second casualty.
            // "10 مدنيين بجروح": the victim noun between the number and the casualty noun.
            let adjective = victims
                .iter()
                .find(|v| v.first == h.end || (v.first == n.end_token && v.end <= h.first));
            if let Some(v) = adjective {
                used_victims.push(v.first);
            }
            (c, None, adjective.and_then(|v| victim_target(doc, *v)))
        } else if let Some(c) = toll.and_then(|t| toll_unit(doc, s, t, n.first_token)) {
            // "ارتفعت حصيلة قتلى القصف إلى 5 مدنيين"، "إلى 34 جنديا": the count a toll rose to.
            if let Some(v) = victim.filter(|v| v.first == n.end_token) {
                used_victims.push(v.first);
                (
                    c,
                    Some(doc.lex.entry(v).form.clone()),
                    victim_target(doc, v),
                )
            } else {
                (c, unit.map(|u| doc.lex.entry(u).form.clone()), None)
            }
        } else if let Some((v, c, chain, target)) = victim.and_then(|v| {
            // "إصابة 4 أطفال وامرأة": victims of the same class joined to the counted noun
            // are part of the same count (5), unless one has its own casualty verb right
            // after it ("قتل 4 أطفال وامرأة أصيبت").
            let target = victim_target(doc, v);
            let after = v.end.max(n.end_token);
            let from = victims.partition_point(|w| w.first < after);
            let same_count = |w: Hit| {
                verb_unit(&|h: &Hit| h.first == w.end).is_none() && victim_target(doc, w) == target
            };
            let chain = match coordinated_victims(doc, &victims, from, after, &same_count) {
                (Some(extra @ 1..), end, to) => Some((extra, end, from..to)),
                _ => None,
            };
            let end = chain.as_ref().map_or(after, |(_, end, _)| *end);
            casualty_around(v.first.min(n.first_token), end, 3).map(|(_, c)| (v, c, chain, target))
        }) {
            used_victims.push(v.first);
            if let Some((extra, end, taken)) = chain {
                used_victims.extend(victims[taken].iter().map(|w| w.first));
                end_token = end;
                value += extra;
            }
            (c, Some(doc.lex.entry(v).form.clone()), target)
        } else if let Some(u) = unit.filter(|u| {
            // "وأصيب اثنان بقصف طائرة": after a casualty verb only a noun right after the
            // number is what it counts.
            u.first == n.end_token || bare_count_after_verb(n).is_none()
        }) {
            let Some(base) = unit_of(doc.key(u)) else {
                continue;
            };
            match casualty_around(n.first_token, u.end, 3).map(|(_, c)| c) {
                Some(c) if base == Unit::Personnel => {
                    (c, Some(doc.lex.entry(u).form.clone()), None)
                }
                _ => (base, Some(better_kind(doc, s, u)), None),
            }
        } else if let Some(c) = bare_count_after_verb(n) {
            (c, None, None)
        } else if let Some(v) = victim.filter(|v| v.first == n.end_token && arrests) {
            // "اعتقالات طالت أكثر من 40 شخصاً": people counted in a raid, not hurt: the detained.
            used_victims.push(v.first);
            (
                Unit::Other,
                Some(doc.lex.entry(v).form.clone()),
                victim_target(doc, v),
            )
        } else {
            continue;
        };
        // "مقتل 5 مدنيين وإصابة 12 آخرين": "others" are of the group counted before them.
        let others = matches!(
            rasd_text::strip_proclitics(doc.token_text(n.end_token)),
            "اخرين" | "اخرون" | "اخريات" | "others"
        );
        let target = match target {
            None if others => out.last().and_then(|q: &Quantity| q.target.clone()),
            t => t,
        };
        push_quantity(
            &mut out,
            Quantity {
                value,
                qualifier: qualifier(n.qualifier),
                unit: unit_code,
                kind,
                target,
                span: doc.orig_span(n.first_token, end_token),
            },
        );
    }
    // "مقتل طفل"، "أصيب مدنيان"، "امرأة ورجل": counted by the noun itself.
    let mut i = 0;
    while i < victims.len() {
        let v = victims[i];
        // "15 مدنياً بين قتيل وجريح": the singular after a number from eleven up is what it
        // counts, no count of one by itself, even when the number is no toll of one unit.
        if used_victims.contains(&v.first)
            || doc.numbers.iter().any(|n| {
                n.end_token == v.first
                    && n.value >= 11
                    && !doc.in_time(n.first_token)
                    && !looks_like_year(doc, n)
            })
            || speaker(doc, s, v)
            || modifies_definite_noun(doc, s, v)
            || other_of_a_thing(doc, s, v)
        {
            i += 1;
            continue;
        }
        // "أفاد مراسل تلفزيون سوريا بمقتل مدني": a noun before "بمقتل" is who reports it.
        let reported_by = |h: &Hit| {
            h.first >= v.end && doc.key(*h) == "act" && doc.token_text(h.first).starts_with('ب')
        };
        let Some(unit) = own_verb_after(v)
            .or_else(|| {
                casualty_around(v.first, v.end, 2)
                    .filter(|(h, _)| !reported_by(h))
                    .map(|(_, c)| c)
            })
            .or_else(|| detained(doc, s, v).then_some(Unit::Other))
        else {
            i += 1;
            continue;
        };
        let (mut count, end, j) = match victim_noun_count(doc, v) {
            None => (0, v.end, i),
            Some(head) => match coordinated_victims(doc, &victims, i + 1, v.end, &|w| {
                own_verb_after(w).is_none()
            }) {
                (Some(rest), end, j) => (head + rest, end, j),
                (None, end, j) => (0, end, j),
            },
        };
        // "مدنيين اثنين": a plural with the number two after it.
        if count == 0 && number_after_is_two(doc, end) {
            count = 2;
        }
        if count > 0 && !among_before(doc, s, v.first) {
            push_quantity(
                &mut out,
                Quantity {
                    value: count,
                    qualifier: None,
                    unit,
                    kind: Some(doc.lex.entry(v).form.clone()),
                    target: victim_target(doc, v),
                    span: doc.orig_span(v.first, end),
                },
            );
        }
        i = j.max(i + 1);
    }
    singular_casualties(doc, s, &mut out);
    pronoun_casualties(doc, s, &mut out);
    dual_units(doc, s, &mut out);
    out
}

/// The most tokens a time expression inside a phrase spans ("صباح يوم أمس الثلاثاء").
const TIME_TOKENS_MAX: usize = 5;

/// Whether at most `reach` words stand in `from..to`, not counting a time expression among
/// them: "أصيب، صباح اليوم الثلاثاء، طفلان" is the verb and its subject.
fn words_between(doc: &Doc, from: usize, to: usize, reach: usize) -> bool {
    let n = to - from;
    if n <= reach {
        return true;
    }
    if n > reach + TIME_TOKENS_MAX {
        return false;
    }
    (from..to).filter(|&i| !doc.in_time(i)).count() <= reach
}

/// Verbs of result ("ما أدى إلى"، "أسفر عن"، "تسبب ب").
const RESULT_VERBS: &[&str] = &[
    "ادي",
    "ادت",
    "يودي",
    "تودي",
    "اسفر",
    "اسفرت",
    "يسفر",
    "تسفر",
    "تسبب",
    "تسببت",
    "يتسبب",
];

/// "وأسفر القصف عن …"، "وأدى الهجوم إلى …": the trigger is the subject of a verb of result
/// right before it.
pub(crate) fn subject_of_result(doc: &Doc, trig: Hit) -> bool {
    trig.first > 0
        && rasd_text::proclitic_readings(doc.token_text(trig.first - 1))
            .any(|r| RESULT_VERBS.contains(&r))
}

/// "ما أدى لمقتله"، "أسفر عن إصابتها"، "تسبب باستشهادهما": a casualty noun carrying its victim
/// as a pronoun, the result of what the sentence tells, counts one (two for the dual). Only
/// after a verb of result: "توفي متأثرا بإصابته" is no further injury.
fn pronoun_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    const STEMS: [(&str, Unit); 6] = [
        ("مقتل", Unit::Fatality),
        ("استشهاد", Unit::Fatality),
        ("وفات", Unit::Fatality),
        ("مصرع", Unit::Fatality),
        ("اصابت", Unit::Injury),
        ("جرح", Unit::Injury),
    ];
    let result_verb = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| RESULT_VERBS.contains(&r))
    };
    for i in s.first_token + 1..s.end_token {
        // Every pronoun counted (ه، ها، هما) ends in ه or ا: most tokens are passed at once.
        let token = doc.token_text(i);
        if !token.ends_with(['ه', 'ا']) {
            continue;
        }
        let found = rasd_text::proclitic_readings(token).find_map(|r| {
            STEMS.iter().find_map(|&(stem, unit)| {
                let count = match r.strip_prefix(stem)? {
                    "ه" | "ها" => 1,
                    "هما" => 2,
                    _ => return None,
                };
                Some((stem, unit, count))
            })
        });
        let Some((stem, unit, count)) = found else {
            continue;
        };
        let verb = match doc.token_text(i - 1) {
            "الي" | "عن" if i - 1 > s.first_token => i - 2,
            _ => i - 1,
        };
        if !result_verb(verb) || out.iter().any(|q| q.unit == unit) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: count,
                qualifier: None,
                unit,
                kind: Some(stem.to_string()),
                target: None,
                span: doc.orig_span(i, i + 1),
            },
        );
    }
}

/// Tokens from a toll word ("حصيلة"، "عدد") to the "إلى" of the count it rose to.
const TOLL_REACH: usize = 12;
/// Tokens before a toll word within which a verb of bringing the total to stands ("ليرتفع
/// بذلك عدد").
const TOLL_VERB_REACH: usize = 3;

/// A toll risen to the number at `first`: "ارتفعت حصيلة قتلى القصف إلى"، "وصل عدد الجرحى
/// إلى" (role toll, a few words before the "إلى" just before the number).
fn toll_word(doc: &Doc, s: &Sentence, first: usize) -> Option<Hit> {
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
fn running_total(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> bool {
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
    matches!(key, "verb" | "act")
}

/// A word with the conjunction "و" before it ("والجرحى"), where its lexicon form has none.
fn conjoined(doc: &Doc, h: Hit) -> bool {
    doc.token_text(h.first).starts_with('و') && !doc.lex.entry(h).form.starts_with('و')
}

/// The casualty unit a toll counts: "حصيلة قتلى"، or "عدد الجنود الذين أصيبوا"; in a list of
/// tolls, the noun right before the "إلى" ("عدد الشهداء إلى 5 والجرحى إلى 15").
fn toll_unit(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> Option<Unit> {
    let listed = |cat: Category| {
        doc.hits_in(s, cat)
            .any(|h| h.end + 1 == first && h.first > toll.end && !casualty_verb(doc.key(h)))
    };
    let counts = |cat: Category| {
        doc.hits_in(s, cat).any(|h| {
            (h.first == toll.end && !casualty_verb(doc.key(h)))
                || (h.first > toll.end
                    && h.end < first
                    && doc.key(h) == "verb"
                    && matches!(doc.token_text(h.first - 1), "الذين" | "اللذين" | "اللواتي"))
        })
    };
    casualty_unit_where(listed).or_else(|| casualty_unit_where(counts))
}

/// The casualty categories with their units, dead before wounded.
const CASUALTY_UNITS: [(Category, Unit); 2] = [
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

/// "وأكد مراسل بلدي نيوز إصابة طفلين"، "قال طبيب إن …": the noun right after a verb of saying
/// is who speaks, not a casualty.
fn speaker(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    role_ending_at(doc, s, v.first) == Some("say")
}

/// Words from an arrest word to the people it took, over the side that took them.
const DETAINED_REACH: usize = 4;

/// "اعتقلت قوات النظام شابين"، "اعتقال مواطن": people named just after an arrest word, in the
/// same clause, are the detained, counted by the noun like casualties.
fn detained(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    doc.hits_in(s, Category::Trigger).any(|t| {
        doc.key(t) == "arrest"
            && t.end <= v.first
            && v.first - t.end <= DETAINED_REACH
            && !doc.marks_between(t.end, v.first, &[',', '،', '.', '؛'])
    })
}

/// "وإصابة 7 آخرين، إصابة اثنين منهم خطيرة": a number followed by "of them" counts part of
/// the count before it.
fn of_them_after(doc: &Doc, s: &Sentence, end: usize) -> bool {
    end < s.end_token && matches!(doc.token_text(end), "منهم" | "منهن" | "منهما")
}

/// "بينهم طفلان"، "من بينهم 3 نساء"، "بينهم طفل و3 نساء"، "أحدهما طفل"، "including two children"،
/// "3 آخرون (طفلة وشابان)": a breakdown of the count before it, not a further count. Looks back
/// over a short run of the same clause (no comma or full stop between).
fn among_before(doc: &Doc, s: &Sentence, first: usize) -> bool {
    const REACH: usize = 3;
    let is_among = |i: usize| {
        matches!(
            doc.token_text(i),
            "بينهم"
                | "بينهن"
                | "بينهما"
                | "منهم"
                | "منهن"
                | "منهما"
                | "احدهما"
                | "احداهما"
                | "احدهم"
                | "احداهن"
                | "among"
                | "including"
        )
    };
    // A parenthesis right after those counted ("3 مدنيين (رجل وزوجته)"), not after a word of
    // dying ("مقتل (5) مدنيين").
    let after_count = |open: usize| {
        doc.hit_ending_at(s, Category::Victim, open).is_some()
            || doc.numbers.iter().any(|n| n.end_token == open)
    };
    let mut i = first;
    for _ in 0..REACH {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if doc.gap_before(i).contains('(') {
            return after_count(i);
        }
        // Past a closing one, the words are outside it ("وابنه (طفل) وأصيبت زوجته").
        if doc.gap_before(i).contains(')') {
            return false;
        }
        if doc.gap_before(i).contains([',', '،', '.', '؛', ';']) {
            return false;
        }
        if is_among(p) {
            return true;
        }
        i = p;
    }
    false
}

/// "الدفاع المدني", "المجلس العسكري": a definite victim word right after a definite noun
/// is that noun's adjective, not a person (a day is no such noun: "توفي اليوم الإثنين الحاج").
fn modifies_definite_noun(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    let definite = |i: usize| {
        let t = doc.token_text(i);
        ["ال", "وال", "فال", "بال", "كال", "لل"]
            .iter()
            .any(|p| t.starts_with(p))
    };
    if v.first == 0 || !definite(v.first) || !definite(v.first - 1) || doc.in_time(v.first - 1) {
        return false;
    }
    let casualty_word = [Category::Victim, Category::Fatality, Category::Injury]
        .into_iter()
        .any(|cat| doc.hit_ending_at(s, cat, v.first).is_some());
    !casualty_word
}

/// "في سياق آخر أصيب…"، "من جهة أخرى": "another" after a noun that counts no one is that
/// noun's adjective, not another victim ("وأصيب آخر"، "مدنيين آخرين" still count).
fn other_of_a_thing(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    if doc.key(v) != "other" || v.first <= s.first_token {
        return false;
    }
    let before = doc.token_text(v.first - 1);
    let counted = before.chars().all(|c| c.is_ascii_digit())
        || [Category::Victim, Category::Fatality, Category::Injury]
            .into_iter()
            .any(|cat| doc.hit_ending_at(s, cat, v.first).is_some());
    !counted && !doc.gap_before(v.first).contains([',', '،', '.'])
}

/// What a victim noun counts by itself: "امرأة" 1, "طفلان"/"طفليه" 2, "أطفال" nothing.
pub(crate) fn victim_noun_count(doc: &Doc, v: Hit) -> Option<u64> {
    if doc.is_marked_dual(v.end - 1) {
        Some(2)
    } else {
        noun_count(doc.token_text(v.first), &doc.lex.entry(v).form, doc.key(v))
    }
}

/// The victim nouns from `victims[from]` on that are joined by "و" or "and" to what ends at
/// `end` ("امرأة وطفلها", "a woman and her child"), while `accept` holds: their total count
/// (None when one of them gives no count), the token after the last, and the index of the
/// first victim not taken.
pub(crate) fn coordinated_victims(
    doc: &Doc,
    victims: &[Hit],
    from: usize,
    mut end: usize,
    accept: &dyn Fn(Hit) -> bool,
) -> (Option<u64>, usize, usize) {
    let mut count = 0u64;
    let mut j = from;
    while let Some(&w) = victims.get(j) {
        let joined = w.first == end || named_gap(doc, end, w.first);
        let and_english = end < w.first
            && doc.token_text(end) == "and"
            && (w.first == end + 1
                || w.first == end + 2
                    && matches!(
                        doc.token_text(end + 1),
                        "his" | "her" | "their" | "a" | "an"
                    ));
        if !(joined && doc.token_text(w.first).starts_with('و') || and_english) || !accept(w) {
            break;
        }
        let Some(c) = victim_noun_count(doc, w) else {
            return (None, end, j);
        };
        count += c;
        end = w.end;
        j += 1;
    }
    (Some(count), end, j)
}

/// "الشاب أحمد والطفل محمد": up to three words of a name between two joined victims, with
/// no punctuation, digit or lexicon word among them.
fn named_gap(doc: &Doc, from: usize, to: usize) -> bool {
    if to <= from || to - from > 3 {
        return false;
    }
    let (Some(a), Some(b)) = (doc.tokens.get(from), doc.tokens.get(to)) else {
        return false;
    };
    let between = doc
        .norm
        .text
        .get(a.start as usize..b.start as usize)
        .unwrap_or("");
    let plain = between
        .chars()
        .all(|c| c == ' ' || (rasd_text::is_word_char(c) && !c.is_ascii_digit()));
    plain && !doc.hits.iter().any(|h| h.first >= from && h.first < to)
}

/// Whether the number two, as a word, follows at token `at` ("مواطنين اثنين").
fn number_after_is_two(doc: &Doc, at: usize) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.first_token == at && n.value == 2 && !in_digits(doc, at))
}

/// Whether token `i` is written in digits ("3", "12جريحا" split), not in words.
fn in_digits(doc: &Doc, i: usize) -> bool {
    doc.token_text(i).starts_with(|c: char| c.is_ascii_digit())
}

/// "سقوط شهيد"، "شهيدين وخمسة جرحى": a singular casualty noun with no number before it is
/// one, a dual two.
fn singular_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for (cat, unit) in CASUALTY_UNITS {
        if out.iter().any(|q| q.unit == unit) {
            continue;
        }
        let count = |h: &Hit| match doc.key(*h) {
            "one" => 1,
            "two" => 2,
            _ => 0,
        };
        if let Some(h) = doc.hits_in(s, cat).find(|h| {
            count(h) > 0
                && !counted_by_number(doc, *h)
                && !namesake(doc, s, *h)
                && !between_dead_and_wounded(doc, s, *h)
        }) {
            push_quantity(
                out,
                Quantity {
                    value: count(&h),
                    qualifier: None,
                    unit,
                    kind: Some(doc.lex.entry(h).form.clone()),
                    target: None,
                    span: doc.orig_span(h.first, h.end),
                },
            );
        }
    }
}

/// "مقتل أميركي وإصابة 6 آخرين": a nationality right after a word of death or injury, and
/// right before "and" another such word that counts "others", is one person of that side.
/// Elsewhere the word may be an adjective or a name ("مقتل تركي الحلبي"), and counts nothing.
fn nationals_before_others(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    let others_after = |from: usize| {
        doc.casualty_hits(s)
            .any(|c| c.first == from && doc.token_text(from).starts_with('و'))
            && (from..s.end_token).any(|i| {
                matches!(
                    rasd_text::strip_proclitics(doc.token_text(i)),
                    "اخرين" | "اخرون"
                )
            })
    };
    for (cat, unit) in CASUALTY_UNITS {
        let national = doc
            .hits_in(s, cat)
            .filter(|h| casualty_verb(doc.key(*h)))
            .find_map(|h| {
                let side = doc
                    .hits_between(h.end, h.end + 1, Category::Actor)
                    .find(|a| a.end == h.end + 1)?;
                let word = doc.token_text(side.first);
                (word.ends_with('ي') && !is_definite(word) && others_after(side.end))
                    .then_some(side)
            });
        if let Some(side) = national {
            push_quantity(
                out,
                Quantity {
                    value: 1,
                    qualifier: None,
                    unit,
                    kind: Some(rasd_text::strip_proclitics(doc.token_text(side.first)).to_string()),
                    target: Some(doc.key(side).to_string()),
                    span: doc.orig_span(side.first, side.end),
                },
            );
        }
    }
}

/// "15 مدنياً بين قتيل وجريح": after "بين", a dead and a wounded name the two kinds a count
/// is split into, not one of each.
fn between_dead_and_wounded(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let first_of_pair = doc
        .casualty_hits(s)
        .find(|p| p.end == h.first && doc.token_text(h.first).starts_with('و'))
        .map_or(h.first, |p| p.first);
    first_of_pair > s.first_token && doc.token_text(first_of_pair - 1) == "بين"
}

/// "مشفى الشهيدة ليكرين"، "مدرسة الشهيد باسل": a definite casualty noun just after a
/// facility noun is part of the facility's name.
fn namesake(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    // In construct the facility noun has no article: "اللواء الشهيد" is a rank, not a brigade.
    let definite = |i: usize| is_definite(doc.token_text(i));
    definite(h.first)
        && doc.hits_in(s, Category::Role).any(|r| {
            r.end == h.first && matches!(doc.key(r), "namesake" | "care") && !definite(r.end - 1)
        })
}

/// Whether a number ends at most two words before `h` ("3 شهداء"، "5 من الجرحى"): then the
/// noun's own count (singular one, dual two) is not what it counts.
fn counted_by_number(doc: &Doc, h: Hit) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.end_token <= h.first && h.first - n.end_token <= 2)
}

/// "استهدفت بصاروخين"، "دخلت مدرعتان": a dual unit noun with no number before it counts two.
fn dual_units(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for h in doc.hits_in(s, Category::Unit) {
        let Some(base) = doc.key(h).strip_suffix(":2").and_then(unit_of) else {
            continue;
        };
        if counted_by_number(doc, h) || out.iter().any(|q| q.unit == base) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: 2,
                qualifier: None,
                unit: base,
                kind: Some(doc.lex.entry(h).form.clone()),
                target: None,
                span: doc.orig_span(h.first, h.end),
            },
        );
    }
}

fn push_quantity(out: &mut Vec<Quantity>, q: Quantity) {
    if !out
        .iter()
        .any(|o| o.unit == q.unit && o.value == q.value && o.target == q.target)
    {
        out.push(q);
    }
}

/// A four-digit number that reads as a year (2021), with no counted noun after it.
fn looks_like_year(doc: &Doc, n: &rasd_text::NumberMention) -> bool {
    (1900..=2100).contains(&n.value) && doc.token_text(n.first_token).len() == 4
}

/// "civilian" of a victim key "civilian:2".
pub(crate) fn victim_class(key: &str) -> &str {
    key.split_once(':').map_or(key, |(class, _)| class)
}

/// Singular nouns count one, duals two; plurals give no count. A key "civilian:N" states
/// the count of a form whose endings mislead (طفليه, his two children); "civilian:many" marks
/// a plural that looks like a dual or a singular (شبان، رجال).
fn noun_count(token: &str, form: &str, key: &str) -> Option<u64> {
    if let Some((_, n)) = key.split_once(':') {
        return n.parse().ok();
    }
    let bare = rasd_text::strip_proclitics(token);
    let base = rasd_text::strip_article(form);
    // A dual with a pronoun: "طفليه" (his two children), "طفليها".
    if ["يه", "يها", "يهما", "يهم"]
        .iter()
        .any(|suffix| bare.strip_suffix(suffix) == Some(base))
    {
        return Some(2);
    }
    // English plurals ("civilians") give no count of their own.
    if bare.is_ascii() && bare.ends_with('s') {
        return None;
    }
    // Plural "others" are counted only by a number before them.
    if matches!(bare, "اخرين" | "اخرون" | "اخريات") {
        return None;
    }
    if bare.ends_with("ان")
        || (bare.ends_with("ين")
            && !base.ends_with("ين")
            && !base.ends_with('ي')
            && bare.chars().count() > base.chars().count())
    {
        return Some(2);
    }
    // Broken plurals, also in the accusative ("من المصابين أشخاصاً").
    let plural = bare.strip_suffix('ا').unwrap_or(bare);
    if bare.ends_with("ين")
        || bare.ends_with("ون")
        || bare.starts_with("اطفال")
        || bare == "نساء"
        || matches!(plural, "اشخاص" | "عناصر" | "جنود" | "عمال" | "رعاه")
        || matches!(bare, "جامعي" | "جامعو")
    {
        return None;
    }
    Some(1)
}

pub(crate) fn victim_target(doc: &Doc, v: Hit) -> Option<String> {
    match victim_class(doc.key(v)) {
        "civilian" => Some("CIVILIANS".to_string()),
        _ => None,
    }
}

/// For vehicles, the model named right after ("آلية عسكرية نوع هامفي") is the better kind.
fn better_kind(doc: &Doc, s: &Sentence, u: Hit) -> String {
    let base = doc.lex.entry(u);
    if base.key == "vehicle"
        && let Some(m) = doc
            .hits_in(s, Category::Unit)
            .find(|h| h.first > u.first && h.first <= u.end + 3 && doc.key(*h) == "vehicle")
    {
        return doc.lex.entry(m).form.clone();
    }
    base.form.clone()
}

/// Words from a denial to the casualties it denies ("نفت مصادر ما تداولته بعض وسائل الإعلام
/// عن مقتل 3 عناصر").
const DENIAL_REACH: usize = 10;

/// A casualty word a denial governs ("تنفي استشهاد 3 عناصر"): no event word between them.
/// "نفت قسد مسؤوليتها عن القصف الذي أدى لمقتل مدنيين" denies the shelling, not the dead.
fn denied(doc: &Doc, s: &Sentence, casualty: Hit) -> bool {
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
                || (h.first > trig.first
                    && matches!(doc.key(*h), "suspected" | "historical")
                    && h.first <= trig.end + 4)
        })
        .filter(|h| h.first != trig.first)
        .filter(|h| !doc.key(*h).ends_with(":genitive") || anniversary_of(doc, s, *h, trig))
        .min_by_key(|h| h.first.abs_diff(trig.first))
        .and_then(|h| Modality::from_cue_key(doc.key(h)))
        .unwrap_or(Modality::Reported)
}
