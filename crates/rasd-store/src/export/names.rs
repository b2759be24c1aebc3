//! rasd actor codes and country names to ACLED's vocabulary. ACLED-like, not ACLED's exact
//! actor list: ACLED adds periods such as "(2000-)" that change with governments; only the
//! ones the taxonomy itself fixes are written.

/// ACLED actor types (rioters omitted: rasd has no riot type), in the order of ACLED's
/// numeric inter codes, which also orders the two sides of `interaction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Inter {
    State,
    Rebel,
    PoliticalMilitia,
    IdentityMilitia,
    Protesters,
    Civilians,
    External,
}

impl Inter {
    pub fn label(self) -> &'static str {
        match self {
            Inter::State => "State forces",
            Inter::Rebel => "Rebel group",
            Inter::PoliticalMilitia => "Political militia",
            Inter::IdentityMilitia => "Identity militia",
            Inter::Protesters => "Protesters",
            Inter::Civilians => "Civilians",
            Inter::External => "External/Other forces",
        }
    }
}

pub struct Country {
    pub name: &'static str,
    pub iso3: &'static str,
    pub iso2: &'static str,
    /// ISO 3166-1 numeric, ACLED's `iso` column.
    pub iso_numeric: u16,
    pub region: &'static str,
}

const fn c(
    name: &'static str,
    iso3: &'static str,
    iso2: &'static str,
    iso_numeric: u16,
    region: &'static str,
) -> Country {
    Country {
        name,
        iso3,
        iso2,
        iso_numeric,
        region,
    }
}

const COUNTRIES: &[Country] = &[
    c("Syria", "SYR", "SY", 760, "Middle East"),
    c("Iraq", "IRQ", "IQ", 368, "Middle East"),
    c("Turkey", "TUR", "TR", 792, "Middle East"),
    c("Lebanon", "LBN", "LB", 422, "Middle East"),
    c("Jordan", "JOR", "JO", 400, "Middle East"),
    c("Israel", "ISR", "IL", 376, "Middle East"),
    c("Palestine", "PSE", "PS", 275, "Middle East"),
    c("Iran", "IRN", "IR", 364, "Middle East"),
    c("Saudi Arabia", "SAU", "SA", 682, "Middle East"),
    c("Egypt", "EGY", "EG", 818, "Northern Africa"),
    c("United States", "USA", "US", 840, "North America"),
    c("Russia", "RUS", "RU", 643, "Europe"),
];

/// A country from its English name (a few common variants), ISO alpha-2 or alpha-3 code.
pub fn country(s: &str) -> Option<&'static Country> {
    let s = s.trim();
    let alias = match s.to_ascii_lowercase().as_str() {
        "syrian arab republic" | "سوريا" | "سورية" => "Syria",
        "türkiye" | "turkiye" | "تركيا" => "Turkey",
        "العراق" => "Iraq",
        "لبنان" => "Lebanon",
        "الأردن" => "Jordan",
        "iran, islamic republic of" => "Iran",
        "united states of america" | "usa" => "United States",
        "russian federation" => "Russia",
        _ => s,
    };
    COUNTRIES.iter().find(|c| {
        c.name.eq_ignore_ascii_case(alias)
            || c.iso3.eq_ignore_ascii_case(alias)
            || c.iso2.eq_ignore_ascii_case(alias)
    })
}

/// (display name, ACLED type at home, home country ISO3 for state actors abroad).
fn actor(code: &str) -> Option<(&'static str, Inter, Option<&'static str>)> {
    use Inter::*;
    Some(match code {
        "US" => ("Military Forces of the United States", State, Some("USA")),
        "COALITION" => (
            "Global Coalition Against Daesh (Operation Inherent Resolve)",
            External,
            None,
        ),
        "SYR_GOV" => ("Military Forces of Syria (2000-2024)", State, Some("SYR")),
        "SYR_TRANS" => ("Military Forces of Syria (2024-)", State, Some("SYR")),
        "SDF" => ("QSD: Syrian Democratic Forces", Rebel, None),
        "RUS" => ("Military Forces of Russia (2000-)", State, Some("RUS")),
        "IRN" => ("Military Forces of Iran", State, Some("IRN")),
        "HEZBOLLAH" => ("Hezbollah", PoliticalMilitia, None),
        "ISIS" => ("Islamic State", Rebel, None),
        "TUR" => ("Military Forces of Turkey", State, Some("TUR")),
        "SNA" => ("SNA: Syrian National Army", Rebel, None),
        "HTS" => ("HTS: Hayat Tahrir al-Sham", Rebel, None),
        "OPP" => ("Opposition Rebels", Rebel, None),
        "ISR" => ("Military Forces of Israel", State, Some("ISR")),
        "IRQ" => ("Military Forces of Iraq", State, Some("IRQ")),
        "PMF" => ("PMF: Popular Mobilization Forces", State, Some("IRQ")),
        "JOR" => ("Military Forces of Jordan", State, Some("JOR")),
        "TRIBAL" => ("Tribal Militia", IdentityMilitia, None),
        "CIVILIANS" => ("Civilians", Civilians, None),
        "UNKNOWN" => ("Unidentified Armed Group", PoliticalMilitia, None),
        "PROTESTERS" => ("Protesters", Protesters, None),
        _ => return None,
    })
}

/// ACLED-style name: groups that ACLED names per country carry it in parentheses.
pub fn actor_name(code: &str, event_country: Option<&str>) -> String {
    let Some((name, _, _)) = actor(code) else {
        return code.to_string();
    };
    let per_country = matches!(
        code,
        "CIVILIANS" | "UNKNOWN" | "PROTESTERS" | "TRIBAL" | "OPP"
    );
    match event_country.and_then(country) {
        Some(c) if per_country => format!("{name} ({})", c.name),
        _ => name.to_string(),
    }
}

/// ACLED actor type: state forces outside their own country count as external forces.
pub fn inter(code: &str, event_country: Option<&str>) -> Inter {
    let Some((_, inter, home)) = actor(code) else {
        return Inter::PoliticalMilitia;
    };
    match (inter, home, event_country.and_then(country)) {
        (Inter::State, Some(home), Some(here)) if home != here.iso3 => Inter::External,
        // Unknown place: foreign armies in the Syria-focused corpus are still external.
        (Inter::State, Some(home), None) if home != "SYR" => Inter::External,
        _ => inter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_types() {
        assert_eq!(actor_name("CIVILIANS", Some("SY")), "Civilians (Syria)");
        assert_eq!(actor_name("NEW_GROUP", None), "NEW_GROUP");
        assert_eq!(inter("RUS", Some("Syria")), Inter::External);
        assert_eq!(inter("SYR_GOV", Some("Syria")), Inter::State);
        assert_eq!(inter("IRQ", Some("Iraq")), Inter::State);
        assert_eq!(country("SYR").map(|c| c.iso_numeric), Some(760));
    }
}
