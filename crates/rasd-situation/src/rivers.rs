//! River courses for bank relations: which side of the Euphrates a village lies on.

use rasd_geo::haversine_km;

/// The bundled courses (`data/geometry/rivers.tsv`).
pub const RIVERS_TSV: &str = include_str!("../../../data/geometry/rivers.tsv");

/// One river as a polyline in downstream order, (lat, lon) vertices.
#[derive(Debug, Clone)]
pub struct River {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

#[derive(Debug, Clone, Default)]
pub struct Rivers {
    pub rivers: Vec<River>,
}

impl Rivers {
    pub fn bundled() -> Rivers {
        // The bundled file is tested; a bad line there is a build defect, not input.
        Rivers::parse(RIVERS_TSV).unwrap_or_default()
    }

    /// `river<TAB>lon<TAB>lat` lines; `#` comments. Errors name the 1-based line.
    pub fn parse(tsv: &str) -> Result<Rivers, String> {
        let mut out = Rivers::default();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [name, lon, lat] = cols[..] else {
                return Err(format!("line {}: expected river, lon, lat", i + 1));
            };
            let num = |s: &str| {
                s.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| format!("line {}: {s:?} is not a coordinate", i + 1))
            };
            let point = (num(lat)?, num(lon)?);
            match out.rivers.iter_mut().find(|r| r.name == name) {
                Some(r) => r.points.push(point),
                None => out.rivers.push(River {
                    name: name.to_string(),
                    points: vec![point],
                }),
            }
        }
        Ok(out)
    }

    pub fn get(&self, name: &str) -> Option<&River> {
        self.rivers
            .iter()
            .find(|r| r.name.eq_ignore_ascii_case(name) && r.points.len() >= 2)
    }
}

/// Local plane around a point: kilometres east and north.
fn plane(lat0: f64, (lat, lon): (f64, f64)) -> (f64, f64) {
    let kx = 111.32 * lat0.to_radians().cos();
    (lon * kx, lat * 110.57)
}

impl River {
    /// The nearest segment to (lat, lon): (its index, distance in km).
    fn nearest(&self, lat: f64, lon: f64) -> (usize, f64) {
        let p = plane(lat, (lat, lon));
        let mut best = (0, f64::INFINITY);
        for (i, w) in self.points.windows(2).enumerate() {
            let (a, b) = (plane(lat, w[0]), plane(lat, w[1]));
            let d = (b.0 - a.0, b.1 - a.1);
            let len2 = d.0 * d.0 + d.1 * d.1;
            let t = if len2 > 0.0 {
                (((p.0 - a.0) * d.0 + (p.1 - a.1) * d.1) / len2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let q = (a.0 + t * d.0, a.1 + t * d.1);
            let dist = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
            if dist < best.1 {
                best = (i, dist);
            }
        }
        best
    }

    /// Distance from (lat, lon) to the river, km.
    pub fn distance_km(&self, lat: f64, lon: f64) -> f64 {
        let (i, d) = self.nearest(lat, lon);
        if d.is_finite() {
            d
        } else {
            self.points
                .get(i)
                .map_or(f64::INFINITY, |&(a, b)| haversine_km(lat, lon, a, b))
        }
    }

    /// Is (lat, lon) on the bank that faces `bearing` (0 north, 90 east ...)? The bank is
    /// read at the nearest stretch of the river: the side of the flow the point is on, and
    /// the direction that side faces there. `None` on the river line itself or where the
    /// bearing runs along the river.
    pub fn on_side(&self, bearing: f64, lat: f64, lon: f64) -> Option<bool> {
        let (i, dist) = self.nearest(lat, lon);
        if dist < 0.5 {
            return None;
        }
        let (a, b) = (self.points.get(i)?, self.points.get(i + 1)?);
        let (pa, pb, pp) = (plane(lat, *a), plane(lat, *b), plane(lat, (lat, lon)));
        let flow = (pb.0 - pa.0, pb.1 - pa.1);
        let to_point = (pp.0 - pa.0, pp.1 - pa.1);
        // > 0: the point is on the left of the flow.
        let cross = flow.0 * to_point.1 - flow.1 * to_point.0;
        // The left bank faces the flow turned a quarter anticlockwise.
        let left_normal = (-flow.1, flow.0);
        let want = (bearing.to_radians().sin(), bearing.to_radians().cos());
        let facing = left_normal.0 * want.0 + left_normal.1 * want.1;
        if facing.abs() < 1e-9 {
            return None;
        }
        Some((cross > 0.0) == (facing > 0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_rivers_load() {
        let r = Rivers::bundled();
        for name in ["Euphrates", "Tigris", "Khabur"] {
            assert!(r.get(name).is_some_and(|r| r.points.len() >= 4), "{name}");
        }
        assert!(Rivers::parse("Euphrates\t40.1\n").is_err());
        assert!(Rivers::parse("Euphrates\tx\t35\n").is_err());
    }

    #[test]
    fn euphrates_banks_in_deir_ez_zor_and_above_tabqa() {
        let r = Rivers::bundled();
        let e = r.get("Euphrates").expect("bundled");
        // Conoco field and al-Busayrah (north/east bank) against Deir ez-Zor's south-bank
        // villages and al-Mayadin.
        for (lat, lon) in [(35.25, 40.34), (35.16, 40.43), (35.5, 40.3)] {
            assert_eq!(e.on_side(0.0, lat, lon), Some(true), "{lat},{lon} north");
            assert_eq!(e.on_side(90.0, lat, lon), Some(true), "{lat},{lon} east");
            assert_eq!(
                e.on_side(180.0, lat, lon),
                Some(false),
                "{lat},{lon} not south"
            );
        }
        for (lat, lon) in [(35.02, 40.45), (34.45, 40.92), (35.2, 40.0)] {
            assert_eq!(e.on_side(180.0, lat, lon), Some(true), "{lat},{lon} south");
            assert_eq!(
                e.on_side(0.0, lat, lon),
                Some(false),
                "{lat},{lon} not north"
            );
        }
        // Above Tabqa the river runs south: Manbij is west of it, Ain al-Arab east.
        assert_eq!(e.on_side(270.0, 36.53, 37.95), Some(true));
        assert_eq!(e.on_side(90.0, 36.89, 38.35), Some(true));
    }
}
