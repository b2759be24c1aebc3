//! Scores the HTML reader on the public article-extraction benchmark kept beside the
//! project (`shared/bench/article-extraction`, see its README for the metric):
//!
//! ```text
//! cargo run --release -p rasd-ingest --example extraction_bench [-- DIR] [--no-title]
//! ```
//!
//! `--no-title` drops the title line the reader puts first in `text` (the benchmark's
//! bodies mostly lack it).

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

fn shingles(s: &str) -> HashMap<Vec<String>, i64> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let tokens: Vec<String> = s
        .split(|c: char| !is_word(c))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut counts = HashMap::new();
    for w in tokens.windows(4) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let no_title = args.iter().any(|a| a == "--no-title");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/bench/article-extraction")
        });
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json"))?)?;
    let pages = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    let (mut precision, mut recall, mut bytes) = (0.0, 0.0, 0usize);
    let start = std::time::Instant::now();
    for (key, page) in pages {
        let body = page["articleBody"].as_str().unwrap_or_default();
        let file = std::fs::File::open(dir.join("html").join(format!("{key}.html.gz")))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(file).read_to_end(&mut html)?;
        bytes += html.len();
        let article = rasd_ingest::article_from_html_bytes(&html).unwrap_or_default();
        let mut text = article.text.as_str();
        if let Some(title) = article.title.as_deref().filter(|_| no_title) {
            text = text.strip_prefix(title).unwrap_or(text);
        }
        let (want, got) = (shingles(body), shingles(text));
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (k, &n) in &got {
            let t = want.get(k).copied().unwrap_or(0);
            tp += n.min(t);
            fp += (n - t).max(0);
        }
        for (k, &n) in &want {
            fn_ += (n - got.get(k).copied().unwrap_or(0)).max(0);
        }
        let (p, r) = match (tp, fp, fn_) {
            (_, 0, 0) => (1.0, 1.0),
            (0, _, _) => (0.0, 0.0),
            _ => (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64),
        };
        precision += p;
        recall += r;
    }
    let n = pages.len().max(1) as f64;
    let (p, r) = (precision / n, recall / n);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let speed = bytes as f64 / 1e6 / start.elapsed().as_secs_f64();
    println!("pages {n}  precision {p:.3}  recall {r:.3}  F1 {f1:.3}  ({speed:.1} MB/s, 1 thread)");
    Ok(())
}
