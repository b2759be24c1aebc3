//! `rasd demo`: the illustrative reports of examples/ (embedded in the binary) into a fresh
//! store, and the events they yield.

use crate::pipeline::{default_jobs, ingest, progress_bar};
use anyhow::{Context, Result};
use rasd_extract::Extractor;
use rasd_store::{EventFilter, Store};
use std::path::PathBuf;
use std::process::ExitCode;

const DEMO_JSONL: &str = include_str!("../../../examples/demo.jsonl");

#[derive(clap::Args)]
pub struct DemoArgs {
    /// Where to write the demo store (replaced if it exists).
    #[arg(long, default_value = "rasd-demo.db")]
    pub out: PathBuf,
}

pub fn run(args: &DemoArgs, ex: &Extractor) -> Result<ExitCode> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = args.out.clone().into_os_string();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("replacing {}", p.display()))?;
        }
    }
    let dir = std::env::temp_dir().join(format!("rasd-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let input = dir.join("demo.jsonl");
    std::fs::write(&input, DEMO_JSONL)?;
    let mut store = Store::open(&args.out)?;
    let pb = progress_bar(true);
    let report = ingest(
        &[input],
        &mut store,
        ex,
        default_jobs(),
        100,
        &pb,
        &mut |e| eprintln!("error: {e}"),
    );
    let _ = std::fs::remove_dir_all(&dir);
    let report = report?;
    let events = store.events(&EventFilter {
        limit: Some(1000),
        ..EventFilter::default()
    })?;
    crate::cmd_events::print_table(&events);
    let control = store
        .control_assertions(&rasd_store::ControlFilter {
            undated: true,
            ..Default::default()
        })?
        .len();
    let db = args.out.display();
    println!(
        "\n{} illustrative reports → {} events and {control} control assertions, stored in {db}.\n\
         Next: rasd --db {db} events --type air_strike   |   rasd --db {db} control --at 2024-09-30   |   \
         rasd --db {db} sites   |   rasd --db {db} serve",
        report.articles_read, report.events,
    );
    Ok(ExitCode::SUCCESS)
}
