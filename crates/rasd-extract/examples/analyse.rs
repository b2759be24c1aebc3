//! Prints what the core extracts from one article: `cargo run --example analyse -- FILE
//! [YYYY-MM-DD]` (the date is the publication date; `-` reads stdin). For developers.

use rasd_extract::{ArticleInput, Extractor};
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: analyse FILE|- [YYYY-MM-DD]")?;
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(&path)?;
    }
    let published = args.next().map(|d| d.parse()).transpose()?;
    let article = ArticleInput {
        text,
        published,
        ..ArticleInput::default()
    };
    let analysis = Extractor::bundled().analyse(&article);
    for e in &analysis.events {
        println!("event   {}", e.note);
    }
    for c in &analysis.control {
        let s = article.text.get(c.evidence.sentence.range()).unwrap_or("");
        let area = c
            .evidence
            .area
            .and_then(|a| article.text.get(a.range()))
            .unwrap_or("");
        let cue = article.text.get(c.evidence.cue.range()).unwrap_or("");
        println!(
            "control {}\n        cue «{cue}» area «{area}» in: {}",
            c.note,
            s.trim()
        );
    }
    Ok(())
}
