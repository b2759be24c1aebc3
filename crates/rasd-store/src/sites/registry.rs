//! The site registry: the gazetteer's bases, airports, oil and gas fields, crossings and dams,
//! and finding one by id or by an English or Arabic name.

use rasd_geo::{Gazetteer, Kind};
use rasd_text::normalize_key;
use serde::Serialize;

/// The gazetteer kinds that make a site. Dams are frontline objectives held by forces, so
/// they are in; camps and prisons are not kinds here.
pub const SITE_KINDS: [Kind; 6] = [
    Kind::Base,
    Kind::Airport,
    Kind::OilField,
    Kind::GasField,
    Kind::Crossing,
    Kind::Dam,
];

/// A place where forces are based, or that they hold or pass through.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    /// The gazetteer id, e.g. `sy.base.tanf`.
    pub id: String,
    pub name: String,
    pub name_ar: String,
    /// base, airport, oil_field, gas_field, crossing or dam.
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
    pub admin1: Option<String>,
    pub country: String,
    /// The gazetteer's precision of the site's own point (2: an approximate position).
    pub geo_precision: u8,
    /// Every name, normalised like lookups (`normalize_key`).
    #[serde(skip)]
    pub keys: Vec<String>,
}

/// The sites of a gazetteer, in its order (overlays included).
pub fn registry(g: &Gazetteer) -> Vec<Site> {
    g.places()
        .iter()
        .filter(|p| p.kind.is_military_site())
        .map(|p| {
            let mut keys: Vec<String> = [&p.name, &p.name_ar]
                .into_iter()
                .chain(&p.names)
                .map(|n| normalize_key(n))
                .filter(|k| !k.is_empty())
                .collect();
            keys.sort();
            keys.dedup();
            Site {
                id: p.id.clone(),
                name: p.name.clone(),
                name_ar: p.name_ar.clone(),
                kind: p.kind.as_str().to_string(),
                lat: p.lat,
                lon: p.lon,
                admin1: p.admin1.clone(),
                country: p.country.clone(),
                geo_precision: p.geo_precision,
                keys,
            }
        })
        .collect()
}

/// Finds a site by gazetteer id, then by a whole name (any spelling, Arabic letter variants
/// folded), then by part of a name. `Err` holds the candidates when the query is ambiguous,
/// and is empty when nothing matches.
pub fn find_site<'a>(sites: &'a [Site], query: &str) -> Result<&'a Site, Vec<&'a Site>> {
    let q = query.trim();
    if let Some(s) = sites.iter().find(|s| s.id == q) {
        return Ok(s);
    }
    let key = normalize_key(q);
    if key.is_empty() {
        return Err(Vec::new());
    }
    let whole: Vec<&Site> = sites.iter().filter(|s| s.keys.contains(&key)).collect();
    let found = if whole.is_empty() {
        sites
            .iter()
            .filter(|s| s.keys.iter().any(|k| k.contains(&key)))
            .collect()
    } else {
        whole
    };
    match found[..] {
        [one] => Ok(one),
        _ => Err(found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_kinds_are_the_gazetteers_military_sites() {
        for k in Kind::ALL {
            assert_eq!(SITE_KINDS.contains(&k), k.is_military_site(), "{k}");
        }
    }

    #[test]
    fn the_bundled_registry_has_bases_fields_and_crossings_only() {
        let sites = registry(&Gazetteer::bundled());
        assert!(sites.len() > 50, "{}", sites.len());
        assert!(
            sites
                .iter()
                .all(|s| SITE_KINDS.iter().any(|k| k.as_str() == s.kind))
        );
        for kind in [
            "base",
            "airport",
            "oil_field",
            "gas_field",
            "crossing",
            "dam",
        ] {
            assert!(sites.iter().any(|s| s.kind == kind), "no {kind}");
        }
    }

    #[test]
    fn sites_are_found_by_id_name_or_part_of_a_name() {
        let sites = registry(&Gazetteer::bundled());
        let id = |q: &str| find_site(&sites, q).map(|s| s.id.as_str());
        assert_eq!(id("sy.base.tanf"), Ok("sy.base.tanf"));
        assert_eq!(id("قاعدة الشدادي"), Ok("sy.base.shaddadi"));
        assert_eq!(id("قاعده الشدادى"), Ok("sy.base.shaddadi"));
        assert_eq!(id("Shaddadi"), Ok("sy.base.shaddadi"));
        // a whole name of the field only; a part of the base's and the field's names
        assert_eq!(id("كونيكو"), Ok("sy.field.conoco"));
        match find_site(&sites, "Omar") {
            Err(c) => assert!(c.len() >= 2, "{c:?}"),
            Ok(s) => panic!("ambiguous name resolved to {}", s.id),
        }
        assert_eq!(find_site(&sites, "no such place").err(), Some(vec![]));
    }
}
