//! The legend: explains only the shapes, fills, rings and lines the map
//! actually uses, in every view.

use std::collections::BTreeSet;

use egui::{Pos2, Rect, RichText, Sense, Vec2};

use super::glyph::{self, Emphasis, GlyphLook, LineLook};
use super::shown::Shown;
use super::theme::{self, Palette};
use super::views::View;
use crate::model::{Confidence, Kind, Map, RelationKind, Role, Stance};

/// What a map uses, in legend order.
#[derive(Debug, Default, PartialEq)]
pub struct Used {
    pub kinds: BTreeSet<Kind>,
    pub stances: BTreeSet<Stance>,
    pub roles: BTreeSet<Role>,
    pub relation_kinds: Vec<RelationKind>,
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
        used
    }
}

/// The id of the legend's area: a picture leaves room for it beside the view.
pub const AREA: &str = "legend";

const ROW: f32 = 26.0;
const SWATCH: f32 = 34.0;

/// Draws the legend in the bottom-left corner of `rect`.
pub fn legend_ui(ui: &mut egui::Ui, rect: Rect, map: &Map, view: View, shown: &Shown) {
    let used = Used::of(map);
    let palette = Palette::for_visuals(ui.visuals());
    egui::Area::new(egui::Id::new(AREA))
        .order(egui::Order::Middle)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(rect.left_bottom() + Vec2::new(10.0, -10.0))
        .constrain_to(rect)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(RichText::new("Legend").strong());
                if used.kinds.is_empty() {
                    ui.label("The map is empty.");
                    return;
                }
                egui::Grid::new("legend-grid")
                    .num_columns(2)
                    .spacing([10.0, 2.0])
                    .show(ui, |ui| {
                        for &kind in &used.kinds {
                            glyph_row(
                                ui,
                                &palette,
                                GlyphLook {
                                    kind,
                                    stance: Stance::Neutral,
                                    role: Role::External,
                                },
                                kind.label(),
                            );
                        }
                        for &stance in &used.stances {
                            let text =
                                format!("{} ({})", stance.label(), theme::stance_mark(stance));
                            glyph_row(
                                ui,
                                &palette,
                                GlyphLook {
                                    kind: Kind::Organization,
                                    stance,
                                    role: Role::External,
                                },
                                &text,
                            );
                        }
                        for &role in used
                            .roles
                            .iter()
                            .filter(|r| matches!(r, Role::LeadershipCore | Role::CorePartner))
                        {
                            glyph_row(
                                ui,
                                &palette,
                                GlyphLook {
                                    kind: Kind::Organization,
                                    stance: Stance::Neutral,
                                    role,
                                },
                                role.label(),
                            );
                        }
                        if view == View::Network {
                            for kind in &used.relation_kinds {
                                let look = LineLook {
                                    kind: kind.clone(),
                                    mutual: false,
                                    uncertain: false,
                                    width: 2.5,
                                };
                                line_row(ui, &palette, &look, kind.label());
                            }
                            if used.mutual {
                                let look = LineLook {
                                    kind: RelationKind::Influences,
                                    mutual: true,
                                    uncertain: false,
                                    width: 2.5,
                                };
                                line_row(ui, &palette, &look, "Mutual");
                            }
                            if used.uncertain {
                                let look = LineLook {
                                    kind: RelationKind::Influences,
                                    mutual: false,
                                    uncertain: true,
                                    width: 2.5,
                                };
                                line_row(ui, &palette, &look, "Uncertain");
                            }
                            ui.label("");
                            let size = if shown.sizes_by_analysis() {
                                "Size: brokerage (betweenness). Line width: strength."
                            } else {
                                "Size: power. Line width: strength."
                            };
                            ui.label(RichText::new(size).weak());
                            ui.end_row();
                        }
                        if let Some(id) = shown.highlighted_coalition()
                            && let Some(coalition) = map.coalition(id)
                        {
                            let (response, painter) =
                                ui.allocate_painter(Vec2::new(SWATCH, ROW), Sense::hover());
                            let [r, g, b] = coalition.colour.0;
                            painter.circle_stroke(
                                response.rect.center(),
                                9.0,
                                egui::Stroke::new(3.0, egui::Color32::from_rgb(r, g, b)),
                            );
                            ui.label(format!("Member of {}", coalition.name));
                            ui.end_row();
                        }
                    });
                if shown.is_filtering() {
                    let how = if shown.hides_filtered() {
                        "hidden"
                    } else {
                        "faint"
                    };
                    ui.label(RichText::new(format!("Filtered out: {how}")).weak());
                }
            });
        });
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
