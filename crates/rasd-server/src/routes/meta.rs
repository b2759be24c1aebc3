//! Health, the OpenAPI document and gazetteer search.

use axum::extract::State;
use axum::response::Response;
use serde_json::json;

use super::{json, typed};
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::params::{Params, RawQuery};

/// The OpenAPI 3.1 description of the routes in [`crate::api_routes`] (a test keeps the two
/// equal).
pub const OPENAPI: &str = include_str!("../openapi.json");

/// `GET /api/health`: counts and whether ingest is on.
pub async fn health(State(s): State<AppState>) -> ApiResult<Response> {
    let counts = s.0.readers.with(|st| Ok(st.counts()?)).await?;
    Ok(json(&json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "counts": counts,
        "ingest": s.0.token.is_some(),
    })))
}

pub async fn openapi() -> Response {
    typed(OPENAPI.as_bytes().to_vec(), "application/json")
}

/// `GET /api/places?q=&kind=&limit=`: gazetteer entries by name (Arabic or English).
pub async fn places(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &["q", "kind", "limit"])?;
    let kind = match p.get("kind") {
        None => None,
        Some(k) => Some(rasd_geo::Kind::parse(k).ok_or_else(|| {
            ApiError::param(
                "kind",
                format!("unknown place kind {k:?} (e.g. governorate, city, town, base)"),
            )
        })?),
    };
    let q = p.get("q");
    if q.is_none() && kind.is_none() {
        return Err(ApiError::param(
            "q",
            "required (a place name), unless kind is given",
        ));
    }
    let limit = p.limit(20, 200)?;
    let g = &s.0.extractor.gazetteer;
    let hits = s.0.places.search(g, q, kind, limit);
    Ok(json(&json!({ "places": hits })))
}
