//! The window keeps still under the user's hands: panels keep the width
//! the user gave them whatever their tabs show, so the map never slides
//! away when a tab opens.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use powermap::ui::{Document, Settings};
use ui_support::*;

fn example(file_name: &str) -> Editor {
    let example = powermap::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == file_name)
        .unwrap();
    let map = powermap::file::load_str(example.text).unwrap();
    editor_with(
        Document::new(map, None),
        Settings::default(),
        egui::Theme::Light,
    )
}

#[test]
fn the_side_panels_keep_their_width_whichever_tab_is_open() {
    for file_name in ["cross-border-aid.ron", "protection-of-civilians.ron"] {
        let mut editor = example(file_name);
        let canvas = editor.state().canvas_rect();
        for tab in [
            "Analysis",
            "Coalitions",
            "Scenes",
            "Stakeholders",
            "Analysis",
        ] {
            click_label(&mut editor, tab);
            settle(&mut editor);
            let now = editor.state().canvas_rect();
            assert!(
                (now.left() - canvas.left()).abs() < 1.0
                    && (now.right() - canvas.right()).abs() < 1.0,
                "{file_name}: the map moved from {canvas:?} to {now:?} when {tab} opened"
            );
        }
    }
}
