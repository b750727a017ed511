//! The coalition views as a workshop uses them: the power/interest grid,
//! the spectrum of allies, the table, the coalitions panel, map settings,
//! the filter, the focus and the legend, all driven through the real
//! window. Every view edits the same map, shares the selection, and undoes
//! through the same history.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use std::f32::consts::PI;

use egui::accesskit::Role as AccessRole;
use egui::{Key, Pos2, Rect, Vec2};
use egui_kittest::kittest::Queryable;
use powermap::edit::Edit;
use powermap::model::{
    Contribution, Kind, Map, MemberRole, RelationKind, Role, Stakeholder, Stance,
};
use ui_support::*;

fn depth(editor: &Editor) -> usize {
    editor.state().document().history().depth()
}

fn undo(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Z);
}

/// Four stakeholders, each alone in its grid cell and its spectrum ring,
/// and two relations.
fn views_map() -> Map {
    let mut map = map_of(
        &[
            ("Ministry", Kind::Target, (0.0, 0.0)),
            ("Union", Kind::Organization, (400.0, 0.0)),
            ("Press", Kind::Media, (0.0, 300.0)),
            ("Church", Kind::Organization, (400.0, 300.0)),
        ],
        &[
            ("Union", "Ministry", RelationKind::Influences),
            ("Press", "Ministry", RelationKind::HasAccessTo),
        ],
    );
    let set = |map: &Map, name: &str, f: &dyn Fn(&mut Stakeholder)| {
        let mut s = map.stakeholders().find(|s| s.name == name).unwrap().clone();
        f(&mut s);
        Edit::UpdateStakeholder(s)
    };
    let edits = vec![
        set(&map, "Ministry", &|s| {
            (s.power, s.interest, s.stance) = (5, 2, Stance::Neutral);
        }),
        set(&map, "Union", &|s| {
            (s.power, s.interest, s.stance) = (3, 5, Stance::ActiveAlly);
            s.role = Role::CorePartner;
            s.tags = vec!["labour".to_owned()];
        }),
        set(&map, "Press", &|s| {
            (s.power, s.interest, s.stance) = (4, 3, Stance::PassiveAlly);
        }),
        set(&map, "Church", &|s| {
            (s.power, s.interest, s.stance) = (2, 4, Stance::PassiveOpposition);
            s.expertise = vec!["faith".to_owned()];
        }),
    ];
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

fn views_editor() -> Editor {
    editor(views_map())
}

fn show_grid(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Num2);
}

fn show_spectrum(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Num3);
}

fn show_table(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Num4);
}

/// The area the views are drawn in (between the side panels, below the
/// filter bar), as the network view last measured it.
fn view_rect(editor: &Editor) -> Rect {
    editor.state().canvas_rect()
}

// Geometry of the grid and the spectrum, as `grid.rs` and `spectrum.rs`
// lay them out.

/// The middle of the grid cell for these scores.
fn grid_cell(editor: &Editor, interest: u8, power: u8) -> Pos2 {
    let rect = view_rect(editor);
    let plot = Rect::from_min_max(
        rect.min + Vec2::new(70.0, 20.0),
        rect.max - Vec2::new(20.0, 60.0),
    );
    let cell = plot.size() / 5.0;
    plot.min
        + Vec2::new(
            (f32::from(interest) - 0.5) * cell.x,
            (5.5 - f32::from(power)) * cell.y,
        )
}

/// Where a stakeholder is drawn on the grid, as the grid says; for one
/// not drawn (hidden by the filter), the middle of its cell.
fn on_grid(editor: &Editor, name: &str) -> Pos2 {
    let s = stakeholder(editor, name);
    editor
        .state()
        .stakeholder_on_screen(&s.id)
        .unwrap_or_else(|| grid_cell(editor, s.interest, s.power))
}

/// The middle of the spectrum's wedge for a stance, where `power` puts a
/// stakeholder (the more power, the nearer the rim).
fn spectrum_spot(editor: &Editor, stance: Stance, power: u8) -> Pos2 {
    let rect = view_rect(editor);
    let below = 40.0 + 70.0 + 40.0;
    let outer = ((rect.width() - 48.0) / 2.0)
        .min(rect.height() - 44.0 - below)
        .max(80.0);
    let spare = (rect.height() - 44.0 - outer - below).max(0.0);
    let centre = Pos2::new(rect.center().x, rect.min.y + 44.0 + spare / 2.0 + outer);
    let inner = outer * 0.22;
    let index = [
        Stance::ActiveAlly,
        Stance::PassiveAlly,
        Stance::Neutral,
        Stance::PassiveOpposition,
        Stance::ActiveOpposition,
    ]
    .iter()
    .position(|s| *s == stance)
    .expect("a stance with a wedge");
    let step = PI / 5.0;
    let angle = PI - step * index as f32 - step / 2.0;
    let radius = inner + (outer - inner) * (f32::from(power) - 0.5) / 5.0;
    centre + Vec2::new(angle.cos(), -angle.sin()) * radius
}

/// Where a stakeholder is drawn on the spectrum, as the spectrum says; for
/// one not drawn, where its stance and power would put it.
fn on_spectrum(editor: &Editor, name: &str) -> Pos2 {
    let s = stakeholder(editor, name);
    editor
        .state()
        .stakeholder_on_screen(&s.id)
        .unwrap_or_else(|| spectrum_spot(editor, s.stance, s.power))
}

// The table, read through what a screen reader sees.

/// A column heading of the table.
fn heading(editor: &Editor, column: &str) -> Rect {
    editor.get_by_label(&format!("Sort by {column}")).rect()
}

/// The first two headings of the table on show: Name and Kind for
/// stakeholders, From and Kind for relations.
fn first_headings(editor: &Editor) -> (Rect, Rect) {
    let first = if editor.query_by_label("Sort by Name").is_some() {
        "Name"
    } else {
        "From"
    };
    (heading(editor, first), heading(editor, "Kind"))
}

/// The names in the table's first column, top to bottom.
fn table_names(editor: &Editor) -> Vec<String> {
    let area = view_rect(editor);
    let (first, second) = first_headings(editor);
    let mut cells: Vec<(f32, String)> = editor
        .query_all_by_role(AccessRole::Label)
        .filter(|node| {
            let r = node.rect();
            area.contains(r.center()) && r.center().x < second.left() && r.top() > first.bottom()
        })
        .filter_map(|node| Some((node.rect().center().y, node.value()?)))
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, name)| name).collect()
}

/// The middle of a cell: the row of the stakeholder (or relation source)
/// named `row`, under the heading `column`.
fn table_cell(editor: &Editor, row: &str, column: &str) -> Pos2 {
    let area = view_rect(editor);
    let (first, second) = first_headings(editor);
    let y = editor
        .query_all_by_role(AccessRole::Label)
        .find(|node| {
            let r = node.rect();
            node.value().as_deref() == Some(row)
                && area.contains(r.center())
                && r.center().x < second.left()
                && r.top() > first.bottom()
        })
        .unwrap_or_else(|| panic!("no row {row:?} in the table"))
        .rect()
        .center()
        .y;
    let x = heading(editor, column).left() + 12.0;
    assert!(
        area.x_range().contains(x),
        "the {column} column is off screen"
    );
    Pos2::new(x, y)
}

/// Turns the mouse wheel sideways over the table, by `points` to the right.
fn scroll_table_sideways(editor: &mut Editor, points: f32) {
    let middle = view_rect(editor).center();
    hover(editor, middle);
    editor.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: Vec2::new(-points, 0.0),
        phase: egui::TouchPhase::Move,
        modifiers: egui::Modifiers::NONE,
    });
    settle(editor);
    // Let the smooth scrolling finish.
    editor.run_steps(30);
}

/// Puts the cell cursor on a row's cell with the keyboard: a click on the
/// first cell, then Right until the column (which scrolls it into view).
fn cursor_to(editor: &mut Editor, row: &str, column: usize) {
    let first = if editor.query_by_label("Sort by Name").is_some() {
        "Name"
    } else {
        "From"
    };
    click_cell(editor, row, first);
    for _ in 0..column {
        press(editor, Key::ArrowRight);
    }
}

/// Clicks a cell of the table.
fn click_cell(editor: &mut Editor, row: &str, column: &str) {
    let pos = table_cell(editor, row, column);
    click(editor, pos);
}

/// Clicks the button with exactly this name (not a label with the same words).
fn click_button(editor: &mut Editor, name: &str) {
    editor
        .get_by(|node| {
            matches!(node.role(), AccessRole::Button | AccessRole::CheckBox)
                && node.label().as_deref() == Some(name)
        })
        .click();
    settle(editor);
}

/// Clicks a text field by the name a screen reader gives it.
fn click_field(editor: &mut Editor, name: &str) {
    editor
        .get_by(|node| {
            matches!(
                node.role(),
                AccessRole::TextInput | AccessRole::MultilineTextInput
            ) && node.label().as_deref() == Some(name)
        })
        .click();
    settle(editor);
}

fn count_label(editor: &Editor, text: &str) -> usize {
    editor.query_all_by_label(text).count()
}

// The power/interest grid.

#[test]
fn dragging_a_stakeholder_on_the_grid_sets_its_power_and_interest_in_one_undo_step() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let from = on_grid(&editor, "Church");
    let to = grid_cell(&editor, 5, 5);
    drag(&mut editor, from, to);

    let church = stakeholder(&editor, "Church");
    assert_eq!((church.interest, church.power), (5, 5));
    assert_eq!(depth(&editor), 1, "the drag is one undo step");
    assert_eq!(selected_names(&editor), ["Church"]);
    undo(&mut editor);
    let church = stakeholder(&editor, "Church");
    assert_eq!((church.interest, church.power), (4, 2));
}

#[test]
fn clicking_on_the_grid_selects_and_the_selection_is_shared_with_the_table() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let press = on_grid(&editor, "Press");
    click(&mut editor, press);
    assert_eq!(selected_names(&editor), ["Press"]);
    show_table(&mut editor);
    let row = table_cell(&editor, "Press", "Name");
    assert!(
        !texts_containing(&editor, "Selected: Press").is_empty(),
        "the status bar names it"
    );
    // Selecting in the table is seen by the grid.
    click_cell(&mut editor, "Union", "Kind");
    assert_eq!(selected_names(&editor), ["Union"]);
    assert!(row.y > 0.0);
}

#[test]
fn arrow_keys_move_the_selected_stakeholder_a_cell_on_the_grid() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let press = on_grid(&editor, "Press");
    click(&mut editor, press);
    press_key(&mut editor, Key::ArrowUp);
    press_key(&mut editor, Key::ArrowRight);
    let s = stakeholder(&editor, "Press");
    assert_eq!((s.interest, s.power), (4, 5));
    // Past the edge it stays put.
    press_key(&mut editor, Key::ArrowUp);
    assert_eq!(stakeholder(&editor, "Press").power, 5);
    assert_eq!(depth(&editor), 2, "one step per cell moved");
}

fn press_key(editor: &mut Editor, key: Key) {
    press(editor, key);
}

// The spectrum of allies.

#[test]
fn dragging_a_stakeholder_to_another_wedge_sets_its_stance() {
    let mut editor = views_editor();
    show_spectrum(&mut editor);
    let from = on_spectrum(&editor, "Union");
    let to = spectrum_spot(&editor, Stance::ActiveOpposition, 3);
    drag(&mut editor, from, to);
    assert_eq!(
        stakeholder(&editor, "Union").stance,
        Stance::ActiveOpposition
    );
    assert_eq!(depth(&editor), 1);
    undo(&mut editor);
    assert_eq!(stakeholder(&editor, "Union").stance, Stance::ActiveAlly);
}

/// A map of `n` active allies of power 4 and interest 5: one crowded
/// grid cell and one crowded wedge.
fn crowded_map(n: usize) -> Map {
    let names: Vec<String> = (1..=n).map(|i| format!("Ally {i}")).collect();
    let stakeholders: Vec<(&str, Kind, (f32, f32))> = names
        .iter()
        .map(|name| (name.as_str(), Kind::Organization, (0.0, 0.0)))
        .collect();
    let mut map = map_of(&stakeholders, &[]);
    let edits = map
        .stakeholders()
        .map(|s| {
            let mut s = s.clone();
            (s.power, s.interest, s.stance) = (4, 5, Stance::ActiveAlly);
            Edit::UpdateStakeholder(s)
        })
        .collect();
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

/// The closest two of the drawn stakeholders.
fn closest_pair(editor: &Editor) -> f32 {
    let drawn: Vec<Pos2> = map(editor)
        .stakeholders()
        .map(|s| editor.state().stakeholder_on_screen(&s.id).unwrap())
        .collect();
    let mut closest = f32::INFINITY;
    for (i, a) in drawn.iter().enumerate() {
        for b in &drawn[i + 1..] {
            closest = closest.min(a.distance(*b));
        }
    }
    closest
}

#[test]
fn a_crowded_grid_cell_or_wedge_spreads_its_stakeholders_apart() {
    let mut editor = editor(crowded_map(14));
    show_grid(&mut editor);
    assert!(closest_pair(&editor) >= 10.0, "grid: none on another");
    show_spectrum(&mut editor);
    assert!(closest_pair(&editor) >= 10.0, "spectrum: none on another");
    // Each can still be picked out with a click.
    let last = on_spectrum(&editor, "Ally 14");
    click(&mut editor, last);
    assert_eq!(selected_names(&editor), ["Ally 14"]);
}

#[test]
fn a_wedge_too_crowded_for_its_rows_still_stacks_no_glyph_on_another() {
    // Four hundred active allies: more than the wedge's rows hold even with its
    // smallest glyphs, and all dropped on the same wedge.
    let mut editor = editor(crowded_map(400));
    show_spectrum(&mut editor);
    assert!(
        closest_pair(&editor) >= 6.0,
        "spectrum: {}",
        closest_pair(&editor)
    );
    show_grid(&mut editor);
    assert!(
        closest_pair(&editor) >= 6.0,
        "grid: {}",
        closest_pair(&editor)
    );
}

// The table.

/// Columns of the stakeholder table by their place, for the keyboard.
const CONTRIBUTIONS: usize = 7;
const TAGS: usize = 9;

#[test]
fn the_table_has_a_row_per_stakeholder_in_name_order() {
    let mut editor = views_editor();
    show_table(&mut editor);
    assert_eq!(
        table_names(&editor),
        ["Church", "Ministry", "Press", "Union"]
    );
    for column in [
        "Name",
        "Kind",
        "Stance",
        "Power",
        "Interest",
        "Role",
        "Commitment",
        "Contributions",
        "Expertise",
        "Tags",
        "Coalitions",
        "Degree",
        "Last contact",
    ] {
        assert_eq!(
            editor
                .query_all_by_label(&format!("Sort by {column}"))
                .count(),
            1,
            "a {column} column"
        );
    }
}

#[test]
fn clicking_a_heading_sorts_by_that_column_and_again_the_other_way() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_label(&mut editor, "Sort by Power");
    assert_eq!(
        table_names(&editor),
        ["Church", "Union", "Press", "Ministry"],
        "by power, lowest first"
    );
    click_label(&mut editor, "Sort by Power");
    assert_eq!(
        table_names(&editor),
        ["Ministry", "Press", "Union", "Church"],
        "highest first"
    );
    click_label(&mut editor, "Sort by Stance");
    assert_eq!(
        table_names(&editor),
        ["Union", "Press", "Ministry", "Church"],
        "stances in the order of the spectrum"
    );
    assert_eq!(depth(&editor), 0, "sorting changes nothing in the map");
}

#[test]
fn enter_edits_a_name_in_the_table_and_enter_again_keeps_it_as_one_undo_step() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Church", "Name");
    assert_eq!(
        selected_names(&editor),
        ["Church"],
        "a click selects the row"
    );
    press(&mut editor, Key::Enter);
    type_text(&mut editor, " council");
    assert_eq!(depth(&editor), 0, "nothing is recorded while typing");
    press(&mut editor, Key::Enter);

    assert!(find_stakeholder(&editor, "Church council").is_some());
    assert_eq!(depth(&editor), 1);
    assert_eq!(
        undo_menu_item(&mut editor),
        "Undo edit stakeholder “Church council”"
    );
}

#[test]
fn typing_on_a_text_cell_replaces_it_and_esc_cancels() {
    let mut editor = views_editor();
    show_table(&mut editor);
    cursor_to(&mut editor, "Union", TAGS);
    type_text(&mut editor, "unions, workers");
    press(&mut editor, Key::Escape);
    assert_eq!(
        stakeholder(&editor, "Union").tags,
        ["labour"],
        "Esc cancels"
    );
    assert_eq!(depth(&editor), 0);
    assert!(
        editor
            .state()
            .selection()
            .contains_stakeholder(&id_of(&editor, "Union")),
        "Esc in a cell does not clear the selection"
    );

    type_text(&mut editor, "unions, workers");
    press(&mut editor, Key::Enter);
    assert_eq!(stakeholder(&editor, "Union").tags, ["unions", "workers"]);
    assert_eq!(depth(&editor), 1);
}

#[test]
fn a_digit_sets_a_score_and_tab_moves_to_the_next_cell() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Press", "Power");
    press_letter(&mut editor, Key::Num2, "2");
    assert_eq!(stakeholder(&editor, "Press").power, 2);
    press(&mut editor, Key::Tab);
    press_letter(&mut editor, Key::Num5, "5");
    assert_eq!(
        stakeholder(&editor, "Press").interest,
        5,
        "Tab moved to the interest"
    );
    assert_eq!(depth(&editor), 2, "one undo step per cell");
}

#[test]
fn enter_on_a_choice_opens_its_choices_and_arrow_keys_and_enter_pick_one() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Church", "Stance");
    press(&mut editor, Key::Enter);
    // From passive opposition down one: active opposition.
    press(&mut editor, Key::ArrowDown);
    assert_eq!(depth(&editor), 0, "nothing changes before Enter");
    press(&mut editor, Key::Enter);
    assert_eq!(
        stakeholder(&editor, "Church").stance,
        Stance::ActiveOpposition
    );
    // A letter jumps to the first choice starting with it.
    press(&mut editor, Key::Enter);
    press_letter(&mut editor, Key::N, "n");
    press(&mut editor, Key::Enter);
    assert_eq!(stakeholder(&editor, "Church").stance, Stance::Neutral);
    assert_eq!(depth(&editor), 2);
    assert_eq!(
        map(&editor).stakeholder_count(),
        4,
        "N picked a choice, it did not add a stakeholder"
    );
}

#[test]
fn contributions_are_switched_on_and_off_one_undo_step_each() {
    let mut editor = views_editor();
    show_table(&mut editor);
    cursor_to(&mut editor, "Union", CONTRIBUTIONS);
    press(&mut editor, Key::Enter);
    press_letter(&mut editor, Key::Num1, "1");
    press_letter(&mut editor, Key::Num2, "2");
    press(&mut editor, Key::Enter);
    assert_eq!(
        stakeholder(&editor, "Union").contributions,
        [Contribution::Staff, Contribution::Funding]
    );
    assert_eq!(depth(&editor), 2);
}

#[test]
fn arrow_keys_move_the_cell_cursor_and_the_selection_with_it() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Church", "Kind");
    press(&mut editor, Key::ArrowDown);
    assert_eq!(selected_names(&editor), ["Ministry"]);
    press(&mut editor, Key::ArrowDown);
    press(&mut editor, Key::ArrowRight);
    press(&mut editor, Key::ArrowRight);
    // Now on Press's power.
    press_letter(&mut editor, Key::Num1, "1");
    assert_eq!(stakeholder(&editor, "Press").power, 1);
    // Shift+Down adds the next row to the selection.
    press_with(&mut editor, SHIFT, Key::ArrowDown);
    assert_eq!(selected_names(&editor), ["Press", "Union"]);
    // The arrow keys did not nudge anything on the canvas.
    assert_eq!(depth(&editor), 1);
}

#[test]
fn the_table_scrolls_sideways_to_the_columns_off_screen() {
    let mut editor = views_editor();
    show_table(&mut editor);
    let area = view_rect(&editor);
    assert!(
        heading(&editor, "Degree").left() > area.right(),
        "the last column starts off screen"
    );
    scroll_table_sideways(&mut editor, 2000.0);
    let degree = heading(&editor, "Degree");
    assert!(
        area.x_range().contains(degree.center().x),
        "{degree:?} in {area:?}"
    );
    // The cell cursor brings its column into view too.
    scroll_table_sideways(&mut editor, -2000.0);
    assert!(heading(&editor, "Degree").left() > area.right());
    let name = table_cell(&editor, "Union", "Name");
    click(&mut editor, name);
    press(&mut editor, Key::End);
    assert!(
        area.x_range()
            .contains(heading(&editor, "Degree").center().x)
    );
}

#[test]
fn shift_click_selects_a_range_of_rows() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Church", "Name");
    let press = table_cell(&editor, "Press", "Kind");
    click_with(&mut editor, press, SHIFT);
    assert_eq!(selected_names(&editor), ["Church", "Ministry", "Press"]);
    let union = table_cell(&editor, "Union", "Kind");
    click_with(&mut editor, union, CTRL);
    assert_eq!(
        selected_names(&editor),
        ["Church", "Ministry", "Press", "Union"]
    );
}

#[test]
fn a_column_is_set_for_every_selected_row_as_one_undo_step() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Church", "Name");
    let press = table_cell(&editor, "Press", "Name");
    click_with(&mut editor, press, CTRL);
    assert_eq!(selected_names(&editor), ["Church", "Press"]);
    let stance = heading(&editor, "Stance").center();
    right_click(&mut editor, stance);
    click_button(&mut editor, "Active ally");
    for name in ["Church", "Press"] {
        assert_eq!(
            stakeholder(&editor, name).stance,
            Stance::ActiveAlly,
            "{name}"
        );
    }
    assert_eq!(stakeholder(&editor, "Ministry").stance, Stance::Neutral);
    assert_eq!(depth(&editor), 1, "one undo step for all of them");
    undo(&mut editor);
    assert_eq!(
        stakeholder(&editor, "Church").stance,
        Stance::PassiveOpposition
    );
    assert_eq!(stakeholder(&editor, "Press").stance, Stance::PassiveAlly);
}

#[test]
fn tags_are_added_to_every_selected_row_at_once() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Union", "Name");
    let church = table_cell(&editor, "Church", "Name");
    click_with(&mut editor, church, CTRL);
    scroll_table_sideways(&mut editor, 600.0);
    let tags = heading(&editor, "Tags").center();
    right_click(&mut editor, tags);
    click_field(&mut editor, "Items to add");
    type_text(&mut editor, "core");
    click_button(&mut editor, "Add to each");
    assert_eq!(stakeholder(&editor, "Union").tags, ["core", "labour"]);
    assert_eq!(stakeholder(&editor, "Church").tags, ["core"]);
    assert_eq!(depth(&editor), 1);
}

#[test]
fn the_relations_tab_lists_sorts_and_edits_relations() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_button_starting_with(&mut editor, "Relations (2)");
    assert_eq!(table_names(&editor), ["Press", "Union"], "by source name");
    click_label(&mut editor, "Sort by Kind");
    assert_eq!(
        table_names(&editor),
        ["Union", "Press"],
        "influences before has access to"
    );
    click_cell(&mut editor, "Press", "Strength");
    press_letter(&mut editor, Key::Num3, "3");
    let press_id = id_of(&editor, "Press");
    let relation = map(&editor)
        .relations()
        .find(|r| r.from == press_id)
        .unwrap()
        .clone();
    assert_eq!(relation.strength, 3);
    assert_eq!(
        editor
            .state()
            .selection()
            .relations
            .iter()
            .collect::<Vec<_>>(),
        [&relation.id],
        "clicking a row selects the relation"
    );
    // Mutual: Enter, then Y for yes.
    click_cell(&mut editor, "Press", "Mutual");
    press(&mut editor, Key::Enter);
    press_letter(&mut editor, Key::Y, "y");
    press(&mut editor, Key::Enter);
    assert!(map(&editor).relation(&relation.id).unwrap().mutual);
    assert_eq!(depth(&editor), 2);
}

#[test]
fn a_table_edit_is_undone_from_the_grid() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Ministry", "Interest");
    press_letter(&mut editor, Key::Num4, "4");
    assert_eq!(stakeholder(&editor, "Ministry").interest, 4);
    show_grid(&mut editor);
    undo(&mut editor);
    assert_eq!(stakeholder(&editor, "Ministry").interest, 2);
    assert_eq!(depth(&editor), 0);
    // And Ctrl+Z works in the table itself.
    show_table(&mut editor);
    click_cell(&mut editor, "Ministry", "Interest");
    press_letter(&mut editor, Key::Num1, "1");
    undo(&mut editor);
    assert_eq!(stakeholder(&editor, "Ministry").interest, 2);
}

#[test]
fn a_grid_edit_is_undone_from_the_table() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let from = on_grid(&editor, "Union");
    let to = grid_cell(&editor, 1, 1);
    drag(&mut editor, from, to);
    assert_eq!(stakeholder(&editor, "Union").power, 1);
    show_table(&mut editor);
    click_cell(&mut editor, "Union", "Name");
    undo(&mut editor);
    assert_eq!(stakeholder(&editor, "Union").power, 3);
}

// Filter and focus.

#[test]
fn a_filter_hides_the_same_stakeholders_in_every_view() {
    let mut editor = views_editor();
    editor
        .state_mut()
        .filter_mut()
        .kinds
        .insert(Kind::Organization);
    settle(&mut editor);
    assert_eq!(editor.state().filtered_out_count(), 2);
    assert!(
        !texts_containing(&editor, "2 dimmed by the filter").is_empty(),
        "the status bar says how many: {:?}",
        texts_containing(&editor, "by the filter")
    );
    // Hide instead of dimming.
    press_with(&mut editor, CTRL, Key::H);
    assert!(!texts_containing(&editor, "2 hidden by the filter").is_empty());

    // The network: the hidden ones cannot be clicked.
    let press = on_screen(&editor, "Press");
    click(&mut editor, press);
    assert!(selected_names(&editor).is_empty(), "network");

    show_table(&mut editor);
    assert_eq!(table_names(&editor), ["Church", "Union"]);

    show_grid(&mut editor);
    let ministry = on_grid(&editor, "Ministry");
    click(&mut editor, ministry);
    assert!(selected_names(&editor).is_empty(), "grid");
    let union = on_grid(&editor, "Union");
    click(&mut editor, union);
    assert_eq!(selected_names(&editor), ["Union"], "grid");

    show_spectrum(&mut editor);
    let press = on_spectrum(&editor, "Press");
    click(&mut editor, press);
    assert!(selected_names(&editor).is_empty(), "spectrum");
}

#[test]
fn dimmed_rows_stay_in_the_table_and_can_be_selected() {
    let mut editor = views_editor();
    editor.state_mut().filter_mut().kinds.insert(Kind::Media);
    settle(&mut editor);
    show_table(&mut editor);
    assert_eq!(table_names(&editor).len(), 4);
    click_cell(&mut editor, "Church", "Name");
    assert_eq!(selected_names(&editor), ["Church"]);
}

#[test]
fn focus_shows_a_stakeholders_neighbourhood_and_esc_leaves_it() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let union = on_grid(&editor, "Union");
    click(&mut editor, union);
    press_with(&mut editor, CTRL_SHIFT, Key::F);
    let focus = editor.state().focus().expect("focus on Union");
    assert_eq!(focus.stakeholder, id_of(&editor, "Union"));
    // Union's neighbourhood within one hop: Union and Ministry.
    assert_eq!(editor.state().filtered_out_count(), 2);
    assert!(!texts_containing(&editor, "Focus on Union").is_empty());

    press_with(&mut editor, CTRL, Key::H);
    show_table(&mut editor);
    assert_eq!(table_names(&editor), ["Ministry", "Union"]);

    show_grid(&mut editor);
    press(&mut editor, Key::Escape);
    assert!(editor.state().focus().is_none(), "Esc leaves the focus");
    assert_eq!(editor.state().filtered_out_count(), 0);
    assert_eq!(
        selected_names(&editor),
        ["Union"],
        "and keeps the selection"
    );
}

// Coalitions.

fn show_coalitions_panel(editor: &mut Editor) {
    click_button(editor, "Coalitions");
}

fn members(editor: &Editor, coalition: &str) -> Vec<(String, MemberRole)> {
    let map = map(editor);
    let coalition = map
        .coalitions()
        .find(|c| c.name == coalition)
        .unwrap_or_else(|| panic!("no coalition {coalition:?}"));
    let mut members: Vec<(String, MemberRole)> = coalition
        .members
        .iter()
        .map(|m| {
            (
                map.stakeholder(&m.stakeholder).unwrap().name.clone(),
                m.role,
            )
        })
        .collect();
    members.sort_by(|a, b| a.0.cmp(&b.0));
    members
}

fn member(name: &str, role: MemberRole) -> (String, MemberRole) {
    (name.to_owned(), role)
}

#[test]
fn a_coalition_is_made_from_the_selection_then_members_are_added_removed_and_made_lead() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Union", "Name");
    let church = table_cell(&editor, "Church", "Name");
    click_with(&mut editor, church, CTRL);
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    assert_eq!(
        members(&editor, "Coalition 1"),
        [
            member("Church", MemberRole::Member),
            member("Union", MemberRole::Member)
        ]
    );
    assert_eq!(depth(&editor), 1);

    click_cell(&mut editor, "Press", "Name");
    click_button(&mut editor, "Add 1 selected");
    assert_eq!(members(&editor, "Coalition 1").len(), 3);

    click_button(&mut editor, "Union leads");
    assert_eq!(
        members(&editor, "Coalition 1")[2],
        member("Union", MemberRole::Lead)
    );

    click_button(&mut editor, "Remove Church");
    assert_eq!(
        members(&editor, "Coalition 1"),
        [
            member("Press", MemberRole::Member),
            member("Union", MemberRole::Lead)
        ]
    );
    assert_eq!(depth(&editor), 4, "one undo step per change");
    for _ in 0..4 {
        undo(&mut editor);
    }
    assert_eq!(map(&editor).coalition_count(), 0);
}

#[test]
fn a_stakeholder_can_belong_to_several_coalitions_and_the_table_lists_them() {
    let mut editor = views_editor();
    show_table(&mut editor);
    click_cell(&mut editor, "Union", "Name");
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    click_button(&mut editor, "New coalition");
    assert_eq!(
        members(&editor, "Coalition 1"),
        [member("Union", MemberRole::Member)]
    );
    assert_eq!(
        members(&editor, "Coalition 2"),
        [member("Union", MemberRole::Member)]
    );
    assert_eq!(
        count_label(&editor, "Coalition 1, Coalition 2"),
        1,
        "the Coalitions column lists both"
    );
}

#[test]
fn selecting_a_coalition_highlights_its_members_in_every_view() {
    let mut editor = views_editor();
    show_grid(&mut editor);
    let union = on_grid(&editor, "Union");
    click(&mut editor, union);
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    // The new coalition is shown and highlighted; the legend says how.
    press(&mut editor, Key::L);
    assert_eq!(count_label(&editor, "Member of Coalition 1"), 1);
    // Clicking it again stops the highlight.
    click_button(&mut editor, "Coalition 1 (1)");
    assert_eq!(count_label(&editor, "Member of Coalition 1"), 0);
    click_button(&mut editor, "Coalition 1 (1)");
    assert_eq!(count_label(&editor, "Member of Coalition 1"), 1);
    show_table(&mut editor);
    assert_eq!(
        count_label(&editor, "Member of Coalition 1"),
        1,
        "in the table too"
    );
}

#[test]
fn renaming_a_coalition_is_one_undo_step_not_one_per_keystroke() {
    let mut editor = views_editor();
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    click_field(&mut editor, "Coalition name");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "Evidence");
    assert_eq!(depth(&editor), 1, "typing records nothing");
    press(&mut editor, Key::Enter);
    assert_eq!(map(&editor).coalitions().next().unwrap().name, "Evidence");
    assert_eq!(depth(&editor), 2);
    click_field(&mut editor, "Objective");
    type_text(&mut editor, "A joint brief");
    press(&mut editor, Key::Tab);
    assert_eq!(
        map(&editor).coalitions().next().unwrap().objective,
        "A joint brief"
    );
    assert_eq!(depth(&editor), 3);
    click_button(&mut editor, "Colour Blue");
    assert_eq!(
        map(&editor).coalitions().next().unwrap().colour.to_string(),
        "#0072b2"
    );
    assert_eq!(depth(&editor), 4);
}

#[test]
fn dragging_a_name_from_the_table_onto_a_coalition_adds_it() {
    let mut editor = views_editor();
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    show_table(&mut editor);
    let from = table_cell(&editor, "Church", "Name");
    let to = editor.get_by_label("Coalition 1 (0)").rect().center();
    drag(&mut editor, from, to);
    assert_eq!(
        members(&editor, "Coalition 1"),
        [member("Church", MemberRole::Member)]
    );
    assert_eq!(depth(&editor), 2);
}

#[test]
fn dragging_a_name_from_the_outline_over_the_coalitions_tab_opens_it_for_the_drop() {
    let mut editor = views_editor();
    show_coalitions_panel(&mut editor);
    click_button(&mut editor, "New coalition");
    click_button(&mut editor, "Stakeholders");
    let name = editor
        .query_all_by_label("Church")
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("Church is in the outline")
        .rect()
        .center();
    let tab = editor.get_by_label("Coalitions").rect().center();
    start_drag(&mut editor, name);
    move_dragged(&mut editor, tab);
    let coalition = editor.get_by_label("Coalition 1 (0)").rect().center();
    release_at(&mut editor, coalition);
    assert_eq!(
        members(&editor, "Coalition 1"),
        [member("Church", MemberRole::Member)]
    );
    assert_eq!(depth(&editor), 2);
}

// Map settings.

#[test]
fn each_map_settings_field_is_one_undo_step() {
    let mut editor = views_editor();
    click_menu_item(&mut editor, "Map", "Map settings");
    click_field(&mut editor, "Goal");
    type_text(&mut editor, "On the agenda");
    assert_eq!(depth(&editor), 0, "typing records nothing");
    click_field(&mut editor, "Theory of change");
    assert_eq!(map(&editor).meta().goal, "On the agenda");
    assert_eq!(depth(&editor), 1);
    type_text(&mut editor, "Evidence + media");
    press(&mut editor, Key::Escape);
    assert_eq!(map(&editor).meta().theory_of_change, "", "Esc cancels");
    click_field(&mut editor, "Title");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "Campaign");
    press(&mut editor, Key::Enter);
    assert_eq!(map(&editor).title(), "Campaign");
    assert_eq!(depth(&editor), 2);
    undo(&mut editor);
    assert_eq!(map(&editor).title(), "Workshop");
}

// The legend.

#[test]
fn the_legend_lists_only_what_the_map_uses() {
    let mut editor = views_editor();
    press(&mut editor, Key::L);
    for used in [
        "Target",
        "Organization",
        "Media",
        "Influences",
        "Has access to",
    ] {
        assert_eq!(count_label(&editor, used), 1, "{used} is listed");
    }
    for unused in ["Funder", "Constituency", "Funds", "Opposes", "Uncertain"] {
        assert_eq!(count_label(&editor, unused), 0, "{unused} is not listed");
    }
    show_grid(&mut editor);
    assert_eq!(
        count_label(&editor, "Target"),
        1,
        "the grid has the legend too"
    );
    assert_eq!(
        count_label(&editor, "Influences"),
        0,
        "but no lines, as the grid draws none"
    );
    press(&mut editor, Key::L);
    assert_eq!(count_label(&editor, "Target"), 0, "L hides it");
}

#[test]
fn a_table_of_five_thousand_stakeholders_draws_only_the_rows_on_screen() {
    let mut map = Map::new("Big");
    let mut ids = map.id_allocator();
    let edits = (0..5000)
        .map(|i| {
            let mut s = Stakeholder::new(
                ids.stakeholder(),
                format!("Member {i:04}"),
                Kind::Organization,
            );
            s.power = (i % 5 + 1) as u8;
            Edit::AddStakeholder(s)
        })
        .collect();
    Edit::Batch(edits).apply(&mut map).unwrap();
    let mut editor = editor(map);
    show_table(&mut editor);
    let rows = table_names(&editor);
    assert!(rows.len() < 60, "{} rows drawn", rows.len());
    assert_eq!(rows[0], "Member 0000");
    click_label(&mut editor, "Sort by Power");
    click_label(&mut editor, "Sort by Power");
    assert_eq!(
        table_names(&editor)[0],
        "Member 0004",
        "highest power first, then by name"
    );
    // The cursor goes down a page at a time, and the table follows it.
    click_cell(&mut editor, "Member 0004", "Name");
    for _ in 0..4 {
        press(&mut editor, Key::PageDown);
    }
    assert_eq!(selected_names(&editor), ["Member 0304"]);
    assert!(table_names(&editor).contains(&"Member 0304".to_owned()));
}

// Pictures.

#[test]
fn export_picture_draws_the_view_in_front_as_the_filter_shows_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut editor = editor(views_map());
    press_with(&mut editor, CTRL, Key::Num2);
    editor.state_mut().filter_mut().kinds.insert(Kind::Media);
    press_with(&mut editor, CTRL, Key::H);
    settle(&mut editor);

    let svg_path = folder.path().join("grid.svg");
    menu_item_with_paths(&mut editor, "File", "Export picture", &[&svg_path]);
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.contains("Power/interest grid</tspan>"), "{svg}");
    assert!(
        svg.contains(">Press</tspan>"),
        "the media stakeholder is shown"
    );
    assert!(
        !svg.contains(">Union</tspan>"),
        "the others are hidden, as on screen"
    );
    settle(&mut editor);
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(
        notice.starts_with("Exported a picture of the power/interest grid to"),
        "{notice}"
    );

    let png_path = folder.path().join("grid.png");
    menu_item_with_paths(&mut editor, "File", "Export picture", &[&png_path]);
    let png = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&png_path).unwrap()).unwrap();
    assert_eq!((png.width(), png.height()), (1920, 1200));
}

#[test]
fn the_table_has_no_picture_and_export_picture_says_which_views_do() {
    let mut editor = editor(views_map());
    press_with(&mut editor, CTRL, Key::Num4);
    click_menu_item(&mut editor, "File", "Export picture");
    settle(&mut editor);
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(
        notice.starts_with("Pictures are of the network, the grid and the spectrum"),
        "{notice}"
    );
}
