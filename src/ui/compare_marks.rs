//! Comparing two days on the boards: an arrow from where a stakeholder was
//! (a hollow ring) to where it is now. A shape as well as a line, so the
//! comparison reads without colour and on the projector.

use egui::{Painter, Pos2, Shape, Stroke};

use super::theme::Palette;

/// Draws one arrow per move, from the place then to the place now.
pub fn draw_moves(painter: &Painter, moves: &[(Pos2, Pos2)], palette: &Palette) {
    let width = if palette.projector { 3.5 } else { 2.5 };
    let stroke = Stroke::new(width, palette.text);
    let halo = Stroke::new(width + 3.0, palette.text_halo);
    for &(then, now) in moves {
        let along = now - then;
        if along.length() < 4.0 {
            continue;
        }
        // Stop short of the glyph so the head stays in sight.
        let tip = then + along * (1.0 - (14.0 / along.length()).min(0.5));
        for stroke in [halo, stroke] {
            painter.add(Shape::dashed_line(&[then, tip], stroke, 8.0, 5.0));
            painter.arrow(
                tip - (tip - then).normalized() * 10.0,
                (tip - then).normalized() * 10.0,
                stroke,
            );
        }
        painter.circle_stroke(then, 6.0, halo);
        painter.circle_stroke(then, 6.0, stroke);
    }
}
