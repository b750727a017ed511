//! "Compare with another version…": what differs between the open map
//! and another version of it (a colleague's copy, last week's file), item
//! by item and field by field, as `powermap diff` prints it.

use std::path::Path;

use egui::RichText;

use crate::exchange::diff::diff;
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// The differences found, shown until the user closes them.
pub struct Comparison {
    /// The other version's file name.
    other: String,
    text: String,
    same: bool,
}

impl Comparison {
    /// What changed from the version at `other` to `map`.
    pub fn of(map: &Map, other: &Path) -> Result<Self, super::chosen_file::ChosenFileError> {
        let old = super::chosen_file::ChosenFileError::load_map(other)?;
        let changes = diff(&old, map);
        Ok(Self {
            other: super::document::file_name(other),
            same: changes.is_empty(),
            text: changes.to_text(),
        })
    }

    /// A one-line account, for the status bar.
    pub fn summary(&self) -> String {
        let other = [("other", self.other.clone().into())];
        if self.same {
            tr_with("compare-same", &other)
        } else {
            tr_with("compare-title", &other)
        }
    }

    /// The window; returns whether it stays open.
    pub fn ui(&self, ctx: &egui::Context) -> bool {
        let mut open = true;
        let mut close = false;
        egui::Window::new(tr_with(
            "compare-title",
            &[("other", self.other.clone().into())],
        ))
        .id(egui::Id::new("compare-report"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(560.0)
        .pivot(egui::Align2::RIGHT_TOP)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-320.0, 80.0))
        .show(ctx, |ui| {
            if self.same {
                ui.label(tr("compare-no-difference"));
            } else {
                ui.label(
                    RichText::new(tr_with(
                        "compare-from-to",
                        &[("other", self.other.clone().into())],
                    ))
                    .strong(),
                );
                egui::ScrollArea::vertical()
                    .max_height(440.0)
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(RichText::new(&self.text).monospace()).wrap());
                    });
            }
            ui.horizontal(|ui| {
                if !self.same && ui.button(tr("compare-copy")).clicked() {
                    ui.ctx().copy_text(self.text.clone());
                }
                if ui.button(tr("dialog-close")).clicked() {
                    close = true;
                }
            });
        });
        open && !close
    }
}
