//! Incidents: events from one or several articles that describe the same real-world
//! occurrence. The rule is a pure function ([`same_incident`]) so that the evaluator can group
//! events without a database; the store applies it against events already stored.

use jiff::civil::{Date, Weekday};
use rasd_extract::{Event, EventType};
use rusqlite::{Connection, OptionalExtension, params};

use crate::Result;

/// Two events farther apart than this are different incidents.
pub const INCIDENT_RADIUS_KM: f64 = 15.0;
/// The reach when either event is placed only in an area ("ريف إدلب الجنوبي", precision 2),
/// whose centre can lie this far from a village inside it.
pub const AREA_RADIUS_KM: f64 = 30.0;
/// Two dated events further apart than this many days are different incidents.
pub const INCIDENT_MAX_DAYS: i32 = 1;
/// Without a date on one side, two sites this close are one place.
const SAME_PLACE_KM: f64 = 1.0;

/// The fields the incident rule looks at, borrowed from an [`Event`] or a stored row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventLike<'a> {
    pub event_type: EventType,
    pub actor1: Option<&'a str>,
    /// (lat, lon) in degrees.
    pub point: Option<(f64, f64)>,
    pub place_name: Option<&'a str>,
    pub geo_precision: Option<u8>,
    pub date: Option<Date>,
    /// The weekday an undated report names.
    pub weekday: Option<Weekday>,
}

impl<'a> From<&'a Event> for EventLike<'a> {
    fn from(e: &'a Event) -> Self {
        EventLike {
            event_type: e.event_type,
            actor1: e.actor1.as_deref(),
            point: e.location.as_ref().map(|p| (p.lat, p.lon)),
            place_name: e.location.as_ref().map(|p| p.name.as_str()),
            geo_precision: e.location.as_ref().map(|p| p.geo_precision),
            date: e.date,
            weekday: e.weekday,
        }
    }
}

impl EventLike<'_> {
    /// The day of the week, from the date or, undated, from the weekday the report names.
    fn day_of_week(&self) -> Option<Weekday> {
        self.date.map(|d| d.weekday()).or(self.weekday)
    }
}

/// Same type, or both remote violence (air strike, shelling, explosion: sources often cannot
/// tell them apart), or both a deployment and the base it goes to.
pub fn compatible_types(a: EventType, b: EventType) -> bool {
    use EventType::*;
    let remote = |t| matches!(t, AirStrike | Shelling | Explosion);
    let posture = |t| matches!(t, Deployment | BaseEstablished);
    a == b || (remote(a) && remote(b)) || (posture(a) && posture(b))
}

/// One raid, told as arrests by one outlet and as a killing of civilians or a clash by
/// another: ground violence of different types by one named side. (Arrests of suspects by
/// the police after unknown gunmen killed someone are another occurrence.)
fn one_raid(a: &EventLike, b: &EventLike) -> bool {
    let same_named_side = match (known(a.actor1), known(b.actor1)) {
        (Some(x), Some(y)) => rasd_extract::same_side(x, y),
        _ => false,
    };
    on_the_ground(a.event_type) && on_the_ground(b.event_type) && same_named_side
}

/// Violence on the ground, which outlets tell one raid of as any of these ([`one_raid`]).
fn on_the_ground(t: EventType) -> bool {
    use EventType::*;
    matches!(t, ArmedClash | AttackOnCivilians | Arrest)
}

/// The type codes a stored event may have to pair with an event of type `t` under
/// [`same_incident`], padded to three by repeating the first (the widest group has three): a
/// filter the index can apply before the rows are read.
fn pairable_type_codes(t: EventType) -> [&'static str; 3] {
    let mut codes = [t.code(); 3];
    let fits = EventType::ALL
        .iter()
        .filter(|&&u| u != t && (compatible_types(t, u) || (on_the_ground(t) && on_the_ground(u))));
    for (slot, u) in codes.iter_mut().skip(1).zip(fits) {
        *slot = u.code();
    }
    codes
}

fn known(code: Option<&str>) -> Option<&str> {
    code.filter(|c| !matches!(*c, "UNKNOWN" | ""))
}

/// Same side, or either unknown: outlets attribute one strike to the regime or to Russia, one
/// raid to the SDF or to the coalition ([`rasd_extract::same_side`]).
pub fn compatible_actors(a: Option<&str>, b: Option<&str>) -> bool {
    match (known(a), known(b)) {
        (Some(x), Some(y)) => rasd_extract::same_side(x, y),
        _ => true,
    }
}

/// Great-circle distance in kilometres.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    rasd_extract::haversine_km(a.0, a.1, b.0, b.1)
}

fn is_area(e: &EventLike) -> bool {
    e.geo_precision == Some(2)
}

/// How far apart two events may be and still be one incident.
fn reach_km(a: &EventLike, b: &EventLike) -> f64 {
    if is_area(a) || is_area(b) {
        AREA_RADIUS_KM
    } else {
        INCIDENT_RADIUS_KM
    }
}

/// Whether two events may be the same real-world occurrence: compatible types (or
/// [`one_raid`]) and actors,
/// within reach of each other, and within ±[`INCIDENT_MAX_DAYS`]; when either is undated,
/// only at the same place (the same name, the same site, or a site inside the area the other
/// names), and on weekdays that fit when both are known ("اليوم الخميس" on a page without a
/// date is not Tuesday's shelling). Events without a location never group: nothing ties
/// them together.
///
/// An undated event could be any day: the store joins it to an incident only when exactly one
/// incident there fits ([`find_incident`]).
pub fn same_incident(a: &EventLike, b: &EventLike) -> bool {
    let types_fit = compatible_types(a.event_type, b.event_type) || one_raid(a, b);
    if !types_fit || !compatible_actors(a.actor1, b.actor1) {
        return false;
    }
    let (Some(pa), Some(pb)) = (a.point, b.point) else {
        return false;
    };
    let km = haversine_km(pa, pb);
    if km > reach_km(a, b) {
        return false;
    }
    match (a.date, b.date) {
        (Some(da), Some(db)) => days_between(da, db) <= INCIDENT_MAX_DAYS,
        _ => {
            weekdays_fit(a.day_of_week(), b.day_of_week())
                && (km <= SAME_PLACE_KM
                    || is_area(a)
                    || is_area(b)
                    || same_name(a.place_name, b.place_name))
        }
    }
}

/// Two days of the week at most ±[`INCIDENT_MAX_DAYS`] apart (round the week), or either
/// unknown.
fn weekdays_fit(a: Option<Weekday>, b: Option<Weekday>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let d = i32::from(x.since(y));
            d.min(7 - d) <= INCIDENT_MAX_DAYS
        }
        _ => true,
    }
}

fn days_between(a: Date, b: Date) -> i32 {
    a.until(b).map(|s| s.get_days().abs()).unwrap_or(i32::MAX)
}

fn same_name(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let (x, y) = (rasd_text::normalize_key(x), rasd_text::normalize_key(y));
            !x.is_empty() && x == y
        }
        _ => false,
    }
}

/// Degrees of latitude and longitude that cover `km` around `lat` (a bounding box for SQL).
pub(crate) fn box_degrees(lat: f64, km: f64) -> (f64, f64) {
    let dlat = km / 111.195;
    let dlon = km / (111.195 * lat.to_radians().cos().abs().max(0.01));
    (dlat, dlon)
}

/// Stored events read per lookup at most: a busy place has many, and an undated event needs
/// only to see that more than one incident fits.
const MAX_CANDIDATES: i64 = 5000;

/// Which stored rows a lookup reads.
enum Rows {
    /// Dated rows within ±[`INCIDENT_MAX_DAYS`] of this day.
    Around(Date),
    /// Undated rows only.
    Undated,
    /// Rows of any date.
    Any,
}

/// The incident a new event joins, `None` when it starts its own.
///
/// A dated event joins the nearest stored event of the same incident dated within a day (ties:
/// the earlier stored); failing that, an undated report at the same place, if only one
/// incident has such reports. An undated event joins an incident at its place only if one
/// fits best ([`best_fit`]): with several alike, which one it belongs to is unknown, and
/// merging would be a guess.
pub(crate) fn find_incident(conn: &Connection, ev: &EventLike) -> Result<Option<String>> {
    let Some(point) = ev.point else {
        return Ok(None);
    };
    match ev.date {
        Some(d) => {
            let near = candidates(conn, ev, point, Rows::Around(d), Stop::OnTheSpot)?;
            if let Some(c) = near.into_iter().next() {
                return Ok(Some(c.incident));
            }
            // Undated reports there, as long as their incident is not already another day's.
            let undated = best_fit(ev, candidates(conn, ev, point, Rows::Undated, Stop::Tied)?);
            match undated {
                Some(id) if days_fit(conn, &id, d)? => Ok(Some(id)),
                _ => Ok(None),
            }
        }
        None => Ok(best_fit(
            ev,
            candidates(conn, ev, point, Rows::Any, Stop::Tied)?,
        )),
    }
}

/// A stored event that [`same_incident`] pairs with the new one.
struct Candidate {
    km: f64,
    incident: String,
    /// Both name the same day of the week (an undated report's weekday, or a date's).
    same_weekday: bool,
}

/// How closely a candidate ties to the event: reported at the very site (for an event at a
/// site; around an area, every candidate is "near"), then on the same day of the week.
fn tie(ev: &EventLike, c: &Candidate) -> (bool, bool) {
    (!is_area(ev) && c.km <= SAME_PLACE_KM, c.same_weekday)
}

/// The closest tie an event can have with a stored one.
fn closest_tie(ev: &EventLike) -> (bool, bool) {
    (!is_area(ev), ev.day_of_week().is_some())
}

/// The one incident among the candidates; failing that, the one incident among those tied
/// most closely ([`tie`]): the town named again beats an area around it ("ريف إدلب
/// الجنوبي"), and "اليوم الخميس" beats a report of no weekday or of the day before.
fn best_fit(ev: &EventLike, cands: Vec<Candidate>) -> Option<String> {
    // When all candidates share one incident, so do those tied most closely.
    let best = cands.iter().map(|c| tie(ev, c)).max()?;
    only_one(cands.iter().filter(|c| tie(ev, c) == best))
}

/// The incident of undated reports at the very site of a dated event that joined another
/// incident, to be merged into it: [`find_incident`] would have joined them had the dated
/// report come first. Only when the undated reports within [`SAME_PLACE_KM`] that fit all
/// belong to one incident, and its dated events (if any) fit the day.
pub(crate) fn undated_at_site(
    conn: &Connection,
    ev: &EventLike,
    joined: &str,
) -> Result<Option<String>> {
    let (Some(point), Some(day)) = (ev.point, ev.date) else {
        return Ok(None);
    };
    if is_area(ev) {
        return Ok(None);
    }
    let cands = candidates(conn, ev, point, Rows::Undated, Stop::Tied)?;
    match only_one(cands.iter().filter(|c| c.km <= SAME_PLACE_KM)) {
        Some(other) if other != joined && days_fit(conn, &other, day)? => Ok(Some(other)),
        _ => Ok(None),
    }
}

/// Moves every event of incident `from` into `into` and drops `from`.
pub(crate) fn merge_incidents(conn: &Connection, from: &str, into: &str) -> Result<()> {
    conn.prepare_cached("UPDATE events SET incident_id = ?2 WHERE incident_id = ?1")?
        .execute([from, into])?;
    conn.prepare_cached("DELETE FROM incidents WHERE id = ?1")?
        .execute([from])?;
    Ok(())
}

/// Whether every dated event of an incident lies within ±[`INCIDENT_MAX_DAYS`] of `day`, and
/// every undated one that names its weekday names one that fits `day` (a background "12
/// February 2020" is not the Monday an undated report tells of).
fn days_fit(conn: &Connection, incident: &str, day: Date) -> Result<bool> {
    let (lo, hi): (Option<String>, Option<String>) = conn
        .prepare_cached("SELECT MIN(date), MAX(date) FROM events WHERE incident_id = ?1")?
        .query_row([incident], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let near = |d: Option<String>| {
        d.and_then(|d| d.parse::<Date>().ok())
            .is_none_or(|d| days_between(d, day) <= INCIDENT_MAX_DAYS)
    };
    if !(near(lo) && near(hi)) {
        return Ok(false);
    }
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT weekday FROM events
          WHERE incident_id = ?1 AND date IS NULL AND weekday IS NOT NULL",
    )?;
    let mut rows = st.query([incident])?;
    while let Some(r) = rows.next()? {
        let named = crate::query::weekday_from_number(r.get(0)?)?;
        if !weekdays_fit(named, Some(day.weekday())) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The incident when all candidates share one.
fn only_one<'c>(mut cands: impl Iterator<Item = &'c Candidate>) -> Option<String> {
    let first = &cands.next()?.incident;
    cands.all(|c| c.incident == *first).then(|| first.clone())
}

/// When [`candidates`] stops reading: a busy place need not be read whole.
enum Stop {
    /// At the first row on the very spot: nothing is nearer (the nearest is wanted).
    OnTheSpot,
    /// Once two incidents are seen with the closest tie the event can have ([`closest_tie`]):
    /// no one incident can then fit best.
    Tied,
}

/// Stored events that [`same_incident`] pairs with `ev`, nearest first, read until `stop`
/// says enough.
fn candidates(
    conn: &Connection,
    ev: &EventLike,
    (lat, lon): (f64, f64),
    rows: Rows,
    stop: Stop,
) -> Result<Vec<Candidate>> {
    let (dlat, dlon) = box_degrees(lat, AREA_RADIUS_KM);
    const COLS: &str =
        "SELECT type, actor1, lat, lon, place_name, date, incident_id, geo_precision, weekday";
    let [t1, t2, t3] = pairable_type_codes(ev.event_type);
    let boxed = params![
        lat - dlat,
        lat + dlat,
        lon - dlon,
        lon + dlon,
        MAX_CANDIDATES,
        t1,
        t2,
        t3
    ];
    let mut st;
    // The days are the selective part of a dated lookup, hence the index by day first;
    // otherwise the place is. The type filter is checked in the index, before a row is read.
    let mut query = match rows {
        Rows::Around(d) => {
            st = conn.prepare_cached(&format!(
                "{COLS} FROM events INDEXED BY events_by_day_place
                 WHERE date IN (?9, ?10, ?11) AND lat BETWEEN ?1 AND ?2
                   AND lon BETWEEN ?3 AND ?4 AND type IN (?6, ?7, ?8) ORDER BY seq LIMIT ?5"
            ))?;
            let [before, on, after] = days_around(d);
            st.query(params![
                lat - dlat,
                lat + dlat,
                lon - dlon,
                lon + dlon,
                MAX_CANDIDATES,
                t1,
                t2,
                t3,
                before,
                on,
                after
            ])?
        }
        Rows::Undated => {
            st = conn.prepare_cached(&format!(
                "{COLS} FROM events INDEXED BY events_by_day_place
                 WHERE date IS NULL AND lat BETWEEN ?1 AND ?2
                   AND lon BETWEEN ?3 AND ?4 AND type IN (?6, ?7, ?8) ORDER BY seq LIMIT ?5"
            ))?;
            st.query(boxed)?
        }
        Rows::Any => {
            st = conn.prepare_cached(&format!(
                "{COLS} FROM events INDEXED BY events_by_lat
                 WHERE lat BETWEEN ?1 AND ?2 AND lon BETWEEN ?3 AND ?4
                   AND type IN (?6, ?7, ?8) ORDER BY seq LIMIT ?5"
            ))?;
            st.query(boxed)?
        }
    };
    let mut out: Vec<Candidate> = Vec::new();
    // Incidents seen with the closest tie.
    let mut counted: Vec<String> = Vec::new();
    let closest = closest_tie(ev);
    let day = ev.day_of_week();
    while let Some(r) = query.next()? {
        let ty: String = r.get(0)?;
        let Some(event_type) = EventType::from_code(&ty) else {
            continue;
        };
        let actor: Option<String> = r.get(1)?;
        let other_point = (r.get::<_, f64>(2)?, r.get::<_, f64>(3)?);
        let place: Option<String> = r.get(4)?;
        let date: Option<String> = r.get(5)?;
        let other = EventLike {
            event_type,
            actor1: actor.as_deref(),
            point: Some(other_point),
            place_name: place.as_deref(),
            geo_precision: r.get::<_, Option<u8>>(7)?,
            date: date.and_then(|d| d.parse().ok()),
            weekday: crate::query::weekday_from_number(r.get(8)?)?,
        };
        if same_incident(ev, &other) {
            let c = Candidate {
                km: haversine_km((lat, lon), other_point),
                incident: r.get(6)?,
                same_weekday: day.is_some() && day == other.day_of_week(),
            };
            let enough = match stop {
                Stop::OnTheSpot => c.km == 0.0,
                Stop::Tied => {
                    if tie(ev, &c) == closest && !counted.contains(&c.incident) {
                        counted.push(c.incident.clone());
                    }
                    counted.len() >= 2
                }
            };
            out.push(c);
            if enough {
                break;
            }
        }
    }
    // Stable: among equally near rows the earlier stored stays first.
    out.sort_by(|a, b| a.km.total_cmp(&b.km));
    Ok(out)
}

/// The stored text of the day before `d`, of `d` and of the day after: the dated rows within
/// ±[`INCIDENT_MAX_DAYS`]. Equal days let the index seek by day, then by latitude, where a
/// range of days would scan every place on those days.
fn days_around(d: Date) -> [String; 3] {
    const _: () = assert!(INCIDENT_MAX_DAYS == 1);
    let day = jiff::Span::new().days(1);
    [
        d.checked_sub(day).unwrap_or(d).to_string(),
        d.to_string(),
        d.checked_add(day).unwrap_or(d).to_string(),
    ]
}

/// Creates an incident row if it does not exist yet.
pub(crate) fn ensure_incident(conn: &Connection, id: &str) -> Result<bool> {
    let n = conn
        .prepare_cached("INSERT OR IGNORE INTO incidents (id) VALUES (?1)")?
        .execute([id])?;
    Ok(n > 0)
}

/// Recomputes an incident's counts from its events (outlets from every URL of every article).
pub(crate) fn refresh_incident(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE incidents SET
            event_count = (SELECT COUNT(*) FROM events WHERE incident_id = ?1),
            article_count = (SELECT COUNT(DISTINCT article_id) FROM events WHERE incident_id = ?1),
            earliest_date = (SELECT MIN(date) FROM events WHERE incident_id = ?1),
            outlet_count = (SELECT COUNT(DISTINCT o) FROM (
                SELECT lower(trim(a.outlet)) AS o FROM events e JOIN articles a ON a.id = e.article_id
                 WHERE e.incident_id = ?1 AND a.outlet IS NOT NULL AND trim(a.outlet) <> ''
                UNION
                SELECT lower(trim(u.outlet)) FROM events e JOIN article_urls u ON u.article_id = e.article_id
                 WHERE e.incident_id = ?1 AND u.outlet IS NOT NULL AND trim(u.outlet) <> ''))
         WHERE id = ?1",
    )?
    .execute([id])?;
    Ok(())
}

/// The incidents an article's events belong to (to refresh them when it gains a URL).
pub(crate) fn incidents_of_article(conn: &Connection, article_id: &str) -> Result<Vec<String>> {
    let mut st =
        conn.prepare_cached("SELECT DISTINCT incident_id FROM events WHERE article_id = ?1")?;
    let ids = st
        .query_map([article_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// The incident a stored event belongs to.
pub(crate) fn incident_of_event(conn: &Connection, event: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT incident_id FROM events WHERE id = ?1")?
        .query_row([event], |r| r.get(0))
        .optional()?)
}

/// Whether an event id is already stored.
pub(crate) fn event_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM events WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ev(
        t: EventType,
        actor: Option<&'static str>,
        p: (f64, f64),
        d: Option<Date>,
    ) -> EventLike<'static> {
        EventLike {
            event_type: t,
            actor1: actor,
            point: Some(p),
            place_name: None,
            geo_precision: Some(1),
            date: d,
            weekday: None,
        }
    }

    #[test]
    fn the_type_filter_keeps_every_type_the_rule_can_pair() {
        for &t in EventType::ALL {
            let codes = pairable_type_codes(t);
            for &u in EventType::ALL {
                let a = ev(t, Some("SYR_GOV"), (35.0, 36.0), Some(date(2024, 5, 1)));
                let b = ev(u, Some("SYR_GOV"), (35.0, 36.0), Some(date(2024, 5, 1)));
                let pairs = same_incident(&a, &b) || same_incident(&b, &a);
                assert_eq!(
                    codes.contains(&u.code()),
                    pairs,
                    "{} with {}",
                    t.code(),
                    u.code()
                );
            }
        }
    }

    #[test]
    fn rule() {
        let d = Some(date(2024, 3, 10));
        let a = ev(EventType::AirStrike, Some("US"), (35.0, 40.0), d);
        // ~5.5 km north, next day, shelling by the coalition: same
        let b = ev(
            EventType::Shelling,
            Some("COALITION"),
            (35.05, 40.0),
            Some(date(2024, 3, 11)),
        );
        assert!(same_incident(&a, &b));
        // two days later: different
        let c = ev(
            EventType::AirStrike,
            Some("US"),
            (35.0, 40.0),
            Some(date(2024, 3, 12)),
        );
        assert!(!same_incident(&a, &c));
        // another side
        let e = ev(EventType::AirStrike, Some("RUS"), (35.0, 40.0), d);
        assert!(!same_incident(&a, &e));
        // the same side: the SDF with the coalition
        let e = ev(EventType::AirStrike, Some("SDF"), (35.0, 40.0), d);
        assert!(same_incident(&a, &e));
        // unknown actor joins
        let f = ev(EventType::Explosion, None, (35.0, 40.0), d);
        assert!(same_incident(&a, &f));
        // incompatible type
        let g = ev(EventType::Deployment, Some("US"), (35.0, 40.0), d);
        assert!(!same_incident(&a, &g));
        // one dated, one not: only at the same place
        let h = ev(EventType::AirStrike, Some("US"), (35.0, 40.0), None);
        assert!(same_incident(&a, &h));
        assert!(!same_incident(&b, &h));
        // neither dated, same spot
        assert!(same_incident(&h, &h));
        // undated but for its weekday: a Sunday's strike (10 March 2024) was not Tuesday's,
        // it may be Monday's (reported the day after), and two undated Tuesdays may meet
        let mut tuesday = h;
        tuesday.weekday = Some(Weekday::Tuesday);
        assert!(!same_incident(&a, &tuesday));
        let mut monday = h;
        monday.weekday = Some(Weekday::Monday);
        assert!(same_incident(&a, &monday));
        assert!(same_incident(&tuesday, &tuesday.clone()));
        assert!(same_incident(&monday, &tuesday));
        let mut thursday = h;
        thursday.weekday = Some(Weekday::Thursday);
        assert!(!same_incident(&monday, &thursday));
        // a raid told as arrests by one outlet and as a killing of civilians by another
        let raid = ev(EventType::Arrest, Some("SDF"), (35.0, 40.0), d);
        let killing = ev(EventType::AttackOnCivilians, Some("SDF"), (35.0, 40.0), d);
        assert!(same_incident(&raid, &killing));
        assert!(!same_incident(&raid, &e));
        // ... not arrests by the police after unknown gunmen killed
        let gunmen = ev(
            EventType::AttackOnCivilians,
            Some("UNKNOWN"),
            (35.0, 40.0),
            d,
        );
        let police = ev(EventType::Arrest, Some("SYR_TRANS"), (35.0, 40.0), d);
        assert!(!same_incident(&gunmen, &police));
        // an area reaches a village 25 km from its centre, on the same day
        let mut area = ev(EventType::Shelling, None, (35.2, 40.0), d);
        area.geo_precision = Some(2);
        assert!(same_incident(&a, &area));
        assert!(!same_incident(
            &a,
            &ev(EventType::Shelling, None, (35.2, 40.0), d)
        ));
    }

    #[test]
    fn haversine_sane() {
        let km = haversine_km((36.5, 40.75), (36.5, 41.0));
        assert!((km - 22.3).abs() < 0.5, "{km}");
    }
}
