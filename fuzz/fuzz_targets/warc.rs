//! The WARC reader on arbitrary bytes (gzipped or not), records capped at 1 MB.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let reader = std::io::Cursor::new(data.to_vec());
    let records = rasd_ingest::warc_from_reader("fuzz.warc", reader, Default::default())
        .with_max_record(1 << 20);
    for item in records.take(10_000) {
        let _ = item;
    }
});
