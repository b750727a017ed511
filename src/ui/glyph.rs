//! How a stakeholder and a relation look, drawn the same way in every view
//! (network, grid, spectrum, legend): shape by kind, fill and mark by
//! stance, size by power, rings by role, line by relation kind.

use std::f32::consts::{FRAC_PI_2, PI, TAU};
use std::sync::Arc;

use egui::epaint::{CircleShape, Mesh, PathShape, PathStroke, RectShape};
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, CornerRadius, FontId, Galley, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::theme::{Head, Mark, Palette, RelationStyle, RelationStyles, stance_mark};
use crate::model::{Confidence, Kind, Relation, RelationKind, Role, Stance};

/// How a glyph is emphasised on top of what it shows about the stakeholder.
#[allow(clippy::struct_excessive_bools)] // four independent marks, drawn together
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Emphasis {
    pub selected: bool,
    pub hovered: bool,
    /// Filtered out or outside the focus: drawn faint.
    pub dimmed: bool,
    /// On an influence route picked out in the analysis: drawn heavier.
    pub on_route: bool,
}

/// What a stakeholder glyph shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlyphLook {
    pub kind: Kind,
    pub stance: Stance,
    pub role: Role,
}

fn fade(colour: Color32, emphasis: Emphasis, palette: &Palette) -> Color32 {
    if emphasis.dimmed {
        colour.gamma_multiply(palette.dimmed_alpha)
    } else {
        colour
    }
}

/// The outline of a kind's shape around `center`, as a closed polygon
/// (`None` for the circle).
pub fn kind_outline(kind: Kind, center: Pos2, radius: f32) -> Option<Vec<Pos2>> {
    let regular = |sides: usize, rotation: f32, scale: f32| {
        (0..sides)
            .map(|i| {
                let angle = rotation + TAU * i as f32 / sides as f32;
                center + Vec2::angled(angle) * radius * scale
            })
            .collect::<Vec<_>>()
    };
    match kind {
        Kind::Organization | Kind::Other => None,
        Kind::Target => Some(regular(4, -FRAC_PI_2, 1.15)),
        Kind::Individual => Some(regular(3, -FRAC_PI_2, 1.2)),
        Kind::Constituency => Some(regular(6, 0.0, 1.05)),
        Kind::Media => Some(regular(4, PI / 4.0, 1.2)),
        Kind::Funder => Some(regular(5, -FRAC_PI_2, 1.1)),
    }
}

/// How far from its centre a glyph's outermost line reaches (its role
/// rings, a target's double outline): where relation lines stop.
pub fn outer_radius(radius: f32, look: GlyphLook) -> f32 {
    let shape = match look.kind {
        Kind::Target => radius * 1.15 + 6.0,
        Kind::Individual | Kind::Media => radius * 1.2,
        _ => radius * 1.1,
    };
    let ring = match look.role {
        Role::LeadershipCore => radius * 1.3 + 7.0,
        Role::CorePartner => radius * 1.3 + 3.0,
        Role::NetworkMember | Role::External => 0.0,
    };
    shape.max(ring)
}

/// How far beyond a glyph's outer radius its selection or hover halo
/// reaches.
const HALO_REACH: f32 = 7.0;

/// The radius and width of the ring of the highlighted coalition round a
/// glyph of this radius on screen.
fn coalition_ring_geometry(radius: f32, look: GlyphLook) -> (f32, f32) {
    (
        outer_radius(radius, look) + 9.0,
        (radius * 0.2).clamp(2.5, 6.0),
    )
}

/// The ring of the highlighted coalition round a member's glyph.
pub fn coalition_ring(center: Pos2, radius: f32, look: GlyphLook, colour: Color32) -> Shape {
    let (ring, width) = coalition_ring_geometry(radius, look);
    ring_shape(center, ring, Stroke::new(width, colour))
}

/// Where relation lines stop short of a glyph's centre: beyond its
/// outermost line, and beyond its halo and coalition ring when it has
/// them, which are drawn over the lines and would hide their arrowheads.
pub fn line_end_radius(radius: f32, look: GlyphLook, emphasis: Emphasis, ringed: bool) -> f32 {
    let outer = outer_radius(radius, look);
    let mut reach = outer;
    if emphasis.selected || emphasis.hovered {
        reach = reach.max(outer + HALO_REACH);
    }
    if ringed {
        let (ring, width) = coalition_ring_geometry(radius, look);
        reach = reach.max(ring + width / 2.0);
    }
    reach
}

/// Below this radius on screen, in points, a glyph is drawn as a dot in
/// its stance colour: its shape, mark and rings could not be told apart
/// (the mark would be larger than the glyph), and a zoomed-out map of
/// thousands draws fast (a small filled circle is two triangles).
pub const DOT_RADIUS: f32 = 4.5;

/// Appends the shapes of a stakeholder glyph (without its name) to `out`.
/// A circle of as many points as look round at its size on screen. egui
/// gives the outline of every circle under 18 points across 32 points, and
/// a network zoomed out to show a thousand stakeholders is a thousand small
/// glyphs, most with rings: their triangles are most of what a frame costs.
/// (A small disc with no outline egui draws from a picture of one, in two
/// triangles.)
pub fn round(center: Pos2, radius: f32, fill: Color32, stroke: Stroke) -> Shape {
    if radius >= 18.0 || stroke.is_empty() {
        return Shape::Circle(CircleShape {
            center,
            radius,
            fill,
            stroke,
        });
    }
    // At most a third of a pixel between the polygon and the circle.
    let points = ((radius * 1.5) as usize).clamp(8, 32);
    let points: Vec<Pos2> = (0..points)
        .map(|i| center + radius * Vec2::angled(TAU * i as f32 / points as f32))
        .collect();
    if fill == Color32::TRANSPARENT {
        Shape::Path(PathShape::closed_line(points, stroke))
    } else {
        Shape::Path(PathShape::convex_polygon(points, fill, stroke))
    }
}

/// A ring: a circle's outline (see [`round`]).
pub fn ring_shape(center: Pos2, radius: f32, stroke: Stroke) -> Shape {
    round(center, radius, Color32::TRANSPARENT, stroke)
}

pub fn stakeholder_shapes(
    out: &mut Vec<Shape>,
    painter: &egui::Painter,
    center: Pos2,
    radius: f32,
    look: GlyphLook,
    emphasis: Emphasis,
    palette: &Palette,
) {
    let outline = fade(palette.outline, emphasis, palette);
    if radius < DOT_RADIUS && !emphasis.selected && !emphasis.hovered {
        let fill = palette
            .stance_fill(look.stance)
            .map_or(outline.gamma_multiply(0.5), |c| fade(c, emphasis, palette));
        out.push(round(center, radius.max(1.5), fill, Stroke::NONE));
        return;
    }
    let outline_width = (radius / 12.0).clamp(1.0, 3.0);
    // Highlights first, so they sit behind the glyph: a wide ring outside
    // everything else, thick enough to see from the back of a room.
    if emphasis.selected || emphasis.hovered {
        let colour = if emphasis.selected {
            palette.selection
        } else {
            palette.hover
        };
        let ring = outer_radius(radius, look) + HALO_REACH - 2.0;
        out.push(round(
            center,
            ring + 2.0,
            colour.gamma_multiply(0.25),
            Stroke::NONE,
        ));
        let width = if emphasis.selected { 4.0 } else { 2.5 };
        out.push(ring_shape(center, ring, Stroke::new(width, colour)));
    }
    match look.role {
        Role::LeadershipCore => {
            out.push(ring_shape(
                center,
                radius * 1.3 + 3.0,
                Stroke::new(outline_width * 1.6, outline),
            ));
            out.push(ring_shape(
                center,
                radius * 1.3 + 7.0,
                Stroke::new(outline_width, outline),
            ));
        }
        Role::CorePartner => {
            out.push(ring_shape(
                center,
                radius * 1.3 + 3.0,
                Stroke::new(outline_width, outline),
            ));
        }
        Role::NetworkMember | Role::External => {}
    }
    let fill = palette
        .stance_fill(look.stance)
        .map_or(Color32::TRANSPARENT, |c| fade(c, emphasis, palette));
    let stroke = if look.stance == Stance::Unknown {
        Stroke::new(outline_width * 1.5, outline)
    } else {
        Stroke::new(outline_width, outline)
    };
    match (look.kind, kind_outline(look.kind, center, radius)) {
        (_, Some(points)) => {
            if look.kind == Kind::Target {
                let outer = kind_outline(Kind::Target, center, radius + 6.0).unwrap_or_default();
                out.push(Shape::Path(PathShape::closed_line(
                    outer,
                    Stroke::new(outline_width * 1.5, outline),
                )));
            }
            out.push(Shape::Path(PathShape::convex_polygon(points, fill, stroke)));
        }
        (Kind::Other, None) => {
            let rect = Rect::from_center_size(center, Vec2::splat(radius * 1.8));
            out.push(Shape::Rect(RectShape::new(
                rect,
                CornerRadius::same((radius * 0.5) as u8),
                fill,
                stroke,
                StrokeKind::Middle,
            )));
        }
        (_, None) => out.push(round(center, radius, fill, stroke)),
    }
    if look.stance == Stance::Unknown {
        hatch(
            out,
            center,
            radius * 0.75,
            Stroke::new(1.0, outline.gamma_multiply(0.6)),
        );
    }
    // The stance mark, so stance reads without colour.
    let mark_size = (radius * 0.8).round().max(6.0);
    let mark_colour = fade(palette.on_stance(look.stance), emphasis, palette);
    let offset = if look.kind == Kind::Individual {
        Vec2::new(0.0, radius * 0.2)
    } else {
        Vec2::ZERO
    };
    let galley = painter.layout_no_wrap(
        stance_mark(look.stance).to_owned(),
        FontId::proportional(mark_size),
        mark_colour,
    );
    let pos = center + offset - galley.size() / 2.0;
    out.push(Shape::galley(pos, galley, mark_colour));
}

/// Diagonal lines inside a circle: the pattern of an unknown stance.
fn hatch(out: &mut Vec<Shape>, center: Pos2, radius: f32, stroke: Stroke) {
    let step = (radius / 2.5).max(3.0);
    let mut d = -radius + step / 2.0;
    while d < radius {
        let half = (radius * radius - d * d).max(0.0).sqrt();
        let along = Vec2::new(1.0, 1.0).normalized();
        let across = Vec2::new(1.0, -1.0).normalized();
        let mid = center + across * d;
        out.push(Shape::line_segment(
            [mid - along * half, mid + along * half],
            stroke,
        ));
        d += step;
    }
}

/// A name laid out for a label: wrapped at `max_width` on at most
/// `max_rows` lines, broken only between words. Too long, it is cut after
/// a whole word with "…" ("Cardinal …", not "Cardinal N…": egui elides
/// inside a word even when it wraps only between words); a single word
/// too long for a line is cut with "…" on one line. Laid out in the text
/// colour; drawing fades it when needed.
pub fn label_galley(
    painter: &egui::Painter,
    text: &str,
    font_size: f32,
    max_width: f32,
    max_rows: usize,
) -> Arc<Galley> {
    let max_width = max_width.max(font_size);
    let lay_out = |text: &str, rows: usize| {
        let mut job = LayoutJob::single_section(
            text.to_owned(),
            TextFormat::simple(FontId::proportional(font_size), Color32::PLACEHOLDER),
        );
        job.wrap = TextWrapping {
            max_width,
            max_rows: rows,
            break_anywhere: false,
            overflow_character: Some('…'),
        };
        painter.layout_job(job)
    };
    let fits = |galley: &Galley| galley.rows.len() <= max_rows && !breaks_a_word(galley);
    let whole = lay_out(text, usize::MAX);
    if fits(&whole) {
        return whole;
    }
    let ends = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i);
    for end in ends.rev() {
        let head = text[..end].trim_end();
        if head.is_empty() {
            continue;
        }
        let shortened = lay_out(&format!("{head} …"), usize::MAX);
        if fits(&shortened) {
            return shortened;
        }
    }
    lay_out(text, 1)
}

/// Whether a line of `galley` ends inside a word (egui breaks a word that
/// is too long for a line on its own).
fn breaks_a_word(galley: &Galley) -> bool {
    galley.rows.windows(2).any(|pair| {
        let end = pair[0].glyphs.last().map(|g| g.chr);
        let start = pair[1].glyphs.first().map(|g| g.chr);
        !pair[0].ends_with_newline
            && end.is_some_and(|c| !c.is_whitespace())
            && start.is_some_and(|c| !c.is_whitespace())
    })
}

/// Where a label laid out as `galley` lands with its top centre at `anchor`.
pub fn label_rect(galley: &Galley, anchor: Pos2) -> Rect {
    Rect::from_min_size(
        Pos2::new(anchor.x - galley.size().x / 2.0, anchor.y),
        galley.size(),
    )
}

/// Appends a label (on a halo plate unless faded) with its top centre at
/// `anchor`; returns the rectangle it covers.
pub fn push_label(
    out: &mut Vec<Shape>,
    galley: Arc<Galley>,
    anchor: Pos2,
    emphasis: Emphasis,
    palette: &Palette,
) -> Rect {
    let colour = fade(palette.text, emphasis, palette);
    let rect = label_rect(&galley, anchor);
    if !emphasis.dimmed {
        out.push(Shape::Rect(RectShape::filled(
            rect.expand(2.0),
            CornerRadius::same(3),
            palette.text_halo,
        )));
    }
    out.push(Shape::galley(rect.min, galley, colour));
    rect
}

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
            width: super::theme::relation_width(relation.strength),
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
    let mut colour = fade(palette.line_colour(look.style.hue), emphasis, palette);
    if look.width < 1.0 {
        colour = colour.gamma_multiply(look.width);
    }
    // A solid core and a one-point fade on each side, as egui feathers
    // its own lines so they look smooth.
    let core = (look.width.max(1.0) / 2.0 - 0.5).max(0.0);
    let edge = core + 1.0;
    let first = lines.vertices.len() as u32;
    for end_point in [start, end] {
        for (side, colour) in [
            (edge, Color32::TRANSPARENT),
            (core, colour),
            (-core, colour),
            (-edge, Color32::TRANSPARENT),
        ] {
            lines.colored_vertex(end_point + normal * side, colour);
        }
    }
    for i in 0..3 {
        let (a, b) = (first + i, first + 4 + i);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// How far from `center` the shapes reach.
    fn reach(shapes: &[Shape], center: Pos2) -> f32 {
        shapes
            .iter()
            .map(|shape| {
                let rect = shape.visual_bounding_rect();
                (rect.max - center)
                    .max_elem()
                    .max((center - rect.min).max_elem())
            })
            .fold(0.0, f32::max)
    }

    #[test]
    fn a_selection_halo_or_a_coalition_ring_never_covers_an_arrowhead() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let center = Pos2::new(200.0, 200.0);
            for (role, kind) in [
                (Role::External, Kind::Organization),
                (Role::LeadershipCore, Kind::Target),
            ] {
                let look = GlyphLook {
                    kind,
                    stance: Stance::ActiveAlly,
                    role,
                };
                for radius in [6.0, 20.0, 40.0] {
                    for (selected, hovered, ringed) in [
                        (true, false, false),
                        (false, true, false),
                        (false, false, true),
                        (true, false, true),
                    ] {
                        let emphasis = Emphasis {
                            selected,
                            hovered,
                            ..Emphasis::default()
                        };
                        let mut shapes = Vec::new();
                        if ringed {
                            shapes.push(coalition_ring(center, radius, look, Color32::RED));
                        }
                        let palette = Palette::light();
                        stakeholder_shapes(
                            &mut shapes,
                            ui.painter(),
                            center,
                            radius,
                            look,
                            emphasis,
                            &palette,
                        );
                        // Lines stop here, and their heads lie beyond.
                        let line_end = line_end_radius(radius, look, emphasis, ringed);
                        assert!(
                            line_end >= reach(&shapes, center) - 0.01,
                            "{look:?} at {radius}, {emphasis:?}, ringed {ringed}"
                        );
                    }
                }
            }
        });
        output.textures_delta.clear();
    }
}
