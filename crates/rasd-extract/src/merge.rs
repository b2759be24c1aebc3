//! Within one article, mentions of the same event (a lead sentence and its detail, the title
//! and the body) become one event with the most precise place and all quantities.

use crate::frame::Draft;
use crate::lexicon::Hit;
use crate::model::{EventType, Modality, Place, named_side, same_actor_class};
use rasd_geo::haversine_km;

/// A village's Arabic name as the gazetteer writes it ("الدحلة") or as the text does ("قرية
/// دحلة"): normalised, without the article.
fn name_key(name: &str) -> String {
    let key = rasd_text::normalize_key(name);
    rasd_text::strip_article(&key).to_string()
}

/// Two places closer than this are one site.
const SAME_SITE_KM: f64 = 3.0;

/// A village the gazetteer lacks is placed by whatever the sentence says around it ("قرب جسر
/// الشغور"، "بريف إدلب الغربي"): the same name is the same village.
fn same_name(p: &Place, q: &Place) -> bool {
    matches!((&p.name_ar, &q.name_ar), (Some(x), Some(y)) if name_key(x) == name_key(y))
}

/// One site: closer than [`SAME_SITE_KM`], or a village named alike in both mentions.
pub(crate) fn one_site(p: &Place, q: &Place) -> bool {
    same_name(p, q) || haversine_km(p.lat, p.lon, q.lat, q.lon) < SAME_SITE_KM
}

fn compatible(a: &Draft, b: &Draft) -> bool {
    let title = a.segment.is_none() || b.segment.is_none();
    // A headline's "three killed in shelling" is the toll of the strike its body describes,
    // whichever kind of strike the body names.
    // "…عدوانا جويا … لافتا إلى أن العدوان أدى إلى استشهاد مدنيين": a later "the attack"
    // giving a toll is the strike told just before, whatever weapon its sentence mentions
    // ("وقع الهجوم … مما أسفر عن استشهاد ثلاثة" is no new fighting either).
    let strike = |t: EventType| matches!(t, EventType::AirStrike | EventType::Shelling);
    let told_again = b.refers_back
        && (!b.strike_word || a.ty == b.ty)
        && b.sentence > a.sentence
        && b.sentence - a.sentence <= 2
        && strike(a.ty)
        && (strike(b.ty) || matches!(b.ty, EventType::ArmedClash | EventType::AttackOnCivilians))
        && b.has_toll();
    let km = match (&a.place, &b.place) {
        (Some(p), Some(q)) => Some(haversine_km(p.lat, p.lon, q.lat, q.lon)),
        _ => None,
    };
    let one_site = km.is_some_and(|d| d < SAME_SITE_KM);
    let strikes_at_one_site = strike(a.ty) && strike(b.ty) && one_site;
    // "أسفر قصف الاحتلال لمنزل في كوباني عن استشهاد مواطنين" then "بتعرض منزل في كوباني
    // للقصف بطائرة مسيرة": a bombardment with no weapon has only a default type, and the
    // strike on the same site told beside it says which kind it was.
    let one_untyped = a.untyped_strike != b.untyped_strike
        && b.sentence.abs_diff(a.sentence) <= 2
        && strikes_at_one_site;
    // "سلسلة ضربات وغارات وقصف صاروخي ومسيّرات ... في دير الزور": the weapons one sentence
    // lists together struck each place once, as one barrage, not once per weapon.
    let one_barrage = a.sentence == b.sentence && strikes_at_one_site;
    // "طائرة مسيرة تستهدف القاعدة ... مؤكدا سماع صوت انفجار قوي في المنطقة": the blast heard
    // is the strike's own.
    let blast_of_strike = a.sentence == b.sentence
        && ((strike(a.ty) && b.bare_blast) || (a.bare_blast && strike(b.ty)))
        && one_site;
    let types_ok = a.ty == b.ty
        || (title && a.ty.is_violent() && b.ty.is_violent())
        || told_again
        || one_untyped
        || one_barrage
        || blast_of_strike;
    if !types_ok || (a.modality == Modality::Historical) != (b.modality == Modality::Historical) {
        return false;
    }
    let one_named_side = matches!((&a.actors.actor1, &b.actors.actor1),
        (Some((x, _)), Some((y, _))) if same_actor_class(x, y));
    // "النظام وروسيا يجهزان مدرجاً" beside "مشروع روسي": outside fighting, the partners one
    // mention names include the other's agent. (A clash's partners may be its other side.)
    let partner = |x: &str, d: &Draft| d.actors.assoc.iter().any(|p| same_actor_class(x, p));
    let partners = !a.ty.is_violent()
        && matches!((&a.actors.actor1, &b.actors.actor1),
            (Some((x, _)), Some((y, _))) if partner(x, b) || partner(y, a));
    let actors_ok =
        one_named_side || partners || a.actors.actor1.is_none() || b.actors.actor1.is_none();
    // A headline dated only by the article's day is the body's event told on another day
    // ("أسف إزاء الضربات الجوية الأردنية" over "بغارة جوية … قبل أيام").
    let dates_ok = match (a.date, b.date) {
        (Some(x), Some(y)) => x == y || (title && a.time_key.is_none() != b.time_key.is_none()),
        _ => match (&a.time_key, &b.time_key) {
            // On a page without a date, "الأحد" and "صباح اليوم" told of Sunday are one day.
            (Some(x), Some(y)) => match (a.weekday, b.weekday) {
                (Some(v), Some(w)) => v == w,
                _ => x == y,
            },
            _ => true,
        },
    };
    // A toll across many sites a sentence does not name is not that of one site told
    // elsewhere with none of its own.
    let one_of_many = |x: &Draft, y: &Draft| {
        x.unnamed_sites
            && x.has_toll()
            && !y.has_toll()
            && x.sentence != y.sentence
            && y.place.is_some()
            && !y.place_area
    };
    if !title && (one_of_many(a, b) || one_of_many(b, a)) {
        return false;
    }
    // Places listed for one trigger are separate sites by construction.
    if a.evidence.trigger == b.evidence.trigger || told_as_coinciding(a, b) {
        return false;
    }
    let places_ok = match (&a.place, &b.place, km) {
        (Some(p), Some(q), Some(d)) => {
            // The same site, or an area and a place inside it; a headline summarises its body.
            // "شنت غارات جوية في سوريا" beside the strike on a named site: the whole country
            // names no site of its own, when one side is named doing both.
            // "مشروع روسي بإنشاء مطار عسكري في ريف الرقة" beside the airstrip at Ma'dan: a
            // governorate's countryside holds its far towns too, when one side is named doing
            // something that is no strike or fight.
            let area_holds = (a.place_area || b.place_area)
                && p.admin1.is_some()
                && p.admin1 == q.admin1
                && (one_named_side || partners)
                && !a.ty.is_violent();
            one_site
                || ((a.place_wide || b.place_wide) && one_named_side)
                || (d < 60.0 && (a.place_area || b.place_area || same_name(p, q)))
                || area_holds
                || (title && d < 150.0)
        }
        // A verbal event or a placeless mention folds into a placed one.
        _ => true,
    };
    // A headline's count may differ from its body's ("إصابة سورية وطفلها" over "أصيبت امرأة
    // وطفلها"): the body's stands (see `absorb`).
    let qty_ok = title
        || a.quantities.iter().all(|q| {
            b.quantities
                .iter()
                .all(|r| r.unit != q.unit || r.target != q.target || r.value == q.value)
        });
    // Far-apart sentences of violent events are separate incidents unless they share a place;
    // a headline summarises its body however far down the body tells it.
    let near =
        title || b.sentence.abs_diff(a.sentence) <= 2 || (a.place.is_some() && b.place.is_some());
    let violent = !matches!(a.ty, EventType::Statement | EventType::Threat);
    actors_ok && dates_ok && places_ok && qty_ok && (near || !violent)
}

/// "الاعتداء الإسرائيلي تزامن مع اعتداء بالطائرات المسيرة": one sentence telling a second
/// event as coinciding with the first.
fn told_as_coinciding(a: &Draft, b: &Draft) -> bool {
    let (first, second) = if a.trigger_token <= b.trigger_token {
        (a, b)
    } else {
        (b, a)
    };
    a.sentence == b.sentence
        && second
            .meanwhile_at
            .is_some_and(|at| at > first.trigger_token)
}

pub(crate) fn absorb(into: &mut Draft, other: Draft) {
    // A body sentence is better evidence than the headline; a site better than an area.
    let other_better_place = match (&into.place, &other.place) {
        (None, Some(_)) => true,
        (Some(p), Some(q)) => {
            (into.segment.is_none() && other.segment.is_some())
                || (into.place_area && !other.place_area)
                || (into.place_area == other.place_area && q.geo_precision < p.geo_precision)
        }
        _ => false,
    };
    // A headline told again in the body takes the body's type, and stands where the body
    // tells it.
    let headline_told = into.segment.is_none() && other.segment.is_some();
    if headline_told || (into.untyped_strike && !other.untyped_strike && into.segment.is_some()) {
        into.ty = other.ty;
        into.untyped_strike = other.untyped_strike;
    }
    if headline_told {
        into.sentence = other.sentence;
    }
    // A blast told first takes the type of the strike it came from.
    if into.bare_blast && matches!(other.ty, EventType::AirStrike | EventType::Shelling) {
        into.ty = other.ty;
        into.strike_word = other.strike_word;
    }
    into.bare_blast &= other.bare_blast;
    if other_better_place || headline_told {
        into.evidence = other.evidence.clone();
        into.segment = other.segment;
    }
    // "تدفع واشنطن بتعزيزات إلى شرق سوريا" told before the convoy to al-Shaddadi: the site's
    // mention names who arrived there.
    if other_better_place
        && into.place_wide
        && let Some(actor) = other.actors.actor1.clone()
    {
        into.actors.actor1 = Some(actor);
    }
    // Told of many unnamed sites by either mention, an event still standing at an area is.
    if other_better_place {
        into.place = other.place;
        into.place_area = other.place_area;
        into.place_wide = other.place_wide;
        into.unnamed_sites = other.unnamed_sites;
    } else {
        into.unnamed_sites |= other.unnamed_sites && into.place_area;
    }
    // One mention's target is never the other's agent ("القبض على قيادي في داعش").
    fn is_code(actor: &Option<(String, Hit)>, target: &Option<String>) -> bool {
        matches!((actor, target), (Some((a, _)), Some(t)) if a == t)
    }
    // "التحالف ينفذ عملية مع قسد" beside "نفذت قوات التحالف بالتعاون مع قسد": a partner
    // named as the other mention's agent stays one of its sides (never the side it hit).
    let hit_by_into = is_code(&other.actors.actor1, &into.actors.target);
    let other_agent = match other.actors.actor1 {
        Some(agent)
            if into
                .actors
                .actor1
                .as_ref()
                .is_none_or(|(a, _)| !named_side(a)) =>
        {
            if !hit_by_into {
                into.actors.actor1 = Some(agent);
                // "طائرة مسيّرة يُعتقد أنها أميركية": who did it is as sure as the mention
                // that names them.
                if other.modality == Modality::Suspected {
                    into.modality = Modality::Suspected;
                }
            }
            None
        }
        Some((code, _)) => {
            let same_side = into
                .actors
                .actor1
                .as_ref()
                .is_some_and(|(lead, _)| same_actor_class(lead, &code));
            (!same_side && !hit_by_into).then_some(code)
        }
        None => None,
    };
    let lead = into.actors.actor1.as_ref().map(|(code, _)| code.as_str());
    for a in other.actors.assoc.into_iter().chain(other_agent) {
        if lead != Some(a.as_str()) && !into.actors.assoc.contains(&a) {
            into.actors.assoc.push(a);
        }
    }
    if into.actors.target.is_none() && !is_code(&into.actors.actor1, &other.actors.target) {
        into.actors.target = other.actors.target;
    }
    // A date told beats the article's day a mention took for want of one.
    if into.date.is_none() || (into.time_key.is_none() && other.time_key.is_some()) {
        into.date = other.date;
        into.time_precision = other.time_precision;
    }
    if into.weekday.is_none() {
        into.weekday = other.weekday;
    }
    if into.time_key.is_none() {
        into.time_key = other.time_key;
    }
    for q in other.quantities {
        // One count per unit and victim group; a count that says who ("5 مدنيين") replaces
        // the same count that does not ("5").
        let same = into.quantities.iter_mut().find(|r| {
            r.unit == q.unit
                && (r.target == q.target
                    || r.value == q.value && (r.target.is_none() || q.target.is_none()))
        });
        match same {
            Some(r) if r.target.is_none() && q.target.is_some() => *r = q,
            // The body's count over its headline's.
            Some(r) if headline_told && r.value != q.value => *r = q,
            Some(_) => {}
            None => into.quantities.push(q),
        }
    }
}

pub fn merge(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts {
        match out.iter_mut().rev().find(|o| compatible(o, &d)) {
            Some(o) => absorb(o, d),
            None => out.push(d),
        }
    }
    out
}
