//! The spectrum of allies: a half circle of five wedges from active allies
//! (left) to active opposition (right), and a tray for the unknown. Power
//! puts a stakeholder nearer the rim. Dragging one to another wedge sets
//! its stance; Left and Right move the selection a wedge.

use std::f32::consts::PI;

use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2};

use super::board::{self, BoardDrag, Placed, Placement};
use super::command::ViewContext;
use super::theme::Palette;
use crate::edit::Edit;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Stakeholder, StakeholderId, Stance};

/// The wedges, left to right.
pub const WEDGES: [Stance; 5] = [
    Stance::ActiveAlly,
    Stance::PassiveAlly,
    Stance::Neutral,
    Stance::PassiveOpposition,
    Stance::ActiveOpposition,
];

#[derive(Default)]
pub struct SpectrumView {
    drag: Option<BoardDrag>,
    /// Where each stakeholder is drawn.
    placement: Placement,
    /// The map on the day compared with: arrows from where each was.
    pub compare: Option<std::sync::Arc<crate::model::Map>>,
    moves: super::compare_marks::DrawnMoves,
}

struct Layout {
    centre: Pos2,
    outer: f32,
    inner: f32,
    tray: Rect,
}

/// Room beside the half circle for the end wedges' names.
const SIDE_ROOM: f32 = 24.0;
/// Height of the tray for the unknown stance.
const TRAY_HEIGHT: f32 = 70.0;
/// Room above the rim for the wedge names, and below the tray for the hint.
const TOP_ROOM: f32 = 44.0;
const BOTTOM_ROOM: f32 = 40.0;
/// Between the half circle's base line and the tray.
const TRAY_GAP: f32 = 40.0;
/// How far under the base line the names below it sit.
const BELOW_BASE: f32 = TRAY_GAP - 16.0;

impl Layout {
    /// The largest half circle that fits `rect` with its names, tray and
    /// hint, centred in it.
    fn new(rect: Rect) -> Self {
        let below = TRAY_GAP + TRAY_HEIGHT + BOTTOM_ROOM;
        let outer = ((rect.width() - 2.0 * SIDE_ROOM) / 2.0)
            .min(rect.height() - TOP_ROOM - below)
            .max(80.0);
        let spare = (rect.height() - TOP_ROOM - outer - below).max(0.0);
        let centre = Pos2::new(rect.center().x, rect.min.y + TOP_ROOM + spare / 2.0 + outer);
        let tray = Rect::from_min_size(
            Pos2::new(rect.center().x - outer, centre.y + TRAY_GAP),
            Vec2::new(2.0 * outer, TRAY_HEIGHT),
        );
        Self {
            centre,
            outer,
            inner: outer * 0.22,
            tray,
        }
    }

    /// The angle range of a wedge (radians, 0 = right, counter-clockwise up).
    fn wedge_angles(index: usize) -> (f32, f32) {
        let step = PI / 5.0;
        let start = PI - step * index as f32;
        (start - step, start)
    }

    fn point(&self, angle: f32, radius: f32) -> Pos2 {
        self.centre + Vec2::new(angle.cos(), -angle.sin()) * radius
    }

    /// Where a stakeholder drawn at `now` would be in another stance's
    /// wedge: as far from the centre, in the middle of the wedge.
    fn place_of_stance(&self, stance: Stance, now: Pos2) -> Pos2 {
        match WEDGES.iter().position(|s| *s == stance) {
            Some(index) => {
                let (start, end) = Self::wedge_angles(index);
                let radius = (now - self.centre).length().clamp(self.inner, self.outer);
                self.point(f32::midpoint(start, end), radius)
            }
            None => self.tray.center(),
        }
    }

    /// The stance of the wedge or tray under a point, if any.
    fn stance_at(&self, pos: Pos2) -> Option<Stance> {
        if self.tray.expand(10.0).contains(pos) {
            return Some(Stance::Unknown);
        }
        let delta = pos - self.centre;
        if delta.y > 10.0 || delta.length() > self.outer * 1.15 {
            return None;
        }
        let angle = (-delta.y).atan2(delta.x).clamp(0.0, PI);
        let index = (((PI - angle) / (PI / 5.0)).floor() as usize).min(4);
        Some(WEDGES[index])
    }
}

impl SpectrumView {
    /// Where a stakeholder was drawn in the last frame, if it was.
    pub fn position_of(&self, id: &StakeholderId) -> Option<Pos2> {
        self.placement.position_of(id)
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let board::Surface {
            rect,
            response,
            palette,
            painter,
        } = board::Surface::take(ui, &tr("spectrum-board"), cx);
        let layout = Layout::new(rect);
        let hover_stance = if self.drag.is_some() {
            ui.input(|i| i.pointer.latest_pos())
                .and_then(|p| layout.stance_at(p))
        } else {
            None
        };
        let captions = draw_wedges(&painter, &layout, cx, &palette, hover_stance);
        let placed = self.placement.update(cx, rect, || place(cx, &layout));
        if let Some((id, drop)) = board::interact(ui, &response, placed, &mut self.drag, cx)
            && let Some(stance) = layout.stance_at(drop)
            && let Some(s) = cx.map.stakeholder(&id)
            && s.stance != stance
        {
            let mut moved = s.clone();
            moved.stance = stance;
            cx.edit(Edit::UpdateStakeholder(moved));
        }
        keys(ui, cx);
        let pointer_pos = ui.input(|i| i.pointer.latest_pos());
        self.placement.draw(
            &painter,
            self.drag.as_ref(),
            pointer_pos,
            board::LabelRoom {
                bounds: rect,
                obstacles: &captions,
            },
            cx,
            &palette,
        );
        if let Some(then) = &self.compare {
            let maps = (then, cx.map);
            self.moves
                .paint_found(&painter, &self.placement, maps, &palette, |was, is, at| {
                    (was.stance != is.stance).then(|| layout.place_of_stance(was.stance, at))
                });
        }
        board::expose(ui, &response, self.placement.placed(), cx);
    }
}

/// Left and Right move the selected stakeholders one wedge, as one step.
fn keys(ui: &egui::Ui, cx: &mut ViewContext<'_>) {
    if ui.ctx().egui_wants_keyboard_input() || cx.selection.stakeholders.is_empty() {
        return;
    }
    let delta = ui.input(|i| {
        i32::from(i.key_pressed(egui::Key::ArrowRight))
            - i32::from(i.key_pressed(egui::Key::ArrowLeft))
    });
    if delta == 0 {
        return;
    }
    let edits: Vec<Edit> = cx
        .selection
        .stakeholders
        .iter()
        .filter_map(|id| cx.map.stakeholder(id))
        .filter_map(|s| {
            // An unknown stance starts from the middle.
            let index = WEDGES.iter().position(|w| *w == s.stance).unwrap_or(2) as i32;
            let next = WEDGES[(index + delta).clamp(0, 4) as usize];
            (next != s.stance).then(|| {
                let mut moved = s.clone();
                moved.stance = next;
                Edit::UpdateStakeholder(moved)
            })
        })
        .collect();
    if !edits.is_empty() {
        cx.edit(Edit::Batch(edits));
    }
}

fn place(cx: &ViewContext<'_>, layout: &Layout) -> Vec<Placed> {
    let mut placed = Vec::new();
    // The places of glyphs in a wedge too crowded for them, which crowd
    // evenly where they are: there is no room nearby to move them to, and
    // moving them farther would put them in another stance's wedge.
    let mut crowded = Vec::new();
    let shown: Vec<&Stakeholder> = cx
        .map
        .stakeholders()
        .filter(|s| !cx.shown.is_hidden(&s.id))
        .collect();
    for (index, stance) in WEDGES.iter().enumerate() {
        let mut members: Vec<&Stakeholder> = shown
            .iter()
            .copied()
            .filter(|s| s.stance == *stance)
            .collect();
        members.sort_by_cached_key(|s| s.name.to_lowercase());
        let first = placed.len();
        let overfilled = place_in_wedge(&mut placed, layout, index, &members);
        crowded.resize(first, false);
        crowded.resize(placed.len(), overfilled);
    }
    let mut unknown: Vec<&&Stakeholder> = shown
        .iter()
        .filter(|s| s.stance == Stance::Unknown)
        .collect();
    unknown.sort_by_cached_key(|s| s.name.to_lowercase());
    let tray = board::spread_in(
        layout.tray.shrink2(Vec2::new(10.0, 6.0)),
        unknown.len(),
        12.0,
    );
    let slot = layout.tray.width() / unknown.len().max(1) as f32;
    for (s, centre) in unknown.iter().zip(tray.centres) {
        placed.push(Placed {
            id: s.id.clone(),
            center: centre,
            radius: tray.radius,
            labelled: true,
            label_width: (slot - 8.0).max(64.0),
        });
    }
    // A wedge too crowded even for its smallest glyphs overfills its rows;
    // a tray too crowded for dots crowds them alike.
    let board = Rect::from_min_max(
        layout.centre - Vec2::new(layout.outer + SIDE_ROOM, layout.outer + TOP_ROOM / 2.0),
        layout.tray.max,
    );
    crowded.resize(placed.len(), tray.crowded);
    board::keep_apart(&mut placed, board, |i| crowded[i]);
    placed
}

/// Largest and smallest glyph in a wedge: a crowded wedge gets smaller
/// glyphs, never glyphs on top of one another. The smallest are dots, as
/// on a zoomed-out network: a wedge of thousands has room for no more.
const WEDGE_GLYPH: std::ops::RangeInclusive<f32> = 2.0..=13.0;

/// A row of glyphs along an arc of a wedge.
struct Row {
    radius: f32,
    holds: usize,
    members: Vec<StakeholderId>,
}

/// Places a wedge's members in rows along arcs, with the largest glyph
/// that gives every member a place: each goes to the free row nearest to
/// where its power puts it (the more power, the nearer the rim). Returns
/// whether the wedge holds more than its smallest glyphs have room for.
fn place_in_wedge(
    placed: &mut Vec<Placed>,
    layout: &Layout,
    index: usize,
    members: &[&Stakeholder],
) -> bool {
    let (from, to) = Layout::wedge_angles(index);
    let span = (to - from) * 0.9;
    let depth = layout.outer - layout.inner;
    let rows_for = |r: f32| {
        let pitch = 2.0 * r * 1.35 + 6.0;
        let count = ((depth / pitch).floor() as usize).max(1);
        (0..count)
            .map(|j| {
                let radius = layout.inner + depth * (j as f32 + 0.5) / count as f32;
                Row {
                    radius,
                    holds: ((span * radius / pitch).floor() as usize).max(1),
                    members: Vec::new(),
                }
            })
            .collect::<Vec<_>>()
    };
    let capacity = |rows: &[Row]| rows.iter().map(|row| row.holds).sum::<usize>();
    let mut r = *WEDGE_GLYPH.end();
    while r > *WEDGE_GLYPH.start() && capacity(&rows_for(r)) < members.len() {
        r -= 0.5;
    }
    let mut rows = rows_for(r);
    // A wedge too crowded even for the smallest glyphs: every row takes
    // its share of the excess, so they crowd evenly, none on another.
    let room = capacity(&rows);
    let overfilled = room < members.len();
    if overfilled {
        for row in &mut rows {
            row.holds = (row.holds * members.len()).div_ceil(room);
        }
    }
    let mut by_power = members.to_vec();
    by_power.sort_by_key(|s| std::cmp::Reverse(s.power));
    for s in by_power {
        let ideal = layout.inner + depth * (f32::from(s.power.clamp(1, 5)) - 0.5) / 5.0;
        // The nearest row with room.
        let nearest = || {
            rows.iter()
                .enumerate()
                .filter(|(_, row)| row.members.len() < row.holds)
                .min_by(|(_, a), (_, b)| {
                    (a.radius - ideal)
                        .abs()
                        .total_cmp(&(b.radius - ideal).abs())
                })
                .map(|(i, _)| i)
        };
        if let Some(row) = nearest() {
            rows[row].members.push(s.id.clone());
        }
    }
    for row in rows {
        let n = row.members.len();
        let slot = span * row.radius / n.max(1) as f32;
        for (i, id) in row.members.into_iter().enumerate() {
            let t = (i as f32 + 0.5) / n as f32;
            let angle = from + (to - from) * 0.05 + span * t;
            placed.push(Placed {
                id,
                center: layout.point(angle, row.radius),
                radius: r,
                labelled: true,
                label_width: slot.clamp(90.0, 150.0),
            });
        }
    }
    overfilled
}

/// Draws the wedges, the tray and their names; returns where the names
/// are, which no stakeholder name may cover.
fn draw_wedges(
    painter: &egui::Painter,
    layout: &Layout,
    cx: &ViewContext<'_>,
    palette: &Palette,
    hover: Option<Stance>,
) -> Vec<Rect> {
    let mut captions = Vec::new();
    for (index, &stance) in WEDGES.iter().enumerate() {
        let (from, to) = Layout::wedge_angles(index);
        let fill = palette.stance_fill(stance).unwrap_or(Color32::GRAY);
        let alpha = if hover == Some(stance) { 0.55 } else { 0.22 };
        let steps = 24;
        let mut points: Vec<Pos2> = (0..=steps)
            .map(|i| layout.point(from + (to - from) * i as f32 / steps as f32, layout.outer))
            .collect();
        points.extend(
            (0..=steps)
                .rev()
                .map(|i| layout.point(from + (to - from) * i as f32 / steps as f32, layout.inner)),
        );
        // The wedge is not convex with its hole, so draw it as triangles.
        let mut mesh = egui::Mesh::default();
        let outer_n = steps + 1;
        for p in &points {
            mesh.colored_vertex(*p, fill.gamma_multiply(alpha));
        }
        for i in 0..steps {
            let (a, b) = (i as u32, i as u32 + 1);
            let (c, d) = ((2 * outer_n - 1 - i) as u32, (2 * outer_n - 2 - i) as u32);
            mesh.add_triangle(a, b, c);
            mesh.add_triangle(b, d, c);
        }
        painter.add(Shape::mesh(mesh));
        painter.add(Shape::closed_line(
            points,
            Stroke::new(1.5, palette.outline.gamma_multiply(0.6)),
        ));
        let count = cx.map.stakeholders().filter(|s| s.stance == stance).count();
        let mid = f32::midpoint(from, to);
        let name = format!("{} ({count})", stance.translated());
        let font = egui::FontId::proportional(16.0);
        // The end wedges are named under their end of the base line, the
        // others above the rim, so no name needs room beside the circle.
        let caption = match index {
            0 => painter.text(
                layout.centre + Vec2::new(-layout.outer, BELOW_BASE),
                egui::Align2::LEFT_CENTER,
                name,
                font,
                palette.text,
            ),
            4 => painter.text(
                layout.centre + Vec2::new(layout.outer, BELOW_BASE),
                egui::Align2::RIGHT_CENTER,
                name,
                font,
                palette.text,
            ),
            _ => painter.text(
                layout.point(mid, layout.outer + 20.0),
                egui::Align2::CENTER_CENTER,
                name,
                font,
                palette.text,
            ),
        };
        captions.push(caption);
    }
    painter.rect(
        layout.tray,
        6.0,
        palette.grid_dot.gamma_multiply(0.3),
        Stroke::new(1.5, palette.outline.gamma_multiply(0.6)),
        egui::StrokeKind::Inside,
    );
    let unknown = cx
        .map
        .stakeholders()
        .filter(|s| s.stance == Stance::Unknown)
        .count();
    let fill = if hover == Some(Stance::Unknown) {
        palette.selection
    } else {
        palette.text
    };
    captions.push(board::caption(
        painter,
        Pos2::new(layout.centre.x, layout.centre.y + BELOW_BASE),
        &tr_with("spectrum-unknown", &[("count", unknown.into())]),
        15.0,
        fill,
    ));
    board::caption(
        painter,
        layout.tray.center_bottom() + Vec2::new(0.0, 18.0),
        &tr("spectrum-power-hint"),
        14.0,
        palette.text.gamma_multiply(0.75),
    );
    captions
}
