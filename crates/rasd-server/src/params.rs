//! Query parameters, checked one by one: every rejection names the parameter. Unknown and
//! repeated parameters are rejected too (a typo should not silently widen a query); empty
//! values count as absent, as HTML forms send them.

use std::str::FromStr;

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use jiff::civil::Date;
use rasd_extract::{EventType, Modality};
use rasd_store::{BBox, Cursor, EventFilter, Near};

use crate::error::{ApiError, ApiResult};

pub type RawQuery = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// The longest free-text value accepted (search text, actor codes...).
const MAX_VALUE: usize = 500;

pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Checks names against `allowed` and rejects repeats.
    pub fn new(raw: RawQuery, allowed: &[&str]) -> ApiResult<Params> {
        let Query(pairs) = raw.map_err(|e| {
            ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                format!("malformed query string: {e}"),
            )
        })?;
        for (i, (k, v)) in pairs.iter().enumerate() {
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::param(
                    k,
                    format!(
                        "unknown parameter (expected one of: {})",
                        allowed.join(", ")
                    ),
                ));
            }
            if pairs[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(ApiError::param(k, "given more than once"));
            }
            if v.len() > MAX_VALUE {
                return Err(ApiError::param(k, format!("longer than {MAX_VALUE} bytes")));
            }
        }
        Ok(Params { pairs })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn parse<T>(&self, name: &str, what: &str) -> ApiResult<Option<T>>
    where
        T: FromStr,
    {
        self.get(name)
            .map(|v| {
                v.parse::<T>()
                    .map_err(|_| ApiError::param(name, format!("expected {what}, got {v:?}")))
            })
            .transpose()
    }

    pub fn date(&self, name: &str) -> ApiResult<Option<Date>> {
        self.parse(name, "a date as YYYY-MM-DD")
    }

    pub fn cursor(&self) -> ApiResult<Option<Cursor>> {
        self.parse("cursor", "the `next` value of a previous page")
    }

    /// `limit` within 1..=max, `default` when absent.
    pub fn limit(&self, default: usize, max: usize) -> ApiResult<usize> {
        match self.parse::<usize>("limit", &format!("a whole number from 1 to {max}"))? {
            None => Ok(default),
            Some(n) if (1..=max).contains(&n) => Ok(n),
            Some(n) => Err(ApiError::param(
                "limit",
                format!("must be from 1 to {max}, got {n}"),
            )),
        }
    }

    pub fn u64(&self, name: &str) -> ApiResult<Option<u64>> {
        self.parse(name, "a whole number")
    }

    /// `true`/`1` or `false`/`0`; `default` when absent.
    pub fn bool(&self, name: &str, default: bool) -> ApiResult<bool> {
        match self.get(name) {
            None => Ok(default),
            Some("true") | Some("1") => Ok(true),
            Some("false") | Some("0") => Ok(false),
            Some(v) => Err(ApiError::param(
                name,
                format!("expected true or false, got {v:?}"),
            )),
        }
    }

    /// An actor code (`actor`), upper-cased: letters, digits and `_` only.
    pub fn actor(&self) -> ApiResult<Option<String>> {
        match self.get("actor") {
            Some(a) if !a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                Err(ApiError::param(
                    "actor",
                    format!("expected an actor code such as TUR or SDF, got {a:?}"),
                ))
            }
            a => Ok(a.map(str::to_ascii_uppercase)),
        }
    }
}

/// Parameters of every event query (list, GeoJSON, CSV, stats).
pub const EVENT_FILTERS: &[&str] = &[
    "type", "actor", "modality", "admin1", "since", "until", "bbox", "near", "q", "incident",
    "article",
];

fn code_list<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|t| code(*t)).collect::<Vec<_>>().join(", ")
}

/// The store filter for the event parameters of `p` (no limit or cursor).
pub fn event_filter(p: &Params) -> ApiResult<EventFilter> {
    let event_type = match p.get("type") {
        None => None,
        Some(t) => Some(
            EventType::from_code(&t.to_ascii_lowercase()).ok_or_else(|| {
                ApiError::param(
                    "type",
                    format!(
                        "unknown event type {t:?} (expected one of: {})",
                        code_list(EventType::ALL, EventType::code)
                    ),
                )
            })?,
        ),
    };
    let modality = match p.get("modality") {
        None => None,
        Some(m) => Some(Modality::from_code(&m.to_ascii_lowercase()).ok_or_else(|| {
            ApiError::param(
                "modality",
                format!(
                    "unknown modality {m:?} (expected one of: {})",
                    code_list(Modality::ALL, Modality::code)
                ),
            )
        })?),
    };
    let actor = p.actor()?;
    let near = p.get("near").map(|v| {
        v.parse::<Near>().map_err(|_| {
            ApiError::param(
                "near",
                format!(
                    "expected LAT,LON,KM with latitude within ±90, longitude within ±180 and \
                     KM > 0, e.g. 36.5,40.75,25 (got {v:?})"
                ),
            )
        })
    });
    let bbox = p.get("bbox").map(|v| {
        v.parse::<BBox>().map_err(|_| {
            ApiError::param(
                "bbox",
                format!(
                    "expected WEST,SOUTH,EAST,NORTH in degrees, e.g. 35.5,32.3,42.4,37.4 \
                     (got {v:?})"
                ),
            )
        })
    });
    let since = p.date("since")?;
    let until = p.date("until")?;
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(ApiError::param("since", format!("{s} is after until {u}")));
    }
    if let Some(q) = p.get("q")
        && !q.chars().any(char::is_alphanumeric)
    {
        return Err(ApiError::param(
            "q",
            "search text has no words to search for",
        ));
    }
    Ok(EventFilter {
        event_type,
        modality,
        actor,
        admin1: p.get("admin1").map(str::to_string),
        since,
        until,
        near: near.transpose()?,
        bbox: bbox.transpose()?,
        q: p.get("q").map(str::to_string),
        incident_id: p.get("incident").map(str::to_string),
        article_id: p.get("article").map(str::to_string),
        ..EventFilter::default()
    })
}
