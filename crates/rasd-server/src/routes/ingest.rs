//! `POST /api/articles`: one article as JSON, analysed and stored like `rasd ingest` does.
//! Off unless the server was started with a token; then the token is required.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rasd_store::EventFilter;
use serde_json::json;

use crate::AppState;
use crate::error::{ApiError, ApiResult};

/// Equal in time whatever the first differing byte (the token is a secret).
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let Some(v) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    match v.strip_prefix("Bearer ") {
        Some(given) => same_secret(given.trim().as_bytes(), token.as_bytes()),
        None => false,
    }
}

pub async fn article(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let (Some(token), Some(_)) = (&s.0.token, &s.0.writer) else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest is off: start `rasd serve --allow-ingest --token-file FILE` to accept articles",
        ));
    };
    if !authorised(&headers, token) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "a bearer token is required: Authorization: Bearer <token from --token-file>",
        ));
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::param("body", "the article must be UTF-8 JSON"))?;
    let input = rasd_ingest::article_from_json(text).map_err(|m| ApiError::param("body", m))?;
    let state = s.clone();
    let stored = tokio::task::spawn_blocking(move || -> ApiResult<_> {
        let inner = &state.0;
        let analysis = inner.extractor.analyse(&input);
        let article_id = analysis.article_id.clone();
        let Some(writer) = &inner.writer else {
            return Err(ApiError::internal("no writer"));
        };
        let mut store = writer
            .lock()
            .map_err(|_| ApiError::internal("the writer failed earlier"))?;
        let outcome = store.insert_batch(&[(input, analysis)])?;
        let events = store.events(&EventFilter {
            article_id: Some(article_id.clone()),
            ..EventFilter::default()
        })?;
        Ok((article_id, outcome, events))
    })
    .await
    .map_err(|_| ApiError::internal("ingest failed"))??;
    let (article_id, outcome, events) = stored;
    let status = if outcome.new_articles > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let body = json!({
        "article_id": article_id,
        "new": outcome.new_articles > 0,
        "events_stored": outcome.events_stored,
        "events": events,
    });
    Ok((status, axum::Json(body)).into_response())
}
