//! The egui_graphs graph the network view draws: a view model rebuilt from
//! the document when it changes, never saved and never the truth. Each node
//! and edge carries only what its drawing needs; the payloads are the
//! document's graph indices, so they are cheap to clone every frame.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::Mesh;
use egui::{Pos2, Rect, Shape, Vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, EdgeProps, Node, NodeProps};
use petgraph::Directed;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, NodeIndexable};

use super::spatial::SpatialIndex;
use crate::model::{Map, Position, RelationKind, Stance};
use crate::ui::glyph::{self, Emphasis, GlyphLook, LineLook};
use crate::ui::names::{self, Name};
use crate::ui::theme::{self, Palette};

/// The graph egui_graphs draws: payloads are indices into the document's graph.
pub type ViewGraph =
    egui_graphs::Graph<NodeIndex, EdgeIndex, Directed, DefaultIx, StakeholderGlyph, RelationGlyph>;

/// Below this zoom, names are left out unless selected or hovered.
const LABEL_MIN_ZOOM: f32 = 0.45;
/// At or above this zoom every relation shows its kind.
const EDGE_LABEL_MIN_ZOOM: f32 = 1.6;
/// Name size on screen at zoom 1, in points.
const LABEL_SIZE: f32 = 14.0;

/// How one stakeholder is drawn.
#[derive(Clone, Debug)]
pub struct StakeholderGlyph {
    pub location: Pos2,
    /// Radius in canvas units.
    pub radius: f32,
    pub look: GlyphLook,
    pub name: Arc<str>,
    pub emphasis: Emphasis,
    pub pinned: bool,
    pub palette: Palette,
    /// Left out by the filter or focus, with "hide" chosen.
    pub hidden: bool,
    /// The highlighted coalition's colour, when a member.
    pub ring: Option<egui::Color32>,
}

impl From<NodeProps<NodeIndex>> for StakeholderGlyph {
    fn from(props: NodeProps<NodeIndex>) -> Self {
        Self {
            location: props.location(),
            radius: theme::glyph_radius(3),
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
                name.galley,
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
        let show_name = (zoom >= LABEL_MIN_ZOOM || self.emphasis.selected || self.emphasis.hovered)
            && !faded_on_projector;
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
        let galley = glyph::label_galley(ctx.painter, &self.name, size, size * 12.0, usize::MAX);
        Some((
            room,
            Some(Name {
                galley,
                center,
                reach,
                below: (radius * below + 3.0).max(reach + 3.0),
                emphasis: self.emphasis,
                forced: self.emphasis.selected || self.emphasis.hovered,
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
        self.push_shapes(&mut shapes, &mut lines, start.display(), end.display(), ctx);
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
    ) {
        if self.hidden {
            return;
        }
        let from = ctx.meta.canvas_to_screen_pos(start.location);
        let to = ctx.meta.canvas_to_screen_pos(end.location);
        if !ctx
            .painter
            .clip_rect()
            .expand(20.0)
            .intersects(Rect::from_two_pos(from, to))
        {
            return;
        }
        let zoom = ctx.meta.zoom;
        let look = LineLook {
            width: (self.look.width * zoom.sqrt()).clamp(1.0, 8.0),
            ..self.look.clone()
        };
        let offset = self.offset * zoom;
        let plain = !(self.emphasis.selected || self.emphasis.hovered || self.emphasis.on_route);
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
            return;
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
        if (self.emphasis.selected
            || self.emphasis.hovered
            || zoom >= EDGE_LABEL_MIN_ZOOM
            || picked_on_projector)
            && !faded_on_projector
        {
            let size = rounded_font_size(zoom, 12.0).max(self.palette.min_label_size);
            let at = glyph::relation_midpoint(from, to, offset);
            let text = self.look.kind.label();
            let emphasis = Emphasis {
                selected: false,
                hovered: false,
                ..self.emphasis
            };
            glyph::label_shapes(
                shapes,
                ctx.painter,
                text,
                at - Vec2::new(0.0, size * 0.6),
                size,
                emphasis,
                &self.palette,
            );
        }
    }
}

/// The view model and the way back from document indices to view indices.
pub struct ViewModel {
    pub graph: ViewGraph,
    pub node_of: HashMap<NodeIndex, NodeIndex>,
    pub edge_of: HashMap<EdgeIndex, EdgeIndex>,
    /// Where everything was when the view model was built.
    index: SpatialIndex,
    /// Stakeholders drawn away from where the index has them, by document
    /// index, listed once each.
    moved: Vec<NodeIndex>,
    is_moved: Vec<bool>,
    /// The largest sideways shift of a relation, in canvas units.
    max_offset: f32,
}

impl ViewModel {
    /// Builds the view model of a whole map.
    pub fn build(map: &Map, palette: Palette) -> Self {
        let doc = map.graph();
        let mut graph = ViewGraph::new();
        let mut node_of = HashMap::with_capacity(doc.node_count());
        for index in doc.node_indices() {
            let stakeholder = &doc[index];
            let view_index = graph.add_node_custom(index, |node| {
                node.set_location(to_pos(stakeholder.position));
                let display = node.display_mut();
                display.location = to_pos(stakeholder.position);
                display.radius = theme::glyph_radius(stakeholder.power);
                display.look = GlyphLook {
                    kind: stakeholder.kind,
                    stance: stakeholder.stance,
                    role: stakeholder.role,
                };
                display.name = Arc::from(stakeholder.name.as_str());
                display.pinned = stakeholder.pinned;
                display.palette = palette;
            });
            node_of.insert(index, view_index);
        }
        let styles = theme::RelationStyles::of(map);
        // Relations joining the same pair are fanned out sideways.
        let mut seen_pairs: HashMap<(NodeIndex, NodeIndex), usize> = HashMap::new();
        let mut edge_of = HashMap::with_capacity(doc.edge_count());
        for index in doc.edge_indices() {
            let Some((a, b)) = doc.edge_endpoints(index) else {
                continue;
            };
            let (Some(&va), Some(&vb)) = (node_of.get(&a), node_of.get(&b)) else {
                continue;
            };
            let relation = &doc[index];
            let pair = if a < b { (a, b) } else { (b, a) };
            let nth = seen_pairs.entry(pair).or_insert(0);
            // Offsets 0, +1, −1, +2 … in units of 10, signed by direction so
            // opposite relations land on opposite sides.
            let slot = (*nth as f32 / 2.0).ceil() * if nth.is_multiple_of(2) { -1.0 } else { 1.0 };
            let direction = if a < b { 1.0 } else { -1.0 };
            *nth += 1;
            let view_index = graph.add_edge_custom(va, vb, index, |edge| {
                let display = edge.display_mut();
                display.look = LineLook::of(relation, &styles);
                display.offset = slot * 10.0 * direction;
                display.palette = palette;
            });
            edge_of.insert(index, view_index);
        }
        let max_offset = graph
            .edges_iter()
            .map(|(_, edge)| edge.display().offset.abs())
            .fold(0.0, f32::max);
        let index = SpatialIndex::build(
            doc.node_indices()
                .map(|index| (index, to_pos(doc[index].position))),
            doc.edge_indices().filter_map(|index| {
                let (a, b) = doc.edge_endpoints(index)?;
                Some((index, to_pos(doc[a].position), to_pos(doc[b].position)))
            }),
        );
        Self {
            graph,
            node_of,
            edge_of,
            index,
            moved: Vec::new(),
            is_moved: vec![false; doc.node_bound()],
            max_offset,
        }
    }

    /// The stakeholders and relations that may show in `sight` (canvas
    /// units), each once, in document order, as they are drawn.
    pub fn in_sight(
        &self,
        map: &Map,
        sight: Rect,
        nodes: &mut Vec<NodeIndex>,
        edges: &mut Vec<EdgeIndex>,
    ) {
        nodes.clear();
        edges.clear();
        nodes.extend(self.index.nodes_in(sight));
        edges.extend(self.index.edges_in(sight));
        self.add_moved(map, nodes, edges);
    }

    /// The stakeholders within `reach` of `at` and the relations whose line
    /// passes within `reach` (plus any sideways shift), each once.
    pub fn near(
        &self,
        map: &Map,
        at: Pos2,
        reach: f32,
        nodes: &mut Vec<NodeIndex>,
        edges: &mut Vec<EdgeIndex>,
    ) {
        nodes.clear();
        edges.clear();
        nodes.extend(self.index.nodes_near(at, reach));
        edges.extend(self.index.edges_near(at, reach + self.max_offset));
        self.add_moved(map, nodes, edges);
    }

    /// Adds the moved stakeholders and their relations, which the index
    /// has elsewhere, then puts both lists in document order.
    fn add_moved(&self, map: &Map, nodes: &mut Vec<NodeIndex>, edges: &mut Vec<EdgeIndex>) {
        let graph = map.graph();
        for &index in &self.moved {
            nodes.push(index);
            for direction in [petgraph::Direction::Outgoing, petgraph::Direction::Incoming] {
                edges.extend(graph.edges_directed(index, direction).map(|e| e.id()));
            }
        }
        nodes.sort_unstable();
        nodes.dedup();
        edges.sort_unstable();
        edges.dedup();
    }

    /// Appends the shapes of the given relations, then of the given
    /// stakeholders, so glyphs sit on top of lines; plain lines between
    /// dots go into `lines`, drawn under all of them.
    pub fn push_shapes(
        &self,
        shapes: &mut Vec<Shape>,
        lines: &mut Mesh,
        nodes: &[NodeIndex],
        edges: &[EdgeIndex],
        ctx: &DrawContext,
    ) {
        for doc_index in edges {
            let Some(&view_index) = self.edge_of.get(doc_index) else {
                continue;
            };
            let (Some(edge), Some((a, b))) = (
                self.graph.edge(view_index),
                self.graph.edge_endpoints(view_index),
            ) else {
                continue;
            };
            if let (Some(start), Some(end)) = (self.graph.node(a), self.graph.node(b)) {
                edge.display()
                    .push_shapes(shapes, lines, start.display(), end.display(), ctx);
            }
        }
        let mut taken = Vec::with_capacity(nodes.len());
        let mut names = Vec::new();
        let mut palette = None;
        for doc_index in nodes {
            if let Some(node) = self
                .node_of
                .get(doc_index)
                .and_then(|&v| self.graph.node(v))
                && let Some((room, name)) = node.display().push_shapes(shapes, ctx)
            {
                // On a projector what is faded is background: names may
                // cover it, so that what the scene is about is named.
                let glyph = node.display();
                if !(glyph.palette.projector && glyph.emphasis.dimmed) {
                    taken.push(room);
                }
                names.extend(name);
                palette.get_or_insert(node.display().palette);
            }
        }
        // Names after every glyph, so none is covered by a glyph drawn later.
        if let Some(palette) = palette {
            let (mut labels, mut on_top) = (Vec::new(), Vec::new());
            // Names stay in the view, where they can be read whole.
            let bounds = Some(ctx.painter.clip_rect());
            names::place(names, taken, bounds, &palette, &mut labels, &mut on_top);
            shapes.extend(labels);
            shapes.extend(on_top);
        }
    }

    pub fn glyph_mut(&mut self, doc_index: NodeIndex) -> Option<&mut StakeholderGlyph> {
        let view_index = *self.node_of.get(&doc_index)?;
        self.graph.node_mut(view_index).map(Node::display_mut)
    }

    pub fn relation_glyph_mut(&mut self, doc_index: EdgeIndex) -> Option<&mut RelationGlyph> {
        let view_index = *self.edge_of.get(&doc_index)?;
        self.graph
            .edge_mut(view_index)
            .map(egui_graphs::Edge::display_mut)
    }

    /// Where a stakeholder is drawn now (during a drag, not yet in the document).
    pub fn location(&self, doc_index: NodeIndex) -> Option<Pos2> {
        let view_index = *self.node_of.get(&doc_index)?;
        self.graph.node(view_index).map(Node::location)
    }

    pub fn set_location(&mut self, doc_index: NodeIndex, location: Pos2) {
        if let Some(&view_index) = self.node_of.get(&doc_index)
            && let Some(node) = self.graph.node_mut(view_index)
        {
            node.set_location(location);
            node.display_mut().location = location;
            if let Some(moved) = self.is_moved.get_mut(doc_index.index())
                && !*moved
            {
                *moved = true;
                self.moved.push(doc_index);
            }
        }
    }
}

pub fn to_pos(position: Position) -> Pos2 {
    Pos2::new(position.x, position.y)
}

pub fn to_position(pos: Pos2) -> Position {
    Position::new(pos.x, pos.y)
}
