//! The role word before a side (over force nouns and adjectives), and the sides that name
//! or hold a place: a capital used as the place, the holder of a place, another name.

use super::*;

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
pub(super) fn is_belonging(token: &str) -> bool {
    matches!(
        token,
        "تابعه"
            | "التابعه"
            | "تابع"
            | "التابع"
            | "تابعا"
            | "تابعين"
            | "التابعين"
            | "تابعون"
            | "التابعون"
            | "تابعتين"
            | "التابعتين"
            | "تابعان"
            | "التابعان"
            | "تابعتان"
            | "التابعتان"
            | "تتبع"
            | "يتبع"
    )
}

/// The key of the role word that ends at token `end` ("target", "origin", "source",
/// "support").
pub(in crate::args) fn role_ending_at<'l>(
    doc: &'l Doc,
    s: &Sentence,
    end: usize,
) -> Option<&'l str> {
    (end > 0)
        .then(|| doc.hit_ending_at(s, Category::Role, end))
        .flatten()
        .map(|r| doc.key(r))
}

/// The role word right before an actor hit, over a force noun or two the actor's name does
/// not include ("على نقطة لقوات حكومة دمشق"), or the adjective of the owned noun before an
/// owner after ل ("دمر مقرا عسكريا لهيئة تحرير الشام في غارة").
pub(super) fn role_before<'l>(doc: &'l Doc, s: &Sentence, h: Hit) -> Option<&'l str> {
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
    let mut owner = lam_proclitic(name);
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
    // "بالتعاون مع وحدات من الجيش السوري": members of the side, over "من".
    let members = |k: usize| {
        rasd_text::proclitic_readings(doc.token_text(k))
            .any(|r| matches!(r, "وحدات" | "عناصر" | "قوه" | "مجموعه"))
            || force_noun(doc.token_text(k))
    };
    for _ in 0..2 {
        // The partitive "من" is no word of origin.
        if !owner && at > s.first_token + 1 && doc.token_text(at - 1) == "من" && members(at - 2) {
            at -= 2;
            continue;
        }
        if let Some(role) = role_ending_at(doc, s, at) {
            return Some(role);
        }
        // "on an SDF checkpoint", "على قوات النظام", "أوقع مجموعة لهيئة تحرير الشام", "من قبل
        // جماعة جبهة النصرة".
        let skip = |t: &str| {
            force_noun(t)
                || matches!(t, "a" | "an" | "the" | "جماعه" | "تنظيم" | "فصيل")
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
pub(super) fn past_adjective(doc: &Doc, s: &Sentence, h: Hit) -> usize {
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

/// "لقسد"، "للحكومة": a token with ل joined as a proclitic (not a word that begins with ل).
pub(super) fn lam_proclitic(token: &str) -> bool {
    token.starts_with('ل') && rasd_text::proclitic_readings(token).nth(1).is_some()
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
                | "فلول"
        )
    })
}

/// "قوات"، "عناصر من": only force nouns (and "من" after them) from `first` to `end`, the
/// words that may stand between a verb or "بين" and the side's name.
pub(crate) fn only_force_words(doc: &Doc, first: usize, end: usize) -> bool {
    (first..end).all(|i| {
        let t = doc.token_text(i);
        force_noun(t) || matches!(t, "عناصر" | "من" | "the") || english_force_word(t)
    })
}

/// "SDF fighters", "Turkish troops": a noun that names the force of the side before it.
pub(crate) fn english_force_word(token: &str) -> bool {
    matches!(
        token,
        "forces" | "fighters" | "troops" | "soldiers" | "militants" | "militiamen" | "gunmen"
    )
}

/// Words before a place name that make it where something happened (normalised: على is
/// "علي", العاصمة "عاصمه").
const LOCATIVE: [&str; 17] = [
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
    // "غارات على مبنى وسط دمشق"، "في قلب دمشق"، "في سماء دمشق"
    "وسط",
    "قلب",
    "ضواحي",
    "حول",
    "سماء",
];

/// An actor named by a place ("دمشق"، "موسكو") used as the place: "غارة على دمشق"، "بدمشق"،
/// "بالعاصمة السورية دمشق". The name speaks for a government only as a subject ("قالت دمشق").
pub(in crate::args) fn named_as_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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

/// An actor named as who holds a place ("في محافظة إدلب، والتي تسيطر عليها فصائل معارضة"،
/// "عفرين الخاضعة لسيطرة الفصائل"): it describes the place, and is neither agent nor target.
/// The bare noun "سيطرة" only with a pronoun of the place after the side ([`taken_place_after`]):
/// "بعد سيطرة قسد على …" tells who took it. The patron of a holder ("لسيطرة الفصائل التابعة
/// لتركيا") describes the place too, and so does a holder's other name ([`alias_of`]).
pub(super) fn holds_the_place(doc: &Doc, s: &Sentence, h: Hit) -> bool {
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
    let before = |k: usize| doc.token_back(s, at, k);
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
