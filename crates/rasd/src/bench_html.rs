//! `rasd bench extract-html`: the HTML reader's main content scored on the public
//! article-extraction benchmark (`shared/bench/article-extraction`, see its README).
//!
//! The scorer follows the benchmark's own `evaluate.py`: `\w+` tokens (case kept), 4-token
//! shingles counted as a multiset (a text under four tokens is one shingle), per-page tp/fp/fn
//! normalised by their sum; precision is averaged over pages with tp + fp > 0, recall over
//! pages with tp + fn > 0, and F1 is the harmonic mean of the two means.

use anyhow::{Context, Result, bail};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct ExtractHtmlArgs {
    /// The benchmark folder: `ground-truth.json` and `html/<key>.html.gz`.
    #[arg(default_value = "../shared/bench/article-extraction")]
    pub dir: PathBuf,
    /// Write per-page scores (TSV, worst F1 first) to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Score `text` with the title line the reader puts first (the truth mostly lacks it).
    #[arg(long)]
    pub with_title: bool,
}

/// A page's tp, fp and fn, normalised so that they sum to 1 (all 0 when both texts are empty).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Counts {
    /// Precision, or `None` for a page the benchmark leaves out of the precision mean.
    pub fn precision(&self) -> Option<f64> {
        if self.tp + self.fp <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fp)
        })
    }

    /// Recall, or `None` for a page the benchmark leaves out of the recall mean.
    pub fn recall(&self) -> Option<f64> {
        if self.tp + self.fn_ <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fn_)
        })
    }
}

/// Python's `\w` for str patterns: letters, numbers and `_`, but not combining marks (so
/// Arabic diacritics split words there, as they do for the reference scorer).
fn is_word_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c)
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles<'a>(tokens: &'a [&'a str]) -> HashMap<&'a [&'a str], i64> {
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < 4 {
        counts.insert(tokens, 1);
        return counts;
    }
    for w in tokens.windows(4) {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

/// Shingle matching of one page's predicted body against the true one.
pub fn score_page(truth: &str, pred: &str) -> Counts {
    let (t, p) = (tokens(truth), tokens(pred));
    let (want, got) = (shingles(&t), shingles(&p));
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &n) in &got {
        let w = want.get(k).copied().unwrap_or(0);
        tp += n.min(w);
        fp += (n - w).max(0);
    }
    for (k, &n) in &want {
        fn_ += (n - got.get(k).copied().unwrap_or(0)).max(0);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return Counts {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        };
    }
    Counts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Mean precision, mean recall and their harmonic mean over pages.
pub fn summary(pages: &[Counts]) -> (f64, f64, f64) {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let p = mean(pages.iter().filter_map(Counts::precision).collect());
    let r = mean(pages.iter().filter_map(Counts::recall).collect());
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

struct Page {
    key: String,
    url: String,
    counts: Counts,
    chars: usize,
}

fn gunzip(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut html = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut html)
        .with_context(|| format!("gunzipping {}", path.display()))?;
    Ok(html)
}

pub fn run(args: &ExtractHtmlArgs) -> Result<()> {
    let truth_path = args.dir.join("ground-truth.json");
    if !truth_path.is_file() {
        bail!(
            "no benchmark at {} (expected ground-truth.json and html/<key>.html.gz; \
             it lives in shared/bench/article-extraction beside the checkout)",
            args.dir.display()
        );
    }
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&truth_path)
            .with_context(|| format!("reading {}", truth_path.display()))?,
    )
    .with_context(|| format!("parsing {}", truth_path.display()))?;
    let entries = truth
        .as_object()
        .context("ground-truth.json is not an object")?;
    let mut keys: Vec<&String> = entries.keys().collect();
    keys.sort();
    let (mut pages, mut bytes, mut spent, mut empty) = (Vec::new(), 0usize, Duration::ZERO, 0);
    let mut cpu_ns = Some(0u64);
    for key in keys {
        let entry = &entries[key];
        let body = entry["articleBody"].as_str().unwrap_or_default();
        let html = gunzip(&args.dir.join("html").join(format!("{key}.html.gz")))?;
        bytes += html.len();
        let (t, cpu) = (Instant::now(), thread_cpu_ns());
        let article = rasd_ingest::article_from_html_bytes(&html).unwrap_or_default();
        spent += t.elapsed();
        cpu_ns = cpu_ns
            .zip(cpu.zip(thread_cpu_ns()))
            .map(|(sum, (a, b))| sum + b - a);
        let pred = if args.with_title {
            article.text.as_str()
        } else {
            body_without_title(&article)
        };
        empty += usize::from(pred.trim().is_empty());
        pages.push(Page {
            key: key.clone(),
            url: entry["url"].as_str().unwrap_or_default().to_owned(),
            counts: score_page(body, pred),
            chars: pred.chars().count(),
        });
    }
    let counts: Vec<Counts> = pages.iter().map(|p| p.counts).collect();
    let (p, r, f1) = summary(&counts);
    let secs = spent.as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    // CPU time is steadier than wall time on a shared machine.
    let cpu = cpu_ns
        .map(|ns| {
            format!(
                ", {:.1} MB per CPU-second",
                mb / (ns as f64 / 1e9).max(1e-9)
            )
        })
        .unwrap_or_default();
    println!(
        "bench extract-html: {} pages, {mb:.1} MB of HTML{}: precision={p:.3} recall={r:.3} \
         F1={f1:.3}; {:.0} pages/s, {:.1} MB/s{cpu} (1 thread, reading and scoring not counted); \
         {empty} pages with no body",
        pages.len(),
        if args.with_title {
            ", title line included"
        } else {
            ""
        },
        pages.len() as f64 / secs,
        mb / secs,
    );
    if let Some(path) = &args.report {
        write_report(path, &mut pages)?;
    }
    Ok(())
}

/// Nanoseconds this thread has run on a CPU (Linux), `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// The reader's `text` minus the title line it puts first.
fn body_without_title(a: &rasd_extract::ArticleInput) -> &str {
    let Some(title) = a.title.as_deref() else {
        return &a.text;
    };
    a.text
        .strip_prefix(title)
        .map_or(a.text.as_str(), |rest| rest.trim_start_matches('\n'))
}

fn write_report(path: &Path, pages: &mut [Page]) -> Result<()> {
    let f1 = |c: &Counts| {
        let (p, r) = (c.precision().unwrap_or(0.0), c.recall().unwrap_or(0.0));
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    pages.sort_by(|a, b| f1(&a.counts).total_cmp(&f1(&b.counts)));
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    writeln!(out, "f1\tprecision\trecall\tpred_chars\tkey\turl")?;
    for p in pages.iter() {
        let c = &p.counts;
        writeln!(
            out,
            "{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}",
            f1(c),
            c.precision().unwrap_or(0.0),
            c.recall().unwrap_or(0.0),
            p.chars,
            p.key,
            p.url
        )?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let c = score_page("a b c d e", "a b c d e");
        assert_eq!((c.precision(), c.recall()), (Some(1.0), Some(1.0)));
    }

    #[test]
    fn counts_are_normalised_multisets() {
        // Truth: abcd bcde. Prediction: abcd twice and 7 other shingles, so tp 1, fp 8, fn 1.
        let c = score_page("a b c d e", "a b c d. x y z w; a b c d");
        assert!(
            (c.tp - 0.1).abs() < 1e-12 && (c.fp - 0.8).abs() < 1e-12,
            "{c:?}"
        );
        assert!((c.fn_ - 0.1).abs() < 1e-12, "{c:?}");
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let c = score_page("one two three four five", "");
        assert_eq!(c.precision(), None);
        assert_eq!(c.recall(), Some(0.0));
        let (p, r, _) = summary(&[c, score_page("a b c d", "a b c d")]);
        assert_eq!((p, r), (1.0, 0.5));
    }

    #[test]
    fn short_texts_are_one_shingle_and_case_matters() {
        let c = score_page("Hello world", "hello world");
        assert_eq!(c.precision(), Some(0.0));
        let c = score_page("Hello world", "Hello, world!");
        assert_eq!(c.precision(), Some(1.0));
    }

    #[test]
    fn arabic_diacritics_split_tokens_like_python() {
        assert_eq!(tokens("مُسيّرة تقصف"), vec!["م", "سي", "رة", "تقصف"]);
    }
}
