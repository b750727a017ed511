//! The map settings window: title, goal, theory of change and conditions.

use super::command::ViewContext;
use crate::edit::Edit;

#[derive(Default)]
pub struct MapSettings;

impl MapSettings {
    /// Shows the window; returns whether it stays open.
    pub fn ui(&mut self, ctx: &egui::Context, cx: &mut ViewContext<'_>) -> bool {
        let mut open = true;
        let mut meta = cx.map.meta().clone();
        egui::Window::new("Map settings")
            .open(&mut open)
            .collapsible(false)
            .default_width(480.0)
            .show(ctx, |ui| {
                egui::Grid::new("map-settings").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
                    ui.label("Title");
                    ui.text_edit_singleline(&mut meta.title);
                    ui.end_row();
                    ui.label("Goal");
                    ui.text_edit_multiline(&mut meta.goal);
                    ui.end_row();
                    ui.label("Theory of change");
                    ui.text_edit_multiline(&mut meta.theory_of_change);
                    ui.end_row();
                    ui.label("Issue salience");
                    ui.text_edit_multiline(&mut meta.conditions.salience);
                    ui.end_row();
                    ui.label("Timing");
                    ui.text_edit_multiline(&mut meta.conditions.timing);
                    ui.end_row();
                    ui.label("Feasibility");
                    ui.text_edit_multiline(&mut meta.conditions.feasibility);
                    ui.end_row();
                    ui.label("Notes");
                    ui.text_edit_multiline(&mut meta.notes);
                    ui.end_row();
                });
            });
        if meta != *cx.map.meta() {
            cx.edit(Edit::SetMeta(meta));
        }
        open
    }
}
