//! How each relation kind is drawn: a colour, an arrowhead and a mark at
//! the middle of its line, chosen so that any two kinds shown together
//! differ in shape, or else in a colour that still differs with
//! deuteranopia or protanopia (see the `vision` tests). Dashes are kept
//! for uncertain relations, so no kind is dashed.
//!
//! The built-in kinds have fixed styles; the kinds a map names itself take
//! styles from a pool, each the one its name prefers unless a kind named
//! before it took that one, so adding a kind seldom changes another's.

use std::collections::BTreeSet;

use crate::model::{Map, RelationKind};

/// The colour family of a line; each look gives its own shade
/// ([`super::Palette::line_colour`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineHue {
    Neutral,
    Green,
    SkyBlue,
    Blue,
    Vermillion,
    ReddishPurple,
    Brown,
    Purple,
    Amber,
}

/// What the line ends in where it points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Head {
    /// A filled triangle.
    Arrow,
    /// Two strokes, an open "V".
    Open,
    /// A bar across the end: "blocks", as in diagrams of inhibition.
    Bar,
    /// A filled diamond: belongs to, as in diagrams of parts and wholes.
    Diamond,
    /// A filled dot: a bond.
    Dot,
    /// Two filled triangles one behind the other: up a chain of command.
    Double,
}

/// What sits at the middle of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    None,
    /// Short strokes across the line: one, two or three.
    Ticks(u8),
    /// A filled dot, as a coin.
    Coin,
    /// An open circle.
    Ring,
    /// A filled square.
    Square,
    /// A cross, ×.
    Cross,
    /// An open diamond.
    Rhombus,
}

/// How one relation kind is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RelationStyle {
    pub hue: LineHue,
    pub head: Head,
    pub mark: Mark,
}

impl Default for RelationStyle {
    fn default() -> Self {
        built_in(&RelationKind::Influences)
    }
}

impl RelationStyle {
    const fn new(hue: LineHue, head: Head, mark: Mark) -> Self {
        Self { hue, head, mark }
    }
}

/// The style of a built-in kind; a map's own kinds take [`CUSTOM`] styles
/// through [`RelationStyles`] (alone, the first of them).
fn built_in(kind: &RelationKind) -> RelationStyle {
    use {Head as H, LineHue as C, Mark as M};
    match kind {
        RelationKind::Influences => RelationStyle::new(C::Neutral, H::Arrow, M::None),
        RelationKind::Funds => RelationStyle::new(C::Green, H::Arrow, M::Coin),
        RelationKind::MemberOf => RelationStyle::new(C::SkyBlue, H::Diamond, M::None),
        RelationKind::AlliedWith => RelationStyle::new(C::Blue, H::Dot, M::None),
        RelationKind::Opposes => RelationStyle::new(C::Vermillion, H::Bar, M::None),
        RelationKind::HasAccessTo => RelationStyle::new(C::ReddishPurple, H::Open, M::None),
        RelationKind::ReportsTo => RelationStyle::new(C::Brown, H::Double, M::None),
        // The four Cs' three ways of working together, from the loosest:
        // one stroke, two, three.
        RelationKind::Cooperates => RelationStyle::new(C::Purple, H::Arrow, M::Ticks(1)),
        RelationKind::Coordinates => RelationStyle::new(C::Purple, H::Arrow, M::Ticks(2)),
        RelationKind::Collaborates => RelationStyle::new(C::Purple, H::Arrow, M::Ticks(3)),
        RelationKind::Custom(_) => CUSTOM[0],
    }
}

/// The styles a map's own kinds take: a mark no built-in kind has, in grey
/// or amber (which differ with any colour vision), then the same with an
/// open head.
pub const CUSTOM: [RelationStyle; 16] = {
    use {Head as H, LineHue as C, Mark as M};
    [
        RelationStyle::new(C::Neutral, H::Arrow, M::Ring),
        RelationStyle::new(C::Amber, H::Arrow, M::Square),
        RelationStyle::new(C::Neutral, H::Arrow, M::Cross),
        RelationStyle::new(C::Amber, H::Arrow, M::Rhombus),
        RelationStyle::new(C::Neutral, H::Arrow, M::Square),
        RelationStyle::new(C::Amber, H::Arrow, M::Ring),
        RelationStyle::new(C::Neutral, H::Arrow, M::Rhombus),
        RelationStyle::new(C::Amber, H::Arrow, M::Cross),
        RelationStyle::new(C::Neutral, H::Open, M::Ring),
        RelationStyle::new(C::Amber, H::Open, M::Square),
        RelationStyle::new(C::Neutral, H::Open, M::Cross),
        RelationStyle::new(C::Amber, H::Open, M::Rhombus),
        RelationStyle::new(C::Neutral, H::Open, M::Square),
        RelationStyle::new(C::Amber, H::Open, M::Ring),
        RelationStyle::new(C::Neutral, H::Open, M::Rhombus),
        RelationStyle::new(C::Amber, H::Open, M::Cross),
    ]
};

/// The style of every relation kind of one map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelationStyles {
    /// The map's own kinds, by name, and the index of their style in
    /// [`CUSTOM`].
    custom: Vec<(String, usize)>,
}

impl RelationStyles {
    /// The styles of the kinds `map`'s relations use.
    pub fn of(map: &Map) -> Self {
        Self::of_kinds(map.relations().map(|r| &r.kind))
    }

    /// The styles of these kinds (listed in any order, repeats allowed).
    pub fn of_kinds<'a>(kinds: impl IntoIterator<Item = &'a RelationKind>) -> Self {
        let names: BTreeSet<&str> = kinds
            .into_iter()
            .filter_map(|kind| match kind {
                RelationKind::Custom(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        let mut taken = [false; CUSTOM.len()];
        let mut custom = Vec::with_capacity(names.len());
        for (n, name) in names.into_iter().enumerate() {
            // Past as many kinds as there are styles, styles are shared.
            let slot = if n < CUSTOM.len() {
                let preferred = preferred_slot(name);
                let free = (0..CUSTOM.len())
                    .map(|step| (preferred + step) % CUSTOM.len())
                    .find(|&slot| !taken[slot]);
                free.unwrap_or(preferred)
            } else {
                n % CUSTOM.len()
            };
            taken[slot] = true;
            custom.push((name.to_owned(), slot));
        }
        Self { custom }
    }

    /// How relations of this kind are drawn.
    pub fn style(&self, kind: &RelationKind) -> RelationStyle {
        match kind {
            RelationKind::Custom(name) => self
                .custom
                .binary_search_by(|(n, _)| n.as_str().cmp(name))
                .map_or(CUSTOM[0], |i| CUSTOM[self.custom[i].1]),
            built_in_kind => built_in(built_in_kind),
        }
    }
}

/// The style a kind's name prefers: the same in every run and on every
/// machine (FNV-1a of its bytes), so a map looks the same wherever opened.
fn preferred_slot(name: &str) -> usize {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    (hash % CUSTOM.len() as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn custom(name: &str) -> RelationKind {
        RelationKind::Custom(name.to_owned())
    }

    #[test]
    fn a_maps_own_kinds_each_get_a_style_of_their_own() {
        let kinds: Vec<RelationKind> = (0..CUSTOM.len())
            .map(|n| custom(&format!("Kind {n}")))
            .collect();
        let styles = RelationStyles::of_kinds(&kinds);
        let chosen: BTreeSet<usize> = kinds
            .iter()
            .map(|k| {
                let style = styles.style(k);
                CUSTOM.iter().position(|s| *s == style).unwrap()
            })
            .collect();
        assert_eq!(chosen.len(), CUSTOM.len());
    }

    #[test]
    fn adding_a_kind_leaves_the_others_styles_unless_it_takes_their_place() {
        let before = RelationStyles::of_kinds(&[custom("Challenges"), custom("Directs")]);
        let after = RelationStyles::of_kinds(&[
            custom("Challenges"),
            custom("Directs"),
            custom("Controls the crossings for"),
        ]);
        for name in ["Challenges", "Directs"] {
            assert_eq!(before.style(&custom(name)), after.style(&custom(name)));
        }
    }

    #[test]
    fn styles_do_not_depend_on_the_order_kinds_are_met() {
        let a = RelationStyles::of_kinds(&[custom("b"), custom("a"), RelationKind::Funds]);
        let b = RelationStyles::of_kinds(&[RelationKind::Funds, custom("a"), custom("b")]);
        assert_eq!(a, b);
    }
}
