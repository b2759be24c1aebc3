//! News-site chrome for `rasd bench warc --page-kb N`: each corpus article wrapped in a page
//! of about N KB shaped like a real news page, so that per-byte costs (HTML parsing, main
//! content) weigh as they do on a real crawl rather than per-page costs.
//!
//! The proportions follow the 181 real pages of the article-extraction benchmark
//! (`../shared/bench/article-extraction/html`, medians per page): about a quarter of the
//! bytes inside `<script>` (median 22%, mean 27%), 1.3-1.5% inside `<style>`, and 6.4 start
//! tags per KiB. All text is written here, from small word lists, and chosen by a
//! deterministic generator seeded by article and copy, so every copy's chrome differs.

use rasd_extract::ArticleInput;
use std::fmt::Write;

/// Share of the page's bytes inside `<script>` elements.
const SCRIPT_SHARE: f64 = 0.25;
/// Share of the page's bytes inside `<style>` elements.
const STYLE_SHARE: f64 = 0.015;
/// Start tags per KiB of page.
const TAGS_PER_KIB: f64 = 6.4;

pub const SITE: &str = "موقع المثال";

/// splitmix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn new(article: usize, copy: usize) -> Rng {
        Rng((article as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (copy as u64).rotate_left(32))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or_default()
    }
}

#[rustfmt::skip]
const SECTIONS: &[(&str, &str)] = &[
    ("politics", "سياسة"), ("syria", "سوريا"), ("lebanon", "لبنان"), ("iraq", "العراق"),
    ("palestine", "فلسطين"), ("yemen", "اليمن"), ("gulf", "الخليج"), ("economy", "اقتصاد"),
    ("world", "العالم"), ("culture", "ثقافة"), ("sport", "رياضة"), ("tech", "تكنولوجيا"),
    ("health", "صحة"), ("opinion", "رأي"), ("reports", "تقارير"), ("video", "فيديو"),
    ("photos", "صور"), ("podcast", "بودكاست"),
];

#[rustfmt::skip]
const SUBSECTIONS: &[(&str, &str)] = &[
    ("news", "أخبار"), ("analysis", "تحليلات"), ("interviews", "مقابلات"), ("files", "ملفات"),
    ("special", "تقارير خاصة"), ("follow", "متابعات"), ("infographics", "إنفوغراف"),
    ("misc", "منوعات"), ("archive", "أرشيف"), ("live", "مباشر"), ("programs", "برامج"),
    ("columns", "أعمدة"),
];

#[rustfmt::skip]
const SUBJECTS: &[&str] = &[
    "وزير الاقتصاد", "البنك المركزي", "مجلس النواب", "اتحاد الكرة", "وزارة الصحة",
    "جامعة دمشق", "مهرجان السينما", "شركة الاتصالات", "نقابة المهندسين", "الأرصاد الجوية",
    "منتخب الشباب", "وزارة التربية", "هيئة الطيران المدني", "غرفة التجارة", "المتحف الوطني",
];

#[rustfmt::skip]
const VERBS: &[&str] = &[
    "يعلن عن", "يناقش", "يطلق", "يستعرض", "يبحث", "يفتتح", "يكشف عن", "يؤجل", "يوقع", "يدرس",
];

#[rustfmt::skip]
const OBJECTS: &[&str] = &[
    "خطة جديدة لدعم", "نتائج", "برنامجا لتطوير", "موعد", "اتفاقية حول", "أسعار",
    "مشروعا لتأهيل", "تقريرا عن", "مبادرة لتشجيع", "معرضا عن",
];

#[rustfmt::skip]
const TOPICS: &[&str] = &[
    "الصادرات الزراعية", "امتحانات الشهادة الثانوية", "الطاقة الشمسية", "النقل العام",
    "الكتاب العربي", "الموسم السياحي", "شبكات الإنترنت", "المياه في الأرياف", "الدوري المحلي",
    "الصناعات الصغيرة", "الرعاية الصحية الأولية", "التراث المعماري",
];

#[rustfmt::skip]
const COMMENT_PHRASES: &[&str] = &[
    "مقال جيد وشكرا على المتابعة", "نتمنى أن تتحسن الأحوال قريبا",
    "أين الجهات المسؤولة من كل هذا", "معلومات مفيدة جدا", "نريد المزيد من التفاصيل حول الموضوع",
    "كلام منطقي ويستحق النقاش", "هذا ما كنا نتوقعه منذ البداية", "شكرا للكاتب على هذا الجهد",
    "الحقيقة أن الأمر أصعب مما يقال", "ننتظر المتابعة في الأيام القادمة",
];

#[rustfmt::skip]
const NAMES: &[&str] = &[
    "أبو محمد", "سامر", "ليلى", "خالد من حلب", "مريم", "أحمد ع.", "زائر", "نور", "يوسف", "رنا",
];

#[rustfmt::skip]
const TAGS: &[&str] = &[
    "سوريا", "دمشق", "حلب", "الحكومة", "الاقتصاد", "الأمم المتحدة", "حقوق الإنسان",
    "المساعدات", "اللاجئين", "الطاقة", "الزراعة", "التعليم",
];

#[rustfmt::skip]
const FOOTER_LINKS: &[(&str, &str)] = &[
    ("about", "من نحن"), ("contact", "اتصل بنا"), ("privacy", "سياسة الخصوصية"),
    ("terms", "شروط الاستخدام"), ("advertise", "أعلن معنا"), ("jobs", "الوظائف"),
    ("newsletter", "النشرة البريدية"), ("sitemap", "خريطة الموقع"), ("archive", "الأرشيف"),
    ("live", "البث المباشر"), ("apps", "تطبيق الهاتف"), ("rss", "خلاصات RSS"),
];

const NETWORKS: &[&str] = &["facebook", "x", "whatsapp", "telegram", "linkedin", "email"];

#[rustfmt::skip]
const UTILITIES: &[&str] = &[
    "flex", "items-center", "justify-between", "gap-2", "gap-4", "px-4", "py-2", "mt-3", "mb-6",
    "text-sm", "text-lg", "font-medium", "font-bold", "text-gray-700", "text-red-700",
    "leading-relaxed", "rounded-lg", "shadow-sm", "border-b", "border-gray-200", "w-full",
    "overflow-hidden", "line-clamp-2", "grid", "grid-cols-2", "lg:grid-cols-3", "bg-white",
    "transition-colors", "duration-200", "truncate",
];

const WORDS: &[&str] = &[
    "header", "menu", "card", "teaser", "grid", "media", "title", "meta", "icon", "badge", "wrap",
    "list", "item", "link", "thumb", "label", "box", "tabs", "panel", "ticker",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A JSON string's body (no quotes).
fn json_str(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap_or_default();
    quoted
        .get(1..quoted.len().saturating_sub(1))
        .unwrap_or_default()
        .to_owned()
}

fn headline(rng: &mut Rng) -> String {
    format!(
        "{} {} {} {}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(TOPICS)
    )
}

fn section(rng: &mut Rng) -> (&'static str, &'static str) {
    SECTIONS[rng.below(SECTIONS.len())]
}

fn slug(rng: &mut Rng) -> String {
    format!("{}-{}", rng.pick(WORDS), 100_000 + rng.below(900_000))
}

/// An SVG icon: two tags and a few hundred bytes of path data.
fn svg_icon(rng: &mut Rng) -> String {
    let mut d = format!("M{} {}", rng.below(24), rng.below(24));
    for _ in 0..(12 + rng.below(16)) {
        let _ = write!(
            d,
            "c{}.{} {}.{} {}.{}-{}.{} {} {}",
            rng.below(9),
            rng.below(99),
            rng.below(9),
            rng.below(99),
            rng.below(9),
            rng.below(99),
            rng.below(9),
            rng.below(99),
            rng.below(12),
            rng.below(12)
        );
    }
    format!(
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\" aria-hidden=\"true\"><path fill=\"currentColor\" d=\"{d}z\"/></svg>"
    )
}

fn image_url(rng: &mut Rng, width: usize) -> String {
    format!(
        "https://static.example-news.net/images/{}/{:02}/{:08x}_{width}x{}.webp",
        2020 + rng.below(5),
        1 + rng.below(12),
        rng.next() as u32,
        width * 9 / 16
    )
}

/// A teaser card (related articles, mega-menu highlights): image with srcset, section,
/// headline, time.
fn card(rng: &mut Rng, class: &str) -> String {
    let (path, name) = section(rng);
    let title = headline(rng);
    let excerpt = format!("{}، {}، {}", headline(rng), headline(rng), headline(rng));
    let link = format!("/ar/{path}/{}", slug(rng));
    let srcset: Vec<String> = [320, 640, 960]
        .iter()
        .map(|w| format!("{} {w}w", image_url(rng, *w)))
        .collect();
    let (c1, c2, c3) = (utility(rng), utility(rng), utility(rng));
    format!(
        "<article class=\"{class} card card--teaser {c1}\" data-analytics='{{\"event\":\"teaser_click\",\"list\":\"{class}\",\"section\":\"{path}\",\"position\":{}}}'><a class=\"card__media {c2}\" href=\"{link}\"><img loading=\"lazy\" decoding=\"async\" src=\"{}\" srcset=\"{}\" sizes=\"(max-width: 768px) 100vw, 33vw\" alt=\"{title}\" width=\"640\" height=\"360\"></a><div class=\"card__body {c3}\"><a class=\"card__section\" href=\"/ar/{path}\">{name}</a><h3 class=\"card__title\"><a href=\"{link}\">{title}</a></h3><p class=\"card__excerpt\">{excerpt}</p><time class=\"card__time\" datetime=\"2024-0{}-1{}T0{}:00:00+03:00\">منذ {} ساعات</time></div></article>\n",
        rng.below(40),
        image_url(rng, 640),
        srcset.join(", "),
        1 + rng.below(9),
        rng.below(10),
        rng.below(10),
        2 + rng.below(20)
    )
}

/// A list of utility classes, as CSS frameworks write them.
fn utility(rng: &mut Rng) -> String {
    (0..(6 + rng.below(8)))
        .map(|_| {
            let base = rng.pick(UTILITIES);
            match rng.below(4) {
                0 => format!("md:{base}"),
                1 => format!("hover:{base}"),
                _ => base.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn comment(rng: &mut Rng, n: usize) -> String {
    let mut text = String::new();
    for i in 0..(3 + rng.below(7)) {
        if i > 0 {
            text.push_str("، ");
        }
        text.push_str(rng.pick(COMMENT_PHRASES));
    }
    format!(
        "<li class=\"comment {}\" id=\"comment-{}\"><div class=\"comment__head {}\"><img class=\"avatar\" src=\"https://static.example-news.net/avatars/{:04}.png\" alt=\"\" width=\"40\" height=\"40\"><b class=\"comment__author\">{}</b> <time datetime=\"2024-05-0{}\">قبل {} دقيقة</time></div><div class=\"comment__text {}\"><p>{text}.</p></div><a class=\"comment__reply\" href=\"#reply-{n}\">رد</a></li>\n",
        utility(rng),
        rng.next() as u32,
        utility(rng),
        rng.below(10_000),
        rng.pick(NAMES),
        1 + rng.below(9),
        1 + rng.below(59),
        utility(rng),
    )
}

fn nav_item(rng: &mut Rng, path: &str) -> String {
    let (sub, name) = SUBSECTIONS[rng.below(SUBSECTIONS.len())];
    format!(
        "<li class=\"mega-menu__item\"><a class=\"mega-menu__link\" href=\"/ar/{path}/{sub}\" data-track=\"nav-{path}-{sub}\">{name}</a></li>"
    )
}

fn footer_link(rng: &mut Rng) -> String {
    let (path, name) = FOOTER_LINKS[rng.below(FOOTER_LINKS.len())];
    format!(
        "<li class=\"footer__item\"><a class=\"footer__link\" href=\"/ar/page/{path}\">{name}</a></li>"
    )
}

fn ticker_item(rng: &mut Rng) -> String {
    let (path, _) = section(rng);
    format!(
        "<li class=\"ticker__item\"><a href=\"/ar/{path}/{}\">{}</a></li>",
        slug(rng),
        headline(rng)
    )
}

fn share_bar(rng: &mut Rng, uri: &str, class: &str) -> String {
    let mut out = format!(
        "<div class=\"share-bar {class}\"><span class=\"share-bar__label\">شارك</span><ul class=\"share-bar__list\">"
    );
    for net in NETWORKS {
        let _ = write!(
            out,
            "<li><a class=\"share-bar__link share-bar__link--{net}\" href=\"https://share.example-news.net/{net}?u={}\" rel=\"noopener\" target=\"_blank\" title=\"{net}\">{}</a></li>",
            escape(uri),
            svg_icon(rng)
        );
    }
    out.push_str("</ul></div>\n");
    out
}

/// About `budget` bytes of CSS.
fn style(rng: &mut Rng, budget: usize) -> String {
    let mut css = String::from(
        ":root{--brand:#b5121b;--ink:#1d1d1f;--muted:#6b6b70;--gap:16px}body{margin:0;font:16px/1.7 \"Noto Kufi Arabic\",Tahoma,sans-serif;color:var(--ink);direction:rtl}",
    );
    while css.len() < budget {
        let _ = write!(
            css,
            ".c-{}-{}{{display:{};margin:0 {}px;padding:{}px {}px;color:#{:06x};font-size:{}px}}",
            rng.pick(WORDS),
            rng.below(500),
            rng.pick(&["flex", "block", "grid", "inline-flex"]),
            rng.below(32),
            rng.below(24),
            rng.below(24),
            rng.next() & 0xff_ffff,
            11 + rng.below(14)
        );
    }
    css
}

/// Script bodies: analytics, ad slots, a bundle of page code and the app's state as JSON,
/// about `budget` bytes together. None holds `<`.
fn scripts(rng: &mut Rng, budget: usize, path: &str) -> Vec<String> {
    let mut out = vec![format!(
        "window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag(\"js\",new Date());gtag(\"config\",\"G-{:010X}\",{{page_path:\"{path}\",content_group:\"news\",anonymize_ip:true}});",
        rng.next() & 0xff_ffff_ffff
    )];
    let mut ads = String::from("window.adq=window.adq||[];adq.push(function(){");
    for i in 0..8 {
        let _ = write!(
            ads,
            "ads.defineSlot(\"/{}/news/article\",[[300,250],[336,280],[728,90]],\"ad-slot-{i}-{}\").setTargeting(\"pos\",\"{i}\").addService(ads.pubads());",
            rng.below(100_000_000),
            rng.below(1_000_000)
        );
    }
    ads.push_str("ads.pubads().enableLazyLoad({fetchMarginPercent:200});ads.enableServices()});");
    out.push(ads);
    let mut code = String::from("!function(e,t){\"use strict\";");
    for _ in 0..(6 + rng.below(6)) {
        let name = rng.pick(WORDS);
        let _ = write!(
            code,
            "var {name}{n}=function(n){{var r=e.querySelectorAll(\".{name}--{n}\");for(var o=0;o!==r.length;o++)r[o].addEventListener(\"click\",function(e){{e.preventDefault();t.track&&t.track(\"{name}\",{{id:{n},pos:o}})}})}};t.addEventListener(\"load\",function(){{{name}{n}(1)}});",
            n = rng.below(1000)
        );
    }
    code.push_str("}(document,window);");
    out.push(code);
    let used: usize = out.iter().map(String::len).sum();
    let mut state = format!(
        "window.__STATE__={{\"page\":{{\"type\":\"article\",\"path\":\"{path}\",\"id\":{}}},\"latest\":[",
        rng.below(10_000_000)
    );
    let mut first = true;
    while used + state.len() < budget {
        if !first {
            state.push(',');
        }
        first = false;
        let (sec, name) = section(rng);
        let _ = write!(
            state,
            "{{\"id\":{},\"title\":\"{}\",\"url\":\"/ar/{sec}/{}\",\"section\":\"{name}\",\"image\":\"{}\",\"published\":\"2024-05-{:02}T{:02}:00:00+03:00\",\"views\":{}}}",
            rng.below(10_000_000),
            json_str(&headline(rng)),
            slug(rng),
            image_url(rng, 640),
            1 + rng.below(28),
            rng.below(24),
            rng.below(100_000)
        );
    }
    state.push_str("]};");
    out.push(state);
    out
}

/// Start tags in `s`: `<` followed by a letter.
fn count_tags(s: &str) -> usize {
    s.as_bytes()
        .windows(2)
        .filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
        .count()
}

/// The parts of the page that grow until it reaches its size.
#[derive(Default)]
struct Grown {
    /// One mega-menu per section.
    nav: Vec<String>,
    ticker: String,
    related: String,
    comments: String,
    most_read: String,
    footer: Vec<String>,
    tags: usize,
    bytes: usize,
}

impl Grown {
    fn add_dense(&mut self, rng: &mut Rng, turn: usize) {
        let s = match turn % 4 {
            0 | 1 => {
                let i = rng.below(self.nav.len().max(1));
                let path = SECTIONS.get(i).map_or("news", |s| s.0);
                let item = nav_item(rng, path);
                if let Some(menu) = self.nav.get_mut(i) {
                    menu.push_str(&item);
                }
                item
            }
            2 => {
                let item = footer_link(rng);
                let col = rng.below(self.footer.len().max(1));
                if let Some(c) = self.footer.get_mut(col) {
                    c.push_str(&item);
                }
                item
            }
            _ => {
                let item = ticker_item(rng);
                self.ticker.push_str(&item);
                item
            }
        };
        self.count(&s);
    }

    fn add_sparse(&mut self, rng: &mut Rng, turn: usize, n: usize) {
        let s = match turn % 3 {
            0 => {
                let c = card(rng, "related__card");
                self.related.push_str(&c);
                c
            }
            1 => {
                let c = comment(rng, n);
                self.comments.push_str(&c);
                c
            }
            _ => {
                let (path, _) = section(rng);
                let c = format!(
                    "<li class=\"most-read__item\"><span class=\"most-read__rank\">{n}</span><a href=\"/ar/{path}/{}\">{}</a>{}</li>\n",
                    slug(rng),
                    headline(rng),
                    svg_icon(rng)
                );
                self.most_read.push_str(&c);
                c
            }
        };
        self.count(&s);
    }

    fn count(&mut self, s: &str) {
        self.bytes += s.len();
        self.tags += count_tags(s);
    }
}

/// `a` as a page of about `kb` KB of news-site chrome (see the module documentation),
/// fetched from `uri`; `index` and `copy` seed the chrome.
pub fn padded_page(a: &ArticleInput, index: usize, copy: usize, uri: &str, kb: usize) -> String {
    let mut rng = Rng::new(index, copy);
    let target = kb * 1024;
    let title = escape(a.title.as_deref().unwrap_or("خبر"));
    let date = a.published.map(|d| d.to_string()).unwrap_or_default();
    let (sec_path, sec_name) = ("syria", "سوريا");
    let mut body = String::with_capacity(a.text.len() + 1024);
    let lines: Vec<&str> = a.text.lines().filter(|p| !p.trim().is_empty()).collect();
    for (i, p) in lines.iter().enumerate() {
        body.push_str("<p>");
        body.push_str(&escape(p));
        body.push_str("</p>\n");
        if i == 1 {
            // An in-article ad slot: markup and a script, no text.
            let _ = writeln!(
                body,
                "<div class=\"ad-slot ad-slot--inarticle\" id=\"ad-slot-inline-{copy}\" data-size=\"300x250\"><script>adq.push(function(){{ads.display(\"ad-slot-inline-{copy}\")}});</script></div>"
            );
        }
    }
    let _ = writeln!(body, "<p>(نسخة رقم {copy})</p>");
    let summary: String = a.text.chars().take(160).collect();
    let summary = escape(summary.trim());
    let uri_attr = escape(uri);

    let ld = format!(
        "[{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"datePublished\":\"{date}\",\"dateModified\":\"{date}\",\"inLanguage\":\"ar\",\"mainEntityOfPage\":{{\"@type\":\"WebPage\",\"@id\":\"{}\"}},\"image\":[\"{}\"],\"author\":{{\"@type\":\"Organization\",\"name\":\"{SITE}\"}},\"publisher\":{{\"@type\":\"Organization\",\"name\":\"{SITE}\",\"logo\":{{\"@type\":\"ImageObject\",\"url\":\"https://static.example-news.net/logo.png\"}}}},\"description\":\"{}\"}},{{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[{{\"@type\":\"ListItem\",\"position\":1,\"name\":\"الرئيسية\",\"item\":\"https://www.example-news.net/ar\"}},{{\"@type\":\"ListItem\",\"position\":2,\"name\":\"{sec_name}\",\"item\":\"https://www.example-news.net/ar/{sec_path}\"}}]}}]",
        json_str(a.title.as_deref().unwrap_or("خبر")),
        json_str(uri),
        image_url(&mut rng, 1200),
        json_str(&a.text.chars().take(160).collect::<String>()),
    );
    let mut head = format!(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} | {SITE}</title>\
<meta name=\"description\" content=\"{summary}\">\
<meta name=\"keywords\" content=\"{}\">\
<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\
<link rel=\"canonical\" href=\"{uri_attr}\">\
<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"{SITE}\">\
<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{summary}\">\
<meta property=\"og:url\" content=\"{uri_attr}\"><meta property=\"og:image\" content=\"{}\">\
<meta property=\"og:locale\" content=\"ar_AR\"><meta property=\"article:section\" content=\"{sec_name}\">\
<meta property=\"article:published_time\" content=\"{date}\">\
<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:site\" content=\"@example_news\">\
<meta name=\"twitter:title\" content=\"{title}\"><meta name=\"twitter:image\" content=\"{}\">\
<link rel=\"preconnect\" href=\"https://static.example-news.net\"><link rel=\"preconnect\" href=\"https://ads.example-cdn.net\">\
<link rel=\"preload\" as=\"font\" type=\"font/woff2\" href=\"/assets/fonts/kufi-{:x}.woff2\" crossorigin>\
<link rel=\"stylesheet\" href=\"/assets/css/main.{:08x}.css\"><link rel=\"icon\" href=\"/favicon.ico\">\
<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/ar/rss\" title=\"{SITE}\">\n",
        TAGS[..4].join(", "),
        image_url(&mut rng, 1200),
        image_url(&mut rng, 1200),
        rng.next() as u32,
        rng.next() as u32,
    );
    let _ = writeln!(head, "<script type=\"application/ld+json\">{ld}</script>");

    let mut article = format!(
        "<nav class=\"breadcrumb\" aria-label=\"breadcrumb\"><ol><li><a href=\"/ar\">الرئيسية</a></li><li><a href=\"/ar/news\">أخبار</a></li><li><a href=\"/ar/{sec_path}\">{sec_name}</a></li></ol></nav>\n\
<article class=\"article\" id=\"article-{}\"><header class=\"article__header\"><a class=\"article__section\" href=\"/ar/{sec_path}\">{sec_name}</a><h1 class=\"article__title\">{title}</h1>\
<div class=\"article__meta\"><time datetime=\"{date}\">{date}</time> <span class=\"article__reading\">{} دقائق قراءة</span></div></header>\n",
        rng.below(10_000_000),
        2 + rng.below(6)
    );
    article.push_str(&share_bar(&mut rng, uri, "share-bar--top"));
    let _ = write!(
        article,
        "<figure class=\"article__image\"><img src=\"{}\" alt=\"{title}\" width=\"1200\" height=\"675\"><figcaption>صورة أرشيفية</figcaption></figure>\n<div class=\"article__body\">\n{body}</div>\n",
        image_url(&mut rng, 1200)
    );
    article.push_str("<div class=\"article__tags\"><span>الوسوم</span><ul>");
    for _ in 0..(3 + rng.below(4)) {
        let tag = rng.pick(TAGS);
        let _ = write!(
            article,
            "<li><a href=\"/ar/tag/{}\">{tag}</a></li>",
            rng.below(5000)
        );
    }
    article.push_str("</ul></div>\n");
    article.push_str(&share_bar(&mut rng, uri, "share-bar--bottom"));
    article.push_str("</article>\n");

    let top_icons: Vec<String> = (0..4).map(|_| svg_icon(&mut rng)).collect();
    let logo = svg_icon(&mut rng);
    let menu_icon = svg_icon(&mut rng);
    let parts = Parts {
        head: &head,
        article: &article,
        date: &date,
        top_icons: &top_icons,
        logo: &logo,
        menu_icon: &menu_icon,
    };
    let mut grown = Grown {
        nav: vec![String::new(); SECTIONS.len()],
        footer: vec![String::new(); 4],
        ..Grown::default()
    };
    // The skeleton as it is, without the grown parts, and with one-byte styles and scripts
    // (four scripts, as [`scripts`] writes).
    let skeleton = parts.assemble(&grown, "x", &vec![String::from("x"); 4]);
    let (fixed_bytes, fixed_tags) = (skeleton.len() - 5, count_tags(&skeleton));
    let script_budget = (target as f64 * SCRIPT_SHARE) as usize;
    let style_budget = (target as f64 * STYLE_SHARE) as usize;
    let (mut dense, mut sparse) = (0usize, 0usize);
    loop {
        let bytes = fixed_bytes + script_budget + style_budget + grown.bytes;
        if bytes >= target {
            break;
        }
        let tags = fixed_tags + grown.tags;
        if (tags as f64) < TAGS_PER_KIB * bytes as f64 / 1024.0 {
            grown.add_dense(&mut rng, dense);
            dense += 1;
        } else {
            sparse += 1;
            grown.add_sparse(&mut rng, sparse, sparse / 3 + 1);
        }
    }
    let css = style(&mut rng, style_budget);
    let page_path = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    let page_path = page_path.find('/').map_or("/", |i| &page_path[i..]);
    let scripts = scripts(&mut rng, script_budget, &json_str(page_path));
    parts.assemble(&grown, &css, &scripts)
}

/// The fixed parts of a padded page.
struct Parts<'a> {
    head: &'a str,
    article: &'a str,
    date: &'a str,
    top_icons: &'a [String],
    logo: &'a str,
    menu_icon: &'a str,
}

impl Parts<'_> {
    fn assemble(&self, grown: &Grown, css: &str, scripts: &[String]) -> String {
        let mut out = String::with_capacity(
            self.head.len() + self.article.len() + grown.bytes + css.len() + 16384,
        );
        out.push_str(self.head);
        if !css.is_empty() {
            let _ = writeln!(out, "<style>{css}</style>");
        }
        if let Some(first) = scripts.first() {
            let _ = writeln!(out, "<script>{first}</script>");
        }
        out.push_str(
            "<script async src=\"https://ads.example-cdn.net/tag/ads.js\"></script></head>\n<body class=\"page page--article rtl\"><div id=\"app\">\n",
        );
        let _ = write!(
            out,
            "<div class=\"topbar\"><span class=\"topbar__date\">{}</span><ul class=\"topbar__social\">",
            self.date
        );
        for (net, icon) in NETWORKS.iter().zip(self.top_icons) {
            let _ = write!(
                out,
                "<li><a href=\"https://social.example-news.net/{net}\" aria-label=\"{net}\">{icon}</a></li>"
            );
        }
        let _ = writeln!(
            out,
            "</ul></div>\n<header class=\"site-header\"><a class=\"site-header__logo\" href=\"/ar\">{}<span class=\"visually-hidden\">{SITE}</span></a><button class=\"site-header__menu\" aria-label=\"القائمة\">{}</button><form class=\"site-header__search\" action=\"/ar/search\"><input type=\"search\" name=\"q\" placeholder=\"ابحث\"><button type=\"submit\">بحث</button></form></header>",
            self.logo, self.menu_icon
        );
        out.push_str(
            "<nav class=\"main-nav\" aria-label=\"القائمة الرئيسية\"><ul class=\"main-nav__list\">",
        );
        for ((path, name), menu) in SECTIONS.iter().zip(&grown.nav) {
            let _ = write!(
                out,
                "<li class=\"main-nav__item has-children\"><a class=\"main-nav__link\" href=\"/ar/{path}\">{name}</a>"
            );
            let _ = write!(
                out,
                "<div class=\"mega-menu\"><ul class=\"mega-menu__list\">{menu}</ul></div>"
            );
            out.push_str("</li>");
        }
        out.push_str("</ul></nav>\n");
        let _ = writeln!(
            out,
            "<div class=\"ticker\"><span class=\"ticker__label\">عاجل</span><ul class=\"ticker__list\">{}</ul></div>",
            grown.ticker
        );
        out.push_str(
            "<main class=\"page__main\"><div class=\"container\"><div class=\"row\"><div class=\"col col--main\">\n",
        );
        out.push_str(self.article);
        let _ = writeln!(
            out,
            "<section class=\"related\"><h2 class=\"related__title\">مقالات ذات صلة</h2><div class=\"related__grid\">\n{}</div></section>",
            grown.related
        );
        let _ = writeln!(
            out,
            "<section class=\"comments\" id=\"comments\"><h3 class=\"comments__title\">التعليقات</h3><ol class=\"comments__list\">\n{}</ol><form class=\"comments__form\" action=\"/ar/comment\" method=\"post\"><textarea name=\"body\" placeholder=\"اكتب تعليقك\"></textarea><button type=\"submit\">أرسل</button></form></section>",
            grown.comments
        );
        out.push_str("</div>\n<aside class=\"col col--side sidebar\">");
        let _ = write!(
            out,
            "<section class=\"most-read\"><h3 class=\"most-read__title\">الأكثر قراءة</h3><ol class=\"most-read__list\">\n{}</ol></section>",
            grown.most_read
        );
        out.push_str(
            "<div class=\"ad-slot ad-slot--side\" id=\"ad-slot-side\"></div><section class=\"newsletter\"><h3>النشرة البريدية</h3><form action=\"/ar/newsletter\"><input type=\"email\" name=\"email\" placeholder=\"بريدك الإلكتروني\"><button type=\"submit\">اشترك</button></form></section></aside>\n</div></div></main>\n",
        );
        out.push_str("<footer class=\"site-footer\"><div class=\"site-footer__cols\">");
        for (col, heading) in grown
            .footer
            .iter()
            .zip(["أقسام", "عن الموقع", "خدمات", "تابعنا"])
        {
            let _ = write!(
                out,
                "<div class=\"site-footer__col\"><h4>{heading}</h4><ul>{col}</ul></div>"
            );
        }
        let _ = writeln!(
            out,
            "</div><p class=\"site-footer__copy\">© 2024 {SITE}. جميع الحقوق محفوظة</p></footer>\n</div>"
        );
        for s in scripts.iter().skip(1) {
            let _ = writeln!(out, "<script>{s}</script>");
        }
        out.push_str("<script defer src=\"/assets/js/main.js\"></script>\n</body></html>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> ArticleInput {
        ArticleInput {
            title: Some("عنوان الخبر التجريبي عن الطريق".into()),
            text: "قال مصدر محلي إن الطريق بين المدينتين أعيد فتحه صباح اليوم بعد إغلاق دام ثلاثة أيام.\n\
وأضاف المصدر أن حركة الشاحنات عادت تدريجيا وأن الأسواق استقبلت أولى الشحنات.\n\
وأشار إلى أن السلطات المحلية وعدت بإصلاح الجسر المتضرر قبل نهاية الشهر الجاري.\n\
ويعتمد سكان القرى المجاورة على هذا الطريق لنقل محاصيلهم إلى أسواق المدينة."
                .into(),
            published: "2024-05-02".parse().ok(),
            ..ArticleInput::default()
        }
    }

    fn collapse(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The paragraphs of the extracted text that are not the article's (title, lines,
    /// copy line), and the article's lines missing from it.
    fn differences(page: &str, a: &ArticleInput, copy: usize) -> (Vec<String>, Vec<String>) {
        let read = rasd_ingest::read_html(page).input;
        let mut want: Vec<String> = a
            .text
            .lines()
            .map(collapse)
            .filter(|l| !l.is_empty())
            .collect();
        want.push(format!("(نسخة رقم {copy})"));
        let title = a.title.as_deref().map(collapse).unwrap_or_default();
        let got: Vec<String> = read.text.split("\n\n").map(collapse).collect();
        let extra = got
            .iter()
            .filter(|p| **p != title && !want.contains(p))
            .cloned()
            .collect();
        let missing = want.iter().filter(|w| !got.contains(w)).cloned().collect();
        (extra, missing)
    }

    /// What the reader takes from the article alone, on a bare page.
    fn bare(a: &ArticleInput, copy: usize) -> String {
        let mut page = String::from(
            "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"></head><body><article>",
        );
        page.push_str(&format!(
            "<h1>{}</h1>",
            escape(a.title.as_deref().unwrap_or("خبر"))
        ));
        for l in a.text.lines().filter(|l| !l.trim().is_empty()) {
            page.push_str(&format!("<p>{}</p>", escape(l)));
        }
        page.push_str(&format!("<p>(نسخة رقم {copy})</p></article></body></html>"));
        rasd_ingest::read_html(&page).input.text
    }

    #[test]
    fn padded_pages_have_the_asked_size_and_proportions() {
        let a = article();
        for kb in [30, 115, 300] {
            let page = padded_page(&a, 3, 7, "https://example.org/news/1?copy=7", kb);
            let size = page.len() as f64 / 1024.0;
            assert!(
                (size - kb as f64).abs() < kb as f64 * 0.1 + 2.0,
                "{kb} KB: {size}"
            );
            let inside = |open: &str, close: &str| -> usize {
                page.split(open)
                    .skip(1)
                    .filter_map(|s| s.split_once('>').and_then(|(_, r)| r.split_once(close)))
                    .map(|(inner, _)| inner.len())
                    .sum()
            };
            let script = inside("<script", "</script>") as f64 / page.len() as f64;
            let style = inside("<style", "</style>") as f64 / page.len() as f64;
            let tags = count_tags(&page) as f64 / size;
            assert!((0.2..0.3).contains(&script), "{kb} KB: script {script}");
            assert!((0.01..0.02).contains(&style), "{kb} KB: style {style}");
            eprintln!(
                "{kb} KB: {size:.1} KiB, script {script:.3}, style {style:.3}, {tags:.2} tags/KiB"
            );
            // The skeleton alone is denser than 6.4 tags/KiB: small pages stay denser.
            if kb >= 100 {
                assert!((6.0..6.8).contains(&tags), "{kb} KB: {tags} tags/KiB");
            }
        }
    }

    #[test]
    fn copies_differ_and_are_deterministic() {
        let a = article();
        let one = padded_page(&a, 0, 1, "https://example.org/a?copy=1", 60);
        assert_eq!(
            one,
            padded_page(&a, 0, 1, "https://example.org/a?copy=1", 60)
        );
        assert_ne!(
            one,
            padded_page(&a, 0, 2, "https://example.org/a?copy=2", 60)
        );
        assert_ne!(
            one,
            padded_page(&a, 1, 1, "https://example.org/a?copy=1", 60)
        );
    }

    #[test]
    fn the_reader_extracts_the_article_and_none_of_the_chrome() {
        let a = article();
        for (copy, kb) in [(0, 20), (5, 115), (9, 250)] {
            let page = padded_page(&a, copy, copy, "https://example.org/n?copy=1", kb);
            let (extra, missing) = differences(&page, &a, copy);
            assert!(extra.is_empty(), "{kb} KB: chrome leaked: {extra:?}");
            assert!(missing.is_empty(), "{kb} KB: article lost: {missing:?}");
            let read = rasd_ingest::read_html(&page).input;
            assert_eq!(read.title.as_deref(), a.title.as_deref());
            assert_eq!(read.published, a.published);
        }
    }

    #[test]
    fn the_demo_articles_come_back_from_padded_pages_as_from_bare_ones() {
        let demo = include_str!("../../../examples/demo.jsonl");
        let articles: Vec<_> = rasd_ingest::read_jsonl_str("demo.jsonl", demo).collect();
        assert!(articles.len() >= 10);
        for (i, a) in articles.into_iter().enumerate() {
            let a = a.map(|a| a.input).unwrap_or_default();
            let page = padded_page(&a, i, 3, "https://example.org/d?copy=3", 115);
            let read = rasd_ingest::read_html(&page).input;
            assert_eq!(read.text, bare(&a, 3), "article {i}");
        }
    }

    #[test]
    fn the_check_sees_padding_that_leaks_in() {
        let a = article();
        let page = padded_page(&a, 1, 1, "https://example.org/n?copy=1", 115);
        // A comment's text moved into the article body must be caught.
        let leaked = "<p>نريد المزيد من التفاصيل حول الموضوع، معلومات مفيدة جدا.</p>\n</div>";
        let anchor = "</div>\n<div class=\"article__tags\">";
        assert!(page.contains(anchor));
        let page = page.replacen(
            anchor,
            &format!("{leaked}\n<div class=\"article__tags\">"),
            1,
        );
        let (extra, _) = differences(&page, &a, 1);
        assert!(!extra.is_empty(), "leak not seen");
    }
}
