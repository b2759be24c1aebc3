//! `GET /api/events/{id}`: one event with its evidence cut into highlighted segments, its
//! article, every source of its incident and the incident's other events.

use axum::extract::{Path, State};
use axum::response::Response;
use rasd_store::{EventFilter, StoredEvent};
use serde::Serialize;
use serde_json::json;

use super::json;
use crate::AppState;
use crate::error::{ApiError, ApiResult};

/// A run of the evidence sentence; `role` is set where it is part of the event.
#[derive(Debug, Serialize, PartialEq)]
pub struct Segment {
    pub text: String,
    /// trigger, actor, place, quantity or time.
    pub role: Option<&'static str>,
}

/// The incident's other events shown beside one (enough for a panel).
const INCIDENT_EVENTS: usize = 50;

pub fn is_event_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub async fn event(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    if !is_event_id(&id) {
        return Err(ApiError::param("id", format!("not an event id: {id:?}")));
    }
    let found =
        s.0.readers
            .with(move |st| {
                let Some(e) = st.event(&id)? else {
                    return Ok(None);
                };
                let article = st.article(&e.article_id)?;
                let sources = st.incident_sources(&e.incident_id)?;
                let others = st.events(&EventFilter {
                    incident_id: Some(e.incident_id.clone()),
                    limit: Some(INCIDENT_EVENTS),
                    ..EventFilter::default()
                })?;
                Ok(Some((e, article, sources, others)))
            })
            .await?;
    let Some((e, article, sources, others)) = found else {
        return Err(ApiError::not_found("no event with this id"));
    };
    let others: Vec<_> = others
        .iter()
        .filter(|o| o.event.id != e.event.id)
        .map(|o| {
            json!({
                "id": o.event.id,
                "event_type": o.event.event_type,
                "date": o.event.date,
                "place": o.event.location.as_ref().map(|p| &p.name),
                "note": o.event.note,
                "outlet": o.outlet,
            })
        })
        .collect();
    Ok(json(&json!({
        "event": e,
        "segments": segments(&e),
        "article": article,
        "sources": sources,
        "incident": {
            "id": e.incident_id,
            "stats": e.incident,
            "other_events": others,
        },
    })))
}

/// The evidence sentence split at the spans of its trigger, actor, place, quantities and
/// time. Spans are bytes into the article; those outside the sentence, off character
/// boundaries, or overlapping an earlier (more important) one are dropped.
pub fn segments(e: &StoredEvent) -> Vec<Segment> {
    let ev = &e.event;
    let base = ev.evidence.sentence.start as usize;
    let sentence = e.sentence.as_str();
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut add = |s: rasd_extract::Span, role| {
        if s.is_empty() || (s.start as usize) < base {
            return;
        }
        let (a, b) = (s.start as usize - base, s.end as usize - base);
        if sentence.get(a..b).is_some() {
            spans.push((a, b, role));
        }
    };
    add(ev.evidence.trigger, "trigger");
    if let Some(a) = ev.evidence.actor {
        add(a, "actor");
    }
    if let Some(p) = &ev.location {
        add(p.span, "place");
    }
    for q in &ev.quantities {
        add(q.span, "quantity");
    }
    if let Some(t) = ev.evidence.time {
        add(t, "time");
    }
    // Keep the first-listed of overlapping spans.
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for s in spans {
        if kept.iter().all(|k| s.1 <= k.0 || s.0 >= k.1) {
            kept.push(s);
        }
    }
    kept.sort_by_key(|k| k.0);
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b, role) in kept {
        if a > at {
            out.push(Segment {
                text: sentence[at..a].to_string(),
                role: None,
            });
        }
        out.push(Segment {
            text: sentence[a..b].to_string(),
            role: Some(role),
        });
        at = b;
    }
    if at < sentence.len() {
        out.push(Segment {
            text: sentence[at..].to_string(),
            role: None,
        });
    }
    out
}
