//! The legend: explains only the shapes, fills, rings and lines the map
//! actually uses, in every view. What the map uses is worked out again
//! only when the map changes ([`Legend`]).

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::{Pos2, Rect, RichText, Sense, Vec2};

use super::compare_marks::{self, RelationMark};
use super::glyph::{self, Emphasis, GlyphLook, LineLook};
use super::shown::Shown;
use super::theme::{self, Palette, RelationStyles};
use super::views::View;
use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::{Confidence, Kind, Map, RelationKind, Role, Stance};

/// What a map uses, in legend order.
#[derive(Debug, Default, PartialEq)]
pub struct Used {
    pub kinds: BTreeSet<Kind>,
    pub stances: BTreeSet<Stance>,
    pub roles: BTreeSet<Role>,
    pub relation_kinds: Vec<RelationKind>,
    /// How each of those kinds is drawn, as the network draws it.
    pub styles: RelationStyles,
    pub uncertain: bool,
    pub mutual: bool,
    pub pinned: bool,
}

impl Used {
    pub fn of(map: &Map) -> Self {
        let mut used = Self::default();
        for s in map.stakeholders() {
            used.kinds.insert(s.kind);
            used.stances.insert(s.stance);
            used.roles.insert(s.role);
            used.pinned |= s.pinned;
        }
        let mut kinds: BTreeSet<RelationKind> = BTreeSet::new();
        for r in map.relations() {
            kinds.insert(r.kind.clone());
            used.uncertain |= r.confidence == Confidence::Uncertain;
            used.mutual |= r.mutual;
        }
        used.relation_kinds = kinds.into_iter().collect();
        used.styles = RelationStyles::of_kinds(&used.relation_kinds);
        used
    }
}

/// The legend of the open map, kept between frames: what the map uses,
/// worked out once per document generation rather than every frame.
#[derive(Default)]
pub struct Legend {
    used: Option<(u64, Arc<Used>)>,
}

impl Legend {
    /// What the map of this generation uses.
    pub fn used(&mut self, map: &Map, generation: u64) -> Arc<Used> {
        match &self.used {
            Some((g, used)) if *g == generation => Arc::clone(used),
            _ => {
                let used = Arc::new(Used::of(map));
                self.used = Some((generation, Arc::clone(&used)));
                used
            }
        }
    }

    /// Draws the legend of the map of this generation (see [`legend_ui`]).
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        rect: Rect,
        map: &Map,
        generation: u64,
        view: View,
        shown: &Shown,
        compared: Option<&str>,
        palette: Palette,
    ) {
        let used = self.used(map, generation);
        draw(ui, rect, map, &used, (view, compared), shown, palette);
    }
}

/// The id of the legend's area: a picture leaves room for it beside the view.
pub const AREA: &str = "legend";

const ROW: f32 = 26.0;
/// Wide enough for a line to show its head and its mark apart.
const SWATCH: f32 = 44.0;

/// One line of the legend: a swatch and what it stands for.
enum Row {
    Glyph(GlyphLook, String),
    Line(LineLook, String),
    /// A remark with no swatch.
    Note(String),
    Coalition(egui::Color32, String),
    /// A relation's mark of change, as the network draws it.
    Mark(RelationMark, String),
    /// A board's arrow from where a stakeholder was.
    Moved(String),
}

/// The legend's lines for what the map uses, in order, and the marks of
/// a comparison after them.
fn rows(map: &Map, used: &Used, (view, compared): (View, Option<&str>), shown: &Shown) -> Vec<Row> {
    let mut rows = Vec::new();
    for &kind in &used.kinds {
        let look = GlyphLook {
            kind,
            stance: Stance::Neutral,
            role: Role::External,
        };
        rows.push(Row::Glyph(look, kind.translated()));
    }
    for &stance in &used.stances {
        let look = GlyphLook {
            kind: Kind::Organization,
            stance,
            role: Role::External,
        };
        let text = format!("{} ({})", stance.translated(), theme::stance_mark(stance));
        rows.push(Row::Glyph(look, text));
    }
    for &role in used
        .roles
        .iter()
        .filter(|r| matches!(r, Role::LeadershipCore | Role::CorePartner))
    {
        let look = GlyphLook {
            kind: Kind::Organization,
            stance: Stance::Neutral,
            role,
        };
        rows.push(Row::Glyph(look, role.translated()));
    }
    if view == View::Network {
        let line = |kind: &RelationKind, mutual, uncertain| LineLook {
            kind: kind.clone(),
            style: used.styles.style(kind),
            mutual,
            uncertain,
            width: 2.5,
        };
        for kind in &used.relation_kinds {
            rows.push(Row::Line(line(kind, false, false), relation_kind(kind)));
        }
        if used.mutual {
            let look = line(&RelationKind::Influences, true, false);
            rows.push(Row::Line(look, tr("legend-mutual")));
        }
        if used.uncertain {
            let look = line(&RelationKind::Influences, false, true);
            rows.push(Row::Line(look, tr("legend-uncertain")));
        }
        rows.push(Row::Note(tr(if shown.sizes_by_analysis() {
            "legend-size-brokerage"
        } else {
            "legend-size-power"
        })));
    }
    if let Some(id) = shown.highlighted_coalition()
        && let Some(coalition) = map.coalition(id)
    {
        rows.push(Row::Coalition(
            theme::coalition_colour(coalition.colour),
            tr_with(
                "legend-member-of",
                &[(
                    "coalition",
                    crate::ui::script::display_text(&coalition.name)
                        .into_owned()
                        .into(),
                )],
            ),
        ));
    }
    if let Some(days) = compared {
        compared_rows(&mut rows, view, days);
    }
    rows
}

/// The marks of a comparison of two days (`days` in words, "From
/// 1 February 2026 to now"): the network's marks on the relations that
/// changed, or a board's arrows from where each stakeholder was.
fn compared_rows(rows: &mut Vec<Row>, view: View, days: &str) {
    match view {
        View::Network => {
            rows.push(Row::Note(days.to_owned()));
            for mark in [
                RelationMark::Added,
                RelationMark::Stronger,
                RelationMark::Weaker,
                RelationMark::Removed,
            ] {
                rows.push(Row::Mark(mark, mark.meaning()));
            }
        }
        View::Grid | View::Spectrum => {
            rows.push(Row::Note(days.to_owned()));
            rows.push(Row::Moved(tr("legend-compare-moved")));
        }
        View::Table => {}
    }
}

/// Room the legend's heading, frame and margins take besides its rows,
/// and its gap to the bottom of the view.
const CHROME: f32 = 40.0;
/// A row's height with the spacing under it (a remark is one line of text).
fn row_height(row: &Row) -> f32 {
    match row {
        Row::Note(_) => 19.0,
        _ => ROW + 2.0,
    }
}

/// The rows in columns of at most `height` each, in order.
fn columns(rows: &[Row], height: f32) -> Vec<&[Row]> {
    let mut columns = Vec::new();
    let (mut start, mut filled) = (0, 0.0);
    for (i, row) in rows.iter().enumerate() {
        if filled + row_height(row) > height && i > start {
            columns.push(&rows[start..i]);
            (start, filled) = (i, 0.0);
        }
        filled += row_height(row);
    }
    columns.push(&rows[start..]);
    columns
}

/// Draws the legend in the bottom-left corner of `rect`; when it is
/// taller than `rect`, its rows flow on into more columns. For a legend
/// drawn once (a picture); the window's keeps a [`Legend`].
/// `compared`: the days compared, in words, while comparing.
pub fn legend_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    map: &Map,
    (view, compared): (View, Option<&str>),
    shown: &Shown,
    palette: Palette,
) {
    draw(
        ui,
        rect,
        map,
        &Used::of(map),
        (view, compared),
        shown,
        palette,
    );
}

fn draw(
    ui: &mut egui::Ui,
    rect: Rect,
    map: &Map,
    used: &Used,
    view: (View, Option<&str>),
    shown: &Shown,
    palette: Palette,
) {
    let rows = rows(map, used, view, shown);
    let filter_line = if shown.is_filtering() { 19.0 } else { 0.0 };
    let columns = columns(&rows, (rect.height() - CHROME - filter_line).max(4.0 * ROW));
    egui::Area::new(egui::Id::new(AREA))
        .order(egui::Order::Middle)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(rect.left_bottom() + Vec2::new(10.0, -10.0))
        .constrain_to(rect)
        .show(ui.ctx(), |ui| {
            if palette.projector {
                ui.style_mut().visuals = egui::Visuals::light();
            }
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(tr("legend-heading")).strong());
                if used.kinds.is_empty() {
                    ui.label(tr("legend-empty"));
                    return;
                }
                let column = |ui: &mut egui::Ui, n: usize, rows: &[Row]| {
                    egui::Grid::new(("legend-grid", n))
                        .num_columns(2)
                        .spacing([10.0, 2.0])
                        .show(ui, |ui| {
                            for row in rows {
                                row_ui(ui, &palette, row);
                            }
                        });
                };
                if let [rows] = columns.as_slice() {
                    column(ui, 0, rows);
                } else {
                    ui.horizontal_top(|ui| {
                        for (n, rows) in columns.iter().enumerate() {
                            column(ui, n, rows);
                        }
                    });
                }
                if shown.is_filtering() {
                    let how = if shown.hides_filtered() {
                        "legend-filtered-hidden"
                    } else {
                        "legend-filtered-faint"
                    };
                    ui.label(RichText::new(tr(how)).weak());
                }
            });
        });
}

fn row_ui(ui: &mut egui::Ui, palette: &Palette, row: &Row) {
    match row {
        Row::Glyph(look, text) => glyph_row(ui, palette, *look, text),
        Row::Line(look, text) => line_row(ui, palette, look, text),
        Row::Note(text) => {
            ui.label("");
            ui.label(RichText::new(text.as_str()).weak());
            ui.end_row();
        }
        Row::Coalition(colour, text) => {
            let (response, painter) = ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
            painter.circle_stroke(response.rect.center(), 9.0, egui::Stroke::new(3.0, *colour));
            ui.label(text);
            ui.end_row();
        }
        Row::Mark(mark, text) => {
            let (response, painter) = ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
            let mut shapes = Vec::new();
            compare_marks::push_mark(&mut shapes, response.rect.center(), *mark, palette);
            painter.extend(shapes);
            ui.label(text);
            ui.end_row();
        }
        Row::Moved(text) => {
            let (response, painter) = ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
            let rect = response.rect;
            // The arrow stops short of where the stakeholder is now, as
            // on the board, its head at the swatch's right.
            let then = Pos2::new(rect.left() + 8.0, rect.center().y);
            let now = Pos2::new(rect.right() + 12.0, rect.center().y);
            painter.extend(compare_marks::move_shapes(&[(then, now)], palette));
            ui.label(text);
            ui.end_row();
        }
    }
}

fn glyph_row(ui: &mut egui::Ui, palette: &Palette, look: GlyphLook, text: &str) {
    let (response, painter) = ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
    let radius = 8.0;
    let mut shapes = Vec::new();
    glyph::stakeholder_shapes(
        &mut shapes,
        &painter,
        response.rect.center(),
        radius,
        look,
        Emphasis::default(),
        palette,
    );
    painter.extend(shapes);
    ui.label(text);
    ui.end_row();
}

fn line_row(ui: &mut egui::Ui, palette: &Palette, look: &LineLook, text: &str) {
    let (response, painter) = ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
    let y = response.rect.center().y;
    let (a, b) = (
        Pos2::new(response.rect.left(), y),
        Pos2::new(response.rect.right(), y),
    );
    let mut shapes = Vec::new();
    glyph::relation_shapes(
        &mut shapes,
        a,
        0.0,
        b,
        0.0,
        0.0,
        look,
        Emphasis::default(),
        palette,
    );
    painter.extend(shapes);
    ui.label(text);
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Relation, Stakeholder};

    fn two_linked() -> Map {
        let mut map = Map::new("Campaign");
        let a = map.id_allocator().stakeholder();
        Edit::AddStakeholder(Stakeholder::new(a.clone(), "Union", Kind::Organization))
            .apply(&mut map)
            .unwrap();
        let b = map.id_allocator().stakeholder();
        Edit::AddStakeholder(Stakeholder::new(b.clone(), "Ministry", Kind::Target))
            .apply(&mut map)
            .unwrap();
        let r = map.id_allocator().relation();
        let kind = RelationKind::Custom("Challenges".to_owned());
        Edit::AddRelation(Relation::new(r, a, b, kind))
            .apply(&mut map)
            .unwrap();
        map
    }

    #[test]
    fn what_the_map_uses_is_worked_out_once_per_generation() {
        let map = two_linked();
        let mut legend = Legend::default();
        let first = legend.used(&map, 7);
        assert!(Arc::ptr_eq(&first, &legend.used(&map, 7)), "kept");
        let custom = RelationKind::Custom("Challenges".to_owned());
        assert_eq!(first.relation_kinds, std::slice::from_ref(&custom));
        assert_eq!(
            first.styles.style(&custom),
            RelationStyles::of(&map).style(&custom),
            "drawn as the network draws it"
        );
        assert!(
            !Arc::ptr_eq(&first, &legend.used(&map, 8)),
            "the map changed"
        );
    }
}
