//! The power/interest grid (Mendelow): power up, interest right, 1–5 each,
//! with the four quadrants named. Dragging a stakeholder to another cell
//! sets its power and interest; arrow keys move the selection a cell.

use egui::{Color32, FontId, Pos2, Rect, Stroke, Vec2};

use super::board::{self, BoardDrag, Placed, Placement};
use super::command::ViewContext;
use super::theme::{self, Palette};
use crate::edit::Edit;
use crate::i18n::tr;
use crate::model::{SCORE_RANGE, Stakeholder, StakeholderId};

/// Quadrant names (their Fluent ids), from high power and interest round
/// to low.
pub const QUADRANTS: [(&str, bool, bool); 4] = [
    ("grid-manage-closely", true, true),
    ("grid-keep-satisfied", true, false),
    ("grid-keep-informed", false, true),
    ("grid-monitor", false, false),
];

#[derive(Default)]
pub struct GridView {
    drag: Option<BoardDrag>,
    /// Where each stakeholder is drawn.
    placement: Placement,
    /// The map on the day compared with: arrows from where each was.
    pub compare: Option<std::sync::Arc<crate::model::Map>>,
    moves: super::compare_marks::DrawnMoves,
}

/// Where the 5×5 cells are drawn.
struct Layout {
    plot: Rect,
    cell: Vec2,
}

impl Layout {
    fn new(rect: Rect) -> Self {
        let plot = Rect::from_min_max(
            rect.min + Vec2::new(70.0, 20.0),
            rect.max - Vec2::new(20.0, 60.0),
        );
        Self {
            plot,
            cell: plot.size() / 5.0,
        }
    }

    fn cell_rect(&self, interest: u8, power: u8) -> Rect {
        let col = f32::from(interest.clamp(1, 5) - 1);
        let row = f32::from(5 - power.clamp(1, 5));
        Rect::from_min_size(
            self.plot.min + Vec2::new(col * self.cell.x, row * self.cell.y),
            self.cell,
        )
    }

    /// The (interest, power) of the cell under a point, clamped to the grid.
    fn cell_at(&self, pos: Pos2) -> (u8, u8) {
        let rel = (pos - self.plot.min) / self.cell;
        let interest = (rel.x.floor() as i32 + 1).clamp(1, 5) as u8;
        let power = (5 - rel.y.floor() as i32).clamp(1, 5) as u8;
        (interest, power)
    }
}

impl GridView {
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
        } = board::Surface::take(ui, &tr("grid-board"), cx);
        let layout = Layout::new(rect);
        let captions = draw_axes(&painter, &layout, &palette);
        let placed = self.placement.update(cx, rect, || place(cx, &layout));
        if let Some((id, drop)) = board::interact(ui, &response, placed, &mut self.drag, cx) {
            let (interest, power) = layout.cell_at(drop);
            if let Some(s) = cx.map.stakeholder(&id)
                && (s.interest, s.power) != (interest, power)
            {
                let mut moved = s.clone();
                moved.interest = interest;
                moved.power = power;
                cx.edit(Edit::UpdateStakeholder(moved));
            }
        }
        Self::keys(ui, cx);
        let pointer_pos = ui.input(|i| i.pointer.latest_pos());
        if let (Some(_), Some(at)) = (&self.drag, pointer_pos) {
            let (interest, power) = layout.cell_at(at);
            painter.rect_stroke(
                layout.cell_rect(interest, power),
                4.0,
                Stroke::new(3.0, palette.selection),
                egui::StrokeKind::Inside,
            );
        }
        self.placement.draw(
            &painter,
            self.drag.as_ref(),
            pointer_pos,
            board::LabelRoom {
                bounds: layout.plot,
                obstacles: &captions,
            },
            cx,
            &palette,
        );
        if let Some(then) = &self.compare {
            let maps = (then, cx.map);
            self.moves
                .paint_found(&painter, &self.placement, maps, &palette, |was, is, _| {
                    ((was.interest, was.power) != (is.interest, is.power))
                        .then(|| layout.cell_rect(was.interest, was.power).center())
                });
        }
        board::expose(ui, &response, self.placement.placed(), cx);
    }

    /// Arrow keys move the selected stakeholders one cell, as one step.
    fn keys(ui: &egui::Ui, cx: &mut ViewContext<'_>) {
        if ui.ctx().egui_wants_keyboard_input() || cx.selection.stakeholders.is_empty() {
            return;
        }
        let (d_interest, d_power) = ui.input(|i| {
            let mut d = (0_i32, 0_i32);
            if i.key_pressed(egui::Key::ArrowLeft) {
                d.0 -= 1;
            }
            if i.key_pressed(egui::Key::ArrowRight) {
                d.0 += 1;
            }
            if i.key_pressed(egui::Key::ArrowUp) {
                d.1 += 1;
            }
            if i.key_pressed(egui::Key::ArrowDown) {
                d.1 -= 1;
            }
            d
        });
        if (d_interest, d_power) == (0, 0) {
            return;
        }
        let step = |value: u8, delta: i32| (i32::from(value) + delta).clamp(1, 5) as u8;
        let edits: Vec<Edit> = cx
            .selection
            .stakeholders
            .iter()
            .filter_map(|id| cx.map.stakeholder(id))
            .filter_map(|s| {
                let mut moved = s.clone();
                moved.interest = step(s.interest, d_interest);
                moved.power = step(s.power, d_power);
                (moved != *s).then_some(Edit::UpdateStakeholder(moved))
            })
            .collect();
        if !edits.is_empty() {
            cx.edit(Edit::Batch(edits));
        }
    }
}

/// Every stakeholder's place: spread over its cell so none hides another.
fn place(cx: &ViewContext<'_>, layout: &Layout) -> Vec<Placed> {
    let mut cells: Vec<Vec<&Stakeholder>> = vec![Vec::new(); 25];
    for s in cx.map.stakeholders() {
        if cx.shown.is_hidden(&s.id) {
            continue;
        }
        let index =
            usize::from(s.power.clamp(1, 5) - 1) * 5 + usize::from(s.interest.clamp(1, 5) - 1);
        cells[index].push(s);
    }
    let mut placed = Vec::new();
    // Whether each of `placed` is in a cell too crowded even for dots.
    let mut crowded = Vec::new();
    for power in SCORE_RANGE {
        for interest in SCORE_RANGE {
            let cell = &mut cells[usize::from(power - 1) * 5 + usize::from(interest - 1)];
            cell.sort_by_cached_key(|s| s.name.to_lowercase());
            let area = cell_area(layout, interest, power);
            let (spread, slot) = spread_with_names(area, cell.len());
            crowded.resize(crowded.len() + cell.len(), spread.crowded);
            for (s, centre) in cell.iter().zip(spread.centres) {
                placed.push(Placed {
                    id: s.id.clone(),
                    center: centre,
                    radius: spread.radius.min(theme::glyph_radius(s.power) * 0.6),
                    labelled: true,
                    label_width: (slot.x - 6.0).max(64.0),
                });
            }
        }
    }
    board::keep_apart(&mut placed, layout.plot, |i| crowded[i]);
    placed
}

/// Where a cell's stakeholders go: the cell less a margin, and less the
/// quadrant's name in the four corner cells.
fn cell_area(layout: &Layout, interest: u8, power: u8) -> Rect {
    let mut area = layout
        .cell_rect(interest, power)
        .shrink2(Vec2::new(4.0, 4.0));
    let corner = matches!(interest, 1 | 5);
    if corner && power == 5 {
        area.min.y += QUADRANT_CAPTION_HEIGHT;
    } else if corner && power == 1 {
        area.max.y -= QUADRANT_CAPTION_HEIGHT;
    }
    area
}

const QUADRANT_CAPTION_HEIGHT: f32 = 24.0;
/// Room under a glyph for a name of two lines.
const NAME_HEIGHT: f32 = 34.0;

/// Spreads `n` glyphs over `area` in rows, leaving room under each for its
/// name when that still leaves glyphs of a readable size; returns them
/// and the slot each glyph has.
fn spread_with_names(area: Rect, n: usize) -> (board::Spread, Vec2) {
    let best = (1..=n.max(1))
        .map(|cols| {
            let rows = n.max(1).div_ceil(cols);
            let slot = Vec2::new(area.width() / cols as f32, area.height() / rows as f32);
            let radius = (slot.x * 0.3).min((slot.y - NAME_HEIGHT) / 2.0).min(16.0);
            (cols, slot, radius)
        })
        .filter(|(_, slot, radius)| *radius >= 7.0 && slot.x >= 60.0)
        .max_by(|a, b| a.2.total_cmp(&b.2));
    let Some((cols, slot, radius)) = best else {
        let spread = board::spread_in(area, n, 16.0);
        let centres = &spread.centres;
        let cols = centres
            .iter()
            .filter(|c| centres.first().is_some_and(|f| (c.y - f.y).abs() < 0.5))
            .count()
            .max(1);
        let slot = Vec2::new(area.width() / cols as f32, 0.0);
        return (spread, slot);
    };
    let centres = (0..n)
        .map(|i| {
            let (row, col) = (i / cols, i % cols);
            area.min
                + Vec2::new(
                    (col as f32 + 0.5) * slot.x,
                    row as f32 * slot.y + (slot.y - NAME_HEIGHT) / 2.0,
                )
        })
        .collect();
    // Glyphs at least 7 apart with room for a name: none on another.
    let spread = board::Spread {
        centres,
        radius,
        crowded: false,
    };
    (spread, slot)
}

/// Draws the quadrants, cells and axes; returns where the quadrant names
/// are, which no stakeholder name may cover.
fn draw_axes(painter: &egui::Painter, layout: &Layout, palette: &Palette) -> Vec<Rect> {
    let mut captions = Vec::new();
    let plot = layout.plot;
    let mid = plot.center();
    let text = palette.text;
    for (name, high_power, high_interest) in QUADRANTS {
        let x = if high_interest {
            mid.x..=plot.max.x
        } else {
            plot.min.x..=mid.x
        };
        let y = if high_power {
            plot.min.y..=mid.y
        } else {
            mid.y..=plot.max.y
        };
        let quadrant = Rect::from_x_y_ranges(x, y);
        let tint = match (high_power, high_interest) {
            (true, true) => palette.selection.gamma_multiply(0.10),
            (false, false) => Color32::TRANSPARENT,
            _ => palette.hover.gamma_multiply(0.06),
        };
        painter.rect_filled(quadrant, 0.0, tint);
        let corner = Pos2::new(
            if high_interest {
                quadrant.max.x - 8.0
            } else {
                quadrant.min.x + 8.0
            },
            if high_power {
                quadrant.min.y + 6.0
            } else {
                quadrant.max.y - 6.0
            },
        );
        let align = match (high_power, high_interest) {
            (true, true) => egui::Align2::RIGHT_TOP,
            (true, false) => egui::Align2::LEFT_TOP,
            (false, true) => egui::Align2::RIGHT_BOTTOM,
            (false, false) => egui::Align2::LEFT_BOTTOM,
        };
        captions.push(painter.text(
            corner,
            align,
            tr(name),
            FontId::proportional(17.0),
            text.gamma_multiply(0.8),
        ));
    }
    let line = Stroke::new(1.0, palette.grid_dot);
    for i in 0..=5 {
        let x = plot.min.x + layout.cell.x * i as f32;
        let y = plot.min.y + layout.cell.y * i as f32;
        painter.line_segment([Pos2::new(x, plot.min.y), Pos2::new(x, plot.max.y)], line);
        painter.line_segment([Pos2::new(plot.min.x, y), Pos2::new(plot.max.x, y)], line);
    }
    let strong = Stroke::new(2.5, palette.outline.gamma_multiply(0.7));
    painter.line_segment(
        [Pos2::new(mid.x, plot.min.y), Pos2::new(mid.x, plot.max.y)],
        strong,
    );
    painter.line_segment(
        [Pos2::new(plot.min.x, mid.y), Pos2::new(plot.max.x, mid.y)],
        strong,
    );
    for score in SCORE_RANGE {
        let cell = layout.cell_rect(score, score);
        board::caption(
            painter,
            Pos2::new(cell.center().x, plot.max.y + 14.0),
            &score.to_string(),
            14.0,
            text,
        );
        board::caption(
            painter,
            Pos2::new(plot.min.x - 14.0, cell.center().y),
            &score.to_string(),
            14.0,
            text,
        );
    }
    board::caption(
        painter,
        Pos2::new(mid.x, plot.max.y + 38.0),
        &tr("grid-interest-axis"),
        16.0,
        text,
    );
    let galley = painter.layout_no_wrap(tr("grid-power-axis"), FontId::proportional(16.0), text);
    let pos = Pos2::new(plot.min.x - 52.0, mid.y + galley.size().x / 2.0);
    painter.add(
        egui::epaint::TextShape::new(pos, galley, text).with_angle(-std::f32::consts::FRAC_PI_2),
    );
    captions
}
