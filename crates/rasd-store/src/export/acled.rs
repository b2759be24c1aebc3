//! ACLED-style CSV: ACLED's columns, names and meanings, so rasd output loads next to ACLED
//! data, then rasd's own columns.
//!
//! Decisions:
//! - `event_id_cnty` is `ISO3-<rasd event id>` (ACLED's own ids are country + number).
//! - `threat` and `statement` are not coded by ACLED. They are still written (an analyst
//!   can drop them on the empty `event_type`), with empty `disorder_type`, `event_type` and
//!   `sub_event_type`, the tag `not coded by ACLED`, and our type in `rasd_type`.
//! - `inter1`/`inter2`/`interaction` use ACLED's text labels (2024 codebook).
//! - `actor2` is rasd's `target`; `fatalities` is 0 when no figure was reported, as in ACLED.
//! - `timestamp` is when the article was stored (Unix seconds), ACLED's "last updated".

use std::io::Write;

use rasd_extract::EventType;

use crate::export::names::{self, Inter};
use crate::{Result, StoredEvent};

/// ACLED's columns in ACLED's order, then rasd's.
pub const ACLED_HEADER: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    // rasd's own
    "rasd_event_id",
    "rasd_type",
    "plover",
    "modality",
    "quantities",
    "evidence",
    "incident_id",
    "incident_articles",
    "incident_outlets",
    "url",
];

/// Writes one CSV row per event, header first.
pub struct AcledCsvWriter<W: Write> {
    csv: csv::Writer<W>,
}

impl<W: Write> AcledCsvWriter<W> {
    pub fn new(w: W) -> Result<Self> {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record(ACLED_HEADER)?;
        Ok(AcledCsvWriter { csv })
    }

    pub fn write(&mut self, e: &StoredEvent) -> Result<()> {
        self.csv.write_record(acled_row(e)?)?;
        Ok(())
    }

    /// Flushes and hands the writer back.
    pub fn finish(self) -> Result<W> {
        self.csv
            .into_inner()
            .map_err(|e| crate::Error::Io(e.into_error()))
    }
}

/// ACLED's disorder type for its event type.
fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Protests" | "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    }
}

/// ACLED (event_type, sub_event_type), refined where the actor decides it.
fn acled_types(e: &StoredEvent) -> Option<(&'static str, &'static str)> {
    let ev = &e.event;
    let (t, sub) = ev.event_type.acled()?;
    let country = ev.location.as_ref().and_then(|p| p.country.as_deref());
    let state = ev
        .actor1
        .as_deref()
        .is_some_and(|a| names::inter(a, country) == Inter::State);
    Some(match ev.event_type {
        EventType::TerritoryChange if state => ("Battles", "Government regains territory"),
        // ACLED calls detention by non-state armed groups abduction.
        EventType::Arrest
            if ev
                .actor1
                .as_deref()
                .is_some_and(|a| matches!(a, "ISIS" | "UNKNOWN" | "HTS")) =>
        {
            (
                "Violence against civilians",
                "Abduction/forced disappearance",
            )
        }
        _ => (t, sub),
    })
}

fn acled_row(e: &StoredEvent) -> Result<Vec<String>> {
    let ev = &e.event;
    let place = ev.location.as_ref();
    let country_raw = place.and_then(|p| p.country.as_deref());
    let country = country_raw.and_then(names::country);
    let country_name = country
        .map(|c| c.name.to_string())
        .or(country_raw.map(str::to_string))
        .unwrap_or_default();
    let types = acled_types(e);
    let actor1 = match (ev.actor1.as_deref(), ev.event_type) {
        (Some(a), _) => Some(a),
        (None, EventType::Protest) => Some("PROTESTERS"),
        (None, _) => None,
    };
    let inter1 = actor1.map(|a| names::inter(a, country_raw));
    let inter2 = ev.target.as_deref().map(|a| names::inter(a, country_raw));
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => {
            let (x, y) = if a <= b { (a, b) } else { (b, a) };
            format!("{}-{}", x.label(), y.label())
        }
        (Some(a), None) | (None, Some(a)) => format!("{} only", a.label()),
        (None, None) => String::new(),
    };
    let civilian =
        ev.event_type == EventType::AttackOnCivilians || ev.target.as_deref() == Some("CIVILIANS");
    let assoc: Vec<String> = ev
        .assoc_actors
        .iter()
        .map(|a| names::actor_name(a, country_raw))
        .collect();
    let mut tags = Vec::new();
    if types.is_none() {
        tags.push("not coded by ACLED".to_string());
    }
    if ev.modality != rasd_extract::Modality::Reported {
        tags.push(format!("modality={}", ev.modality.code()));
    }
    let opt = |s: Option<&String>| s.cloned().unwrap_or_default();
    let num = |x: Option<f64>| x.map(|v| format!("{v:.4}")).unwrap_or_default();
    Ok(vec![
        format!("{}-{}", country.map_or("RASD", |c| c.iso3), ev.id),
        ev.date.map(|d| d.to_string()).unwrap_or_default(),
        ev.date.map(|d| d.year().to_string()).unwrap_or_default(),
        ev.time_precision.map(|t| t.to_string()).unwrap_or_default(),
        types.map_or("", |(t, _)| disorder_type(t)).to_string(),
        types.map_or("", |(t, _)| t).to_string(),
        types.map_or("", |(_, s)| s).to_string(),
        actor1
            .map(|a| names::actor_name(a, country_raw))
            .unwrap_or_default(),
        assoc.join("; "),
        inter1.map(|i| i.label().to_string()).unwrap_or_default(),
        ev.target
            .as_deref()
            .map(|a| names::actor_name(a, country_raw))
            .unwrap_or_default(),
        String::new(),
        inter2.map(|i| i.label().to_string()).unwrap_or_default(),
        interaction,
        if civilian { "Civilian targeting" } else { "" }.to_string(),
        country
            .map(|c| c.iso_numeric.to_string())
            .unwrap_or_default(),
        country.map(|c| c.region).unwrap_or_default().to_string(),
        country_name,
        opt(place.and_then(|p| p.admin1.as_ref())),
        opt(place.and_then(|p| p.admin2.as_ref())),
        String::new(),
        opt(place.map(|p| &p.name)),
        num(place.map(|p| p.lat)),
        num(place.map(|p| p.lon)),
        place
            .map(|p| p.geo_precision.to_string())
            .unwrap_or_default(),
        opt(e.outlet.as_ref()),
        String::new(),
        ev.note.clone(),
        ev.fatalities().to_string(),
        tags.join("; "),
        e.stored_at.to_string(),
        ev.id.clone(),
        ev.event_type.code().to_string(),
        ev.event_type.plover().to_string(),
        ev.modality.code().to_string(),
        serde_json::to_string(&ev.quantities)?,
        e.sentence.clone(),
        e.incident_id.clone(),
        e.incident.articles.to_string(),
        e.incident.outlets.to_string(),
        opt(e.url.as_ref()),
    ])
}
