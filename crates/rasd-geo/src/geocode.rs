//! One query in, one best reading out (`rasd geocode`), plus admin1 helpers.

use crate::Gazetteer;
use crate::geo::haversine_km;
use crate::model::{Candidate, GeocodeAnswer, Kind};
use crate::output::{self, Resolved};
use rasd_text::{normalize, normalize_key, tokenize};

impl Gazetteer {
    /// The best reading of a place mention or a whole sentence, with runners-up.
    pub fn geocode(&self, query: &str, context_admin1: Option<&str>) -> GeocodeAnswer {
        let norm = normalize(query);
        let tokens = tokenize(&norm.text);
        let capitals = norm.latin_capitals(query, &tokens);
        let hint = context_admin1.and_then(|h| self.canonical_admin1(h));
        let t = crate::context::Toks {
            text: &norm.text,
            tokens: &tokens,
            capitals: &capitals,
        };
        let mut rs = output::analyse(self, t, hint);
        // the most specific confident mention that does not merely locate another
        rs.sort_by(|a, b| {
            let key = |r: &Resolved| {
                (
                    r.m.locator,
                    (r.m.score * 100.0) as i32 / 5,
                    3 - r.m.geo_precision as i32,
                )
            };
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0)
                .then(kb.1.cmp(&ka.1))
                .then(kb.2.cmp(&ka.2))
                .then(a.m.start.cmp(&b.m.start))
        });
        let mut it = rs.into_iter();
        let Some(best) = it.next() else {
            return GeocodeAnswer {
                query: query.to_string(),
                found: false,
                id: None,
                name: None,
                name_ar: None,
                lat: None,
                lon: None,
                kind: None,
                country: None,
                admin1: None,
                admin2: None,
                geo_precision: None,
                score: 0.0,
                matched: None,
                runners_up: Vec::new(),
            };
        };
        let mut runners_up = best.alts;
        for r in it.take(5usize.saturating_sub(runners_up.len())) {
            runners_up.push(Candidate {
                id: r.m.id,
                name: r.m.name,
                name_ar: r.m.name_ar,
                lat: r.m.lat,
                lon: r.m.lon,
                kind: r.m.kind,
                country: r.m.country,
                admin1: r.m.admin1,
                geo_precision: r.m.geo_precision,
                score: r.m.score,
            });
        }
        let m = best.m;
        GeocodeAnswer {
            query: query.to_string(),
            found: true,
            matched: norm.text.get(m.start..m.end).map(str::to_string),
            id: m.id,
            name: Some(m.name),
            name_ar: m.name_ar,
            lat: Some(m.lat),
            lon: Some(m.lon),
            kind: Some(m.kind),
            country: m.country,
            admin1: m.admin1,
            admin2: m.admin2,
            geo_precision: Some(m.geo_precision),
            score: m.score,
            runners_up,
        }
    }

    /// The admin1 name rasd writes for any spelling of a first-level unit it knows
    /// ("Deir Ezzor", "دير الزور", "محافظة دير الزور" → "Deir ez-Zor").
    pub fn canonical_admin1(&self, name: &str) -> Option<&str> {
        let key = normalize_key(name);
        if let Some((_, e)) = self.index.get(&key) {
            let admin = e
                .places
                .iter()
                .map(|&i| &self.places[i as usize])
                .find(|p| p.kind.is_admin1());
            if let Some(p) = admin {
                return p.admin1.as_deref();
            }
        }
        let squash = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let want = squash(name);
        self.places
            .iter()
            .filter_map(|p| p.admin1.as_deref())
            .find(|a| squash(a) == want)
    }

    /// Where a first-level unit is placed (its capital), by any spelling.
    pub fn admin1_centre(&self, admin1: &str) -> Option<(f64, f64)> {
        let a1 = self.canonical_admin1(admin1)?;
        self.places
            .iter()
            .find(|p| p.kind.is_admin1() && p.admin1.as_deref() == Some(a1))
            .map(|p| (p.lat, p.lon))
    }

    /// The first-level unit of the nearest settlement within 60 km (no polygons: an
    /// approximation that can be wrong near borders).
    pub fn admin1_of(&self, lat: f64, lon: f64) -> Option<&str> {
        self.places
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    Kind::City | Kind::Town | Kind::Village | Kind::Place
                )
            })
            .filter_map(|p| Some((haversine_km(lat, lon, p.lat, p.lon), p.admin1.as_deref()?)))
            .filter(|(d, _)| *d <= 60.0)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, a)| a)
    }

    /// Governorates and provinces: (admin1 name, lat, lon) of their capitals.
    pub fn admin1_centres(&self) -> impl Iterator<Item = (&str, f64, f64)> + '_ {
        self.places
            .iter()
            .filter(|p| p.kind.is_admin1())
            .filter_map(|p| Some((p.admin1.as_deref()?, p.lat, p.lon)))
    }
}
