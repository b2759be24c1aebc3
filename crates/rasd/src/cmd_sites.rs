//! `rasd sites`: force posture at the gazetteer's bases, airports, oil and gas fields,
//! crossings and dams — who is there, what arrived and what left, the last report — and
//! each site's timeline or per-site CSV export.

use std::io::{self, Write};

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, ValueEnum};
use rasd_geo::Gazetteer;
use rasd_store::{Site, SiteDetail, SitePosture, Store, Total, find_site, registry};

use crate::cmd_events::{actors_cell, date_cell, format_quantities, write_aligned};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum SitesFormat {
    #[default]
    Table,
    Json,
    Csv,
}

/// Force posture at bases, airports, oil and gas fields, crossings and dams.
#[derive(Debug, Clone, Args)]
#[command(after_long_help = "\
How events are linked to a site: an event placed on the site's own point; or placed \
precisely on a town or village within 10 km whose sentence names that kind of site \
(قاعدة/base, مطار/airport, حقل/oil field, معبر/crossing, سد/dam), e.g. \"the US base in \
al-Shaddadi\"; or placed precisely within 3 km.

Totals keep their qualifiers: 40 and about 200 trucks make ~240; \"more than 100\" makes \
100+ (a lower bound). Arrivals, withdrawals and base works are summed apart, never netted; \
planned, denied and historical reports are listed but not summed; an occurrence reported \
by several outlets counts once. An actor is present when its latest report at the site is \
an arrival or base works, and withdrew when it is a withdrawal (perhaps partial).

Examples:
  rasd sites                                 sites with reports: actors, last report, totals
  rasd sites --all --format json             every site of the gazetteer, as JSON
  rasd sites --site \"قاعدة الشدادي\"            one site's timeline (Arabic or English name, or id)
  rasd sites --site sy.base.tanf --format csv > tanf.csv     the per-site export
  rasd sites --format csv > sites.csv        one row per event, for every site
  rasd --gazetteer mybases.tsv sites         add your own sites (kind base, airport, ...)")]
pub struct SitesArgs {
    /// One site: its gazetteer id (sy.base.tanf) or a name in Arabic or English, whole or in
    /// part; an ambiguous name lists the candidates
    #[arg(long, value_name = "NAME")]
    pub site: Option<String>,
    /// table (for reading), json (every field), or csv (one row per event with the site's
    /// id and name: the per-site export)
    #[arg(long, value_enum, default_value_t = SitesFormat::Table)]
    pub format: SitesFormat,
    /// List every site of the gazetteer, also those without reports
    #[arg(long)]
    pub all: bool,
}

pub fn run(args: &SitesArgs, store: &Store, gazetteer: &Gazetteer) -> Result<()> {
    let sites = registry(gazetteer);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match &args.site {
        Some(q) => {
            let site = pick(&sites, q)?;
            let detail = store
                .site_detail(&sites, &site.id)
                .context("querying the site")?
                .ok_or_else(|| anyhow!("site {} vanished from the registry", site.id))?;
            write_detail(&mut out, args.format, detail)
        }
        None => {
            let postures = store.site_postures(&sites).context("querying sites")?;
            let shown: Vec<SitePosture> = postures
                .into_iter()
                .filter(|p| args.all || p.reports + p.other_reports > 0)
                .collect();
            if shown.is_empty() && args.format == SitesFormat::Table {
                eprintln!("no site has reports (rasd sites --all lists every site)");
            }
            write_list(&mut out, args.format, store, &sites, shown)
        }
    };
    match written.and_then(|()| out.flush().map_err(Into::into)) {
        Err(e) if is_broken_pipe(&e) => Ok(()),
        r => r.context("writing to stdout"),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The one site a query names, or an error that lists the candidates.
fn pick<'a>(sites: &'a [Site], q: &str) -> Result<&'a Site> {
    match find_site(sites, q) {
        Ok(s) => Ok(s),
        Err(c) if c.is_empty() => bail!(
            "--site: no site is called {q:?} (names and ids: `rasd sites --all`; \
             kinds: base, airport, oil_field, gas_field, crossing, dam)"
        ),
        Err(c) => {
            let list: Vec<String> = c
                .iter()
                .take(20)
                .map(|s| format!("  {}  {} / {} ({})", s.id, s.name, s.name_ar, s.kind))
                .collect();
            bail!(
                "--site: {q:?} names {} sites; pass one id:\n{}",
                c.len(),
                list.join("\n")
            )
        }
    }
}

fn totals(ts: &[Total]) -> String {
    if ts.is_empty() {
        return "-".into();
    }
    ts.iter()
        .map(|t| match &t.kind {
            Some(k) => format!("{} {} ({k})", t.text, t.unit.code()),
            None => format!("{} {}", t.text, t.unit.code()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn or_dash(v: &[String]) -> String {
    if v.is_empty() {
        "-".into()
    } else {
        v.join(",")
    }
}

const LIST_HEADER: [&str; 10] = [
    "SITE",
    "NAME",
    "KIND",
    "ADMIN1",
    "PRESENT",
    "LAST",
    "REPORTS",
    "OTHER",
    "ARRIVED",
    "WITHDRAWN",
];
const LIST_CAPS: [usize; 10] = [20, 30, 9, 14, 20, 10, 7, 5, 40, 40];

fn list_row(p: &SitePosture) -> Vec<String> {
    let s = &p.site;
    vec![
        s.id.clone(),
        format!("{} / {}", s.name, s.name_ar),
        s.kind.clone(),
        s.admin1.clone().unwrap_or_else(|| "-".into()),
        or_dash(&p.actors_present),
        p.last_report
            .as_ref()
            .and_then(|l| l.date)
            .map_or_else(|| "-".into(), |d| d.to_string()),
        p.reports.to_string(),
        p.other_reports.to_string(),
        totals(&p.arrived),
        totals(&p.withdrawn),
    ]
}

fn write_list(
    out: &mut impl Write,
    format: SitesFormat,
    store: &Store,
    sites: &[Site],
    shown: Vec<SitePosture>,
) -> Result<()> {
    match format {
        SitesFormat::Table => {
            write_aligned(out, &LIST_HEADER, &LIST_CAPS, shown.iter().map(list_row))?;
            eprintln!(
                "{} sites; one site's timeline: rasd sites --site NAME",
                shown.len()
            );
        }
        SitesFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &shown)?;
            writeln!(out)?;
        }
        SitesFormat::Csv => {
            let ids: Vec<&str> = shown.iter().map(|p| p.site.id.as_str()).collect();
            let details = store.site_details(sites, &ids)?;
            rasd_store::write_site_csv(&details, &mut *out)?;
        }
    }
    Ok(())
}

const TIMELINE_HEADER: [&str; 8] = [
    "DATE", "TYPE", "ACTOR", "FIGURES", "MODALITY", "LINK", "SOURCES", "NOTE",
];
const TIMELINE_CAPS: [usize; 8] = [12, 16, 20, 34, 10, 16, 40, 90];

fn timeline_row(t: &rasd_store::TimelineEntry) -> Vec<String> {
    let e = &t.event.event;
    let date = date_cell(e, "undated");
    let actor = actors_cell(e);
    let modality = if t.summed {
        e.modality.code().to_string()
    } else {
        format!("{} (not summed)", e.modality.code())
    };
    let sources: Vec<String> = t
        .sources
        .iter()
        .map(|a| {
            let outlet = a.outlet.clone().unwrap_or_else(|| "?".into());
            match a.urls.first() {
                Some(u) => format!("{outlet} {u}"),
                None => outlet,
            }
        })
        .collect();
    vec![
        date,
        e.event_type.code().to_string(),
        actor,
        format_quantities(&e.quantities),
        modality,
        format!("{} {:.1} km", t.link.code(), t.km),
        sources.join("; "),
        e.note.clone(),
    ]
}

fn write_detail(out: &mut impl Write, format: SitesFormat, d: SiteDetail) -> Result<()> {
    match format {
        SitesFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &d)?;
            writeln!(out)?;
        }
        SitesFormat::Csv => {
            rasd_store::write_site_csv(std::slice::from_ref(&d), &mut *out)?;
        }
        SitesFormat::Table => {
            let p = &d.posture;
            let s = &p.site;
            writeln!(out, "{} / {}  ({}, {})", s.name, s.name_ar, s.kind, s.id)?;
            writeln!(
                out,
                "{}  {:.4},{:.4}",
                s.admin1.as_deref().unwrap_or("-"),
                s.lat,
                s.lon
            )?;
            let actors: Vec<String> = p
                .actors
                .iter()
                .map(|a| format!("{} ({})", a.actor, a.status.code()))
                .collect();
            writeln!(out, "actors:     {}", or_dash(&actors))?;
            writeln!(out, "arrived:    {}", totals(&p.arrived))?;
            writeln!(out, "withdrawn:  {}", totals(&p.withdrawn))?;
            writeln!(out, "base works: {}", totals(&p.works))?;
            if let Some(l) = &p.last_report {
                let date = l.date.map_or_else(|| "undated".into(), |d| d.to_string());
                let outlet = l.outlet.as_deref().unwrap_or("?");
                writeln!(out, "last:       {date} {} ({outlet})", l.event_type)?;
            }
            writeln!(
                out,
                "\ntimeline ({} reports, {} not summed):",
                p.reports, p.unsummed
            )?;
            if d.timeline.is_empty() {
                writeln!(out, "no deployment, withdrawal or base works reported here")?;
            } else {
                write_aligned(
                    out,
                    &TIMELINE_HEADER,
                    &TIMELINE_CAPS,
                    d.timeline.iter().map(timeline_row),
                )?;
            }
            if !d.other_events.is_empty() {
                writeln!(out, "\nother events here ({}):", d.other_events.len())?;
                write_aligned(
                    out,
                    &TIMELINE_HEADER,
                    &TIMELINE_CAPS,
                    d.other_events.iter().map(timeline_row),
                )?;
            }
        }
    }
    Ok(())
}
