//! How many: counted nouns, casualties and who they were.

use super::*;

fn qualifier(q: Option<NumQualifier>) -> Option<Qualifier> {
    q.map(|q| match q {
        NumQualifier::Approx => Qualifier::Approx,
        NumQualifier::MoreThan => Qualifier::MoreThan,
        NumQualifier::LessThan => Qualifier::LessThan,
    })
}

fn unit_of(key: &str) -> Option<Unit> {
    Unit::from_code(key)
}

/// The token after a hedge starting at `at` ("على الأقل", "at least"), or `at` itself.
fn after_hedge(doc: &Doc, at: usize) -> usize {
    let words = |a: &str, b: &str| {
        at + 1 < doc.tokens.len() && doc.token_text(at) == a && doc.token_text(at + 1) == b
    };
    if words("علي", "الاقل") || words("at", "least") {
        at + 2
    } else {
        at
    }
}

/// Quantities stated in a sentence: counted nouns, casualties with who they were.
pub fn quantities(doc: &Doc, s: &Sentence) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    // First, so that the "others" counted after it are of its side.
    nationals_before_others(doc, s, &mut out);
    let units: Vec<Hit> = doc.hits_in(s, Category::Unit).collect();
    let victims: Vec<Hit> = doc.hits_in(s, Category::Victim).collect();
    // "تنفي استشهاد 3 عناصر": casualties denied are not counted.
    let deaths: Vec<Hit> = doc
        .hits_in(s, Category::Fatality)
        .filter(|h| !denied(doc, s, *h))
        .collect();
    let hurts: Vec<Hit> = doc
        .hits_in(s, Category::Injury)
        .filter(|h| !denied(doc, s, *h))
        .collect();
    // The casualty word governing a counted phrase a..b: a verb or noun just before it
    // ("مقتل 3 مدنيين", verb-first) wins over one just after it ("شخصا مدنيا توفي").
    // "مقتل وإصابة 6"، "بين قتيل وجريح": one count of dead and wounded together, which
    // neither unit may claim.
    // "أن شخصا قتل وأصيب أربعة آخرون": a first verb whose victim stands just before it has
    // its own count; the second verb then counts alone.
    // "بحياة 6 شهداء وجرح نحو 23 آخرين": a second word with its own number is its own count.
    // "أن شخصا على الأقل قتل": a hedge between the victim and its verb keeps them together.
    let own_subject = |h: &Hit| victims.iter().any(|v| after_hedge(doc, v.end) == h.first);
    let counted_before = |h: &Hit| doc.numbers.iter().any(|n| n.end_token == h.first);
    let counts_after = |h: &Hit| {
        doc.numbers
            .iter()
            .any(|n| (h.end..h.end + 2).contains(&n.first_token))
    };
    let paired = |h: &Hit| {
        let other: &[Hit] = if deaths.contains(h) { &hurts } else { &deaths };
        other.iter().any(|o| {
            (o.end == h.first
                && doc.token_text(h.first).starts_with('و')
                && !own_subject(o)
                && !counted_before(o))
                || (h.end == o.first
                    && doc.token_text(o.first).starts_with('و')
                    && !own_subject(h)
                    && !counts_after(o))
        })
    };
    let casualty_around = |a: usize, b: usize, reach: usize| -> Option<(Hit, Unit)> {
        let tagged = || {
            deaths
                .iter()
                .map(|h| (h, Unit::Fatality))
                .chain(hurts.iter().map(|h| (h, Unit::Injury)))
        };
        let before = tagged()
            .filter(|(h, _)| h.end <= a && words_between(doc, h.end, a, reach))
            .max_by_key(|(h, _)| h.end);
        // "Three civilians, including a woman, were killed"، "وكان مدنيان (شابان شقيقان) قد
        // قتلا": the breakdown is passed over.
        let b = if b < s.end_token && doc.token_text(b) == "including" {
            (b + 1..s.end_token)
                .find(|&i| doc.gap_before(i).contains(','))
                .unwrap_or(b)
        } else if b < s.end_token && doc.gap_before(b).contains('(') {
            (b + 1..s.end_token)
                .find(|&i| doc.gap_before(i).contains(')'))
                .unwrap_or(b)
        } else {
            b
        };
        let after = tagged()
            .filter(|(h, _)| h.first >= b && words_between(doc, b, h.first, reach))
            .min_by_key(|(h, _)| h.first);
        // "two children were killed and five people injured", "قتل شاب وامرأة أصيبت": after
        // "and", a phrase whose own casualty word follows it closely is that word's.
        let own_after = after.filter(|(h, _)| {
            h.first - b <= 2 && !doc.marks_between(b, h.first, &[',', '،', '.', '؛'])
        });
        let joined = a > s.first_token
            && (doc.token_text(a - 1) == "and" || doc.token_text(a).starts_with('و'));
        match (before, own_after) {
            (Some(_), Some(x)) if joined => Some(x),
            _ => before.or(after),
        }
        .map(|(h, u)| (*h, u))
    };
    let measures: Vec<Hit> = doc.hits_in(s, Category::Measure).collect();
    // "من عائلة واحدة وإصابة أربع نساء": "one" in words after a noun is its adjective, not a
    // count (a victim noun before it counts itself; "وإصابة واحد" still counts one).
    let adjective_one = |n: &rasd_text::NumberMention| {
        n.value == 1
            && n.first_token > s.first_token
            && !in_digits(doc, n.first_token)
            && !in_digits(doc, n.first_token - 1)
            && !deaths
                .iter()
                .chain(hurts.iter())
                .any(|h| h.end == n.first_token)
    };
    // The unit of a casualty verb (not noun) where `at` says: dead before wounded.
    let verb_unit = |at: &dyn Fn(&Hit) -> bool| -> Option<Unit> {
        let found = |hs: &[Hit]| hs.iter().any(|h| casualty_verb(doc.key(*h)) && at(h));
        if found(&deaths) {
            Some(Unit::Fatality)
        } else if found(&hurts) {
            Some(Unit::Injury)
        } else {
            None
        }
    };
    // "أصيب 21", "قُتل 9 على الأقل", "وأصيب اثنان": a number right after a casualty verb
    // counts casualties; "one" in words there is an adjective ("إصابة واحدة", one hit).
    let bare_count_after_verb = |n: &rasd_text::NumberMention| -> Option<Unit> {
        if n.value < 2 && !in_digits(doc, n.first_token) {
            return None;
        }
        verb_unit(&|h: &Hit| h.end == n.first_token)
    };
    let arrests = doc
        .hits_in(s, Category::Trigger)
        .any(|t| doc.key(t) == "arrest");
    // "قتل طفل، وآخر أصيب": after a comma, a victim whose own verb follows it starts a new
    // clause with that verb's unit.
    let own_verb_after = |v: Hit| -> Option<Unit> {
        if !doc.gap_before(v.first).contains([',', '،']) {
            return None;
        }
        verb_unit(&|h: &Hit| h.first == v.end)
    };
    let mut used_victims: Vec<usize> = Vec::new();
    for n in doc
        .numbers
        .iter()
        .filter(|n| n.first_token >= s.first_token && n.first_token < s.end_token)
    {
        // "(30 عاماً)", "منذ 3 أيام", "10 كم": an age, a duration or a distance counts nothing,
        // nor does the number of a formation ("الفوج 46");
        // "بينهم 3 أطفال" is part of a count already made.
        let toll = toll_word(doc, s, n.first_token);
        // "يوم الثلاثاء 20 حزيران غارات": a day of the month counts nothing.
        if looks_like_year(doc, n)
            || doc.in_time(n.first_token)
            || toll.is_some_and(|t| running_total(doc, s, t, n.first_token))
            || adjective_one(n)
            || measures.iter().any(|m| {
                let label = doc.key(*m) == "label";
                (!label && m.first == n.end_token) || (label && m.end == n.first_token)
            })
            || among_before(doc, s, n.first_token)
            || of_them_after(doc, s, n.end_token)
        {
            continue;
        }
        // The counted noun follows within two tokens ("40 آلية", "4 من عناصر", "3 قتلى").
        let window = n.end_token..n.end_token + 3;
        let noun = |hs: &[Hit]| hs.iter().find(|h| window.contains(&h.first)).copied();
        // "مدنيين اثنين \"رجل وزوجته\" أصيبا": a number in words after a victim noun counts
        // that noun; what follows names who they were.
        let postposed = victims
            .iter()
            .find(|v| {
                v.end == n.first_token
                    && !in_digits(doc, n.first_token)
                    && !doc.token_text(n.first_token).starts_with('و')
                    && doc.gap_before(n.first_token).trim().is_empty()
            })
            .copied();
        let victim = postposed.or_else(|| noun(&victims));
        let unit = noun(&units);
        // "3 قتلى", "10 جرحى": a casualty noun (not a verb) right after the number.
        // "three wounded", "5 killed": an English participle right after the number.
        let is_noun = |h: &Hit| {
            matches!(doc.key(*h), "noun" | "one" | "two")
                || (h.first == n.end_token
                    && doc.token_text(h.first).is_ascii()
                    && doc.gap_before(h.first).trim().is_empty())
        };
        // "ارتفع عدد الشهداء إلى 5 والجرحى إلى 15": a noun after "و" starts the next item.
        let is_noun = |h: &Hit| {
            is_noun(h)
                && !conjoined(doc, *h)
                && !(n.end_token..h.first).any(|i| doc.token_text(i).starts_with('و'))
        };
        let casualty_noun = deaths
            .iter()
            .find(|h| window.contains(&h.first) && is_noun(h))
            .map(|h| (h, Unit::Fatality))
            .or_else(|| {
                hurts
                    .iter()
                    .find(|h| window.contains(&h.first) && is_noun(h))
                    .map(|h| (h, Unit::Injury))
            });
        if casualty_noun.is_some_and(|(h, _)| paired(h))
            || casualty_around(n.first_token, n.end_token, 3).is_some_and(|(h, _)| paired(&h))
        {
            continue;
        }
        let mut value = n.value;
        let mut end_token = n.end_token;
        let (unit_code, kind, target) = if let Some((h, c)) = casualty_noun {
            // "12 جريحا مدنيا": the victim noun after is an adjective of the count, not a
            // second casualty.
            // "10 مدنيين بجروح": the victim noun between the number and the casualty noun.
            let adjective = victims
                .iter()
                .find(|v| v.first == h.end || (v.first == n.end_token && v.end <= h.first));
            if let Some(v) = adjective {
                used_victims.push(v.first);
            }
            (c, None, adjective.and_then(|v| victim_target(doc, *v)))
        } else if let Some(c) = toll.and_then(|t| toll_unit(doc, s, t, n.first_token)) {
            // "ارتفعت حصيلة قتلى القصف إلى 5 مدنيين"، "إلى 34 جنديا": the count a toll rose to.
            if let Some(v) = victim.filter(|v| v.first == n.end_token) {
                used_victims.push(v.first);
                (
                    c,
                    Some(doc.lex.entry(v).form.clone()),
                    victim_target(doc, v),
                )
            } else {
                (c, unit.map(|u| doc.lex.entry(u).form.clone()), None)
            }
        } else if let Some((v, c, chain, target)) = victim.and_then(|v| {
            // "إصابة 4 أطفال وامرأة": victims of the same class joined to the counted noun
            // are part of the same count (5), unless one has its own casualty verb right
            // after it ("قتل 4 أطفال وامرأة أصيبت").
            let target = victim_target(doc, v);
            let after = v.end.max(n.end_token);
            let from = victims.partition_point(|w| w.first < after);
            let same_count = |w: Hit| {
                verb_unit(&|h: &Hit| h.first == w.end).is_none() && victim_target(doc, w) == target
            };
            let chain = match coordinated_victims(doc, &victims, from, after, &same_count) {
                (Some(extra @ 1..), end, to) => Some((extra, end, from..to)),
                _ => None,
            };
            let end = chain.as_ref().map_or(after, |(_, end, _)| *end);
            casualty_around(v.first.min(n.first_token), end, 3).map(|(_, c)| (v, c, chain, target))
        }) {
            used_victims.push(v.first);
            if let Some((extra, end, taken)) = chain {
                used_victims.extend(victims[taken].iter().map(|w| w.first));
                end_token = end;
                value += extra;
            }
            (c, Some(doc.lex.entry(v).form.clone()), target)
        } else if let Some(u) = unit.filter(|u| {
            // "وأصيب اثنان بقصف طائرة": after a casualty verb only a noun right after the
            // number is what it counts.
            u.first == n.end_token || bare_count_after_verb(n).is_none()
        }) {
            let Some(base) = unit_of(doc.key(u)) else {
                continue;
            };
            match casualty_around(n.first_token, u.end, 3).map(|(_, c)| c) {
                Some(c) if base == Unit::Personnel => {
                    (c, Some(doc.lex.entry(u).form.clone()), None)
                }
                _ => (base, Some(better_kind(doc, s, u)), None),
            }
        } else if let Some(c) = bare_count_after_verb(n) {
            (c, None, None)
        } else if let Some(v) = victim.filter(|v| v.first == n.end_token && arrests) {
            // "اعتقالات طالت أكثر من 40 شخصاً": people counted in a raid, not hurt: the detained.
            used_victims.push(v.first);
            (
                Unit::Other,
                Some(doc.lex.entry(v).form.clone()),
                victim_target(doc, v),
            )
        } else {
            continue;
        };
        // "مقتل 5 مدنيين وإصابة 12 آخرين": "others" are of the group counted before them.
        let others = matches!(
            rasd_text::strip_proclitics(doc.token_text(n.end_token)),
            "اخرين" | "اخرون" | "اخريات" | "others"
        );
        let target = match target {
            None if others => out.last().and_then(|q: &Quantity| q.target.clone()),
            t => t,
        };
        push_quantity(
            &mut out,
            Quantity {
                value,
                qualifier: qualifier(n.qualifier),
                unit: unit_code,
                kind,
                target,
                span: doc.orig_span(n.first_token, end_token),
            },
        );
    }
    // "مقتل طفل"، "أصيب مدنيان"، "امرأة ورجل": counted by the noun itself.
    let mut i = 0;
    while i < victims.len() {
        let v = victims[i];
        // "15 مدنياً بين قتيل وجريح": the singular after a number from eleven up is what it
        // counts, no count of one by itself, even when the number is no toll of one unit.
        if used_victims.contains(&v.first)
            || doc.numbers.iter().any(|n| {
                n.end_token == v.first
                    && n.value >= 11
                    && !doc.in_time(n.first_token)
                    && !looks_like_year(doc, n)
            })
            || speaker(doc, s, v)
            || modifies_definite_noun(doc, s, v)
            || other_of_a_thing(doc, s, v)
        {
            i += 1;
            continue;
        }
        // "أفاد مراسل تلفزيون سوريا بمقتل مدني": a noun before "بمقتل" is who reports it.
        let reported_by = |h: &Hit| {
            h.first >= v.end && doc.key(*h) == "act" && doc.token_text(h.first).starts_with('ب')
        };
        let Some(unit) = own_verb_after(v)
            .or_else(|| {
                casualty_around(v.first, v.end, 2)
                    .filter(|(h, _)| !reported_by(h))
                    .map(|(_, c)| c)
            })
            .or_else(|| detained(doc, s, v).then_some(Unit::Other))
        else {
            i += 1;
            continue;
        };
        let (mut count, end, j) = match victim_noun_count(doc, v) {
            None => (0, v.end, i),
            Some(head) => match coordinated_victims(doc, &victims, i + 1, v.end, &|w| {
                own_verb_after(w).is_none()
            }) {
                (Some(rest), end, j) => (head + rest, end, j),
                (None, end, j) => (0, end, j),
            },
        };
        // "مدنيين اثنين": a plural with the number two after it.
        if count == 0 && number_after_is_two(doc, end) {
            count = 2;
        }
        if count > 0 && !among_before(doc, s, v.first) {
            push_quantity(
                &mut out,
                Quantity {
                    value: count,
                    qualifier: None,
                    unit,
                    kind: Some(doc.lex.entry(v).form.clone()),
                    target: victim_target(doc, v),
                    span: doc.orig_span(v.first, end),
                },
            );
        }
        i = j.max(i + 1);
    }
    singular_casualties(doc, s, &mut out);
    pronoun_casualties(doc, s, &mut out);
    dual_units(doc, s, &mut out);
    out
}

/// The most tokens a time expression inside a phrase spans ("صباح يوم أمس الثلاثاء").
const TIME_TOKENS_MAX: usize = 5;

/// Whether at most `reach` words stand in `from..to`, not counting a time expression among
/// them: "أصيب، صباح اليوم الثلاثاء، طفلان" is the verb and its subject.
fn words_between(doc: &Doc, from: usize, to: usize, reach: usize) -> bool {
    let n = to - from;
    if n <= reach {
        return true;
    }
    if n > reach + TIME_TOKENS_MAX {
        return false;
    }
    (from..to).filter(|&i| !doc.in_time(i)).count() <= reach
}

/// Verbs of result ("ما أدى إلى"، "أسفر عن"، "تسبب ب").
const RESULT_VERBS: &[&str] = &[
    "ادي",
    "ادت",
    "يودي",
    "تودي",
    "اسفر",
    "اسفرت",
    "يسفر",
    "تسفر",
    "تسبب",
    "تسببت",
    "يتسبب",
];

/// "وأسفر القصف عن …"، "وأدى الهجوم إلى …": the trigger is the subject of a verb of result
/// right before it.
pub(crate) fn subject_of_result(doc: &Doc, trig: Hit) -> bool {
    trig.first > 0
        && rasd_text::proclitic_readings(doc.token_text(trig.first - 1))
            .any(|r| RESULT_VERBS.contains(&r))
}

/// "ما أدى لمقتله"، "أسفر عن إصابتها"، "تسبب باستشهادهما": a casualty noun carrying its victim
/// as a pronoun, the result of what the sentence tells, counts one (two for the dual). Only
/// after a verb of result: "توفي متأثرا بإصابته" is no further injury.
fn pronoun_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    const STEMS: [(&str, Unit); 6] = [
        ("مقتل", Unit::Fatality),
        ("استشهاد", Unit::Fatality),
        ("وفات", Unit::Fatality),
        ("مصرع", Unit::Fatality),
        ("اصابت", Unit::Injury),
        ("جرح", Unit::Injury),
    ];
    let result_verb = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i)).any(|r| RESULT_VERBS.contains(&r))
    };
    for i in s.first_token + 1..s.end_token {
        // Every pronoun counted (ه، ها، هما) ends in ه or ا: most tokens are passed at once.
        let token = doc.token_text(i);
        if !token.ends_with(['ه', 'ا']) {
            continue;
        }
        let found = rasd_text::proclitic_readings(token).find_map(|r| {
            STEMS.iter().find_map(|&(stem, unit)| {
                let count = match r.strip_prefix(stem)? {
                    "ه" | "ها" => 1,
                    "هما" => 2,
                    _ => return None,
                };
                Some((stem, unit, count))
            })
        });
        let Some((stem, unit, count)) = found else {
            continue;
        };
        let verb = match doc.token_text(i - 1) {
            "الي" | "عن" if i - 1 > s.first_token => i - 2,
            _ => i - 1,
        };
        if !result_verb(verb) || out.iter().any(|q| q.unit == unit) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: count,
                qualifier: None,
                unit,
                kind: Some(stem.to_string()),
                target: None,
                span: doc.orig_span(i, i + 1),
            },
        );
    }
}

/// Tokens from a toll word ("حصيلة"، "عدد") to the "إلى" of the count it rose to.
const TOLL_REACH: usize = 12;
/// Tokens before a toll word within which a verb of bringing the total to stands ("ليرتفع
/// بذلك عدد").
const TOLL_VERB_REACH: usize = 3;

/// A toll risen to the number at `first`: "ارتفعت حصيلة قتلى القصف إلى"، "وصل عدد الجرحى
/// إلى" (role toll, a few words before the "إلى" just before the number).
fn toll_word(doc: &Doc, s: &Sentence, first: usize) -> Option<Hit> {
    if first <= s.first_token || doc.token_text(first - 1) != "الي" {
        return None;
    }
    let from = first.saturating_sub(TOLL_REACH).max(s.first_token);
    doc.hits_in(s, Category::Role)
        .filter(|r| doc.key(*r) == "toll" && r.first >= from && r.end < first)
        .last()
}

/// A toll of many events: counted since a date ("حصيلة الشهداء منذ مطلع العام إلى"), or the
/// total the event brings it to ("ليرتفع بذلك عدد قتلى هذه القوات إلى 3"; "وبذلك يرتفع عدد
/// الشهداء إلى 10" is mostly the toll of the event itself, a wounded man having died).
fn running_total(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> bool {
    let adds_to = |i: usize| {
        rasd_text::proclitic_readings(doc.token_text(i))
            .any(|r| matches!(r, "ليرتفع" | "لترتفع" | "ليصل" | "لتصل" | "ليبلغ" | "لتبلغ"))
    };
    (toll.end..first).any(|i| doc.token_text(i) == "منذ")
        || (toll
            .first
            .saturating_sub(TOLL_VERB_REACH)
            .max(s.first_token)..toll.first)
            .any(adds_to)
}

/// A casualty verb, finite ("قتل"، "أصيبت") or its verbal noun ("مقتل"، "إصابة").
pub(crate) fn casualty_verb(key: &str) -> bool {
    matches!(key, "verb" | "act")
}

/// A word with the conjunction "و" before it ("والجرحى"), where its lexicon form has none.
fn conjoined(doc: &Doc, h: Hit) -> bool {
    doc.token_text(h.first).starts_with('و') && !doc.lex.entry(h).form.starts_with('و')
}

/// The casualty unit a toll counts: "حصيلة قتلى"، or "عدد الجنود الذين أصيبوا"; in a list of
/// tolls, the noun right before the "إلى" ("عدد الشهداء إلى 5 والجرحى إلى 15").
fn toll_unit(doc: &Doc, s: &Sentence, toll: Hit, first: usize) -> Option<Unit> {
    let listed = |cat: Category| {
        doc.hits_in(s, cat)
            .any(|h| h.end + 1 == first && h.first > toll.end && !casualty_verb(doc.key(h)))
    };
    let counts = |cat: Category| {
        doc.hits_in(s, cat).any(|h| {
            (h.first == toll.end && !casualty_verb(doc.key(h)))
                || (h.first > toll.end
                    && h.end < first
                    && doc.key(h) == "verb"
                    && matches!(doc.token_text(h.first - 1), "الذين" | "اللذين" | "اللواتي"))
        })
    };
    casualty_unit_where(listed).or_else(|| casualty_unit_where(counts))
}

/// The casualty categories with their units, dead before wounded.
const CASUALTY_UNITS: [(Category, Unit); 2] = [
    (Category::Fatality, Unit::Fatality),
    (Category::Injury, Unit::Injury),
];

/// The unit of the first casualty category, dead before wounded, for which `holds` is true.
fn casualty_unit_where(holds: impl Fn(Category) -> bool) -> Option<Unit> {
    CASUALTY_UNITS
        .into_iter()
        .find(|&(cat, _)| holds(cat))
        .map(|(_, unit)| unit)
}

/// "وأكد مراسل بلدي نيوز إصابة طفلين"، "قال طبيب إن …": the noun right after a verb of saying
/// is who speaks, not a casualty.
pub(super) fn speaker(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    role_ending_at(doc, s, v.first) == Some("say")
}

/// Words from an arrest word to the people it took, over the side that took them.
const DETAINED_REACH: usize = 4;

/// "اعتقلت قوات النظام شابين"، "اعتقال مواطن": people named just after an arrest word, in the
/// same clause, are the detained, counted by the noun like casualties.
fn detained(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    doc.hits_in(s, Category::Trigger).any(|t| {
        doc.key(t) == "arrest"
            && t.end <= v.first
            && v.first - t.end <= DETAINED_REACH
            && !doc.marks_between(t.end, v.first, &[',', '،', '.', '؛'])
    })
}

/// "وإصابة 7 آخرين، إصابة اثنين منهم خطيرة": a number followed by "of them" counts part of
/// the count before it.
fn of_them_after(doc: &Doc, s: &Sentence, end: usize) -> bool {
    end < s.end_token && matches!(doc.token_text(end), "منهم" | "منهن" | "منهما")
}

/// "بينهم طفلان"، "من بينهم 3 نساء"، "بينهم طفل و3 نساء"، "أحدهما طفل"، "including two children"،
/// "3 آخرون (طفلة وشابان)": a breakdown of the count before it, not a further count. Looks back
/// over a short run of the same clause (no comma or full stop between).
fn among_before(doc: &Doc, s: &Sentence, first: usize) -> bool {
    const REACH: usize = 3;
    let is_among = |i: usize| {
        matches!(
            doc.token_text(i),
            "بينهم"
                | "بينهن"
                | "بينهما"
                | "منهم"
                | "منهن"
                | "منهما"
                | "احدهما"
                | "احداهما"
                | "احدهم"
                | "احداهن"
                | "among"
                | "including"
        )
    };
    // A parenthesis right after those counted ("3 مدنيين (رجل وزوجته)"), not after a word of
    // dying ("مقتل (5) مدنيين").
    let after_count = |open: usize| {
        doc.hit_ending_at(s, Category::Victim, open).is_some()
            || doc.numbers.iter().any(|n| n.end_token == open)
    };
    let mut i = first;
    for _ in 0..REACH {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if doc.gap_before(i).contains('(') {
            return after_count(i);
        }
        // Past a closing one, the words are outside it ("وابنه (طفل) وأصيبت زوجته").
        if doc.gap_before(i).contains(')') {
            return false;
        }
        if doc.gap_before(i).contains([',', '،', '.', '؛', ';']) {
            return false;
        }
        if is_among(p) {
            return true;
        }
        i = p;
    }
    false
}

/// "الدفاع المدني", "المجلس العسكري": a definite victim word right after a definite noun
/// is that noun's adjective, not a person (a day is no such noun: "توفي اليوم الإثنين الحاج").
fn modifies_definite_noun(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    let definite = |i: usize| {
        let t = doc.token_text(i);
        ["ال", "وال", "فال", "بال", "كال", "لل"]
            .iter()
            .any(|p| t.starts_with(p))
    };
    if v.first == 0 || !definite(v.first) || !definite(v.first - 1) || doc.in_time(v.first - 1) {
        return false;
    }
    let casualty_word = [Category::Victim, Category::Fatality, Category::Injury]
        .into_iter()
        .any(|cat| doc.hit_ending_at(s, cat, v.first).is_some());
    !casualty_word
}

/// "في سياق آخر أصيب…"، "من جهة أخرى": "another" after a noun that counts no one is that
/// noun's adjective, not another victim ("وأصيب آخر"، "مدنيين آخرين" still count).
fn other_of_a_thing(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    if doc.key(v) != "other" || v.first <= s.first_token {
        return false;
    }
    let before = doc.token_text(v.first - 1);
    let counted = before.chars().all(|c| c.is_ascii_digit())
        || [Category::Victim, Category::Fatality, Category::Injury]
            .into_iter()
            .any(|cat| doc.hit_ending_at(s, cat, v.first).is_some());
    !counted && !doc.gap_before(v.first).contains([',', '،', '.'])
}

/// What a victim noun counts by itself: "امرأة" 1, "طفلان"/"طفليه" 2, "أطفال" nothing.
pub(crate) fn victim_noun_count(doc: &Doc, v: Hit) -> Option<u64> {
    if doc.is_marked_dual(v.end - 1) {
        Some(2)
    } else {
        noun_count(doc.token_text(v.first), &doc.lex.entry(v).form, doc.key(v))
    }
}

/// The victim nouns from `victims[from]` on that are joined by "و" or "and" to what ends at
/// `end` ("امرأة وطفلها", "a woman and her child"), while `accept` holds: their total count
/// (None when one of them gives no count), the token after the last, and the index of the
/// first victim not taken.
pub(crate) fn coordinated_victims(
    doc: &Doc,
    victims: &[Hit],
    from: usize,
    mut end: usize,
    accept: &dyn Fn(Hit) -> bool,
) -> (Option<u64>, usize, usize) {
    let mut count = 0u64;
    let mut j = from;
    while let Some(&w) = victims.get(j) {
        let joined = w.first == end || named_gap(doc, end, w.first);
        let and_english = end < w.first
            && doc.token_text(end) == "and"
            && (w.first == end + 1
                || w.first == end + 2
                    && matches!(
                        doc.token_text(end + 1),
                        "his" | "her" | "their" | "a" | "an"
                    ));
        if !(joined && doc.token_text(w.first).starts_with('و') || and_english) || !accept(w) {
            break;
        }
        let Some(c) = victim_noun_count(doc, w) else {
            return (None, end, j);
        };
        count += c;
        end = w.end;
        j += 1;
    }
    (Some(count), end, j)
}

/// "الشاب أحمد والطفل محمد": up to three words of a name between two joined victims, with
/// no punctuation, digit or lexicon word among them.
fn named_gap(doc: &Doc, from: usize, to: usize) -> bool {
    if to <= from || to - from > 3 {
        return false;
    }
    let (Some(a), Some(b)) = (doc.tokens.get(from), doc.tokens.get(to)) else {
        return false;
    };
    let between = doc
        .norm
        .text
        .get(a.start as usize..b.start as usize)
        .unwrap_or("");
    let plain = between
        .chars()
        .all(|c| c == ' ' || (rasd_text::is_word_char(c) && !c.is_ascii_digit()));
    plain && !doc.hits.iter().any(|h| h.first >= from && h.first < to)
}

/// Whether the number two, as a word, follows at token `at` ("مواطنين اثنين").
fn number_after_is_two(doc: &Doc, at: usize) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.first_token == at && n.value == 2 && !in_digits(doc, at))
}

/// Whether token `i` is written in digits ("3", "12جريحا" split), not in words.
fn in_digits(doc: &Doc, i: usize) -> bool {
    doc.token_text(i).starts_with(|c: char| c.is_ascii_digit())
}

/// "سقوط شهيد"، "شهيدين وخمسة جرحى": a singular casualty noun with no number before it is
/// one, a dual two.
fn singular_casualties(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for (cat, unit) in CASUALTY_UNITS {
        if out.iter().any(|q| q.unit == unit) {
            continue;
        }
        let count = |h: &Hit| match doc.key(*h) {
            "one" => 1,
            "two" => 2,
            _ => 0,
        };
        if let Some(h) = doc.hits_in(s, cat).find(|h| {
            count(h) > 0
                && !counted_by_number(doc, *h)
                && !namesake(doc, s, *h)
                && !between_dead_and_wounded(doc, s, *h)
        }) {
            push_quantity(
                out,
                Quantity {
                    value: count(&h),
                    qualifier: None,
                    unit,
                    kind: Some(doc.lex.entry(h).form.clone()),
                    target: None,
                    span: doc.orig_span(h.first, h.end),
                },
            );
        }
    }
}

/// "مقتل أميركي وإصابة 6 آخرين": a nationality right after a word of death or injury, and
/// right before "and" another such word that counts "others", is one person of that side.
/// Elsewhere the word may be an adjective or a name ("مقتل تركي الحلبي"), and counts nothing.
fn nationals_before_others(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    let others_after = |from: usize| {
        doc.casualty_hits(s)
            .any(|c| c.first == from && doc.token_text(from).starts_with('و'))
            && (from..s.end_token).any(|i| {
                matches!(
                    rasd_text::strip_proclitics(doc.token_text(i)),
                    "اخرين" | "اخرون"
                )
            })
    };
    for (cat, unit) in CASUALTY_UNITS {
        let national = doc
            .hits_in(s, cat)
            .filter(|h| casualty_verb(doc.key(*h)))
            .find_map(|h| {
                let side = doc
                    .hits_between(h.end, h.end + 1, Category::Actor)
                    .find(|a| a.end == h.end + 1)?;
                let word = doc.token_text(side.first);
                (word.ends_with('ي') && !is_definite(word) && others_after(side.end))
                    .then_some(side)
            });
        if let Some(side) = national {
            push_quantity(
                out,
                Quantity {
                    value: 1,
                    qualifier: None,
                    unit,
                    kind: Some(rasd_text::strip_proclitics(doc.token_text(side.first)).to_string()),
                    target: Some(doc.key(side).to_string()),
                    span: doc.orig_span(side.first, side.end),
                },
            );
        }
    }
}

/// "15 مدنياً بين قتيل وجريح": after "بين", a dead and a wounded name the two kinds a count
/// is split into, not one of each.
fn between_dead_and_wounded(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    let first_of_pair = doc
        .casualty_hits(s)
        .find(|p| p.end == h.first && doc.token_text(h.first).starts_with('و'))
        .map_or(h.first, |p| p.first);
    first_of_pair > s.first_token && doc.token_text(first_of_pair - 1) == "بين"
}

/// "مشفى الشهيدة ليكرين"، "مدرسة الشهيد باسل": a definite casualty noun just after a
/// facility noun is part of the facility's name.
fn namesake(doc: &Doc, s: &Sentence, h: Hit) -> bool {
    // In construct the facility noun has no article: "اللواء الشهيد" is a rank, not a brigade.
    let definite = |i: usize| is_definite(doc.token_text(i));
    definite(h.first)
        && doc.hits_in(s, Category::Role).any(|r| {
            r.end == h.first && matches!(doc.key(r), "namesake" | "care") && !definite(r.end - 1)
        })
}

/// Whether a number ends at most two words before `h` ("3 شهداء"، "5 من الجرحى"): then the
/// noun's own count (singular one, dual two) is not what it counts.
fn counted_by_number(doc: &Doc, h: Hit) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.end_token <= h.first && h.first - n.end_token <= 2)
}

/// "استهدفت بصاروخين"، "دخلت مدرعتان": a dual unit noun with no number before it counts two.
fn dual_units(doc: &Doc, s: &Sentence, out: &mut Vec<Quantity>) {
    for h in doc.hits_in(s, Category::Unit) {
        let Some(base) = doc.key(h).strip_suffix(":2").and_then(unit_of) else {
            continue;
        };
        if counted_by_number(doc, h) || out.iter().any(|q| q.unit == base) {
            continue;
        }
        push_quantity(
            out,
            Quantity {
                value: 2,
                qualifier: None,
                unit: base,
                kind: Some(doc.lex.entry(h).form.clone()),
                target: None,
                span: doc.orig_span(h.first, h.end),
            },
        );
    }
}

fn push_quantity(out: &mut Vec<Quantity>, q: Quantity) {
    if !out
        .iter()
        .any(|o| o.unit == q.unit && o.value == q.value && o.target == q.target)
    {
        out.push(q);
    }
}

/// A four-digit number that reads as a year (2021), with no counted noun after it.
fn looks_like_year(doc: &Doc, n: &rasd_text::NumberMention) -> bool {
    (1900..=2100).contains(&n.value) && doc.token_text(n.first_token).len() == 4
}

/// "civilian" of a victim key "civilian:2".
pub(crate) fn victim_class(key: &str) -> &str {
    key.split_once(':').map_or(key, |(class, _)| class)
}

/// Singular nouns count one, duals two; plurals give no count. A key "civilian:N" states
/// the count of a form whose endings mislead (طفليه, his two children); "civilian:many" marks
/// a plural that looks like a dual or a singular (شبان، رجال).
fn noun_count(token: &str, form: &str, key: &str) -> Option<u64> {
    if let Some((_, n)) = key.split_once(':') {
        return n.parse().ok();
    }
    let bare = rasd_text::strip_proclitics(token);
    let base = rasd_text::strip_article(form);
    // A dual with a pronoun: "طفليه" (his two children), "طفليها".
    if ["يه", "يها", "يهما", "يهم"]
        .iter()
        .any(|suffix| bare.strip_suffix(suffix) == Some(base))
    {
        return Some(2);
    }
    // English plurals ("civilians") give no count of their own.
    if bare.is_ascii() && bare.ends_with('s') {
        return None;
    }
    // Plural "others" are counted only by a number before them.
    if matches!(bare, "اخرين" | "اخرون" | "اخريات") {
        return None;
    }
    if bare.ends_with("ان")
        || (bare.ends_with("ين")
            && !base.ends_with("ين")
            && !base.ends_with('ي')
            && bare.chars().count() > base.chars().count())
    {
        return Some(2);
    }
    // Broken plurals, also in the accusative ("من المصابين أشخاصاً").
    let plural = bare.strip_suffix('ا').unwrap_or(bare);
    if bare.ends_with("ين")
        || bare.ends_with("ون")
        || bare.starts_with("اطفال")
        || bare == "نساء"
        || matches!(plural, "اشخاص" | "عناصر" | "جنود" | "عمال" | "رعاه")
        || matches!(bare, "جامعي" | "جامعو")
    {
        return None;
    }
    Some(1)
}

pub(crate) fn victim_target(doc: &Doc, v: Hit) -> Option<String> {
    match victim_class(doc.key(v)) {
        "civilian" => Some("CIVILIANS".to_string()),
        _ => None,
    }
}

/// For vehicles, the model named right after ("آلية عسكرية نوع هامفي") is the better kind.
fn better_kind(doc: &Doc, s: &Sentence, u: Hit) -> String {
    let base = doc.lex.entry(u);
    if base.key == "vehicle"
        && let Some(m) = doc
            .hits_in(s, Category::Unit)
            .find(|h| h.first > u.first && h.first <= u.end + 3 && doc.key(*h) == "vehicle")
    {
        return doc.lex.entry(m).form.clone();
    }
    base.form.clone()
}
