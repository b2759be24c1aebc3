//! Clauses, weapon adjectives, "lost their life" and captured-post chrome, on illustrative
//! sentences written for these tests.

mod common;

use common::{at_place, counts, events, events_on, first_of, place, sorted_counts};
use rasd_extract::{EventType, Modality, Unit};

#[test]
fn a_nationality_after_the_weapon_names_the_agent() {
    let ev = events(
        "قتل شاب يعمل مع قسد جراء استهداف الطيران المسيّر التركي مواقع لقسد في قرية عرب حسن.",
    );
    let e = ev.first().expect("one strike");
    assert_eq!(e.actor1.as_deref(), Some("TUR"), "{ev:#?}");
    assert_eq!(e.target.as_deref(), Some("SDF"), "{ev:#?}");
}

#[test]
fn a_clause_after_kama_with_its_own_strike_is_its_own_event() {
    let ev = events(
        "أصيب ثلاثة مدنيين جراء قصف لقوات النظام على مدينة جسر الشغور، كما استهدفت بلدة دركوش بقذائف الهاون.",
    );
    let jisr = at_place(&ev, "Jisr al-Shughur");
    let darkush = at_place(&ev, "Darkush");
    assert_eq!(counts(jisr), vec![(3, Unit::Injury)]);
    assert!(counts(darkush).is_empty(), "{darkush:#?}");
    // The second clause has no subject of its own: it is the sentence's.
    assert_eq!(darkush.actor1.as_deref(), Some("SYR_GOV"));
}

#[test]
fn a_kama_clause_without_an_event_keeps_the_casualties_with_the_strike() {
    let ev = events("قصفت قوات النظام بلدة البارة، كما أفاد المرصد، ما أدى لمقتل مدني.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "al-Bara");
    assert_eq!(counts(&ev[0]), vec![(1, Unit::Fatality)]);
}

#[test]
fn a_contrast_clause_on_another_day_keeps_its_toll_apart() {
    let day = jiff::civil::date(2024, 2, 28);
    let ev = events_on(
        "قتل 14 مدنيا، الأحد الفائت، في انفجار لغم أرضي في بادية الرصافة، فيما شهد يوم السبت مقتل 12 شخصا في حوادث منفصلة.",
        day,
    );
    let blast = ev
        .iter()
        .find(|e| e.event_type == EventType::Explosion)
        .unwrap_or_else(|| panic!("no blast: {ev:#?}"));
    assert_eq!(counts(blast), vec![(14, Unit::Fatality)], "{ev:#?}");
    // The same day told again: still one toll.
    let ev = events_on(
        "قتل 14 مدنيا، الأحد الفائت، في انفجار لغم أرضي في بادية الرصافة، فيما أصيب 8 آخرون الأحد.",
        day,
    );
    let blast = first_of_type(&ev, EventType::Explosion);
    assert_eq!(
        sorted_counts(blast),
        vec![(14, Unit::Fatality), (8, Unit::Injury)],
        "{ev:#?}"
    );
}

#[test]
fn a_toll_after_a_comma_with_a_strike_of_its_own_is_that_strikes() {
    let ev = events(
        "قتل طفل وأصيب 4 مدنيين بقصف صاروخي لقوات النظام على مدينة سرمين، وقتل رجلان وأصيب 3 آخرون بقصف مماثل استهدف مدينة بنش، وقتلت امرأة، وأصيب 6 مدنيين بالقصف على مدينة أريحا.",
    );
    let at = |name: &str| sorted_counts(at_place(&ev, name));
    assert_eq!(at("Sarmin"), vec![(1, Unit::Fatality), (4, Unit::Injury)]);
    assert_eq!(at("Binnish"), vec![(2, Unit::Fatality), (3, Unit::Injury)]);
    // "وقتلت امرأة" has no strike of its own: it is the toll of the strike after it.
    assert_eq!(at("Ariha"), vec![(1, Unit::Fatality), (6, Unit::Injury)]);
}

#[test]
fn a_verbal_noun_after_a_comma_goes_on_with_the_toll_before_it() {
    // "وإصابة طفل" continues "أدى لمقتل امرأة", whatever strike the clause after it names.
    let ev = events(
        "قصف صاروخي لقوات النظام استهدف بلدة كنصفرة أدى لمقتل امرأة، وإصابة طفل في البلدة، تبعه غارات من الطيران الروسي على سهل الغاب.",
    );
    let shelling = first_of_type(&ev, EventType::Shelling);
    assert_eq!(
        sorted_counts(shelling),
        vec![(1, Unit::Fatality), (1, Unit::Injury)],
        "{ev:#?}"
    );
}

#[test]
fn a_toll_across_many_unnamed_towns_stays_with_the_area() {
    let ev = events(
        "قتل 9 مدنيين وأصيب 30 آخرون جراء قصف مدفعي لقوات النظام على أكثر من 10 مدن وبلدات في ريف إدلب الجنوبي.\n\nوتضررت مدرسة في مدينة أريحا.\n\nوأفاد الدفاع المدني بأن فرقه تعمل على إسعاف الجرحى.\n\nواستهدف القصف أيضاً قرية كنصفرة دون ورود أنباء عن إصابات.",
    );
    let kansafra = at_place(&ev, "Kansafra");
    assert!(counts(kansafra).is_empty(), "{ev:#?}");
    assert!(
        ev.iter()
            .any(|e| counts(e).contains(&(9, Unit::Fatality)) && place(e) != "Kansafra"),
        "{ev:#?}"
    );
    // A site told with the same toll is the lead's own detail.
    let ev = events(
        "قصفت قوات النظام مناطق في ريف إدلب الجنوبي، ما أدى لإصابة مدني.\n\nوقال مراسلنا إن قوات النظام قصفت قرية كنصفرة، ما أدى لإصابة مدني بجروح.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Kansafra");
}

fn first_of_type(ev: &[rasd_extract::Event], ty: EventType) -> &rasd_extract::Event {
    ev.iter()
        .find(|e| e.event_type == ty)
        .unwrap_or_else(|| panic!("no {ty:?}: {ev:#?}"))
}

#[test]
fn lost_counts_a_death_only_with_the_word_for_life() {
    let ev = events("فقدت امرأة مسنة حياتها جراء قصف مدفعي على بلدة البارة.");
    let all: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
    assert_eq!(all, vec![(1, Unit::Fatality)], "{ev:#?}");

    // فقد here is "so, already": the count is of the wounded.
    let ev = events("فقد أصيب 3 مدنيين بقصف مدفعي على بلدة البارة.");
    let all: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
    assert_eq!(all, vec![(3, Unit::Injury)], "{ev:#?}");
}

#[test]
fn one_of_them_a_child_is_a_breakdown_not_a_further_count() {
    let ev = events("قتل شخصان أحدهما طفل، كما أصيب 6 آخرون بقصف تركي على بلدة تل رفعت.");
    let all: Vec<(u64, Unit)> = ev.iter().flat_map(counts).collect();
    assert!(all.contains(&(2, Unit::Fatality)), "{all:?}");
    assert!(all.contains(&(6, Unit::Injury)), "{all:?}");
    assert!(!all.contains(&(1, Unit::Injury)), "{all:?}");
    assert!(!all.contains(&(1, Unit::Fatality)), "{all:?}");
}

#[test]
fn who_the_counted_were_in_parentheses_is_no_further_count() {
    let toll = |text: &str| sorted_counts(&first_of(text, EventType::Shelling));
    assert_eq!(
        toll(
            "قتل 3 مدنيين (رجل وزوجته وابنهما) وأصيب 4 آخرون (طفلان وامرأتان) بقصف مدفعي على بلدة كنصفرة."
        ),
        vec![(3, Unit::Fatality), (4, Unit::Injury)]
    );
    // The verb after the parenthesis tells what befell those counted before it; a word of
    // dying before a number in parentheses still counts it.
    assert_eq!(
        toll("وكان مدنيان (شابان شقيقان) قد قتلا بقصف مدفعي على بلدة كنصفرة."),
        vec![(2, Unit::Fatality)]
    );
    assert_eq!(
        toll("أسفر القصف المدفعي على بلدة كنصفرة عن مقتل (5) مدنيين."),
        vec![(5, Unit::Fatality)]
    );
    // A closed parenthesis ends what it describes: those named after it are counted.
    assert_eq!(
        toll("قتل رجل وابنه (طفل) وأصيبت زوجته وطفلته بقصف مدفعي على بلدة كنصفرة."),
        vec![(2, Unit::Fatality), (2, Unit::Injury)]
    );
}

#[test]
fn reactions_and_comments_glued_to_a_captured_post_yield_no_events() {
    let ev = events(
        "Sample PageDecember 5, 2024 · Shared with Publicقصف مدفعي لقوات النظام على بلدة البارة \
         All reactions:39 commentsLikeCommentMost relevant\nأبو محمد\nغارات روسية على مدينة أريحا أمس",
    );
    assert!(ev.iter().any(|e| place(e) == "al-Bara"), "{ev:#?}");
    assert!(!ev.iter().any(|e| place(e) == "Ariha"), "{ev:#?}");
}

#[test]
fn a_captured_posts_cut_short_preview_is_not_a_second_event() {
    // The capture repeats the post's opening as a preview line ending in "...", then the post.
    let ev = events(
        "مقتل شخصين في استهداف مسيّرة... - صفحة المثال\nFacebookصفحة المثال's Post\n\n\
         صفحة المثالMarch 3, 2025 · Shared with Public مقتل شخصين في استهداف مسيّرة تركية \
         لسيارة قرب بلدة صرين جنوبي كوباني.All reactions:12LikeComment",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("TUR"), "{ev:#?}");
    assert_eq!(counts(&ev[0]), vec![(2, Unit::Fatality)]);
}

#[test]
fn a_headline_is_its_body_however_far_down_the_body_tells_it() {
    let ev = events(
        "مقتل مدنيين اثنين بغارة جوية\n\
         صفحة المثال\n\
         نشر في 3 آذار.\n\
         تابعونا على قناتنا.\n\
         اقرأ التفاصيل أدناه.\n\
         قتل مدنيان بغارة جوية لطائرة مسيرة إسرائيلية على بلدة سرغايا في ريف دمشق.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Sirghaya");
    assert_eq!(ev[0].actor1.as_deref(), Some("ISR"));
}

#[test]
fn a_headline_whose_count_differs_from_its_body_is_the_body_with_the_bodys_count() {
    let ev = events(
        "مقتل مدني بقصف مدفعي على بلدة سرمين\n\n\
         قتل مدنيان وأصيب ثلاثة آخرون جراء قصف مدفعي لقوات النظام على بلدة سرمين شرقي إدلب.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(2, Unit::Fatality), (3, Unit::Injury)]
    );
    // Two sentences of the body with different tolls at one town stay two events.
    let ev = events(
        "قتل مدني جراء قصف مدفعي على بلدة سرمين صباح اليوم.\n\n\
         وفي المساء قتل مدنيان آخران جراء قصف صاروخي على بلدة سرمين.",
    );
    assert_eq!(ev.len(), 2, "{ev:#?}");
}

#[test]
fn a_round_up_item_does_not_inherit_the_agent_of_the_item_before() {
    let ev = events(
        "ألقى الجيش الوطني السوري القبض على خلية في ريف عفرين.\n\n\
         ادلب::سقوط شهيد جراء قصف بقذائف المدفعية على بلدة البارة.",
    );
    let strike = at_place(&ev, "al-Bara");
    assert_eq!(strike.actor1, None, "{ev:#?}");

    // The same kind of event in the next paragraph continues it.
    let ev = events(
        "قصفت قوات النظام بلدة البارة بالمدفعية.\n\nوأدى القصف على بلدة كنصفرة إلى مقتل مدني.",
    );
    let strike = at_place(&ev, "Kansafra");
    assert_eq!(strike.actor1.as_deref(), Some("SYR_GOV"), "{ev:#?}");
}

#[test]
fn every_listed_town_is_a_site_even_where_its_position_is_approximate() {
    let ev = events(
        "هاجم مقاتلو العشائر مقار قسد في بلدات الشعفة والشحيل والحوايج في ريف دير الزور الشرقي.",
    );
    let mut places: Vec<&str> = ev.iter().map(place).collect();
    places.sort_unstable();
    assert_eq!(
        places,
        vec!["al-Hawayij", "al-Sha'fa", "al-Shuhayl"],
        "{ev:#?}"
    );
}

#[test]
fn villages_listed_a_few_kilometres_apart_are_each_a_site() {
    // Shinan lies under 3 km from Sarjah.
    let ev = events("قصفت قوات النظام قرى سرجة وبينين وشنان في جبل الزاوية بريف إدلب.");
    let mut places: Vec<&str> = ev.iter().map(place).collect();
    places.sort_unstable();
    assert_eq!(places, vec!["Binin", "Sarjah", "Shinan"], "{ev:#?}");
}

#[test]
fn a_toll_placed_at_one_of_the_listed_towns_is_that_towns() {
    let toll_at = |text: &str| -> Vec<(String, Vec<(u64, Unit)>)> {
        events(text)
            .iter()
            .filter(|e| !e.quantities.is_empty())
            .map(|e| (place(e).to_string(), counts(e)))
            .collect()
    };
    let dead_at = |town: &str| vec![(town.to_string(), vec![(1, Unit::Fatality)])];
    assert_eq!(
        toll_at("قصفت قوات النظام بلدتي كنصفرة والبارة، ما أدى لمقتل مدني في بلدة البارة."),
        dead_at("al-Bara")
    );
    // Unplaced, the toll stays with the first town named.
    assert_eq!(
        toll_at("قصفت قوات النظام بلدتي كنصفرة والبارة، ما أدى لمقتل مدني."),
        dead_at("Kansafra")
    );
    // A town named after the toll by a strike of its own is that strike's place, not the toll's.
    assert_eq!(
        toll_at("قصفت قوات النظام بلدتي كنصفرة والبارة ما أدى لمقتل مدني، وقصفت البارة مجددا."),
        dead_at("Kansafra")
    );
}

#[test]
fn what_coincided_with_an_event_is_another_event_with_its_own_sides_and_places() {
    // The side of the first is not the agent of what coincided with it.
    let ev = events(
        "وقالت الوزارة إن العدوان الإسرائيلي تزامن مع اعتداء بالطائرات المسيرة نفذته التنظيمات الإرهابية على ريف حماة.",
    );
    assert!(
        ev.iter().all(|e| e.actor1.as_deref() != Some("ISR")
            || e.location
                .as_ref()
                .is_none_or(|p| p.name != "Hama countryside")),
        "{ev:#?}"
    );
    // "وتزامن القصف مع هجوم": the shelling told before is not put where the attack was.
    let ev = events("وتزامن القصف مع هجوم عنيف لمقاتلي العشائر على مقار قسد في بلدة ذيبان.");
    let kinds: Vec<EventType> = ev.iter().map(|e| e.event_type).collect();
    assert_eq!(kinds, vec![EventType::ArmedClash], "{ev:#?}");
    // Weapons told as coinciding keep their own places: no barrage of one weapon.
    let ev = events(
        "استهدفت طائرات حربية للنظام وروسيا مدينة جسر الشغور، تزامناً مع قصف مدفعي على قريتي معترم واحسم.",
    );
    let mut seen: Vec<(EventType, &str)> = ev.iter().map(|e| (e.event_type, place(e))).collect();
    seen.sort_by_key(|(_, p)| *p);
    assert_eq!(
        seen,
        vec![
            (EventType::Shelling, "Ihsim"),
            (EventType::AirStrike, "Jisr al-Shughur"),
            (EventType::Shelling, "Maataram"),
        ],
        "{ev:#?}"
    );
    // What followed the shelling ("تبعه غارات من الطيران الروسي") is a strike of its own: by
    // the aircraft "من" names, and without the shelling's toll.
    let ev = events(
        "قصفت قوات النظام بلدة كنصفرة ما أدى لمقتل امرأة وإصابة آخرين، تبعه غارات من الطيران \
         الروسي استهدفت بلدة البارة.",
    );
    let raid = at_place(&ev, "al-Bara");
    assert_eq!(raid.event_type, EventType::AirStrike, "{ev:#?}");
    assert_eq!(raid.actor1.as_deref(), Some("RUS"), "{ev:#?}");
    assert!(counts(raid).is_empty(), "{ev:#?}");
    assert_eq!(counts(at_place(&ev, "Kansafra")), vec![(1, Unit::Fatality)]);
}

#[test]
fn a_verb_of_striking_with_its_own_subject_opens_a_clause() {
    let ev =
        events("شنت طائرات روسية غارات جوية على قرية شنان، وقصفت مدفعية قوات الأسد بلدة سرمين.");
    let mut seen: Vec<(EventType, &str, Option<&str>)> = ev
        .iter()
        .map(|e| (e.event_type, place(e), e.actor1.as_deref()))
        .collect();
    seen.sort_by_key(|(_, p, _)| *p);
    assert_eq!(
        seen,
        vec![
            (EventType::Shelling, "Sarmin", Some("SYR_GOV")),
            (EventType::AirStrike, "Shinan", Some("RUS")),
        ],
        "{ev:#?}"
    );
    // Without a subject of its own the verb goes on telling the raid: its town stays.
    let ev = events("داهمت قسد مدينة الشحيل، واعتقلت شخصين.");
    assert!(
        ev.iter()
            .all(|e| e.event_type == EventType::Arrest && place(e) == "al-Shuhayl"),
        "{ev:#?}"
    );
}

#[test]
fn a_round_up_heading_and_the_direction_a_strike_came_from_are_not_its_place() {
    let ev = events("حلب::قصف مدفعي من قبل ميليشيات قسد على محيط بلدة دابق شمال حلب.");
    assert_eq!(ev.iter().map(place).collect::<Vec<_>>(), vec!["near Dabiq"]);
    let ev =
        events("نفذ العدو الإسرائيلي عدوانا جويا من اتجاه الجولان المحتل مستهدفا مواقع في ريف درعا.");
    assert_eq!(
        ev.iter().map(place).collect::<Vec<_>>(),
        vec!["Daraa countryside"]
    );
    let ev = events("أصيب مدنيان جراء عدوان جوي إسرائيلي نفذ من اتجاه الجولان المحتل.");
    assert!(
        !ev.is_empty() && ev.iter().all(|e| e.location.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn an_operation_named_for_aggression_is_no_strike() {
    let ev = events_on(
        "أعلنت إدارة العمليات العسكرية لمعركة \"ردع العدوان\" السيطرة على مدينة معرة النعمان.",
        jiff::civil::date(2024, 11, 30),
    );
    assert!(ev.iter().all(|e| !e.event_type.is_violent()), "{ev:#?}");
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::TerritoryChange && place(e) == "Maarat al-Numan"),
        "{ev:#?}"
    );
}

#[test]
fn a_weak_word_of_taking_ground_needs_the_town_taken() {
    let ev = events(
        "دفع القصف المكثف الرئيس الأميركي إلى الدخول بنفسه على خط المواجهة مع القوات الإيرانية.",
    );
    assert!(
        !ev.iter()
            .any(|e| e.event_type == rasd_extract::EventType::TerritoryChange),
        "{ev:#?}"
    );
    let ev = events("تقدمت قوات النظام نحو بلدة كفرنبل بعد معارك مع الفصائل.");
    assert!(
        ev.iter()
            .any(|e| e.event_type == rasd_extract::EventType::TerritoryChange
                && place(e) == "Kafr Nabl"),
        "{ev:#?}"
    );
}

/// The events of `text` published on 11 March 2023.
fn events_of_11_march(text: &str) -> Vec<rasd_extract::Event> {
    events_on(text, jiff::civil::date(2023, 3, 11))
}

#[test]
fn repeated_or_daily_shelling_is_background_never_dated_to_the_article() {
    for text in [
        "تتعرض بلدة البارة يوميا لقصف مدفعي من قبل قوات النظام.",
        "قصفت قوات النظام بلدة البارة عدة مرات خلال الأشهر الماضية.",
        // Told as something that has happened before, or more than once.
        "وسبق أن قصفت قوات النظام بلدة البارة بالمدفعية.",
        "وقصفت قوات النظام، أكثر من مرة، بلدة البارة بالمدفعية.",
    ] {
        let ev = events_of_11_march(text);
        let e = ev.first().expect("the shelling");
        assert_eq!(e.modality, rasd_extract::Modality::Historical, "{text}");
        assert_eq!(e.date, None, "{text}");
    }
    // "سبق أن" opens the clause it tells: the blast before it is today's news.
    let ev = events_of_11_march(
        "وقع التفجير في مدينة الرقة، إذ سبق أن تبنى تنظيم داعش هجمات مشابهة في المدينة.",
    );
    let blast = ev
        .iter()
        .find(|e| e.event_type == rasd_extract::EventType::Explosion)
        .expect("the blast");
    assert_eq!(blast.modality, rasd_extract::Modality::Reported, "{ev:#?}");
    assert!(blast.date.is_some(), "{ev:#?}");
}

#[test]
fn a_tally_over_a_stretch_of_time_is_no_event() {
    for text in [
        "قصفت قوات النظام بلدة البارة عدة مرات منذ مطلع العام الحالي.",
        "وثقت فرق الدفاع المدني منذ مطلع العام الجاري 120 هجوماً لقوات النظام على ريف إدلب قتل فيها 31 مدنياً.",
        "واستجابت فرق الدفاع المدني لـ 45 هجوماً لقوات النظام على ريف إدلب منذ بداية الشهر حتى يوم أمس الجمعة.",
        "وقتل 14 مدنياً خلال العام الماضي بقصف قوات النظام على مدينة الأتارب.",
        "ومنذ بداية الحملة في شهر كانون الثاني حتى الـ 9 من آذار الجاري، قتلت قوات النظام 60 مدنياً في ريف إدلب.",
    ] {
        let ev = events_of_11_march(text);
        assert!(ev.is_empty(), "{text}: {ev:#?}");
    }
    // The day's strike is dated, whatever it is compared with.
    let ev =
        events_of_11_march("قصفت قوات النظام بلدة البارة أمس الجمعة، في أعنف قصف منذ بداية العام.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].date, Some(jiff::civil::date(2023, 3, 10)), "{ev:#?}");
}

#[test]
fn the_start_of_something_still_going_on_does_not_date_the_event() {
    let ev = events_of_11_march(
        "قصفت قوات النظام بلدة البارة بالمدفعية، في إطار حملة التصعيد المستمرة منذ نحو شهرين.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].modality, rasd_extract::Modality::Reported, "{ev:#?}");
    assert_eq!(ev[0].date, Some(jiff::civil::date(2023, 3, 11)), "{ev:#?}");
    // The event itself going on that long is background.
    let ev = events_of_11_march(
        "وأدت حملات القصف المستمرة منذ أكثر من 13 عاماً على بلدة البارة إلى دمار واسع.",
    );
    assert!(!ev.is_empty());
    assert!(
        ev.iter()
            .all(|e| e.modality == rasd_extract::Modality::Historical),
        "{ev:#?}"
    );
}

#[test]
fn a_stretch_of_time_in_another_phrase_neither_drops_nor_dates_an_event() {
    // Compared with others of its kind: the convoy of the sentence before, that day.
    let ev = events_of_11_march(
        "وصل رتل للقوات الأمريكية أمس الجمعة إلى مدينة الشدادي. وتوجه الرتل إلى قاعدة خراب الجير، وهو الثالث من نوعه منذ مطلع الشهر الجاري.",
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == rasd_extract::EventType::Deployment
                && place(e).contains("Kharab")
                && e.date == Some(jiff::civil::date(2023, 3, 10))),
        "{ev:#?}"
    );
    // A campaign's stretch before a comma leaves the agreement after it to its own date.
    let ev = events_of_11_march(
        "ويشهد جبل الزاوية تصعيدا من قوات النظام منذ مطلع الشهر الجاري، رغم اتفاق وقف إطلاق النار الذي وقعته موسكو وأنقرة في آذار 2020.",
    );
    let agreement = ev
        .iter()
        .find(|e| e.event_type == rasd_extract::EventType::Agreement)
        .unwrap_or_else(|| panic!("no agreement: {ev:#?}"));
    assert_eq!(agreement.modality, rasd_extract::Modality::Historical);
    assert_eq!(agreement.date, Some(jiff::civil::date(2020, 3, 15)));
}

#[test]
fn bombs_dropped_by_a_drone_are_an_air_strike_and_a_dropped_arrest_is_none() {
    let ev = events(
        "استشهد 4 مدنيين نتيجة إلقاء طائرة مسيرة قنبلتين على منازل المدنيين في بلدة الربيعة.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        ev[0].event_type,
        rasd_extract::EventType::AirStrike,
        "{ev:#?}"
    );
    assert!(counts(&ev[0]).contains(&(4, Unit::Fatality)), "{ev:#?}");
    // "إلقاء القبض" is an arrest, however close it is to "إلقاء".
    let ev = events("تمكنت قسد من إلقاء القبض على ثلاثة أشخاص في بلدة الربيعة.");
    assert!(
        ev.iter()
            .all(|e| e.event_type == rasd_extract::EventType::Arrest),
        "{ev:#?}"
    );
}

#[test]
fn an_english_strike_by_drones_is_an_air_strike() {
    let ev = events(
        "Turkish drones struck a car near the village of Tal Tamr, killing two civilians and wounding three others.",
    );
    let e = ev.first().expect("the strike");
    assert_eq!(e.event_type, rasd_extract::EventType::AirStrike, "{ev:#?}");
    assert_eq!(e.actor1.as_deref(), Some("TUR"));
    assert!(counts(e).contains(&(2, Unit::Fatality)), "{ev:#?}");
    assert!(counts(e).contains(&(3, Unit::Injury)), "{ev:#?}");
}

#[test]
fn the_attack_named_again_with_its_toll_is_the_strike_before() {
    // The toll sentence's own weapon word (الصواريخ) would make it a shelling of its own.
    let ev = events(
        "شنت طائرات حربية إسرائيلية غارات جوية على مواقع جنوب مدينة حمص. وأضاف المصدر أن الدفاعات الجوية تصدت للصواريخ، لافتاً إلى أن العدوان أدى إلى مقتل مدنيين اثنين.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, rasd_extract::EventType::AirStrike);
    assert_eq!(counts(&ev[0]), vec![(2, Unit::Fatality)]);
}

#[test]
fn a_stop_glued_to_the_next_sentence_still_ends_the_first() {
    // Scraped text lost the space after the stop; the second sentence's place and count
    // belong to its own report, not to a paragraph-long evidence.
    let text =
        "قصفت قوات النظام بالمدفعية بلدة البارة.وفي سياق آخر أصيب طفلان بقصف على مدينة سرمين.";
    let ev = events(text);
    let bara = at_place(&ev, "al-Bara");
    let sarmin = at_place(&ev, "Sarmin");
    assert!(counts(bara).is_empty(), "{bara:#?}");
    assert_eq!(counts(sarmin), vec![(2, Unit::Injury)]);
    let second = text.find("وفي سياق").expect("second sentence");
    assert!(bara.evidence.sentence.end as usize <= second, "{bara:#?}");
}

#[test]
fn a_village_placed_near_a_town_twice_is_one_event() {
    // الكفير stands here for any village the gazetteer lacks.
    let ev = events(
        "قتل طفل بقصف مدفعي لقوات النظام على بلدة الكفير قرب مدينة جسر الشغور. وقال مراسلنا إن القصف استهدف قرية الكفير بريف إدلب الغربي وأدى إلى إصابة امرأة.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(
        sorted_counts(&ev[0]),
        vec![(1, Unit::Fatality), (1, Unit::Injury)]
    );
}

#[test]
fn the_hospital_the_wounded_reached_is_not_where_the_shell_fell() {
    let ev = events(
        "تعرضت بلدة سرمين لقصف مدفعي مصدره قوات النظام. وأدى القصف إلى إصابة شاب تم نقله إلى أحد مشافي إدلب لتلقي العلاج.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Sarmin");
    assert_eq!(counts(&ev[0]), vec![(1, Unit::Injury)]);
}

#[test]
fn a_toll_for_a_weaponless_bombardment_or_the_attack_is_the_strike_before() {
    // "قصف" with no weapon would default to shelling; "الهجوم" with none to fighting.
    for toll in [
        "وتسبب قصف الاحتلال لبلدة سرمين بمقتل مدني.",
        "ووقع الهجوم قرب بلدة سرمين ما أسفر عن مقتل مدني.",
    ] {
        let text = format!("استهدفت طائرة مسيرة تركية سيارة في بلدة سرمين. {toll}");
        let ev = events(&text);
        assert_eq!(ev.len(), 1, "{toll}: {ev:#?}");
        assert_eq!(
            ev[0].event_type,
            rasd_extract::EventType::AirStrike,
            "{toll}"
        );
        assert_eq!(counts(&ev[0]), vec![(1, Unit::Fatality)], "{toll}");
    }
}

#[test]
fn a_weaponless_bombardment_told_first_takes_the_weapon_told_next() {
    // The lead gives the toll with a bare "قصف"; the next sentence names the drone.
    let ev = events(
        "أسفر قصف الاحتلال التركي اليوم لمنزل في مدينة سرمين عن مقتل مدنيين اثنين. وأفادت مصادر محلية بتعرض منزل في مدينة سرمين للقصف بطائرة مسيرة تركية.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, rasd_extract::EventType::AirStrike);
    assert_eq!(counts(&ev[0]), vec![(2, Unit::Fatality)]);
}

#[test]
fn an_attack_that_targeted_a_car_is_one_strike_not_a_clash_too() {
    // "هجوم استهدف": the verb is the noun's relative clause; the article's drone types it.
    let ev = events(
        "استهدفت طائرة مسيرة مجهولة دراجة نارية في بلدة سرمين. وقال الدفاع المدني إن شخصا قتل في هجوم استهدف سيارة في مدينة بنش.",
    );
    let at_binnish: Vec<_> = ev.iter().filter(|e| place(e) == "Binnish").collect();
    assert_eq!(at_binnish.len(), 1, "{ev:#?}");
    assert_eq!(at_binnish[0].event_type, rasd_extract::EventType::AirStrike);
}

#[test]
fn a_victim_before_its_verb_keeps_its_count_apart_from_the_next_verb() {
    // "قتل وأصيب 6" is one count of both; "شخصا قتل وأصيب أربعة آخرون" is two counts.
    // A hedge between the victim and its verb changes nothing.
    for text in [
        "ذكر الدفاع المدني أن شخصا قتل وأصيب أربعة آخرون بقصف مدفعي على بلدة سرمين.",
        "ذكر الدفاع المدني أن شخصا على الأقل قتل وأصيب أربعة آخرون بقصف مدفعي على بلدة سرمين.",
    ] {
        let ev = events(text);
        assert_eq!(ev.len(), 1, "{ev:#?}");
        assert_eq!(
            sorted_counts(&ev[0]),
            vec![(1, Unit::Fatality), (4, Unit::Injury)],
            "{text}"
        );
    }
    let both = events("قتل وأصيب 6 مدنيين بقصف مدفعي على بلدة سرمين.");
    assert!(counts(&both[0]).is_empty(), "{both:#?}");
}

#[test]
fn an_assault_with_guns_is_fighting_and_its_shells_are_its_weapon() {
    let ev = events(
        "وشن مسلحون من العشائر هجوما مسلحا بالأسلحة الرشاشة وقذائف آر بي جي على مقر لقسد في بلدة ذيبان.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, rasd_extract::EventType::ArmedClash);
}

#[test]
fn an_assault_that_only_killed_civilians_is_an_attack_on_them() {
    let ev = events("قتل 5 مدنيين إثر هجوم لمسلحي تنظيم داعش على جامعي الكمأة في ريف حمص الشرقي.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, rasd_extract::EventType::AttackOnCivilians);
    let fighters = events("قتل 5 عناصر من قوات النظام إثر هجوم لتنظيم داعش في ريف حمص الشرقي.");
    assert_eq!(fighters[0].event_type, rasd_extract::EventType::ArmedClash);
}

#[test]
fn an_assault_aimed_at_civilians_is_an_attack_on_them_before_any_toll() {
    for text in [
        "شنت خلايا تنظيم داعش هجمات متكررة على رعاة الأغنام في بادية السخنة.",
        "وتقوم مجموعات داعش باعتداءات على المواطنين في ريف دير الزور الشرقي.",
        "وتظهر اللقطات هجوم عناصر من داعش على منازل سكان القرية في ريف السويداء.",
    ] {
        let ev = events(text);
        assert_eq!(ev.len(), 1, "{text}: {ev:#?}");
        assert_eq!(ev[0].event_type, EventType::AttackOnCivilians, "{text}");
        assert!(
            counts(&ev[0]).is_empty(),
            "a plural names no count: {ev:#?}"
        );
    }
    // Aimed at a post, it is fighting.
    let ev = events("شنت خلايا تنظيم داعش هجوما على مواقع الجيش السوري في بادية السخنة.");
    assert_eq!(ev[0].event_type, EventType::ArmedClash, "{ev:#?}");
}

#[test]
fn background_lends_neither_its_agent_nor_takes_todays_date() {
    let ev = events_of_11_march(
        "أصيب ثلاثة مدنيين جراء قصف لقوات النظام على مدينة الأتارب. ولفت المصدر إلى أن المدينة تعرضت عدة مرات للقصف دون أي رد من قبل فصائل المعارضة المسلحة. وأكد الدفاع المدني أن فرقه وصلت إلى موقع القصف الذي قتل جراءه مدني.",
    );
    for e in &ev {
        if e.modality == rasd_extract::Modality::Historical {
            assert_eq!(e.date, None, "{e:#?}");
        } else {
            assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{e:#?}");
        }
    }
    let today: Vec<_> = ev
        .iter()
        .filter(|e| e.modality != rasd_extract::Modality::Historical)
        .collect();
    assert_eq!(today.len(), 1, "{ev:#?}");
    assert!(counts(today[0]).contains(&(1, Unit::Fatality)), "{ev:#?}");
}

#[test]
fn the_strikes_told_again_are_the_strikes_not_the_shelling_beside_them() {
    let ev = events(
        "نفذ الطيران التركي غارات على مدينة القامشلي، بالتزامن مع قصف مدفعي على ريف عفرين. وبيّنت المصادر أن الغارات استهدفت محطة قطار ما أدى إلى إصابة 7 أشخاص.",
    );
    let strikes: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == rasd_extract::EventType::AirStrike)
        .collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert_eq!(place(strikes[0]), "Qamishli");
    assert!(counts(strikes[0]).contains(&(7, Unit::Injury)), "{ev:#?}");
    for e in &ev {
        if e.event_type == rasd_extract::EventType::Shelling {
            assert!(counts(e).iter().all(|(_, u)| *u != Unit::Injury), "{e:#?}");
        }
    }
}

#[test]
fn a_backdrop_agreement_does_not_date_the_violations_after_it() {
    // No publication date: "اليوم" cannot be resolved, and the agreement's March 2020 must not
    // stand in for it.
    let text = "تواصل قوات النظام قصف المناطق السكنية في ريف إدلب، رغم اتفاق وقف إطلاق النار المبرم منذ آذار عام 2020.\n\nكما استهدفت قوات النظام بقذائف المدفعية بلدة البارة في جبل الزاوية، ما أدى لمقتل رجل.";
    let ev = events(text);
    let shelling = ev
        .iter()
        .find(|e| e.event_type == EventType::Shelling && place(e) == "al-Bara")
        .unwrap_or_else(|| panic!("no shelling of al-Bara: {ev:#?}"));
    assert_eq!(shelling.date, None, "{shelling:#?}");
    let agreement = ev
        .iter()
        .find(|e| e.event_type == EventType::Agreement)
        .unwrap_or_else(|| panic!("no agreement: {ev:#?}"));
    assert_eq!(
        agreement.date.map(|d| (d.year(), d.month())),
        Some((2020, 3))
    );
}

#[test]
fn a_strike_noun_with_a_pronoun_is_a_trigger() {
    let published = jiff::civil::date(2024, 6, 24);
    let ev = events_on(
        "واصلت قوات النظام، اليوم الاثنين، قصفها للمناطق السكنية في بلدة البارة بريف إدلب الجنوبي، ما أدى لمقتل طفلة.",
        published,
    );
    let shelling = ev
        .iter()
        .find(|e| e.event_type == EventType::Shelling)
        .unwrap_or_else(|| panic!("no shelling: {ev:#?}"));
    assert_eq!(shelling.actor1.as_deref(), Some("SYR_GOV"));
    assert_eq!(place(shelling), "al-Bara");
    assert_eq!(counts(shelling), [(1, Unit::Fatality)]);
}

#[test]
fn casualties_a_speaker_announces_are_an_attack_on_civilians() {
    let ev =
        events("أعلن الدفاع المدني السوري وفاة 3 أشخاص وإصابة 5 آخرين في بلدة سرمين شرقي إدلب.");
    let attack = ev
        .iter()
        .find(|e| e.event_type == EventType::AttackOnCivilians)
        .unwrap_or_else(|| panic!("no attack on civilians: {ev:#?}"));
    assert_eq!(place(attack), "Sarmin");
    assert_eq!(
        sorted_counts(attack),
        [(3, Unit::Fatality), (5, Unit::Injury)]
    );
    // Beside an agreement the count is a tally of years of breaches, not an attack.
    let ev = events(
        "وتعاني إدلب من خروقات شبه يومية منذ توقيع اتفاق موسكو في آذار عام 2020، أسفرت عن وقوع عشرات الضحايا المدنيين.",
    );
    assert!(
        ev.iter()
            .all(|e| e.event_type != EventType::AttackOnCivilians),
        "{ev:#?}"
    );
}

/// On a page without a date, two mentions of a strike at one village told of one day in
/// different words are one event; told of another weekday, another.
#[test]
fn an_undated_page_tells_one_day_in_different_words() {
    let text = "قصفت القوات التركية يوم الأحد قرية أم الخير بريف تل تمر. وفي سياق متصل، أصيبت \
                امرأة بجروح الأحد جراء قصف تركي على قرية أم الخير.";
    let ev = events(text);
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(counts(&ev[0]), vec![(1, Unit::Injury)], "{ev:#?}");
    // The time of day names no other day.
    let text = "قصفت القوات التركية اليوم قرية أم الخير بريف تل تمر. وصباح اليوم، أصيبت امرأة \
                بجروح جراء قصف تركي على قرية أم الخير.";
    assert_eq!(events(text).len(), 1, "{:#?}", events(text));
    let text = "قصفت القوات التركية يوم السبت قرية أم الخير بريف تل تمر. وفي سياق متصل، أصيبت \
                امرأة بجروح الأحد جراء قصف تركي على قرية أم الخير.";
    assert_eq!(events(text).len(), 2, "{:#?}", events(text));
}

/// A report that goes on from one told "at the start of the month" is of that time too, not of
/// the weekday the page's news names.
#[test]
fn a_report_continuing_one_of_another_time_takes_no_weekday_of_the_news() {
    let text = "قتل شخصان اليوم السبت بقصف جوي روسي على بلدة اليعقوبية. \
                وقتل شخص بداية الشهر الجاري بقصف طائرة مسيرة على مدينة أريحا. \
                وأصيب مدنيان بقصف مماثل على مدينة بنش.";
    let evs = events(text);
    assert_eq!(at_place(&evs, "Binnish").weekday, None, "{evs:#?}");
    assert_eq!(at_place(&evs, "Ariha").weekday, None, "{evs:#?}");
}

/// A page without a publication date: its news still happened on the weekday it names,
/// which a report of no other time shares; "أمس" is another day, of no known weekday.
#[test]
fn an_undated_page_keeps_the_weekday_of_its_news() {
    use jiff::civil::Weekday;
    let text = "قصفت قوات النظام صباح اليوم الخميس بلدة كنصفرة في ريف إدلب الجنوبي. \
                وأصيب ثلاثة مدنيين بقصف مدفعي على مدينة أريحا. \
                وكانت قوات النظام قد قصفت أمس بلدة البارة.";
    let evs = events(text);
    let weekday_at = |town: &str| {
        let e = at_place(&evs, town);
        (e.date, e.weekday)
    };
    assert_eq!(weekday_at("Kansafra"), (None, Some(Weekday::Thursday)));
    assert_eq!(weekday_at("Ariha"), (None, Some(Weekday::Thursday)));
    assert_eq!(weekday_at("al-Bara"), (None, None));
    // In JSON by name, and read back.
    let json = serde_json::to_string(&evs[0]).unwrap();
    assert!(json.contains(r#""weekday":"thursday""#), "{json}");
    let back: rasd_extract::Event = serde_json::from_str(&json).unwrap();
    assert_eq!(back, evs[0]);
    // With a publication date the day itself is known, and the weekday is not repeated.
    let dated = events_on(text, jiff::civil::date(2021, 9, 9));
    assert!(
        dated
            .iter()
            .all(|e| e.date.is_some() && e.weekday.is_none())
    );
}

/// A sentence that continues another on an undated page keeps the weekday of the sentence it
/// continues, not the one the page leads with.
#[test]
fn a_continued_report_keeps_the_weekday_it_continues() {
    use jiff::civil::Weekday;
    let evs = events(
        "قصفت قوات النظام صباح اليوم الخميس بلدة كنصفرة في ريف إدلب الجنوبي. \
         وكانت قوات النظام قد قصفت أول أمس الثلاثاء بلدة البارة بعشرات القذائف. \
         كما شنت الطائرات الحربية الروسية غارات على بلدة كفرنبل.",
    );
    let weekday_at = |town: &str| evs.iter().find(|e| place(e) == town).map(|e| e.weekday);
    assert_eq!(weekday_at("Kansafra"), Some(Some(Weekday::Thursday)));
    assert_eq!(weekday_at("al-Bara"), Some(Some(Weekday::Tuesday)));
    assert_eq!(
        weekday_at("Kafr Nabl"),
        Some(Some(Weekday::Tuesday)),
        "{evs:#?}"
    );
}

#[test]
fn an_event_one_side_accuses_another_of_is_its_claim() {
    for (text, side) in [
        (
            "واتهمت الخارجية الأميركية الحكومة السورية باعتقال صحفي أميركي في دمشق.",
            "SYR_GOV",
        ),
        (
            "ونفت الوزارة في بيان اتهامات واشنطن للحكومة السورية باعتقال صحفي أميركي في دمشق.",
            "SYR_GOV",
        ),
        (
            "Damascus accused the SDF of arresting ten civilians in Raqqa.",
            "SDF",
        ),
    ] {
        let arrest = first_of(text, EventType::Arrest);
        assert_eq!(arrest.actor1.as_deref(), Some(side), "{text}");
        assert_eq!(arrest.modality, Modality::Claimed, "{text}");
    }
    // The outlet's own report stays its report.
    let told = first_of(
        "اعتقلت قوات النظام صحفيا أميركيا في دمشق.",
        EventType::Arrest,
    );
    assert_eq!(told.modality, Modality::Reported);
}

#[test]
fn who_denies_a_part_in_an_event_did_not_do_it_and_the_event_stands() {
    let ev = events(
        "نفى قائد قوات العشائر العربية أن يكون لقواته أي دور في المجزرة التي ارتكبت في قرية الدحلة بريف دير الزور الشرقي، متهما قسد بارتكابها.",
    );
    let massacre = ev
        .iter()
        .find(|e| e.event_type == EventType::AttackOnCivilians)
        .unwrap_or_else(|| panic!("no massacre: {ev:#?}"));
    assert_eq!(massacre.actor1.as_deref(), Some("SDF"), "the side blamed");
    assert_eq!(massacre.modality, Modality::Claimed);
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Statement && e.actor1.as_deref() == Some("TRIBAL")),
        "the denial is the tribes' statement: {ev:#?}"
    );
    // Nobody blamed: the strike happened, by no side named, and takes none from before.
    let ev = events(
        "قصفت القوات التركية مدينة تل رفعت. ونفت قسد مسؤوليتها عن القصف الذي استهدف مدينة عفرين.",
    );
    let afrin = ev
        .iter()
        .find(|e| place(e) == "Afrin")
        .unwrap_or_else(|| panic!("no strike on Afrin: {ev:#?}"));
    assert_eq!(afrin.actor1, None, "{ev:#?}");
    assert_eq!(afrin.modality, Modality::Reported);
    // Denying the strike itself is a denial by who denies it.
    let strike = first_of(
        "نفت وزارة الدفاع الروسية شن غارات على مدينة إدلب.",
        EventType::AirStrike,
    );
    assert_eq!(strike.actor1.as_deref(), Some("RUS"));
    assert_eq!(strike.modality, Modality::Denied);
}

#[test]
fn an_incursion_is_forces_moving_in_and_its_arrests_are_their_own_event() {
    let text = "توغلت قوة إسرائيلية في قرية جملة بريف درعا الغربي واعتقلت شابين.";
    let e = first_of(text, EventType::Deployment);
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{e:#?}");
    assert_eq!(place(&e), "Jamla", "{e:#?}");
    first_of(text, EventType::Arrest);
}

#[test]
fn weapons_listed_together_strike_each_place_once() {
    let text = "أشعلت سلسلة غارات وقصف صاروخي ومسيّرات ليل الخميس ريف دير الزور الشرقي، \
                وأسفرت عن قتلى وجرحى في مدينتي الميادين والبوكمال.";
    let ev = events_on(text, jiff::civil::date(2024, 3, 24));
    let at = |name: &str| {
        ev.iter()
            .filter(|e| e.location.as_ref().is_some_and(|p| p.name == name))
            .count()
    };
    assert_eq!((at("al-Mayadin"), at("Abu Kamal")), (1, 1), "{ev:#?}");
    // Separate sentences keep their own kinds of strike.
    let text = "قصفت قوات النظام بالمدفعية مدينة الميادين صباح اليوم. \
                وفي المساء شنت طائرات حربية غارات على مدينة البوكمال.";
    let ev = events_on(text, jiff::civil::date(2024, 3, 24));
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Shelling),
        "{ev:#?}"
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::AirStrike),
        "{ev:#?}"
    );
}

#[test]
fn footage_shown_today_of_an_attack_years_ago_is_background() {
    let text = "بثت قناة محلية، اليوم الأربعاء، مشاهد جديدة عن هجوم تنظيم داعش على قرى ريف \
                السويداء الشرقي في عام 2018.";
    let ev = events_on(text, jiff::civil::date(2024, 6, 26));
    let e = ev.first().expect("the attack");
    assert_eq!(e.modality, Modality::Historical, "{ev:#?}");
    assert_ne!(e.date, Some(jiff::civil::date(2024, 6, 26)), "{ev:#?}");
    // The day set off by commas still dates an event that names no time of its own.
    let text = "شنت طائرات حربية، اليوم الأربعاء، غارات على بلدة كفرنبل جنوبي إدلب.";
    let ev = events_on(text, jiff::civil::date(2024, 6, 26));
    let e = ev.first().expect("the strike");
    assert_eq!(e.date, Some(jiff::civil::date(2024, 6, 26)), "{ev:#?}");
}

#[test]
fn strikes_named_after_two_days_since_are_dated_two_days_back() {
    let text = "قصفت الطائرات التركية، اليوم الاثنين، مواقع لقسد في مدينة القامشلي. \
                وجاءت هذه الغارات بعد يومين من غارات مماثلة طالت مقرات لقسد في بلدة القحطانية. \
                كما استهدفت طائرة مسيرة تركية سيارة في مدينة المالكية.";
    let ev = events_on(text, jiff::civil::date(2023, 12, 25));
    let day_at = |name: &str| {
        ev.iter()
            .find(|e| e.location.as_ref().is_some_and(|p| p.name == name))
            .and_then(|e| e.date)
    };
    let (today, before) = (
        jiff::civil::date(2023, 12, 25),
        jiff::civil::date(2023, 12, 23),
    );
    assert_eq!(day_at("Qamishli"), Some(today), "{ev:#?}");
    assert_eq!(day_at("al-Qahtaniyah"), Some(before), "{ev:#?}");
    // The next sentence continues today's news, not the earlier raids.
    assert_eq!(day_at("al-Malikiyah"), Some(today), "{ev:#?}");
}

#[test]
fn a_blast_heard_by_a_correspondent_elsewhere_is_the_strike() {
    // Written for this test: the outlet's man in Aleppo hears of a drone strike far east.
    let text = "طائرة مسيرة انتحارية تستهدف قاعدة للقوات الأميركية في حقل العمر النفطي، حسبما \
                أفاد مراسل شبكة الأخبار في حلب، مؤكداً سماع صوت انفجار قوي في المنطقة.";
    let ev = events_on(text, jiff::civil::date(2024, 2, 10));
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, EventType::AirStrike, "{ev:#?}");
    assert_eq!(place(&ev[0]), "al-Omar oil field", "{ev:#?}");
    // With no other place, the correspondent's city still stands for the event.
    let text = "قال مراسلنا في إدلب إن قصفا مدفعيا استهدف الأحياء السكنية صباح اليوم.";
    let e = first_of(text, EventType::Shelling);
    assert_eq!(place(&e), "Idlib", "{e:#?}");
    // A blast from a device is its own event, even beside a strike.
    let text = "انفجرت عبوة ناسفة بسيارة عسكرية في بلدة الشحيل، بالتزامن مع قصف مدفعي على البلدة.";
    let ev = events(text);
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Explosion),
        "{ev:#?}"
    );
}

#[test]
fn a_push_to_eastern_syria_is_the_convoy_told_at_its_base() {
    let ev = events(
        "ويدفع التحالف الدولي بتعزيزات عسكرية كبيرة إلى قواعده في شرق سوريا. \
         ووصل رتل للتحالف الدولي يضم 40 آلية عسكرية إلى قاعدة الشدادي جنوب الحسكة.",
    );
    let deployments: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Deployment)
        .collect();
    assert_eq!(deployments.len(), 1, "{deployments:#?}");
    assert!(
        place(deployments[0]).contains("Shaddadi"),
        "{deployments:#?}"
    );
    assert_eq!(deployments[0].actor1.as_deref(), Some("COALITION"));
    // A strike told only "in eastern Syria", by no named side, is not a named side's strike
    // elsewhere.
    let ev = events(
        "أسفرت غارات جوية في شرق سوريا عن مقتل سبعة عناصر. \
         وشنت هيئة تحرير الشام هجمات بالطائرات المسيرة على مواقع في ريف حلب الغربي.",
    );
    assert!(
        ev.iter()
            .any(|e| e.actor1.is_none() && place(e) == "eastern Syria"),
        "{ev:#?}"
    );
}

#[test]
fn an_event_named_again_is_the_one_told_before() {
    // "آنف الذكر": no second shelling, and no side taken from the planes that coincided with it.
    let ev = events(
        "قصفت قوات النظام بالمدفعية الثقيلة مدينة سرمين شرقي إدلب، ما أدى لإصابة امرأة بجروح. \
         وتزامن القصف آنف الذكر مع تحليق طائرات الاستطلاع الروسية. \
         وخلّف القصف آنف الذكر أضراراً مادية في مدينة سرمين.",
    );
    let shelling: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Shelling)
        .collect();
    assert_eq!(shelling.len(), 1, "{ev:#?}");
    assert_eq!(shelling[0].actor1.as_deref(), Some("SYR_GOV"), "{ev:#?}");
    assert_eq!(counts(shelling[0]), vec![(1, Unit::Injury)], "{ev:#?}");
    // The toll of "these strikes" is the air strikes', not the shelling told since.
    let ev = events(
        "شنت طائرات حربية روسية غارات على قرية شنان. وتعرضت بلدة سرمين لقصف مدفعي من قوات \
         النظام. وأسفرت هذه الغارات عن مقتل مدنيين اثنين.",
    );
    let mut seen: Vec<_> = ev
        .iter()
        .map(|e| (e.event_type, place(e), e.actor1.as_deref(), counts(e)))
        .collect();
    seen.sort_by_key(|(_, p, _, _)| *p);
    assert_eq!(
        seen,
        vec![
            (EventType::Shelling, "Sarmin", Some("SYR_GOV"), vec![]),
            (
                EventType::AirStrike,
                "Shinan",
                Some("RUS"),
                vec![(2, Unit::Fatality)]
            ),
        ],
        "{ev:#?}"
    );
    // The strikes a word of coinciding points back to are those told: the side announcing
    // its dead did not strike.
    let ev = events(
        "استهدفت مسيرة تركية مقرا لقسد في مدينة عامودا. وتزامناً مع الاستهدافات، أعلنت وحدات \
         حماية المرأة التابعة لقسد مقتل أربعة من عناصرها.",
    );
    let strikes: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::AirStrike)
        .collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert_eq!(strikes[0].actor1.as_deref(), Some("TUR"), "{ev:#?}");
    // A word of "named before" agrees with the noun just before it: the quarter was named
    // before, and the shelling with its wounded is news.
    let ev = events(
        "استهدفت طائرة مسيرة سيارة في مدينة الباب. وأصيب ثلاثة مدنيين بقصف مدفعي على الحي المذكور.",
    );
    let shelling = ev
        .iter()
        .find(|e| e.event_type == EventType::Shelling)
        .expect("the shelling");
    assert_eq!(counts(shelling), vec![(3, Unit::Injury)], "{ev:#?}");
    // "ورداً على ذلك، قصفت": a demonstrative before a verb names nothing again.
    let ev = events(
        "استهدفت الفصائل بصاروخ موجه مواقع لقوات النظام قرب كفرنبل. ورداً على ذلك، قصفت قوات \
         النظام بالمدفعية الثقيلة قرية السرمانية.",
    );
    assert!(
        ev.iter()
            .any(|e| place(e) == "Sirmaniyah" && e.actor1.as_deref() == Some("SYR_GOV")),
        "{ev:#?}"
    );
}

#[test]
fn a_toll_told_place_by_place_gives_each_place_its_own() {
    // The Civil Defence's daily wording: one verb, then victims and their village in turn.
    let ev = events(
        "قصفت قوات النظام بالصواريخ ريف إدلب اليوم. فيما أصيب جراء القصف 6 مدنيين بينهم طفل \
         بجروح في مدينة سرمين، وطفل في قرية الحنبوشية، وأصيب رجل وابنه في قرية البارة ومدني آخر \
         في قرية مجدليا، و5 مدنيين بينهم 3 أطفال في قرية النيرب، ورجل في مدينة بنش.",
    );
    for (name, wounded) in [
        ("Sarmin", 6),
        ("Al-Hanbushiyah", 1),
        ("al-Bara", 2),
        ("Majdaliya", 1),
        ("Nayrab", 5),
        ("Binnish", 1),
    ] {
        let e = at_place(&ev, name);
        assert_eq!(counts(e), vec![(wounded, Unit::Injury)], "{name}: {ev:#?}");
        assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{name}");
    }
    // A toll with no place after the items is the strike's, told where the sentence starts.
    let ev = events(
        "قصفت قوات النظام ريف حلب الغربي، ما أدى لمقتل 3 مدنيين في دارة عزة، ومدني في قرية \
         الأتارب، وامرأة في قرية كفرنوران، وأصيب 11 مدنياً.",
    );
    assert_eq!(
        counts(at_place(&ev, "Kafr Nuran")),
        vec![(1, Unit::Fatality)]
    );
    assert!(
        ev.iter().any(|e| counts(e).contains(&(11, Unit::Injury))),
        "{ev:#?}"
    );
    // In brackets, the places break one total down: it stays one toll.
    let ev = events(
        "قصفت قوات النظام ريف حلب الغربي، ما أدى لمقتل 6 مدنيين (3 منهم في دارة عزة، ومدني في \
         قرية الأتارب، وامرأة في قرية كفرنوران).",
    );
    assert!(
        ev.iter().any(|e| counts(e) == vec![(6, Unit::Fatality)])
            && ev.iter().all(|e| place(e) != "Kafr Nuran"),
        "{ev:#?}"
    );
}
