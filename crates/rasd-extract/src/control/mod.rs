//! Control assertions from text: "تسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير
//! الزور"، "ريف الرقة في المنطقة الخاضعة لسيطرة النظام"، "جيبين لتنظيم الدولة"، "القاعدة
//! الأمريكية في الشدادي". The cue's lexicon key says where the actor and the area are
//! (`cues`), the area phrase is read around it (`areas`), and captures come from events
//! (`events`).

mod areas;
pub(crate) use areas::antecedent;
mod cues;
mod events;

use crate::assertion::{ControlArea, ControlAssertion, ControlEvidence, ControlKind, Scope};
use crate::doc::{Doc, Sentence};
use crate::lexicon::{Category, Hit};
use crate::model::{Event, Modality, Span};
use cues::read_cue;
use events::from_events;
use jiff::civil::Date;

/// What the article gives every assertion.
pub(crate) struct ArticleContext<'a> {
    pub article_id: &'a str,
    pub reference: Option<(Date, u8)>,
}

/// An assertion before dating: actor hit, area and where it was read.
struct Reading {
    kind: ControlKind,
    actor: Hit,
    area: ControlArea,
    area_span: Span,
}

pub(crate) fn extract(
    doc: &Doc,
    sentences: &[Sentence],
    ctx: &ArticleContext,
    events: &[Event],
) -> Vec<ControlAssertion> {
    let mut out: Vec<ControlAssertion> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|k| sentences.get(k));
        let mut readings: Vec<(Hit, Reading)> = Vec::new();
        for cue in doc.hits_in(s, Category::Control) {
            for r in read_cue(doc, s, prev, cue, &readings) {
                readings.push((cue, r));
            }
        }
        // "بينما تسيطر قوات النظام على الجزء الجنوبي": the governorate of the bank named before.
        let mut bank_admin1: Option<String> = None;
        for (_, r) in readings.iter_mut() {
            if r.area.scope == Scope::Bank {
                match &r.area.admin1 {
                    Some(a) => bank_admin1 = Some(a.clone()),
                    None => r.area.admin1 = bank_admin1.clone(),
                }
            }
        }
        let found: Vec<ControlAssertion> = readings
            .into_iter()
            .filter_map(|(cue, r)| finish(doc, s, ctx, cue, r))
            .collect();
        for a in &found {
            // Unplaced areas add nothing beside a placed one of the same actor.
            let redundant = a.area.scope == Scope::Vague
                && found.iter().any(|b| {
                    b.area.scope != Scope::Vague && crate::same_actor_class(&a.actor, &b.actor)
                });
            if !redundant {
                keep_latest(&mut out, a.clone());
            }
        }
    }
    for a in from_events(doc, events, ctx.article_id) {
        // A capture the wording already gave ("سيطرت قسد على ...") is not asserted twice.
        let read = out.iter().any(|o| {
            o.evidence.sentence == a.evidence.sentence
                && crate::same_actor_class(&o.actor, &a.actor)
        });
        if !read {
            keep_latest(&mut out, a);
        }
    }
    out
}

/// One assertion per actor and area in an article: the one with the latest date ("تسيطر قسد
/// على شمال الفرات" in the background paragraph and again in today's news).
fn keep_latest(out: &mut Vec<ControlAssertion>, a: ControlAssertion) {
    match out.iter_mut().find(|o| same_assertion(o, &a)) {
        Some(o) if a.date > o.date => *o = a,
        Some(_) => {}
        None => out.push(a),
    }
}

fn is_word(doc: &Doc, t: usize, words: &[&str]) -> bool {
    rasd_text::proclitic_readings(doc.token_text(t)).any(|r| words.contains(&r))
}

/// The first token of `from..=to` after the last punctuation before `to`: a look back that
/// stays in its clause.
fn clause_start(doc: &Doc, from: usize, to: usize) -> usize {
    (from + 1..=to)
        .rev()
        .find(|&t| {
            doc.gap_before(t)
                .contains(['،', ',', '؛', ';', ':', '(', ')', '.'])
        })
        .unwrap_or(from)
}

/// Date, modality and provenance of a reading; `None` when it is not an assertion of
/// control (a plan, a denial).
fn finish(
    doc: &Doc,
    s: &Sentence,
    ctx: &ArticleContext,
    cue: Hit,
    r: Reading,
) -> Option<ControlAssertion> {
    let mut modality = clause_modality(doc, s, cue);
    if matches!(modality, Modality::Planned | Modality::Denied) {
        return None;
    }
    let time = crate::sentence_time(doc, s, cue.first);
    let mut date = None;
    let mut time_precision = None;
    // "كان يسيطر", "وكان تنظيم داعش يسيطر": held once, not now.
    let was = (cue.first.saturating_sub(4).max(s.first_token)..cue.first)
        .any(|t| is_word(doc, t, &["كان", "كانت", "كانوا", "was", "were"]));
    match time {
        Some(t) if t.historical => {
            modality = Modality::Historical;
            date = t.date;
            time_precision = t.date.map(|_| t.precision);
        }
        _ if was => modality = Modality::Historical,
        Some(t) if t.date.is_some() => {
            date = t.date;
            time_precision = Some(t.precision);
        }
        _ => {
            if let Some((d, p)) = ctx.reference {
                date = Some(d);
                time_precision = Some(p);
            }
        }
    }
    // "مناطق سيطرة قسد، وفصائل الجيش الوطني": a comma ends the coordination.
    let mut assoc = if doc.gap_before(r.actor.end).contains(['،', ',']) {
        Vec::new()
    } else {
        crate::args::coordinated_after(doc, s, r.actor)
    };
    let mut actor = doc.key(r.actor).to_string();
    crate::resolve_state_code(&mut actor, date);
    for a in assoc.iter_mut() {
        crate::resolve_state_code(a, date);
    }
    assoc.retain(|a| *a != actor);
    let cue_span = doc.orig_span(cue.first, cue.end);
    let mut a = ControlAssertion {
        id: assertion_id(ctx.article_id, cue_span, r.area_span, &actor),
        kind: r.kind,
        actor,
        assoc_actors: assoc,
        area: r.area,
        date,
        time_precision,
        modality,
        note: String::new(),
        evidence: ControlEvidence {
            sentence: doc.orig_bytes(s.start, s.end),
            cue: cue_span,
            actor: Some(doc.orig_span(r.actor.first, r.actor.end)),
            area: Some(r.area_span),
            time: time.map(|t| doc.orig_span(t.first_token, t.end_token)),
        },
    };
    a.note = crate::note::control_note(&a);
    Some(a)
}

/// A hedge, plan or denial in the cue's own clause: up to eight tokens before it, not across
/// punctuation ("ومن المرجح أن تحاول الولايات المتحدة وصل مناطق سيطرتها"). Cues further back
/// belong to another event of the sentence.
fn clause_modality(doc: &Doc, s: &Sentence, cue: Hit) -> Modality {
    let from = clause_start(
        doc,
        cue.first.saturating_sub(8).max(s.first_token),
        cue.first,
    );
    doc.hits_in(s, Category::Modality)
        .filter(|h| h.first >= from && h.end <= cue.first)
        .last()
        .and_then(|h| Modality::from_cue_key(doc.key(h)))
        .unwrap_or(Modality::Reported)
}

/// The same actor holding the same area, said twice in one article.
fn same_assertion(a: &ControlAssertion, b: &ControlAssertion) -> bool {
    crate::same_actor_class(&a.actor, &b.actor)
        && a.kind == b.kind
        && a.area.scope == b.area.scope
        && a.area.river == b.area.river
        && a.area.side() == b.area.side()
        && a.area.admin1 == b.area.admin1
        && (a.area.scope == Scope::Bank
            || a.area.place.as_ref().map(|p| &p.name) == b.area.place.as_ref().map(|p| &p.name))
}

fn assertion_id(article_id: &str, cue: Span, area: Span, actor: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(article_id.as_bytes());
    h.update(b"control");
    h.update(&cue.start.to_le_bytes());
    h.update(&area.start.to_le_bytes());
    h.update(actor.as_bytes());
    h.finalize().to_hex()[..16].to_string()
}
