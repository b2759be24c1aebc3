//! The HTML reader on arbitrary bytes: charset sniffing, parsing, content extraction.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = rasd_ingest::article_from_html_bytes(data);
});
