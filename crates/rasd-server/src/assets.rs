//! The web UI, compiled into the binary: nothing is read from disk or fetched at run time.

use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// (path, content type, bytes).
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_bytes!("../web/index.html"),
    ),
    ("/app.js", JS, include_bytes!("../web/app.js")),
    ("/control.js", JS, include_bytes!("../web/control.js")),
    ("/api.js", JS, include_bytes!("../web/api.js")),
    ("/basemap.js", JS, include_bytes!("../web/basemap.js")),
    ("/dom.js", JS, include_bytes!("../web/dom.js")),
    ("/i18n.js", JS, include_bytes!("../web/i18n.js")),
    ("/map.js", JS, include_bytes!("../web/map.js")),
    ("/panel.js", JS, include_bytes!("../web/panel.js")),
    ("/sites.js", JS, include_bytes!("../web/sites.js")),
    ("/timeline.js", JS, include_bytes!("../web/timeline.js")),
    ("/style.css", CSS, include_bytes!("../web/style.css")),
    (
        "/basemap.json",
        "application/geo+json",
        include_bytes!("../web/basemap.json"),
    ),
    (
        "/vendor/leaflet.js",
        JS,
        include_bytes!("../web/vendor/leaflet/leaflet.js"),
    ),
    (
        "/vendor/leaflet.css",
        CSS,
        include_bytes!("../web/vendor/leaflet/leaflet.css"),
    ),
];

pub async fn serve(uri: Uri) -> Response {
    let path = match uri.path() {
        "/index.html" => "/",
        p => p,
    };
    match ASSETS.iter().find(|(p, _, _)| *p == path) {
        Some((_, ctype, bytes)) => {
            let mut r = bytes.to_vec().into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
            r
        }
        None if path.starts_with("/api/") => {
            crate::ApiError::not_found(format!("no such API route: {path}")).into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
