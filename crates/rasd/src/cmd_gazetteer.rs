//! `rasd gazetteer import-geonames FILE`: a full GeoNames country dump (the 19-column
//! `SY.txt` format) turned into a gazetteer overlay for `--gazetteer`.

use anyhow::{Context, Result};
use rasd_geo::Gazetteer;
use std::io::{BufRead, Write};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct GazetteerArgs {
    #[command(subcommand)]
    pub what: GazetteerCmd,
}

#[derive(clap::Subcommand)]
pub enum GazetteerCmd {
    /// Convert a GeoNames dump (geonames.org/export/dump/SY.txt) into an overlay file;
    /// use it with `rasd --gazetteer OUT.tsv ...`.
    ImportGeonames {
        /// The dump: tab-separated, 19 columns, UTF-8.
        file: PathBuf,
        /// Where to write the overlay (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

/// Our kind and precision for a GeoNames feature class and code.
fn kind_of(class: &str, code: &str, population: u64) -> Option<(&'static str, u8)> {
    Some(match (class, code) {
        ("A", "ADM1") => ("governorate", 3),
        ("A", "ADM2") => ("region", 2),
        ("P", _) if population >= 100_000 => ("city", 1),
        ("P", _) if population >= 10_000 => ("town", 1),
        ("P", _) => ("village", 1),
        ("S", "MILB" | "INSM") => ("base", 1),
        ("S", "AIRB" | "AIRP" | "AIRF") => ("airport", 1),
        ("S", "DAM") | ("H", "DAM") => ("dam", 1),
        ("S", "CMPRF" | "CMP") => ("camp", 1),
        ("S", "BDRCR" | "PSTB") => ("crossing", 1),
        ("L", "OILF") => ("oil_field", 1),
        ("L", "GASF") => ("gas_field", 1),
        ("L", "RGN" | "AREA") => ("region", 2),
        ("H", "STM") => ("river", 2),
        ("T", "MT" | "MTS" | "HLL") => ("mountain", 2),
        ("S", _) => ("site", 1),
        _ => return None,
    })
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// One dump line as an overlay row; `Ok(None)` for features rasd has no use for.
pub fn convert_line(gaz: &Gazetteer, line: &str) -> Result<Option<String>, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 19 {
        return Err(format!(
            "expected 19 tab-separated columns, found {}",
            cols.len()
        ));
    }
    let population: u64 = cols[14].trim().parse().unwrap_or(0);
    let Some((kind, precision)) = kind_of(cols[6], cols[7], population) else {
        return Ok(None);
    };
    let lat: f64 = cols[4]
        .trim()
        .parse()
        .map_err(|_| format!("bad latitude {:?}", cols[4]))?;
    let lon: f64 = cols[5]
        .trim()
        .parse()
        .map_err(|_| format!("bad longitude {:?}", cols[5]))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("coordinates out of range: {lat}, {lon}"));
    }
    let clean = |s: &str| s.replace(['\t', '|', '\n', '\r'], " ").trim().to_string();
    let alternates: Vec<String> = cols[3]
        .split(',')
        .map(clean)
        .filter(|s| !s.is_empty())
        .collect();
    let arabic: Vec<&String> = alternates.iter().filter(|a| is_arabic(a)).collect();
    let english: Vec<&String> = alternates
        .iter()
        .filter(|a| a.is_ascii() && a.chars().any(|c| c.is_ascii_alphabetic()))
        .take(6)
        .collect();
    let name_ar = arabic.first().map_or(String::new(), |s| s.to_string());
    let join = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("|");
    let admin1 = gaz.admin1_of(lat, lon).unwrap_or("");
    Ok(Some(
        [
            format!("gn:{}", clean(cols[0])),
            clean(if cols[2].trim().is_empty() {
                cols[1]
            } else {
                cols[2]
            }),
            name_ar,
            join(arabic.get(1..).unwrap_or(&[])),
            join(&english),
            kind.to_string(),
            format!("{lat:.5}"),
            format!("{lon:.5}"),
            clean(cols[8]),
            admin1.to_string(),
            String::new(),
            precision.to_string(),
            if population > 0 {
                population.to_string()
            } else {
                String::new()
            },
            format!("GeoNames {}", clean(cols[0])),
        ]
        .join("\t"),
    ))
}

pub fn run(args: &GazetteerArgs, gaz: &Gazetteer) -> Result<bool> {
    let GazetteerCmd::ImportGeonames { file, out } = &args.what;
    let input = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
    let mut sink: Box<dyn Write> = match out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    writeln!(
        sink,
        "# Overlay from {} (GeoNames, CC BY 4.0), made by `rasd gazetteer import-geonames`.",
        file.display()
    )?;
    let (mut kept, mut skipped, mut errors) = (0usize, 0usize, 0usize);
    for (i, line) in std::io::BufReader::new(input).lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                errors += 1;
                eprintln!("error: {}:{}: {e}", file.display(), i + 1);
                continue;
            }
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match convert_line(gaz, &line) {
            Ok(Some(row)) => {
                writeln!(sink, "{row}")?;
                kept += 1;
            }
            Ok(None) => skipped += 1,
            Err(e) => {
                errors += 1;
                eprintln!("error: {}:{}: {e}", file.display(), i + 1);
            }
        }
    }
    sink.flush()?;
    eprintln!(
        "{kept} places written, {skipped} features of other kinds skipped, {errors} bad lines"
    );
    Ok(errors == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dump line in GeoNames' format, written for this test.
    const LINE: &str = "9999001\tTall Example\tTall Example\tTall Example,تل المثال,تل مثال\t36.05\t40.73\tP\tPPL\tSY\t\t01\t\t\t\t1200\t\t300\tAsia/Damascus\t2024-01-01";

    #[test]
    fn converts_a_populated_place() {
        let gaz = Gazetteer::bundled();
        let row = convert_line(&gaz, LINE).ok().flatten().unwrap_or_default();
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), 14, "{row}");
        assert_eq!(cols[0], "gn:9999001");
        assert_eq!(cols[2], "تل المثال");
        assert_eq!(cols[3], "تل مثال");
        assert_eq!(cols[5], "village");
        assert_eq!(cols[9], "Al-Hasakah");
        // The overlay loads, and the new place is found by its Arabic name.
        let mut g = Gazetteer::bundled();
        assert_eq!(g.add_overlay(&row).ok(), Some(1));
        let ans = g.geocode("قصف على قرية تل المثال", None);
        assert!(
            ans.lat.is_some_and(|lat| (lat - 36.05).abs() < 0.01),
            "{:?}",
            ans.name
        );
    }

    #[test]
    fn short_and_bad_lines_are_errors() {
        let gaz = Gazetteer::bundled();
        assert!(convert_line(&gaz, "1\tx\ty").is_err());
        let bad = LINE.replace("36.05", "north");
        assert!(convert_line(&gaz, &bad).is_err());
        let road = LINE.replace("\tP\tPPL\t", "\tR\tRD\t");
        assert_eq!(convert_line(&gaz, &road), Ok(None));
    }
}
