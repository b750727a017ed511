//! Where stakeholders' names go, in every view: below their glyph, or
//! else above, right or left of it, never over another name or glyph and
//! never nearer another glyph than their own, so no name is read as
//! another's. Coalition rings count as part of the glyph.
//!
//! Names get room in this order: the selected and hovered, then those that
//! must always be named (targets, the leadership core, coalition leads),
//! then those not faded, the most powerful first. A name with no room
//! whole is shortened with "…"; a name that must show and still has no
//! room goes farther out with a leader line to its glyph; the selected and
//! hovered are drawn, on top, even where that covers something. Any other
//! name with no room is left out, and shows when hovered or selected.

use std::sync::Arc;

use super::glyph::{self, Emphasis};
use super::rect_grid::{HasRect, RectGrid};
use super::theme::Palette;
use egui::{Galley, Pos2, Rect, Shape, Stroke, Vec2};

/// A name waiting for room.
pub struct Name {
    pub text: NameText,
    pub center: Pos2,
    /// How far the glyph reaches from its centre.
    pub reach: f32,
    /// From the centre to the top of the name when it goes below.
    pub below: f32,
    pub emphasis: Emphasis,
    /// Selected or hovered: shown even where it covers something.
    pub forced: bool,
    /// A target, the leadership core or a coalition's lead: shortened or
    /// drawn with a leader line rather than left out.
    pub must: bool,
    /// Which names get room first, after the forced ones: the highest.
    pub rank: u8,
}

impl Name {
    fn own_rect(&self) -> Rect {
        Rect::from_center_size(self.center, Vec2::splat(2.0 * self.reach))
    }
}

/// A name's text, laid out the first time it is needed: on a crowded
/// board most names find no room and are never laid out, which is most of
/// what placing thousands of them would cost.
pub struct NameText {
    text: Arc<str>,
    font_size: f32,
    /// How wide it may be before it wraps, and on how many rows at most.
    max_width: f32,
    max_rows: usize,
    laid_out: std::cell::OnceCell<Arc<Galley>>,
}

impl NameText {
    pub fn new(text: Arc<str>, font_size: f32, max_width: f32, max_rows: usize) -> Self {
        Self {
            text,
            font_size,
            max_width,
            max_rows,
            laid_out: std::cell::OnceCell::new(),
        }
    }

    /// The text laid out as [`glyph::label_galley`] lays out names.
    pub fn galley(&self, painter: &egui::Painter) -> &Arc<Galley> {
        self.laid_out.get_or_init(|| {
            glyph::label_galley(
                painter,
                &self.text,
                self.font_size,
                self.max_width,
                self.max_rows,
            )
        })
    }

    /// The largest the laid-out text can be (see [`glyph::label_galley`]),
    /// with room to spare for a word wider than the width and the tallest
    /// script's rows.
    fn largest(&self) -> Vec2 {
        Vec2::new(
            2.0 * self.max_width.max(self.font_size * SHORT_EMS),
            2.0 * self.font_size * self.max_rows as f32,
        )
    }

    /// The smallest box any laid-out name covers: a few letters' width,
    /// one row's height (egui's rows are taller than the font size).
    fn smallest(&self) -> Vec2 {
        Vec2::new(0.2 * self.font_size, 0.9 * self.font_size)
    }
}

/// Where one name went.
#[derive(Clone, Copy, Debug)]
pub struct Placed {
    /// The name's place in the list given to [`place`].
    pub owner: usize,
    pub rect: Rect,
    /// The line drawn from the glyph to a name set farther out.
    pub leader: Option<[Pos2; 2]>,
}

/// How much farther from another glyph than from its own a name keeps,
/// so that it is never read as another stakeholder's name.
const GLYPH_CLEARANCE: f32 = 6.0;
/// A shortened name is at most this many times its font size wide.
const SHORT_EMS: f32 = 7.0;
/// How far out from its glyph a name with a leader line goes, in points.
const LEADER_LENGTHS: [f32; 5] = [16.0, 34.0, 56.0, 90.0, 130.0];

/// Appends the names that find room to `labels`, and the forced ones to
/// `on_top`; returns where each went. `taken` holds what names must not
/// cover (glyphs, captions); names stay inside `bounds` when there is one.
pub fn place(
    painter: &egui::Painter,
    names: Vec<Name>,
    taken: Vec<Rect>,
    bounds: Option<Rect>,
    palette: &Palette,
    labels: &mut Vec<Shape>,
    on_top: &mut Vec<Shape>,
) -> Vec<Placed> {
    place_among(painter, names, taken, &[], bounds, palette, labels, on_top)
}

/// As [`place`], among names placed already (`others`), which these keep
/// off as they keep off one another.
#[allow(clippy::too_many_arguments)]
pub fn place_among(
    painter: &egui::Painter,
    names: Vec<Name>,
    taken: Vec<Rect>,
    others: &[Rect],
    bounds: Option<Rect>,
    palette: &Palette,
    labels: &mut Vec<Shape>,
    on_top: &mut Vec<Shape>,
) -> Vec<Placed> {
    let mut placed = Vec::new();
    if names.is_empty() {
        return placed;
    }
    let mut names: Vec<(usize, Name)> = names.into_iter().enumerate().collect();
    names.sort_by(|(_, a), (_, b)| {
        b.forced
            .cmp(&a.forced)
            .then(b.must.cmp(&a.must))
            .then(a.emphasis.dimmed.cmp(&b.emphasis.dimmed))
            .then(b.rank.cmp(&a.rank))
    });
    // Only what lies where some name may go; in a grid, as a view may hold
    // thousands (and a few names, the selected ones, may be all there is).
    let farthest = LEADER_LENGTHS[LEADER_LENGTHS.len() - 1];
    let reach = names
        .iter()
        .map(|(_, name)| {
            let size = name.text.largest();
            name.own_rect()
                .expand2(size + Vec2::splat(name.below + farthest + GLYPH_CLEARANCE + 8.0))
        })
        .reduce(Rect::union)
        .unwrap_or(Rect::NOTHING);
    let mut taken = Room {
        tree: RectGrid::new(
            reach,
            taken
                .into_iter()
                .filter(|rect| rect.intersects(reach))
                .map(|rect| Taken { rect, glyph: true })
                .chain(others.iter().map(|&rect| Taken {
                    rect: rect.expand(2.0),
                    glyph: false,
                }))
                .collect(),
        ),
        bounds,
    };
    for (owner, name) in names {
        // Whole beside its glyph; whole farther out with a leader line (for
        // those that must show); shortened beside; shortened farther out.
        // Those that must be named, when their glyph is in view (a glyph
        // just out of sight has its name drawn when it comes in).
        let in_view = bounds.is_none_or(|bounds| bounds.contains(name.center));
        let important = name.forced || (name.must && in_view);
        if !important && taken.surely_full(&name) {
            continue;
        }
        let whole = name.text.galley(painter).clone();
        // Whole first; the shortened name is laid out only when the whole
        // finds no room (on a crowded board most find room whole or not at all).
        let room_for = |galley: &Arc<Galley>| {
            if let Some(anchor) = taken.beside(&name, galley) {
                return Some((galley.clone(), anchor, None));
            }
            let (anchor, leader) = important.then(|| taken.farther(&name, galley))??;
            Some((galley.clone(), anchor, Some(leader)))
        };
        let mut found = room_for(&whole);
        let mut whole_then_short = vec![whole];
        if found.is_none()
            && let Some(short) = shortened(painter, &name)
        {
            found = room_for(&short);
            whole_then_short.push(short);
        }
        let found = found.or_else(|| {
            // Nowhere free: the selected, the hovered and those that
            // must be named go where they are least mistaken for
            // another's, over what is there.
            important.then(|| {
                let (galley, anchor) = taken.least_bad(&name, &whole_then_short);
                (galley, anchor, None)
            })
        });
        let Some((galley, anchor, leader)) = found else {
            continue;
        };
        let free = taken.is_free(
            glyph::label_rect(&galley, anchor).expand(2.0),
            name.own_rect(),
        );
        let out = if name.forced || !free {
            &mut *on_top
        } else {
            &mut *labels
        };
        if let Some([from, to]) = leader {
            let colour = palette.text.gamma_multiply(if name.emphasis.dimmed {
                palette.dimmed_alpha
            } else {
                0.7
            });
            out.push(Shape::line_segment([from, to], Stroke::new(1.0, colour)));
        }
        let rect = glyph::push_label(out, galley, anchor, name.emphasis, palette);
        taken.tree.insert(Taken {
            rect: rect.expand(2.0),
            glyph: false,
        });
        placed.push(Placed {
            owner,
            rect,
            leader,
        });
    }
    placed
}

/// The name on one line, cut with "…" to a few words' width; `None` when
/// it is that short already.
fn shortened(painter: &egui::Painter, name: &Name) -> Option<Arc<Galley>> {
    let text = &name.text;
    let short = glyph::label_galley(
        painter,
        &text.text,
        text.font_size,
        text.font_size * SHORT_EMS,
        1,
    );
    let whole = text.galley(painter).size();
    (short.size().y < whole.y - 0.5 || short.size().x < whole.x - 0.5).then_some(short)
}

/// What names may not cover, and where they must stay.
struct Room {
    tree: RectGrid<Taken>,
    bounds: Option<Rect>,
}

impl Room {
    /// Where next to its glyph (below, above, right, left) `galley` fits,
    /// as the anchor of its top centre.
    fn beside(&self, name: &Name, galley: &Galley) -> Option<Pos2> {
        let own = name.own_rect();
        beside_anchors(name, galley).into_iter().find(|anchor| {
            let rect = glyph::label_rect(galley, *anchor).expand(2.0);
            self.fits(rect) && self.is_free(rect, own) && self.nearest_is_own(rect, own)
        })
    }

    /// Of the places beside the glyph, whole or shortened, the one whose
    /// nearest other glyph is farthest beyond its own.
    fn least_bad(&self, name: &Name, galleys: &[Arc<Galley>]) -> (Arc<Galley>, Pos2) {
        let own = name.own_rect();
        let mut best = (
            f32::NEG_INFINITY,
            galleys[0].clone(),
            name.center + Vec2::new(0.0, name.below),
        );
        for galley in galleys {
            for anchor in beside_anchors(name, galley) {
                let rect = glyph::label_rect(galley, anchor).expand(2.0);
                let own_gap = gap(rect, own);
                let near = rect.expand(own_gap + 60.0);
                let nearest_other = self
                    .tree
                    .meeting(near)
                    .filter(|t| t.glyph && t.rect != own)
                    .map(|t| gap_squared(rect, t.rect))
                    .fold((own_gap + 60.0).powi(2), f32::min)
                    .sqrt();
                let inside = if self.fits(rect) { 0.0 } else { -1000.0 };
                let score = nearest_other - own_gap + inside;
                if score > best.0 {
                    best = (score, galley.clone(), anchor);
                }
            }
        }
        (best.1, best.2)
    }

    /// A place farther out, with a leader line from the glyph: the anchor
    /// and the line.
    fn farther(&self, name: &Name, galley: &Galley) -> Option<(Pos2, [Pos2; 2])> {
        let size = galley.size();
        let own = name.own_rect();
        for length in LEADER_LENGTHS {
            for step in 0..8 {
                // Down first, then round: below is where a name is looked for.
                let angle = std::f32::consts::FRAC_PI_2 + step as f32 * std::f32::consts::FRAC_PI_4;
                let direction = Vec2::angled(angle);
                // The name's centre, far enough out for its whole box to clear the glyph.
                let half = size / 2.0;
                let out = name.reach
                    + length
                    + (direction.x.abs() * half.x).max(direction.y.abs() * half.y);
                let centre = name.center + direction * out;
                let anchor = centre - Vec2::new(0.0, half.y);
                let rect = glyph::label_rect(galley, anchor).expand(2.0);
                let from = name.center + direction * (name.reach + 1.0);
                let to = rect.shrink(2.0).clamp(from);
                if self.fits(rect)
                    && self.is_free(rect, own)
                    && self.clear_of_other_glyphs(rect.expand(GLYPH_CLEARANCE), own)
                    && self.line_is_clear(from, to, own)
                {
                    return Some((anchor, [from, to]));
                }
            }
        }
        None
    }

    /// Whether no place beside its glyph can be free, however the name is
    /// laid out: on every side, the smallest box any name set there would
    /// cover (see [`beside_anchors`]) is taken or leaves the bounds.
    fn surely_full(&self, name: &Name) -> bool {
        let own = name.own_rect();
        let size = name.text.smallest();
        let (c, half) = (name.center, size / 2.0);
        let above = c.y - name.reach - 3.0;
        let beside = name.reach + 5.0;
        [
            Rect::from_min_size(Pos2::new(c.x - half.x, c.y + name.below), size),
            Rect::from_min_size(Pos2::new(c.x - half.x, above - size.y), size),
            Rect::from_min_size(Pos2::new(c.x + beside, c.y - half.y), size),
            Rect::from_min_size(Pos2::new(c.x - beside - size.x, c.y - half.y), size),
        ]
        .into_iter()
        .all(|rect| {
            let rect = rect.expand(2.0);
            !self.fits(rect) || !self.is_free(rect, own)
        })
    }

    fn fits(&self, rect: Rect) -> bool {
        self.bounds.is_none_or(|bounds| bounds.contains_rect(rect))
    }

    /// Whether `rect` covers no name, and no glyph but its own.
    fn is_free(&self, rect: Rect, own: Rect) -> bool {
        self.tree.meeting(rect).all(|t| t.glyph && t.rect == own)
    }

    /// Whether no glyph but `own` lies within the clearance of being as
    /// near `rect` as `own` is.
    fn nearest_is_own(&self, rect: Rect, own: Rect) -> bool {
        let own_gap = gap(rect, own);
        let near = rect.expand(own_gap + GLYPH_CLEARANCE);
        let clear = (own_gap + GLYPH_CLEARANCE).powi(2);
        self.tree
            .meeting(near)
            .all(|t| !t.glyph || t.rect == own || gap_squared(rect, t.rect) > clear)
    }

    fn clear_of_other_glyphs(&self, area: Rect, own: Rect) -> bool {
        self.tree.meeting(area).all(|t| !t.glyph || t.rect == own)
    }

    /// Whether a leader line from `from` to `to` crosses no other glyph or name.
    fn line_is_clear(&self, from: Pos2, to: Pos2, own: Rect) -> bool {
        self.tree
            .meeting(Rect::from_two_pos(from, to))
            .all(|t| t.rect == own || !segment_crosses(from, to, t.rect.shrink(1.0)))
    }
}

/// The places next to its glyph a name is looked for, in order: below,
/// above, right, left (as the anchor of the name's top centre).
fn beside_anchors(name: &Name, galley: &Galley) -> [Pos2; 4] {
    let size = galley.size();
    let below = name.center + Vec2::new(0.0, name.below);
    let above = name.center - Vec2::new(0.0, name.reach + 3.0 + size.y);
    let beside = name.reach + 5.0 + size.x / 2.0;
    let right = name.center + Vec2::new(beside, -size.y / 2.0);
    let left = name.center + Vec2::new(-beside, -size.y / 2.0);
    [below, above, right, left]
}

/// How far apart two rectangles are (0 when they touch or overlap).
fn gap(a: Rect, b: Rect) -> f32 {
    gap_squared(a, b).sqrt()
}

/// The square of [`gap`]: compared squared, thousands of gaps a drawing
/// need no square root each (`hypot` was a tenth of placing a board's names).
fn gap_squared(a: Rect, b: Rect) -> f32 {
    let dx = (a.min.x - b.max.x).max(b.min.x - a.max.x).max(0.0);
    let dy = (a.min.y - b.max.y).max(b.min.y - a.max.y).max(0.0);
    dx * dx + dy * dy
}

/// Whether the segment from `a` to `b` passes through `rect`.
fn segment_crosses(a: Pos2, b: Pos2, rect: Rect) -> bool {
    let steps = 12;
    (0..=steps).any(|i| rect.contains(a.lerp(b, i as f32 / steps as f32)))
}

/// A rectangle a name must not cover: a glyph (kept clear of by a
/// margin) or a name placed already.
struct Taken {
    rect: Rect,
    glyph: bool,
}

impl HasRect for Taken {
    fn rect(&self) -> Rect {
        self.rect
    }
}
