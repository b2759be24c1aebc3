//! A trigger's event type in context: its key, the weapon of a generic attack, tests of weak words.

use super::*;

/// An attack, assault or strike word with the definite article, behind any proclitics
/// ("وبالقصف"، "الهجوم"، "الغارات"): a strike already told.
pub(super) fn definite_attack(doc: &Doc, trig: Hit) -> bool {
    attack_word(doc, trig) && is_definite(doc.token_text(trig.first))
}

/// Adjectives at most between a trigger and the word that says it was named before ("القصف
/// الصاروخي والمدفعي آنف الذكر").
const AFORESAID_REACH: usize = 3;

/// "هذه الغارات"، "تلك الهجمات"، "القصف الصاروخي آنف الذكر"، "the aforementioned attack": the
/// trigger names an event already told.
pub(super) fn named_again(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
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
    // "وتزامناً مع الاستهدافات، أعلنت …": the strikes a word of coinciding points back to,
    // with nothing of their own after them, are those already told.
    let coinciding_with = trig.first >= s.first_token + 2
        && doc.token_text(trig.first - 1) == "مع"
        && doc
            .hit_ending_at(s, Category::Role, trig.first - 1)
            .is_some_and(|r| role_is(r, "meanwhile"));
    let phrase_ends =
        trig.end >= s.end_token || doc.marks_between(trig.end, trig.end, &CLAUSE_MARKS);
    if coinciding_with && phrase_ends && definite_attack(doc, trig) {
        return true;
    }
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
pub(super) fn strike_word(doc: &Doc, h: Hit) -> bool {
    matches!(doc.key(h), "air_strike" | "shelling")
}

/// "سماع صوت انفجار": the sentence's explosion words name only a blast, no device (a mine,
/// "انفجرت عبوة ناسفة").
pub(super) fn bare_blast(doc: &Doc, s: &Sentence) -> bool {
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
pub(crate) fn generic_attack(doc: &Doc, h: Hit) -> bool {
    matches!(doc.key(h), "attack" | "assault" | "assault:fire")
}

/// A word of violence: a generic attack, or a trigger of a violent type.
pub(crate) fn violent_word(doc: &Doc, h: Hit) -> bool {
    generic_attack(doc, h) || parse_key(doc.key(h)).0.is_some_and(EventType::is_violent)
}

/// Words after a verb of firing within which what it fired is named ("أطلق مسلحون مجهولون
/// النار").
const FIRE_REACH: usize = 6;

/// "أطلق مسلحون النار على حاجز"، "أطلقت القوات التركية قذائف": a verb of firing is an attack
/// only with fire or a weapon named after it ("أطلق سراح"، "أطلقت حملة" are not).
fn fire_named(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let end = (trig.end + FIRE_REACH).min(s.end_token);
    (trig.end..end).any(|i| fire_word(doc.token_text(i)))
        || doc
            .hits_in(s, Category::Instrument)
            .any(|h| h.first >= trig.end && h.first < end)
}

fn fire_word(token: &str) -> bool {
    rasd_text::proclitic_readings(token).any(|r| matches!(r, "النار" | "الرصاص"))
}

/// An aircraft named as the subject of a verb of firing, just before it or after it.
fn aircraft_fired(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Instrument).any(|h| {
        doc.key(h) == "air"
            && ((h.end <= trig.first && trig.first - h.end <= 2)
                || (h.first >= trig.end && h.first - trig.end <= 1))
    })
}

/// "أطلق النار في الهواء لتفريق المتظاهرين": shots into the air, at no one.
fn fired_into_the_air(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let end = (trig.end + FIRE_REACH).min(s.end_token);
    let Some(fire) = (trig.first..end).find(|&i| fire_word(doc.token_text(i))) else {
        return false;
    };
    (fire + 1..(fire + 3).min(s.end_token)).any(|i| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| matches!(r, "الهواء" | "هواء"))
    })
}

/// "عملية أمنية استهدفت إلقاء القبض على …": aimed at an arrest, no strike.
fn aims_at_arrest(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    doc.hits_in(s, Category::Trigger)
        .any(|h| h.first == trig.end && parse_key(doc.key(h)).0 == Some(EventType::Arrest))
}

/// A trigger key: an event type (or `attack`, `assault`) and an optional flag after `:`
/// (`weak`: needs support; `site`, `until`, `siege`, `confront`: needs its own context;
/// events.tsv says which).
pub(crate) fn parse_key(key: &str) -> (Option<EventType>, Option<&str>) {
    match key.split_once(':') {
        Some((t, flag)) => (EventType::from_code(t), Some(flag)),
        None => (EventType::from_code(key), None),
    }
}

/// The type of a generic attack from the instrument nearest to it in the sentence; not one
/// named after "ردا على" past it, the weapons of the attack it answered ("أغارت … ردا على
/// صواريخ أطلقت").
pub(super) fn attack_type(doc: &Doc, s: &Sentence, trig: Hit) -> Option<EventType> {
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

/// Protesters named are a protest where they act: "خرج المتظاهرون"، "تجمع عشرات المحتجين".
/// In the oblique case they are acted upon ("ضربوا المتظاهرين") unless counted, the crowd
/// that came out; in a sentence of violence, casualties or arrests they are who was struck
/// or taken ("قصف الاحتلال التركي للمحتجين"، "اعتقالات طالت ناشطين ومتظاهرين"), and the
/// protest is told by its own word, if at all.
fn crowd_protests(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let oblique = doc.lex.entry(trig).form.ends_with("ين");
    let acted_upon = doc.casualty_hits(s).next().is_some()
        || doc
            .hits_in(s, Category::Trigger)
            .any(|t| violent_word(doc, t) || parse_key(doc.key(t)).0 == Some(EventType::Arrest));
    !acted_upon && (!oblique || doc.counted_at(trig.first))
}

/// Protesters are the actor of a protest; the authority they protest against is its target.
pub(super) fn protest_roles(doc: &Doc, s: &Sentence, actors: &mut Actors) {
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

pub(super) fn is_military(doc: &Doc, s: &Sentence) -> bool {
    doc.hits_in(s, Category::Actor)
        .any(|h| !matches!(doc.key(h), "CIVILIANS"))
        || force_units(doc, s)
}

/// Troops, vehicles, trucks or aircraft counted or named.
pub(super) fn force_units(doc: &Doc, s: &Sentence) -> bool {
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
    // "fired at residents": the trigger ends in its own preposition.
    let aims_itself = matches!(doc.token_text(trig.end - 1), "at" | "on" | "against");
    let Some(aim_end) = aims_itself.then_some(trig.end).or_else(|| {
        doc.hits_in(s, Category::Role)
            .find(|r| doc.key(*r) == "target" && r.first >= trig.end && on(r))
            .filter(|r| r.first - trig.end <= AIM_REACH)
            .map(|r| r.end)
    }) else {
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
            .any(|h| civilian(&h) && h.first >= aim_end && h.first - aim_end <= 1)
}

/// "أعلن الجيش الإسرائيلي أنه هاجم مستودعات أسلحة": an assault with no weapon named, by a side
/// that strikes from the air, with no troops or vehicles of it named and no ground weapon in the
/// article, came from the air.
fn raid_from_the_air(doc: &Doc, s: &Sentence, trig: Hit) -> bool {
    let side = pick_actors(doc, s, trig).actor1.map(|(code, _)| code);
    side.as_deref()
        .is_some_and(crate::model::strikes_from_the_air)
        && !force_units(doc, s)
        && article_weapon(doc, side.as_deref()) != Some(EventType::Shelling)
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
    // "دمرت طائرات روسية مقرات": a word of destroying is a strike only by a weapon named with it.
    if key == "attack:weapon" {
        return attack_type(doc, s, trig).filter(|t| *t != EventType::AttackOnCivilians);
    }
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
        // "استهدف سيارة … ما أدى لمقتل شخص": harm done by a weapon the article names
        // elsewhere (a drone in its lead).
        let agent = || pick_actors(doc, s, trig).actor1.map(|(code, _)| code);
        let by_article_weapon = |side: Option<String>| {
            Some(article_weapon(doc, side.as_deref()).unwrap_or_else(|| {
                // With no weapon named anywhere, the way that side strikes in Syria.
                if side
                    .as_deref()
                    .is_some_and(crate::model::strikes_from_the_air)
                {
                    EventType::AirStrike
                } else {
                    EventType::Shelling
                }
            }))
        };
        // "قصف إسرائيلي يستهدف مبنى": a side that strikes from the air bombards from the air
        // unless the article's weapons say otherwise.
        if bombard {
            let side = agent();
            return if side
                .as_deref()
                .is_some_and(crate::model::strikes_from_the_air)
            {
                by_article_weapon(side)
            } else {
                Some(EventType::Shelling)
            };
        }
        // "في اعتداء شنته خلايا تنظيم داعش": a side that fights on the ground borrows no
        // weapon from the article; it is fighting, or an attack on civilians.
        let ground_side_named = doc
            .hits_in(s, Category::Actor)
            .any(|a| crate::model::ground_only(doc.key(a)));
        if ground_side_named && agent().is_some_and(|code| crate::model::ground_only(&code)) {
            return Some(
                if civilians_only(qty) || aimed_at_civilians(doc, s, trig, qty) {
                    EventType::AttackOnCivilians
                } else {
                    EventType::ArmedClash
                },
            );
        }
        if has_casualties(qty, doc, s) {
            return by_article_weapon(agent());
        }
        // "استهدفت المقاومة قاعدتي ... في حقل كونيكو": attacker and target named, the weapon
        // given elsewhere in the article.
        let named_attacker = doc
            .hits_in(s, Category::Actor)
            .any(|a| crate::model::named_side(doc.key(a)));
        if named_attacker && doc.places_in(s).next().is_some() {
            return by_article_weapon(agent());
        }
        return None;
    }
    let firing = key == "assault:fire"
        || form.ends_with("النار")
        || form.starts_with("fir")
        || form.starts_with("shot");
    if (key == "assault:fire" && !fire_named(doc, s, trig))
        || (firing && fired_into_the_air(doc, s, trig))
    {
        return None;
    }
    // "أطلق الطيران الحربي الروسي صواريخ"، "طائرة مسيرة أطلقت صاروخا": what aircraft fire is
    // an air strike, whatever the munition.
    if key == "assault:fire" && aircraft_fired(doc, s, trig) {
        return Some(EventType::AirStrike);
    }
    if key == "assault" || key == "assault:fire" {
        // "هجوم بالمسيرات" is a strike; a plain "هجوم", or one with guns
        // ("هجوما مسلحا بالأسلحة الرشاشة"), is fighting, unless all it hurt were civilians
        // ("هجوم مسلح … أدى لمقتل 5 مدنيين").
        return Some(match attack_type(doc, s, trig) {
            Some(EventType::AttackOnCivilians) | None
                if civilians_only(qty) || aimed_at_civilians(doc, s, trig, qty) =>
            {
                EventType::AttackOnCivilians
            }
            // Fire with no aircraft named is fire from the ground.
            None if !firing && raid_from_the_air(doc, s, trig) => EventType::AirStrike,
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
        Some("crowd") => return crowd_protests(doc, s, trig).then_some(ty),
        Some("drive") => return drives_forces(doc, s, trig).then_some(ty),
        Some("handover") => {
            return (handed_place(doc, s, trig) && handed_to(doc, s, trig).is_some()).then_some(ty);
        }
        Some("receive") => {
            return (handed_place(doc, s, trig) && is_military(doc, s)).then_some(ty);
        }
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
