//! `prepare(..).light` finds what `analyse` finds of an article's identity: id, title, body,
//! related links and signature (the store keeps only these of a copy).

use rasd_extract::{ArticleInput, Extractor};

#[test]
fn light_analysis_agrees_with_the_full_one() {
    let ex = Extractor::bundled();
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let article = ArticleInput {
            text,
            ..Default::default()
        };
        let (full, light) = (ex.analyse(&article), ex.prepare(&article).light);
        assert_eq!(full.article_id, light.article_id, "{path:?}");
        assert_eq!(full.title, light.title, "{path:?}");
        assert_eq!(full.body, light.body, "{path:?}");
        assert_eq!(full.signature, light.signature, "{path:?}");
        assert_eq!(full.related.len(), light.related.len(), "{path:?}");
        assert!(light.events.is_empty() && light.control.is_empty());
        seen += 1;
    }
    assert!(seen > 0);
}
