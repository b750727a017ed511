//! The network view: the map drawn over the document's graph, with every
//! gesture of a workshop (add, name, connect, select, move, zoom, pan)
//! turned into edits.
//!
//! The egui_graphs graph is the view model and its display traits draw each
//! glyph; this module owns the camera and the gestures, so positions move
//! only when the user moves them. A frame asks a spatial index what is in
//! sight and draws only that (egui_graphs' `GraphView` would visit, and
//! clone, every stakeholder for every relation each frame, and ask for the
//! next frame at once). Shapes are made only on frames where something
//! changed and painted again as they were on the others, so the app idles.

mod camera;
pub use camera::ZOOM_STEP;
mod spatial;
mod view_model;

use egui::{
    Align2, FontId, Id, Key, Modifiers, PointerButton, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2,
};
use std::sync::Arc;

use egui_graphs::{DrawContext, MetadataFrame, SettingsStyle};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

pub use camera::Camera;
use view_model::{ViewModel, to_pos, to_position};

use super::actions::Action;
use super::command::ViewContext;
use super::glyph::{self, Emphasis, GlyphLook};
use super::selection::Selection;
use super::shown::Shown;
use super::tessellated::{FontsEpoch, Tessellated};
use super::theme::{self, Palette};
use crate::edit::Edit;
use crate::model::{Kind, Map, Relation, RelationKind, Role, Stakeholder, StakeholderId, Stance};

/// How far past the edges of the view, in points, stakeholders and
/// relations are looked for, so that names and rings reaching in show.
const SIGHT_MARGIN: f32 = 160.0;
/// How far an arrow key nudges the selection, in canvas units (Shift: finer).
const NUDGE: f32 = 10.0;
/// How far an arrow key pans an empty selection, in points.
const PAN_STEP: f32 = 60.0;

/// Something on the canvas under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hit {
    Stakeholder(NodeIndex),
    Relation(EdgeIndex),
}

/// What a pointer drag is doing.
#[derive(Debug, Default)]
enum Gesture {
    #[default]
    Idle,
    /// Moving the selected stakeholders; nothing is edited until release.
    Moving {
        start: Vec<(NodeIndex, Pos2)>,
        grab: Pos2,
    },
    Panning,
    /// A rubber band from `start` (screen); Shift adds to the selection.
    BoxSelect {
        start: Pos2,
    },
    /// A line from a stakeholder to the pointer, to connect two.
    Connecting {
        from: NodeIndex,
    },
}

/// The inline name field for a new stakeholder or a rename.
#[derive(Debug)]
struct NameEntry {
    target: NameTarget,
    text: String,
    kind: Kind,
    focus_requested: bool,
}

#[derive(Debug)]
enum NameTarget {
    New { at: Pos2 },
    Rename { id: StakeholderId },
}

/// The popup that asks which kind of relation a new connection is.
#[derive(Debug)]
struct ConnectMenu {
    from: StakeholderId,
    to: StakeholderId,
    /// Where it opens, on screen.
    at: Pos2,
    custom: String,
}

/// What was drawn last time, kept to be painted again on idle frames.
struct Drawing {
    shapes: Vec<egui::Shape>,
    /// Plain relation lines of a zoomed-out map, under the shapes.
    lines: Arc<egui::epaint::Mesh>,
    rect: Rect,
    camera: Camera,
}

impl Drawing {
    fn paint(&self, painter: &egui::Painter) {
        if !self.lines.is_empty() {
            painter.add(egui::Shape::Mesh(Arc::clone(&self.lines)));
        }
        painter.extend(self.shapes.iter().cloned());
    }
}

/// While stakeholders are dragged, everything else as it was when the drag
/// began, kept as the triangles egui made of it: a drag then costs what the
/// dragged glyphs and their relations cost, whatever the size of the map.
struct Still {
    rect: Rect,
    camera: Camera,
    /// The stakeholders left out, to be drawn on top.
    moving: Vec<NodeIndex>,
    fonts: FontsEpoch,
    layer: Tessellated,
}

/// Stakeholders gliding from where they were to where the document now
/// has them (after Arrange): a view-model matter, the document changed
/// once, in one edit.
struct Glide {
    from: Vec<(NodeIndex, Pos2)>,
    /// The document generation it glides towards; any other edit ends it.
    generation: u64,
    /// egui time of its first frame.
    started: Option<f64>,
}

/// How long stakeholders take to glide into place after Arrange.
const GLIDE_SECS: f64 = 0.6;

/// The network view's own state: camera, gestures, and the view model.
pub struct Canvas {
    camera: Camera,
    view: Option<ViewModel>,
    /// The document generation and look the view model was built for.
    built_for: Option<(u64, Palette)>,
    shown_selection: Selection,
    shown_hover: Option<Hit>,
    hovered: Option<Hit>,
    gesture: Gesture,
    naming: Option<NameEntry>,
    connect_menu: Option<ConnectMenu>,
    context_target: Option<(Option<Hit>, Pos2)>,
    /// With the connect tool on, a plain drag from a stakeholder connects.
    pub connect_tool: bool,
    drawing: Option<Drawing>,
    still: Option<Still>,
    /// Something drawn has changed (other than where dragged stakeholders are).
    dirty: bool,
    fit_pending: bool,
    rect: Rect,
    pointer: Option<Pos2>,
    center_pending: Option<StakeholderId>,
    /// A canvas point to put in the middle, and the zoom, once the canvas
    /// knows its size (a scene's or a picture's camera).
    look_pending: Option<(Pos2, f32)>,
    /// The `Shown::key` last applied to the glyphs.
    shown_key: Option<u64>,
    glide: Option<Glide>,
    /// What the last frame found in sight, kept to spare allocations.
    sight_nodes: Vec<NodeIndex>,
    sight_edges: Vec<EdgeIndex>,
}

impl Default for Canvas {
    fn default() -> Self {
        Self {
            camera: Camera::default(),
            view: None,
            built_for: None,
            shown_selection: Selection::default(),
            shown_hover: None,
            hovered: None,
            gesture: Gesture::Idle,
            naming: None,
            connect_menu: None,
            context_target: None,
            connect_tool: false,
            drawing: None,
            still: None,
            dirty: true,
            fit_pending: true,
            rect: Rect::NOTHING,
            pointer: None,
            center_pending: None,
            look_pending: None,
            shown_key: None,
            glide: None,
            sight_nodes: Vec::new(),
            sight_edges: Vec::new(),
        }
    }
}

impl Canvas {
    pub fn zoom(&self) -> f32 {
        self.camera.zoom
    }

    /// Where a stakeholder is drawn on screen now, in points.
    pub fn screen_position(&self, map: &Map, id: &StakeholderId) -> Option<Pos2> {
        let index = map.node_index(id)?;
        let location = self.view.as_ref()?.location(index)?;
        Some(self.camera.screen_from_canvas(self.rect, location))
    }

    /// The canvas point under a screen point.
    pub fn canvas_position(&self, screen: Pos2) -> Pos2 {
        self.camera.canvas_from_screen(self.rect, screen)
    }

    /// The part of the window the canvas covers.
    pub fn rect(&self) -> Rect {
        self.rect
    }

    /// Whether the canvas is waiting for typed text (a name or a custom relation).
    pub fn is_editing_text(&self) -> bool {
        self.naming.is_some() || self.connect_menu.is_some()
    }

    /// Shows the whole map on the next frame.
    pub fn fit_all(&mut self) {
        self.fit_pending = true;
    }

    pub fn zoom_by(&mut self, factor: f32) {
        if self.rect.is_positive() {
            self.camera
                .zoom_around(self.rect, self.rect.center(), factor);
            self.dirty = true;
        }
    }

    /// Shows stakeholders moving from `from` to where `map` (of document
    /// generation `generation`) has them.
    pub fn animate_from(
        &mut self,
        map: &Map,
        from: &[(StakeholderId, crate::model::Position)],
        generation: u64,
    ) {
        let from = from
            .iter()
            .filter_map(|(id, position)| Some((map.node_index(id)?, to_pos(*position))))
            .collect();
        self.glide = Some(Glide {
            from,
            generation,
            started: None,
        });
    }

    /// Moves the gliding stakeholders one frame further.
    fn glide(&mut self, ui: &egui::Ui, map: &Map, generation: u64) {
        let Some(glide) = &mut self.glide else {
            return;
        };
        let Some(view) = &mut self.view else {
            return;
        };
        if glide.generation != generation {
            self.glide = None;
            return;
        }
        let now = ui.input(|i| i.time);
        let started = *glide.started.get_or_insert(now);
        let t = ((now - started) / GLIDE_SECS).clamp(0.0, 1.0) as f32;
        let eased = t * t * (3.0 - 2.0 * t);
        for &(index, from) in &glide.from {
            if let Some(stakeholder) = map.graph().node_weight(index) {
                let to = to_pos(stakeholder.position);
                view.set_location(index, from + (to - from) * eased);
            }
        }
        self.dirty = true;
        if t >= 1.0 {
            self.glide = None;
        } else {
            ui.ctx().request_repaint();
        }
    }

    /// Puts gliding stakeholders where they are going, so a gesture starts
    /// from where they really are.
    fn end_glide(&mut self, map: &Map) {
        if let (Some(glide), Some(view)) = (self.glide.take(), &mut self.view) {
            for (index, _) in glide.from {
                if let Some(stakeholder) = map.graph().node_weight(index) {
                    view.set_location(index, to_pos(stakeholder.position));
                }
            }
            self.dirty = true;
        }
    }

    /// Centres a stakeholder on the next frame, once the canvas knows its
    /// size (a closing find bar changes it).
    pub fn center_on(&mut self, id: &StakeholderId) {
        self.center_pending = Some(id.clone());
    }

    /// Shows the canvas point `centre` in the middle at `zoom`, instead of
    /// fitting the whole map, from the next frame on.
    pub fn look_at(&mut self, centre: Pos2, zoom: f32) {
        self.fit_pending = false;
        self.look_pending = Some((centre, zoom));
    }

    /// Cancels what is under way (Esc); returns whether there was anything.
    pub fn cancel(&mut self) -> bool {
        let busy = self.naming.is_some()
            || self.connect_menu.is_some()
            || !matches!(self.gesture, Gesture::Idle)
            || self.connect_tool;
        self.naming = None;
        self.connect_menu = None;
        self.connect_tool = false;
        if let Gesture::Moving { start, .. } = std::mem::take(&mut self.gesture)
            && let Some(view) = &mut self.view
        {
            for (index, position) in start {
                view.set_location(index, position);
            }
        }
        self.dirty = true;
        busy
    }

    /// Opens the name field for a new stakeholder at the pointer, or in the
    /// middle of the view when the pointer is elsewhere.
    pub fn start_new_stakeholder(&mut self) {
        let screen = self
            .pointer
            .filter(|p| self.rect.contains(*p))
            .unwrap_or_else(|| self.rect.center());
        let at = self.camera.canvas_from_screen(self.rect, screen);
        self.start_new_stakeholder_at(at);
    }

    fn start_new_stakeholder_at(&mut self, at: Pos2) {
        self.connect_menu = None;
        self.naming = Some(NameEntry {
            target: NameTarget::New { at },
            text: String::new(),
            kind: Kind::Organization,
            focus_requested: false,
        });
    }

    /// Opens the name field on an existing stakeholder.
    pub fn start_rename(&mut self, map: &Map, id: &StakeholderId) {
        if let Some(stakeholder) = map.stakeholder(id) {
            self.connect_menu = None;
            self.naming = Some(NameEntry {
                target: NameTarget::Rename { id: id.clone() },
                text: stakeholder.name.clone(),
                kind: stakeholder.kind,
                focus_requested: false,
            });
        }
    }

    /// Asks which kind of relation joins two stakeholders.
    pub fn start_connect(&mut self, map: &Map, from: StakeholderId, to: StakeholderId) {
        let at = map.stakeholder(&to).map_or(self.rect.center(), |s| {
            self.camera
                .screen_from_canvas(self.rect, to_pos(s.position))
        });
        self.naming = None;
        self.connect_menu = Some(ConnectMenu {
            from,
            to,
            at: at + Vec2::new(24.0, 0.0),
            custom: String::new(),
        });
    }

    /// Where the view looks now.
    pub fn camera(&self) -> Camera {
        self.camera
    }

    /// What a scene captured from this view keeps of the camera: the
    /// canvas point in the middle, the zoom and the view's size.
    pub fn scene_camera(&self) -> Option<crate::model::SceneCamera> {
        let camera = crate::model::SceneCamera {
            center: to_position(
                self.camera
                    .canvas_from_screen(self.rect, self.rect.center()),
            ),
            zoom: self.camera.zoom,
            view_width: self.rect.width(),
            view_height: self.rect.height(),
        };
        camera.is_valid().then_some(camera)
    }

    /// Shows a scene's camera: the part of the map it framed, scaled to
    /// this view's size once the view has one.
    pub fn look_at_scene(&mut self, camera: crate::model::SceneCamera) {
        if self.rect.is_positive() {
            self.fit_pending = false;
            self.camera = Camera::for_scene(self.rect, &camera);
            self.dirty = true;
        } else {
            self.look_at(to_pos(camera.center), camera.zoom);
        }
    }

    /// Draws the map for a room: no editing gesture and no key. A click on
    /// a stakeholder selects it alone, a click on empty space clears the
    /// selection; `camera` is where to look.
    pub fn show_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, camera: Camera) {
        let (rect, response) = take_view(ui, cx.map, Sense::click());
        // Shapes kept from an earlier frame carry the opacity they were
        // drawn with: while fading, draw afresh.
        if rect != self.rect || camera != self.camera || ui.opacity() < 1.0 {
            self.dirty = true;
        }
        self.rect = rect;
        self.camera = camera;
        self.fit_pending = false;
        let palette = cx.palette;
        self.sync_view_model(cx.map, cx.generation, palette);
        self.sync_shown(cx.map, cx.shown);
        if response.clicked() {
            match response
                .interact_pointer_pos()
                .and_then(|p| self.hit(cx.map, p))
            {
                Some(Hit::Stakeholder(index)) => {
                    let id = cx.map.graph()[index].id.clone();
                    cx.selection.select_only_stakeholder(id);
                }
                _ => cx.selection.clear(),
            }
        }
        self.sync_emphasis(cx.map, cx.selection);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.canvas);
        self.draw_graph(&painter, cx.map);
    }

    /// Draws the view and handles its gestures.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let (rect, response) = take_view(ui, cx.map, Sense::click_and_drag());
        if rect != self.rect {
            self.rect = rect;
            self.dirty = true;
        }
        self.pointer = ui.input(|i| i.pointer.latest_pos());
        let palette = cx.palette;
        self.sync_view_model(cx.map, cx.generation, palette);
        self.sync_shown(cx.map, cx.shown);
        self.glide(ui, cx.map, cx.generation);
        if self.fit_pending && rect.is_positive() {
            self.fit_pending = false;
            if let Some(bounds) = map_bounds(cx.map) {
                self.camera.fit(rect, bounds);
            } else {
                self.camera = Camera::default();
                self.camera.center_on(rect, Pos2::ZERO);
            }
            self.dirty = true;
        }

        if rect.is_positive()
            && let Some((centre, zoom)) = self.look_pending.take()
        {
            // A camera from a file may say anything: keep to what a user can reach.
            self.camera.zoom = if zoom.is_finite() {
                zoom.clamp(camera::MIN_ZOOM, camera::MAX_ZOOM)
            } else {
                1.0
            };
            let centre = if centre.is_finite() {
                centre
            } else {
                Pos2::ZERO
            };
            self.camera.center_on(rect, centre);
            self.dirty = true;
        }

        if let Some(id) = self.center_pending.take()
            && let Some(stakeholder) = cx.map.stakeholder(&id)
        {
            self.camera.center_on(rect, to_pos(stakeholder.position));
            self.dirty = true;
        }
        self.handle_pointer(ui, &response, cx);
        self.handle_keys(ui, cx);
        self.sync_emphasis(cx.map, cx.selection);

        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.canvas);
        self.draw_graph(&painter, cx.map);
        self.draw_overlays(&painter, cx, palette);
        if cx.map.stakeholder_count() == 0 && self.naming.is_none() {
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                "Double-click here or press N to add a stakeholder",
                FontId::proportional(18.0),
                palette.text.gamma_multiply(0.6),
            );
        }
        self.context_menu(&response, cx);
        self.name_entry_ui(ui, cx, palette);
        self.connect_menu_ui(ui, cx);
    }

    fn sync_view_model(&mut self, map: &Map, generation: u64, palette: Palette) {
        let key = (generation, palette);
        if self.built_for == Some(key) && self.view.is_some() {
            return;
        }
        let moving = matches!(self.gesture, Gesture::Moving { .. });
        if moving && self.built_for.map(|(g, _)| g) != Some(generation) {
            // The map changed under a drag (an undo by keyboard): drop the drag.
            self.gesture = Gesture::Idle;
        }
        self.view = Some(ViewModel::build(map, palette));
        self.built_for = Some(key);
        // Emphasis must be applied again to the new glyphs.
        self.shown_selection = Selection::default();
        self.shown_hover = None;
        self.shown_key = None;
        self.dirty = true;
    }

    /// Marks glyphs faint, hidden or ringed as the filter, focus and
    /// highlighted coalition say, when any of them changed.
    fn sync_shown(&mut self, map: &Map, shown: &Shown) {
        if self.shown_key == Some(shown.key) {
            return;
        }
        let Some(view) = &mut self.view else {
            return;
        };
        let graph = map.graph();
        for index in graph.node_indices() {
            let id = &graph[index].id;
            if let Some(glyph) = view.glyph_mut(index) {
                glyph.hidden = shown.is_hidden(id);
                glyph.emphasis.dimmed = shown.is_dimmed(id);
                glyph.ring = shown.coalition_colour(id);
                let size = shown.size_score(id).unwrap_or(graph[index].power);
                glyph.radius = theme::glyph_radius(size);
            }
        }
        for index in graph.edge_indices() {
            let relation = &graph[index];
            let hidden = shown.is_hidden(&relation.from) || shown.is_hidden(&relation.to);
            let on_route = shown.relation_on_route(&relation.id);
            let dimmed = shown.is_filtered_out(&relation.from)
                || shown.is_filtered_out(&relation.to)
                || on_route == Some(false);
            if let Some(glyph) = view.relation_glyph_mut(index) {
                glyph.hidden = hidden;
                glyph.emphasis.dimmed = dimmed;
                glyph.emphasis.on_route = on_route == Some(true);
            }
        }
        self.shown_key = Some(shown.key);
        self.dirty = true;
    }

    /// The stakeholder or relation under a screen point, stakeholders first.
    fn hit(&self, map: &Map, screen: Pos2) -> Option<Hit> {
        let view = self.view.as_ref()?;
        let canvas = self.camera.canvas_from_screen(self.rect, screen);
        let slack = 3.0 / self.camera.zoom;
        let tolerance = 6.0 / self.camera.zoom;
        let reach = (theme::glyph_radius(5) * 1.2 + slack).max(tolerance);
        let (mut nodes, mut edges) = (Vec::new(), Vec::new());
        view.near(map, canvas, reach, &mut nodes, &mut edges);
        let graph = map.graph();
        let mut best: Option<(f32, NodeIndex)> = None;
        for index in nodes {
            let Some(location) = view.location(index) else {
                continue;
            };
            if view
                .node_of
                .get(&index)
                .and_then(|&v| view.graph.node(v))
                .is_some_and(|n| n.display().hidden)
            {
                continue;
            }
            let reach = theme::glyph_radius(graph[index].power) * 1.2 + slack;
            let distance = location.distance(canvas);
            if distance <= reach && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, index));
            }
        }
        if let Some((_, index)) = best {
            return Some(Hit::Stakeholder(index));
        }
        edges
            .into_iter()
            .filter_map(|edge| {
                let (a, b) = graph.edge_endpoints(edge)?;
                let glyph = view.edge_of.get(&edge).and_then(|&v| view.graph.edge(v))?;
                if glyph.display().hidden {
                    return None;
                }
                let offset = glyph.display().offset;
                let (pa, pb) = (view.location(a)?, view.location(b)?);
                let normal = (pb - pa).normalized().rot90() * offset;
                let distance = glyph::distance_to_segment(canvas, pa + normal, pb + normal);
                (distance <= tolerance).then_some((distance, edge))
            })
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, edge)| Hit::Relation(edge))
    }

    fn handle_pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        cx: &mut ViewContext<'_>,
    ) {
        let map = cx.map;
        let modifiers = ui.input(|i| i.modifiers);
        let toggle = modifiers.shift || modifiers.command;

        // Zoom with the wheel or a pinch, around the pointer.
        if response.hovered() {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0015).exp();
            if (factor - 1.0).abs() > 1e-4
                && let Some(pointer) = response.hover_pos()
            {
                self.camera.zoom_around(self.rect, pointer, factor);
                self.dirty = true;
            }
        }

        let hover = if matches!(self.gesture, Gesture::Idle) {
            response.hover_pos().and_then(|p| self.hit(map, p))
        } else {
            None
        };
        self.hovered = hover;

        if response.dragged_by(PointerButton::Middle) {
            self.camera.pan += response.drag_delta();
            self.dirty = true;
        }

        if response.drag_started_by(PointerButton::Primary) {
            self.end_glide(map);
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .unwrap_or(self.rect.center());
            self.gesture = match self.hit(map, origin) {
                Some(Hit::Stakeholder(index)) => {
                    let id = map.graph()[index].id.clone();
                    if modifiers.command || modifiers.alt || self.connect_tool {
                        Gesture::Connecting { from: index }
                    } else {
                        if !cx.selection.contains_stakeholder(&id) {
                            if modifiers.shift {
                                cx.selection.toggle_stakeholder(id);
                            } else {
                                cx.selection.select_only_stakeholder(id);
                            }
                        }
                        let start = cx
                            .selection
                            .stakeholders
                            .iter()
                            .filter_map(|id| map.node_index(id))
                            .filter_map(|index| Some((index, self.view.as_ref()?.location(index)?)))
                            .collect();
                        Gesture::Moving {
                            start,
                            grab: self.camera.canvas_from_screen(self.rect, origin),
                        }
                    }
                }
                _ if modifiers.shift => Gesture::BoxSelect { start: origin },
                _ => Gesture::Panning,
            };
        }

        if response.dragged_by(PointerButton::Primary) {
            let pointer = response.interact_pointer_pos();
            match &self.gesture {
                Gesture::Moving { start, grab } => {
                    if let (Some(pointer), Some(view)) = (pointer, &mut self.view) {
                        let delta = self.camera.canvas_from_screen(self.rect, pointer) - *grab;
                        // Drawn afresh every frame of the drag (see `Still`).
                        for &(index, from) in start {
                            view.set_location(index, from + delta);
                        }
                    }
                }
                Gesture::Panning => {
                    self.camera.pan += response.drag_delta();
                    self.dirty = true;
                }
                Gesture::BoxSelect { .. } | Gesture::Connecting { .. } | Gesture::Idle => {}
            }
        }

        if response.drag_stopped() {
            let pointer = response.interact_pointer_pos().or(self.pointer);
            match std::mem::take(&mut self.gesture) {
                Gesture::Moving { start, .. } => {
                    let moves: Vec<_> = start
                        .iter()
                        .filter_map(|&(index, from)| {
                            let to = self.view.as_ref()?.location(index)?;
                            (to != from).then(|| (map.graph()[index].id.clone(), to_position(to)))
                        })
                        .collect();
                    if !moves.is_empty() {
                        cx.edit(Edit::Move(moves));
                    }
                }
                Gesture::BoxSelect { start } => {
                    if let Some(end) = pointer {
                        let band = Rect::from_two_pos(
                            self.camera.canvas_from_screen(self.rect, start),
                            self.camera.canvas_from_screen(self.rect, end),
                        );
                        for stakeholder in map.stakeholders() {
                            if band.contains(to_pos(stakeholder.position))
                                && !cx.shown.is_hidden(&stakeholder.id)
                            {
                                cx.selection.stakeholders.insert(stakeholder.id.clone());
                                if cx.selection.anchor.is_none() {
                                    cx.selection.anchor = Some(stakeholder.id.clone());
                                }
                            }
                        }
                    }
                }
                Gesture::Connecting { from } => {
                    if let Some(Hit::Stakeholder(to)) = pointer.and_then(|p| self.hit(map, p))
                        && to != from
                    {
                        let (from, to) = (map.graph()[from].id.clone(), map.graph()[to].id.clone());
                        self.start_connect(map, from, to);
                    }
                }
                Gesture::Panning | Gesture::Idle => {}
            }
            self.dirty = true;
        }

        if response.clicked() {
            let hit = response
                .interact_pointer_pos()
                .and_then(|p| self.hit(map, p));
            match hit {
                Some(Hit::Stakeholder(index)) => {
                    let id = map.graph()[index].id.clone();
                    if toggle {
                        cx.selection.toggle_stakeholder(id);
                    } else {
                        cx.selection.select_only_stakeholder(id);
                    }
                }
                Some(Hit::Relation(edge)) => {
                    let id = map.graph()[edge].id.clone();
                    if toggle {
                        cx.selection.toggle_relation(id);
                    } else {
                        cx.selection.select_only_relation(id);
                    }
                }
                None => {
                    if !toggle {
                        cx.selection.clear();
                    }
                    self.naming = None;
                    self.connect_menu = None;
                }
            }
        }

        if response.double_clicked()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            match self.hit(map, pointer) {
                Some(Hit::Stakeholder(index)) => {
                    let id = map.graph()[index].id.clone();
                    self.start_rename(map, &id);
                }
                Some(Hit::Relation(_)) => {}
                None => {
                    let at = self.camera.canvas_from_screen(self.rect, pointer);
                    self.start_new_stakeholder_at(at);
                }
            }
        }

        if response.secondary_clicked()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let hit = self.hit(map, pointer);
            match hit {
                Some(Hit::Stakeholder(index)) => {
                    let id = map.graph()[index].id.clone();
                    if !cx.selection.contains_stakeholder(&id) {
                        cx.selection.select_only_stakeholder(id);
                    }
                }
                Some(Hit::Relation(edge)) => {
                    let id = map.graph()[edge].id.clone();
                    if !cx.selection.contains_relation(&id) {
                        cx.selection.select_only_relation(id);
                    }
                }
                None => {}
            }
            self.context_target = Some((hit, self.camera.canvas_from_screen(self.rect, pointer)));
        }
    }

    fn handle_keys(&mut self, ui: &egui::Ui, cx: &mut ViewContext<'_>) {
        if ui.ctx().egui_wants_keyboard_input() || self.is_editing_text() {
            return;
        }
        let (arrows, shift) = ui.input(|i| {
            let mut delta = Vec2::ZERO;
            for (key, step) in [
                (Key::ArrowLeft, Vec2::new(-1.0, 0.0)),
                (Key::ArrowRight, Vec2::new(1.0, 0.0)),
                (Key::ArrowUp, Vec2::new(0.0, -1.0)),
                (Key::ArrowDown, Vec2::new(0.0, 1.0)),
            ] {
                if i.key_pressed(key) && !i.modifiers.command {
                    delta += step;
                }
            }
            (delta, i.modifiers.shift)
        });
        if arrows == Vec2::ZERO {
            return;
        }
        if cx.selection.stakeholders.is_empty() {
            self.camera.pan -= arrows * PAN_STEP;
            self.dirty = true;
            return;
        }
        let step = if shift { NUDGE / 10.0 } else { NUDGE };
        let moves: Vec<_> = cx
            .selection
            .stakeholders
            .iter()
            .filter_map(|id| {
                let p = cx.map.stakeholder(id)?.position;
                Some((
                    id.clone(),
                    crate::model::Position::new(p.x + arrows.x * step, p.y + arrows.y * step),
                ))
            })
            .collect();
        cx.edit(Edit::Move(moves));
    }

    /// Marks the selected and hovered glyphs when either changed.
    fn sync_emphasis(&mut self, map: &Map, selection: &Selection) {
        if self.shown_selection == *selection && self.shown_hover == self.hovered {
            return;
        }
        let Some(view) = &mut self.view else {
            return;
        };
        let hovered = self.hovered;
        for index in map.graph().node_indices() {
            let selected = selection.contains_stakeholder(&map.graph()[index].id);
            if let Some(glyph) = view.glyph_mut(index) {
                glyph.emphasis.selected = selected;
                glyph.emphasis.hovered = hovered == Some(Hit::Stakeholder(index));
            }
        }
        for index in map.graph().edge_indices() {
            let selected = selection.contains_relation(&map.graph()[index].id);
            if let Some(glyph) = view.relation_glyph_mut(index) {
                glyph.emphasis.selected = selected;
                glyph.emphasis.hovered = hovered == Some(Hit::Relation(index));
            }
        }
        self.shown_selection = selection.clone();
        self.shown_hover = hovered;
        self.dirty = true;
    }

    /// Draws what is in sight when something changed, else paints again
    /// what was drawn last time.
    fn draw_graph(&mut self, painter: &egui::Painter, map: &Map) {
        if let Gesture::Moving { start, .. } = &self.gesture {
            let mut moving: Vec<NodeIndex> = start.iter().map(|&(index, _)| index).collect();
            moving.sort_unstable();
            self.draw_dragging(painter, map, &moving);
            return;
        }
        self.still = None;
        let rect = self.rect;
        let reusable = !self.dirty
            && self
                .drawing
                .as_ref()
                .is_some_and(|d| d.rect == rect && d.camera == self.camera);
        if reusable {
            if let Some(drawing) = &self.drawing {
                drawing.paint(painter);
            }
            return;
        }
        let Some(view) = &self.view else {
            return;
        };
        let meta = self.metadata();
        let style = SettingsStyle::default();
        let ctx = draw_context(painter, &style, &meta);
        // Last frame's buffers, unless egui still holds the lines.
        let (mut shapes, mut lines) = self
            .drawing
            .take()
            .map(|d| (d.shapes, Arc::try_unwrap(d.lines).unwrap_or_default()))
            .unwrap_or_default();
        shapes.clear();
        lines.clear();
        view.in_sight(
            map,
            self.sight(),
            &mut self.sight_nodes,
            &mut self.sight_edges,
        );
        view.push_shapes(
            &mut shapes,
            &mut lines,
            &self.sight_nodes,
            &self.sight_edges,
            &ctx,
        );
        self.dirty = false;
        let drawing = Drawing {
            shapes,
            lines: Arc::new(lines),
            rect,
            camera: self.camera,
        };
        drawing.paint(painter);
        self.drawing = Some(drawing);
    }

    /// Draws a drag of the `moving` stakeholders (sorted): the rest as it
    /// was when the drag began (see [`Still`]), made again only when
    /// something else changes, and on top of it the dragged glyphs, their
    /// relations and their names. Names of the rest stay where they are
    /// meanwhile, under a glyph dragged over them.
    fn draw_dragging(&mut self, painter: &egui::Painter, map: &Map, moving: &[NodeIndex]) {
        let Some(view) = &self.view else {
            return;
        };
        let graph = map.graph();
        let touches = |edge: &EdgeIndex| {
            graph.edge_endpoints(*edge).is_some_and(|(a, b)| {
                moving.binary_search(&a).is_ok() || moving.binary_search(&b).is_ok()
            })
        };
        let meta = self.metadata();
        let style = SettingsStyle::default();
        let draw = |painter: &egui::Painter, nodes: &[NodeIndex], edges: &[EdgeIndex]| {
            let ctx = draw_context(painter, &style, &meta);
            let (mut shapes, mut lines) = (Vec::new(), egui::epaint::Mesh::default());
            view.push_shapes(&mut shapes, &mut lines, nodes, edges, &ctx);
            if !lines.is_empty() {
                shapes.insert(0, egui::Shape::Mesh(Arc::new(lines)));
            }
            shapes
        };
        view.in_sight(
            map,
            self.sight(),
            &mut self.sight_nodes,
            &mut self.sight_edges,
        );
        let fonts = FontsEpoch::now(painter);
        let fresh = !self.dirty
            && self.still.as_ref().is_some_and(|still| {
                still.rect == self.rect
                    && still.camera == self.camera
                    && still.moving == moving
                    && still.fonts == fonts
            });
        if !fresh {
            let nodes: Vec<NodeIndex> = self
                .sight_nodes
                .iter()
                .copied()
                .filter(|index| moving.binary_search(index).is_err())
                .collect();
            let edges: Vec<EdgeIndex> = self
                .sight_edges
                .iter()
                .copied()
                .filter(|edge| !touches(edge))
                .collect();
            self.still = Some(Still {
                rect: self.rect,
                camera: self.camera,
                fonts,
                layer: Tessellated::new(draw(painter, &nodes, &edges)),
                moving: moving.to_vec(),
            });
            self.dirty = false;
        }
        if let Some(still) = &mut self.still {
            still.layer.paint(painter);
        }
        let nodes: Vec<NodeIndex> = self
            .sight_nodes
            .iter()
            .copied()
            .filter(|index| moving.binary_search(index).is_ok())
            .collect();
        let edges: Vec<EdgeIndex> = self.sight_edges.iter().copied().filter(touches).collect();
        // A clip rectangle of its own (the same pixels) starts a mesh of its
        // own in egui's output, so egui need not copy the still layer's
        // triangles to add these.
        let on_top = painter.with_clip_rect(painter.clip_rect().shrink(0.001));
        on_top.extend(draw(&on_top, &nodes, &edges));
        // Whatever is drawn next frame, it is not last frame's drawing.
        self.drawing = None;
    }

    /// The camera as egui_graphs' drawing code takes it.
    fn metadata(&self) -> MetadataFrame {
        let mut meta = MetadataFrame::new(None);
        meta.zoom = self.camera.zoom;
        meta.pan = self.camera.pan + self.rect.min.to_vec2();
        meta
    }

    /// What may show on screen, in canvas units, with room for names below
    /// glyphs and for wide rings.
    fn sight(&self) -> Rect {
        let margin = SIGHT_MARGIN + 80.0 * self.camera.zoom;
        let sight = self.rect.expand(margin);
        Rect::from_two_pos(
            self.camera.canvas_from_screen(self.rect, sight.min),
            self.camera.canvas_from_screen(self.rect, sight.max),
        )
    }

    fn draw_overlays(&self, painter: &egui::Painter, cx: &ViewContext<'_>, palette: Palette) {
        match &self.gesture {
            Gesture::BoxSelect { start } => {
                if let Some(end) = self.pointer {
                    let band = Rect::from_two_pos(*start, end);
                    painter.rect(
                        band,
                        2.0,
                        palette.box_fill,
                        Stroke::new(1.0, palette.hover),
                        StrokeKind::Inside,
                    );
                }
            }
            Gesture::Connecting { from } => {
                if let (Some(end), Some(view)) = (self.pointer, &self.view)
                    && let Some(start) = view.location(*from)
                {
                    let start = self.camera.screen_from_canvas(self.rect, start);
                    painter.arrow(start, end - start, Stroke::new(2.5, palette.selection));
                }
            }
            _ => {}
        }
        if let Some(NameEntry {
            target: NameTarget::New { at },
            kind,
            ..
        }) = &self.naming
        {
            let center = self.camera.screen_from_canvas(self.rect, *at);
            let radius = theme::glyph_radius(3) * self.camera.zoom;
            let mut shapes = Vec::new();
            glyph::stakeholder_shapes(
                &mut shapes,
                painter,
                center,
                radius,
                GlyphLook {
                    kind: *kind,
                    stance: Stance::Unknown,
                    role: Role::External,
                },
                Emphasis {
                    selected: true,
                    ..Emphasis::default()
                },
                &palette,
            );
            painter.extend(shapes);
        }
        if self.connect_tool {
            painter.text(
                self.rect.left_top() + Vec2::new(12.0, 12.0),
                Align2::LEFT_TOP,
                "Connect: drag from one stakeholder to another (Esc to stop)",
                FontId::proportional(15.0),
                palette.text,
            );
        }
        let _ = cx;
    }

    fn name_entry_ui(&mut self, ui: &egui::Ui, cx: &mut ViewContext<'_>, palette: Palette) {
        let Some(entry) = &mut self.naming else {
            return;
        };
        let anchor = match &entry.target {
            NameTarget::New { at } => *at,
            NameTarget::Rename { id } => {
                let Some(s) = cx.map.stakeholder(id) else {
                    self.naming = None;
                    return;
                };
                to_pos(s.position)
            }
        };
        let below = self.camera.screen_from_canvas(self.rect, anchor)
            + Vec2::new(
                -110.0,
                theme::glyph_radius(3) * self.camera.zoom * 1.5 + 6.0,
            );
        let mut finished: Option<bool> = None;
        egui::Area::new(Id::new("powermap-name-entry"))
            .fixed_pos(below)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(220.0);
                    // Tab cycles the kind while naming, so it must not move focus.
                    // Shift+Tab first: matching ignores an extra Shift.
                    let (back, forward) = ui.input_mut(|i| {
                        let back = i.consume_key(Modifiers::SHIFT, Key::Tab);
                        (back, i.consume_key(Modifiers::NONE, Key::Tab))
                    });
                    if matches!(entry.target, NameTarget::New { .. }) && (forward || back) {
                        entry.kind = cycle_kind(entry.kind, forward);
                    }
                    let edit = ui.add(
                        egui::TextEdit::singleline(&mut entry.text)
                            .hint_text("Name")
                            .lock_focus(true)
                            .desired_width(f32::INFINITY),
                    );
                    let edit = edit.on_hover_text("Enter to finish, Esc to cancel");
                    if !entry.focus_requested {
                        edit.request_focus();
                        entry.focus_requested = true;
                    }
                    if matches!(entry.target, NameTarget::New { .. }) {
                        ui.label(
                            egui::RichText::new(format!(
                                "{} (Tab changes the kind)",
                                entry.kind.label()
                            ))
                            .color(palette.text.gamma_multiply(0.75)),
                        );
                    }
                    if edit.lost_focus() {
                        finished = Some(ui.input(|i| i.key_pressed(Key::Enter)));
                    }
                });
            });
        match finished {
            Some(true) => {
                if let Some(entry) = self.naming.take() {
                    Self::commit_name(entry, cx);
                }
            }
            Some(false) => self.naming = None,
            None => {}
        }
    }

    fn commit_name(entry: NameEntry, cx: &mut ViewContext<'_>) {
        let name = entry.text.trim().to_owned();
        if name.is_empty() {
            return;
        }
        match entry.target {
            NameTarget::New { at } => {
                let id = cx.map.id_allocator().stakeholder();
                let mut stakeholder = Stakeholder::new(id.clone(), name, entry.kind);
                stakeholder.position = to_position(at);
                cx.edit(Edit::AddStakeholder(stakeholder));
                cx.selection.select_only_stakeholder(id);
            }
            NameTarget::Rename { id } => {
                if let Some(old) = cx.map.stakeholder(&id)
                    && old.name != name
                {
                    let mut renamed = old.clone();
                    renamed.name = name;
                    cx.edit(Edit::UpdateStakeholder(renamed));
                }
            }
        }
    }

    fn connect_menu_ui(&mut self, ui: &egui::Ui, cx: &mut ViewContext<'_>) {
        let Some(menu) = &mut self.connect_menu else {
            return;
        };
        let names = (
            cx.map.stakeholder(&menu.from).map(|s| s.name.clone()),
            cx.map.stakeholder(&menu.to).map(|s| s.name.clone()),
        );
        let (Some(from_name), Some(to_name)) = names else {
            self.connect_menu = None;
            return;
        };
        let mut chosen: Option<RelationKind> = None;
        let mut close = false;
        let typing = ui.ctx().egui_wants_keyboard_input();
        if !typing {
            ui.input_mut(|i| {
                for (n, kind) in RelationKind::BUILT_IN.iter().enumerate() {
                    if i.consume_key(Modifiers::NONE, digit_key(n)) {
                        chosen = Some(kind.clone());
                    }
                }
                if i.consume_key(Modifiers::NONE, Key::Escape) {
                    close = true;
                }
            });
        }
        egui::Area::new(Id::new("powermap-connect-menu"))
            .fixed_pos(menu.at)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(240.0);
                    ui.label(egui::RichText::new(format!("From {from_name}")).strong());
                    ui.label(egui::RichText::new(format!("to {to_name}")).strong());
                    ui.label("Which relation? Press its number.");
                    for (n, kind) in RelationKind::BUILT_IN.iter().enumerate() {
                        let text = format!("{}  {}", (n + 1) % 10, kind.label());
                        if ui.button(text).clicked() {
                            chosen = Some(kind.clone());
                        }
                    }
                    ui.horizontal(|ui| {
                        let field = ui.add(
                            egui::TextEdit::singleline(&mut menu.custom)
                                .hint_text("Other kind…")
                                .desired_width(150.0),
                        );
                        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                        if (ui.button("Add").clicked() || enter) && !menu.custom.trim().is_empty() {
                            chosen = Some(RelationKind::Custom(menu.custom.trim().to_owned()));
                        }
                    });
                    if ui.button("Cancel").clicked() {
                        close = true;
                    }
                });
            });
        if let Some(kind) = chosen {
            let id = cx.map.id_allocator().relation();
            let relation = Relation::new(id.clone(), menu.from.clone(), menu.to.clone(), kind);
            cx.edit(Edit::AddRelation(relation));
            cx.selection.select_only_relation(id);
            close = true;
        }
        if close {
            self.connect_menu = None;
        }
    }

    fn context_menu(&mut self, response: &egui::Response, cx: &mut ViewContext<'_>) {
        let Some((target, at)) = self.context_target else {
            return;
        };
        let mut keep = false;
        response.context_menu(|ui| {
            keep = true;
            let act = |ui: &mut egui::Ui, action: Action, cx: &mut ViewContext<'_>| {
                let button = egui::Button::new(action.label()).shortcut_text(
                    action
                        .shortcut()
                        .map(|s| ui.ctx().format_shortcut(&s))
                        .unwrap_or_default(),
                );
                if ui.add(button).clicked() {
                    cx.action(action);
                    ui.close();
                }
            };
            match target {
                Some(Hit::Stakeholder(_)) => {
                    act(ui, Action::Rename, cx);
                    if cx.selection.connection_pair().is_some() {
                        act(ui, Action::Connect, cx);
                    } else if ui
                        .button("Connect to…")
                        .on_hover_text("Then drag to the other stakeholder")
                        .clicked()
                    {
                        self.connect_tool = true;
                        ui.close();
                    }
                    act(ui, Action::TogglePin, cx);
                    ui.separator();
                    act(ui, Action::Cut, cx);
                    act(ui, Action::Copy, cx);
                    act(ui, Action::Duplicate, cx);
                    ui.separator();
                    act(ui, Action::Delete, cx);
                }
                Some(Hit::Relation(edge)) => {
                    if let Some(relation) = cx.map.graph().edge_weight(edge).cloned() {
                        if ui.button("Reverse direction").clicked() {
                            let mut reversed = relation.clone();
                            std::mem::swap(&mut reversed.from, &mut reversed.to);
                            cx.edit(Edit::UpdateRelation(reversed));
                            ui.close();
                        }
                        let mutual = if relation.mutual {
                            "Make one-way"
                        } else {
                            "Make mutual"
                        };
                        if ui.button(mutual).clicked() {
                            let mut changed = relation.clone();
                            changed.mutual = !changed.mutual;
                            cx.edit(Edit::UpdateRelation(changed));
                            ui.close();
                        }
                        let uncertain = relation.confidence == crate::model::Confidence::Uncertain;
                        let label = if uncertain {
                            "Mark as confirmed"
                        } else {
                            "Mark as uncertain"
                        };
                        if ui.button(label).clicked() {
                            let mut changed = relation.clone();
                            changed.confidence = if uncertain {
                                crate::model::Confidence::Confirmed
                            } else {
                                crate::model::Confidence::Uncertain
                            };
                            cx.edit(Edit::UpdateRelation(changed));
                            ui.close();
                        }
                        ui.separator();
                        act(ui, Action::Delete, cx);
                    }
                }
                None => {
                    if ui.button("Add stakeholder here").clicked() {
                        self.start_new_stakeholder_at(at);
                        ui.close();
                    }
                    act(ui, Action::Paste, cx);
                    act(ui, Action::SelectAll, cx);
                    ui.separator();
                    act(ui, Action::FitAll, cx);
                    act(ui, Action::Arrange, cx);
                }
            }
        });
        if !keep {
            self.context_target = None;
        }
    }
}

/// The next kind in the list (Tab), or the previous (Shift+Tab).
fn cycle_kind(kind: Kind, forward: bool) -> Kind {
    let all = Kind::ALL;
    let i = all.iter().position(|k| *k == kind).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// The digit key for the n-th relation kind: 1…9, then 0.
fn digit_key(n: usize) -> Key {
    const DIGITS: [Key; 10] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
        Key::Num0,
    ];
    DIGITS[n % 10]
}

/// What egui_graphs' display traits draw with: the painter, the camera.
fn draw_context<'a>(
    painter: &'a egui::Painter,
    style: &'a SettingsStyle,
    meta: &'a MetadataFrame,
) -> DrawContext<'a> {
    DrawContext {
        ctx: painter.ctx(),
        painter,
        style,
        is_directed: true,
        meta,
    }
}

/// All the room left in `ui`, as one widget a screen reader names.
fn take_view(ui: &mut egui::Ui, map: &Map, sense: Sense) -> (Rect, egui::Response) {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, sense);
    let (stakeholders, relations) = (map.stakeholder_count(), map.relation_count());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::WidgetType::Other,
            true,
            format!("Network map: {stakeholders} stakeholders, {relations} relations"),
        )
    });
    (rect, response)
}

fn map_bounds(map: &Map) -> Option<Rect> {
    bounds_of(map.stakeholders())
}

/// The part of the canvas what a view is about covers: the stakeholders
/// picked out, or else those the filter and focus let through, or else
/// the whole map.
pub fn subject_bounds(map: &Map, shown: &Shown) -> Option<Rect> {
    let subject = map.stakeholders().filter(|s| match shown.picked_out() {
        Some(picked) => picked.contains(&s.id),
        None => !shown.is_filtered_out(&s.id),
    });
    bounds_of(subject).or_else(|| map_bounds(map))
}

fn bounds_of<'a>(stakeholders: impl Iterator<Item = &'a Stakeholder>) -> Option<Rect> {
    let mut bounds = Rect::NOTHING;
    for stakeholder in stakeholders {
        let r = theme::glyph_radius(stakeholder.power) * 1.6;
        bounds = bounds.union(Rect::from_center_size(
            to_pos(stakeholder.position),
            Vec2::splat(2.0 * r),
        ));
    }
    bounds.is_positive().then_some(bounds)
}
