//! The seed articles (read from ../shared, never copied here) and page-structure behaviour.

use rasd_extract::{ArticleInput, EventType, Extractor, Unit, haversine_km};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared (the reference shelf) is not beside the checkout");
        None
    }
}

fn analyse(text: &str) -> rasd_extract::Analysis {
    Extractor::bundled().analyse(&ArticleInput {
        text: text.to_string(),
        ..Default::default()
    })
}

#[test]
fn seed_convoy_reaches_shaddadi_with_40_vehicles_and_200_personnel() {
    let Some(dir) = shared() else { return };
    let path = dir.join("corpus/seeds/baladi-us-reinforcements-east-syria.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not readable", path.display());
        return;
    };
    let a = analyse(&text);
    let convoy = a.events.iter().find(|e| {
        e.event_type == EventType::Deployment
            && e.location
                .as_ref()
                .is_some_and(|p| haversine_km(p.lat, p.lon, 36.0576, 40.7348) <= 10.0)
    });
    let Some(e) = convoy else {
        panic!("no deployment to al-Shaddadi in {:#?}", a.events);
    };
    assert!(
        matches!(e.actor1.as_deref(), Some("COALITION") | Some("US")),
        "{e:#?}"
    );
    let has = |unit: Unit, v: u64| e.quantities.iter().any(|q| q.unit == unit && q.value == v);
    assert!(has(Unit::Vehicle, 40), "{:#?}", e.quantities);
    assert!(has(Unit::Personnel, 200), "{:#?}", e.quantities);
    // Evidence points at the Arabic source sentence.
    assert!(text[e.evidence.sentence.range()].contains("الشدادي"));
}

#[test]
fn seed_site_suffix_is_not_in_the_title() {
    let Some(dir) = shared() else { return };
    let Ok(text) =
        std::fs::read_to_string(dir.join("corpus/seeds/baladi-us-reinforcements-east-syria.txt"))
    else {
        return;
    };
    let a = analyse(&text);
    let title = a.title.unwrap_or_default();
    assert!(!title.is_empty() && !title.contains(" - "), "{title}");
}

/// A page written for this test: one event in the body, violent headlines in the related block.
const PAGE_WITH_RELATED: &str = "تعزيزات جديدة للتحالف في ريف الحسكة - شبكة المثال\n\n\
شبكة المثال - (خاص)\n\n\
وصل رتل عسكري لقوات التحالف الدولي يضم 12 شاحنة إلى مدينة الشدادي بريف الحسكة الجنوبي، اليوم الخميس.\n\n\
مقالات ذات صلة\n\n\
غارات روسية تقتل خمسة مدنيين في ريف إدلب الجنوبي\n\
انفجار عبوة ناسفة يقتل ثلاثة عناصر من قوات النظام في درعا\n\
اشتباكات عنيفة بين قسد والعشائر في ريف دير الزور الشرقي\n";

#[test]
fn related_articles_yield_no_events() {
    let a = analyse(PAGE_WITH_RELATED);
    assert_eq!(a.related.len(), 3, "{:#?}", a.related);
    let related_start = PAGE_WITH_RELATED.find("مقالات ذات صلة").unwrap_or(0);
    for e in &a.events {
        assert!(
            (e.evidence.sentence.end as usize) <= related_start,
            "event from the related block: {e:#?}"
        );
        assert!(
            !matches!(
                e.event_type,
                EventType::AirStrike | EventType::Explosion | EventType::ArmedClash
            ),
            "{e:#?}"
        );
    }
    assert!(
        a.events
            .iter()
            .any(|e| e.event_type == EventType::Deployment)
    );
}

#[test]
fn background_is_historical_not_dated_to_the_article() {
    let text = "التحالف يعزز قواعده\n\nقال مصدر إن التحالف الدولي دفع بتعزيزات إلى قاعدة الشدادي اليوم.\n\nوكان التحالف الدولي قد سيطر على مدينة الرقة في تشرين الأول 2017 بعد معارك مع تنظيم داعش.";
    let published = jiff::civil::date(2020, 4, 9);
    let a = Extractor::bundled().analyse(&ArticleInput {
        text: text.to_string(),
        published: Some(published),
        ..Default::default()
    });
    for e in &a.events {
        if e.modality == rasd_extract::Modality::Historical {
            assert_ne!(e.date, Some(published), "{e:#?}");
        }
    }
    assert!(
        a.events
            .iter()
            .any(|e| e.modality == rasd_extract::Modality::Historical),
        "{:#?}",
        a.events
    );
}

#[test]
fn bad_text_never_panics() {
    for text in [
        "",
        "\u{0}\u{1}\u{2}",
        "؟؟؟",
        "١٢٣٤٥٦٧٨٩٠",
        &"قصف ".repeat(5000),
        "ـــــ\u{200F}\u{FEFB}",
    ] {
        let _ = analyse(text);
    }
}

#[test]
fn english_reports_give_the_same_events() {
    let text = "Turkish drone kills two civilians near Qamishli - Example Wire\n\n\
A Turkish drone strike killed two civilians and wounded three others in a village east of Qamishli on Monday, local sources said.\n\n\
US-led coalition forces sent a convoy of 30 trucks to bases in Hasakah countryside.";
    let a = analyse(text);
    let strike = a
        .events
        .iter()
        .find(|e| e.event_type == EventType::AirStrike);
    let Some(strike) = strike else {
        panic!("no air strike in {:#?}", a.events);
    };
    assert_eq!(strike.actor1.as_deref(), Some("TUR"));
    let has = |unit: Unit, v: u64| {
        strike
            .quantities
            .iter()
            .any(|q| q.unit == unit && q.value == v)
    };
    assert!(
        has(Unit::Fatality, 2) && has(Unit::Injury, 3),
        "{:#?}",
        strike.quantities
    );
    let convoy = a
        .events
        .iter()
        .find(|e| e.event_type == EventType::Deployment);
    assert!(
        convoy.is_some_and(|e| e.actor1.as_deref() == Some("COALITION")
            && e.quantities
                .iter()
                .any(|q| q.unit == Unit::Truck && q.value == 30)),
        "{:#?}",
        a.events
    );
}

#[test]
fn a_warned_of_strike_is_a_threat_not_a_strike() {
    let a = analyse(
        "حذر وزير الدفاع الروسي الولايات المتحدة اليوم من توجيه ضربة جوية لقوات النظام في ريف دمشق.",
    );
    assert!(
        a.events
            .iter()
            .all(|e| e.event_type != EventType::AirStrike),
        "{:#?}",
        a.events
    );
    assert!(
        a.events
            .iter()
            .any(|e| e.event_type == EventType::Threat && e.actor1.as_deref() == Some("RUS")),
        "{:#?}",
        a.events
    );
}

#[test]
fn no_seed_event_targets_its_own_side() {
    let Some(dir) = shared() else { return };
    for name in std::fs::read_dir(dir.join("corpus/seeds"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let Ok(text) = std::fs::read_to_string(name.path()) else {
            continue;
        };
        for e in analyse(&text).events {
            if let (Some(a), Some(t)) = (e.actor1.as_deref(), e.target.as_deref()) {
                assert!(!rasd_extract::same_actor_class(a, t), "{e:#?}");
            }
        }
    }
}
