//! A `.json` document: one article, an array of them, or objects one per line.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = rasd_ingest::article_from_json(text);
        let _ = rasd_ingest::read_json_str("fuzz.json", text);
    }
});
