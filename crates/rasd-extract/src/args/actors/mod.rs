//! Who did it, with whom, and to whom: the sides around a trigger.

use super::*;

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

/// "استهدفت قسد خلايا التنظيم": a side whose name begins with a target word ("خلايا"), past
/// the trigger's subject, is what was struck; not right after the verb, its subject ("هاجمت
/// خلايا داعش حاجزاً"), nor owned by the attack ("بهجوم لخلايا داعش") or named in a role of its
/// own ("من قبل خلايا داعش").
fn begins_with_target_word(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    !doc.token_text(h.first).starts_with('ل')
        && role_before(doc, s, h).is_none()
        && doc
            .hits_in(s, Category::Role)
            .any(|r| r.first == h.first && r.end < h.end && doc.key(r) == "target")
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
    let casualty_before = |at: usize| {
        doc.casualties_ending_before(s, at, CASUALTY_GROUP_REACH)
            .next()
            .is_some()
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
    // "عناصر من قوات النظام", "عنصرا من قسد": members of X are victims, not agents; unless
    // the victims come right after them, as the object ("أعدم عناصر من قسد ثلاثة مدنيين").
    if h.first >= 2 && doc.token_text(h.first - 1) == "من" {
        let before = h.first - 1;
        let object_after = doc.hits_in(s, Category::Victim).any(|v| {
            (h.end..=h.end + 1).contains(&v.first) && !doc.token_text(h.end).starts_with('و')
        });
        return !object_after
            && doc
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
pub(super) fn role_ending_at<'l>(doc: &'l Doc, s: &Sentence, end: usize) -> Option<&'l str> {
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
pub(super) fn named_as_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
/// The bare noun "سيطرة" only with a pronoun of the place after the side ([`taken_place_after`]):
/// "بعد سيطرة قسد على …" tells who took it. The patron
/// of a holder ("لسيطرة الفصائل التابعة لتركيا") describes the place too.
fn holds_the_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    if let Some(named) = alias_of(doc, s, h) {
        return holds_the_place(doc, s, named);
    }
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
            let pronoun =
                h.first > s.first_token && PLACE_PRONOUNS.contains(&doc.token_text(h.first - 1));
            pronoun
                .then(|| doc.hit_ending_at(s, Category::Control, h.first - 1))
                .flatten()
        })
    else {
        return false;
    };
    let entry = doc.lex.entry(c);
    match entry.key.as_str() {
        "held_by" => entry.form != "سيطره" || taken_place_after(doc, s, h),
        "hold" => c.end < h.first,
        _ => false,
    }
}

/// "مدينة مورك المحررة بعد سيطرة فصائل الثورة عليها": the taking of a place named before, by
/// its pronoun right after the side, describes that place.
fn taken_place_after(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    // Over words of the side's name its entry leaves out ("فصائل الثورة السورية").
    let reach = (h.end + TAKEN_PLACE_REACH + 1).min(s.end_token);
    (h.end..reach)
        .take_while(|&i| !doc.marks_between(i, i, &CLAUSE_MARKS))
        .any(|i| PLACE_PRONOUNS.contains(&doc.token_text(i)))
}

/// Words between a side and the pronoun of the place it took.
const TAKEN_PLACE_REACH: usize = 2;

/// Words from a side to the words that give its other name.
const ALIAS_REACH: usize = 4;

/// "سيطرة فصائل الثورة عليها تحت مسمى إدارة العمليات العسكرية": the side a name after "تحت
/// مسمى"، "تحت اسم" or "باسم" is another name of.
fn alias_of(doc: &Doc, s: &Sentence, h: Hit) -> Option<Hit> {
    let at = h.first;
    let before = |k: usize| (at >= s.first_token + k).then(|| doc.token_text(at - k));
    let words = match (before(2), before(1)?) {
        (Some("تحت"), "مسمي" | "اسم") => 2,
        (_, "باسم") => 1,
        _ => return None,
    };
    let from = at - words;
    doc.hits_in(s, Category::Actor)
        .filter(|a| a.end <= from && from - a.end <= ALIAS_REACH)
        .last()
        .filter(|a| !doc.marks_between(a.end, from, &CLAUSE_MARKS))
}

/// "على" with a pronoun: the place a holder holds, named before.
const PLACE_PRONOUNS: [&str; 4] = ["عليها", "عليه", "عليهم", "عليهما"];

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
fn condemner(condemning: Option<Hit>, h: Hit) -> bool {
    condemning
        .is_some_and(|c| h.end <= c.first || (c.end..=c.end + CONDEMNER_REACH).contains(&h.first))
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
    let condemning = condemned(doc, s, trig);
    for &h in &hits {
        if named_as_place(doc, s, h)
            || in_clause_after(doc, s, trig, h)
            || (h.end <= trig.first && condemner(condemning, h))
        {
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
        // Unknown gunmen named as the source ("الهجوم الذي شنه مسلحون") are the agent too: no
        // side named nearer takes their place.
        let source = is_source(doc, s, h) && source_of(doc, s, trig, h);
        let key = doc.key(h);
        if ((inside || named_weapon || source) && crate::model::named_side(key))
            || (source && key == "UNKNOWN")
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
                || (h.first > trig.end && begins_with_target_word(doc, s, h))
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

/// "سيطرت القوات المهاجمة على الحاجز، بينما فرّ مقاتلو قسد": a side named after the trigger
/// beyond a comma and a word opening another clause (فيما، بينما، في حين) does something else
/// there, even when that clause names no event of its own; unless the clause goes on with the
/// event's toll ("قتل تسعة، بينما أصيب 61 في مجزرة ارتكبتها الطائرات الروسية") or the side
/// tells of it ("، بينما زعم الجيش الإسرائيلي أن القصف استهدف مستودعاً").
fn in_clause_after(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> bool {
    let tells = said_between(doc, h.end, h.end + 2);
    let opener = (trig.end..=h.first)
        .find(|&i| doc.gap_before(i).contains([',', '،']) && crate::clause::contrast_word(doc, i));
    let toll_in_it = |from: usize| {
        doc.casualty_hits(s)
            .any(|c| c.first >= from && c.first < h.first)
    };
    !tells && opener.is_some_and(|from| !toll_in_it(from))
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
pub(super) fn coordinated(doc: &Doc, end: usize, next: Hit) -> bool {
    next.first == end && doc.token_text(next.first).starts_with('و')
        || next.first == end + 1 && matches!(doc.token_text(end), "مع" | "و" | "and")
}

/// The first actor of the coordination `h` belongs to.
pub(super) fn chain_head(doc: &Doc, s: &Sentence, hits: &[Hit], mut h: Hit) -> Hit {
    while let Some(&prev) = hits
        .iter()
        .find(|p| p.end <= h.first && coordinated(doc, p.end, h) && !is_target(doc, s, **p))
    {
        h = prev;
    }
    h
}
