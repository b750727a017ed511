//! The spectrum of allies: a half circle of five wedges from active allies
//! (left) to active opposition (right), and a tray for the unknown. Power
//! puts a stakeholder nearer the rim. Dragging one to another wedge sets
//! its stance; Left and Right move the selection a wedge.

use std::f32::consts::PI;

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use super::board::{self, BoardDrag, Placed};
use super::command::ViewContext;
use super::theme::Palette;
use crate::edit::Edit;
use crate::model::{Stakeholder, Stance};

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
}

struct Layout {
    centre: Pos2,
    outer: f32,
    inner: f32,
    tray: Rect,
}

impl Layout {
    fn new(rect: Rect) -> Self {
        let tray_height = 90.0;
        let outer = ((rect.width() - 340.0) / 2.0)
            .min(rect.height() - tray_height - 100.0)
            .max(80.0);
        let centre = Pos2::new(rect.center().x, rect.min.y + 40.0 + outer);
        let tray = Rect::from_min_size(
            Pos2::new(rect.center().x - outer, centre.y + 24.0),
            Vec2::new(2.0 * outer, tray_height - 20.0),
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
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let rect = ui.available_rect_before_wrap();
        let response = ui.allocate_rect(rect, Sense::click_and_drag());
        let count = cx.map.stakeholder_count();
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::WidgetType::Other,
                true,
                format!("Spectrum of allies of {count} stakeholders"),
            )
        });
        let palette = Palette::for_visuals(ui.visuals());
        let layout = Layout::new(rect);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.canvas);
        let hover_stance = if self.drag.is_some() {
            ui.input(|i| i.pointer.latest_pos())
                .and_then(|p| layout.stance_at(p))
        } else {
            None
        };
        draw_wedges(&painter, &layout, cx, &palette, hover_stance);
        let placed = place(cx, &layout);
        if let Some((id, drop)) = board::interact(ui, &response, &placed, &mut self.drag, cx)
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
        board::draw(
            &painter,
            &placed,
            self.drag.as_ref(),
            pointer_pos,
            cx,
            &palette,
        );
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
    let shown: Vec<&Stakeholder> = cx
        .map
        .stakeholders()
        .filter(|s| !cx.shown.is_hidden(&s.id))
        .collect();
    for (index, stance) in WEDGES.iter().enumerate() {
        let (from, to) = Layout::wedge_angles(index);
        for power in (1..=5).rev() {
            let mut ring: Vec<&&Stakeholder> = shown
                .iter()
                .filter(|s| s.stance == *stance && s.power == power)
                .collect();
            ring.sort_by_cached_key(|s| s.name.to_lowercase());
            let radius =
                layout.inner + (layout.outer - layout.inner) * (0.14 + 0.18 * f32::from(power - 1));
            let n = ring.len();
            let arc = (to - from) * radius;
            let glyph = (arc / (n.max(1) as f32) * 0.32).clamp(4.0, 14.0);
            for (i, s) in ring.iter().enumerate() {
                let t = (i as f32 + 0.5) / n as f32;
                let angle = from + (to - from) * (0.08 + 0.84 * t);
                placed.push(Placed {
                    id: s.id.clone(),
                    center: layout.point(angle, radius),
                    radius: glyph,
                    labelled: n <= 3 && glyph >= 9.0,
                });
            }
        }
    }
    let mut unknown: Vec<&&Stakeholder> = shown
        .iter()
        .filter(|s| s.stance == Stance::Unknown)
        .collect();
    unknown.sort_by_cached_key(|s| s.name.to_lowercase());
    let (centres, radius) = board::spread_in(
        layout.tray.shrink2(Vec2::new(10.0, 6.0)),
        unknown.len(),
        12.0,
    );
    for (s, centre) in unknown.iter().zip(centres) {
        placed.push(Placed {
            id: s.id.clone(),
            center: centre,
            radius,
            labelled: false,
        });
    }
    placed
}

fn draw_wedges(
    painter: &egui::Painter,
    layout: &Layout,
    cx: &ViewContext<'_>,
    palette: &Palette,
    hover: Option<Stance>,
) {
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
        let label_at = layout.point(mid, layout.outer + 22.0);
        board::caption(
            painter,
            label_at,
            &format!("{} ({count})", stance.label()),
            16.0,
            palette.text,
        );
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
    board::caption(
        painter,
        layout.tray.center_top() - Vec2::new(0.0, 10.0),
        &format!("Stance unknown ({unknown})"),
        15.0,
        fill,
    );
    board::caption(
        painter,
        layout.tray.center_bottom() + Vec2::new(0.0, 18.0),
        "The more power, the nearer the rim",
        14.0,
        palette.text.gamma_multiply(0.75),
    );
}
