//! Read-side helpers for a browsing UI: counts per day/type/actor/governorate, incident
//! listings, the sources of an incident and article metadata.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::incidents::haversine_km;
use crate::query::{parse_date, where_clause};
use crate::{EventFilter, Result, Store};

/// A key and how many events have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyCount {
    pub key: String,
    pub n: u64,
}

/// Events of one day, per type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    pub date: Date,
    pub n: u64,
    pub by_type: BTreeMap<String, u64>,
}

/// Counts over the events matching a filter (its `limit` and `after` are ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub total: u64,
    pub undated: u64,
    /// Days in order, only days with events.
    pub by_day: Vec<DayCount>,
    /// Largest first.
    pub by_type: Vec<KeyCount>,
    /// actor1 and associated actors: an event counts once for each actor it names.
    pub by_actor: Vec<KeyCount>,
    /// Governorates (admin1); events without one are left out.
    pub by_admin1: Vec<KeyCount>,
    pub by_modality: Vec<KeyCount>,
}

/// One incident with the place and type of its first event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentRow {
    pub id: String,
    pub events: u64,
    pub articles: u64,
    pub outlets: u64,
    pub earliest_date: Option<Date>,
    pub event_type: String,
    pub place_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub admin1: Option<String>,
    pub note: String,
}

/// Which incidents to list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IncidentFilter {
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Only incidents reported by at least this many outlets.
    pub min_outlets: Option<u64>,
    pub limit: Option<usize>,
    /// Keyset pagination: (earliest_date, id) of the last incident of the previous page.
    pub after: Option<crate::Cursor>,
}

/// An article that reports an event: the sources of an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub lang: Option<String>,
    pub author: Option<String>,
    pub urls: Vec<String>,
    /// Unix seconds when it was stored.
    pub stored_at: i64,
}

fn sorted(m: BTreeMap<String, u64>) -> Vec<KeyCount> {
    let mut v: Vec<KeyCount> = m.into_iter().map(|(key, n)| KeyCount { key, n }).collect();
    v.sort_by(|a, b| b.n.cmp(&a.n).then_with(|| a.key.cmp(&b.key)));
    v
}

const ARTICLE_COLS: &str = "a.id, a.title, a.outlet, a.published, a.lang, a.stored_at,
    (SELECT json_group_array(url) FROM
        (SELECT url FROM article_urls u WHERE u.article_id = a.id ORDER BY u.id)), a.author";

fn article_row(r: &rusqlite::Row) -> Result<ArticleMeta> {
    let urls: String = r.get(6)?;
    Ok(ArticleMeta {
        id: r.get(0)?,
        title: r.get(1)?,
        outlet: r.get(2)?,
        published: parse_date(r.get(3)?)?,
        lang: r.get(4)?,
        stored_at: r.get(5)?,
        urls: serde_json::from_str(&urls)?,
        author: r.get(7)?,
    })
}

impl Store {
    /// Counts of the events matching `f`, for a timeline and facets.
    pub fn stats(&self, f: &EventFilter) -> Result<Stats> {
        let f = EventFilter {
            limit: None,
            after: None,
            ..f.clone()
        };
        let (cond, args) = where_clause(&f)?;
        let sql = format!(
            "SELECT e.date, e.type, e.actor1, e.assoc_actors, e.admin1, e.modality, e.lat, e.lon
             FROM events e WHERE 1 = 1{cond}"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args))?;
        let mut out = Stats::default();
        let mut days: BTreeMap<String, (u64, BTreeMap<String, u64>)> = BTreeMap::new();
        let (mut types, mut actors, mut admin1, mut modality) = Default::default();
        let bump = |m: &mut BTreeMap<String, u64>, k: &str| {
            *m.entry(k.to_string()).or_insert(0) += 1;
        };
        while let Some(r) = rows.next()? {
            if let Some(near) = f.near {
                let (lat, lon): (Option<f64>, Option<f64>) = (r.get(6)?, r.get(7)?);
                if let (Some(lat), Some(lon)) = (lat, lon)
                    && haversine_km((near.lat, near.lon), (lat, lon)) > near.km
                {
                    continue;
                }
            }
            out.total += 1;
            let ty: String = r.get(1)?;
            match r.get::<_, Option<String>>(0)? {
                Some(d) => {
                    let day = days.entry(d).or_default();
                    day.0 += 1;
                    bump(&mut day.1, &ty);
                }
                None => out.undated += 1,
            }
            bump(&mut types, &ty);
            let actor1: Option<String> = r.get(2)?;
            if let Some(a) = &actor1 {
                bump(&mut actors, a);
            }
            let assoc: String = r.get(3)?;
            if assoc != "[]" {
                let assoc: Vec<String> = serde_json::from_str(&assoc)?;
                for a in assoc.iter().filter(|a| Some(*a) != actor1.as_ref()) {
                    bump(&mut actors, a);
                }
            }
            if let Some(a) = r.get::<_, Option<String>>(4)? {
                bump(&mut admin1, &a);
            }
            bump(&mut modality, &r.get::<_, String>(5)?);
        }
        for (d, (n, by_type)) in days {
            if let Some(date) = parse_date(Some(d))? {
                out.by_day.push(DayCount { date, n, by_type });
            }
        }
        out.by_type = sorted(types);
        out.by_actor = sorted(actors);
        out.by_admin1 = sorted(admin1);
        out.by_modality = sorted(modality);
        Ok(out)
    }

    /// Incidents, newest first (by their earliest event date, undated last, then id).
    /// (A page of light rows; [`Store::incidents`] folds every event of each incident.)
    pub fn incident_list(&self, f: &IncidentFilter) -> Result<Vec<IncidentRow>> {
        let mut sql = String::from(
            "SELECT i.id, i.event_count, i.article_count, i.outlet_count, i.earliest_date,
                    e.type, e.place_name, e.lat, e.lon, e.admin1, e.note
             FROM incidents i JOIN events e ON e.id = i.id WHERE 1 = 1",
        );
        let mut args: Vec<Value> = Vec::new();
        let mut push = |sql: &mut String, clause: &str, v: Value| {
            args.push(v);
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        };
        if let (Some(s), Some(u)) = (f.since, f.until)
            && s > u
        {
            return Err(crate::Error::Filter(format!(
                "since {s} is after until {u}"
            )));
        }
        if let Some(s) = f.since {
            push(
                &mut sql,
                " AND i.earliest_date >= ?",
                Value::Text(s.to_string()),
            );
        }
        if let Some(u) = f.until {
            push(
                &mut sql,
                " AND i.earliest_date <= ?",
                Value::Text(u.to_string()),
            );
        }
        if let Some(m) = f.min_outlets {
            push(
                &mut sql,
                " AND i.outlet_count >= ?",
                Value::Integer(m.min(i64::MAX as u64) as i64),
            );
        }
        if let Some(c) = &f.after {
            match c.date {
                Some(d) => {
                    push(
                        &mut sql,
                        " AND (i.earliest_date < ?",
                        Value::Text(d.to_string()),
                    );
                    push(
                        &mut sql,
                        " OR (i.earliest_date = ?",
                        Value::Text(d.to_string()),
                    );
                    push(
                        &mut sql,
                        " AND i.id > ?) OR i.earliest_date IS NULL)",
                        Value::Text(c.id.clone()),
                    );
                }
                None => push(
                    &mut sql,
                    " AND i.earliest_date IS NULL AND i.id > ?",
                    Value::Text(c.id.clone()),
                ),
            }
        }
        sql.push_str(" ORDER BY i.earliest_date DESC, i.id");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(IncidentRow {
                id: r.get(0)?,
                events: r.get::<_, i64>(1)?.max(0) as u64,
                articles: r.get::<_, i64>(2)?.max(0) as u64,
                outlets: r.get::<_, i64>(3)?.max(0) as u64,
                earliest_date: parse_date(r.get(4)?)?,
                event_type: r.get(5)?,
                place_name: r.get(6)?,
                lat: r.get(7)?,
                lon: r.get(8)?,
                admin1: r.get(9)?,
                note: r.get(10)?,
            });
        }
        Ok(out)
    }

    /// The articles reporting any event of an incident, oldest stored first.
    pub fn incident_sources(&self, incident_id: &str) -> Result<Vec<ArticleMeta>> {
        let sql = format!(
            "SELECT {ARTICLE_COLS} FROM articles a
             WHERE a.id IN (SELECT article_id FROM events WHERE incident_id = ?1)
             ORDER BY a.stored_at, a.id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query([incident_id])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(article_row(r)?);
        }
        Ok(out)
    }

    /// An article's metadata (its text: [`Store::article_text`]).
    pub fn article(&self, id: &str) -> Result<Option<ArticleMeta>> {
        let sql = format!("SELECT {ARTICLE_COLS} FROM articles a WHERE a.id = ?1");
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query([id])?;
        match rows.next()? {
            Some(r) => Ok(Some(article_row(r)?)),
            None => Ok(None),
        }
    }

    /// SQLite's `data_version`: changes when another connection has committed since this
    /// handle last asked (a cache of query answers is stale then).
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// Reads the file through a memory map of up to `bytes` (SQLite's `mmap_size`): a page
    /// missing from this handle's cache then costs no read() call.
    pub fn set_mmap_size(&self, bytes: i64) -> Result<()> {
        self.conn.pragma_update(None, "mmap_size", bytes)?;
        Ok(())
    }

    /// Refuse writes on this handle (a server's readers): SQLite's `query_only`.
    pub fn set_query_only(&self, on: bool) -> Result<()> {
        self.conn.pragma_update(None, "query_only", on)?;
        Ok(())
    }
}
