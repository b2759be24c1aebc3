//! Event framing: each trigger in a sentence becomes an event, typed by its lexicon key (or,
//! for a generic attack, by the instrument named nearby), with its arguments around it.

use crate::args::{
    Actors, CLAUSE_MARKS, accused, coordinated_after, hometown, is_complementiser, is_definite,
    modality, negated, nisba_shape, part_denied, pick_actors, pick_places, proposed,
    subject_of_result, victim_class,
};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{
    Event, EventType, Evidence, Modality, Place, Quantity, Span, Unit, lead_actor, same_actor_class,
};
use jiff::civil::{Date, Weekday};
use rasd_geo::Relation;

/// An event before its id and note are made.
#[derive(Debug, Clone)]
pub struct Draft {
    pub ty: EventType,
    pub actors: Actors,
    pub place: Option<Place>,
    pub date: Option<Date>,
    pub time_precision: Option<u8>,
    /// Without a date: the weekday the text names for it.
    pub weekday: Option<Weekday>,
    pub quantities: Vec<Quantity>,
    pub modality: Modality,
    pub evidence: Evidence,
    pub segment: Option<usize>,
    /// Index of the sentence in the article, for carrying context forward.
    pub sentence: usize,
    pub trigger_token: usize,
    /// The nearest word of coinciding before the trigger in its sentence ("بالتزامن مع"):
    /// what it tells is another event than anything told before that word.
    pub meanwhile_at: Option<usize>,
    pub sentence_tokens: (usize, usize),
    /// Normalised text of the time expression used, if any: two different expressions
    /// ("اليوم الخميس", "أول أمس الثلاثاء") are two occurrences even when neither resolves.
    pub time_key: Option<String>,
    /// Its time dates only it ("بعد يومين من غارات أخرى"): a sentence that continues the
    /// article's news does not take it.
    pub time_own: bool,
    /// The place is an area (a countryside, region, governorate), which may contain others.
    pub place_area: bool,
    /// The place is the whole country or a broad region of it ("سوريا"، "شمال شرقي سوريا"):
    /// it names no site, and a mention of the event at a site is the same event.
    pub place_wide: bool,
    /// Made from casualty words alone, with no attack named in the sentence.
    pub cause_unstated: bool,
    /// The trigger is a generic attack word with the article ("العدوان"، "القصف") or with no
    /// weapon named in its sentence ("وتسبب قصف الاحتلال لقرية حرمل…"): it may name again a
    /// strike told before rather than a new one, and its own type is only a default.
    pub refers_back: bool,
    /// A bombardment with no weapon in its sentence: its type is a default, and a strike on
    /// the same site told beside it may say which kind it was.
    pub untyped_strike: bool,
    /// An explosion named only as a blast ("انفجار"، "سماع صوت انفجار"), no device: beside a
    /// strike on the same site it is that strike's blast.
    pub bare_blast: bool,
    /// The trigger word itself names the kind of strike ("الغارات"، "قصف مدفعي"): told again,
    /// it is a strike of that kind.
    pub strike_word: bool,
    /// Takes no agent from the events told before it: a movement named as what a strike hit
    /// ([`struck_convoy`]), or an event whose agent is what a denial is about.
    pub own_agent_only: bool,
    /// Named again ("هذه الغارات"، "القصف آنف الذكر"): the event told before, not a new one.
    pub named_again: bool,
    /// Placed at an area and told of many sites it does not name ("على أكثر من 15 مدينة وبلدة
    /// في ريفي إدلب وحلب"، "استهدفت مدن وبلدات ريف إدلب"): no one site is its place.
    pub unnamed_sites: bool,
}

impl Draft {
    /// Whether it counts dead or wounded.
    pub(crate) fn has_toll(&self) -> bool {
        self.quantities.iter().any(|q| q.unit.is_casualty())
    }
}

/// An attack, assault or strike word with the definite article, behind any proclitics
/// ("وبالقصف"، "الهجوم"، "الغارات"): a strike already told.
fn definite_attack(doc: &Doc, trig: Hit) -> bool {
    attack_word(doc, trig) && is_definite(doc.token_text(trig.first))
}

/// Adjectives at most between a trigger and the word that says it was named before ("القصف
/// الصاروخي والمدفعي آنف الذكر").
const AFORESAID_REACH: usize = 3;

/// "هذه الغارات"، "تلك الهجمات"، "القصف الصاروخي آنف الذكر"، "the aforementioned attack": the
/// trigger names an event already told.
fn named_again(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    // "هذه التعزيزات والدفع بجنود": a trigger joined by "و" to one named again is too.
    let joined_to = doc
        .hits_in(s, Category::Trigger)
        .take_while(|h| h.first < trig.first)
        .last()
        .filter(|h| h.end + 1 >= trig.first && doc.token_text(trig.first).starts_with('و'));
    if let Some(before) = joined_to
        && named_directly(doc, s, before)
    {
        return true;
    }
    named_directly(doc, s, trig)
}

fn named_directly(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let role_is = |h: Hit, key: &str| doc.key(h) == key;
    let noun = doc.token_text(trig.first);
    if let Some(before) = doc.hit_ending_at(s, Category::Role, trig.first) {
        // "ذلك بالقصف" is "that was by shelling": the demonstrative must point at the noun,
        // and agree with it ("بما في ذلك الهجمات" is "including the attacks").
        let pointed = noun.starts_with("ال") || noun.is_ascii();
        let agrees = match doc.key(before) {
            "this" => true,
            "this:masculine" => !noun.ends_with("ات"),
            _ => false,
        };
        if (agrees && pointed) || role_is(before, "aforesaid") {
            return true;
        }
    }
    // "بتفجير المنزل المذكور": the word agrees with the noun just before it, here the house.
    if !(is_definite(noun) || noun.is_ascii()) {
        return false;
    }
    let reach = (trig.end + AFORESAID_REACH + 1).min(s.end_token);
    let Some(after) = doc
        .hits_in(s, Category::Role)
        .find(|h| h.first >= trig.end && h.first < reach && role_is(*h, "aforesaid"))
    else {
        return false;
    };
    (trig.end..after.first).all(|i| {
        let adjective = doc.token_text(i);
        is_definite(adjective) && nisba_shape(adjective, false)
    })
}

/// A word of attack: generic ("استهدف"، "هجوم") or naming its kind ("غارة"، "قصف مدفعي").
pub(crate) fn attack_word(doc: &Doc, h: Hit) -> bool {
    generic_attack(doc, h) || strike_word(doc, h)
}

/// A word naming a kind of strike ("الغارات"، "قصف مدفعي").
fn strike_word(doc: &Doc, h: Hit) -> bool {
    matches!(doc.key(h), "air_strike" | "shelling")
}

/// "سماع صوت انفجار": the sentence's explosion words name only a blast, no device (a mine,
/// "انفجرت عبوة ناسفة").
fn bare_blast(doc: &Doc, s: &Sentence) -> bool {
    doc.hits_in(s, Category::Trigger)
        .filter(|&h| parse_key(doc.key(h)).0 == Some(EventType::Explosion))
        .all(|h| {
            matches!(
                doc.lex.entry(h).form.as_str(),
                "انفجار" | "انفجر" | "انفجرت" | "explosion"
            )
        })
}

/// A generic attack or assault word ("استهدف"، "هجوم"), which names no kind of strike itself.
fn generic_attack(doc: &Doc, h: Hit) -> bool {
    matches!(doc.key(h), "attack" | "assault")
}

/// "عملية أمنية استهدفت إلقاء القبض على …": aimed at an arrest, no strike.
fn aims_at_arrest(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Trigger)
        .any(|h| h.first == trig.end && parse_key(doc.key(h)).0 == Some(EventType::Arrest))
}

/// A trigger key: an event type (or `attack`, `assault`) and an optional flag after `:`
/// (`weak`: needs support; `site`, `until`, `siege`, `confront`: needs its own context;
/// events.tsv says which).
fn parse_key(key: &str) -> (Option<EventType>, Option<&str>) {
    match key.split_once(':') {
        Some((t, flag)) => (EventType::from_code(t), Some(flag)),
        None => (EventType::from_code(key), None),
    }
}

/// The type of a generic attack from the instrument nearest to it in the sentence; not one
/// named after "ردا على" past it, the weapons of the attack it answered ("أغارت … ردا على
/// صواريخ أطلقت").
fn attack_type(doc: &Doc, s: &Sentence, trig: Hit) -> Option<EventType> {
    let answered = |h: &Hit| {
        (trig.end..h.first.saturating_sub(1))
            .any(|i| doc.token_text(i) == "ردا" && doc.token_text(i + 1) == "علي")
    };
    let inst = doc
        .hits_in(s, Category::Instrument)
        .filter(|h| !answered(h))
        .min_by_key(|h| h.first.abs_diff(trig.first) * 2 + usize::from(h.first < trig.first))?;
    Some(match doc.key(inst) {
        "air" => EventType::AirStrike,
        "ground" => EventType::Shelling,
        "explosive" => EventType::Explosion,
        _ => EventType::AttackOnCivilians,
    })
}

/// Protesters are the actor of a protest; the authority they protest against is its target.
fn protest_roles(doc: &Doc, s: &Sentence, actors: &mut Actors) {
    let named = actors.actor1.take();
    let civilians = doc
        .hits_in(s, Category::Actor)
        .find(|h| matches!(doc.key(*h), "CIVILIANS" | "TRIBAL"));
    match (civilians, named) {
        (Some(h), named) => {
            actors.actor1 = Some((doc.key(h).to_string(), h));
            if actors.target.as_deref() == Some(doc.key(h)) {
                actors.target = None;
            }
            // "تصدى الأهالي لرتل أمريكي": the side stood up to, wherever it is named.
            let other = named
                .map(|(code, _)| code)
                .filter(|c| c != doc.key(h))
                .or_else(|| {
                    doc.hits_in(s, Category::Actor)
                        .map(|a| doc.key(a))
                        .find(|c| !matches!(*c, "CIVILIANS" | "TRIBAL" | "UNKNOWN"))
                        .map(str::to_string)
                });
            if let Some(code) = other {
                actors.target.get_or_insert(code);
            }
        }
        (None, Some((code, h))) if matches!(code.as_str(), "SDF" | "TRIBAL" | "OPP") => {
            actors.actor1 = Some((code, h));
        }
        (None, Some((code, _))) => {
            actors.target.get_or_insert(code);
        }
        (None, None) => {}
    }
    actors.assoc.clear();
}

/// The kind of strike an article's weapons point to most often.
fn article_weapon(doc: &Doc, side: Option<&str>) -> Option<EventType> {
    // The weapons named beside the same side first ("عدوان جوي إسرائيلي" over the mortars
    // fired at Israel): failing any, every weapon the article names.
    let beside_side = |h: &Hit| {
        side.is_some_and(|code| {
            doc.hits_between(
                h.first.saturating_sub(SIDE_WEAPON_REACH),
                h.end + SIDE_WEAPON_REACH,
                Category::Actor,
            )
            .any(|a| doc.key(a) == code)
        })
    };
    let count = |only_beside: bool| {
        let (mut air, mut ground) = (0usize, 0usize);
        for h in &doc.hits {
            if doc.lex.entry(*h).category != Category::Instrument
                || (only_beside && !beside_side(h))
            {
                continue;
            }
            match doc.key(*h) {
                "air" => air += 1,
                "ground" => ground += 1,
                _ => {}
            }
        }
        match (air, ground) {
            (0, 0) => None,
            (a, g) if a >= g => Some(EventType::AirStrike),
            _ => Some(EventType::Shelling),
        }
    };
    count(true).or_else(|| count(false))
}

/// Words either side of a weapon within which the side using it is named.
const SIDE_WEAPON_REACH: usize = 4;

fn is_military(doc: &Doc, s: &Sentence) -> bool {
    doc.hits_in(s, Category::Actor)
        .any(|h| !matches!(doc.key(h), "CIVILIANS"))
        || force_units(doc, s)
}

/// Troops, vehicles, trucks or aircraft counted or named.
fn force_units(doc: &Doc, s: &Sentence) -> bool {
    doc.hits_in(s, Category::Unit).any(|h| {
        let base = doc.key(h).split(':').next().unwrap_or("");
        matches!(base, "vehicle" | "truck" | "personnel" | "aircraft")
    })
}

fn has_casualties(q: &[Quantity], doc: &Doc, s: &Sentence) -> bool {
    q.iter().any(|q| q.unit.is_casualty()) || doc.casualty_hits(s).next().is_some()
}

/// Words from an attack word to the "على" naming what it hit ("اعتداءات متكررة على"، "الهجمات
/// المماثلة من قبل مسلحي تنظيم داعش، على").
const AIM_REACH: usize = 8;

/// "تقوم باعتداءات متكررة على المواطنين"، "الهجمات على جامعي الكمأة"، "هجوم على منازل
/// سكان القرية": an assault aimed at civilians (or their homes), with no fighter among its
/// casualties.
fn aimed_at_civilians(doc: &Doc, s: &Sentence, trig: Hit, qty: &[Quantity]) -> bool {
    let fighters_hit = qty
        .iter()
        .any(|q| q.unit.is_casualty() && q.target.as_deref().is_some_and(|t| t != "CIVILIANS"));
    // The preposition, not a target noun of the attacker's phrase ("هجوم عناصر من داعش على").
    let on = |r: &Hit| {
        rasd_text::proclitic_readings(doc.token_text(r.first))
            .any(|w| matches!(w, "علي" | "ضد" | "بحق" | "against" | "on"))
    };
    let Some(aim) = doc
        .hits_in(s, Category::Role)
        .find(|r| doc.key(*r) == "target" && r.first >= trig.end && on(r))
        .filter(|r| r.first - trig.end <= AIM_REACH)
    else {
        return false;
    };
    let civilian = |h: &Hit| match doc.lex.entry(*h).category {
        Category::Actor => doc.key(*h) == "CIVILIANS",
        Category::Victim => victim_class(doc.key(*h)) == "civilian",
        _ => false,
    };
    !fighters_hit
        && doc
            .hits_in(s, Category::Actor)
            .chain(doc.hits_in(s, Category::Victim))
            .any(|h| civilian(&h) && h.first >= aim.end && h.first - aim.end <= 1)
}

/// Every casualty counted is a civilian.
fn civilians_only(qty: &[Quantity]) -> bool {
    qty.iter().any(|q| q.target.as_deref() == Some("CIVILIANS"))
        && qty
            .iter()
            .all(|q| !q.unit.is_casualty() || q.target.as_deref() == Some("CIVILIANS"))
}

/// Decide the type of a trigger hit in context; `None` when it is not an event here.
pub(crate) fn resolve_type(
    doc: &Doc,
    s: &Sentence,
    trig: Hit,
    qty: &[Quantity],
) -> Option<EventType> {
    let key = doc.key(trig);
    let (ty, flag) = parse_key(key);
    let form = &doc.lex.entry(trig).form;
    if key == "attack" {
        if aims_at_arrest(doc, s, trig) {
            return None;
        }
        if let Some(t) = attack_type(doc, s, trig) {
            return Some(t);
        }
        // A bare "قصف" is shelling; a bare "استهداف" only counts with harm or an agent named.
        let bombard = form.starts_with("قصف")
            || form.starts_with("يقصف")
            || form.starts_with("تقصف")
            || form == "shelled";
        if bombard {
            return Some(EventType::Shelling);
        }
        // "في اعتداء شنته خلايا تنظيم داعش": a side that fights on the ground borrows no
        // weapon from the article; it is fighting, or an attack on civilians.
        let ground_side_named = doc
            .hits_in(s, Category::Actor)
            .any(|a| crate::model::ground_only(doc.key(a)));
        if ground_side_named
            && pick_actors(doc, s, trig)
                .actor1
                .is_some_and(|(code, _)| crate::model::ground_only(&code))
        {
            return Some(
                if civilians_only(qty) || aimed_at_civilians(doc, s, trig, qty) {
                    EventType::AttackOnCivilians
                } else {
                    EventType::ArmedClash
                },
            );
        }
        // "استهدف سيارة … ما أدى لمقتل شخص": harm done by a weapon the article names
        // elsewhere (a drone in its lead).
        let by_article_weapon = || {
            let side = pick_actors(doc, s, trig).actor1.map(|(code, _)| code);
            Some(article_weapon(doc, side.as_deref()).unwrap_or(EventType::Shelling))
        };
        if has_casualties(qty, doc, s) {
            return by_article_weapon();
        }
        // "استهدفت المقاومة قاعدتي ... في حقل كونيكو": attacker and target named, the weapon
        // given elsewhere in the article.
        let named_attacker = doc
            .hits_in(s, Category::Actor)
            .any(|a| crate::model::named_side(doc.key(a)));
        if named_attacker && doc.places_in(s).next().is_some() {
            return by_article_weapon();
        }
        return None;
    }
    if key == "assault" {
        // "هجوم بالمسيرات" is a strike; a plain "هجوم", or one with guns
        // ("هجوما مسلحا بالأسلحة الرشاشة"), is fighting, unless all it hurt were civilians
        // ("هجوم مسلح … أدى لمقتل 5 مدنيين").
        return Some(match attack_type(doc, s, trig) {
            Some(EventType::AttackOnCivilians) | None
                if civilians_only(qty) || aimed_at_civilians(doc, s, trig, qty) =>
            {
                EventType::AttackOnCivilians
            }
            Some(EventType::AttackOnCivilians) | None => EventType::ArmedClash,
            Some(t) => t,
        });
    }
    let ty = ty?;
    match flag {
        Some("site") => return set_up_here(doc, s, trig).then_some(ty),
        Some("until") => return until_goal(doc, s, trig).then_some(ty),
        Some("siege") => {
            return (is_military(doc, s) && !round_a_house(doc, s, trig)).then_some(ty);
        }
        Some("confront") => return civilians_confront(doc, s, trig).then_some(ty),
        Some("drive") => return drives_forces(doc, s, trig).then_some(ty),
        Some("weak") => {}
        _ => return Some(ty),
    }
    let ok = match ty {
        EventType::AttackOnCivilians => has_casualties(qty, doc, s),
        EventType::Deployment => {
            force_moves_here(doc, s, trig)
                && !no_force_moves(doc, s, trig)
                && !names_who_holds(doc, s, trig)
        }
        // "تقدمت قوات النظام نحو بلدة X": a weak word of taking ground needs the ground, a
        // town named just after it; "الدخول على خط المواجهة"، "طرد رتل" take none.
        EventType::TerritoryChange => is_military(doc, s) && town_follows(doc, s, trig),
        _ => is_military(doc, s),
    };
    // "طرد الأهالي دورية أمريكية": residents driving a patrol out take no ground.
    if ty == EventType::TerritoryChange && civilians_confront(doc, s, trig) {
        return Some(EventType::Protest);
    }
    ok.then_some(ty)
}

/// Tokens after a word of pushing within which the force pushed is named after ب.
const DRIVE_REACH: usize = 5;
/// Tokens from that ب on that name the force ("بتعزيزات عسكرية"، "بـ1700 عربة مدرعة").
const DRIVEN_SPAN: usize = 3;

/// "دفعت القوات التركية بتعزيزات"، "ودفع الجيش مؤخرا بأرتال": a word of pushing is a
/// deployment when a force follows it after ب; "دفعت روسيا إلى العمل"، "تدفع الثمن" push no
/// troops.
fn drives_forces(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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
fn force_moves_here(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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
fn names_who_holds(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Control)
        .any(|h| h.first <= trig.first && trig.end <= h.end)
}

/// Tokens after a weak word of moving within which what moves is named ("وصلت رسالة").
const MOVER_REACH: usize = 2;
/// Tokens after it within which "إلى" names what it reached ("وصلت موسكو وأنقرة إلى اتفاق").
const REACHED_REACH: usize = 3;
/// Tokens before "التي" within which the mover of a relative clause is named.
const RELATIVE_HEAD_REACH: usize = 3;

/// "وصلت رسالة الرئيس"، "وصلت حصيلة القتلى إلى"، "الوفود التي وصلت"، "دخل الاتفاق حيز
/// التنفيذ": what moved, or what it reached, is no force (role nonforce, or a toll).
fn no_force_moves(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let end = |n: usize| (trig.end + n).min(s.end_token);
    let mover = trig.end..end(MOVER_REACH);
    let reached = (trig.end..end(REACHED_REACH))
        .filter(|&i| doc.token_text(i) == "الي")
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
fn set_up_here(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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
fn round_a_house(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Role).any(|r| {
        doc.key(r) == "dwelling" && r.first >= trig.end && r.first - trig.end <= SIEGE_REACH
    })
}

/// Tokens between the residents and the word of confronting after them.
const CONFRONT_REACH: usize = 3;

/// "تصدى أهالي القرية بالحجارة لرتل أمريكي"، "أهالي القرية طردوا دورية": residents as the
/// subject of a word of confronting, named next to it, with a side or a convoy to confront.
/// After the verb the subject comes first: "تصدى المقاتلون من أهالي البلدة" are fighters.
fn civilians_confront(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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
const CONFRONTED_REACH: usize = 12;

/// Tokens from a vow to carry on to its word of until, and from that to the goal.
const UNTIL_REACH: usize = 3;

/// "ستكون متواصلة حتى تحرير المنطقة"، "مستمر إلى حين إخراجه": carrying on until a goal is a
/// vow; "مستمرة حتى الآن" only says it has not stopped.
fn until_goal(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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

/// Tokens after a weak territory word within which the town taken must be named.
const TOWN_REACH: usize = 6;

fn town_follows(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.places_in(s).any(|p| {
        let first = doc.token_at(p.start);
        first >= trig.end
            && first - trig.end <= TOWN_REACH
            && p.geo_precision <= 2
            && !is_area_kind(&p.kind)
    })
}

/// Tokens after a generic attack word within which a weapon named is its means.
const MEANS_REACH: usize = 6;

/// Words between an institution noun and the trigger word that names it ("المركز الروسي
/// للمصالحة").
const INSTITUTION_GAP: usize = 1;

/// "تحرير" inside "هيئة تحرير الشام": a trigger word inside an actor's name names the actor,
/// not an event.
pub(crate) fn in_actor_name(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    doc.hits_in(s, Category::Actor)
        .any(|a| a.first <= h.first && h.end <= a.end)
}

/// Triggers of a sentence, one per type (the first), with their types.
pub fn triggers(doc: &Doc, s: &Sentence, qty: &[Quantity]) -> Vec<(EventType, Hit)> {
    let mut out: Vec<(EventType, Hit)> = Vec::new();
    // Events named again ("هذه الغارات"), kept only for a type no other trigger names.
    let mut told_before: Vec<(EventType, Hit)> = Vec::new();
    for h in doc.hits_in(s, Category::Trigger) {
        let inside_actor = in_actor_name(doc, s, h);
        // "في منطقة سد عدوان": a word inside a place's name, after its first word, is the name.
        let inside_place = doc
            .norm_range(h.first, h.end)
            .is_some_and(|(a, b)| doc.places_in(s).any(|p| p.start < a && b <= p.end));
        // "المركز الروسي للمصالحة"، "مركز احتجاز": an institution's name, not an event;
        // "انتهاكا لاتفاقية فيينا": an agreement broken is none made.
        // The name takes the first event word after it only ("لمعركة ردع العدوان السيطرة على").
        let named_for = doc.hits_in(s, Category::Role).any(|r| {
            r.end <= h.first
                && h.first - r.end <= INSTITUTION_GAP
                && doc
                    .hits_between(r.end, h.first, Category::Trigger)
                    .next()
                    .is_none()
                && match doc.key(r) {
                    "institution" => true,
                    "breach" => doc.key(h).starts_with("agreement"),
                    _ => false,
                }
        });
        if inside_actor || inside_place || named_for {
            continue;
        }
        if named_again(doc, s, h) {
            told_before.extend(resolve_type(doc, s, h, qty).map(|ty| (ty, h)));
            continue;
        }
        // "في هجوم استهدف سيارة": a generic attack verb right after a generic attack noun
        // is that noun's relative clause, and says the attack was a strike on a target.
        if generic_attack(doc, h)
            && let Some(k) = out
                .iter()
                .position(|(_, p)| doc.key(*p) == "assault" && p.end == h.first)
        {
            out.remove(k);
        }
        if let Some(ty) = resolve_type(doc, s, h, qty)
            && !out.iter().any(|(t, _)| *t == ty)
        {
            out.push((ty, h));
        }
    }
    // "هجوما مسلحا بالأسلحة الرشاشة وقذائف آر بي جي": a weapon word that is also a trigger,
    // named as the means of a generic attack just before it, is that attack's weapon.
    let means_of_attack = |h: &Hit| {
        doc.hits_in(s, Category::Instrument)
            .any(|i| i.first == h.first)
            && out.iter().any(|(_, g)| {
                generic_attack(doc, *g) && g.end <= h.first && h.first - g.end <= MEANS_REACH
            })
    };
    let weapons: Vec<usize> = out
        .iter()
        .filter(|(_, h)| !generic_attack(doc, *h) && means_of_attack(h))
        .map(|(_, h)| h.first)
        .collect();
    out.retain(|(_, h)| !weapons.contains(&h.first));
    let mut violent = out.iter().any(|(t, _)| {
        !matches!(
            t,
            EventType::Statement | EventType::Threat | EventType::Agreement
        )
    });
    // An event named again beside a new one ("ويأتي هذا الهجوم ضمن سلسلة تصعيدات، حيث
    // استهدفت …") is that one's background; alone ("وأسفرت هذه الغارات عن مقتل مدنيين") it
    // takes the sentence's toll to the event told before, and what is said of it stays news.
    if out.iter().all(|(t, _)| *t == EventType::Statement) {
        for (ty, h) in told_before {
            if !out.iter().any(|(t, _)| *t == ty) {
                out.push((ty, h));
            }
        }
    }
    // Casualties with no event word beside only statements. Caused by a weapon named beside
    // them they are the weapon's strike, on fighters too ("قتلت مسيرة تركية عنصرين من قسد"،
    // "a Turkish drone killed two fighters"). Failing one, civilians hurt with no stated cause
    // still record an attack on civilians, also when a speaker reports them ("أعلن الدفاع
    // المدني وفاة 8 أشخاص"). Not beside an agreement or a threat: "خروقات منذ اتفاق آذار 2020
    // أسفرت عن عشرات الضحايا" counts years of them.
    if out.iter().all(|(t, _)| *t == EventType::Statement)
        && let Some(h) = doc.casualty_hits(s).next()
    {
        let hurt = |civilians_only: bool| {
            qty.iter().any(|q| {
                q.unit.is_casualty()
                    && (!civilians_only || q.target.as_deref() == Some("CIVILIANS"))
            })
        };
        let strike = attack_type(doc, s, h).filter(|t| *t != EventType::AttackOnCivilians);
        let ty = match strike {
            Some(ty) if hurt(false) => Some(ty),
            _ => hurt(true).then_some(EventType::AttackOnCivilians),
        };
        if let Some(ty) = ty {
            out.push((ty, h));
            violent = true;
        }
    }
    // "حذر من توجيه ضربة", "من أجل توجيه ضربة": a strike that is the content of a warning or
    // the purpose of something else has not happened; the threat is the event.
    let threat_at = out
        .iter()
        .filter(|(t, _)| *t == EventType::Threat)
        .map(|(_, h)| h.first)
        .min();
    let purpose = |h: &Hit| {
        (h.first.saturating_sub(3).max(s.first_token)..h.first).any(|i| {
            rasd_text::proclitic_readings(doc.token_text(i))
                .any(|r| matches!(r, "اجل" | "بهدف" | "لغرض" | "ذرايع" | "ذريعه"))
        })
    };
    out.retain(|(t, h)| {
        !(t.is_violent() && (threat_at.is_some_and(|a| a < h.first) || purpose(h)))
    });
    // "طرد الأهالي رتلا للجيش الأميركي": the convoy stood up to is what the protest met, not
    // a movement of its own.
    let protests: Vec<usize> = out
        .iter()
        .filter(|(t, _)| *t == EventType::Protest)
        .map(|(_, h)| h.end)
        .collect();
    out.retain(|(t, h)| {
        *t != EventType::Deployment
            || !protests
                .iter()
                .any(|&e| h.first >= e && h.first - e <= CONFRONTED_REACH)
    });
    // "بعد معارك" beside a capture is its background, not a second event.
    if out.len() > 1 {
        let subordinate = |h: &Hit| {
            h.first > s.first_token
                && rasd_text::proclitic_readings(doc.token_text(h.first - 1))
                    .any(|r| matches!(r, "بعد" | "عقب" | "اثر" | "جراء" | "اعقاب"))
        };
        let main_exists = out.iter().any(|(_, h)| !subordinate(h));
        if main_exists {
            out.retain(|(_, h)| !subordinate(h));
        }
    }
    // Verbal events only stand alone: "said" around a strike is attribution, not news; a
    // denial or a condemnation of it ("تدين الاعتداء"، "تنفي استشهاد") is news of its own.
    if violent {
        out.retain(|(t, h)| {
            !matches!(t, EventType::Statement) || doc.key(*h).ends_with(":reaction")
        });
    }
    out
}

/// Words at most between a disaster word and a word of striking next to it ("الزلزال المدمر
/// الذي ضرب").
const DISASTER_REACH: usize = 2;

/// "تسبب الزلزال بوفاة أكثر من 50 ألف شخص"، "الزلزال الذي ضرب جنوبي تركيا": deaths in a
/// sentence that names a natural disaster or an accident and no attack, and the disaster
/// striking, are no conflict events.
fn disaster_told(doc: &Doc, s: &Sentence, ty: EventType, trig: Hit) -> bool {
    let deaths_only =
        ty == EventType::AttackOnCivilians && doc.lex.entry(trig).category != Category::Trigger;
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "disaster")
        .any(|r| {
            deaths_only
                || (r.end <= trig.first && trig.first - r.end <= DISASTER_REACH)
                || (trig.end <= r.first && r.first - trig.end <= DISASTER_REACH)
        })
}

/// Countrysides, sides of a town, regions and governorates contain other places.
fn is_area(p: &rasd_geo::PlaceMatch) -> bool {
    use rasd_geo::Relation;
    matches!(p.relation, Relation::Countryside | Relation::Offset)
        || is_area_kind(&p.kind)
        || p.geo_precision >= 3
}

/// The whole country, or a part of it named by it ("north-east Syria", "the Syrian coast"),
/// not a region with a name of its own ("Jabal al-Zawiya").
fn is_wide(p: &rasd_geo::PlaceMatch) -> bool {
    p.kind == "country" || (p.kind == "region" && p.name.contains("Syria"))
}

/// Words at most from a plural of settlements to the first of the places it lists ("قرى
/// وبلدات احسم وكفرلاتة").
const LISTED_AFTER_REACH: usize = 2;

/// What a strike hit is many towns or villages it does not name: right after a strike word or
/// "على", a plural of settlements ("استهدفت مدن وبلدات ريف إدلب"، "على عدة قرى"، "على مناطق في
/// ريف حلب") or a count of them ("على أكثر من 15 مدينة وبلدة") with no site listed right after
/// (an area may follow: "مدن وبلدات ريف إدلب").
fn names_no_sites(doc: &Doc, s: &Sentence) -> bool {
    let plural = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|w| matches!(w, "مدن" | "بلدات" | "قري" | "مناطق"))
    };
    let counted = |i: usize| {
        i > s.first_token
            && doc.token_text(i - 1).bytes().all(|b| b.is_ascii_digit())
            && matches!(doc.token_text(i), "مدينه" | "بلده" | "قريه")
    };
    // The words before the noun, back to what governs it: "عدة"، "عشرات"، "أكثر من 15".
    let governed = |i: usize| {
        let mut k = i;
        while k > s.first_token
            && (matches!(
                doc.token_text(k - 1),
                "عده" | "عشرات" | "اكثر" | "من" | "نحو"
            ) || doc.token_text(k - 1).bytes().all(|b| b.is_ascii_digit()))
        {
            k -= 1;
        }
        k > s.first_token
            && (doc.token_text(k - 1) == "علي"
                || doc
                    .hits_in(s, Category::Trigger)
                    .any(|h| h.end == k && attack_word(doc, h)))
    };
    (s.first_token..s.end_token).any(|i| {
        (plural(i) || counted(i))
            && governed(i)
            && !doc.places_in(s).any(|p| {
                let first = doc.token_at(p.start);
                first > i && first - i <= LISTED_AFTER_REACH && !is_area(p)
            })
    })
}

/// Gazetteer kinds that name an area, never a single settlement or site.
pub(crate) fn is_area_kind(kind: &str) -> bool {
    matches!(
        kind,
        "country" | "governorate" | "province" | "region" | "river" | "mountain"
    )
}

pub fn to_place(doc: &Doc, p: &rasd_geo::PlaceMatch) -> Place {
    Place {
        name: p.name.clone(),
        name_ar: p.name_ar.clone(),
        lat: p.lat,
        lon: p.lon,
        admin1: p.admin1.clone(),
        admin2: p.admin2.clone(),
        country: p.country.clone(),
        geo_precision: p.geo_precision,
        span: doc.orig_bytes(p.start, p.end),
    }
}

/// Drafts for the triggers of one clause; `another_side` is the side named right after
/// "، وأخرى من" for the elided event of such a clause: it made that event.
pub(crate) fn draft_triggers(
    doc: &Doc,
    whole: &Sentence,
    s: &Sentence,
    index: usize,
    trigs: Vec<(EventType, Hit)>,
    qty: &[Quantity],
    another_side: Option<Hit>,
) -> Vec<Draft> {
    let mut out = Vec::new();
    let meanwhile: Vec<usize> = crate::clause::coinciding_words(doc, whole)
        .map(|r| r.first)
        .collect();
    // Read once for the clause, and only for a draft placed at an area or nowhere.
    let unnamed_sites = std::cell::OnceCell::new();
    for (ty, trig) in trigs {
        let object = struck_convoy(doc, s, ty, trig);
        let speaker = if parse_key(doc.key(trig)).1 == Some("until") {
            Some(vow_speaker_span(doc, whole, trig))
        } else {
            matches!(ty, EventType::Statement | EventType::Threat)
                .then(|| speaker_span(doc, s, trig))
        };
        let mut actors = pick_actors(doc, object.as_ref().or(speaker.as_ref()).unwrap_or(s), trig);
        // "وأخرى من خلايا داعش"، "وأخرى لقسد": the side right after "others" made them.
        if let Some(side) = another_side {
            let code = doc.key(side).to_string();
            if actors.target.as_deref() == Some(code.as_str()) {
                actors.target = None;
            }
            actors.assoc = coordinated_after(doc, s, side);
            actors.actor1 = Some((code, side));
        }
        // "رتلا لقوات النظام": the side the convoy belongs to, a target of the strike, moved.
        // A convoy of civilians ("قافلة الأهالي المتجهة إلى سد تشرين") is no deployment.
        if let Some(object) = &object
            && actors.actor1.is_none()
            && let Some(side) = actors.target.take()
        {
            if side == "CIVILIANS" {
                continue;
            }
            actors.actor1 = doc
                .hits_in(object, Category::Actor)
                .find(|h| doc.key(*h) == side)
                .map(|h| (side, h));
        }
        let meanwhile_at = meanwhile.iter().copied().rfind(|&at| at < trig.first);
        // A clause without its subject ("، كما استهدفت بلدة كنصفرة") shares the sentence's,
        // unless it and the rest are two events told as coinciding ("القصف تزامن مع غارة
        // نفذها الطيران الأميركي").
        if actors.actor1.is_none()
            && object.is_none()
            && (s.first_token, s.end_token) != (whole.first_token, whole.end_token)
            && !meanwhile
                .iter()
                .any(|&at| at == s.end_token || (s.first_token..trig.first).contains(&at))
        {
            let from_sentence = pick_actors(doc, whole, trig);
            actors.actor1 = from_sentence.actor1;
            if actors.assoc.is_empty() {
                actors.assoc = from_sentence.assoc;
            }
        }
        // "نفى قائد العشائر أن يكون لقواته أي دور في المجزرة، متهما قسد": who denies a part
        // in it did not do it; the side blamed is named as its actor.
        let blamed = part_denied(doc, whole, trig);
        if blamed {
            actors.actor1 = accused(doc, whole);
            actors.assoc.clear();
        }
        if ty == EventType::Protest {
            protest_roles(doc, s, &mut actors);
        }
        let said = matches!(ty, EventType::Statement | EventType::Threat);
        if (said && actors.actor1.is_none())
            || (!said && proposed(doc, whole, trig))
            || negated(doc, whole, trig)
            || disaster_told(doc, whole, ty, trig)
        {
            continue;
        }
        let places = if said {
            Vec::new()
        } else {
            let actor = actors.actor1.as_ref().map(|(code, _)| code.as_str());
            let mut places = pick_places(doc, s, trig, ty, actor);
            // "وأسفر القصف عن استشهاد مواطن من أهالي تل رفعت": the strike told before is where
            // it was; the victim's home town does not place it again.
            let told_before = definite_attack(doc, trig) && subject_of_result(doc, trig);
            if told_before && places.iter().all(|p| hometown(doc, s, p)) {
                places.clear();
            }
            places
        };
        let mut quantities = relevant_quantities(ty, qty);
        quantities.extend(struck_vehicles(doc, s, trig, ty, qty));
        // A trigger with no actor or quantity of its own, placed no finer than a region of the
        // country ("ما يجري في الشمال السوري من تعزيزات"), is a passing mention; a side or
        // the countryside of a town or governorate ("في ريف دير الزور") is finer.
        if actors.actor1.is_none()
            && places.iter().all(|p| {
                p.geo_precision >= 3
                    || (matches!(p.kind.as_str(), "country" | "region")
                        && matches!(p.relation, Relation::At | Relation::Near))
            })
            && quantities.is_empty()
        {
            continue;
        }
        // A struck convoy's movement is told as fact, whatever is said of who struck it.
        let modality = match modality(doc, object.as_ref().unwrap_or(whole), trig) {
            // Who did it is what one side says of another.
            Modality::Reported if blamed && actors.actor1.is_some() => Modality::Claimed,
            m => m,
        };
        let evidence = Evidence {
            sentence: doc.orig_bytes(whole.start, whole.end),
            trigger: doc.orig_span(trig.first, trig.end),
            actor: actors
                .actor1
                .as_ref()
                .map(|(_, h)| doc.orig_span(h.first, h.end)),
            time: None,
        };
        // One draft per place named, or one without a place.
        let mut drafts_places: Vec<Option<&rasd_geo::PlaceMatch>> =
            places.iter().copied().map(Some).collect();
        if drafts_places.is_empty() {
            drafts_places.push(None);
        }
        let untyped = doc.key(trig) == "attack" && attack_type(doc, s, trig).is_none();
        let blast_only = ty == EventType::Explosion && bare_blast(doc, s);
        let toll_at = toll_site(doc, whole, &quantities, &drafts_places);
        let again = named_again(doc, s, trig);
        for (k, p) in drafts_places.into_iter().enumerate() {
            out.push(Draft {
                ty,
                actors: actors.clone(),
                place: p.map(|p| to_place(doc, p)),
                date: None,
                time_precision: None,
                weekday: None,
                quantities: if k == toll_at {
                    quantities.clone()
                } else {
                    Vec::new()
                },
                modality,
                evidence: evidence.clone(),
                segment: s.segment,
                sentence: index,
                trigger_token: trig.first,
                meanwhile_at,
                sentence_tokens: (whole.first_token, whole.end_token),
                time_key: None,
                time_own: false,
                place_area: p.is_some_and(is_area),
                place_wide: p.is_some_and(is_wide),
                cause_unstated: ty == EventType::AttackOnCivilians
                    && doc.lex.entry(trig).category != Category::Trigger,
                refers_back: definite_attack(doc, trig) || untyped,
                untyped_strike: untyped,
                bare_blast: blast_only,
                strike_word: strike_word(doc, trig),
                own_agent_only: object.is_some() || blamed,
                named_again: again,
                unnamed_sites: p.is_none_or(is_area)
                    && *unnamed_sites.get_or_init(|| names_no_sites(doc, s)),
            });
        }
    }
    out
}

/// Which of the places listed for one trigger its casualty counts belong to: the first named,
/// unless the toll names one of the others ("قصفت بلدتي كنصفرة والبارة، ما أدى لمقتل مدني في
/// بلدة البارة").
fn toll_site(
    doc: &Doc,
    whole: &Sentence,
    quantities: &[Quantity],
    places: &[Option<&rasd_geo::PlaceMatch>],
) -> usize {
    if places.len() < 2 {
        return 0;
    }
    let Some(toll) = quantities
        .iter()
        .filter(|q| q.unit.is_casualty())
        .map(|q| q.span.start)
        .min()
    else {
        return 0;
    };
    // Within the toll's own clause: a strike told after it names its own places.
    let clause_end = doc
        .hits_in(whole, Category::Trigger)
        .map(|h| doc.orig_span(h.first, h.end).start)
        .filter(|&at| at > toll)
        .min()
        .unwrap_or(u32::MAX);
    let named_after = doc.places_in(whole).find(|p| {
        let at = doc.orig_bytes(p.start, p.end).start;
        !p.locator && p.id.is_some() && at > toll && at < clause_end
    });
    named_after
        .and_then(|after| {
            places
                .iter()
                .position(|p| p.is_some_and(|p| p.id == after.id))
        })
        .unwrap_or(0)
}

/// Tokens from a strike word to the convoy it hit ("استهدفت طائرات مجهولة رتل شاحنات").
const OBJECT_REACH: usize = 8;

/// "استهدفت طائرات إسرائيلية رتل شاحنات عبرت من معبر القائم": a movement named as what a
/// strike before it hit. Its side is named after it, never the striker: the clause from the
/// movement word on. A comma between ("استهدفت طائرات، اليوم الإثنين، رتل شاحنات") still
/// leaves a convoy noun the object; a verb after a comma ("، ودفعت بتعزيزات") is the next act.
fn struck_convoy(doc: &Doc, s: &Sentence, ty: EventType, trig: Hit) -> Option<Sentence> {
    if !matches!(ty, EventType::Deployment | EventType::Withdrawal) {
        return None;
    }
    let convoy_noun = !doc.token_text(trig.first).starts_with('و')
        && rasd_text::proclitic_readings(doc.token_text(trig.first)).any(|r| {
            let r = r.strip_prefix("ال").unwrap_or(r);
            matches!(r, "رتل" | "رتلا" | "ارتال" | "قافله" | "تعزيزات")
        });
    let strike = doc.hits_in(s, Category::Trigger).any(|h| {
        attack_word(doc, h)
            && h.end <= trig.first
            && trig.first - h.end <= OBJECT_REACH
            && (convoy_noun || !doc.comma_between(h.end, trig.first))
    });
    strike.then(|| doc.part_of(s, trig.first, s.end_token))
}

/// Words after a verb of saying within which its speaker is named ("قال المتحدث باسم قسد").
const SPEAKER_REACH: usize = 4;

/// Words before a verb of saying within which its speaker is named ("وزارة الخارجية الروسية
/// قالت").
const SPEAKER_REACH_BEFORE: usize = 6;

/// "الخارجية السورية تدين الاعتداء الذي شنته قوات الولايات المتحدة": who speaks is named
/// just before the verb or just after it, before what is said ("أن …"); the sides further on
/// are what is said.
fn speaker_span(doc: &Doc, s: &Sentence, trig: Hit) -> Sentence {
    let first_token = trig
        .first
        .saturating_sub(SPEAKER_REACH_BEFORE)
        .max(s.first_token);
    let said = (trig.end..s.end_token).find(|&i| is_complementiser(doc.token_text(i)));
    let end_token = (trig.end + SPEAKER_REACH)
        .min(said.unwrap_or(s.end_token))
        .min(s.end_token);
    doc.part_of(s, first_token, end_token)
}

/// "أكد الهفل أن هجوم العشائر هو لتحرير الأراضي … وأن الهجمات ستكون متواصلة حتى طرد
/// القوات المحتلة": who vows is who says it, before the first "أن"; the sides after it are
/// what is said. With no "أن", the subject before the vow ("قسد ستواصل …"). The first side
/// named speaks: "يحرص جيش العشائر على مهاجمة مقار لقسد … من أجل التأكيد أن" names the
/// side attacked after it.
fn vow_speaker_span(doc: &Doc, s: &Sentence, trig: Hit) -> Sentence {
    // Not through the readings of clitics: "كان" is no "أن".
    let said = (s.first_token..trig.first)
        .find(|&i| {
            let t = doc.token_text(i);
            let t = t.strip_prefix('و').unwrap_or(t);
            is_complementiser(t)
        })
        .unwrap_or(trig.first);
    let before = doc.part_of(s, s.first_token, said);
    match doc
        .hits_in(&before, Category::Actor)
        .find(|h| crate::model::named_side(doc.key(*h)))
    {
        Some(h) => doc.part_of(s, h.first, h.end),
        None => before,
    }
}

/// Casualties go with violent events, materiel and troops with movements.
fn relevant_quantities(ty: EventType, qty: &[Quantity]) -> Vec<Quantity> {
    use EventType::*;
    qty.iter()
        .filter(|q| match ty {
            // People counted as detained ("واعتقلت شابين") are the arrest's, not the force's.
            Deployment | Withdrawal | BaseEstablished => {
                let detained = q.unit == Unit::Other && q.target.is_some();
                !(q.unit.is_casualty() || detained)
            }
            Statement | Threat | Agreement | Protest => false,
            // A raid's dead and wounded are its own ("قتل شخصان خلال مداهمة").
            Arrest => !matches!(
                q.unit,
                Unit::Vehicle | Unit::Truck | Unit::Aircraft | Unit::Munition
            ),
            _ => matches!(q.unit, Unit::Fatality | Unit::Injury | Unit::Munition),
        })
        .cloned()
        .collect()
}

/// Words at most from a strike's trigger to the count of vehicles it hit ("استهدفت طائرة
/// مسيرة 3 شاحنات").
const STRUCK_VEHICLES_REACH: usize = 3;

/// "باستهداف 3 شاحنات إيرانية": vehicles counted right after a strike's trigger, in its clause,
/// are what it hit.
fn struck_vehicles(
    doc: &Doc,
    s: &Sentence,
    trig: Hit,
    ty: EventType,
    qty: &[Quantity],
) -> Vec<Quantity> {
    if !matches!(ty, EventType::AirStrike | EventType::Shelling) {
        return Vec::new();
    }
    let reach = (trig.end..(trig.end + STRUCK_VEHICLES_REACH + 1).min(s.end_token))
        .take_while(|&i| i == trig.end || !doc.gap_before(i).contains(CLAUSE_MARKS));
    let starts: Vec<u32> = reach.map(|i| doc.orig_span(i, i + 1).start).collect();
    qty.iter()
        .filter(|q| matches!(q.unit, Unit::Vehicle | Unit::Truck) && starts.contains(&q.span.start))
        .cloned()
        .collect()
}

/// Final event from a draft.
pub fn finish(d: Draft, article_id: &str) -> Event {
    let id = event_id(
        article_id,
        d.ty,
        d.evidence.trigger,
        d.place.as_ref().map(|p| p.span),
    );
    let mut actor1 = d.actors.actor1.map(|(c, _)| c);
    let mut assoc = d.actors.assoc;
    lead_actor(&mut actor1, &mut assoc);
    // A side is never its own target (a merged mention can bring one of each).
    let target = d
        .actors
        .target
        .filter(|t| !actor1.as_deref().is_some_and(|a| same_actor_class(a, t)));
    let mut e = Event {
        id,
        event_type: d.ty,
        actor1,
        assoc_actors: assoc,
        target,
        location: d.place,
        date: d.date,
        time_precision: d.time_precision,
        weekday: d.weekday.filter(|_| d.date.is_none()),
        quantities: d.quantities,
        modality: d.modality,
        note: String::new(),
        evidence: d.evidence,
    };
    e.note = crate::note::english_note(&e);
    e
}

fn event_id(article_id: &str, ty: EventType, trigger: Span, place: Option<Span>) -> String {
    let mut h = blake3::Hasher::new();
    h.update(article_id.as_bytes());
    h.update(ty.code().as_bytes());
    h.update(&trigger.start.to_le_bytes());
    h.update(&trigger.end.to_le_bytes());
    if let Some(p) = place {
        h.update(&p.start.to_le_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}
