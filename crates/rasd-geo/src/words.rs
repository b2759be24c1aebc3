//! Small closed word lists around place names, in normalised form (ة→ه، ى→ي، أ→ا):
//! cue words, directions, distance units, and the words that say a name is a person or an
//! outlet. Lookups are `match`es on `&str`: no allocation, no hashing.

use rasd_text::proclitic_readings;

/// A word that says what follows (or precedes) is a place of some kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    City,
    Settlement,
    Quarter,
    Camp,
    Crossing,
    Field,
    Base,
    Airport,
    Dam,
    Site,
    Admin1,
    Area,
    Mountain,
    River,
    Countryside,
    Badia,
    Near,
}

fn cue_word(w: &str) -> Option<Cue> {
    Some(match w {
        "مدينه" | "مدينتي" | "مدن" | "city" => Cue::City,
        "بلده" | "بلدتي" | "بلدات" | "قريه" | "قريتي" | "قري" | "ناحيه" | "مزرعه" | "مزارع"
        | "بلديه" | "تجمع" | "town" | "village" | "villages" | "towns" => Cue::Settlement,
        "حي" | "حيي" | "احياء" | "neighbourhood" | "neighborhood" | "district" => {
            Cue::Quarter
        }
        "مخيم" | "مخيمي" | "مخيمات" | "camp" | "camps" => Cue::Camp,
        "معبر" | "معبري" | "معابر" | "منفذ" | "crossing" => Cue::Crossing,
        "حقل" | "حقلي" | "حقول" | "field" | "fields" | "oilfield" => Cue::Field,
        "قاعده" | "قاعدتي" | "قواعد" | "ثكنه" | "base" | "bases" | "garrison" => {
            Cue::Base
        }
        "مطار" | "مطاري" | "مهبط" | "airport" | "airbase" | "airfield" => Cue::Airport,
        "سد" | "dam" => Cue::Dam,
        "جسر" | "سجن" | "معمل" | "محطه" | "bridge" | "prison" => Cue::Site,
        "محافظه" | "محافظتي" | "ولايه" | "province" | "governorate" => {
            Cue::Admin1
        }
        "منطقه" | "مناطق" | "منطقتي" | "اقليم" | "مقاطعه" | "area" | "region" => {
            Cue::Area
        }
        "جبل" | "جبال" | "mount" | "mountain" | "mountains" => Cue::Mountain,
        "نهر" | "river" => Cue::River,
        "ريف" | "ريفي" | "ارياف" | "rural" | "countryside" => Cue::Countryside,
        "باديه" => Cue::Badia,
        // "على طريق درعا"، "طريق إدلب - أريحا": a road leads from or to the town, not into it.
        "قرب" | "بالقرب" | "محيط" | "اطراف" | "ضواحي" | "مشارف" | "تخوم" | "جوار" | "مدخل"
        | "طريق" | "اوتوستراد" | "near" | "outskirts" | "vicinity" => Cue::Near,
        _ => return None,
    })
}

/// The cue a token carries, clitics allowed (بمدينة، وريف، لقاعدة). A definite cue
/// (القاعدة، المدينة) is not followed by a name in Arabic and does not count.
pub(crate) fn cue(tok: &str) -> Option<Cue> {
    proclitic_readings(tok).find_map(|r| if definite(tok, r) { None } else { cue_word(r) })
}

/// A name that is itself a word for a kind of place ("المدينة"، "القرية"): no cue vouches
/// for it.
pub(crate) fn names_a_kind(name: &str) -> bool {
    proclitic_readings(name).any(|r| cue_word(r).is_some())
}

/// Reading `r` of `tok` was reached by removing an article (القاعدة → قاعدة).
fn definite(tok: &str, r: &str) -> bool {
    let prefix = tok.get(..tok.len() - r.len()).unwrap_or("");
    prefix.ends_with("ال") || prefix.ends_with("لل")
}

/// English cues written after the name ("Omar oil field", "Hasakah countryside").
pub(crate) fn cue_after_en(w: &str) -> Option<Cue> {
    match w {
        "countryside" => Some(Cue::Countryside),
        "area" | "outskirts" => Some(Cue::Near),
        _ => cue_word(w).filter(|c| !matches!(c, Cue::Near | Cue::Countryside | Cue::Mountain)),
    }
}

/// Adjectives after a name that say what kind of site it is (حقل العمر النفطي).
pub(crate) fn qualifier(w: &str) -> Option<Cue> {
    Some(match w {
        "النفطي" | "النفطيه" | "الغازي" | "الغازيه" => Cue::Field,
        "العسكري" | "العسكريه" | "الجوي" | "الجويه" => Cue::Base,
        "الحدودي" | "الحدوديه" => Cue::Crossing,
        _ => return None,
    })
}

/// Bearing in degrees of a direction word written before a name (شرق، شرقي، بشمال).
pub(crate) fn direction_before(tok: &str) -> Option<f64> {
    proclitic_readings(tok).find_map(|w| match w {
        // الشرقي is an adjective of the word before, not a direction to what follows
        _ if definite(tok, w) => None,
        "شمال" | "شمالي" | "north" | "northern" => Some(0.0),
        "شرق" | "شرقي" | "east" | "eastern" => Some(90.0),
        "جنوب" | "جنوبي" | "south" | "southern" => Some(180.0),
        "غرب" | "غربي" | "west" | "western" => Some(270.0),
        "northeast" | "northeastern" => Some(45.0),
        "southeast" | "southeastern" => Some(135.0),
        "southwest" | "southwestern" => Some(225.0),
        "northwest" | "northwestern" => Some(315.0),
        _ => None,
    })
}

/// Bearing of an adjective after a name (ريف الحسكة الجنوبي، بادية حمص الشرقية).
pub(crate) fn direction_after(w: &str) -> Option<f64> {
    match w {
        "الشمالي" | "الشماليه" => Some(0.0),
        "الشرقي" | "الشرقيه" => Some(90.0),
        "الجنوبي" | "الجنوبيه" => Some(180.0),
        "الغربي" | "الغربيه" => Some(270.0),
        _ => None,
    }
}

/// Combines two bearings into the compound (جنوب + شرق → 135).
pub(crate) fn combine(a: f64, b: f64) -> f64 {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if hi - lo > 180.0 {
        ((lo + 360.0 + hi) / 2.0) % 360.0
    } else {
        (lo + hi) / 2.0
    }
}

/// Kilometres per unit for "20 كم", "15 km", "10 miles".
pub(crate) fn distance_unit(w: &str) -> Option<f64> {
    match w {
        "كم" | "كلم" | "كيلو" | "كيلومتر" | "كيلومترات" | "كيلومترا" | "km" | "kms"
        | "kilometres" | "kilometers" | "kilometre" | "kilometer" => Some(1.0),
        "ميل" | "اميال" | "miles" | "mile" => Some(1.609),
        _ => None,
    }
}

/// An Arabic word with no article and no conjunction: what a proper name's second word looks
/// like ("بوير" in "مشرفة بوير").
pub(crate) fn plain_word(w: &str) -> bool {
    w.chars().count() >= 3
        && rasd_text::arabic_letters_only(w)
        && !w.starts_with("ال")
        && !w.starts_with('و')
        && !gap_word(w)
}

/// Words that may stand between a place and the place that locates it ("X في ريف إدلب").
pub(crate) fn gap_word(w: &str) -> bool {
    matches!(
        w,
        "في" | "من"
            | "ضمن"
            | "داخل"
            | "التابعه"
            | "التابع"
            | "الواقعه"
            | "الواقع"
            | "الي"
            | "in"
            | "of"
            | "the"
            | "near"
            | "at"
    )
}

/// Prepositions that put a place in a locative slot (في الحسكة، من البوكمال، نحو التنف).
pub(crate) fn locative(tok: &str) -> bool {
    matches!(
        tok,
        "في" | "من"
            | "الي"
            | "نحو"
            | "باتجاه"
            | "داخل"
            | "عند"
            | "علي"
            | "حتي"
            | "ضمن"
            | "عبر"
            | "بين"
            | "قرب"
            | "in"
            | "from"
            | "to"
            | "near"
            | "at"
            | "into"
            | "towards"
    )
}

/// Canonical cue words, to find a site named "<cue> <town>" (منفذ البوكمال → معبر البوكمال).
pub(crate) fn cue_heads(c: Cue) -> &'static [&'static str] {
    match c {
        Cue::Crossing => &["معبر", "منفذ"],
        Cue::Base => &["قاعده", "مطار"],
        Cue::Airport => &["مطار", "قاعده"],
        Cue::Field => &["حقل", "حقول"],
        Cue::Dam => &["سد"],
        Cue::Camp => &["مخيم"],
        _ => &[],
    }
}

/// Dual and plural cues that apply to the next name too ("ريفي إدلب وحلب").
pub(crate) fn shared_cue(tok: &str) -> bool {
    proclitic_readings(tok).any(|w| {
        matches!(
            w,
            "ريفي"
                | "ارياف"
                | "محافظتي"
                | "مدينتي"
                | "بلدتي"
                | "قريتي"
                | "حقلي"
                | "قاعدتي"
                | "مطاري"
                | "معبري"
                | "مخيمي"
                | "بلدات"
                | "قري"
                | "مدن"
                | "حقول"
                | "قواعد"
                | "مناطق"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_with_clitics() {
        assert_eq!(cue("بمدينه"), Some(Cue::City));
        assert_eq!(cue("وريف"), Some(Cue::Countryside));
        assert_eq!(cue("لقاعده"), Some(Cue::Base));
        assert_eq!(cue("الحسكه"), None);
    }

    #[test]
    fn compound_bearings() {
        assert_eq!(combine(180.0, 90.0), 135.0);
        assert_eq!(combine(0.0, 270.0), 315.0);
        assert_eq!(direction_before("بشمال"), Some(0.0));
    }
}
