//! Feeds over HTTP against a server on 127.0.0.1 started here: `rasd watch --once` sends
//! conditional GETs, stores nothing new on 304, and a failing feed does not stop the
//! others; `rasd ingest URL` reads a feed and fetches the page of a teaser item.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

/// (path, If-None-Match) of every request served.
type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

const REPORT: &str = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بغارة جوية روسية استهدفت بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، اليوم الأحد.";
const REPORT_2: &str =
    "وصل رتل عسكري لقوات التحالف الدولي يضم 20 شاحنة إلى قاعدة الشدادي بريف الحسكة الجنوبي.";

fn feed(base: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>موقع المثال</title><link>{base}/</link>
<item><title>غارة على كنصفرة</title><link>{base}/news/1</link>
<pubDate>Sun, 18 Jul 2021 10:00:00 +0300</pubDate>
<description><![CDATA[<p>{REPORT}</p><p>وأفادت مصادر محلية بأن فرق الدفاع المدني عملت على انتشال الضحايا من تحت الأنقاض في البلدة، وسط تحليق مكثف لطائرات الاستطلاع في أجواء المنطقة طوال ساعات الصباح، بحسب ما ذكرته المصادر.</p><p>وتشهد المنطقة تصعيداً عسكرياً منذ أسابيع، مع قصف مدفعي وصاروخي متكرر يطال قرى جبل الزاوية.</p>]]></description></item>
<item><title>رتل إلى الشدادي</title><link>{base}/news/2</link>
<pubDate>Mon, 19 Jul 2021 09:00:00 +0300</pubDate><description>رتل للتحالف</description></item>
</channel></rss>"#
    )
}

fn page() -> String {
    format!(
        "<html lang=\"ar\"><head><title>رتل إلى الشدادي</title></head><body><article><h1>رتل إلى الشدادي</h1><p>{REPORT_2}</p></article></body></html>"
    )
}

/// Serves /feed.xml (ETag "v1", 304 when it matches), /news/2 and a failing /broken.xml.
fn serve() -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let log: Log = Arc::default();
    let (log2, base2) = (log.clone(), base.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let mut etag = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':')
                    && name.eq_ignore_ascii_case("if-none-match")
                {
                    etag = Some(value.trim().to_owned());
                }
            }
            log2.lock().expect("log").push((path.clone(), etag.clone()));
            let (status, headers, body) = match path.as_str() {
                "/feed.xml" if etag.as_deref() == Some("\"v1\"") => {
                    ("304 Not Modified", "", String::new())
                }
                "/feed.xml" => (
                    "200 OK",
                    "Content-Type: application/rss+xml\r\nETag: \"v1\"\r\n",
                    feed(&base2),
                ),
                "/news/2" => (
                    "200 OK",
                    "Content-Type: text/html; charset=utf-8\r\n",
                    page(),
                ),
                _ => ("500 Internal Server Error", "", "boom".to_owned()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
    });
    (base, log)
}

fn rasd(db: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("--db")
        .arg(db)
        .args(args)
        // Loopback only: never through a proxy from the environment.
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("all_proxy")
        .env_remove("ALL_PROXY")
        .env("NO_PROXY", "127.0.0.1")
        .output();
    match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run rasd: {e}"),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn watch_polls_conditionally_and_survives_a_failing_feed() {
    let (base, log) = serve();
    let dir = tempfile::tempdir().expect("tempdir");
    let list = dir.path().join("feeds.txt");
    let feeds = format!("# test feeds\n{base}/broken.xml\n\n{base}/feed.xml  # the good one\n");
    std::fs::write(&list, feeds).expect("write list");
    let db = dir.path().join("w.db");
    let list = list.to_str().unwrap_or_default();

    let first = rasd(&db, &["watch", list, "--once"]);
    let err = text(&first.stderr);
    assert!(!first.status.success(), "a failed feed fails --once: {err}");
    assert!(err.contains("broken.xml") && err.contains("500"), "{err}");
    assert!(err.contains("feed.xml: 2 items, 2 new"), "{err}");
    let counts = rasd_store::Store::open(&db)
        .and_then(|s| s.counts())
        .expect("store");
    assert_eq!(counts.articles, 2, "both items stored: {err}");
    assert!(counts.events >= 2, "{counts:?}");

    let second = rasd(&db, &["watch", list, "--once"]);
    let err2 = text(&second.stderr);
    assert!(err2.contains("feed.xml: not modified"), "{err2}");
    let again = rasd_store::Store::open(&db)
        .and_then(|s| s.counts())
        .expect("store");
    assert_eq!(again, counts, "nothing new stored on 304");

    let log = log.lock().expect("log").clone();
    let feed_requests: Vec<_> = log.iter().filter(|(p, _)| p == "/feed.xml").collect();
    assert_eq!(feed_requests.len(), 2, "{log:?}");
    assert_eq!(feed_requests[0].1, None, "first poll is unconditional");
    assert_eq!(
        feed_requests[1].1.as_deref(),
        Some("\"v1\""),
        "second poll sends the ETag"
    );
    assert_eq!(
        log.iter().filter(|(p, _)| p == "/news/2").count(),
        1,
        "teaser page fetched once: {log:?}"
    );

    let store = rasd_store::Store::open(&db).expect("store");
    let broken = store
        .feed_state(&format!("{base}/broken.xml"))
        .expect("state");
    assert_eq!(broken.failures, 2);
    assert!(
        broken.next_poll > broken.last_poll,
        "backoff scheduled: {broken:?}"
    );
    let good = store
        .feed_state(&format!("{base}/feed.xml"))
        .expect("state");
    assert_eq!((good.failures, good.etag.as_deref()), (0, Some("\"v1\"")));
}

#[test]
fn ingest_reads_a_feed_url_and_fetches_teaser_pages() {
    let (base, _log) = serve();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("i.db");
    let out = rasd(
        &db,
        &[
            "ingest",
            "--quiet",
            &format!("{base}/feed.xml"),
            &format!("{base}/missing"),
        ],
    );
    let err = text(&out.stderr);
    assert!(err.contains("/missing") && err.contains("500"), "{err}");
    let store = rasd_store::Store::open(&db).expect("store");
    assert_eq!(store.counts().expect("counts").articles, 2, "{err}");
    let events = rasd(&db, &["events", "--format", "json"]);
    let listed: serde_json::Value = serde_json::from_slice(&events.stdout).expect("json");
    let all = listed.to_string();
    assert!(
        all.contains("2021-07-18") && all.contains("2021-07-19"),
        "feed dates used: {all}"
    );
    assert!(all.contains("الشدادي"), "the teaser's page was read: {all}");
}
