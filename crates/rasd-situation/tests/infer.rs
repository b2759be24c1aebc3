//! Control per locality from illustrative reports written for these tests: river banks,
//! countryside sides, pockets inside another actor's area, specificity, staleness and
//! conflicting reports.

use jiff::civil::Date;
use rasd_extract::{ArticleInput, ControlAssertion, Extractor};
use rasd_situation::{Holding, Locality, Options, Rivers, infer, localities};

struct World {
    ex: Extractor,
    places: Vec<Locality>,
    rivers: Rivers,
}

impl World {
    fn new() -> Self {
        let ex = Extractor::bundled();
        let places = localities(&ex.gazetteer);
        World {
            ex,
            places,
            rivers: Rivers::bundled(),
        }
    }

    fn read(&self, reports: &[(&str, &str)]) -> Vec<ControlAssertion> {
        reports
            .iter()
            .flat_map(|(published, text)| {
                self.ex
                    .analyse(&ArticleInput {
                        text: format!("تقرير\n{text}"),
                        published: published.parse().ok(),
                        ..Default::default()
                    })
                    .control
            })
            .collect()
    }

    fn picture(&self, assertions: &[ControlAssertion], at: &str) -> Vec<Holding> {
        let opts = Options {
            at: at.parse::<Date>().expect("test date"),
            window_days: 365,
            undated: true,
        };
        infer(
            &self.places,
            assertions,
            &self.ex.gazetteer,
            &self.rivers,
            &opts,
        )
    }

    /// The actor holding the locality with this gazetteer id, if any.
    fn holder<'h>(&self, holdings: &'h [Holding], id: &str) -> Option<&'h Holding> {
        holdings
            .iter()
            .find(|h| self.places.get(h.locality).is_some_and(|l| l.id == id))
    }

    fn id_of(&self, name: &str) -> String {
        self.places
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.id.clone())
            .unwrap_or_else(|| panic!("no locality {name}"))
    }
}

fn actor(h: Option<&Holding>) -> Option<&str> {
    h.map(|h| h.actor.as_str())
}

#[test]
fn the_euphrates_divides_deir_ez_zor_between_the_banks() {
    let w = World::new();
    let a = w.read(&[(
        "2019-06-01",
        "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور، بينما تسيطر قوات النظام \
         على الضفة الجنوبية للفرات.",
    )]);
    let p = w.picture(&a, "2019-06-30");
    for town in [
        "Hajin",
        "al-Busayrah",
        "Dhiban",
        "al-Omar oil field",
        "Conoco gas field",
    ] {
        assert_eq!(actor(w.holder(&p, &w.id_of(town))), Some("SDF"), "{town}");
    }
    for town in ["al-Mayadin", "al-Asharah", "Abu Kamal", "Muhasan"] {
        assert_eq!(
            actor(w.holder(&p, &w.id_of(town))),
            Some("SYR_GOV"),
            "{town}"
        );
    }
    // Outside the governorate named, the banks say nothing.
    assert_eq!(actor(w.holder(&p, &w.id_of("al-Tabqa"))), None);
}

#[test]
fn a_countryside_side_covers_that_side_only() {
    let w = World::new();
    let a = w.read(&[("2021-03-10", "وتسيطر قوات النظام على ريف حلب الجنوبي.")]);
    let p = w.picture(&a, "2021-04-01");
    let south = w.id_of("Al Hadir");
    let north = w.id_of("Tal Rifaat");
    assert_eq!(actor(w.holder(&p, &south)), Some("SYR_GOV"));
    assert_eq!(actor(w.holder(&p, &north)), None);
}

#[test]
fn a_pocket_inside_another_actors_area_keeps_its_town() {
    let w = World::new();
    let a = w.read(&[(
        "2018-11-01",
        "تسيطر قسد على ريف دير الزور الشرقي مع بقاء جيب لتنظيم داعش في بلدة هجين.",
    )]);
    let p = w.picture(&a, "2018-11-15");
    assert_eq!(actor(w.holder(&p, &w.id_of("Hajin"))), Some("ISIS"));
    assert_eq!(actor(w.holder(&p, &w.id_of("al-Shuhayl"))), Some("SDF"));
}

#[test]
fn unplaced_pockets_paint_nothing_over_the_bank() {
    let w = World::new();
    let a = w.read(&[(
        "2018-03-06",
        "وتسيطر قسد على الجزء الشمالي من الفرات في محافظة دير الزور مع بقاء جيبين لتنظيم الدولة فيه.",
    )]);
    assert!(a.iter().any(|x| x.actor == "ISIS"));
    let p = w.picture(&a, "2018-03-31");
    assert!(p.iter().all(|h| h.actor != "ISIS"));
    assert_eq!(actor(w.holder(&p, &w.id_of("Hajin"))), Some("SDF"));
}

#[test]
fn the_more_specific_assertion_wins_and_stale_ones_drop_out() {
    let w = World::new();
    let a = w.read(&[
        (
            "2023-01-10",
            "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور.",
        ),
        ("2023-02-01", "وتسيطر قوات العشائر على بلدة ذيبان."),
    ]);
    let p = w.picture(&a, "2023-03-01");
    assert_eq!(actor(w.holder(&p, &w.id_of("Dhiban"))), Some("TRIBAL"));
    assert_eq!(actor(w.holder(&p, &w.id_of("Hajin"))), Some("SDF"));
    // Before the tribal report, and long after both.
    let p = w.picture(&a, "2023-01-20");
    assert_eq!(actor(w.holder(&p, &w.id_of("Dhiban"))), Some("SDF"));
    let p = w.picture(&a, "2025-01-01");
    assert!(w.holder(&p, &w.id_of("Dhiban")).is_none());
}

#[test]
fn conflicting_reports_are_kept_as_contested() {
    let w = World::new();
    let a = w.read(&[
        ("2024-08-10", "وتسيطر قوات العشائر على بلدة ذيبان."),
        ("2024-08-11", "وتسيطر قسد على بلدة ذيبان."),
    ]);
    let p = w.picture(&a, "2024-08-12");
    let h = w.holder(&p, &w.id_of("Dhiban")).expect("held");
    // The later report decides; the other side is shown, not dropped.
    assert_eq!(h.actor, "SDF");
    assert_eq!(h.contested_by.len(), 1);
    assert_eq!(a[h.contested_by[0]].actor, "TRIBAL");
}

#[test]
fn a_base_decides_only_where_no_control_is_asserted() {
    let w = World::new();
    let a = w.read(&[
        (
            "2023-03-25",
            "دوّت انفجارات داخل القاعدة الأمريكية في حقل العمر النفطي.",
        ),
        ("2023-03-25", "وتحاصر قسد مواقع في مدينة الحسكة."),
    ]);
    let p = w.picture(&a, "2023-03-31");
    let omar = w.holder(&p, &w.id_of("al-Omar oil field")).expect("held");
    assert_eq!(omar.actor, "US");
    assert_eq!(omar.present.len(), 1);
    let a = w.read(&[
        (
            "2023-03-25",
            "دوّت انفجارات داخل القاعدة الأمريكية في حقل العمر النفطي.",
        ),
        (
            "2023-03-26",
            "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور.",
        ),
    ]);
    let p = w.picture(&a, "2023-03-31");
    let omar = w.holder(&p, &w.id_of("al-Omar oil field")).expect("held");
    assert_eq!(omar.actor, "SDF");
    assert_eq!(omar.present.len(), 1, "the base is still listed as present");
}

#[test]
fn a_town_and_the_base_beside_it_are_held_apart() {
    let w = World::new();
    let a = w.read(&[("2024-08-10", "وتسيطر قوات العشائر على بلدة ذيبان.")]);
    let p = w.picture(&a, "2024-08-12");
    assert_eq!(actor(w.holder(&p, &w.id_of("Dhiban"))), Some("TRIBAL"));
    for site in ["al-Omar base (Green Village)", "al-Omar oil field"] {
        assert!(w.holder(&p, &w.id_of(site)).is_none(), "{site}");
    }
}
