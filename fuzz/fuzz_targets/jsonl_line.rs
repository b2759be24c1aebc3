//! JSONL streaming: line splitting with a small line limit, per-line decoding and parsing.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let lines = rasd_ingest::JsonlReader::new("fuzz.jsonl", data).with_max_line(4096);
    for item in lines {
        let _ = item;
    }
});
