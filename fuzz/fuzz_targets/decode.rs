//! Bytes to text (BOM, UTF-8, declared charset, detection) and the HTTP payload helpers.
#![no_main]

use rasd_ingest::{decode, payload};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = decode::decode_bytes(data);
    let _ = decode::decode_html(data);
    let _ = decode::declared_charset(data);
    if let Ok(http) = payload::parse_http_response(data) {
        let _ = http.header("Content-Type");
        let _ = payload::dechunk(http.body);
        let _ = payload::decode_content(http.body, "gzip", 1 << 20);
        let _ = payload::decode_content(http.body, "deflate", 1 << 20);
    }
    let _ = payload::article_from_payload(data, None);
});
