//! Control assertions: who holds which area, as a report states it at a date.

use crate::model::{Modality, Place, Span};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// How an assertion says the actor holds the area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlKind {
    /// "تسيطر قسد على ..."، "المنطقة الخاضعة لسيطرة النظام"، a capture.
    Control,
    /// A base, positions or forces stationed there ("القاعدة الأمريكية في الشدادي"): the actor
    /// is present; it holds the site, not necessarily the area around it.
    Presence,
    /// A pocket held inside another actor's area ("مع بقاء جيبين لتنظيم الدولة").
    Pocket,
}

impl ControlKind {
    pub fn code(self) -> &'static str {
        match self {
            ControlKind::Control => "control",
            ControlKind::Presence => "presence",
            ControlKind::Pocket => "pocket",
        }
    }
}

/// What part of the map an assertion covers, from the most to the least specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The place itself: a town, village or site.
    At,
    /// Around a place ("محيط", "منطقة معدان").
    Near,
    /// A place's countryside, possibly one side of it ("ريف الرقة الشرقي").
    Countryside,
    /// One bank of a river, within a governorate when one is named.
    Bank,
    /// A whole governorate.
    Admin1,
    /// Somewhere not placeable on the map ("شمال شرق سوريا", "بلدات عديدة"): listed, never
    /// painted over localities.
    Vague,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::At => "at",
            Scope::Near => "near",
            Scope::Countryside => "countryside",
            Scope::Bank => "bank",
            Scope::Admin1 => "admin1",
            Scope::Vague => "vague",
        }
    }
}

/// The area an assertion is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ControlArea {
    pub scope: Scope,
    /// The place named (for `At`, `Near`, `Countryside`), or the river (for `Bank`).
    pub place: Option<Place>,
    /// Gazetteer id of that place, when resolved.
    pub place_id: Option<String>,
    /// Gazetteer kind of that place (`city`, `base`, `river`, ...).
    pub place_kind: Option<String>,
    /// For `Bank`: the river's English name ("Euphrates").
    pub river: Option<String>,
    /// Direction from the river or the place, degrees from north (north 0, east 90).
    pub bearing: Option<f64>,
    /// The governorate the area lies in, where the text or the place says.
    pub admin1: Option<String>,
}

impl ControlArea {
    /// `north`, `east`, `south` or `west` for the bearing, as eval.md writes sides.
    pub fn side(&self) -> Option<&'static str> {
        let b = self.bearing?.rem_euclid(360.0);
        Some(match b {
            b if !(45.0..315.0).contains(&b) => "north",
            b if b < 135.0 => "east",
            b if b < 225.0 => "south",
            _ => "west",
        })
    }
}

/// One statement of control, with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ControlAssertion {
    /// Stable hash of article id + cue span + area span.
    pub id: String,
    pub kind: ControlKind,
    pub actor: String,
    pub assoc_actors: Vec<String>,
    pub area: ControlArea,
    /// As-of date: the date the text gives, else the article's.
    pub date: Option<Date>,
    pub time_precision: Option<u8>,
    pub modality: Modality,
    /// One English sentence generated from the fields.
    pub note: String,
    pub evidence: ControlEvidence,
}

/// Byte spans into the article text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ControlEvidence {
    pub sentence: Span,
    /// The control wording ("تسيطر", "الخاضعة لسيطرة", "جيبين", "القاعدة").
    pub cue: Span,
    pub actor: Option<Span>,
    pub area: Option<Span>,
    pub time: Option<Span>,
}
