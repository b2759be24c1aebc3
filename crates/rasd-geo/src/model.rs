//! The gazetteer's data types: places as loaded, and what matching and geocoding return.

use serde::Serialize;
use std::fmt;

/// What a gazetteer entry is. Drives cue compatibility (معبر → crossing) and defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Country,
    Governorate,
    Province,
    Region,
    River,
    Mountain,
    City,
    Town,
    Village,
    /// A populated place of unknown size (GeoNames cities500 has no feature codes).
    Place,
    Neighbourhood,
    Camp,
    Base,
    Airport,
    OilField,
    GasField,
    Crossing,
    Dam,
    Site,
}

/// Coarse families of kinds, for cue compatibility and scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Area,
    Settlement,
    Site,
}

impl Kind {
    pub const ALL: [Kind; 19] = [
        Kind::Country,
        Kind::Governorate,
        Kind::Province,
        Kind::Region,
        Kind::River,
        Kind::Mountain,
        Kind::City,
        Kind::Town,
        Kind::Village,
        Kind::Place,
        Kind::Neighbourhood,
        Kind::Camp,
        Kind::Base,
        Kind::Airport,
        Kind::OilField,
        Kind::GasField,
        Kind::Crossing,
        Kind::Dam,
        Kind::Site,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Governorate => "governorate",
            Kind::Province => "province",
            Kind::Region => "region",
            Kind::River => "river",
            Kind::Mountain => "mountain",
            Kind::City => "city",
            Kind::Town => "town",
            Kind::Village => "village",
            Kind::Place => "place",
            Kind::Neighbourhood => "neighbourhood",
            Kind::Camp => "camp",
            Kind::Base => "base",
            Kind::Airport => "airport",
            Kind::OilField => "oil_field",
            Kind::GasField => "gas_field",
            Kind::Crossing => "crossing",
            Kind::Dam => "dam",
            Kind::Site => "site",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub(crate) fn class(self) -> Class {
        match self {
            Kind::Country
            | Kind::Governorate
            | Kind::Province
            | Kind::Region
            | Kind::River
            | Kind::Mountain => Class::Area,
            Kind::City
            | Kind::Town
            | Kind::Village
            | Kind::Place
            | Kind::Neighbourhood
            | Kind::Camp => Class::Settlement,
            Kind::Base
            | Kind::Airport
            | Kind::OilField
            | Kind::GasField
            | Kind::Crossing
            | Kind::Dam
            | Kind::Site => Class::Site,
        }
    }

    /// Places forces are based at, hold or pass through: bases, airports, oil and gas
    /// fields, crossings and dams.
    pub fn is_military_site(self) -> bool {
        matches!(
            self,
            Kind::Base
                | Kind::Airport
                | Kind::OilField
                | Kind::GasField
                | Kind::Crossing
                | Kind::Dam
        )
    }

    /// First-level units: what "محافظة X" names.
    pub(crate) fn is_admin1(self) -> bool {
        matches!(self, Kind::Governorate | Kind::Province)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    pub kind: Kind,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    /// taxonomy.md: 1 the site itself, 2 part of a region or uncertain site, 3 governorate+.
    pub geo_precision: u8,
    pub population: u32,
    /// Where the coordinates come from.
    pub source: String,
    /// Every surface name (English, Arabic and variants) as written in the data.
    #[serde(skip)]
    pub names: Vec<String>,
}

/// How a match relates to the gazetteer entry it was resolved from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The place itself ("مدينة الشدادي").
    At,
    /// Near it ("قرب الشدادي", "محيط الشدادي", "منطقة معدان").
    Near,
    /// Its countryside ("ريف الحسكة"), possibly a side of it ("ريف الحسكة الجنوبي").
    Countryside,
    /// A direction from it ("شرق دير الزور", "20 كم جنوب الحسكة").
    Offset,
    /// A name the gazetteer lacks, placed where the text puts it ("قرية X بريف إدلب").
    Unresolved,
}

/// A place mention in normalised text, resolved with document context.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMatch {
    /// Byte offsets in the normalised text covering the whole phrase, cue word included.
    pub start: usize,
    pub end: usize,
    /// Gazetteer id of the place it was resolved from; `None` when unresolved.
    pub id: Option<String>,
    pub name: String,
    pub name_ar: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub kind: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub geo_precision: u8,
    /// Confidence in 0..=1.
    pub score: f32,
    /// A cue word (مدينة، قاعدة، معبر، ريف...) introduced it.
    pub cue: bool,
    pub relation: Relation,
    /// Only locates the mention before it ("قرية X بريف إدلب": the ريف part).
    pub locator: bool,
    /// The direction the text gives, in degrees from north: "شمالي الفرات" (0), "ريف حلب
    /// الشرقي" (90). Bank relations of control assertions need it.
    pub bearing: Option<f64>,
}

/// One possible reading of a query, for `GeocodeAnswer::runners_up`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub id: Option<String>,
    pub name: String,
    pub name_ar: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub kind: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub geo_precision: u8,
    pub score: f32,
}

/// The best reading of a place mention or a sentence (`Gazetteer::geocode`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GeocodeAnswer {
    pub query: String,
    pub found: bool,
    pub id: Option<String>,
    pub name: Option<String>,
    pub name_ar: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub geo_precision: Option<u8>,
    pub score: f32,
    /// The matched phrase in the normalised query.
    pub matched: Option<String>,
    pub runners_up: Vec<Candidate>,
}

/// A gazetteer file that does not parse; `line` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeoError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for GeoError {}
