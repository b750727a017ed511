//! What a screen reader and the keyboard reach on the network, whose
//! stakeholders and relations are painted rather than made of widgets.
//!
//! The keyboard: Tab (Shift+Tab) on the map moves a focus from stakeholder
//! to stakeholder in reading order, with a ring around the one it is on;
//! past the last the map itself has the focus, and the next Tab leaves it.
//! While the focus is on a stakeholder the arrow keys go to the nearest
//! stakeholder that way, one it has a relation with first, and Space or
//! Enter selects it. A click puts the keyboard focus away, so the arrow
//! keys nudge a selection made with the mouse, as they always did.
//!
//! The screen reader: while AccessKit is on (a screen reader asked for it),
//! each stakeholder and relation in sight, up to [`MAX_EXPOSED`], is a node
//! under the map's node, named with what the glyph shows; the stakeholder
//! the keyboard is on is the map's active descendant, so it is read out as
//! focused. Nothing of this is made when no screen reader listens.

use egui::accesskit;
use egui::{EventFilter, Id, Key, Modifiers, Pos2, Rect, Sense, Stroke, Vec2};
use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::Canvas;
use super::view_model::{DrawnName, to_pos};
use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::{Map, Relation, Stakeholder, StakeholderId};
use crate::ui::command::ViewContext;
use crate::ui::glyph;
use crate::ui::theme::Palette;

/// At most this many stakeholders, and as many relations, are told to a
/// screen reader in one frame: on a large map zoomed out, the ones in sight
/// could be thousands of widgets a frame, and a list that long is no use
/// read out; zoomed in, every one in sight is told.
pub const MAX_EXPOSED: usize = 400;

/// Where the keyboard is on the map.
#[derive(Debug, Default)]
pub struct KeyboardFocus {
    /// The stakeholder the keyboard is on.
    pub on: Option<StakeholderId>,
    /// Tab went past the last stakeholder (or Shift+Tab before the
    /// first): the next one leaves the map for the next widget.
    leaving: bool,
}

/// What a screen reader says of a stakeholder: its name, kind, stance and role.
pub fn describe_stakeholder(s: &Stakeholder) -> String {
    let name = if s.name.trim().is_empty() {
        tr("access-unnamed")
    } else {
        s.name.clone()
    };
    tr_with(
        "access-stakeholder",
        &[
            ("name", name.into()),
            ("kind", s.kind.translated().into()),
            ("stance", s.stance.translated().to_lowercase().into()),
            ("role", s.role.translated().to_lowercase().into()),
        ],
    )
}

/// What a screen reader says of a relation: who does what to whom.
pub fn describe_relation(map: &Map, relation: &Relation) -> String {
    let name = |id: &StakeholderId| map.stakeholder(id).map_or("?", |s| s.name.as_str());
    let uncertain = relation.confidence == crate::model::Confidence::Uncertain;
    tr_with(
        "access-relation",
        &[
            ("from", name(&relation.from).into()),
            ("kind", relation_kind(&relation.kind).to_lowercase().into()),
            ("to", name(&relation.to).into()),
            ("mutual", if relation.mutual { "yes" } else { "no" }.into()),
            ("uncertain", if uncertain { "yes" } else { "no" }.into()),
        ],
    )
}

/// Whether AccessKit is on: egui makes nodes only then, and says so by
/// making the view's own node.
pub fn accesskit_is_on(ui: &egui::Ui, view: Id) -> bool {
    ui.ctx().accesskit_node_builder(view, |_| ()).is_some()
}

/// The id of a stakeholder's node under the view `view`.
pub fn stakeholder_node_id(view: Id, id: &StakeholderId) -> Id {
    view.with(("stakeholder", id))
}

/// Tells a screen reader of one stakeholder drawn at `rect`: a node under
/// the view's, named with [`describe_stakeholder`]. A hover-only widget,
/// so the view under it keeps every click and drag.
pub fn expose_stakeholder(ui: &egui::Ui, view: Id, s: &Stakeholder, rect: Rect, selected: bool) {
    let id = stakeholder_node_id(view, &s.id);
    let response = ui.interact(rect, id, Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::WidgetType::Other,
            true,
            selected,
            describe_stakeholder(s),
        )
    });
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(accesskit::Role::ListItem);
        node.clear_toggled();
        node.set_selected(selected);
    });
}

/// Whether the view's click this frame is Space or Enter pressed while it
/// has the keyboard focus (egui makes that a click), not the pointer's.
pub fn keyboard_click(ui: &egui::Ui, response: &egui::Response) -> bool {
    response.clicked() && !ui.input(|i| i.pointer.any_click())
}

impl Canvas {
    /// Takes Tab, Shift+Tab, the arrows and Space or Enter while the map has
    /// the keyboard focus; returns whether the arrows were taken, so they
    /// do not also nudge the selection.
    pub(super) fn handle_keyboard_focus(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        cx: &mut ViewContext<'_>,
    ) -> bool {
        let pressed = keyboard_click(ui, response);
        if (response.clicked() && !pressed)
            || response.drag_started()
            || response.secondary_clicked()
        {
            self.keyboard.on = None;
        }
        if !response.has_focus() || self.is_editing_text() {
            if !response.has_focus() {
                self.keyboard = KeyboardFocus::default();
            }
            return false;
        }
        // Keep the keys on the map: Tab and the arrows would otherwise
        // move egui's focus to another widget.
        ui.memory_mut(|memory| {
            memory.set_focus_lock_filter(
                response.id,
                EventFilter {
                    tab: !self.keyboard.leaving,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: false,
                },
            );
        });
        let (back, forward) = ui.input_mut(|i| {
            let back = i.consume_key(Modifiers::SHIFT, Key::Tab);
            (back, i.consume_key(Modifiers::NONE, Key::Tab))
        });
        if back || forward {
            self.tab(cx.map, cx, forward);
        }
        let Some(on) = self.keyboard.on.clone() else {
            return false;
        };
        if cx.map.stakeholder(&on).is_none() || cx.shown.is_hidden(&on) {
            self.keyboard.on = None;
            return false;
        }
        let (arrow, choose) = ui.input_mut(|i| {
            let mut arrow = Vec2::ZERO;
            for (key, step) in [
                (Key::ArrowLeft, Vec2::new(-1.0, 0.0)),
                (Key::ArrowRight, Vec2::new(1.0, 0.0)),
                (Key::ArrowUp, Vec2::new(0.0, -1.0)),
                (Key::ArrowDown, Vec2::new(0.0, 1.0)),
            ] {
                if i.consume_key(Modifiers::NONE, key) {
                    arrow += step;
                }
            }
            let choose = i.consume_key(Modifiers::NONE, Key::Space)
                || i.consume_key(Modifiers::NONE, Key::Enter);
            (arrow, choose)
        });
        if choose || pressed {
            cx.selection.select_only_stakeholder(on.clone());
        }
        if arrow != Vec2::ZERO
            && let Some(next) = self.neighbour(cx, &on, arrow)
        {
            self.keyboard.on = Some(next);
            self.keep_focus_in_view(cx.map);
        }
        // On a stakeholder, the arrows belong to the keyboard focus.
        true
    }

    /// Moves the keyboard focus to the next stakeholder in sight, in
    /// reading order (or the one before), or off them past either end.
    fn tab(&mut self, map: &Map, cx: &ViewContext<'_>, forward: bool) {
        let order = self.reading_order(map, cx);
        let at = self
            .keyboard
            .on
            .as_ref()
            .and_then(|on| order.iter().position(|id| id == on));
        let next = match (at, forward) {
            (None, true) => order.first(),
            (None, false) => order.last(),
            (Some(i), true) => order.get(i + 1),
            (Some(i), false) => i.checked_sub(1).and_then(|i| order.get(i)),
        };
        self.keyboard.on = next.cloned();
        self.keyboard.leaving = next.is_none();
        self.painted.dirty = true;
    }

    /// The stakeholders shown in the view, top to bottom in rows, each row
    /// left to right.
    fn reading_order(&self, map: &Map, cx: &ViewContext<'_>) -> Vec<StakeholderId> {
        let rect = self.framing.rect;
        let row = (crate::ui::theme::glyph_radius(3) * 2.5 * self.framing.camera.zoom).max(24.0);
        let mut shown: Vec<(i64, f32, &StakeholderId)> = map
            .stakeholders()
            .filter(|s| !cx.shown.is_hidden(&s.id))
            .filter_map(|s| {
                let at = self.framing.screen_from_canvas(self.drawn_at(map, &s.id)?);
                rect.contains(at).then_some((
                    ((at.y - rect.min.y) / row).floor() as i64,
                    at.x,
                    &s.id,
                ))
            })
            .collect();
        shown.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        shown.into_iter().map(|(_, _, id)| id.clone()).collect()
    }

    /// Where a stakeholder is drawn now, in canvas units.
    fn drawn_at(&self, map: &Map, id: &StakeholderId) -> Option<Pos2> {
        let index = map.node_index(id)?;
        self.synced
            .view
            .as_ref()
            .and_then(|view| view.location(index))
            .or_else(|| map.stakeholder(id).map(|s| to_pos(s.position)))
    }

    /// The nearest stakeholder from `from` towards `arrow` (a screen
    /// direction): among those it has a relation with, or else among all
    /// shown.
    fn neighbour(
        &self,
        cx: &ViewContext<'_>,
        from: &StakeholderId,
        arrow: Vec2,
    ) -> Option<StakeholderId> {
        let map = cx.map;
        let index = map.node_index(from)?;
        let origin = self.drawn_at(map, from)?;
        let arrow = arrow.normalized();
        // How far a candidate is, counted longer the more it lies off the
        // arrow's way; those behind or beside do not count.
        let cost = |id: &StakeholderId| -> Option<f32> {
            if id == from || cx.shown.is_hidden(id) {
                return None;
            }
            let d = self.drawn_at(map, id)? - origin;
            let along = d.normalized().dot(arrow);
            (along > 0.35).then(|| d.length() / along)
        };
        let best = |ids: &mut dyn Iterator<Item = &StakeholderId>| {
            ids.filter_map(|id| Some((cost(id)?, id)))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, id)| id.clone())
        };
        let graph = map.graph();
        let related: Vec<NodeIndex> = [Direction::Outgoing, Direction::Incoming]
            .into_iter()
            .flat_map(|direction| graph.edges_directed(index, direction))
            .map(|edge| {
                if edge.source() == index {
                    edge.target()
                } else {
                    edge.source()
                }
            })
            .collect();
        best(&mut related.iter().map(|&i| &graph[i].id))
            .or_else(|| best(&mut map.stakeholders().map(|s| &s.id)))
    }

    /// Brings the stakeholder the keyboard is on into view when it is not.
    fn keep_focus_in_view(&mut self, map: &Map) {
        if let Some(on) = &self.keyboard.on
            && let Some(at) = self.drawn_at(map, on)
            && !self
                .framing
                .rect
                .shrink(24.0)
                .contains(self.framing.screen_from_canvas(at))
        {
            self.framing.center_pending = Some(on.clone());
        }
    }

    /// A ring, in the text colour and dashed so it reads apart from the
    /// selection's halo, round the stakeholder the keyboard is on.
    pub(super) fn draw_focus_ring(&self, painter: &egui::Painter, map: &Map, palette: &Palette) {
        let Some(on) = &self.keyboard.on else {
            return;
        };
        let (Some(at), Some(s)) = (self.drawn_at(map, on), map.stakeholder(on)) else {
            return;
        };
        let center = self.framing.screen_from_canvas(at);
        let radius = crate::ui::theme::glyph_radius(s.power) * self.framing.camera.zoom;
        let look = glyph::GlyphLook {
            kind: s.kind,
            stance: s.stance,
            role: s.role,
        };
        let ring = glyph::outer_radius(radius, look).max(6.0) + 7.0;
        let steps = 48;
        let points: Vec<Pos2> = (0..=steps)
            .map(|i| {
                let angle = i as f32 / steps as f32 * std::f32::consts::TAU;
                center + Vec2::angled(angle) * ring
            })
            .collect();
        painter.extend(egui::Shape::dashed_line(
            &points,
            Stroke::new(2.5, palette.text),
            6.0,
            4.0,
        ));
    }

    /// Tells a screen reader what is in sight, while one listens.
    pub(super) fn expose(&self, ui: &egui::Ui, response: &egui::Response, cx: &ViewContext<'_>) {
        let view = response.id;
        if !accesskit_is_on(ui, view) {
            return;
        }
        let Some(model) = &self.synced.view else {
            return;
        };
        let map = cx.map;
        let graph = map.graph();
        let rect = self.framing.rect;
        let zoom = self.framing.camera.zoom;
        let names: std::collections::HashMap<NodeIndex, &DrawnName> = self
            .painted
            .drawn
            .names
            .iter()
            .map(|name| (name.owner, name))
            .collect();
        let mut told = 0;
        let keyboard_on = self.keyboard.on.as_ref();
        let mut told_keyboard_on = false;
        // What is in sight was looked up when it was last drawn.
        let mut nodes: Vec<NodeIndex> = self.painted.sight_nodes.clone();
        // The stakeholder the keyboard is on first, then the selected, then the most powerful.
        nodes.sort_by_key(|&index| {
            let id = &graph[index].id;
            (
                keyboard_on != Some(id),
                !cx.selection.contains_stakeholder(id),
                std::cmp::Reverse(graph[index].power),
            )
        });
        for index in nodes {
            if told == MAX_EXPOSED {
                break;
            }
            let Some(s) = graph.node_weight(index) else {
                continue;
            };
            let Some(at) = model.location(index) else {
                continue;
            };
            let center = self.framing.screen_from_canvas(at);
            if cx.shown.is_hidden(&s.id) || !rect.contains(center) {
                continue;
            }
            let radius = (crate::ui::theme::glyph_radius(s.power) * zoom).max(4.0);
            let mut glyph = Rect::from_center_size(center, Vec2::splat(2.0 * radius));
            // The name drawn for it is part of what a reader's highlight shows.
            if let Some(name) = names.get(&index) {
                glyph = glyph.union(name.rect);
                if let Some([from, to]) = name.leader {
                    glyph = glyph.union(Rect::from_two_pos(from, to));
                }
            }
            expose_stakeholder(ui, view, s, glyph, cx.selection.contains_stakeholder(&s.id));
            told += 1;
            told_keyboard_on |= keyboard_on == Some(&s.id);
        }
        let labels = &self.painted.drawn.relation_labels;
        let mut relations = 0;
        for &edge in &self.painted.sight_edges {
            if relations == MAX_EXPOSED {
                break;
            }
            let (Some(relation), Some((a, b))) =
                (graph.edge_weight(edge), graph.edge_endpoints(edge))
            else {
                continue;
            };
            if cx.shown.is_hidden(&relation.from) || cx.shown.is_hidden(&relation.to) {
                continue;
            }
            let (Some(pa), Some(pb)) = (model.location(a), model.location(b)) else {
                continue;
            };
            let mut line = Rect::from_two_pos(
                self.framing.screen_from_canvas(pa),
                self.framing.screen_from_canvas(pb),
            );
            if !line.intersects(rect) {
                continue;
            }
            // Its kind written beside it is part of what a reader's highlight shows.
            if let Some((_, label)) = labels.iter().find(|(e, _)| *e == edge) {
                line = line.union(*label);
            }
            let id = view.with(("relation", &relation.id));
            let response = ui.interact(line.intersect(rect), id, Sense::hover());
            let selected = cx.selection.contains_relation(&relation.id);
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::WidgetType::Other,
                    true,
                    selected,
                    describe_relation(map, relation),
                )
            });
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_role(accesskit::Role::ListItem);
                node.clear_toggled();
                node.set_selected(selected);
            });
            relations += 1;
        }
        // Only a node that is there can be the active descendant.
        if let Some(on) = keyboard_on.filter(|_| told_keyboard_on) {
            let child = stakeholder_node_id(view, on);
            ui.ctx().accesskit_node_builder(view, |node| {
                node.set_active_descendant(child.accesskit_id());
            });
        }
    }
}
