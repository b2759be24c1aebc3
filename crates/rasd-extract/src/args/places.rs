//! Where it happened: the place mentions around a trigger, ranked.

use super::*;

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
        // ranked like a speaker's place below the sites the item tells of; so does a dateline,
        // the city the report was filed from ("BEIRUT (Reuters) - Israeli strikes hit Daraa").
        let heading = first == s.first_token
            && (doc.gap_before(doc.token_at(p.end)).contains(':') || dateline(doc, s, p));
        // "قصفت القوات التركية المتمركزة في قاعدة جلبل … قرية أبين": where the side that struck
        // is stationed ranks below the place it struck.
        let station = ty.is_violent() && strikers_station(doc, s, p, actor);
        // "دخل رتل عبر معبر الوليد … واتجه إلى قاعدة خراب الجير": the crossing a convoy passed
        // is its route when a site it made for is named after it.
        let route = ty == EventType::Deployment
            && after_word(doc, p, &["عبر"])
            && doc.places_in(s).any(|d| {
                d.start > p.end && d.geo_precision == 1 && after_word(doc, d, &DESTINATION_WORDS)
            });
        let penalty = penalty
            + if speakers_place
                || heading
                || station
                || route
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

/// Words at most from a dateline's city to its dash: the agency and the day between
/// ("DAMASCUS, March 4 (Reuters) -").
const DATELINE_WORDS: usize = 5;

/// "حماة - قصفت …"، "BEIRUT (Reuters) - …": a place opening the sentence, followed by a dash
/// right after it or after a bracketed agency and a day, is where the report was filed.
fn dateline(doc: &Doc, s: &Sentence, p: &PlaceMatch) -> bool {
    let after = doc.token_at(p.end);
    // Spaced, not the hyphen inside a name ("Deir ez-Zor").
    let dash = |i: usize| {
        let gap = doc.gap_before(i);
        gap.contains(['-', '–', '—']) && gap.contains(char::is_whitespace)
    };
    let opens = doc
        .gap_before(after)
        .trim_start()
        .starts_with([',', '(', '،']);
    dash(after)
        || (opens
            && (after + 1..=(after + DATELINE_WORDS).min(s.end_token))
                .take_while(|&i| !doc.gap_before(i).contains(['.', '\n']))
                .any(|i| dash(i) && doc.gap_before(i).contains(')')))
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
    doc.casualties_ending_before(s, at, TOLL_SITE_REACH)
        .any(|c| {
            !doc.marks_between(c.end, at, &[',', '،', '('])
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
pub(super) fn roles_within<'d>(
    doc: &'d Doc,
    s: &Sentence,
    key: &'d str,
    at: usize,
    reach: usize,
) -> impl Iterator<Item = Hit> + 'd {
    doc.hits_in(s, Category::Role)
        .filter(move |r| doc.key(*r) == key && r.end <= at && at - r.end <= reach)
}

/// A relative pronoun ("الذي"، "التي"، "that"): the clause after it describes the noun before.
pub(crate) fn is_relative_pronoun(token: &str) -> bool {
    matches!(token, "الذي" | "التي" | "that" | "which")
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
pub(super) fn said_between(doc: &Doc, from: usize, to: usize) -> bool {
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

/// Words before a place that say a convoy made for it.
const DESTINATION_WORDS: [&str; 4] = ["الي", "نحو", "باتجاه", "اتجاه"];

/// The place comes right after one of `words` (with و), over a cue word ("عبر معبر الوليد").
fn after_word(doc: &Doc, p: &PlaceMatch, words: &[&str]) -> bool {
    let first = doc.token_at(p.start);
    (first.saturating_sub(2)..first).any(|i| {
        let w = doc.token_text(i);
        words.contains(&w.strip_prefix('و').unwrap_or(w))
    })
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
pub(super) fn listed(doc: &Doc, p: &PlaceMatch) -> bool {
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
