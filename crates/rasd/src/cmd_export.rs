//! `rasd export`: write the events matching the filters as ACLED-style CSV, GeoJSON or JSON
//! Lines, to a file or stdout.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};
use clap::{Args, ValueEnum};
use rasd_store::{ExportCount, ExportFormat, Store};

use crate::cmd_events::FilterArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// ACLED's columns (event_id_cnty … timestamp), then rasd's own
    #[value(name = "acled-csv")]
    AcledCsv,
    /// FeatureCollection of points (events without a location are left out)
    #[value(name = "geojson")]
    GeoJson,
    /// one JSON object per event, every field
    #[value(name = "jsonl")]
    Jsonl,
}

impl From<ExportFormatArg> for ExportFormat {
    fn from(f: ExportFormatArg) -> Self {
        match f {
            ExportFormatArg::AcledCsv => ExportFormat::AcledCsv,
            ExportFormatArg::GeoJson => ExportFormat::GeoJson,
            ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Per {
    Event,
    Incident,
}

/// Export events for other tools (ACLED-style CSV, GeoJSON, JSON Lines).
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// Output format; when left out, taken from --out's extension (.csv, .geojson, .jsonl)
    #[arg(long, value_enum)]
    pub format: Option<ExportFormatArg>,
    /// Write here instead of stdout (written whole or not at all)
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// At most this many rows, events or incidents (default: all)
    #[arg(long)]
    pub limit: Option<usize>,
    /// One row per event, or per incident (its most precisely placed report, with the
    /// highest figures any report gives)
    #[arg(long, value_enum, default_value_t = Per::Event)]
    pub per: Per,
    #[command(flatten)]
    pub filter: FilterArgs,
}

fn format_for(args: &ExportArgs) -> Result<ExportFormat> {
    if let Some(f) = args.format {
        return Ok(f.into());
    }
    let ext = args
        .out
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") => Ok(ExportFormat::AcledCsv),
        Some("geojson") => Ok(ExportFormat::GeoJson),
        Some("jsonl" | "ndjson") => Ok(ExportFormat::Jsonl),
        _ => Err(anyhow!(
            "--format is needed (acled-csv, geojson or jsonl) unless --out ends in .csv, \
             .geojson or .jsonl"
        )),
    }
}

pub fn run(args: &ExportArgs, store: &Store) -> Result<()> {
    let format = format_for(args)?;
    let filter = args.filter.to_filter(args.limit)?;
    let count = match &args.out {
        None => {
            let stdout = io::stdout();
            let out = BufWriter::new(stdout.lock());
            match export(store, &filter, format, args.per, out) {
                Err(rasd_store::Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
                    return Ok(());
                }
                r => r.context("exporting events")?,
            }
        }
        Some(path) => export_to_file(store, &filter, format, args.per, path)?,
    };
    let dest = args
        .out
        .as_deref()
        .map_or_else(|| "stdout".to_string(), |p| p.display().to_string());
    let what = match args.per {
        Per::Event => "event",
        Per::Incident => "incident",
    };
    eprint!(
        "exported {} {what}{} as {} to {dest}",
        count.written,
        if count.written == 1 { "" } else { "s" },
        format.name()
    );
    if count.skipped > 0 {
        eprint!("; {} without a location left out", count.skipped);
    }
    eprintln!();
    Ok(())
}

/// Writes next to `path` and renames at the end, so a failed export never leaves a
/// truncated file where a good one was.
fn export<W: Write>(
    store: &Store,
    filter: &rasd_store::EventFilter,
    format: ExportFormat,
    per: Per,
    w: W,
) -> rasd_store::Result<ExportCount> {
    match per {
        Per::Event => store.export(filter, format, w),
        Per::Incident => store.export_incidents(filter, format, w),
    }
}

fn export_to_file(
    store: &Store,
    filter: &rasd_store::EventFilter,
    format: ExportFormat,
    per: Per,
    path: &Path,
) -> Result<ExportCount> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let result = (|| -> Result<ExportCount> {
        let file = File::create(&partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let mut w = BufWriter::new(file);
        let count = export(store, filter, format, per, &mut w)
            .with_context(|| format!("exporting to {}", path.display()))?;
        w.flush()
            .and_then(|()| w.get_ref().sync_all())
            .with_context(|| format!("writing {}", partial.display()))?;
        std::fs::rename(&partial, path)
            .with_context(|| format!("cannot move {} to {}", partial.display(), path.display()))?;
        Ok(count)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}
