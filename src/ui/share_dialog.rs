//! "Save a copy for sharing": the dialog says exactly what the copy leaves
//! out before anything is written. The open map is not changed.

use egui::{Id, RichText};

use crate::exchange::share::{Removed, ShareOptions, share_copy};
use crate::model::Map;

/// The dialog's state: the options and what they leave out, worked out
/// again only when the options or the map change.
pub struct ShareDialog {
    options: ShareOptions,
    /// The map generation and options `removed` is of.
    computed_for: Option<(u64, ShareOptions)>,
    removed: Removed,
}

/// What the user decided.
pub enum ShareAnswer {
    /// Choose where to save the copy made with these options.
    Save(ShareOptions),
    Cancel,
}

impl ShareDialog {
    pub fn new() -> Self {
        Self {
            options: ShareOptions::default(),
            computed_for: None,
            removed: Removed::default(),
        }
    }

    pub fn ui(&mut self, ctx: &egui::Context, map: &Map, generation: u64) -> Option<ShareAnswer> {
        if self.computed_for != Some((generation, self.options)) {
            self.removed = share_copy(map, self.options)
                .map(|(_, removed)| removed)
                .unwrap_or_default();
            self.computed_for = Some((generation, self.options));
        }
        let mut answer = None;
        egui::Modal::new(Id::new("share-copy")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading("Save a copy for sharing");
            ui.label("The copy is for people outside the coalition. Your map stays as it is.");
            ui.add_space(6.0);
            ui.checkbox(
                &mut self.options.hide_individuals,
                "Replace individuals' names with their role",
            );
            if !map.timeline().is_empty() {
                ui.checkbox(
                    &mut self.options.drop_history,
                    crate::i18n::tr("share-drop-history"),
                )
                .on_hover_text(crate::i18n::tr("share-drop-history-tooltip"));
            }
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| removed_ui(ui, &self.removed));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save copy…").clicked() {
                    answer = Some(ShareAnswer::Save(self.options));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(ShareAnswer::Cancel);
                }
            });
        });
        answer
    }
}

fn removed_ui(ui: &mut egui::Ui, removed: &Removed) {
    ui.label(RichText::new("The copy leaves out:").strong());
    if removed.confidential_notes.is_empty() {
        ui.label("No stakeholder has confidential notes.");
    } else {
        ui.label(format!(
            "The confidential notes of {}: {}",
            super::status_bar::count(removed.confidential_notes.len(), "stakeholder"),
            removed.confidential_notes.join(", ")
        ));
    }
    for (name, replacement) in &removed.renamed {
        ui.label(format!("“{name}” becomes “{replacement}”"));
    }
    history_removed_ui(ui, removed);
    ui.add_space(4.0);
    ui.label(
        RichText::new(
            "Everything else is kept, public notes too: read them before you send the copy.",
        )
        .weak(),
    );
}

/// What the copy leaves out of the history.
fn history_removed_ui(ui: &mut egui::Ui, removed: &Removed) {
    use crate::i18n::tr_with;
    if removed.confidential_sources > 0 {
        ui.label(tr_with(
            "share-sources-left-out",
            &[("count", removed.confidential_sources.into())],
        ));
    }
    if let Some((values, checkpoints)) = removed.history {
        ui.label(tr_with(
            "share-history-left-out",
            &[
                ("values", values.into()),
                ("checkpoints", checkpoints.into()),
            ],
        ));
    }
}
