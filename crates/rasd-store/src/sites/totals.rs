//! Honest sums of reported figures. "More than 100 trucks" is not 100 trucks: a sum keeps
//! the weakest qualifier of its parts, so exact 40 and about 200 make "~240", and anything
//! plus "more than 100" is a lower bound ("140+").

use rasd_extract::{Qualifier, Quantity, Unit};
use serde::Serialize;

/// How far a sum can be trusted, from strongest to weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Every part was an exact figure.
    Exact,
    /// Some part was approximate (نحو، قرابة، حوالي).
    Approx,
    /// Some part was "more than": the true total is at least this.
    AtLeast,
    /// Some part was "less than": the true total is at most this.
    AtMost,
    /// Parts bounded from both sides: only a rough size.
    Mixed,
}

/// The sum of one unit's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    pub unit: Unit,
    /// For the unit `other`, the noun counted (نقاط، حواجز): different things are not added.
    pub kind: Option<String>,
    /// The sum of the figures as written.
    pub value: u64,
    pub bound: Bound,
    /// Some part was approximate (also under a lower or upper bound).
    pub approx: bool,
    /// How many figures went into it.
    pub parts: u64,
    /// For display: "240", "~240", "100+", "~140+", "<1000", "~240 (mixed bounds)".
    pub text: String,
}

impl Total {
    fn render(&mut self) {
        let tilde = if self.approx { "~" } else { "" };
        let v = self.value;
        self.text = match self.bound {
            Bound::Exact => v.to_string(),
            Bound::Approx => format!("~{v}"),
            Bound::AtLeast => format!("{tilde}{v}+"),
            Bound::AtMost => format!("<{tilde}{v}"),
            Bound::Mixed => format!("~{v} (mixed bounds)"),
        };
    }
}

/// One figure as written: "~120 personnel", ">100 truck", "<1000 personnel".
pub fn figure_text(q: &Quantity) -> String {
    let prefix = match q.qualifier {
        Some(Qualifier::Approx) => "~",
        Some(Qualifier::MoreThan) => ">",
        Some(Qualifier::LessThan) => "<",
        None => "",
    };
    format!("{prefix}{} {}", q.value, q.unit.code())
}

/// Sums figures per unit (per noun for `other`), in the order units first appear. Callers
/// pass one figure per occurrence (see [`crate::merge_figures`]): two outlets reporting the
/// same convoy must not double it.
pub fn sum_figures<'a>(qs: impl IntoIterator<Item = &'a Quantity>) -> Vec<Total> {
    let mut out: Vec<(bool, bool, Total)> = Vec::new();
    for q in qs {
        let kind = (q.unit == Unit::Other).then(|| q.kind.clone()).flatten();
        let i = match out
            .iter()
            .position(|(_, _, t)| t.unit == q.unit && t.kind == kind)
        {
            Some(i) => i,
            None => {
                out.push((
                    false,
                    false,
                    Total {
                        unit: q.unit,
                        kind,
                        value: 0,
                        bound: Bound::Exact,
                        approx: false,
                        parts: 0,
                        text: String::new(),
                    },
                ));
                out.len() - 1
            }
        };
        let (more, less, t) = &mut out[i];
        t.value = t.value.saturating_add(q.value);
        t.parts += 1;
        match q.qualifier {
            Some(Qualifier::Approx) => t.approx = true,
            Some(Qualifier::MoreThan) => *more = true,
            Some(Qualifier::LessThan) => *less = true,
            None => {}
        }
    }
    out.into_iter()
        .map(|(more, less, mut t)| {
            t.bound = match (more, less) {
                (true, true) => Bound::Mixed,
                (true, false) => Bound::AtLeast,
                (false, true) => Bound::AtMost,
                (false, false) if t.approx => Bound::Approx,
                (false, false) => Bound::Exact,
            };
            t.render();
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_extract::Span;

    fn q(value: u64, qualifier: Option<Qualifier>, unit: Unit) -> Quantity {
        Quantity {
            value,
            qualifier,
            unit,
            kind: None,
            target: None,
            span: Span::default(),
        }
    }

    fn texts(qs: &[Quantity]) -> Vec<String> {
        sum_figures(qs).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn exact_plus_approx_is_approx() {
        let qs = [
            q(40, None, Unit::Truck),
            q(200, Some(Qualifier::Approx), Unit::Truck),
        ];
        let t = sum_figures(&qs);
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].value, t[0].bound, t[0].parts),
            (240, Bound::Approx, 2)
        );
        assert_eq!(t[0].text, "~240");
    }

    #[test]
    fn more_than_is_a_lower_bound_never_a_figure() {
        assert_eq!(
            texts(&[q(100, Some(Qualifier::MoreThan), Unit::Truck)]),
            ["100+"]
        );
        let mix = [
            q(100, Some(Qualifier::MoreThan), Unit::Truck),
            q(40, None, Unit::Truck),
        ];
        assert_eq!(texts(&mix), ["140+"]);
        let weaker = [
            q(100, Some(Qualifier::MoreThan), Unit::Truck),
            q(40, Some(Qualifier::Approx), Unit::Truck),
        ];
        let t = sum_figures(&weaker);
        assert_eq!((t[0].bound, t[0].text.as_str()), (Bound::AtLeast, "~140+"));
    }

    #[test]
    fn less_than_and_mixed_bounds() {
        assert_eq!(
            texts(&[q(1000, Some(Qualifier::LessThan), Unit::Personnel)]),
            ["<1000"]
        );
        let both = [
            q(100, Some(Qualifier::MoreThan), Unit::Personnel),
            q(50, Some(Qualifier::LessThan), Unit::Personnel),
        ];
        assert_eq!(sum_figures(&both)[0].bound, Bound::Mixed);
    }

    #[test]
    fn units_and_other_nouns_stay_apart() {
        let mut posts = q(4, None, Unit::Other);
        posts.kind = Some("نقاط".into());
        let mut checkpoints = q(2, None, Unit::Other);
        checkpoints.kind = Some("حواجز".into());
        let qs = [
            q(22, None, Unit::Vehicle),
            q(14, None, Unit::Truck),
            q(10, None, Unit::Truck),
            posts,
            checkpoints,
        ];
        let t = sum_figures(&qs);
        let got: Vec<(Unit, u64)> = t.iter().map(|t| (t.unit, t.value)).collect();
        assert_eq!(
            got,
            [
                (Unit::Vehicle, 22),
                (Unit::Truck, 24),
                (Unit::Other, 4),
                (Unit::Other, 2)
            ]
        );
        assert_eq!(t[1].bound, Bound::Exact);
    }
}
