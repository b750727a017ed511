//! Drawing the network: what is in sight, asked of the spatial index, is
//! turned into shapes only on frames where something changed, and painted
//! again as it was on the others, so the app idles. While stakeholders are
//! dragged, the rest is kept as egui's triangles (the still layer) and only
//! the dragged glyphs and their relations are drawn afresh. Over it go the
//! gesture's rubber band or connecting line and the new stakeholder's glyph.
//!
//! While the camera moves (a pan, a zoom, a glide) over a drawing too large
//! to make again in a frame, the last drawing's triangles are moved and
//! scaled with it instead, and drawn afresh once the camera has been still
//! for a moment ([`SETTLE_SECS`]) or when the view leaves what they cover:
//! names are blurred for that moment, as a map application's are.

use std::sync::Arc;

use egui::{Align2, FontId, Rect, Stroke, StrokeKind, Vec2};
use egui_graphs::{DrawContext, MetadataFrame, SettingsStyle};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::Canvas;
use super::camera::Camera;
use super::gestures::Gesture;
use super::text_entry::{NameEntry, NameTarget};
use super::view_model::{DrawnNames, ViewModel};
use crate::model::{Map, Role, Stance};
use crate::ui::command::ViewContext;
use crate::ui::glyph::{self, Emphasis, GlyphLook};
use crate::ui::tessellated::{self, FontsEpoch, Tessellated};
use crate::ui::theme::{self, Palette};

/// How far past the edges of the view, in points, stakeholders and
/// relations are looked for, so that names and rings reaching in show.
const SIGHT_MARGIN: f32 = 160.0;
/// How long the camera stays still before a moved drawing is made afresh.
const SETTLE_SECS: f64 = 0.15;
/// How many stakeholders and relations in sight make a drawing worth
/// moving rather than making again while the camera moves: below it, a
/// drawing costs less than a frame's budget.
const HEAVY_DRAWING: usize = 4000;

/// What was drawn, kept to be painted again.
pub struct Painted {
    drawing: Option<Drawing>,
    still: Option<Still>,
    /// Something drawn has changed (other than where dragged stakeholders are).
    pub dirty: bool,
    /// What the last frame found in sight, kept to spare allocations.
    pub sight_nodes: Vec<NodeIndex>,
    pub sight_edges: Vec<EdgeIndex>,
    /// Where the last full drawing put glyphs and names.
    pub drawn: DrawnNames,
    /// The camera of the last frame, and when (egui's time) it last moved.
    last_camera: Option<Camera>,
    moved_at: f64,
    /// The last frame made its drawing afresh (or drew a drag): the
    /// drawing is likely made afresh again next frame (a glide, Arrange).
    drew_afresh: bool,
}

impl Default for Painted {
    fn default() -> Self {
        Self {
            drawing: None,
            still: None,
            dirty: true,
            sight_nodes: Vec::new(),
            sight_edges: Vec::new(),
            drawn: DrawnNames::default(),
            last_camera: None,
            moved_at: f64::NEG_INFINITY,
            drew_afresh: false,
        }
    }
}

/// What was drawn last time, kept to be painted again on idle frames.
struct Drawing {
    shapes: Arc<[egui::Shape]>,
    /// Plain relation lines of a zoomed-out map, under the shapes.
    lines: Arc<egui::epaint::Mesh>,
    /// The view model's [`ViewModel::lines_key`] when `lines` hold every
    /// relation drawn: a drawing for the same camera, view and key (a
    /// selection of stakeholders) paints them again rather than drawing
    /// 40,000 relations afresh.
    lines_for: Option<(u64, u64)>,
    rect: Rect,
    camera: Camera,
    /// The fonts its text was laid out with: text of other fonts (a script
    /// loaded since) draws wrong from the atlas they left.
    fonts: FontsEpoch,
    /// What it covers, in canvas units: what was looked for in sight.
    sight: Rect,
    /// Worth moving rather than making again while the camera moves, and
    /// painting again as egui's triangles (see [`Drawing::paint`]).
    heavy: bool,
    /// A heavy drawing's shapes as the triangles egui made of them, made
    /// the first time it is painted as such (see [`Drawing::paint`]).
    kept: Option<Tessellated>,
    /// Painted as triangles from now on.
    painted: bool,
    /// Its triangles with what lies beyond the view (none when its shapes
    /// make no single mesh), made the first time the camera moves, and the
    /// font atlas size they were made for.
    triangles: Option<(Option<Arc<egui::epaint::Mesh>>, [usize; 2])>,
}

impl Painted {
    /// Lets go of the triangles kept to paint the last drawing again, and
    /// keeps its shapes: while another view is shown they would only hold
    /// memory (megabytes on a large map, beside that view's own), and
    /// coming back makes them again from the shapes in one tessellation.
    pub fn put_away(&mut self) {
        if let Some(drawing) = &mut self.drawing {
            drawing.kept = None;
            drawing.triangles = None;
        }
        self.still = None;
    }

    /// The shapes of the last full drawing.
    #[cfg(test)]
    pub fn shapes(&self) -> &[egui::Shape] {
        self.drawing.as_ref().map_or(&[], |d| &d.shapes[..])
    }

    /// The relations' lines of the last full drawing.
    #[cfg(test)]
    pub fn lines(&self) -> Option<Arc<egui::epaint::Mesh>> {
        self.drawing.as_ref().map(|d| Arc::clone(&d.lines))
    }

    /// Whether triangles are kept to paint the last drawing again.
    #[cfg(test)]
    pub fn keeps_triangles(&self) -> bool {
        self.drawing
            .as_ref()
            .is_some_and(|d| d.kept.is_some() || d.triangles.is_some())
    }

    /// The camera the last full drawing was made for.
    #[cfg(test)]
    pub fn drawn_for(&self) -> Option<Camera> {
        self.drawing.as_ref().map(|d| d.camera)
    }
}

impl Drawing {
    /// Paints the drawing. A heavy one is painted as the triangles egui
    /// made of it the first time: tessellating tens of thousands of
    /// glyphs again on every frame that paints them unchanged (an idle
    /// frame, an animation of another panel, a selection's first frames)
    /// costs several times copying their triangles.
    fn paint(&mut self, painter: &egui::Painter) {
        // The relations' lines and the rest each alone in a mesh of
        // egui's output (see [`own_mesh`]).
        let lines_painter = own_mesh(painter);
        if !self.lines.is_empty() {
            lines_painter.add(egui::Shape::Mesh(Arc::clone(&self.lines)));
        }
        let painter = own_mesh(&lines_painter);
        if self.heavy && self.painted {
            let shapes = &self.shapes;
            self.kept
                .get_or_insert_with(|| Tessellated::of(Arc::clone(shapes)))
                .paint(&painter);
        } else {
            // A drawing made afresh on every frame (a glide, Arrange's)
            // gives egui its shapes on its first frame: it would otherwise
            // be tessellated twice each frame and its triangles held
            // twice, once for the frame and once to keep.
            self.painted = true;
            painter.extend(self.shapes.iter().cloned());
        }
    }

    /// Paints the drawing moved and scaled from its camera to `camera`;
    /// false (nothing painted) when it cannot be: its shapes do not make
    /// one mesh, or nothing was drawn.
    fn paint_moved(&mut self, painter: &egui::Painter, camera: Camera) -> bool {
        let ctx = painter.ctx();
        let atlas = tessellated::font_image_size(ctx);
        if self
            .triangles
            .as_ref()
            .is_none_or(|(_, made_for)| *made_for != atlas)
        {
            // Tessellated for the whole of what the drawing covers, not
            // only the view, so what comes into view is there.
            let covered = Rect::from_two_pos(
                self.camera.screen_from_canvas(self.rect, self.sight.min),
                self.camera.screen_from_canvas(self.rect, self.sight.max),
            );
            let mut shapes = Vec::with_capacity(self.shapes.len() + 1);
            if !self.lines.is_empty() {
                shapes.push(egui::Shape::Mesh(Arc::clone(&self.lines)));
            }
            shapes.extend(self.shapes.iter().cloned());
            let mesh = tessellated::one_mesh(ctx, egui::Shape::Vec(shapes), covered);
            self.triangles = Some((mesh.map(Arc::new), atlas));
        }
        // A drawing that makes no single mesh is drawn afresh instead,
        // without being tessellated again each frame.
        let Some((Some(mesh), _)) = &self.triangles else {
            return false;
        };
        let mut moved = egui::epaint::Mesh::clone(mesh);
        moved.transform(camera.transform(self.rect) * self.camera.transform(self.rect).inverse());
        own_mesh(painter).add(egui::Shape::mesh(moved));
        true
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

impl Canvas {
    /// Draws what is in sight when something changed, else paints again
    /// what was drawn last time.
    pub(super) fn draw_graph(&mut self, painter: &egui::Painter, map: &Map) {
        if let Gesture::Moving { start, .. } = &self.gestures.current {
            let mut moving: Vec<NodeIndex> = start.iter().map(|&(index, _)| index).collect();
            moving.sort_unstable();
            self.draw_dragging(painter, map, &moving);
            return;
        }
        self.painted.still = None;
        let rect = self.framing.rect;
        let camera = self.framing.camera;
        let fonts = FontsEpoch::now(painter);
        let now = painter.ctx().input(|input| input.time);
        if self.painted.last_camera != Some(camera) {
            self.painted.last_camera = Some(camera);
            self.painted.moved_at = now;
        }
        let same_view = |d: &Drawing| !self.painted.dirty && d.rect == rect && d.fonts == fonts;
        if let Some(drawing) = self.painted.drawing.as_mut()
            && same_view(drawing)
            && drawing.camera == camera
        {
            drawing.paint(painter);
            self.painted.drew_afresh = false;
            return;
        }
        let moving = now - self.painted.moved_at < SETTLE_SECS;
        let in_view = self.in_view();
        let extent = self.synced.view.as_ref().and_then(ViewModel::extent);
        if moving
            && let Some(drawing) =
                self.painted.drawing.as_mut().filter(|d| {
                    d.heavy && !self.painted.dirty && d.rect == rect && d.fonts == fonts
                })
            && covers(drawing.sight, in_view, extent)
            && drawing.paint_moved(painter, camera)
        {
            // Drawn afresh once the camera is still.
            self.painted.drew_afresh = false;
            painter
                .ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(SETTLE_SECS));
            return;
        }
        let Some(view) = &self.synced.view else {
            return;
        };
        let meta = self.metadata();
        let style = SettingsStyle::default();
        let ctx = draw_context(painter, &style, &meta);
        // The last drawing's relations, when nothing they are drawn from
        // has changed since; else its lines buffer, unless egui still
        // holds it. And room for as many shapes as last time.
        let lines_key = view.lines_key();
        let previous = self.painted.drawing.take();
        let shape_room = previous.as_ref().map_or(0, |d| d.shapes.len());
        let (mut kept_lines, mut lines) = (None, egui::epaint::Mesh::default());
        if let Some(d) = previous {
            if d.lines_for == Some(lines_key) && d.rect == rect && d.camera == camera {
                kept_lines = Some(d.lines);
            } else {
                let (vertices, indices) = (d.lines.vertices.len(), d.lines.indices.len());
                lines = Arc::try_unwrap(d.lines).unwrap_or_else(|_| {
                    // Room for as many lines as last time, rather than a
                    // buffer grown by doubling, each time copied again.
                    let mut lines = egui::epaint::Mesh::default();
                    lines.vertices.reserve_exact(vertices);
                    lines.indices.reserve_exact(indices);
                    lines
                });
                lines.clear();
            }
        }
        let mut shapes = Vec::with_capacity(shape_room);
        view.in_sight(
            map,
            self.sight(),
            &mut self.painted.sight_nodes,
            &mut self.painted.sight_edges,
        );
        let edges: &[EdgeIndex] = if kept_lines.is_some() {
            &[]
        } else {
            &self.painted.sight_edges
        };
        self.painted.drawn = view.push_shapes(
            &mut shapes,
            &mut lines,
            &self.painted.sight_nodes,
            edges,
            &ctx,
        );
        let lines_for = self.painted.drawn.relations_in_lines.then_some(lines_key);
        let lines = kept_lines.unwrap_or_else(|| Arc::new(lines));
        let sight = self.sight();
        self.push_compare_marks(&mut shapes, map, &self.painted.sight_edges, sight);
        self.painted.dirty = false;
        let heavy =
            self.painted.sight_nodes.len() + self.painted.sight_edges.len() >= HEAVY_DRAWING;
        // A one-off change (a selection, a view shown again, an undo) is
        // kept as triangles at once, so the frames egui asks for after it
        // copy them rather than tessellate the shapes again; a drawing
        // made afresh frame after frame gives egui its shapes, tessellated
        // once a frame and held once.
        let keep_at_once = heavy && !self.painted.drew_afresh;
        self.painted.drew_afresh = true;
        let mut drawing = Drawing {
            shapes: shapes.into(),
            lines,
            lines_for,
            rect,
            camera,
            fonts,
            sight,
            heavy,
            kept: None,
            painted: keep_at_once,
            triangles: None,
        };
        drawing.paint(painter);
        self.painted.drawing = Some(drawing);
    }

    /// Draws a drag of the `moving` stakeholders (sorted): the rest as it
    /// was when the drag began (see [`Still`]), made again only when
    /// something else changes, and on top of it the dragged glyphs, their
    /// relations and their names. Names of the rest stay where they are
    /// meanwhile, under a glyph dragged over them.
    fn draw_dragging(&mut self, painter: &egui::Painter, map: &Map, moving: &[NodeIndex]) {
        let Some(view) = &self.synced.view else {
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
            &mut self.painted.sight_nodes,
            &mut self.painted.sight_edges,
        );
        let fonts = FontsEpoch::now(painter);
        let fresh = !self.painted.dirty
            && self.painted.still.as_ref().is_some_and(|still| {
                still.rect == self.framing.rect
                    && still.camera == self.framing.camera
                    && still.moving == moving
                    && still.fonts == fonts
            });
        // What moves is drawn afresh on top of what stands still.
        let (moving_nodes, still_nodes): (Vec<NodeIndex>, Vec<NodeIndex>) = self
            .painted
            .sight_nodes
            .iter()
            .partition(|index| moving.binary_search(index).is_ok());
        let (moving_edges, still_edges): (Vec<EdgeIndex>, Vec<EdgeIndex>) = self
            .painted
            .sight_edges
            .iter()
            .partition(|edge| touches(edge));
        if !fresh {
            self.painted.still = Some(Still {
                rect: self.framing.rect,
                camera: self.framing.camera,
                fonts,
                layer: Tessellated::new(draw(painter, &still_nodes, &still_edges)),
                moving: moving.to_vec(),
            });
            self.painted.dirty = false;
        }
        if let Some(still) = &mut self.painted.still {
            still.layer.paint(painter);
        }
        // A clip rectangle of its own (the same pixels) starts a mesh of its
        // own in egui's output, so egui need not copy the still layer's
        // triangles to add these.
        let on_top = painter.with_clip_rect(painter.clip_rect().shrink(0.001));
        let mut shapes = draw(&on_top, &moving_nodes, &moving_edges);
        // The marks of a comparison follow the dragged relations.
        self.push_compare_marks(&mut shapes, map, &self.painted.sight_edges, self.sight());
        on_top.extend(shapes);
        // Whatever is drawn next frame, it is not last frame's drawing.
        self.painted.drawing = None;
        self.painted.drew_afresh = true;
    }

    /// The camera as egui_graphs' drawing code takes it.
    pub(super) fn metadata(&self) -> MetadataFrame {
        let mut meta = MetadataFrame::new(None);
        meta.zoom = self.framing.camera.zoom;
        meta.pan = self.framing.camera.pan + self.framing.rect.min.to_vec2();
        meta
    }

    /// What the view shows, in canvas units.
    fn in_view(&self) -> Rect {
        Rect::from_two_pos(
            self.framing.canvas_from_screen(self.framing.rect.min),
            self.framing.canvas_from_screen(self.framing.rect.max),
        )
    }

    /// What may show on screen, in canvas units, with room for names below
    /// glyphs and for wide rings.
    pub(super) fn sight(&self) -> Rect {
        let margin = SIGHT_MARGIN + 80.0 * self.framing.camera.zoom;
        let sight = self.framing.rect.expand(margin);
        Rect::from_two_pos(
            self.framing.canvas_from_screen(sight.min),
            self.framing.canvas_from_screen(sight.max),
        )
    }

    pub(super) fn draw_overlays(
        &self,
        painter: &egui::Painter,
        cx: &ViewContext<'_>,
        palette: Palette,
    ) {
        match &self.gestures.current {
            Gesture::BoxSelect { start } => {
                if let Some(end) = self.gestures.pointer {
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
                if let (Some(end), Some(view)) = (self.gestures.pointer, &self.synced.view)
                    && let Some(start) = view.location(*from)
                {
                    let start = self.framing.screen_from_canvas(start);
                    painter.arrow(start, end - start, Stroke::new(2.5, palette.selection));
                }
            }
            _ => {}
        }
        if let Some(NameEntry {
            target: NameTarget::New { at },
            kind,
            ..
        }) = &self.entry.naming
        {
            let center = self.framing.screen_from_canvas(*at);
            let radius = theme::glyph_radius(3) * self.framing.camera.zoom;
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
                self.framing.rect.left_top() + Vec2::new(12.0, 12.0),
                Align2::LEFT_TOP,
                crate::i18n::tr("canvas-connect-tool"),
                FontId::proportional(15.0),
                palette.text,
            );
        }
        let _ = cx;
    }
}

/// Whether a drawing of `sight` holds all there is to see in `in_view`:
/// the part of the view where stakeholders are (their `extent`, grown by
/// the room their glyphs and names take) lies within it.
fn covers(sight: Rect, in_view: Rect, extent: Option<Rect>) -> bool {
    let wanted = match extent {
        Some(extent) => in_view.intersect(extent.expand(SIGHT_MARGIN)),
        None => in_view,
    };
    !wanted.is_positive() || sight.contains_rect(wanted)
}

/// A painter whose shapes start a mesh of their own in egui's output: a
/// clip rectangle of their own (the same pixels). egui copies a kept mesh
/// into the mesh it is building; behind the map's background, the copy
/// grew that mesh, and whatever was drawn after it grew it again, each
/// time copying everything once more, in memory just asked of the system.
/// Alone, it is copied once into a mesh of its size.
fn own_mesh(painter: &egui::Painter) -> egui::Painter {
    painter.with_clip_rect(painter.clip_rect().shrink(0.001))
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
