//! Comparing two days: on the boards an arrow from where a stakeholder was
//! (a hollow ring) to where it is now; on the network a mark on each
//! relation that changed. Shapes as well as lines, so the comparison reads
//! without colour and on the projector.

use std::hash::{Hash as _, Hasher as _};

use egui::{Painter, Pos2, Shape, Stroke, Ui, Vec2, emath};

use crate::i18n::tr;

use super::tessellated::Tessellated;
use super::theme::Palette;

/// The arrows of a board's moves, painted as the triangles they were
/// last made into while the moves stay the same: thousands of dashed
/// arrows cost egui's tessellation far more than a frame allows.
#[derive(Default)]
pub struct DrawnMoves {
    made_for: Option<u64>,
    drawn: Tessellated,
}

impl DrawnMoves {
    /// Draws one arrow per move, from the place then to the place now.
    pub fn paint(&mut self, painter: &Painter, moves: &[(Pos2, Pos2)], palette: &Palette) {
        let mut hasher = std::hash::DefaultHasher::new();
        palette.projector.hash(&mut hasher);
        palette.text.hash(&mut hasher);
        for (then, now) in moves {
            for v in [then.x, then.y, now.x, now.y] {
                v.to_bits().hash(&mut hasher);
            }
        }
        let key = hasher.finish();
        if self.made_for != Some(key) {
            self.drawn = Tessellated::new(move_shapes(moves, palette));
            self.made_for = Some(key);
        }
        self.drawn.paint(painter);
    }
}

/// One dashed arrow per move, from a hollow ring where the stakeholder was
/// to where it is, each over a halo.
fn move_shapes(moves: &[(Pos2, Pos2)], palette: &Palette) -> Vec<Shape> {
    let width = if palette.projector { 3.5 } else { 2.5 };
    let stroke = Stroke::new(width, palette.text);
    let halo = Stroke::new(width + 3.0, palette.text_halo);
    let mut shapes = Vec::new();
    for &(then, now) in moves {
        let along = now - then;
        if along.length() < 4.0 {
            continue;
        }
        // Stop short of the glyph so the head stays in sight.
        let tip = then + along * (1.0 - (14.0 / along.length()).min(0.5));
        let direction = (tip - then).normalized();
        // The halo under the dashes is one solid line: half the segments
        // of dashing it too, and the dashes read the same over it.
        shapes.push(Shape::line_segment([then, tip], halo));
        shapes.extend(Shape::dashed_line(&[then, tip], stroke, 10.0, 6.0));
        for stroke in [halo, stroke] {
            // The head, as egui's arrow of 10 points draws it: a solid
            // end and two barbs at 36°.
            shapes.push(Shape::line_segment([tip - direction * 10.0, tip], stroke));
            let rotation = emath::Rot2::from_angle(std::f32::consts::TAU / 10.0);
            let barb = direction * 2.5;
            for side in [rotation * barb, rotation.inverse() * barb] {
                shapes.push(Shape::line_segment([tip, tip - side], stroke));
            }
        }
        shapes.push(Shape::circle_stroke(then, 6.0, halo));
        shapes.push(Shape::circle_stroke(then, 6.0, stroke));
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
