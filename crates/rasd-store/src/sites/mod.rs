//! Force posture at sites: the gazetteer's bases, airports, oil and gas fields, crossings
//! and dams ([`registry`]), the events linked to each ([`associate`]: the rule is
//! documented there), and per site the actors present, honest totals of what arrived and
//! what left ([`sum_figures`]), the last report and a timeline with sources.

mod assoc;
mod csv_out;
mod posture;
mod registry;
mod totals;

use std::collections::{HashMap, HashSet};

use rasd_extract::{EventType, Modality};
use serde::Serialize;

pub use assoc::{AT_SITE_KM, CUE_SITE_KM, Link, NEAR_SITE_KM, Placed, associate, cue_kinds};
pub use csv_out::{SITE_CSV_HEADER, write_site_csv};
pub use posture::{
    ActorPosture, LastReport, Presence, SiteHit, SitePosture, is_posture, is_summed, posture,
};
pub use registry::{SITE_KINDS, Site, find_site, registry};
pub use totals::{Bound, Total, figure_text, sum_figures};

use crate::incidents::box_degrees;
use crate::query::parse_date;
use crate::{ArticleMeta, Error, Result, Store, StoredEvent};

/// One event of a site's timeline, with every outlet that reported its incident.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub link: Link,
    /// Distance from the site's point.
    pub km: f64,
    /// Whether its figures are in the totals (not planned, denied or historical).
    pub summed: bool,
    pub event: StoredEvent,
    pub sources: Vec<ArticleMeta>,
}

/// A site's posture, its posture reports in date order (undated last) and the other events
/// linked to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteDetail {
    pub posture: SitePosture,
    pub timeline: Vec<TimelineEntry>,
    pub other_events: Vec<TimelineEntry>,
}

const HIT_SQL: &str = "SELECT e.id, e.type, e.actor1, e.assoc_actors, e.date, e.time_precision,
    e.modality, e.quantities, e.incident_id, a.outlet, e.lat, e.lon, e.geo_precision,
    e.place_name, e.sentence
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.lat BETWEEN ?1 AND ?2 AND e.lon BETWEEN ?3 AND ?4";

impl Store {
    /// The events linked to each site, by index into `sites`. An event near several sites
    /// goes to one, chosen by [`associate`] over all of them.
    pub fn site_hits(&self, sites: &[Site]) -> Result<Vec<Vec<SiteHit>>> {
        let mut out: Vec<Vec<SiteHit>> = vec![Vec::new(); sites.len()];
        let mut seen: HashSet<String> = HashSet::new();
        let mut st = self.conn.prepare_cached(HIT_SQL)?;
        for s in sites {
            let (dlat, dlon) = box_degrees(s.lat, CUE_SITE_KM);
            let mut rows = st.query((s.lat - dlat, s.lat + dlat, s.lon - dlon, s.lon + dlon))?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                if seen.contains(&id) {
                    continue;
                }
                let place_name: Option<String> = r.get(13)?;
                let sentence: String = r.get(14)?;
                let placed = Placed {
                    lat: r.get(10)?,
                    lon: r.get(11)?,
                    geo_precision: r.get(12)?,
                    place_name: place_name.as_deref(),
                    sentence: &sentence,
                };
                let Some((i, link, km)) = associate(sites, &placed) else {
                    continue;
                };
                seen.insert(id.clone());
                out[i].push(hit_row(r, id, link, km)?);
            }
        }
        Ok(out)
    }

    /// Every site's posture, in registry order (sites without reports included).
    pub fn site_postures(&self, sites: &[Site]) -> Result<Vec<SitePosture>> {
        let hits = self.site_hits(sites)?;
        Ok(sites
            .iter()
            .zip(&hits)
            .map(|(s, h)| posture(s, h))
            .collect())
    }

    /// One site's posture and timeline; `None` if no site has this id.
    pub fn site_detail(&self, sites: &[Site], id: &str) -> Result<Option<SiteDetail>> {
        Ok(self.site_details(sites, &[id])?.pop())
    }

    /// The posture and timeline of each site named by id (unknown ids are skipped), linking
    /// events once for all of them.
    pub fn site_details(&self, sites: &[Site], ids: &[&str]) -> Result<Vec<SiteDetail>> {
        let mut hits = self.site_hits(sites)?;
        let mut sources: HashMap<String, Vec<ArticleMeta>> = HashMap::new();
        let mut out = Vec::new();
        for id in ids {
            let Some(i) = sites.iter().position(|s| s.id == *id) else {
                continue;
            };
            let mine = std::mem::take(&mut hits[i]);
            out.push(self.detail(&sites[i], mine, &mut sources)?);
        }
        Ok(out)
    }

    fn detail(
        &self,
        site: &Site,
        mut mine: Vec<SiteHit>,
        sources: &mut HashMap<String, Vec<ArticleMeta>>,
    ) -> Result<SiteDetail> {
        mine.sort_by(posture::chronological);
        let post = posture(site, &mine);
        let (mut timeline, mut other_events) = (Vec::new(), Vec::new());
        for h in &mine {
            let Some(event) = self.event(&h.event_id)? else {
                continue;
            };
            if !sources.contains_key(&h.incident_id) {
                let found = self.incident_sources(&h.incident_id)?;
                sources.insert(h.incident_id.clone(), found);
            }
            let entry = TimelineEntry {
                link: h.link,
                km: (h.km * 100.0).round() / 100.0,
                summed: is_posture(h.event_type) && is_summed(h.modality),
                event,
                sources: sources.get(&h.incident_id).cloned().unwrap_or_default(),
            };
            if is_posture(h.event_type) {
                timeline.push(entry);
            } else {
                other_events.push(entry);
            }
        }
        Ok(SiteDetail {
            posture: post,
            timeline,
            other_events,
        })
    }
}

fn hit_row(r: &rusqlite::Row, id: String, link: Link, km: f64) -> Result<SiteHit> {
    let ty: String = r.get(1)?;
    let event_type = EventType::from_code(&ty)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown type {ty:?}")))?;
    let m: String = r.get(6)?;
    let modality = Modality::from_code(&m)
        .ok_or_else(|| Error::Store(format!("event {id}: unknown modality {m:?}")))?;
    Ok(SiteHit {
        event_type,
        actor1: r.get(2)?,
        assoc_actors: serde_json::from_str(&r.get::<_, String>(3)?)?,
        date: parse_date(r.get(4)?)?,
        time_precision: r.get(5)?,
        modality,
        quantities: serde_json::from_str(&r.get::<_, String>(7)?)?,
        incident_id: r.get(8)?,
        outlet: r.get(9)?,
        link,
        km,
        event_id: id,
    })
}
