//! RSS/Atom/JSON Feed parsing and the fragment-to-text stripper.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = rasd_ingest::read_feed_bytes("fuzz.rss", data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = rasd_ingest::html_to_text(text);
    }
});
