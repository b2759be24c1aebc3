//! Force posture at sites (the gazetteer's bases, airports, fields, crossings and dams).

use axum::extract::{Path, State};
use axum::response::Response;
use rasd_store::{SITE_KINDS, SitePosture};
use serde::Serialize;
use serde_json::json;

use super::json;
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::params::{Params, RawQuery};

/// A posture with its point as GeoJSON orders it, ready for a Point geometry.
#[derive(Serialize)]
struct SiteOut {
    #[serde(flatten)]
    posture: SitePosture,
    /// [lon, lat]
    coordinates: [f64; 2],
}

/// `GET /api/sites?all=&kind=`: sites with reports (every site with `all=true`), in
/// registry order, each with its posture summary.
pub async fn list(State(s): State<AppState>, raw: RawQuery) -> ApiResult<Response> {
    let p = Params::new(raw, &["all", "kind"])?;
    let all = p.bool("all", false)?;
    let kind = match p.get("kind") {
        None => None,
        Some(k) if SITE_KINDS.iter().any(|s| s.as_str() == k) => Some(k.to_string()),
        Some(k) => {
            let kinds: Vec<&str> = SITE_KINDS.iter().map(|k| k.as_str()).collect();
            return Err(ApiError::param(
                "kind",
                format!(
                    "unknown site kind {k:?} (expected one of: {})",
                    kinds.join(", ")
                ),
            ));
        }
    };
    let sites = s.0.sites.clone();
    let postures =
        s.0.readers
            .with(move |st| Ok(st.site_postures(&sites)?))
            .await?;
    let out: Vec<SiteOut> = postures
        .into_iter()
        .filter(|p| all || p.reports + p.other_reports > 0)
        .filter(|p| kind.as_ref().is_none_or(|k| &p.site.kind == k))
        .map(|p| SiteOut {
            coordinates: [p.site.lon, p.site.lat],
            posture: p,
        })
        .collect();
    Ok(json(&json!({ "sites": out, "count": out.len() })))
}

/// Gazetteer ids: letters, digits, `.`, `-`, `_` (sy.base.tanf, gn:12345 overlays aside).
fn is_site_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':'))
}

/// `GET /api/sites/{id}`: the posture, the timeline of deployments, withdrawals and base
/// works (date order, undated last) with sources, and the other events linked to the site.
pub async fn one(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    if !is_site_id(&id) {
        return Err(ApiError::param("id", format!("not a site id: {id:?}")));
    }
    let sites = s.0.sites.clone();
    let found =
        s.0.readers
            .with(move |st| Ok(st.site_detail(&sites, &id)?))
            .await?;
    match found {
        Some(d) => Ok(json(&json!({
            "coordinates": [d.posture.site.lon, d.posture.site.lat],
            "posture": d.posture,
            "timeline": d.timeline,
            "other_events": d.other_events,
        }))),
        None => Err(ApiError::not_found(
            "no site with this id (GET /api/sites?all=true lists them)",
        )),
    }
}
