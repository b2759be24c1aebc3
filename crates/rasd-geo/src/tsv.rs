//! The gazetteer file format (data/gazetteer/*.tsv): one place per line, 14 tab-separated
//! columns, `#` comments, an optional `id\t...` header. Errors name the line.

use crate::model::{GeoError, Kind, Place};

pub const COLUMNS: [&str; 14] = [
    "id",
    "name",
    "name_ar",
    "variants_ar",
    "variants_en",
    "kind",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin2",
    "geo_precision",
    "population",
    "source",
];

fn err(line: usize, message: impl Into<String>) -> GeoError {
    GeoError {
        line,
        message: message.into(),
    }
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn number(line: usize, col: &str, s: &str) -> Result<f64, GeoError> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| err(line, format!("{col}: not a number: {s:?}")))
}

/// Parses every place row of `text`.
pub fn parse(text: &str) -> Result<Vec<Place>, GeoError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let row = raw.trim_end_matches('\r');
        if row.trim().is_empty() || row.starts_with('#') || row.starts_with("id\t") {
            continue;
        }
        out.push(parse_row(line, row)?);
    }
    Ok(out)
}

fn parse_row(line: usize, row: &str) -> Result<Place, GeoError> {
    let c: Vec<&str> = row.split('\t').collect();
    if c.len() < COLUMNS.len() {
        return Err(err(
            line,
            format!(
                "{} columns, expected {} ({})",
                c.len(),
                COLUMNS.len(),
                COLUMNS.join(", ")
            ),
        ));
    }
    let id = c[0].trim();
    if id.is_empty() {
        return Err(err(line, "empty id"));
    }
    let name = c[1].trim();
    let name_ar = c[2].trim();
    if name.is_empty() && name_ar.is_empty() {
        return Err(err(line, "neither name nor name_ar"));
    }
    let kind = Kind::parse(c[5].trim()).ok_or_else(|| {
        let all: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        err(
            line,
            format!("unknown kind {:?} (one of {})", c[5], all.join(", ")),
        )
    })?;
    let lat = number(line, "lat", c[6])?;
    let lon = number(line, "lon", c[7])?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(err(line, format!("coordinates out of range: {lat}, {lon}")));
    }
    let country = c[8].trim();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(err(
            line,
            format!("country must be ISO alpha-2: {country:?}"),
        ));
    }
    let geo_precision = match c[11].trim() {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        other => {
            return Err(err(
                line,
                format!("geo_precision must be 1, 2 or 3: {other:?}"),
            ));
        }
    };
    let population = match c[12].trim() {
        "" => 0,
        p => p
            .parse::<u32>()
            .map_err(|_| err(line, format!("population: not a count: {p:?}")))?,
    };
    let mut names: Vec<String> = Vec::new();
    for n in [name, name_ar]
        .into_iter()
        .chain(c[3].split('|'))
        .chain(c[4].split('|'))
    {
        let n = n.trim();
        if !n.is_empty() && !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    }
    Ok(Place {
        id: id.to_string(),
        name: if name.is_empty() { name_ar } else { name }.to_string(),
        name_ar: name_ar.to_string(),
        kind,
        lat,
        lon,
        country: country.to_string(),
        admin1: opt(c[9]),
        admin2: opt(c[10]),
        geo_precision,
        population,
        source: c[13].trim().to_string(),
        names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str = "x.1\tTest\tاختبار\tاختبار2|اختبار 3\tTest town\ttown\t35.5\t40.1\tSY\tDeir ez-Zor\t\t1\t\tmine";

    #[test]
    fn parses_a_row_and_skips_comments() {
        let text = format!("# c\n{}\n\n{ROW}\n", COLUMNS.join("\t"));
        let p = parse(&text).unwrap_or_default();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].kind, Kind::Town);
        assert_eq!(p[0].admin1.as_deref(), Some("Deir ez-Zor"));
        assert_eq!(p[0].names.len(), 5);
    }

    #[test]
    fn errors_name_the_line() {
        let bad = ROW.replace("\ttown\t", "\tcastle\t");
        let e = parse(&format!("# c\n{ROW}\n{bad}\n")).err();
        assert_eq!(e.map(|e| e.line), Some(3));
        let short = parse("a\tb\n").err();
        assert!(short.is_some_and(|e| e.line == 1 && e.message.contains("columns")));
        let lat = parse(&ROW.replace("35.5", "95")).err();
        assert!(lat.is_some_and(|e| e.message.contains("range")));
    }
}
