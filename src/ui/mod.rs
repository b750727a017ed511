//! The desktop app: the map editor and its views.

mod app;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::PowermapApp;

/// Opens the editor window on a file, or on the bundled example.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Powermap")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Powermap",
        options,
        Box::new(move |cc| Ok(Box::new(PowermapApp::new(cc, file)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Powermap could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}
