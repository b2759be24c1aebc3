//! `rasd`: Arabic and English conflict news in, a geocoded, deduplicated event store out.

mod bench;
mod bench_html;
mod bench_page;
mod bench_store;
mod bench_warc;
mod cmd_control;
mod cmd_events;
mod cmd_export;
mod cmd_gazetteer;
mod cmd_geocode;
mod cmd_incidents;
mod cmd_serve;
mod cmd_sites;
mod demo;
mod eval;
mod pipeline;
mod watch;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use rasd_extract::{Extractor, Gazetteer, Lexicon};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "rasd",
    version,
    about = "Turn Arabic and English conflict news into a geocoded, deduplicated event database",
    long_about = "rasd reads news reports (text, HTML, JSONL, WARC crawls, RSS/Atom feeds, \
URLs), extracts typed events \
(deployments, strikes, clashes, arrests, ...) with actors, places, dates, quantities and the \
source sentence, and stores them in a SQLite file you can query and export.\n\n\
Start with `rasd demo`, then `rasd ingest FILES...` and `rasd events`; \
`rasd watch FEEDS_FILE` follows feeds."
)]
struct Cli {
    /// The event store (SQLite file); created if missing.
    #[arg(long, global = true, default_value = "rasd.db")]
    db: PathBuf,
    /// Extra lexicon rows (CATEGORY<TAB>KEY<TAB>FORM), added to the bundled ones. Repeatable.
    #[arg(long, global = true, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Extra gazetteer rows (the format of data/gazetteer/curated.tsv). Repeatable.
    #[arg(long, global = true, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest the illustrative reports in examples/ into a fresh store and print the events.
    Demo(demo::DemoArgs),
    /// Read files, folders and URLs (.txt, .html, .jsonl, .json, .warc[.gz], .rss/.atom/.xml
    /// feeds, anything gzipped; http(s) pages and feeds) and store their events.
    ///
    /// Re-ingesting an article already stored is a no-op. Bad files and malformed lines are
    /// reported with their file and line; everything else still goes in.
    Ingest(pipeline::IngestArgs),
    /// Poll RSS/Atom feeds listed in a file and ingest new items as they appear.
    ///
    /// Conditional GET (ETag, Last-Modified), per-feed exponential backoff after failures;
    /// the polling state and the items seen are kept in the store. `--once` polls each feed
    /// once and exits.
    Watch(watch::WatchArgs),
    /// List and filter stored events.
    Events(cmd_events::EventsArgs),
    /// List incidents: the reports of one occurrence grouped across articles and outlets.
    Incidents(cmd_incidents::IncidentsArgs),
    /// Export stored events as ACLED-style CSV, GeoJSON or JSON Lines.
    Export(cmd_export::ExportArgs),
    /// Force posture at bases, airports, oil and gas fields, crossings and dams: actors
    /// present, what arrived and what left, the last report; `--site NAME` for a timeline.
    ///
    /// Sites are the gazetteer's rows of those kinds (add yours with --gazetteer). Totals
    /// keep their qualifiers ("more than 100" is 100+, not 100), withdrawals are shown apart,
    /// and planned, denied and historical reports are listed but not summed.
    Sites(cmd_sites::SitesArgs),
    /// Who controls which locality as of a date, from what the reports assert
    /// ("تسيطر قسد على ...", "المنطقة الخاضعة لسيطرة النظام", bases, captures).
    ///
    /// Each Syrian settlement and site of the gazetteer takes the most specific, most recent
    /// assertion covering it; contested localities show every side. `--assertions` lists the
    /// assertions with their evidence sentences.
    Control(cmd_control::ControlArgs),
    /// Score rasd against a gold file (shared/spec/eval.md).
    Eval(eval::EvalArgs),
    /// Resolve a place name or a sentence to coordinates (JSON); `-` reads lines from stdin.
    Geocode(cmd_geocode::GeocodeArgs),
    /// Measure throughput of the extraction core and of ingest, and HTML extraction quality.
    Bench(bench::BenchArgs),
    /// Gazetteer tools: convert a GeoNames country dump into an overlay.
    Gazetteer(cmd_gazetteer::GazetteerArgs),
    /// Serve the HTTP API and the web UI (map, timeline, filters, evidence) over the store.
    ///
    /// Read-only unless started with --allow-ingest and --token-file. Open
    /// http://127.0.0.1:8080/ in a browser; the API is described at /api/openapi.json.
    Serve(cmd_serve::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Bundled lexicons and gazetteer plus the user's overlays.
pub fn load_extractor(lexicons: &[PathBuf], gazetteers: &[PathBuf]) -> Result<Extractor> {
    let mut lex = Lexicon::bundled();
    for p in lexicons {
        let text = std::fs::read_to_string(p)
            .with_context(|| format!("reading lexicon {}", p.display()))?;
        lex.add_tsv(&p.display().to_string(), &text)?;
    }
    let mut gaz = Gazetteer::bundled();
    for p in gazetteers {
        let text = std::fs::read_to_string(p)
            .with_context(|| format!("reading gazetteer {}", p.display()))?;
        gaz.add_overlay(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
    }
    // Undated pages are read as written by today at the latest.
    Ok(Extractor::new(lex, gaz).with_not_after(Some(jiff::Zoned::now().date())))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Demo(a) => demo::run(a, &load_extractor(&cli.lexicon, &cli.gazetteer)?),
        Command::Ingest(a) => {
            pipeline::run(a, &cli.db, &load_extractor(&cli.lexicon, &cli.gazetteer)?)
        }
        Command::Watch(a) => watch::run(a, &cli.db, &load_extractor(&cli.lexicon, &cli.gazetteer)?),
        Command::Events(a) => {
            let store = open_existing(&cli.db)?;
            cmd_events::run(a, &store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Incidents(a) => {
            let store = open_existing(&cli.db)?;
            cmd_incidents::run(a, &store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(a) => {
            let store = open_existing(&cli.db)?;
            cmd_export::run(a, &store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sites(a) => {
            let store = open_existing(&cli.db)?;
            let ex = load_extractor(&[], &cli.gazetteer)?;
            cmd_sites::run(a, &store, &ex.gazetteer)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Control(a) => {
            let store = open_existing(&cli.db)?;
            let ex = load_extractor(&[], &cli.gazetteer)?;
            cmd_control::run(a, &store, &ex.gazetteer)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(a) => eval::run(a, &load_extractor(&cli.lexicon, &cli.gazetteer)?),
        Command::Geocode(a) => {
            let ex = load_extractor(&[], &cli.gazetteer)?;
            cmd_geocode::run(a, &ex.gazetteer)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(a) => bench::run(a, || load_extractor(&cli.lexicon, &cli.gazetteer)),
        Command::Serve(a) => {
            cmd_serve::run(a, &cli.db, load_extractor(&cli.lexicon, &cli.gazetteer)?)
        }
        Command::Gazetteer(a) => {
            let ex = load_extractor(&[], &cli.gazetteer)?;
            Ok(if cmd_gazetteer::run(a, &ex.gazetteer)? {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn open_existing(db: &std::path::Path) -> Result<rasd_store::Store> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (run `rasd ingest FILES` first, or pass --db)",
            db.display()
        );
    }
    rasd_store::Store::open(db).with_context(|| format!("opening {}", db.display()))
}
