//! Control scoring (eval.md): gold control assertions paired one-to-one with predicted ones,
//! greedily, best first; `control_recall` and `control_precision` in the JSON report only.

use super::gold::{Case, GoldControl, admin1_key};
use super::score::Ratio;
use rasd_extract::{ControlAssertion, Scope, haversine_km};
use serde::Serialize;

/// A predicted control assertion as the report records it.
#[derive(Debug, Clone, Serialize)]
pub struct ControlPred {
    pub kind: String,
    pub actor: String,
    pub assoc_actors: Vec<String>,
    pub scope: String,
    pub location_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub admin1: Option<String>,
    pub side_of: Option<String>,
    pub side: Option<String>,
    pub date: Option<String>,
    pub modality: String,
    pub article_index: usize,
    pub note: String,
    pub evidence: String,
}

impl ControlPred {
    pub fn new(a: &ControlAssertion, article_index: usize, sentence: String) -> Self {
        let place = a.area.place.as_ref();
        let bank = a.area.scope == Scope::Bank;
        ControlPred {
            kind: a.kind.code().to_string(),
            actor: a.actor.clone(),
            assoc_actors: a.assoc_actors.clone(),
            scope: a.area.scope.code().to_string(),
            location_name: place.map(|p| p.name.clone()),
            // A bank is an area, not a point: it has no coordinates to score.
            lat: place.filter(|_| !bank).map(|p| p.lat),
            lon: place.filter(|_| !bank).map(|p| p.lon),
            admin1: a.area.admin1.clone(),
            side_of: a.area.river.clone(),
            side: a.area.side().map(str::to_string),
            date: a.date.map(|d| d.to_string()),
            modality: a.modality.code().to_string(),
            article_index,
            note: a.note.clone(),
            evidence: sentence,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ControlTally {
    pub gold: usize,
    pub pred: usize,
    pub recall: Ratio,
    pub precision: Ratio,
    /// Paired required assertions whose gold gives a date: the same day predicted.
    pub date: Ratio,
}

/// The Euphrates in Raqqa and Deir ez-Zor runs west to east: its north bank is its east bank.
fn same_side(river: &str, admin1: Option<&str>, a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        let in_jazira =
            admin1.is_none_or(|x| matches!(admin1_key(x).as_str(), "raqqa" | "deirezzor"));
        match (river.eq_ignore_ascii_case("euphrates") && in_jazira, s) {
            (true, "east") => "north".into(),
            (true, "west") => "south".into(),
            _ => s.to_string(),
        }
    };
    fold(a) == fold(b)
}

/// (inside the gold area, distance for ranking); `None` when the gold gives no area.
fn location(g: &GoldControl, p: &ControlPred) -> Option<(bool, f64)> {
    let loc = g.location.as_ref()?;
    let same_admin1 = || match (&loc.admin1, &p.admin1) {
        (Some(a), Some(b)) => admin1_key(a) == admin1_key(b),
        (None, _) => true,
        _ => false,
    };
    if let (Some(river), Some(side)) = (&loc.side_of, &loc.side) {
        let ok = p
            .side_of
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case(river))
            && p.side
                .as_deref()
                .is_some_and(|s| same_side(river, loc.admin1.as_deref(), side, s))
            && same_admin1();
        return Some((ok, if ok { 0.0 } else { f64::INFINITY }));
    }
    if let Some((lat, lon, r)) = loc.point() {
        return Some(match (p.lat, p.lon) {
            (Some(a), Some(b)) => {
                let d = haversine_km(lat, lon, a, b);
                (d <= r, d)
            }
            _ => (false, f64::INFINITY),
        });
    }
    loc.admin1.as_ref()?;
    let ok = same_admin1();
    Some((ok, if ok { 1000.0 } else { f64::INFINITY }))
}

fn actor_ok(g: &GoldControl, p: &ControlPred) -> bool {
    g.actor.0.is_empty()
        || g.actor
            .0
            .iter()
            .any(|x| rasd_extract::same_actor_class(x, &p.actor))
}

/// A pair needs the same actor class and the gold area; nearest first.
fn pair(gold: &[GoldControl], preds: &[ControlPred]) -> Vec<(usize, usize, Option<f64>)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if !actor_ok(g, p) {
                continue;
            }
            let dist = match location(g, p) {
                Some((true, d)) => Some(d),
                Some((false, _)) => continue,
                None => None,
            };
            cands.push((dist.unwrap_or(2000.0), gi, pi, dist));
        }
    }
    // On a tie in distance, a placed area before an unplaced one ("Deir ez-Zor held by ..."
    // before "areas near Deir ez-Zor held by ...").
    let vague = |pi: usize| preds.get(pi).is_some_and(|p| p.scope == "vague");
    cands.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(vague(a.2).cmp(&vague(b.2)))
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; preds.len()]);
    let mut out = Vec::new();
    for (_, gi, pi, d) in cands {
        if !gu[gi] && !pu[pi] {
            gu[gi] = true;
            pu[pi] = true;
            out.push((gi, pi, d));
        }
    }
    out
}

/// Scores one case's control; returns its detail for the report.
pub fn score(case: &Case, preds: &[ControlPred], t: &mut ControlTally) -> serde_json::Value {
    let pairs = pair(&case.control, preds);
    let required = |gi: usize| case.control.get(gi).is_some_and(|g| g.required);
    t.gold += case.control.iter().filter(|g| g.required).count();
    t.pred += preds.len();
    for gi in (0..case.control.len()).filter(|&gi| required(gi)) {
        t.recall.add(pairs.iter().any(|&(g, _, _)| g == gi));
    }
    for &(gi, pi, _) in &pairs {
        let gold_day = case.control[gi].date.as_deref().and_then(|d| d.get(..10));
        if let (true, Some(day)) = (required(gi), gold_day) {
            t.date.add(preds[pi].date.as_deref() == Some(day));
        }
    }
    if case.complete {
        let paired_required = pairs.iter().filter(|&&(g, _, _)| required(g)).count();
        let paired_optional = pairs.len() - paired_required;
        t.precision.hit += paired_required;
        t.precision.of += preds.len() - paired_optional;
    }
    let matched: Vec<serde_json::Value> = pairs
        .iter()
        .map(|&(g, p, d)| {
            serde_json::json!({"gold": g, "pred": p, "distance_km": d.filter(|d| *d > 0.0 && *d < 1000.0)})
        })
        .collect();
    let missed: Vec<usize> = (0..case.control.len())
        .filter(|&gi| required(gi) && !pairs.iter().any(|&(g, _, _)| g == gi))
        .collect();
    let extras: Vec<usize> = (0..preds.len())
        .filter(|&pi| !pairs.iter().any(|&(_, p, _)| p == pi))
        .collect();
    serde_json::json!({
        "predicted": preds, "matched": matched, "missed": missed, "extras": extras,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euphrates_north_is_east_in_the_jazira_only() {
        assert!(same_side("Euphrates", Some("Deir ez-Zor"), "north", "east"));
        assert!(same_side("Euphrates", None, "west", "south"));
        assert!(!same_side(
            "Euphrates",
            Some("Deir ez-Zor"),
            "north",
            "south"
        ));
        assert!(!same_side("Euphrates", Some("Aleppo"), "north", "east"));
        assert!(!same_side("Khabur", None, "north", "east"));
    }
}
