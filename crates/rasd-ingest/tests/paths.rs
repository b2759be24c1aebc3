mod common;

use std::path::PathBuf;

use common::{AR_REPORT, AR_REPORT_2, write};
use rasd_ingest::{ReadOptions, read_paths, read_paths_with};

fn origins_and_errors(paths: &[PathBuf]) -> (Vec<String>, Vec<String>) {
    let mut ok = Vec::new();
    let mut err = Vec::new();
    for item in read_paths(paths) {
        match item {
            Ok(a) => ok.push(a.origin),
            Err(e) => err.push(e.to_string()),
        }
    }
    (ok, err)
}

#[test]
fn folder_is_read_recursively_sorted_and_survives_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "b.txt", AR_REPORT);
    write(
        root,
        "a.bin",
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
    );
    write(root, "c-empty.txt", "");
    write(root, ".hidden.txt", AR_REPORT_2);
    write(root, ".git/config.txt", AR_REPORT_2);
    write(root, "sub/z.md", AR_REPORT_2);
    write(
        root,
        "sub/page.xml",
        "<!DOCTYPE html><html><body><p>نص صفحة محفوظة بامتداد غير معروف لأغراض الاختبار.</p></body></html>",
    );
    write(
        root,
        "sub/d.jsonl",
        format!("{{\"text\": \"{AR_REPORT_2}\"}}\n"),
    );
    let (ok, err) = origins_and_errors(&[root.to_path_buf()]);
    let rel = |p: &str| root.join(p).display().to_string();
    assert_eq!(
        ok,
        [
            rel("b.txt"),
            rel("sub/d.jsonl") + ":1",
            rel("sub/page.xml"),
            rel("sub/z.md")
        ]
    );
    assert_eq!(
        err,
        [
            format!("{}: binary file skipped", rel("a.bin")),
            format!("{}: empty file", rel("c-empty.txt"))
        ]
    );
}

#[test]
fn explicit_files_in_the_given_order_and_missing_paths() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "b.txt", AR_REPORT);
    let a = write(dir.path(), "a.txt", "\r\nسطر أول\r\nسطر ثانٍ\r\n");
    let missing = dir.path().join("missing.txt");
    let items: Vec<_> = read_paths(&[b.clone(), missing.clone(), a.clone()]).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().origin, b.display().to_string());
    let e = items[1].as_ref().unwrap_err();
    assert_eq!(e.origin, missing.display().to_string());
    assert!(e.message.starts_with("cannot read"), "{e}");
    assert_eq!(
        items[2].as_ref().unwrap().input.text,
        "\nسطر أول\nسطر ثانٍ\n"
    );
}

#[test]
fn binary_txt_and_html_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(dir.path(), "x.txt", [0u8, 1, 2, 3, 4, 5, 0, 0, 9]);
    let nav_only = write(
        dir.path(),
        "y.html",
        "<html><body><nav>قائمة</nav></body></html>",
    );
    let (ok, err) = origins_and_errors(&[bin.clone(), nav_only.clone()]);
    assert!(ok.is_empty());
    assert_eq!(
        err,
        [
            format!("{}: binary file", bin.display()),
            format!("{}: no article text found", nav_only.display())
        ]
    );
}

#[test]
fn oversized_files_are_refused_without_reading_them() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap(); // sparse: nothing is written
    drop(file);
    let (ok, err) = origins_and_errors(std::slice::from_ref(&big));
    assert!(ok.is_empty());
    assert_eq!(err.len(), 1);
    assert!(err[0].contains("file too large"), "{}", err[0]);

    let small = write(dir.path(), "small.html", format!("<p>{AR_REPORT}</p>"));
    let options = ReadOptions {
        max_file_bytes: 100,
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_paths_with(&[small], options).collect();
    assert!(
        items[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("limit 100 bytes")
    );
}

#[test]
fn json_and_html_files_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let json = write(
        dir.path(),
        "one.json",
        format!("{{\"text\": \"{AR_REPORT_2}\", \"url\": \"https://x.example/20240810/a\"}}"),
    );
    let html = write(
        dir.path(),
        "page.HTM",
        format!(
            "<html lang=\"ar\"><head><title>تعزيزات جديدة | موقع</title></head><body><p>{AR_REPORT_2}</p></body></html>"
        ),
    );
    let items: Vec<_> = read_paths(&[json, html]).map(Result::unwrap).collect();
    assert_eq!(items[0].input.published, Some(common::date(2024, 8, 10)));
    assert_eq!(items[1].input.title.as_deref(), Some("تعزيزات جديدة"));
    assert_eq!(
        items[1].input.text,
        format!("تعزيزات جديدة\n\n{AR_REPORT_2}")
    );
}

#[test]
fn bytes_read_reach_the_input_size_for_the_eta() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.txt", AR_REPORT);
    write(root, ".hidden.txt", AR_REPORT_2);
    let line = serde_json::json!({"text": AR_REPORT_2}).to_string();
    write(root, "sub/b.jsonl", format!("{line}\n{line}\n"));
    let total = rasd_ingest::input_size(&[root.to_path_buf()]);
    let hidden = AR_REPORT_2.len() as u64;
    let files = std::fs::metadata(root.join("a.txt")).unwrap().len()
        + std::fs::metadata(root.join("sub/b.jsonl")).unwrap().len();
    assert_eq!(
        total, files,
        "hidden files ({hidden} bytes) are not read, so not counted"
    );
    let counter = rasd_ingest::ByteCounter::default();
    let n = read_paths(&[root.to_path_buf()])
        .with_byte_counter(counter.clone())
        .filter(Result::is_ok)
        .count();
    assert_eq!(n, 3);
    assert_eq!(counter.load(std::sync::atomic::Ordering::Relaxed), total);
}
