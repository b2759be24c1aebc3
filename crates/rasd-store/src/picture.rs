//! The control picture as `rasd control`, the API and the map read it: every locality some
//! stored assertion covers, its actor as of a date, and the evidence with its sources.

use jiff::civil::Date;
use rasd_geo::Gazetteer;
use rasd_situation::{Locality, Options, Rivers};
use serde::Serialize;

use crate::{ControlFilter, Result, Store, StoredAssertion};

/// One assertion as evidence for a holding.
#[derive(Debug, Clone, Serialize)]
pub struct AssertionRef {
    pub id: String,
    pub actor: String,
    pub date: Option<Date>,
    pub modality: String,
    pub note: String,
    pub sentence: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub article_id: String,
}

impl From<&StoredAssertion> for AssertionRef {
    fn from(s: &StoredAssertion) -> Self {
        AssertionRef {
            id: s.assertion.id.clone(),
            actor: s.assertion.actor.clone(),
            date: s.assertion.date,
            modality: s.assertion.modality.code().to_string(),
            note: s.assertion.note.clone(),
            sentence: s.sentence.clone(),
            outlet: s.outlet.clone(),
            url: s.url.clone(),
            article_id: s.article_id.clone(),
        }
    }
}

/// Who holds one locality.
#[derive(Debug, Clone, Serialize)]
pub struct LocalityControl {
    #[serde(flatten)]
    pub locality: Locality,
    pub actor: String,
    pub as_of: Option<Date>,
    /// How the area was given: at, near, countryside, bank, admin1.
    pub scope: String,
    pub basis: AssertionRef,
    pub contested_by: Vec<AssertionRef>,
    /// Actors with a base or forces stationed there.
    pub present: Vec<String>,
}

/// A month with dated assertions.
#[derive(Debug, Clone, Serialize)]
pub struct ControlMonth {
    /// `YYYY-MM`
    pub month: String,
    pub assertions: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ControlPicture {
    pub at: Date,
    pub window_days: i64,
    /// Assertions considered (dated within the window, or undated).
    pub assertions: usize,
    pub localities: Vec<LocalityControl>,
}

impl ControlPicture {
    /// GeoJSON points, one per held locality, properties as the fields above.
    pub fn to_geojson(&self) -> serde_json::Value {
        let features: Vec<serde_json::Value> = self
            .localities
            .iter()
            .map(|l| {
                let mut props = serde_json::to_value(l).unwrap_or_default();
                if let Some(m) = props.as_object_mut() {
                    m.remove("lat");
                    m.remove("lon");
                }
                serde_json::json!({
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [l.locality.lon, l.locality.lat]},
                    "properties": props,
                })
            })
            .collect();
        serde_json::json!({
            "type": "FeatureCollection",
            "at": self.at,
            "window_days": self.window_days,
            "features": features,
        })
    }
}

impl Store {
    /// The last as-of date of any stored assertion: the default "now" of an archive.
    pub fn latest_control_date(&self) -> Result<Option<Date>> {
        let d: Option<String> = self
            .conn
            .query_row("SELECT max(date) FROM control", [], |r| r.get(0))?;
        Ok(d.and_then(|d| d.parse().ok()))
    }

    /// Months (`YYYY-MM`) with dated assertions, oldest first, and how many each has: the
    /// steps of the map's month slider. One row per month, so small whatever the store.
    pub fn control_months(&self) -> Result<Vec<ControlMonth>> {
        let mut st = self.conn.prepare(
            "SELECT substr(date, 1, 7) AS m, count(*) FROM control
             WHERE date IS NOT NULL GROUP BY m ORDER BY m",
        )?;
        let rows = st.query_map([], |r| {
            Ok(ControlMonth {
                month: r.get(0)?,
                assertions: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Control of every covered locality as of `opts.at`.
    pub fn control_picture(
        &self,
        g: &Gazetteer,
        rivers: &Rivers,
        opts: &Options,
    ) -> Result<ControlPicture> {
        // The window's first day; infer() checks it again for its own callers.
        let since = opts
            .at
            .checked_sub(jiff::Span::new().days(opts.window_days))
            .ok();
        let stored = self.control_assertions(&ControlFilter {
            until: Some(opts.at),
            since,
            undated: opts.undated,
            ..ControlFilter::default()
        })?;
        let assertions: Vec<rasd_extract::ControlAssertion> =
            stored.iter().map(|s| s.assertion.clone()).collect();
        let places = rasd_situation::localities(g);
        let holdings = rasd_situation::infer(&places, &assertions, g, rivers, opts);
        let localities = holdings
            .into_iter()
            .filter_map(|h| {
                let l = places.get(h.locality)?;
                let basis = stored.get(h.basis)?;
                let mut present: Vec<String> = h
                    .present
                    .iter()
                    .filter_map(|&i| stored.get(i).map(|s| s.assertion.actor.clone()))
                    .collect();
                present.sort();
                present.dedup();
                Some(LocalityControl {
                    locality: l.clone(),
                    actor: h.actor,
                    as_of: h.as_of,
                    scope: h.scope.code().to_string(),
                    basis: basis.into(),
                    contested_by: h
                        .contested_by
                        .iter()
                        .filter_map(|&i| stored.get(i).map(AssertionRef::from))
                        .collect(),
                    present,
                })
            })
            .collect();
        Ok(ControlPicture {
            at: opts.at,
            window_days: opts.window_days,
            assertions: stored.len(),
            localities,
        })
    }
}
