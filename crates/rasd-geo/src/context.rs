//! The words around a name: cue words, relative phrases (ريف X الجنوبي، 20 كم شرق X،
//! southern X countryside), prepositions, and signs that the name is a person or an outlet.

use crate::guards;
use crate::scan::Raw;
use crate::words::{self, Cue};
use rasd_text::Token;

/// How the phrase places the event relative to the named place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Rel {
    At,
    Near,
    Countryside,
    Badia,
    /// A direction from the place, with an explicit distance in km when the text gives one.
    Direction(f64, Option<f64>),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    /// Token range of the whole phrase, cue words and adjectives included.
    pub first: usize,
    pub end: usize,
    pub cue: Option<Cue>,
    pub rel: Rel,
    /// Side adjective after the name (ريف X الجنوبي) or before it (جنوب ريف X).
    pub side: Option<f64>,
    pub prep: bool,
    pub person: bool,
    pub media: bool,
    /// Part of an organisation's name (مجلس منبج العسكري).
    pub org: bool,
    /// The tail of a longer place name ("تل شنان" is not Shinan).
    pub longer_name: bool,
    /// The cue is dual or plural and carries over to the next name joined by و.
    pub shared: bool,
    /// A bare nisba-shaped name right after an indefinite feminine or plural noun, which it
    /// may describe ("فصائل معارضة سورية" is Syrian factions, not Syria).
    pub described: bool,
}

fn number(tok: &str) -> Option<f64> {
    let t = tok.strip_prefix('و').unwrap_or(tok);
    t.replace(',', ".").parse::<f64>().ok().filter(|v| *v > 0.0)
}

fn is_latin(tok: &str) -> bool {
    tok.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

/// Token texts by index; "" past either end.
#[derive(Clone, Copy)]
pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Per token, capitalised in the original (empty when unknown): only such words are
    /// read with their spelling folded.
    pub capitals: &'a [bool],
}

impl<'a> Toks<'a> {
    pub fn at(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Tokens `i - 1` and `i` stand in one sentence: no full stop or line break between
    /// ("in the area.\n\nTurkey, which" is no "area of Turkey").
    pub fn joined(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) else {
            return true;
        };
        self.text
            .get(a.end as usize..b.start as usize)
            .is_none_or(|gap| !gap.contains(['.', '!', '?', '؟', '\n']))
    }
}

/// `floor`: the first token after the previous mention's phrase; context stops there.
pub(crate) fn context(t: Toks<'_>, raw: &Raw, floor: usize) -> Ctx {
    let first_tok = t.at(raw.first);
    let prefix = first_tok.get(..raw.clitic as usize).unwrap_or("");
    let prefix = prefix.strip_suffix("ال").unwrap_or(prefix);
    let mut c = Ctx {
        first: raw.first,
        end: raw.end,
        cue: None,
        rel: Rel::At,
        side: None,
        prep: prefix.ends_with('ب'),
        person: false,
        media: false,
        org: false,
        longer_name: false,
        shared: false,
        described: false,
    };
    // a name that starts with its own cue ("قاعدة التنف" is listed as a variant)
    if raw.end - raw.first >= 2 {
        c.cue = words::cue(first_tok);
    }
    // (Read before the look back, which stops at a mention before: "طائرات حربية سورية".)
    c.described = raw.clitic == 0
        && raw.first > 0
        && t.joined(raw.first)
        && guards::described_by(t.at(raw.first - 1), first_tok);
    look_back(t, raw, floor, &mut c);
    look_ahead(t, &mut c);
    c
}

fn look_back(tk: Toks<'_>, raw: &Raw, floor: usize, c: &mut Ctx) {
    let tok = |i: usize| tk.at(i);
    if side_of(tk, raw, floor, c) {
        return;
    }
    let mut k = raw.first;
    let mut steps = 0;
    while k > floor && steps < 5 && tk.joined(k) {
        steps += 1;
        let t = tok(k - 1);
        if is_latin(t) && matches!(t, "of" | "the") {
            k -= 1;
            continue;
        }
        if words::direction_before(t).is_some() {
            if let Some((b, at)) = direction_back(tk, k) {
                let km = distance_back(tk, at);
                c.rel = Rel::Direction(b, km.map(|(d, _)| d));
                c.first = km.map_or(at, |(_, s)| s);
            }
            break;
        }
        if is_latin(t) && k < raw.first {
            // English cues do not chain: "town of X", "rural X", "X countryside" only
            if let Some(cue) = words::cue(t).filter(|_| steps_back_ok(tk, k, raw.first)) {
                c.first = k - 1;
                match cue {
                    Cue::Near => c.rel = Rel::Near,
                    Cue::Countryside => c.rel = Rel::Countryside,
                    other => {
                        c.cue.get_or_insert(other);
                    }
                }
            }
            break;
        }
        // "عن طريق تركيا" is "by way of", no road.
        if t == "طريق" && k >= 2 && tok(k - 2) == "عن" {
            break;
        }
        if let Some(cue) = words::cue(t) {
            k -= 1;
            c.first = k;
            c.shared |= words::shared_cue(t);
            match cue {
                Cue::Countryside | Cue::Badia => {
                    c.rel = if cue == Cue::Badia {
                        Rel::Badia
                    } else {
                        Rel::Countryside
                    };
                    c.cue.get_or_insert(cue);
                    // جنوب ريف X، جنوب شرق ريف X
                    if let Some((b, at)) = direction_back(tk, k) {
                        c.side = Some(b);
                        c.first = at;
                    }
                    break;
                }
                Cue::Near => {
                    if matches!(c.rel, Rel::At) {
                        c.rel = Rel::Near;
                    }
                }
                other => {
                    c.cue.get_or_insert(other);
                }
            }
            continue;
        }
        // بالقرب من X
        if t == "من" && k >= 2 && words::cue(tok(k - 2)) == Some(Cue::Near) {
            k -= 2;
            c.first = k;
            c.rel = Rel::Near;
            continue;
        }
        let bare = t.strip_prefix('و').unwrap_or(t);
        if words::locative(bare) {
            c.prep = true;
        } else if guards::name_head_before(t) {
            c.longer_name = true;
        } else if guards::person_before(t) && c.cue.is_none() {
            c.person = true;
        } else if guards::media_before(t) {
            c.media = true;
        } else if guards::org_before(t) {
            c.org = true;
        }
        break;
    }
}

/// "الريف الشرقي لدير الزور", "الريف الجنوبي الغربي من حلب", "الضفة الشرقية لنهر الفرات":
/// a side of the place written before it, joined by ل or من.
fn side_of(tk: Toks<'_>, raw: &Raw, floor: usize, c: &mut Ctx) -> bool {
    // "البادية الشرقية لحمص": the head word may itself be the mention before (the Badia is
    // a region of its own); the side still belongs to the place after it.
    // (That mention's phrase has taken the side words as its own.)
    let mut head = floor;
    while head > 0 && floor - head < 2 && words::direction_after(tk.at(head - 1)).is_some() {
        head -= 1;
    }
    let floor = if head < floor && head > 0 && matches!(tk.at(head - 1), "الباديه" | "باديه")
    {
        head - 1
    } else {
        floor
    };
    let mut k = raw.first;
    let linked = raw.lam
        || (k > floor && tk.at(k - 1) == "من" && {
            k -= 1;
            true
        });
    if !linked || k < floor + 2 {
        return false;
    }
    let Some(b1) = words::direction_after(tk.at(k - 1)) else {
        return false;
    };
    let mut b = b1;
    let mut at = k - 1;
    if at > floor + 1
        && let Some(b0) = words::direction_after(tk.at(at - 1))
        && b0 != b1
    {
        b = words::combine(b0, b1);
        at -= 1;
    }
    let head = tk.at(at - 1);
    let head = head.strip_prefix('و').unwrap_or(head);
    let head = head.strip_prefix('ب').unwrap_or(head);
    c.rel = match head {
        "الريف" | "ريف" | "الارياف" => Rel::Countryside,
        "الباديه" | "باديه" => Rel::Badia,
        "الضفه" | "الجهه" | "الجانب" | "القسم" | "الطرف" | "الاطراف" | "المنطقه" => {
            Rel::Direction(b, None)
        }
        _ => return false,
    };
    if matches!(c.rel, Rel::Countryside | Rel::Badia) {
        c.side = Some(b);
        c.cue = Some(if c.rel == Rel::Badia {
            Cue::Badia
        } else {
            Cue::Countryside
        });
    }
    c.first = at - 1;
    true
}

/// Between an English cue at `k - 1` and the name only "of"/"the", and "countryside"
/// needs its "of".
fn steps_back_ok(tk: Toks<'_>, k: usize, first: usize) -> bool {
    let between: Vec<&str> = (k..first).map(|i| tk.at(i)).collect();
    let cue = tk.at(k - 1);
    between.iter().all(|w| matches!(*w, "of" | "the"))
        && (cue != "countryside" || between.first() == Some(&"of"))
}

/// One or two direction words ending just before token `k`: (bearing, first token).
fn direction_back(tk: Toks<'_>, k: usize) -> Option<(f64, usize)> {
    let tok = |i: usize| tk.at(i);
    let mut at = k;
    // English "north of": skip the "of"
    if at > 0 && tok(at - 1) == "of" {
        at -= 1;
    }
    let b1 = words::direction_before(tok(at.checked_sub(1)?))?;
    at -= 1;
    if at > 0
        && let Some(b0) = words::direction_before(tok(at - 1))
        && b0 != b1
    {
        return Some((words::combine(b0, b1), at - 1));
    }
    Some((b1, at))
}

/// "20 كم" / "على بعد 20 كيلومترا" / "15 km" just before token `k`: (km, first token).
fn distance_back(tk: Toks<'_>, k: usize) -> Option<(f64, usize)> {
    let tok = |i: usize| tk.at(i);
    let unit = words::distance_unit(tok(k.checked_sub(1)?))?;
    let n = number(tok(k.checked_sub(2)?))?;
    let mut first = k - 2;
    if first >= 2 && tok(first - 1) == "بعد" {
        first -= if tok(first - 2) == "علي" { 2 } else { 1 };
    }
    (n * unit <= 300.0).then_some((n * unit, first))
}

fn look_ahead(tk: Toks<'_>, c: &mut Ctx) {
    let tok = |i: usize| tk.at(i);
    let n = tk.len();
    let mut k = c.end;
    let mut steps = 0;
    while k < n && steps < 3 && tk.joined(k) {
        steps += 1;
        let t = tok(k);
        if let Some(b) = words::direction_after(t) {
            let b2 = (k + 1 < n)
                .then(|| words::direction_after(tok(k + 1)))
                .flatten();
            c.side = Some(match b2 {
                Some(b2) if b2 != b => {
                    k += 1;
                    words::combine(b, b2)
                }
                _ => b,
            });
            k += 1;
            c.end = k;
            continue;
        }
        if let Some(q) = words::qualifier(t) {
            c.cue.get_or_insert(q);
            k += 1;
            c.end = k;
            continue;
        }
        if is_latin(t) {
            // "Omar oil field", "Hasakah countryside", "Tanf base"
            let t = if matches!(t, "oil" | "gas") && k + 1 < n {
                tok(k + 1)
            } else {
                t
            };
            if let Some(cue) = words::cue_after_en(t) {
                let width = if t == tok(k) { 1 } else { 2 };
                match cue {
                    Cue::Countryside => {
                        if let Rel::Direction(b, None) = c.rel {
                            c.side = Some(b);
                        }
                        c.rel = Rel::Countryside;
                    }
                    Cue::Near => c.rel = Rel::Near,
                    other => {
                        c.cue.get_or_insert(other);
                    }
                }
                k += width;
                c.end = k;
                continue;
            }
        }
        if guards::person_after(t) {
            c.person = true;
        }
        if t == "نت" {
            c.media = true;
        }
        break;
    }
}
