//! "Save a copy for sharing": the dialog says exactly what the copy leaves
//! out before anything is written. The open map is not changed.

use egui::{Id, RichText};

use crate::exchange::share::{Removed, ShareOptions, share_copy};
use crate::i18n::{tr, tr_with};
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
            ui.heading(tr("share-title"));
            ui.label(tr("share-intro"));
            ui.add_space(6.0);
            ui.checkbox(
                &mut self.options.hide_individuals,
                tr("share-hide-individuals"),
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
                if ui.button(tr("share-save")).clicked() {
                    answer = Some(ShareAnswer::Save(self.options));
                }
                if ui.button(tr("dialog-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(ShareAnswer::Cancel);
                }
            });
        });
        answer
    }
}

fn removed_ui(ui: &mut egui::Ui, removed: &Removed) {
    ui.label(RichText::new(tr("share-leaves-out")).strong());
    if removed.confidential_notes.is_empty() {
        ui.label(tr("share-no-confidential-notes"));
    } else {
        ui.label(tr_with(
            "share-confidential-notes-of",
            &[
                ("count", removed.confidential_notes.len().into()),
                ("names", removed.confidential_notes.join(", ").into()),
            ],
        ));
    }
    for (name, replacement) in &removed.renamed {
        ui.label(tr_with(
            "share-renamed",
            &[
                ("name", name.clone().into()),
                ("replacement", replacement.clone().into()),
            ],
        ));
    }
    history_removed_ui(ui, removed);
    ui.add_space(4.0);
    ui.label(RichText::new(tr("share-rest-kept")).weak());
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
