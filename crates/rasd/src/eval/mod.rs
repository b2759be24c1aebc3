//! `rasd eval GOLD.jsonl`: the ingest pipeline on every case (reader → core → a throw-away
//! store), scored as `shared/spec/eval.md` says, ending with its one-line summary.

mod control;
mod gold;
mod score;

use anyhow::{Context, Result};
use gold::Case;
use rasd_extract::Extractor;
use rasd_store::{EventFilter, Store};
use score::{Pred, PredQuantity, Tally};
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold file (JSON Lines, one case per line).
    pub gold: PathBuf,
    /// Write per-case detail (predictions, pairs, misses, extras) as JSON.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Run one case and print its detail.
    #[arg(long, value_name = "ID")]
    pub case: Option<String>,
}

/// Predictions for one case, through the same reader, core and store as `rasd ingest`.
fn predict(case: &Case, ex: &Extractor) -> Result<(Vec<Pred>, Vec<control::ControlPred>)> {
    let mut store = Store::open_in_memory()?;
    let mut items = Vec::new();
    for a in &case.articles {
        let mut input = if a.format.as_deref() == Some("html") {
            rasd_ingest::article_from_html(&a.text)
        } else {
            rasd_extract::ArticleInput {
                text: a.text.clone(),
                ..Default::default()
            }
        };
        input.url = a.url.clone().or(input.url);
        input.outlet = a.outlet.clone().or(input.outlet);
        input.lang = a.lang.clone().or(input.lang);
        input.title = a.title.clone().or(input.title);
        input.published = a
            .published
            .as_deref()
            .and_then(rasd_ingest::parse_published)
            .or(input.published)
            .or_else(|| input.url.as_deref().and_then(rasd_ingest::date_from_url));
        let analysis = ex.analyse(&input);
        items.push((input, analysis));
    }
    store.insert_batch(&items)?;
    let mut preds = Vec::new();
    let mut control = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (index, (_, analysis)) in items.iter().enumerate() {
        if !seen.insert(analysis.article_id.clone()) {
            continue;
        }
        let filter = EventFilter {
            article_id: Some(analysis.article_id.clone()),
            ..EventFilter::default()
        };
        // In the order the article tells them (the store lists a day's events by id), so
        // that the report reads like the article and ties in pairing fall the same way
        // whatever ids a change of wording gives.
        let mut told = store.events(&filter)?;
        told.sort_by_cached_key(|se| {
            let e = &se.event;
            let place_at = e.location.as_ref().map_or(u32::MAX, |p| p.span.start);
            (e.evidence.trigger.start, place_at, e.id.clone())
        });
        preds.extend(told.into_iter().map(|se| to_pred(se, index)));
        let filter = rasd_store::ControlFilter {
            article_id: Some(analysis.article_id.clone()),
            undated: true,
            ..Default::default()
        };
        for a in store.control_assertions(&filter)? {
            control.push(control::ControlPred::new(&a.assertion, index, a.sentence));
        }
    }
    Ok((preds, control))
}

fn to_pred(se: rasd_store::StoredEvent, article_index: usize) -> Pred {
    let e = se.event;
    let loc = e.location.as_ref();
    Pred {
        ty: e.event_type.code().to_string(),
        actor: e.actor1.clone(),
        assoc_actors: e.assoc_actors.clone(),
        target: e.target.clone(),
        location_name: loc.map(|p| p.name.clone()),
        lat: loc.map(|p| p.lat),
        lon: loc.map(|p| p.lon),
        admin1: loc.and_then(|p| p.admin1.clone()),
        geo_precision: loc.map(|p| p.geo_precision),
        date: e.date.map(|d| d.to_string()),
        time_precision: e.time_precision,
        weekday: e.weekday.map(rasd_extract::weekday_name::name),
        quantities: e
            .quantities
            .iter()
            .map(|q| PredQuantity {
                value: q.value,
                unit: q.unit.code().to_string(),
                qualifier: q.qualifier.map(|x| x.code().to_string()),
                target: q.target.clone(),
            })
            .collect(),
        modality: e.modality.code().to_string(),
        incident_id: Some(se.incident_id),
        article_index,
        note: e.note,
        evidence: se.sentence,
    }
}

pub fn read_cases(path: &PathBuf) -> Result<Vec<Case>> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut cases = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: reading", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a gold case", path.display(), i + 1))?;
        cases.push(case);
    }
    Ok(cases)
}

pub fn run(args: &EvalArgs, ex: &Extractor) -> Result<ExitCode> {
    let mut cases = read_cases(&args.gold)?;
    if let Some(id) = &args.case {
        cases.retain(|c| &c.id == id);
        if cases.is_empty() {
            anyhow::bail!("no case {id:?} in {}", args.gold.display());
        }
    }
    let mut tally = Tally::default();
    let mut control_tally = control::ControlTally::default();
    let mut details = Vec::with_capacity(cases.len());
    for case in &cases {
        let (preds, control) = predict(case, ex).with_context(|| format!("case {}", case.id))?;
        let mut detail = score::score_case(case, &preds, &mut tally);
        detail["control"] = control::score(case, &control, &mut control_tally);
        details.push(detail);
    }
    if args.case.is_some() {
        println!("{}", serde_json::to_string_pretty(&details)?);
    }
    if let Some(path) = &args.report {
        let report = serde_json::json!({
            "summary": summary_json(&tally, &control_tally),
            "cases": details,
        });
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    println!("{}", tally.summary_line());
    Ok(ExitCode::SUCCESS)
}

fn summary_json(t: &Tally, c: &control::ControlTally) -> serde_json::Value {
    let recall_by_type: serde_json::Map<String, serde_json::Value> = t
        .recall_by_type
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                serde_json::json!({"found": v.hit, "of": v.of, "recall": v.value()}),
            )
        })
        .collect();
    serde_json::json!({
        "cases": t.cases,
        "events_gold": t.events_gold,
        "events_pred": t.events_pred,
        "precision": t.precision.value(),
        "recall": t.recall.value(),
        "f1": t.f1(),
        "strict_f1": t.strict_f1(),
        "loc_acc": t.loc.value(),
        "actor_acc": t.actor.value(),
        "date_acc": t.date.value(),
        "qty_acc": t.qty.value(),
        "dup": t.dup.value(),
        "incidents": t.incidents,
        "events_per_incident": (t.incidents > 0).then(|| t.events_pred as f64 / t.incidents as f64),
        "recall_by_type": recall_by_type,
        "confusion": t.confusion,
        "pred_per_article": (t.articles_incomplete > 0)
            .then(|| t.preds_incomplete as f64 / t.articles_incomplete as f64),
        "control_gold": c.gold,
        "control_pred": c.pred,
        "control_recall": c.recall.value(),
        "control_precision": c.precision.value(),
        "control_date_acc": c.date.value(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_articles_predictions_come_in_the_order_it_tells_them() -> Result<()> {
        let towns = ["سرمين", "البارة", "كنصفرة", "معرة النعسان", "آفس"];
        let text: String = towns
            .iter()
            .map(|t| format!("قصفت قوات النظام بلدة {t} بالمدفعية الثقيلة.\n"))
            .collect();
        let case: Case = serde_json::from_value(serde_json::json!({
            "id": "order", "complete": false, "events": [],
            "articles": [{"text": text, "published": "2024-03-02"}],
        }))?;
        let (preds, _) = predict(&case, &Extractor::bundled())?;
        let told: Vec<_> = preds
            .iter()
            .filter_map(|p| p.location_name.clone())
            .collect();
        assert_eq!(
            told,
            ["Sarmin", "al-Bara", "Kansafra", "Maarat al-Naasan", "Afis"],
            "{preds:#?}"
        );
        Ok(())
    }
}
