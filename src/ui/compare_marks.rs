//! Comparing two days: on the boards an arrow from where a stakeholder was
//! (a hollow ring) to where it is now; on the network a mark on each
//! relation that changed. Shapes as well as lines, so the comparison reads
//! without colour and on the projector.

use std::hash::{Hash as _, Hasher as _};
use std::sync::Arc;

use egui::epaint::{Mesh, Vertex};
use egui::{
    Color32, Painter, Pos2, Rect, Shape, Stroke, TextureHandle, TextureOptions, Ui, Vec2, emath,
};

use crate::i18n::tr;
use crate::model::{Map, Stakeholder};

use super::board::Placement;
use super::tessellated;
use super::theme::Palette;

/// The arrows of a board's moves as one mesh of textured quads, kept while
/// the moves stay the same. Each piece of an arrow (its dashed line over
/// its halo, the head, the ring where the stakeholder was) is drawn once,
/// anti-aliased, into an image of its own ([`Atlas`]); an arrow is then
/// three or four quads showing those pieces, 16 vertices or so where egui's
/// strokes (or the same strokes made into triangles by hand) take hundreds. egui checks, bounds and copies every vertex of a mesh in every
/// frame, so with thousands of arrows their vertices are the frame's cost.
/// A picture's own context (see [`tessellated::enabled`]) gets the shapes,
/// which its SVG writes as lines and circles.
#[derive(Default)]
pub struct DrawnMoves {
    made_for: Option<u64>,
    mesh: Arc<Mesh>,
    atlas: Option<Atlas>,
    found: Option<FoundMoves>,
}

/// The moves of a board and what they were found for: the placement's key
/// and the map compared with (held, so that no other map takes its place
/// at the same address).
struct FoundMoves {
    placed_for: Option<(u64, u64, Rect)>,
    then: Arc<Map>,
    moves: Vec<(Pos2, Pos2)>,
}

impl DrawnMoves {
    /// Draws an arrow for every placed stakeholder that `was_at` says
    /// was elsewhere in `then` (given it then, now in `now`, and where it
    /// is placed). The moves are looked for again only when the board was
    /// placed again (see [`Placement::key`]) or the map compared with is
    /// another: looking up every placed stakeholder in both maps is a
    /// third of a steady frame at 5,000.
    pub fn paint_found(
        &mut self,
        painter: &Painter,
        placement: &Placement,
        (then, now): (&Arc<Map>, &Map),
        palette: &Palette,
        was_at: impl Fn(&Stakeholder, &Stakeholder, Pos2) -> Option<Pos2>,
    ) {
        let placed_for = placement.key();
        let found = match self.found.take() {
            Some(found) if found.placed_for == placed_for && Arc::ptr_eq(&found.then, then) => {
                found
            }
            _ => FoundMoves {
                placed_for,
                then: then.clone(),
                moves: placement
                    .placed()
                    .iter()
                    .filter_map(|p| {
                        let from =
                            was_at(then.stakeholder(&p.id)?, now.stakeholder(&p.id)?, p.center)?;
                        Some((from, p.center))
                    })
                    .collect(),
            },
        };
        self.paint(painter, &found.moves, palette);
        self.found = Some(found);
    }

    /// Draws one arrow per move, from the place then to the place now.
    pub fn paint(&mut self, painter: &Painter, moves: &[(Pos2, Pos2)], palette: &Palette) {
        let ctx = painter.ctx();
        if painter.opacity() < 1.0 || !tessellated::enabled(ctx) {
            painter.extend(move_shapes(moves, palette));
            return;
        }
        let wanted = AtlasFor {
            projector: palette.projector,
            ink: palette.text,
            halo: palette.text_halo,
            pixels_per_point: ctx.pixels_per_point(),
            max_texture_side: ctx.input(|input| input.max_texture_side),
        };
        let atlas = match &mut self.atlas {
            Some(atlas) if atlas.made_for == wanted => atlas,
            slot => {
                self.made_for = None;
                slot.insert(Atlas::new(ctx, wanted))
            }
        };
        let mut hasher = std::hash::DefaultHasher::new();
        for (then, now) in moves {
            for v in [then.x, then.y, now.x, now.y] {
                v.to_bits().hash(&mut hasher);
            }
        }
        let key = hasher.finish();
        if self.made_for != Some(key) {
            self.mesh = Arc::new(atlas.mesh(moves));
            self.made_for = Some(key);
        }
        if !self.mesh.is_empty() {
            painter.add(Shape::Mesh(self.mesh.clone()));
        }
    }
}

/// What the atlas's image depends on.
#[derive(Clone, Copy, PartialEq)]
struct AtlasFor {
    projector: bool,
    ink: Color32,
    halo: Color32,
    pixels_per_point: f32,
    max_texture_side: usize,
}

/// The pieces of an arrow.
#[derive(Clone, Copy)]
enum Part {
    /// A stretch of the line from 0 along: dashes of ink, the first from
    /// 0 to `DASH`, over the halo.
    Line,
    /// The head, its tip at the origin, pointing along x.
    Head,
    /// The ring where the stakeholder was, around the origin.
    Ring,
}

/// A piece of an arrow: its box in its own frame (points, x along the
/// arrow, y across it) and where that box starts in the atlas (points).
#[derive(Clone, Copy)]
struct Piece {
    part: Part,
    local: Rect,
    at: Pos2,
}

/// The pieces of an arrow drawn into one texture, at twice the screen's
/// pixels, each faded over one pixel at its edges as egui feathers its
/// strokes. The line is a long stretch of dashes (a whole number of them,
/// as long as the texture may be wide), so that most arrows' lines are one
/// quad; filtering clamps, in the snapshots' renderer as well, so the
/// dashes are not one dash repeated.
struct Atlas {
    made_for: AtlasFor,
    texture: TextureHandle,
    /// The image's size in points.
    size: Vec2,
    line: Piece,
    head: Piece,
    ring: Piece,
}

impl Atlas {
    fn new(ctx: &egui::Context, made_for: AtlasFor) -> Self {
        let ppp = made_for.pixels_per_point;
        let texels_per_point = 2.0 * ppp;
        let look = ArrowLook::of_colors(made_for.projector, made_for.ink, made_for.halo);
        // Room for the fading edge and a texel or two of nothing between
        // the pieces, so that filtering never reaches a neighbour.
        let pad = 1.0 + 2.0 / texels_per_point;
        let halo_half = look.halo_width / 2.0;
        let barb_across = barbs(Vec2::X)[0].y.abs();
        let widest = made_for.max_texture_side.min(4096) as f32 / texels_per_point;
        let stretch = ((widest / (DASH + GAP)).floor() * (DASH + GAP)).max(DASH + GAP);
        let boxes = [
            (
                Part::Line,
                Rect::from_min_max(
                    Pos2::new(0.0, -halo_half - pad),
                    Pos2::new(stretch, halo_half + pad),
                ),
            ),
            (
                Part::Head,
                Rect::from_min_max(
                    Pos2::new(-HEAD - pad, -barb_across - halo_half - pad),
                    Pos2::new(halo_half + pad, barb_across + halo_half + pad),
                ),
            ),
            (
                Part::Ring,
                Rect::from_center_size(
                    Pos2::ZERO,
                    Vec2::splat(2.0 * (RING_RADIUS + look.halo_width + pad)),
                ),
            ),
        ];
        // Stacked top to bottom, each on whole texels.
        let texel = 1.0 / texels_per_point;
        let mut y = 0.0;
        let mut width: f32 = 0.0;
        let pieces = boxes.map(|(part, local)| {
            let piece = Piece {
                part,
                local,
                at: Pos2::new(0.0, y),
            };
            y = ((y + local.height()) * texels_per_point).ceil() * texel + 2.0 * texel;
            width = width.max(local.width());
            piece
        });
        let [line, head, ring] = pieces;
        let texels = [
            ((width * texels_per_point).ceil() as usize).min(made_for.max_texture_side),
            (y * texels_per_point).ceil() as usize,
        ];
        let size = Vec2::new(texels[0] as f32, texels[1] as f32) / texels_per_point;
        let mut image = egui::ColorImage::filled(texels, Color32::TRANSPARENT);
        for row in 0..texels[1] {
            for column in 0..texels[0] {
                let at = Pos2::new(column as f32 + 0.5, row as f32 + 0.5) / texels_per_point;
                let Some(piece) = pieces
                    .iter()
                    .find(|piece| Rect::from_min_size(piece.at, piece.local.size()).contains(at))
                else {
                    continue;
                };
                let local = piece.local.min + (at - piece.at);
                let (halo_distance, ink_distance) = distances(piece.part, &look, local);
                let cover = |distance: f32| (0.5 - distance * ppp).clamp(0.0, 1.0);
                image.pixels[row * texels[0] + column] = over(
                    look.ink,
                    cover(ink_distance),
                    look.halo,
                    cover(halo_distance),
                );
            }
        }
        let texture = ctx.load_texture("compare arrows", image, TextureOptions::LINEAR);
        Self {
            made_for,
            texture,
            size,
            line,
            head,
            ring,
        }
    }

    /// The quads of every arrow, each arrow's in the order egui's shapes
    /// paint them: the line over its halo, the head, the ring.
    fn mesh(&self, moves: &[(Pos2, Pos2)]) -> Mesh {
        let mut mesh = Mesh::with_texture(self.texture.id());
        let stretch = self.line.local.max.x;
        for &(then, now) in moves {
            let Some((tip, direction, _)) = ArrowLook::geometry(then, now) else {
                continue;
            };
            let normal = direction.rot90();
            let length = (tip - then).length();
            let along = |origin: Pos2| move |p: Pos2| origin + direction * p.x + normal * p.y;
            // The line in stretches of whole dashes, the last cut at the
            // tip (under the head's own line).
            let mut start = 0.0;
            while start < length {
                let shown = Rect::from_x_y_ranges(
                    0.0..=(length - start).min(stretch),
                    self.line.local.y_range(),
                );
                let to_screen = along(then + direction * start);
                self.quad(&mut mesh, &self.line, shown, corners(shown).map(to_screen));
                start += stretch;
            }
            let to_screen = along(tip);
            self.quad(
                &mut mesh,
                &self.head,
                self.head.local,
                corners(self.head.local).map(to_screen),
            );
            let ring = self.ring.local;
            self.quad(
                &mut mesh,
                &self.ring,
                ring,
                corners(ring).map(|p| then + p.to_vec2()),
            );
        }
        mesh
    }

    /// A quad at the `screen` corners showing the part `shown` (in the
    /// piece's own frame) of a piece.
    fn quad(&self, mesh: &mut Mesh, piece: &Piece, shown: Rect, screen: [Pos2; 4]) {
        let first = mesh.vertices.len() as u32;
        for (corner, pos) in corners(shown).into_iter().zip(screen) {
            let uv = (piece.at + (corner - piece.local.min)).to_vec2() / self.size;
            mesh.vertices.push(Vertex {
                pos,
                uv: uv.to_pos2(),
                color: Color32::WHITE,
            });
        }
        mesh.add_triangle(first, first + 1, first + 2);
        mesh.add_triangle(first, first + 2, first + 3);
    }
}

/// A rectangle's corners, clockwise on screen from its top left.
fn corners(rect: Rect) -> [Pos2; 4] {
    [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
    ]
}

/// How far `p` is outside the halo and outside the ink of a piece, in
/// points (less than zero inside).
fn distances(part: Part, look: &ArrowLook, p: Pos2) -> (f32, f32) {
    let (half, halo_half) = (look.width / 2.0, look.halo_width / 2.0);
    match part {
        Part::Line => {
            // The nearest dash: this one or the next, a period on.
            let x = p.x.rem_euclid(DASH + GAP);
            let dash = |from: f32| {
                segment_distance(
                    Pos2::new(x, p.y),
                    Pos2::new(from, 0.0),
                    Pos2::new(from + DASH, 0.0),
                    half,
                )
            };
            (p.y.abs() - halo_half, dash(0.0).min(dash(DASH + GAP)))
        }
        Part::Head => {
            let tip = Pos2::ZERO;
            let [a, b] = barbs(Vec2::X);
            let lines = [(Pos2::new(-HEAD, 0.0), tip), (tip, tip - a), (tip, tip - b)];
            let nearest = |half: f32| {
                lines
                    .iter()
                    .map(|&(from, to)| segment_distance(p, from, to, half))
                    .fold(f32::INFINITY, f32::min)
            };
            (nearest(halo_half), nearest(half))
        }
        Part::Ring => {
            // egui draws a circle's stroke outside its radius: the ink and
            // its halo both start at the radius, the halo reaching further.
            let r = p.to_vec2().length();
            (
                (RING_RADIUS - r).max(r - RING_RADIUS - look.halo_width),
                (RING_RADIUS - r).max(r - RING_RADIUS - look.width),
            )
        }
    }
}

/// How far `p` is outside a line from `a` to `b` with square ends, `half`
/// its half width.
fn segment_distance(p: Pos2, a: Pos2, b: Pos2, half: f32) -> f32 {
    let length = (b - a).length();
    let direction = (b - a) / length;
    let from_a = p - a;
    let (along, across) = (from_a.dot(direction), from_a.dot(direction.rot90()));
    // Outside the line's box along it and across it (less than zero inside).
    let outside = Vec2::new(
        (along - length / 2.0).abs() - length / 2.0,
        across.abs() - half,
    );
    outside.max(Vec2::ZERO).length() + outside.x.max(outside.y).min(0.0)
}

/// Ink covering `ink_cover` of a texel over halo covering `halo_cover`,
/// premultiplied as egui's colours are.
fn over(ink: Color32, ink_cover: f32, halo: Color32, halo_cover: f32) -> Color32 {
    let (ink, halo) = (ink.to_array(), halo.to_array());
    let mix = |k: usize| {
        let value =
            f32::from(ink[k]) * ink_cover + f32::from(halo[k]) * halo_cover * (1.0 - ink_cover);
        value.round().clamp(0.0, 255.0) as u8
    };
    Color32::from_rgba_premultiplied(mix(0), mix(1), mix(2), mix(3))
}

/// How an arrow is drawn: its line's width, the halo's around it, the
/// head's barbs and the ring's radius, in points.
struct ArrowLook {
    width: f32,
    halo_width: f32,
    ink: Color32,
    halo: Color32,
}

impl ArrowLook {
    fn of(palette: &Palette) -> Self {
        Self::of_colors(palette.projector, palette.text, palette.text_halo)
    }

    fn of_colors(projector: bool, ink: Color32, halo: Color32) -> Self {
        let width = if projector { 3.5 } else { 2.5 };
        Self {
            width,
            halo_width: width + 3.0,
            ink,
            halo,
        }
    }

    /// Where each arrow stops, short of the glyph so the head stays in
    /// sight, and the two barbs of its head: `None` for a move too short
    /// to draw.
    fn geometry(then: Pos2, now: Pos2) -> Option<(Pos2, Vec2, [Vec2; 2])> {
        let along = now - then;
        if along.length() < 4.0 {
            return None;
        }
        let tip = then + along * (1.0 - (14.0 / along.length()).min(0.5));
        let direction = (tip - then).normalized();
        Some((tip, direction, barbs(direction)))
    }
}

/// The head's barbs for an arrow along `direction`, back from its tip: as
/// egui's arrow of 10 points draws it, a solid end of [`HEAD`] points and
/// two barbs at 36°.
fn barbs(direction: Vec2) -> [Vec2; 2] {
    let rotation = emath::Rot2::from_angle(std::f32::consts::TAU / 10.0);
    let barb = direction * 2.5;
    [rotation * barb, rotation.inverse() * barb]
}

/// The length of the head's solid end, in points.
const HEAD: f32 = 10.0;

const DASH: f32 = 10.0;
const GAP: f32 = 6.0;
const RING_RADIUS: f32 = 6.0;
/// One dashed arrow per move, from a hollow ring where the stakeholder was
/// to where it is, each over a halo, as egui shapes.
pub fn move_shapes(moves: &[(Pos2, Pos2)], palette: &Palette) -> Vec<Shape> {
    let look = ArrowLook::of(palette);
    let stroke = Stroke::new(look.width, look.ink);
    let halo = Stroke::new(look.halo_width, look.halo);
    let mut shapes = Vec::new();
    for &(then, now) in moves {
        let Some((tip, direction, barbs)) = ArrowLook::geometry(then, now) else {
            continue;
        };
        // The halo under the dashes is one solid line: half the segments
        // of dashing it too, and the dashes read the same over it.
        shapes.push(Shape::line_segment([then, tip], halo));
        shapes.extend(Shape::dashed_line(&[then, tip], stroke, DASH, GAP));
        for stroke in [halo, stroke] {
            shapes.push(Shape::line_segment([tip - direction * HEAD, tip], stroke));
            for side in barbs {
                shapes.push(Shape::line_segment([tip, tip - side], stroke));
            }
        }
        shapes.push(Shape::circle_stroke(then, RING_RADIUS, halo));
        shapes.push(Shape::circle_stroke(then, RING_RADIUS, stroke));
    }
    shapes
}

/// How one relation changed from the day compared with to the day shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationMark {
    Added,
    Removed,
    Stronger,
    Weaker,
}

impl RelationMark {
    pub const ALL: [Self; 4] = [Self::Added, Self::Removed, Self::Stronger, Self::Weaker];

    /// What the mark says, as the legend writes it.
    pub fn meaning(self) -> String {
        tr(match self {
            Self::Added => "time-mark-added",
            Self::Removed => "time-mark-removed",
            Self::Stronger => "time-mark-stronger",
            Self::Weaker => "time-mark-weaker",
        })
    }
}

/// The marks and what each means, in a row, drawn as the network draws them.
pub fn legend_ui(ui: &mut Ui, palette: &Palette) {
    let r = mark_radius(palette);
    for mark in RelationMark::ALL {
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(2.0 * r + 4.0), egui::Sense::hover());
        let mut shapes = Vec::new();
        push_mark(&mut shapes, rect.center(), mark, palette);
        ui.painter().extend(shapes);
        ui.label(mark.meaning());
    }
}

/// The radius of a mark, in points.
pub fn mark_radius(palette: &Palette) -> f32 {
    if palette.projector { 11.0 } else { 8.0 }
}

/// A mark: a small disc in the canvas colour, ringed, with `+`, `−`, `▲`
/// or `▼` drawn as lines and triangles (no font needed).
pub fn push_mark(shapes: &mut Vec<Shape>, at: Pos2, mark: RelationMark, palette: &Palette) {
    let r = mark_radius(palette);
    let ink = palette.text;
    let width = if palette.projector { 2.5 } else { 1.8 };
    shapes.push(Shape::circle_filled(at, r + 1.5, palette.text_halo));
    shapes.push(Shape::circle_filled(at, r, palette.canvas));
    shapes.push(Shape::circle_stroke(at, r, Stroke::new(width * 0.75, ink)));
    let arm = r * 0.55;
    let stroke = Stroke::new(width, ink);
    match mark {
        RelationMark::Added => {
            shapes.push(Shape::line_segment(
                [at - Vec2::X * arm, at + Vec2::X * arm],
                stroke,
            ));
            shapes.push(Shape::line_segment(
                [at - Vec2::Y * arm, at + Vec2::Y * arm],
                stroke,
            ));
        }
        RelationMark::Removed => {
            shapes.push(Shape::line_segment(
                [at - Vec2::X * arm, at + Vec2::X * arm],
                stroke,
            ));
        }
        RelationMark::Stronger | RelationMark::Weaker => {
            // Screen y grows downwards: up is negative.
            let up = if mark == RelationMark::Stronger {
                -1.0
            } else {
                1.0
            };
            let tip = at + Vec2::new(0.0, up * arm);
            let base = at - Vec2::new(0.0, up * arm * 0.7);
            let (right, left) = (base + Vec2::X * arm, base - Vec2::X * arm);
            // Clockwise on screen either way.
            let points = if up < 0.0 {
                vec![tip, right, left]
            } else {
                vec![tip, left, right]
            };
            shapes.push(Shape::convex_polygon(points, ink, Stroke::NONE));
        }
    }
}
