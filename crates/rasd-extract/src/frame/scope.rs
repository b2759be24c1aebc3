//! Around a trigger: its place's extent, the span its sides come from, its counts, its toll's site.

use super::*;

/// Countrysides, sides of a town, regions and governorates contain other places.
pub(super) fn is_area(p: &rasd_geo::PlaceMatch) -> bool {
    use rasd_geo::Relation;
    matches!(p.relation, Relation::Countryside | Relation::Offset)
        || is_area_kind(&p.kind)
        || p.geo_precision >= 3
}

/// The whole country, or a part of it named by it ("north-east Syria", "the Syrian coast"),
/// not a region with a name of its own ("Jabal al-Zawiya").
pub(super) fn is_wide(p: &rasd_geo::PlaceMatch) -> bool {
    p.kind == "country" || (p.kind == "region" && p.name.contains("Syria"))
}

/// Words at most from a plural of settlements to the first of the places it lists ("قرى
/// وبلدات احسم وكفرلاتة").
const LISTED_AFTER_REACH: usize = 2;

/// What a strike hit is many towns or villages it does not name: right after a strike word or
/// "على", a plural of settlements ("استهدفت مدن وبلدات ريف إدلب"، "على عدة قرى"، "على مناطق في
/// ريف حلب") or a count of them ("على أكثر من 15 مدينة وبلدة") with no site listed right after
/// (an area may follow: "مدن وبلدات ريف إدلب").
pub(super) fn names_no_sites(doc: &Doc, s: &Sentence) -> bool {
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

/// Which of the places listed for one trigger its casualty counts belong to: the first named,
/// unless the toll names one of the others ("قصفت بلدتي كنصفرة والبارة، ما أدى لمقتل مدني في
/// بلدة البارة").
pub(super) fn toll_site(
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
pub(super) fn struck_convoy(doc: &Doc, s: &Sentence, ty: EventType, trig: Hit) -> Option<Sentence> {
    if !matches!(ty, EventType::Deployment | EventType::Withdrawal) {
        return None;
    }
    let convoy_noun = !doc.token_text(trig.first).starts_with('و')
        && rasd_text::proclitic_readings(doc.token_text(trig.first)).any(|r| {
            let r = r.strip_prefix("ال").unwrap_or(r);
            crate::args::convoy_noun(r)
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
pub(super) fn speaker_span(doc: &Doc, s: &Sentence, trig: Hit) -> Sentence {
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
pub(super) fn vow_speaker_span(doc: &Doc, s: &Sentence, trig: Hit) -> Sentence {
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
pub(super) fn relevant_quantities(ty: EventType, qty: &[Quantity]) -> Vec<Quantity> {
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
pub(super) fn struck_vehicles(
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
