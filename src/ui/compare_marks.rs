//! Comparing two days: on the boards an arrow from where a stakeholder was
//! (a hollow ring) to where it is now; on the network a mark on each
//! relation that changed. Shapes as well as lines, so the comparison reads
//! without colour and on the projector.

use std::hash::{Hash as _, Hasher as _};
use std::sync::Arc;

use egui::emath::GuiRounding as _;
use egui::epaint::Mesh;
use egui::{Color32, Painter, Pos2, Shape, Stroke, Ui, Vec2, emath};

use crate::i18n::tr;

use super::tessellated;
use super::theme::Palette;

/// The arrows of a board's moves, built straight into one mesh of plain
/// triangles and kept while the moves stay the same. Thousands of dashed
/// arrows made of egui shapes cost its tessellation far more than a frame
/// allows, and even their cached triangles (a ring of 32 points under
/// another, each with its own feathered edges) cost their copying into
/// every frame: the mesh gives each arrow the same look with about half
/// the triangles. A picture's own context (see [`tessellated::enabled`])
/// gets the shapes, which its SVG writes as lines and circles.
#[derive(Default)]
pub struct DrawnMoves {
    made_for: Option<u64>,
    mesh: Arc<Mesh>,
}

impl DrawnMoves {
    /// Draws one arrow per move, from the place then to the place now.
    pub fn paint(&mut self, painter: &Painter, moves: &[(Pos2, Pos2)], palette: &Palette) {
        let ctx = painter.ctx();
        if painter.opacity() < 1.0 || !tessellated::enabled(ctx) {
            painter.extend(move_shapes(moves, palette));
            return;
        }
        let (feathering, round) = ctx.tessellation_options(|options| {
            (
                options
                    .feathering
                    .then_some(options.feathering_size_in_pixels),
                options.round_line_segments_to_pixels,
            )
        });
        let pixels_per_point = ctx.pixels_per_point();
        let feather = feathering.map_or(0.0, |pixels| pixels / pixels_per_point);
        let pixels = Pixels {
            feather,
            per_point: round.then_some(pixels_per_point),
        };
        let mut hasher = std::hash::DefaultHasher::new();
        palette.projector.hash(&mut hasher);
        palette.text.hash(&mut hasher);
        palette.text_halo.hash(&mut hasher);
        feather.to_bits().hash(&mut hasher);
        pixels.per_point.map(f32::to_bits).hash(&mut hasher);
        for (then, now) in moves {
            for v in [then.x, then.y, now.x, now.y] {
                v.to_bits().hash(&mut hasher);
            }
        }
        let key = hasher.finish();
        if self.made_for != Some(key) {
            self.mesh = Arc::new(move_mesh(moves, palette, pixels));
            self.made_for = Some(key);
        }
        if !self.mesh.is_empty() {
            // A clip of its own, short of the board's by a thousandth of a
            // point (no pixel's worth), starts a primitive of its own: egui
            // copies the arrows into an empty mesh at once instead of
            // growing the board's, doubling by doubling, to hold them.
            let own = painter.with_clip_rect(painter.clip_rect().shrink(1e-3));
            own.add(Shape::Mesh(self.mesh.clone()));
        }
    }
}

/// What the triangles are made for: `feather` points of fading at every
/// edge, and the pixels per point where egui puts a level or upright line
/// on whole pixels (`round_line_segments_to_pixels`).
#[derive(Clone, Copy)]
struct Pixels {
    feather: f32,
    per_point: Option<f32>,
}

impl Pixels {
    /// The ends of a line of `width`, level or upright ones put on pixels
    /// as egui's tessellator puts them, so the dashes look as crisp.
    #[expect(
        clippy::float_cmp,
        reason = "exactly level or upright, as egui's tessellator tells them"
    )]
    fn rounded(self, width: f32, [mut a, mut b]: [Pos2; 2]) -> [Pos2; 2] {
        let Some(ppp) = self.per_point else {
            return [a, b];
        };
        let quarter = 0.25 * self.feather;
        let center = |v: f32| {
            // As egui tells a width of an odd number of pixels.
            let odd = (ppp * width * 0.5 + 0.25).fract() > 0.5;
            if width <= 1.0 / ppp || odd {
                v.round_to_pixel_center(ppp)
            } else {
                v.round_to_pixels(ppp)
            }
        };
        let ends = |a: &mut f32, b: &mut f32| {
            let shrink = if *a < *b { quarter } else { -quarter };
            *a = (*a + shrink).round_to_pixel_center(ppp);
            *b = (*b - shrink).round_to_pixel_center(ppp);
        };
        if a.x == b.x {
            let x = center(a.x);
            (a.x, b.x) = (x, x);
            ends(&mut a.y, &mut b.y);
        }
        if a.y == b.y {
            let y = center(a.y);
            (a.y, b.y) = (y, y);
            ends(&mut a.x, &mut b.x);
        }
        [a, b]
    }
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
        let width = if palette.projector { 3.5 } else { 2.5 };
        Self {
            width,
            halo_width: width + 3.0,
            ink: palette.text,
            halo: palette.text_halo,
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
        // The head, as egui's arrow of 10 points draws it: a solid end and
        // two barbs at 36°.
        let rotation = emath::Rot2::from_angle(std::f32::consts::TAU / 10.0);
        let barb = direction * 2.5;
        Some((tip, direction, [rotation * barb, rotation.inverse() * barb]))
    }
}

const DASH: f32 = 10.0;
const GAP: f32 = 6.0;
const RING_RADIUS: f32 = 6.0;
/// Points around a ring: off a true circle by under a quarter of a pixel
/// at the halo's outer edge.
const RING_POINTS: usize = 16;

/// The arrows as triangles, anti-aliased as egui feathers its strokes
/// (`feather` points of fading at every edge): a solid halo line under
/// dashes of ink, the head's end and barbs, and a hollow ring where the
/// stakeholder was, its ink and halo one strip whose colour goes from the
/// halo to the ink.
fn move_mesh(moves: &[(Pos2, Pos2)], palette: &Palette, pixels: Pixels) -> Mesh {
    let feather = pixels.feather;
    let look = ArrowLook::of(palette);
    let line = profile_line(look.width, look.ink, feather);
    let halo_line = profile_line(look.halo_width, look.halo, feather);
    let rounded = profile_ring(&look, feather);
    let mut mesh = Mesh::default();
    for &(then, now) in moves {
        let Some((tip, direction, barbs)) = ArrowLook::geometry(then, now) else {
            continue;
        };
        let halo_along = |a: Pos2, b: Pos2| pixels.rounded(look.halo_width, [a, b]);
        let ink_along = |a: Pos2, b: Pos2| pixels.rounded(look.width, [a, b]);
        strip(&mut mesh, halo_along(then, tip), &halo_line, feather);
        let length = (tip - then).length();
        let mut start = 0.0;
        while start < length {
            let end = (start + DASH).min(length);
            let dash = ink_along(then + direction * start, then + direction * end);
            strip(&mut mesh, dash, &line, feather);
            start += DASH + GAP;
        }
        // The head: its end and barbs, their halo first.
        let end = tip - direction * 10.0;
        let layers: [(&Profile, &Along<'_>); 2] = [(&halo_line, &halo_along), (&line, &ink_along)];
        for (profile, along) in layers {
            strip(&mut mesh, along(end, tip), profile, feather);
            for side in barbs {
                strip(&mut mesh, along(tip, tip - side), profile, feather);
            }
        }
        ring(&mut mesh, then, &rounded);
    }
    mesh
}

/// A stroke across its line: offsets from the middle, each with its colour.
type Profile = Vec<(f32, Color32)>;

/// The ends of a line, put on pixels for the stroke it is drawn with.
type Along<'a> = dyn Fn(Pos2, Pos2) -> [Pos2; 2] + 'a;

/// A stroke of one colour, fading out over `feather` at both edges.
fn profile_line(width: f32, color: Color32, feather: f32) -> Profile {
    let (outer, inner) = (
        f32::midpoint(width, feather),
        (width - feather).max(0.0) / 2.0,
    );
    vec![
        (outer, Color32::TRANSPARENT),
        (inner, color),
        (-inner, color),
        (-outer, Color32::TRANSPARENT),
    ]
}

/// The ring where a stakeholder was, as radii from its middle: egui draws
/// a circle's stroke outside its radius, so the ink and its halo both
/// start at the radius, the halo reaching further out.
fn profile_ring(look: &ArrowLook, feather: f32) -> Profile {
    let half = feather / 2.0;
    let (ink_edge, halo_edge) = (RING_RADIUS + look.width, RING_RADIUS + look.halo_width);
    vec![
        (halo_edge + half, Color32::TRANSPARENT),
        (halo_edge - half, look.halo),
        (ink_edge + half, look.halo),
        (ink_edge - half, look.ink),
        (RING_RADIUS + half, look.ink),
        (RING_RADIUS - half, Color32::TRANSPARENT),
    ]
}

/// A straight stroke from `a` to `b` across `profile`, its ends faded over
/// `feather` as egui fades the ends of an open line.
fn strip(mesh: &mut Mesh, [a, b]: [Pos2; 2], profile: &Profile, feather: f32) {
    let along = b - a;
    if along.length_sq() <= 0.0 {
        return;
    }
    let direction = along.normalized();
    let normal = direction.rot90();
    let first = mesh.vertices.len() as u32;
    let n = profile.len() as u32;
    let last = profile.len() - 1;
    for (end, back) in [(a, -direction * feather), (b, direction * feather)] {
        for (k, &(offset, color)) in profile.iter().enumerate() {
            let extrude = if k == 0 || k == last {
                back
            } else {
                Vec2::ZERO
            };
            mesh.colored_vertex(end + normal * offset + extrude, color);
        }
    }
    for k in 0..n - 1 {
        let (top, bottom) = (first + k, first + n + k);
        mesh.add_triangle(top, top + 1, bottom);
        mesh.add_triangle(top + 1, bottom, bottom + 1);
    }
    for end in [first, first + n] {
        for k in 1..n - 1 {
            mesh.add_triangle(end, end + k, end + k + 1);
        }
    }
}

/// A closed ring of `RING_POINTS` points around `center`, across
/// `profile` (radii from the middle).
fn ring(mesh: &mut Mesh, center: Pos2, profile: &Profile) {
    let first = mesh.vertices.len() as u32;
    let n = profile.len() as u32;
    for i in 0..RING_POINTS {
        let angle = std::f32::consts::TAU * i as f32 / RING_POINTS as f32;
        let normal = Vec2::angled(angle);
        for &(offset, color) in profile {
            mesh.colored_vertex(center + normal * offset, color);
        }
    }
    let points = RING_POINTS as u32;
    for i in 0..points {
        let (this, next) = (first + i * n, first + ((i + 1) % points) * n);
        for k in 0..n - 1 {
            mesh.add_triangle(this + k, this + k + 1, next + k);
            mesh.add_triangle(this + k + 1, next + k, next + k + 1);
        }
    }
}

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
            shapes.push(Shape::line_segment([tip - direction * 10.0, tip], stroke));
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
