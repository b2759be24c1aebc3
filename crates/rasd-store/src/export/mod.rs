//! Exports to any `impl Write`: ACLED-style CSV ([`acled`]), GeoJSON and JSON Lines. All
//! writers stream event by event, so `Store::export` never holds the whole store in memory.

pub mod acled;
mod geojson;
mod names;

use std::io::Write;
use std::str::FromStr;

use serde::Serialize;

use crate::{Error, EventFilter, Result, Store, StoredEvent};

pub use acled::{ACLED_HEADER, AcledCsvWriter};
pub use geojson::{GeoJsonWriter, geojson_feature};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ExportFormat {
    /// ACLED's columns, then rasd's (see [`acled`]).
    AcledCsv,
    /// A FeatureCollection of Point features; events without a location are left out.
    GeoJson,
    /// One JSON object per line with every field of [`StoredEvent`].
    Jsonl,
}

impl ExportFormat {
    pub const NAMES: &'static [&'static str] = &["acled-csv", "geojson", "jsonl"];

    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::AcledCsv => "acled-csv",
            ExportFormat::GeoJson => "geojson",
            ExportFormat::Jsonl => "jsonl",
        }
    }
}

impl FromStr for ExportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "acled-csv" | "acled" | "csv" => Ok(ExportFormat::AcledCsv),
            "geojson" => Ok(ExportFormat::GeoJson),
            "jsonl" | "ndjson" => Ok(ExportFormat::Jsonl),
            _ => Err(Error::Filter(format!(
                "unknown export format {s:?} (expected one of: {})",
                ExportFormat::NAMES.join(", ")
            ))),
        }
    }
}

/// How many events an export wrote, and how many it had to leave out (GeoJSON: no location).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExportCount {
    pub written: usize,
    pub skipped: usize,
}

/// One JSON object per line.
pub struct JsonlWriter<W: Write> {
    w: W,
}

impl<W: Write> JsonlWriter<W> {
    pub fn new(w: W) -> Self {
        JsonlWriter { w }
    }
    pub fn write(&mut self, e: &StoredEvent) -> Result<()> {
        serde_json::to_writer(&mut self.w, e)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }
    pub fn finish(mut self) -> Result<W> {
        self.w.flush()?;
        Ok(self.w)
    }
}

/// Any of the export writers behind one interface.
pub enum EventWriter<W: Write> {
    // Boxed: the csv writer's buffer state dwarfs the others.
    AcledCsv(Box<AcledCsvWriter<W>>),
    GeoJson(GeoJsonWriter<W>),
    Jsonl(JsonlWriter<W>),
}

impl<W: Write> EventWriter<W> {
    /// Starts an export (writes the CSV header or the FeatureCollection opening).
    pub fn new(format: ExportFormat, w: W) -> Result<Self> {
        Ok(match format {
            ExportFormat::AcledCsv => EventWriter::AcledCsv(Box::new(AcledCsvWriter::new(w)?)),
            ExportFormat::GeoJson => EventWriter::GeoJson(GeoJsonWriter::new(w)?),
            ExportFormat::Jsonl => EventWriter::Jsonl(JsonlWriter::new(w)),
        })
    }

    /// Writes one event; false if the format cannot hold it (GeoJSON without a location).
    pub fn write(&mut self, e: &StoredEvent) -> Result<bool> {
        match self {
            EventWriter::AcledCsv(x) => x.write(e).map(|()| true),
            EventWriter::GeoJson(x) => x.write(e),
            EventWriter::Jsonl(x) => x.write(e).map(|()| true),
        }
    }

    /// Completes the document and flushes.
    pub fn finish(self) -> Result<W> {
        match self {
            EventWriter::AcledCsv(x) => (*x).finish(),
            EventWriter::GeoJson(x) => x.finish(),
            EventWriter::Jsonl(x) => x.finish(),
        }
    }
}

/// Writes `events` in `format` to `w`.
pub fn write_events<'a, W: Write>(
    format: ExportFormat,
    events: impl IntoIterator<Item = &'a StoredEvent>,
    w: W,
) -> Result<ExportCount> {
    let mut out = EventWriter::new(format, w)?;
    let mut count = ExportCount::default();
    for e in events {
        if out.write(e)? {
            count.written += 1;
        } else {
            count.skipped += 1;
        }
    }
    out.finish()?;
    Ok(count)
}

impl Store {
    /// Streams the events matching `f` to `w` in `format`.
    pub fn export<W: Write>(
        &self,
        f: &EventFilter,
        format: ExportFormat,
        w: W,
    ) -> Result<ExportCount> {
        let mut out = EventWriter::new(format, w)?;
        let mut count = ExportCount::default();
        self.for_each_event(f, |e| {
            if out.write(&e)? {
                count.written += 1;
            } else {
                count.skipped += 1;
            }
            Ok(())
        })?;
        out.finish()?;
        Ok(count)
    }
}
