//! The extraction core of rasd: article in, typed events with provenance out.
//! Pure and deterministic: no I/O, no clock, no global state.
//!
//! ```text
//! text ─► page structure ─► Doc (normalise, tokens, lexicon hits, places, numbers, times)
//!      ─► per sentence: triggers ─► drafts with arguments ─► context (actor, place, date)
//!      ─► merge mentions of one event ─► events with ids, notes and byte spans
//! ```

pub(crate) mod args;
mod assertion;
mod clause;
mod control;
mod dateline;
pub mod dates;
mod doc;
mod frame;
pub mod lexicon;
mod listing;
mod merge;
pub mod model;
pub(crate) mod note;
pub mod page;

pub use assertion::*;
pub use lexicon::{Lexicon, LexiconError};
pub use model::*;
pub use note::actor_name;
pub use rasd_geo::Gazetteer;
pub use rasd_geo::haversine_km;

use doc::{Doc, Sentence};
use frame::Draft;
use jiff::civil::{Date, Weekday};
use lexicon::Category;

/// The date from which Syrian state wording means the transitional government.
const TRANSITION: Date = jiff::civil::date(2024, 12, 8);

/// Lexicons and gazetteer, loaded once and shared by every article.
pub struct Extractor {
    pub lexicon: Lexicon,
    pub gazetteer: Gazetteer,
    /// The latest date an undated article can bear (today, for the command line): a weekday
    /// with a day and month but no year ("السبت 5 آب") then names the latest year that fits.
    pub not_after: Option<Date>,
}

impl Extractor {
    pub fn new(lexicon: Lexicon, gazetteer: Gazetteer) -> Self {
        Extractor {
            lexicon,
            gazetteer,
            not_after: None,
        }
    }

    /// See [`Extractor::not_after`].
    pub fn with_not_after(mut self, day: Option<Date>) -> Self {
        self.not_after = day;
        self
    }

    pub fn bundled() -> Self {
        Extractor::new(Lexicon::bundled(), Gazetteer::bundled())
    }

    pub fn analyse(&self, article: &ArticleInput) -> Analysis {
        self.finish(article, self.prepare(article))
    }

    /// The first, cheap part of [`Extractor::analyse`]: page structure and tokens, and
    /// from them the article's id, title, body, related links and signature.
    pub fn prepare(&self, article: &ArticleInput) -> Prepared<'_> {
        let text = article.text.as_str();
        let doc = Doc::light(text, &self.lexicon);
        let mut page = page::structure_normalized(text, &doc.norm, &self.lexicon);
        let light = Analysis {
            article_id: article_id(&doc, &page),
            title: page.title.map(|t| text[t.range()].to_string()),
            body: page.body,
            events: Vec::new(),
            control: Vec::new(),
            page_date: None,
            signature: body_signature(&doc, &page),
            related: std::mem::take(&mut page.related),
        };
        Prepared { page, doc, light }
    }

    /// The rest of [`Extractor::analyse`] for an article [`Extractor::prepare`]d.
    pub fn finish(&self, article: &ArticleInput, prepared: Prepared<'_>) -> Analysis {
        let Prepared {
            page,
            mut doc,
            light,
        } = prepared;
        doc.complete(
            &article.text,
            &self.gazetteer,
            article.published,
            self.not_after,
        );
        let page_date = match article.published {
            Some(_) => None,
            None => dateline::page_date(&doc, &page),
        };
        if page_date.is_some() {
            doc.redate(page_date, self.not_after);
        }
        let published = article.published.or(page_date);
        let article_id = light.article_id;

        let mut sentences: Vec<Sentence> = Vec::new();
        if let Some(t) = page.title {
            sentences.extend(doc.sentences_of(t.start as usize, t.end as usize, None));
        }
        for (i, seg) in page.segments.iter().enumerate() {
            sentences.extend(doc.sentences_of(seg.start as usize, seg.end as usize, Some(i)));
        }

        let (reference, reference_wd) = reference_day(&doc, &sentences, published);
        let mut drafts: Vec<Draft> = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            let subheading = s
                .segment
                .is_some_and(|k| page.is_subheading(&article.text, k));
            let framed = clause::frame_sentence(&doc, s, i);
            if framed.is_empty() {
                attach_toll(&doc, s, i, &mut drafts);
            }
            for d in framed {
                let Some(dating) = period_role(&doc, &d) else {
                    continue;
                };
                // A sub-heading with no place names what the paragraph after it tells, not
                // more of the paragraph before ("…معبر باب السلامة. / قصف مدفعي لميليشيا أسد").
                if subheading && d.place.is_none() {
                    continue;
                }
                let Some(mut d) = join_named_again(&mut drafts, d) else {
                    continue;
                };
                let source = carry_context(&mut d, &drafts);
                date_draft(&doc, &mut d, (reference, reference_wd), dating);
                // A sentence that continues another keeps its time ("... وصلت إلى الشدادي");
                // background ("تعرضت المدينة عدة مرات للقصف") takes no date from today's news.
                // An agreement told as the backdrop ("رغم اتفاق وقف إطلاق النار المبرم منذ
                // آذار 2020") dates itself, not the violations told after it.
                if d.time_key.is_none()
                    && let Some(src) = source.and_then(|k| drafts.get(k))
                    && src.segment.is_some()
                    && !src.time_own
                    && (d.modality != Modality::Historical || src.modality == Modality::Historical)
                    && (src.ty != EventType::Agreement || d.ty == EventType::Agreement)
                {
                    d.time_key = src.time_key.clone();
                    if src.date.is_some() {
                        d.date = src.date;
                        d.time_precision = src.time_precision;
                    }
                    // Its weekday too: the article's day of reference is not the day of a
                    // time told without one ("بداية الشهر الجاري" on a page without a date).
                    d.weekday = src.weekday;
                }
                if attach_casualties(&doc, &mut drafts, &d) {
                    continue;
                }
                drafts.push(d);
            }
        }
        let written = reference.map(|(day, _)| day).max(published);
        let events: Vec<Event> = merge::merge(drafts)
            .into_iter()
            .map(|mut d| {
                not_yet(&mut d, written);
                resolve_state_actor(&mut d, published);
                frame::finish(d, &article_id)
            })
            .collect();
        let ctx = control::ArticleContext {
            article_id: &article_id,
            reference,
        };
        let control = control::extract(&doc, &sentences, &ctx, &events);
        Analysis {
            article_id,
            title: light.title,
            body: light.body,
            events,
            control,
            page_date,
            signature: light.signature,
            related: light.related,
        }
    }
}

/// An article halfway through [`Extractor::analyse`]; `light` is all a store keeps of an
/// article it already holds or of a near-copy of one (no events, no control assertions).
pub struct Prepared<'a> {
    page: page::Page,
    doc: Doc<'a>,
    pub light: Analysis,
}

/// Hash of the normalised title and body, so the same text under two URLs is one article.
/// Words only: spacing and punctuation differences do not make a new article.
/// The body's words (title excluded: outlets retitle copies), as the near-duplicate signature.
fn body_signature(doc: &Doc, page: &page::Page) -> Option<rasd_text::Signature> {
    let words = page.segments.iter().flat_map(|span| {
        let a = doc.token_at(doc.norm.normalized_offset(span.start as usize));
        let b = doc.token_at(doc.norm.normalized_offset(span.end as usize));
        (a..b).map(|i| doc.token_text(i))
    });
    rasd_text::Signature::of_words(words)
}

fn article_id(doc: &Doc, page: &page::Page) -> String {
    let mut h = blake3::Hasher::new();
    let parts = page.title.iter().chain(page.segments.iter());
    for span in parts {
        let a = doc.token_at(doc.norm.normalized_offset(span.start as usize));
        let b = doc.token_at(doc.norm.normalized_offset(span.end as usize));
        for i in a..b {
            h.update(doc.token_text(i).as_bytes());
            h.update(b" ");
        }
        h.update(b"\n");
    }
    h.finalize().to_hex()[..24].to_string()
}

/// A sentence without an actor or place takes them from the event just before it (two
/// sentences back at most), or from the title's event. Returns the index of that event.
fn carry_context(d: &mut Draft, before: &[Draft]) -> Option<usize> {
    let continued = |related: &dyn Fn(&Draft) -> bool| {
        before
            .iter()
            .rposition(|p| {
                p.segment.is_some() && d.sentence.abs_diff(p.sentence) <= 2 && related(p)
            })
            .or_else(|| before.iter().position(|p| p.segment.is_none()))
    };
    // "…غارات على القامشلي بالتزامن مع قصف مدفعي على عفرين. الغارات استهدفت محطة قطار":
    // the event of the same type continues, not the last one named.
    // (`continued` falls back to the title's event, which this preference must not pick.)
    let source = continued(&|p: &Draft| p.ty == d.ty)
        .filter(|&k| before.get(k).is_some_and(|p| p.segment.is_some()))
        .or_else(|| continued(&|_| true));
    // The agent crosses a paragraph break only from an event of a kindred type or a claim
    // ("أعلنت المقاومة…"): in a round-up the next item ("ادلب::سقوط شهيد جراء قصف") is not
    // done by whoever made the arrest of the item before.
    // Nor from background ("تعرضت المدينة عدة مرات للقصف … دون رد من قبل الفصائل") into
    // today's report, or back.
    let agent_source = continued(&|p: &Draft| {
        (p.modality == Modality::Historical) == (d.modality == Modality::Historical)
            && (p.segment == d.segment
                || same_kind(p.ty, d.ty)
                || matches!(p.ty, EventType::Statement | EventType::Threat))
    });
    if d.actors.actor1.is_none()
        && !d.own_agent_only
        && let Some(src) = agent_source.and_then(|k| before.get(k))
        && src.actors.actor1.is_some()
    {
        d.actors.actor1 = src.actors.actor1.clone();
        d.actors.assoc = src.actors.assoc.clone();
    }
    let src = &before[source?];
    let verbal = matches!(d.ty, EventType::Statement | EventType::Threat);
    if d.place.is_none() && !verbal {
        d.place = src.place.clone();
        d.place_area = src.place_area;
        d.place_wide = src.place_wide;
    }
    source
}

/// "وخلّف القصف آنف الذكر أضراراً … في مدينة سرمين"، "وأسفرت هذه الغارات عن مقتل مدنيين": an
/// event named again is the latest of its kind told before (at its place, when it names a site
/// and not only an area) and joins it, adding its toll. Named at another site, or with
/// nothing of its kind told before, only a toll makes it news ("ودانت الخارجية هذه الهجمات"،
/// "كان هذا التوغل الأول في المحافظة" are no new events); the toll's event is by the side of
/// the latest of its kind.
fn join_named_again(drafts: &mut [Draft], mut d: Draft) -> Option<Draft> {
    if !d.named_again {
        return Some(d);
    }
    // "هذه الغارات" names air strikes, before any shelling told since; "تلك الهجمات" any
    // kind of violence.
    let exact = d.strike_word && !d.untyped_strike;
    // "هذه المجزرة" is what a strike or an attack did.
    let any_violence = d.refers_back || d.ty == EventType::AttackOnCivilians;
    // (The headline is no antecedent: it names what the body tells, and joins it later.)
    let kindred = |p: &Draft| {
        p.segment.is_some() && (same_kind(p.ty, d.ty) || (any_violence && p.ty.is_violent()))
    };
    let latest_where = |fits: &dyn Fn(&Draft) -> bool| {
        let found = |p: &Draft| fits(p) && kindred(p);
        exact
            .then(|| drafts.iter().rposition(|p| p.ty == d.ty && found(p)))
            .flatten()
            .or_else(|| drafts.iter().rposition(found))
    };
    let toll = d.has_toll();
    let Some(latest) = latest_where(&|_| true) else {
        return toll.then_some(d);
    };
    let told_at = match &d.place {
        None => Some(latest),
        Some(here) => latest_where(&|p| p.place.as_ref().is_some_and(|q| merge::one_site(here, q)))
            .or_else(|| {
                let vague = |p: &Draft| p.place.is_none() || p.place_area || p.place_wide;
                (vague(&d) || vague(&drafts[latest])).then_some(latest)
            }),
    };
    if let Some(k) = told_at {
        // Its side is the one told with it first; a side beside the words naming it again is
        // another's ("وتزامن القصف آنف الذكر مع تحليق طائرات الاستطلاع الروسية").
        // An unknown attacker told first is named by the mention that blames someone
        // ("واتهمت مصادر محلية التحالف الدولي بتنفيذ هذا الهجوم").
        if drafts[k]
            .actors
            .actor1
            .as_ref()
            .is_some_and(|(code, _)| model::named_side(code))
        {
            d.actors.actor1 = None;
            d.actors.assoc.clear();
        }
        // Its sentence's place and wording are the background the event is named in
        // ("مواصلة شن مثل هذه الاستهدافات في سماء إدلب"); the first telling stays the evidence.
        if drafts[k].place.is_some() {
            d.place = None;
        }
        merge::absorb(&mut drafts[k], d);
        return None;
    }
    if d.actors.actor1.is_none() {
        d.actors.actor1 = drafts[latest].actors.actor1.clone();
        d.actors.assoc = drafts[latest].actors.assoc.clone();
    }
    toll.then_some(d)
}

/// The same type, or both remote violence (sources call one strike shelling or a raid).
fn same_kind(a: EventType, b: EventType) -> bool {
    use EventType::*;
    let remote = |t| matches!(t, AirStrike | Shelling | Explosion);
    a == b || (remote(a) && remote(b))
}

/// "قتل طفل وأصيب آخرون" after a strike is that strike's toll, not another attack: casualties of
/// a sentence with no violent trigger go to the violent event of the sentence before. Or of
/// two sentences before, when the one between told no event ("وأشارت إلى أن القصف تسبب
/// باستشهاد المواطنين …. فيما أصيبت زوجته") and these casualties name no day or site of
/// their own.
fn attach_casualties(doc: &Doc, drafts: &mut [Draft], d: &Draft) -> bool {
    if d.ty != EventType::AttackOnCivilians || !d.cause_unstated {
        return false;
    }
    let last_told = drafts.last().map(|p| p.sentence);
    let across_a_quiet_sentence = |p: &Draft| {
        Some(p.sentence) == last_told
            && d.sentence.abs_diff(p.sentence) == 2
            && d.modality == p.modality
            && !own_time(doc, d.sentence_tokens)
            && match (&d.place, &p.place) {
                (Some(here), Some(there)) => merge::one_site(here, there),
                (here, _) => here.is_none(),
            }
    };
    let Some(prev) = drafts.iter_mut().rev().find(|p| {
        p.segment.is_some()
            && p.ty.is_violent()
            && (d.sentence.abs_diff(p.sentence) <= 1 || across_a_quiet_sentence(p))
    }) else {
        return false;
    };
    join_toll(prev, d.quantities.iter().cloned());
    true
}

/// Whether a time expression starts among the tokens `first..end`.
fn own_time(doc: &Doc, (first, end): (usize, usize)) -> bool {
    doc.times
        .iter()
        .any(|t| (first..end).contains(&t.first_token))
}

/// Adds to an event the counts of a unit it does not have yet.
pub(crate) fn join_toll(event: &mut Draft, counts: impl IntoIterator<Item = Quantity>) {
    for q in counts {
        if !event.quantities.iter().any(|r| r.unit == q.unit) {
            event.quantities.push(q);
        }
    }
}

/// "غارات على مواقع عسكرية في ريف حماة. وأصيب أربعة جنود بجروح": casualties counted in a
/// sentence of the same paragraph with no event, time, weapon or cause of its own are the
/// toll of the violent event of the sentence just before (fighters too: civilians already
/// make a draft that [`attach_casualties`] joins).
fn attach_toll(doc: &Doc, s: &Sentence, index: usize, drafts: &mut [Draft]) {
    if index == 0 || s.segment.is_none() || doc.casualty_hits(s).next().is_none() {
        return;
    }
    let Some(prev) = drafts
        .iter_mut()
        .find(|p| p.sentence + 1 == index && p.segment == s.segment && p.ty.is_violent())
    else {
        return;
    };
    let own_cause = (s.first_token..s.end_token).any(|i| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|w| matches!(w, "اثر" | "جراء" | "نتيجه" | "بسبب" | "due" | "after"))
    });
    if own_cause
        || own_time(doc, (s.first_token, s.end_token))
        || doc.hits_in(s, Category::Instrument).next().is_some()
        || doc.hits_in(s, Category::Trigger).next().is_some()
    {
        return;
    }
    let casualties = args::quantities(doc, s)
        .into_iter()
        .filter(|q| q.unit.is_casualty());
    join_toll(prev, casualties);
}

/// The article's own day: its dateline (the first dated, non-historical expression early in
/// the body: the title and the first two paragraphs), else the publication date; with
/// neither, the weekday the body names early for its news ("صباح اليوم الخميس"), all that
/// is known of the day the page reports.
fn reference_day(
    doc: &Doc,
    sentences: &[Sentence],
    published: Option<Date>,
) -> (Option<(Date, u8)>, Option<Weekday>) {
    let early_end = sentences
        .iter()
        .filter(|s| s.segment.is_none_or(|i| i < 2))
        .map(|s| s.end_token)
        .max()
        .unwrap_or(0);
    let early = || {
        doc.times.iter().filter(move |t| {
            t.first_token < early_end && !t.historical && !t.dates_what_follows && !t.since
        })
    };
    // A dated day whose weekday is not the one the report already called today is another day.
    let mut today = None;
    let dateline = early()
        .filter(|t| t.precision == 1 || t.date.is_none())
        .find_map(|t| match t.date {
            None => {
                today = today.or(t.today);
                None
            }
            Some(d) => today
                .is_none_or(|wd| d.weekday() == wd)
                .then_some((d, t.precision)),
        });
    match dateline.or(published.map(|d| (d, 1))) {
        Some(day) => (Some(day), None),
        None => (
            None,
            early().filter(|t| t.date.is_none()).find_map(|t| t.weekday),
        ),
    }
}

/// The time expression of a sentence nearest to token `anchor`.
fn sentence_time<'d>(doc: &'d Doc, s: &Sentence, anchor: usize) -> Option<&'d dates::TimeMention> {
    nearest_time(doc, (s.first_token, s.end_token), anchor)
}

fn nearest_time<'d>(
    doc: &'d Doc,
    range: (usize, usize),
    anchor: usize,
) -> Option<&'d dates::TimeMention> {
    nearest_time_where(doc, range, anchor, |_| true)
}

fn nearest_time_where<'d>(
    doc: &'d Doc,
    (a, b): (usize, usize),
    anchor: usize,
    keep: impl Fn(&dates::TimeMention) -> bool,
) -> Option<&'d dates::TimeMention> {
    doc.times
        .iter()
        .filter(|t| t.first_token >= a && t.first_token < b && keep(t))
        .filter(|t| {
            !t.dates_what_follows || (t.end_token <= anchor && !comma_apart(doc, t, anchor))
        })
        .min_by_key(|t| t.first_token.abs_diff(anchor))
}

/// How a draft may be dated, given the stretches of time counted over in its sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dating {
    AnyTime,
    /// The nearest time is a stretch that belongs to another clause: date by the others.
    SkipPeriods,
}

/// `None` when the draft is a tally over a stretch of time ([`counts_over_period`]): the
/// stretch is its nearest time and governs it, in its own clause ("استجابت فرقنا لـ 297 هجوماً
/// منذ بداية العام") or across a comma ("ومنذ بداية العام …، استجابت"، "استجاب لأكثر من 700
/// هجوم، منذ بداية حزيران"). Skipped are a stretch that compares the event with others
/// ([`compares`]: "توجه الرتل إلى القاعدة، وهو الثالث منذ مطلع الشهر") and one before a comma
/// when the event has a date of its own ("تصعيد منذ مطلع حزيران، رغم اتفاق … في آذار 2020").
fn period_role(doc: &Doc, d: &Draft) -> Option<Dating> {
    let trig = d.trigger_token;
    let period = |t: &dates::TimeMention| counts_over_period(doc, t, d.ty);
    let Some(t) = nearest_time(doc, d.sentence_tokens, trig).filter(|t| period(t)) else {
        return Some(Dating::AnyTime);
    };
    if !comma_apart(doc, t, trig) {
        return None;
    }
    let own_time = nearest_time_where(doc, d.sentence_tokens, trig, |o| {
        !period(o) && !comma_apart(doc, o, trig)
    });
    let skip = if t.first_token < trig {
        own_time.is_some()
    } else {
        compares(doc, t, trig)
    };
    skip.then_some(Dating::SkipPeriods)
}

/// Does the comma-delimited phrase holding `t`, after the event at token `trig`, compare the
/// event with others ("، وهو الثالث من نوعه منذ مطلع الشهر"، "، في أعنف قصف منذ بداية العام")
/// rather than count them ("، منذ بداية حزيران حتى نهاية تشرين")?
fn compares(doc: &Doc, t: &dates::TimeMention, trig: usize) -> bool {
    let head = (trig + 1..=t.first_token)
        .rev()
        .find(|&i| doc.comma_between(i, i));
    head.is_some_and(|i| {
        i < t.first_token
            && matches!(
                doc.token_text(i),
                "وهو" | "وهي" | "هو" | "هي" | "في" | "ليكون" | "لتكون"
            )
    })
}

/// A comma between time mention `t` and token `trig`, whichever comes first.
fn comma_apart(doc: &Doc, t: &dates::TimeMention, trig: usize) -> bool {
    if t.end_token <= trig {
        doc.comma_between(t.end_token, trig)
    } else {
        doc.comma_between(trig + 1, t.first_token)
    }
}

/// Tokens back from a range's end ("حتى أمس") to the "منذ" that opens it.
const RANGE_REACH: usize = 12;

/// "منذ بداية العام الحالي"، "منذ مطلع الشهر حتى يوم أمس"، "خلال العام الفائت" (of violence:
/// "ستنسحب خلال العام الحالي" is one plan): a stretch of time over which attacks and
/// casualties are counted. What it dates is a tally of many occurrences ("استجابت فرقنا لـ
/// 297 هجوماً"، "قتل 46 مدنياً"), not one event, and a coder leaves it out.
fn counts_over_period(doc: &Doc, t: &dates::TimeMention, ty: EventType) -> bool {
    let word = |i: usize| {
        let w = doc.token_text(i);
        w.strip_prefix('و').filter(|r| r.len() > 2).unwrap_or(w)
    };
    // "حتى الـ 26 من تشرين الأول": the article written apart before a day's number.
    let first = match t.first_token.checked_sub(1) {
        Some(p) if word(p) == "ال" => p,
        _ => t.first_token,
    };
    let before = first.checked_sub(1).map(word);
    let starts_a_period = |i: usize| matches!(word(i), "بدايه" | "مطلع" | "مستهل" | "اوايل");
    let since_start = (before == Some("منذ") && starts_a_period(t.first_token))
        || (word(t.first_token) == "منذ" && starts_a_period(t.first_token + 1));
    let range_end = matches!(before, Some("حتي" | "لغايه"))
        && (t.first_token.saturating_sub(RANGE_REACH)..t.first_token).any(|i| word(i) == "منذ");
    let over_a_year = ty.is_violent()
        && matches!(before, Some("خلال" | "طيله" | "طوال"))
        && t.precision == 4
        && t.date.is_none();
    since_start || range_end || over_a_year
}

/// "كما استهدفت قوات النظام بلدة البارة، في إطار حملة التصعيد المستمرة منذ نحو شهرين": the
/// start of something else still going on, told after the event, does not date it. (What
/// goes on may be the event itself: "حملات القصف المستمرة منذ أكثر من 13 عاماً".)
fn ongoing_since(doc: &Doc, t: &dates::TimeMention, trig: usize) -> bool {
    t.since
        && t.first_token > trig
        && t.first_token.checked_sub(1).is_some_and(|i| {
            let w = doc.token_text(i);
            let w = w.strip_prefix("ال").unwrap_or(w);
            !(trig < i && i <= trig + 2)
                && matches!(
                    w,
                    "مستمر" | "مستمره" | "متواصل" | "متواصله" | "قائم" | "قائمه"
                )
        })
}

fn date_draft(
    doc: &Doc,
    d: &mut Draft,
    (reference, reference_wd): (Option<(Date, u8)>, Option<Weekday>),
    dating: Dating,
) {
    let usable = |t: &dates::TimeMention| {
        (dating == Dating::AnyTime || !counts_over_period(doc, t, d.ty))
            && !ongoing_since(doc, t, d.trigger_token)
    };
    let trig = d.trigger_token;
    let nearest = nearest_time_where(doc, d.sentence_tokens, trig, usable);
    // "عرضت الميادين، اليوم الأربعاء، مشاهد عن هجوم داعش على السويداء في عام 2018": a past
    // time in the event's own phrase dates it, not the day set off by commas (when it was
    // told).
    let nearest = match nearest {
        Some(t) if !t.historical && comma_apart(doc, t, trig) => {
            nearest_time_where(doc, d.sentence_tokens, trig, |o| {
                o.historical && !comma_apart(doc, o, trig) && usable(o)
            })
            .or(nearest)
        }
        other => other,
    };
    // "what it called repeated Turkish attacks", said "on Monday": background is never dated
    // by a day told relative to the article.
    let nearest = nearest.filter(|t| !(t.relative && d.modality == Modality::Historical));
    match nearest {
        Some(t) if t.historical => {
            d.modality = Modality::Historical;
            d.date = t.date;
            d.time_precision = t.date.map(|_| t.precision);
        }
        Some(t) if t.date.is_some() => {
            d.date = t.date;
            d.time_precision = Some(t.precision);
        }
        _ => {
            if d.modality != Modality::Historical {
                if let Some((date, p)) = reference {
                    d.date = Some(date);
                    d.time_precision = Some(p);
                }
                // "أمس" on a page without a date is not the dateline's weekday.
                d.weekday = match nearest {
                    Some(t) => t.weekday,
                    None => reference_wd,
                };
            }
        }
    }
    if let Some(t) = nearest {
        // "تتابع الهجمات على سد تشرين منذ 8 كانون الأول": the start of a stretch does not
        // date the news told after it.
        d.time_own = t.dates_what_follows || t.since || t.own_sentence;
        d.evidence.time = Some(doc.orig_span(t.first_token, t.end_token));
        d.time_key = Some(dates::day_words(
            (t.first_token..t.end_token).map(|i| doc.token_text(i)),
        ));
    }
}

/// "الجيش السوري" is the Assad government before 8 Dec 2024 and the transitional one after.
fn resolve_state_code(code: &mut String, when: Option<Date>) {
    if code == "SYR_STATE" {
        *code = state_code(when).to_string();
    }
}

fn state_code(when: Option<Date>) -> &'static str {
    match when {
        Some(w) if w >= TRANSITION => "SYR_TRANS",
        _ => "SYR_GOV",
    }
}

/// "قسد تسلم مدينة الطبقة للحكومة الأسبوع المقبل": what is dated after the day the article
/// was written had not happened when it was written.
fn not_yet(d: &mut Draft, written: Option<Date>) {
    if d.modality == Modality::Reported && d.date.zip(written).is_some_and(|(day, w)| day > w) {
        d.modality = Modality::Planned;
    }
}

fn resolve_state_actor(d: &mut Draft, published: Option<Date>) {
    let code = state_code(d.date.or(published));
    if let Some((c, _)) = d.actors.actor1.as_mut()
        && c == "SYR_STATE"
    {
        *c = code.to_string();
    }
    for a in d.actors.assoc.iter_mut().chain(d.actors.target.iter_mut()) {
        if a == "SYR_STATE" {
            *a = code.to_string();
        }
    }
}
