//! Force posture at a site, end to end over a store: events linked by the documented rule,
//! totals that keep their qualifiers, withdrawals kept apart, sources per event.

mod common;

use common::*;
use jiff::civil::date;
use rasd_extract::{EventType, Gazetteer, Modality, Qualifier, Quantity, Span, Unit};
use rasd_store::{Bound, Link, Presence, Store, registry};

fn q(value: u64, qualifier: Option<Qualifier>, unit: Unit) -> Quantity {
    Quantity {
        value,
        qualifier,
        unit,
        kind: None,
        target: None,
        span: Span::default(),
    }
}

/// al-Shaddadi base as the bundled gazetteer places it, and the town 1.5 km away.
fn base() -> rasd_extract::Place {
    place("al-Shaddadi base", "قاعدة الشدادي", 36.05, 40.72)
}

fn town() -> rasd_extract::Place {
    place("al-Shaddadi", "الشدادي", 36.05756, 40.73478)
}

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let t1 = "وصلت 40 شاحنة إلى قاعدة الشدادي";
    let t2 = "دخلت نحو 45 شاحنة قاعدة الشدادي";
    let t3 = "وصل رتل يضم أكثر من 100 شاحنة إلى القاعدة الأمريكية في الشدادي";
    let t4 = "سحبت القوات الأمريكية 10 شاحنات من قاعدة الشدادي";
    let t5 = "تعتزم القوات الأمريكية إرسال 500 جندي إلى قاعدة الشدادي";
    let t6 = "استهدفت طائرة مسيرة قاعدة الشدادي";
    let t7 = "انتشرت قوات في ريف الحسكة الجنوبي";
    let mut e1 = event(
        "e1",
        EventType::Deployment,
        Some("US"),
        Some(base()),
        Some(DAY),
        t1,
    );
    e1.quantities = vec![q(40, None, Unit::Truck)];
    // the same convoy told by another outlet: one incident, counted once
    let mut e2 = event(
        "e2",
        EventType::Deployment,
        Some("COALITION"),
        Some(base()),
        Some(DAY),
        t2,
    );
    e2.quantities = vec![q(45, Some(Qualifier::Approx), Unit::Truck)];
    let mut e3 = event(
        "e3",
        EventType::Deployment,
        Some("US"),
        Some(town()),
        Some(date(2024, 3, 15)),
        t3,
    );
    e3.quantities = vec![q(100, Some(Qualifier::MoreThan), Unit::Truck)];
    e3.assoc_actors = vec!["SDF".into()];
    let mut e4 = event(
        "e4",
        EventType::Withdrawal,
        Some("US"),
        Some(base()),
        Some(LATER),
        t4,
    );
    e4.quantities = vec![q(10, None, Unit::Truck)];
    let mut e5 = event(
        "e5",
        EventType::Deployment,
        Some("US"),
        Some(base()),
        None,
        t5,
    );
    e5.modality = Modality::Planned;
    e5.quantities = vec![q(500, None, Unit::Personnel)];
    let e6 = event(
        "e6",
        EventType::AirStrike,
        None,
        Some(base()),
        Some(LATER),
        t6,
    );
    let mut area = town();
    area.geo_precision = 2;
    let e7 = event(
        "e7",
        EventType::Deployment,
        Some("SYR_GOV"),
        Some(area),
        Some(DAY),
        t7,
    );
    let mut batch = Vec::new();
    for (i, (t, e)) in [
        (t1, e1),
        (t2, e2),
        (t3, e3),
        (t4, e4),
        (t5, e5),
        (t6, e6),
        (t7, e7),
    ]
    .into_iter()
    .enumerate()
    {
        let id = format!("a{i}");
        let url = format!("https://outlet{i}.example/{i}");
        batch.push(article(&id, t, &url, &format!("Outlet {i}"), vec![e]));
    }
    s.insert_batch(&batch).unwrap();
    s
}

#[test]
fn posture_sums_honestly_and_keeps_withdrawals_apart() {
    let s = store();
    let sites = registry(&Gazetteer::bundled());
    let all = s.site_postures(&sites).unwrap();
    let p = all
        .iter()
        .find(|p| p.site.id == "sy.base.shaddadi")
        .unwrap();
    // e1-e5 are posture reports; the coarse e7 is not linked; e6 is another event
    assert_eq!((p.reports, p.unsummed, p.other_reports), (5, 1, 1));
    let arrived: Vec<(&str, Bound)> = p
        .arrived
        .iter()
        .map(|t| (t.text.as_str(), t.bound))
        .collect();
    // max(40, ~45) for the one convoy, plus more than 100: a lower bound
    assert_eq!(arrived, [("~145+", Bound::AtLeast)]);
    assert_eq!(p.withdrawn.len(), 1);
    assert_eq!(
        (p.withdrawn[0].value, p.withdrawn[0].unit),
        (10, Unit::Truck)
    );
    assert!(p.works.is_empty());
    // the US withdrew last (the coalition with it); the SDF escort arrived and stayed
    assert_eq!(p.actors_present, ["SDF"]);
    let us = p.actors.iter().find(|a| a.actor == "US").unwrap();
    assert_eq!(
        (us.status, us.last_withdrawal),
        (Presence::Withdrew, Some(LATER))
    );
    let last = p.last_report.as_ref().unwrap();
    assert_eq!((last.date, last.event_id.as_str()), (Some(LATER), "e4"));
    // no other site picked these events up
    let linked: u64 = all.iter().map(|p| p.reports + p.other_reports).sum();
    assert_eq!(linked, 6);
}

#[test]
fn detail_lists_the_timeline_with_sources_and_links() {
    let s = store();
    let sites = registry(&Gazetteer::bundled());
    let d = s.site_detail(&sites, "sy.base.shaddadi").unwrap().unwrap();
    let ids: Vec<&str> = d
        .timeline
        .iter()
        .map(|t| t.event.event.id.as_str())
        .collect();
    // date order, undated (the planned one) last; e1/e2 share a day
    assert_eq!(ids, ["e1", "e2", "e3", "e4", "e5"]);
    let town = &d.timeline[2];
    assert_eq!(town.link, Link::NamedNearby);
    assert!(town.km > 1.0 && town.km < 2.0, "{}", town.km);
    assert!(!d.timeline[4].summed);
    // e1 and e2 are one incident: both outlets are its sources (the undated plan joined it)
    let outlets: Vec<&str> = d.timeline[0]
        .sources
        .iter()
        .filter_map(|a| a.outlet.as_deref())
        .collect();
    assert!(
        outlets.contains(&"Outlet 0") && outlets.contains(&"Outlet 1"),
        "{outlets:?}"
    );
    assert!(d.timeline[0].sources[0].urls[0].starts_with("https://outlet"));
    assert_eq!(d.other_events.len(), 1);
    assert!(s.site_detail(&sites, "sy.base.nowhere").unwrap().is_none());

    let mut csv = Vec::new();
    let rows = rasd_store::write_site_csv(&[d], &mut csv).unwrap();
    assert_eq!(rows, 6);
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("site_id,site_name,"));
    assert!(csv.contains(">100 truck"), "{csv}");
}
