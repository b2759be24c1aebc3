//! Who did it, with whom, and to whom: the sides around a trigger.

use super::*;

mod handover;
mod roles;
mod targets;
mod tellers;

pub(crate) use handover::handed_to;
pub(crate) use roles::*;
pub(crate) use targets::*;
pub(crate) use tellers::*;

/// Who did it, with whom, and to whom.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub actor1: Option<(String, Hit)>,
    pub assoc: Vec<String>,
    pub target: Option<String>,
}

/// Punctuation that ends a clause.
pub(crate) const CLAUSE_MARKS: [char; 5] = [',', '،', '.', ':', '؛'];

pub fn pick_actors(doc: &Doc, s: &Sentence, trig: Hit) -> Actors {
    let mut best: Option<(usize, Hit)> = None;
    let mut target = None;
    let hits: Vec<Hit> = doc.hits_in(s, Category::Actor).collect();
    let mut supporters: Vec<&str> = Vec::new();
    // Set once the agent is certain: later actors can still be targets or supporters.
    let mut agent_fixed = false;
    let passive = subjected_to(doc, s, trig);
    // "الهجوم الذي استهدف دورية لقسد": the sides after the verb were struck.
    let relative_clause = relative_clause_strike(doc, s, trig);
    // "إخلاء نقاط عسكرية لقسد": the owner of the posts left is who leaves them.
    let leaving = doc.key(trig).starts_with("withdrawal");
    let condemning = condemned(doc, s, trig);
    // Where the last side struck ends: a side joined to it ("الذي يستخدمه النظام
    // والإيرانيون") was struck with it.
    let mut struck_end: Option<usize> = None;
    // "سلمت قسد القرية لقوات الحكومة": the side handed a place is the agent.
    let recipient = matches!(
        doc.key(trig),
        "territory_change:handover" | "territory_change:receive"
    )
    .then(|| handed_to(doc, s, trig))
    .flatten();
    if let Some(r) = recipient {
        best = Some((0, r));
        agent_fixed = true;
    }
    for &h in &hits {
        if let Some(r) = recipient {
            if target.is_none() && handover::hands_over(trig, r, h) {
                target = Some(doc.key(h).to_string());
            }
            continue;
        }
        if doc.key(trig) == "territory_change:receive" && handover::taken_from(doc, s, trig, h) {
            target.get_or_insert_with(|| doc.key(h).to_string());
            continue;
        }
        if struck_end.is_some_and(|end| coordinated(doc, end, h)) {
            struck_end = Some(h.end);
            continue;
        }
        if named_as_place(doc, s, h)
            || in_clause_after(doc, s, trig, h)
            || (h.end <= trig.first && condemner(condemning, h))
        {
            continue;
        }
        if backer_in_epithet(doc, s, h) || gunmen_of_a_side(doc, h) {
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
        let source =
            (is_source(doc, s, h) || fired_from(doc, s, trig, h)) && source_of(doc, s, trig, h);
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
        if holds_the_place(doc, s, h)
            || teller_of_strike(doc, s, h, trig)
            || source_of_report_after(doc, s, h, trig)
        {
            continue;
        }
        // "Turkish drones struck SDF positions": after an English verb in the active voice,
        // with no "by" before it, a side is the object.
        let killed = english_killed(doc, s, h);
        let english_object =
            (h.first >= trig.end && english_active_verb(doc, trig) && !by_between(doc, trig, h))
                || killed;
        // "تعرضت القواعد الأميركية للقصف": what comes before a passive "subjected to" is hit.
        let undergoes = passive && h.end <= trig.first;
        let relative_object = relative_clause && h.first >= trig.end;
        let members_act = !passive
            && !relative_object
            && (members_acting(doc, s, h, trig) || convoy_of_mover(doc, s, h, trig));
        let member_struck = member_after_attack(doc, s, h);
        // "اشتباكات بين عناصر من قوات النظام ومسلحين": the side opening the pair fought.
        let opens_clash = doc.key(trig).starts_with("armed_clash")
            && h.first >= trig.end
            && doc.key(h) != "CIVILIANS"
            && sides_between(doc, s, h).is_some();
        if !members_act
            && !opens_clash
            && (undergoes
                || relative_object
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
            let hit_before = undergoes || member_struck || killed || group_of_victims(doc, s, h);
            if target.is_none() && (h.first >= trig.end || hit_before) {
                target = Some(doc.key(h).to_string());
            }
            // Not a pair of foes ("بين مدنيين وقسد"): civilians are struck whatever joins them.
            if doc.key(h) != "CIVILIANS" && sides_between(doc, s, h).is_none() {
                struck_end = Some(h.end);
            }
            continue;
        }
        if agent_fixed || people_of_a_side(doc, h) {
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
        // "اشتباكات بين قوات النظام وقسد": the sides of a clash are foes, not allies.
        // The side named by its members or gunmen ("ومسلحين من فلول النظام") is the foe
        // before the gunmen themselves; the dead of the first side are not its foe.
        let sides = doc
            .key(trig)
            .starts_with("armed_clash")
            .then(|| sides_between(doc, s, h).or_else(|| clashed_with(doc, s, trig, h)))
            .flatten();
        if let Some(sides) = sides {
            let named = match sides {
                Sides::Pair => joined_side(doc, s, h, h.end),
                Sides::Camps(from) | Sides::With(from) => joined_side(doc, s, h, from),
            };
            let foe = match (named, sides) {
                (Some(o), _) => {
                    let code = doc.key(o).to_string();
                    out.assoc.retain(|a| *a != code && a != "UNKNOWN");
                    Some(code)
                }
                // "clashed with unidentified gunmen": whoever is named after "with".
                (None, Sides::With(with)) => doc
                    .hits_in(s, Category::Actor)
                    .find(|o| o.first > with && o.first - with <= BETWEEN_REACH)
                    .map(|o| doc.key(o).to_string())
                    .inspect(|code| out.assoc.retain(|a| a != code)),
                (None, Sides::Pair) if !out.assoc.is_empty() => Some(out.assoc.remove(0)),
                _ => None,
            };
            // Civilians hurt in the crossfire are not the side fought.
            if let Some(foe) = foe
                && out
                    .target
                    .as_deref()
                    .is_none_or(|t| t == doc.key(h) || t == "CIVILIANS")
            {
                out.target = Some(foe);
            }
        }
        for code in supporters {
            if code != doc.key(h) && !out.assoc.iter().any(|a| a == code) {
                out.assoc.push(code.to_string());
            }
        }
    }
    out
}

/// "U.S. forces killed a senior Islamic State leader in a raid": a side after an English verb
/// of killing that names its killer, in its clause, is of those it killed, whatever word of
/// the event follows.
fn english_killed(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    doc.hits_in(s, Category::Fatality).any(|k| {
        k.end <= h.first
            && english_active_verb(doc, k)
            && crate::args::killer(doc, s, k).is_some()
            && !by_between(doc, k, h)
            && !doc.marks_between(k.end, h.first, &[',', '،', '.', '؛', ';'])
    })
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

/// "إن عدداً من المسلحين كانوا يستقلون دراجات": gunmen with the article are those a side
/// named before them sent, and "مسلحون تابعون للجيش الوطني" that side's; neither are unknown
/// ones ("اغتال مسلحون" are).
fn gunmen_of_a_side(doc: &Doc, h: Hit) -> bool {
    let owned = h.end < doc.tokens.len() && is_belonging(doc.token_text(h.end));
    doc.key(h) == "UNKNOWN"
        && h.end == h.first + 1
        && (is_definite(doc.token_text(h.first)) || owned)
}

/// Words from "بين" to the first side of a clash: force nouns ("بين عناصر من قوات النظام").
const BETWEEN_REACH: usize = 3;

/// "جنديان أمريكيان"، "مستشارين إيرانيين"، "المواطنين الأمريكيين": a side's adjective of
/// origin in the dual or plural names people of that side, who are hurt, present or
/// threatened; it names no side acting.
fn people_of_a_side(doc: &Doc, h: Hit) -> bool {
    h.end == h.first + 1 && crate::lexicon::inflected_side_adjective(&doc.lex.entry(h).form)
}

/// How "بين" names the sides of a clash.
enum Sides {
    /// "بين قوات النظام وقسد"، "between SDF fighters and …": `h` opens the pair.
    Pair,
    /// "بين قوات النظام وروسيا من جهة، والفصائل من جهة أخرى": each side has its camp, and the
    /// second opens at this token (after "جهة").
    Camps(usize),
    /// "اشتبكت قسد مع مسلحين من العشائر"، "clashed with tribal gunmen": the foe follows this
    /// token ("مع", "with").
    With(usize),
}

/// Words at most from a word of clashing to the "مع"/"with" that names its foe.
const WITH_REACH: usize = 4;

/// The "مع"/"with" after a word of clashing, over the side `h` that clashed and adjectives,
/// that names the foe ("اشتبكت قسد مع مسلحين"). Named only after it, the side is the one
/// clashed with ("اشتباكات عنيفة مع قوات النظام") and the other goes unnamed.
fn clashed_with(doc: &Doc, s: &Sentence, trig: Hit, h: Hit) -> Option<Sides> {
    let with = (trig.end..s.end_token.min(trig.end + WITH_REACH))
        .find(|&i| matches!(doc.token_text(i), "مع" | "with"))
        .filter(|&with| h.end <= with)?;
    let other_side = doc
        .hits_in(s, Category::Actor)
        .any(|a| a != h && a.first < with && a.end > trig.end);
    (!other_side && !doc.marks_between(trig.end, with, &CLAUSE_MARKS)).then_some(Sides::With(with))
}

/// Whether `h` opens the sides "بين" names, and how.
fn sides_between(doc: &Doc, s: &Sentence, h: Hit) -> Option<Sides> {
    // "between Druze gunmen and Bedouin tribes": English may name who they are before them.
    let english_epithet = |i: usize| doc.capitalised(i) && i + 1 == h.first;
    let opens = (1..=BETWEEN_REACH).any(|back| {
        doc.token_back(s, h.first, back)
            .is_some_and(|t| matches!(t, "بين" | "between"))
            && (h.first - back + 1..h.first).all(|i| side_word(doc, i) || english_epithet(i))
    });
    if !opens {
        return None;
    }
    let camp = (h.end..s.end_token.min(h.end + 8)).find(|&i| doc.token_text(i) == "جهه");
    Some(camp.map_or(Sides::Pair, |c| Sides::Camps(c + 1)))
}

/// The foe of `first` named by a side after `from` joined by "و" over its force nouns or its
/// gunmen ("ومسلحين من فلول النظام"، "والفصائل"), a few words on; more names of the first
/// side ("بين مقاتلي القبائل والعشائر وقسد") are passed over.
fn joined_side(doc: &Doc, s: &Sentence, first: Hit, from: usize) -> Option<Hit> {
    // Token `i` lies inside a name of the side `code`.
    let named = |i: usize, code: &str| {
        doc.hits_in(s, Category::Actor)
            .any(|g| doc.key(g) == code && g.first <= i && i < g.end)
    };
    // "between SDF fighters and (the) tribal fighters": English names the force after the
    // side, and joins with a word of its own.
    let from = (from..s.end_token)
        .find(|&i| !english_force_word(doc.token_text(i)))
        .unwrap_or(s.end_token);
    let (joined, from) = match (from < s.end_token).then(|| doc.token_text(from)) {
        None => (false, from),
        Some("and" | "with" | "مع") => {
            let the = from + 1 < s.end_token && doc.token_text(from + 1) == "the";
            (true, from + 1 + usize::from(the))
        }
        Some(t) => (t.starts_with('و'), from),
    };
    let o = doc
        .hits_in(s, Category::Actor)
        .find(|o| o.first >= from && doc.key(*o) != "UNKNOWN" && doc.key(*o) != doc.key(first))?;
    let between_ok = (from..o.first)
        .all(|i| named(i, "UNKNOWN") || named(i, doc.key(first)) || side_word(doc, i));
    (joined && o.first - from <= BETWEEN_REACH && between_ok).then_some(o)
}

/// A word that may stand before a side's name in a pair of foes: a force noun, or its
/// members or fighters counted by no number ("بين مقاتلين من العشائر وعناصر من قسد").
fn side_word(doc: &Doc, i: usize) -> bool {
    only_force_words(doc, i, i + 1)
        || rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "عناصر" | "مقاتلين" | "مسلحين" | "مقاتلي" | "مسلحي"))
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

/// Does `next` continue a coordination that ends at token `end` ("X وY", "X مع Y", "X and
/// the Y")?
pub(super) fn coordinated(doc: &Doc, end: usize, next: Hit) -> bool {
    let joined = doc.token_text(next.first).starts_with('و');
    next.first == end && joined
        || next.first == end + 1
            && (matches!(doc.token_text(end), "مع" | "و" | "and")
                || joined && definite_nisba(doc.token_text(end)))
        || next.first == end + 2 && doc.token_text(end) == "and" && doc.token_text(end + 1) == "the"
}

/// "السورية"، "الروسي": a definite adjective of origin, which may close a side's name past
/// its lexicon form ("قوات الحكومة السورية وقسد").
pub(crate) fn definite_nisba(token: &str) -> bool {
    is_definite(token) && nisba_shape(token, false)
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
