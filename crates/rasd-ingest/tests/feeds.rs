//! RSS and Atom files: items become articles; broken feeds and empty items are named.

mod common;

use common::write;
use rasd_ingest::{html_to_text, read_paths};

pub const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>شبكة المثال الإخبارية</title><link>https://example.org/</link><language>ar</language>
<item>
  <title>قصف على ريف دير الزور</title>
  <link>https://example.org/news/1</link>
  <guid>https://example.org/news/1</guid>
  <pubDate>Sat, 10 Aug 2024 15:14:00 +0300</pubDate>
  <description><![CDATA[<p>قصفت طائرات مسيّرة مجهولة <b>رتلاً</b> من الشاحنات قرب معبر البوكمال.</p><p>وأفادت مصادر محلية باحتراق ثلاث شاحنات.</p><script>alert(1)</script>]]></description>
</item>
<item>
  <title>عنوان بلا نص</title>
  <link>https://example.org/news/2</link>
</item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Wire</title><id>urn:example:wire</id><updated>2024-08-11T08:00:00Z</updated>
  <entry>
    <title>Convoy reaches base near Hasakah</title>
    <id>urn:example:wire:7</id>
    <link rel="alternate" href="https://wire.example.org/7"/>
    <published>2024-08-11T07:30:00Z</published><updated>2024-08-11T08:00:00Z</updated>
    <content type="html">&lt;p&gt;A convoy of twenty armoured vehicles reached a base in the southern Hasakah countryside.&lt;/p&gt;</content>
  </entry>
</feed>"#;

#[test]
fn rss_items_become_articles() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "news.rss", RSS);
    let items: Vec<_> = read_paths(std::slice::from_ref(&path)).collect();
    assert_eq!(items.len(), 2, "{items:?}");
    let Ok(first) = &items[0] else {
        panic!("{items:?}")
    };
    assert_eq!(first.origin, format!("{}#1", path.display()));
    let a = &first.input;
    assert_eq!(a.title.as_deref(), Some("قصف على ريف دير الزور"));
    assert!(
        a.text.starts_with("قصف على ريف دير الزور\n\nقصفت طائرات"),
        "{}",
        a.text
    );
    assert!(a.text.contains("\n\nوأفادت"), "paragraphs kept: {}", a.text);
    assert!(!a.text.contains("alert"), "scripts dropped: {}", a.text);
    assert_eq!(a.url.as_deref(), Some("https://example.org/news/1"));
    assert_eq!(a.published, Some(common::date(2024, 8, 10)));
    assert_eq!(a.outlet.as_deref(), Some("شبكة المثال الإخبارية"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    let Err(e) = &items[1] else {
        panic!("an item without text is an error: {items:?}")
    };
    assert_eq!(e.origin, format!("{}#2", path.display()));
}

#[test]
fn atom_in_an_xml_file_is_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "wire.xml", ATOM);
    let items: Vec<_> = read_paths(&[path]).collect();
    let [Ok(a)] = items.as_slice() else {
        panic!("{items:?}")
    };
    assert!(
        a.input
            .text
            .starts_with("Convoy reaches base near Hasakah\n\nA convoy"),
        "{}",
        a.input.text
    );
    assert_eq!(a.input.url.as_deref(), Some("https://wire.example.org/7"));
    assert_eq!(a.input.published, Some(common::date(2024, 8, 11)));
    assert_eq!(a.input.lang.as_deref(), Some("en"));
}

#[test]
fn invalid_feed_is_one_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.rss",
        "<rss version=\"2.0\"><channel><item><title>x</ti",
    );
    let junk = write(dir.path(), "junk.atom", "this is not xml");
    let items: Vec<_> = read_paths(&[broken.clone(), junk.clone()]).collect();
    assert_eq!(items.len(), 2, "{items:?}");
    for (item, path) in items.iter().zip([broken, junk]) {
        let Err(e) = item else { panic!("{item:?}") };
        assert_eq!(e.origin, path.display().to_string());
        assert!(e.message.contains("feed"), "{e}");
    }
}

#[test]
fn fragments_to_text() {
    assert_eq!(
        html_to_text("<p>a <i>b</i></p><p>c<br>d</p>"),
        "a b\n\nc\n\nd"
    );
    assert_eq!(html_to_text("plain   text"), "plain text");
    assert_eq!(html_to_text("<style>p{}</style>x &amp; y"), "x & y");
}
