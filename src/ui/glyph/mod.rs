//! How a stakeholder and a relation look, drawn the same way in every view
//! (network, grid, spectrum, legend): shape by kind, fill and mark by
//! stance, size by power, rings by role, line by relation kind.

use std::f32::consts::{FRAC_PI_2, PI, TAU};

use egui::epaint::{CircleShape, PathShape, RectShape};
use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::theme::{Palette, stance_mark};
use crate::model::{Kind, Role, Stance};

mod label;
mod line;

pub use label::{label_galley, label_rect, push_label};
pub use line::{
    LineLook, distance_to_segment, relation_midpoint, relation_shapes, relation_sketch,
};

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
    /// Selected along with more than [`MANY_SELECTED`] others: marked, but
    /// neither named over everything else nor drawn in full where a dot is.
    pub crowded: bool,
}

/// Past this many selected, the selection is marked but no longer named
/// over everything else nor drawn in full detail on a zoomed-out map: a
/// selection of thousands (Select all) would bury the map under names.
pub const MANY_SELECTED: usize = 200;

impl Emphasis {
    /// Whether its name (or a relation's kind) is shown whatever the zoom
    /// and wherever it lands: when hovered, or selected with few others.
    pub fn forces_name(self) -> bool {
        self.hovered || (self.selected && !self.crowded)
    }

    /// Drawn with its halo and in full: hovered, or selected with few others.
    pub fn in_full(self) -> bool {
        self.forces_name()
    }
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
    if radius < DOT_RADIUS && !emphasis.in_full() {
        let fill = palette
            .stance_fill(look.stance)
            .map_or(outline.gamma_multiply(0.5), |c| fade(c, emphasis, palette));
        let radius = radius.max(1.5);
        // One of a large selection: the dot gets a ring in the selection's
        // colour, drawn as a disc of that colour under it where the dot
        // hides the middle: two plain discs, which egui draws from a
        // picture in two triangles each, where a ring's outline is dozens
        // (Select all on a zoomed-out map of 20,000 would be over a million).
        if emphasis.selected && fill.is_opaque() {
            out.push(round(center, radius + 1.5, palette.selection, Stroke::NONE));
            out.push(round(center, radius, fill, Stroke::NONE));
            return;
        }
        let ring = if emphasis.selected {
            Stroke::new(1.5, palette.selection)
        } else {
            Stroke::NONE
        };
        out.push(round(center, radius, fill, ring));
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

    #[test]
    fn a_sketched_line_one_point_wide_has_no_triangle_of_no_area() {
        let map = crate::analysis::generated_map(2, 1, 3);
        let relation = map.relations().next().unwrap();
        let styles = crate::ui::theme::RelationStyles::of(&map);
        let area = |mesh: &egui::epaint::Mesh, t: &[u32]| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize].pos);
            ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0
        };
        for (width, triangles) in [(1.0, 4), (3.0, 6)] {
            let look = LineLook {
                width,
                ..LineLook::of(relation, &styles)
            };
            let mut lines = egui::epaint::Mesh::default();
            let (from, to) = (Pos2::new(0.0, 0.0), Pos2::new(100.0, 0.0));
            relation_sketch(
                &mut lines,
                from,
                4.0,
                to,
                4.0,
                0.0,
                &look,
                Emphasis::default(),
                &Palette::light(),
            );
            assert_eq!(lines.indices.len() / 3, triangles, "width {width}");
            assert!(lines.indices.chunks(3).all(|t| area(&lines, t) > 1.0));
            // The fades reach a point beyond the core on each side.
            let reach = lines
                .vertices
                .iter()
                .map(|v| v.pos.y.abs())
                .fold(0.0, f32::max);
            assert!(
                (reach - (width / 2.0 + 0.5)).abs() < 1e-4,
                "width {width}: {reach}"
            );
        }
    }
}
