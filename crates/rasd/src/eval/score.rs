//! Pairing and scores exactly as `shared/spec/eval.md` defines them.

use super::gold::{Case, GoldEvent, admin1_key};
use rasd_extract::haversine_km;
use serde::Serialize;
use std::collections::BTreeMap;

/// A predicted event as the report records it (codes of taxonomy.md, null where unknown).
#[derive(Debug, Clone, Serialize)]
pub struct Pred {
    #[serde(rename = "type")]
    pub ty: String,
    pub actor: Option<String>,
    pub assoc_actors: Vec<String>,
    pub target: Option<String>,
    pub location_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub admin1: Option<String>,
    pub geo_precision: Option<u8>,
    pub date: Option<String>,
    pub time_precision: Option<u8>,
    /// For an undated event, the weekday its report names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<&'static str>,
    pub quantities: Vec<PredQuantity>,
    pub modality: String,
    pub incident_id: Option<String>,
    pub article_index: usize,
    pub note: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PredQuantity {
    pub value: u64,
    pub unit: String,
    pub qualifier: Option<String>,
    pub target: Option<String>,
}

/// Pairing distance given to a prediction inside a governorate-only gold location.
const ADMIN1_MATCH_KM: f64 = 1000.0;

pub fn type_ok(g: &GoldEvent, p: &Pred) -> bool {
    g.ty.0.is_empty() || g.ty.0.iter().any(|t| t == &p.ty)
}

/// (within the gold place, distance in km; infinite when unknown).
pub fn location(g: &GoldEvent, p: &Pred) -> Option<(bool, f64)> {
    let loc = g.location.as_ref().filter(|l| l.is_scorable())?;
    if let Some((lat, lon, r)) = loc.point() {
        return Some(match (p.lat, p.lon) {
            (Some(a), Some(b)) => {
                let d = haversine_km(lat, lon, a, b);
                (d <= r, d)
            }
            _ => (false, f64::INFINITY),
        });
    }
    let ok = match (&loc.admin1, &p.admin1) {
        (Some(g), Some(p)) => admin1_key(g) == admin1_key(p),
        _ => false,
    };
    // Inside a governorate ranks after any point match: a point is the more specific place.
    Some((ok, if ok { ADMIN1_MATCH_KM } else { f64::INFINITY }))
}

pub fn actor_ok(g: &GoldEvent, p: &Pred) -> Option<bool> {
    if g.actor.0.is_empty() {
        return None;
    }
    Some(p.actor.as_deref().is_some_and(|a| {
        g.actor
            .0
            .iter()
            .any(|x| rasd_extract::same_actor_class(x, a))
    }))
}

pub fn date_ok(g: &GoldEvent, p: &Pred) -> Option<bool> {
    let gd: jiff::civil::Date = g.date.as_deref()?.get(..10)?.parse().ok()?;
    let tol = g.date_tolerance_days.unwrap_or(0.0);
    Some(
        p.date
            .as_deref()
            .and_then(|d| d.parse::<jiff::civil::Date>().ok())
            .and_then(|pd| (pd - gd).get_days().checked_abs())
            .is_some_and(|d| f64::from(d) <= tol),
    )
}

/// (gold quantities found, gold quantities given).
pub fn quantity_hits(g: &GoldEvent, p: &Pred) -> (usize, usize) {
    let Some(qs) = g.quantities.as_ref() else {
        return (0, 0);
    };
    let found = qs
        .iter()
        .filter(|q| {
            p.quantities.iter().any(|pq| {
                q.unit.as_deref().is_none_or(|u| u == pq.unit) && q.matches(pq.value as f64)
            })
        })
        .count();
    (found, qs.len())
}

/// Sort key of a candidate pair (smaller is better): outside the gold place, distance,
/// other actor class, other day.
type PairKey = (bool, f64, bool, bool);

/// Greedy one-to-one pairing, best pair first.
pub fn pair(gold: &[GoldEvent], preds: &[Pred]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(PairKey, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if !type_ok(g, p) {
                continue;
            }
            let (inside, dist) = location(g, p).unwrap_or((false, f64::INFINITY));
            let key = (
                !inside,
                dist,
                !actor_ok(g, p).unwrap_or(false),
                !date_ok(g, p).unwrap_or(false),
            );
            cands.push((key, gi, pi));
        }
    }
    cands.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; preds.len()]);
    let mut out = Vec::new();
    for (_, gi, pi) in cands {
        if !gu[gi] && !pu[pi] {
            gu[gi] = true;
            pu[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    pub fn add(&mut self, ok: bool) {
        self.of += 1;
        self.hit += usize::from(ok);
    }
    pub fn value(&self) -> Option<f64> {
        (self.of > 0).then(|| self.hit as f64 / self.of as f64)
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Tally {
    pub cases: usize,
    pub events_gold: usize,
    pub events_pred: usize,
    pub recall: Ratio,
    /// (paired with required gold, predictions − paired with optional gold), complete cases.
    pub precision: Ratio,
    /// Strict pairs over predictions, complete cases (precision side).
    pub strict: Ratio,
    /// Strict pairs in all cases (recall side).
    pub strict_all: usize,
    pub loc: Ratio,
    pub actor: Ratio,
    pub date: Ratio,
    pub qty: Ratio,
    pub dup: Ratio,
    /// Distinct incidents among the predictions, summed over cases.
    pub incidents: usize,
    pub recall_by_type: BTreeMap<String, Ratio>,
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    pub articles_incomplete: usize,
    pub preds_incomplete: usize,
}

/// Scores one case into the tally; returns its detail for the report.
pub fn score_case(case: &Case, preds: &[Pred], t: &mut Tally) -> serde_json::Value {
    let pairs = pair(&case.events, preds);
    t.cases += 1;
    t.events_pred += preds.len();
    let required = case.events.iter().filter(|g| g.required).count();
    t.events_gold += required;
    let mut paired_required = 0;
    let mut paired_optional = 0;
    let mut matched = Vec::new();
    for &(gi, pi) in &pairs {
        let (g, p) = (&case.events[gi], &preds[pi]);
        if !g.required {
            paired_optional += 1;
            continue;
        }
        paired_required += 1;
        let loc = location(g, p);
        if let Some((ok, _)) = loc {
            t.loc.add(ok);
        }
        let actor = actor_ok(g, p);
        if let Some(ok) = actor {
            t.actor.add(ok);
        }
        let date = date_ok(g, p);
        if let Some(ok) = date {
            t.date.add(ok);
        }
        let (found, given) = quantity_hits(g, p);
        t.qty.hit += found;
        t.qty.of += given;
        let strict = loc.is_none_or(|l| l.0) && actor.unwrap_or(true) && date.unwrap_or(true);
        if strict {
            t.strict_all += 1;
            t.strict.hit += usize::from(case.complete);
        }
        let gty = g.ty.0.join("|");
        *t.confusion
            .entry(gty)
            .or_default()
            .entry(p.ty.clone())
            .or_default() += 1;
        matched.push(serde_json::json!({
            "gold": gi, "pred": pi,
            "location_ok": loc.map(|l| l.0), "distance_km": loc.map(|l| l.1).filter(|d| d.is_finite() && *d != ADMIN1_MATCH_KM),
            "actor_ok": actor, "date_ok": date, "quantities_found": found, "quantities_given": given,
        }));
    }
    for (gi, g) in case.events.iter().enumerate().filter(|(_, g)| g.required) {
        let hit = pairs.iter().any(|&(x, _)| x == gi);
        t.recall.add(hit);
        t.recall_by_type
            .entry(g.ty.0.join("|"))
            .or_default()
            .add(hit);
    }
    if case.complete {
        t.precision.hit += paired_required;
        t.precision.of += preds.len() - paired_optional;
        t.strict.of += preds.len() - paired_optional;
    } else {
        t.articles_incomplete += case.articles.len();
        t.preds_incomplete += preds.len();
    }
    dup(case, preds, t);
    t.incidents += preds
        .iter()
        .filter_map(|p| p.incident_id.as_deref())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let missed: Vec<usize> = (0..case.events.len())
        .filter(|gi| case.events[*gi].required && !pairs.iter().any(|&(x, _)| x == *gi))
        .collect();
    let extras: Vec<usize> = (0..preds.len())
        .filter(|pi| !pairs.iter().any(|&(_, x)| x == *pi))
        .collect();
    serde_json::json!({
        "id": case.id, "complete": case.complete, "predicted": preds,
        "matched": matched, "missed": missed, "extras": extras,
    })
}

/// Duplicates: gold events reported by several articles should fall in one incident.
fn dup(case: &Case, preds: &[Pred], t: &mut Tally) {
    for g in case.events.iter().filter(|g| g.required) {
        let hits: Vec<&Pred> = preds
            .iter()
            .filter(|p| type_ok(g, p) && location(g, p).is_some_and(|l| l.0))
            .collect();
        let mut articles: Vec<usize> = hits.iter().map(|p| p.article_index).collect();
        articles.sort_unstable();
        articles.dedup();
        if articles.len() >= 2 {
            let first = hits.first().and_then(|p| p.incident_id.as_deref());
            t.dup
                .add(first.is_some() && hits.iter().all(|p| p.incident_id.as_deref() == first));
        }
    }
}

fn fmt(v: Option<f64>) -> String {
    v.map_or("n/a".to_string(), |v| format!("{v:.3}"))
}

impl Tally {
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision.value()?, self.recall.value()?);
        Some(if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        })
    }

    pub fn strict_f1(&self) -> Option<f64> {
        let p = self.strict.value()?;
        let r = (self.recall.of > 0).then(|| self.strict_all as f64 / self.recall.of as f64)?;
        Some(if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        })
    }

    /// The one-line summary of eval.md.
    pub fn summary_line(&self) -> String {
        format!(
            "eval: cases={} events_gold={} events_pred={} precision={} recall={} f1={} loc_acc={} actor_acc={} date_acc={} qty_acc={} dup={}",
            self.cases,
            self.events_gold,
            self.events_pred,
            fmt(self.precision.value()),
            fmt(self.recall.value()),
            fmt(self.f1()),
            fmt(self.loc.value()),
            fmt(self.actor.value()),
            fmt(self.date.value()),
            fmt(self.qty.value()),
            fmt(self.dup.value()),
        )
    }
}
