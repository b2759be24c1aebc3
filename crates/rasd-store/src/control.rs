//! Control assertions in the store: written with their article, read back with their sources
//! for `rasd control`, the API and `rasd eval`.

use jiff::civil::Date;
use rasd_extract::ControlAssertion;
use rusqlite::{Transaction, params};
use serde::Serialize;

use crate::{Error, Result, Store};

/// A stored assertion with where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredAssertion {
    #[serde(flatten)]
    pub assertion: ControlAssertion,
    pub article_id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    /// The evidence sentence as written.
    pub sentence: String,
}

/// Which assertions to read.
#[derive(Debug, Clone, Default)]
pub struct ControlFilter {
    pub article_id: Option<String>,
    /// Only assertions dated on or before this day (undated ones are kept: see `undated`).
    pub until: Option<Date>,
    /// Only assertions dated on or after this day (undated ones likewise).
    pub since: Option<Date>,
    /// Keep assertions without a date.
    pub undated: bool,
    pub actor: Option<String>,
}

pub(crate) fn insert_control(
    tx: &Transaction,
    article: &str,
    text: &str,
    a: &ControlAssertion,
) -> Result<bool> {
    let at = || format!("article {article}: control assertion {}", a.id);
    if a.id.trim().is_empty() || a.actor.trim().is_empty() {
        return Err(Error::Invalid(format!("{}: no id or actor", at())));
    }
    crate::write::validate_span(text, a.evidence.sentence, || format!("{} sentence", at()))?;
    crate::write::validate_span(text, a.evidence.cue, || format!("{} cue", at()))?;
    if let Some(p) = &a.area.place
        && !(p.lat.is_finite() && p.lon.is_finite())
    {
        return Err(Error::Invalid(format!(
            "{}: place without coordinates",
            at()
        )));
    }
    let sentence = text.get(a.evidence.sentence.range()).unwrap_or("");
    let n = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO control (id, article_id, kind, actor, scope, admin1, date,
                 modality, assertion, sentence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            a.id,
            article,
            a.kind.code(),
            a.actor,
            a.area.scope.code(),
            a.area.admin1,
            a.date.map(|d| d.to_string()),
            a.modality.code(),
            serde_json::to_string(a)?,
            sentence,
        ])?;
    Ok(n > 0)
}

impl Store {
    /// Control assertions, oldest first (undated last), with their article's outlet and URL.
    pub fn control_assertions(&self, f: &ControlFilter) -> Result<Vec<StoredAssertion>> {
        let mut sql = String::from(
            "SELECT c.assertion, c.article_id, a.outlet, a.published, c.sentence,
                    (SELECT url FROM article_urls u WHERE u.article_id = c.article_id
                     ORDER BY u.id LIMIT 1)
             FROM control c JOIN articles a ON a.id = c.article_id WHERE 1=1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(id) = &f.article_id {
            sql.push_str(" AND c.article_id = ?");
            args.push(id.clone().into());
        }
        if let Some(u) = f.until {
            sql.push_str(if f.undated {
                " AND (c.date IS NULL OR c.date <= ?)"
            } else {
                " AND c.date <= ?"
            });
            args.push(u.to_string().into());
        } else if !f.undated {
            sql.push_str(" AND c.date IS NOT NULL");
        }
        if let Some(d) = f.since {
            sql.push_str(if f.undated {
                " AND (c.date IS NULL OR c.date >= ?)"
            } else {
                " AND c.date >= ?"
            });
            args.push(d.to_string().into());
        }
        if let Some(actor) = &f.actor {
            sql.push_str(" AND c.actor = ?");
            args.push(actor.clone().into());
        }
        sql.push_str(" ORDER BY c.date IS NULL, c.date, c.rowid");
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (json, article_id, outlet, published, sentence, url) = row?;
            let assertion: ControlAssertion = serde_json::from_str(&json)?;
            out.push(StoredAssertion {
                assertion,
                article_id,
                outlet,
                url,
                published: published.and_then(|p| p.parse().ok()),
                sentence,
            });
        }
        Ok(out)
    }
}
