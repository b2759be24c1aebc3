//! Schema and migrations. `PRAGMA user_version` records how many migrations ran; each runs
//! in its own transaction, so a store is never left half-migrated.

use rusqlite::{Connection, TransactionBehavior};

use crate::{Error, Result};

/// Append only: never edit a migration that has shipped.
const MIGRATIONS: &[&str] = &[
    // 1: initial schema
    r#"
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,              -- YYYY-MM-DD
    lang        TEXT,
    text        TEXT NOT NULL,
    body_start  INTEGER NOT NULL,
    body_end    INTEGER NOT NULL,
    stored_at   INTEGER NOT NULL   -- unix seconds, for ACLED's `timestamp`
);

-- The same text at several URLs is one article with several URLs.
CREATE TABLE article_urls (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    outlet      TEXT,
    UNIQUE (article_id, url)
);
CREATE INDEX article_urls_by_url ON article_urls(url);

CREATE TABLE related_links (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    title       TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE incidents (
    id             TEXT PRIMARY KEY,   -- the id of its first event
    event_count    INTEGER NOT NULL DEFAULT 0,
    article_count  INTEGER NOT NULL DEFAULT 0,
    outlet_count   INTEGER NOT NULL DEFAULT 0,
    earliest_date  TEXT
);

CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,  -- rowid, shared with events_fts
    id             TEXT NOT NULL UNIQUE,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    actor1         TEXT,
    assoc_actors   TEXT NOT NULL DEFAULT '[]',   -- JSON array of codes
    target         TEXT,
    place_name     TEXT,
    place_name_ar  TEXT,
    lat            REAL,
    lon            REAL,
    admin1         TEXT,
    admin2         TEXT,
    country        TEXT,
    geo_precision  INTEGER,
    place_start    INTEGER,
    place_end      INTEGER,
    date           TEXT,                          -- YYYY-MM-DD
    time_precision INTEGER,
    modality       TEXT NOT NULL,
    note           TEXT NOT NULL,
    evidence       TEXT NOT NULL,                 -- JSON Evidence (byte spans)
    sentence       TEXT NOT NULL,                 -- copy of the evidence sentence
    quantities     TEXT NOT NULL DEFAULT '[]',    -- JSON array of Quantity
    fatalities     INTEGER NOT NULL DEFAULT 0,
    incident_id    TEXT NOT NULL REFERENCES incidents(id)
);
CREATE INDEX events_by_date ON events(date DESC, id);
CREATE INDEX events_by_article ON events(article_id);
CREATE INDEX events_by_incident ON events(incident_id);
CREATE INDEX events_by_type ON events(type, date);
CREATE INDEX events_by_actor ON events(actor1);
CREATE INDEX events_by_lat ON events(lat, lon) WHERE lat IS NOT NULL;
-- incident lookup: a day range (or no date), then a latitude band
CREATE INDEX events_by_day_place ON events(date, lat, lon) WHERE lat IS NOT NULL;

-- Contentless: the text is already in `events`; rows are normalised with rasd_text, since
-- unicode61 neither folds Arabic letter variants nor drops harakat.
CREATE VIRTUAL TABLE events_fts USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#,
    // 2: near-duplicate articles (MinHash signature, LSH band keys, the article copied)
    r#"
ALTER TABLE articles ADD COLUMN minhash BLOB;
ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id);
CREATE INDEX articles_by_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
"#,
    // 3: feed polling state for `rasd watch`
    r#"
CREATE TABLE feeds (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    last_poll      INTEGER,            -- unix seconds
    last_ok        INTEGER,
    failures       INTEGER NOT NULL DEFAULT 0,
    next_poll      INTEGER,            -- unix seconds; backoff after failures
    last_error     TEXT
);
CREATE TABLE feed_items (
    feed_url  TEXT NOT NULL,
    item      TEXT NOT NULL,           -- the item's link, else its id
    seen_at   INTEGER NOT NULL,
    PRIMARY KEY (feed_url, item)
) WITHOUT ROWID;
"#,
    // 4: control assertions (who holds which area, as each article says)
    r#"
CREATE TABLE control (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                 -- control | presence | pocket
    actor       TEXT NOT NULL,
    scope       TEXT NOT NULL,                 -- at | near | countryside | bank | admin1 | vague
    admin1      TEXT,
    date        TEXT,                          -- YYYY-MM-DD, the as-of date
    modality    TEXT NOT NULL,
    assertion   TEXT NOT NULL,                 -- JSON ControlAssertion (area, spans, note)
    sentence    TEXT NOT NULL                  -- copy of the evidence sentence
);
CREATE INDEX control_by_article ON control(article_id);
CREATE INDEX control_by_date ON control(date);
"#,
    // 5: the author of an article, where the page or the feed names one
    r#"
ALTER TABLE articles ADD COLUMN author TEXT;
"#,
    // 6: event pages read from indexes alone: a type, governorate or modality filter walks
    // its events in page order (date DESC, id) without sorting or skipping, and a page's
    // incident counts and article metadata come without a second lookup into those tables.
    r#"
DROP INDEX events_by_type;
CREATE INDEX events_by_type ON events(type, date DESC, id);
CREATE INDEX events_by_admin1 ON events(admin1 COLLATE NOCASE, date DESC, id);
CREATE INDEX events_by_modality ON events(modality, date DESC, id);
CREATE INDEX incidents_counts ON incidents(id, event_count, article_count, outlet_count, earliest_date);
CREATE INDEX articles_meta ON articles(id, title, outlet, published, stored_at);
"#,
    // 7: the incident lookup reads its candidates from the indexes alone: every column the
    // rule compares rides along, so a busy place costs no row lookups into the table; an
    // incident's counts (events, articles, earliest day) likewise.
    r#"
DROP INDEX events_by_day_place;
CREATE INDEX events_by_day_place ON events(date, lat, lon, type, actor1, geo_precision,
    incident_id, place_name) WHERE lat IS NOT NULL;
DROP INDEX events_by_lat;
CREATE INDEX events_by_lat ON events(lat, lon, type, actor1, geo_precision, date,
    incident_id, place_name) WHERE lat IS NOT NULL;
DROP INDEX events_by_incident;
CREATE INDEX events_by_incident ON events(incident_id, article_id, date);
"#,
    // 8: the weekday an undated report names (ISO: Monday 1 to Sunday 7), which the incident
    // rule compares; the lookup indexes carry it so that they still cover the rule.
    r#"
ALTER TABLE events ADD COLUMN weekday INTEGER;
DROP INDEX events_by_day_place;
CREATE INDEX events_by_day_place ON events(date, lat, lon, type, actor1, geo_precision,
    incident_id, place_name, weekday) WHERE lat IS NOT NULL;
DROP INDEX events_by_lat;
CREATE INDEX events_by_lat ON events(lat, lon, type, actor1, geo_precision, date,
    incident_id, place_name, weekday) WHERE lat IS NOT NULL;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        // Read the version inside the write lock: another process may be migrating too.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current > SCHEMA_VERSION {
            return Err(Error::Store(format!(
                "schema version {current} is newer than this rasd understands \
                 ({SCHEMA_VERSION}); upgrade rasd"
            )));
        }
        let Some(sql) = MIGRATIONS.get(current.max(0) as usize) else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        // user_version cannot take a bound parameter.
        tx.execute_batch(&format!("PRAGMA user_version = {}", current + 1))?;
        tx.commit()?;
    }
}
