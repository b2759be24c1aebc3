//! The control layer: who holds which locality as of a date (GeoJSON points), the stored
//! assertions behind it with their sources, and the months that have any (the map's slider).

use axum::extract::State;
use axum::response::Response;
use jiff::civil::Date;
use rasd_situation::Options;
use rasd_store::StoredAssertion;
use serde_json::json;

use super::{json, typed};
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::params::{Params, RawQuery};

/// Assertions older than this many days before `at` are stale (as `rasd control`).
const DEFAULT_WINDOW: u64 = 365;
/// A century: anything longer means "every assertion", which this already is.
const MAX_WINDOW: u64 = 36_500;
/// Localities in one answer; a Syrian picture has a few thousand at most.
const MAX_FEATURES: usize = 5_000;

/// `GET /api/control?at=&window_days=&undated=`: one Point feature per held locality with
/// its actor, as-of date, scope, basis (note, sentence, source) and contesting assertions.
pub async fn picture(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &["at", "window_days", "undated"])?;
    let at = p.date("at")?;
    let window_days = match p.u64("window_days")? {
        None => DEFAULT_WINDOW,
        Some(n) if n <= MAX_WINDOW => n,
        Some(n) => {
            return Err(ApiError::param(
                "window_days",
                format!("must be from 0 to {MAX_WINDOW}, got {n}"),
            ));
        }
    };
    let undated = p.bool("undated", true)?;
    let extractor = s.0.extractor.clone();
    let rivers = s.0.rivers.clone();
    let body =
        s.0.readers
            .with(move |st| {
                let at = match at {
                    Some(d) => d,
                    None => st.latest_control_date()?.unwrap_or_else(today),
                };
                let opts = Options {
                    at,
                    // Bounded above, so the cast cannot wrap.
                    window_days: window_days as i64,
                    undated,
                };
                let mut picture = st.control_picture(&extractor.gazetteer, &rivers, &opts)?;
                let held = picture.localities.len();
                picture.localities.truncate(MAX_FEATURES);
                let mut geo = picture.to_geojson();
                if let Some(m) = geo.as_object_mut() {
                    m.insert("undated".into(), json!(undated));
                    m.insert("assertions".into(), json!(picture.assertions));
                    m.insert("count".into(), json!(picture.localities.len()));
                    m.insert("truncated".into(), json!(held > MAX_FEATURES));
                }
                // Serialised here, on the blocking thread: a whole-country picture is megabytes.
                serde_json::to_vec(&geo)
                    .map_err(|e| ApiError::internal(format!("serialising the answer: {e}")))
            })
            .await?;
    Ok(typed(body, "application/geo+json"))
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

/// `GET /api/control/assertions?until=&actor=&undated=&limit=`: stored assertions with their
/// evidence and sources, newest first (undated last), at most `limit`.
pub async fn assertions(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &["until", "actor", "undated", "limit"])?;
    let filter = rasd_store::ControlFilter {
        until: p.date("until")?,
        undated: p.bool("undated", true)?,
        actor: p.actor()?,
        ..Default::default()
    };
    let limit = p.limit(200, 1000)?;
    let all =
        s.0.readers
            .with(move |st| Ok(st.control_assertions(&filter)?))
            .await?;
    let total = all.len();
    let out = newest_first(all, limit);
    Ok(json(&json!({
        "assertions": out,
        "count": out.len(),
        "total": total,
        "truncated": total > out.len(),
    })))
}

/// The store gives oldest first, undated last: reverse the dated ones, keep undated last.
fn newest_first(all: Vec<StoredAssertion>, limit: usize) -> Vec<StoredAssertion> {
    let (mut dated, undated): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|a| a.assertion.date.is_some());
    dated.reverse();
    dated.into_iter().chain(undated).take(limit).collect()
}

/// `GET /api/control/months`: the months with dated assertions (oldest first, with counts)
/// and the latest assertion date, the layer's default `at`.
pub async fn months(State(s): State<AppState>) -> ApiResult<Response> {
    let (months, latest) =
        s.0.readers
            .with(|st| Ok((st.control_months()?, st.latest_control_date()?)))
            .await?;
    Ok(json(&json!({ "months": months, "latest": latest })))
}
