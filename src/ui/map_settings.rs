//! The map settings window: title, goal, theory of change and the
//! conditions the coalition works in. Each field edit is one undo step.

use egui::Id;

use super::command::ViewContext;
use super::fields::DraftField;
use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::model::MapMeta;
use crate::model::plan::MAX_COLD_AFTER_DAYS;

/// Reads and writes one text field of the map's settings.
struct MetaField {
    /// The Fluent id of the field's name, and the key of its widgets.
    name: &'static str,
    /// The Fluent id of its hint; empty for none.
    hint: &'static str,
    multiline: bool,
    get: fn(&MapMeta) -> &String,
    set: fn(&mut MapMeta) -> &mut String,
}

const FIELDS: [MetaField; 7] = [
    MetaField {
        name: "settings-title",
        hint: "settings-title-hint",
        multiline: false,
        get: |m| &m.title,
        set: |m| &mut m.title,
    },
    MetaField {
        name: "settings-goal",
        hint: "settings-goal-hint",
        multiline: true,
        get: |m| &m.goal,
        set: |m| &mut m.goal,
    },
    MetaField {
        name: "settings-theory-of-change",
        hint: "settings-theory-of-change-hint",
        multiline: true,
        get: |m| &m.theory_of_change,
        set: |m| &mut m.theory_of_change,
    },
    MetaField {
        name: "settings-salience",
        hint: "settings-salience-hint",
        multiline: true,
        get: |m| &m.conditions.salience,
        set: |m| &mut m.conditions.salience,
    },
    MetaField {
        name: "settings-timing",
        hint: "settings-timing-hint",
        multiline: true,
        get: |m| &m.conditions.timing,
        set: |m| &mut m.conditions.timing,
    },
    MetaField {
        name: "settings-feasibility",
        hint: "settings-feasibility-hint",
        multiline: true,
        get: |m| &m.conditions.feasibility,
        set: |m| &mut m.conditions.feasibility,
    },
    MetaField {
        name: "settings-notes",
        hint: "",
        multiline: true,
        get: |m| &m.notes,
        set: |m| &mut m.notes,
    },
];

#[derive(Default)]
pub struct MapSettings;

impl MapSettings {
    /// Shows the window; returns whether it stays open.
    #[expect(
        clippy::unused_self,
        reason = "every panel has a `ui(&mut self, …)`; this one keeps its state in egui's memory"
    )]
    pub fn ui(&mut self, ctx: &egui::Context, cx: &mut ViewContext<'_>) -> bool {
        let mut open = true;
        let meta = cx.map.meta();
        let mut changed: Option<MapMeta> = None;
        let mut typing: Option<MapMeta> = None;
        let mut cold_after: Option<u32> = None;
        egui::Window::new(tr("settings-window-title"))
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                egui::Grid::new("map-settings")
                    .num_columns(2)
                    .spacing([10.0, 8.0])
                    .show(ui, |ui| {
                        for field in &FIELDS {
                            if field.name == "settings-salience" {
                                ui.label(egui::RichText::new(tr("settings-conditions")).strong());
                                ui.end_row();
                            }
                            let name = tr(field.name);
                            ui.label(&name);
                            let id = Id::new(("map-settings", field.name));
                            let current = (field.get)(meta);
                            let draft = if field.multiline {
                                DraftField::multiline(id, &name, current).desired_rows(2)
                            } else {
                                DraftField::singleline(id, &name, current)
                            };
                            let hint = if field.hint.is_empty() {
                                String::new()
                            } else {
                                tr(field.hint)
                            };
                            let output = draft.hint_text(&hint).show(ui);
                            let keeps_title = |text: &str| {
                                !(field.name == "settings-title" && text.trim().is_empty())
                            };
                            if let Some(text) = output.committed.filter(|t| keeps_title(t)) {
                                let mut new = changed.take().unwrap_or_else(|| meta.clone());
                                *(field.set)(&mut new) = text;
                                changed = Some(new);
                            } else if let Some(text) = output.typing.filter(|t| keeps_title(t)) {
                                let mut new = meta.clone();
                                *(field.set)(&mut new) = text;
                                typing = Some(new);
                            }
                            ui.end_row();
                        }
                        cold_after = cold_after_ui(ui, cx.map.plan().cold_after_days());
                        ui.end_row();
                    });
                ui.label(egui::RichText::new(tr("settings-undo-hint")).weak());
            });
        if let Some(days) = cold_after {
            cx.edit(Edit::SetColdAfter(days));
        }
        if let Some(meta) = changed {
            cx.edit(Edit::SetMeta(meta));
        } else if let Some(meta) = typing {
            // Text still being typed: kept by the autosave, not yet an undo step.
            cx.draft(Edit::SetMeta(meta));
        }
        open
    }
}

/// The days without contact after which a relation is cold: a number from
/// 1 to ten years, one undo step when the field is left. A number out of
/// range, or no number, is named under the field and changes nothing.
fn cold_after_ui(ui: &mut egui::Ui, days: u32) -> Option<u32> {
    let name = tr("settings-cold-after");
    ui.label(&name);
    let id = Id::new(("map-settings", "cold-after"));
    let problem_id = id.with("problem");
    let mut set = None;
    ui.vertical(|ui| {
        let output = DraftField::singleline(id, &name, &days.to_string())
            .hint_text(&tr("settings-cold-after-hint"))
            .show(ui);
        if let Some(text) = output.committed {
            match text.trim().parse::<u32>() {
                Ok(n) if (1..=MAX_COLD_AFTER_DAYS).contains(&n) => {
                    set = (n != days).then_some(n);
                    ui.ctx().data_mut(|d| {
                        d.remove_temp::<String>(problem_id);
                    });
                }
                _ => {
                    let bad = text.trim().to_owned();
                    ui.ctx().data_mut(|d| d.insert_temp(problem_id, bad));
                }
            }
        }
        if let Some(bad) = ui.ctx().data(|d| d.get_temp::<String>(problem_id)) {
            ui.label(
                egui::RichText::new(tr_with(
                    "settings-cold-after-bad",
                    &[("text", bad.into()), ("max", MAX_COLD_AFTER_DAYS.into())],
                ))
                .color(ui.visuals().error_fg_color),
            );
        }
    });
    set
}
