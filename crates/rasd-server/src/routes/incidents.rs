//! Incidents: the same occurrence reported by several articles.

use axum::extract::{Path, State};
use axum::response::Response;
use rasd_store::{Cursor, EventFilter, IncidentFilter};
use serde_json::json;

use super::detail::is_event_id;
use super::json;
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::params::{Params, RawQuery};

/// `GET /api/incidents`: newest first, `{"incidents": [...], "next": cursor|null}`.
pub async fn list(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &["since", "until", "min_outlets", "limit", "cursor"])?;
    let limit = p.limit(100, 1000)?;
    let (since, until) = (p.date("since")?, p.date("until")?);
    if let (Some(a), Some(b)) = (since, until)
        && a > b
    {
        return Err(ApiError::param("since", format!("{a} is after until {b}")));
    }
    let f = IncidentFilter {
        since,
        until,
        min_outlets: p.u64("min_outlets")?,
        limit: Some(limit + 1),
        after: p.cursor()?,
    };
    let mut rows =
        s.0.readers
            .with(move |st| Ok(st.incident_list(&f)?))
            .await?;
    let next = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(|i| {
            Cursor {
                date: i.earliest_date,
                id: i.id.clone(),
            }
            .to_string()
        })
    } else {
        None
    };
    Ok(json(
        &json!({ "incidents": rows, "next": next, "limit": limit }),
    ))
}

/// `GET /api/incidents/{id}`: its counts, events and sources.
pub async fn one(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    if !is_event_id(&id) {
        return Err(ApiError::param("id", format!("not an incident id: {id:?}")));
    }
    let found =
        s.0.readers
            .with(move |st| {
                let Some(stats) = st.incident(&id)? else {
                    return Ok(None);
                };
                let events = st.events(&EventFilter {
                    incident_id: Some(id.clone()),
                    limit: Some(1000),
                    ..EventFilter::default()
                })?;
                let sources = st.incident_sources(&id)?;
                Ok(Some(
                    json!({ "id": id, "stats": stats, "events": events, "sources": sources }),
                ))
            })
            .await?;
    match found {
        Some(v) => Ok(json(&v)),
        None => Err(ApiError::not_found("no incident with this id")),
    }
}
