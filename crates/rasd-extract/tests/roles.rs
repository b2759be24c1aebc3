//! Who did what to which site: sites named as targets or landmarks, on illustrative sentences
//! written for these tests.

mod common;

use common::{assert_none_of, counts, events, events_on, first_of, first_on, place};
use rasd_extract::{EventType, Unit};

#[test]
fn a_site_named_as_a_target_or_landmark_is_not_a_site_set_up() {
    for text in [
        "شنت طائرات حربية إسرائيلية غارات على عدد من النقاط العسكرية في ريف حماة الشمالي.",
        "أعلنت وزارة الدفاع السورية إحباط هجوم لهيئة تحرير الشام على النقاط العسكرية في ريف إدلب الجنوبي.",
        "استهدف الجيش السوري مقار وتحصينات تابعة لهيئة تحرير الشام في قرية كفرعمة.",
        "قتل جندي أمريكي في المنطقة المخصصة لإقامة الجنود في قاعدة حقل العمر.",
    ] {
        assert_none_of(text, EventType::BaseEstablished);
    }
}

#[test]
fn a_site_under_a_word_of_setting_up_or_called_new_is_set_up() {
    for (text, site) in [
        (
            "قالت مصادر إن القوات الروسية تعمل على تجهيز مهبط للطائرات في مدينة الطبقة.",
            "Tabqa",
        ),
        (
            "أقامت القوات التركية نقطة عسكرية قرب مدينة سراقب.",
            "Saraqib",
        ),
        (
            "ثبتت القوات التركية نقطة عسكرية جديدة قرب مدينة سراقب.",
            "Saraqib",
        ),
    ] {
        let e = first_of(text, EventType::BaseEstablished);
        assert!(place(&e).contains(site), "{text}: {e:#?}");
    }
}

#[test]
fn a_site_told_again_as_a_project_somewhere_in_its_governorate_is_one_site() {
    // Ma'dan lies some 60 km from the point that stands for "ريف الرقة".
    let text = "كشفت مصادر محلية أن قوات النظام وروسيا تعملان على تجهيز مهبط للطائرات في بلدة معدان \
                بريف الرقة الشرقي. وقال المصدر إن العمل بدأ قبل أسبوعين بإشراف ضباط روس. ويتزامن ذلك \
                مع الحديث عن مشروع روسي لإنشاء مطار عسكري في ريف الرقة.";
    let sites: Vec<_> = events(text)
        .into_iter()
        .filter(|e| e.event_type == EventType::BaseEstablished)
        .collect();
    assert_eq!(sites.len(), 1, "{sites:#?}");
    assert!(place(&sites[0]).contains("Ma'dan"), "{sites:#?}");
    assert_eq!(sites[0].actor1.as_deref(), Some("RUS"), "{sites:#?}");
}

#[test]
fn a_building_turned_into_a_site_is_a_site_set_up() {
    let e = first_of(
        "كان المبنى مدرسة حولتها الميليشيات الإيرانية إلى نقطة عسكرية في مدينة الميادين.",
        EventType::BaseEstablished,
    );
    assert_eq!(e.actor1.as_deref(), Some("IRN"), "{e:#?}");
}

#[test]
fn an_unknown_agent_suspected_to_be_a_side_is_that_side_suspected() {
    for (text, side) in [
        (
            "استهدفت طائرات مجهولة يعتقد أنها إسرائيلية، اليوم، شاحنات عند معبر البوكمال.",
            "ISR",
        ),
        (
            "قصفت طائرة مسيرة مجهولة الهوية، يرجح أنها تركية، سيارة في مدينة القامشلي.",
            "TUR",
        ),
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}: {e:#?}");
        assert_eq!(
            e.modality,
            rasd_extract::Modality::Suspected,
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn a_strike_told_again_by_a_suspected_agent_stays_suspected() {
    // The first telling names the victims' side; the second the agent, hedged. One strike,
    // by the side believed to be behind it, as sure as that belief.
    let ev = events(
        "وأكد مراسلنا استشهاد 6 عناصر من القوات الرديفة للجيش السوري وإصابة 11 آخرين في غارة من طائرة مسيرة استهدفت سيارة في ريف دير الزور الشرقي. \
ونقلت مصادر محلية أن طائرة مسيرة يعتقد أنها أميركية استهدفت سيارة عسكرية كانت تقل العناصر في ريف دير الزور الشرقي.",
    );
    let strikes: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::AirStrike)
        .collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    let e = strikes[0];
    assert_eq!(e.actor1.as_deref(), Some("US"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("SYR_GOV"), "{e:#?}");
    assert_eq!(e.modality, rasd_extract::Modality::Suspected, "{e:#?}");
}

#[test]
fn an_unknown_striker_is_the_side_blamed_when_the_strike_is_named_again() {
    for blame in [
        "واتهمت مصادر محلية التحالف الدولي بتنفيذ هذا الهجوم.",
        "وقالت مصادر محلية إن طائرات التحالف الدولي نفذت القصف المذكور.",
    ] {
        let text = format!(
            "قصفت طائرة مسيرة مجهولة مدينة جرابلس بريف حلب الشرقي، ما أدى لمقتل شخص. {blame}"
        );
        let ev = events(&text);
        assert_eq!(ev.len(), 1, "{text}: {ev:#?}");
        assert_eq!(
            ev[0].actor1.as_deref(),
            Some("COALITION"),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn a_convoy_a_strike_hit_moves_for_its_own_side_not_the_striker() {
    let text = "استهدفت طائرات مسيرة تركية، مساء اليوم، رتلا لقوات النظام قرب مدينة تل رفعت.";
    let strike = first_of(text, EventType::AirStrike);
    assert_eq!(strike.actor1.as_deref(), Some("TUR"), "{strike:#?}");
    let convoy = first_of(text, EventType::Deployment);
    assert_eq!(convoy.actor1.as_deref(), Some("SYR_GOV"), "{convoy:#?}");
    // A convoy of civilians hit on its way is no deployment at all.
    assert_none_of(
        "استهدفت مسيرات تركية قافلة الأهالي المتجهة إلى سد تشرين.",
        EventType::Deployment,
    );
}

#[test]
fn an_attack_word_inside_a_place_name_is_the_name() {
    let text = "عثر الأهالي على جثة شاب في منطقة سد عدوان غربي محافظة درعا.";
    assert_none_of(text, EventType::Shelling);
    assert_none_of(text, EventType::AirStrike);
}

#[test]
fn a_side_that_fights_on_the_ground_borrows_no_weapon_from_the_article() {
    let ev = events(
        "استهدفت طائرة مسيرة سيارة في ريف درعا. وقتل 9 جنود في منطقة السخنة بريف حمص الشرقي، في اعتداء شنته خلايا تنظيم داعش.",
    );
    let isis = ev
        .iter()
        .find(|e| e.actor1.as_deref() == Some("ISIS"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(isis.event_type, EventType::ArmedClash, "{ev:#?}");
}

#[test]
fn a_condemnation_of_a_strike_is_a_statement_by_who_condemns() {
    let text = "الخارجية السورية تدين الاعتداء الذي شنته القوات الأمريكية على بلدة الميادين.";
    let said = first_of(text, EventType::Statement);
    assert_eq!(said.actor1.as_deref(), Some("SYR_GOV"), "{said:#?}");
    // The interim government is the opposition's, not the state's.
    let said = first_of(
        "أدانت الحكومة السورية المؤقتة قصف قوات النظام لمدينة إعزاز.",
        EventType::Statement,
    );
    assert_eq!(said.actor1.as_deref(), Some("OPP"), "{said:#?}");
}

#[test]
fn a_statement_whose_speaker_is_not_named_is_no_event() {
    // The sides named further on are what is said, not who says it.
    assert_none_of(
        "أكدت شبكة حقوقية محلية في بيان أن قوات النظام وروسيا قصفتا بلدة البارة بالمدفعية.",
        EventType::Statement,
    );
}

#[test]
fn casualties_denied_are_not_counted_and_the_strike_is_not_denied() {
    for text in [
        "تنفي مصادر محلية مقتل 3 عناصر من حزب الله في غارة إسرائيلية على مدينة القصير.",
        "نفت مصادر ما تداولته وسائل الإعلام عن مقتل 3 عناصر في غارة إسرائيلية على مدينة القصير.",
    ] {
        let strike = first_of(text, EventType::AirStrike);
        assert!(strike.quantities.is_empty(), "{text}: {strike:#?}");
        assert_eq!(
            strike.modality,
            rasd_extract::Modality::Reported,
            "{text}: {strike:#?}"
        );
    }
    // Denying a part in the shelling leaves its dead counted, and the shelling happened.
    let shelling = first_of(
        "نفت قسد مسؤوليتها عن القصف الذي أدى لمقتل 3 مدنيين في مدينة عفرين.",
        EventType::Shelling,
    );
    assert_eq!(shelling.quantities.len(), 1, "{shelling:#?}");
    assert_eq!(shelling.modality, rasd_extract::Modality::Reported);
    assert_eq!(shelling.actor1, None, "{shelling:#?}");
}

#[test]
fn a_side_named_in_what_is_said_is_not_the_speaker() {
    // After "أن" comes what is said; the side named there is not who says it.
    assert_none_of(
        "وأكد المتحدث أن إسرائيل ستستمر بالعمل في سوريا ولبنان.",
        EventType::Statement,
    );
}

#[test]
fn who_holds_the_place_struck_is_not_the_agent() {
    let strike = first_of(
        "أعلنت القيادة المركزية الأميركية استهدافها لقيادي في تنظيم حراس الدين عبر غارة جوية في محافظة إدلب، والتي تسيطر عليها فصائل معارضة سورية.",
        EventType::AirStrike,
    );
    assert_eq!(strike.actor1.as_deref(), Some("US"), "{strike:#?}");
    let shelling = first_of(
        "شهدت مدينة الباب والخاضعة لسيطرة الجيش الوطني قصفاً بالصواريخ مصدره الطائرات المسيرة التابعة للتحالف الدولي.",
        EventType::Shelling,
    );
    assert_eq!(
        shelling.actor1.as_deref(),
        Some("COALITION"),
        "{shelling:#?}"
    );
    // Nor is the holder's patron ("الفصائل التابعة لتركيا").
    let shelling = first_of(
        "قصفت المدفعية مدينة عفرين الخاضعة لسيطرة الفصائل التابعة لتركيا.",
        EventType::Shelling,
    );
    assert_eq!(shelling.actor1, None, "{shelling:#?}");
}

/// Vowing to carry on until a goal is met is a threat by who vows, not by the side the goal
/// names; carrying on "until now" is no vow.
#[test]
fn a_vow_to_carry_on_until_a_goal_is_a_threat_by_who_vows() {
    for (text, speaker) in [
        (
            "أكد قائد قوات العشائر في بيان أن الهجمات ستكون متواصلة حتى طرد قوات الاحتلال الأمريكي.",
            "TRIBAL",
        ),
        (
            "وقالت وزارة الدفاع التركية إن عملياتها ستستمر حتى القضاء على قسد.",
            "TUR",
        ),
        // "كان" is no "أن": the speaker after it is still named.
        (
            "وكان الجيش التركي قد أكد أن عملياته ستستمر حتى القضاء على قسد.",
            "TUR",
        ),
        // The goal may carry its object ("إخراجها").
        (
            "ويؤكد مقاتلو العشائر أن التصعيد ضد قسد مستمر، إلى حين إخراجها من المنطقة.",
            "TRIBAL",
        ),
    ] {
        let vow = first_of(text, EventType::Threat);
        assert_eq!(vow.actor1.as_deref(), Some(speaker), "{text}: {vow:#?}");
    }
    assert_none_of(
        "وقالت مصادر محلية إن الاشتباكات بين قسد ومقاتلي العشائر مستمرة حتى الآن في بلدة ذيبان.",
        EventType::Threat,
    );
}

/// Residents standing up to a convoy or a patrol protest against the side it belongs to;
/// fighters from among them fight, and residents driven out protest nothing.
#[test]
fn residents_standing_up_to_a_convoy_protest_against_its_side() {
    for text in [
        "تصدى أهالي قرية حامو جنوب القامشلي بالحجارة لرتل عسكري أمريكي حاول دخول القرية.",
        "طرد أهالي قرية حامو دورية للقوات الأمريكية.",
        "تمكن سكان قرية حامو بمساندة حاجز للجيش السوري من طرد رتل للجيش الأمريكي.",
    ] {
        // The convoy stood up to is what the protest met, not a movement of its own.
        assert_none_of(text, EventType::Deployment);
        let stand = first_of(text, EventType::Protest);
        assert_eq!(
            stand.actor1.as_deref(),
            Some("CIVILIANS"),
            "{text}: {stand:#?}"
        );
        assert_eq!(stand.target.as_deref(), Some("US"), "{text}: {stand:#?}");
    }
    for text in [
        "كما تصدى المقاتلون من أهالي درعا البلد لمحاولة تسلل لعناصر الفرقة الرابعة.",
        "وتواصل السياسات الإسرائيلية قضم الأراضي وطرد السكان الأصليين من الجولان.",
        "طردت قوات النظام عناصر داعش من بلدة السخنة.",
    ] {
        assert_none_of(text, EventType::Protest);
    }
}

/// Protesters who act are a protest, as is a protest told by its purpose; protesters struck
/// or taken are the target of that violence, whose event stands, and people counted in a
/// protest are not the detained it names.
#[test]
fn protesters_acting_protest_and_protesters_struck_are_targets() {
    let blocked =
        "أغلق عشرات الشبان الطريق الرئيسي في بلدة القريا احتجاجاً على اعتقال شاب من البلدة.";
    for (text, town) in [
        (
            "خرج مئات المتظاهرين اليوم في مدينة السويداء مطالبين بالإفراج عن المعتقلين.",
            "As-Suwayda",
        ),
        (
            "وحمل المتظاهرون لافتات تطالب بالإفراج عن المعتقلين في مدينة السويداء.",
            "As-Suwayda",
        ),
        (blocked, "Al Qurayya"),
    ] {
        let protest = first_of(text, EventType::Protest);
        assert_eq!(place(&protest), town, "{text}: {protest:#?}");
    }
    let arrest = first_of(blocked, EventType::Arrest);
    assert_eq!(counts(&arrest), vec![(1, Unit::Other)], "{arrest:#?}");
    // Who protest against arrests did not make them.
    let condemned = "نظم أهالي مدينة جاسم وقفة احتجاجية تنديداً بحملة الاعتقالات.";
    let arrests = first_of(condemned, EventType::Arrest);
    assert_eq!(arrests.actor1, None, "{arrests:#?}");
    // Struck or taken: the shelling stands, and the crowd is no protest of its own.
    let struck = "أصيبت امرأة بجراح جراء قصف الاحتلال التركي للمحتجين على سد تشرين.";
    assert_eq!(
        first_of(struck, EventType::Shelling).actor1.as_deref(),
        Some("TUR")
    );
    for text in [
        struck,
        "ضرب عناصر الأمن المتظاهرين في مدينة بنش.",
        "شن جهاز الأمن حملة اعتقالات طالت ناشطين ومتظاهرين في ريف إدلب.",
    ] {
        assert_none_of(text, EventType::Protest);
    }
}

/// The side after "مع" following a word of clashing and the side that clashed is its foe,
/// named by its gunmen too; a ceasefire written with "ل" is an agreement, not firing.
#[test]
fn the_side_clashed_with_is_the_foe_and_a_ceasefire_is_no_firing() {
    for (text, foe) in [
        (
            "اشتبكت قوات قسد مع مسلحين من العشائر في بلدة ذيبان يوم الثلاثاء.",
            "TRIBAL",
        ),
        (
            "اشتبكت فصائل المعارضة مع قوات النظام في محيط بلدة خان شيخون.",
            "SYR_GOV",
        ),
    ] {
        let clash = first_of(text, EventType::ArmedClash);
        assert_eq!(clash.target.as_deref(), Some(foe), "{text}: {clash:#?}");
    }
    let truce = "اتفقت روسيا وتركيا على وقف لإطلاق النار في إدلب يوم الخميس.";
    let deal = first_of(truce, EventType::Agreement);
    assert_eq!(deal.actor1.as_deref(), Some("RUS"), "{deal:#?}");
    assert_none_of(truce, EventType::AttackOnCivilians);
}

/// A siege is forces deployed round a place by who besieges it; the attack it answers, told in
/// the same sentence, names another side. A house surrounded is a raid, and a siege that is
/// sanctions is no deployment.
#[test]
fn a_siege_is_a_deployment_by_who_besieges() {
    let text = "وتواصل قسد حصارها على مناطق سيطرة الحكومة السورية في مدينة الحسكة، بعد \
                اتهامها الأجهزة الأمنية بالوقوف وراء الهجوم الذي شنته العشائر عليها.";
    let siege = first_of(text, EventType::Deployment);
    assert_eq!(siege.actor1.as_deref(), Some("SDF"), "{siege:#?}");
    assert_eq!(place(&siege), "al-Hasakah");
    for text in [
        "وحاصرت قوات قسد منزل المطلوب في بلدة ذيبان قبل اعتقاله.",
        "وطالب المشاركون في الوقفة برفع الحصار والعقوبات عن الشعب السوري.",
    ] {
        assert_none_of(text, EventType::Deployment);
    }
}

#[test]
fn the_dead_of_a_side_and_the_user_of_a_site_struck_are_hit() {
    // "شهداء وجرحى من X": X lost them, whoever attacked.
    let e = first_of(
        "شهداء وجرحى من الجيش السوري بهجوم لمسلحين يعتقد أنهم من خلايا تنظيم داعش قرب مدينة السخنة.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISIS"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("SYR_GOV"), "{e:#?}");
    // The group that uses the site struck, named after "تنظيم", did not strike it.
    let e = first_of(
        "نفذت طائرات حربية ضربات ضد قاعدة كان يستخدمها تنظيم هيئة تحرير الشام في ريف إدلب الغربي.",
        EventType::AirStrike,
    );
    assert_ne!(e.actor1.as_deref(), Some("HTS"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("HTS"), "{e:#?}");
}

#[test]
fn members_of_a_side_named_before_the_act_did_it() {
    let arrest = first_of(
        "أقدم عناصر من قسد على اعتقال شابين في بلدة ذيبان.",
        EventType::Arrest,
    );
    assert_eq!(arrest.actor1.as_deref(), Some("SDF"), "{arrest:#?}");
    let assault = first_of(
        "شن عناصر داعش هجوما على نقطة عسكرية في بادية السخنة.",
        EventType::ArmedClash,
    );
    assert_eq!(assault.actor1.as_deref(), Some("ISIS"), "{assault:#?}");
    // Killed or hurt before the act, or undergoing it, they are its target.
    let killed = first_of(
        "قتل 3 عناصر من قوات النظام بهجوم لداعش في بادية السخنة.",
        EventType::ArmedClash,
    );
    assert_eq!(killed.actor1.as_deref(), Some("ISIS"), "{killed:#?}");
    let hit = first_of(
        "تعرض عناصر من قسد لهجوم في بلدة ذيبان.",
        EventType::ArmedClash,
    );
    assert_eq!(hit.actor1, None, "{hit:#?}");
    assert_eq!(hit.target.as_deref(), Some("SDF"), "{hit:#?}");
}

#[test]
fn a_moving_convoy_belongs_to_the_side_named_after_it() {
    for (text, side) in [
        ("دخل رتل أمريكي إلى مدينة الحسكة.", "US"),
        ("دخل رتل لقوات التحالف إلى مدينة الحسكة.", "COALITION"),
        ("رتل عسكري تركي يصل إلى بلدة عين عيسى.", "TUR"),
        // Its side after a word of belonging, over the convoy's adjective.
        ("دخل رتل عسكري تابع للقوات التركية إلى ريف إدلب.", "TUR"),
        ("دخلت سيارات تابعة للقوات الأمريكية إلى مدينة الشدادي.", "US"),
    ] {
        let e = first_of(text, EventType::Deployment);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}: {e:#?}");
        assert_eq!(e.target, None, "{text}");
    }
    // A struck convoy is the strike's target.
    let strike = first_of(
        "استهدفت طائرة مسيرة رتلا للقوات الأمريكية قرب مدينة الحسكة.",
        EventType::AirStrike,
    );
    assert_eq!(strike.target.as_deref(), Some("US"));
    // So are vehicles of a side that a strike reached, after a word of belonging.
    let strike = first_of(
        "استهدفت طائرة مسيرة رتلا تابعا للقوات التركية قرب مدينة سراقب.",
        EventType::AirStrike,
    );
    assert_eq!(strike.actor1, None, "{strike:#?}");
    assert_eq!(strike.target.as_deref(), Some("TUR"));
    let strike = first_of(
        "وقالت مصادر إن الاستهداف طاول سيارتين عسكريتين تابعتين لقسد في ريف القامشلي.",
        EventType::Shelling,
    );
    assert_eq!(strike.actor1, None, "{strike:#?}");
    assert_eq!(strike.target.as_deref(), Some("SDF"));
}

#[test]
fn the_holder_named_after_a_site_struck_is_its_target() {
    for (text, ty, actor, target) in [
        // The adjective after the site's name (over the name's own adjective) is the holder.
        (
            "أفاد مراسلنا باستهداف قاعدة حقل العمر النفطي الأميركية بأربعة صواريخ.",
            EventType::Shelling,
            None,
            "US",
        ),
        // "Military targets of HTS": the owner after ل of a target word.
        (
            "نفذ سلاحا الجو السوري والروسي سلسلة غارات استهدفت أهدافاً عسكرية لهيئة تحرير الشام في ريف إدلب.",
            EventType::AirStrike,
            Some("RUS"),
            "HTS",
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(e.actor1.as_deref(), actor, "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(target), "{text}: {e:#?}");
    }
    // The Syrian air force by name is the Syrian state's (of its day).
    let e = first_of(
        "شن سلاح الجو السوري غارات على مواقع لهيئة تحرير الشام في ريف إدلب.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{e:#?}");
}

#[test]
fn a_partner_in_cooperation_is_an_associate_under_its_full_name_or_its_short_one() {
    for text in [
        "نفذت قوات التحالف الدولي فجر اليوم، وبالتعاون مع قوات سوريا الديمقراطية (قسد)، عملية إنزال جوي في بلدة ذيبان.",
        "نفذت قوات التحالف الدولي بالتنسيق مع قسد حملة مداهمات في بلدة ذيبان.",
    ] {
        let e = first_of(text, EventType::Arrest);
        assert_eq!(e.actor1.as_deref(), Some("COALITION"), "{text}: {e:#?}");
        assert_eq!(e.assoc_actors, ["SDF"], "{text}: {e:#?}");
    }
}

#[test]
fn the_sides_of_a_clash_between_two_are_foes_not_partners() {
    let on = jiff::civil::date(2025, 3, 10);
    for (text, agent, foe) in [
        (
            "اندلعت اشتباكات عنيفة بين قوات النظام وقسد في ريف دير الزور.",
            "SYR_GOV",
            "SDF",
        ),
        (
            "اندلعت اشتباكات بين مقاتلي العشائر وقسد في بلدة ذيبان.",
            "TRIBAL",
            "SDF",
        ),
        // A side's name may run past its lexicon form ("قوات الحكومة" + "السورية").
        (
            "اندلعت اشتباكات بين قوات الحكومة السورية وقسد في حي الشيخ مقصود بحلب.",
            "SYR_TRANS",
            "SDF",
        ),
        // The second side named by its gunmen or members, and its own dead no foe.
        (
            "اندلعت اشتباكات بين قوات الأمن العام ومسلحين من فلول النظام في ريف اللاذقية، ما أسفر عن مقتل عنصرين من الأمن العام.",
            "SYR_TRANS",
            "SYR_GOV",
        ),
        (
            "تشهد بلدة ذيبان اشتباكات بين قوات العشائر ومسلحي قسد.",
            "TRIBAL",
            "SDF",
        ),
        // The first side named by its members or by fighters counted by no number: it
        // fought, and was no victim.
        (
            "اندلعت اشتباكات عنيفة بين عناصر من قوات النظام وعناصر من قسد في ريف دير الزور.",
            "SYR_GOV",
            "SDF",
        ),
        (
            "دارت مواجهات بين مسلحين من العشائر وقسد في بلدة ذيبان.",
            "TRIBAL",
            "SDF",
        ),
        (
            "اندلعت اشتباكات بين مقاتلين من العشائر العربية وعناصر من قسد في بلدة ذيبان.",
            "TRIBAL",
            "SDF",
        ),
    ] {
        let e = events_on(text, on)
            .into_iter()
            .find(|e| e.event_type == EventType::ArmedClash)
            .unwrap_or_else(|| panic!("no clash: {text}"));
        assert_eq!(e.actor1.as_deref(), Some(agent), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(foe), "{text}: {e:#?}");
        assert!(e.assoc_actors.is_empty(), "{text}: {e:#?}");
    }
    // Allies in one camp stay partners.
    let e = first_of(
        "اندلعت اشتباكات بين قوات النظام وروسيا من جهة، والفصائل من جهة أخرى في ريف إدلب.",
        EventType::ArmedClash,
    );
    assert!(
        e.target.as_deref() != Some("RUS") && e.target.as_deref() != Some("SYR_GOV"),
        "{e:#?}"
    );
    // The other camp is the foe.
    assert_eq!(e.target.as_deref(), Some("OPP"), "{e:#?}");
}

#[test]
fn a_headline_partner_named_as_the_bodys_agent_stays_a_side() {
    let text = "التحالف الدولي ينفذ عملية أمنية مع قسد شرق دير الزور ويعتقل عشرة أشخاص\n\n\
                نفذت قوات التحالف الدولي فجر اليوم بالتعاون مع قوات سوريا الديمقراطية عملية إنزال \
                جوي في بلدة ذيبان بريف دير الزور الشرقي.";
    let arrests: Vec<_> = events(text)
        .into_iter()
        .filter(|e| e.event_type == EventType::Arrest)
        .collect();
    assert_eq!(arrests.len(), 1, "{arrests:#?}");
    assert_eq!(
        arrests[0].actor1.as_deref(),
        Some("COALITION"),
        "{arrests:#?}"
    );
    assert_eq!(arrests[0].assoc_actors, ["SDF"], "{arrests:#?}");
}

#[test]
fn the_side_named_as_a_group_after_by_is_the_agent() {
    let e = first_of(
        "وأشار رئيس مركز المصالحة الروسي إلى تسجيل عمليتي قصف في إدلب على مواقع للقوات الحكومية من قبل جماعة \"جبهة النصرة\".",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("HTS"), "{e:#?}");
}

#[test]
fn the_backer_in_a_groups_epithet_takes_no_part() {
    for (text, ty, side) in [
        (
            "اندلعت اشتباكات بين قسد وفصائل الجيش الوطني المدعوم تركياً في محيط مدينة مارع.",
            EventType::ArmedClash,
            "SDF",
        ),
        (
            "كما سيطرت قسد على نقطتين عسكريتين يتمركز فيهما مسلحون تابعون لما يسمى الجيش الوطني، المدعوم تركياً، قرب مدينة مارع.",
            EventType::TerritoryChange,
            "SDF",
        ),
    ] {
        let e = first_of(text, ty);
        assert_eq!(e.actor1.as_deref(), Some(side), "{text}: {e:#?}");
        assert!(!e.assoc_actors.iter().any(|a| a == "TUR"), "{text}: {e:#?}");
    }
    // With no side named before it, the backer is what names the side.
    let e = first_of(
        "وقصفت القوات المدعومة من إيران قاعدة التنف بعدة صواريخ.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("IRN"), "{e:#?}");
}

#[test]
fn the_group_of_an_official_seized_or_struck_is_the_target() {
    let text = "أعلنت القيادة المركزية الأمريكية القبض على أبي خالد، وهو مسؤول العمليات في تنظيم داعش، خلال غارة في ريف دير الزور.";
    for ty in [EventType::Arrest, EventType::AirStrike] {
        let e = first_of(text, ty);
        assert_eq!(e.actor1.as_deref(), Some("US"), "{e:#?}");
        assert_eq!(e.target.as_deref(), Some("ISIS"), "{e:#?}");
    }
}

#[test]
fn a_side_named_by_its_aircraft_after_min_struck() {
    // "من" before the aircraft says by whom; before a force, whose members were hit.
    for text in [
        "شنت غارات من الطيران الروسي على بلدة كنصفرة.",
        "شنت غارات من الطائرات الحربية الروسية على بلدة كنصفرة.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1.as_deref(), Some("RUS"), "{text}");
    }
    let e = first_of(
        "قتل ثلاثة عناصر من قوات النظام بقصف على قرية كنصفرة.",
        EventType::Shelling,
    );
    assert_eq!(e.target.as_deref(), Some("SYR_GOV"));
}

#[test]
fn a_side_word_that_is_a_persons_name_names_no_side() {
    // "تركي" after "عائلة" is a man's name, and so it is again further on.
    let e = first_of(
        "استهدفت الغارة الثانية منزل عائلة \"تركي الحلبي\" وسط بلدة عرمان، متسببة بمقتل 7 من أفراد العائلة، بينهم طفلتا تركي.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1, None, "{e:#?}");
    // The same word qualifying a force is the side.
    let e = first_of(
        "استهدف قصف مدفعي تركي منزل عائلة في بلدة عين عيسى.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("TUR"), "{e:#?}");
}

#[test]
fn a_side_in_a_clause_of_contrast_after_the_event_is_not_its_agent() {
    // Who fled is not who took the checkpoint.
    let text = "تمكنت القوات المهاجمة من السيطرة على حاجز السرب قرب مدينة الميادين، بينما فر عدد من \
                المقاتلين التابعين لقسد إلى خارج البلدة.";
    let sdf_took_it = events(text)
        .into_iter()
        .any(|e| e.actor1.as_deref() == Some("SDF"));
    assert!(!sdf_took_it, "{:#?}", events(text));
    // The clause goes on with the toll, and names who struck.
    let toll_goes_on = events(
        "قتل تسعة مدنيين بقصف على سوق في مدينة جسر الشغور، بينما أصيب 61 آخرون في مجزرة \
         ارتكبتها الطائرات الحربية الروسية.",
    );
    assert!(!toll_goes_on.is_empty());
    assert_eq!(
        toll_goes_on[0].actor1.as_deref(),
        Some("RUS"),
        "{toll_goes_on:#?}"
    );
}

#[test]
fn the_cells_or_users_of_what_was_struck_are_its_target() {
    // "خلايا التنظيم" begins with a target word: the cells were struck, the raiders struck.
    let e = first_of(
        "استهدفت قوات الأمن الداخلي خلايا التنظيم في بلدة ذيبان شرقي دير الزور.",
        EventType::Shelling,
    );
    assert_eq!(e.target.as_deref(), Some("ISIS"), "{e:#?}");
    assert_ne!(e.actor1.as_deref(), Some("ISIS"), "{e:#?}");
    // The side that uses the site struck is hit, not the striker.
    let ev = events(
        "قصفت طائرات إسرائيلية ليلاً مصياف، واستهدف القصف مركز البحوث العلمية الذي يستخدمه النظام لتطوير الأسلحة.",
    );
    assert!(!ev.is_empty());
    for e in &ev {
        assert_eq!(e.actor1.as_deref(), Some("ISR"), "{ev:#?}");
    }
}

#[test]
fn an_attack_verb_right_after_a_raid_says_what_the_raid_went_for() {
    let ev =
        events("نفذت قوات الأمن الداخلي مداهمة فجر الثلاثاء استهدفت خلايا التنظيم في بلدة ذيبان.");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, EventType::Arrest, "{ev:#?}");
    // Apart from the raid, the verb tells an attack of its own.
    let ev = events(
        "نفذت قوات الأمن الداخلي مداهمة في بلدة ذيبان، فيما استهدفت طائرة مسيرة موقعاً في بلدة الشحيل.",
    );
    assert!(
        ev.iter().any(|e| e.event_type != EventType::Arrest),
        "{ev:#?}"
    );
}

#[test]
fn who_condemns_an_attack_did_not_make_it() {
    // The administration condemns; the side the convoy went to stand with was not the attacker.
    let text = "أصدرت الإدارة الذاتية بياناً استنكرت فيه الهجوم على قافلة مدنية كانت في طريقها \
                للتضامن مع قوات سوريا الديمقراطية قرب سد تشرين. وأكد البيان أن القافلة تعرضت لقصف \
                أدى إلى مقتل ثلاثة مدنيين.";
    let ev: Vec<_> = events(text)
        .into_iter()
        .filter(|e| e.event_type != EventType::Statement)
        .collect();
    assert!(!ev.is_empty());
    for e in &ev {
        assert_ne!(e.actor1.as_deref(), Some("SDF"), "{ev:#?}");
    }
    // A side further on, doing the act condemned, did it.
    let e = first_of(
        "تستنكر عائلة الشاب بأشد العبارات قيام قوات سوريا الديمقراطية باعتقال ابنها في مدينة الحسكة.",
        EventType::Arrest,
    );
    assert_eq!(e.actor1.as_deref(), Some("SDF"), "{e:#?}");
}

#[test]
fn unknown_gunmen_named_as_who_carried_it_out_are_its_agent() {
    let e = first_of(
        "قتل قيادي في قسد، قال ناشطون إنه قائد حملة قسد على القرى، جراء استهداف سيارته بعبوة \
         ناسفة من قبل مجهولين في بلدة أبو خشب.",
        EventType::Explosion,
    );
    assert_eq!(e.actor1.as_deref(), Some("UNKNOWN"), "{e:#?}");
}

#[test]
fn the_side_that_took_a_town_named_before_describes_the_town() {
    for text in [
        "استهدفت غارة جوية مدينة مورك بريف حماة بعد سيطرة فصائل المعارضة عليها.",
        "استهدفت غارة جوية مدينة مورك بعد سيطرة فصائل الثورة السورية عليها تحت مسمى إدارة العمليات العسكرية.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1, None, "{text}: {e:#?}");
    }
}

#[test]
fn the_side_a_sweep_hunts_is_not_who_detains() {
    // "بحثاً عن فلول النظام": the regime's remnants are sought; the security forces detain.
    let ev = events_on(
        "نفذت قوات الأمن العام حملة تمشيط في قرى ريف جبلة بحثاً عن فلول النظام، واعتقلت 20 شخصاً.",
        jiff::civil::date(2025, 3, 10),
    );
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Arrest)
        .unwrap_or_else(|| panic!("no arrest: {ev:#?}"));
    assert_eq!(e.actor1.as_deref(), Some("SYR_TRANS"), "{e:#?}");
}

#[test]
fn the_internal_security_command_is_the_transitional_state() {
    let ev = events_on(
        "تعرضت دورية لقيادة الأمن الداخلي لهجوم مسلح في حي كرم الزيتون بمدينة حمص، ما أدى إلى \
         مقتل عنصرين.",
        jiff::civil::date(2025, 3, 10),
    );
    assert!(!ev.is_empty());
    assert!(
        ev.iter().any(|e| e.target.as_deref() == Some("SYR_TRANS")),
        "{ev:#?}"
    );
}

#[test]
fn fighters_of_no_side_in_what_a_side_says_act_not_the_teller() {
    let e = first_of(
        "قال المركز الروسي إن الإرهابيين في منطقة خفض التصعيد بإدلب يحضرون لهجمات على مواقع \
         القوات السورية.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1, None, "{e:#?}");
    // A side telling what its own forces did is their agent.
    let e = first_of(
        "قالت وزارة الدفاع الروسية إن القوات الروسية هاجمت مواقع المسلحين في ريف إدلب.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"), "{e:#?}");
}

#[test]
fn a_side_named_in_what_the_teller_adds_did_not_strike() {
    // "، مبيّناً أن …" adds what the correspondent saw; the bases hit are the coalition's.
    let ev = events(
        "أفاد مراسلنا بوقوع قصف صاروخي استهدف قاعدتي التحالف الأميركي في حقلي كونيكو والعمر، \
         مبيّناً أن هناك تحليقاً مكثفاً للطيران المروحي الأميركي فوق حقل كونيكو.",
    );
    assert!(!ev.is_empty());
    for e in &ev {
        assert_eq!(e.actor1, None, "{ev:#?}");
        assert_eq!(e.target.as_deref(), Some("COALITION"), "{ev:#?}");
    }
}

#[test]
fn fire_from_a_sides_positions_is_that_sides_but_a_withdrawal_leaves_them() {
    let e = first_of(
        "قصف صاروخي من مواقع الميليشيات الإيرانية يستهدف قرية كفرنوران بريف حلب الغربي.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("IRN"), "{e:#?}");
    assert_eq!(e.target, None, "{e:#?}");
    let e = first_of(
        "انسحبت القوات الروسية من مواقع قسد في ريف الحسكة.",
        EventType::Withdrawal,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"), "{e:#?}");
}

#[test]
fn a_threat_is_aimed_at_the_side_it_names() {
    for (text, speaker, aimed) in [
        ("هددت تركيا قسد بعملية عسكرية في منبج.", "TUR", "SDF"),
        (
            "هددت تركيا بشن عملية عسكرية جديدة ضد قسد في منبج.",
            "TUR",
            "SDF",
        ),
        ("توعدت إسرائيل حزب الله برد قاس.", "ISR", "HEZBOLLAH"),
        (
            "Turkey threatened to launch a new military operation against the SDF in Manbij.",
            "TUR",
            "SDF",
        ),
    ] {
        let e = first_of(text, EventType::Threat);
        assert_eq!(e.actor1.as_deref(), Some(speaker), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(aimed), "{text}: {e:#?}");
    }
    // A side named in what is said after "أن" is no aim of the threat itself.
    let e = first_of(
        "هدد قائد قسد بأن قواته سترد على أي هجوم تركي.",
        EventType::Threat,
    );
    assert_eq!(e.target, None, "{e:#?}");
}

#[test]
fn people_of_a_side_hurt_or_struck_are_its_target_never_the_agent() {
    for text in [
        "قتل جنديان أمريكيان وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة على قاعدة التنف.",
        "أصيب ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة التنف، وفق ما أعلن البنتاغون.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.target.as_deref(), Some("US"), "{text}: {e:#?}");
        assert_ne!(e.actor1.as_deref(), Some("US"), "{text}: {e:#?}");
    }
    // A side joined to the one whose site was struck was struck with it.
    let e = first_of(
        "قال ناشطون إن القصف الإسرائيلي استهدف مركز البحوث الذي يستخدمه النظام والإيرانيون في مصياف.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISR"), "{e:#?}");
    // Not the foe named beside civilians in a clash.
    let e = first_of(
        "اندلعت اشتباكات في بلدة رقة السمرة شرقي الرقة بين مدنيين و قسد.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("SDF"), "{e:#?}");
}

#[test]
fn the_source_a_report_is_attributed_to_after_it_is_not_its_agent() {
    for (text, source) in [
        (
            "استهدف هجوم بطائرة مسيرة قاعدة التنف، بحسب ما أفادت وزارة الدفاع الروسية.",
            "RUS",
        ),
        (
            "A drone attack hit the al-Tanf base on Sunday, wounding three soldiers, according to the Pentagon.",
            "US",
        ),
        (
            "A drone attack hit the al-Tanf base on Sunday, wounding three soldiers, the Pentagon said.",
            "US",
        ),
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_ne!(e.actor1.as_deref(), Some(source), "{text}: {e:#?}");
    }
    // A side in what the source says is no source.
    let e = first_of(
        "وشهدت بلدة ذيبان اشتباكات، بحسب ما نقل مراسلنا، الذي أضاف أن قسد قصفت بلدة دبلان.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("SDF"), "{e:#?}");
}

#[test]
fn the_occupation_named_alone_is_the_occupier_the_article_names() {
    for (text, ty, place_word, occupier) in [
        // Named before, with another side (the teller) nearer.
        (
            "قصفت قوات الاحتلال التركي قرية مرعناز بريف حلب الشمالي. وفي سياق متصل، قال مصدر في \
             قسد إن الاحتلال استهدف بالمدفعية قرية الشيخ عيسى بريف تل رفعت.",
            EventType::Shelling,
            "Issa",
            "TUR",
        ),
        // Named after, in the same sentence.
        (
            "أعلنت قسد أن قواتها تصدت لهجوم شنه الاحتلال على قرية الدردارة بريف تل تمر، بعد يوم \
             من قصف الاحتلال التركي لمدينة القامشلي.",
            EventType::ArmedClash,
            "Dardar",
            "TUR",
        ),
        // The occupier named last before it, not the first one named.
        (
            "أغارت طائرات الاحتلال الإسرائيلي على مطار حلب الدولي فجر اليوم. وفي الشرق، قال مصدر \
             في قسد إن قاعدة للاحتلال الأميركي في حقل العمر تعرضت لهجوم، وإن الاحتلال قصف \
             بالمدفعية بلدة ذيبان.",
            EventType::Shelling,
            "Dhiban",
            "US",
        ),
    ] {
        let ev = events(text);
        let e = ev
            .iter()
            .find(|e| e.event_type == ty && place(e).contains(place_word))
            .unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        assert_eq!(e.actor1.as_deref(), Some(occupier), "{text}: {e:#?}");
    }
}

#[test]
fn the_occupation_with_no_occupier_named_names_no_side() {
    // Which occupier it means depends on the outlet, not on the words.
    let e = first_of(
        "قصفت قوات الاحتلال قرية كويا بريف درعا الغربي صباح اليوم.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1, None, "{e:#?}");
}

#[test]
fn the_turkish_gendarmerie_fires_on_people_crossing() {
    let e = first_of(
        "أصيب شاب برصاص الجندرما أثناء محاولته عبور الحدود قرب قرية عزمارين غربي إدلب.",
        EventType::AttackOnCivilians,
    );
    assert_eq!(e.actor1.as_deref(), Some("TUR"), "{e:#?}");
}

#[test]
fn hostile_names_of_the_assad_forces_are_the_government() {
    let e = first_of(
        "قصفت عصابات الأسد بالمدفعية الثقيلة بلدة معربليت بريف إدلب الجنوبي.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("SYR_GOV"), "{e:#?}");
}

#[test]
fn a_place_handed_over_is_taken_by_the_side_it_goes_to() {
    let day = jiff::civil::date(2025, 6, 1);
    for text in [
        "سلمت قوات سوريا الديمقراطية مدينة الطبقة إلى قوات الحكومة السورية اليوم.",
        "وتم تسليم قسد مدينة منبج لقوات الحكومة السورية بموجب الاتفاق.",
        "قسد تسلم مدينة الطبقة للحكومة السورية.",
        "The SDF handed over the town of Manbij to Syrian government forces.",
    ] {
        let e = first_on(text, day, EventType::TerritoryChange);
        assert_eq!(e.actor1.as_deref(), Some("SYR_TRANS"), "{text}: {e:#?}");
        assert!(
            e.target.as_deref().is_none_or(|t| t == "SDF"),
            "{text}: {e:#?}"
        );
    }
    // Who takes a place over is the subject of "تسلم" when no side follows "ل" or "إلى"
    // (its name may run past its lexicon form), and the side it comes from loses it.
    for text in [
        "تسلم الجيش السوري قاعدة الطبقة الجوية من قسد.",
        "تسلمت قوات الحكومة السورية مدينة الطبقة من قوات سوريا الديمقراطية.",
        "استلمت قوات الحكومة السورية قاعدة الشدادي من قسد.",
    ] {
        let taken = first_on(text, day, EventType::TerritoryChange);
        assert_eq!(
            taken.actor1.as_deref(),
            Some("SYR_TRANS"),
            "{text}: {taken:#?}"
        );
        assert_eq!(taken.target.as_deref(), Some("SDF"), "{text}: {taken:#?}");
    }
}

#[test]
fn weapons_or_bodies_handed_over_take_no_place() {
    for text in [
        "ستقوم اللجنة اليوم بتسليم مزيد من الأسلحة من مدينة طفس إلى قوات النظام.",
        "قسد تسلم الجثة الثالثة لذويها في بلدة ذيبان بريف دير الزور الشرقي.",
        "The army handed the bodies of two fighters in Manbij to their families.",
    ] {
        assert_none_of(text, EventType::TerritoryChange);
    }
}

#[test]
fn an_attack_told_by_its_relative_clause_is_one_event_by_its_claimant() {
    // "الهجوم الذي استهدف": the verb of the relative clause says what the attack struck; it
    // makes no second event, and the side after the patrol is the one struck.
    for text in [
        "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف دورية لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور الشرقي.",
        "تبنى تنظيم داعش، عبر معرفات تابعة له، الهجوم الذي استهدف دورية لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور الشرقي، وأسفر عن مقتل عنصرين منها.",
    ] {
        let ev = events(text);
        assert_eq!(ev.len(), 1, "{text}: {ev:#?}");
        assert_eq!(ev[0].event_type, EventType::ArmedClash, "{text}: {ev:#?}");
        assert_eq!(ev[0].actor1.as_deref(), Some("ISIS"), "{text}: {ev:#?}");
        assert_eq!(ev[0].target.as_deref(), Some("SDF"), "{text}: {ev:#?}");
    }
    // A checkpoint attacked belongs to the side struck, not to the attackers.
    let e = first_of(
        "هاجم مسلحون مجهولون حاجزا لقوات الأمن العام قرب مدينة الصنمين في ريف درعا الشمالي.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("UNKNOWN"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("SYR_TRANS"), "{e:#?}");
}

#[test]
fn members_of_a_side_named_after_a_word_of_support_are_its_supporters() {
    // "وحدات من الجيش السوري": the partitive "من" is no word of origin; the side keeps the
    // role named before its members.
    let e = first_on(
        "نفذت قوات التحالف الدولي بالتعاون مع وحدات من الجيش السوري عملية إنزال جوي في بلدة أطمة شمالي إدلب.",
        jiff::civil::date(2025, 6, 10),
        EventType::Arrest,
    );
    assert_eq!(e.actor1.as_deref(), Some("COALITION"), "{e:#?}");
    assert_eq!(e.assoc_actors, vec!["SYR_TRANS".to_string()], "{e:#?}");
}

#[test]
fn the_side_fought_is_the_target_of_a_clash_not_the_civilians_nearby() {
    let e = first_on(
        "اندلعت اشتباكات بين قوات الجيش السوري وقسد في محيط سد تشرين بريف منبج، وسط حركة نزوح للأهالي من القرى القريبة.",
        jiff::civil::date(2025, 3, 10),
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("SYR_TRANS"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("SDF"), "{e:#?}");
}
