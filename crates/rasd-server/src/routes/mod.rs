//! Handlers, one module per resource.

pub mod control;
pub mod detail;
pub mod events;
pub mod incidents;
pub mod ingest;
pub mod meta;
pub mod sites;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A body already serialised, with its content type.
pub fn typed(body: Vec<u8>, content_type: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// JSON from a serialisable value; serialising off the async threads is not worth it for
/// pages of at most a few hundred rows.
pub fn json<T: serde::Serialize>(v: &T) -> Response {
    // A page of events is ~100 KB: start big rather than grow through many copies.
    let mut buf = Vec::with_capacity(128 * 1024);
    match serde_json::to_writer(&mut buf, v) {
        Ok(()) => typed(buf, "application/json"),
        Err(e) => crate::ApiError::internal(format!("serialising the answer: {e}")).into_response(),
    }
}
