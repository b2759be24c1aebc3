//! The gold format of `shared/spec/eval.md`, read leniently: any field may be absent or null.

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub complete: bool,
    #[serde(default)]
    pub articles: Vec<GoldArticle>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// Control assertions (eval.md): actor, area, date.
    #[serde(default)]
    pub control: Vec<GoldControl>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldControl {
    #[serde(default)]
    pub actor: OneOrMany,
    pub location: Option<GoldLocation>,
    pub date: Option<String>,
    #[serde(default = "yes")]
    pub required: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    #[serde(default)]
    pub text: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub title: Option<String>,
    /// "text" (default) or "html".
    pub format: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type", default)]
    pub ty: OneOrMany,
    #[serde(default)]
    pub actor: OneOrMany,
    pub location: Option<GoldLocation>,
    pub date: Option<String>,
    #[serde(default)]
    pub date_tolerance_days: Option<f64>,
    #[serde(default)]
    pub quantities: Option<Vec<GoldQuantity>>,
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

/// A code or a list of acceptable codes; empty when absent or null.
#[derive(Debug, Clone, Default)]
pub struct OneOrMany(pub Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(OneOrMany(match Value::deserialize(d)? {
            Value::String(s) => vec![s],
            Value::Array(a) => a
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldLocation {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub radius_km: Option<f64>,
    pub admin1: Option<String>,
    /// A river bank: `side_of` the river ("Euphrates"), `side` north|south|east|west.
    pub side_of: Option<String>,
    pub side: Option<String>,
}

impl GoldLocation {
    pub fn point(&self) -> Option<(f64, f64, f64)> {
        Some((self.lat?, self.lon?, self.radius_km.unwrap_or(15.0)))
    }
    /// A location the scorer can check: a point, or a governorate.
    pub fn is_scorable(&self) -> bool {
        self.point().is_some() || self.admin1.is_some()
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuantity {
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
}

impl GoldQuantity {
    pub fn matches(&self, value: f64) -> bool {
        if let Some(v) = self.value {
            return if self.qualifier.is_some() {
                (value - v).abs() <= v.abs() * 0.1
            } else {
                value == v
            };
        }
        match (self.min, self.max) {
            (Some(lo), Some(hi)) => value >= lo && value <= hi,
            (Some(lo), None) => value >= lo,
            (None, Some(hi)) => value <= hi,
            (None, None) => false,
        }
    }
}

/// Governorate names compared loosely: "Deir Ezzor" = "Deir ez-Zor", "Al-Suwayda" = "As-Suwayda".
pub fn admin1_key(name: &str) -> String {
    let k: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let k = ["al", "as", "ar", "ad", "ash"]
        .iter()
        .find_map(|p| {
            k.strip_prefix(p)
                .filter(|rest| rest.len() > 3 && !k.starts_with("aleppo"))
        })
        .unwrap_or(&k)
        .to_string();
    match k.as_str() {
        "deirezzor" | "dayrazzawr" | "deiralzor" | "deirezor" | "deirazzor" => "deirezzor".into(),
        "hasakah" | "hasakeh" | "hasaka" | "hassakeh" => "hasakah".into(),
        "raqqa" | "raqqah" | "rakka" => "raqqa".into(),
        "suwayda" | "sweida" | "suwaida" | "suwayda'" => "suwayda".into(),
        "rifdimashq" | "damascuscountryside" | "ruraldamascus" | "rifdimashk" => {
            "rifdimashq".into()
        }
        "lattakia" | "latakia" | "ladhiqiyah" => "latakia".into(),
        "tartous" | "tartus" | "tartousgovernorate" => "tartus".into(),
        "idleb" | "idlib" => "idlib".into(),
        "dara" | "daraa" | "deraa" => "daraa".into(),
        "qunaytirah" | "quneitra" | "qunaitra" => "quneitra".into(),
        _ => k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin1_variants_are_one() {
        assert_eq!(admin1_key("Deir Ezzor"), admin1_key("Deir ez-Zor"));
        assert_eq!(admin1_key("Al-Suwayda"), admin1_key("As-Suwayda"));
        assert_eq!(admin1_key("Al-Hasakah"), admin1_key("Hasakah"));
        assert_ne!(admin1_key("Aleppo"), admin1_key("Idlib"));
        assert_eq!(admin1_key("Aleppo"), "aleppo");
    }

    #[test]
    fn quantity_matching() {
        let exact = GoldQuantity {
            value: Some(40.0),
            min: None,
            max: None,
            unit: None,
            qualifier: None,
        };
        assert!(exact.matches(40.0) && !exact.matches(41.0));
        let approx = GoldQuantity {
            qualifier: Some("approx".into()),
            ..exact.clone()
        };
        assert!(approx.matches(43.0) && !approx.matches(45.0));
        let range = GoldQuantity {
            value: None,
            min: Some(1.0),
            max: Some(3.0),
            unit: None,
            qualifier: None,
        };
        assert!(range.matches(2.0) && !range.matches(4.0));
    }
}
