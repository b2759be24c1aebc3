//! `rasd incidents`: the stored incidents, each the reports of one occurrence from one or
//! several outlets, newest first.

use anyhow::{Context, Result};
use clap::Args;
use rasd_store::{IncidentSummary, Store};

use crate::cmd_events::{
    EventsFormat, FilterArgs, format_quantities, print_listing, write_aligned,
};

/// List incidents: reports of one occurrence grouped across articles and outlets.
#[derive(Debug, Clone, Args)]
pub struct IncidentsArgs {
    /// Incidents with at least one event matching these filters
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many incidents
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// table (aligned, for reading) or json (every incident with its representative event)
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    pub format: EventsFormat,
}

const HEADER: [&str; 9] = [
    "DATE", "TYPES", "ACTORS", "PLACE", "EVENTS", "ARTICLES", "OUTLETS", "FIGURES", "NOTE",
];
const CAPS: [usize; 9] = [10, 28, 26, 28, 6, 8, 7, 26, 80];

fn row(i: &IncidentSummary) -> Vec<String> {
    let r = &i.representative;
    let place = r.event.location.as_ref();
    vec![
        r.incident
            .earliest_date
            .map_or_else(|| "-".to_string(), |d| d.to_string()),
        i.types.join(","),
        if i.actors.is_empty() {
            "-".to_string()
        } else {
            i.actors.join(",")
        },
        place.map_or_else(
            || "-".to_string(),
            |p| format!("{} ({})", p.name, p.geo_precision),
        ),
        i.event_ids.len().to_string(),
        r.incident.articles.to_string(),
        r.incident.outlets.to_string(),
        format_quantities(&r.event.quantities),
        r.event.note.clone(),
    ]
}

pub fn run(args: &IncidentsArgs, store: &Store) -> Result<()> {
    let filter = args.filter.to_filter(Some(args.limit))?;
    let incidents = store.incidents(&filter).context("querying incidents")?;
    print_listing(args.format, &incidents, args.limit, "incident", |out| {
        write_aligned(out, &HEADER, &CAPS, incidents.iter().map(row))
    })
}
