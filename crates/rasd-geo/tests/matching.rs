//! Matching mechanisms: spelling variants, clitics, inner spaces, English names.

mod common;
use common::*;

const ABU_KAMAL: &str = "gn:174448";
const SHADDADI: &str = "gn:172837";
const HASAKAH: &str = "gn:173811";
const DEIR_EZ_ZOR: &str = "gn:170794";

#[test]
fn spelling_variants_of_abu_kamal() {
    for text in [
        "قصف في البوكمال",
        "قصف في البو كمال",
        "قصف في ابو كمال",
        "قصف في أبو كمال",
        "قصف في مدينة البوكمال",
    ] {
        let ms = places(text);
        let m = with_id(&ms, ABU_KAMAL).unwrap_or_else(|| panic!("{text}: {:?}", ids(&ms)));
        assert!(km(m, 34.4533, 40.9186) < 2.0, "{text}");
        assert_eq!(m.geo_precision, 1);
    }
}

#[test]
fn optional_inner_space_and_variants() {
    for text in ["وصل إلى دير الزور", "وصل إلى ديرالزور", "وصل الى دير الزّور"]
    {
        let ms = places(text);
        assert!(
            with_id(&ms, DEIR_EZ_ZOR).is_some(),
            "{text}: {:?}",
            ids(&ms)
        );
    }
    for text in ["اشتباكات في الشدادي", "اشتباكات في الشدادة"] {
        assert!(with_id(&places(text), SHADDADI).is_some(), "{text}");
    }
}

#[test]
fn proclitics_are_stripped() {
    let text = "وصلت القوات بمدينة الشدادي والحسكة ولمدينة دير الزور وللحسكة";
    let ms = places(text);
    let sh = with_id(&ms, SHADDADI).expect("الشدادي");
    assert!(sh.cue, "مدينة is a cue");
    let n = rasd_text::normalize_str(text);
    assert_eq!(
        &n[sh.start..sh.end],
        "بمدينه الشدادي",
        "span covers the cue word"
    );
    assert_eq!(
        ms.iter()
            .filter(|m| m.id.as_deref() == Some(HASAKAH))
            .count(),
        2
    );
    assert!(with_id(&ms, DEIR_EZ_ZOR).is_some_and(|m| m.cue));
}

#[test]
fn article_is_not_stripped_to_reach_a_name() {
    // السورية (Syrian) is not سورية (Syria); الدوما (the Duma) is not the town Douma
    let ms = places("الحكومة السورية ومجلس الدوما الروسي");
    assert!(
        ms.iter().all(|m| m.id.as_deref() != Some("cc.sy")),
        "{:?}",
        ids(&ms)
    );
    assert!(
        ms.iter().all(|m| m.id.as_deref() != Some("gn:170592")),
        "{:?}",
        ids(&ms)
    );
}

#[test]
fn english_names_and_phrases() {
    let ms = places(
        "Airstrikes near al-Shaddadi and in the southern Hasakah countryside, 15 km north of Deir ez-Zor",
    );
    let sh = with_id(&ms, SHADDADI).expect("al-Shaddadi");
    assert_eq!(sh.geo_precision, 2, "near");
    let south: Vec<_> = ms
        .iter()
        .filter(|m| m.id.as_deref() == Some(HASAKAH))
        .collect();
    assert_eq!(south.len(), 1);
    assert!(south[0].lat < 36.40 && south[0].geo_precision == 2);
    let off = with_id(&ms, DEIR_EZ_ZOR).expect("Deir ez-Zor");
    assert!((km(off, 35.33588, 40.14084) - 15.0).abs() < 0.5);
    assert!(off.lat > 35.33588);
}

/// English drops the article a spelling carries: "Shuhayl" is al-Shuhayl, "Sukhnah" As
/// Sukhnah; a given name that is such a name without its article stays a person.
#[test]
fn an_english_name_without_its_article_is_the_place() {
    for (text, name) in [
        ("A raid near Shuhayl left two dead.", "al-Shuhayl"),
        ("Drones struck Sukhnah on Monday.", "al-Sukhnah"),
    ] {
        let ms = places_cased(text);
        assert!(ms.iter().any(|m| m.name.ends_with(name)), "{text}: {ms:?}");
    }
    for text in ["Hussein said the convoy was hit.", "Salman met the envoy."] {
        assert!(
            places_cased(text).is_empty(),
            "{text}: {:?}",
            places_cased(text)
        );
    }
}

#[test]
fn a_cue_word_does_not_reach_across_a_sentence_end() {
    // "the area." ends one sentence; "Turkey" opens the next paragraph, no "area of Turkey".
    let text = "attacks on civilians in the area.\n\nTurkey, which regards the group as a threat";
    let ms = places(text);
    let turkey = ms
        .iter()
        .find(|m| m.name == "Turkey")
        .unwrap_or_else(|| panic!("{ms:?}"));
    assert_eq!(turkey.relation, rasd_geo::Relation::At, "{turkey:?}");
    let n = rasd_text::normalize(text);
    assert!(n.text[turkey.start..].starts_with("turkey"), "{turkey:?}");
    // Within a sentence the cue still applies: "east of Qamishli".
    let ms = places("a village east of Qamishli");
    assert!(ms.iter().any(|m| m.geo_precision == 2), "{ms:?}");
}

#[test]
fn sites_with_their_cues() {
    let ms = places("وصل رتل إلى حقل العمر النفطي ثم إلى قاعدة التنف وحقل كونيكو وحقل الجفرة");
    for id in [
        "sy.field.omar",
        "sy.base.tanf",
        "sy.field.conoco",
        "sy.field.jafra",
    ] {
        let m = with_id(&ms, id).unwrap_or_else(|| panic!("{id}: {:?}", ids(&ms)));
        assert!(m.cue, "{id}");
    }
    // a site cue before a town's name finds the site named after it
    let ms = places("أغلقت السلطات منفذ البوكمال الحدودي");
    assert!(with_id(&ms, "sy.x.qaim").is_some(), "{:?}", ids(&ms));
}

#[test]
fn dual_cues_carry_over() {
    let ms = places("قصف على ريفي إدلب وحماة");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(
        ms.iter()
            .all(|m| m.relation == rasd_geo::Relation::Countryside && m.geo_precision == 2)
    );
}

#[test]
fn villages_of_the_front_lines_are_found() {
    for (text, id) in [
        (
            "قصف مدفعي استهدف قرية كفرلاتة بريف إدلب الجنوبي",
            "sy.v.kafr-latah",
        ),
        ("غارات روسية على بلدة شنان في جبل الزاوية", "sy.v.shinan"),
        ("قصف على محيط بلدة النيرب شرقي إدلب", "sy.v.al-nayrab"),
        // The Khabur, the Golan line and the Afrin front.
        ("قصف تركي على قرية تل جمعة بريف تل تمر", "sy.v.tall-jumah"),
        (
            "توغلت قوة إسرائيلية في قرية صيدا الحانوت بريف القنيطرة الجنوبي",
            "sy.v.sayda-al-jawlan",
        ),
        (
            "قصف على قرية شوارغة في ناحية شرا بعفرين",
            "sy.v.shawarghat-al-arz",
        ),
        ("انفجار في قرية العيون بريف بلدة مارع", "sy.v.al-uyun-azaz"),
    ] {
        let ms = places(text);
        assert!(with_id(&ms, id).is_some(), "{text}: {:?}", ids(&ms));
    }
}

#[test]
fn a_district_seat_known_by_name_only_is_found_after_a_preposition() {
    // GeoNames lists these seats with no population; a preposition vouches for them.
    for (text, id) in [
        ("قصف مدفعي على سرمين وسط تحليق للطيران الروسي", "gn:164782"),
        ("غارات روسية على تفتناز", "gn:163799"),
    ] {
        let ms = places(text);
        assert!(with_id(&ms, id).is_some(), "{text}: {:?}", ids(&ms));
    }
    // Not for one that is also a word, nor for a village named like one ("العيون").
    for text in [
        "حصل الطفل على التبني",
        "عثر على حديدة في الطريق",
        "رأته العيون على الخريطة",
    ] {
        let ms = places(text);
        assert!(ms.is_empty(), "{text}: {:?}", ids(&ms));
    }
}

#[test]
fn a_known_name_after_a_settlement_word_is_another_village() {
    // "تل شنان" near Tell Tamr is not Shinan in Idlib; "كفر" + a town is another village.
    for text in [
        "قصف تركي على قرية تل شنان الآشورية في ريف تل تمر",
        "سقطت قذائف على كفر شنان",
    ] {
        let ms = places(text);
        assert!(
            with_id(&ms, "sy.v.shinan").is_none(),
            "{text}: {:?}",
            ids(&ms)
        );
    }
    // A name the gazetteer holds whole is still found.
    assert!(!places("قصف على مدينة تل أبيض").is_empty());
}

/// English spellings the gazetteer lacks are read with their vowels and endings folded, when
/// capitalised; a single word so read needs a cue, and one matching an English word or
/// another proper noun ("Korean", "Safety") without one is no place.
#[test]
fn english_spellings_fold_to_the_gazetteer_name() {
    for (text, name) in [
        ("Clashes erupted in Deir el-Zour.", "Deir ez-Zor"),
        ("Troops entered Khan Arnabeh.", "Khan Arnabah"),
        ("Shelling hit the village of Dardareh.", "Dardarah"),
    ] {
        let ms = places_cased(text);
        assert!(ms.iter().any(|m| m.name == name), "{text}: {ms:?}");
        // Without the capitals the words are read as written only.
        assert!(places(text).iter().all(|m| m.name != name), "{text}");
    }
    for text in [
        "A Korean convoy was hit.",
        "Safety comes first, the convoy said.",
        "Shelling hit the village of dardareh.",
    ] {
        assert!(
            places_cased(text).is_empty(),
            "{text}: {:?}",
            places_cased(text)
        );
    }
}
