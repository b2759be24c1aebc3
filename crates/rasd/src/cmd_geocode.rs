//! `rasd geocode [--context ADMIN1] TEXT`: the gazetteer's best reading of a place name or a
//! sentence, as JSON. With TEXT `-`, one query per line from stdin (an optional second,
//! tab-separated column is that line's context) and one JSON object per line out.

use anyhow::{Context, Result};
use std::io::{BufRead, Write};

#[derive(clap::Args, Debug)]
pub struct GeocodeArgs {
    /// Governorate (admin1) the text is about, any spelling: "Deir Ezzor", "دير الزور".
    #[arg(long)]
    pub context: Option<String>,
    /// A place name or a sentence; `-` reads one query per line from stdin.
    pub text: String,
}

pub fn run(args: &GeocodeArgs, gaz: &rasd_geo::Gazetteer) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.text != "-" {
        let answer = gaz.geocode(&args.text, args.context.as_deref());
        serde_json::to_writer_pretty(&mut out, &answer)?;
        writeln!(out)?;
        return Ok(());
    }
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.with_context(|| format!("reading stdin line {}", i + 1))?;
        let (query, context) = match line.split_once('\t') {
            Some((q, c)) if !c.trim().is_empty() => (q, Some(c.trim())),
            Some((q, _)) => (q, args.context.as_deref()),
            None => (line.as_str(), args.context.as_deref()),
        };
        if query.trim().is_empty() {
            continue;
        }
        serde_json::to_writer(&mut out, &gaz.geocode(query, context))?;
        writeln!(out)?;
    }
    Ok(())
}
