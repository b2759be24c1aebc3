//! `rasd control`: who holds which locality as of a date, from the control assertions stored
//! with the articles; `--assertions` lists the assertions themselves with their evidence.

use std::io::{self, Write};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use jiff::civil::Date;
use rasd_geo::Gazetteer;
use rasd_situation::{Options, Rivers};
use rasd_store::{ControlFilter, ControlPicture, Store};

use crate::cmd_events::write_aligned;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ControlFormat {
    #[default]
    Table,
    Geojson,
    Json,
}

/// Control of localities as of a date, built from what the reports assert.
#[derive(Debug, Clone, Args)]
#[command(after_long_help = "\
How control is decided: every Syrian settlement and site of the gazetteer takes the actor of \
the most specific assertion that covers it (the place itself, then near it, its \
countryside or one side of it, a river bank within a governorate, a whole governorate), \
the most recent among equally specific ones, dated on or before --at and at most \
--window-days before it. A base or forces stationed somewhere (presence) decide only where \
no control assertion covers the place. Pockets and areas the text does not place are listed \
with --assertions but paint nothing. Assertions from articles without a date count as the \
latest news unless --no-undated. Equally specific, equally recent assertions that name \
another actor are kept and shown as contested, never dropped.

Examples:
  rasd control                                 as of the latest assertion in the store
  rasd control --at 2024-08-01 --format geojson > control.geojson
  rasd control --place \"أبو كمال\"               one locality (any spelling) and its evidence
  rasd control --assertions --actor SDF        what the reports say the SDF holds")]
pub struct ControlArgs {
    /// Control as of this day (YYYY-MM-DD); default: the latest assertion's date
    #[arg(long, value_name = "DATE")]
    pub at: Option<Date>,
    /// Assertions older than this many days before --at are stale
    #[arg(long, default_value_t = 365, value_name = "DAYS")]
    pub window_days: i64,
    /// Ignore assertions from articles without a publication date
    #[arg(long)]
    pub no_undated: bool,
    /// table, geojson (points with actor and evidence) or json
    #[arg(long, value_enum, default_value_t = ControlFormat::Table)]
    pub format: ControlFormat,
    /// Only localities whose name (Arabic or English) or gazetteer id contains this
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Only this actor code (SDF, SYR_GOV, US, ...)
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// List the stored control assertions (with their evidence) instead of localities
    #[arg(long)]
    pub assertions: bool,
}

pub fn run(args: &ControlArgs, store: &Store, gazetteer: &Gazetteer) -> Result<()> {
    if args.window_days < 0 {
        anyhow::bail!("--window-days must be 0 or more");
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = if args.assertions {
        list_assertions(args, store, &mut out)
    } else {
        let at = match args.at {
            Some(d) => d,
            None => store
                .latest_control_date()
                .context("reading the store")?
                .unwrap_or_else(|| jiff::Zoned::now().date()),
        };
        let opts = Options {
            at,
            window_days: args.window_days,
            undated: !args.no_undated,
        };
        let mut picture = store
            .control_picture(gazetteer, &Rivers::bundled(), &opts)
            .context("building the control picture")?;
        filter(&mut picture, args, gazetteer);
        write_picture(&mut out, args.format, &picture)
    };
    match result.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing output"),
    }
}

fn filter(p: &mut ControlPicture, args: &ControlArgs, gazetteer: &Gazetteer) {
    if let Some(query) = &args.place {
        // Any spelling the gazetteer knows ("أبو كمال" is البوكمال), or part of a name.
        let resolved = gazetteer.geocode(query, None).id;
        let q = rasd_text::normalize_key(query);
        p.localities.retain(|l| {
            resolved.as_deref() == Some(l.locality.id.as_str())
                || [&l.locality.id, &l.locality.name, &l.locality.name_ar]
                    .iter()
                    .any(|n| rasd_text::normalize_key(n).contains(q.as_str()))
        });
    }
    if let Some(a) = &args.actor {
        p.localities.retain(|l| &l.actor == a);
    }
}

fn write_picture(
    out: &mut impl Write,
    format: ControlFormat,
    p: &ControlPicture,
) -> io::Result<()> {
    match format {
        ControlFormat::Geojson => writeln!(out, "{}", p.to_geojson()),
        ControlFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, p)?;
            writeln!(out)
        }
        ControlFormat::Table => {
            let rows = p.localities.iter().map(|l| {
                vec![
                    l.locality.name.clone(),
                    l.locality.admin1.clone().unwrap_or_default(),
                    l.actor.clone(),
                    l.as_of.map_or("undated".into(), |d| d.to_string()),
                    l.scope.clone(),
                    if l.contested_by.is_empty() {
                        String::new()
                    } else {
                        let who: Vec<&str> =
                            l.contested_by.iter().map(|c| c.actor.as_str()).collect();
                        format!("contested: {}", who.join(","))
                    },
                    l.present.join(","),
                    l.basis.note.clone(),
                ]
            });
            write_aligned(
                out,
                &[
                    "locality", "admin1", "actor", "as of", "from", "", "present", "evidence",
                ],
                &[28, 12, 10, 10, 11, 22, 14, 90],
                rows,
            )?;
            writeln!(
                out,
                "{} localities held as of {} ({} assertions in the {}-day window or undated)",
                p.localities.len(),
                p.at,
                p.assertions,
                p.window_days
            )
        }
    }
}

fn list_assertions(args: &ControlArgs, store: &Store, out: &mut impl Write) -> io::Result<()> {
    let f = ControlFilter {
        until: args.at,
        undated: !args.no_undated,
        actor: args.actor.clone(),
        ..ControlFilter::default()
    };
    let all = store.control_assertions(&f).map_err(io::Error::other)?;
    match args.format {
        ControlFormat::Table => {
            for a in &all {
                writeln!(
                    out,
                    "{}  {}  [{} {}]  {}\n    {}\n    «{}»",
                    a.assertion.date.map_or("undated".into(), |d| d.to_string()),
                    a.assertion.actor,
                    a.assertion.kind.code(),
                    a.assertion.area.scope.code(),
                    a.outlet.as_deref().unwrap_or("-"),
                    a.assertion.note,
                    a.sentence.trim()
                )?;
            }
            writeln!(out, "{} assertions", all.len())
        }
        ControlFormat::Json | ControlFormat::Geojson => {
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        }
    }
}
