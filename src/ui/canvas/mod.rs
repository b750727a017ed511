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
//!
//! The parts, one file each: the camera and what it is asked to look at
//! (`camera`), the view model kept in step with the document (`sync`,
//! `view_model`, `glyphs`, `spatial`), what is under the pointer (`hit`),
//! the gestures (`gestures`, `context_menu`), typing a name or a relation
//! kind (`text_entry`), drawing (`drawing`), the glide after Arrange
//! (`glide`) and what a screen reader and the keyboard reach (`access`).

mod access;
mod camera;
mod compare;
mod context_menu;
mod drawing;
mod gestures;
mod glide;
mod glyphs;
mod hit;
mod spatial;
mod sync;
mod text_entry;
mod view_model;

#[cfg(test)]
mod tests;

pub use access::{MAX_EXPOSED, accesskit_is_on, expose_stakeholder};
pub use camera::{Camera, ZOOM_STEP, subject_bounds};

use egui::{Align2, FontId, Pos2, Rect, Sense};

use access::KeyboardFocus;
use camera::Framing;
use compare::Compared;
use drawing::Painted;
use gestures::{Gesture, Gestures};
use glide::Glide;
use hit::Hit;
use sync::Synced;
use text_entry::TextEntry;
use view_model::{to_pos, to_position};

use super::command::ViewContext;
use crate::i18n::{tr, tr_with};
use crate::model::{Map, StakeholderId};

/// The network view's own state, by concern.
#[derive(Default)]
pub struct Canvas {
    /// Where the view looks, and what it was asked to look at.
    framing: Framing,
    /// The view model, and what was last applied to its glyphs.
    synced: Synced,
    /// The pointer, the drag under way and the open context menu.
    gestures: Gestures,
    /// The name field or the relation popup.
    entry: TextEntry,
    /// What was drawn, to be painted again on idle frames.
    painted: Painted,
    glide: Option<Glide>,
    /// The stakeholder the keyboard is on (Tab, arrow keys).
    keyboard: KeyboardFocus,
    /// The map of the day compared with, and which relations changed since.
    compared: Compared,
    /// With the connect tool on, a plain drag from a stakeholder connects.
    pub connect_tool: bool,
}

impl Canvas {
    pub fn zoom(&self) -> f32 {
        self.framing.camera.zoom
    }

    /// Where a stakeholder is drawn on screen now, in points.
    pub fn screen_position(&self, map: &Map, id: &StakeholderId) -> Option<Pos2> {
        let index = map.node_index(id)?;
        let location = self.synced.view.as_ref()?.location(index)?;
        Some(self.framing.screen_from_canvas(location))
    }

    /// The canvas point under a screen point.
    pub fn canvas_position(&self, screen: Pos2) -> Pos2 {
        self.framing.canvas_from_screen(screen)
    }

    /// The part of the window the canvas covers.
    pub fn rect(&self) -> Rect {
        self.framing.rect
    }

    /// Whether the canvas is waiting for typed text (a name or a custom relation).
    pub fn is_editing_text(&self) -> bool {
        self.entry.naming.is_some() || self.entry.connect_menu.is_some()
    }

    /// Shows the whole map on the next frame.
    pub fn fit_all(&mut self) {
        self.framing.fit_pending = true;
    }

    pub fn zoom_by(&mut self, factor: f32) {
        if self.framing.rect.is_positive() {
            self.framing
                .camera
                .zoom_around(self.framing.rect, self.framing.rect.center(), factor);
            self.painted.dirty = true;
        }
    }

    /// Centres a stakeholder on the next frame, once the canvas knows its
    /// size (a closing find bar changes it).
    pub fn center_on(&mut self, id: &StakeholderId) {
        self.framing.center_pending = Some(id.clone());
    }

    /// Shows the canvas point `centre` in the middle at `zoom`, instead of
    /// fitting the whole map, from the next frame on.
    pub fn look_at(&mut self, centre: Pos2, zoom: f32) {
        self.framing.fit_pending = false;
        self.framing.look_pending = Some((centre, zoom));
    }

    /// Cancels what is under way (Esc); returns whether there was anything.
    pub fn cancel(&mut self) -> bool {
        let busy = self.entry.naming.is_some()
            || self.entry.connect_menu.is_some()
            || !matches!(self.gestures.current, Gesture::Idle)
            || self.connect_tool
            || self.keyboard.on.is_some();
        self.keyboard = KeyboardFocus::default();
        self.entry.naming = None;
        self.entry.connect_menu = None;
        self.connect_tool = false;
        if let Gesture::Moving { start, .. } = std::mem::take(&mut self.gestures.current)
            && let Some(view) = &mut self.synced.view
        {
            for (index, position) in start {
                view.set_location(index, position);
            }
        }
        self.painted.dirty = true;
        busy
    }

    /// Lets go of what is kept only to paint the network again quickly,
    /// while another view is shown instead.
    pub fn put_away(&mut self) {
        self.painted.put_away();
    }

    /// Where the view looks now.
    pub fn camera(&self) -> Camera {
        self.framing.camera
    }

    /// What a scene captured from this view keeps of the camera: the
    /// canvas point in the middle, the zoom and the view's size.
    pub fn scene_camera(&self) -> Option<crate::model::SceneCamera> {
        let camera = crate::model::SceneCamera {
            center: to_position(self.framing.canvas_from_screen(self.framing.rect.center())),
            zoom: self.framing.camera.zoom,
            view_width: self.framing.rect.width(),
            view_height: self.framing.rect.height(),
        };
        camera.is_valid().then_some(camera)
    }

    /// Shows a scene's camera: the part of the map it framed, scaled to
    /// this view's size once the view has one.
    pub fn look_at_scene(&mut self, camera: crate::model::SceneCamera) {
        if self.framing.rect.is_positive() {
            self.framing.fit_pending = false;
            self.framing.camera = Camera::for_scene(self.framing.rect, &camera);
            self.painted.dirty = true;
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
        if rect != self.framing.rect || camera != self.framing.camera || ui.opacity() < 1.0 {
            self.painted.dirty = true;
        }
        self.framing.rect = rect;
        self.framing.camera = camera;
        self.framing.fit_pending = false;
        let palette = cx.palette;
        self.sync_view_model(cx.map, cx.generation, palette);
        self.sync_shown(cx.map, cx.shown);
        self.sync_compare(cx.map, cx.generation);
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
        if rect != self.framing.rect {
            self.framing.resize(rect);
            self.painted.dirty = true;
        }
        self.gestures.pointer = ui.input(|i| i.pointer.latest_pos());
        let palette = cx.palette;
        self.sync_view_model(cx.map, cx.generation, palette);
        self.sync_shown(cx.map, cx.shown);
        self.sync_compare(cx.map, cx.generation);
        self.glide(ui, cx.map, cx.generation);
        if self.framing.apply_pending(cx.map) {
            self.painted.dirty = true;
        }
        self.handle_pointer(ui, &response, cx);
        if !self.handle_keyboard_focus(ui, &response, cx) {
            self.handle_keys(ui, &response, cx);
        }
        self.sync_emphasis(cx.map, cx.selection);

        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.canvas);
        self.draw_graph(&painter, cx.map);
        self.draw_overlays(&painter, cx, palette);
        self.draw_focus_ring(&painter, cx.map, &palette);
        self.expose(ui, &response, cx);
        if cx.map.stakeholder_count() == 0 && self.entry.naming.is_none() {
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                tr("canvas-empty-hint"),
                FontId::proportional(18.0),
                palette.text.gamma_multiply(0.6),
            );
        }
        self.context_menu(&response, cx);
        self.name_entry_ui(ui, cx, palette);
        self.connect_menu_ui(ui, cx);
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
            tr_with(
                "canvas-label",
                &[
                    ("stakeholders", stakeholders.into()),
                    ("relations", relations.into()),
                ],
            ),
        )
    });
    (rect, response)
}
