//! The per-site export: one CSV row per event linked to a site, with the site's columns.

use std::io::Write;

use rasd_extract::Quantity;

use super::totals::figure_text;
use super::{SiteDetail, TimelineEntry};
use crate::Result;

pub const SITE_CSV_HEADER: [&str; 27] = [
    "site_id",
    "site_name",
    "site_name_ar",
    "site_kind",
    "site_admin1",
    "site_lat",
    "site_lon",
    "section",
    "link",
    "distance_km",
    "event_id",
    "date",
    "time_precision",
    "event_type",
    "actor1",
    "assoc_actors",
    "modality",
    "summed",
    "quantities",
    "place_name",
    "place_name_ar",
    "geo_precision",
    "outlets",
    "urls",
    "incident_id",
    "note",
    "sentence",
];

/// "~120 personnel (جنديا); >100 truck"
fn figures(qs: &[Quantity]) -> String {
    qs.iter()
        .map(|q| match &q.kind {
            Some(k) => format!("{} ({k})", figure_text(q)),
            None => figure_text(q),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Writes the timeline and the other events of each site; returns the rows written.
pub fn write_site_csv<W: Write>(details: &[SiteDetail], w: W) -> Result<usize> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(SITE_CSV_HEADER)?;
    let mut n = 0;
    for d in details {
        let rows = d
            .timeline
            .iter()
            .map(|t| ("posture", t))
            .chain(d.other_events.iter().map(|t| ("other", t)));
        for (section, t) in rows {
            csv.write_record(row(d, section, t))?;
            n += 1;
        }
    }
    csv.flush()?;
    Ok(n)
}

fn row(d: &SiteDetail, section: &str, t: &TimelineEntry) -> Vec<String> {
    let s = &d.posture.site;
    let e = &t.event.event;
    let place = e.location.as_ref();
    let opt = |v: Option<String>| v.unwrap_or_default();
    let outlets: Vec<&str> = t
        .sources
        .iter()
        .filter_map(|a| a.outlet.as_deref())
        .collect();
    let urls: Vec<&str> = t
        .sources
        .iter()
        .flat_map(|a| a.urls.iter().map(String::as_str))
        .collect();
    vec![
        s.id.clone(),
        s.name.clone(),
        s.name_ar.clone(),
        s.kind.clone(),
        opt(s.admin1.clone()),
        s.lat.to_string(),
        s.lon.to_string(),
        section.to_string(),
        t.link.code().to_string(),
        t.km.to_string(),
        e.id.clone(),
        opt(e.date.map(|d| d.to_string())),
        opt(e.time_precision.map(|p| p.to_string())),
        e.event_type.code().to_string(),
        opt(e.actor1.clone()),
        e.assoc_actors.join(";"),
        e.modality.code().to_string(),
        t.summed.to_string(),
        figures(&e.quantities),
        opt(place.map(|p| p.name.clone())),
        opt(place.and_then(|p| p.name_ar.clone())),
        opt(place.map(|p| p.geo_precision.to_string())),
        outlets.join(";"),
        urls.join(" "),
        t.event.incident_id.clone(),
        e.note.clone(),
        t.event.sentence.clone(),
    ]
}
