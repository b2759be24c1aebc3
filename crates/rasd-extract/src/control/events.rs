//! Captures as control assertions: "سيطرت قوات النظام على البوكمال" from its event.

use super::{assertion_id, is_word};
use crate::assertion::{ControlArea, ControlAssertion, ControlEvidence, ControlKind, Scope};
use crate::doc::Doc;
use crate::lexicon::Category;
use crate::model::{Event, EventType, Modality};

/// Captures and handovers are control from their date on ("سيطرت قوات النظام على البوكمال"،
/// "سلمت قسد قرية الشيوخ لقوات الحكومة"، "تسلم الجيش قاعدة الطبقة"); an advance or an entry
/// (weak triggers: تقدم، دخول) is not. Arrivals at a site are force posture (`rasd sites`),
/// not assertions of control.
pub(super) fn from_events(doc: &Doc, events: &[Event], article_id: &str) -> Vec<ControlAssertion> {
    let mut out = Vec::new();
    for e in events {
        if matches!(e.modality, Modality::Planned | Modality::Denied) {
            continue;
        }
        let (Some(actor), Some(place)) = (&e.actor1, &e.location) else {
            continue;
        };
        if !crate::model::named_side(actor) {
            continue;
        }
        if e.event_type != EventType::TerritoryChange
            || !strong_trigger(doc, e)
            || attempted(doc, e)
        {
            continue;
        }
        // An advance "in the governorate" says nothing about who holds it.
        let scope = match place.geo_precision {
            1 => Scope::At,
            2 => Scope::Near,
            _ => continue,
        };
        let mut a = ControlAssertion {
            id: assertion_id(article_id, e.evidence.trigger, place.span, actor),
            kind: ControlKind::Control,
            actor: actor.clone(),
            assoc_actors: e.assoc_actors.clone(),
            area: ControlArea {
                scope,
                place: Some(place.clone()),
                place_id: None,
                place_kind: None,
                river: None,
                bearing: None,
                admin1: place.admin1.clone(),
            },
            date: e.date,
            time_precision: e.time_precision,
            modality: e.modality,
            note: String::new(),
            evidence: ControlEvidence {
                sentence: e.evidence.sentence,
                cue: e.evidence.trigger,
                actor: e.evidence.actor,
                area: Some(place.span),
                time: e.evidence.time,
            },
        };
        a.note = crate::note::control_note(&a);
        out.push(a);
    }
    out
}

/// "في محاولة لاستعادة السيطرة", "تسعى للسيطرة": an attempt is not a capture.
fn attempted(doc: &Doc, e: &Event) -> bool {
    let Some(trigger) = doc
        .hits
        .iter()
        .find(|h| doc.orig_span(h.first, h.end) == e.evidence.trigger)
    else {
        return false;
    };
    (trigger.first.saturating_sub(3)..trigger.first).any(|t| {
        is_word(
            doc,
            t,
            &[
                "محاوله",
                "تحاول",
                "يحاول",
                "حاولت",
                "حاول",
                "سعي",
                "تسعي",
                "يسعي",
                "attempt",
                "trying",
            ],
        )
    })
}

fn strong_trigger(doc: &Doc, e: &Event) -> bool {
    doc.hits.iter().any(|h| {
        doc.lex.entry(*h).category == Category::Trigger
            && matches!(
                doc.key(*h),
                "territory_change" | "territory_change:handover" | "territory_change:receive"
            )
            && doc.orig_span(h.first, h.end) == e.evidence.trigger
    })
}
