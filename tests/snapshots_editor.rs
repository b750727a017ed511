//! What the editor looks like: reference images of the whole window,
//! rendered by wgpu on the CPU (Mesa's lavapipe), compared pixel by pixel.
//!
//! After a deliberate change to the look, regenerate the images with
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots_editor` and look at every
//! changed image before committing it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use powermap::model::Map;
use powermap::ui::{Document, Settings};
use ui_support::*;

/// The first bundled example, the map a new user sees first.
fn example_map() -> Map {
    powermap::file::load_str(powermap::examples::EXAMPLES[0].text)
        .expect("the bundled example loads")
}

fn example_editor(theme: egui::Theme) -> Editor {
    editor_with(
        Document::new(example_map(), None),
        Settings::default(),
        theme,
    )
}

#[test]
fn the_editor_on_the_bundled_example_in_the_light_theme() {
    let mut editor = example_editor(egui::Theme::Light);
    snapshot(&mut editor, "editor_example_light");
}

#[test]
fn the_editor_on_the_bundled_example_in_the_dark_theme() {
    let mut editor = example_editor(egui::Theme::Dark);
    snapshot(&mut editor, "editor_example_dark");
}

#[test]
fn the_editor_with_a_stakeholder_selected_shows_it_in_the_inspector() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    snapshot(&mut editor, "editor_stakeholder_selected");
}

#[test]
fn the_editor_on_the_bundled_example_with_a_stakeholder_selected() {
    let mut editor = example_editor(egui::Theme::Light);
    let first = example_map()
        .stakeholders_sorted()
        .first()
        .map(|s| s.name.clone())
        .expect("the bundled example has stakeholders");
    click_on(&mut editor, &first);
    snapshot(&mut editor, "editor_example_selected");
}

#[test]
fn a_stakeholder_being_dragged_is_drawn_under_the_pointer_over_the_rest() {
    // The rest of the map is painted as it was when the drag began, and
    // the dragged glyph with its relation and name on top of it.
    let mut editor = editor(workshop_map());
    let union = on_screen(&editor, "Union");
    let church = on_screen(&editor, "Church");
    start_drag(&mut editor, union);
    move_dragged(&mut editor, church + egui::vec2(-90.0, -60.0));
    editor.run_steps(4);
    editor.snapshot("editor_dragging");
    release_at(&mut editor, church + egui::vec2(-90.0, -60.0));
    assert_eq!(
        editor.state().document().history().depth(),
        1,
        "the drag is one edit"
    );
}
