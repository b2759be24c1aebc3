//! Answers to `GET /api/...` kept per store version. SQLite's `data_version`, read on a
//! connection of our own, changes whenever anything (our ingest writer, a `rasd ingest`
//! in another process) commits; every commit starts a new generation and no answer of an
//! older one is served. The generation is read before the query runs, so an answer is never
//! labelled newer than the data it was computed from.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rasd_store::Store;

use crate::AppState;

struct Watch {
    store: Store,
    last: i64,
    generation: u64,
}

struct Entry {
    generation: u64,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    bytes: usize,
}

pub struct Cache {
    watch: Mutex<Watch>,
    entries: Mutex<Entries>,
    max_bytes: usize,
}

impl Cache {
    pub fn open(db: &Path, max_bytes: usize) -> rasd_store::Result<Cache> {
        let store = Store::open(db)?;
        store.set_query_only(true)?;
        let last = store.data_version()?;
        Ok(Cache {
            watch: Mutex::new(Watch {
                store,
                last,
                generation: 0,
            }),
            entries: Mutex::new(Entries::default()),
            max_bytes,
        })
    }

    /// The current generation; `None` if the store cannot say (then nothing is cached).
    fn generation(&self) -> Option<u64> {
        let mut w = self.watch.lock().ok()?;
        let v = w.store.data_version().ok()?;
        if v != w.last {
            w.last = v;
            w.generation += 1;
        }
        Some(w.generation)
    }

    fn get(&self, key: &str, generation: u64) -> Option<Response> {
        let entries = self.entries.lock().ok()?;
        let e = entries
            .map
            .get(key)
            .filter(|e| e.generation == generation)?;
        let mut r = e.body.clone().into_response();
        *r.headers_mut() = e.headers.clone();
        r.headers_mut()
            .insert("x-rasd-cache", HeaderValue::from_static("hit"));
        Some(r)
    }

    fn put(&self, key: String, generation: u64, headers: HeaderMap, body: Bytes) {
        // One answer may take an eighth of the room; a full cache starts over (simple, and
        // a new generation empties it in effect anyway).
        if body.len() > self.max_bytes / 8 {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.bytes + body.len() > self.max_bytes {
            entries.map.clear();
            entries.bytes = 0;
        }
        entries.bytes += body.len();
        let old = entries.map.insert(
            key,
            Entry {
                generation,
                headers,
                body,
            },
        );
        if let Some(old) = old {
            entries.bytes -= old.body.len();
        }
    }
}

/// Middleware over the API's GET routes.
pub async fn layer(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let Some(cache) = &s.0.cache else {
        return next.run(req).await;
    };
    if req.method() != Method::GET || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    let Some(generation) = cache.generation() else {
        return next.run(req).await;
    };
    if let Some(hit) = cache.get(&key, generation) {
        return hit;
    }
    let resp = next.run(req).await;
    if resp.status() != StatusCode::OK {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    // Handlers answer from memory (their sizes are bounded by their limits).
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return crate::ApiError::internal("reading the answer").into_response();
    };
    cache.put(key, generation, parts.headers.clone(), bytes.clone());
    parts
        .headers
        .insert("x-rasd-cache", HeaderValue::from_static("miss"));
    Response::from_parts(parts, axum::body::Body::from(bytes))
}
