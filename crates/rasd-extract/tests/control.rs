//! Control assertions read from illustrative reports written for these tests: river banks,
//! countrysides with a side, pockets, bases, relative clauses, plans and background.

use rasd_extract::{ArticleInput, ControlAssertion, ControlKind, Extractor, Modality, Scope};

fn control(text: &str, published: &str) -> Vec<ControlAssertion> {
    Extractor::bundled()
        .analyse(&ArticleInput {
            text: format!("تقرير ميداني\n{text}"),
            published: published.parse().ok(),
            ..Default::default()
        })
        .control
}

fn find<'a>(all: &'a [ControlAssertion], actor: &str, scope: Scope) -> &'a ControlAssertion {
    all.iter()
        .find(|a| a.actor == actor && a.area.scope == scope)
        .unwrap_or_else(|| panic!("no {actor} {scope:?} in {all:#?}"))
}

#[test]
fn river_banks_within_a_governorate_and_the_contrasting_clause() {
    let all = control(
        "وتسيطر قسد على الجزء الشمالي من نهر الفرات بمحافظة دير الزور، بينما تسيطر قوات النظام \
         على الضفة الجنوبية للفرات.",
        "2023-05-02",
    );
    let sdf = find(&all, "SDF", Scope::Bank);
    assert_eq!(sdf.area.river.as_deref(), Some("Euphrates"));
    assert_eq!(sdf.area.side(), Some("north"));
    assert_eq!(sdf.area.admin1.as_deref(), Some("Deir ez-Zor"));
    assert_eq!(sdf.kind, ControlKind::Control);
    assert_eq!(
        sdf.date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-02")
    );
    let gov = find(&all, "SYR_GOV", Scope::Bank);
    assert_eq!(gov.area.side(), Some("south"));
    // The bank of the second clause lies in the governorate the first one named.
    assert_eq!(gov.area.admin1.as_deref(), Some("Deir ez-Zor"));
}

#[test]
fn a_countryside_side_held_by_the_actor_named_after_it() {
    let all = control(
        "وصلت التعزيزات إلى ريف الرقة الشرقي الخاضع لسيطرة النظام.",
        "2021-03-10",
    );
    let a = find(&all, "SYR_GOV", Scope::Countryside);
    assert_eq!(a.area.side(), Some("east"));
    assert_eq!(a.area.admin1.as_deref(), Some("Ar-Raqqa"));
}

#[test]
fn pockets_placed_and_unplaced() {
    let all = control(
        "تسيطر قسد على ريف دير الزور الشرقي مع بقاء جيب لتنظيم داعش في بلدة هجين.",
        "2018-11-01",
    );
    find(&all, "SDF", Scope::Countryside);
    // A pocket at a named town: that town is the pocket holder's.
    let isis = find(&all, "ISIS", Scope::At);
    assert_eq!(isis.kind, ControlKind::Control);
    assert!(
        isis.area
            .place
            .as_ref()
            .is_some_and(|p| p.name.contains("Hajin")),
        "{isis:#?}"
    );

    let all = control(
        "وتسيطر قسد على الجزء الشمالي من الفرات في محافظة دير الزور مع بقاء جيبين لتنظيم الدولة فيه.",
        "2018-03-06",
    );
    // Unplaced: inside the area just named, never painted over it.
    let pocket = find(&all, "ISIS", Scope::Bank);
    assert_eq!(pocket.kind, ControlKind::Pocket);
    assert_eq!(pocket.area.side(), Some("north"));
}

#[test]
fn a_base_of_an_actor_is_presence_at_the_site() {
    let all = control(
        "دوّت انفجارات داخل القاعدة الأمريكية في حقل العمر النفطي بريف دير الزور.",
        "2023-03-25",
    );
    let us = find(&all, "US", Scope::At);
    assert_eq!(us.kind, ControlKind::Presence);
    assert!(
        us.area
            .place
            .as_ref()
            .is_some_and(|p| p.name.contains("Omar")),
        "{us:#?}"
    );
}

#[test]
fn a_relative_clause_takes_the_area_before_it_and_an_anaphor_its_town() {
    let all = control(
        "وصلت تعزيزات إلى المنطقة الواقعة شمالي الفرات والتي تسيطر عليها قسد.",
        "2018-03-06",
    );
    let sdf = find(&all, "SDF", Scope::Bank);
    assert_eq!(sdf.area.side(), Some("north"));

    let all = control(
        "قصفت طائرات مجهولة مدينة البوكمال، واستهدفت مواقع لميليشيات إيرانية تسيطر على المدينة.",
        "2018-03-06",
    );
    let irn = find(&all, "IRN", Scope::At);
    assert!(
        irn.area
            .place
            .as_ref()
            .is_some_and(|p| p.name.contains("Kamal")),
        "{irn:#?}"
    );
}

#[test]
fn plans_assert_nothing_and_background_is_never_dated_to_the_article() {
    let all = control("تسعى قسد إلى السيطرة على مدينة دير الزور.", "2023-05-02");
    assert!(all.iter().all(|a| a.actor != "SDF"), "{all:#?}");

    let all = control("وكان تنظيم داعش يسيطر على مدينة الرقة.", "2023-05-02");
    let isis = find(&all, "ISIS", Scope::At);
    assert_eq!(isis.modality, Modality::Historical);
    assert_eq!(isis.date, None);
}

#[test]
fn the_syrian_state_is_dated_like_events() {
    let before = control("وتسيطر الحكومة السورية على مدينة القامشلي.", "2024-08-08");
    find(&before, "SYR_GOV", Scope::At);
    let after = control("وتسيطر الحكومة السورية على مدينة القامشلي.", "2025-06-01");
    find(&after, "SYR_TRANS", Scope::At);
}

#[test]
fn areas_held_with_no_place_in_the_clause_are_listed_unplaced() {
    let all = control(
        "تواصل قسد حصارها لأحياء في مدينة الحسكة، وتمنع الشاحنات من دخول مناطق سيطرة الحكومة السورية.",
        "2024-08-08",
    );
    let gov = find(&all, "SYR_GOV", Scope::Vague);
    assert_eq!(gov.area.admin1.as_deref(), Some("Al-Hasakah"));
}

#[test]
fn parts_of_an_area_are_listed_not_painted_over_all_of_it() {
    // The held areas *in* a countryside, and a countryside *in* the held area.
    let all = control(
        "وفرضت قسد حظر تجوال في كل مناطق سيطرتها في ريف دير الزور الشرقي.",
        "2024-08-07",
    );
    assert_eq!(
        find(&all, "SDF", Scope::Vague).area.admin1.as_deref(),
        Some("Deir ez-Zor")
    );
    let all = control(
        "يجري تجهيز مطار عسكري في ريف الرقة في المنطقة الخاضعة لسيطرة النظام.",
        "2020-05-14",
    );
    find(&all, "SYR_GOV", Scope::Vague);
    // Both sides of the river are no division by it.
    let all = control(
        "ويسيطر الجيش الوطني على مناطق شرق وغرب الفرات بدعم تركي.",
        "2024-06-24",
    );
    assert!(all.iter().all(|a| a.area.scope != Scope::Bank), "{all:#?}");
}

#[test]
fn a_bank_narrows_the_countryside_before_it_and_attempts_are_not_captures() {
    let all = control(
        "وسيطرت قسد على كامل أرياف دير الزور الواقعة في الضفة الشرقية لنهر الفرات.",
        "2019-03-01",
    );
    let sdf = find(&all, "SDF", Scope::Bank);
    assert_eq!(sdf.area.side(), Some("east"));
    assert_eq!(sdf.area.admin1.as_deref(), Some("Deir ez-Zor"));
    assert!(
        all.iter().all(|a| a.area.scope != Scope::Countryside),
        "{all:#?}"
    );

    let all = control(
        "وبدأت قسد حشد قواتها في محاولة لاستعادة السيطرة على بلدة ذيبان.",
        "2023-10-29",
    );
    assert!(all.iter().all(|a| a.actor != "SDF"), "{all:#?}");
}

#[test]
fn some_places_in_an_area_and_a_holder_outside_the_sentence_paint_nothing() {
    let all = control(
        "وتعهد البيان بإنهاء سيطرة قسد على مناطق العشائر العربية في دير الزور.",
        "2024-08-11",
    );
    let sdf = find(&all, "SDF", Scope::Vague);
    assert_eq!(sdf.area.admin1.as_deref(), Some("Deir ez-Zor"));
    assert!(all.iter().all(|a| a.area.scope == Scope::Vague), "{all:#?}");
    // A verb of holding whose subject is no actor ("the volcanic nature dominated").
    let all = control(
        "وصلت تعزيزات لقسد.\nسيطرت على منطقة الجولان الطبيعة البركانية.",
        "2024-08-11",
    );
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn presence_in_a_relative_clause_refers_to_the_area_named_before() {
    let all = control(
        "ويجري تجهيز مهبط في منطقة معدان بريف الرقة الشرقي، حيث باتت هذه المنطقة من أهم المراكز \
         العسكرية التي يتواجد فيها النظام.",
        "2020-05-14",
    );
    let gov = find(&all, "SYR_GOV", Scope::Near);
    assert_eq!(gov.kind, ControlKind::Presence);
    assert!(
        gov.area
            .place
            .as_ref()
            .is_some_and(|p| p.name.contains("Ma'dan")),
        "{gov:#?}"
    );
}

#[test]
fn a_handover_is_control_of_the_side_that_receives_it() {
    for text in [
        "سلمت قسد مدينة الطبقة لقوات الحكومة السورية.",
        "The SDF handed over control of Tabqa to the Syrian army.",
    ] {
        let all = control(text, "2025-06-01");
        find(&all, "SYR_TRANS", Scope::At);
        assert!(all.iter().all(|a| a.actor != "SDF"), "{text}: {all:#?}");
    }
}
