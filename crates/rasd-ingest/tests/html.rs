mod common;

use common::date;
use rasd_ingest::{article_from_html, strip_site_suffix};

const PAGE: &str = r##"<!DOCTYPE html>
<html lang="ar-SY" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>قصف رتل شاحنات قرب البوكمال - شبكة الفرات</title>
  <meta property="og:title" content="قصف رتل شاحنات قرب البوكمال">
  <meta property="og:site_name" content="شبكة الفرات">
  <meta property="og:url" content="https://furat.example/news/4411">
  <link rel="canonical" href="https://furat.example/news/4411/قصف-رتل">
  <meta property="article:published_time" content="2024-08-11T09:30:00+03:00">
  <script>var tracking = "لا يظهر";</script>
  <style>.x { color: red }</style>
</head>
<body>
  <header class="site-header"><a href="/">الرئيسية</a><a href="/syria">سوريا</a></header>
  <nav><ul><li><a href="/">أخبار</a></li><li><a href="/">تقارير</a></li></ul></nav>
  <div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/syria">سوريا</a></div>
  <main>
    <article>
      <header><h1>قصف رتل شاحنات قرب البوكمال</h1><time datetime="2024-08-11">11 آب 2024</time></header>
      <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
      <p>قصفت طائرات مسيّرة مجهولة صباح اليوم الأحد رتلاً من الشاحنات قرب معبر البوكمال الحدودي مع العراق.</p>
      <p>وأفادت مصادر محلية بأن <b>ثلاث شاحنات</b> احترقت،
         وأن فرق الدفاع المدني عملت على إخماد الحرائق.</p>
      <figure><img src="a.jpg"><figcaption>صورة أرشيفية</figcaption></figure>
      <p>ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.<br>وتابعت المصادر أن الطريق أعيد فتحه مساءً.</p>
      <ul class="related-news">
        <li><a href="/1">تعزيزات عسكرية جديدة تصل إلى ريف الحسكة</a></li>
        <li><a href="/2">اشتباكات في ريف دير الزور الشرقي</a></li>
      </ul>
      <div class="article-tags"><a href="/t/1">البوكمال</a><a href="/t/2">دير الزور</a></div>
      <section id="comments"><p>تعليق من قارئ: هذا الخبر قديم ولا يصح نشره بهذا الشكل أبداً.</p></section>
    </article>
  </main>
  <aside><h3>الأكثر قراءة</h3><p>خبر آخر لا علاقة له بالمقال الأصلي ويظهر في الشريط الجانبي.</p></aside>
  <footer><p>جميع الحقوق محفوظة لشبكة الفرات الإخبارية 2024.</p></footer>
</body>
</html>"##;

#[test]
fn boilerplate_is_stripped_and_metadata_extracted() {
    let a = article_from_html(PAGE);
    assert_eq!(a.title.as_deref(), Some("قصف رتل شاحنات قرب البوكمال"));
    assert_eq!(a.outlet.as_deref(), Some("شبكة الفرات"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://furat.example/news/4411/قصف-رتل")
    );
    assert_eq!(a.published, Some(date(2024, 8, 11)));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    let expected = "قصف رتل شاحنات قرب البوكمال\n\n\
        قصفت طائرات مسيّرة مجهولة صباح اليوم الأحد رتلاً من الشاحنات قرب معبر البوكمال الحدودي مع العراق.\n\n\
        وأفادت مصادر محلية بأن ثلاث شاحنات احترقت، وأن فرق الدفاع المدني عملت على إخماد الحرائق.\n\n\
        ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.\nوتابعت المصادر أن الطريق أعيد فتحه مساءً.";
    assert_eq!(a.text, expected);
    for absent in [
        "فيسبوك",
        "تعزيزات",
        "تعليق",
        "الأكثر قراءة",
        "الحقوق",
        "tracking",
        "الرئيسية",
        "صورة",
    ] {
        assert!(!a.text.contains(absent), "{absent} leaked into {}", a.text);
    }
}

#[test]
fn published_from_json_ld_and_title_suffix_from_title_tag() {
    let page = r#"<html><head>
      <title>مقتل ثلاثة مدنيين بانفجار لغم في ريف حماة | موقع الشمال</title>
      <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "موقع الشمال"},
          {"@type": "NewsArticle", "datePublished": "2023-03-05T18:02:00+02:00",
           "publisher": {"@type": "Organization", "name": "موقع الشمال"}, "inLanguage": "ar"}]}
      </script></head>
      <body><div id="main-menu"><a href="/">الرئيسية</a></div>
      <div class="post"><div class="entry-content">
        <p>قُتل ثلاثة مدنيين وأصيب اثنان آخران بانفجار لغم أرضي من مخلفات الحرب في ريف حماة الشرقي.</p>
        <p>وقالت مصادر طبية إن المصابين نقلوا إلى مشفى قريب لتلقي العلاج.</p>
      </div></div></body></html>"#;
    let a = article_from_html(page);
    assert_eq!(
        a.title.as_deref(),
        Some("مقتل ثلاثة مدنيين بانفجار لغم في ريف حماة")
    );
    assert_eq!(a.published, Some(date(2023, 3, 5)));
    assert_eq!(a.outlet.as_deref(), Some("موقع الشمال"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert!(
        a.text
            .starts_with("مقتل ثلاثة مدنيين بانفجار لغم في ريف حماة\n\nقُتل ثلاثة"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("لتلقي العلاج."));
    assert!(!a.text.contains("الرئيسية"));
}

#[test]
fn other_date_sources() {
    let itemprop = r#"<html><body><span itemprop="datePublished" content="2022-12-01">١ كانون الأول</span>
        <p>نص الخبر هنا، وهو نص قصير لأغراض الاختبار فقط لا غير.</p></body></html>"#;
    assert_eq!(
        article_from_html(itemprop).published,
        Some(date(2022, 12, 1))
    );
    let time = r#"<html><body><article><time datetime="2021-06-30T08:00:00Z">قبل يومين</time>
        <p>نص الخبر هنا، وهو نص قصير لأغراض الاختبار فقط لا غير.</p></article></body></html>"#;
    assert_eq!(article_from_html(time).published, Some(date(2021, 6, 30)));
    let url = r#"<html><head><meta property="og:url" content="https://x.example/2020/02/29/خبر"></head>
        <body><p>نص الخبر هنا، وهو نص قصير لأغراض الاختبار فقط لا غير.</p></body></html>"#;
    assert_eq!(article_from_html(url).published, Some(date(2020, 2, 29)));
}

#[test]
fn text_in_divs_with_line_breaks_and_teaser_articles() {
    let page = r#"<html><body>
      <article class="card"><a href="/9">خبر قصير</a></article>
      <div class="story">تقدمت قوات المعارضة في ريف إدلب الجنوبي وسيطرت على قريتين بعد اشتباكات عنيفة.<br><br>
      وأكدت مصادر ميدانية سقوط قتلى وجرحى في صفوف الطرفين خلال المعارك المستمرة منذ الفجر.</div>
      <p>فقرة ثالثة تتحدث عن ردود الفعل المحلية على التطورات الميدانية الأخيرة في المنطقة.</p>
    </body></html>"#;
    let a = article_from_html(page);
    assert!(a.title.is_none());
    assert!(a.text.contains("تقدمت قوات المعارضة"), "{}", a.text);
    assert!(a.text.contains("\nوأكدت مصادر ميدانية"), "{}", a.text);
    assert!(!a.text.contains("خبر قصير"), "{}", a.text);
}

#[test]
fn empty_and_garbage_pages_do_not_panic() {
    assert_eq!(article_from_html("").text, "");
    assert_eq!(
        article_from_html("<html><body><nav>قائمة</nav></body></html>").text,
        ""
    );
    let a = article_from_html("<p>نص <b>غير مغلق <i>بشكل صحيح</p></div></span>");
    assert_eq!(a.text, "نص غير مغلق بشكل صحيح");
}

#[test]
fn site_suffixes() {
    let cases = [
        (
            "لماذا أرسلت الولايات المتحدة تعزيزات إلى دير الزور؟ - It's Over 9000!",
            "لماذا أرسلت الولايات المتحدة تعزيزات إلى دير الزور؟",
        ),
        (
            "Clashes erupt near Deir ez-Zor | Example News",
            "Clashes erupt near Deir ez-Zor",
        ),
        (
            "اشتباكات في ريف الحسكة – عنب بلدي",
            "اشتباكات في ريف الحسكة",
        ),
        (
            "Syria - Iraq border crossing reopens",
            "Syria - Iraq border crossing reopens",
        ),
        ("Headline only", "Headline only"),
        ("  spaced   title  ", "spaced title"),
        ("عاجل | الميادين", "عاجل | الميادين"),
        ("Al-Tanf garrison reinforced", "Al-Tanf garrison reinforced"),
    ];
    for (title, want) in cases {
        assert_eq!(strip_site_suffix(title), want, "{title}");
    }
}

#[test]
fn deep_nesting_is_linear_and_does_not_overflow() {
    // html5ever itself parses such nesting in quadratic time; our passes are linear.
    let depth = 10_000;
    let mut page = String::from("<html><body>");
    for i in 0..depth {
        page.push_str(if i % 2 == 0 {
            "<div class=\"wrap\">"
        } else {
            "<span><a href=\"#\">"
        });
    }
    page.push_str("<p>نص عميق جداً داخل عناصر متداخلة كثيرة لأغراض الاختبار.</p>");
    let start = std::time::Instant::now();
    let a = article_from_html(&page);
    assert!(a.text.contains("نص عميق"), "{}", a.text);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
