//! Hostile inputs: gzip bombs and a 100 MB single-line file give per-item errors while
//! memory stays bounded. Alone in this binary so the peak RSS measured is its own.

mod common;

use std::io::Write;

use common::{AR_REPORT, write};
use flate2::Compression;
use flate2::write::GzEncoder;
use rasd_ingest::{ReadOptions, read_paths, read_paths_with};

/// Peak resident memory of this process in MB (Linux), if known.
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
}

/// `n` MB of one byte, gzipped, written without holding it in memory.
fn gz_of(
    dir: &std::path::Path,
    name: &str,
    prefix: &[u8],
    byte: u8,
    mb: usize,
) -> std::path::PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).unwrap();
    let mut gz = GzEncoder::new(std::io::BufWriter::new(file), Compression::fast());
    gz.write_all(prefix).unwrap();
    let block = vec![byte; 1024 * 1024];
    for _ in 0..mb {
        gz.write_all(&block).unwrap();
    }
    gz.finish().unwrap().flush().unwrap();
    path
}

#[test]
fn hostile_inputs_are_named_and_memory_stays_bounded() {
    let dir = tempfile::tempdir().unwrap();
    // A zip bomb: 200 MB of spaces in a .txt.gz, read whole up to the 64 MB file limit.
    let bomb = gz_of(dir.path(), "bomb.txt.gz", b"", b' ', 200);
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2 * 1024 * 1024);
    // A JSONL dump whose first line is 100 MB (one huge line), then a good line.
    let good = serde_json::json!({ "text": AR_REPORT }).to_string();
    let lines = gz_of(dir.path(), "dump.jsonl.gz", b"{\"text\": \"", b'a', 100);
    let mut tail = GzEncoder::new(Vec::new(), Compression::fast());
    tail.write_all(format!("\"}}\n{good}\n").as_bytes())
        .unwrap();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&lines)
        .unwrap();
    file.write_all(&tail.finish().unwrap()).unwrap();
    // The same 100 MB single line, uncompressed, as .jsonl and as .txt.
    let raw_jsonl = dir.path().join("one-line.jsonl");
    let raw_txt = dir.path().join("one-line.txt");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&raw_jsonl).unwrap());
        let block = vec![b'b'; 1024 * 1024];
        out.write_all(b"{\"text\": \"").unwrap();
        for _ in 0..100 {
            out.write_all(&block).unwrap();
        }
        out.write_all(format!("\"}}\n{good}\n").as_bytes()).unwrap();
    }
    std::fs::copy(&raw_jsonl, &raw_txt).unwrap();
    let ok_file = write(dir.path(), "ok.txt", AR_REPORT);

    let paths = [
        bomb.clone(),
        lines.clone(),
        raw_jsonl.clone(),
        raw_txt.clone(),
        ok_file,
    ];
    let (mut ok, mut err) = (Vec::new(), Vec::new());
    for item in read_paths(&paths) {
        match item {
            Ok(a) => ok.push(a.origin),
            Err(e) => err.push(e),
        }
    }
    let named = |origin: String, word: &str| {
        assert!(
            err.iter()
                .any(|e| e.origin == origin && e.message.contains(word)),
            "no error at {origin} mentioning {word:?}: {err:?}"
        )
    };
    named(bomb.display().to_string(), "decompresses past the limit");
    named(format!("{}:1", lines.display()), "line too long");
    named(format!("{}:1", raw_jsonl.display()), "line too long");
    named(raw_txt.display().to_string(), "too large");
    assert_eq!(err.len(), 4, "{err:?}");
    assert_eq!(ok.len(), 3, "the good lines and file still go in: {ok:?}");
    // Limits are 64 MB per whole file and 16 MB per line; nothing near 100 MB is held.
    if let Some(mb) = peak_rss_mb() {
        assert!(mb < 160, "peak RSS {mb} MB");
    }
}

#[test]
fn smaller_limits_apply_to_gzip_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = gz_of(dir.path(), "small.html.gz", b"<html><body><p>", b'x', 2);
    let options = ReadOptions {
        max_file_bytes: 1024 * 1024,
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_paths_with(&[path], options).collect();
    let [Err(e)] = items.as_slice() else {
        panic!("{items:?}")
    };
    assert!(e.message.contains("limit"), "{e}");
}
