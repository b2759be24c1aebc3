//! Near-duplicate articles: a syndicated or lightly edited copy is kept and linked to the
//! article it copies, and adds a source to that article's incidents instead of new events.

mod common;

use common::*;
use rasd_extract::EventType;
use rasd_store::{EventFilter, Store};
use rasd_text::Signature;

const REPORT: &str = "قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة في جبل الزاوية جنوبي إدلب \
صباح اليوم الأحد، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفل بجروح متفاوتة، وفق ما أفاد به الدفاع \
المدني السوري الذي قال إن فرقه أسعفت المصابين إلى مشفى قريب وتفقدت الأماكن المستهدفة وأمنتها. \
وتتعرض قرى وبلدات جبل الزاوية لقصف شبه يومي من قوات النظام والميليشيات المساندة لها رغم اتفاق \
وقف إطلاق النار الموقع في آذار من العام الماضي، ما يدفع الأهالي إلى النزوح نحو المخيمات.";

fn signed(
    id: &str,
    text: &str,
    url: &str,
    outlet: &str,
) -> (rasd_extract::ArticleInput, rasd_extract::Analysis) {
    let bara = place("al-Bara", "البارة", 35.68, 36.53);
    let ev = event(
        &format!("{id}-e"),
        EventType::Shelling,
        Some("SYR_GOV"),
        Some(bara),
        Some(DAY),
        text,
    );
    let mut item = article(id, text, url, outlet, vec![ev]);
    item.1.signature = Signature::of(text);
    item
}

#[test]
fn an_edited_copy_links_to_the_original_and_adds_a_source() {
    let mut s = Store::open_in_memory().unwrap();
    let copy = format!(
        "{} (المصدر: وكالات)",
        REPORT.replace("صباح اليوم الأحد", "صباح الأحد")
    );
    let out = s
        .insert_batch(&[
            signed("orig", REPORT, "https://one.example/a", "One"),
            signed("copy", &copy, "https://two.example/b", "Two"),
        ])
        .unwrap();
    assert_eq!((out.new_articles, out.near_duplicates), (2, 1));
    assert_eq!(
        out.events_stored, 1,
        "the copy's events are not stored again"
    );
    let events = s.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1);
    let inc = s.incident(&events[0].incident_id).unwrap().unwrap();
    assert_eq!(inc.outlets, 2, "the copy's outlet counts as a source");
    assert!(s.has_article("copy").unwrap(), "the copy itself is kept");
    assert_eq!(
        s.article_urls("orig").unwrap(),
        vec![
            "https://one.example/a".to_string(),
            "https://two.example/b".to_string()
        ]
    );
}

#[test]
fn copies_count_each_outlet_once() {
    let mut s = Store::open_in_memory().unwrap();
    let copy = |n: usize| format!("{REPORT} (نسخة {n})");
    let mut items = vec![signed("orig", REPORT, "https://one.example/a", "One")];
    items.push(signed("c1", &copy(1), "https://one.example/b", " one "));
    items.push(signed("c2", &copy(2), "https://two.example/c", "Two"));
    items.push(signed("c3", &copy(3), "https://two.example/d", "Two"));
    let out = s.insert_batch(&items).unwrap();
    assert_eq!((out.new_articles, out.near_duplicates), (4, 3));
    let events = s.events(&EventFilter::default()).unwrap();
    let inc = s.incident(&events[0].incident_id).unwrap().unwrap();
    assert_eq!(inc.outlets, 2, "One and Two, each counted once");
    assert_eq!(s.article_urls("orig").unwrap().len(), 4);
}

#[test]
fn a_different_report_is_not_a_copy() {
    let mut s = Store::open_in_memory().unwrap();
    let other = "أعلنت قوات سوريا الديمقراطية اليوم الاثنين القبض على ثلاثة أشخاص قالت إنهم \
ينتمون إلى خلايا تنظيم الدولة الإسلامية في ريف دير الزور الشرقي، خلال عملية أمنية نفذتها بدعم من \
التحالف الدولي في بلدة ذيبان، وأضافت في بيان أن العملية أسفرت عن مصادرة أسلحة وذخائر ومعدات \
اتصال، فيما لم تصدر أي تعليقات من الأهالي الذين تحدثوا عن حملة مداهمات واسعة طالت عدة منازل.";
    let out = s
        .insert_batch(&[
            signed("a", REPORT, "https://one.example/a", "One"),
            signed("b", other, "https://two.example/b", "Two"),
        ])
        .unwrap();
    assert_eq!((out.new_articles, out.near_duplicates), (2, 0));
    assert_eq!(out.events_stored, 2);
}

#[test]
fn a_light_analysis_is_completed_unless_the_article_is_a_copy() {
    let mut s = Store::open_in_memory().unwrap();
    let copy = format!("{REPORT} (نسخة)");
    let (orig, orig_full) = signed("orig", REPORT, "https://one.example/a", "One");
    let (dup, dup_full) = signed("copy", &copy, "https://two.example/b", "Two");
    // Light: no events. The writer of a pipeline predicts both are copies.
    let light = |a: &rasd_extract::Analysis| rasd_extract::Analysis {
        events: vec![],
        ..a.clone()
    };
    let (orig_light, dup_light) = (light(&orig_full), light(&dup_full));
    let mut asked = Vec::new();
    let out = s
        .insert_iter_light(
            [(&orig, &orig_light, true), (&dup, &dup_light, true)],
            &mut |input: &rasd_extract::ArticleInput| {
                asked.push(input.url.clone());
                if input.text == REPORT {
                    orig_full.clone()
                } else {
                    dup_full.clone()
                }
            },
        )
        .unwrap();
    assert_eq!(
        asked,
        vec![Some("https://one.example/a".to_string())],
        "only the article that is no copy is analysed in full"
    );
    assert_eq!((out.new_articles, out.near_duplicates), (2, 1));
    assert_eq!(out.events_stored, 1);
}
