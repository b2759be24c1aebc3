//! `rasd serve`: a JSON/GeoJSON/CSV API over the event store and the web UI embedded in the
//! binary (no CDN, no tiles, nothing fetched at run time).
//!
//! Read-only by default: every request runs on a `query_only` reader from a small pool.
//! `POST /api/articles` exists only with an ingest token; it runs the same analyse-and-store
//! steps as `rasd ingest`, on one writer.
//!
//! GET answers are cached per store version (see `cache`): a repeated query costs a lookup,
//! and any commit to the store, from this process or another, retires every cached answer.
//!
//! Untrusted text (articles are hostile input) only ever leaves as JSON/CSV values; the UI
//! renders it with `textContent`, and a strict Content-Security-Policy forbids inline script.

mod assets;
mod cache;
mod error;
mod params;
mod places;
mod pool;
mod routes;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::MethodRouter;
use rasd_extract::Extractor;
use rasd_store::Store;
use tower_http::set_header::SetResponseHeaderLayer;

pub use error::ApiError;

/// Request bodies larger than this are refused with 413 (one article as JSON).
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Self only: no inline script or style, no plugins, not framed.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// What `serve` needs.
pub struct Config {
    pub db: PathBuf,
    /// Reader connections (and so concurrent queries).
    pub readers: usize,
    /// Bearer token that enables `POST /api/articles`; `None`: ingest is off.
    pub ingest_token: Option<String>,
    /// Room for cached answers, in bytes; 0 turns the cache off.
    pub cache_bytes: usize,
}

struct Inner {
    readers: Arc<pool::Pool>,
    writer: Option<Mutex<Store>>,
    token: Option<String>,
    extractor: Arc<Extractor>,
    places: places::PlaceIndex,
    /// The site registry of the gazetteer (overlays included), built once.
    sites: Arc<Vec<rasd_store::Site>>,
    /// River courses for bank assertions ("north of the Euphrates"), parsed once.
    rivers: Arc<rasd_situation::Rivers>,
    cache: Option<cache::Cache>,
}

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl AppState {
    pub fn new(cfg: Config, extractor: Arc<Extractor>) -> rasd_store::Result<AppState> {
        // The writer opens first: it creates or migrates the store before readers see it.
        let writer = match &cfg.ingest_token {
            Some(_) => Some(Mutex::new(Store::open(&cfg.db)?)),
            None => None,
        };
        let readers = pool::Pool::open(cfg.db.clone(), cfg.readers)?;
        let places = places::PlaceIndex::new(&extractor.gazetteer);
        let sites = Arc::new(rasd_store::registry(&extractor.gazetteer));
        let rivers = Arc::new(rasd_situation::Rivers::bundled());
        let cache = match cfg.cache_bytes {
            0 => None,
            n => Some(cache::Cache::open(&cfg.db, n)?),
        };
        Ok(AppState(Arc::new(Inner {
            cache,
            readers,
            writer,
            token: cfg.ingest_token,
            extractor,
            places,
            sites,
            rivers,
        })))
    }
}

/// Every API route: (method, path as in openapi.json, handler). One table, so the OpenAPI
/// test can compare the document with what is really served.
pub fn api_routes() -> Vec<(&'static str, &'static str, MethodRouter<AppState>)> {
    use axum::routing::{get, post};
    vec![
        ("get", "/api/health", get(routes::meta::health)),
        ("get", "/api/openapi.json", get(routes::meta::openapi)),
        ("get", "/api/events", get(routes::events::list)),
        ("get", "/api/events.geojson", get(routes::events::geojson)),
        ("get", "/api/events/{id}", get(routes::detail::event)),
        ("get", "/api/export.csv", get(routes::events::csv)),
        ("get", "/api/stats", get(routes::events::stats)),
        ("get", "/api/incidents", get(routes::incidents::list)),
        ("get", "/api/incidents/{id}", get(routes::incidents::one)),
        ("get", "/api/places", get(routes::meta::places)),
        ("get", "/api/sites", get(routes::sites::list)),
        ("get", "/api/sites/{id}", get(routes::sites::one)),
        ("get", "/api/control", get(routes::control::picture)),
        (
            "get",
            "/api/control/assertions",
            get(routes::control::assertions),
        ),
        ("get", "/api/control/months", get(routes::control::months)),
        ("post", "/api/articles", post(routes::ingest::article)),
    ]
}

/// The whole application: API, UI assets, security headers, body limit.
pub fn app(state: AppState) -> Router {
    let mut r = Router::new();
    for (_, path, method) in api_routes() {
        r = r.route(path, method);
    }
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    r.fallback(assets::serve)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header(header::CACHE_CONTROL, "no-store"))
        .with_state(state)
}

/// Serves until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Binds `addr` (loopback unless the caller asked otherwise).
pub async fn bind(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await
}
