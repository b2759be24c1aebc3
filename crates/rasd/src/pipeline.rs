//! `rasd ingest`: readers → a pool of analysers → one writer, in batched transactions.

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rasd_extract::{Analysis, ArticleInput, Extractor};
use rasd_ingest::fetch::{Fetcher, is_url};
use rasd_ingest::{ByteCounter, ReadError, SkipCounter, SourceArticle, input_size, read_paths};
use rasd_store::Store;
use rasd_text::Signature;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files, folders or URLs: .txt (page text), .html, .jsonl (one article per line),
    /// .json, .warc/.warc.gz (crawls), .rss/.atom/.xml (feeds), any of them gzipped (.gz);
    /// http(s) URLs of a page or a feed.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Analyser threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// No progress bar or summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// What one ingest run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct IngestReport {
    pub articles_read: usize,
    pub new_articles: usize,
    pub duplicates: usize,
    /// New articles that nearly copy a stored one (linked to it, events not repeated).
    pub near_duplicates: usize,
    pub events: usize,
    pub errors: usize,
    pub bytes: usize,
    /// Records that held no article (a crawl's images, redirects, empty pages).
    pub skipped: usize,
}

type Item = Result<SourceArticle, ReadError>;

/// Where the reader thread gets its items; it counts skipped records on the counter.
pub type Source<'a> = Box<dyn FnOnce(SkipCounter) -> Box<dyn Iterator<Item = Item>> + Send + 'a>;

/// Files and folders (one walk), then URLs, each fetched when reached. Bytes read from the
/// files are counted on `bytes`.
pub fn sources(paths: &[PathBuf], bytes: ByteCounter) -> Source<'static> {
    let (urls, files): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| p.to_str().is_some_and(is_url));
    Box::new(move |skipped| {
        let files = (!files.is_empty()).then(|| {
            read_paths(&files)
                .with_skip_counter(skipped)
                .with_byte_counter(bytes)
        });
        let mut fetcher: Option<Result<Fetcher, String>> = None;
        let fetched = urls.into_iter().flat_map(move |url| {
            let url = url.to_string_lossy().into_owned();
            match fetcher.get_or_insert_with(Fetcher::new) {
                Ok(f) => f.read_url(&url),
                Err(message) => vec![Err(ReadError {
                    origin: url,
                    message: message.clone(),
                })],
            }
        });
        Box::new(files.into_iter().flatten().chain(fetched))
    })
}

enum Msg {
    /// A chunk's number and its articles with their analyses; `true` marks a light one
    /// (a predicted copy).
    Analysed(usize, Vec<(ArticleInput, Analysis, bool)>),
    Failed(ReadError),
}

/// Most signatures [`Copies`] keeps (about 0.7 KB each); later articles are not remembered.
const MAX_REMEMBERED: usize = 100_000;

/// The signatures of the articles analysed in full during this run, by LSH band. An article
/// that nearly copies one of them is probably stored as a copy, which keeps no events: it
/// gets only the light analysis, and the writer completes it if the store disagrees.
#[derive(Default)]
struct Copies {
    signatures: Vec<Signature>,
    bands: HashMap<(usize, i64), Vec<usize>>,
}

impl Copies {
    /// Whether `sig` nearly copies a remembered article; if not, it is remembered.
    fn seen(&mut self, sig: &Signature) -> bool {
        let keys = sig.band_keys();
        let copies = keys.iter().enumerate().any(|(band, key)| {
            self.bands.get(&(band, *key)).is_some_and(|ids| {
                ids.iter()
                    .filter_map(|&i| self.signatures.get(i))
                    .any(|other| other.near_duplicate(sig))
            })
        });
        if !copies && self.signatures.len() < MAX_REMEMBERED {
            let id = self.signatures.len();
            self.signatures.push(sig.clone());
            for (band, key) in keys.iter().enumerate() {
                self.bands.entry((band, *key)).or_default().push(id);
            }
        }
        copies
    }
}

/// The full analysis, or the light one for a probable copy of an article seen before.
fn analyse(ex: &Extractor, copies: &Mutex<Copies>, input: &ArticleInput) -> (Analysis, bool) {
    let prepared = ex.prepare(input);
    let copy = prepared
        .light
        .signature
        .as_ref()
        .is_some_and(|sig| copies.lock().map(|mut c| c.seen(sig)).unwrap_or(false));
    if copy {
        (prepared.light, true)
    } else {
        (ex.finish(input, prepared), false)
    }
}

/// Reads, analyses and stores everything under `paths`. Read errors are reported through
/// `on_error` and do not stop the run.
pub fn ingest(
    paths: &[PathBuf],
    store: &mut Store,
    ex: &Extractor,
    jobs: usize,
    batch: usize,
    progress: &ProgressBar,
    on_error: &mut dyn FnMut(&ReadError),
) -> Result<IngestReport> {
    let bytes = ByteCounter::default();
    // Local inputs only: a URL's size is unknown until fetched, so no ETA then.
    if !paths.iter().any(|p| p.to_str().is_some_and(is_url)) {
        let total = input_size(paths);
        if total > 0 {
            progress.set_length(total);
            progress.set_style(bytes_style());
        }
    }
    let source = sources(paths, bytes.clone());
    ingest_from(source, store, ex, jobs, batch, progress, &bytes, on_error)
}

/// [`ingest`] over any source of items (feed items from `rasd watch`). With a length set on
/// `progress`, its position follows `bytes` (input read) and the message counts articles.
#[allow(clippy::too_many_arguments)]
pub fn ingest_from(
    source: Source<'_>,
    store: &mut Store,
    ex: &Extractor,
    jobs: usize,
    batch: usize,
    progress: &ProgressBar,
    bytes: &ByteCounter,
    on_error: &mut dyn FnMut(&ReadError),
) -> Result<IngestReport> {
    let by_bytes = progress.length().is_some();
    let mut report = IngestReport::default();
    let batch = batch.max(1);
    let jobs = jobs.max(1);
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<SourceArticle>)>(jobs * 2);
    // Shared by the analysers alone: when the writer fails they stop, the last one drops the
    // receiver, and a reader blocked on a full work queue is released.
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::sync_channel::<Msg>(jobs * 2);
    let skipped = SkipCounter::default();
    let counter = skipped.clone();
    let copies = Mutex::new(Copies::default());
    // One slot per chunk read and not yet written: bounds the chunks held back for order.
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(jobs * 4);
    std::thread::scope(|scope| -> Result<()> {
        let reader_done = done_tx.clone();
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(batch);
            let mut seq = 0;
            for item in source(counter) {
                match item {
                    Ok(a) => {
                        chunk.push(a);
                        if chunk.len() >= batch {
                            let chunk = std::mem::take(&mut chunk);
                            if slot_tx.send(()).is_err() || work_tx.send((seq, chunk)).is_err() {
                                return;
                            }
                            seq += 1;
                        }
                    }
                    Err(e) => {
                        if reader_done.send(Msg::Failed(e)).is_err() {
                            return;
                        }
                    }
                }
            }
            if !chunk.is_empty() && slot_tx.send(()).is_ok() {
                let _ = work_tx.send((seq, chunk));
            }
        });
        for _ in 0..jobs {
            let done = done_tx.clone();
            let (rx, copies) = (Arc::clone(&work_rx), &copies);
            scope.spawn(move || {
                loop {
                    let next = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, chunk)) = next else { return };
                    let out: Vec<(ArticleInput, Analysis, bool)> = chunk
                        .into_iter()
                        .map(|a| {
                            let (analysis, light) = analyse(ex, copies, &a.input);
                            (a.input, analysis, light)
                        })
                        .collect();
                    if done.send(Msg::Analysed(seq, out)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        drop(work_rx);
        // Chunks are written in input order, whichever analyser finishes first, so that
        // which of two near-copies is the original does not depend on thread timing.
        let mut pending: BTreeMap<usize, Vec<(ArticleInput, Analysis, bool)>> = BTreeMap::new();
        let mut next = 0usize;
        let mut closed = false;
        let mut done_rx = done_rx.into_iter();
        // Owned here, so that a writer error frees a reader waiting for a slot.
        let slot_rx = slot_rx;
        while !closed || !pending.is_empty() {
            let ready = if let Some(items) = pending.remove(&next) {
                next += 1;
                items
            } else if closed {
                // A chunk lost to a crashed analyser: write the rest anyway.
                let Some((_, items)) = pending.pop_first() else {
                    break;
                };
                items
            } else {
                match done_rx.next() {
                    None => {
                        closed = true;
                        continue;
                    }
                    Some(Msg::Failed(e)) => {
                        report.errors += 1;
                        on_error(&e);
                        continue;
                    }
                    Some(Msg::Analysed(seq, items)) => {
                        pending.insert(seq, items);
                        continue;
                    }
                }
            };
            let _ = slot_rx.try_recv();
            let n = ready.len();
            report.articles_read += n;
            report.bytes += ready.iter().map(|(a, _, _)| a.text.len()).sum::<usize>();
            let out = store
                .insert_iter_light(
                    ready.iter().map(|(i, a, light)| (i, a, *light)),
                    &mut |input: &ArticleInput| ex.analyse(input),
                )
                .context("writing to the store")?;
            report.new_articles += out.new_articles;
            report.duplicates += out.duplicate_articles;
            report.near_duplicates += out.near_duplicates;
            report.events += out.events_stored;
            if by_bytes {
                progress.set_position(bytes.load(std::sync::atomic::Ordering::Relaxed));
                let secs = progress.elapsed().as_secs_f64().max(1e-3);
                progress.set_message(format!(
                    "{} articles, {:.0}/s",
                    report.articles_read,
                    report.articles_read as f64 / secs
                ));
            } else {
                progress.inc(n as u64);
            }
        }
        Ok(())
    })?;
    report.skipped = skipped.load(std::sync::atomic::Ordering::Relaxed);
    Ok(report)
}

pub fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} {pos} articles  {per_sec}  {elapsed_precise}  {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

/// Progress over the input's bytes, with an ETA; the message counts articles.
fn bytes_style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{bar:30} {bytes}/{total_bytes}  {binary_bytes_per_sec}  ETA {eta}  {msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
}

pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

pub fn run(args: &IngestArgs, db: &Path, ex: &Extractor) -> Result<ExitCode> {
    let mut store = Store::open(db).with_context(|| format!("opening store {}", db.display()))?;
    let pb = progress_bar(args.quiet);
    let started = Instant::now();
    let report = ingest(
        &args.paths,
        &mut store,
        ex,
        args.jobs.unwrap_or_else(default_jobs),
        args.batch,
        &pb,
        &mut |e| pb.suspend(|| eprintln!("error: {e}")),
    )?;
    pb.finish_and_clear();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !args.quiet {
        eprintln!(
            "ingested {} articles into {} ({} new of which {} near-copies of stored ones, {} already stored), {} events; {} errors; {} records without an article skipped; {:.1}s, {:.0} articles/s",
            report.articles_read,
            db.display(),
            report.new_articles,
            report.near_duplicates,
            report.duplicates,
            report.events,
            report.errors,
            report.skipped,
            secs,
            report.articles_read as f64 / secs
        );
    }
    // Partial success still fails the exit status, so scripts notice the skipped inputs.
    Ok(if report.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
