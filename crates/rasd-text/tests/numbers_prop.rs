use proptest::prelude::*;
use rasd_text::{find_numbers, normalize_str, number_at, tokenize};

fn arabic_indic(n: u64) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

fn values(s: &str) -> Vec<u64> {
    let n = normalize_str(s);
    let t = tokenize(&n);
    find_numbers(&n, &t).into_iter().map(|m| m.value).collect()
}

proptest! {
    #[test]
    fn ascii_digits_round_trip(n in 0u64..=999_999) {
        prop_assert_eq!(values(&format!("قتل {n} عنصرا")), vec![n]);
    }

    #[test]
    fn arabic_indic_digits_round_trip(n in 0u64..=999_999) {
        prop_assert_eq!(values(&format!("دخلت {} شاحنة", arabic_indic(n))), vec![n]);
    }

    #[test]
    fn never_panics_and_stays_in_bounds(s in "\\PC{0,80}") {
        let n = normalize_str(&s);
        let t = tokenize(&n);
        let found = find_numbers(&n, &t);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(m.first_token < m.end_token);
            prop_assert!(m.end_token <= t.len());
            prop_assert!(m.first_token >= last_end, "mentions overlap");
            last_end = m.end_token;
        }
        for i in 0..=t.len() {
            if let Some(m) = number_at(&n, &t, i) {
                prop_assert!(m.end_token <= t.len() && m.first_token == i);
            }
        }
    }

    #[test]
    fn arabic_number_soup_never_panics(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "و", "ثلاثه", "عشر", "عشرين", "وعشرين", "ميه", "الف", "الاف", "الالاف",
                "عشرات", "مليون", "ميتين", "اكثر", "من", "نحو", "ما", "يزيد", "عن", "1.5",
                "99999999999999999999", "18446744073709551615", "1,000", "مليار", "and",
                "hundred", "thousand", "of", "tens", "تقريبا", "احد", "اثنا",
            ]),
            0..12,
        )
    ) {
        let s = words.join(" ");
        let t = tokenize(&s);
        for m in find_numbers(&s, &t) {
            prop_assert!(m.first_token < m.end_token && m.end_token <= t.len());
        }
    }
}

#[test]
fn mismatched_tokens_do_not_panic() {
    // Tokens from another text: out-of-range spans must be ignored, not sliced.
    let t = tokenize("ثلاثه الاف و500 عنصر في 10 قرى");
    let _ = find_numbers("3", &t);
    let _ = find_numbers("", &t);
}

#[test]
fn every_number_below_a_million_round_trips() {
    let mut s = String::new();
    for n in 0u64..=999_999 {
        s.clear();
        s.push_str("قتل ");
        s.push_str(&n.to_string());
        let t = tokenize(&s);
        let found = find_numbers(&s, &t);
        assert!(found.len() == 1 && found[0].value == n, "{n}: {found:?}");
    }
}
