//! Arguments read from illustrative sentences written for these tests: quantities that are
//! measures, plural casualty nouns, and who is actor1 among coordinated actors.

mod common;

use common::{assert_none_of, counts, events, first_of, place, sorted_counts};
use rasd_extract::{EventType, Unit};

#[test]
fn an_age_in_brackets_is_not_a_casualty_count() {
    let ev = events("أصيب الشاب أحمد (25 عاماً) بجروح جراء قصف مدفعي على قرية الكفير.");
    assert!(!ev.is_empty());
    for e in &ev {
        assert!(!counts(e).iter().any(|(v, _)| *v == 25), "{:?}", counts(e));
    }
}

#[test]
fn durations_and_distances_count_nothing() {
    let ev = events("قصفت القوات التركية قرية تل شنان لمدة 3 ساعات على بعد 10 كم من تل تمر.");
    for e in &ev {
        assert!(
            !counts(e).iter().any(|(v, _)| *v == 3 || *v == 10),
            "{:?}",
            counts(e)
        );
    }
}

#[test]
fn a_day_of_the_month_counts_nothing() {
    // The day's number stands right before a counted noun or a casualty verb.
    let q = all_quantities(
        "شنت طائرات حربية روسية يوم الثلاثاء 20 حزيران غارات على أطراف مدينة إدلب. \
ويوم الخميس 22 حزيران قتلت امرأة وأصيبت 5 نساء بجروح بقصف صاروخي على مدينة سرمين.",
    );
    assert!(!q.iter().any(|(v, _)| *v == 20 || *v == 22), "{q:?}");
    assert!(q.contains(&(5, Unit::Injury)), "{q:?}");
    assert!(q.contains(&(1, Unit::Fatality)), "{q:?}");
}

#[test]
fn took_the_lives_of_counts_the_dead() {
    for text in [
        "قصف مدفعي على بلدة تل رفعت يودي بحياة 9 مدنيين.",
        "وأودى الانفجار بحياة 6 أشخاص في منطقة السيدة زينب.",
    ] {
        let q = all_quantities(text);
        assert!(
            q.iter()
                .any(|&(v, u)| u == Unit::Fatality && (v == 9 || v == 6)),
            "{text}: {q:?}"
        );
    }
}

#[test]
fn dead_and_wounded_each_with_a_number_are_two_counts() {
    // "مقتل وإصابة 6" is one count of both; "6 قتلى وجرح 23" and "قتلوا، وجرح 12" are two.
    let q = all_quantities(
        "وأودى التفجير بحياة 6 شهداء وجرح نحو 23 آخرين جراء انفجار عبوة ناسفة في بلدة الصبورة.",
    );
    assert!(q.contains(&(6, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(23, Unit::Injury)), "{q:?}");
    let q = all_quantities("أسفر القصف عن مقتل وإصابة 6 مدنيين في بلدة سرمين.");
    assert!(!q.iter().any(|(v, _)| *v == 6), "{q:?}");
}

#[test]
fn fighters_hurt_in_the_next_sentence_are_the_strikes_toll() {
    let strike = |text: &str| {
        events(text)
            .into_iter()
            .find(|e| e.event_type == EventType::AirStrike)
            .unwrap_or_else(|| panic!("no strike in {text}"))
    };
    for text in [
        "شنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف حماة فجر اليوم. وأصيب أربعة جنود بجروح.",
        "Israeli warplanes struck military sites in Hama countryside. Four soldiers were wounded.",
    ] {
        assert_eq!(counts(&strike(text)), vec![(4, Unit::Injury)], "{text}");
    }
    // Not across a paragraph, nor when the sentence names a cause of its own.
    for text in [
        "شنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف حماة.\nوأصيب أربعة جنود بجروح.",
        "شنت طائرات إسرائيلية غارات على مواقع في ريف حماة. وأصيب أربعة جنود إثر استهدافهم بطلق ناري.",
    ] {
        assert!(counts(&strike(text)).is_empty(), "{text}");
    }
}

#[test]
fn casualties_after_a_sentence_that_only_retells_the_strike_are_its_toll() {
    let told = |last: &str| {
        events(&format!(
            "قصفت طائرة مسيرة تركية منزلاً في مدينة كوباني، ما أدى لمقتل رجلين.\n\n\
             وأشار المصدر إلى أن القصف تسبب باستشهاد المواطنين المذكورين.\n\n{last}"
        ))
    };
    let ev = told("فيما أصيبت زوجة أحدهما بجروح، ونقلت إلى المشفى.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(2, Unit::Fatality), (1, Unit::Injury)]
    );
    // Casualties of another day or another town are news of their own.
    for last in [
        "فيما أصيبت زوجة أحدهما بجروح يوم أمس، ونقلت إلى المشفى.",
        "فيما أصيبت امرأة بجروح في بلدة صرين، ونقلت إلى المشفى.",
    ] {
        let ev = told(last);
        assert_eq!(ev.len(), 2, "{last}: {ev:#?}");
    }
}

#[test]
fn a_martyr_a_facility_is_named_after_is_no_casualty() {
    for text in [
        "قصفت القوات التركية قرية المجيبرة بريف تل تمر، ونقل المصابون إلى مشفى الشهيدة ليكرين.",
        "قصفت القوات التركية محيط مدرسة الشهيد باسل في قرية المجيبرة بريف تل تمر.",
        "انفجرت عبوة ناسفة قرب دوار الشهيد في مدينة الباب.",
    ] {
        let q = all_quantities(text);
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // A rank is no facility: "اللواء الشهيد" is a general killed.
    let q = all_quantities("قصفت طائرات إسرائيلية منزلا في السيدة زينب ما أدى لسقوط اللواء الشهيد.");
    assert!(q.contains(&(1, Unit::Fatality)), "{q:?}");
}

#[test]
fn plural_injuries_after_a_number_are_injuries() {
    let ev = events("قتل 3 مدنيين وسجلت أكثر من عشر إصابات جراء القصف المدفعي على مدينة سرمدا.");
    let q: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
    assert!(q.contains(&(3, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(10, Unit::Injury)), "{q:?}");
    assert!(!q.contains(&(10, Unit::Fatality)), "{q:?}");
}

#[test]
fn the_first_of_coordinated_actors_is_actor1_whatever_the_word_order() {
    for text in [
        "قصفت قوات النظام وحزب الله بلدة البارة بالمدفعية.",
        "قوات النظام وحزب الله قصفت بلدة البارة بالمدفعية.",
    ] {
        let e = first_event(text);
        assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{text}");
        assert_eq!(e.assoc_actors, ["HEZBOLLAH"], "{text}");
    }
}

#[test]
fn a_foreign_state_leads_the_local_side_it_acts_with() {
    for (text, lead, partner) in [
        (
            "قصفت قوات النظام وروسيا بلدة البارة بالمدفعية.",
            "RUS",
            "SYR_GOV",
        ),
        (
            "قالت مصادر إن النظام وروسيا يعملان على تجهيز مهبط طائرات في مدينة الطبقة.",
            "RUS",
            "SYR_GOV",
        ),
        (
            "نفذت قسد بدعم من التحالف الدولي عملية دهم في بلدة ذيبان واعتقلت ثلاثة أشخاص.",
            "COALITION",
            "SDF",
        ),
        (
            "قصف الجيش التركي وفصائل الجيش الوطني قرية الدردارة بريف تل تمر.",
            "TUR",
            "SNA",
        ),
    ] {
        let e = first_event(text);
        assert_eq!(e.actor1.as_deref(), Some(lead), "{text}: {e:#?}");
        assert!(
            e.assoc_actors.iter().any(|a| a == partner),
            "{text}: {e:#?}"
        );
    }
}

fn first_event(text: &str) -> rasd_extract::Event {
    events(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no event in {text}"))
}

fn all_quantities(text: &str) -> Vec<(u64, Unit)> {
    events(text).iter().flat_map(counts).collect()
}

#[test]
fn one_named_dead_is_one_fatality() {
    for text in [
        "ينعى الدفاع المدني المتطوع سليمان الحريري الذي استشهد إثر غارات جوية على مدينة تلدو.",
        "توفي الحاج أحمد أسمر جراء القصف الجوي على مدينة إدلب.",
    ] {
        let q = all_quantities(text);
        assert_eq!(q, [(1, Unit::Fatality)], "{text}");
    }
    // "الذي قتل" can take its victims as object: no count without one.
    let q = all_quantities("القصف الذي قتل مدنيين في بلدة البارة نفذته قوات النظام.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_casualty_with_its_victim_as_a_pronoun_counts_after_a_verb_of_result() {
    for (text, want) in [
        (
            "استهدفت طائرة مسيرة سيارة قرب بلدة المسيفرة، ما أدى لمقتله على الفور.",
            (1, Unit::Fatality),
        ),
        (
            "قصفت قوات النظام منزل مزارع في بلدة البارة، ما أسفر عن إصابته بجروح.",
            (1, Unit::Injury),
        ),
        (
            "قصفت قوات النظام سيارة في بلدة البارة، ما أدى إلى استشهادهما.",
            (2, Unit::Fatality),
        ),
    ] {
        assert_eq!(all_quantities(text), [want], "{text}");
    }
    // "Died of his wounds" counts the death, no further injury; "their killing" has no count.
    let q = all_quantities("توفي مزارع متأثرا بإصابته جراء قصف مدفعي على بلدة البارة.");
    assert_eq!(q, [(1, Unit::Fatality)], "{q:?}");
    let q = all_quantities("قصفت قوات النظام سيارة في بلدة البارة، ما أدى إلى مقتلهم.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_time_between_a_casualty_verb_and_its_victim_is_passed_over() {
    let q = all_quantities("أصيب، صباح اليوم الثلاثاء، طفلان بقصف مدفعي على بلدة البارة.");
    assert_eq!(q, [(2, Unit::Injury)], "{q:?}");
    let q = all_quantities("توفي اليوم الإثنين الحاج أحمد أسمر جراء القصف الجوي على مدينة إدلب.");
    assert_eq!(q, [(1, Unit::Fatality)], "{q:?}");
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
fn met_their_death_counts_the_dead_with_the_subject_between() {
    for (text, want) in [
        (
            "لقي شخصان حتفهما وأصيب ثالث بانفجار لغم أرضي في بادية دير الزور.",
            vec![(2, Unit::Fatality), (1, Unit::Injury)],
        ),
        (
            "لقي ثلاثة أطفال حتفهم بانفجار لغم في بلدة الصور.",
            vec![(3, Unit::Fatality)],
        ),
        (
            "لقيت سيدة مصرعها بقصف مدفعي على بلدة سرمين.",
            vec![(1, Unit::Fatality)],
        ),
        // A longer subject before the word of death.
        (
            "لقي ثلاثة عناصر من قوات النظام مصرعهم بهجوم لتنظيم داعش في بادية السخنة.",
            vec![(3, Unit::Fatality)],
        ),
        // Left life.
        (
            "فارق شاب الحياة جراء قصف تركي على قرية الدرباسية.",
            vec![(1, Unit::Fatality)],
        ),
    ] {
        assert_eq!(all_quantities(text), want, "{text}");
    }
    // Met with a welcome: no death.
    let q = all_quantities("لقي القرار ترحيبا في مدينة إدلب بعد قصف المدينة.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn the_driver_or_owner_of_what_was_struck_is_one_victim() {
    let q = all_quantities(
        "استهدفت مسيرة انتحارية سيارة مدنية قرب مدينة أريحا، ما أسفر عن إصابة سائقها.",
    );
    assert_eq!(q, [(1, Unit::Injury)], "{q:?}");
    let q = all_quantities("قصفت قوات النظام منزلا في بلدة سرمين ما أدى إلى مقتل صاحبه.");
    assert_eq!(q, [(1, Unit::Fatality)], "{q:?}");
    // A casualty word after "و" opens the next item: the driver is no one wounded.
    let q = all_quantities(
        "استهدفت مسيرة تركية سيارة قرب القامشلي، ما تسبب بمقتل قيادي في قسد وسائقه وإصابة \
         2 من العسكريين بجراح.",
    );
    assert!(!q.contains(&(1, Unit::Injury)), "{q:?}");
}

#[test]
fn kin_named_by_a_possessive_are_counted() {
    let q = all_quantities("إصابة طفل ووالدته بجروح جراء قصف مدفعي على بلدة جورين.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
    let q = all_quantities("أصيب مدني وطفليه بجروح جراء قصف قوات النظام على بلدة النيرب.");
    assert!(q.contains(&(3, Unit::Injury)), "{q:?}");
    // A possessive of two, a nominative dual, brothers in the dual.
    let q = all_quantities("استشهد طفلان وأصيبت والدتهما بجروح جراء قصف مدفعي على بلدة البارة.");
    assert!(q.contains(&(1, Unit::Injury)), "{q:?}");
    let q = all_quantities("أصيب رجل وطفلاه بقصف صاروخي على مدينة دارة عزة.");
    assert_eq!(q, [(3, Unit::Injury)]);
    let q = all_quantities("مقتل شقيقين ووالدتهما برصاص مسلحين في قرية جديدة كحيط.");
    assert_eq!(q, [(3, Unit::Fatality)]);
}

#[test]
fn victims_joined_to_a_count_after_them_are_one_count() {
    let q = all_quantities("أصيب رجل وزوجته وثلاثة من أطفالهم بقصف صاروخي على مدينة دارة عزة.");
    assert_eq!(q, [(5, Unit::Injury)]);
    let q = all_quantities("قتلت امرأة و3 أطفال بغارة جوية على بلدة البارة.");
    assert_eq!(q, [(4, Unit::Fatality)]);
    // Not a count of another side.
    let q = all_quantities("قتل مدني و3 عناصر من الفصائل بقصف صاروخي على مدينة دارة عزة.");
    assert!(q.contains(&(1, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(3, Unit::Fatality)), "{q:?}");
}

#[test]
fn a_victim_noun_right_after_another_is_its_adjective() {
    let q = all_quantities("ما أسفر عن إصابة امرأة وطفلين شقيقين بقصف تركي على قرية تنب.");
    assert_eq!(q, [(3, Unit::Injury)]);
    // An ordinal still counts one more.
    let q = all_quantities("قتل ثلاثة مقاتلين وأصيب شخص رابع بغارة على قرية تنب.");
    assert!(q.contains(&(1, Unit::Injury)), "{q:?}");
}

#[test]
fn a_plural_with_two_after_it_is_two() {
    let q = all_quantities("اصابة مواطنين اثنين في قصف للقوات التركية على قرية تل شنان.");
    assert!(q.contains(&(2, Unit::Injury)), "{q:?}");
    // The two are then named: a man and his wife, no third casualty.
    let q = all_quantities(
        "أفاد مراسلنا أن مدنيين اثنين (رجل وزوجته) أصيبا بقصف مدفعي على بلدة كنصفرة.",
    );
    assert_eq!(q, [(2, Unit::Injury)]);
    // A number joined by "and" counts a noun of its own: a civilian and 13 soldiers.
    let ev = first_event("قتل مدني و13 عسكريا في قصف مدفعي على بلدة كنصفرة.");
    let civilians: Vec<u64> = ev
        .quantities
        .iter()
        .filter(|q| q.target.as_deref() == Some("CIVILIANS"))
        .map(|q| q.value)
        .collect();
    assert_eq!(civilians, [1], "{:?}", ev.quantities);
}

#[test]
fn victims_joined_to_a_counted_noun_join_its_count() {
    // Four children and a woman: five wounded, one figure.
    let q = all_quantities("اصابة 4 اطفال وامراة بقصف مدفعي لقوات النظام على بلدة ترمانين.");
    assert_eq!(q, [(5, Unit::Injury)]);
    let q =
        all_quantities("4 children and a woman were injured in shelling on the town of Sarmin.");
    assert_eq!(q, [(5, Unit::Injury)]);
    // A woman with her own verb is a casualty of her own kind.
    let q = all_quantities("قتل 4 اطفال وامراة اصيبت بقصف مدفعي على بلدة سرمين.");
    assert!(q.contains(&(4, Unit::Fatality)), "{q:?}");
    assert!(q.contains(&(1, Unit::Injury)), "{q:?}");
    // A civilian joined to counted fighters is not one of them.
    let q = all_quantities("قتل 3 عناصر ومدني بقصف تركي على بلدة تل تمر.");
    assert_eq!(q, [(3, Unit::Fatality), (1, Unit::Fatality)]);
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
fn a_count_glued_to_its_casualty_word_still_counts() {
    // Captures drop the space between a word and the digits after it.
    let q = all_quantities("قصفت طائرة تركية قرية آشمة، ما أسفر عن إصابة10 مدنيين معظمهم أطفال.");
    assert_eq!(q, [(10, Unit::Injury)], "{q:?}");
    // "الـ3" (the three) names the dead already counted, not three wounded.
    let q =
        all_quantities("وثقت الوكالة أسماء الشهداء الـ3 وعدد من المصابين جراء القصف على سد تشرين.");
    assert!(!q.contains(&(3, Unit::Injury)), "{q:?}");
}

#[test]
fn dead_and_wounded_together_split_no_count() {
    // "Fifteen civilians between dead and wounded": neither a death nor a wound of one.
    for text in [
        "سقط 15 مدنياً بين قتيل وجريح بقصف لقوات النظام على ريف حلب الغربي.",
        "سقط عدد من المدنيين بين قتيل وجريح جراء قصف قوات النظام لمدينة سرمدا.",
    ] {
        let q = all_quantities(text);
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // One dead and one wounded, told as such, stay.
    let q = all_quantities("سقوط شهيد وجريح جراء قصف قوات النظام على ريف حلب الغربي.");
    assert_eq!(q, [(1, Unit::Fatality), (1, Unit::Injury)]);
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

#[test]
fn one_count_of_dead_and_wounded_together_is_neither() {
    for text in [
        "قصفت مسيّرة تركية ورشة في بلدة صرين ما أدى إلى مقتل وإصابة 6 عمال.",
        "سقط 15 مدنياً بين قتيل وجريح بقصف مدفعي على بلدة الأتارب.",
    ] {
        let q = all_quantities(text);
        assert!(!q.iter().any(|(v, _)| *v == 6 || *v == 15), "{text}: {q:?}");
    }
    // Separate counts are still read.
    let q =
        all_quantities("قصفت مسيّرة تركية ورشة في بلدة صرين ما أدى إلى مقتل عامل وإصابة 5 آخرين.");
    assert!(q.contains(&(5, Unit::Injury)), "{q:?}");
    assert!(q.contains(&(1, Unit::Fatality)), "{q:?}");
}

#[test]
fn the_side_a_strike_came_from_is_its_agent() {
    let ev = events("أصيب مدنيان بقصف مدفعي مصدره مناطق سيطرة قوات النظام استهدف بلدة البارة.");
    let e = ev.first().expect("the shelling");
    assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"));
    assert_ne!(e.target.as_deref(), Some("SYR_GOV"));
}

#[test]
fn a_supporter_is_an_associate_not_actor1() {
    let e = first_event(
        "هاجمت فصائل المعارضة بدعم من هيئة تحرير الشام مواقع قوات النظام في بلدة كفرنبل.",
    );
    assert_eq!(e.actor1.as_deref(), Some("OPP"), "{e:#?}");
    assert_eq!(e.assoc_actors, ["HTS"], "{e:#?}");
}

#[test]
fn the_group_of_those_arrested_is_the_target() {
    let ev = events("اعتقلت قسد قياديا سابقا في تنظيم داعش خلال مداهمة في بلدة الشحيل.");
    let e = ev.first().expect("the arrest");
    assert_eq!(e.actor1.as_deref(), Some("SDF"));
    assert_eq!(e.target.as_deref(), Some("ISIS"));
}

#[test]
fn words_split_to_dodge_filters_are_read() {
    let ev = events("استهـ ـدفت مسـ ـيّرة تركـ.ـية ورشة في بلدة صرين ما أدى لمقـ ـتل عامل.");
    let e = ev.first().expect("the drone strike");
    assert_eq!(e.actor1.as_deref(), Some("TUR"));
    assert_eq!(counts(e), vec![(1, Unit::Fatality)]);
}

#[test]
fn a_breakdown_among_the_victims_is_no_further_count() {
    let q = all_quantities(
        "قتل 5 مدنيين بينهم طفل وامرأة، وأصيب 5 آخرون بينهم طفلان، بقصف مدفعي على مدينة دارة عزة.",
    );
    assert_eq!(
        q.iter().filter(|(_, u)| *u == Unit::Fatality).count(),
        1,
        "{q:?}"
    );
    assert_eq!(
        q.iter().filter(|(_, u)| *u == Unit::Injury).count(),
        1,
        "{q:?}"
    );
    assert!(
        q.contains(&(5, Unit::Fatality)) && q.contains(&(5, Unit::Injury)),
        "{q:?}"
    );
}

#[test]
fn a_breakdown_runs_on_through_its_conjuncts_but_not_past_a_comma() {
    let q = all_quantities("أصيب 6 مدنيين بينهم طفل و3 نساء بجروح جراء قصف مدفعي على مدينة سرمين.");
    assert_eq!(q, vec![(6, Unit::Injury)], "{q:?}");
    let q = all_quantities("قتل مدني بقصف مدفعي على مدينة سرمين، بينهم طفل، وأصيب 3 آخرون بجروح.");
    assert!(q.contains(&(3, Unit::Injury)), "{q:?}");
}

#[test]
fn a_breakdown_ends_at_the_next_word_of_dying_or_wounding() {
    let q = all_quantities(
        "قتل 3 مدنيين بينهم طفل وأصيب 11 آخرون بينهم امرأة بقصف مدفعي على بلدة كفرنوران.",
    );
    assert!(
        q.contains(&(3, Unit::Fatality)) && q.contains(&(11, Unit::Injury)),
        "{q:?}"
    );
}

#[test]
fn one_of_them_and_the_other_count_one_each_unless_a_count_came_before() {
    for text in [
        "قتل أحدهما وأصيب الآخر بجروح جراء قصف مدفعي على قرية كنصفرة.",
        "استهدفت مسيرة تركية دراجة نارية يستقلها شابان في قرية الدردارة، ما أدى لمقتل أحدهما \
         وإصابة الآخر.",
    ] {
        let q = all_quantities(text);
        assert!(
            q.len() == 2 && q.contains(&(1, Unit::Fatality)) && q.contains(&(1, Unit::Injury)),
            "{text}: {q:?}"
        );
    }
    // After a count, "one of them" is part of it.
    let q = all_quantities("قتل شابان أحدهما طفل بقصف مدفعي على قرية كنصفرة.");
    assert_eq!(q, vec![(2, Unit::Fatality)], "{q:?}");
}

#[test]
fn the_dual_of_a_noun_of_relation_counts_two() {
    for text in [
        "استشهد جنديان وأصيب آخران جراء عدوان جوي إسرائيلي على مطار دمشق الدولي.",
        "استشهد عسكريان سوريان وأصيب آخران جراء عدوان جوي إسرائيلي على مطار دمشق الدولي.",
    ] {
        let q = all_quantities(text);
        assert!(
            q.contains(&(2, Unit::Fatality)) && q.contains(&(2, Unit::Injury)),
            "{text}: {q:?}"
        );
    }
}

#[test]
fn a_number_word_after_a_casualty_verb_counts() {
    let q = all_quantities("قتل 3 أشخاص وأصيب اثنان بقصف طائرة مسيرة على بلدة كفرنبودة.");
    assert!(
        q.contains(&(3, Unit::Fatality)) && q.contains(&(2, Unit::Injury)),
        "{q:?}"
    );
}

#[test]
fn a_raid_keeps_its_dead() {
    let ev = events("قتل شخصان مدنيان وأصيب ثالث خلال عملية مداهمة نفذتها قسد في بلدة ذيبان.");
    assert!(
        ev.iter().any(|e| counts(e).contains(&(2, Unit::Fatality))),
        "{ev:?}"
    );
}

#[test]
fn a_capital_named_as_the_place_struck_is_not_an_actor() {
    for text in [
        "مقتل قيادي خلال غارة على دمشق.",
        "مقتل قيادي خلال غارة بالعاصمة السورية دمشق.",
    ] {
        let ev = events(text);
        let e = ev.first().expect("the strike");
        assert_eq!(e.actor1, None, "{text}: {ev:#?}");
        assert_eq!(e.target, None, "{text}: {ev:#?}");
    }
    // After a word of where in it ("وسط"، "قلب") the capital is the place struck.
    for text in [
        "شنت طائرات إسرائيلية غارات على مبنى وسط دمشق، ما أدى إلى مقتل 3 أشخاص.",
        "انفجار سيارة مفخخة في قلب دمشق أدى إلى مقتل 4 أشخاص.",
    ] {
        let ev = events(text);
        let e = ev.first().expect("the event");
        assert_eq!(place(e), "Damascus", "{text}: {ev:#?}");
        assert_eq!(
            e.actor1.as_deref().filter(|a| *a != "ISR"),
            None,
            "{text}: {ev:#?}"
        );
    }
    // As a subject the capital speaks for its government.
    let ev = events("قصفت دمشق بلدة البارة بالمدفعية الثقيلة.");
    assert!(ev.iter().any(|e| e.actor1.is_some()), "{ev:#?}");
}

#[test]
fn a_land_abroad_named_as_struck_is_the_place_not_the_city_the_sentence_stands_in() {
    let e = first_of(
        "وفي صالة رياضية في دمشق، تجمع المحتشدون منددين بالعدوان الإسرائيلي على غزة.",
        EventType::AirStrike,
    );
    assert_eq!(place(&e), "Gaza Strip", "{e:#?}");
    // A strike on Syria at a Syrian site is placed at the site.
    let e = first_of(
        "شنت طائرات إسرائيلية غارة على سوريا استهدفت مطار دمشق الدولي.",
        EventType::AirStrike,
    );
    assert!(place(&e).contains("Damascus"), "{e:#?}");
}

#[test]
fn the_group_a_person_struck_belongs_to_is_the_target_and_the_weapons_owner_the_agent() {
    for (text, agent, target) in [
        (
            "قتل شخص يعتقد تبعيته لتنظيم داعش جراء غارة جوية لطائرة تتبع للتحالف الدولي شمال إدلب.",
            "COALITION",
            "ISIS",
        ),
        (
            "أعلنت القيادة المركزية الأميركية استهدافها لقيادي في تنظيم داعش عبر غارة جوية في محافظة إدلب.",
            "US",
            "ISIS",
        ),
        (
            "وقتل 4 من قيادي ميليشيا قسد بغارة نفذتها مسيرة تركية قرب القامشلي.",
            "TUR",
            "SDF",
        ),
        (
            "القيادة المركزية الأميركية تعلن اعتقال قيادي في تنظيم داعش بعد تنفيذ مروحية غارة على شمالي شرقي سوريا.",
            "US",
            "ISIS",
        ),
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1.as_deref(), Some(agent), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(target), "{text}: {e:#?}");
    }
}

#[test]
fn jihadist_factions_and_tribal_fighters_named_by_adjective_are_sides() {
    let e = first_of(
        "ونفذت مجموعات تابعة للحزب الإسلامي التركستاني هجوما على مواقع الجيش السوري في ريف اللاذقية الشمالي.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("OPP"), "{e:#?}");
    let e = first_of(
        "ويشن مقاتلون عشائريون هجمات على مواقع قسد في بلدة ذيبان.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("TRIBAL"), "{e:#?}");
}

#[test]
fn the_group_of_the_dead_is_not_the_agent() {
    let ev = events("مقتل قيادي في حزب الله خلال غارة على مدينة القصير.");
    let e = ev.first().expect("the strike");
    assert_ne!(e.actor1.as_deref(), Some("HEZBOLLAH"), "{ev:#?}");
}

#[test]
fn people_counted_in_a_raid_are_the_detained() {
    let ev = events("بدأت قسد حملة اعتقالات طالت أكثر من 40 شخصاً في أحياء الحسكة الجنوبية.");
    let arrest = ev.first().expect("the raid");
    assert_eq!(counts(arrest), vec![(40, Unit::Other)], "{ev:#?}");
    assert!(
        arrest.note.contains("more than 40 civilians detained"),
        "{}",
        arrest.note
    );
    // Without a raid, people counted with no casualty word count nothing.
    let ev = events("قصفت القوات التركية قرية يسكنها 40 شخصاً في ريف الحسكة.");
    assert!(ev.iter().all(|e| counts(e).is_empty()), "{ev:#?}");
}

#[test]
fn a_policeman_killed_is_a_fatality() {
    let ev =
        events("انفجرت عبوة ناسفة بدورية في مدينة حمص أدت إلى استشهاد الشرطي أحمد، وإصابة ضابط.");
    let all: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
    assert!(all.contains(&(1, Unit::Fatality)), "{all:?}");
    assert!(all.contains(&(1, Unit::Injury)), "{all:?}");
}

#[test]
fn ascension_is_a_death_and_civilians_before_the_wound_noun_are_the_wounded() {
    let ev = events(
        "شن الطيران الإسرائيلي غارة على مدينة بانياس أدت إلى ارتقاء طفلة وإصابة 10 مدنيين بجروح.",
    );
    let e = ev.first().expect("the strike");
    let civilians: Vec<(u64, Unit)> = e
        .quantities
        .iter()
        .filter(|q| q.target.as_deref() == Some("CIVILIANS"))
        .map(|q| (q.value, q.unit))
        .collect();
    assert!(civilians.contains(&(1, Unit::Fatality)), "{ev:#?}");
    assert!(civilians.contains(&(10, Unit::Injury)), "{ev:#?}");
}

#[test]
fn what_underwent_the_attack_is_its_target() {
    let ev = events("تعرضت القاعدة الأمريكية في حقل العمر لهجوم بطائرات مسيرة.");
    let e = ev.first().expect("the strike");
    assert_eq!(e.actor1, None, "{ev:#?}");
    assert_eq!(e.target.as_deref(), Some("US"), "{ev:#?}");
    // What faces an attack is its target too.
    let ev = events("تواجه قسد هجمات على مقارها في بلدة ذيبان.");
    let e = ev.first().expect("the attacks");
    assert_eq!(e.actor1, None, "{ev:#?}");
    assert_eq!(e.target.as_deref(), Some("SDF"), "{ev:#?}");
    // The agent named after the trigger still is one.
    let ev = events("تعرضت بلدة البارة لقصف مدفعي من قبل قوات النظام.");
    assert!(ev.iter().any(|e| e.actor1.is_some()), "{ev:#?}");
}

#[test]
fn the_side_after_a_verbal_noun_of_targeting_is_its_object_unless_an_object_follows() {
    let ev = events(
        "أكدت مصادر محلية استهداف القوات الأميركية في قاعدة تل بيدر بريف الحسكة بطائرة مسيرة.",
    );
    let e = ev.first().expect("the strike");
    assert_eq!(e.actor1, None, "{ev:#?}");
    assert_eq!(e.target.as_deref(), Some("US"), "{ev:#?}");
    let ev = events("أفادت مصادر باستهداف عناصر قسد من قبل مجهولين قرب بلدة ذيبان.");
    let e = ev.first().expect("the attack");
    assert_ne!(e.actor1.as_deref(), Some("SDF"), "{ev:#?}");
    assert_eq!(e.target.as_deref(), Some("SDF"), "{ev:#?}");
    // An object marked by "لـ", a means, or a place right after it: the side is the agent.
    for text in [
        "ندد الأهالي باستهداف الطيران التركي لمواقع في ريف الحسكة الشمالي.",
        "وثق المرصد استهداف قوات النظام بالمدفعية الثقيلة أماكن في قرية كنصفرة بريف إدلب.",
        "وثق المرصد استهداف القوات التركية قرية أم الكيف بريف الحسكة.",
        // An adjective that agrees with the verbal noun describes it: who acted.
        "أصيب سائق في استهداف تركي في ريف الحسكة الشمالي.",
        "أصيب سائق في الاستهداف التركي في ريف الحسكة الشمالي.",
    ] {
        let ev = events(text);
        let e = ev.first().expect("the attack");
        assert!(e.actor1.is_some() && e.target.is_none(), "{text}: {ev:#?}");
    }
}

#[test]
fn a_definite_side_after_an_indefinite_weapon_is_what_it_struck() {
    let e = first_of(
        "استهدفت طائرة مسيرة القوات الأميركية في ريف دير الزور الشرقي.",
        EventType::AirStrike,
    );
    assert_eq!(
        (e.actor1.as_deref(), e.target.as_deref()),
        (None, Some("US"))
    );
    // The weapon's own side: an adjective, a possessor, or marked by "لـ".
    for (text, side) in [
        ("استهدفت طائرة مسيرة تركية قرية في ريف الحسكة.", "TUR"),
        (
            "شنت غارات جوية لطيران الاحتلال الروسي على مخيم في ريف إدلب.",
            "RUS",
        ),
        ("قصفت طائرات مسيرة للاحتلال التركي قرية في ريف الرقة.", "TUR"),
        (
            "استهدفت طائرات التحالف الدولي مواقع لداعش في بادية حمص.",
            "COALITION",
        ),
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}: {e:#?}");
    }
    // The side of what was struck, over an adjective of its own ("سيارة عسكرية روسية").
    let e = first_of(
        "استهدفت طائرة مسيرة سيارة عسكرية روسية قرب مدينة البوكمال.",
        EventType::AirStrike,
    );
    assert_eq!(
        (e.actor1.as_deref(), e.target.as_deref()),
        (None, Some("RUS")),
        "{e:#?}"
    );
    // A convoy with such an adjective that moves is its side's.
    let e = first_of(
        "دخل رتل عسكري أمريكي إلى قاعدة الشدادي.",
        EventType::Deployment,
    );
    assert_eq!(e.actor1.as_deref(), Some("US"), "{e:#?}");
}

#[test]
fn a_side_after_the_verb_of_a_weapon_or_attack_told_first_is_what_it_struck() {
    for (text, ty, actor, target) in [
        (
            "مسيرة تركية تستهدف قوات سوريا الديمقراطية في ريف القامشلي.",
            EventType::AirStrike,
            Some("TUR"),
            "SDF",
        ),
        (
            "وأضاف أن قصفا بالطائرات المسيرة استهدف القوات الأمريكية في الشدادي.",
            EventType::AirStrike,
            None,
            "US",
        ),
        (
            "هجمات صاروخية استهدفت القوات الأمريكية في حقل العمر.",
            EventType::Shelling,
            None,
            "US",
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(
            (e.actor1.as_deref(), e.target.as_deref()),
            (actor, Some(target)),
            "{text}: {e:#?}"
        );
    }
    // Verb first, the attack its subject: the side after the attack is its agent.
    let e = first_of(
        "استهدف هجوم لمقاتلي العشائر مواقع قسد في بلدة الطيانة.",
        EventType::ArmedClash,
    );
    assert_eq!(
        (e.actor1.as_deref(), e.target.as_deref()),
        (Some("TRIBAL"), Some("SDF")),
        "{e:#?}"
    );
}

#[test]
fn an_unattributed_strike_in_a_countryside_is_news_a_region_is_a_passing_mention() {
    let e = first_of(
        "استهدفت طائرة مسيرة مواقع لقسد في ريف دير الزور الشرقي.",
        EventType::AirStrike,
    );
    assert_eq!(e.target.as_deref(), Some("SDF"), "{e:#?}");
    assert_eq!(place(&e), "eastern Deir ez-Zor countryside", "{e:#?}");
    assert_none_of(
        "ويتابع المراقبون ما يجري في الشمال السوري من تعزيزات عسكرية.",
        EventType::Deployment,
    );
}

#[test]
fn a_relative_clause_names_the_agent_and_a_speaking_capital_is_no_place() {
    let ev = events(
        "وقالت وزارة الخارجية إن دمشق تدين الاعتداء الذي شنّته قوات الولايات المتحدة على بعض المناطق في دير الزور.",
    );
    let e = ev
        .iter()
        .find(|e| e.event_type != rasd_extract::EventType::Statement)
        .expect("the attack");
    assert_eq!(e.actor1.as_deref(), Some("US"), "{ev:#?}");
    assert_eq!(place(e), "Deir ez-Zor", "{ev:#?}");
    // The condemnation is Damascus's own statement.
    assert!(
        ev.iter()
            .any(|e| e.event_type == rasd_extract::EventType::Statement
                && e.actor1.as_deref() == Some("SYR_GOV")),
        "{ev:#?}"
    );
}

#[test]
fn forces_of_a_government_at_a_post_struck_are_the_target() {
    let ev = events("قصف الجيش التركي قرية تل مضبق ونقطة لقوات حكومة دمشق في محيطها.");
    let e = ev.first().expect("the shelling");
    assert_eq!(e.actor1.as_deref(), Some("TUR"), "{ev:#?}");
    assert!(
        e.target.as_deref().is_some_and(|t| t.starts_with("SYR")),
        "{ev:#?}"
    );
}

#[test]
fn a_dual_unit_noun_counts_two() {
    let ev = events("قصف الطيران الإسرائيلي مطار حلب الدولي بصاروخين استهدفا المدرج الشرقي.");
    let e = ev.first().expect("the strike");
    assert_eq!(counts(e), vec![(2, Unit::Munition)], "{ev:#?}");
    let ev = events("دخلت مدرعتان للقوات الأمريكية إلى قاعدة الشدادي.");
    let e = ev.first().expect("the deployment");
    assert_eq!(counts(e), vec![(2, Unit::Vehicle)], "{ev:#?}");
}

#[test]
fn civilians_who_carried_the_wounded_are_not_the_attackers() {
    let ev = events(
        "وقال الدفاع المدني إن القصف استهدف الأحياء السكنية في بلدة البارة، وأسعفت فرقه الأطفال المصابين أثناء نقلهم من قبل المدنيين.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_ne!(ev[0].actor1.as_deref(), Some("CIVILIANS"));
}

#[test]
fn a_wife_named_by_her_husband_is_one_casualty() {
    let ev = events(
        "وتسبب القصف التركي على مدينة كوباني باستشهاد المواطن آزاد علي، فيما أصيبت زوجة آزاد ونقلت إلى المشفى.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert!(counts(&ev[0]).contains(&(1, Unit::Injury)), "{ev:#?}");
}

#[test]
fn what_belongs_to_a_group_is_hit_but_its_drone_strikes() {
    let owned = events(
        "وأكدت مصادر ميدانية أن الطيران الحربي نفذ نحو 12 غارة استهدف خلالها مواقع عسكرية وخدمية عدة تابعة لقسد في مدينة القامشلي.",
    );
    assert_eq!(owned.len(), 1, "{owned:#?}");
    assert_ne!(owned[0].actor1.as_deref(), Some("SDF"), "{owned:#?}");
    assert_eq!(owned[0].target.as_deref(), Some("SDF"));
    let drone = events("استهدفت طائرة مسيرة تابعة للتحالف الدولي سيارة في بلدة سرمدا.");
    assert_eq!(drone[0].actor1.as_deref(), Some("COALITION"));
    // "على أيدي" names the agent, whatever its checkpoint belongs to.
    let hands = events(
        "وثقت الشبكة مقتل الشاب حسون في بلدة الدحلة على أيدي عناصر نقطة التفتيش التابعة لقسد.",
    );
    assert_eq!(hands[0].actor1.as_deref(), Some("SDF"), "{hands:#?}");
}

#[test]
fn the_bases_of_a_force_are_what_was_hit() {
    let ev = events("استهدفت طائرات مسيرة القواعد الأمريكية في حقل العمر النفطي بريف دير الزور.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_ne!(ev[0].actor1.as_deref(), Some("US"), "{ev:#?}");
    assert_eq!(ev[0].target.as_deref(), Some("US"));
}

#[test]
fn those_suspected_of_belonging_to_a_group_are_its_members_not_the_raiders() {
    let ev = events(
        "وشنت قسد حملة اعتقالات طالت أكثر من 40 شخصا في أحياء الحسكة الجنوبية بتهمة الاشتباه في انتمائهم إلى داعش.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("SDF"), "{ev:#?}");
    assert_eq!(ev[0].target.as_deref(), Some("ISIS"));
}

#[test]
fn a_dual_written_with_its_fatha_counts_two() {
    // Unvowelled "مدنيين" is a plural and counts nothing; "مدنيَين" is two.
    let dual = events("أدى عدوان إسرائيلي على مطار دمشق إلى استشهاد مدنيَين.");
    assert_eq!(counts(&dual[0]), vec![(2, Unit::Fatality)], "{dual:#?}");
    let plural = events("أدى عدوان إسرائيلي على مطار دمشق إلى استشهاد مدنيِّين.");
    assert!(counts(&plural[0]).is_empty(), "{plural:#?}");
}

#[test]
fn a_city_inside_a_site_name_is_the_site_not_its_government() {
    let ev = events("تعرض مطار دمشق لعدوان إسرائيلي.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Damascus International Airport");
    assert_eq!(ev[0].actor1.as_deref(), Some("ISR"));
    // Fire from Turkish land is Turkey's.
    let from =
        events("تتعرض قرية قره موغ شرق مدينة كوباني لقصف بقذائف المدفعية مصدره الأراضي التركية.");
    assert_eq!(from[0].actor1.as_deref(), Some("TUR"), "{from:#?}");
}

#[test]
fn a_number_of_them_is_part_of_the_count_before() {
    let ev = events(
        "وأسفر القصف على بلدة سرمين عن استشهاد 3 أشخاص وإصابة 7 آخرين إصابة اثنين منهم خطيرة.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(3, Unit::Fatality), (7, Unit::Injury)]
    );
}

#[test]
fn a_number_of_them_with_no_count_of_people_before_counts_the_group() {
    // Only vehicles were counted before: the three are the fighters they carried.
    for text in [
        "استهدفت مسيرة تركية سيارة تقل عناصر من قسد قرب مدينة عامودا، ما أدى لمقتل ثلاثة منهم.",
        "استهدفت مسيرة تركية سيارتين تقلان عناصر من قسد قرب مدينة عامودا، ما أدى لمقتل ثلاثة منهم.",
    ] {
        let ev = events(text);
        assert_eq!(ev.len(), 1, "{ev:#?}");
        assert!(
            counts(&ev[0]).contains(&(3, Unit::Fatality)),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn another_after_a_comma_with_its_own_verb_is_counted_by_that_verb() {
    let ev = events("قتل طفل، وآخر أصيب بجروح بقصف مدفعي على بلدة سرمين.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(1, Unit::Fatality), (1, Unit::Injury)]
    );
    // A plain list after a comma is still one count.
    let list = events("قتل طفل، وامرأة بقصف مدفعي على بلدة سرمين.");
    assert_eq!(counts(&list[0]), vec![(2, Unit::Fatality)]);
}

#[test]
fn a_third_hurt_after_those_counted_is_one_more_of_their_group() {
    let ev = events("قتل مدنيان وأصيب ثالث بقصف مدفعي على بلدة دركوش.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    let injured: Vec<_> = ev[0]
        .quantities
        .iter()
        .filter(|q| q.unit == Unit::Injury)
        .map(|q| (q.value, q.target.as_deref()))
        .collect();
    assert_eq!(injured, vec![(1, Some("CIVILIANS"))], "{ev:#?}");
    // "A second" is one, though it ends like a dual.
    let ev = events("قتل مدني وأصيب ثان بقصف مدفعي على بلدة دركوش.");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(1, Unit::Fatality), (1, Unit::Injury)],
        "{ev:#?}"
    );
    // "The fourth girl" is the girl, not one more.
    let ev = events("وأصيبت الطفلة الرابعة بقصف مدفعي على بلدة دركوش.");
    assert_eq!(counts(&ev[0]), vec![(1, Unit::Injury)], "{ev:#?}");
}

#[test]
fn one_in_words_after_a_noun_is_its_adjective_not_a_count() {
    let ev = events(
        "قصفت القوات التركية منزلاً في قرية أم حرمل، ما أدى إلى مقتل رجلين من عائلة واحدة وإصابة أربع نساء بجروح.",
    );
    let e = ev.first().expect("the shelling");
    assert_eq!(
        sorted_counts(e),
        vec![(2, Unit::Fatality), (4, Unit::Injury)],
        "{ev:#?}"
    );
    // After a casualty word it is still a count.
    let ev = events("قصفت القوات التركية قرية أم حرمل، ما أدى إلى إصابة واحد من العناصر.");
    let e = ev.first().expect("the shelling");
    assert_eq!(counts(e), vec![(1, Unit::Injury)], "{ev:#?}");
}

#[test]
fn words_glued_after_ta_marbuta_are_read_apart() {
    // "منطقةجب" as scraped pages glue it at an inline tag.
    let ev = events("قتل 5 مدنيين بهجوم لتنظيم داعش في منطقةالسخنة بريف حمص الشرقي.");
    let e = ev.first().expect("the attack");
    assert!(place(e).contains("Sukhnah"), "{ev:#?}");
}

#[test]
fn an_attack_glued_to_fi_is_still_an_attack() {
    let ev = events("قتل 8 جنود فياعتداء إسرائيلي على مواقع الجيش السوري في ريف درعا.");
    let e = ev.first().expect("the attack");
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{ev:#?}");
    assert_eq!(counts(e), vec![(8, Unit::Fatality)], "{ev:#?}");
}

#[test]
fn a_place_in_the_clause_of_who_speaks_gives_way_to_the_place_in_what_is_said() {
    let ev = events(
        "وقالت وزارة الخارجية في سوريا إن دمشق تدين الاعتداء الذي شنته قوات الولايات المتحدة الأمريكية على بعض المناطق في محافظة دير الزور.",
    );
    let strike = ev
        .iter()
        .find(|e| e.event_type.is_violent())
        .unwrap_or_else(|| panic!("no strike: {ev:#?}"));
    assert_eq!(
        strike.location.as_ref().and_then(|l| l.admin1.as_deref()),
        Some("Deir ez-Zor"),
        "{ev:#?}"
    );
    // With nothing said of the place, the speaker's place still locates the event.
    let ev = events("وقال مراسلنا في مدينة سرمين إن قصفا مدفعيا لقوات النظام أدى لإصابة طفل.");
    assert_eq!(place(&ev[0]), "Sarmin", "{ev:#?}");
}

#[test]
fn the_forces_of_the_capital_are_its_government_not_a_place() {
    let ev = events("أسفر القصف التركي على قرية مريمين عن مقتل عنصر في قوات دمشق.");
    assert_ne!(place(&ev[0]), "Damascus", "{ev:#?}");
}

#[test]
fn a_village_named_with_and_without_its_article_is_one_place() {
    let ev = events(
        "استهدفت قسد بالمدفعية قرية دحلة في ريف دير الزور الشرقي. وشهدت المنطقة حركة نزوح واسعة. وأغلقت المدارس أبوابها. وتوقفت الأسواق عن العمل. وأكد ناشطون أن مدفعية قسد قصفت بلدة الدحلة مجددا.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
}

#[test]
fn the_people_an_arrest_took_are_counted_by_their_noun() {
    for (text, n) in [
        ("اعتقلت قوات النظام شابين في مدينة درعا.", 2),
        ("اعتقلت قوات النظام ثلاثة شبان في مدينة درعا.", 3),
        ("اعتقلت قسد الشاب أحمد العلي في بلدة تل تمر.", 1),
    ] {
        let e = first_of(text, EventType::Arrest);
        assert_eq!(counts(&e), vec![(n, Unit::Other)], "{text}: {e:#?}");
    }
    // A plural with no number counts nothing; the force that came in did not detain itself.
    let e = first_of(
        "قتل عدد من الشبان بقصف على بلدة جاسم بريف درعا.",
        EventType::Shelling,
    );
    assert!(counts(&e).is_empty(), "{e:#?}");
    let e = first_of(
        "توغلت قوة إسرائيلية في قرية جملة بريف درعا الغربي واعتقلت شابين.",
        EventType::Deployment,
    );
    assert!(counts(&e).is_empty(), "{e:#?}");
}

#[test]
fn others_counted_after_civilians_are_civilians_and_a_victims_group_is_the_target() {
    let e = first_of(
        "انفجرت سيارة مفخخة في مدينة أعزاز، ما أسفر عن مقتل 5 مدنيين وإصابة 12 آخرين.",
        EventType::Explosion,
    );
    let targets: Vec<Option<&str>> = e.quantities.iter().map(|q| q.target.as_deref()).collect();
    assert_eq!(targets, vec![Some("CIVILIANS"); 2], "{e:#?}");
    // The group of the dead named before the attack is what it hit, past a force noun.
    let e = first_of(
        "قتل ثلاثة عناصر من قوات الحكومة السورية بهجوم لخلايا داعش على حاجز في بادية الميادين.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISIS"), "{e:#?}");
    assert!(
        e.target.as_deref().is_some_and(|t| t.starts_with("SYR")),
        "{e:#?}"
    );
}

#[test]
fn a_reporter_is_not_a_casualty_but_a_driver_or_a_journalist_is() {
    for (text, want) in [
        // Who reports the toll is not in it.
        (
            "أبلغ سائق الإسعاف بمقتل 3 مدنيين بقصف مدفعي على مدينة أريحا.",
            (3, Unit::Fatality),
        ),
        (
            "وأكد طبيب في المشفى إصابة طفلين بقصف مدفعي على بلدة البارة.",
            (2, Unit::Injury),
        ),
        // Named by their work, one each.
        (
            "قتل سائق شاحنة بقصف مدفعي على بلدة البارة.",
            (1, Unit::Fatality),
        ),
        (
            "استشهدت صحفية بغارة لطائرة مسيرة تركية قرب سد تشرين.",
            (1, Unit::Fatality),
        ),
        (
            "أصيب مسعف بجروح جراء قصف مدفعي على مدينة أريحا.",
            (1, Unit::Injury),
        ),
    ] {
        let ev = events(text);
        let all: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
        assert_eq!(all, vec![want], "{text}: {ev:#?}");
    }
}

#[test]
fn an_unidentified_drone_or_gunman_is_an_unknown_actor() {
    for text in [
        "استهداف طيران مسيّر مجهول منزلاً في بلدة التمانعة جنوبي إدلب.",
        "قتل شاب برصاص مسلح مجهول في بلدة الصنمين.",
    ] {
        let ev = events(text);
        assert!(!ev.is_empty(), "{text}");
        assert!(
            ev.iter().all(|e| e.actor1.as_deref() == Some("UNKNOWN")),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn government_forces_are_the_state_of_their_day() {
    let text = "قصفت قوات الحكومة قرية كنصفرة في جبل الزاوية بريف إدلب.";
    for (day, side) in [
        (jiff::civil::date(2022, 5, 1), "SYR_GOV"),
        (jiff::civil::date(2025, 3, 1), "SYR_TRANS"),
    ] {
        let ev = common::events_on(text, day);
        assert!(
            ev.iter()
                .any(|e| e.event_type == EventType::Shelling && e.actor1.as_deref() == Some(side)),
            "{day}: {ev:#?}"
        );
    }
}

#[test]
fn the_owner_of_a_post_struck_after_its_adjective_is_the_target_but_of_posts_left_the_leaver() {
    for (text, ty, actor, target) in [
        (
            "دمر الطيران الحربي الروسي مقرا عسكريا لهيئة تحرير الشام في غارة شنها غربي إدلب.",
            EventType::AirStrike,
            Some("RUS"),
            Some("HTS"),
        ),
        (
            "هاجم مسلحون مجهولون نقطة عسكرية لـ\"قسد\" في بلدة ذيبان بريف دير الزور.",
            EventType::ArmedClash,
            Some("UNKNOWN"),
            Some("SDF"),
        ),
        (
            "قصفت القوات التركية بالمدفعية نقطة عسكرية للنظام السوري في قرية الخرزة شمالي الحسكة.",
            EventType::Shelling,
            Some("TUR"),
            Some("SYR_GOV"),
        ),
        (
            "وأخلت القوات الأمريكية عدة نقاط عسكرية لـ\"قسد\" في ريف دير الزور.",
            EventType::Withdrawal,
            Some("US"),
            None,
        ),
        (
            "وجرى إخلاء عدة نقاط عسكرية لـ\"قسد\" في محيط المعمل خوفا من تجدد القصف.",
            EventType::Withdrawal,
            Some("SDF"),
            None,
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(
            (e.actor1.as_deref(), e.target.as_deref()),
            (actor, target),
            "{text}: {e:#?}"
        );
    }
    // What was avoided was not done.
    assert_none_of(
        "لكن إسرائيل تجنبت في الأغلب قصف المحافظات الساحلية في سوريا.",
        EventType::Shelling,
    );
}

fn first_violent(text: &str) -> rasd_extract::Event {
    events(text)
        .into_iter()
        .find(|e| e.event_type.is_violent())
        .unwrap_or_else(|| panic!("no strike in {text}"))
}

#[test]
fn a_side_that_tells_of_a_strike_with_its_own_subject_is_not_its_agent() {
    for text in [
        "أفاد مسؤول عسكري أمريكي بأن هجوما بطائرة مسيرة استهدف قاعدة رميلان في ريف الحسكة.",
        "وقالت وزارة الدفاع الروسية إن طائرات مسيرة هاجمت قاعدة حميميم في ريف اللاذقية.",
    ] {
        let e = first_violent(text);
        assert_eq!(e.actor1, None, "{text}: {e:#?}");
    }
    // A teller whose clause points back to it, or names its army, did it.
    for (text, side) in [
        (
            "وقالت وزارة الدفاع الروسية إن قواتها قصفت مواقع للمسلحين في ريف إدلب.",
            "RUS",
        ),
        (
            "أعلن الجيش الأمريكي أنه نفذ غارة على موقع لتنظيم داعش في البادية.",
            "US",
        ),
        (
            "أعلنت وزارة الدفاع السورية أن الجيش استهدف مقرات للمسلحين في ريف حلب الغربي.",
            "SYR_GOV",
        ),
    ] {
        let e = first_violent(text);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}: {e:#?}");
    }
}

#[test]
fn vehicles_counted_right_after_a_strike_are_what_it_hit() {
    let e = first_of(
        "استهدفت طائرة مسيرة مجهولة 3 شاحنات قرب معبر البوكمال.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), vec![(3, Unit::Truck)]);
    // A convoy told with its own word of moving keeps its count for the move.
    let e = first_of(
        "دخل رتل من 40 آلية إلى قاعدة الشدادي، واستهدفت طائرة مسيرة موقعا قرب الحسكة.",
        EventType::AirStrike,
    );
    assert!(counts(&e).is_empty(), "{e:#?}");
}

#[test]
fn the_number_of_a_formation_counts_nothing() {
    let e = first_of(
        "قصفت قوات النظام المتمركزة في اللواء 47 بلدة الأتارب بـ 12 قذيفة.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(12, Unit::Munition)]);
    let e = first_of(
        "قتل عنصران جراء استهداف سيارة في الفوج 46 بصاروخ موجه.",
        EventType::Shelling,
    );
    assert!(!counts(&e).iter().any(|c| c.0 == 46), "{e:#?}");
}

#[test]
fn the_side_named_with_the_victims_is_who_they_were() {
    for text in [
        "أسفر هجوم بطائرة مسيرة عن مقتل جندي أمريكي في قاعدة قرب الحسكة.",
        "أسفر هجوم بطائرة مسيرة عن مقتل أميركي وإصابة 6 آخرين في قاعدة قرب الحسكة.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1, None, "{text}");
        assert_eq!(e.target.as_deref(), Some("US"), "{text}");
    }
    let e = first_of(
        "أكدت مصادر ارتفاع عدد قتلى قسد نتيجة استهداف مسيرة معسكرا في الحسكة إلى 46 قتيلا.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1, None);
    assert_eq!(e.target.as_deref(), Some("SDF"));
}

#[test]
fn a_nationality_killed_before_others_wounded_is_one_of_that_side() {
    let e = first_of(
        "وقال البنتاغون إن طائرة من دون طيار أسفرت عن مقتل أميركي وإصابة 6 آخرين في قاعدة قرب الحسكة.",
        EventType::AirStrike,
    );
    assert_eq!(
        sorted_counts(&e),
        vec![(1, Unit::Fatality), (6, Unit::Injury)]
    );
    assert!(
        e.quantities
            .iter()
            .all(|q| q.target.as_deref() == Some("US")),
        "{e:#?}"
    );
    // The Pentagon tells of the drone; it did not fly it.
    assert_eq!(e.actor1, None, "{e:#?}");
    // A man's name that reads as a nationality is no one of that side.
    let e = first_of(
        "أدى القصف على بلدة الباب إلى مقتل تركي الحلبي وإصابة 3 آخرين.",
        EventType::Shelling,
    );
    assert!(
        e.quantities
            .iter()
            .all(|q| q.target.as_deref() != Some("TUR")),
        "{e:#?}"
    );
}

#[test]
fn a_strike_on_the_town_named_again_is_at_that_town() {
    let ev = events(
        "قال مراسلنا إن الطائرات الروسية قصفت قرية اليعقوبية غربي إدلب. وقصفت قوات النظام بلدة البارة جنوبي إدلب، بالتزامن مع شن الطائرات الحربية الروسية ضربات جوية على محيط البلدة.",
    );
    let raids: Vec<&str> = ev
        .iter()
        .filter(|e| e.event_type == EventType::AirStrike)
        .map(place)
        .collect();
    assert!(raids.contains(&"al-Bara"), "{ev:#?}");
    // "The town" is no place inside a side's name.
    let ev = events("أصيب عنصران من قوات حكومة دمشق في قصف تركي على محيط البلدة.");
    assert!(ev.iter().all(|e| place(e) != "Damascus"), "{ev:#?}");
}

#[test]
fn a_convoy_deploys_where_it_made_for_not_at_the_crossing_it_passed() {
    let e = first_of(
        "دخل رتل للقوات الأمريكية عبر معبر الوليد قادماً من العراق، واتجه إلى قاعدة خراب الجير \
         في ريف الحسكة.",
        EventType::Deployment,
    );
    assert_eq!(place(&e), "Kharab al-Jir airbase (Rmelan)", "{e:#?}");
    // With no site made for, the crossing is where it deployed.
    let e = first_of("دخل رتل تركي عبر معبر كفرلوسين.", EventType::Deployment);
    assert_eq!(place(&e), "Kafr Lusin", "{e:#?}");
}
