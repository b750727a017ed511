//! The eframe app: one open map and the window around it.

use std::path::PathBuf;

use crate::edit::History;
use crate::model::Map;

pub struct PowermapApp {
    map: Map,
    history: History,
    path: Option<PathBuf>,
    error: Option<String>,
}

impl PowermapApp {
    pub fn new(_cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let (map, path, error) = match file {
            Some(path) => match crate::file::load_file(&path) {
                Ok(map) => (map, Some(path), None),
                Err(err) => (
                    crate::examples::default_map(),
                    None,
                    Some(format!("{}: {err}", path.display())),
                ),
            },
            None => (crate::examples::default_map(), None, None),
        };
        Self {
            map,
            history: History::new(),
            path,
            error,
        }
    }
}

impl eframe::App for PowermapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.map.title());
            ui.label(format!(
                "{} stakeholders, {} relations, {} coalitions",
                self.map.stakeholder_count(),
                self.map.relation_count(),
                self.map.coalition_count()
            ));
            if let Some(path) = &self.path {
                ui.label(path.display().to_string());
            }
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            let _ = self.history.is_modified();
        });
    }
}
