//! Kill -9 in the middle of an ingest: what was committed survives intact, and running the
//! same command again finishes the job with nothing stored twice.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rasd_store::Store;

/// Distinct short reports (each names its own number, so none is a copy of another).
fn write_corpus(path: &Path, n: usize) {
    let mut out = String::new();
    for i in 0..n {
        let text = format!(
            "أفاد مراسل محلي في التقرير رقم {i} بأن قصفاً مدفعياً لقوات النظام استهدف بلدة كنصفرة \
في جبل الزاوية بريف إدلب الجنوبي، ما أدى إلى إصابة {} مدنيين بجروح.",
            i % 9 + 2
        );
        let day = format!("2022-03-{:02}", i % 28 + 1);
        let line = serde_json::json!({"text": text, "published": day, "url": format!("https://example.org/{i}")});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("write corpus");
}

fn ingest(db: &Path, input: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rasd"));
    c.arg("--db")
        .arg(db)
        .args(["ingest", "-q", "--batch", "50"])
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn articles(db: &Path) -> u64 {
    Store::open(db)
        .and_then(|s| s.counts())
        .map_or(0, |c| c.articles)
}

#[test]
fn kill_9_loses_nothing_committed_and_a_rerun_completes_without_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("corpus.jsonl");
    let n = 4000;
    write_corpus(&input, n);

    let db = dir.path().join("killed.db");
    let mut child = ingest(&db, &input).spawn().expect("spawn rasd");
    // Wait for the first committed batches, then kill without warning.
    let start = Instant::now();
    while (if db.exists() { articles(&db) } else { 0 }) == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no batch committed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("kill -9");
    let _ = child.wait();

    let store = Store::open(&db).expect("the store opens after the kill");
    assert!(store.integrity_ok().expect("integrity check"));
    let committed = store.counts().expect("counts");
    assert!(committed.articles > 0);
    drop(store);
    if committed.articles == n as u64 {
        eprintln!("note: the ingest finished before the kill; the rerun is still checked");
    }

    let status = ingest(&db, &input).status().expect("rerun");
    assert!(status.success());
    let clean = dir.path().join("clean.db");
    assert!(
        ingest(&clean, &input)
            .status()
            .expect("clean run")
            .success()
    );

    let after = Store::open(&db).and_then(|s| s.counts()).expect("counts");
    let reference = Store::open(&clean)
        .and_then(|s| s.counts())
        .expect("counts");
    assert_eq!(after.articles, n as u64);
    assert_eq!(after.articles, reference.articles);
    assert_eq!(
        after.events, reference.events,
        "no event stored twice or lost"
    );
    assert_eq!(after.urls, reference.urls);
}

/// A write that fails (here a trigger, as a full disk would) ends the run with an error that
/// says so, within a bounded time, and leaves the committed batches intact.
#[test]
fn a_store_error_mid_ingest_ends_the_run_with_an_error_not_a_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("failing.db");
    let first = dir.path().join("first.jsonl");
    write_corpus(&first, 1);
    assert!(ingest(&db, &first).status().expect("first run").success());
    // From the 41st article on, every insert fails, as a full disk would.
    rusqlite::Connection::open(&db)
        .and_then(|c| {
            c.execute_batch(
                "CREATE TRIGGER no_room BEFORE INSERT ON articles
                 WHEN (SELECT count(*) FROM articles) >= 41
                 BEGIN SELECT RAISE(ABORT, 'no room left'); END;",
            )
        })
        .expect("add the failing trigger");

    let input = dir.path().join("corpus.jsonl");
    write_corpus(&input, 3000);
    // Small batches and one analyser: the reader fills the work queue while the writer fails.
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("--db")
        .arg(&db)
        .args(["ingest", "-q", "--batch", "2", "--jobs", "1"])
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rasd");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("ingest hung after a store error");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!status.success(), "a failed write must fail the run");
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    assert!(stderr.contains("writing to the store"), "{stderr}");
    // What was committed before the failure is intact.
    let store = Store::open(&db).expect("the store opens");
    assert!(store.integrity_ok().expect("integrity check"));
}
