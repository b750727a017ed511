//! The map settings window: title, goal, theory of change and the
//! conditions the coalition works in. Each field edit is one undo step.

use egui::Id;

use super::command::ViewContext;
use super::fields::DraftField;
use crate::edit::Edit;
use crate::model::MapMeta;

/// Reads and writes one text field of the map's settings.
struct MetaField {
    name: &'static str,
    hint: &'static str,
    multiline: bool,
    get: fn(&MapMeta) -> &String,
    set: fn(&mut MapMeta) -> &mut String,
}

const FIELDS: [MetaField; 7] = [
    MetaField {
        name: "Title",
        hint: "What the map is called",
        multiline: false,
        get: |m| &m.title,
        set: |m| &mut m.title,
    },
    MetaField {
        name: "Goal",
        hint: "What the coalition wants to change, and by when",
        multiline: true,
        get: |m| &m.goal,
        set: |m| &mut m.goal,
    },
    MetaField {
        name: "Theory of change",
        hint: "The causal chain the coalition bets on: evidence + media attention = on the agenda",
        multiline: true,
        get: |m| &m.theory_of_change,
        set: |m| &mut m.theory_of_change,
    },
    MetaField {
        name: "Issue salience",
        hint: "How much the issue matters to the public and decision makers now",
        multiline: true,
        get: |m| &m.conditions.salience,
        set: |m| &mut m.conditions.salience,
    },
    MetaField {
        name: "Timing",
        hint: "Windows of opportunity and deadlines",
        multiline: true,
        get: |m| &m.conditions.timing,
        set: |m| &mut m.conditions.timing,
    },
    MetaField {
        name: "Feasibility",
        hint: "How winnable it looks, and why",
        multiline: true,
        get: |m| &m.conditions.feasibility,
        set: |m| &mut m.conditions.feasibility,
    },
    MetaField {
        name: "Notes",
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
        egui::Window::new("Map settings")
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                egui::Grid::new("map-settings")
                    .num_columns(2)
                    .spacing([10.0, 8.0])
                    .show(ui, |ui| {
                        for field in &FIELDS {
                            if field.name == "Issue salience" {
                                ui.label(egui::RichText::new("Conditions").strong());
                                ui.end_row();
                            }
                            ui.label(field.name);
                            let id = Id::new(("map-settings", field.name));
                            let current = (field.get)(meta);
                            let draft = if field.multiline {
                                DraftField::multiline(id, field.name, current).desired_rows(2)
                            } else {
                                DraftField::singleline(id, field.name, current)
                            };
                            let output = draft.hint_text(field.hint).show(ui);
                            let keeps_title =
                                |text: &str| !(field.name == "Title" && text.trim().is_empty());
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
                    });
                ui.label(
                    egui::RichText::new("Each field is one undo step, kept when you leave it.")
                        .weak(),
                );
            });
        if let Some(meta) = changed {
            cx.edit(Edit::SetMeta(meta));
        } else if let Some(meta) = typing {
            // Text still being typed: kept by the autosave, not yet an undo step.
            cx.draft(Edit::SetMeta(meta));
        }
        open
    }
}
