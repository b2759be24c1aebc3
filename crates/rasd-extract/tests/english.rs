//! English reports, read with the same lexicons and rules as Arabic ones: the wording news
//! agencies use for each event type, English word order for casualties, lists of places and
//! the side an attack was aimed at. Sentences written for these tests.

mod common;

use common::{assert_none_of, counts, events, events_on, first_of, place, sorted_counts};
use rasd_extract::{EventType, Modality, Unit};

#[test]
fn agency_wording_gives_each_event_type() {
    for (text, ty) in [
        (
            "Russian warplanes bombed the town of Ariha in Idlib countryside.",
            EventType::AirStrike,
        ),
        (
            "A roadside bomb exploded near a military vehicle in Daraa, killing two soldiers.",
            EventType::Explosion,
        ),
        (
            "Fighting erupted between tribal fighters and the SDF in Dhiban.",
            EventType::ArmedClash,
        ),
        (
            "Unknown gunmen assassinated a local official in Tafas.",
            EventType::AttackOnCivilians,
        ),
        (
            "Dozens of residents protested in Suwayda demanding the release of detainees.",
            EventType::Protest,
        ),
        (
            "Iran-backed militias fired rockets at the US base at the Conoco gas field.",
            EventType::Shelling,
        ),
        (
            "Israeli troops advanced into the village of Jubata al-Khashab in Quneitra countryside.",
            EventType::Deployment,
        ),
        (
            "Israeli forces entered the village of Jamla and set up a checkpoint, residents said.",
            EventType::BaseEstablished,
        ),
        (
            "Turkish forces set up a new military post near the town of Atarib.",
            EventType::BaseEstablished,
        ),
    ] {
        first_of(text, ty);
    }
    let e = first_of(
        "Russian warplanes bombed the town of Ariha in Idlib countryside.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("RUS"));
    assert_eq!(place(&e), "Ariha");
}

#[test]
fn a_strike_that_kills_counts_whom_it_killed() {
    let e = first_of(
        "A US-led coalition drone strike killed a senior Hurras al-Din commander near Idlib.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), [(1, Unit::Fatality)], "{:?}", e.quantities);
    let e = first_of(
        "A Turkish drone strike killed two SDF fighters near Qamishli.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), [(2, Unit::Fatality)], "{:?}", e.quantities);
}

#[test]
fn a_casualty_word_after_its_phrase_counts_it() {
    // Subject first: "five people injured" are the wounded, not more dead.
    let e = first_of(
        "Two children were killed and five people injured when Russian warplanes bombed the town of Ariha.",
        EventType::AirStrike,
    );
    assert_eq!(
        sorted_counts(&e),
        [(2, Unit::Fatality), (5, Unit::Injury)],
        "{:?}",
        e.quantities
    );
    // A participle right after the number, and a passive verb after a breakdown.
    let e = first_of(
        "Clashes between government forces and gunmen in Jasim left two soldiers dead and three wounded.",
        EventType::ArmedClash,
    );
    assert!(
        counts(&e).contains(&(3, Unit::Injury)),
        "{:?}",
        e.quantities
    );
    let e = first_of(
        "Three civilians, including a woman, were killed when a Russian airstrike hit a market in Jisr al-Shughur.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), [(3, Unit::Fatality)], "{:?}", e.quantities);
    // The day of a date is no count.
    let e = first_of(
        "Regime forces shelled Kansafra on June 3, killing a child.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), [(1, Unit::Fatality)], "{:?}", e.quantities);
}

#[test]
fn victims_joined_by_and_are_counted_together() {
    let e = first_of(
        "Syrian regime artillery shelled the outskirts of Sarmin, injuring a woman and her child.",
        EventType::Shelling,
    );
    assert_eq!(counts(&e), [(2, Unit::Injury)], "{:?}", e.quantities);
}

#[test]
fn officials_villagers_and_policemen_are_counted() {
    for (text, ty, want) in [
        (
            "Gunmen shot dead a local official in the town of Jasim.",
            EventType::AttackOnCivilians,
            vec![(1, Unit::Fatality)],
        ),
        (
            "Turkish shelling killed a villager in the town of Tal Rifaat.",
            EventType::Shelling,
            vec![(1, Unit::Fatality)],
        ),
        (
            "Turkish shelling killed three policemen and an officer in the town of Tal Rifaat.",
            EventType::Shelling,
            vec![(4, Unit::Fatality)],
        ),
    ] {
        assert_eq!(counts(&first_of(text, ty)), want, "{text}");
    }
}

#[test]
fn is_and_us_in_small_letters_are_words_not_sides() {
    for text in [
        "The situation is tense after gunmen attacked a checkpoint in the town of Jasim.",
        "Gunmen told us they attacked a checkpoint in the town of Jasim.",
    ] {
        let e = first_of(text, EventType::ArmedClash);
        assert_eq!(e.actor1.as_deref(), Some("UNKNOWN"), "{text}: {e:#?}");
    }
    for (text, side) in [
        (
            "IS militants attacked a checkpoint in the town of Jasim.",
            "ISIS",
        ),
        ("US forces raided a house in the town of Shuhayl.", "US"),
    ] {
        let ev = events(text);
        assert!(
            ev.iter().any(|e| e.actor1.as_deref() == Some(side)),
            "{text}: {ev:#?}"
        );
    }
}

/// What is planned, begun or refused of a withdrawal in English: "withdraw" of forces only.
#[test]
fn a_withdrawal_planned_begun_or_refused() {
    let e = first_of(
        "US forces will withdraw from the Tanf garrison by the end of the year.",
        EventType::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Planned, "{e:#?}");
    let e = first_of(
        "Russian forces began to withdraw from Qamishli airport on Monday.",
        EventType::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported, "{e:#?}");
    for text in [
        "The SDF refused to withdraw from Manbij.",
        "Lawmakers called on the Pentagon to withdraw troops from the Tanf garrison.",
        "Residents rushed to withdraw money from banks in Damascus.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Withdrawal),
            "{text}: {:#?}",
            events(text)
        );
    }
}

#[test]
fn residents_who_protest_are_civilians() {
    let e = first_of(
        "Hundreds of residents protested in the town of Jasim on Friday.",
        EventType::Protest,
    );
    assert_eq!(e.actor1.as_deref(), Some("CIVILIANS"));
}

#[test]
fn towns_listed_with_and_are_each_struck() {
    let ev =
        events("Regime forces shelled the villages of Kansafra and al-Bara in Jabal al-Zawiya.");
    let places: Vec<&str> = ev.iter().map(place).collect();
    assert!(
        places.contains(&"Kansafra") && places.contains(&"al-Bara"),
        "{places:?}"
    );
}

#[test]
fn the_side_an_attack_was_aimed_at_is_its_target() {
    let e = first_of(
        "The Islamic State group claimed responsibility for an attack on an SDF checkpoint near al-Shaddadi.",
        EventType::ArmedClash,
    );
    assert_eq!(e.actor1.as_deref(), Some("ISIS"));
    assert_eq!(e.target.as_deref(), Some("SDF"));
}

#[test]
fn raiders_are_not_the_group_their_detainees_are_suspected_of() {
    let e = first_of(
        "US forces raided a house in the town of Dhiban and arrested three men suspected of ISIS links.",
        EventType::Arrest,
    );
    assert_eq!(e.actor1.as_deref(), Some("US"), "{e:#?}");
    assert_eq!(e.modality, Modality::Reported);
    // What the detained are suspected of casts no doubt on their arrest.
    let e = first_of(
        "SDF forces detained 12 people suspected of belonging to Islamic State in al-Shuhayl.",
        EventType::Arrest,
    );
    assert_eq!(e.modality, Modality::Reported, "{e:#?}");
    // Nor is the group they are accused of belonging to the raider, named after "by".
    for text in [
        "He was arrested in al-Shuhayl by the militia on charges of belonging to ISIS.",
        "He was arrested in the village of al-Shuhayl on accusations leveled by the militia, \
         alleging affiliation with ISIS.",
    ] {
        let e = first_of(text, EventType::Arrest);
        assert_ne!(e.actor1.as_deref(), Some("ISIS"), "{text}: {e:#?}");
    }
}

#[test]
fn others_hurt_after_civilians_are_civilians() {
    let e = first_of(
        "A Turkish drone struck a car near Qamishli, killing three civilians and wounding two others.",
        EventType::AirStrike,
    );
    let wounded = e.quantities.iter().find(|q| q.unit == Unit::Injury);
    assert!(
        wounded.is_some_and(|q| q.value == 2 && q.target.as_deref() == Some("CIVILIANS")),
        "{:?}",
        e.quantities
    );
}

#[test]
fn repeated_attacks_are_background_and_the_day_they_were_told_does_not_date_them() {
    let published = jiff::civil::date(2022, 8, 22);
    let ev = common::events_on(
        "The SDF said in a statement on Monday that it would respond to what it called repeated Turkish attacks on civilians near Qamishli.",
        published,
    );
    let attack = ev
        .iter()
        .find(|e| e.actor1.as_deref() == Some("TUR"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(attack.modality, Modality::Historical);
    assert_eq!(attack.date, None, "{attack:#?}");
    assert_eq!(attack.evidence.time, None, "{attack:#?}");
}

#[test]
fn the_side_after_an_active_verb_is_its_object() {
    for text in [
        "Turkish drones struck SDF positions near Qamishli on Sunday.",
        "Turkish drones killed two SDF fighters near Qamishli on Sunday.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(e.actor1.as_deref(), Some("TUR"), "{text}");
        assert_eq!(e.target.as_deref(), Some("SDF"), "{text}");
    }
    // In the passive, the side after "by" acted.
    let e = first_of(
        "SDF positions near Qamishli were struck by Turkish drones.",
        EventType::AirStrike,
    );
    assert_eq!(e.actor1.as_deref(), Some("TUR"));
}

#[test]
fn the_side_before_a_verb_of_killing_is_the_killer() {
    for (text, actor) in [
        (
            "U.S. forces killed a senior Islamic State leader in the village of Atmeh in Idlib on Thursday.",
            "US",
        ),
        (
            "SDF fighters killed two Islamic State militants in the town of al-Shuhayl on Thursday.",
            "SDF",
        ),
    ] {
        let e = first_of(text, EventType::ArmedClash);
        assert_eq!(e.actor1.as_deref(), Some(actor), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some("ISIS"), "{text}: {e:#?}");
        assert!(
            counts(&e).iter().any(|&(_, u)| u == Unit::Fatality),
            "{text}: {e:#?}"
        );
    }
    // The side killed is no agent of the raid told after it.
    let text = "U.S. forces killed a senior Islamic State leader in a helicopter raid in the village of Atmeh on Thursday.";
    let e = first_of(text, EventType::Arrest);
    assert_eq!(e.actor1.as_deref(), Some("US"), "{e:#?}");
    assert_eq!(e.target.as_deref(), Some("ISIS"), "{e:#?}");
    // A headline's passive: the side counted is who died, and nothing says who killed them.
    let text =
        "Two SDF fighters killed in the town of al-Shuhayl in eastern Deir ez-Zor on Thursday.";
    assert!(
        events(text)
            .iter()
            .all(|e| e.actor1.as_deref() != Some("SDF")),
        "{text}"
    );
}

#[test]
fn a_wire_dateline_is_where_the_report_was_filed_not_where_it_happened() {
    for text in [
        "BEIRUT (Reuters) - Israeli air strikes hit military sites in the southern province of Daraa on Tuesday.",
        "DAMASCUS, March 4 (AFP) - Israeli air strikes hit military sites in the southern province of Daraa on Tuesday.",
    ] {
        let e = first_of(text, EventType::AirStrike);
        assert_eq!(place(&e), "Daraa Governorate", "{text}: {e:#?}");
    }
    // With nothing else named, the dateline's city is all there is.
    let text = "IDLIB (Reuters) - Russian jets bombed a market in the city on Monday.";
    assert_eq!(
        place(&first_of(text, EventType::AirStrike)),
        "Idlib",
        "{text}"
    );
}

#[test]
fn syrian_soldiers_counted_as_killed_are_the_side_struck() {
    // Before 8 December 2024 they are the regime's, after it the transitional government's.
    let text = "Two Syrian soldiers were killed when Islamic State militants attacked a checkpoint near the town of al-Sukhnah in the Homs desert.";
    for (day, side) in [
        (jiff::civil::date(2023, 5, 2), "SYR_GOV"),
        (jiff::civil::date(2025, 5, 2), "SYR_TRANS"),
    ] {
        let ev = events_on(text, day);
        let e = ev
            .iter()
            .find(|e| e.event_type == EventType::ArmedClash)
            .unwrap_or_else(|| panic!("{day}: {ev:#?}"));
        assert_eq!(e.actor1.as_deref(), Some("ISIS"), "{day}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(side), "{day}: {e:#?}");
    }
}

#[test]
fn english_counts_of_strikes_vehicles_and_detainees() {
    let e = first_of(
        "Russian jets carried out 12 air strikes on the outskirts of the town of Kabani in Latakia countryside.",
        EventType::AirStrike,
    );
    assert_eq!(counts(&e), vec![(12, Unit::Munition)], "{e:#?}");
    let e = first_of(
        "A convoy of 30 military vehicles and 12 tanks of the Turkish army entered the town of Atarib on Monday.",
        EventType::Deployment,
    );
    assert_eq!(
        sorted_counts(&e),
        vec![(12, Unit::Vehicle), (30, Unit::Vehicle)],
        "{e:#?}"
    );
    let e = first_of(
        "Israeli forces arrested three young men in the village of Jubata al-Khashab on Friday.",
        EventType::Arrest,
    );
    assert_eq!(counts(&e), vec![(3, Unit::Other)], "{e:#?}");
    // A side between the number and who they are; people named by their work.
    for (text, want) in [
        (
            "The SDF arrested five suspected Islamic State members in a raid on the town of Shuhayl.",
            5,
        ),
        (
            "Israeli forces detained two shepherds near the village of Jubata al-Khashab.",
            2,
        ),
    ] {
        let e = first_of(text, EventType::Arrest);
        assert_eq!(counts(&e), vec![(want, Unit::Other)], "{e:#?}");
    }
}

/// Sides joined by "and the" act together; the side after "between … and" or after
/// "clashed with" is the foe, named with its force noun or not; fighting told after "after"
/// beside a capture is its background.
#[test]
fn sides_joined_clashed_with_and_fought_before_a_capture() {
    let deal = first_of(
        "The SDF and the tribal forces signed an agreement on Monday in Deir ez-Zor.",
        EventType::Agreement,
    );
    assert_eq!(deal.actor1.as_deref(), Some("SDF"), "{deal:#?}");
    assert_eq!(deal.assoc_actors, vec!["TRIBAL".to_string()], "{deal:#?}");
    for (text, side, foe) in [
        (
            "Clashes broke out between the SDF and the tribal fighters in the town of Dhiban.",
            "SDF",
            "TRIBAL",
        ),
        (
            "Clashes between SDF fighters and ISIS militants in the village of Dhiban killed five.",
            "SDF",
            "ISIS",
        ),
        (
            "SDF fighters clashed with tribal gunmen in the town of Dhiban on Tuesday.",
            "SDF",
            "TRIBAL",
        ),
    ] {
        let clash = first_of(text, EventType::ArmedClash);
        assert_eq!(clash.actor1.as_deref(), Some(side), "{text}: {clash:#?}");
        assert_eq!(clash.target.as_deref(), Some(foe), "{text}: {clash:#?}");
    }
    let capture = "Opposition fighters took control of the town of Khan Shaykhun after fierce \
                   clashes with government forces.";
    first_of(capture, EventType::TerritoryChange);
    assert!(
        events(capture)
            .iter()
            .all(|e| e.event_type != EventType::ArmedClash),
        "{:#?}",
        events(capture)
    );
}

/// English spellings differ from the gazetteer's in their vowels and endings (Deir el-Zour,
/// Khan Arnabeh, Sheikh Maskin, Dardara): the name is found all the same. A single word read
/// so needs a cue ("the village of"), and an ordinary word is never read so: "Korean" is no
/// Kurin and "safety" no Safita.
#[test]
fn english_spellings_of_a_name_find_it() {
    for (text, name) in [
        (
            "Turkish drones struck the village of Dardara near Tal Tamr on Monday.",
            "Dardarah",
        ),
        ("Clashes erupted in Deir el-Zour on Monday.", "Deir ez-Zor"),
        (
            "Israeli forces advanced into Khan Arnabeh on Monday.",
            "Khan Arnabah",
        ),
        (
            "Government forces shelled the town of Sheikh Maskin on Monday.",
            "Shaykh Miskin",
        ),
    ] {
        let e = events(text);
        assert!(
            e.iter()
                .any(|e| e.location.as_ref().is_some_and(|p| p.name == name)),
            "{text}: {e:#?}"
        );
    }
    for text in [
        "Government forces shelled a Korean aid convoy on Monday.",
        "Government forces shelled safety equipment stores on Monday.",
    ] {
        let e = events(text);
        assert!(!e.is_empty(), "{text}");
        assert!(e.iter().all(|e| e.location.is_none()), "{text}: {e:#?}");
    }
}

/// "Turkish-backed" describes the side after it; the group named after "members of", or
/// before the victims' noun, after a word of death, is the target; "shot dead" kills.
#[test]
fn backers_victims_groups_and_shootings() {
    for (text, target) in [
        (
            "A car bomb exploded near a checkpoint in the city of Afrin, killing two members of the Turkish-backed Syrian National Army.",
            "SNA",
        ),
        (
            "A car bomb exploded in the city of Afrin, killing two SNA fighters.",
            "SNA",
        ),
        (
            "A roadside bomb killed three members of the SDF near the town of Shuhayl.",
            "SDF",
        ),
    ] {
        let e = first_of(text, EventType::Explosion);
        assert_eq!(e.actor1, None, "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some(target), "{text}: {e:#?}");
    }
    // A backer opening the sentence.
    let e = first_of(
        "Turkish-backed SNA fighters shelled the village of Tal Rifaat on Monday.",
        EventType::Shelling,
    );
    assert_eq!(e.actor1.as_deref(), Some("SNA"), "{e:#?}");
    let e = first_of(
        "The US-backed SDF arrested five men in a raid on the town of Shuhayl.",
        EventType::Arrest,
    );
    assert_eq!(e.actor1.as_deref(), Some("SDF"), "{e:#?}");
    assert!(e.assoc_actors.is_empty(), "{e:#?}");
    let e = first_of(
        "Gunmen shot dead a former opposition commander in the town of Jasim in western Daraa on Wednesday.",
        EventType::AttackOnCivilians,
    );
    assert_eq!(e.actor1.as_deref(), Some("UNKNOWN"), "{e:#?}");
    assert_eq!(counts(&e), vec![(1, Unit::Fatality)], "{e:#?}");
    assert_eq!(place(&e), "Jasim", "{e:#?}");
}

#[test]
fn fire_aimed_at_people_or_positions_is_fire_from_the_ground() {
    // People fired at: an attack on them, however the side usually strikes.
    for text in [
        "Israeli forces fired at residents in the village of Maariyah in western Daraa countryside, wounding two.",
        "Israeli forces advanced into the village of Maariyah in western Daraa countryside, firing at residents who protested, wounding two.",
    ] {
        let e = first_of(text, EventType::AttackOnCivilians);
        assert_eq!(e.actor1.as_deref(), Some("ISR"), "{text}: {e:#?}");
        assert_eq!(e.target.as_deref(), Some("CIVILIANS"), "{text}: {e:#?}");
        assert_none_of(text, EventType::AirStrike);
    }
    // Positions fired at with no aircraft named: fighting, not an air strike.
    let text = "Israeli forces fired at SDF positions in the village of Maariyah in western Daraa countryside, wounding two.";
    let e = first_of(text, EventType::ArmedClash);
    assert_eq!(e.target.as_deref(), Some("SDF"), "{e:#?}");
    assert_none_of(text, EventType::AirStrike);
}

#[test]
fn a_ministry_in_the_possessive_a_plot_and_foes_named_by_who_they_are() {
    let text = "Syria's interior ministry said on Wednesday its forces had arrested a cell of the Islamic State group in Harasta, near Damascus, that was planning attacks on churches.";
    let ev = events_on(text, jiff::civil::date(2025, 3, 6));
    let arrest = ev
        .iter()
        .find(|e| e.event_type == EventType::Arrest)
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(arrest.actor1.as_deref(), Some("SYR_TRANS"), "{ev:#?}");
    // The attacks plotted did not happen.
    assert!(
        ev.iter()
            .filter(|e| e.event_type.is_violent())
            .all(|e| e.modality == Modality::Planned),
        "{ev:#?}"
    );
    let e = first_of(
        "Clashes broke out between Druze gunmen and Bedouin tribes in the city of Sweida on Sunday.",
        EventType::ArmedClash,
    );
    assert_eq!(e.target.as_deref(), Some("TRIBAL"), "{e:#?}");
    assert!(e.assoc_actors.is_empty(), "{e:#?}");
}

#[test]
fn a_direction_after_a_comma_locates_the_village_before_it() {
    let ev = events(
        "Russian and Turkish forces conducted a joint patrol in the village of Tal Jumaa, north of Hasakah, on Tuesday.",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].event_type, EventType::Deployment, "{ev:#?}");
    assert_eq!(place(&ev[0]), "Tall Jum'ah", "{ev:#?}");
}
