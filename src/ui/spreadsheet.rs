//! Importing stakeholders from a spreadsheet into the open map, after a
//! preview of what will be added and changed and of every row that could
//! not be read; the user imports the good rows or nothing. The import is
//! one undo step.

use std::path::Path;

use egui::{Id, RichText};

use super::chosen_file::ChosenFileError;
use crate::edit::Edit;
use crate::exchange::csv::{self, ImportPlan, Imported};
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// What an import from a file will do, waiting for the user's word.
pub struct ImportPreview {
    /// The file's name, for the dialog's title.
    source: String,
    imported: Imported,
    plan: ImportPlan,
    /// Said when no relations file was beside the stakeholders file.
    missing_relations: Option<String>,
}

/// What the user decided in the preview.
#[allow(clippy::large_enum_variant, reason = "one at a time, never in bulk")]
pub enum ImportAnswer {
    Import(Edit),
    Cancel,
}

impl ImportPreview {
    /// Reads the stakeholders file at `path` (and `NAME.relations.csv`
    /// beside it, when there is one) and plans its import into `map`.
    pub fn read(path: &Path, map: &Map) -> Result<Self, ChosenFileError> {
        let (people, links) = csv::read_files(path, None)?;
        let imported = csv::import(&people, links.as_deref()).map_err(|source| {
            ChosenFileError::Spreadsheet {
                path: path.to_owned(),
                source,
            }
        })?;
        let plan = csv::merge_plan(map, &imported);
        let source = super::document::file_name(path);
        Ok(Self {
            source,
            imported,
            plan,
            missing_relations: csv::missing_relations(path, None),
        })
    }

    /// A one-line account of the import, for the status bar afterwards.
    pub fn summary(&self) -> String {
        tr_with(
            "spreadsheet-summary",
            &[
                ("source", self.source.clone().into()),
                ("added", self.plan.added.len().into()),
                ("changed", self.plan.changed.len().into()),
                ("relations", self.plan.relations_added.into()),
            ],
        )
    }

    pub fn ui(&self, ctx: &egui::Context) -> Option<ImportAnswer> {
        let mut answer = None;
        egui::Modal::new(Id::new("import-preview")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(tr_with(
                "import-from",
                &[("source", self.source.clone().into())],
            ));
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| self.details_ui(ui));
            ui.add_space(8.0);
            let rejected = self.imported.rejected.len();
            ui.horizontal(|ui| {
                let import = tr(if rejected == 0 {
                    "spreadsheet-import"
                } else {
                    "spreadsheet-import-readable"
                });
                let can_import = !self.plan.is_empty();
                if ui
                    .add_enabled(can_import, egui::Button::new(import))
                    .clicked()
                {
                    answer = Some(ImportAnswer::Import(self.plan.edit.clone()));
                }
                if ui.button(tr("dialog-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(ImportAnswer::Cancel);
                }
            });
        });
        answer
    }

    fn details_ui(&self, ui: &mut egui::Ui) {
        let plan = &self.plan;
        if plan.is_empty() {
            ui.label(tr("spreadsheet-nothing"));
        }
        names_ui(ui, "spreadsheet-will-add", &plan.added);
        names_ui(ui, "spreadsheet-will-change", &plan.changed);
        if plan.relations_added > 0 {
            ui.label(tr_with(
                "spreadsheet-will-add-relations",
                &[("count", plan.relations_added.into())],
            ));
        }
        if let Some(missing) = &self.missing_relations {
            // The words start with "no", which is ASCII.
            let mut said = format!("{missing}.");
            said[..1].make_ascii_uppercase();
            ui.label(said);
        }
        if plan.unchanged > 0 {
            ui.label(
                RichText::new(tr_with(
                    "spreadsheet-unchanged",
                    &[("count", plan.unchanged.into())],
                ))
                .weak(),
            );
        }
        if !self.imported.rejected.is_empty() {
            ui.add_space(6.0);
            ui.label(
                RichText::new(tr_with(
                    "spreadsheet-rejected",
                    &[("count", self.imported.rejected.len().into())],
                ))
                .strong()
                .color(ui.visuals().warn_fg_color),
            );
            for rejected in &self.imported.rejected {
                ui.label(format!("✖ {rejected}"));
            }
        }
        if !self.imported.unknown_columns.is_empty() {
            ui.add_space(6.0);
            ui.label(tr_with(
                "spreadsheet-unknown-columns",
                &[("columns", self.imported.unknown_columns.join(", ").into())],
            ));
        }
        for said in &self.imported.read_as {
            ui.add_space(6.0);
            ui.label(format!("• {said}"));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(tr("spreadsheet-undo-hint")).weak());
    }
}

/// How many names a list of the preview shows before "and N more".
const NAMES_SHOWN: usize = 12;

/// The stakeholders `names`, under the heading of the Fluent message `id`.
fn names_ui(ui: &mut egui::Ui, id: &str, names: &[String]) {
    if names.is_empty() {
        return;
    }
    ui.label(RichText::new(tr_with(id, &[("count", names.len().into())])).strong());
    let listed = names
        .iter()
        .take(NAMES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > NAMES_SHOWN {
        ui.label(tr_with(
            "spreadsheet-and-more",
            &[
                ("names", listed.into()),
                ("more", (names.len() - NAMES_SHOWN).into()),
            ],
        ));
    } else {
        ui.label(listed);
    }
}
