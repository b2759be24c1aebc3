//! Feed polling state: saved and read back, items marked seen, and a version-1 store
//! upgraded in place with its articles intact.

use rasd_store::{FeedState, Store};

#[test]
fn feed_state_round_trips_and_items_are_remembered() {
    let mut s = Store::open_in_memory().unwrap();
    let url = "http://127.0.0.1:1/feed.xml";
    assert_eq!(s.feed_state(url).unwrap().failures, 0);
    let state = FeedState {
        url: url.into(),
        etag: Some("\"v1\"".into()),
        last_modified: Some("Sat, 10 Aug 2024 12:00:00 GMT".into()),
        last_poll: Some(100),
        last_ok: Some(100),
        failures: 2,
        next_poll: Some(700),
        last_error: Some("HTTP status 500".into()),
    };
    s.save_feed_state(&state).unwrap();
    assert_eq!(s.feed_state(url).unwrap(), state);
    s.mark_feed_items(url, ["a", "b", "a"], 100).unwrap();
    assert!(s.feed_item_seen(url, "a").unwrap());
    assert!(!s.feed_item_seen(url, "c").unwrap());
    assert!(!s.feed_item_seen("http://other/", "a").unwrap());
}

#[test]
fn a_store_from_before_feed_polling_is_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let s = Store::open(&path).unwrap();
        drop(s);
        // Back to version 2: what a store written before feed polling looks like.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP INDEX events_by_day_place; DROP INDEX events_by_lat; DROP INDEX events_by_incident;
             CREATE INDEX events_by_day_place ON events(date, lat, lon) WHERE lat IS NOT NULL;
             CREATE INDEX events_by_lat ON events(lat, lon) WHERE lat IS NOT NULL;
             CREATE INDEX events_by_incident ON events(incident_id);
             DROP INDEX incidents_counts; DROP INDEX articles_meta;
             DROP INDEX events_by_admin1; DROP INDEX events_by_modality;
             DROP INDEX events_by_type; CREATE INDEX events_by_type ON events(type, date);
             ALTER TABLE events DROP COLUMN weekday;
             ALTER TABLE articles DROP COLUMN author; DROP TABLE control;
             DROP TABLE feeds; DROP TABLE feed_items;
             PRAGMA user_version = 2;
             INSERT INTO articles (id, text, body_start, body_end, stored_at)
             VALUES ('a1', 'نص', 0, 6, 0);",
        )
        .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 8);
    assert!(s.has_article("a1").unwrap());
    assert_eq!(s.feed_state("http://x/").unwrap().etag, None);
}
