//! Where stakeholders' names go: below their glyph, or else above, right
//! or left of it, never over another name or glyph. The names that must show
//! (selected, hovered) come first and are drawn even where they cover
//! something; then those not faded, the most powerful first. A name with no room left is left
//! out, and shows when its stakeholder is hovered or selected.

use std::sync::Arc;

use egui::{Galley, Pos2, Rect, Shape, Vec2};
use rstar::{AABB, RTree, RTreeObject};

use super::glyph::{self, Emphasis};
use super::theme::Palette;

/// A name waiting for room.
pub struct Name {
    pub galley: Arc<Galley>,
    pub center: Pos2,
    /// How far the glyph reaches from its centre.
    pub reach: f32,
    /// From the centre to the top of the name when it goes below.
    pub below: f32,
    pub emphasis: Emphasis,
    /// Selected or hovered: shown even where it covers something.
    pub forced: bool,
    /// Which names get room first, after the forced ones: the highest.
    pub rank: u8,
}

impl Name {
    fn own_rect(&self) -> Rect {
        Rect::from_center_size(self.center, Vec2::splat(2.0 * self.reach))
    }
}

/// How far a name keeps from any glyph but its own, so that it is never
/// read as another stakeholder's name.
const GLYPH_CLEARANCE: f32 = 8.0;

/// Appends the names that find room to `labels`, and the forced ones to
/// `on_top`. `taken` holds what names must not cover (glyphs, captions);
/// names stay inside `bounds` when there is one.
pub fn place(
    mut names: Vec<Name>,
    taken: Vec<Rect>,
    bounds: Option<Rect>,
    palette: &Palette,
    labels: &mut Vec<Shape>,
    on_top: &mut Vec<Shape>,
) {
    if names.is_empty() {
        return;
    }
    names.sort_by(|a, b| {
        b.forced
            .cmp(&a.forced)
            .then(a.emphasis.dimmed.cmp(&b.emphasis.dimmed))
            .then(b.rank.cmp(&a.rank))
    });
    // Only what lies where some name may go; indexed, as a view may hold
    // thousands (and a few names, the selected ones, may be all there is).
    let reach = names
        .iter()
        .map(|name| {
            let size = name.galley.size();
            name.own_rect()
                .expand2(size + Vec2::splat(name.below + GLYPH_CLEARANCE + 8.0))
        })
        .reduce(Rect::union)
        .unwrap_or(Rect::NOTHING);
    let mut taken = RTree::bulk_load(
        taken
            .into_iter()
            .filter(|rect| rect.intersects(reach))
            .map(|rect| Taken { rect, glyph: true })
            .collect(),
    );
    for name in names {
        let size = name.galley.size();
        let below = name.center + Vec2::new(0.0, name.below);
        let above = name.center - Vec2::new(0.0, name.reach + 3.0 + size.y);
        let beside = name.reach + 5.0 + size.x / 2.0;
        let right = name.center + Vec2::new(beside, -size.y / 2.0);
        let left = name.center + Vec2::new(-beside, -size.y / 2.0);
        let own = name.own_rect();
        // Below is where a name is looked for; anywhere else it keeps
        // clear of other glyphs too, so it is not read as theirs.
        let free = [
            (below, 0.0),
            (above, GLYPH_CLEARANCE),
            (right, GLYPH_CLEARANCE),
            (left, GLYPH_CLEARANCE),
        ]
        .into_iter()
        .find(|(anchor, clearance)| {
            let rect = glyph::label_rect(&name.galley, *anchor).expand(2.0);
            if bounds.is_some_and(|bounds| !bounds.contains_rect(rect)) {
                return false;
            }
            let near = rect.expand(*clearance);
            taken
                .locate_in_envelope_intersecting(&envelope(near))
                .all(|t| t.rect == own || (!t.glyph && !t.rect.intersects(rect)))
        })
        .map(|(anchor, _)| anchor);
        let out = if name.forced {
            &mut *on_top
        } else {
            &mut *labels
        };
        if let Some(anchor) = free.or(name.forced.then_some(below)) {
            let rect = glyph::push_label(out, name.galley, anchor, name.emphasis, palette);
            taken.insert(Taken {
                rect: rect.expand(2.0),
                glyph: false,
            });
        }
    }
}

/// A rectangle a name must not cover, as the R*-tree holds it: a glyph
/// (kept clear of by a margin) or a name placed already.
struct Taken {
    rect: Rect,
    glyph: bool,
}

fn envelope(rect: Rect) -> AABB<[f32; 2]> {
    AABB::from_corners([rect.min.x, rect.min.y], [rect.max.x, rect.max.y])
}

impl RTreeObject for Taken {
    type Envelope = AABB<[f32; 2]>;

    fn envelope(&self) -> Self::Envelope {
        envelope(self.rect)
    }
}
