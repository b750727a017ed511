//! The map editor as a workshop uses it: adding, naming, connecting,
//! moving, selecting, deleting, copying and finding stakeholders, with undo
//! and redo of each, all driven through the real window with keys, typed
//! text, clicks and drags.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::{Event, Key, Vec2};
use egui_kittest::kittest::Queryable;
use powermap::model::{Kind, Position, RelationKind};
use ui_support::*;

fn depth(editor: &Editor) -> usize {
    editor.state().document().history().depth()
}

fn undo(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Z);
}

fn redo(editor: &mut Editor) {
    press_with(editor, CTRL_SHIFT, Key::Z);
}

fn position(editor: &Editor, name: &str) -> Position {
    stakeholder(editor, name).position
}

fn relation(from: &str, to: &str, kind: &str) -> (String, String, String) {
    (from.to_owned(), to.to_owned(), kind.to_owned())
}

// Adding and naming.

#[test]
fn adding_a_stakeholder_by_pressing_n_then_typing_its_name_and_enter() {
    let mut editor = editor(workshop_map());
    let spot = empty_spot(&editor);
    hover(&mut editor, spot);
    // A real keyboard sends the letter's text too; it must not land in the field.
    press_letter(&mut editor, Key::N, "n");
    assert!(editor.state().is_editing_text(), "N opens the name field");
    type_text(&mut editor, "Health ministry");
    press(&mut editor, Key::Enter);

    assert!(
        !editor.state().is_editing_text(),
        "Enter closes the name field"
    );
    let added = stakeholder(&editor, "Health ministry");
    assert_eq!(added.kind, Kind::Organization);
    let at = editor.state().canvas_position(spot);
    assert_near(added.position, Position::new(at.x, at.y), 1.0);
    assert_eq!(map(&editor).stakeholder_count(), 5);
    assert_eq!(
        selected_names(&editor),
        ["Health ministry"],
        "the new stakeholder is selected"
    );
    assert_eq!(depth(&editor), 1, "adding is one undo step");
}

#[test]
fn adding_a_stakeholder_by_double_clicking_empty_canvas_then_typing_its_name() {
    let mut editor = editor(workshop_map());
    let spot = empty_spot(&editor);
    double_click(&mut editor, spot);
    assert!(
        editor.state().is_editing_text(),
        "a double-click opens the name field"
    );
    type_text(&mut editor, "Youth network");
    press(&mut editor, Key::Enter);

    let added = stakeholder(&editor, "Youth network");
    let at = editor.state().canvas_position(spot);
    assert_near(added.position, Position::new(at.x, at.y), 1.0);
    assert_eq!(map(&editor).stakeholder_count(), 5);
}

#[test]
fn adding_the_first_stakeholder_to_an_empty_map_by_double_click() {
    let mut editor = editor(powermap::model::Map::new("Empty"));
    let spot = editor.state().canvas_rect().center() + Vec2::new(-100.0, 50.0);
    double_click(&mut editor, spot);
    type_text(&mut editor, "Coalition core");
    press(&mut editor, Key::Enter);
    assert_eq!(names(map(&editor)), ["Coalition core"]);
}

#[test]
fn pressing_n_with_the_pointer_off_the_canvas_adds_in_the_middle_of_the_view() {
    let mut editor = editor(workshop_map());
    hover(&mut editor, egui::Pos2::new(5.0, 5.0));
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "Donor");
    press(&mut editor, Key::Enter);
    let middle = editor
        .state()
        .canvas_position(editor.state().canvas_rect().center());
    assert_near(
        stakeholder(&editor, "Donor").position,
        Position::new(middle.x, middle.y),
        1.0,
    );
}

#[test]
fn tab_changes_the_kind_while_naming() {
    let mut editor = editor(workshop_map());
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "City council");
    press(&mut editor, Key::Tab);
    let hint = texts_containing(&editor, "Tab changes the kind");
    assert!(
        hint.iter().any(|t| t.starts_with("Target")),
        "the field shows the kind: {hint:?}"
    );
    press(&mut editor, Key::Tab);
    assert!(
        editor.state().is_editing_text(),
        "Tab does not leave the name field"
    );
    press(&mut editor, Key::Enter);

    let added = stakeholder(&editor, "City council");
    assert_eq!(
        added.kind,
        Kind::Individual,
        "Organization → Target → Individual"
    );
    assert_eq!(
        added.name, "City council",
        "Tab typed nothing into the name"
    );
}

#[test]
fn tab_cycles_past_the_last_kind_back_to_the_first() {
    let mut editor = editor(workshop_map());
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "Anyone");
    for _ in 0..Kind::ALL.len() {
        press(&mut editor, Key::Tab);
    }
    press(&mut editor, Key::Enter);
    assert_eq!(stakeholder(&editor, "Anyone").kind, Kind::Organization);
}

#[test]
fn shift_tab_changes_the_kind_back_while_naming() {
    let mut editor = editor(workshop_map());
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "City council");
    press(&mut editor, Key::Tab);
    press(&mut editor, Key::Tab);
    press_with(&mut editor, SHIFT, Key::Tab);
    press(&mut editor, Key::Enter);
    assert_eq!(
        stakeholder(&editor, "City council").kind,
        Kind::Target,
        "Organization → Target → Individual ← Target"
    );
}

#[test]
fn escape_cancels_naming_and_adds_nothing() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "Not wanted");
    press(&mut editor, Key::Escape);

    assert!(
        !editor.state().is_editing_text(),
        "Esc closes the name field"
    );
    assert_eq!(*map(&editor), original, "nothing was added");
    assert_eq!(depth(&editor), 0);
    assert!(!editor.state().document().is_modified());
}

#[test]
fn enter_on_an_empty_name_adds_nothing() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "   ");
    press(&mut editor, Key::Enter);
    assert_eq!(*map(&editor), original);
    assert_eq!(depth(&editor), 0);
}

#[test]
fn renaming_a_selected_stakeholder_with_f2() {
    let mut editor = editor(workshop_map());
    let union = on_screen(&editor, "Union");
    click(&mut editor, union);
    assert_eq!(selected_names(&editor), ["Union"]);
    press(&mut editor, Key::F2);
    assert!(editor.state().is_editing_text(), "F2 opens the name field");
    // Replace the whole name: select all inside the field, then type.
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "Teachers' union");
    press(&mut editor, Key::Enter);

    assert!(find_stakeholder(&editor, "Union").is_none());
    assert_eq!(
        stakeholder(&editor, "Teachers' union").kind,
        Kind::Organization
    );
    assert_eq!(map(&editor).stakeholder_count(), 4);
    assert_eq!(
        relation_names(map(&editor)),
        [relation("Teachers' union", "Ministry", "Influences")],
        "the relation follows the renamed stakeholder"
    );
    assert_eq!(depth(&editor), 1, "a rename is one undo step");

    undo(&mut editor);
    assert_eq!(
        stakeholder(&editor, "Union").kind,
        Kind::Organization,
        "undo gives the old name back"
    );
    redo(&mut editor);
    assert!(
        find_stakeholder(&editor, "Teachers' union").is_some(),
        "redo renames again"
    );
}

#[test]
fn renaming_by_double_clicking_a_stakeholder_appends_to_its_name() {
    let mut editor = editor(workshop_map());
    let ministry = on_screen(&editor, "Ministry");
    double_click(&mut editor, ministry);
    assert!(
        editor.state().is_editing_text(),
        "a double-click on a stakeholder opens its name"
    );
    type_text(&mut editor, " of health");
    press(&mut editor, Key::Enter);

    assert_eq!(
        stakeholder(&editor, "Ministry of health").kind,
        Kind::Target
    );
    assert_eq!(map(&editor).stakeholder_count(), 4, "renaming adds nobody");
}

#[test]
fn escape_cancels_a_rename() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let ministry = on_screen(&editor, "Ministry");
    double_click(&mut editor, ministry);
    type_text(&mut editor, " of defence");
    press(&mut editor, Key::Escape);
    assert_eq!(*map(&editor), original);
    assert_eq!(depth(&editor), 0);
}

// Connecting.

#[test]
fn connecting_two_stakeholders_by_ctrl_dragging_then_pressing_a_digit() {
    let mut editor = editor(workshop_map());
    let (press_at, church) = (on_screen(&editor, "Press"), on_screen(&editor, "Church"));
    drag_with(&mut editor, press_at, church, CTRL);
    assert!(
        editor.state().is_editing_text(),
        "the relation-kind popup is open"
    );
    assert!(editor.query_by_label_contains("Which relation?").is_some());
    assert_eq!(
        map(&editor).relation_count(),
        1,
        "nothing is added before a kind is chosen"
    );
    assert_eq!(
        position(&editor, "Press"),
        Position::new(0.0, 300.0),
        "a Ctrl-drag does not move"
    );
    press(&mut editor, Key::Num2);

    assert!(!editor.state().is_editing_text(), "the popup closes");
    assert_eq!(
        relation_names(map(&editor)),
        [
            relation("Press", "Church", "Funds"),
            relation("Union", "Ministry", "Influences")
        ]
    );
    assert_eq!(depth(&editor), 1, "connecting is one undo step");
    assert_eq!(
        undo_menu_item(&mut editor),
        "Undo connect “Press” to “Church”"
    );

    undo(&mut editor);
    assert_eq!(
        map(&editor).relation_count(),
        1,
        "undo takes the relation away"
    );
    redo(&mut editor);
    assert_eq!(map(&editor).relation_count(), 2, "redo puts it back");
}

#[test]
fn ten_relation_kinds_have_a_key_each_with_zero_for_the_tenth() {
    let mut editor = editor(workshop_map());
    let (press_at, church) = (on_screen(&editor, "Press"), on_screen(&editor, "Church"));
    drag_with(&mut editor, press_at, church, CTRL);
    press(&mut editor, Key::Num0);
    assert!(relation_names(map(&editor)).contains(&relation(
        "Press",
        "Church",
        RelationKind::Collaborates.label()
    )));
}

#[test]
fn connecting_two_selected_stakeholders_by_pressing_c() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    click_on_with(&mut editor, "Ministry", SHIFT);
    assert_eq!(selected_names(&editor), ["Church", "Ministry"]);
    press_letter(&mut editor, Key::C, "c");
    assert!(
        editor.state().is_editing_text(),
        "C asks for the relation kind"
    );
    press(&mut editor, Key::Num1);

    assert!(
        relation_names(map(&editor)).contains(&relation("Church", "Ministry", "Influences")),
        "the first selected is where the relation starts: {:?}",
        relation_names(map(&editor))
    );
    assert_eq!(depth(&editor), 1);
}

#[test]
fn escape_closes_the_relation_kind_popup_without_connecting() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let (press_at, church) = (on_screen(&editor, "Press"), on_screen(&editor, "Church"));
    drag_with(&mut editor, press_at, church, CTRL);
    press(&mut editor, Key::Escape);
    assert!(!editor.state().is_editing_text());
    assert_eq!(*map(&editor), original);
}

// Moving.

#[test]
fn moving_a_stakeholder_by_dragging_is_one_undo_step() {
    let mut editor = editor(workshop_map());
    // Zoom in first, so screen points and canvas units differ.
    press(&mut editor, Key::Plus);
    let zoom = {
        let a = editor
            .state()
            .canvas_position(egui::Pos2::new(500.0, 400.0));
        let b = editor
            .state()
            .canvas_position(egui::Pos2::new(600.0, 400.0));
        100.0 / (b.x - a.x)
    };
    assert!((zoom - 1.0).abs() > 0.1, "the view is zoomed ({zoom})");
    let before = position(&editor, "Press");
    let from = on_screen(&editor, "Press");
    let drag_by = Vec2::new(150.0, -60.0);
    drag(&mut editor, from, from + drag_by);

    let expected = Position::new(before.x + drag_by.x / zoom, before.y + drag_by.y / zoom);
    assert_near(position(&editor, "Press"), expected, 0.5);
    assert_eq!(depth(&editor), 1, "a whole drag is one undo step");
    assert_eq!(undo_menu_item(&mut editor), "Undo move “Press”");
    assert_eq!(
        position(&editor, "Church"),
        Position::new(400.0, 300.0),
        "the others stay"
    );

    undo(&mut editor);
    assert_eq!(position(&editor, "Press"), before, "Ctrl+Z puts it back");
    redo(&mut editor);
    assert_near(position(&editor, "Press"), expected, 0.5);
    undo(&mut editor);
    press_with(&mut editor, CTRL, Key::Y);
    assert_near(position(&editor, "Press"), expected, 0.5);
}

#[test]
fn dragging_one_of_several_selected_moves_them_all_as_one_step() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    click_on_with(&mut editor, "Church", SHIFT);
    let from = on_screen(&editor, "Church");
    drag(&mut editor, from, from + Vec2::new(0.0, 80.0));

    let (press_y, church_y) = (position(&editor, "Press").y, position(&editor, "Church").y);
    assert!(
        press_y > 300.0 && (press_y - church_y).abs() < 0.01,
        "both moved down alike"
    );
    assert_eq!(position(&editor, "Ministry"), Position::new(0.0, 0.0));
    assert_eq!(depth(&editor), 1);
    assert_eq!(undo_menu_item(&mut editor), "Undo move 2 stakeholders");
}

#[test]
fn arrow_keys_nudge_the_selection_and_each_nudge_undoes() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    press(&mut editor, Key::ArrowRight);
    press(&mut editor, Key::ArrowRight);
    press(&mut editor, Key::ArrowUp);
    press_with(&mut editor, SHIFT, Key::ArrowDown);
    assert_near(position(&editor, "Press"), Position::new(20.0, 291.0), 0.01);
    assert_eq!(
        position(&editor, "Union"),
        Position::new(400.0, 0.0),
        "only the selection moves"
    );
    assert_eq!(depth(&editor), 4);

    undo(&mut editor);
    assert_near(position(&editor, "Press"), Position::new(20.0, 290.0), 0.01);
    undo(&mut editor);
    undo(&mut editor);
    undo(&mut editor);
    assert_eq!(position(&editor, "Press"), Position::new(0.0, 300.0));
    redo(&mut editor);
    assert_eq!(position(&editor, "Press"), Position::new(10.0, 300.0));
}

#[test]
fn arrow_keys_with_nothing_selected_pan_and_change_nothing() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let before = on_screen(&editor, "Ministry");
    press(&mut editor, Key::ArrowLeft);
    let after = on_screen(&editor, "Ministry");
    assert!(after.x > before.x, "the view pans");
    assert_eq!(*map(&editor), original);
}

// Undo and redo.

#[test]
fn the_edit_menu_names_what_will_be_undone_and_redone() {
    let mut editor = editor(workshop_map());
    assert_eq!(undo_menu_item(&mut editor), "Undo");
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "Donor");
    press(&mut editor, Key::Enter);
    assert_eq!(undo_menu_item(&mut editor), "Undo add stakeholder “Donor”");
    assert_eq!(redo_menu_item(&mut editor), "Redo");

    undo(&mut editor);
    assert!(find_stakeholder(&editor, "Donor").is_none());
    assert_eq!(redo_menu_item(&mut editor), "Redo add stakeholder “Donor”");
    assert_eq!(
        editor.state().notice(),
        Some("Undid add stakeholder “Donor”")
    );
}

#[test]
fn undo_and_redo_from_the_edit_menu() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    press(&mut editor, Key::ArrowDown);
    click_menu_item(&mut editor, "Edit", "Undo move “Press”");
    assert_eq!(position(&editor, "Press"), Position::new(0.0, 300.0));
    click_menu_item(&mut editor, "Edit", "Redo move “Press”");
    assert_eq!(position(&editor, "Press"), Position::new(0.0, 310.0));
}

#[test]
fn undoing_everything_gives_back_the_map_as_opened() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    // Add, connect, move, rename, delete.
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    type_text(&mut editor, "Donor");
    press(&mut editor, Key::Enter);
    let (donor, ministry) = (on_screen(&editor, "Donor"), on_screen(&editor, "Ministry"));
    drag_with(&mut editor, donor, ministry, CTRL);
    press(&mut editor, Key::Num2);
    let church = on_screen(&editor, "Church");
    drag(&mut editor, church, church + Vec2::new(40.0, 40.0));
    press(&mut editor, Key::F2);
    type_text(&mut editor, " council");
    press(&mut editor, Key::Enter);
    click_on(&mut editor, "Union");
    press(&mut editor, Key::Delete);
    assert_eq!(depth(&editor), 5, "five changes, five steps");
    assert!(editor.state().document().is_modified());

    for _ in 0..5 {
        undo(&mut editor);
    }
    assert_eq!(*map(&editor), original);
    assert!(
        !editor.state().document().is_modified(),
        "back at the opened state, nothing is unsaved"
    );
}

// Deleting.

#[test]
fn deleting_a_stakeholder_with_delete_takes_its_relations_and_undo_restores_all() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    click_on(&mut editor, "Union");
    press(&mut editor, Key::Delete);

    assert!(find_stakeholder(&editor, "Union").is_none());
    assert_eq!(
        map(&editor).relation_count(),
        0,
        "its relation went with it"
    );
    assert!(
        editor.state().selection().is_empty(),
        "nothing deleted stays selected"
    );
    assert_eq!(depth(&editor), 1);

    undo(&mut editor);
    assert_eq!(
        *map(&editor),
        original,
        "undo brings back the stakeholder and its relation"
    );
}

#[test]
fn deleting_everything_with_backspace_is_one_step() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    press_with(&mut editor, CTRL, Key::A);
    press(&mut editor, Key::Backspace);
    assert_eq!(map(&editor).stakeholder_count(), 0);
    assert_eq!(map(&editor).relation_count(), 0);
    assert_eq!(depth(&editor), 1);
    assert_eq!(undo_menu_item(&mut editor), "Undo delete 4 stakeholders");

    undo(&mut editor);
    assert_eq!(*map(&editor), original);
    redo(&mut editor);
    assert_eq!(map(&editor).stakeholder_count(), 0);
}

#[test]
fn deleting_a_selected_relation_keeps_its_stakeholders() {
    let mut editor = editor(workshop_map());
    let (union, ministry) = (on_screen(&editor, "Union"), on_screen(&editor, "Ministry"));
    click(&mut editor, union + (ministry - union) * 0.5);
    assert_eq!(
        editor.state().selection().relations.len(),
        1,
        "a click on the line selects the relation"
    );
    press(&mut editor, Key::Delete);
    assert_eq!(map(&editor).relation_count(), 0);
    assert_eq!(map(&editor).stakeholder_count(), 4);
}

#[test]
fn delete_while_typing_a_name_edits_the_text_not_the_map() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    press(&mut editor, Key::F2);
    press(&mut editor, Key::Backspace);
    press(&mut editor, Key::Enter);
    assert!(
        find_stakeholder(&editor, "Churc").is_some(),
        "Backspace took one letter of the name"
    );
    assert_eq!(map(&editor).stakeholder_count(), 4);
}

// Selecting.

#[test]
fn ctrl_a_selects_every_stakeholder_and_escape_clears() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::A);
    assert_eq!(
        selected_names(&editor),
        ["Church", "Ministry", "Press", "Union"]
    );
    press(&mut editor, Key::Escape);
    assert!(editor.state().selection().is_empty());
}

#[test]
fn clicking_selects_and_shift_or_ctrl_click_toggles() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    click_on(&mut editor, "Union");
    assert_eq!(
        selected_names(&editor),
        ["Union"],
        "a plain click selects only that one"
    );
    click_on_with(&mut editor, "Church", SHIFT);
    click_on_with(&mut editor, "Press", CTRL);
    assert_eq!(selected_names(&editor), ["Church", "Press", "Union"]);
    click_on_with(&mut editor, "Union", CTRL);
    assert_eq!(
        selected_names(&editor),
        ["Church", "Press"],
        "Ctrl-click again removes it"
    );
    click_empty(&mut editor);
    assert!(
        editor.state().selection().is_empty(),
        "a click on empty canvas clears"
    );
}

#[test]
fn shift_dragging_a_box_on_empty_canvas_selects_what_is_inside() {
    let mut editor = editor(workshop_map());
    let (ministry, press_at) = (on_screen(&editor, "Ministry"), on_screen(&editor, "Press"));
    // A box around the left column: Ministry above Press.
    let from = ministry + Vec2::new(-70.0, -70.0);
    let to = press_at + Vec2::new(70.0, 70.0);
    drag_with(&mut editor, from, to, SHIFT);

    assert_eq!(selected_names(&editor), ["Ministry", "Press"]);
    assert_eq!(
        position(&editor, "Ministry"),
        Position::new(0.0, 0.0),
        "nothing moved"
    );
    assert_eq!(depth(&editor), 0, "selecting is not an edit");
}

#[test]
fn dragging_empty_canvas_pans_without_changing_the_map() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let before = on_screen(&editor, "Ministry");
    let spot = empty_spot(&editor);
    drag(&mut editor, spot, spot + Vec2::new(-80.0, 30.0));
    let after = on_screen(&editor, "Ministry");
    assert!(
        (after - before - Vec2::new(-80.0, 30.0)).length() < 1.0,
        "the view followed the drag"
    );
    assert_eq!(*map(&editor), original);
}

#[test]
fn ctrl_dragging_from_a_stakeholder_to_empty_canvas_connects_nothing() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let from = on_screen(&editor, "Press");
    let to = empty_spot(&editor);
    drag_with(&mut editor, from, to, CTRL);
    assert!(!editor.state().is_editing_text(), "no popup");
    assert_eq!(*map(&editor), original);
}

#[test]
fn the_right_click_menu_on_a_stakeholder_deletes_it() {
    let mut editor = editor(workshop_map());
    let press_at = on_screen(&editor, "Press");
    right_click(&mut editor, press_at);
    assert_eq!(
        selected_names(&editor),
        ["Press"],
        "a right-click selects what it is on"
    );
    click_button_starting_with(&mut editor, "Delete");
    assert!(find_stakeholder(&editor, "Press").is_none());
    assert_eq!(depth(&editor), 1);
}

#[test]
fn the_right_click_menu_on_empty_canvas_adds_a_stakeholder_there() {
    let mut editor = editor(workshop_map());
    let spot = empty_spot(&editor);
    right_click(&mut editor, spot);
    click_button_starting_with(&mut editor, "Add stakeholder here");
    type_text(&mut editor, "Donor");
    press(&mut editor, Key::Enter);
    let at = editor.state().canvas_position(spot);
    assert_near(
        stakeholder(&editor, "Donor").position,
        Position::new(at.x, at.y),
        1.0,
    );
}

// Copy, cut, paste and duplicate.

#[test]
fn copying_stakeholders_and_pasting_them_into_another_map_remaps_ids_and_keeps_relations_among_them()
 {
    let mut source = editor(workshop_map());
    click_on(&mut source, "Union");
    click_on_with(&mut source, "Ministry", SHIFT);
    click_on_with(&mut source, "Press", SHIFT);
    source.event(Event::Copy);
    source.step();
    let text = copied_text(&source).expect("Copy puts text on the system clipboard");
    assert_eq!(*map(&source), workshop_map(), "copying changes nothing");

    // A second window on a map whose ids are the same as the first map's.
    let target_map = map_of(
        &[
            ("Mayor", Kind::Individual, (0.0, 0.0)),
            ("Council", Kind::Target, (300.0, 0.0)),
        ],
        &[("Mayor", "Council", RelationKind::ReportsTo)],
    );
    let mut target = editor(target_map.clone());
    target.event(Event::Paste(text));
    settle(&mut target);

    let pasted = map(&target);
    assert_eq!(
        names(pasted),
        ["Council", "Mayor", "Ministry", "Press", "Union"]
    );
    assert_eq!(
        relation_names(pasted),
        [
            relation("Mayor", "Council", "Reports to"),
            relation("Union", "Ministry", "Influences")
        ],
        "the relation between two copied stakeholders came along"
    );
    for name in ["Mayor", "Council"] {
        assert_eq!(
            stakeholder(&target, name),
            target_map.stakeholders().find(|s| s.name == name).unwrap()
        );
    }
    let mut ids: Vec<&str> = pasted.stakeholders().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        5,
        "every pasted stakeholder has an id of its own"
    );
    assert_eq!(
        selected_names(&target),
        ["Ministry", "Press", "Union"],
        "the pasted ones are selected"
    );
    assert_eq!(depth(&target), 1, "a paste is one undo step");

    undo(&mut target);
    assert_eq!(*map(&target), target_map);
}

#[test]
fn cutting_removes_the_stakeholders_and_pasting_brings_them_back() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    click_on_with(&mut editor, "Ministry", SHIFT);
    editor.event(Event::Cut);
    editor.step();
    let text = copied_text(&editor).expect("Cut puts text on the clipboard");
    settle(&mut editor);
    assert_eq!(names(map(&editor)), ["Church", "Press"]);

    editor.event(Event::Paste(text));
    settle(&mut editor);
    assert_eq!(
        names(map(&editor)),
        ["Church", "Ministry", "Press", "Union"]
    );
    assert_eq!(
        relation_names(map(&editor)),
        [relation("Union", "Ministry", "Influences")]
    );
}

#[test]
fn pasting_twice_puts_the_second_copy_beside_the_first() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    editor.event(Event::Copy);
    editor.step();
    let text = copied_text(&editor).unwrap();
    editor.event(Event::Paste(text.clone()));
    settle(&mut editor);
    editor.event(Event::Paste(text));
    settle(&mut editor);
    let mut spots: Vec<(i32, i32)> = map(&editor)
        .stakeholders()
        .filter(|s| s.name == "Press")
        .map(|s| (s.position.x as i32, s.position.y as i32))
        .collect();
    spots.sort_unstable();
    spots.dedup();
    assert_eq!(
        spots.len(),
        3,
        "three Press, none on top of another: {spots:?}"
    );
    assert_eq!(depth(&editor), 2);
}

#[test]
fn copying_while_typing_in_a_field_copies_text_not_stakeholders() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    click_label_value(&mut editor, "Church");
    press_with(&mut editor, CTRL, Key::A);
    editor.event(Event::Copy);
    editor.step();
    assert_eq!(
        copied_text(&editor).as_deref(),
        Some("Church"),
        "the field copied its selected text"
    );
    editor.event(Event::Paste("Chapel".to_owned()));
    press(&mut editor, Key::Enter);
    assert!(
        find_stakeholder(&editor, "Chapel").is_some(),
        "the field pasted the text"
    );
    assert_eq!(
        map(&editor).stakeholder_count(),
        4,
        "no stakeholders were pasted"
    );
}

#[test]
fn pasting_text_that_is_not_stakeholders_changes_nothing_and_says_so() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    editor.event(Event::Paste("shopping list: milk".to_owned()));
    settle(&mut editor);
    assert_eq!(*map(&editor), original);
    assert!(
        editor
            .state()
            .notice()
            .unwrap()
            .starts_with("Nothing pasted")
    );
}

#[test]
fn ctrl_d_duplicates_the_selection_with_the_relations_among_it() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    click_on_with(&mut editor, "Ministry", SHIFT);
    press_with(&mut editor, CTRL, Key::D);

    let map_now = map(&editor);
    assert_eq!(map_now.stakeholder_count(), 6);
    assert_eq!(map_now.relation_count(), 2);
    let copies: Vec<_> = editor
        .state()
        .selection()
        .stakeholders
        .iter()
        .map(|id| map_now.stakeholder(id).unwrap().clone())
        .collect();
    assert_eq!(copies.len(), 2, "the copies are selected");
    let union_copy = copies.iter().find(|s| s.name == "Union").unwrap();
    assert_ne!(union_copy.id, id_of(&editor, "Press"));
    assert_ne!(
        union_copy.position,
        Position::new(400.0, 0.0),
        "the copy sits beside the original"
    );
    assert!(
        map_now.relations().any(|r| r.from == union_copy.id),
        "the copies are connected like the originals"
    );
    assert_eq!(depth(&editor), 1);
}

// The inspector.

#[test]
fn typing_in_an_inspector_field_is_one_undo_step_per_field_edit() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    click_label_value(&mut editor, "Church");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "Council of churches");
    assert_eq!(depth(&editor), 0, "nothing is recorded while typing");
    assert!(find_stakeholder(&editor, "Church").is_some());
    press(&mut editor, Key::Enter);

    assert!(find_stakeholder(&editor, "Council of churches").is_some());
    assert_eq!(depth(&editor), 1, "the whole field edit is one undo step");
    assert_eq!(
        undo_menu_item(&mut editor),
        "Undo edit stakeholder “Council of churches”"
    );
    undo(&mut editor);
    assert!(
        find_stakeholder(&editor, "Church").is_some(),
        "one undo gives the whole old name back"
    );
}

#[test]
fn typing_notes_in_the_inspector_then_clicking_the_canvas_keeps_the_notes() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(&mut editor, "Runs the food bank");
    click_empty(&mut editor);
    assert_eq!(stakeholder(&editor, "Church").notes, "Runs the food bank");
    assert_eq!(depth(&editor), 1);
}

#[test]
fn typing_notes_in_the_inspector_then_pressing_tab_keeps_the_notes() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(&mut editor, "Runs the food bank");
    press(&mut editor, Key::Tab);
    assert_eq!(stakeholder(&editor, "Church").notes, "Runs the food bank");
    assert_eq!(depth(&editor), 1);
}

#[test]
fn typing_in_the_inspector_does_not_trigger_single_key_shortcuts() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    click_on(&mut editor, "Church");
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    // N adds, C connects, F fits, P pins, Delete deletes: not while typing.
    for (key, text) in [(Key::N, "n"), (Key::C, "c"), (Key::F, "f"), (Key::P, "p")] {
        press_letter(&mut editor, key, text);
    }
    press(&mut editor, Key::Delete);
    assert!(!editor.state().is_editing_text(), "no name field opened");
    assert_eq!(map(&editor).stakeholder_count(), 4);
    assert!(!stakeholder(&editor, "Church").pinned);
    assert_eq!(depth(&editor), 0, "nothing recorded yet");
}

#[test]
fn renaming_in_the_inspector_then_clicking_another_stakeholder_renames_the_first() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    click_label_value(&mut editor, "Church");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "Diocese");
    click_on(&mut editor, "Press");
    assert!(
        find_stakeholder(&editor, "Diocese").is_some(),
        "{:?}",
        names(map(&editor))
    );
    assert_eq!(
        stakeholder(&editor, "Press").kind,
        Kind::Media,
        "Press kept its name"
    );
    assert_eq!(selected_names(&editor), ["Press"]);
}

#[test]
fn ctrl_z_while_typing_in_a_field_does_not_undo_the_map() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    press(&mut editor, Key::ArrowDown);
    assert_eq!(depth(&editor), 1);
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(&mut editor, "abc");
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(
        position(&editor, "Church"),
        Position::new(400.0, 310.0),
        "the nudge is not undone"
    );
}

#[test]
fn several_selected_stakeholders_get_a_field_set_in_the_inspector_as_one_step() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    click_on_with(&mut editor, "Church", SHIFT);
    assert!(!texts_containing(&editor, "2 stakeholders selected").is_empty());
    // The stance combo shows the stance they share.
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::ComboBox
                && node.value().as_deref() == Some("Unknown")
        })
        .click();
    settle(&mut editor);
    click_label(&mut editor, "Active ally");
    for name in ["Union", "Church"] {
        assert_eq!(
            stakeholder(&editor, name).stance,
            powermap::model::Stance::ActiveAlly,
            "{name}"
        );
    }
    assert_eq!(
        stakeholder(&editor, "Press").stance,
        powermap::model::Stance::Unknown
    );
    assert_eq!(depth(&editor), 1);
    undo(&mut editor);
    assert_eq!(
        stakeholder(&editor, "Union").stance,
        powermap::model::Stance::Unknown
    );
    assert_eq!(
        stakeholder(&editor, "Church").stance,
        powermap::model::Stance::Unknown
    );
}

#[test]
fn a_screen_reader_can_tell_the_inspector_fields_apart() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Church");
    for field in ["Name", "Kind", "Stance", "Role", "Notes"] {
        let named = editor
            .query_all_by(|node| {
                matches!(
                    node.role(),
                    egui::accesskit::Role::ComboBox
                        | egui::accesskit::Role::TextInput
                        | egui::accesskit::Role::MultilineTextInput
                ) && node.label().is_some_and(|label| label.contains(field))
            })
            .count();
        assert_eq!(named, 1, "one field is named {field:?}");
    }
    let power = editor
        .query_all_by(|node| node.label().is_some_and(|label| label.contains("Power")))
        .count();
    assert!(
        power >= 5,
        "the power buttons say they are power, not just 1 to 5"
    );
}

/// Clicks the one-line text field whose text is `value` (an inspector field).
fn click_label_value(editor: &mut Editor, value: &str) {
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::TextInput
                && node.value().as_deref() == Some(value)
        })
        .click();
    settle(editor);
}

// Finding.

#[test]
fn find_by_name_then_enter_selects_and_centres() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::F);
    type_text(&mut editor, "chur");
    assert!(editor.query_by_label("1 match").is_some());
    press(&mut editor, Key::Enter);

    assert_eq!(selected_names(&editor), ["Church"]);
    let centre = editor.state().canvas_rect().center();
    let church = on_screen(&editor, "Church");
    // Within half the find bar's height: see the strict test below.
    assert!(
        church.distance(centre) < 20.0,
        "Church is in the middle of the view ({church:?} vs {centre:?})"
    );
    assert_eq!(depth(&editor), 0);
}

#[test]
fn find_centres_the_match_exactly() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::F);
    type_text(&mut editor, "chur");
    press(&mut editor, Key::Enter);
    // The view centres once the find bar has closed and the canvas has grown.
    editor.run_steps(3);
    let centre = editor.state().canvas_rect().center();
    let church = on_screen(&editor, "Church");
    assert!(
        church.distance(centre) < 2.0,
        "Church is in the middle of the view ({church:?} vs {centre:?})"
    );
}

#[test]
fn find_by_tag_selects_every_match() {
    let mut map = workshop_map();
    let tagged: Vec<_> = map
        .stakeholders()
        .filter(|s| s.name == "Union" || s.name == "Press")
        .map(|s| {
            let mut s = s.clone();
            s.tags = vec!["Lobby".to_owned()];
            powermap::edit::Edit::UpdateStakeholder(s)
        })
        .collect();
    powermap::edit::Edit::Batch(tagged).apply(&mut map).unwrap();
    let mut editor = editor(map);
    press_with(&mut editor, CTRL, Key::F);
    type_text(&mut editor, "lobby");
    assert!(editor.query_by_label("2 matches").is_some());
    press(&mut editor, Key::Enter);
    assert_eq!(selected_names(&editor), ["Press", "Union"]);
}

#[test]
fn escape_closes_the_find_bar_and_keeps_the_selection() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    press_with(&mut editor, CTRL, Key::F);
    type_text(&mut editor, "zzz");
    press(&mut editor, Key::Escape);
    assert!(
        editor.query_by_label("No match").is_none(),
        "the find bar is closed"
    );
    assert_eq!(selected_names(&editor), ["Press"]);
}

// Keyboard only.

#[test]
fn keyboard_shortcuts_overlay_opens_with_f1_and_closes_with_escape() {
    let mut editor = editor(workshop_map());
    press(&mut editor, Key::F1);
    assert!(editor.query_by_label("Keyboard shortcuts").is_some());
    assert!(
        editor
            .query_by_label("Add a stakeholder at the pointer (or double-click the canvas)")
            .is_some()
    );
    press(&mut editor, Key::Escape);
    assert!(
        editor
            .query_by_label("Add a stakeholder at the pointer (or double-click the canvas)")
            .is_none()
    );
}

#[test]
fn zoom_keys_zoom_and_change_nothing_in_the_map() {
    let original = workshop_map();
    let mut editor = editor(original.clone());
    let a = on_screen(&editor, "Ministry");
    let b = on_screen(&editor, "Union");
    press(&mut editor, Key::Plus);
    let wider = on_screen(&editor, "Ministry").distance(on_screen(&editor, "Union"));
    assert!(wider > a.distance(b) * 1.2, "+ zooms in");
    press(&mut editor, Key::Minus);
    press(&mut editor, Key::Minus);
    let narrower = on_screen(&editor, "Ministry").distance(on_screen(&editor, "Union"));
    assert!(narrower < a.distance(b), "- zooms out");
    assert_eq!(*map(&editor), original);
}

// Undo puts back what the user was working on.

#[test]
fn undoing_a_delete_selects_what_it_brings_back_and_redo_selects_as_after_it() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    click_on_with(&mut editor, "Church", SHIFT);
    press(&mut editor, Key::Delete);
    assert!(find_stakeholder(&editor, "Union").is_none());
    assert!(selected_names(&editor).is_empty());

    undo(&mut editor);
    assert_eq!(selected_names(&editor), ["Church", "Union"]);

    click_on(&mut editor, "Press");
    redo(&mut editor);
    assert!(find_stakeholder(&editor, "Union").is_none());
    assert!(
        selected_names(&editor).is_empty(),
        "as it was after the delete, not Press"
    );
}

#[test]
fn undoing_a_move_reselects_what_was_moved() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Press");
    let before = position(&editor, "Press");
    let from = on_screen(&editor, "Press");
    drag(&mut editor, from, from + Vec2::new(80.0, 40.0));
    assert_ne!(position(&editor, "Press"), before);
    click_empty(&mut editor);
    assert!(selected_names(&editor).is_empty());
    undo(&mut editor);
    assert_eq!(position(&editor, "Press"), before);
    assert_eq!(selected_names(&editor), ["Press"]);
}

// Starting afresh.

#[test]
fn a_new_map_shows_nothing_of_the_old_one() {
    let mut editor = editor(workshop_map());
    assert!(!texts_containing(&editor, "Ministry").is_empty());
    press_with(&mut editor, CTRL, Key::N);
    settle(&mut editor);
    assert_eq!(map(&editor).stakeholder_count(), 0);
    assert!(
        texts_containing(&editor, "Ministry").is_empty(),
        "{:?}",
        texts_containing(&editor, "Ministry")
    );
    assert!(texts_containing(&editor, "Targets").is_empty());
}

#[test]
fn focus_on_selected_says_why_it_waits_when_several_are_selected() {
    let mut editor = editor(workshop_map());
    click_on(&mut editor, "Union");
    click_on_with(&mut editor, "Church", SHIFT);
    press_with(&mut editor, CTRL_SHIFT, Key::F);
    assert!(editor.state().focus().is_none());
    let notice = editor.state().notice().unwrap_or_default().to_owned();
    assert!(notice.starts_with("Several are selected"), "{notice}");
}
