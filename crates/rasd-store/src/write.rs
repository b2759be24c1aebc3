//! Idempotent, transactional writes. A batch is one IMMEDIATE transaction: it commits whole
//! or not at all, so a bad item never leaves half an article behind.

use std::collections::BTreeSet;

use rasd_extract::{Analysis, ArticleInput, Event, EventType, Span};
use rasd_text::Signature;
use rusqlite::{Transaction, TransactionBehavior, params};
use serde::Serialize;

use crate::incidents::{
    EventLike, ensure_incident, event_exists, find_incident, incident_of_event,
    incidents_of_article, merge_incidents, refresh_incident, undated_at_site,
};
use crate::{Error, Result, Store, fts};

/// What one `insert_batch` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BatchOutcome {
    /// Articles stored for the first time.
    pub new_articles: usize,
    /// Articles whose id was already stored (their events were not written again).
    pub duplicate_articles: usize,
    /// Events written by this batch.
    pub events_stored: usize,
    /// URLs recorded, for new and for already stored articles.
    pub new_urls: usize,
    /// Incidents started by this batch (the other stored events joined existing ones).
    pub new_incidents: usize,
    /// Incidents of undated reports merged into a dated one at the same site.
    pub merged_incidents: usize,
    /// New articles that are near-copies of a stored one: kept and linked to it, their
    /// events not stored again.
    pub near_duplicates: usize,
    /// Control assertions written by this batch.
    pub control_stored: usize,
}

impl Store {
    /// Stores analysed articles in one transaction. An article id already stored is a no-op,
    /// except that a URL not seen before is recorded. Any error rolls the whole batch back.
    pub fn insert_batch(&mut self, items: &[(ArticleInput, Analysis)]) -> Result<BatchOutcome> {
        self.insert_iter(items.iter().map(|(i, a)| (i, a)))
    }

    /// [`Store::insert_batch`] over borrowed pairs (no need to build a slice of owned ones).
    pub fn insert_iter<'a>(
        &mut self,
        items: impl IntoIterator<Item = (&'a ArticleInput, &'a Analysis)>,
    ) -> Result<BatchOutcome> {
        self.insert_iter_light(
            items.into_iter().map(|(i, a)| (i, a, false)),
            &mut |_: &ArticleInput| Analysis::default(),
        )
    }

    /// [`Store::insert_iter`] where an analysis flagged `true` is light (id, title, body,
    /// related links and signature, no events): enough for an article already stored or a
    /// near-copy of a stored one. For any other, `full` gives the whole analysis.
    pub fn insert_iter_light<'a>(
        &mut self,
        items: impl IntoIterator<Item = (&'a ArticleInput, &'a Analysis, bool)>,
        full: &mut dyn FnMut(&ArticleInput) -> Analysis,
    ) -> Result<BatchOutcome> {
        let stored_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = BatchOutcome::default();
        // Incidents whose counts the batch changed, recounted once at its end: a busy
        // incident gains events from many articles of one batch.
        let mut touched = BTreeSet::new();
        for (input, analysis, light) in items {
            insert_one(
                &tx,
                input,
                (analysis, light),
                &mut *full,
                stored_at,
                (&mut out, &mut touched),
            )?;
        }
        for inc in &touched {
            refresh_incident(&tx, inc)?;
        }
        tx.commit()?;
        Ok(out)
    }
}

/// `full` analyses an article whose analysis is light and that turns out to be new.
fn insert_one(
    tx: &Transaction,
    input: &ArticleInput,
    (an, light): (&Analysis, bool),
    full: &mut dyn FnMut(&ArticleInput) -> Analysis,
    stored_at: i64,
    (out, touched): (&mut BatchOutcome, &mut BTreeSet<String>),
) -> Result<()> {
    let id = an.article_id.as_str();
    if id.trim().is_empty() {
        return Err(Error::Invalid("article without an id".into()));
    }
    let outlet = input
        .outlet
        .clone()
        .filter(|o| !o.trim().is_empty())
        .or_else(|| input.url.as_deref().and_then(url_host));
    let exists = tx
        .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
        .exists([id])?;
    if exists {
        out.duplicate_articles += 1;
        if add_source(tx, id, input.url.as_deref(), outlet.as_deref(), touched)? {
            out.new_urls += 1;
        }
        return Ok(());
    }
    validate_span(&input.text, an.body, || format!("article {id}: body"))?;
    let copy_of = match &an.signature {
        Some(sig) => near_duplicate_of(tx, sig)?,
        None => None,
    };
    // Light and not a copy: its events are wanted. The full analysis has the same id,
    // body and signature, so nothing above changes.
    let whole;
    let an = if light && copy_of.is_none() {
        whole = full(input);
        &whole
    } else {
        an
    };
    let title = an.title.as_ref().or(input.title.as_ref());
    tx.prepare_cached(
        "INSERT INTO articles (id, title, outlet, published, lang, text, body_start, body_end,
                               stored_at, minhash, duplicate_of, author)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id,
        title,
        outlet,
        input.published.or(an.page_date).map(|d| d.to_string()),
        input.lang,
        input.text,
        an.body.start,
        an.body.end,
        stored_at,
        an.signature.as_ref().map(|s| s.to_bytes()),
        copy_of,
        input
            .author
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty()),
    ])?;
    out.new_articles += 1;
    if record_url(tx, id, input.url.as_deref(), outlet.as_deref())? {
        out.new_urls += 1;
    }
    if let Some(original) = &copy_of {
        // A syndicated or lightly edited copy: one more source for the original's incidents,
        // not a second set of events.
        out.near_duplicates += 1;
        add_source(
            tx,
            original,
            input.url.as_deref(),
            outlet.as_deref(),
            touched,
        )?;
        return Ok(());
    }
    if let Some(sig) = &an.signature {
        let mut st = tx.prepare_cached(
            "INSERT OR IGNORE INTO article_bands (band, key, article_id) VALUES (?1, ?2, ?3)",
        )?;
        for (band, key) in sig.band_keys().iter().enumerate() {
            st.execute(params![band as i64, key, id])?;
        }
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO related_links (article_id, seq, title, span_start, span_end)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, r) in an.related.iter().enumerate() {
        st.execute(params![id, i as i64, r.title, r.span.start, r.span.end])?;
    }
    // The first event stored of each trigger: one word told of one act, wherever it hit.
    let mut acts: Vec<(Span, EventType, &str)> = Vec::new();
    for ev in &an.events {
        let trigger = ev.evidence.trigger;
        let act = acts
            .iter()
            .find(|(t, ty, _)| !trigger.is_empty() && *t == trigger && *ty == ev.event_type)
            .map(|(_, _, first)| *first);
        if let Some(inc) = insert_event(tx, id, &input.text, ev, act, out)? {
            if act.is_none() {
                acts.push((trigger, ev.event_type, ev.id.as_str()));
            }
            touched.insert(inc);
        }
    }
    for a in &an.control {
        if crate::control::insert_control(tx, id, &input.text, a)? {
            out.control_stored += 1;
        }
    }
    Ok(())
}

/// The stored original that an article with this signature nearly copies (the most similar
/// one sharing an LSH band), if any.
fn near_duplicate_of(tx: &Transaction, sig: &Signature) -> Result<Option<String>> {
    let mut st = tx.prepare_cached(
        "SELECT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id
          WHERE b.band = ?1 AND b.key = ?2",
    )?;
    let mut best: Option<(f64, String)> = None;
    for (band, key) in sig.band_keys().iter().enumerate() {
        let mut rows = st.query(params![band as i64, key])?;
        while let Some(r) = rows.next()? {
            let blob: Option<Vec<u8>> = r.get(1)?;
            let Some(other) = blob.as_deref().and_then(Signature::from_bytes) else {
                continue;
            };
            let j = sig.jaccard(&other);
            if other.near_duplicate(sig) && best.as_ref().is_none_or(|(b, _)| j > *b) {
                best = Some((j, r.get(0)?));
            }
        }
    }
    Ok(best.map(|(_, id)| id))
}

/// Records `url` for a stored article and, when it is new, marks the incidents the article
/// reports for a recount (the URL may bring a new outlet); true if it was not recorded before.
fn add_source(
    tx: &Transaction,
    id: &str,
    url: Option<&str>,
    outlet: Option<&str>,
    touched: &mut BTreeSet<String>,
) -> Result<bool> {
    // Only an outlet the article did not have yet changes its incidents' outlet counts;
    // recounting on every copy grew with the copies an article already had.
    let new_outlet = adds_outlet(tx, id, outlet)?;
    let new = record_url(tx, id, url, outlet)?;
    if new && new_outlet {
        touched.extend(incidents_of_article(tx, id)?);
    }
    Ok(new)
}

/// Whether `outlet` would be a new outlet for the article, compared as the incident outlet
/// count compares them (`lower(trim(..))`, blank ones not counted).
fn adds_outlet(tx: &Transaction, id: &str, outlet: Option<&str>) -> Result<bool> {
    let Some(outlet) = outlet else {
        return Ok(false);
    };
    Ok(tx
        .prepare_cached(
            "SELECT trim(?2) <> ''
                AND NOT EXISTS (SELECT 1 FROM articles
                                 WHERE id = ?1 AND lower(trim(outlet)) = lower(trim(?2)))
                AND NOT EXISTS (SELECT 1 FROM article_urls
                                 WHERE article_id = ?1 AND lower(trim(outlet)) = lower(trim(?2)))",
        )?
        .query_row(params![id, outlet], |r| r.get(0))?)
}

/// Records `url` for an article; true if it was not recorded before.
fn record_url(tx: &Transaction, id: &str, url: Option<&str>, outlet: Option<&str>) -> Result<bool> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(false);
    };
    let n = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO article_urls (article_id, url, outlet) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, url, outlet])?;
    Ok(n > 0)
}

/// The host of a URL without "www.", as the outlet of last resort.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

pub(crate) fn validate_span(text: &str, span: Span, what: impl Fn() -> String) -> Result<()> {
    if span.is_empty() || text.get(span.range()).is_some() {
        return Ok(());
    }
    Err(Error::Invalid(format!(
        "{}: span {}..{} is not inside the text ({} bytes) on character boundaries",
        what(),
        span.start,
        span.end,
        text.len()
    )))
}

fn validate_event(article: &str, text: &str, ev: &Event) -> Result<()> {
    let at = || format!("article {article}: event {}", ev.id);
    if ev.id.trim().is_empty() {
        return Err(Error::Invalid(format!(
            "article {article}: event without an id"
        )));
    }
    validate_span(text, ev.evidence.sentence, || {
        format!("{} evidence sentence", at())
    })?;
    validate_span(text, ev.evidence.trigger, || format!("{} trigger", at()))?;
    if let Some(p) = &ev.location {
        let ok = p.lat.is_finite()
            && p.lon.is_finite()
            && (-90.0..=90.0).contains(&p.lat)
            && (-180.0..=180.0).contains(&p.lon);
        if !ok {
            return Err(Error::Invalid(format!(
                "{}: place {:?} has coordinates {}, {} out of range",
                at(),
                p.name,
                p.lat,
                p.lon
            )));
        }
    }
    if ev.time_precision.is_some_and(|t| !(1..=3).contains(&t)) {
        return Err(Error::Invalid(format!(
            "{}: time_precision must be 1, 2 or 3",
            at()
        )));
    }
    Ok(())
}

/// Inserts one event and returns its incident id; `None` if the event id was already stored.
/// `act` is the id of an event the article told with the same trigger word ("قصف … استهدف
/// قرى عقيبة وقنطرة وصوغوناكة"): one act at several places is one incident, the one that
/// event is in now (a merge since may have moved it).
fn insert_event(
    tx: &Transaction,
    article: &str,
    text: &str,
    ev: &Event,
    act: Option<&str>,
    out: &mut BatchOutcome,
) -> Result<Option<String>> {
    validate_event(article, text, ev)?;
    if event_exists(tx, &ev.id)? {
        return Ok(None);
    }
    let like = EventLike::from(ev);
    let found = find_incident(tx, &like)?;
    if let Some(inc) = &found {
        // Undated reports of this very site were waiting for a day: this is it.
        if let Some(waiting) = undated_at_site(tx, &like, inc)? {
            merge_incidents(tx, &waiting, inc)?;
            out.merged_incidents += 1;
        }
    }
    let act = match act {
        Some(first) => incident_of_event(tx, first)?,
        None => None,
    };
    let act = act.as_deref();
    let incident = match (found, act) {
        (Some(inc), Some(act)) if inc != act => {
            merge_incidents(tx, &inc, act)?;
            out.merged_incidents += 1;
            act.to_string()
        }
        (_, Some(act)) => act.to_string(),
        (Some(inc), None) => inc,
        (None, None) => {
            if ensure_incident(tx, &ev.id)? {
                out.new_incidents += 1;
            }
            ev.id.clone()
        }
    };
    let sentence = text.get(ev.evidence.sentence.range()).unwrap_or("");
    let p = ev.location.as_ref();
    tx.prepare_cached(
        "INSERT INTO events (id, article_id, type, actor1, assoc_actors, target,
            place_name, place_name_ar, lat, lon, admin1, admin2, country, geo_precision,
            place_start, place_end, date, time_precision, modality, note, evidence, sentence,
            quantities, fatalities, incident_id, weekday)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
    )?
    .execute(params![
        ev.id,
        article,
        ev.event_type.code(),
        ev.actor1,
        serde_json::to_string(&ev.assoc_actors)?,
        ev.target,
        p.map(|p| &p.name),
        p.and_then(|p| p.name_ar.as_ref()),
        p.map(|p| p.lat),
        p.map(|p| p.lon),
        p.and_then(|p| p.admin1.as_ref()),
        p.and_then(|p| p.admin2.as_ref()),
        p.and_then(|p| p.country.as_ref()),
        p.map(|p| p.geo_precision),
        p.map(|p| p.span.start),
        p.map(|p| p.span.end),
        ev.date.map(|d| d.to_string()),
        ev.time_precision,
        ev.modality.code(),
        ev.note,
        serde_json::to_string(&ev.evidence)?,
        sentence,
        serde_json::to_string(&ev.quantities)?,
        ev.fatalities() as i64,
        incident,
        ev.weekday.map(|w| w.to_monday_one_offset()),
    ])?;
    let seq = tx.last_insert_rowid();
    let mut parts = vec![sentence, ev.note.as_str()];
    if let Some(p) = p {
        parts.push(&p.name);
        parts.extend(p.name_ar.as_deref());
        parts.extend(p.admin1.as_deref());
        parts.extend(p.admin2.as_deref());
    }
    tx.prepare_cached("INSERT INTO events_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![seq, fts::index_text(parts)])?;
    out.events_stored += 1;
    Ok(Some(incident))
}

#[cfg(test)]
mod tests {
    use super::url_host;

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.Example.com/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(url_host("http://x.org:8080").as_deref(), Some("x.org"));
        assert_eq!(url_host("").as_deref(), None);
    }
}
