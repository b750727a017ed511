//! The filter bar keeps its controls where they are while the filter is
//! chosen: a user reaching for the next control finds it where it was.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui_kittest::kittest::Queryable;
use powermap::model::{Kind, Stance};
use ui_support::*;

/// Where each of the bar's controls is on screen, left to right.
fn controls(editor: &Editor) -> Vec<egui::Rect> {
    [
        "Stance: any",
        "Role: any",
        "Clear filter",
        "Hide filtered out",
    ]
    .iter()
    .map(|label| editor.get_by_label(label).rect())
    .collect()
}

#[test]
fn choosing_a_filter_moves_none_of_the_controls_after_it() {
    let mut editor = editor(workshop_map());
    let before = controls(&editor);
    click_label(&mut editor, "Kind: any");
    click_label(&mut editor, Kind::Constituency.label());
    press(&mut editor, egui::Key::Escape);
    assert!(
        !texts_containing(&editor, "Kind: Constituency").is_empty(),
        "the filter is set"
    );
    assert_eq!(controls(&editor), before);
}

#[test]
fn a_long_choice_is_cut_short_and_given_whole_when_hovered() {
    let mut editor = editor(workshop_map());
    let width = editor.get_by_label("Stance: any").rect().width();
    click_label(&mut editor, "Stance: any");
    click_label(&mut editor, Stance::PassiveOpposition.label());
    press(&mut editor, egui::Key::Escape);
    let menu = editor.get_by_label("Stance: Passive opposition");
    assert!(
        (menu.rect().width() - width).abs() < 0.5,
        "as wide as before"
    );
    menu.hover();
    // Tooltips wait for the pointer to rest.
    editor.run_steps(90);
    assert!(
        texts_containing(&editor, "Stance: Passive opposition").len() >= 2,
        "a tooltip gives it whole"
    );
}
