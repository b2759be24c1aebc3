//! Spherical helpers: great-circle distance and the point at a distance and bearing.

const EARTH_KM: f64 = 6371.0088;

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_KM * a.sqrt().min(1.0).asin()
}

/// The point `km` from (lat, lon) on initial bearing `bearing` (degrees clockwise from north).
pub fn destination(lat: f64, lon: f64, bearing: f64, km: f64) -> (f64, f64) {
    let d = km / EARTH_KM;
    let b = bearing.to_radians();
    let p1 = lat.to_radians();
    let l1 = lon.to_radians();
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
    let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    let round = |x: f64| (x * 1e5).round() / 1e5;
    (round(p2.to_degrees()), round(l2.to_degrees()))
}

/// Initial bearing from the first point to the second, degrees clockwise from north.
pub fn bearing(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    y.atan2(x).to_degrees().rem_euclid(360.0)
}

/// Centre of the Syrian Desert (between Palmyra and the Iraqi border).
const BADIA: (f64, f64) = (34.6, 38.6);

/// "بادية X": the desert of X lies towards the Syrian Desert; up to 60 km that way.
pub(crate) fn badia_of(lat: f64, lon: f64) -> (f64, f64) {
    let d = haversine_km(lat, lon, BADIA.0, BADIA.1);
    let b = bearing(lat, lon, BADIA.0, BADIA.1);
    destination(lat, lon, b, (d / 2.0).min(60.0))
}

/// English word for a bearing, as used in generated names ("south-east").
pub(crate) fn bearing_name(b: f64) -> &'static str {
    const NAMES: [&str; 8] = [
        "north",
        "north-east",
        "east",
        "south-east",
        "south",
        "south-west",
        "west",
        "north-west",
    ];
    NAMES[(((b.rem_euclid(360.0) + 22.5) / 45.0) as usize) % 8]
}

/// Adjective for a bearing ("southern", "south-eastern").
pub(crate) fn bearing_adjective(b: f64) -> &'static str {
    const NAMES: [&str; 8] = [
        "northern",
        "north-eastern",
        "eastern",
        "south-eastern",
        "southern",
        "south-western",
        "western",
        "north-western",
    ];
    NAMES[(((b.rem_euclid(360.0) + 22.5) / 45.0) as usize) % 8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_and_destination_agree() {
        // Damascus to Aleppo is about 310 km.
        let d = haversine_km(33.5102, 36.29128, 36.20124, 37.16117);
        assert!((300.0..320.0).contains(&d), "{d}");
        let (lat, lon) = destination(36.5, 40.75, 180.0, 25.0);
        assert!((haversine_km(36.5, 40.75, lat, lon) - 25.0).abs() < 0.1);
        assert!(lat < 36.5 && (lon - 40.75).abs() < 1e-3);
        assert_eq!(bearing_name(135.0), "south-east");
    }
}
