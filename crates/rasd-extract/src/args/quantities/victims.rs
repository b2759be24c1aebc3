//! Victim nouns: what one counts by itself, the nouns joined to it, and the words that
//! make a noun no victim (a speaker, an adjective, a breakdown of a count before it).

use super::*;

/// "وأكد مراسل بلدي نيوز إصابة طفلين"، "قال طبيب إن …": the noun right after a verb of saying
/// is who speaks, not a casualty.
pub(super) fn speaker(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    role_ending_at(doc, s, v.first) == Some("say")
}

/// Words from an arrest word to the people it took, over the side that took them.
const DETAINED_REACH: usize = 4;

/// "اعتقلت قوات النظام شابين"، "اعتقال مواطن": people named just after an arrest word, in the
/// same clause, are the detained, counted by the noun like casualties.
pub(super) fn detained(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    doc.hits_in(s, Category::Trigger).any(|t| {
        doc.key(t) == "arrest"
            && t.end <= v.first
            && v.first - t.end <= DETAINED_REACH
            && !doc.marks_between(t.end, v.first, &[',', '،', '.', '؛'])
    })
}

/// Words from a verb of killing to its object, over the killers and what they rode.
const OBJECT_REACH: usize = 8;

/// Force nouns at most between a verb of killing and its subject ("قتلت عناصر من قوات").
const SUBJECT_FORCE_WORDS: usize = 3;

/// The side that is the subject of a finite verb of killing `h` (lexicon key `kill`): in
/// Arabic right after it, past its force nouns ("قتلت قوات الأمن العام"), in English right
/// before it ("gunmen killed", "SDF fighters killed", "a coalition drone strike killed").
pub(crate) fn killer(doc: &Doc, s: &Sentence, h: Hit) -> Option<Hit> {
    if doc.key(h) != "kill" {
        return None;
    }
    let english = doc.token_text(h.first).is_ascii();
    // "Two SDF fighters killed in a strike": a side counted is who died (a headline's passive).
    let counted = |a: &Hit| doc.counted_at(a.first);
    // "a US-led coalition drone strike killed": the strike the side made kills.
    let strike_before = english
        .then(|| doc.hits_in(s, Category::Trigger).find(|t| t.end == h.first))
        .flatten()
        .map(|t| t.first);
    doc.hits_in(s, Category::Actor).find(|a| {
        if english {
            a.end <= h.first
                && !counted(a)
                && (a.end == h.first
                    || Some(a.end) == strike_before
                    || (a.end + 1 == h.first
                        && crate::args::english_force_word(doc.token_text(a.end))))
        } else {
            a.first >= h.end
                && a.first - h.end <= SUBJECT_FORCE_WORDS
                && crate::args::only_force_words(doc, h.end, a.first)
        }
    })
}

/// "قتل مسلحون مجهولون يستقلون دراجة نارية شاباً"، "قتلت قوات الأمن العام قيادياً"، "gunmen
/// killed a commander": the first victim after a finite verb of killing that has a side as
/// its subject ([`killer`]), in the same clause, is its object.
pub(super) fn object_of_killing(doc: &Doc, s: &Sentence, v: Hit, deaths: &[Hit]) -> bool {
    deaths.iter().any(|&h| {
        let Some(side) = killer(doc, s, h) else {
            return false;
        };
        let from = h.end.max(side.end);
        from <= v.first
            && v.first - h.end <= OBJECT_REACH
            && !doc.marks_between(h.end, v.first, &CLAUSE_MARKS)
            && doc
                .hits_between(from, v.first, Category::Victim)
                .next()
                .is_none()
    })
}

/// "وإصابة 7 آخرين، إصابة اثنين منهم خطيرة": a number followed by "of them" counts part of
/// the count before it. With no count of people before, it counts the group it names
/// ("استهدف 3 سيارات تقل عناصر من قسد، ما أدى لمقتل اثنين منهم").
pub(super) fn of_them_after(doc: &Doc, s: &Sentence, n: &rasd_text::NumberMention) -> bool {
    let of_them = n.end_token < s.end_token
        && matches!(doc.token_text(n.end_token), "منهم" | "منهن" | "منهما");
    let counts_things = |m: &rasd_text::NumberMention| {
        doc.hits_in(s, Category::Unit)
            .any(|u| u.first >= m.end_token && u.first <= m.end_token + 1)
    };
    of_them
        && doc.numbers.iter().any(|m| {
            m.first_token >= s.first_token
                && m.end_token <= n.first_token
                && !part_of_a_date(doc, m)
                && !counts_things(m)
        })
}

/// "بينهم طفلان"، "من بينهم 3 نساء"، "بينهم طفل و3 نساء"، "أحدهما طفل"، "including two children"،
/// "3 آخرون (طفلة وشابان)": a breakdown of the count before it, not a further count. Looks back
/// over a short run of the same clause (no comma or full stop between).
pub(super) fn among_before(doc: &Doc, s: &Sentence, first: usize) -> bool {
    const REACH: usize = 3;
    let is_among = |i: usize| among_word(doc.token_text(i));
    // A parenthesis right after those counted ("3 مدنيين (رجل وزوجته)"), not after a word of
    // dying ("مقتل (5) مدنيين").
    let after_count = |open: usize| {
        doc.hit_ending_at(s, Category::Victim, open).is_some() || doc.counted_at(open)
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
        // "قتل أحدهما وأصيب آخر": a word of dying or wounding between opens a count of its own.
        if [Category::Fatality, Category::Injury]
            .into_iter()
            .any(|cat| doc.hit_ending_at(s, cat, i).is_some())
        {
            return false;
        }
        i = p;
    }
    false
}

/// A word that opens a breakdown of those counted ("بينهم"، "أحدهما").
pub(super) fn among_word(token: &str) -> bool {
    matches!(
        token,
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
            | "احدهن"
            | "among"
            | "including"
    )
}

/// "الدفاع المدني", "المجلس العسكري": a definite victim word right after a definite noun
/// is that noun's adjective, not a person (a day is no such noun: "توفي اليوم الإثنين الحاج").
pub(super) fn modifies_definite_noun(doc: &Doc, s: &Sentence, v: Hit) -> bool {
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

/// "إصابة امرأة وطفلين شقيقين"، "قتل شابان شقيقان": a victim noun right after another, with
/// no "و" or punctuation between, is that noun's adjective, no one more; an ordinal still
/// counts the one more it names ("وإصابة شخص رابع").
pub(super) fn adjective_of_victim(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    v.first > s.first_token
        && doc.key(v) != "other:ordinal"
        && !doc.token_text(v.first).starts_with('و')
        && doc.gap_before(v.first).trim().is_empty()
        && doc.hit_ending_at(s, Category::Victim, v.first).is_some()
}

/// "في سياق آخر أصيب…"، "من جهة أخرى": "another" after a noun that counts no one is that
/// noun's adjective, not another victim ("وأصيب آخر"، "مدنيين آخرين" still count).
pub(super) fn other_of_a_thing(doc: &Doc, s: &Sentence, v: Hit) -> bool {
    if victim_class(doc.key(v)) != "other" || v.first <= s.first_token {
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

/// "استشهاد أم وابنها"، "مقتل أبو محمد وابنه": a kin noun with its pronoun, joined by "و" to
/// words right after a word of death or injury that the lexicon does not know, points back
/// to one more person: those words, whose first token this gives.
pub(super) fn kin_antecedent(doc: &Doc, s: &Sentence, v: Hit) -> Option<usize> {
    let form = doc.lex.entry(v).form.as_str();
    let kin = victim_class(doc.key(v)) == "civilian"
        && doc.key(v).contains(':')
        && ["ه", "ها", "هم", "هما"].iter().any(|p| form.ends_with(p));
    if !kin || !doc.token_text(v.first).starts_with('و') {
        return None;
    }
    doc.casualty_hits(s)
        .find(|h| h.end < v.first && named_gap(doc, h.end, v.first))
        .map(|h| h.end)
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
pub(super) fn number_after_is_two(doc: &Doc, at: usize) -> bool {
    doc.numbers
        .iter()
        .any(|n| n.first_token == at && n.value == 2 && !in_digits(doc, at))
}

/// Whether token `i` is written in digits ("3", "12جريحا" split), not in words.
pub(super) fn in_digits(doc: &Doc, i: usize) -> bool {
    doc.token_text(i).starts_with(|c: char| c.is_ascii_digit())
}

/// "civilian" of a victim key "civilian:2".
pub(crate) fn victim_class(key: &str) -> &str {
    key.split_once(':').map_or(key, |(class, _)| class)
}

/// Singular nouns count one, duals two; plurals give no count. A key "civilian:N" states
/// the count of a form whose endings mislead (طفليه, his two children); "civilian:many" marks
/// a plural that looks like a dual or a singular (شبان، رجال); "other:ordinal" an ordinal
/// that counts one more ("وأصيب ثالث"), but not with the article: "الطفلة الرابعة" is an
/// adjective of the noun before it.
fn noun_count(token: &str, form: &str, key: &str) -> Option<u64> {
    if let Some((_, n)) = key.split_once(':') {
        if n == "ordinal" {
            let definite = token.trim_start_matches(['و', 'ف']).starts_with("ال");
            return (!definite).then_some(1);
        }
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
