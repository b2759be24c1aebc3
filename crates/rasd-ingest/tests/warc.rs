//! WARC crawls: plain, gzipped per record and whole; charsets, codings and hostile records.

mod common;

use std::io::Write;
use std::path::PathBuf;

use common::{AR_REPORT, AR_REPORT_2, write};
use flate2::Compression;
use flate2::write::GzEncoder;
use rasd_ingest::{ReadOptions, read_paths, read_paths_with};

fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n\
         WARC-Date: 2024-08-10T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(100) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// Six records: warcinfo, a windows-1256 page, a request, an image, a resource page and a
/// chunked, gzipped page. Three are articles; the image is skipped.
fn records() -> Vec<Vec<u8>> {
    let html = page("قصف البوكمال", AR_REPORT);
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&html);
    let gz_body = chunked(&gzip(page("تعزيزات", AR_REPORT_2).as_bytes()));
    vec![
        record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "response",
            "https://example.org/2024/08/09/a",
            "application/http; msgtype=response",
            &http("Content-Type: text/html; charset=windows-1256\r\n", &cp1256),
        ),
        record(
            "request",
            "https://example.org/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ),
        record(
            "response",
            "https://example.org/logo.jpg",
            "application/http; msgtype=response",
            &http("Content-Type: image/jpeg\r\n", b"\xff\xd8\xff\xe0\0\0JFIF"),
        ),
        record(
            "resource",
            "<https://example.org/b>",
            "text/html",
            page(
                "بيان",
                "Clashes were reported near the town on Friday, according to local sources.",
            )
            .as_bytes(),
        ),
        record(
            "response",
            "https://example.org/c",
            "application/http; msgtype=response",
            &http(
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                &gz_body,
            ),
        ),
    ]
}

fn read(
    path: PathBuf,
) -> (
    Vec<rasd_ingest::SourceArticle>,
    Vec<rasd_ingest::ReadError>,
    usize,
) {
    let reader = read_paths(&[path]);
    let skipped = reader.skip_counter();
    let (mut ok, mut err) = (Vec::new(), Vec::new());
    for item in reader {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => err.push(e),
        }
    }
    (ok, err, skipped.load(std::sync::atomic::Ordering::Relaxed))
}

fn check_articles(ok: &[rasd_ingest::SourceArticle], name: &str) {
    assert_eq!(ok.len(), 3, "{ok:#?}");
    assert_eq!(ok[0].origin, format!("{name}#2"));
    assert!(
        ok[0].input.text.contains("البوكمال"),
        "{}",
        ok[0].input.text
    );
    assert_eq!(
        ok[0].input.url.as_deref(),
        Some("https://example.org/2024/08/09/a")
    );
    assert_eq!(ok[0].input.published, Some(common::date(2024, 8, 9)));
    assert_eq!(ok[1].origin, format!("{name}#5"));
    assert_eq!(ok[1].input.url.as_deref(), Some("https://example.org/b"));
    assert_eq!(
        ok[1].input.published,
        Some(common::date(2024, 8, 10)),
        "WARC-Date fallback"
    );
    assert_eq!(ok[2].origin, format!("{name}#6"));
    assert!(ok[2].input.text.contains("الحسكة"), "{}", ok[2].input.text);
}

#[test]
fn plain_per_record_gzip_and_whole_gzip_read_alike() {
    let dir = tempfile::tempdir().unwrap();
    let recs = records();
    let plain: Vec<u8> = recs.concat();
    let per_record: Vec<u8> = recs.iter().flat_map(|r| gzip(r)).collect();
    let whole = gzip(&plain);
    for (name, bytes) in [
        ("crawl.warc", plain),
        ("crawl.warc.gz", per_record),
        ("whole.warc.gz", whole),
    ] {
        let path = write(dir.path(), name, bytes);
        let origin = path.display().to_string();
        let (ok, err, skipped) = read(path);
        assert!(err.is_empty(), "{name}: {err:?}");
        assert_eq!(skipped, 1, "{name}: the image is counted as skipped");
        check_articles(&ok, &origin);
    }
}

#[test]
fn truncated_record_is_named_and_earlier_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let plain: Vec<u8> = records().concat();
    let cut = &plain[..plain.len() - 200];
    for (name, bytes) in [
        ("cut.warc", cut.to_vec()),
        ("cut.warc.gz", gzip(cut)[..].to_vec()),
    ] {
        let path = write(dir.path(), name, bytes);
        let (ok, err, _) = read(path.clone());
        assert_eq!(ok.len(), 2, "{name}");
        assert_eq!(err.len(), 1, "{name}: {err:?}");
        assert_eq!(err[0].origin, format!("{}#6", path.display()));
        assert!(err[0].message.contains("truncated"), "{}", err[0]);
    }
    // A gzip stream cut short mid-member: an error for the record, not a panic.
    let gz = gzip(&plain);
    let path = write(dir.path(), "cutgz.warc.gz", &gz[..gz.len() / 2]);
    let (_, err, _) = read(path);
    assert_eq!(err.len(), 1, "{err:?}");
}

#[test]
fn bad_content_length_skips_to_the_next_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut recs = records();
    // A text record in place of the windows-1256 one, so the header can be edited as text.
    let text = record(
        "resource",
        "https://example.org/t",
        "text/plain",
        AR_REPORT.as_bytes(),
    );
    let bad = String::from_utf8_lossy(&text).replacen("Content-Length: ", "Content-Length: x", 1);
    recs[1] = bad.into_bytes();
    let path = write(dir.path(), "bad.warc", recs.concat());
    let (ok, err, _) = read(path.clone());
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(err[0].origin, format!("{}#2", path.display()));
    assert!(err[0].message.contains("Content-Length"), "{}", err[0]);
    assert_eq!(ok.len(), 2, "the records after the broken one are read");
}

#[test]
fn oversized_records_and_gzip_bombs_are_refused_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    // 8 MB of zeros compresses to a few KB; the limit below is 1 MB.
    let zeros = vec![0u8; 8 * 1024 * 1024];
    let bomb_body = http(
        "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
        &gzip(&zeros),
    );
    let big = vec![b'a'; 2 * 1024 * 1024];
    let recs = [
        record("resource", "https://example.org/big", "text/plain", &big),
        record(
            "response",
            "https://example.org/bomb",
            "application/http; msgtype=response",
            &bomb_body,
        ),
        record(
            "resource",
            "https://example.org/ok",
            "text/plain",
            AR_REPORT.as_bytes(),
        ),
    ];
    let per_record: Vec<u8> = recs.iter().flat_map(|r| gzip(r)).collect();
    let path = write(dir.path(), "bomb.warc.gz", per_record);
    let options = ReadOptions {
        max_record_bytes: 1024 * 1024,
        ..ReadOptions::default()
    };
    let (mut ok, mut err) = (Vec::new(), Vec::new());
    for item in read_paths_with(&[path], options) {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => err.push(e),
        }
    }
    assert_eq!(err.len(), 2, "{err:?}");
    assert!(
        err[0].origin.ends_with("#1") && err[0].message.contains("too large"),
        "{}",
        err[0]
    );
    assert!(
        err[1].origin.ends_with("#2") && err[1].message.contains("limit"),
        "{}",
        err[1]
    );
    assert_eq!(ok.len(), 1);
    assert!(ok[0].origin.ends_with("#3"));
}

#[test]
fn garbage_is_one_error_not_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "junk.warc", "not a warc at all\nsecond line\n");
    let (ok, err, _) = read(path);
    assert!(ok.is_empty());
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(
        err[0].message.contains("expected a WARC record"),
        "{}",
        err[0]
    );
}
