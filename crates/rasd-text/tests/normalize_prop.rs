//! Properties of normalisation and tokenisation over arbitrary text, Arabic-heavy.

use proptest::prelude::*;
use rasd_text::{normalize, normalize_str, proclitic_readings, sentences, tokenize};

/// Strings mixing Arabic letters, diacritics, presentation forms, digits, Latin and marks.
fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::char::range('\u{0600}', '\u{06FF}'),
            prop::char::range('\u{FB50}', '\u{FEFF}'),
            prop::char::range('a', 'z'),
            prop::char::range('A', 'Z'),
            Just(' '),
            Just('\n'),
            Just('.'),
            Just('\u{200F}'),
            Just('\u{0640}'),
            any::<char>(),
        ],
        0..80,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn normalise_is_idempotent(s in arabicish()) {
        let once = normalize_str(&s);
        prop_assert_eq!(normalize_str(&once), once.clone());
        prop_assert_eq!(normalize(&s).text, once);
    }

    #[test]
    fn spans_map_to_char_boundaries(s in arabicish()) {
        let n = normalize(&s);
        for t in tokenize(&n.text) {
            let (a, b) = n.original_span(t.start as usize, t.end as usize);
            prop_assert!(a <= b && b <= s.len());
            prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            prop_assert!(n.text.is_char_boundary(t.start as usize) && n.text.is_char_boundary(t.end as usize));
            for r in proclitic_readings(t.text(&n.text)) {
                prop_assert!(!r.is_empty());
            }
        }
        for (a, b) in sentences(&n.text) {
            prop_assert!(n.text.is_char_boundary(a) && n.text.is_char_boundary(b) && a <= b);
        }
        for o in 0..=s.len() {
            let i = n.normalized_offset(o);
            prop_assert!(i <= n.text.len() && n.text.is_char_boundary(i));
        }
    }
}
