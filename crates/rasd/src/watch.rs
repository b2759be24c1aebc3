//! `rasd watch FEEDS_FILE`: polls feeds with conditional GET, backs off per feed after
//! failures, and ingests new items through the same pipeline as `rasd ingest`. The polling
//! state lives in the store, so a restart picks up where the last run stopped.

use anyhow::{Context, Result};
use rasd_extract::Extractor;
use rasd_ingest::fetch::{Fetched, Fetcher, Validators};
use rasd_ingest::{FeedItem, SourceArticle, parse_feed};
use rasd_store::{FeedState, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::pipeline::{Source, default_jobs, ingest_from, progress_bar};

/// Longest wait between polls of a failing feed.
const MAX_BACKOFF_SECS: i64 = 24 * 3600;

#[derive(clap::Args)]
pub struct WatchArgs {
    /// A file of feed URLs (RSS or Atom), one per line; `#` starts a comment.
    pub feeds: PathBuf,
    /// Time between polls of a feed: 90s, 10m, 2h.
    #[arg(long, default_value = "10m", value_parser = parse_interval)]
    pub every: Duration,
    /// Poll every feed once (ignoring backoff) and exit; status 1 if any feed failed.
    #[arg(long)]
    pub once: bool,
    /// Never fetch the linked page of an item that carries only a short summary.
    #[arg(long)]
    pub no_pages: bool,
    /// Analyser threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Report failures only.
    #[arg(long, short)]
    pub quiet: bool,
}

/// "90s", "10m", "2h", "1d", or bare seconds.
pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("not an interval: {s:?} (try 30s, 10m, 1h)"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        "d" => n.saturating_mul(86400),
        _ => return Err(format!("unknown unit in {s:?} (use s, m, h or d)")),
    };
    if secs == 0 {
        return Err("the interval must be at least one second".into());
    }
    Ok(Duration::from_secs(secs))
}

/// Feed URLs from the list file: one per line, blank lines and `#` comments ignored.
pub fn read_feed_list(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading feed list {}", path.display()))?;
    Ok(text
        .lines()
        .map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect())
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Delay before the next poll after `failures` failures in a row: the interval doubled for
/// each, at most a day (and never less than the interval).
pub fn backoff_secs(every: Duration, failures: u32) -> i64 {
    let every = every.as_secs().max(1) as i64;
    let factor = 1i64 << failures.min(20);
    every
        .saturating_mul(factor)
        .min(MAX_BACKOFF_SECS.max(every))
}

struct Watcher<'a> {
    args: &'a WatchArgs,
    store: Store,
    ex: &'a Extractor,
    fetcher: Fetcher,
}

pub fn run(args: &WatchArgs, db: &Path, ex: &Extractor) -> Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("opening store {}", db.display()))?;
    let fetcher = Fetcher::new().map_err(anyhow::Error::msg)?;
    let mut w = Watcher {
        args,
        store,
        ex,
        fetcher,
    };
    let mut feeds = read_feed_list(&args.feeds)?;
    if feeds.is_empty() {
        anyhow::bail!("no feed URLs in {}", args.feeds.display());
    }
    loop {
        let now = unix_now();
        let mut failed = 0usize;
        for url in &feeds {
            let mut state = w.store.feed_state(url)?;
            if !args.once && state.next_poll.is_some_and(|t| t > now) {
                continue;
            }
            if !w.poll(url, &mut state, now)? {
                failed += 1;
            }
            w.store.save_feed_state(&state)?;
        }
        if args.once {
            return Ok(if failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
        let mut next = now + args.every.as_secs() as i64;
        for url in &feeds {
            if let Some(t) = w.store.feed_state(url)?.next_poll {
                next = next.min(t);
            }
        }
        std::thread::sleep(Duration::from_secs(
            (next - unix_now()).clamp(1, 86400) as u64
        ));
        // The list is re-read each round, so feeds can be added without a restart.
        match read_feed_list(&args.feeds) {
            Ok(list) if !list.is_empty() => feeds = list,
            Ok(_) => eprintln!(
                "warning: {} lists no feeds; keeping the old list",
                args.feeds.display()
            ),
            Err(e) => eprintln!("warning: {e:#}; keeping the old list"),
        }
    }
}

impl Watcher<'_> {
    /// Polls one feed and updates its state; false when the poll failed.
    fn poll(&mut self, url: &str, state: &mut FeedState, now: i64) -> Result<bool> {
        state.last_poll = Some(now);
        match self.fetch_and_ingest(url, state, now) {
            Ok(summary) => {
                state.failures = 0;
                state.last_ok = Some(now);
                state.last_error = None;
                state.next_poll = Some(now + self.args.every.as_secs() as i64);
                if !self.args.quiet {
                    eprintln!("{url}: {summary}");
                }
                Ok(true)
            }
            Err(PollError::Feed(message)) => {
                state.failures = state.failures.saturating_add(1);
                let wait = backoff_secs(self.args.every, state.failures);
                state.next_poll = Some(now + wait);
                eprintln!(
                    "error: {url}: {message} (failure {} in a row; next try in {wait}s)",
                    state.failures
                );
                state.last_error = Some(message);
                Ok(false)
            }
            Err(PollError::Store(e)) => Err(e),
        }
    }

    fn fetch_and_ingest(
        &mut self,
        url: &str,
        state: &mut FeedState,
        now: i64,
    ) -> Result<String, PollError> {
        let validators = Validators {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        };
        let (bytes, fresh) = match self.fetcher.get(url, &validators) {
            Ok(Fetched::NotModified) => return Ok("not modified".into()),
            Ok(Fetched::Body {
                bytes, validators, ..
            }) => (bytes, validators),
            Err(message) => return Err(PollError::Feed(message)),
        };
        let items = parse_feed(&bytes).map_err(PollError::Feed)?;
        let total = items.len();
        let mut new: Vec<FeedItem> = Vec::new();
        for item in items {
            let seen = self.store.feed_item_seen(url, &item.key)?;
            if !seen && !new.iter().any(|n| n.key == item.key) {
                new.push(item);
            }
        }
        let keys: Vec<String> = new.iter().map(|i| i.key.clone()).collect();
        let articles: Vec<Result<SourceArticle, rasd_ingest::ReadError>> =
            self.fetcher.feed_articles(url, new, !self.args.no_pages);
        let source: Source<'static> = Box::new(move |_| Box::new(articles.into_iter()));
        let jobs = self.args.jobs.unwrap_or_else(default_jobs);
        let pb = progress_bar(true);
        let bytes = rasd_ingest::ByteCounter::default();
        let report = ingest_from(
            source,
            &mut self.store,
            self.ex,
            jobs,
            100,
            &pb,
            &bytes,
            &mut |e| eprintln!("error: {e}"),
        )
        .map_err(PollError::Store)?;
        // Items that failed are marked seen too: they would fail the same way next time.
        self.store
            .mark_feed_items(url, keys.iter().map(String::as_str), now)?;
        state.etag = fresh.etag;
        state.last_modified = fresh.last_modified;
        Ok(format!(
            "{} items, {} new; {} articles stored ({} already known), {} events, {} item errors",
            total,
            keys.len(),
            report.new_articles,
            report.duplicates,
            report.events,
            report.errors
        ))
    }
}

enum PollError {
    /// The feed could not be fetched or read: counts toward its backoff.
    Feed(String),
    /// The store failed: stop watching.
    Store(anyhow::Error),
}

impl From<rasd_store::Error> for PollError {
    fn from(e: rasd_store::Error) -> Self {
        PollError::Store(e.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_and_backoff() {
        assert_eq!(parse_interval("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(parse_interval("90"), Ok(Duration::from_secs(90)));
        assert!(parse_interval("0s").is_err() && parse_interval("5x").is_err());
        let every = Duration::from_secs(600);
        assert_eq!(backoff_secs(every, 1), 1200);
        assert_eq!(backoff_secs(every, 3), 4800);
        assert_eq!(backoff_secs(every, 30), 86400);
        assert_eq!(backoff_secs(Duration::from_secs(3 * 86400), 2), 3 * 86400);
    }
}
