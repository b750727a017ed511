//! A screen reader and the keyboard on the map: each stakeholder and
//! relation in sight is an AccessKit node named with what its glyph shows,
//! in the network, the grid and the spectrum; Tab walks the stakeholders
//! and the arrow keys go to a neighbour, while the arrow keys still nudge
//! a selection made with the mouse.

mod ui_support;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_support::*;

/// The network map's own node, which the keyboard focuses.
const MAP: &str = "Network map";

fn focus_the_map(editor: &mut Editor) {
    editor.get_by_label_contains(MAP).focus();
    editor.run_steps(2);
    assert!(
        editor.get_by_label_contains(MAP).is_focused(),
        "the map took the focus"
    );
}

/// The stakeholder node whose name comes first in its label.
fn is_on(editor: &Editor, name: &str) -> bool {
    editor
        .get_by_label_contains(&format!("{name}: "))
        .is_focused()
}

#[test]
fn a_screen_reader_hears_each_stakeholder_and_relation_on_the_network() {
    let mut editor = editor(workshop_map());
    editor.run_steps(2);
    // Name, kind, stance and role, as the glyph shows them.
    editor.get_by_label("Ministry: Target, stance unknown, external");
    editor.get_by_label("Union: Organization, stance unknown, external");
    editor.get_by_label("Union influences Ministry");
    let items = editor.query_all_by_role(Role::ListItem).count();
    assert_eq!(items, 5, "four stakeholders and one relation");
}

#[test]
fn a_screen_reader_hears_the_stakeholders_on_the_grid_and_the_spectrum() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::Num2);
    editor.run_steps(3);
    editor.get_by_label("Press: Media, stance unknown, external");
    assert_eq!(editor.query_all_by_role(Role::ListItem).count(), 4);
    press_with(&mut editor, CTRL, Key::Num3);
    editor.run_steps(3);
    editor.get_by_label("Church: Organization, stance unknown, external");
    assert_eq!(editor.query_all_by_role(Role::ListItem).count(), 4);
}

#[test]
fn tab_walks_the_stakeholders_and_arrow_keys_go_to_a_neighbour() {
    let mut editor = editor(workshop_map());
    let before = stakeholder(&editor, "Union").position;
    focus_the_map(&mut editor);
    // Reading order: the top row left to right, then the next row.
    press(&mut editor, Key::Tab);
    assert!(is_on(&editor, "Ministry"));
    press(&mut editor, Key::Tab);
    assert!(is_on(&editor, "Union"));
    // A dashed ring shows where the keyboard is.
    snapshot(&mut editor, "keyboard_focus_on_the_map");
    press_with(&mut editor, SHIFT, Key::Tab);
    assert!(is_on(&editor, "Ministry"));
    // Right of the Ministry is the Union, which influences it.
    press(&mut editor, Key::ArrowRight);
    assert!(is_on(&editor, "Union"));
    press(&mut editor, Key::ArrowDown);
    assert!(is_on(&editor, "Church"));
    // Moving the keyboard focus moves nothing and selects nothing.
    assert_eq!(stakeholder(&editor, "Union").position, before);
    assert!(selected_names(&editor).is_empty());
    // Space selects the stakeholder the keyboard is on.
    press(&mut editor, Key::Space);
    assert_eq!(selected_names(&editor), ["Church"]);
    // Past the last, the focus is back on the map, and the next Tab leaves it.
    press(&mut editor, Key::Tab);
    assert!(editor.get_by_label_contains(MAP).is_focused());
    press(&mut editor, Key::Tab);
    assert!(!editor.get_by_label_contains(MAP).is_focused());
}

#[test]
fn arrow_keys_still_nudge_a_selection_made_with_the_mouse() {
    let mut editor = editor(workshop_map());
    focus_the_map(&mut editor);
    press(&mut editor, Key::Tab);
    assert!(is_on(&editor, "Ministry"));
    // A click puts the keyboard focus away: the arrows move the selection.
    click_on(&mut editor, "Press");
    let before = stakeholder(&editor, "Press").position;
    press(&mut editor, Key::ArrowRight);
    let after = stakeholder(&editor, "Press").position;
    assert!(after.x > before.x, "nudged right: {before:?} → {after:?}");
    assert!((after.y - before.y).abs() < 1e-3);
}

#[test]
fn the_app_keys_work_while_the_keyboard_is_on_the_map() {
    let mut editor = editor(workshop_map());
    focus_the_map(&mut editor);
    press(&mut editor, Key::Tab);
    assert!(is_on(&editor, "Ministry"));
    press(&mut editor, Key::Space);
    assert_eq!(selected_names(&editor), ["Ministry"]);
    press(&mut editor, Key::Delete);
    assert!(
        find_stakeholder(&editor, "Ministry").is_none(),
        "Delete deletes it"
    );
    press_with(&mut editor, CTRL, Key::Z);
    assert!(
        find_stakeholder(&editor, "Ministry").is_some(),
        "Ctrl+Z undoes it"
    );
    assert_eq!(selected_names(&editor), ["Ministry"]);
}
