//! Wording that decides whether, what and how much: what is demanded or refused is no event,
//! an attack with no weapon takes the weapons of its own side, and a counted noun in the
//! accusative still counts. Illustrative sentences written for these tests.

mod common;

use common::{assert_none_of, counts, events, first_of, place};
use rasd_extract::{EventType, Modality, Unit};

#[test]
fn a_withdrawal_demanded_proposed_or_refused_is_no_withdrawal() {
    for text in [
        "طالبت الخارجية السورية بانسحاب القوات الأمريكية من قاعدة التنف.",
        "صوت مجلس النواب على مشروع قرار قدمه أحد النواب انسحاب القوات الأمريكية من سوريا.",
        "رفضت القوات الأمريكية الانسحاب من قاعدة التنف.",
        "Lawmakers rejected withdrawal of US forces from al-Tanf.",
        "رفض النواب، خلال تصويت على مشروع قرار، انسحاب القوات الأمريكية من سوريا.",
        "ألقى ساسة واشنطن فكرة انسحاب القوات الأمريكية من سوريا على الطاولة.",
    ] {
        assert_none_of(text, EventType::Withdrawal);
    }
    // What was done after a refusal, in a clause of its own, was done.
    first_of(
        "رفض الأهالي محاولات الاحتلال، فأعلنوا الإضراب العام في بلدة مجدل شمس.",
        EventType::Protest,
    );
    // A withdrawal told as done stays one.
    let done = first_of(
        "انسحبت القوات الأمريكية من قاعدة التنف.",
        EventType::Withdrawal,
    );
    assert_eq!(done.actor1.as_deref(), Some("US"));
}

#[test]
fn attacks_and_arrivals_warned_of_feared_or_prevented_are_no_events() {
    for text in [
        "حذرت موسكو من شن ضربات أمريكية على مواقع الجيش السوري في دير الزور.",
        "وتحلق طائرات التحالف الدولي فوق المنطقة خشية من وصول الهجمات إلى قواعدها في حقل العمر.",
        "وأخلت قسد مقراتها في تل رفعت خوفا من استهدافها بالغارات التركية.",
        "وفرضت قسد حظر تجوال في مدينة الحسكة لمنع وصول خلايا داعش إلى الأحياء الجنوبية.",
        "واعتقلت قسد عددا من الجنود على نحو يمنع وقوع مزيد من الهجمات على نقاطها في ريف دير الزور.",
        "وجدّد المركز الروسي للمصالحة دعوته قادة الجماعات المسلحة إلى وقف قصف مواقع القوات السورية \
         في ريف حماة.",
        "وأخذت الإدارة الذاتية على محمل الجد التهديدات العسكرية التركية بشن عملية عسكرية ضد مدينة \
         منبج.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter()
                .all(|e| !e.event_type.is_violent() && e.event_type != EventType::Deployment),
            "{text}: {ev:#?}"
        );
    }
    // The warning itself is a threat; a strike told as done stays one.
    first_of(
        "حذرت موسكو من شن ضربات أمريكية على مواقع الجيش السوري في دير الزور.",
        EventType::Threat,
    );
    first_of(
        "شنت طائرات التحالف الدولي غارات على مواقع في دير الزور.",
        EventType::AirStrike,
    );
    // A stop told as past is no call to stop what followed.
    first_of(
        "بعد وقف القصف بساعات، قصفت قوات النظام بلدة كنصفرة مجدداً.",
        EventType::Shelling,
    );
}

#[test]
fn what_did_not_happen_is_no_event() {
    for text in [
        "وقال مراسلنا إن الانفجارات التي سمعت في حقل العمر لم تكن ضربات بل تدريبات للقوات الأمريكية.",
        "وأكد مصدر أن الولايات المتحدة لم تشن ضربات جوية على ريف دير الزور الليلة الماضية.",
        "ونزح الأهالي نحو قرى ريف دير الزور الشمالي التي لم تشهد معارك.",
        "ودخلت قسد البلدة رغم عدم وجود أي اشتباك في المنطقة.",
        "The US did not launch strikes on Deir ez-Zor last night.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter().all(|e| !e.event_type.is_violent()),
            "{text}: {ev:#?}"
        );
    }
    for text in [
        "وترى أوساط أمريكية أن واشنطن لا تستطيع سحب قواتها من سوريا.",
        // No order, plan or intent: nothing was even planned.
        "ونفى مسؤول أمريكي التقارير مؤكدا أنه لا يوجد أمر انسحاب من سوريا.",
        "وقال المتحدث إن واشنطن ليس لديها نية لسحب قواتها من سوريا.",
    ] {
        assert_none_of(text, EventType::Withdrawal);
    }
    // Without issuing any statement: no statement was made.
    assert_none_of(
        "ورجحت مصادر محلية أن تكون الطائرات تابعة لسلاح الجو الأردني، من دون أن تصدر عمّان أي بيان.",
        EventType::Statement,
    );
    // A town taken without a fight is still taken.
    let taken = events("سيطرت قوات النظام على بلدة كفرنبودة دون مواجهات.");
    assert!(
        taken.iter().all(|e| e.event_type != EventType::ArmedClash)
            && taken
                .iter()
                .any(|e| e.event_type == EventType::TerritoryChange),
        "{taken:#?}"
    );
    // Not stopping, not being spared, a drone "without a pilot": the strikes happened.
    for (text, ty) in [
        (
            "لم يتوقف القصف المدفعي على بلدة كنصفرة منذ الصباح.",
            EventType::Shelling,
        ),
        (
            "ولم يسلم أهالي بلدة البارة من قصف قوات النظام.",
            EventType::Shelling,
        ),
        (
            "استهدفت طائرة بدون طيار سيارة في بلدة سرمدا.",
            EventType::AirStrike,
        ),
        (
            "ولم تعلن أي جهة مسؤوليتها عن الغارة على بلدة سرمدا.",
            EventType::AirStrike,
        ),
    ] {
        first_of(text, ty);
    }
}

#[test]
fn deaths_in_a_disaster_or_an_accident_are_no_conflict_event() {
    for text in [
        "وتسبب الزلزال بوفاة أكثر من 50 ألف شخص في البلدين.",
        "أثار الزلزال المدمر الذي ضرب جنوبي تركيا وشمالي سوريا شكوكا في تركيا.",
        "قضى طفلان غرقاً في نهر الفرات قرب مدينة الرقة.",
        "توفي رجل بحريق في منزله في مدينة إدلب.",
    ] {
        let ev = events(text);
        assert!(ev.is_empty(), "{text}: {ev:#?}");
    }
    // A fire an air strike set off is that strike's.
    first_of(
        "اندلع حريق في مستودع للذخيرة إثر غارة إسرائيلية على مدينة مصياف، ما أدى لمقتل شخصين.",
        EventType::AirStrike,
    );
    // A shelling told before them does not take the injured of road accidents.
    let text = "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرتعال غرب حلب. وذكر الدفاع المدني أن 6 \
                مدنيين أصيبوا نتيجة حوادث سير في إدلب.";
    let e = first_of(text, EventType::Shelling);
    assert!(counts(&e).is_empty(), "{e:#?}");
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

#[test]
fn and_others_by_another_side_is_an_event_of_its_own() {
    let ev = events(
        "تزامن ذلك مع هجمات شنتها هيئة تحرير الشام على مواقع الجيش السوري في ريف حلب الغربي، وأخرى من خلايا داعش في البادية أسفرت عن مقتل خمسة رعاة.",
    );
    let hts = first_of_actor(&ev, "HTS");
    assert_eq!(hts.event_type, EventType::ArmedClash, "{ev:#?}");
    assert!(counts(hts).is_empty(), "{ev:#?}");
    let isis = first_of_actor(&ev, "ISIS");
    assert_eq!(isis.event_type, EventType::AttackOnCivilians, "{ev:#?}");
    assert_eq!(counts(isis), vec![(5, Unit::Fatality)]);
    // "أخرى" is feminine: after a convoy ("رتلاً") it is more of its vehicles, of one move.
    let ev = events(
        "دخل رتلاً للقوات الأمريكية يضم 20 شاحنة تحرسها مدرعات، وأخرى تابعة لقسد، إلى مدينة الشدادي.",
    );
    let moves: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Deployment)
        .collect();
    assert_eq!(moves.len(), 1, "{ev:#?}");
    assert_eq!(moves[0].actor1.as_deref(), Some("US"));
}

fn first_of_actor<'e>(ev: &'e [rasd_extract::Event], side: &str) -> &'e rasd_extract::Event {
    ev.iter()
        .find(|e| e.actor1.as_deref() == Some(side))
        .unwrap_or_else(|| panic!("no event by {side}: {ev:#?}"))
}

fn at_place<'e>(ev: &'e [rasd_extract::Event], name: &str) -> &'e rasd_extract::Event {
    ev.iter()
        .find(|e| place(e) == name)
        .unwrap_or_else(|| panic!("no event at {name}: {ev:#?}"))
}

#[test]
fn an_attack_with_no_weapon_takes_the_weapons_named_beside_its_side() {
    // The article names more ground weapons (the regime's) than air ones (Israel's).
    let ev = events(
        "قصفت قوات النظام بالمدفعية الثقيلة وقذائف الهاون والصواريخ بلدة كنصفرة. وفي سياق آخر، شن الطيران الإسرائيلي غارة على دمشق. وقتل 3 عناصر في اعتداء إسرائيلي على مواقع في ريف درعا.",
    );
    let daraa = at_place(&ev, "Daraa countryside");
    assert_eq!(daraa.event_type, EventType::AirStrike, "{ev:#?}");
    assert_eq!(daraa.actor1.as_deref(), Some("ISR"));
}

#[test]
fn an_attack_with_no_weapon_anywhere_is_struck_the_way_its_side_strikes() {
    // Israel strikes Syria from the air; the regime with its guns.
    let e = first_of(
        "استهدف الجيش الإسرائيلي مستودعات أسلحة تابعة لحزب الله في مدينة القصير.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{e:#?}");
    let e = first_of(
        "استهدفت قوات النظام بلدة كنصفرة، ما أدى لإصابة مدني.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{e:#?}");
    // "هاجم" too, unless the side's troops or vehicles are named.
    let e = first_of(
        "أعلن الجيش الإسرائيلي أنه هاجم خلال الليل مستودعات أسلحة في منطقة الكسوة جنوب دمشق.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{e:#?}");
    first_of(
        "هاجمت قوة إسرائيلية مؤلفة من 4 آليات بلدة جباتا الخشب بريف القنيطرة.",
        EventType::ArmedClash,
    );
}

#[test]
fn a_bare_bombardment_by_a_side_that_strikes_from_the_air_is_an_air_strike() {
    let e = first_of(
        "قصف إسرائيلي يستهدف مبنى في حي المزة بدمشق.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{e:#?}");
    // With its guns named, it is shelling; a side that fires from the ground shells.
    first_of(
        "قصف مدفعي إسرائيلي يستهدف أطراف بلدة كويا بريف درعا الغربي.",
        EventType::Shelling,
    );
    first_of("قصفت قوات النظام بلدة كنصفرة.", EventType::Shelling);
}

#[test]
fn warships_fire_missiles_not_warplanes() {
    let e = first_of(
        "أطلقت البوارج الحربية الروسية صواريخ على مواقع تابعة لمسلحي تنظيم داعش في البادية السورية.",
        EventType::Shelling,
    );
    assert_eq!(
        (e.actor1.as_deref(), e.target.as_deref()),
        (Some("RUS"), Some("ISIS")),
        "{e:#?}"
    );
}

#[test]
fn an_operation_launched_against_a_side_is_fighting_with_it() {
    for (text, agent, foe) in [
        (
            "أطلقت قسد عملية عسكرية ضد خلايا داعش في بلدة الشحيل.",
            "SDF",
            "ISIS",
        ),
        (
            "بدأت القوات التركية عملية برية ضد قسد في منطقة تل رفعت.",
            "TUR",
            "SDF",
        ),
        (
            "Turkish forces launched a military operation against the SDF near Tal Rifaat.",
            "TUR",
            "SDF",
        ),
    ] {
        let e = first_of(text, EventType::ArmedClash);
        assert_eq!(e.actor1.as_deref(), Some(agent), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(foe), "{text}: {e:#?}");
    }
}

#[test]
fn a_raid_from_the_air_is_an_air_strike_and_one_on_the_ground_is_fighting() {
    let e = first_of(
        "أغارت طائرات حربية روسية على بلدة كنصفرة.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"), "{e:#?}");
    let e = first_of(
        "أغار مقاتلو هيئة تحرير الشام على مواقع لقوات النظام قرب بلدة كفرنبل.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("HTS"), "{e:#?}");
}

#[test]
fn a_shell_left_from_the_war_is_a_blast_not_a_shelling() {
    let text = "أصيب ثلاثة أطفال بانفجار قذيفة من مخلفات الحرب في بلدة سرمين.";
    let ev = events(text);
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, EventType::Explosion);
    // A shell that fell and burst is a shelling.
    first_of(
        "أصيب ثلاثة أطفال بانفجار قذيفة في بلدة سرمين.",
        EventType::Shelling,
    );
}

#[test]
fn an_execution_or_an_assassination_is_an_attack_that_kills_and_a_death_sentence_is_not() {
    let e = first_of(
        "أعدم عناصر من قسد ثلاثة مدنيين رمياً بالرصاص في بلدة ذيبان بريف دير الزور.",
        EventType::AttackOnCivilians,
    );
    assert_eq!(e.actor1.as_deref(), Some("SDF"), "{e:#?}");
    assert_eq!(counts(&e), vec![(3, Unit::Fatality)]);
    let e = first_of(
        "اغتال مسلحون مجهولون رجلاً في مدينة درعا.",
        EventType::AttackOnCivilians,
    );
    assert_eq!(place(&e), "Daraa");
    assert_eq!(counts(&e), vec![(1, Unit::Fatality)]);
    assert!(events("وزير سابق يُحكم عليه بالإعدام بتهمة تلقي رشاوى.").is_empty());
}

#[test]
fn words_split_to_slip_past_filters_still_tell_the_event() {
    // Posts break words after a tatweel and write alef as the digit one.
    let e = first_of(
        "قـ.ـتـ.ل طفـ.ل بقـ.صف مدفـ.عي لقـ.وات النـ.ظام على بلدة سرمين.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{e:#?}");
    assert_eq!(place(&e), "Sarmin");
    assert_eq!(counts(&e), vec![(1, Unit::Fatality)]);
    let e = first_of(
        "هاجمت خلايا د١عش حاجزاً لقسد في بلدة ذيبان.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISIS"), "{e:#?}");
    // Or put a bare stop beside a fragment of one or two letters.
    let e = first_of(
        "أ.صيبت امرأة بجروح جراء ق.صف مدفعي لقوات النظام على بلدة البارة.",
        EventType::Shelling,
    );
    assert_eq!(place(&e), "al-Bara");
    assert_eq!(counts(&e), vec![(1, Unit::Injury)]);
    let e = first_of(
        "هاجم عناصر من تنظيم دا.عش حاجزاً لقسد في بلدة ذيبان.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISIS"), "{e:#?}");
}

#[test]
fn the_weapons_of_the_attack_answered_do_not_type_the_answer() {
    let text = "أعلنت وزارة الدفاع مقتل جنديين في عدوان إسرائيلي على مواقع للجيش في ريف درعا، ردا على صواريخ أطلقت باتجاه الجولان. وكانت الطائرات الإسرائيلية قد قصفت مطار حلب الأسبوع الماضي.";
    let ev = events(text);
    let daraa = at_place(&ev, "Daraa countryside");
    assert_eq!(daraa.event_type, EventType::AirStrike, "{ev:#?}");
}

#[test]
fn a_word_of_moving_or_pushing_needs_a_force_that_moves() {
    for text in [
        "وصلت رسالة الرئيس التركي إلى طهران، في وقت تتصاعد فيه هجمات القوات الأمريكية في سوريا.",
        "ووصلت حصيلة قتلى القصف التركي على قرية تل رفعت إلى 5 مدنيين.",
        "وصلت أنقرة وموسكو إلى اتفاق حول إدلب بعد معارك بين قوات النظام والفصائل.",
        "الوفود البرلمانية التي وصلت إلى دمشق التقت وزير الدفاع السوري.",
        "وتدفع هذه التطورات نحو تصعيد عسكري بين القوات الأمريكية والفصائل في دير الزور.",
        "دفع القصف الروسي على إدلب الأهالي إلى النزوح نحو الحدود.",
        "دفعت أنقرة في بدايات الحرب إلى دعم الفصائل في شمال سوريا.",
        "هجمات الفصائل على القواعد الأمريكية دفعت بساسة واشنطن إلى التفكير بالانسحاب.",
        "استمر عمل فرق الإطفاء بمؤازرة أفواج الإطفاء التي وصلت من حمص وحماة بعد القصف.",
        // A force named elsewhere in the sentence is not what moved.
        "واتهمت الخارجية السورية القوات الأمريكية بتضليل الرأي العام حول صحفي قالت إنه دخل الأراضي السورية بصورة غير شرعية.",
        "ويعكس الاتفاق حجم التطور الذي وصلت إليه العلاقة بين الجيش السوري والقوات الروسية.",
        "وخفض المرسوم الضريبة على دخل العاملين في الجيش والقوات المسلحة.",
        // A convoy of residents is no force, whoever struck it.
        "قافلة الأهالي المتوجهة إلى سد تشرين تتعرض للقصف من قبل الطيران التركي.",
        "استشهد 5 مدنيين جراء قصف الطيران المسير التركي لقافلة مدنية قرب سد تشرين.",
    ] {
        assert_none_of(text, EventType::Deployment);
    }
    // The strike on it stands, with its toll.
    let e = first_of(
        "استشهد 5 مدنيين جراء قصف الطيران المسير التركي لقافلة مدنية قرب سد تشرين.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), vec![(5, Unit::Fatality)]);
    // Forces, aircraft or military goods next to the word move; so does a force the word
    // carries as a pronoun.
    for text in [
        "وقد وصلت آخر تلك الإمدادات إلى قاعدة الشدادي في ريف الحسكة الجنوبي.",
        "وأشار المراسل إلى تحليق مكثف للطيران المسير في أجواء ريف دير الزور الشرقي.",
        "قتلت قوات الاحتلال الإسرائيلي مدنيا في قرية جباتا الخشب بريف القنيطرة بعد توغلها في المنطقة.",
    ] {
        first_of(text, EventType::Deployment);
    }
    // Forces entering, or pushed after ب, still deploy.
    for (text, actor) in [
        ("دخلت قوات النظام إلى مدينة درعا البلد اليوم.", "SYR_GOV"),
        (
            "ودفع الجيش التركي مؤخراً بتعزيزات عسكرية إلى ريف إدلب.",
            "TUR",
        ),
        (
            "دفعت قوات الاحتلال الأمريكي بجماعات من التنظيم نحو البادية.",
            "US",
        ),
    ] {
        let e = first_of(text, EventType::Deployment);
        assert_eq!(e.actor1.as_deref(), Some(actor), "{text}");
    }
    let e = first_of(
        "دفعت الولايات المتحدة بـ1700 عربة مدرعة إلى قواعدها في الحسكة.",
        EventType::Deployment,
    );
    assert_eq!(counts(&e), vec![(1700, Unit::Vehicle)]);
}

#[test]
fn a_toll_risen_to_a_number_counts_the_event_and_a_running_total_does_not() {
    let e = first_of(
        "ارتفعت حصيلة قتلى القصف التركي على قرية تل رفعت إلى 5 مدنيين.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(5, Unit::Fatality)]);
    assert_eq!(e.quantities[0].target.as_deref(), Some("CIVILIANS"));
    let e = first_of(
        "ارتفع عدد الجنود الذين أصيبوا في هجوم المسيرة على قاعدة التنف إلى 34 جنديا.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), vec![(34, Unit::Injury)]);
    // Tolls listed one after the other each count their own noun; a toll rose to people
    // named after the number is the toll's, whatever casualty word follows.
    let e = first_of(
        "قال مصدر طبي إن عدد الشهداء ارتفع إلى 5 والجرحى إلى 15 جراء قصف الطيران المسير التركي على قرية الخالدية.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), vec![(5, Unit::Fatality), (15, Unit::Injury)]);
    let e = first_of(
        "ارتفعت حصيلة القتلى إلى 7 وعدد الجرحى إلى 12 جراء قصف مدفعي تركي على قرية الخالدية.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(7, Unit::Fatality), (12, Unit::Injury)]);
    let e = first_of(
        "السويداء: ارتفاع عدد الشهداء نتيجة سقوط صاروخ على بناء سكني إلى 5 أشخاص بينهم طفل، وإصابة آخرين.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(5, Unit::Fatality)]);
    // Totals of many events: since a date, or what the event brings the total to.
    for text in [
        "وارتفعت حصيلة الشهداء منذ مطلع العام إلى 300 بعد قصف قوات النظام على إدلب.",
        "قتل عنصران بقصف تركي على ريف عفرين، ليرتفع بذلك عدد قتلى هذه القوات إلى 9.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter()
                .flat_map(|e| &e.quantities)
                .all(|q| q.value != 300 && q.value != 9),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn an_institution_named_for_an_event_word_and_a_treaty_broken_are_no_events() {
    for text in [
        "أعلن المركز الروسي للمصالحة في سوريا مقتل 17 مسلحا بغارة روسية على إدلب.",
        "قال نائب رئيس مركز المصالحة الروسي إن الطائرات الأمريكية خرقت الأجواء السورية.",
        "أكدت دمشق أن العدوان الإسرائيلي على السفارة يشكل انتهاكا فاضحا لاتفاقية فيينا.",
    ] {
        assert_none_of(text, EventType::Agreement);
    }
    // An agreement made stays one.
    first_of(
        "توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب.",
        EventType::Agreement,
    );
}

#[test]
fn attacks_being_prepared_are_planned() {
    let e = first_of(
        "قال المركز الروسي إن الإرهابيين في منطقة خفض التصعيد بإدلب يحضرون لهجمات على مواقع القوات السورية.",
        EventType::ArmedClash,
    );
    assert_eq!(e.modality, Modality::Planned, "{e:#?}");
}

#[test]
fn a_move_told_in_the_future_is_planned() {
    for (text, ty) in [
        (
            "ستنسحب القوات الأمريكية من قاعدة الشدادي بحسب مصادر مطلعة.",
            EventType::Withdrawal,
        ),
        (
            "وسيصل رتل عسكري تركي إلى منطقة جبل الزاوية بحسب مصادر محلية.",
            EventType::Deployment,
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(e.modality, Modality::Planned, "{text}: {e:#?}");
    }
    // The past stays reported.
    let e = first_of(
        "انسحبت القوات الأمريكية من قاعدة الشدادي.",
        EventType::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported, "{e:#?}");
}

#[test]
fn what_is_dated_after_the_article_is_planned() {
    let e = common::first_on(
        "ويبدأ انسحاب القوات الأمريكية من قاعدة التنف الأسبوع المقبل.",
        jiff::civil::date(2025, 6, 2),
        EventType::Withdrawal,
    );
    assert!(e.date > Some(jiff::civil::date(2025, 6, 2)), "{e:#?}");
    assert_eq!(e.modality, Modality::Planned, "{e:#?}");
}

#[test]
fn what_was_done_a_few_days_ago_is_the_week_before_and_dates_no_later_sentence() {
    use jiff::civil::date;
    let text = "تقرير\nوقبل أيام، انفجرت عبوة ناسفة بحافلة عسكرية على طريق تدمر في ريف حمص. \
                واعتقلت قسد شابين في بلدة ذيبان بريف دير الزور.";
    let published = date(2024, 3, 14);
    let blast = common::first_on(text, published, EventType::Explosion);
    assert_eq!(
        (blast.date, blast.time_precision),
        (Some(date(2024, 3, 11)), Some(2)),
        "{blast:#?}"
    );
    let arrest = common::first_on(text, published, EventType::Arrest);
    assert_eq!(arrest.date, Some(published), "{arrest:#?}");
    // A headline dated only by the article's day is the body's event of days before.
    let ev = common::events_on(
        "أسف رسمي إزاء الغارات الجوية الأردنية على السويداء\n\
         وقبل أيام، قتل 10 مدنيين بغارات جوية أردنية على بلدة عرمان بريف السويداء.",
        published,
    );
    let strikes: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::AirStrike)
        .collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert_eq!(strikes[0].date, Some(date(2024, 3, 11)), "{ev:#?}");
}

#[test]
fn what_was_done_months_or_years_ago_is_background_without_the_articles_day() {
    let e = first_of(
        "وكانت هيئة تحرير الشام قد شنت حملة اعتقالات واسعة في إدلب قبل أشهر.",
        EventType::Arrest,
    );
    assert_eq!((e.modality, e.date), (Modality::Historical, None), "{e:#?}");
}

#[test]
fn a_weapon_with_a_possessive_suffix_still_types_the_strike() {
    // The owner the pronoun points back to is the side that struck.
    for (text, ty, side) in [
        (
            "وقالت موسكو إن طائراتها قصفت مواقع لهيئة تحرير الشام في ريف إدلب.",
            EventType::AirStrike,
            "RUS",
        ),
        (
            "وقالت وزارة الدفاع التركية إن مسيراتها قصفت مواقع لقسد في ريف منبج.",
            EventType::AirStrike,
            "TUR",
        ),
        (
            "وأعلنت أنقرة أن مدفعيتها قصفت مواقع لقسد في ريف منبج.",
            EventType::Shelling,
            "TUR",
        ),
    ] {
        let ev = events(text);
        assert!(
            ev.iter()
                .any(|e| e.event_type == ty && e.actor1.as_deref() == Some(side)),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn what_a_named_weapon_destroyed_was_struck_and_what_a_disaster_destroyed_was_not() {
    for (text, ty, side) in [
        (
            "دمرت طائرات روسية مقرات للمسلحين في ريف إدلب.",
            EventType::AirStrike,
            "RUS",
        ),
        (
            "دمر الجيش التركي مواقع لقسد بالمدفعية قرب تل رفعت.",
            EventType::Shelling,
            "TUR",
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}");
    }
    for text in [
        "دمر الزلزال مئات المنازل في مدينة جنديرس.",
        "عشر ولايات تركية دمرت بشكل متفاوت، وتخطى عدد الضحايا الآلاف.",
    ] {
        assert!(events(text).is_empty(), "{text}: {:#?}", events(text));
    }
    // Said with no weapon, the words stay a statement.
    let ev =
        events("وقالت وزارة الدفاع التركية، في بيان إنها دمرت 29 هدفاً لحزب العمال الكردستاني.");
    assert!(
        !ev.is_empty() && ev.iter().all(|e| e.event_type == EventType::Statement),
        "{ev:#?}"
    );
}

#[test]
fn casualties_a_named_weapon_caused_are_its_strike() {
    let e = first_of(
        "قتلت مسيرات تركية عنصرين من قسد قرب القامشلي.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("TUR"));
    assert_eq!(e.target.as_deref(), Some("SDF"));
    assert_eq!(counts(&e), vec![(2, Unit::Fatality)]);
    // Civilians too: the weapon says what struck them.
    let ev = events("قتل مدنيان بمسيرة تركية قرب القامشلي.");
    assert!(
        ev.iter().all(|e| e.event_type == EventType::AirStrike),
        "{ev:#?}"
    );
    // With no weapon named, dead civilians are still an attack on them; dead fighters
    // alone are no event.
    first_of("قتل مدنيان قرب القامشلي.", EventType::AttackOnCivilians);
    assert!(events("قتل عنصران من قسد قرب القامشلي.").is_empty());
}

#[test]
fn an_airborne_raid_is_a_raid_not_an_air_strike() {
    for (text, side) in [
        (
            "نفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل واعتقلت قياديا في داعش.",
            "COALITION",
        ),
        (
            "قتل مدني في بلدة ذيبان خلال عملية إنزال جوي نفذتها القوات الأمريكية في المنطقة.",
            "US",
        ),
    ] {
        let e = first_of(text, EventType::Arrest);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}");
        assert_none_of(text, EventType::AirStrike);
    }
}

#[test]
fn a_raid_told_as_dahm_is_a_raid() {
    for text in [
        "شنت قوات الأسايش حملة دهم واعتقال في بلدة ذيبان فجر اليوم.",
        "نفذت دورية عسكرية تابعة لقسد عملية دهم في قرية الكشكية أدت إلى مقتل شخصين.",
        "عناصر من قسد دهموا منزلاً في بلدة الشحيل.",
    ] {
        first_of(text, EventType::Arrest);
        assert_none_of(text, EventType::AirStrike);
    }
    // "الخطر الداهم" is an imminent danger, no raid.
    assert!(events("حذر المسؤول من الخطر الداهم على المنطقة.").is_empty());
}

#[test]
fn a_subheading_with_no_place_takes_none_from_the_paragraph_before() {
    let text = "قصفت القوات التركية بالقذائف الصاروخية محيط معبر باب السلامة شمال حلب.\n\n\
        قصف مدفعي لقوات النظام\n\n\
        وفي ريف إدلب الجنوبي قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة، دون ورود معلومات عن إصابات.";
    let ev = events(text);
    let regime: Vec<&str> = ev
        .iter()
        .filter(|e| e.actor1.as_deref() == Some("SYR_GOV"))
        .map(place)
        .collect();
    assert_eq!(regime, ["Kansafra"], "{ev:#?}");
}

#[test]
fn a_town_struck_inside_the_area_that_frames_the_clause_is_the_place() {
    let town = first_of(
        "وفي ريف إدلب الجنوبي قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة.",
        EventType::Shelling,
    );
    assert_eq!(place(&town), "Kansafra");
    // Where the side that struck is stationed is not where it struck.
    let from_camp = first_of(
        "تعرضت مواقع المعارضة في سهل الغاب، لقصف مدفعي وصاروخي من قبل قوات النظام المتمركزة في معسكر جورين.",
        EventType::Shelling,
    );
    assert_eq!(place(&from_camp), "al-Ghab Plain");
}

#[test]
fn where_the_side_that_struck_is_stationed_ranks_below_what_it_struck() {
    let struck = first_of(
        "قصفت قوات النظام المتمركزة في مدينة سراقب بالمدفعية الثقيلة بلدة النيرب شرقي إدلب.",
        EventType::Shelling,
    );
    assert_eq!(place(&struck), "Nayrab");
    // Stationed there, but struck: the posts of the side struck are the place.
    let posts = first_of(
        "ردت الفصائل بقصف مدفعي على مواقع قوات النظام المتمركزة في بلدة كفرنبل وقرية حزارين.",
        EventType::Shelling,
    );
    assert_eq!(place(&posts), "Kafr Nabl");
    let object = first_of(
        "قصفت الفصائل بالمدفعية قوات النظام المتمركزة في بلدة كفرنبل، ما أدى لمقتل عنصرين.",
        EventType::Shelling,
    );
    assert_eq!(place(&object), "Kafr Nabl");
}

#[test]
fn the_areas_a_side_holds_are_no_deployment_and_kurdish_forces_are_the_sdf() {
    let text = "قصفت القوات التركية بالمدفعية الثقيلة قرية تنب ضمن مناطق انتشار القوات الكردية بريف \
                حلب الشمالي.";
    assert_none_of(text, EventType::Deployment);
    let shelled = first_of(
        "وثق المرصد سقوط 4 قتلى جراء القصف الصاروخي من قبل القوات الكردية على مدينة عفرين.",
        EventType::Shelling,
    );
    assert_eq!(shelled.actor1.as_deref(), Some("SDF"), "{shelled:#?}");
}

#[test]
fn the_town_a_toll_fell_in_is_finer_than_the_area_struck() {
    let e = first_of(
        "قصفت قوات النظام بالمدفعية الثقيلة ريف حلب الغربي، ما أدى لمقتل 3 مدنيين في مدينة دارة \
         عزة وإصابة 5 آخرين.",
        EventType::Shelling,
    );
    assert_eq!(place(&e), "Darat Izzah");
    assert_eq!(counts(&e), vec![(3, Unit::Fatality), (5, Unit::Injury)]);
    // A second site after a comma does not take the first toll, told at a camp the gazetteer
    // does not know.
    let e = first_of(
        "قصفت قوات النظام بالصواريخ قرى في ريف إدلب الغربي، ما أدى لاستشهاد امرأة وإصابة آخرين في \
         مخيم الأمل، وإصابة امرأة في مدينة جسر الشغور.",
        EventType::Shelling,
    );
    assert_eq!(place(&e), "western Idlib countryside");
}

#[test]
fn a_victims_home_town_places_an_event_only_when_nothing_else_does() {
    // The toll of the strike told before: one event, where the strike was.
    let ev = events(
        "قصفت القوات التركية بالمدفعية قرية مرعناز بريف حلب الشمالي. وأسفر القصف عن استشهاد \
         مواطن من أهالي بلدة تل رفعت.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Maraanaz");
    assert_eq!(counts(&ev[0]), vec![(1, Unit::Fatality)]);
    // A place told as the event's own outranks the home town.
    let e = first_of(
        "وأسفر القصف عن استشهاد المواطن رشيد 36 عاماً، من أهالي بلدة تل رفعت، في قرية مرعناز.",
        EventType::Shelling,
    );
    assert_eq!(place(&e), "Maraanaz");
    // Alone, the home town is the best there is.
    let e = first_of(
        "قتل شاب من أبناء بلدة ذيبان برصاص مجهولين.",
        EventType::AttackOnCivilians,
    );
    assert_eq!(place(&e), "Dhiban");
}

#[test]
fn who_falls_into_an_ambush_or_is_led_into_one_is_its_target() {
    let led = first_of(
        "أفادت مصادر بأن الجيش السوري أوقع مجموعة لهيئة تحرير الشام في كمين على محور جبل الزاوية.",
        EventType::ArmedClash,
    );
    assert_eq!(led.actor1.as_deref(), Some("SYR_GOV"), "{led:#?}");
    let fell = first_of(
        "حاولت مجموعة من الفصائل التقدم، فوقعت في كمين للجيش السوري قرب سراقب.",
        EventType::ArmedClash,
    );
    assert_eq!(fell.actor1.as_deref(), Some("SYR_GOV"), "{fell:#?}");
    let patrol = first_of(
        "وقعت دورية لقسد في كمين نصبه مسلحون قرب الشحيل.",
        EventType::ArmedClash,
    );
    assert_ne!(patrol.actor1.as_deref(), Some("SDF"), "{patrol:#?}");
}

#[test]
fn an_anniversary_names_background_not_the_news_of_the_day() {
    for text in [
        "جاء ذلك قبل أيام من ذكرى استشهاد القائدين بغارة جوية أمريكية قرب مطار بغداد.",
        "أحيا الأهالي الذكرى السنوية لمجزرة الحولة التي ارتكبتها قوات النظام.",
    ] {
        let ev = events(text);
        assert!(!ev.is_empty(), "{text}");
        for e in &ev {
            assert_eq!(e.modality, Modality::Historical, "{e:#?}");
            assert!(e.date.is_none(), "{e:#?}");
        }
    }
    // What is done on the anniversary is today's news.
    let today = first_of(
        "بالتزامن مع ذكرى احتلالها الرابعة الدولة التركية تقصف قرى الشهباء شمال حلب.",
        EventType::Shelling,
    );
    assert_eq!(today.modality, Modality::Reported);
}

#[test]
fn an_air_force_strikes_from_the_air_and_years_of_war_are_background() {
    let e = first_of(
        "قال مراسلنا إن سلاح الجو الروسي استهدف بالصواريخ الارتجاجية مقار مسلحين في محيط مدينة أريحا.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"));
    let years =
        events("وطوال سنوات الصراع والعدوان على سوريا، سعت الولايات المتحدة إلى تحقيق هذا الهدف.");
    assert!(!years.is_empty());
    for e in years {
        assert_eq!(e.modality, Modality::Historical, "{e:#?}");
    }
}

#[test]
fn what_is_called_untrue_is_denied_and_a_relation_reached_is_no_force() {
    let e = first_of(
        "أكدت الوزارة أنه لا صحة للاتهامات التي تتحدث عن اعتقال السلطات صحفيا أجنبيا في دمشق.",
        EventType::Arrest,
    );
    assert_eq!(e.modality, Modality::Denied, "{e:#?}");
    assert_none_of(
        "وقع البلدان شراكة تعكس حجم التطور الذي وصلت إليه العلاقة بين روسيا وسوريا.",
        EventType::Deployment,
    );
}

#[test]
fn an_operation_aimed_at_an_arrest_is_a_raid_not_a_strike() {
    let text = "نفذت قوات سوريا الديمقراطية عملية أمنية استهدفت إلقاء القبض على عناصر من داعش في بلدة الشحيل.";
    let ev = events(text);
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Arrest),
        "{ev:#?}"
    );
    for ty in [
        EventType::Shelling,
        EventType::AirStrike,
        EventType::ArmedClash,
    ] {
        assert_none_of(text, ty);
    }
}

#[test]
fn involvement_confessed_is_background_but_not_a_denial_of_it() {
    let ev = events(
        "وأقر الموقوفون بتورطهم في استهداف نقاط عسكرية لقوات سوريا الديمقراطية في ريف الرقة.",
    );
    assert!(!ev.is_empty());
    for e in ev {
        assert_eq!(e.modality, Modality::Historical, "{e:#?}");
        assert!(e.date.is_none(), "{e:#?}");
    }
    let denied = "والعشائر العربية تنفي ضلوعها في الهجوم على بلدة الصور.";
    for ty in [EventType::Statement, EventType::ArmedClash] {
        let e = first_of(denied, ty);
        assert_eq!(e.modality, Modality::Reported, "{e:#?}");
    }
}

#[test]
fn places_joined_by_underscores_in_a_hashtag_are_a_list() {
    let text = "الطيران الحربي الروسي يستهدف بغارات جوية بلدات \"سرمين_مجدليا\" في ريف إدلب.";
    let struck: Vec<_> = events(text).iter().map(|e| place(e).to_string()).collect();
    for town in ["Sarmin", "Majdaliya"] {
        assert!(struck.iter().any(|p| p == town), "{town}: {struck:?}");
    }
    let tagged = events("قصفت قوات الأسد مدينة تلبيسة شمالي حمص #حلب_اليوم #غرفة_عمليات_السويداء");
    assert!(!tagged.is_empty());
    for e in tagged {
        assert!(!place(&e).contains("Suwayda"), "{e:#?}");
    }
}

#[test]
fn a_verb_of_firing_is_an_attack_only_with_fire_or_a_weapon_at_someone() {
    // The subject between the verb and the fire.
    let e = first_of(
        "أطلق مسلحون من عشائر البدو النار على حاجز لقوات الأمن في ريف السويداء الغربي.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("TRIBAL"), "{e:#?}");
    // A side that mostly strikes from the air fires from the ground when no aircraft is named.
    let text =
        "أطلقت القوات الإسرائيلية النار على مواقع في قرية معرية غربي درعا، ما أدى لإصابة عنصرين.";
    first_of(text, EventType::ArmedClash);
    assert_none_of(text, EventType::AirStrike);
    // What aircraft fire is an air strike; guns on the ground, a shelling.
    first_of(
        "وقال المرصد إن الطيران الحربي الروسي أطلق عدة صواريخ على قرية اليعقوبية.",
        EventType::AirStrike,
    );
    first_of(
        "أطلقت القوات التركية قذائف مدفعية على قرية أم الخير.",
        EventType::Shelling,
    );
    // Releasing, launching a campaign, and shots into the air are no attack.
    for text in [
        "أطلقت السلطات سراح عشرة معتقلين في مدينة حلب.",
        "أطلقت منظمة الهلال الأحمر حملة لقاح في مدينة إدلب.",
        "أطلق عنصر من الأمن النار في الهواء لتفريق المتظاهرين في مدينة السويداء.",
        "أطلقوا النار في الهواء ابتهاجاً في مدينة السويداء.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter().all(|e| !e.event_type.is_violent()),
            "{text}: {ev:#?}"
        );
    }
    // Shots into the air take nothing from another event of the sentence.
    first_of(
        "انسحبت القوات الروسية من مطار القامشلي وأطلقت النار في الهواء.",
        EventType::Withdrawal,
    );
}

#[test]
fn a_rocket_that_fell_is_a_shelling_and_a_plunging_raid_is_fighting() {
    let e = first_of(
        "سقط صاروخ أرض - أرض على حي الشيخ مقصود بمدينة حلب.",
        EventType::Shelling,
    );
    assert_eq!(place(&e), "Sheikh Maqsood", "{e:#?}");
    let e = first_of(
        "نفذت هيئة تحرير الشام عملية انغماسية على مواقع قوات النظام قرب سراقب، وقتلت خمسة عناصر.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("HTS"), "{e:#?}");
}

#[test]
fn gunmen_of_no_side_kill_the_one_they_came_for() {
    // The killers and what they rode stand between the verb and its object.
    for text in [
        "قتل مسلحون مجهولون يستقلون دراجة نارية شاباً في بلدة طفس بريف درعا.",
        "اغتال مسلحون يستقلون دراجة نارية مختار بلدة الجيزة بريف درعا الشرقي.",
    ] {
        let e = first_of(text, EventType::AttackOnCivilians);
        assert_eq!(counts(&e), vec![(1, Unit::Fatality)], "{text}: {e:#?}");
        assert_eq!(e.actor1.as_deref(), Some("UNKNOWN"), "{text}: {e:#?}");
    }
    // "The gunmen" point back to the side named before them.
    let ev = events(
        "هاجم عناصر من تنظيم داعش جامعي الكمأة في بادية حمص. وأطلق المسلحون النار على 5 مدنيين، ما أدى إلى مقتلهم.",
    );
    assert!(
        ev.iter().all(|e| e.actor1.as_deref() != Some("UNKNOWN")),
        "{ev:#?}"
    );
}

#[test]
fn fighters_killed_by_a_side_named_as_the_killer_are_fighting() {
    // No word of fighting: the killer after its verb, past its force noun, makes it one.
    let e = first_of(
        "قتلت قوات الأمن العام قيادياً في تنظيم داعش في بلدة سرمدا بريف إدلب الشمالي.",
        EventType::ArmedClash,
    );
    assert_eq!(counts(&e), vec![(1, Unit::Fatality)], "{e:#?}");
    assert_eq!(e.actor1.as_deref(), Some("SYR_TRANS"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("ISIS"), "{e:#?}");
    // Fighters killed with no killer named ("قُتل", passive) are no event: nothing says how.
    assert!(
        events("قتل عنصران من قوات النظام في بلدة سرمدا بريف إدلب الشمالي.").is_empty(),
        "passive"
    );
    // A verb of dying has no killer: the side after it is who died.
    assert!(
        events("استشهد جنود من الجيش السوري وأصيب ضابطان في بلدة نوى بريف درعا الغربي.").is_empty(),
        "intransitive"
    );
}

#[test]
fn the_noun_after_a_breakdown_word_is_not_what_a_number_counts() {
    // "بينهم قائد" names one of the two detained; the two are no dead.
    let e = first_of(
        "نفذت القوات الأمريكية إنزالاً جوياً في قرية بريف القامشلي، أدى إلى مقتل شخص واعتقال اثنين بينهم قائد مجموعة.",
        EventType::Arrest,
    );
    assert!(!counts(&e).contains(&(2, Unit::Fatality)), "{e:#?}");
}

#[test]
fn a_quoted_name_or_a_kin_antecedent_after_a_word_of_death_is_one_person() {
    for (text, dead) in [
        (
            "مقتل \"سامر العبدالله\" برصاص مسلحين مجهولين في بلدة الصبحة بريف دير الزور.",
            1,
        ),
        (
            "اغتال مجهولون «عمار الياسين» أمام منزله في مدينة الشيخ مسكين بريف درعا.",
            1,
        ),
        // "أم" and "أبو محمد" are no lexicon words; "وابنها" points back to them.
        ("استشهاد أم وابنها بقصف مسيرة تركية على مدينة القامشلي.", 2),
        (
            "مقتل أبو محمد وابنه بقصف مدفعي على بلدة البارة جنوبي إدلب.",
            2,
        ),
    ] {
        let ev = events(text);
        let e = ev.first().unwrap_or_else(|| panic!("no event: {text}"));
        assert_eq!(counts(e), vec![(dead, Unit::Fatality)], "{text}: {ev:#?}");
    }
    // Words of casualties in quotes are no name.
    let text = "أسفر الهجوم على سد تشرين عن سقوط \"شهداء وجرحى\" بحسب بيان لقسد.";
    let ev = events(text);
    assert!(ev.iter().all(|e| counts(e).is_empty()), "{text}: {ev:#?}");
    // "أمام منزله" (before his house) is no imam.
    let text = "اغتال مسلحون مجهولون رجلاً أمام منزله في بلدة طفس بريف درعا.";
    let ev = events(text);
    let e = ev.first().unwrap_or_else(|| panic!("no event: {text}"));
    assert_eq!(counts(e), vec![(1, Unit::Fatality)], "{text}: {ev:#?}");
}

#[test]
fn the_bodies_of_two_are_two_dead() {
    let e = first_of(
        "انتشلت فرق الدفاع المدني جثتي مدنيين قتلا بقصف مدفعي على بلدة البارة.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), vec![(2, Unit::Fatality)], "{e:#?}");
}

#[test]
fn abductions_and_arrests_in_every_person_of_the_verb() {
    for text in [
        "اختطف مسلحون مجهولون طبيباً في مدينة جاسم بريف درعا الشمالي.",
        "خطفت مجموعة مسلحة شاباً في مدينة جاسم بريف درعا الشمالي.",
        "احتجز عناصر الحاجز شاباً في مدينة جاسم بريف درعا الشمالي.",
        "ألقى الأمن العام القبض على ثلاثة أشخاص في مدينة جاسم بريف درعا.",
    ] {
        first_of(text, EventType::Arrest);
    }
    // "الداهم" is imminent, not raiding.
    assert_none_of(
        "يرى محللون أن الخطر الداهم على القوات الأميركية في مدينة دير الزور يزداد.",
        EventType::Arrest,
    );
}

#[test]
fn forces_entering_a_state_or_talks_move_nowhere() {
    for text in [
        "وعلى الفور، دخلت قوات الاحتلال التركي في حالة استنفار قصوى في قاعدتها قرب مدينة الباب.",
        "دخلت قسد والحكومة السورية في مفاوضات جديدة حول مدينة دير حافر.",
    ] {
        assert_none_of(text, EventType::Deployment);
    }
    let e = first_of(
        "دخلت القوات التركية في مدينة الباب أمس.",
        EventType::Deployment,
    );
    assert!(place(&e).contains("Bab"), "{e:#?}");
}

#[test]
fn a_bomb_defused_did_not_go_off() {
    for text in [
        "فككت فرق الهندسة عبوة ناسفة مزروعة على طريق الباب - بزاعة دون وقوع إصابات.",
        "تمكنت فرق الهندسة من إبطال مفعول لغم أرضي في بلدة الصور.",
        "Engineers defused a roadside bomb near the town of al-Bab on Monday.",
        // Seized before use.
        "قبضت قوات الأمن على خلية لتنظيم داعش في مدينة حرستا، وضبطت بحوزتها أحزمة ناسفة وعبوات معدة للتفجير.",
        "صادرت قوات الأمن العام عبوات ناسفة في بلدة جاسم بريف درعا.",
    ] {
        assert_none_of(text, EventType::Explosion);
    }
    // Weapons seized in a raid leave the raid.
    first_of(
        "صادرت قوات الأمن العام أسلحة خلال مداهمة في بلدة جاسم بريف درعا.",
        EventType::Arrest,
    );
    // One that went off beside it still did.
    let e = first_of(
        "انفجرت عبوة ناسفة بسيارة مدنية في مدينة الباب، وتمكنت الفرق من تفكيك عبوة ثانية.",
        EventType::Explosion,
    );
    assert!(place(&e).contains("Bab"), "{e:#?}");
}

#[test]
fn a_patrol_run_is_a_deployment_and_the_terms_of_a_deal_are_planned() {
    let e = first_of(
        "سيّرت القوات الروسية والتركية دورية مشتركة جديدة في ريف الدرباسية شمال الحسكة.",
        EventType::Deployment,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"), "{e:#?}");
    assert_eq!(e.assoc_actors, vec!["TUR".to_string()], "{e:#?}");
    // A patrol struck is no patrol run.
    assert_none_of(
        "استهدفت طائرة مسيرة دورية مشتركة لقسد والتحالف في بلدة الشحيل.",
        EventType::Deployment,
    );
    // What an agreement stipulates has yet to be done.
    let text = "وقعت روسيا وتركيا اتفاقاً في مدينة سوتشي ينص على انسحاب القوات التركية من نقاط المراقبة وتسيير دوريات مشتركة على طريق حلب اللاذقية.";
    let ev = events(text);
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Withdrawal),
        "{ev:#?}"
    );
    for e in ev.iter().filter(|e| e.event_type != EventType::Agreement) {
        assert_eq!(e.modality, Modality::Planned, "{e:#?}");
    }
}
