//! Event lists: JSON pages with a cursor, GeoJSON for the map, ACLED-style CSV, stats.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use rasd_store::ExportFormat;

use super::{json, typed};
use crate::AppState;
use crate::error::ApiResult;
use crate::params::{EVENT_FILTERS, Params, RawQuery, event_filter};

const PAGE_DEFAULT: usize = 100;
const PAGE_MAX: usize = 1000;
/// The map asks for every marker at once; beyond this it should narrow the query.
const GEOJSON_DEFAULT: usize = 5000;
const GEOJSON_MAX: usize = 20_000;
/// CSV is built in memory: `rasd export` is the tool for whole stores.
const CSV_DEFAULT: usize = 10_000;
const CSV_MAX: usize = 50_000;

fn with_extra<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v: Vec<&str> = EVENT_FILTERS.to_vec();
    v.extend_from_slice(extra);
    v
}

/// A page's JSON is ~1.1 KB per event: room for it up front instead of growing by copies.
const EVENT_JSON_BYTES: usize = 1200;

/// `GET /api/events`: `{"events": [...], "next": cursor|null, "limit": n}`. The events are
/// written by the store straight from its rows (see `Store::events_json`).
pub async fn list(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &with_extra(&["limit", "cursor"]))?;
    let mut f = event_filter(&p)?;
    let limit = p.limit(PAGE_DEFAULT, PAGE_MAX)?;
    f.after = p.cursor()?;
    let mut body = Vec::with_capacity(limit * EVENT_JSON_BYTES + 128);
    body.extend_from_slice(b"{\"events\":");
    let next =
        s.0.readers
            .with_inline(|st| Ok(st.events_json(&f, limit, &mut body)?))
            .await?;
    let fail = |e: serde_json::Error| crate::ApiError::internal(format!("serialising: {e}"));
    body.extend_from_slice(b",\"next\":");
    serde_json::to_writer(&mut body, &next.map(|c| c.to_string())).map_err(fail)?;
    body.extend_from_slice(b",\"limit\":");
    serde_json::to_writer(&mut body, &limit).map_err(fail)?;
    body.push(b'}');
    Ok(typed(body, "application/json"))
}

/// Runs an export into memory.
async fn export(
    s: &AppState,
    f: rasd_store::EventFilter,
    format: ExportFormat,
) -> ApiResult<Vec<u8>> {
    s.0.readers
        .with(move |st| {
            let mut buf = Vec::new();
            st.export(&f, format, &mut buf)?;
            Ok(buf)
        })
        .await
}

/// `GET /api/events.geojson`: a FeatureCollection of the located events.
pub async fn geojson(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &with_extra(&["limit"]))?;
    let mut f = event_filter(&p)?;
    f.limit = Some(p.limit(GEOJSON_DEFAULT, GEOJSON_MAX)?);
    let body = export(&s, f, ExportFormat::GeoJson).await?;
    Ok(typed(body, "application/geo+json"))
}

/// `GET /api/export.csv`: the ACLED-style CSV of `rasd export`, as a download.
pub async fn csv(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &with_extra(&["limit"]))?;
    let mut f = event_filter(&p)?;
    f.limit = Some(p.limit(CSV_DEFAULT, CSV_MAX)?);
    let body = export(&s, f, ExportFormat::AcledCsv).await?;
    let mut r = typed(body, "text/csv; charset=utf-8");
    r.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"rasd-events.csv\""),
    );
    Ok(r)
}

/// `GET /api/stats`: counts per day (by type), type, actor, governorate and modality.
pub async fn stats(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, EVENT_FILTERS)?;
    let f = event_filter(&p)?;
    let stats = s.0.readers.with(move |st| Ok(st.stats(&f)?)).await?;
    Ok(json(&stats))
}
