//! Queries: filters become SQL (with a bounding box for `near`), then the exact distance is
//! checked here. Rows come back as [`StoredEvent`]s that carry everything a display or an
//! export needs.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::str::FromStr;

use jiff::civil::{Date, Weekday};
use rasd_extract::{Event, EventType, Evidence, Modality, Place, Quantity, Span, weekday_name};
use rusqlite::Row;
use rusqlite::types::{Value, ValueRef};
use serde::{Deserialize, Serialize};

use crate::incidents::{box_degrees, haversine_km};
use crate::{BBox, Cursor, Error, Result, Store, fts};

/// A circle on the map: events within `km` of (`lat`, `lon`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

impl Near {
    fn validate(&self) -> Result<()> {
        let ok = (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
            && self.km.is_finite()
            && self.km > 0.0;
        if ok {
            Ok(())
        } else {
            Err(Error::Filter(format!(
                "near {},{},{}: latitude must be within ±90, longitude within ±180, km > 0",
                self.lat, self.lon, self.km
            )))
        }
    }
}

impl FromStr for Near {
    type Err = Error;
    /// "LAT,LON,KM", e.g. "36.5,40.75,25".
    fn from_str(s: &str) -> Result<Near> {
        let bad = || {
            Error::Filter(format!(
                "expected LAT,LON,KM (e.g. 36.5,40.75,25), got {s:?}"
            ))
        };
        let parts: Vec<f64> = s
            .split(',')
            .map(|p| p.trim().parse::<f64>())
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| bad())?;
        let [lat, lon, km] = parts[..] else {
            return Err(bad());
        };
        let near = Near { lat, lon, km };
        near.validate()?;
        Ok(near)
    }
}

/// What to select. Every field narrows; the default selects everything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventFilter {
    pub event_type: Option<EventType>,
    /// An actor code (case-insensitive), matched against actor1 and the associated actors.
    /// Exact: `US` does not select `COALITION`.
    pub actor: Option<String>,
    /// Inclusive bounds on the event date; undated events never match a date bound.
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub near: Option<Near>,
    /// Full-text search, Arabic or English, normalised like the index.
    pub q: Option<String>,
    pub article_id: Option<String>,
    pub incident_id: Option<String>,
    pub limit: Option<usize>,
    pub modality: Option<Modality>,
    /// Events placed inside a rectangle (undated or unplaced events never match).
    pub bbox: Option<BBox>,
    /// Governorate (first-level unit) as stored, e.g. "Al-Hasakah"; case-insensitive.
    pub admin1: Option<String>,
    /// Keyset pagination: only events that sort after this one (see [`Cursor`]).
    pub after: Option<Cursor>,
}

/// An incident's counts as of the query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentStats {
    pub events: u64,
    pub articles: u64,
    pub outlets: u64,
    pub earliest_date: Option<Date>,
}

/// An event as stored, with its article's metadata and its incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    #[serde(flatten)]
    pub event: Event,
    pub article_id: String,
    pub incident_id: String,
    pub incident: IncidentStats,
    /// The evidence sentence as written in the article.
    pub sentence: String,
    pub article_title: Option<String>,
    pub outlet: Option<String>,
    /// The first URL the article was seen at; `urls` has all of them.
    pub url: Option<String>,
    pub urls: Vec<String>,
    pub published: Option<Date>,
    /// Unix seconds when the article was stored.
    pub stored_at: i64,
}

const COLUMNS: &str = "SELECT e.id, e.article_id, e.type, e.actor1, e.assoc_actors, e.target,
    e.place_name, e.place_name_ar, e.lat, e.lon, e.admin1, e.admin2, e.country, e.geo_precision,
    e.place_start, e.place_end, e.date, e.time_precision, e.modality, e.note, e.evidence,
    e.sentence, e.quantities, e.incident_id,
    i.event_count, i.article_count, i.outlet_count, i.earliest_date,
    a.title, a.outlet, a.published, a.stored_at,
    (SELECT json_group_array(url) FROM
        (SELECT url FROM article_urls u WHERE u.article_id = e.article_id ORDER BY u.id)),
    e.weekday";

/// Where both column lists put the weekday of an undated event.
const WEEKDAY_COLUMN: usize = 33;

/// [`COLUMNS`] without the URL list, then the row's seq (column 32): pages read URLs apart.
const PAGE_COLUMNS: &str = "SELECT e.id, e.article_id, e.type, e.actor1, e.assoc_actors, e.target,
    e.place_name, e.place_name_ar, e.lat, e.lon, e.admin1, e.admin2, e.country, e.geo_precision,
    e.place_start, e.place_end, e.date, e.time_precision, e.modality, e.note, e.evidence,
    e.sentence, e.quantities, e.incident_id,
    i.event_count, i.article_count, i.outlet_count, i.earliest_date,
    a.title, a.outlet, a.published, a.stored_at, e.seq, e.weekday";

/// The covering indexes hold every column read here; named, since without statistics
/// SQLite takes the unique id index and then reads the wide table row too.
const JOINS: &str = " JOIN articles a INDEXED BY articles_meta ON a.id = e.article_id
  JOIN incidents i INDEXED BY incidents_counts ON i.id = e.incident_id";

/// Newest first; SQLite sorts NULL lowest, so undated events come last. The same order as
/// the `events_by_date` index, which lets a LIMIT stop early.
const ORDER: &str = " ORDER BY e.date DESC, e.id";

impl Store {
    /// Events matching `f`, newest first (undated last), then by id.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(f, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams the events matching `f` to `each` (exports of a large store stay small in
    /// memory). Returns how many were passed on.
    pub fn for_each_event(
        &self,
        f: &EventFilter,
        mut each: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<usize> {
        if let Some(limit) = f.limit {
            return self.page(f, limit, each);
        }
        let (sql, args) = build_sql(f)?;
        // Cached: the server runs the same few shapes of query over and over.
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args))?;
        let mut n = 0;
        let limit = f.limit.unwrap_or(usize::MAX);
        while n < limit {
            let Some(row) = rows.next()? else { break };
            let ev = from_row(row, true)?;
            if let (Some(near), Some(p)) = (f.near, &ev.event.location)
                && haversine_km((near.lat, near.lon), (p.lat, p.lon)) > near.km
            {
                continue;
            }
            each(ev)?;
            n += 1;
        }
        Ok(n)
    }

    /// A limited query in three steps, each cheap: the page's seqs in event order (over the
    /// events table alone; `near`'s exact distance checked on these light rows), then those
    /// rows whole, then their articles' URLs. One joined, sorted query copied every wide row
    /// through SQLite's sorter and ran a subquery per row.
    fn page(
        &self,
        f: &EventFilter,
        limit: usize,
        mut each: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<usize> {
        let (seqs, _) = self.page_keys(f, limit, None)?;
        if seqs.is_empty() {
            return Ok(0);
        }
        let seq_json = serde_json::to_string(&seqs)?;
        let mut found: HashMap<i64, StoredEvent> = HashMap::with_capacity(seqs.len());
        {
            let sql = format!(
                "{PAGE_COLUMNS} FROM events e{JOINS}
                 WHERE e.seq IN (SELECT value FROM json_each(?1))"
            );
            let mut st = self.conn.prepare_cached(&sql)?;
            let mut rows = st.query([&seq_json])?;
            while let Some(r) = rows.next()? {
                found.insert(r.get(32)?, from_row(r, false)?);
            }
        }
        let mut urls: HashMap<String, Vec<String>> = HashMap::new();
        {
            let articles: Vec<&str> = found.values().map(|e| e.article_id.as_str()).collect();
            let mut st = self.conn.prepare_cached(
                "SELECT article_id, url FROM article_urls
                 WHERE article_id IN (SELECT value FROM json_each(?1)) ORDER BY id",
            )?;
            let mut rows = st.query([serde_json::to_string(&articles)?])?;
            while let Some(r) = rows.next()? {
                urls.entry(r.get(0)?).or_default().push(r.get(1)?);
            }
        }
        let mut n = 0;
        for seq in seqs {
            let Some(mut e) = found.remove(&seq) else {
                continue;
            };
            e.urls = urls.get(&e.article_id).cloned().unwrap_or_default();
            e.url = e.urls.first().cloned();
            each(e)?;
            n += 1;
        }
        Ok(n)
    }

    /// The seqs of the first `limit` events of `f` in event order, and the cursor of the one
    /// at `mark` when there is one. Without `near` the seq, date and id come from an index
    /// alone (`events_by_date` or the `events_by_type`-like index of the filter), and SQL
    /// stops at the limit.
    fn page_keys(
        &self,
        f: &EventFilter,
        limit: usize,
        mark: Option<usize>,
    ) -> Result<(Vec<i64>, Option<Cursor>)> {
        let (cond, args) = where_clause(f)?;
        let sql = match f.near {
            // Rows outside the circle are dropped here, so SQL cannot stop at the limit.
            Some(_) => format!(
                "SELECT e.seq, e.date, e.id, e.lat, e.lon FROM events e WHERE 1 = 1{cond}{ORDER}"
            ),
            None => format!(
                "SELECT e.seq, e.date, e.id FROM events e WHERE 1 = 1{cond}{ORDER} LIMIT {limit}"
            ),
        };
        let mut seqs: Vec<i64> = Vec::with_capacity(limit.min(1024));
        let mut cursor = None;
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args))?;
        while seqs.len() < limit {
            let Some(r) = rows.next()? else { break };
            if let Some(near) = f.near {
                let (lat, lon): (Option<f64>, Option<f64>) = (r.get(3)?, r.get(4)?);
                let (Some(lat), Some(lon)) = (lat, lon) else {
                    continue;
                };
                if haversine_km((near.lat, near.lon), (lat, lon)) > near.km {
                    continue;
                }
            }
            if mark == Some(seqs.len()) {
                cursor = Some(Cursor {
                    date: parse_date(r.get(1)?)?,
                    id: r.get(2)?,
                });
            }
            seqs.push(r.get(0)?);
        }
        Ok((seqs, cursor))
    }

    /// The first `limit` events of `f` (`f.limit` is not used), written to `out` as a JSON
    /// array exactly as serde_json writes the same `Vec<StoredEvent>`, and the cursor of the
    /// next page if more match. Rows go from SQLite to JSON without building `StoredEvent`s
    /// (a String per column, then serialised again): a fifth less CPU per page.
    pub fn events_json(
        &self,
        f: &EventFilter,
        limit: usize,
        out: &mut Vec<u8>,
    ) -> Result<Option<Cursor>> {
        // One snapshot for both queries: a commit between them cannot tear the page.
        let tx = self.conn.unchecked_transaction()?;
        // One more than asked tells whether there is a next page.
        let (mut seqs, mark) = self.page_keys(f, limit.saturating_add(1), limit.checked_sub(1))?;
        let next = if seqs.len() > limit {
            seqs.truncate(limit);
            mark
        } else {
            None
        };
        out.push(b'[');
        if !seqs.is_empty() {
            let seq_json = serde_json::to_string(&seqs)?;
            // One row per event and URL (events of an article without URLs once, with NULL).
            // Rows come in seq order: each event's JSON goes to `rows`, in two parts around
            // its URLs, and is copied out in page order once all its URLs are known.
            let mut rows: Vec<u8> = Vec::with_capacity(seqs.len() * 1024);
            let mut parts: HashMap<i64, Part> = HashMap::with_capacity(seqs.len());
            let sql = format!(
                "{PAGE_COLUMNS}, u.id, u.url FROM events e{JOINS}
                 LEFT JOIN article_urls u ON u.article_id = e.article_id
                 WHERE e.seq IN (SELECT value FROM json_each(?1))"
            );
            let mut st = self.conn.prepare_cached(&sql)?;
            let mut q = st.query([&seq_json])?;
            while let Some(r) = q.next()? {
                let seq: i64 = r.get(32)?;
                let part = match parts.entry(seq) {
                    Entry::Occupied(o) => o.into_mut(),
                    Entry::Vacant(v) => v.insert(write_row(r, &mut rows)?),
                };
                if let Some(id) = r.get::<_, Option<i64>>(34)? {
                    part.urls.push((id, r.get(35)?));
                }
            }
            let mut first = true;
            for seq in &seqs {
                let Some(p) = parts.get_mut(seq) else {
                    continue;
                };
                if !first {
                    out.push(b',');
                }
                first = false;
                // In the order they were recorded (SQL returns them by the index's order).
                p.urls.sort_unstable_by_key(|u| u.0);
                out.extend_from_slice(&rows[p.head.clone()]);
                out.extend_from_slice(b",\"url\":");
                serde_json::to_writer(&mut *out, &p.urls.first().map(|u| u.1.as_str()))?;
                out.extend_from_slice(b",\"urls\":[");
                for (k, (_, url)) in p.urls.iter().enumerate() {
                    if k > 0 {
                        out.push(b',');
                    }
                    serde_json::to_writer(&mut *out, url)?;
                }
                out.push(b']');
                out.extend_from_slice(&rows[p.tail.clone()]);
            }
        }
        out.push(b']');
        tx.finish()?;
        Ok(next)
    }

    /// One event by id, with its article's metadata and its incident.
    pub fn event(&self, id: &str) -> Result<Option<StoredEvent>> {
        let sql = format!("{COLUMNS} FROM events e{JOINS} WHERE e.id = ?1");
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query([id])?;
        match rows.next()? {
            Some(r) => Ok(Some(from_row(r, true)?)),
            None => Ok(None),
        }
    }

    /// One incident's counts, if it exists.
    pub fn incident(&self, id: &str) -> Result<Option<IncidentStats>> {
        let mut st = self.conn.prepare_cached(
            "SELECT event_count, article_count, outlet_count, earliest_date
             FROM incidents WHERE id = ?1",
        )?;
        let mut rows = st.query([id])?;
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        Ok(Some(IncidentStats {
            events: r.get::<_, i64>(0)?.max(0) as u64,
            articles: r.get::<_, i64>(1)?.max(0) as u64,
            outlets: r.get::<_, i64>(2)?.max(0) as u64,
            earliest_date: parse_date(r.get(3)?)?,
        }))
    }
}

/// The full query for `f` without a limit (exports stream it).
fn build_sql(f: &EventFilter) -> Result<(String, Vec<Value>)> {
    let (cond, args) = where_clause(f)?;
    Ok((
        format!("{COLUMNS} FROM events e{JOINS} WHERE 1 = 1{cond}{ORDER}"),
        args,
    ))
}

/// The conditions of `f` on `events e`, each starting with " AND", and their values.
pub(crate) fn where_clause(f: &EventFilter) -> Result<(String, Vec<Value>)> {
    let mut sql = String::new();
    let mut args: Vec<Value> = Vec::new();
    // Every `?` of a clause becomes the number of its one value.
    let mut arg = |sql: &mut String, clause: &str, v: Value| {
        args.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(t) = f.event_type {
        arg(&mut sql, " AND e.type = ?", Value::Text(t.code().into()));
    }
    if let Some(m) = f.modality {
        arg(
            &mut sql,
            " AND e.modality = ?",
            Value::Text(m.code().into()),
        );
    }
    if let Some(a) = f.actor.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
        arg(
            &mut sql,
            " AND (e.actor1 = ? OR EXISTS (SELECT 1 FROM json_each(e.assoc_actors) j WHERE j.value = ?))",
            Value::Text(a.to_ascii_uppercase()),
        );
    }
    if let Some(a) = f.admin1.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
        arg(
            &mut sql,
            " AND e.admin1 = ? COLLATE NOCASE",
            Value::Text(a.to_string()),
        );
    }
    if let (Some(s), Some(u)) = (f.since, f.until)
        && s > u
    {
        return Err(Error::Filter(format!("since {s} is after until {u}")));
    }
    if let Some(s) = f.since {
        arg(&mut sql, " AND e.date >= ?", Value::Text(s.to_string()));
    }
    if let Some(u) = f.until {
        arg(&mut sql, " AND e.date <= ?", Value::Text(u.to_string()));
    }
    if let Some(n) = f.near {
        n.validate()?;
        let (dlat, dlon) = box_degrees(n.lat, n.km);
        let b = BBox {
            west: n.lon - dlon,
            south: n.lat - dlat,
            east: n.lon + dlon,
            north: n.lat + dlat,
        };
        box_clause(&mut sql, &mut arg, b);
    }
    if let Some(b) = f.bbox {
        box_clause(&mut sql, &mut arg, b);
    }
    if let Some(q) = &f.q {
        arg(
            &mut sql,
            " AND e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
            Value::Text(fts::match_expr(q)?),
        );
    }
    if let Some(a) = &f.article_id {
        arg(&mut sql, " AND e.article_id = ?", Value::Text(a.clone()));
    }
    if let Some(i) = &f.incident_id {
        arg(&mut sql, " AND e.incident_id = ?", Value::Text(i.clone()));
    }
    if let Some(c) = &f.after {
        // After (d, id) in "date DESC, id": an earlier day, the same day and a later id, or
        // undated; after an undated event, only undated ones with a later id.
        match c.date {
            Some(d) => {
                arg(&mut sql, " AND (e.date < ?", Value::Text(d.to_string()));
                arg(&mut sql, " OR (e.date = ?", Value::Text(d.to_string()));
                arg(
                    &mut sql,
                    " AND e.id > ?) OR e.date IS NULL)",
                    Value::Text(c.id.clone()),
                );
            }
            None => arg(
                &mut sql,
                " AND e.date IS NULL AND e.id > ?",
                Value::Text(c.id.clone()),
            ),
        }
    }
    Ok((sql, args))
}

/// A rectangle on lat/lon. A large one (a square degree or more) is marked as not selective,
/// so SQLite walks the date index and stops at the page's end instead of sorting every event
/// in the box; a small one keeps the latitude index.
fn box_clause(sql: &mut String, arg: &mut impl FnMut(&mut String, &str, Value), b: BBox) {
    let large = (b.north - b.south) * (b.east - b.west) >= 1.0;
    // likelihood() must wrap each term: around the conjunction SQLite ignores it.
    let term = |t: &str| {
        if large {
            format!(" AND likelihood({t}, 0.9)")
        } else {
            format!(" AND {t}")
        }
    };
    arg(sql, &term("e.lat >= ?"), Value::Real(b.south));
    arg(sql, &term("e.lat <= ?"), Value::Real(b.north));
    arg(sql, &term("e.lon >= ?"), Value::Real(b.west));
    arg(sql, &term("e.lon <= ?"), Value::Real(b.east));
}

pub(crate) fn parse_date(s: Option<String>) -> Result<Option<Date>> {
    s.map(|s| {
        s.parse::<Date>()
            .map_err(|e| Error::Store(format!("stored date {s:?}: {e}")))
    })
    .transpose()
}

fn span(start: Option<u32>, end: Option<u32>) -> Span {
    Span {
        start: start.unwrap_or(0),
        end: end.unwrap_or(0),
    }
}

/// A row of [`COLUMNS`] (`with_urls`) or of [`PAGE_COLUMNS`] (URLs left empty).
fn from_row(r: &Row, with_urls: bool) -> Result<StoredEvent> {
    let id: String = r.get(0)?;
    let ty: String = r.get(2)?;
    let event_type = EventType::from_code(&ty)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown type {ty:?}")))?;
    let modality_code: String = r.get(18)?;
    let modality = Modality::from_code(&modality_code)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown modality {modality_code:?}")))?;
    let name: Option<String> = r.get(6)?;
    let lat: Option<f64> = r.get(8)?;
    let lon: Option<f64> = r.get(9)?;
    let location = match (name, lat, lon) {
        (Some(name), Some(lat), Some(lon)) => Some(Place {
            name,
            name_ar: r.get(7)?,
            lat,
            lon,
            admin1: r.get(10)?,
            admin2: r.get(11)?,
            country: r.get(12)?,
            geo_precision: r.get::<_, Option<u8>>(13)?.unwrap_or(3),
            span: span(r.get(14)?, r.get(15)?),
        }),
        _ => None,
    };
    let assoc: String = r.get(4)?;
    let evidence: String = r.get(20)?;
    let quantities: String = r.get(22)?;
    let urls: Vec<String> = if with_urls {
        serde_json::from_str(&r.get::<_, String>(32)?)?
    } else {
        Vec::new()
    };
    let event = Event {
        id,
        event_type,
        actor1: r.get(3)?,
        assoc_actors: serde_json::from_str(&assoc)?,
        target: r.get(5)?,
        location,
        date: parse_date(r.get(16)?)?,
        time_precision: r.get(17)?,
        weekday: weekday(r)?,
        quantities: serde_json::from_str(&quantities)?,
        modality,
        note: r.get(19)?,
        evidence: serde_json::from_str(&evidence)?,
    };
    Ok(StoredEvent {
        event,
        article_id: r.get(1)?,
        incident_id: r.get(23)?,
        incident: IncidentStats {
            events: r.get::<_, i64>(24)?.max(0) as u64,
            articles: r.get::<_, i64>(25)?.max(0) as u64,
            outlets: r.get::<_, i64>(26)?.max(0) as u64,
            earliest_date: parse_date(r.get(27)?)?,
        },
        sentence: r.get(21)?,
        article_title: r.get(28)?,
        outlet: r.get(29)?,
        url: urls.first().cloned(),
        urls,
        published: parse_date(r.get(30)?)?,
        stored_at: r.get(31)?,
    })
}

/// A row of [`PAGE_COLUMNS`] as borrowed values, with the field names and order of
/// [`StoredEvent`] (its `Event` flattened) and [`Place`] up to `outlet`; `url`, `urls`,
/// `published` and `stored_at` follow (see `events_json`). A test checks the bytes match.
#[derive(Serialize)]
struct EventJson<'a> {
    id: &'a str,
    event_type: EventType,
    actor1: Option<&'a str>,
    assoc_actors: Vec<String>,
    target: Option<&'a str>,
    location: Option<PlaceJson<'a>>,
    date: Option<Date>,
    time_precision: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", with = "weekday_name")]
    weekday: Option<Weekday>,
    quantities: Vec<Quantity>,
    modality: Modality,
    note: &'a str,
    evidence: Evidence,
    article_id: &'a str,
    incident_id: &'a str,
    incident: IncidentStats,
    sentence: &'a str,
    article_title: Option<&'a str>,
    outlet: Option<&'a str>,
}

/// One event of a page in the scratch buffer: its JSON up to `outlet` (no closing brace),
/// from `published` on, and its URLs (id, url) as found.
struct Part {
    head: std::ops::Range<usize>,
    tail: std::ops::Range<usize>,
    urls: Vec<(i64, String)>,
}

#[derive(Serialize)]
struct PlaceJson<'a> {
    name: &'a str,
    name_ar: Option<&'a str>,
    lat: f64,
    lon: f64,
    admin1: Option<&'a str>,
    admin2: Option<&'a str>,
    country: Option<&'a str>,
    geo_precision: u8,
    span: Span,
}

fn opt_text<'r>(r: &'r Row, i: usize) -> Result<Option<&'r str>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(b) => std::str::from_utf8(b)
            .map(Some)
            .map_err(|e| Error::Store(format!("column {i}: {e}"))),
        other => Err(Error::Store(format!(
            "column {i}: expected text, got {:?}",
            other.data_type()
        ))),
    }
}

fn text<'r>(r: &'r Row, i: usize) -> Result<&'r str> {
    opt_text(r, i)?.ok_or_else(|| Error::Store(format!("column {i}: unexpected NULL")))
}

/// The stored ISO weekday number (Monday 1 to Sunday 7) of an undated event.
fn weekday(r: &Row) -> Result<Option<Weekday>> {
    weekday_from_number(r.get(WEEKDAY_COLUMN)?)
}

pub(crate) fn weekday_from_number(n: Option<i8>) -> Result<Option<Weekday>> {
    n.map(|n| {
        Weekday::from_monday_one_offset(n)
            .map_err(|e| Error::Store(format!("stored weekday {n}: {e}")))
    })
    .transpose()
}

fn date_ref(s: Option<&str>) -> Result<Option<Date>> {
    s.map(|s| {
        s.parse::<Date>()
            .map_err(|e| Error::Store(format!("stored date {s:?}: {e}")))
    })
    .transpose()
}

/// One row of [`PAGE_COLUMNS`] as JSON in two parts around the URLs, the same values
/// [`from_row`] reads.
fn write_row(r: &Row, out: &mut Vec<u8>) -> Result<Part> {
    let id = text(r, 0)?;
    let ty = text(r, 2)?;
    let event_type = EventType::from_code(ty)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown type {ty:?}")))?;
    let modality_code = text(r, 18)?;
    let modality = Modality::from_code(modality_code)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown modality {modality_code:?}")))?;
    let name = opt_text(r, 6)?;
    let lat: Option<f64> = r.get(8)?;
    let lon: Option<f64> = r.get(9)?;
    let location = match (name, lat, lon) {
        (Some(name), Some(lat), Some(lon)) => Some(PlaceJson {
            name,
            name_ar: opt_text(r, 7)?,
            lat,
            lon,
            admin1: opt_text(r, 10)?,
            admin2: opt_text(r, 11)?,
            country: opt_text(r, 12)?,
            geo_precision: r.get::<_, Option<u8>>(13)?.unwrap_or(3),
            span: span(r.get(14)?, r.get(15)?),
        }),
        _ => None,
    };
    let ev = EventJson {
        id,
        event_type,
        actor1: opt_text(r, 3)?,
        assoc_actors: serde_json::from_str(text(r, 4)?)?,
        target: opt_text(r, 5)?,
        location,
        date: date_ref(opt_text(r, 16)?)?,
        time_precision: r.get(17)?,
        weekday: weekday(r)?,
        quantities: serde_json::from_str(text(r, 22)?)?,
        modality,
        note: text(r, 19)?,
        evidence: serde_json::from_str(text(r, 20)?)?,
        article_id: text(r, 1)?,
        incident_id: text(r, 23)?,
        incident: IncidentStats {
            events: r.get::<_, i64>(24)?.max(0) as u64,
            articles: r.get::<_, i64>(25)?.max(0) as u64,
            outlets: r.get::<_, i64>(26)?.max(0) as u64,
            earliest_date: date_ref(opt_text(r, 27)?)?,
        },
        sentence: text(r, 21)?,
        article_title: opt_text(r, 28)?,
        outlet: opt_text(r, 29)?,
    };
    let start = out.len();
    serde_json::to_writer(&mut *out, &ev)?;
    // Reopen the object: the URLs go after `outlet`.
    if out.pop() != Some(b'}') {
        return Err(Error::Store(format!("event {id}: JSON not an object")));
    }
    let head = start..out.len();
    let tail_start = out.len();
    out.extend_from_slice(b",\"published\":");
    serde_json::to_writer(&mut *out, &date_ref(opt_text(r, 30)?)?)?;
    out.extend_from_slice(b",\"stored_at\":");
    serde_json::to_writer(&mut *out, &r.get::<_, i64>(31)?)?;
    out.push(b'}');
    Ok(Part {
        head,
        tail: tail_start..out.len(),
        urls: Vec::new(),
    })
}
