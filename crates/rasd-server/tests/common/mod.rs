//! A real server on a loopback port chosen by the OS, over a store built from the project's
//! examples plus a hostile article, and a minimal HTTP/1.1 client.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rasd_extract::Extractor;
use rasd_server::{AppState, Config};
use rasd_store::Store;

pub const TOKEN: &str = "test-token-0123456789abcdef";

pub struct Server {
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
    pub db: PathBuf,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Demo articles (examples/demo.jsonl) and tests/fixtures/hostile.jsonl into `db`.
pub fn build_store(db: &Path, ex: &Extractor) {
    let mut store = Store::open(db).unwrap();
    let paths = [
        root().join("examples/demo.jsonl"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.jsonl"),
    ];
    let mut items = Vec::new();
    for a in rasd_ingest::read_paths(&paths) {
        let a = a.unwrap().input;
        let an = ex.analyse(&a);
        items.push((a, an));
    }
    store.insert_batch(&items).unwrap();
}

/// Starts a server on 127.0.0.1:0 on its own runtime thread; it lives as long as the test.
pub fn start(ingest: bool) -> Server {
    start_with(ingest, 0)
}

/// As [`start`], with a response cache of `cache_bytes`.
pub fn start_with(ingest: bool, cache_bytes: usize) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let ex = Arc::new(Extractor::bundled());
    build_store(&db, &ex);
    let state = AppState::new(
        Config {
            db: db.clone(),
            readers: 2,
            ingest_token: ingest.then(|| TOKEN.to_string()),
            cache_bytes,
        },
        ex,
    )
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let l = rasd_server::bind("127.0.0.1:0".parse().unwrap())
                .await
                .unwrap();
            tx.send(l.local_addr().unwrap()).unwrap();
            rasd_server::serve(l, state, std::future::pending())
                .await
                .unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    Server {
        addr,
        _dir: dir,
        db,
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Server {
    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], b"")
    }

    /// GET `path` answers 400 with a JSON error that names `param`, first in its message.
    pub fn assert_bad_param(&self, path: &str, param: &str) {
        let r = self.get(path);
        assert_eq!(r.status, 400, "{path}: {}", r.text());
        let j = r.json();
        assert_eq!(j["param"], param, "{path}: {j}");
        assert!(
            j["error"].as_str().unwrap().starts_with(param),
            "{path}: {j}"
        );
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Reply {
        let mut s = TcpStream::connect(self.addr).unwrap();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).unwrap();
        // The server may answer (413) before reading everything.
        let _ = s.write_all(body);
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        parse(&raw)
    }
}

fn parse(raw: &[u8]) -> Reply {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&b[..eol])
                .split(';')
                .next()
                .unwrap_or("0")
                .trim(),
            16,
        )
        .unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
}

/// Percent-encodes a query value.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
