//! Any text in, well-formed matches out: spans on character boundaries, in order, coordinates
//! and precision in range.

mod common;
use common::*;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "ريف",
    "الحسكة",
    "الجنوبي",
    "الشرقي",
    "بريف",
    "إدلب",
    "قرية",
    "بلدة",
    "مدينة",
    "معبر",
    "الوليد",
    "حقل",
    "العمر",
    "قاعدة",
    "التنف",
    "شرق",
    "جنوبي",
    "20",
    "كم",
    "على",
    "بعد",
    "في",
    "من",
    "دير",
    "الزور",
    "ديرالزور",
    "البو",
    "كمال",
    "الفرات",
    "للحسكة",
    "والرقة",
    "محافظة",
    "الباب",
    "الميادين",
    "مراسل",
    "ابراهيم",
    "الحسن",
    "ريفي",
    "وحماة",
    "الريف",
    "لحلب",
    "بادية",
    "near",
    "al-Shaddadi",
    "countryside",
    "of",
    "southern",
    "Hasakah",
    "km",
    "north",
    "x",
    "،",
    ".",
    "\"",
    "(",
    ")",
    "ـ",
    "\u{200f}",
    "١٥",
    "كيلومترا",
];

proptest! {
    #[test]
    fn matches_are_well_formed(idx in prop::collection::vec(0..WORDS.len(), 0..40), seps in prop::collection::vec(0..4usize, 40)) {
        let mut text = String::new();
        for (k, i) in idx.iter().enumerate() {
            text.push_str(WORDS[*i]);
            text.push_str([" ", "، ", "-", ""][seps[k % seps.len()]]);
        }
        let n = rasd_text::normalize(&text);
        let ms = gaz().find_places(&n.text, &rasd_text::tokenize(&n.text));
        let mut last = 0;
        for m in &ms {
            prop_assert!(m.start < m.end && m.end <= n.text.len());
            prop_assert!(n.text.is_char_boundary(m.start) && n.text.is_char_boundary(m.end));
            prop_assert!(m.start >= last, "sorted");
            last = m.start;
            prop_assert!((1..=3).contains(&m.geo_precision));
            prop_assert!((-90.0..=90.0).contains(&m.lat) && (-180.0..=180.0).contains(&m.lon));
            prop_assert!((0.0..=1.0).contains(&m.score));
        }
        let a = gaz().geocode(&text, None);
        prop_assert_eq!(a.found, a.lat.is_some());
    }
}
