//! Wording that decides whether and how much: what is demanded or refused is no event, and a
//! counted noun in the accusative still counts. Illustrative sentences written for these tests.

mod common;

use common::{assert_none_of, counts, events, first_of, place};
use rasd_extract::{EventType, Unit};

#[test]
fn a_withdrawal_demanded_proposed_or_refused_is_no_withdrawal() {
    for text in [
        "طالبت الخارجية السورية بانسحاب القوات الأمريكية من قاعدة التنف.",
        "صوت مجلس النواب على مشروع قرار قدمه أحد النواب انسحاب القوات الأمريكية من سوريا.",
        "رفضت القوات الأمريكية الانسحاب من قاعدة التنف.",
        "Lawmakers rejected withdrawal of US forces from al-Tanf.",
    ] {
        assert_none_of(text, EventType::Withdrawal);
    }
    // A withdrawal told as done stays one.
    let done = first_of(
        "انسحبت القوات الأمريكية من قاعدة التنف.",
        EventType::Withdrawal,
    );
    assert_eq!(done.actor1.as_deref(), Some("US"));
}

#[test]
fn tankers_smuggled_out_through_a_crossing_are_a_withdrawal_with_their_count() {
    let e = first_of(
        "قالت مصادر محلية إن القوات الأمريكية هرّبت 45 صهريجاً من النفط عبر معبر الوليد إلى العراق.",
        EventType::Withdrawal,
    );
    assert_eq!(e.actor1.as_deref(), Some("US"));
    assert_eq!(counts(&e), vec![(45, Unit::Truck)]);
    // The fleeing of a victim is no movement of a force.
    let ev = events("قتل شاب أثناء محاولته الهرب من منزله في بلدة ذيبان خلال مداهمة لقسد.");
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Withdrawal),
        "{ev:#?}"
    );
}

#[test]
fn a_counted_noun_in_the_accusative_counts_and_a_broken_plural_does_not() {
    let e = first_of(
        "دخل رتل روسي يضم 12 مستشاراً إلى مطار القامشلي.",
        EventType::Deployment,
    );
    assert_eq!(counts(&e), vec![(12, Unit::Personnel)]);
    assert_eq!(place(&e), "Qamishli airport");
    assert_eq!(e.actor1.as_deref(), Some("RUS"));
    // "من المصابين أشخاصاً بحالات حرجة" says how badly, not one more wounded.
    let e = first_of(
        "أصيب 4 مدنيين بقصف مدفعي على بلدة كنصفرة، وبين المصابين أشخاصاً بحالات حرجة.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(4, Unit::Injury)]);
}
