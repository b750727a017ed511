//! "Import from GraphML…": a file from yEd, Gephi or Powermap becomes a
//! new map, after a report of what it holds, what will be left out and
//! what is read differently; the user opens it or cancels.

use std::path::Path;

use egui::{Id, RichText};

use super::chosen_file::ChosenFileError;
use super::status_bar::count;
use crate::exchange::graphml::{self, read::Entry, read::Imported};
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// A GraphML file read, waiting for the user's word.
pub struct GraphmlPreview {
    /// The file's name, for the dialog's title.
    source: String,
    imported: Imported,
    map: Map,
}

/// What the user decided.
pub enum GraphmlAnswer {
    /// Open this map in place of the open one (asking to save first).
    Open(Box<Map>),
    Cancel,
}

impl GraphmlPreview {
    /// Reads the file at `path` into the map it would make.
    pub fn read(path: &Path) -> Result<Self, ChosenFileError> {
        let text = graphml::read::read_file(path)?;
        let imported = graphml::import(&text).map_err(|source| ChosenFileError::Graphml {
            path: path.to_owned(),
            source,
        })?;
        let map = imported.to_map(&crate::exchange::incoming::title_of(path))?;
        let source = super::document::file_name(path);
        Ok(Self {
            source,
            imported,
            map,
        })
    }

    pub fn ui(&self, ctx: &egui::Context) -> Option<GraphmlAnswer> {
        let mut answer = None;
        egui::Modal::new(Id::new("graphml-import")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(tr_with(
                "import-from",
                &[("source", self.source.clone().into())],
            ));
            ui.add_space(4.0);
            ui.label(tr_with(
                "graphml-makes-map",
                &[
                    (
                        "stakeholders",
                        count(self.map.stakeholder_count(), "count-stakeholders").into(),
                    ),
                    (
                        "relations",
                        count(self.map.relation_count(), "count-relations").into(),
                    ),
                ],
            ));
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| self.details_ui(ui));
            ui.add_space(8.0);
            let report = &self.imported.report;
            ui.horizontal(|ui| {
                let open = tr(if report.left_out_count() == 0 {
                    "graphml-open"
                } else {
                    "graphml-open-rest"
                });
                if ui.button(open).clicked() {
                    answer = Some(GraphmlAnswer::Open(Box::new(self.map.clone())));
                }
                if ui.button(tr("dialog-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(GraphmlAnswer::Cancel);
                }
            });
        });
        answer
    }

    fn details_ui(&self, ui: &mut egui::Ui) {
        let report = &self.imported.report;
        if report.left_out_count() > 0 {
            ui.add_space(6.0);
            ui.label(
                RichText::new(tr_with(
                    "graphml-left-out",
                    &[("count", report.left_out_count().into())],
                ))
                .strong()
                .color(ui.visuals().warn_fg_color),
            );
            entries_ui(ui, "✖", &report.left_out, report.more_left_out);
        }
        if report.changed_count() > 0 {
            ui.add_space(6.0);
            ui.label(RichText::new(tr("graphml-read-differently")).strong());
            entries_ui(ui, "•", &report.changed, report.more_changed);
        }
        if report.is_empty() {
            ui.label(tr("graphml-all-read"));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(tr("graphml-map-unchanged")).weak());
    }
}

fn entries_ui(ui: &mut egui::Ui, mark: &str, entries: &[Entry], more: usize) {
    for entry in entries {
        ui.label(format!("{mark} {entry}"));
    }
    if more > 0 {
        ui.label(tr_with("import-and-more", &[("more", more.into())]));
    }
}
