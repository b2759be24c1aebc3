//! Whole Arabic news pages with the usual chrome (menus, share bars, related-article lists,
//! comments, footers), written for these tests: the body is kept as paragraphs, the chrome
//! is dropped and the metadata is read. Pages are in `tests/fixtures/html/`.

mod common;

use common::date;
use rasd_ingest::{HtmlArticle, read_html};

fn page(name: &str) -> HtmlArticle {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_html(&html)
}

/// The body is exactly `paragraphs` after the title line, each on its own line pair.
fn assert_body(a: &HtmlArticle, paragraphs: &[&str]) {
    let title = a.input.title.as_deref().unwrap_or_default();
    let want = std::iter::once(title)
        .chain(paragraphs.iter().copied())
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_eq!(a.input.text, want);
}

fn assert_absent(a: &HtmlArticle, chrome: &[&str]) {
    for c in chrome {
        assert!(
            !a.input.text.contains(c),
            "{c:?} leaked into:\n{}",
            a.input.text
        );
    }
}

#[test]
fn wordpress_page_with_related_posts_share_bar_and_comments() {
    let a = page("ar_wordpress_related.html");
    let i = &a.input;
    assert_eq!(
        i.title.as_deref(),
        Some("قصف مدفعي يستهدف قرى في ريف إدلب الجنوبي")
    );
    assert_eq!(i.outlet.as_deref(), Some("شبكة الوادي الإخبارية"));
    assert_eq!(
        i.url.as_deref(),
        Some("https://alwadi.example/2025/03/12/qasf-idlib/")
    );
    assert_eq!(i.published, Some(date(2025, 3, 12)));
    assert_eq!(i.lang.as_deref(), Some("ar"));
    assert_eq!(a.author.as_deref(), Some("سامر الحلبي"));
    assert_body(
        &a,
        &[
            "استهدف قصف مدفعي صباح الأربعاء أطراف بلدتي كفرنبل وحاس في ريف إدلب الجنوبي، ما أدى إلى أضرار مادية في عدد من المنازل والأراضي الزراعية.",
            "وقال مراسل الشبكة إن القذائف انطلقت من مواقع عسكرية قريبة، وإن فرق الدفاع المدني تفقدت المواقع المستهدفة للتأكد من عدم وجود مصابين.",
            "وأضاف المراسل أن عشرات العائلات غادرت البلدتين نحو المخيمات الحدودية خشية تجدد القصف خلال الأيام المقبلة.",
            "ويأتي هذا التصعيد بعد أسبوع من الهدوء النسبي على خطوط التماس في المنطقة.",
        ],
    );
    assert_absent(
        &a,
        &[
            "الرئيسية",
            "عاجل",
            "فيسبوك",
            "شارك",
            "اقرأ أيضاً",
            "حريق يلتهم",
            "الوسوم",
            "مقالات ذات صلة",
            "جبل الزاوية",
            "تعليقات",
            "أبو خالد",
            "اترك",
            "الأكثر قراءة",
            "الحقوق",
        ],
    );
}

#[test]
fn json_ld_page_with_social_bar_related_box_and_comment_box() {
    let a = page("ar_news_jsonld.html");
    let i = &a.input;
    assert_eq!(
        i.title.as_deref(),
        Some("انفجار عبوة ناسفة يستهدف دورية في قضاء الطارمية")
    );
    assert_eq!(i.outlet.as_deref(), Some("دجلة نيوز"));
    assert_eq!(i.url.as_deref(), Some("https://dijla.example/news/55120"));
    assert_eq!(i.published, Some(date(2024, 11, 4)));
    assert_eq!(i.lang.as_deref(), Some("ar"));
    assert_eq!(a.author.as_deref(), Some("علي الربيعي"));
    assert_body(
        &a,
        &[
            "بغداد - دجلة نيوز",
            "أفاد مصدر أمني مساء الإثنين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي على طريق زراعي في قضاء الطارمية شمالي العاصمة بغداد.",
            "وأوضح المصدر أن الانفجار أسفر عن إصابة جنديين بجروح طفيفة نُقلا إلى مستشفى قريب، فيما تضررت إحدى العجلات العسكرية.",
            "وأشار إلى أن قوة أمنية طوقت المكان وباشرت عمليات تفتيش في البساتين المحيطة بحثاً عن المنفذين.",
            "وتشهد المنطقة بين حين وآخر هجمات متفرقة تنسب إلى خلايا متبقية من تنظيم داعش.",
        ],
    );
    assert_absent(
        &a,
        &[
            "محليات",
            "ابحث",
            "المشاهدات",
            "Facebook",
            "نسخ الرابط",
            "أرشيفية",
            "كلمات مفتاحية",
            "أخبار ذات صلة",
            "كركوك",
            "التعليقات",
            "نسأل الله",
            "الأكثر قراءة",
            "الخصوصية",
        ],
    );
}

#[test]
fn table_layout_page_with_visible_dateline_only() {
    let a = page("ar_dateline_plain.html");
    let i = &a.input;
    assert_eq!(
        i.title.as_deref(),
        Some("اشتباكات بين فصيلين محليين في ريف دير الزور الشرقي")
    );
    assert_eq!(i.outlet.as_deref(), Some("الفرات اليوم"));
    // No date in the head, the URL or a <time>: "دير الزور - الخميس 6 شباط 2025".
    assert_eq!(i.published, Some(date(2025, 2, 6)));
    assert_eq!(i.lang.as_deref(), Some("ar"));
    assert_eq!(a.author, None);
    assert_body(
        &a,
        &[
            "اندلعت اشتباكات بالأسلحة الخفيفة والمتوسطة مساء الأربعاء بين مجموعتين مسلحتين محليتين في بلدة الشحيل بريف دير الزور الشرقي، على خلفية نزاع قديم على أراض زراعية.",
            "وقال أحد سكان البلدة إن الاشتباكات استمرت قرابة ساعتين، وإن رصاصاً طائشاً أصاب منزلين قرب السوق الرئيسي دون تسجيل إصابات بين المدنيين.",
            "وتدخل وجهاء من عشائر المنطقة لوقف إطلاق النار، واتفق الطرفان على هدنة مؤقتة ريثما تنظر لجنة صلح في الخلاف.",
        ],
    );
    assert_absent(
        &a,
        &[
            "الرئيسية",
            "روابط سريعة",
            "اقرأ أيضاً",
            "ذيبان",
            "تعليقات القراء",
            "ابن الشحيل",
            "أضف تعليقك",
            "الحقوق",
        ],
    );
}

#[test]
fn microdata_page_with_unclassed_share_line_and_teaser_grid() {
    let a = page("ar_microdata_share.html");
    let i = &a.input;
    assert_eq!(
        i.title.as_deref(),
        Some("وصول قافلة مساعدات إنسانية إلى مدينة الرقة")
    );
    assert_eq!(i.outlet.as_deref(), Some("راديو السهل"));
    assert_eq!(
        i.url.as_deref(),
        Some("https://sahl-radio.example/ar/news/raqqa-aid-convoy")
    );
    assert_eq!(i.published, Some(date(2024, 12, 19)));
    assert_eq!(a.author.as_deref(), Some("هدى العلي"));
    assert_body(
        &a,
        &[
            "وصلت قافلة مساعدات إنسانية مؤلفة من عشرين شاحنة إلى مدينة الرقة صباح الخميس، محملة بمواد غذائية وأدوية ومستلزمات للتدفئة.",
            "وقال مسؤول في إحدى المنظمات المشرفة على التوزيع إن المساعدات ستصل إلى نحو ثلاثة آلاف عائلة في المدينة وريفها خلال الأسبوعين المقبلين.",
            "وتعاني المخيمات العشوائية حول المدينة من نقص حاد في وقود التدفئة مع انخفاض درجات الحرارة ليلاً إلى ما دون الصفر.",
        ],
    );
    assert_absent(
        &a,
        &[
            "البث المباشر",
            "بقلم",
            "كانون",
            "شارك",
            "واتساب",
            "طباعة",
            "قد يهمك",
            "الطبقة",
            "اشترك",
            "الحقوق",
        ],
    );
}

#[test]
fn labelled_related_and_comment_blocks_without_class_names() {
    // Teasers long enough to pass for prose, and comments with no class or id at all:
    // only their labels give them away.
    let html = r#"<html lang="ar"><head><title>خبر</title></head><body><div>
      <h1>خبر</h1>
      <p>أعلنت السلطات المحلية في مدينة منبج إعادة فتح الطريق الرئيسي المؤدي إلى الريف الشمالي بعد إغلاقه ثلاثة أيام بسبب أعمال صيانة.</p>
      <p>وقال مسؤول في البلدية إن الأعمال شملت ترميم جسر صغير تضرر خلال السيول الأخيرة، وإن حركة الشاحنات ستعود تدريجياً.</p>
      <h3>أخبار ذات صلة</h3>
      <p><a href="/1">سيول تغمر طرقاً زراعية في ريف منبج</a> تسببت الأمطار الغزيرة الأسبوع الماضي في غمر عدد من الطرق الزراعية وعزل قرى صغيرة لساعات.</p>
      <p><a href="/2">بدء موسم زراعة القمح في ريف حلب الشرقي</a> بدأ المزارعون في أرياف حلب الشرقية زراعة القمح وسط مخاوف من ارتفاع أسعار البذور والأسمدة.</p>
      <h3>تعليقات القراء (2)</h3>
      <p>أحمد: الحمد لله على فتح الطريق، كنا ننتظر هذا الخبر منذ أيام طويلة جداً.</p>
      <p>سلمى: نرجو أن تكون الصيانة هذه المرة جيدة ولا تتكرر المشكلة مع أول شتاء قادم.</p>
    </div></body></html>"#;
    let a = read_html(html);
    assert!(
        a.input.text.contains("إعادة فتح الطريق"),
        "{}",
        a.input.text
    );
    assert!(a.input.text.contains("\n\nوقال مسؤول"), "{}", a.input.text);
    assert_absent(
        &a,
        &["ذات صلة", "سيول تغمر", "القمح", "تعليقات", "أحمد", "سلمى"],
    );
}

#[test]
fn dateline_ad_and_follow_lines_go_but_prose_that_starts_alike_stays() {
    let html = r#"<html lang="ar"><body><div class="post">
      <p>آخر تحديث: 12 آذار 2025 - 10:30</p>
      <p>نشر في 2025/03/12</p>
      <p>نشر ناشطون مقطعاً مصوراً يظهر تصاعد الدخان من مستودع للوقود قرب مدينة سرمدا بعد منتصف الليل.</p>
      <div>إعلان</div>
      <p>وقال الدفاع المدني إن فرقه أخمدت الحريق بعد ساعتين، وإن 2 من عناصره أصيبا بحروق طفيفة.</p>
      <p>بقلم فريق التحرير</p>
      <p><strong>تابعنا</strong></p>
      <p>تحديثات ميدانية متتالية وصلت من الريف الشمالي خلال اليوم نفسه، دون تسجيل إصابات جديدة.</p>
    </div></body></html>"#;
    let a = read_html(html);
    assert!(a.input.text.starts_with("نشر ناشطون"), "{}", a.input.text);
    assert!(
        a.input.text.contains("\n\nوقال الدفاع المدني"),
        "{}",
        a.input.text
    );
    assert!(
        a.input.text.contains("\n\nتحديثات ميدانية"),
        "{}",
        a.input.text
    );
    assert_absent(&a, &["آخر تحديث", "نشر في", "إعلان", "بقلم", "تابعنا"]);
    assert_eq!(a.input.published, Some(date(2025, 3, 12)));
}

#[test]
fn an_event_date_in_the_first_sentence_is_not_the_publication_date() {
    let html = r#"<html lang="ar"><body><div>
      <p>قتل مدنيان في قصف استهدف سوق بلدة أريحا يوم الخميس 6 شباط 2025 بحسب ما أفاد الدفاع المدني.</p>
      <p>وأضاف الدفاع المدني أن فرقه نقلت خمسة جرحى إلى المستشفى الوطني في المدينة.</p>
    </div></body></html>"#;
    assert_eq!(read_html(html).input.published, None);
}
