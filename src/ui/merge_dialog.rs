//! "Merge another version…": the user picks the version both started
//! from and the other version; their changes come into the open map as
//! one undo step, and a window lists what came and every conflict, each a
//! link that selects the stakeholders concerned.

use std::path::Path;

use egui::RichText;

use super::chosen_file::ChosenFileError;
use super::command::Command;
use super::selection::Selection;
use crate::edit::Edit;
use crate::exchange::diff::{Change, ItemChange};
use crate::exchange::merge::{self, CONFLICT_TAG, Conflict, Merged};
use crate::i18n::{tr, tr_with};
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
        let label = tr_with("merge-step", &[("other", other.clone().into())]);
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
            lines.push(tr("merge-settings-changed"));
        }
        Self {
            other,
            taken: lines,
            renumbered: merged
                .renumbered
                .iter()
                .map(|r| {
                    tr_with(
                        "merge-renumbered",
                        &[
                            ("noun", r.noun.to_string().into()),
                            ("name", r.name.clone().into()),
                            ("to", r.to.clone().into()),
                            ("from", r.from.clone().into()),
                        ],
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
            0 => tr_with("merge-title", &[("other", self.other.clone().into())]),
            n => tr_with(
                "merge-summary-conflicts",
                &[
                    ("other", self.other.clone().into()),
                    ("count", n.into()),
                    ("tag", CONFLICT_TAG.into()),
                ],
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
        egui::Window::new(tr_with(
            "merge-title",
            &[("other", self.other.clone().into())],
        ))
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
            ui.label(RichText::new(tr("merge-undo-hint")).weak());
            if ui.button(tr("dialog-close")).clicked() {
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
            ui.label(tr("merge-nothing-new"));
        } else {
            ui.label(RichText::new(tr("merge-from-other")).strong());
            for line in &self.taken {
                ui.label(format!("• {line}"));
            }
        }
        for line in &self.renumbered {
            ui.label(format!("• {line}"));
        }
        ui.add_space(6.0);
        if self.conflicts.is_empty() {
            ui.label(tr("merge-no-conflicts"));
            return;
        }
        ui.label(
            RichText::new(tr_with(
                "merge-conflicts-kept",
                &[
                    ("count", self.conflicts.len().into()),
                    ("tag", CONFLICT_TAG.into()),
                ],
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
            listed = tr_with(
                "merge-and-more",
                &[("names", listed.into()), ("more", (n - NAMES_SHOWN).into())],
            );
        }
        let id = if parts.is_empty() {
            "merge-part-first"
        } else {
            "merge-part-next"
        };
        parts.push(tr_with(
            id,
            &[
                ("noun", noun.into()),
                ("what", what.into()),
                ("count", n.into()),
                ("names", listed.into()),
            ],
        ));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}
