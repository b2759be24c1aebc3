//! `rasd bench`: throughput of the extraction core (per core) and of ingest end to end
//! (JSONL here, WARC in `bench_warc`), and the HTML reader's main-content quality
//! (see [`crate::bench_html`]).

use crate::pipeline::{default_jobs, ingest, progress_bar};
use anyhow::{Context, Result};
use rasd_extract::{ArticleInput, Extractor};
use rasd_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub what: BenchWhat,
}

#[derive(clap::Subcommand)]
pub enum BenchWhat {
    /// The extraction core on one thread over a JSONL corpus: MB/s of text per core, and
    /// the share of time spent in gazetteer matching.
    Core {
        corpus: PathBuf,
        /// Passes over the corpus.
        #[arg(long, default_value_t = 5)]
        passes: usize,
    },
    /// `rasd ingest` end to end: the corpus repeated (each copy varied, so that nothing is an
    /// exact or near duplicate) to at least --mb megabytes, into a fresh store.
    Ingest {
        corpus: PathBuf,
        #[arg(long, default_value_t = 20)]
        mb: usize,
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// A synthetic store of N events (no extraction), for load tests of `rasd serve`:
    /// `rasd bench store --events 100000 bench.db && rasd --db bench.db serve`.
    Store {
        out: PathBuf,
        #[arg(long, default_value_t = 100_000)]
        events: usize,
    },
    /// The HTML reader's main content on the article-extraction benchmark: precision,
    /// recall and F1 of 4-token shingles against hand-checked bodies, pages/s and MB/s.
    ExtractHtml(crate::bench_html::ExtractHtmlArgs),
    /// Ingest of a WARC crawl built from the corpus (HTML pages, gzipped per record):
    /// MB/s of WARC and peak RSS. `--gb` builds 1 GB.
    Warc(crate::bench_warc::WarcArgs),
}

pub fn load(corpus: &PathBuf) -> Result<Vec<ArticleInput>> {
    let mut out = Vec::new();
    for item in rasd_ingest::read_paths(std::slice::from_ref(corpus)) {
        match item {
            Ok(a) => out.push(a.input),
            Err(e) => eprintln!("error: {e}"),
        }
    }
    if out.is_empty() {
        anyhow::bail!("no articles in {}", corpus.display());
    }
    Ok(out)
}

/// The text up to the paragraph break nearest its middle (all of it when it has none).
fn first_half(text: &str) -> &str {
    let mid = text.len() / 2;
    text.match_indices('\n')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(mid))
        .map_or(text, |i| &text[..i])
}

/// The fastest of five loads of the bundled gazetteer, in milliseconds.
fn gazetteer_load_ms() -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(rasd_geo::Gazetteer::bundled());
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

/// Peak resident memory of this process (Linux), in MB.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Runs a bench; `extractor` is only loaded for the benches that need it.
pub fn run(args: &BenchArgs, extractor: impl FnOnce() -> Result<Extractor>) -> Result<ExitCode> {
    if let BenchWhat::ExtractHtml(a) = &args.what {
        crate::bench_html::run(a)?;
        return Ok(ExitCode::SUCCESS);
    }
    let ex = &extractor()?;
    match &args.what {
        BenchWhat::ExtractHtml(_) => {}
        BenchWhat::Warc(a) => crate::bench_warc::run(a, ex)?,
        BenchWhat::Core { corpus, passes } => {
            let articles = load(corpus)?;
            let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
            let mut events = 0usize;
            let t = Instant::now();
            for _ in 0..*passes {
                for a in &articles {
                    events += ex.analyse(a).events.len();
                }
            }
            let core = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let mut places = 0usize;
            for _ in 0..*passes {
                for a in &articles {
                    let n = rasd_text::normalize(&a.text);
                    let toks = rasd_text::tokenize(&n.text);
                    places += ex.gazetteer.find_places(&n.text, &toks).len();
                }
            }
            let geo = t.elapsed().as_secs_f64();
            let mb = (bytes * passes) as f64 / 1e6;
            let load_ms = gazetteer_load_ms();
            println!(
                "bench core: {} articles, {:.2} MB x {} passes, 1 thread: {:.1} MB/s, {:.0} articles/s, {} events; normalise+tokenise+gazetteer alone {:.1}% of core time ({} place mentions); bundled gazetteer loads in {:.1} ms",
                articles.len(),
                bytes as f64 / 1e6,
                passes,
                mb / core,
                (articles.len() * passes) as f64 / core,
                events / passes.max(&1),
                100.0 * geo / core,
                places / passes.max(&1),
                load_ms,
            );
        }
        BenchWhat::Store { out, events } => crate::bench_store::run(out, *events, ex)?,
        BenchWhat::Ingest { corpus, mb, jobs } => {
            let articles = load(corpus)?;
            let dir = std::env::temp_dir().join(format!("rasd-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            let input = dir.join("corpus.jsonl");
            let mut out = std::io::BufWriter::new(std::fs::File::create(&input)?);
            let (mut written, mut copies, mut n) = (0usize, 0usize, 0usize);
            while written < mb * 1_000_000 {
                for (i, a) in articles.iter().enumerate() {
                    let mut v = a.clone();
                    // A varied copy: the first half of this article, the second half of
                    // another, and a distinct closing line: neither an exact nor a near copy.
                    let other = &articles[(i + copies) % articles.len()].text;
                    v.text = format!(
                        "{}\n\n{}\n\n(نسخة رقم {copies})",
                        first_half(&a.text),
                        &other[first_half(other).len()..]
                    );
                    written += v.text.len();
                    n += 1;
                    serde_json::to_writer(&mut out, &v)?;
                    std::io::Write::write_all(&mut out, b"\n")?;
                }
                copies += 1;
            }
            std::io::Write::flush(&mut out)?;
            drop(out);
            let db = dir.join("bench.db");
            let mut store = Store::open(&db).context("bench store")?;
            let jobs = jobs.unwrap_or_else(default_jobs);
            let pb = progress_bar(false);
            let t = Instant::now();
            let report = ingest(&[input], &mut store, ex, jobs, 500, &pb, &mut |e| {
                eprintln!("error: {e}")
            })?;
            pb.finish_and_clear();
            let secs = t.elapsed().as_secs_f64();
            let _ = std::fs::remove_dir_all(&dir);
            println!(
                "bench ingest: {} articles ({} copies, {:.1} MB) with {} jobs in {:.1}s: {:.0} articles/s, {:.1} MB/s, {} new, {} events, peak RSS {:.0} MB",
                report.articles_read,
                copies,
                written as f64 / 1e6,
                jobs,
                secs,
                n as f64 / secs,
                written as f64 / 1e6 / secs,
                report.new_articles,
                report.events,
                peak_rss_mb().unwrap_or(f64::NAN),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
