//! The window keeps still under the user's hands: panels keep the width
//! the user gave them whatever their tabs show, so the map never slides
//! away when a tab opens.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui_kittest::kittest::Queryable;
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

#[test]
fn a_narrow_window_shows_every_view_tab_and_the_whole_filter_bar() {
    let mut editor = example("cross-border-aid.ron");
    editor.set_size(egui::Vec2::new(900.0, 650.0));
    // No input after the resize: the frame the resize brought must be whole.
    editor.step();
    let canvas = editor.state().canvas_rect();
    let legend = editor.get_by_label("Legend").rect();
    for label in [
        "Network",
        "Power/interest grid",
        "Spectrum of allies",
        "Table",
    ] {
        let tab = editor.get_by_label(label).rect();
        assert!(
            tab.right() <= canvas.right() + 1.0 && tab.bottom() <= canvas.top(),
            "the {label} tab at {tab:?} is outside the view bar (the map is at {canvas:?})"
        );
        assert!(
            !tab.intersects(legend),
            "the {label} tab at {tab:?} is under the Legend button at {legend:?}"
        );
    }
    for label in ["Clear filter", "Focus on selected"] {
        let control = editor.get_by_label(label).rect();
        assert!(
            control.bottom() <= canvas.top() + 1.0,
            "{label} at {control:?} is hidden behind the map at {canvas:?}"
        );
    }
}

#[test]
fn a_resized_window_keeps_the_middle_of_the_map_in_the_middle() {
    let mut editor = example("cross-border-aid.ron");
    let before = editor.state().canvas_rect();
    let middle = editor.state().canvas_position(before.center());
    let (zoom, _) = editor.state().canvas_camera();
    editor.set_size(egui::Vec2::new(1000.0, 700.0));
    settle(&mut editor);
    let after = editor.state().canvas_rect();
    assert!(
        after.width() < before.width() - 100.0,
        "{before:?} → {after:?}"
    );
    let now = editor.state().canvas_position(after.center());
    assert!(
        (now - middle).length() < 1.0,
        "the middle of the map moved from {middle:?} to {now:?}"
    );
    assert!((editor.state().canvas_camera().0 - zoom).abs() < 1e-4);
}
