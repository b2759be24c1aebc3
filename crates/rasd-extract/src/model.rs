//! The plain data that flows out of the extraction core: articles in, events out.
//! Codes follow `shared/spec/taxonomy.md` verbatim.

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

/// `US` and `COALITION` are one class: sources use them interchangeably (taxonomy.md).
pub fn same_actor_class(a: &str, b: &str) -> bool {
    fn class(c: &str) -> &str {
        if c == "US" { "COALITION" } else { c }
    }
    class(a) == class(b)
}

/// Actors that sources attribute one occurrence to interchangeably, because they fight side
/// by side: the government with Russia, Iran and Hezbollah; the coalition with the SDF;
/// Turkey with the SNA; HTS with the other opposition factions. Used to group reports of
/// one incident, never to relabel an event.
pub fn same_side(a: &str, b: &str) -> bool {
    fn side(c: &str) -> &str {
        match c {
            "SYR_GOV" | "RUS" | "IRN" | "HEZBOLLAH" => "PRO_GOV",
            "US" | "COALITION" | "SDF" => "COALITION",
            "TUR" | "SNA" => "TUR",
            "HTS" | "OPP" => "OPP",
            other => other,
        }
    }
    side(a) == side(b)
}

/// Forces of a foreign state at war in Syria (the coalition is led by one).
pub fn foreign_state(code: &str) -> bool {
    matches!(
        code,
        "US" | "COALITION" | "RUS" | "TUR" | "ISR" | "IRN" | "IRQ" | "JOR"
    )
}

/// A foreign state acting with a local partner leads the action: "النظام وروسيا يجهزان
/// مهبطاً" is Russia's, with the regime as associate (the brief's own example), and a raid
/// by the SDF "بدعم من التحالف" is the coalition's. Otherwise the first named stays actor1.
pub fn lead_actor(actor1: &mut Option<String>, assoc: &mut [String]) {
    let Some(first) = actor1.as_mut() else {
        return;
    };
    if foreign_state(first) {
        return;
    }
    if let Some(foreign) = assoc.iter_mut().find(|a| foreign_state(a)) {
        std::mem::swap(first, foreign);
    }
}

impl Modality {
    /// The modality a cue's lexicon key names, without its flag ("historical:ahead").
    pub fn from_cue_key(key: &str) -> Option<Self> {
        Self::from_code(key.split(':').next().unwrap_or(key))
    }
}

/// A side that can act: a named party, not civilians and not an unknown attacker.
pub fn named_side(code: &str) -> bool {
    !matches!(code, "CIVILIANS" | "UNKNOWN")
}

/// Sides that fight on the ground only (no aircraft, drones or artillery of note in the
/// reports): an attack of theirs with no weapon named is never a strike by a weapon the
/// article names for someone else.
pub fn ground_only(code: &str) -> bool {
    matches!(code, "ISIS" | "TRIBAL")
}

/// Sides whose strikes in Syria come from aircraft and drones, not guns on the ground: an
/// attack of theirs with no weapon named anywhere is an air strike.
pub fn strikes_from_the_air(code: &str) -> bool {
    matches!(code, "ISR" | "US" | "COALITION" | "RUS")
}

/// A byte range into the article text that the event was extracted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// An article as a reader hands it over. `text` is the raw page text (title line, byline,
/// body, possibly trailing boilerplate); all spans index into it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ArticleInput {
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// Publication date: the anchor for relative dates. Never `now()`.
    pub published: Option<Date>,
    pub lang: Option<String>,
    /// The author's name as the page or the feed gives it.
    #[serde(default)]
    pub author: Option<String>,
}

macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            pub fn from_code(s: &str) -> Option<Self> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.code()) }
        }
    };
}

code_enum!(
    /// Event types of taxonomy.md.
    EventType {
        Deployment => "deployment",
        Withdrawal => "withdrawal",
        BaseEstablished => "base_established",
        AirStrike => "air_strike",
        Shelling => "shelling",
        Explosion => "explosion",
        ArmedClash => "armed_clash",
        TerritoryChange => "territory_change",
        AttackOnCivilians => "attack_on_civilians",
        Arrest => "arrest",
        Protest => "protest",
        Agreement => "agreement",
        Threat => "threat",
        Statement => "statement",
    }
);

code_enum!(
    /// How sure the source is (taxonomy.md).
    Modality {
        Reported => "reported",
        Claimed => "claimed",
        Suspected => "suspected",
        Planned => "planned",
        Denied => "denied",
        Historical => "historical",
    }
);

code_enum!(
    /// Units of quantities (taxonomy.md).
    Unit {
        Personnel => "personnel",
        Vehicle => "vehicle",
        Truck => "truck",
        Aircraft => "aircraft",
        Fatality => "fatality",
        Injury => "injury",
        Munition => "munition",
        Other => "other",
    }
);

impl Unit {
    /// The dead or the wounded: the units of a toll.
    pub fn is_casualty(self) -> bool {
        matches!(self, Unit::Fatality | Unit::Injury)
    }
}

code_enum!(
    Qualifier {
        Approx => "approx",
        MoreThan => "more_than",
        LessThan => "less_than",
    }
);

impl EventType {
    /// ACLED (event_type, sub_event_type), per taxonomy.md; `None` where ACLED does not code it.
    pub fn acled(self) -> Option<(&'static str, &'static str)> {
        use EventType::*;
        Some(match self {
            Deployment | Withdrawal => ("Strategic developments", "Change to group/activity"),
            BaseEstablished => ("Strategic developments", "Headquarters or base established"),
            AirStrike => ("Explosions/Remote violence", "Air/drone strike"),
            Shelling => (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            Explosion => (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
            ArmedClash => ("Battles", "Armed clash"),
            TerritoryChange => ("Battles", "Non-state actor overtakes territory"),
            AttackOnCivilians => ("Violence against civilians", "Attack"),
            Arrest => ("Strategic developments", "Arrests"),
            Protest => ("Protests", "Peaceful protest"),
            Agreement => ("Strategic developments", "Agreement"),
            Threat | Statement => return None,
        })
    }

    /// Physical violence (strikes, clashes, attacks), as opposed to movements and words.
    pub fn is_violent(self) -> bool {
        use EventType::*;
        matches!(
            self,
            AirStrike | Shelling | Explosion | ArmedClash | AttackOnCivilians
        )
    }

    pub fn plover(self) -> &'static str {
        use EventType::*;
        match self {
            Deployment | BaseEstablished => "MOBILIZE",
            Withdrawal => "RETREAT",
            AirStrike | Shelling | Explosion | AttackOnCivilians => "ASSAULT",
            ArmedClash => "FIGHT",
            TerritoryChange | Arrest => "SEIZE",
            Protest => "PROTEST",
            Agreement => "AGREE",
            Threat => "THREATEN",
            Statement => "ASSERT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: u64,
    pub qualifier: Option<Qualifier>,
    pub unit: Unit,
    /// The surface noun as written (هامفي، شاحنة، صاروخ), normalised.
    pub kind: Option<String>,
    /// For fatalities and injuries: who (`CIVILIANS` or an actor code) where the text says.
    pub target: Option<String>,
    pub span: Span,
}

/// A resolved place. `geo_precision` per taxonomy.md (1 site, 2 near/part of region, 3 governorate).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub name_ar: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub country: Option<String>,
    pub geo_precision: u8,
    /// Where in the text the place was named.
    pub span: Span,
}

/// Where each part of an event came from, as byte spans into the article text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    pub sentence: Span,
    pub trigger: Span,
    pub actor: Option<Span>,
    pub time: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable hash of article id + type + trigger span.
    pub id: String,
    pub event_type: EventType,
    pub actor1: Option<String>,
    pub assoc_actors: Vec<String>,
    pub target: Option<String>,
    pub location: Option<Place>,
    pub date: Option<Date>,
    /// 1 day, 2 week, 3 month (taxonomy.md); `None` with no date.
    pub time_precision: Option<u8>,
    /// Only without a date: the weekday the report names ("اليوم الخميس" on a page that
    /// gives no publication date). Reports of one incident agree on it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "weekday_name"
    )]
    pub weekday: Option<Weekday>,
    pub quantities: Vec<Quantity>,
    pub modality: Modality,
    /// One English sentence generated from the fields.
    pub note: String,
    pub evidence: Evidence,
}

/// Weekdays as their English names ("thursday") in JSON: jiff gives them no serde form.
pub mod weekday_name {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];

    pub fn name(wd: Weekday) -> &'static str {
        NAMES[usize::from(wd.to_monday_zero_offset().unsigned_abs())]
    }

    pub fn from_name(s: &str) -> Option<Weekday> {
        let i = NAMES.iter().position(|n| n.eq_ignore_ascii_case(s))?;
        Weekday::from_monday_zero_offset(i8::try_from(i).ok()?).ok()
    }

    pub fn serialize<S: Serializer>(wd: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
        match wd {
            Some(w) => s.serialize_some(name(*w)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Weekday>, D::Error> {
        let Some(s) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        from_name(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("not a weekday: {s:?}")))
    }
}

impl Event {
    pub fn fatalities(&self) -> u64 {
        self.quantities
            .iter()
            .filter(|q| q.unit == Unit::Fatality)
            .map(|q| q.value)
            .sum()
    }
}

/// A related-article headline kept as a link, never as an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelatedLink {
    pub title: String,
    pub span: Span,
}

/// What the core returns for one article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// Hash of the normalised body: re-ingesting the same text is a no-op.
    pub article_id: String,
    /// Title as found on the page, without the " - Site" suffix.
    pub title: Option<String>,
    /// Byte range of the body (events come from here only).
    pub body: Span,
    pub events: Vec<Event>,
    /// Who holds which area, as the article states it.
    #[serde(default)]
    pub control: Vec<crate::ControlAssertion>,
    pub related: Vec<RelatedLink>,
    /// The date the page prints for itself (a post's date line), read when the input came
    /// without a publication date; relative dates were resolved against it.
    #[serde(default)]
    pub page_date: Option<Date>,
    /// MinHash of the body, to recognise near-duplicate articles; `None` for short bodies.
    #[serde(skip)]
    pub signature: Option<rasd_text::Signature>,
}
