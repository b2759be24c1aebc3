//! Words that say a name is not a place here: people, outlets, organisations, and common
//! nouns that cannot start an unknown place name. Normalised forms; checked only around names.

use rasd_text::proclitic_readings;

#[rustfmt::skip]
const PERSON: &[&str] = &[
    "محمد", "احمد", "علي", "حسن", "حسين", "ابراهيم", "خالد", "عمر", "عبد", "عبدالله", "يوسف",
    "مصطفي", "سليمان", "سلمان", "فهد", "ماهر", "بشار", "حافظ", "رامي", "سامر", "فراس", "جمال",
    "وليد", "ناصر", "عادل", "سعيد", "سعد", "صالح", "فيصل", "حمزه", "طارق", "زياد", "عماد",
    "رياض", "جميل", "نبيل", "فادي", "ماجد", "مازن", "مالك", "قاسم", "هادي", "حيدر", "عباس",
    "جعفر", "كريم", "منير", "بسام", "هشام", "ايمن", "اسامه", "انس", "ياسر", "ياسين", "عثمان",
    "بكر", "عمار", "مهند", "وائل", "وايل", "نزار", "لوي", "غسان", "حازم", "عصام", "نادر",
    "سامي", "سمير", "عامر", "منذر", "مروان", "عدنان", "ابو", "ام", "ابن", "بن", "بنت", "السيد",
    "الرئيس", "الوزير", "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم",
    "الدكتور", "القيادي", "المتحدث", "الناطق", "الصحفي", "الشهيد", "المدعو", "الحاج", "الامير",
    "عائله", "عشيره", "قبيله", "ال", "الشاب", "الطفل", "mr", "gen", "general", "colonel",
    "sheikh", "abu",
];

/// A token that says the next name is a person: given names, kunyas, titles.
pub(crate) fn person_before(tok: &str) -> bool {
    proclitic_readings(tok).any(|w| PERSON.contains(&w))
}

/// Words that begin settlement names ("تل شنان"، "كفر حمرة"، "خربة غزالة"): a known name
/// right after one is the tail of a longer name the gazetteer lacks, another village.
pub(crate) fn name_head_before(tok: &str) -> bool {
    proclitic_readings(tok).any(|w| {
        matches!(
            w,
            "تل" | "تال" | "عين" | "كفر" | "دير" | "خربه" | "بير" | "حوش"
        )
    })
}

#[rustfmt::skip]
const ORG: &[&str] = &[
    "مجلس", "لواء", "جيش", "فيلق", "جبهه", "كتيبه", "كتائب", "فرقه", "حركه", "حزب", "تنظيم",
    "تجمع", "هيئه", "council", "brigade", "army", "front",
];

/// Nouns that make the next name part of an organisation (مجلس دير الزور العسكري).
pub(crate) fn org_before(tok: &str) -> bool {
    proclitic_readings(tok).any(|w| ORG.contains(&w))
}

/// Broken plurals that nationality adjectives often describe ("فصائل سورية"، "مصادر سورية").
const PLURAL_NOUNS: &[&str] = &["فصايل", "مصادر", "ارتال", "اطراف", "جهات", "قوي", "عناصر"];

/// "فصائل معارضة سورية"، "طائرات حربية سورية"، "امراة سورية": a name shaped like a feminine
/// nisba adjective ("سوريه"), bare, right after an indefinite feminine noun or a plural, agrees
/// with it as its adjective.
pub(crate) fn described_by(before: &str, name: &str) -> bool {
    let nisba = name.ends_with("يه") && name.chars().count() >= 4 && !name.starts_with("ال");
    let indefinite = !proclitic_readings(before).any(|w| w.starts_with("ال"));
    let feminine_or_plural = before.ends_with('ه')
        || before.ends_with("ات")
        || proclitic_readings(before).any(|w| PLURAL_NOUNS.contains(&w));
    nisba && indefinite && feminine_or_plural
}

/// Common nouns and adjectives that cannot be (part of) an unknown place name after a cue
/// ("قواعد الاحتلال الأمريكي في سوريا").
pub(crate) fn not_a_name(tok: &str) -> bool {
    proclitic_readings(tok).any(common_noun) || tok.chars().all(|c| c.is_ascii_digit())
}

fn common_noun(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let stem = w
        .strip_suffix("يه")
        .or_else(|| w.strip_suffix("ي"))
        .or_else(|| w.strip_suffix("ه"))
        .unwrap_or(w);
    matches!(
        stem,
        "احتلال"
            | "امريك"
            | "اميرك"
            | "روس"
            | "ترك"
            | "ايران"
            | "اسرائيل"
            | "عسكر"
            | "جو"
            | "حدود"
            | "نفط"
            | "غاز"
            | "تحالف"
            | "نظام"
            | "جيش"
            | "قوات"
            | "جديد"
            | "قديم"
            | "رئيس"
            | "كبير"
            | "صغير"
            | "محل"
            | "سور"
            | "عراق"
            | "اردن"
            | "لبنان"
            | "دول"
            | "غربي"
            | "شرقي"
            | "جنوبي"
            | "شمالي"
            | "مذكور"
            | "اخر"
            | "اخري"
            | "ثاني"
            | "اول"
            | "عديد"
            | "تابع"
            | "واقع"
            | "مجاور"
            | "قريب"
            | "بعيد"
            | "عربي"
            | "كردي"
            | "ارهاب"
            | "ميليشيات"
            | "فصائل"
            | "معارض"
            | "حكوم"
            | "اجنب"
            | "ذاتي"
            | "us"
            | "american"
            | "russian"
            | "turkish"
    ) || w.chars().all(|c| c.is_ascii_digit())
}

/// A token right after a name that makes it a person ("الحسن بن علي").
pub(crate) fn person_after(tok: &str) -> bool {
    matches!(tok, "بن" | "ابن" | "bin" | "ibn")
}

#[rustfmt::skip]
const MEDIA: &[&str] = &[
    "مراسل", "مراسله", "مراسلو", "قناه", "شبكه", "موقع", "صحيفه", "جريده", "وكاله", "تلفزيون",
    "اذاعه", "مصادر", "مصدر", "مكتب", "برنامج", "قالت", "افادت", "علمت", "ذكرت", "نقلت", "كشفت",
    "حصلت", "اطلعت", "وفق", "بحسب", "حسب",
    // what an outlet shows or airs ("مشاهد تعرضها الميادين"); not "تعرضت" (underwent)
    "تعرضها", "عرضت", "عرضتها", "تبث", "بثت", "بثتها", "تبثها", "نشرت", "نشرتها", "تنشر",
    "تنشرها",
];

/// Nouns that make the next name an outlet or a source (مراسل الميادين، قناة الجزيرة).
pub(crate) fn media_before(tok: &str) -> bool {
    proclitic_readings(tok).any(|w| MEDIA.contains(&w))
}

/// Place names that are also outlet names (with or without the article).
pub(crate) fn outlet(key: &str) -> bool {
    matches!(
        key.strip_prefix("ال").unwrap_or(key),
        "ميادين"
            | "جزيره"
            | "عربيه"
            | "منار"
            | "حدث"
            | "وطن"
            | "ثوره"
            | "بعث"
            | "فرات"
            | "شرق"
            | "اخباريه"
    )
}

/// English words and given names that are also GeoNames variants, or such names with an
/// article dropped ("Hussein"); never a place on their own.
pub(crate) fn english_stop(w: &str) -> bool {
    matches!(
        w,
        "habit"
            | "sheer"
            | "kafir"
            | "hussein"
            | "husayn"
            | "huseen"
            | "kasim"
            | "qasim"
            | "salman"
            | "zuhair"
            | "zubair"
            | "zubayr"
            | "riyad"
            | "hamzah"
            | "rifai"
            | "refai"
            | "naima"
            | "naimah"
            | "rabia"
            | "samra"
            | "hirak"
            | "harak"
            | "salt"
            | "tyre"
            | "said"
            | "will"
            | "home"
            | "dana"
            | "bara"
            | "nawa"
            | "sour"
            | "gaza"
            | "bala"
            | "tell"
            | "tall"
            | "ayn"
            | "ain"
            | "deir"
            | "khan"
            | "kafr"
            | "tal"
            | "umm"
            | "abu"
            | "jabal"
            | "wadi"
            | "river"
            | "camp"
            | "city"
            | "town"
            | "sheikh"
            | "new"
            | "old"
            | "upper"
            | "lower"
            | "east"
            | "west"
            | "north"
            | "south"
            | "alma"
            | "sadr"
            | "asad"
            | "assad"
            | "omar"
            | "hawl"
            | "area"
            | "base"
    )
}
