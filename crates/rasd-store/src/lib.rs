//! The rasd event store: one SQLite file with articles, their URLs, events with provenance,
//! incidents (the same real-world occurrence reported by several articles) and a full-text
//! index over normalised Arabic and English.
//!
//! - [`Store::insert_batch`] writes analysed articles in one transaction, idempotently: an
//!   article id already stored is a no-op apart from recording a new URL.
//! - [`Store::events`] / [`Store::for_each_event`] query with an [`EventFilter`].
//! - [`export`] writes ACLED-style CSV, GeoJSON and JSON Lines.
//! - [`same_incident`] is the pure rule that groups events into incidents.
//! - [`registry`], [`Store::site_postures`] and [`Store::site_detail`]: force posture at
//!   bases, airports, fields and crossings.
//! - [`FeedState`] and the `feed_*` methods keep `rasd watch`'s polling state.

mod bounds;
mod browse;
mod control;
mod error;
pub mod export;
mod feeds;
mod fts;
mod incident_view;
mod incidents;
mod picture;
mod query;
mod schema;
mod sites;
mod write;

use std::path::Path;

use rusqlite::Connection;

pub use bounds::{BBox, Cursor};
pub use browse::{ArticleMeta, DayCount, IncidentFilter, IncidentRow, KeyCount, Stats};
pub use control::{ControlFilter, StoredAssertion};
pub use error::{Error, Result};
pub use export::{ExportCount, ExportFormat};
pub use feeds::FeedState;
pub use incident_view::{IncidentSummary, merge_figures};
pub use incidents::{
    EventLike, INCIDENT_MAX_DAYS, INCIDENT_RADIUS_KM, haversine_km, same_incident,
};
pub use picture::{AssertionRef, ControlMonth, ControlPicture, LocalityControl};
pub use query::{EventFilter, IncidentStats, Near, StoredEvent};
pub use sites::{
    AT_SITE_KM, ActorPosture, Bound, CUE_SITE_KM, LastReport, Link, NEAR_SITE_KM, Placed, Presence,
    SITE_CSV_HEADER, SITE_KINDS, Site, SiteDetail, SiteHit, SitePosture, TimelineEntry, Total,
    associate, cue_kinds, figure_text, find_site, posture, registry, sum_figures, write_site_csv,
};
pub use write::BatchOutcome;

/// A handle on one store. Not `Sync`: open one per thread (SQLite in WAL mode lets readers run
/// beside the single writer).
pub struct Store {
    conn: Connection,
}

/// Row counts, for status lines and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreCounts {
    pub articles: u64,
    pub urls: u64,
    pub events: u64,
    pub incidents: u64,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::init(conn).map_err(|e| match e {
            Error::Sqlite(source) => Error::Open {
                path: path.to_path_buf(),
                source,
            },
            other => other,
        })
    }

    /// A private store that lives as long as the handle (tests, `rasd eval`).
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        // WAL: readers (the web server) never block the ingest writer.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A 32 MB page cache keeps the incident and FTS indexes of a growing store in memory.
        conn.pragma_update(None, "cache_size", -32768)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Checkpoint the WAL every 40 MB rather than 4 MB: a batch commit of a large ingest
        // wrote past 4 MB each time, so every commit also copied the hot index pages back.
        conn.pragma_update(None, "wal_autocheckpoint", 10000)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // The writer uses more distinct statements than the default cache of 16 holds.
        conn.set_prepared_statement_cache_capacity(64);
        // Plan once: otherwise SQLite re-plans the incident lookup (a range query) for every
        // new set of bound values, which cost a seventh of ingest time.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version of this store (SQLite `user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// SQLite's own consistency check of the whole file: true when it finds nothing wrong.
    pub fn integrity_ok(&self) -> Result<bool> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(verdict == "ok")
    }

    pub fn counts(&self) -> Result<StoreCounts> {
        let one = |sql: &str| -> Result<u64> {
            let n: i64 = self.conn.query_row(sql, [], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        };
        Ok(StoreCounts {
            articles: one("SELECT COUNT(*) FROM articles")?,
            urls: one("SELECT COUNT(*) FROM article_urls")?,
            events: one("SELECT COUNT(*) FROM events")?,
            incidents: one("SELECT COUNT(*) FROM incidents")?,
        })
    }

    /// The URLs an article was seen at, in the order they were first recorded.
    pub fn article_urls(&self, article_id: &str) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT url FROM article_urls WHERE article_id = ?1 ORDER BY id")?;
        let urls = st
            .query_map([article_id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(urls)
    }

    /// Whether an article id is already stored.
    pub fn has_article(&self, article_id: &str) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
        Ok(st.exists([article_id])?)
    }

    /// The stored text of an article (evidence spans index into it).
    pub fn article_text(&self, article_id: &str) -> Result<Option<String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT text FROM articles WHERE id = ?1")?;
        let mut rows = st.query([article_id])?;
        match rows.next()? {
            Some(r) => Ok(Some(r.get(0)?)),
            None => Ok(None),
        }
    }
}
