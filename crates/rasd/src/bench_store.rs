//! `rasd bench store`: a synthetic store of N events for load tests of `rasd serve`. Events
//! are spread over two years and the Syrian places of the gazetteer, with varied types,
//! actors, modalities and short Arabic sentences (so full-text search has work to do). No
//! extraction runs: articles and their analyses are built directly.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use jiff::civil::date;
use rasd_extract::{
    Analysis, ArticleInput, Event, EventType, Evidence, Extractor, Modality, Place, Quantity, Span,
    Unit,
};
use rasd_store::Store;

const ACTORS: &[(&str, &str)] = &[
    ("TUR", "القوات التركية"),
    ("SDF", "قوات سوريا الديمقراطية"),
    ("RUS", "القوات الروسية"),
    ("COALITION", "التحالف الدولي"),
    ("SYR_TRANS", "الأمن العام"),
    ("IRN", "الميليشيات الإيرانية"),
    ("ISIS", "تنظيم داعش"),
    ("SNA", "الجيش الوطني"),
    ("TRIBAL", "مقاتلو العشائر"),
    ("UNKNOWN", "مسلحون مجهولون"),
];

const VERBS: &[&str] = &[
    "قصفت",
    "استهدفت",
    "وصلت",
    "انسحبت",
    "داهمت",
    "اشتبكت",
    "سيطرت",
];

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

pub fn run(out: &Path, events: usize, ex: &Extractor) -> Result<()> {
    if out.exists() {
        bail!("{} exists: the bench writes a fresh store", out.display());
    }
    let places: Vec<&rasd_geo::Place> = ex
        .gazetteer
        .places()
        .iter()
        .filter(|p| p.country == "SY" && p.admin1.is_some())
        .collect();
    if places.is_empty() {
        bail!("the gazetteer has no Syrian places");
    }
    let mut store = Store::open(out).with_context(|| format!("creating {}", out.display()))?;
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let start = date(2024, 1, 1);
    let t = Instant::now();
    let (mut made, mut article) = (0usize, 0usize);
    while made < events {
        let mut batch = Vec::with_capacity(1000);
        while batch.len() < 1000 && made < events {
            let per = (1 + rng.below(3)).min(events - made);
            batch.push(synthetic_article(article, per, &places, start, &mut rng));
            made += per;
            article += 1;
        }
        store.insert_batch(&batch)?;
        eprint!("\r{made} events");
    }
    let c = store.counts()?;
    eprintln!();
    println!(
        "bench store: {} events, {} articles, {} incidents in {} ({:.1}s)",
        c.events,
        c.articles,
        c.incidents,
        out.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn synthetic_article(
    n: usize,
    events: usize,
    places: &[&rasd_geo::Place],
    start: jiff::civil::Date,
    rng: &mut Rng,
) -> (ArticleInput, Analysis) {
    let day = start
        .checked_add(jiff::Span::new().days(rng.below(730) as i64))
        .unwrap_or(start);
    let mut text = format!("تقرير تجريبي رقم {n}\n\n");
    let mut evs = Vec::new();
    for i in 0..events {
        let p = places[rng.below(places.len())];
        let (code, actor_ar) = ACTORS[rng.below(ACTORS.len())];
        let ty = EventType::ALL[rng.below(EventType::ALL.len())];
        let verb = VERBS[rng.below(VERBS.len())];
        let count = 1 + rng.below(40) as u64;
        let s0 = text.len();
        text.push_str(&format!(
            "{verb} {actor_ar} في {} بريف {} وأفادت مصادر محلية بسقوط {count} قتلى. ",
            p.name_ar,
            p.admin1.as_deref().unwrap_or("")
        ));
        let modality = if rng.below(5) == 0 {
            Modality::ALL[rng.below(Modality::ALL.len())]
        } else {
            Modality::Reported
        };
        evs.push(Event {
            id: format!("b{n:07}{i}"),
            event_type: ty,
            actor1: Some(code.to_string()),
            assoc_actors: vec![],
            target: None,
            location: Some(Place {
                name: p.name.clone(),
                name_ar: Some(p.name_ar.clone()),
                lat: p.lat,
                lon: p.lon,
                admin1: p.admin1.clone(),
                admin2: p.admin2.clone(),
                country: Some(p.country.clone()),
                geo_precision: p.geo_precision,
                span: Span::default(),
            }),
            date: Some(day),
            time_precision: Some(1),
            weekday: None,
            quantities: vec![Quantity {
                value: count,
                qualifier: None,
                unit: Unit::Fatality,
                kind: None,
                target: None,
                span: Span::default(),
            }],
            modality,
            note: format!(
                "{code} {} in {} ({}) on {day}.",
                ty.code(),
                p.name,
                p.admin1.as_deref().unwrap_or("")
            ),
            evidence: Evidence {
                sentence: Span::new(s0, text.len()),
                trigger: Span::new(s0, s0 + verb.len()),
                actor: None,
                time: None,
            },
        });
    }
    let input = ArticleInput {
        text: text.clone(),
        title: Some(format!("تقرير تجريبي رقم {n}")),
        url: Some(format!("https://bench.example/{n}")),
        outlet: Some(format!("Outlet {}", n % 25)),
        published: Some(day),
        lang: Some("ar".into()),
        author: None,
    };
    let analysis = Analysis {
        article_id: format!("bench{n:08}"),
        title: input.title.clone(),
        body: Span::new(0, text.len()),
        events: evs,
        related: vec![],
        control: vec![],
        page_date: None,
        // Synthetic texts share most words: no near-duplicate matching.
        signature: None,
    };
    (input, analysis)
}
