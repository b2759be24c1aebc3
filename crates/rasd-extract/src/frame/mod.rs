//! Event framing: each trigger in a sentence becomes an event, typed by its lexicon key (or,
//! for a generic attack, by the instrument named nearby), with its arguments around it.

use crate::args::{
    Actors, CLAUSE_MARKS, accused, condemned, coordinated_after, handed_to, hometown,
    is_complementiser, is_definite, is_relative_pronoun, modality, negated, nisba_shape,
    part_denied, pick_actors, pick_places, proposed, seized, subject_of_result, victim_class,
};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{
    Event, EventType, Evidence, Modality, Place, Quantity, Span, Unit, lead_actor, same_actor_class,
};
use jiff::civil::{Date, Weekday};
use rasd_geo::Relation;

mod movement;
mod scope;
mod typing;

use movement::*;
pub(crate) use scope::*;
pub(crate) use typing::*;

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
    /// ([`struck_convoy`]), an event whose agent is what a denial is about, or an act a
    /// statement condemns (the condemner is no agent to carry).
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

/// Tokens `from..to` are none, or all inside time mentions ("فجر الثلاثاء").
fn only_time_between(doc: &Doc, from: usize, to: usize) -> bool {
    from <= to && (from..to).all(|i| doc.in_time(i))
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
        // "بانفجار قذيفة من مخلفات الحرب": a shell left from the war is the blast's device,
        // not a shelling.
        let remnant = doc.key(h) == "shelling"
            && doc.hits_in(s, Category::Trigger).any(|r| {
                r.first >= h.end
                    && r.first - h.end <= 2
                    && parse_key(doc.key(r)).0 == Some(EventType::Explosion)
                    && doc.lex.entry(r).form == "مخلفات الحرب"
            });
        if inside_actor || inside_place || named_for || remnant {
            continue;
        }
        if named_again(doc, s, h) {
            told_before.extend(resolve_type(doc, s, h, qty).map(|ty| (ty, h)));
            continue;
        }
        // "في هجوم استهدف سيارة"، "الهجوم الذي استهدف دورية": a generic attack verb right
        // after a generic attack noun is that noun's relative clause, and says the attack was
        // a strike on a target.
        let relative_after =
            |p: &Hit| p.end + 1 == h.first && is_relative_pronoun(doc.token_text(p.end));
        if generic_attack(doc, h)
            && let Some(k) = out.iter().position(|(_, p)| {
                doc.key(*p) == "assault" && (p.end == h.first || relative_after(p))
            })
        {
            out.remove(k);
        }
        // "نفذت قسد مداهمة فجر الثلاثاء استهدفت خلايا التنظيم": an attack verb right after a
        // raid (over its time) is the raid's relative clause, saying what it went for.
        if doc.key(h) == "attack"
            && out
                .iter()
                .any(|(t, p)| *t == EventType::Arrest && only_time_between(doc, p.end, h.first))
        {
            continue;
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
    // المدني وفاة 8 أشخاص"); fighters killed by a side named as the killer are fighting
    // ("قتلت قوات الأمن العام قيادياً في داعش"، "SDF fighters killed two militants"). Not
    // beside an agreement or a threat: "خروقات منذ اتفاق آذار 2020 أسفرت عن عشرات الضحايا"
    // counts years of them.
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
        let killed_by_a_side = || {
            doc.hits_in(s, Category::Fatality)
                .any(|k| crate::args::killer(doc, s, k).is_some())
        };
        let ty = match strike {
            Some(ty) if hurt(false) => Some(ty),
            _ if hurt(true) => Some(EventType::AttackOnCivilians),
            _ => (hurt(false) && killed_by_a_side()).then_some(EventType::ArmedClash),
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
    // A word among the `reach` tokens before `h`, read past its proclitics.
    let word_before = |h: &Hit, reach: usize, word: fn(&str) -> bool| {
        (h.first.saturating_sub(reach).max(s.first_token)..h.first)
            .any(|i| rasd_text::proclitic_readings(doc.token_text(i)).any(word))
    };
    let purpose = |h: &Hit| {
        word_before(h, PURPOSE_REACH, |r| {
            matches!(r, "اجل" | "بهدف" | "لغرض" | "ذرايع" | "ذريعه")
        })
    };
    // "التهديدات العسكرية التركية بشن عملية عسكرية": nor one a threat named just before
    // carries.
    let threatened = |h: &Hit| {
        word_before(h, THREAT_NOUN_REACH, |r| {
            matches!(
                r,
                "تهديد" | "تهديدات" | "تهديده" | "تهديدها" | "تهديداته" | "تهديداتها"
            )
        })
    };
    out.retain(|(t, h)| {
        !(t.is_violent() && (threat_at.is_some_and(|a| a < h.first) || purpose(h) || threatened(h)))
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
    // "بعد معارك" beside a capture is its background, not a second event; so is "after
    // fierce clashes" (English may put an adjective between).
    if out.len() > 1 {
        let subordinate = |h: &Hit| {
            let before = |back: usize| doc.token_back(s, h.first, back);
            before(1).is_some_and(|t| {
                rasd_text::proclitic_readings(t)
                    .any(|r| matches!(r, "بعد" | "عقب" | "اثر" | "جراء" | "اعقاب"))
            }) || [before(1), before(2)]
                .into_iter()
                .flatten()
                .any(|t| matches!(t, "after" | "following"))
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

/// Words at most from a word of purpose to the violence it aims at ("من أجل توجيه ضربة").
const PURPOSE_REACH: usize = 3;

/// Words at most from a threat noun to the violence it threatens ("التهديدات العسكرية التركية
/// بشن عملية").
const THREAT_NOUN_REACH: usize = 4;

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

/// "قصفت قوات الأسد بلدة البارة، بالتزامن مع شن الطائرات الروسية ضربات على محيط البلدة":
/// a trigger that names no place of its own but "the town" after it is at the town the
/// sentence named before, with its cue word ("بلدة"، "قرية": no name inside a side's, "قوات
/// حكومة دمشق", nor a person's).
fn town_named_again<'d>(
    doc: &'d Doc,
    whole: &Sentence,
    s: &Sentence,
    trig: Hit,
) -> Option<&'d rasd_geo::PlaceMatch> {
    let anaphor = doc
        .hits_in(s, Category::Anaphor)
        .find(|h| h.first >= trig.end && doc.key(*h) == "settlement")?;
    crate::control::antecedent(doc, whole, None, anaphor).filter(|p| p.cue)
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
        if ty == EventType::Threat && actors.target.is_none() {
            let speaker = actors.actor1.as_ref().map(|(code, _)| code.as_str());
            actors.target = crate::args::threatened(doc, s, trig, speaker);
        }
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
            || (ty == EventType::Explosion && seized(doc, whole, trig))
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
            if places.is_empty() {
                places.extend(town_named_again(doc, whole, s, trig));
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
                own_agent_only: object.is_some() || blamed || condemned(doc, whole, trig).is_some(),
                named_again: again,
                unnamed_sites: p.is_none_or(is_area)
                    && *unnamed_sites.get_or_init(|| names_no_sites(doc, s)),
            });
        }
    }
    out
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
