//! `rasd events`: query the store, print an aligned table or JSON. Also home of the filter
//! flags that `rasd export` shares.

use std::io::{self, Write};

use anyhow::{Context, Result, anyhow};
use clap::{Args, ValueEnum};
use jiff::civil::Date;
use rasd_extract::{EventType, Quantity};
use rasd_store::{EventFilter, Near, Store, StoredEvent};

/// Filter flags shared by `events` and `export`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Event type code, e.g. air_strike, shelling, deployment (see taxonomy.md)
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// Actor code, matched against actor1 and associated actors, e.g. RUS, SDF, US
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Only events on or after this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only events on or before this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Only events within KM kilometres of a point, e.g. 36.5,40.75,25
    #[arg(long, value_name = "LAT,LON,KM", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// Full-text search, Arabic or English (evidence sentence, note, place names)
    #[arg(long, value_name = "TEXT")]
    pub q: Option<String>,
}

impl FilterArgs {
    /// The store filter, with a message naming the flag for every value it cannot use.
    pub fn to_filter(&self, limit: Option<usize>) -> Result<EventFilter> {
        let event_type = match &self.event_type {
            None => None,
            Some(t) => Some(
                EventType::from_code(t.trim().to_ascii_lowercase().as_str()).ok_or_else(|| {
                    let all: Vec<&str> = EventType::ALL.iter().map(|t| t.code()).collect();
                    anyhow!(
                        "--type: unknown event type {t:?} (expected one of: {})",
                        all.join(", ")
                    )
                })?,
            ),
        };
        let near = match &self.near {
            None => None,
            Some(s) => Some(s.parse::<Near>().map_err(|_| {
                anyhow!(
                    "--near expects LAT,LON,KM with latitude within ±90, longitude within ±180 \
                     and KM > 0, e.g. --near 36.5,40.75,25 (got {s:?})"
                )
            })?),
        };
        let q = match &self.q {
            Some(q) if q.trim().is_empty() => return Err(anyhow!("--q expects search text")),
            q => q.clone(),
        };
        let actor = match &self.actor {
            Some(a) if a.trim().is_empty() => return Err(anyhow!("--actor expects an actor code")),
            a => a.clone(),
        };
        Ok(EventFilter {
            event_type,
            actor,
            since: parse_date("--since", self.since.as_deref())?,
            until: parse_date("--until", self.until.as_deref())?,
            near,
            q,
            limit,
            ..EventFilter::default()
        })
    }
}

fn parse_date(flag: &str, s: Option<&str>) -> Result<Option<Date>> {
    s.map(|s| {
        s.trim()
            .parse::<Date>()
            .map_err(|_| anyhow!("{flag} expects a date as YYYY-MM-DD, got {s:?}"))
    })
    .transpose()
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    #[default]
    Table,
    Json,
}

/// List stored events, newest first.
#[derive(Debug, Clone, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many events
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// table (aligned, for reading) or json (an array of events with every field)
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    pub format: EventsFormat,
}

pub fn run(args: &EventsArgs, store: &Store) -> Result<()> {
    let filter = args.filter.to_filter(Some(args.limit))?;
    let events = store.events(&filter).context("querying events")?;
    print_listing(args.format, &events, args.limit, "event", |out| {
        write_table(out, &events)
    })
}

/// Prints a listing as pretty JSON or as a table (`table` writes it), then, for tables, how
/// many `noun`s matched on stderr. A closed pipe (`| head`) is not an error.
pub fn print_listing<T: serde::Serialize>(
    format: EventsFormat,
    items: &[T],
    limit: usize,
    noun: &str,
    table: impl FnOnce(&mut io::BufWriter<io::StdoutLock<'static>>) -> io::Result<()>,
) -> Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match format {
        EventsFormat::Json => serde_json::to_writer_pretty(&mut out, items)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
        EventsFormat::Table => table(&mut out),
    };
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
        r => r.context("writing to stdout")?,
    }
    if format == EventsFormat::Table {
        match items.len() {
            0 => eprintln!("no {noun}s match"),
            n if n == limit => eprintln!("{n} {noun}s (the --limit; raise it to see more)"),
            n => eprintln!("{n} {noun}{}", if n == 1 { "" } else { "s" }),
        }
    }
    Ok(())
}

/// Prints `events` as the aligned table of `rasd events` on stdout. Write errors (a closed
/// pipe) are ignored: the table is for reading only.
pub fn print_table(events: &[StoredEvent]) {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let _ = write_table(&mut out, events).and_then(|()| out.flush());
}

/// "~40 personnel, 3 vehicle"
pub fn format_quantities(qs: &[Quantity]) -> String {
    qs.iter()
        .map(rasd_store::figure_text)
        .collect::<Vec<_>>()
        .join(", ")
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

const HEADER: [&str; 9] = [
    "DATE",
    "TYPE",
    "ACTOR",
    "PLACE",
    "ADMIN1",
    "MODALITY",
    "QUANTITIES",
    "SRC",
    "NOTE",
];
/// Column caps in characters; the note is last, so it is only cut, never padded.
const CAPS: [usize; 9] = [12, 19, 20, 24, 16, 10, 26, 3, 90];

/// The date with its precision ("2024-03-10/w" for a week), `undated` when there is none.
pub fn date_cell(ev: &rasd_extract::Event, undated: &str) -> String {
    match (ev.date, ev.time_precision) {
        (None, _) => undated.to_string(),
        (Some(d), Some(2)) => format!("{d}/w"),
        (Some(d), Some(3)) => format!("{d}/m"),
        (Some(d), _) => d.to_string(),
    }
}

/// actor1, then its associates: "US+SDF".
pub fn actors_cell(ev: &rasd_extract::Event) -> String {
    let actor = ev.actor1.clone().unwrap_or_else(|| "-".into());
    if ev.assoc_actors.is_empty() {
        actor
    } else {
        format!("{actor}+{}", ev.assoc_actors.join("+"))
    }
}

fn row(e: &StoredEvent) -> [String; 9] {
    let ev = &e.event;
    let date = date_cell(ev, "-");
    let mut actor = actors_cell(ev);
    if let Some(t) = &ev.target {
        actor = format!("{actor}→{t}");
    }
    let place = ev.location.as_ref();
    [
        date,
        ev.event_type.code().to_string(),
        actor,
        place
            .map(|p| format!("{} ({})", p.name, p.geo_precision))
            .unwrap_or_else(|| "-".into()),
        place
            .and_then(|p| p.admin1.clone())
            .unwrap_or_else(|| "-".into()),
        ev.modality.code().to_string(),
        format_quantities(&ev.quantities),
        e.incident.outlets.to_string(),
        ev.note.clone(),
    ]
}

fn write_table(out: &mut impl Write, events: &[StoredEvent]) -> io::Result<()> {
    write_aligned(out, &HEADER, &CAPS, events.iter().map(|e| row(e).to_vec()))
}

/// An aligned text table: each cell cut to its column's cap, columns padded to the widest.
pub fn write_aligned(
    out: &mut impl Write,
    header: &[&str],
    caps: &[usize],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .map(|mut r| {
            for (cell, cap) in r.iter_mut().zip(caps) {
                *cell = cut(cell, *cap);
            }
            r
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for r in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                let pad = widths[i].saturating_sub(cell.chars().count()) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
