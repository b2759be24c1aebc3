//! A site's force posture from the events linked to it: who is there, what arrived and
//! what left (summed honestly, never netted), and the last report. Pure: no store access.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rasd_extract::{EventType, Modality, Quantity, same_actor_class};
use serde::Serialize;

use super::totals::{Total, sum_figures};
use super::{Link, Site};
use crate::merge_figures;

/// An event linked to a site: what the posture reads of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteHit {
    pub event_id: String,
    pub event_type: EventType,
    pub actor1: Option<String>,
    pub assoc_actors: Vec<String>,
    pub date: Option<Date>,
    pub time_precision: Option<u8>,
    pub modality: Modality,
    pub quantities: Vec<Quantity>,
    pub incident_id: String,
    pub outlet: Option<String>,
    pub link: Link,
    /// Distance from the site's point.
    pub km: f64,
}

/// Deployments, withdrawals and base works: the events a posture is made of. Others located
/// at a site (strikes on it, arrests in it) are listed apart.
pub fn is_posture(t: EventType) -> bool {
    matches!(
        t,
        EventType::Deployment | EventType::Withdrawal | EventType::BaseEstablished
    )
}

/// Whether a report's figures go into the totals: planned, denied and historical movements
/// did not happen (or not now), so they are listed but not summed.
pub fn is_summed(m: Modality) -> bool {
    matches!(
        m,
        Modality::Reported | Modality::Claimed | Modality::Suspected
    )
}

/// Whether the report says it happened at some time (past background included), for
/// deciding who is present.
fn happened(m: Modality) -> bool {
    is_summed(m) || m == Modality::Historical
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// The actor's latest report here is an arrival or base works.
    Present,
    /// The actor's latest report here is a withdrawal (which may have been partial).
    Withdrew,
}

impl Presence {
    pub fn code(self) -> &'static str {
        match self {
            Presence::Present => "present",
            Presence::Withdrew => "withdrew",
        }
    }
}

/// One actor's reports at a site.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorPosture {
    pub actor: String,
    pub status: Presence,
    pub last_arrival: Option<Date>,
    pub last_withdrawal: Option<Date>,
}

/// The most recent report at a site.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastReport {
    pub date: Option<Date>,
    pub event_id: String,
    pub event_type: EventType,
    pub outlet: Option<String>,
}

/// A site and what is reported there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SitePosture {
    pub site: Site,
    /// Deployments, withdrawals and base works linked to the site.
    pub reports: u64,
    /// Of those, the planned, denied and historical ones (listed, not summed).
    pub unsummed: u64,
    /// Other events linked to the site (strikes, clashes, arrests...).
    pub other_reports: u64,
    pub last_report: Option<LastReport>,
    /// Every actor with a posture report here, present ones first.
    pub actors: Vec<ActorPosture>,
    /// The codes of the actors whose latest report is an arrival or base works.
    pub actors_present: Vec<String>,
    /// Figures of deployments, summed per unit.
    pub arrived: Vec<Total>,
    /// Figures of withdrawals, summed apart: never subtracted from `arrived`.
    pub withdrawn: Vec<Total>,
    /// Figures of base works (posts, positions, trucks of building material).
    pub works: Vec<Total>,
}

/// Chronological, undated last; on one day arrivals before withdrawals.
pub fn chronological(a: &SiteHit, b: &SiteHit) -> std::cmp::Ordering {
    let rank = |h: &SiteHit| u8::from(h.event_type == EventType::Withdrawal);
    a.date
        .is_none()
        .cmp(&b.date.is_none())
        .then(a.date.cmp(&b.date))
        .then(rank(a).cmp(&rank(b)))
        .then_with(|| a.event_id.cmp(&b.event_id))
}

/// The posture of `site` from its linked events (any order).
pub fn posture(site: &Site, hits: &[SiteHit]) -> SitePosture {
    let mut posts: Vec<&SiteHit> = hits.iter().filter(|h| is_posture(h.event_type)).collect();
    posts.sort_by(|a, b| chronological(a, b));
    let last_report = posts
        .iter()
        .rev()
        .find(|h| h.date.is_some())
        .or(posts.last())
        .map(|h| LastReport {
            date: h.date,
            event_id: h.event_id.clone(),
            event_type: h.event_type,
            outlet: h.outlet.clone(),
        });
    let actors = actor_postures(&posts);
    SitePosture {
        site: site.clone(),
        reports: posts.len() as u64,
        unsummed: posts.iter().filter(|h| !is_summed(h.modality)).count() as u64,
        other_reports: (hits.len() - posts.len()) as u64,
        last_report,
        actors_present: actors
            .iter()
            .filter(|a| a.status == Presence::Present)
            .map(|a| a.actor.clone())
            .collect(),
        actors,
        arrived: totals(&posts, EventType::Deployment),
        withdrawn: totals(&posts, EventType::Withdrawal),
        works: totals(&posts, EventType::BaseEstablished),
    }
}

/// Sums the summed reports of one type: one figure per unit per incident (the highest any
/// outlet gives), so a convoy told by two outlets counts once.
fn totals(posts: &[&SiteHit], t: EventType) -> Vec<Total> {
    let mut by_incident: BTreeMap<&str, Vec<&Quantity>> = BTreeMap::new();
    for h in posts
        .iter()
        .filter(|h| h.event_type == t && is_summed(h.modality))
    {
        by_incident
            .entry(&h.incident_id)
            .or_default()
            .extend(&h.quantities);
    }
    let merged: Vec<Quantity> = by_incident
        .into_values()
        .flat_map(|qs| merge_figures(qs.into_iter()))
        .collect();
    sum_figures(&merged)
}

/// Who is at the site. Reports that happened (not planned or denied) are read in
/// chronological order, undated ones first: an arrival or base works makes each actor
/// named (actor1 and associates) present; a withdrawal marks the actors it names, and those
/// of the same class (US and the coalition), as having withdrawn, until a later arrival.
fn actor_postures(posts: &[&SiteHit]) -> Vec<ActorPosture> {
    let mut out: Vec<ActorPosture> = Vec::new();
    let mut ordered: Vec<&&SiteHit> = posts.iter().filter(|h| happened(h.modality)).collect();
    // Undated reports cannot be placed after a dated one: read them first.
    ordered.sort_by(|a, b| {
        a.date
            .is_some()
            .cmp(&b.date.is_some())
            .then_with(|| chronological(a, b))
    });
    for h in ordered {
        let named: Vec<&String> = h.actor1.iter().chain(&h.assoc_actors).collect();
        let leaving = h.event_type == EventType::Withdrawal;
        for actor in named {
            let at = match out.iter().position(|a| &a.actor == actor) {
                Some(i) => i,
                None => {
                    out.push(ActorPosture {
                        actor: actor.clone(),
                        status: Presence::Withdrew,
                        last_arrival: None,
                        last_withdrawal: None,
                    });
                    out.len() - 1
                }
            };
            if !leaving {
                out[at].status = Presence::Present;
                out[at].last_arrival = h.date.or(out[at].last_arrival);
                continue;
            }
            for a in out.iter_mut().filter(|a| same_actor_class(&a.actor, actor)) {
                a.status = Presence::Withdrew;
                a.last_withdrawal = h.date.or(a.last_withdrawal);
            }
        }
    }
    out.sort_by(|a, b| {
        (a.status != Presence::Present)
            .cmp(&(b.status != Presence::Present))
            .then_with(|| a.actor.cmp(&b.actor))
    });
    out
}
