//! "Merge another version…": the user picks the version both started
//! from and the other version; their changes come into the open map as
//! one undo step, and a window lists what came and every conflict, each a
//! link that selects the stakeholders concerned.

use std::fmt::Write as _;
use std::path::Path;

use egui::RichText;

use super::chosen_file::ChosenFileError;
use super::command::Command;
use super::selection::Selection;
use super::status_bar::count;
use crate::edit::Edit;
use crate::exchange::diff::{Change, ItemChange};
use crate::exchange::merge::{self, CONFLICT_TAG, Conflict, Merged};
use crate::model::Map;

/// What a merge did, shown until the user closes it.
pub struct MergeReport {
    /// The other version's file name.
    other: String,
    taken: Vec<String>,
    renumbered: Vec<String>,
    conflicts: Vec<Conflict>,
}

impl MergeReport {
    /// Merges the other version at `other`, grown apart from `base`, into
    /// `map`: the edit that does it, its label for the Edit menu, and the
    /// report.
    pub fn prepare(
        map: &Map,
        base: &Path,
        other: &Path,
    ) -> Result<(Edit, String, Self), ChosenFileError> {
        let load = ChosenFileError::load_map;
        let merged = merge::merge(&load(base)?, map, &load(other)?)?;
        let edit = merge::edit_between(map, &merged.map)?;
        let other = super::document::file_name(other);
        let label = format!("merge with {other}");
        Ok((edit, label, Self::of(other, merged)))
    }

    fn of(other: String, merged: Merged) -> Self {
        let taken = merged.taken;
        let lists = [
            ("stakeholder", &taken.stakeholders),
            ("relation", &taken.relations),
            ("coalition", &taken.coalitions),
            ("scene", &taken.scenes),
        ];
        let mut lines: Vec<String> = lists
            .into_iter()
            .filter_map(|(noun, changes)| changes_line(noun, changes))
            .collect();
        if !taken.history.is_empty() {
            let (added, changed, removed) = taken.history.counts();
            lines.push(crate::i18n::tr_with(
                "merge-history-taken",
                &[
                    ("added", added.into()),
                    ("changed", changed.into()),
                    ("removed", removed.into()),
                    ("checkpoints", taken.history.checkpoints_added.len().into()),
                ],
            ));
        }
        if !taken.settings.is_empty() {
            lines.push("the map settings changed".to_owned());
        }
        Self {
            other,
            taken: lines,
            renumbered: merged
                .renumbered
                .iter()
                .map(|r| {
                    format!(
                        "the other version's new {} “{}” is now {} ({} was taken here)",
                        r.noun, r.name, r.to, r.from
                    )
                })
                .collect(),
            conflicts: merged.conflicts,
        }
    }

    pub fn has_conflicts(&self) -> bool {
        !self.conflicts.is_empty()
    }

    /// A one-line account of the merge, for the status bar.
    pub fn summary(&self) -> String {
        match self.conflicts.len() {
            0 => format!("Merged with {}", self.other),
            n => format!(
                "Merged with {}: {}, tagged {CONFLICT_TAG}",
                self.other,
                count(n, "conflict")
            ),
        }
    }

    /// The report window; returns whether it stays open. A click on a
    /// conflict selects the stakeholders it concerns.
    pub fn ui(
        &self,
        ctx: &egui::Context,
        selection: &mut Selection,
        commands: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let mut close = false;
        egui::Window::new(format!("Merged with {}", self.other))
            .id(egui::Id::new("merge-report"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(520.0)
            // Beside the inspector, and movable, so the map stays in view.
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(ctx.content_rect().right_top() + egui::vec2(-320.0, 80.0))
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(420.0)
                    .show(ui, |ui| {
                        self.details_ui(ui, selection, commands);
                    });
                ui.add_space(6.0);
                ui.label(RichText::new("Undo (Ctrl+Z) takes the whole merge back.").weak());
                if ui.button("Close").clicked() {
                    close = true;
                }
            });
        open && !close
    }

    fn details_ui(
        &self,
        ui: &mut egui::Ui,
        selection: &mut Selection,
        commands: &mut Vec<Command>,
    ) {
        if self.taken.is_empty() {
            ui.label("The other version brought no change this map lacks.");
        } else {
            ui.label(RichText::new("From the other version:").strong());
            for line in &self.taken {
                ui.label(format!("• {line}"));
            }
        }
        for line in &self.renumbered {
            ui.label(format!("• {line}"));
        }
        ui.add_space(6.0);
        if self.conflicts.is_empty() {
            ui.label("No conflicts.");
            return;
        }
        ui.label(
            RichText::new(format!(
                "{}: this map's values are kept. The stakeholders concerned are tagged {CONFLICT_TAG} (Find, Ctrl+F, or the Tag filter shows them), and the map's notes list every conflict.",
                count(self.conflicts.len(), "conflict")
            ))
            .strong()
            .color(ui.visuals().warn_fg_color),
        );
        for conflict in &self.conflicts {
            let text = conflict.line(true);
            let short: String = if text.chars().count() > 200 {
                text.chars().take(199).chain(['…']).collect()
            } else {
                text.clone()
            };
            let link = ui.link(short).on_hover_text(text);
            if link.clicked() {
                if let Some(first) = conflict.stakeholders.first() {
                    selection.clear();
                    selection
                        .stakeholders
                        .extend(conflict.stakeholders.iter().cloned());
                    selection.anchor = Some(first.clone());
                    commands.push(Command::CenterOn(first.clone()));
                }
                if let Some(coalition) = &conflict.coalition {
                    commands.push(Command::HighlightCoalition(Some(coalition.clone())));
                }
            }
        }
    }
}

/// How many names a line lists before "and N more".
const NAMES_SHOWN: usize = 6;

/// "2 stakeholders added (Union, Press), 1 changed (Ministry)".
fn changes_line(noun: &str, changes: &[ItemChange]) -> Option<String> {
    let mut parts = Vec::new();
    for (what, wanted) in [
        (
            "added",
            (|c: &Change| matches!(c, Change::Added)) as fn(&Change) -> bool,
        ),
        ("changed", |c| matches!(c, Change::Changed(_))),
        ("removed", |c| matches!(c, Change::Removed)),
    ] {
        let names: Vec<&str> = changes
            .iter()
            .filter(|c| wanted(&c.change))
            .map(|c| c.name.as_str())
            .collect();
        if names.is_empty() {
            continue;
        }
        let n = names.len();
        let mut listed = names[..n.min(NAMES_SHOWN)].join(", ");
        if n > NAMES_SHOWN {
            let _ = write!(listed, " and {} more", n - NAMES_SHOWN);
        }
        let counted = if parts.is_empty() {
            count(n, noun)
        } else {
            n.to_string()
        };
        parts.push(format!("{counted} {what} ({listed})"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}
