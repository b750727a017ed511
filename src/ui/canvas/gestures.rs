//! The gestures of a workshop on the network: wheel and pinch zoom, pan,
//! click and Shift-click to select, drag to move (one edit on release),
//! Shift-drag for a rubber band, Ctrl- or Alt-drag (or the connect tool)
//! to connect two stakeholders, double-click to add or rename, right-click
//! for the context menu, and arrow keys to nudge the selection or pan.

use egui::{Key, PointerButton, Pos2, Rect, Vec2};
use petgraph::stable_graph::NodeIndex;

use super::Canvas;
use super::access::keyboard_click;
use super::hit::Hit;
use super::view_model::{to_pos, to_position};
use crate::edit::Edit;
use crate::ui::command::ViewContext;

/// How far an arrow key nudges the selection, in canvas units (Shift: finer).
const NUDGE: f32 = 10.0;
/// How far an arrow key pans an empty selection, in points.
const PAN_STEP: f32 = 60.0;

/// What a pointer drag is doing.
#[derive(Debug, Default)]
pub enum Gesture {
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

/// The pointer's state on the canvas.
#[derive(Debug, Default)]
pub struct Gestures {
    pub current: Gesture,
    pub hovered: Option<Hit>,
    /// What `hovered` was found for: the pointer, the camera, the view's
    /// rectangle and the view model's version.
    pub hovered_for: Option<(Pos2, super::Camera, egui::Rect, u64)>,
    /// Where the pointer is, anywhere in the window.
    pub pointer: Option<Pos2>,
    /// What was right-clicked, and where on the canvas, while its menu is open.
    pub context_target: Option<(Option<Hit>, Pos2)>,
}

impl Canvas {
    pub(super) fn handle_pointer(
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
                self.framing
                    .camera
                    .zoom_around(self.framing.rect, pointer, factor);
            }
        }

        // On the view's first frame after another egui does not yet know
        // the canvas is under the pointer (it learns from the frame
        // before): the glyph under it is found at once all the same, so
        // that the next frame need not draw a large map afresh for it.
        let hover_pos = response.hover_pos().or_else(|| {
            let free = !ui.input(|i| i.pointer.any_down());
            (free && ui.rect_contains_pointer(response.rect))
                .then(|| ui.input(|i| i.pointer.hover_pos()))
                .flatten()
        });
        let hover = if matches!(self.gestures.current, Gesture::Idle) {
            hover_pos.and_then(|p| self.hover_hit(map, p))
        } else {
            self.gestures.hovered_for = None;
            None
        };
        self.gestures.hovered = hover;

        // A camera that moves needs no drawing afresh: the drawing is kept
        // with its camera (see drawing.rs).
        if response.dragged_by(PointerButton::Middle) {
            self.framing.camera.pan += response.drag_delta();
        }

        if response.drag_started_by(PointerButton::Primary) {
            self.end_glide(map);
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .unwrap_or(self.framing.rect.center());
            self.gestures.current = match self.hit(map, origin) {
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
                            .filter_map(|index| {
                                Some((index, self.synced.view.as_ref()?.location(index)?))
                            })
                            .collect();
                        Gesture::Moving {
                            start,
                            grab: self.framing.canvas_from_screen(origin),
                        }
                    }
                }
                _ if modifiers.shift => Gesture::BoxSelect { start: origin },
                _ => Gesture::Panning,
            };
        }

        if response.dragged_by(PointerButton::Primary) {
            let pointer = response.interact_pointer_pos();
            match &self.gestures.current {
                Gesture::Moving { start, grab } => {
                    if let (Some(pointer), Some(view)) = (pointer, &mut self.synced.view) {
                        let delta = self.framing.canvas_from_screen(pointer) - *grab;
                        // Drawn afresh every frame of the drag (see `Still`).
                        for &(index, from) in start {
                            view.set_location(index, from + delta);
                        }
                    }
                }
                Gesture::Panning => {
                    self.framing.camera.pan += response.drag_delta();
                }
                Gesture::BoxSelect { .. } | Gesture::Connecting { .. } | Gesture::Idle => {}
            }
        }

        if response.drag_stopped() {
            let pointer = response.interact_pointer_pos().or(self.gestures.pointer);
            match std::mem::take(&mut self.gestures.current) {
                Gesture::Moving { start, .. } => {
                    let moves: Vec<_> = start
                        .iter()
                        .filter_map(|&(index, from)| {
                            let to = self.synced.view.as_ref()?.location(index)?;
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
                            self.framing.canvas_from_screen(start),
                            self.framing.canvas_from_screen(end),
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
            self.painted.dirty = true;
        }

        // Space or Enter on the focused map is the keyboard's, not a click.
        if response.clicked() && !keyboard_click(ui, response) {
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
                    self.entry.naming = None;
                    self.entry.connect_menu = None;
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
                    let at = self.framing.canvas_from_screen(pointer);
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
            self.gestures.context_target = Some((hit, self.framing.canvas_from_screen(pointer)));
        }
    }

    pub(super) fn handle_keys(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        cx: &mut ViewContext<'_>,
    ) {
        // The keys are the map's unless another widget has the keyboard.
        let elsewhere = ui.ctx().egui_wants_keyboard_input() && !response.has_focus();
        if elsewhere || self.is_editing_text() {
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
            self.framing.camera.pan -= arrows * PAN_STEP;
            self.painted.dirty = true;
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
}
