//! Control assertions through the store: written with their article, idempotent, read back
//! with sources, and the control picture of the seed articles (read from ../shared, never
//! copied here).

use std::path::PathBuf;

use rasd_extract::{ArticleInput, Extractor};
use rasd_situation::{Options, Rivers};
use rasd_store::{ControlFilter, Store};

fn article(text: &str, outlet: &str, published: &str) -> ArticleInput {
    ArticleInput {
        text: format!("تقرير\n{text}"),
        outlet: Some(outlet.into()),
        url: Some(format!("https://{outlet}.example/{}", text.len())),
        published: published.parse().ok(),
        author: Some(format!("مراسل {outlet}")),
        ..Default::default()
    }
}

fn store_with(ex: &Extractor, inputs: Vec<ArticleInput>) -> Store {
    let mut s = Store::open_in_memory().expect("store");
    let items: Vec<_> = inputs
        .into_iter()
        .map(|i| {
            let a = ex.analyse(&i);
            (i, a)
        })
        .collect();
    s.insert_batch(&items).expect("insert");
    s.insert_batch(&items).expect("re-insert");
    s
}

fn opts(at: &str) -> Options {
    Options {
        at: at.parse().expect("date"),
        window_days: 365,
        undated: true,
    }
}

#[test]
fn assertions_round_trip_once_with_their_sources() {
    let ex = Extractor::bundled();
    let s = store_with(
        &ex,
        vec![article(
            "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور.",
            "outlet-a",
            "2023-05-02",
        )],
    );
    let all = s
        .control_assertions(&ControlFilter::default())
        .expect("read");
    assert_eq!(all.len(), 1, "stored once despite the second insert");
    let a = &all[0];
    assert_eq!(a.assertion.actor, "SDF");
    assert_eq!(a.outlet.as_deref(), Some("outlet-a"));
    assert!(a.sentence.contains("تسيطر"));
    let meta = s.article(&a.article_id).expect("read").expect("stored");
    assert_eq!(meta.author.as_deref(), Some("مراسل outlet-a"));
    let before = ControlFilter {
        until: "2023-05-01".parse().ok(),
        ..ControlFilter::default()
    };
    assert!(s.control_assertions(&before).expect("read").is_empty());
    assert_eq!(
        s.latest_control_date()
            .expect("date")
            .map(|d| d.to_string()),
        Some("2023-05-02".into())
    );
}

#[test]
fn two_outlets_disagreeing_are_both_shown() {
    let ex = Extractor::bundled();
    let s = store_with(
        &ex,
        vec![
            article(
                "وتسيطر قوات العشائر على بلدة ذيبان.",
                "outlet-a",
                "2024-08-10",
            ),
            article("وتسيطر قسد على بلدة ذيبان.", "outlet-b", "2024-08-11"),
        ],
    );
    let p = s
        .control_picture(&ex.gazetteer, &Rivers::bundled(), &opts("2024-08-12"))
        .expect("picture");
    let dhiban = p
        .localities
        .iter()
        .find(|l| l.locality.name == "Dhiban")
        .expect("Dhiban held");
    assert_eq!(dhiban.actor, "SDF");
    assert_eq!(dhiban.basis.outlet.as_deref(), Some("outlet-b"));
    assert_eq!(dhiban.contested_by.len(), 1);
    assert_eq!(dhiban.contested_by[0].outlet.as_deref(), Some("outlet-a"));
    let geo = p.to_geojson();
    assert!(geo["features"].as_array().is_some_and(|f| !f.is_empty()));
}

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared (the reference shelf) is not beside the checkout");
        None
    }
}

/// Issue 6's bar: the seed articles place al-Shaddadi, Abu Kamal and the Conoco field.
#[test]
fn the_seed_articles_place_shaddadi_abu_kamal_and_conoco() {
    let Some(dir) = shared() else { return };
    let ex = Extractor::bundled();
    let mut inputs = Vec::new();
    for (name, day) in [
        ("baladi-us-reinforcements-deir-ez-zor.txt", "2018-03-06"),
        ("baladi-us-reinforcements-east-syria.txt", "2020-05-14"),
    ] {
        let Ok(text) = std::fs::read_to_string(dir.join("corpus/seeds").join(name)) else {
            eprintln!("skipping: {name} is not on the shelf");
            return;
        };
        inputs.push(ArticleInput {
            text,
            published: day.parse().ok(),
            ..Default::default()
        });
    }
    let s = store_with(&ex, inputs);
    let at = |day: &str, name: &str| {
        let p = s
            .control_picture(&ex.gazetteer, &Rivers::bundled(), &opts(day))
            .expect("picture");
        p.localities
            .iter()
            .find(|l| l.locality.name == name)
            .map(|l| l.actor.clone())
    };
    // The Deir ez-Zor article's date: the SDF north of the Euphrates, Iran's militias in
    // Abu Kamal, the government in Deir ez-Zor city.
    assert_eq!(at("2018-03-06", "Conoco gas field").as_deref(), Some("SDF"));
    assert_eq!(at("2018-03-06", "Abu Kamal").as_deref(), Some("IRN"));
    assert_eq!(at("2018-03-06", "Deir ez-Zor").as_deref(), Some("SYR_GOV"));
    assert_eq!(at("2018-03-06", "al-Mayadin").as_deref(), Some("SYR_GOV"));
    // The east-Syria article's date: the US base in al-Shaddadi.
    assert_eq!(at("2020-05-14", "al-Shaddadi").as_deref(), Some("US"));
    // Before either article, nothing is known.
    assert_eq!(at("2017-01-01", "Conoco gas field"), None);
}
