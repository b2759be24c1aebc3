use proptest::prelude::*;
use rasd_ingest::{
    JsonlReader, article_from_html, date_from_url, decode_bytes, decode_html, parse_published,
    read_json_str, strip_site_suffix,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(text) = decode_bytes(&bytes) {
            prop_assert!(!text.trim().is_empty());
        }
        let _ = decode_html(&bytes);
    }

    #[test]
    fn decoder_never_panics_on_high_bytes(bytes in proptest::collection::vec(0x80u8..=0xff, 1..512)) {
        let _ = decode_bytes(&bytes);
        let mut page = b"<meta charset=\"windows-1256\">".to_vec();
        page.extend_from_slice(&bytes);
        let _ = decode_html(&page);
    }

    #[test]
    fn jsonl_never_panics(lines in proptest::collection::vec(
        prop_oneof![
            any::<String>(),
            "\\{\"text\": \"[^\"\\\\]{0,20}\"(, \"published\": \"[0-9/:T+ -]{0,25}\")?\\}",
            proptest::collection::vec(any::<u8>(), 0..64).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        ],
        0..8,
    )) {
        let src = lines.join("\n");
        let n = JsonlReader::new("p.jsonl", src.as_bytes()).with_max_line(40).count();
        prop_assert!(n <= src.split('\n').count());
        let _ = read_json_str("p.json", &src);
    }

    #[test]
    fn jsonl_raw_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let _ = JsonlReader::new("p.jsonl", bytes.as_slice()).count();
    }

    #[test]
    fn html_and_dates_never_panic(s in any::<String>()) {
        let _ = article_from_html(&s);
        let _ = date_from_url(&s);
        let _ = parse_published(&s);
        let _ = strip_site_suffix(&s);
    }

    #[test]
    fn html_like_input_never_panics(s in "(<(p|div|article|nav|br|a|script|time)( class=\"[a-z ]{0,8}\")?>|</(p|div|article|a)>|[ءابتثجحخد ]{0,8}){0,30}") {
        let _ = article_from_html(&s);
    }
}
