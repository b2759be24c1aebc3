//! Two filter values of the query API: a bounding box and a pagination cursor.

use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{Error, Result, StoredEvent};

/// A rectangle in degrees, in GeoJSON's order: west, south, east, north.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl FromStr for BBox {
    type Err = Error;
    /// "WEST,SOUTH,EAST,NORTH", e.g. "35.5,32.3,42.4,37.4" (a box across the antimeridian
    /// is not supported).
    fn from_str(s: &str) -> Result<BBox> {
        let bad = || {
            Error::Filter(format!(
                "expected WEST,SOUTH,EAST,NORTH in degrees with west <= east and south <= north \
                 (e.g. 35.5,32.3,42.4,37.4), got {s:?}"
            ))
        };
        let parts: Vec<f64> = s
            .split(',')
            .map(|p| p.trim().parse::<f64>())
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| bad())?;
        let [west, south, east, north] = parts[..] else {
            return Err(bad());
        };
        let lon = -180.0..=180.0;
        let lat = -90.0..=90.0;
        let ok = lon.contains(&west)
            && lon.contains(&east)
            && lat.contains(&south)
            && lat.contains(&north)
            && west <= east
            && south <= north;
        if !ok {
            return Err(bad());
        }
        Ok(BBox {
            west,
            south,
            east,
            north,
        })
    }
}

/// A position in the event order (date descending, undated last, then id): the last event
/// of a page. Written as `DATE~ID` (`-~ID` for an undated event).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub date: Option<Date>,
    pub id: String,
}

impl Cursor {
    pub fn of(e: &StoredEvent) -> Cursor {
        Cursor {
            date: e.event.date,
            id: e.event.id.clone(),
        }
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.date {
            Some(d) => write!(f, "{d}~{}", self.id),
            None => write!(f, "-~{}", self.id),
        }
    }
}

impl FromStr for Cursor {
    type Err = Error;
    fn from_str(s: &str) -> Result<Cursor> {
        let bad = || Error::Filter(format!("not a cursor from a previous page: {s:?}"));
        let (d, id) = s.split_once('~').ok_or_else(bad)?;
        let ok_id = !id.is_empty()
            && id.len() <= 128
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok_id {
            return Err(bad());
        }
        let date = match d {
            "-" => None,
            d => Some(d.parse::<Date>().map_err(|_| bad())?),
        };
        Ok(Cursor {
            date,
            id: id.to_string(),
        })
    }
}
