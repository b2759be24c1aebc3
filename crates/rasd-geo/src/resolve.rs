//! Second pass: candidates for every name, scored on the kind the cue asks for, the place
//! that locates it ("X بريف إدلب"), the caller's governorate hint, and the other places of
//! the document; then guards for names that are also words, people or outlets.

use crate::Gazetteer;
use crate::context::{self, Ctx, Rel, Toks};
use crate::geo::{badia_of, bearing, destination, haversine_km};
use crate::model::{Class, Kind, Place};
use crate::scan;
use crate::score::{anchors, cue_fit, score};
use crate::words::{self, Cue};

/// Below this a mention is not reported.
pub(crate) const ACCEPT: f32 = 0.5;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub place: u32,
    pub score: f32,
    /// Contradicts the place named right after it.
    pub misfit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Ok,
    Dropped,
    /// Every reading contradicts its locator: a same-named place elsewhere.
    Misfit,
}

#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub raw: scan::Raw,
    pub ctx: Ctx,
    pub cands: Vec<Cand>,
    /// The mention right after that locates this one.
    pub locator: Option<usize>,
    pub status: Status,
}

/// Where a resolved mention points, and how far that reaches when it locates another.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Loc<'g> {
    pub lat: f64,
    pub lon: f64,
    pub admin1: Option<&'g str>,
    pub country: &'g str,
    pub radius_km: f64,
    /// A country or a broad region: only the country is checked.
    pub country_only: bool,
    /// "X شمال شرقي حلب": X lies that way from (lat, lon), at no stated distance.
    pub bearing: Option<f64>,
    /// "X بريف القنيطرة": X is in that governorate, or just over its line.
    pub countryside: bool,
    /// "جاسم غربي درعا"، "Jasim in western Daraa": the governorate a city's side may name,
    /// whose part on that side reaches past the city's cone.
    pub side_of: Option<&'g str>,
}

/// Within this distance of a town, the side a place is said to lie on is a half-plane.
const LOOSE_SIDE_KM: f64 = 40.0;

/// How far a town in another governorate may lie from the point of a countryside that
/// locates it ("صيدا الحانوت بريف القنيطرة" is not Saida of Daraa, 48 km off).
const OVER_THE_LINE_KM: f64 = 30.0;

impl Loc<'_> {
    /// Does a place at (lat, lon) in `country`/`admin1` agree with this locator?
    pub fn fits(&self, lat: f64, lon: f64, country: &str, admin1: Option<&str>) -> bool {
        let way = |max_km: f64| match self.bearing {
            Some(b) => {
                let d = haversine_km(self.lat, self.lon, lat, lon);
                let off =
                    (bearing(self.lat, self.lon, lat, lon) - b + 540.0).rem_euclid(360.0) - 180.0;
                // "شمالي سوريا" is the whole northern half; "شمال حلب" a narrower cone, but
                // near a town its side is told loosely ("القصير غربي حمص" lies south-west).
                let in_its_governorate = self.side_of.is_some() && self.side_of == admin1;
                let cone = if self.country_only || d <= LOOSE_SIDE_KM || in_its_governorate {
                    90.0
                } else {
                    55.0
                };
                d <= max_km && (d < 5.0 || off.abs() <= cone)
            }
            None => haversine_km(self.lat, self.lon, lat, lon) <= max_km,
        };
        if self.country_only {
            return country == self.country && (self.bearing.is_none() || way(1500.0));
        }
        if self.admin1.is_some() && self.admin1 == admin1 {
            return true;
        }
        // Damascus's countryside is the governorate of Rif Dimashq.
        let other_governorate = self.countryside
            && admin1.is_some()
            && !(self.admin1 == Some("Damascus") && admin1 == Some("Rif Dimashq"));
        way(if other_governorate {
            OVER_THE_LINE_KM.min(self.radius_km)
        } else {
            self.radius_km
        })
    }
}

impl Mention {
    pub fn best<'g>(&self, g: &'g Gazetteer) -> Option<&'g Place> {
        self.cands.first().map(|c| &g.places[c.place as usize])
    }
}

pub(crate) fn mentions(g: &Gazetteer, t: Toks<'_>, hint: Option<&str>) -> Vec<Mention> {
    let mut floor = 0;
    let mut ms: Vec<Mention> = Vec::new();
    for raw in scan::scan(&g.index, t) {
        let mut ctx = context::context(t, &raw, floor);
        if let Some(prev) = ms.last().map(|m| m.ctx)
            && prev.shared
            && ctx.cue.is_none()
            && ctx.rel == Rel::At
            && ctx.first == raw.first
            && raw.first <= prev.end + 1
            && (t.at(raw.first).starts_with('و') || raw.first == prev.end)
        {
            // "ريفي إدلب وحلب", "بلدتي ذيبان والحوايج"
            ctx.cue = prev.cue;
            ctx.rel = prev.rel;
            ctx.shared = true;
        }
        floor = ctx.end;
        ms.push(Mention {
            raw,
            ctx,
            cands: Vec::new(),
            locator: None,
            status: Status::Ok,
        });
    }
    link_locators(g, t, &mut ms);
    // last to first: a locator is scored before the mention it locates
    for i in (0..ms.len()).rev() {
        score(g, &mut ms, i, hint, &[]);
    }
    let anchors = anchors(g, &ms);
    for i in (0..ms.len()).rev() {
        score(g, &mut ms, i, hint, &anchors);
    }
    for m in &mut ms {
        m.status = judge(g, m);
    }
    list_of_sites(g, t, &mut ms);
    named_before(g, &mut ms);
    ms
}

/// "سيطرت الفصائل على بلدة سلوك … قصف مدفعي في محيط سلوك": a name that is also a word,
/// once counted in a text with its cue, is the same place when named again there without
/// one (not as a person, an outlet or part of a longer name).
fn named_before(g: &Gazetteer, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let m = &ms[i];
        if !word_dropped(g, m) {
            continue;
        }
        let same_place = |a: &Mention| {
            a.status == Status::Ok
                && a.raw.entry == m.raw.entry
                && a.cands.first().map(|c| c.place) == m.cands.first().map(|c| c.place)
        };
        if ms[..i].iter().any(same_place) {
            ms[i].status = Status::Ok;
        }
    }
}

/// A name that is also a word, dropped only for want of a cue (not as a person, an outlet,
/// an organisation or part of a longer name): other mentions may still vouch for it.
fn word_dropped(g: &Gazetteer, m: &Mention) -> bool {
    m.status == Status::Dropped
        && g.index.entry(m.raw.entry).guarded
        && !(m.ctx.person || m.ctx.media || m.ctx.org || m.ctx.longer_name)
}

/// Villages named together in one list lie close together.
const LISTED_VILLAGES_KM: f64 = 30.0;

/// "القواعد الأمريكية: عين الأسد، التنف، الحرير، كونيكو": a name that is also a word counts
/// when it sits in a plain list next to sites that did count. "قرية كنصفرة وسرجة ومنطف": one
/// joined by "و" between two nearby villages that counted is a village of that list too.
fn list_of_sites(g: &Gazetteer, t: Toks<'_>, ms: &mut [Mention]) {
    let of_class = |m: &Mention, c: Class| m.best(g).is_some_and(|p| p.kind.class() == c);
    let site = |m: &Mention| of_class(m, Class::Site);
    let settlement = |m: &Mention| of_class(m, Class::Settlement);
    let joined = |m: &Mention| t.at(m.ctx.first).starts_with('و');
    let near = |a: &Mention, b: &Mention| match (a.best(g), b.best(g)) {
        (Some(p), Some(q)) => haversine_km(p.lat, p.lon, q.lat, q.lon) <= LISTED_VILLAGES_KM,
        _ => false,
    };
    let adjacent = |a: &Mention, b: &Mention| {
        a.ctx.end == b.ctx.first
            && t.tokens
                .get(a.ctx.end - 1)
                .zip(t.tokens.get(b.ctx.first))
                .and_then(|(x, y)| t.text.get(x.end as usize..y.start as usize))
                .is_some_and(|gap| {
                    gap.chars()
                        .all(|c| matches!(c, ' ' | ',' | '،' | '"' | '-'))
                })
    };
    for _ in 0..2 {
        for i in 0..ms.len() {
            let m = &ms[i];
            if !word_dropped(g, m) {
                continue;
            }
            if site(m) {
                let ok = |j: usize| ms[j].status == Status::Ok && site(&ms[j]);
                let before = i > 0 && ok(i - 1) && adjacent(&ms[i - 1], m);
                let after = i + 1 < ms.len() && ok(i + 1) && adjacent(m, &ms[i + 1]);
                if before || after {
                    ms[i].status = Status::Ok;
                }
            } else if settlement(m) && joined(m) && i > 0 && i + 1 < ms.len() {
                let (prev, next) = (&ms[i - 1], &ms[i + 1]);
                let village = |n: &Mention| n.status == Status::Ok && settlement(n) && near(n, m);
                if village(prev)
                    && village(next)
                    && joined(next)
                    && adjacent(prev, m)
                    && adjacent(m, next)
                {
                    ms[i].status = Status::Ok;
                }
            }
        }
    }
}

fn classes(g: &Gazetteer, m: &Mention) -> (bool, bool) {
    let e = g.index.entry(m.raw.entry);
    let kinds = e.places.iter().map(|&p| g.places[p as usize].kind);
    let mut area_or_city = false;
    let mut small = false;
    for k in kinds {
        area_or_city |= k.class() == Class::Area || k == Kind::City;
        small |= k.class() != Class::Area && k != Kind::City;
    }
    (area_or_city, small)
}

/// Whether every reading of the mention is the country or a broad region of it.
fn broad_only(g: &Gazetteer, m: &Mention) -> bool {
    g.index.entry(m.raw.entry).places.iter().all(|&p| {
        let p = &g.places[p as usize];
        p.kind == Kind::Country
            || (p.geo_precision == 3 && !p.kind.is_admin1() && p.kind != Kind::River)
    })
}

/// Whether any reading of the mention is a city.
fn has_city(g: &Gazetteer, m: &Mention) -> bool {
    let e = g.index.entry(m.raw.entry);
    e.places
        .iter()
        .any(|&p| g.places[p as usize].kind == Kind::City)
}

/// "X بريف إدلب", "X في محافظة حماة", "X شرقي دير الزور", "Saraqib, Idlib".
fn link_locators(g: &Gazetteer, t: Toks<'_>, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        // "قرية مشرفة بوير في شمال شرق منبج": after a village's cue a plain word may finish a
        // name known only by its first word; the place after still says where it lies.
        // "قرية صيدا الحانوت بريف القنيطرة": so may a word with the article before a
        // countryside, where it cannot be a neighbour ("قرية X المحاذية لبلدة Y").
        let countryside_after = matches!(b.ctx.rel, Rel::Countryside | Rel::Badia);
        let name_tail = |k: usize| {
            let w = t.at(k);
            k == a.ctx.end
                && a.ctx.cue == Some(Cue::Settlement)
                && (words::plain_word(w)
                    || countryside_after && w.strip_prefix("ال").is_some_and(words::plain_word))
        };
        let reach = 2 + usize::from(name_tail(a.ctx.end));
        if b.ctx.first < a.ctx.end || b.ctx.first - a.ctx.end > reach {
            continue;
        }
        // "قرى مرعناز والمالكية وشوارغة بريف عفرين": places the gazetteer lacks may close a
        // list that a countryside locates.
        let unknown_member = |k: usize| {
            countryside_after && t.at(k).strip_prefix('و').is_some_and(words::plain_word)
        };
        if !(a.ctx.end..b.ctx.first)
            .all(|k| words::gap_word(t.at(k)) || name_tail(k) || unknown_member(k))
        {
            continue;
        }
        let b_first = t.at(b.ctx.first);
        // "حلب وإدلب"، "ريف إدلب الجنوبي وريف حلب الغربي": a list, not a locator
        let joined_cue = b.ctx.first < b.raw.first && !b_first.starts_with("وادي");
        if b_first.starts_with('و') && (joined_cue || b.raw.clitic > 0) {
            continue;
        }
        let gap = t
            .tokens
            .get(a.ctx.end - 1)
            .zip(t.tokens.get(b.ctx.first))
            .and_then(|(x, y)| t.text.get(x.end as usize..y.start as usize))
            .unwrap_or("");
        if gap.contains(['.', '!', '?', '؟', '؛', '\n']) {
            continue;
        }
        // "X في منطقة منبج"، "مقاطعة منبج" (a canton of the north-east): the area around a
        // town; "من البوكمال إلى منطقة التنف" is a stretch, not a place inside another.
        let stretch = (a.ctx.end..b.ctx.first).any(|k| matches!(t.at(k), "الي" | "to"));
        let relative = !matches!(b.ctx.rel, Rel::At | Rel::Near)
            || b.ctx.cue == Some(Cue::Admin1)
            || (b.ctx.cue == Some(Cue::Area) && !stretch);
        let (b_area, _) = classes(g, b);
        let (_, a_small) = classes(g, a);
        // after a comma only a countryside, a direction (not from a governorate named as
        // one) or a governorate locates ("Saraqib, Idlib", "Tal Jumaa, north of Hasakah")
        let comma = gap.contains([',', '،']);
        // "مخيمات الكرامة في مدينة أطمة": a town named as a town contains what is put in it
        let in_town = !comma
            && b.ctx
                .cue
                .is_some_and(|c| matches!(c, Cue::City | Cue::Settlement))
            && (a.ctx.end..b.ctx.first).any(|k| matches!(t.at(k), "في" | "داخل" | "ضمن"));
        // "البادية الشرقية لحمص وسط سوريا"، "مدينة دير الزور، شرقي سوريا": the country or a
        // broad part of it, after any place, only says where that place is.
        let broad = broad_only(g, b);
        let ok = if comma {
            matches!(b.ctx.rel, Rel::Countryside | Rel::Badia)
                || (matches!(b.ctx.rel, Rel::Direction(..)) && b.ctx.cue != Some(Cue::Admin1))
                || b_area && b.ctx.rel == Rel::At
                || broad
        } else {
            relative || b_area || in_town
        };
        // "بلدة صيدا بريف درعا": a city's name in another governorate's countryside is a
        // same-named town there; a comma may join a list ("إدلب، ريف حلب").
        let city_in_countryside =
            !comma && matches!(b.ctx.rel, Rel::Countryside | Rel::Badia) && has_city(g, a);
        // A name that is also a word still needs its own cue: "سوريا" vouches for no river,
        // nor for a village named like a word ("بإسقاط سوريا": toppling Syria).
        let vouches = !(broad && g.index.entry(a.raw.entry).guarded);
        let broad_locates = broad && !broad_only(g, a);
        if (a_small || city_in_countryside || broad_locates) && ok && vouches {
            ms[i - 1].locator = Some(i);
        }
    }
    share_list_locators(g, t, ms);
}

/// "قرى مرعناز والمالكية بريف عفرين الشمالي": the countryside after a list of villages
/// locates each of them, not only the last. Members are joined by "و" with no cue of their
/// own ("قرية X ومدينة Y بريف Z" names each place by its own cue).
fn share_list_locators(g: &Gazetteer, t: Toks<'_>, ms: &mut [Mention]) {
    for i in (1..ms.len()).rev() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        let Some(j) = b.locator else { continue };
        if a.locator.is_some() || !matches!(ms[j].ctx.rel, Rel::Countryside | Rel::Badia) {
            continue;
        }
        let joined = b.ctx.first == b.raw.first
            && t.at(b.ctx.first).starts_with('و')
            && b.ctx.first == a.ctx.end;
        let (_, a_small) = classes(g, a);
        if joined && a_small {
            ms[i - 1].locator = Some(j);
        }
    }
}

/// The point a resolved mention stands for, with how far it reaches as a locator.
pub(crate) fn locate<'g>(g: &'g Gazetteer, m: &Mention) -> Option<Loc<'g>> {
    let top = m.cands.first()?;
    if top.misfit || top.score < 0.4 {
        return None;
    }
    let p = &g.places[top.place as usize];
    let (mut lat, mut lon) = (p.lat, p.lon);
    let broad = p.kind == Kind::Country
        || (p.geo_precision == 3 && !p.kind.is_admin1() && p.kind != Kind::River);
    let mut bearing = None;
    let radius = match m.ctx.rel {
        Rel::Countryside | Rel::Badia => {
            if let Some(b) = m.ctx.side {
                (lat, lon) = destination(lat, lon, b, 25.0);
            } else if m.ctx.rel == Rel::Badia {
                (lat, lon) = badia_of(lat, lon);
            }
            70.0
        }
        Rel::Direction(_, _) if p.kind == Kind::River => 200.0,
        Rel::Direction(b, Some(km)) => {
            (lat, lon) = destination(lat, lon, b, km);
            (km / 2.0).max(15.0)
        }
        Rel::Direction(b, None) => {
            bearing = Some(b);
            250.0
        }
        Rel::Near => 25.0,
        // "بمنطقة قطنا"، "مقاطعة منبج": a town's district, not the town.
        Rel::At if m.ctx.cue == Some(Cue::Area) && p.kind.class() == Class::Settlement => 40.0,
        Rel::At => match p.kind {
            Kind::Governorate | Kind::Province | Kind::Region | Kind::Mountain => 150.0,
            Kind::River => 200.0,
            Kind::City => 35.0,
            _ => 15.0,
        },
    };
    let admin1 = match (m.ctx.rel, p.kind) {
        (Rel::At, k) if k.is_admin1() || k == Kind::City => p.admin1.as_deref(),
        (Rel::Countryside | Rel::Badia, _) => p.admin1.as_deref(),
        _ => None,
    };
    Some(Loc {
        lat,
        lon,
        admin1,
        country: &p.country,
        radius_km: radius,
        country_only: broad,
        bearing,
        countryside: m.ctx.rel == Rel::Countryside && admin1.is_some(),
        side_of: match (m.ctx.rel, p.kind) {
            (Rel::Direction(_, None), Kind::City) => p.admin1.as_deref(),
            _ => None,
        },
    })
}

/// Reported, dropped, or contradicted by its locator.
pub(crate) fn judge(g: &Gazetteer, m: &Mention) -> Status {
    let Some(top) = m.cands.first() else {
        return Status::Dropped;
    };
    let p = &g.places[top.place as usize];
    let e = g.index.entry(m.raw.entry);
    let cue_ok = m.ctx.cue.is_some_and(|c| cue_fit(c, p.kind) > 0.0);
    // "منطقة" and "قرب" are too general to vouch for a name that is also a word, but
    // "منطقة القصير" names the area of a town ("منطقة المدينة الصناعية" no town)
    let town = || {
        matches!(p.kind, Kind::City | Kind::Town)
            && !g.index.key_of(m.raw.entry).is_some_and(words::names_a_kind)
    };
    let specific = m.ctx.cue.is_some_and(|c| {
        cue_fit(c, p.kind) > 0.0
            && match c {
                Cue::Area => p.kind.class() == Class::Site || town(),
                Cue::Near => p.kind.class() == Class::Site,
                _ => true,
            }
    });
    if m.ctx.org || m.ctx.longer_name || (m.ctx.described && p.kind == Kind::Country) {
        return Status::Dropped;
    }
    // ريف X and "20 كم شرق X" vouch for X; a bare "جنوبي المدينة" does not
    let relative = matches!(
        m.ctx.rel,
        Rel::Countryside | Rel::Badia | Rel::Direction(_, Some(_))
    ) || (matches!(m.ctx.rel, Rel::Direction(_, None))
        && p.kind.class() == Class::Area);
    let located = m.locator.is_some() && !top.misfit;
    if m.ctx.person && !cue_ok {
        return Status::Dropped;
    }
    if (m.ctx.media || (e.outlet && m.raw.lam)) && !cue_ok {
        return Status::Dropped;
    }
    if e.guarded && !(specific || relative || located) {
        return Status::Dropped;
    }
    if top.misfit {
        return Status::Misfit;
    }
    if top.score < ACCEPT {
        return Status::Dropped;
    }
    Status::Ok
}
