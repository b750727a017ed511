//! The outline: every stakeholder, grouped by kind, with a search box.
//! A click selects and centres.

use egui::{RichText, Ui};

use super::command::{Command, ViewContext};
use crate::model::{Kind, Stakeholder};

#[derive(Default)]
pub struct Outline {
    search: String,
}

impl Outline {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading("Stakeholders");
        ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text("Search names and tags")
                .desired_width(f32::INFINITY),
        );
        let needle = self.search.trim().to_lowercase();
        let mut stakeholders: Vec<&Stakeholder> = cx
            .map
            .stakeholders()
            .filter(|s| needle.is_empty() || matches_search(s, &needle))
            .collect();
        stakeholders.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if stakeholders.is_empty() {
                    ui.label(
                        RichText::new(if needle.is_empty() {
                            "No stakeholders yet"
                        } else {
                            "No match"
                        })
                        .weak(),
                    );
                }
                for &kind in Kind::ALL {
                    let group: Vec<&Stakeholder> = stakeholders
                        .iter()
                        .copied()
                        .filter(|s| s.kind == kind)
                        .collect();
                    if group.is_empty() {
                        continue;
                    }
                    egui::CollapsingHeader::new(format!("{} ({})", plural(kind), group.len()))
                        .id_salt(("outline", kind.label()))
                        .default_open(true)
                        .show(ui, |ui| {
                            for stakeholder in group {
                                let selected = cx.selection.contains_stakeholder(&stakeholder.id);
                                let response = ui.add(
                                    egui::Button::selectable(selected, &stakeholder.name)
                                        .sense(egui::Sense::click_and_drag()),
                                );
                                // Can be dropped on a coalition in the coalitions panel.
                                response.dnd_set_drag_payload(stakeholder.id.clone());
                                if response.clicked() {
                                    let toggle =
                                        ui.input(|i| i.modifiers.shift || i.modifiers.command);
                                    if toggle {
                                        cx.selection.toggle_stakeholder(stakeholder.id.clone());
                                    } else {
                                        cx.selection
                                            .select_only_stakeholder(stakeholder.id.clone());
                                    }
                                    cx.commands.push(Command::CenterOn(stakeholder.id.clone()));
                                }
                            }
                        });
                }
            });
    }
}

/// Whether a stakeholder's name or any tag contains the (lowercase) search text.
pub fn matches_search(stakeholder: &Stakeholder, needle: &str) -> bool {
    stakeholder.name.to_lowercase().contains(needle)
        || stakeholder
            .tags
            .iter()
            .any(|t| t.to_lowercase().contains(needle))
        || stakeholder
            .expertise
            .iter()
            .any(|t| t.to_lowercase().contains(needle))
}

fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Organization => "Organizations",
        Kind::Target => "Targets",
        Kind::Individual => "Individuals",
        Kind::Constituency => "Constituencies",
        Kind::Media => "Media",
        Kind::Funder => "Funders",
        Kind::Other => "Other",
    }
}
