//! How a relation is drawn: its line (dashed when uncertain), the head
//! and mark of its kind, where it stops short of its glyphs, and the
//! sketch drawn when zoomed far out.

use egui::epaint::{Mesh, PathShape, PathStroke};
use egui::{Color32, Pos2, Shape, Stroke, Vec2};

use super::{Emphasis, fade, round};
use crate::model::{Confidence, Relation, RelationKind};
use crate::ui::theme::{Head, Mark, Palette, RelationStyle, RelationStyles};

/// How a relation line is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct LineLook {
    pub kind: RelationKind,
    /// Its kind's colour, head and mark (see [`RelationStyles`]).
    pub style: RelationStyle,
    pub mutual: bool,
    pub uncertain: bool,
    pub width: f32,
}

impl LineLook {
    /// How a relation of the map whose kinds have `styles` is drawn.
    pub fn of(relation: &Relation, styles: &RelationStyles) -> Self {
        Self {
            kind: relation.kind.clone(),
            style: styles.style(&relation.kind),
            mutual: relation.mutual,
            uncertain: relation.confidence == Confidence::Uncertain,
            width: crate::ui::theme::relation_width(relation.strength),
        }
    }
}

/// The longest line drawn dashed, in points (some ten thousand dashes).
const MAX_DASHED_LENGTH: f32 = 100_000.0;

/// Where a relation's line runs between glyphs of these radii centred at
/// `from` and `to`: `gap` clear of each, shifted sideways by `offset`; with
/// the direction and the distance between the centres. `None` when the
/// glyphs (nearly) touch.
fn relation_ends(
    from: Pos2,
    from_radius: f32,
    to: Pos2,
    to_radius: f32,
    offset: f32,
    gap: f32,
) -> Option<(Pos2, Pos2, Vec2, f32)> {
    let delta = to - from;
    let length = delta.length();
    if length < from_radius + to_radius + 1.0 {
        return None;
    }
    let dir = delta / length;
    let normal = dir.rot90();
    Some((
        from + dir * (from_radius + gap) + normal * offset,
        to - dir * (to_radius + gap) + normal * offset,
        dir,
        length,
    ))
}

/// Appends a relation between two glyphs: clipped at their edges, shifted
/// sideways by `offset` when several relations join the same pair.
#[allow(clippy::too_many_arguments)]
pub fn relation_shapes(
    out: &mut Vec<Shape>,
    from: Pos2,
    from_radius: f32,
    to: Pos2,
    to_radius: f32,
    offset: f32,
    look: &LineLook,
    emphasis: Emphasis,
    palette: &Palette,
) {
    let Some((start, end, dir, length)) =
        relation_ends(from, from_radius, to, to_radius, offset, 2.0)
    else {
        return;
    };
    let mut colour = fade(palette.line_colour(look.style.hue), emphasis, palette);
    let mut width = look.width;
    if emphasis.on_route {
        // A dark casing under a heavier line: the route stands out by
        // weight, not by colour alone.
        width = width * 1.6 + 2.0;
        out.push(Shape::line_segment(
            [start, end],
            Stroke::new(width + 4.0, palette.text.gamma_multiply(0.55)),
        ));
    }
    if emphasis.selected || emphasis.hovered {
        let glow = if emphasis.selected {
            palette.selection
        } else {
            palette.hover
        };
        out.push(Shape::line_segment(
            [start, end],
            Stroke::new(width + 6.0, glow.gamma_multiply(0.5)),
        ));
        width += 0.5;
        colour = colour.gamma_multiply(1.0);
    }
    let stroke = Stroke::new(width, colour);
    let head = (6.0 + width * 2.0).min(length / 3.0);
    let style = look.style;
    // Leave room for the heads so the line does not poke through them.
    let line_start = if look.mutual {
        start + dir * head * head_depth(style.head)
    } else {
        start
    };
    let line_end = end - dir * head * head_depth(style.head);
    // On a map whose stakeholders lie absurdly far apart a line can be
    // longer than any screen by far: millions of dashes would hang the
    // frame, so such a line is drawn solid.
    if look.uncertain && line_start.distance(line_end) < MAX_DASHED_LENGTH {
        out.extend(Shape::dashed_line(
            &[line_start, line_end],
            stroke,
            8.0 + width,
            5.0 + width,
        ));
    } else {
        out.push(Shape::line_segment([line_start, line_end], stroke));
    }
    let ends: &[(Pos2, Vec2)] = if look.mutual {
        &[(end, dir), (start, -dir)]
    } else {
        &[(end, dir)]
    };
    for &(tip, towards) in ends {
        head_shapes(out, style.head, tip, towards, head, width, colour);
    }
    let middle = start + (end - start) / 2.0;
    let background = fade(palette.canvas, emphasis, palette);
    mark_shapes(
        out,
        style.mark,
        middle,
        dir,
        head * 0.5,
        width,
        colour,
        background,
    );
}

/// How far back from its tip, in head lengths, the line stops under a head.
fn head_depth(head: Head) -> f32 {
    match head {
        Head::Arrow => 0.8,
        Head::Open => 0.1,
        Head::Bar => 0.0,
        Head::Diamond => 1.2,
        Head::Dot => 0.4,
        Head::Double => 1.8,
    }
}

/// Appends the head of a line ending at `tip`, pointing `towards`.
fn head_shapes(
    out: &mut Vec<Shape>,
    head: Head,
    tip: Pos2,
    towards: Vec2,
    length: f32,
    width: f32,
    colour: Color32,
) {
    let half_across = towards.rot90() * length * 0.5;
    let triangle = |tip: Pos2| {
        let back = tip - towards * length;
        Shape::Path(PathShape::convex_polygon(
            vec![tip, back + half_across, back - half_across],
            colour,
            PathStroke::NONE,
        ))
    };
    match head {
        Head::Arrow => out.push(triangle(tip)),
        Head::Double => {
            out.push(triangle(tip));
            out.push(triangle(tip - towards * length * 0.9));
        }
        Head::Open => {
            let back = tip - towards * length;
            out.push(Shape::line(
                vec![back + half_across, tip, back - half_across],
                Stroke::new(width.max(1.5), colour),
            ));
        }
        Head::Bar => {
            let across = half_across * 1.6;
            out.push(Shape::line_segment(
                [tip - across, tip + across],
                Stroke::new(width + 1.0, colour),
            ));
        }
        Head::Diamond => {
            let half = towards * length * 0.65;
            let middle = tip - half;
            out.push(Shape::Path(PathShape::convex_polygon(
                vec![
                    tip,
                    middle + half_across * 0.9,
                    middle - half,
                    middle - half_across * 0.9,
                ],
                colour,
                PathStroke::NONE,
            )));
        }
        Head::Dot => out.push(round(
            tip - towards * length * 0.4,
            length * 0.4,
            colour,
            Stroke::NONE,
        )),
    }
}

/// Appends the mark of a line's kind at `at`, `size` across; open marks
/// are filled with the `background` so the line does not show through.
#[allow(clippy::too_many_arguments)]
fn mark_shapes(
    out: &mut Vec<Shape>,
    mark: Mark,
    at: Pos2,
    along: Vec2,
    size: f32,
    width: f32,
    colour: Color32,
    background: Color32,
) {
    let across = along.rot90();
    let pen = Stroke::new(width.clamp(1.5, 3.0), colour);
    match mark {
        Mark::None => {}
        Mark::Ticks(n) => {
            let gap = size * 0.7;
            let first = -gap * f32::from(n.saturating_sub(1)) / 2.0;
            for i in 0..n {
                let c = at + along * (first + gap * f32::from(i));
                out.push(Shape::line_segment(
                    [c - across * size, c + across * size],
                    pen,
                ));
            }
        }
        Mark::Coin => out.push(round(at, size * 0.8, colour, Stroke::NONE)),
        Mark::Ring => out.push(round(at, size * 0.8, background, pen)),
        Mark::Square => {
            let (a, c) = (along * size * 0.75, across * size * 0.75);
            out.push(Shape::Path(PathShape::convex_polygon(
                vec![at - a - c, at + a - c, at + a + c, at - a + c],
                colour,
                PathStroke::NONE,
            )));
        }
        Mark::Cross => {
            let (a, c) = (along * size * 0.75, across * size * 0.75);
            out.push(Shape::line_segment([at - a - c, at + a + c], pen));
            out.push(Shape::line_segment([at - a + c, at + a - c], pen));
        }
        Mark::Rhombus => {
            let (a, c) = (along * size, across * size * 0.75);
            out.push(Shape::Path(PathShape::convex_polygon(
                vec![at - a, at - c, at + a, at + c],
                background,
                pen,
            )));
        }
    }
}

/// Adds a relation to `lines` as a plain line between two glyphs drawn as
/// dots: no arrowheads or dashes, which could not be told apart at that
/// size. Thousands of them go into one mesh, which costs a fraction of as
/// many line shapes to tessellate.
#[allow(clippy::too_many_arguments)]
pub fn relation_sketch(
    lines: &mut Mesh,
    from: Pos2,
    from_radius: f32,
    to: Pos2,
    to_radius: f32,
    offset: f32,
    look: &LineLook,
    emphasis: Emphasis,
    palette: &Palette,
) {
    let Some((start, end, dir, _)) = relation_ends(from, from_radius, to, to_radius, offset, 0.0)
    else {
        return;
    };
    let normal = dir.rot90();
    let mut colour = if emphasis.selected {
        // One of a large selection (a smaller one is drawn in full).
        palette.selection
    } else {
        fade(palette.line_colour(look.style.hue), emphasis, palette)
    };
    if look.width < 1.0 && !emphasis.selected {
        colour = colour.gamma_multiply(look.width);
    }
    // A solid core and a one-point fade on each side, as egui feathers
    // its own lines so they look smooth. A line one point wide has no
    // core: its two fades meet in the middle, in four triangles rather
    // than six (two of no area), which on a zoomed-out map of 40,000
    // relations is a third fewer triangles to copy every frame.
    let core = (look.width.max(1.0) / 2.0 - 0.5).max(0.0);
    let edge = core + 1.0;
    let across: &[(f32, Color32)] = if core > 0.0 {
        &[
            (edge, Color32::TRANSPARENT),
            (core, colour),
            (-core, colour),
            (-edge, Color32::TRANSPARENT),
        ]
    } else {
        &[
            (edge, Color32::TRANSPARENT),
            (0.0, colour),
            (-edge, Color32::TRANSPARENT),
        ]
    };
    let first = lines.vertices.len() as u32;
    let count = across.len() as u32;
    for end_point in [start, end] {
        for &(side, colour) in across {
            lines.colored_vertex(end_point + normal * side, colour);
        }
    }
    for i in 0..count - 1 {
        let (a, b) = (first + i, first + count + i);
        lines.add_triangle(a, a + 1, b);
        lines.add_triangle(a + 1, b + 1, b);
    }
}

/// The point where a relation's label goes: the middle of its line.
pub fn relation_midpoint(from: Pos2, to: Pos2, offset: f32) -> Pos2 {
    let delta = to - from;
    let normal = if delta.length() > 0.0 {
        delta.normalized().rot90()
    } else {
        Vec2::ZERO
    };
    from + delta / 2.0 + normal * offset
}

/// Distance from a point to a relation's line, for hit testing.
pub fn distance_to_segment(point: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 {
        ((point - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a + ab * t).distance(point)
}
