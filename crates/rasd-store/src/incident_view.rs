//! Incidents as one row each: the reports of one occurrence folded into a representative
//! event (the most precisely placed report, carrying the highest figures any report gives),
//! with every type, actor and event that went into it.

use std::collections::BTreeMap;
use std::io::Write;

use rasd_extract::Quantity;
use serde::Serialize;

use crate::export::{ExportCount, ExportFormat, write_events};
use crate::{EventFilter, Result, Store, StoredEvent};

/// One incident with the events it groups.
#[derive(Debug, Clone, Serialize)]
pub struct IncidentSummary {
    pub incident_id: String,
    /// The most precise report, with the incident's highest figures (see [`merge_figures`]).
    pub representative: StoredEvent,
    pub types: Vec<String>,
    pub actors: Vec<String>,
    pub event_ids: Vec<String>,
}

impl Store {
    /// The incidents that have at least one event matching `f`, newest first (by their
    /// earliest report; undated last). `f.limit` limits incidents, not events.
    pub fn incidents(&self, f: &EventFilter) -> Result<Vec<IncidentSummary>> {
        let events_filter = EventFilter {
            limit: None,
            ..f.clone()
        };
        let mut groups: BTreeMap<String, Vec<StoredEvent>> = BTreeMap::new();
        self.for_each_event(&events_filter, |e| {
            groups.entry(e.incident_id.clone()).or_default().push(e);
            Ok(())
        })?;
        let mut out: Vec<IncidentSummary> = groups.into_iter().map(summarise).collect();
        out.sort_by(|a, b| {
            let key = |s: &IncidentSummary| s.representative.incident.earliest_date;
            match (key(a), key(b)) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| a.incident_id.cmp(&b.incident_id))
        });
        if let Some(n) = f.limit {
            out.truncate(n);
        }
        Ok(out)
    }

    /// Writes one row per incident (its representative event) in `format`.
    pub fn export_incidents<W: Write>(
        &self,
        f: &EventFilter,
        format: ExportFormat,
        w: W,
    ) -> Result<ExportCount> {
        let incidents = self.incidents(f)?;
        write_events(format, incidents.iter().map(|i| &i.representative), w)
    }
}

fn summarise((incident_id, mut events): (String, Vec<StoredEvent>)) -> IncidentSummary {
    // Most precise place first, then the report with most figures, then the earliest stored.
    events.sort_by(|a, b| {
        let precision = |e: &StoredEvent| e.event.location.as_ref().map_or(9, |p| p.geo_precision);
        precision(a)
            .cmp(&precision(b))
            .then_with(|| b.event.quantities.len().cmp(&a.event.quantities.len()))
            .then_with(|| a.stored_at.cmp(&b.stored_at))
            .then_with(|| a.event.id.cmp(&b.event.id))
    });
    let mut types: Vec<String> = events
        .iter()
        .map(|e| e.event.event_type.code().to_string())
        .collect();
    types.sort();
    types.dedup();
    let mut actors: Vec<String> = events
        .iter()
        .flat_map(|e| e.event.actor1.iter().chain(&e.event.assoc_actors).cloned())
        .collect();
    actors.sort();
    actors.dedup();
    let event_ids = events.iter().map(|e| e.event.id.clone()).collect();
    let mut representative = events[0].clone();
    representative.event.quantities =
        merge_figures(events.iter().flat_map(|e| e.event.quantities.iter()));
    IncidentSummary {
        incident_id,
        representative,
        types,
        actors,
        event_ids,
    }
}

/// The highest figure for each unit and victim group across the reports. Reports of one
/// occurrence repeat the same dead and wounded: adding them up would count them twice.
pub fn merge_figures<'a>(qs: impl Iterator<Item = &'a Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for q in qs {
        match out
            .iter_mut()
            .find(|o| o.unit == q.unit && o.target == q.target)
        {
            Some(o) if q.value > o.value => *o = q.clone(),
            Some(_) => {}
            None => out.push(q.clone()),
        }
    }
    out
}
