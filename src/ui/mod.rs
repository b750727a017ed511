//! The desktop app: the map editor, its views and panels.

pub(crate) mod actions;
mod analysis_panel;
mod app;
mod autosave;
mod board;
mod canvas;
mod chosen_file;
mod clock;
mod coalitions;
mod command;
mod compare_dialog;
mod compare_marks;
mod day_words;
mod document;
mod fields;
mod file_dialogs;
mod filter_bar;
mod glyph;
mod graphml_import;
mod grid;
mod headless;
mod inspector;
mod inspector_history;
mod legend;
mod live_dialog;
mod map_settings;
mod merge_dialog;
mod names;
mod outline;
pub mod picture;
mod plan;
mod plan_legend;
mod present;
mod rect_grid;
pub(crate) mod scene_days;
mod scenes;
mod script;
mod selection;
mod settings;
mod share_dialog;
mod shown;
mod spectrum;
mod spreadsheet;
mod status_bar;
mod table;
mod tessellated;
mod theme;
mod timeline;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::Action;
pub use app::{JoinAtStart, PowermapApp};
pub use clock::Clock;
pub use document::Document;
pub use file_dialogs::{FileDialogs, FileRequest, PathKind, Picked, ScriptedFileDialogs};
pub use headless::{Frame, HeadlessWindow, WindowContent};
pub use present::{Presenter, Stage};
pub use selection::Selection;
pub use settings::Settings;
pub use views::View;

/// Opens the editor window on a file, or on the map opened last, or on the
/// bundled example.
pub fn run(file: Option<PathBuf>, join: Option<JoinAtStart>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Powermap")
            .with_app_id("powermap")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    autosave::install_panic_hook();
    let result = eframe::run_native(
        "Powermap",
        options,
        Box::new(move |cc| {
            let mut app = PowermapApp::new(cc, file);
            if let Some(join) = join {
                app.join_at_start(&cc.egui_ctx, join);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Powermap could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}
