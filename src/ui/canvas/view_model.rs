//! The egui_graphs graph the network view draws: a view model rebuilt from
//! the document when it changes, never saved and never the truth. Each node
//! and edge carries only what its drawing needs; the payloads are the
//! document's graph indices, so they are cheap to clone every frame.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::Mesh;
use egui::{Pos2, Rect, Shape};
use egui_graphs::{DrawContext, Node};
use petgraph::Directed;
use petgraph::graph::GraphIndex;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeIndexable, EdgeRef, NodeIndexable};

use super::glyphs::{RelationGlyph, StakeholderGlyph};
use super::spatial::SpatialIndex;
use crate::model::{Kind, Map, MemberRole, Position, Role};
use crate::ui::glyph::{GlyphLook, LineLook};
use crate::ui::names;
use crate::ui::theme::{self, Palette};

/// The graph egui_graphs draws: payloads are indices into the document's graph.
pub type ViewGraph =
    egui_graphs::Graph<NodeIndex, EdgeIndex, Directed, DefaultIx, StakeholderGlyph, RelationGlyph>;

/// Where a frame drew the glyphs and the names that found room, in
/// screen points, by document index.
#[derive(Debug, Default)]
pub struct DrawnNames {
    pub glyphs: Vec<(NodeIndex, Rect)>,
    pub names: Vec<DrawnName>,
    /// The relations whose kind is written, and where.
    pub relation_labels: Vec<(EdgeIndex, Rect)>,
    /// Every relation drawn went into the plain lines: none was drawn in
    /// full or had its kind written.
    pub relations_in_lines: bool,
}

/// A name drawn: whose, where, and the leader line to its glyph if any.
#[derive(Clone, Copy, Debug)]
pub struct DrawnName {
    pub owner: NodeIndex,
    pub rect: Rect,
    pub leader: Option<[Pos2; 2]>,
}

/// The view model and the way back from document indices to view indices.
pub struct ViewModel {
    pub graph: ViewGraph,
    pub node_of: IndexTable<NodeIndex>,
    pub edge_of: IndexTable<EdgeIndex>,
    /// Where everything was when the view model was built, made the first
    /// time a query needs it: while the whole map is in sight (a map just
    /// opened, fitted) everything is drawn, and the first frame need not
    /// wait for the index of 20,000 stakeholders and 40,000 relations.
    index: std::cell::OnceCell<SpatialIndex>,
    /// The area the stakeholders' centres covered then (canvas units).
    extent: Option<Rect>,
    /// Stakeholders drawn away from where the index has them, by document
    /// index, listed once each.
    moved: Vec<NodeIndex>,
    is_moved: Vec<bool>,
    /// The largest sideways shift of a relation, in canvas units.
    max_offset: f32,
    /// Changes whenever what the pointer may find changes (a place, a
    /// glyph hidden or shown), never the same for two view models.
    version: u64,
    /// Whether the pointer has looked at every stakeholder and relation
    /// once since the index was last dropped (see [`ViewModel::near`]).
    scanned: std::cell::Cell<bool>,
    /// Changes whenever a relation's glyph may have changed (see
    /// [`ViewModel::lines_key`]).
    lines_version: u64,
}

/// Document indices to view indices, in a table by the document index: a
/// look-up is a read, where a hash map hashed every one (drawing 20,000
/// stakeholders and 40,000 relations looks each up, and so does marking a
/// selection of them).
pub struct IndexTable<I> {
    slots: Vec<Option<I>>,
    len: usize,
}

impl<I: GraphIndex> IndexTable<I> {
    fn with_bound(bound: usize) -> Self {
        Self {
            slots: vec![None; bound],
            len: 0,
        }
    }

    pub fn get(&self, doc: &I) -> Option<&I> {
        self.slots.get(doc.index())?.as_ref()
    }

    fn insert(&mut self, doc: I, view: I) {
        let at = doc.index();
        if at >= self.slots.len() {
            self.slots.resize(at + 1, None);
        }
        if self.slots[at].replace(view).is_none() {
            self.len += 1;
        }
    }

    /// How many document indices have a view index.
    pub fn len(&self) -> usize {
        self.len
    }
}

/// A version no view model has had yet.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl ViewModel {
    /// Builds the view model of a whole map.
    pub fn build(map: &Map, palette: Palette) -> Self {
        let doc = map.graph();
        let must_name = must_be_named(map);
        let mut graph = ViewGraph::new();
        graph.g_mut().reserve_exact_nodes(doc.node_count());
        graph.g_mut().reserve_exact_edges(doc.edge_count());
        let mut node_of = IndexTable::with_bound(doc.node_bound());
        for index in doc.node_indices() {
            let stakeholder = &doc[index];
            let view_index = graph.add_node_custom(index, |node| {
                node.set_location(to_pos(stakeholder.position));
                let display = node.display_mut();
                display.location = to_pos(stakeholder.position);
                display.radius = theme::glyph_radius(stakeholder.power);
                display.power = stakeholder.power;
                display.look = GlyphLook {
                    kind: stakeholder.kind,
                    stance: stakeholder.stance,
                    role: stakeholder.role,
                };
                display.name = Arc::from(stakeholder.name.as_str());
                display.pinned = stakeholder.pinned;
                display.palette = palette;
                display.must_name = must_name.contains(&index);
            });
            node_of.insert(index, view_index);
        }
        let styles = theme::RelationStyles::of(map);
        // Relations joining the same pair are fanned out sideways.
        let mut seen_pairs: HashMap<(NodeIndex, NodeIndex), usize> =
            HashMap::with_capacity(doc.edge_count());
        let mut edge_of = IndexTable::with_bound(doc.edge_bound());
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
            // Straight into petgraph: egui_graphs' `add_edge` looks for
            // the edges already between the pair (two hash sets each) to
            // order them, and the fan above does that work here.
            let view_index = graph
                .g_mut()
                .add_edge(va, vb, egui_graphs::Edge::new(index));
            if let Some(edge) = graph.edge_mut(view_index) {
                let display = edge.display_mut();
                display.look = LineLook::of(relation, &styles);
                display.offset = slot * 10.0 * direction;
                display.palette = palette;
            }
            edge_of.insert(index, view_index);
        }
        let max_offset = graph
            .edges_iter()
            .map(|(_, edge)| edge.display().offset.abs())
            .fold(0.0, f32::max);
        Self {
            graph,
            node_of,
            edge_of,
            index: std::cell::OnceCell::new(),
            extent: extent_of(map),
            moved: Vec::new(),
            is_moved: vec![false; doc.node_bound()],
            max_offset,
            version: next_version(),
            scanned: std::cell::Cell::new(false),
            lines_version: next_version(),
        }
    }

    /// Takes in a map that differs from the one the view model was built
    /// for only in where stakeholders are (a move, Arrange, or the undo of
    /// either): moves the glyphs and indexes them again, keeping their
    /// marks. Returns false, changing nothing, when anything else differs
    /// (then the view model is to be built afresh): a stakeholder or
    /// relation added, removed or drawn otherwise.
    pub fn follow_moves(&mut self, map: &Map, palette: Palette) -> bool {
        let doc = map.graph();
        if doc.node_count() != self.node_of.len() || doc.edge_count() != self.edge_of.len() {
            return false;
        }
        let must_name = must_be_named(map);
        let same_node = |index: NodeIndex| {
            let Some(glyph) = self
                .node_of
                .get(&index)
                .and_then(|&v| self.graph.node(v))
                .map(Node::display)
            else {
                return false;
            };
            let s = &doc[index];
            glyph.look
                == (GlyphLook {
                    kind: s.kind,
                    stance: s.stance,
                    role: s.role,
                })
                && *glyph.name == *s.name
                && glyph.pinned == s.pinned
                && glyph.palette == palette
                && glyph.must_name == must_name.contains(&index)
                && glyph.power == s.power
        };
        if !doc.node_indices().all(same_node) {
            return false;
        }
        let styles = theme::RelationStyles::of(map);
        let same_edge = |index: EdgeIndex| {
            let (Some(&v), Some((a, b))) = (self.edge_of.get(&index), doc.edge_endpoints(index))
            else {
                return false;
            };
            let (Some(edge), Some((va, vb))) = (self.graph.edge(v), self.graph.edge_endpoints(v))
            else {
                return false;
            };
            self.node_of.get(&a) == Some(&va)
                && self.node_of.get(&b) == Some(&vb)
                && edge.display().look == LineLook::of(&doc[index], &styles)
                && edge.display().palette == palette
        };
        if !doc.edge_indices().all(same_edge) {
            return false;
        }
        for index in doc.node_indices() {
            let at = to_pos(doc[index].position);
            if let Some(node) = self
                .node_of
                .get(&index)
                .and_then(|&v| self.graph.node_mut(v))
            {
                node.set_location(at);
                node.display_mut().location = at;
            }
        }
        for index in self.moved.drain(..) {
            if let Some(moved) = self.is_moved.get_mut(index.index()) {
                *moved = false;
            }
        }
        self.index = std::cell::OnceCell::new();
        self.scanned.set(false);
        self.extent = extent_of(map);
        self.version = next_version();
        true
    }

    /// The area the stakeholders' centres covered when the view model was
    /// built (canvas units).
    pub fn extent(&self) -> Option<Rect> {
        self.extent
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
        if self.extent.is_none_or(|extent| sight.contains_rect(extent)) {
            // Every centre in sight, so every relation's line too.
            let graph = map.graph();
            nodes.extend(graph.node_indices());
            edges.extend(graph.edge_indices());
        } else {
            let index = self.index(map);
            nodes.extend(index.nodes_in(sight));
            edges.extend(index.edges_in(sight));
        }
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
        let edge_reach = reach + self.max_offset;
        if self.index.get().is_some() || self.scanned.replace(true) {
            let index = self.index(map);
            nodes.extend(index.nodes_near(at, reach));
            edges.extend(index.edges_near(at, edge_reach));
        } else {
            // The first look after the index was dropped (a move, Arrange
            // or its undo) visits every stakeholder and relation, a few
            // milliseconds at 20,000, where building the index costs that
            // frame tens: a pointer that stays put (its answer is kept, see
            // `Canvas::hover_hit`) never needs it.
            let graph = map.graph();
            nodes.extend(
                graph.node_indices().filter(|&index| {
                    to_pos(graph[index].position).distance_sq(at) <= reach * reach
                }),
            );
            edges.extend(graph.edge_indices().filter(|&index| {
                graph.edge_endpoints(index).is_some_and(|(a, b)| {
                    let (a, b) = (to_pos(graph[a].position), to_pos(graph[b].position));
                    crate::ui::glyph::distance_to_segment(at, a, b) <= edge_reach
                })
            }));
        }
        self.add_moved(map, nodes, edges);
    }

    /// Whether the spatial index has been made.
    #[cfg(test)]
    pub fn has_index(&self) -> bool {
        self.index.get().is_some()
    }

    /// Changes whenever what [`ViewModel::near`] may find changes.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Changes whenever what the relations' lines are drawn from may have
    /// changed: where stakeholders are and how large (with what the
    /// pointer may find, [`ViewModel::version`]), and any relation's glyph
    /// (its emphasis, hidden or not). A selection of stakeholders alone
    /// keeps it, and the lines drawn for it can be painted again.
    pub fn lines_key(&self) -> (u64, u64) {
        (self.version, self.lines_version)
    }

    /// Marks what the pointer may find as changed: glyphs were hidden or
    /// shown.
    pub fn hidden_changed(&mut self) {
        self.version = next_version();
    }

    fn index(&self, map: &Map) -> &SpatialIndex {
        self.index.get_or_init(|| spatial_index(map))
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
    /// dots go into `lines`, drawn under all of them. Returns where the
    /// glyphs and the names that found room were drawn.
    pub fn push_shapes(
        &self,
        shapes: &mut Vec<Shape>,
        lines: &mut Mesh,
        nodes: &[NodeIndex],
        edges: &[EdgeIndex],
        ctx: &DrawContext,
    ) -> DrawnNames {
        let mut relation_labels = Vec::new();
        let mut label_owners = Vec::new();
        let shapes_before = shapes.len();
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
            if let (Some(start), Some(end)) = (self.graph.node(a), self.graph.node(b))
                && let Some(label) =
                    edge.display()
                        .push_shapes(shapes, lines, start.display(), end.display(), ctx)
            {
                relation_labels.push(label);
                label_owners.push(*doc_index);
            }
        }
        let mut drawn = DrawnNames {
            relations_in_lines: shapes.len() == shapes_before && relation_labels.is_empty(),
            ..DrawnNames::default()
        };
        let mut taken = Vec::with_capacity(nodes.len());
        let mut names = Vec::new();
        let mut owners = Vec::new();
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
                drawn.glyphs.push((*doc_index, room));
                if let Some(name) = name {
                    names.push(name);
                    owners.push(*doc_index);
                }
                palette.get_or_insert(node.display().palette);
            }
        }
        // Names after every glyph, so none is covered by a glyph drawn later.
        if let Some(palette) = palette {
            let (mut labels, mut on_top) = (Vec::new(), Vec::new());
            // Names stay in the view, where they can be read whole.
            let bounds = Some(ctx.painter.clip_rect());
            let placed = names::place(
                ctx.painter,
                names,
                taken.clone(),
                bounds,
                &palette,
                &mut labels,
                &mut on_top,
            );
            // Then the relations' kinds, clear of every glyph and name.
            let name_rects: Vec<Rect> = placed.iter().map(|p| p.rect).collect();
            drawn.relation_labels = names::place_among(
                ctx.painter,
                relation_labels,
                taken,
                &name_rects,
                bounds,
                &palette,
                &mut labels,
                &mut on_top,
            )
            .into_iter()
            .filter_map(|placed| Some((*label_owners.get(placed.owner)?, placed.rect)))
            .collect();
            drawn.names = placed
                .into_iter()
                .filter_map(|placed| {
                    Some(DrawnName {
                        owner: *owners.get(placed.owner)?,
                        rect: placed.rect,
                        leader: placed.leader,
                    })
                })
                .collect();
            shapes.extend(labels);
            shapes.extend(on_top);
        }
        drawn
    }

    pub fn glyph_mut(&mut self, doc_index: NodeIndex) -> Option<&mut StakeholderGlyph> {
        let view_index = *self.node_of.get(&doc_index)?;
        self.graph.node_mut(view_index).map(Node::display_mut)
    }

    pub fn glyph(&self, doc_index: NodeIndex) -> Option<&StakeholderGlyph> {
        let view_index = *self.node_of.get(&doc_index)?;
        self.graph.node(view_index).map(Node::display)
    }

    pub fn relation_glyph(&self, doc_index: EdgeIndex) -> Option<&RelationGlyph> {
        let view_index = *self.edge_of.get(&doc_index)?;
        self.graph.edge(view_index).map(egui_graphs::Edge::display)
    }

    pub fn relation_glyph_mut(&mut self, doc_index: EdgeIndex) -> Option<&mut RelationGlyph> {
        let view_index = *self.edge_of.get(&doc_index)?;
        self.lines_version = next_version();
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
            self.version = next_version();
            if let Some(moved) = self.is_moved.get_mut(doc_index.index())
                && !*moved
            {
                *moved = true;
                self.moved.push(doc_index);
            }
        }
    }
}

/// Where the map's stakeholders and relations lie.
fn spatial_index(map: &Map) -> SpatialIndex {
    let doc = map.graph();
    SpatialIndex::build(
        doc.node_indices()
            .map(|index| (index, to_pos(doc[index].position))),
        doc.edge_indices().filter_map(|index| {
            let (a, b) = doc.edge_endpoints(index)?;
            Some((index, to_pos(doc[a].position), to_pos(doc[b].position)))
        }),
    )
}

/// The area the map's stakeholders' centres cover (canvas units), if any.
fn extent_of(map: &Map) -> Option<Rect> {
    let doc = map.graph();
    let mut centres = doc.node_indices().map(|index| to_pos(doc[index].position));
    let first = centres.next()?;
    Some(centres.fold(Rect::from_min_max(first, first), |area, at| {
        area.union(Rect::from_min_max(at, at))
    }))
}

/// Those whose names show whenever names do: the targets, the leadership
/// core and every coalition's leads.
fn must_be_named(map: &Map) -> std::collections::HashSet<NodeIndex> {
    let mut must: std::collections::HashSet<NodeIndex> = map
        .graph()
        .node_indices()
        .filter(|&index| {
            let s = &map.graph()[index];
            s.kind == Kind::Target || s.role == Role::LeadershipCore
        })
        .collect();
    for coalition in map.coalitions() {
        for member in &coalition.members {
            if member.role == MemberRole::Lead
                && let Some(index) = map.node_index(&member.stakeholder)
            {
                must.insert(index);
            }
        }
    }
    must
}

pub fn to_pos(position: Position) -> Pos2 {
    Pos2::new(position.x, position.y)
}

pub fn to_position(pos: Pos2) -> Position {
    Position::new(pos.x, pos.y)
}
