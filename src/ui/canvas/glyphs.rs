//! How each stakeholder and relation of the network is drawn: the display
//! types egui_graphs keeps in its graph, each with what its drawing needs
//! (look, emphasis, ring, name), turned into shapes at the camera's zoom.
//! Names are not drawn here but handed on to find room (see `names`).

use std::sync::Arc;

use egui::epaint::Mesh;
use egui::{Pos2, Rect, Shape, Vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, EdgeProps, Node, NodeProps};
use petgraph::Directed;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};

use crate::model::{RelationKind, Stance};
use crate::ui::glyph::{self, Emphasis, GlyphLook, LineLook};
use crate::ui::names::{Name, NameText};
use crate::ui::theme::{self, Palette};

/// Below this zoom, names are left out unless selected or hovered.
const LABEL_MIN_ZOOM: f32 = 0.45;
/// At or above this zoom every relation shows its kind.
const EDGE_LABEL_MIN_ZOOM: f32 = 1.6;
/// Name size on screen at zoom 1, in points.
const LABEL_SIZE: f32 = 14.0;
/// A name wraps to at most this many lines; the rest is cut with "…".
const NAME_ROWS: usize = 3;

/// How one stakeholder is drawn.
#[derive(Clone, Debug)]
pub struct StakeholderGlyph {
    pub location: Pos2,
    /// Radius in canvas units.
    pub radius: f32,
    /// The stakeholder's power, which sizes it unless a score does.
    pub power: u8,
    pub look: GlyphLook,
    pub name: Arc<str>,
    pub emphasis: Emphasis,
    pub pinned: bool,
    pub palette: Palette,
    /// Left out by the filter or focus, with "hide" chosen.
    pub hidden: bool,
    /// The highlighted coalition's colour, when a member.
    pub ring: Option<egui::Color32>,
    /// A target, in the leadership core or a coalition's lead: named
    /// whenever names show, shortened or with a leader line if need be.
    pub must_name: bool,
}

impl From<NodeProps<NodeIndex>> for StakeholderGlyph {
    fn from(props: NodeProps<NodeIndex>) -> Self {
        Self {
            location: props.location(),
            radius: theme::glyph_radius(3),
            power: 3,
            look: GlyphLook {
                kind: crate::model::Kind::Other,
                stance: Stance::Unknown,
                role: crate::model::Role::External,
            },
            name: Arc::from(""),
            emphasis: Emphasis::default(),
            pinned: false,
            palette: Palette::light(),
            hidden: false,
            ring: None,
            must_name: false,
        }
    }
}

/// Font sizes are rounded to whole points so text layouts are reused from
/// egui's cache while zooming.
fn rounded_font_size(zoom: f32, base: f32) -> f32 {
    (base * zoom.sqrt().clamp(0.6, 2.5)).round().max(8.0)
}

impl DisplayNode<NodeIndex, EdgeIndex, Directed, DefaultIx> for StakeholderGlyph {
    fn closest_boundary_point(&self, dir: Vec2) -> Pos2 {
        self.location + dir.normalized() * self.radius
    }

    fn shapes(&mut self, ctx: &DrawContext) -> Vec<Shape> {
        let mut shapes = Vec::new();
        if let Some((_, Some(name))) = self.push_shapes(&mut shapes, ctx) {
            let anchor = name.center + Vec2::new(0.0, name.below);
            glyph::push_label(
                &mut shapes,
                name.text.galley(ctx.painter).clone(),
                anchor,
                name.emphasis,
                &self.palette,
            );
        }
        shapes
    }

    fn update(&mut self, state: &NodeProps<NodeIndex>) {
        self.location = state.location();
    }

    fn is_inside(&self, pos: Pos2) -> bool {
        pos.distance(self.location) <= self.radius * 1.2
    }
}

impl StakeholderGlyph {
    /// Appends the glyph's shapes, unless it is hidden or out of sight;
    /// returns the room it takes on screen and its name, waiting for room
    /// of its own (see [`names::place`]).
    pub fn push_shapes(
        &self,
        shapes: &mut Vec<Shape>,
        ctx: &DrawContext,
    ) -> Option<(Rect, Option<Name>)> {
        if self.hidden {
            return None;
        }
        let center = ctx.meta.canvas_to_screen_pos(self.location);
        let radius = ctx.meta.canvas_to_screen_size(self.radius);
        let zoom = ctx.meta.zoom;
        // Cull what is off screen, leaving room for the name below.
        let reach = radius * 1.6 + 12.0;
        let visible = ctx
            .painter
            .clip_rect()
            .expand2(Vec2::new(reach + 120.0, reach + 40.0));
        if !visible.contains(center) {
            return None;
        }
        if let Some(colour) = self.ring {
            // A faded stakeholder's ring fades with it.
            let colour = if self.emphasis.dimmed {
                colour.gamma_multiply(self.palette.dimmed_alpha)
            } else {
                colour
            };
            shapes.push(glyph::coalition_ring(center, radius, self.look, colour));
        }
        glyph::stakeholder_shapes(
            shapes,
            ctx.painter,
            center,
            radius,
            self.look,
            self.emphasis,
            &self.palette,
        );
        if self.pinned {
            let pin = center + Vec2::new(radius * 0.85, -radius * 0.85);
            shapes.push(glyph::round(
                pin,
                (radius * 0.18).max(2.5),
                self.palette.outline,
                egui::Stroke::NONE,
            ));
        }
        // On a projector, names of what is faded are left out: the room
        // reads what the scene is about.
        let faded_on_projector = self.palette.projector && self.emphasis.dimmed;
        let show_name =
            (zoom >= LABEL_MIN_ZOOM || self.emphasis.forces_name()) && !faded_on_projector;
        // A coalition's ring is part of the glyph: names keep clear of it.
        let ring_width = if self.ring.is_some() {
            9.0 + (radius * 0.1).clamp(1.25, 3.0)
        } else {
            0.0
        };
        let reach = glyph::outer_radius(radius, self.look) + ring_width;
        let room = Rect::from_center_size(center, Vec2::splat(2.0 * reach));
        if !show_name || self.name.is_empty() {
            return Some((room, None));
        }
        let size = rounded_font_size(zoom, LABEL_SIZE).max(self.palette.min_label_size);
        let below = if self.look.kind == crate::model::Kind::Target {
            1.6
        } else {
            1.35
        };
        Some((
            room,
            Some(Name {
                text: NameText::new(Arc::clone(&self.name), size, size * 12.0, NAME_ROWS),
                must: self.must_name,
                center,
                reach,
                below: (radius * below + 3.0).max(reach + 3.0),
                emphasis: self.emphasis,
                forced: self.emphasis.forces_name(),
                rank: (self.radius * 4.0) as u8,
            }),
        ))
    }
}

/// How one relation is drawn.
#[derive(Clone, Debug)]
pub struct RelationGlyph {
    pub look: LineLook,
    /// Sideways shift in canvas units, so relations between the same pair
    /// do not hide each other.
    pub offset: f32,
    pub emphasis: Emphasis,
    pub palette: Palette,
    pub hidden: bool,
}

impl From<EdgeProps<EdgeIndex>> for RelationGlyph {
    fn from(_: EdgeProps<EdgeIndex>) -> Self {
        Self {
            look: LineLook {
                kind: RelationKind::Influences,
                style: theme::RelationStyle::default(),
                mutual: false,
                uncertain: false,
                width: 2.0,
            },
            offset: 0.0,
            emphasis: Emphasis::default(),
            palette: Palette::light(),
            hidden: false,
        }
    }
}

type GlyphNode = Node<NodeIndex, EdgeIndex, Directed, DefaultIx, StakeholderGlyph>;

impl DisplayEdge<NodeIndex, EdgeIndex, Directed, DefaultIx, StakeholderGlyph> for RelationGlyph {
    fn shapes(&mut self, start: &GlyphNode, end: &GlyphNode, ctx: &DrawContext) -> Vec<Shape> {
        let mut shapes = Vec::new();
        let mut lines = Mesh::default();
        let label = self.push_shapes(&mut shapes, &mut lines, start.display(), end.display(), ctx);
        if let Some(label) = label {
            let anchor = label.center + Vec2::new(0.0, label.below);
            glyph::push_label(
                &mut shapes,
                label.text.galley(ctx.painter).clone(),
                anchor,
                label.emphasis,
                &self.palette,
            );
        }
        if !lines.is_empty() {
            shapes.insert(0, Shape::mesh(lines));
        }
        shapes
    }

    fn update(&mut self, _state: &EdgeProps<EdgeIndex>) {}

    fn is_inside(&self, start: &GlyphNode, end: &GlyphNode, pos: Pos2) -> bool {
        glyph::distance_to_segment(pos, start.location(), end.location()) <= 6.0
    }
}

impl RelationGlyph {
    /// Appends the line's shapes, unless it is hidden or out of sight; a
    /// plain line between dots goes into `lines` instead.
    pub fn push_shapes(
        &self,
        shapes: &mut Vec<Shape>,
        lines: &mut Mesh,
        start: &StakeholderGlyph,
        end: &StakeholderGlyph,
        ctx: &DrawContext,
    ) -> Option<Name> {
        if self.hidden {
            return None;
        }
        let from = ctx.meta.canvas_to_screen_pos(start.location);
        let to = ctx.meta.canvas_to_screen_pos(end.location);
        if !ctx
            .painter
            .clip_rect()
            .expand(20.0)
            .intersects(Rect::from_two_pos(from, to))
        {
            return None;
        }
        let zoom = ctx.meta.zoom;
        let look = LineLook {
            width: (self.look.width * zoom.sqrt()).clamp(1.0, 8.0),
            ..self.look.clone()
        };
        let offset = self.offset * zoom;
        let plain = !(self.emphasis.in_full() || self.emphasis.on_route);
        // Sketched once a glyph of middle power is a dot: at that zoom the
        // arrowheads and dashes blur into the dots.
        if plain && theme::glyph_radius(3) * zoom < glyph::DOT_RADIUS {
            glyph::relation_sketch(
                lines,
                from,
                start.radius * zoom,
                to,
                end.radius * zoom,
                offset,
                &look,
                self.emphasis,
                &self.palette,
            );
            return None;
        }
        let reach = |glyph: &StakeholderGlyph| {
            glyph::line_end_radius(
                glyph.radius * zoom,
                glyph.look,
                glyph.emphasis,
                glyph.ring.is_some(),
            )
        };
        let (from_radius, to_radius) = (reach(start), reach(end));
        glyph::relation_shapes(
            shapes,
            from,
            from_radius,
            to,
            to_radius,
            offset,
            &look,
            self.emphasis,
            &self.palette,
        );
        // On a projector, the relations a scene picks out say what they are.
        let picked_on_projector = self.palette.projector && self.emphasis.on_route;
        let faded_on_projector = self.palette.projector && self.emphasis.dimmed;
        let forced = self.emphasis.forces_name();
        if !(forced || zoom >= EDGE_LABEL_MIN_ZOOM || picked_on_projector) || faded_on_projector {
            return None;
        }
        // The kind is said beside the middle of the line, where it covers
        // no glyph, name or other label (see `names::place_among`).
        let size = rounded_font_size(zoom, 12.0).max(self.palette.min_label_size);
        let text = crate::i18n::relation_kind(&self.look.kind);
        Some(Name {
            text: NameText::new(Arc::from(text.as_str()), size, size * 12.0, 1),
            center: glyph::relation_midpoint(from, to, offset),
            reach: 2.0,
            below: 4.0,
            emphasis: Emphasis {
                selected: false,
                hovered: false,
                ..self.emphasis
            },
            forced,
            must: false,
            rank: 0,
        })
    }
}
