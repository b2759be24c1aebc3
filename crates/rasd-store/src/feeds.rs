//! Polling state of watched feeds: validators for conditional GET, backoff after failures,
//! and the items already seen, so a restarted `rasd watch` fetches only what is new.

use rusqlite::{OptionalExtension, params};

use crate::{Result, Store};

/// What the store remembers about one feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedState {
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds of the last poll, successful or not.
    pub last_poll: Option<i64>,
    pub last_ok: Option<i64>,
    /// Failures in a row (0 after a success).
    pub failures: u32,
    /// Unix seconds before which the feed is not polled again.
    pub next_poll: Option<i64>,
    pub last_error: Option<String>,
}

impl Store {
    /// The stored state of `url`, or a fresh one.
    pub fn feed_state(&self, url: &str) -> Result<FeedState> {
        let mut st = self.conn.prepare_cached(
            "SELECT etag, last_modified, last_poll, last_ok, failures, next_poll, last_error
             FROM feeds WHERE url = ?1",
        )?;
        let state = st
            .query_row([url], |r| {
                Ok(FeedState {
                    url: url.to_owned(),
                    etag: r.get(0)?,
                    last_modified: r.get(1)?,
                    last_poll: r.get(2)?,
                    last_ok: r.get(3)?,
                    failures: r.get::<_, i64>(4)?.clamp(0, u32::MAX as i64) as u32,
                    next_poll: r.get(5)?,
                    last_error: r.get(6)?,
                })
            })
            .optional()?;
        Ok(state.unwrap_or_else(|| FeedState {
            url: url.to_owned(),
            ..FeedState::default()
        }))
    }

    pub fn save_feed_state(&mut self, s: &FeedState) -> Result<()> {
        self.conn.execute(
            "INSERT INTO feeds (url, etag, last_modified, last_poll, last_ok, failures, next_poll, last_error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT(url) DO UPDATE SET etag = ?2, last_modified = ?3, last_poll = ?4,
                 last_ok = ?5, failures = ?6, next_poll = ?7, last_error = ?8",
            params![
                s.url,
                s.etag,
                s.last_modified,
                s.last_poll,
                s.last_ok,
                i64::from(s.failures),
                s.next_poll,
                s.last_error
            ],
        )?;
        Ok(())
    }

    /// Whether an item of `feed` was already seen.
    pub fn feed_item_seen(&self, feed: &str, item: &str) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM feed_items WHERE feed_url = ?1 AND item = ?2")?;
        Ok(st.exists([feed, item])?)
    }

    /// Records items of `feed` as seen at `now` (unix seconds).
    pub fn mark_feed_items<'a>(
        &mut self,
        feed: &str,
        items: impl IntoIterator<Item = &'a str>,
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare_cached(
                "INSERT OR IGNORE INTO feed_items (feed_url, item, seen_at) VALUES (?1, ?2, ?3)",
            )?;
            for item in items {
                st.execute(params![feed, item, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
