//! Arguments read from illustrative sentences written for these tests: quantities that are
//! measures, plural casualty nouns, and who is actor1 among coordinated actors.

use rasd_extract::{ArticleInput, Event, Extractor, Unit};

fn events(text: &str) -> Vec<Event> {
    Extractor::bundled()
        .analyse(&ArticleInput {
            text: text.to_string(),
            ..Default::default()
        })
        .events
}

fn quantities(e: &Event) -> Vec<(u64, Unit)> {
    e.quantities.iter().map(|q| (q.value, q.unit)).collect()
}

#[test]
fn an_age_in_brackets_is_not_a_casualty_count() {
    let ev = events("أصيب الشاب أحمد (25 عاماً) بجروح جراء قصف مدفعي على قرية الكفير.");
    assert!(!ev.is_empty());
    for e in &ev {
        assert!(
            !quantities(e).iter().any(|(v, _)| *v == 25),
            "{:?}",
            quantities(e)
        );
    }
}

#[test]
fn durations_and_distances_count_nothing() {
    let ev = events("قصفت القوات التركية قرية تل شنان لمدة 3 ساعات على بعد 10 كم من تل تمر.");
    for e in &ev {
        assert!(
            !quantities(e).iter().any(|(v, _)| *v == 3 || *v == 10),
            "{:?}",
            quantities(e)
        );
    }
}

#[test]
fn plural_injuries_after_a_number_are_injuries() {
    let ev = events("قتل 3 مدنيين وسجلت أكثر من عشر إصابات جراء القصف المدفعي على مدينة سرمدا.");
    let q: Vec<(u64, Unit)> = ev.iter().flat_map(quantities).collect();
    assert!(q.contains(&(3, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(10, Unit::Injury)), "{q:?}");
    assert!(!q.contains(&(10, Unit::Fatality)), "{q:?}");
}

#[test]
fn the_first_of_coordinated_actors_is_actor1_whatever_the_word_order() {
    for text in [
        "قصفت قوات النظام وروسيا بلدة البارة بالمدفعية.",
        "قوات النظام وروسيا قصفت بلدة البارة بالمدفعية.",
    ] {
        let ev = events(text);
        let Some(e) = ev.first() else {
            panic!("no event in {text}");
        };
        assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{text}");
        assert!(e.assoc_actors.iter().any(|a| a == "RUS"), "{text}: {e:#?}");
    }
}

fn all_quantities(text: &str) -> Vec<(u64, Unit)> {
    events(text).iter().flat_map(quantities).collect()
}

#[test]
fn duals_count_two() {
    let q = all_quantities("استشهد مواطنان جراء قصف مدفعي على بلدة كفرنبل.");
    assert!(q.contains(&(2, Unit::Fatality)), "{q:?}");
    let q = all_quantities("استقبل المشفى شهيدين وخمسة جرحى جراء القصف على مدينة السقيلبية.");
    assert!(q.contains(&(2, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(5, Unit::Injury)), "{q:?}");
    let q = all_quantities("أصيب طفلين بجروح إثر قصف قوات النظام على قرية معربليت.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
}

#[test]
fn kin_named_by_a_possessive_are_counted() {
    let q = all_quantities("إصابة طفل ووالدته بجروح جراء قصف مدفعي على بلدة جورين.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
    let q = all_quantities("أصيب مدني وطفليه بجروح جراء قصف قوات النظام على بلدة النيرب.");
    assert!(q.contains(&(3, Unit::Injury)), "{q:?}");
}

#[test]
fn a_plural_with_two_after_it_is_two() {
    let q = all_quantities("اصابة مواطنين اثنين في قصف للقوات التركية على قرية تل شنان.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
}

#[test]
fn digits_after_a_casualty_verb_count_but_number_words_do_not() {
    let q = all_quantities("قتل 9 على الأقل وأصيب 21 جراء قصف جوي روسي على سوق جسر الشغور.");
    assert!(q.contains(&(9, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(21, Unit::Injury)), "{q:?}");
    // "إصابة واحدة" here is one hit on a truck, not an injured person
    let q =
        all_quantities("قصفت طائرة مسيرة 3 شاحنات قرب البوكمال وأدى القصف إلى إصابة واحدة منها.");
    assert!(!q.iter().any(|(_, u)| *u == Unit::Injury), "{q:?}");
}

#[test]
fn duals_of_listed_singulars_are_derived() {
    // "مزارع" and "شهيدة" are listed; their duals are not.
    let q = all_quantities("أصيب مزارعان في قصف للقوات التركية على ريف تل أبيض.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
    let q = all_quantities("شهيدتان في بلدة الزعفرانة جراء القصف الجوي على منازل المدنيين.");
    assert!(q.contains(&(2, Unit::Fatality)), "{q:?}");
}

#[test]
fn civil_defence_is_not_a_civilian_victim() {
    let q =
        all_quantities("عناصر الدفاع المدني ينقلون جثث الضحايا بعد قصف قوات النظام بلدة كفرنبل.");
    assert!(!q.contains(&(1, Unit::Fatality)), "{q:?}");
}

#[test]
fn named_victims_joined_by_and_are_counted() {
    let q = all_quantities("استشهد الشاب أحمد والطفل محمد بقصف مدفعي على بلدة البارة.");
    assert!(q.contains(&(2, Unit::Fatality)), "{q:?}");
}

#[test]
fn digits_glued_to_a_word_are_still_a_count() {
    let q = all_quantities("سقط 12جريحا مدنيا بقصف مدفعي لقوات النظام على مدينة إدلب.");
    assert!(q.contains(&(12, Unit::Injury)), "{q:?}");
    assert!(!q.contains(&(1, Unit::Injury)), "{q:?}");
}
