//! `rasd bench warc`: builds a WARC crawl from a JSONL corpus (each article wrapped as an
//! HTML page in a `response` record, every copy varied so nothing dedupes, gzipped per
//! record) and measures ingest of it: MB/s of WARC and peak RSS.

use crate::bench::{load, peak_rss_mb};
use crate::bench_page::padded_page;
use crate::pipeline::{default_jobs, ingest, progress_bar};
use anyhow::{Context, Result};
use flate2::Compression;
use flate2::write::GzEncoder;
use rasd_extract::{ArticleInput, Extractor};
use rasd_store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct WarcArgs {
    /// JSONL corpus whose articles fill the crawl.
    pub corpus: PathBuf,
    /// Size of the crawl in MB of uncompressed WARC.
    #[arg(long, default_value_t = 100)]
    pub mb: usize,
    /// Build a crawl of at least 1 GB (overrides --mb).
    #[arg(long)]
    pub gb: bool,
    /// Write the WARC uncompressed (default: gzipped per record, as crawlers do).
    #[arg(long)]
    pub plain: bool,
    /// Only read the crawl (WARC + HTML readers), no analysis or store.
    #[arg(long)]
    pub read_only: bool,
    /// Analyser threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Wrap each article in about N KB (KiB) of realistic news-site chrome: a head with meta
    /// tags and JSON-LD, inline scripts (~25% of the bytes) and styles (~1.5%), a large
    /// menu, share bars, related articles, comments and a footer, ~6.4 start tags per KiB
    /// (the medians of the article-extraction bench's 181 real pages, 115 KB at the
    /// median). Without it, the minimal ~5 KB pages of earlier figures.
    #[arg(long, value_name = "N")]
    pub page_kb: Option<usize>,
    /// Also keep the crawl at PATH (for `perf record rasd ingest PATH`, say).
    #[arg(long, value_name = "PATH")]
    pub keep_warc: Option<PathBuf>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One article as a page with the furniture a real page has around it.
fn page(a: &ArticleInput, copy: usize) -> String {
    let title = escape(a.title.as_deref().unwrap_or("خبر"));
    let date = a.published.map(|d| d.to_string()).unwrap_or_default();
    let mut body = String::with_capacity(a.text.len() + 1024);
    for p in a.text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        body.push_str("<p>");
        body.push_str(&escape(p));
        body.push_str("</p>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
<title>{title} | موقع المثال</title>\
<meta property=\"article:published_time\" content=\"{date}\"></head><body>\
<header><nav><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/news\">أخبار</a></li>\
<li><a href=\"/politics\">سياسة</a></li></ul></nav></header>\
<main><article><h1>{title}</h1>\n{body}<p>(نسخة رقم {copy})</p></article>\
<aside class=\"related\"><ul><li><a href=\"/x\">خبر ذو صلة</a></li></ul></aside></main>\
<footer>جميع الحقوق محفوظة</footer></body></html>\n"
    )
}

fn record(uri: &str, html: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
WARC-Date: 2024-08-10T12:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http.as_bytes());
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Writes the crawl; returns (uncompressed bytes, records). With `page_kb`, pages are
/// padded with news-site chrome ([`padded_page`]).
fn build(
    articles: &[ArticleInput],
    path: &Path,
    target: usize,
    plain: bool,
    page_kb: Option<usize>,
) -> Result<(usize, usize)> {
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let (mut written, mut records, mut copy) = (0usize, 0usize, 0usize);
    while written < target {
        for (i, a) in articles.iter().enumerate() {
            let base = a.url.as_deref().unwrap_or("https://example.org/news");
            let uri = format!("{base}?copy={copy}");
            let html = match page_kb {
                Some(kb) => padded_page(a, i, copy, &uri, kb),
                None => page(a, copy),
            };
            let rec = record(&uri, &html);
            written += rec.len();
            records += 1;
            if plain {
                out.write_all(&rec)?;
            } else {
                let mut gz = GzEncoder::new(&mut out, Compression::fast());
                gz.write_all(&rec)?;
                gz.finish()?;
            }
        }
        copy += 1;
    }
    out.flush()?;
    Ok((written, records))
}

pub fn run(args: &WarcArgs, ex: &Extractor) -> Result<()> {
    let articles = load(&args.corpus)?;
    let dir = std::env::temp_dir().join(format!("rasd-bench-warc-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = measure(args, ex, &articles, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure(args: &WarcArgs, ex: &Extractor, articles: &[ArticleInput], dir: &Path) -> Result<()> {
    let target = if args.gb {
        1_000_000_000
    } else {
        args.mb * 1_000_000
    };
    let warc = dir.join(if args.plain {
        "crawl.warc"
    } else {
        "crawl.warc.gz"
    });
    let t = Instant::now();
    let (size, records) =
        build(articles, &warc, target, args.plain, args.page_kb).context("building the WARC")?;
    let on_disk = std::fs::metadata(&warc)?.len();
    if let Some(keep) = &args.keep_warc {
        std::fs::copy(&warc, keep).with_context(|| format!("copying to {}", keep.display()))?;
    }
    eprintln!(
        "built {} records ({:.1} KB of HTTP response each), {:.1} MB ({:.1} MB on disk) in {:.1}s; peak RSS so far {:.0} MB",
        records,
        size as f64 / 1e3 / records.max(1) as f64,
        size as f64 / 1e6,
        on_disk as f64 / 1e6,
        t.elapsed().as_secs_f64(),
        peak_rss_mb().unwrap_or(f64::NAN)
    );
    let mb = size as f64 / 1e6;
    let t = Instant::now();
    let cpu0 = process_cpu_secs();
    if args.read_only {
        let (mut ok, mut errors, mut text) = (0usize, 0usize, 0usize);
        for item in rasd_ingest::read_paths(std::slice::from_ref(&warc)) {
            match item {
                Ok(a) => {
                    ok += 1;
                    text += a.input.text.len();
                }
                Err(_) => errors += 1,
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "bench warc (read only): {ok} articles, {errors} errors, {:.1} MB of WARC in {secs:.1}s: {:.1} MB/s, {:.0} articles/s, {:.1} MB/s of article text{}; peak RSS {:.0} MB",
            mb,
            mb / secs,
            ok as f64 / secs,
            text as f64 / 1e6 / secs,
            cpu_note(mb, cpu0),
            peak_rss_mb().unwrap_or(f64::NAN)
        );
        return Ok(());
    }
    let mut store = Store::open(dir.join("bench.db")).context("bench store")?;
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let pb = progress_bar(false);
    let report = ingest(&[warc], &mut store, ex, jobs, 500, &pb, &mut |e| {
        eprintln!("error: {e}")
    })?;
    pb.finish_and_clear();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "bench warc: {} articles ({} new, {} near-copies, {} errors, {} skipped), {:.1} MB of WARC ({:.1} MB on disk) with {} jobs in {:.1}s: {:.1} MB/s of WARC{}, {:.1} MB/s of article text, {:.0} articles/s, {} events, peak RSS {:.0} MB",
        report.articles_read,
        report.new_articles,
        report.near_duplicates,
        report.errors,
        report.skipped,
        mb,
        on_disk as f64 / 1e6,
        jobs,
        secs,
        mb / secs,
        cpu_note(mb, cpu0),
        report.bytes as f64 / 1e6 / secs,
        report.articles_read as f64 / secs,
        report.events,
        peak_rss_mb().unwrap_or(f64::NAN),
    );
    Ok(())
}

/// User + system CPU seconds of this process so far, its finished threads included
/// (Linux; `/proc` counts in ticks of 1/100 s).
fn process_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// ", N CPU-s (M MB per CPU-second)": steadier than wall time on a shared machine.
fn cpu_note(mb: f64, since: Option<f64>) -> String {
    since
        .zip(process_cpu_secs())
        .map(|(a, b)| b - a)
        .filter(|cpu| *cpu > 0.0)
        .map(|cpu| format!(", {cpu:.1} CPU-s ({:.1} MB per CPU-second)", mb / cpu))
        .unwrap_or_default()
}
