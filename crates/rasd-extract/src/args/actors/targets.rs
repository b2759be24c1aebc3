//! What a side was struck as: the target words before it, the group of the victims, the
//! object of a verbal noun or of a weapon, what undergoes a passive; and the members and
//! convoys named before a side that make it the agent instead.

use super::*;

/// Words between a casualty word and "في <group>" naming the victims' group.
const CASUALTY_GROUP_REACH: usize = 5;

/// Actor hits marked as targets: after a target word (على، ضد، مواقع…), or the group of the
/// victims ("عناصر من X").
pub(super) fn is_target(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
pub(super) fn begins_with_target_word(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    !doc.token_text(h.first).starts_with('ل')
        && role_before(doc, s, h).is_none()
        && doc
            .hits_in(s, Category::Role)
            .any(|r| r.first == h.first && r.end < h.end && doc.key(r) == "target")
}

/// Words from a counted side to the word of its dying ("Two SDF fighters were killed").
const ENGLISH_TOLL_REACH: usize = 2;

/// Words from a force noun to the side it names ("القوات الرديفة للجيش").
const FORCE_HEAD_REACH: usize = 2;

/// "مقتل رئيس وحدة تحويل الأموال في حزب الله"، "قتل 4 عناصر في هيئة تحرير الشام"، "عناصر من
/// قوات النظام": the group of the dead or of the members named, not who acted on them.
pub(super) fn group_of_victims(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
    let named_at = h.first;
    let h = Hit { first, ..h };
    let casualty_before = |at: usize| {
        doc.casualties_ending_before(s, at, CASUALTY_GROUP_REACH)
            .next()
            .is_some()
    };
    // "مقتل جندي أمريكي"، "مقتل أميركي وإصابة 6 آخرين": the side named right after the
    // victims of a word of death or injury (also a force noun counted as victims: "أصيب
    // ثلاثة جنود أمريكيين"), or right after its verbal noun or plural ("قتلى قسد"), is who
    // they were ("مسؤول عسكري أميركي" alone tells of no victim).
    if h.first > s.first_token {
        // People counted as a unit are victims too ("استشهاد عدد من العسكريين ومستشارين إيرانيين").
        let people = |at: usize| {
            doc.hit_ending_at(s, Category::Victim, at).or_else(|| {
                doc.hit_ending_at(s, Category::Unit, at)
                    .filter(|u| doc.key(*u) == "personnel")
            })
        };
        // "killing two members of the (Turkish-backed) Syrian National Army": English names
        // them before "of".
        let lead = english_epithet_before(doc, s, h.first).unwrap_or(h.first);
        let of = match (doc.token_back(s, lead, 2), doc.token_back(s, lead, 1)) {
            (_, Some("of")) => Some(lead - 1),
            (Some("of"), Some("the")) => Some(lead - 2),
            _ => None,
        };
        let told_victim = [Some(h.first), Some(named_at), of]
            .into_iter()
            .flatten()
            .any(|at| people(at).is_some_and(|v| casualty_before(v.first)));
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
    // "Two Syrian soldiers were killed"، "three SDF fighters wounded": a side counted by a
    // number, with a word of death or injury right after it (or after its force noun).
    // "killing two SNA fighters": or its people right after it, after a word of death.
    let counted = doc.counted_at(h.first);
    let people_after = || {
        doc.hits_in(s, Category::Victim)
            .any(|v| v.first == h.end && doc.token_text(v.first).is_ascii())
    };
    if counted
        && (doc
            .casualty_hits(s)
            .any(|c| c.first >= h.end && c.first - h.end <= ENGLISH_TOLL_REACH)
            || (people_after() && casualty_before(h.first)))
    {
        return true;
    }
    // "عناصر من قوات النظام", "عنصرا من قسد": members of X are victims, not agents; unless
    // the victims come right after them, as the object ("أعدم عناصر من قسد ثلاثة مدنيين").
    if h.first >= 2 && doc.token_text(h.first - 1) == "من" {
        let before = h.first - 1;
        let object_after = doc.hits_in(s, Category::Victim).any(|v| {
            (h.end..=h.end + 1).contains(&v.first) && !doc.token_text(h.end).starts_with('و')
        });
        // "شهداء وجرحى من الجيش السوري": so are the dead and wounded of X.
        let dead_of = doc
            .casualty_hits(s)
            .any(|c| c.end == before && doc.key(c) == "noun");
        return !object_after
            && (dead_of
                || doc
                    .hits_in(s, Category::Victim)
                    .chain(doc.hits_in(s, Category::Unit))
                    .any(|v| v.end == before));
    }
    // "قتل شخص مجهول الهوية يعتقد تبعيته لتنظيم حراس الدين": the group a victim is said to
    // belong to.
    roles_within(doc, s, "member", h.first, MEMBER_REACH).any(|r| casualty_before(r.first))
}

/// "أقدم عناصر من قسد على اعتقال"، "شن عناصر داعش هجوما": members of a side named before
/// the act are who did it, unless someone was killed or hurt before it ("قتل 3 عناصر من قوات
/// النظام بهجوم"، "عناصر من قسد قتلوا بهجوم"); so are members right after an assault noun
/// ("هجوم عناصر من داعش").
pub(super) fn members_acting(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
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

/// A word for a convoy or reinforcements, read without its clitics ("رتل"، "قافله").
pub(crate) fn convoy_noun(reading: &str) -> bool {
    matches!(reading, "رتل" | "رتلا" | "ارتال" | "قافله" | "تعزيزات")
}

/// "دخل رتل أمريكي"، "رتل لقوات التحالف يصل"، "دخل رتل عسكري تابع للقوات التركية"، "انسحبت
/// آليات تابعة لقسد": with a word of moving forces, the convoy or vehicles named before a side
/// are that side's, not a convoy struck (the role target "رتل" of a strike). Civilians'
/// convoys stay what was struck.
pub(super) fn convoy_of_mover(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
    let moving = matches!(
        doc.key(trig).split(':').next(),
        Some("deployment" | "withdrawal")
    );
    let convoy = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| {
            convoy_noun(r)
                || matches!(
                    r,
                    "اليه"
                        | "اليات"
                        | "سياره"
                        | "سيارتين"
                        | "سيارات"
                        | "عربه"
                        | "عربات"
                        | "شاحنه"
                        | "شاحنتين"
                        | "شاحنات"
                        | "مدرعه"
                        | "مدرعات"
                )
        })
    };
    let mut at = past_adjective(doc, s, h);
    if at > s.first_token && matches!(doc.token_text(at - 1), "ل" | "لـ") {
        at -= 1;
    }
    if at > s.first_token && is_belonging(doc.token_text(at - 1)) {
        at -= 1;
        // "رتل عسكري ضخم تابع": the convoy's adjectives before the word of belonging
        while at > s.first_token + 1 && !convoy(at - 1) && nisba_shape(doc.token_text(at - 1), true)
        {
            at -= 1;
        }
    }
    if at > s.first_token && force_noun(doc.token_text(at - 1)) {
        at -= 1;
    }
    moving && crate::model::named_side(doc.key(h)) && at > s.first_token && convoy(at - 1)
}

/// Object pronouns a verb may carry: "التي قصفها الطيران" holds its object, and the side after
/// it is the subject.
const OBJECT_PRONOUNS: [&str; 4] = ["ه", "ها", "هم", "هما"];

/// "الهجوم الذي استهدف دورية لقسد": the verb of a relative clause right after a word of attack
/// has that attack as its subject, so the sides after it are what it struck.
pub(crate) fn relative_clause_strike(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let Some(relative) = trig.first.checked_sub(1).filter(|&k| k > s.first_token) else {
        return false;
    };
    crate::args::is_relative_pronoun(doc.token_text(relative))
        && doc
            .hit_ending_at(s, Category::Trigger, relative)
            .is_some_and(|a| crate::frame::violent_word(doc, a))
        && !OBJECT_PRONOUNS
            .iter()
            .any(|p| doc.lex.entry(trig).form.ends_with(p))
}

/// "عناصر"، "أفراد"، "دورية": members of the side named next.
fn members_noun(token: &str) -> bool {
    rasd_text::proclitic_readings(token)
        .any(|r| matches!(r, "عناصر" | "عنصر" | "افراد" | "دوريه" | "دوريات"))
}

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
pub(super) fn object_of_verbal_noun(doc: &Doc, s: &Sentence, h: Hit, trig: Hit) -> bool {
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

/// Words between a target noun and "تابعة لـ" ("مواقع عسكرية وخدمية عدة تابعة لقسد").
const BELONGING_REACH: usize = 4;

/// "استهدفت مواقع عسكرية وخدمية عدة تابعة لـ"قسد"": the actor owns what was hit. Only after a
/// target noun: "طائرة مسيرة تابعة للتحالف" is the agent's drone.
fn belongs_to_a_target(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let mut at = h.first;
    // "تابعة لمسلحي تنظيم داعش": over a force noun that carries the ل.
    let force_owner = |t: &str| t.starts_with('ل') && force_noun(t);
    if at > s.first_token
        && (matches!(doc.token_text(at - 1), "ل" | "لـ") || force_owner(doc.token_text(at - 1)))
    {
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

/// Words that make the actor a few words on the group of the people acted upon, after the
/// trigger: "اعتقلت قياديا سابقا في داعش"، "القبض على متزعم خطير لخلايا التنظيم".
const MEMBER_REACH: usize = 3;

pub(super) fn member_of(doc: &Doc, s: &Sentence, from: usize, h: Hit) -> bool {
    roles_within(doc, s, "member", h.first, MEMBER_REACH).any(|r| r.first >= from)
}

/// "استهدفت العملية مطلوبين يشتبه بانتمائهم إلى داعش، حيث اندلعت اشتباكات"، "استهدافها لقيادي
/// في تنظيم داعش عبر غارة جوية"، "تعلن اعتقال قيادي في داعش بعد تنفيذ مروحية غارة": the group
/// of a person struck or seized, named after a word of attack or arrest or marked by the "ل" of
/// an object, is acted upon, whichever trigger of the sentence tells the event.
pub(super) fn member_after_attack(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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

/// Whether the weapon right before the side `h` is a noun with its adjective, both indefinite
/// ("طائرة مسيرة"), and `h` is definite: adjectives agree in definiteness, and a possessor
/// ("طائرات التحالف"، "لطيران الاحتلال") follows its noun directly, so `h` starts the object.
/// A side marked by "لـ" says whose the weapon is ("طائرات مسيرة للاحتلال التركي").
pub(super) fn object_after_weapon(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
pub(super) fn object_after_striking_subject(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
pub(super) fn subjected_to(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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

/// Words from a threat to the side it is aimed at ("هددت تركيا بشن عملية عسكرية جديدة ضد قسد").
const THREATENED_REACH: usize = 10;

/// "هددت تركيا قسد بعملية"، "توعدت إسرائيل حزب الله برد"، "هددت بشن هجوم على قسد"، "threatened
/// … against the SDF": the side a threat is aimed at, right after the threat or after the side
/// that threatens, or after a word of aiming ("على"، "ضد") a few words on, in its clause (not
/// in what is said after "أن").
pub(crate) fn threatened(
    doc: &Doc,
    s: &Sentence,
    trig: Hit,
    speaker: Option<&str>,
) -> Option<String> {
    let limit = (trig.end + THREATENED_REACH).min(s.end_token);
    let clause_ends = (trig.end..limit)
        .find(|&i| {
            crate::args::is_complementiser(doc.token_text(i))
                || (i > trig.end && doc.gap_before(i).contains([',', '،', '.', '؛', ':']))
        })
        .unwrap_or(limit);
    let mut object_at = trig.end;
    for h in doc
        .hits_in(s, Category::Actor)
        .filter(|h| h.first >= trig.end && h.end <= clause_ends)
    {
        let key = doc.key(h);
        if Some(key) == speaker {
            object_at = h.end;
            continue;
        }
        let aimed = h.first == object_at || role_before(doc, s, h) == Some("target");
        if aimed && crate::model::named_side(key) {
            return Some(key.to_string());
        }
    }
    None
}
