//! How many: counted nouns, casualties and who they were.

use super::*;

mod tolls;
mod unnumbered;
mod victims;

pub(crate) use tolls::*;
pub(crate) use unnumbered::*;
pub(crate) use victims::*;

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
    let counted_before = |h: &Hit| doc.counted_at(h.first);
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
        // "مقتل قيادي في قسد وسائقه وإصابة 2": a casualty word after "و" opens the next item;
        // the joined phrase before it is no victim of it.
        let next_item = |(h, _): &(&Hit, Unit)| joined && doc.token_text(h.first).starts_with('و');
        match (before, own_after) {
            (Some(_), Some(x)) if joined => Some(x),
            _ => before.or(after.filter(|x| !next_item(x))),
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
    // People counted are the detained when the event word nearest them is an arrest, not
    // the protesters of "خرج العشرات احتجاجاً على اعتقال شاب" (a crowd is no word of the
    // event: "اعتقالات طالت ناشطين ومتظاهرين … أكثر من 50 شخصاً").
    let arrests_at = |at: usize| {
        doc.hits_in(s, Category::Trigger)
            .filter(|t| doc.key(*t) != "protest:crowd")
            .min_by_key(|t| t.first.abs_diff(at).min(t.end.abs_diff(at)))
            .is_some_and(|t| doc.key(t) == "arrest")
    };
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
        if part_of_a_date(doc, n)
            || toll.is_some_and(|t| running_total(doc, s, t, n.first_token))
            || adjective_one(n)
            || measures.iter().any(|m| {
                let label = doc.key(*m) == "label";
                (!label && m.first == n.end_token) || (label && m.end == n.first_token)
            })
            || among_before(doc, s, n.first_token)
            || of_them_after(doc, s, n)
        {
            continue;
        }
        // The counted noun follows within two tokens ("40 آلية", "4 من عناصر", "3 قتلى").
        // "اعتقال اثنين بينهم قائد": not past a word opening a breakdown of them.
        let window = n.end_token..n.end_token + 3;
        // "five suspected Islamic State members": or, in English, just past a side named
        // after the number or its adjective.
        let past_side = doc
            .hits_between(n.end_token, n.end_token + 2, Category::Actor)
            .find(|a| doc.token_text(a.first).is_ascii())
            .map(|a| a.end);
        let noun = |hs: &[Hit]| {
            hs.iter()
                .find(|h| {
                    (window.contains(&h.first) || past_side == Some(h.first))
                        && !(n.end_token..h.first).any(|i| among_word(doc.token_text(i)))
                })
                .copied()
        };
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
        } else if let Some(v) = victim.filter(|v| {
            // "arrested three young men", "five suspected Islamic State members": English puts
            // an adjective or a side between.
            let next = v.first == n.end_token
                || ((v.first == n.end_token + 1 || past_side == Some(v.first))
                    && doc.token_text(v.first).is_ascii());
            next && arrests_at(n.first_token)
        }) {
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
            || doc
                .numbers
                .iter()
                .any(|n| n.end_token == v.first && n.value >= 11 && !part_of_a_date(doc, n))
            || speaker(doc, s, v)
            || modifies_definite_noun(doc, s, v)
            || other_of_a_thing(doc, s, v)
            || adjective_of_victim(doc, s, v)
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
            .or_else(|| object_of_killing(doc, s, v, &deaths).then_some(Unit::Fatality))
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
        let first = match kin_antecedent(doc, s, v) {
            Some(antecedent) if count > 0 => {
                count += 1;
                antecedent
            }
            _ => v.first,
        };
        // "قتل شابان أحدهما طفل": "one of them" after a count is part of it; with none before
        // ("قتل أحدهما وأصيب الآخر") it counts one.
        let part_of_count =
            among_word(doc.token_text(v.first)) && out.iter().any(|q| q.unit.is_casualty());
        if count > 0 && !among_before(doc, s, v.first) && !part_of_count {
            // "قتل مدنيان وأصيب ثالث"، "وأصيب آخر": one more of the group counted before.
            let target = match victim_target(doc, v) {
                None if victim_class(doc.key(v)) == "other" => {
                    out.last().and_then(|q: &Quantity| q.target.clone())
                }
                t => t,
            };
            let q = Quantity {
                value: count,
                qualifier: None,
                unit,
                kind: Some(doc.lex.entry(v).form.clone()),
                target,
                span: doc.orig_span(first, end),
            };
            if !add_to_count_after(doc, &mut out, &q, end) {
                push_quantity(&mut out, q);
            }
        }
        i = j.max(i + 1);
    }
    singular_casualties(doc, s, &mut out);
    pronoun_casualties(doc, s, &mut out);
    quoted_name_casualties(doc, s, &mut out);
    dual_units(doc, s, &mut out);
    out
}

/// "أصيب رجل وزوجته وثلاثة من أطفالهم": victims joined by "و" to a count after them are
/// counted with it, one count of the same unit and side. Whether the count (made first, from
/// its number at `end` or just after a lone "و") took them in.
fn add_to_count_after(doc: &Doc, out: &mut [Quantity], q: &Quantity, end: usize) -> bool {
    let joined = doc.numbers.iter().find(|n| {
        (n.first_token == end && doc.token_text(end).starts_with('و'))
            || (n.first_token == end + 1 && doc.token_text(end) == "و")
    });
    let Some(n) = joined else {
        return false;
    };
    let start = doc.orig_span(n.first_token, n.end_token).start;
    let Some(count) = out
        .iter_mut()
        .find(|o| o.span.start == start && o.unit == q.unit && o.target == q.target)
    else {
        return false;
    };
    count.value += q.value;
    count.span.start = q.span.start;
    true
}

fn push_quantity(out: &mut Vec<Quantity>, q: Quantity) {
    if !out
        .iter()
        .any(|o| o.unit == q.unit && o.value == q.value && o.target == q.target)
    {
        out.push(q);
    }
}

/// A number of a time told ("20 حزيران"، "الساعة 3") or a four-digit number that reads as a
/// year (2021): it counts no one.
pub(super) fn part_of_a_date(doc: &Doc, n: &rasd_text::NumberMention) -> bool {
    doc.in_time(n.first_token)
        || ((1900..=2100).contains(&n.value) && doc.token_text(n.first_token).len() == 4)
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
