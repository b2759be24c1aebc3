//! One English sentence per event, generated from its fields (ACLED-style), not translated.

use crate::assertion::{ControlAssertion, ControlKind, Scope};
use crate::model::{Event, EventType, Modality, Qualifier, Unit};

pub fn actor_name(code: &str) -> &str {
    match code {
        "US" => "US forces",
        "COALITION" => "US-led coalition forces",
        "SYR_GOV" => "Syrian government (Assad) forces",
        "SYR_TRANS" => "Syrian transitional government forces",
        "SDF" => "the SDF",
        "RUS" => "Russian forces",
        "IRN" => "Iran and Iran-backed militias",
        "HEZBOLLAH" => "Hezbollah",
        "ISIS" => "the Islamic State",
        "TUR" => "Turkish forces",
        "SNA" => "Turkish-backed SNA factions",
        "HTS" => "Hay'at Tahrir al-Sham",
        "OPP" => "opposition factions",
        "ISR" => "Israeli forces",
        "IRQ" => "Iraqi forces",
        "PMF" => "the Popular Mobilization Forces",
        "JOR" => "Jordanian forces",
        "TRIBAL" => "tribal forces",
        "CIVILIANS" => "civilians",
        "UNKNOWN" => "unidentified attackers",
        other => other,
    }
}

fn verb(t: EventType) -> &'static str {
    use EventType::*;
    match t {
        Deployment => "deployed forces or equipment",
        Withdrawal => "withdrew forces",
        BaseEstablished => "set up or expanded a military site",
        AirStrike => "carried out an air or drone strike",
        Shelling => "shelled",
        Explosion => "an explosion occurred",
        ArmedClash => "fought an armed clash",
        TerritoryChange => "took control of territory",
        AttackOnCivilians => "attacked civilians",
        Arrest => "carried out arrests",
        Protest => "protested",
        Agreement => "reached an agreement",
        Threat => "issued a threat",
        Statement => "made a statement",
    }
}

fn unit_words(u: Unit) -> &'static str {
    match u {
        Unit::Personnel => "personnel",
        Unit::Vehicle => "vehicles",
        Unit::Truck => "trucks",
        Unit::Aircraft => "aircraft",
        Unit::Fatality => "killed",
        Unit::Injury => "injured",
        Unit::Munition => "munitions",
        Unit::Other => "items",
    }
}

pub fn english_note(e: &Event) -> String {
    let who = e.actor1.as_deref().map(actor_name);
    let mut s = match (e.event_type, who) {
        (EventType::Explosion, Some(w)) => format!("An explosion attributed to {w}"),
        (EventType::Explosion, None) => "An explosion".to_string(),
        (t, Some(w)) => format!("{} {}", capitalize(w), verb(t)),
        (EventType::Protest, None) => "Protesters demonstrated".to_string(),
        (t, None) => format!("Unidentified actors {}", verb(t)),
    };
    if !e.assoc_actors.is_empty() {
        let names: Vec<&str> = e.assoc_actors.iter().map(|a| actor_name(a)).collect();
        s.push_str(&format!(" with {}", names.join(" and ")));
    }
    if let Some(t) = e.target.as_deref() {
        let against = if e.event_type == EventType::Protest {
            "against"
        } else {
            "targeting"
        };
        s.push_str(&format!(" {against} {}", actor_name(t)));
    }
    if let Some(p) = &e.location {
        let relative = ["near ", "north", "south", "east", "west", "central "]
            .iter()
            .any(|w| p.name.starts_with(w));
        let near = match (p.geo_precision >= 2, relative) {
            (_, true) => "in the area:",
            (true, false) => "near",
            (false, false) => "in",
        };
        s.push_str(&format!(" {near} {}", p.name));
        if let Some(a) = &p.admin1
            && a != &p.name
        {
            s.push_str(&format!(" ({a})"));
        }
    }
    match (e.date, e.time_precision) {
        (Some(d), Some(2)) => s.push_str(&format!(" in the week of {d}")),
        (Some(d), Some(3)) => s.push_str(&format!(" in {}", d.strftime("%B %Y"))),
        (Some(d), _) => s.push_str(&format!(" on {d}")),
        _ => {}
    }
    let q: Vec<String> = e
        .quantities
        .iter()
        .map(|q| {
            let qual = match q.qualifier {
                Some(Qualifier::Approx) => "about ",
                Some(Qualifier::MoreThan) => "more than ",
                Some(Qualifier::LessThan) => "fewer than ",
                None => "",
            };
            let whom = if q.target.as_deref() == Some("CIVILIANS") {
                " civilians"
            } else {
                ""
            };
            // People counted in a raid are the detained.
            let words = match (q.unit, e.event_type, whom.is_empty()) {
                (Unit::Other, EventType::Arrest, true) => "people detained",
                (Unit::Other, EventType::Arrest, false) => "detained",
                (u, _, _) => unit_words(u),
            };
            format!("{qual}{}{whom} {words}", q.value)
        })
        .collect();
    if !q.is_empty() {
        s.push_str(&format!(": {}", q.join(", ")));
    }
    s.push_str(hedge(e.modality));
    s.push('.');
    s
}

fn hedge(m: Modality) -> &'static str {
    match m {
        Modality::Reported => "",
        Modality::Claimed => " (claimed)",
        Modality::Suspected => " (suspected)",
        Modality::Planned => " (planned)",
        Modality::Denied => " (denied)",
        Modality::Historical => " (background)",
    }
}

/// "The SDF holds the north bank of the Euphrates in Deir ez-Zor, as of 2018-03-06."
pub fn control_note(a: &ControlAssertion) -> String {
    // Actor names are singular ("the SDF") or plural ("US forces"): phrase around the verb.
    let who = actor_name(&a.actor);
    let place = a.area.place.as_ref().map(|p| p.name.as_str());
    let mut where_ = match (a.area.scope, a.area.river.as_deref(), a.area.side(), place) {
        (Scope::Bank, Some(river), Some(side), _) => format!("the {side} bank of the {river}"),
        (Scope::Vague, _, _, Some(p)) => format!("areas near {p}"),
        (Scope::Vague, _, _, None) => "unnamed areas".to_string(),
        (Scope::Countryside | Scope::Near, _, _, Some(p)) => format!("the area of {p}"),
        (_, _, _, p) => p.unwrap_or("an unnamed place").to_string(),
    };
    if let Some(a1) = &a.area.admin1
        && !where_.contains(a1.as_str())
    {
        where_.push_str(&format!(" ({a1})"));
    }
    let mut who = who.to_string();
    if !a.assoc_actors.is_empty() {
        let names: Vec<&str> = a.assoc_actors.iter().map(|x| actor_name(x)).collect();
        who.push_str(&format!(" with {}", names.join(" and ")));
    }
    let mut s = match a.kind {
        ControlKind::Control => format!("{} held by {who}", capitalize(&where_)),
        ControlKind::Presence => format!("{} present at {where_}", capitalize(&who)),
        ControlKind::Pocket => format!("A pocket of {who} in {where_}"),
    };
    if let Some(d) = a.date {
        s.push_str(&format!(", as of {d}"));
    }
    s.push_str(hedge(a.modality));
    s.push('.');
    s
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
