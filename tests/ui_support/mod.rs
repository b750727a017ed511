//! Shared helpers for the UI tests: build the real editor window in an
//! egui_kittest harness, and drive it as a user does — keys, typed text,
//! clicks, double-clicks and drags on the painted canvas.
//!
//! Every event is queued and then processed in a frame of its own, at 60
//! frames a second, so double-clicks and drags look to egui as they do in
//! a real window. egui_graphs asks for a repaint every frame, so the
//! helpers step a fixed number of frames instead of `run()`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use egui::{Event, Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::edit::Edit;
use powermap::model::Day;
use powermap::model::{Kind, Map, Position, Relation, RelationKind, Stakeholder, StakeholderId};
use powermap::ui::{Clock, Document, PowermapApp, ScriptedFileDialogs, Settings};

/// The editor window under test.
pub type Editor = Harness<'static, PowermapApp>;

/// The window size the app opens with.
pub const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);

/// Ctrl as egui-winit reports it on Linux and Windows: both `ctrl` and `command`.
pub const CTRL: Modifiers = Modifiers {
    alt: false,
    ctrl: true,
    shift: false,
    mac_cmd: false,
    command: true,
};

pub const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..CTRL
};

pub const SHIFT: Modifiers = Modifiers::SHIFT;

/// Frames to let requests made in one frame (focus, actions run after
/// drawing, the camera) show on screen.
const SETTLE_FRAMES: usize = 3;

thread_local! {
    /// The answers the file dialogs of this test's editor give: each test
    /// runs on a thread of its own, with its own editor.
    static FILE_DIALOGS: ScriptedFileDialogs = ScriptedFileDialogs::new();
}

/// The day the editor's clock is stopped on, so that what is overdue or
/// gone cold, and every snapshot, never changes with the calendar.
pub fn today() -> Day {
    Day::parse("2026-12-07").unwrap()
}

/// The file dialogs of the editor this test drives.
pub fn file_dialogs() -> ScriptedFileDialogs {
    FILE_DIALOGS.with(Clone::clone)
}

/// The editor on a document, as a window of the app's default size. Its
/// file dialogs answer what [`choose_path`] queued for them.
pub fn editor_with(doc: Document, settings: Settings, theme: egui::Theme) -> Editor {
    editor_of(move || PowermapApp::with_document(doc, settings), theme)
}

/// The editor the app makes, in a window of the app's default size, its
/// file dialogs answering from this test's script, its clock on [`today`].
pub fn editor_of(app: impl FnOnce() -> PowermapApp + 'static, theme: egui::Theme) -> Editor {
    let dialogs = file_dialogs();
    let mut editor = Harness::builder()
        .with_size(WINDOW)
        // egui's double-click limit is 0.3 s: a frame must be much shorter.
        .with_step_dt(1.0 / 60.0)
        // The harness sets this theme on the context after the app is built.
        .with_theme(theme)
        .build_eframe(move |_cc| {
            app()
                .with_file_dialogs(dialogs)
                .with_clock(Clock::Fixed(today()))
        });
    editor.run_steps(SETTLE_FRAMES);
    editor
}

/// The editor on a map that has no file yet.
pub fn editor(map: Map) -> Editor {
    editor_with(
        Document::new(map, None),
        Settings::default(),
        egui::Theme::Light,
    )
}

/// The editor on a map saved at `path` (written there first).
pub fn editor_on_file(map: &Map, path: &Path) -> Editor {
    powermap::file::save_file(map, path).unwrap();
    let doc = Document::open(path).unwrap();
    editor_with(doc, Settings::default(), egui::Theme::Light)
}

/// A map with the given stakeholders (name, kind, canvas position) and
/// relations (from, to, kind), each given the id the app would give it.
pub fn map_of(
    stakeholders: &[(&str, Kind, (f32, f32))],
    relations: &[(&str, &str, RelationKind)],
) -> Map {
    let mut map = Map::new("Workshop");
    let mut ids = map.id_allocator();
    let mut by_name = Vec::new();
    let mut edits = Vec::new();
    for &(name, kind, (x, y)) in stakeholders {
        let id = ids.stakeholder();
        let mut stakeholder = Stakeholder::new(id.clone(), name, kind);
        stakeholder.position = Position::new(x, y);
        by_name.push((name, id));
        edits.push(Edit::AddStakeholder(stakeholder));
    }
    let find = |name: &str| by_name.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    for (from, to, kind) in relations {
        edits.push(Edit::AddRelation(Relation::new(
            ids.relation(),
            find(from),
            find(to),
            kind.clone(),
        )));
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

/// Four stakeholders far enough apart to click each, and one relation.
pub fn workshop_map() -> Map {
    map_of(
        &[
            ("Ministry", Kind::Target, (0.0, 0.0)),
            ("Union", Kind::Organization, (400.0, 0.0)),
            ("Press", Kind::Media, (0.0, 300.0)),
            ("Church", Kind::Organization, (400.0, 300.0)),
        ],
        &[("Union", "Ministry", RelationKind::Influences)],
    )
}

// Reading the app's state.

pub fn map(editor: &Editor) -> &Map {
    editor.state().document().map()
}

/// The stakeholder with this name; panics naming it when there is none.
pub fn stakeholder<'a>(editor: &'a Editor, name: &str) -> &'a Stakeholder {
    find_stakeholder(editor, name)
        .unwrap_or_else(|| panic!("no stakeholder named {name:?} on the map"))
}

pub fn find_stakeholder<'a>(editor: &'a Editor, name: &str) -> Option<&'a Stakeholder> {
    map(editor).stakeholders().find(|s| s.name == name)
}

pub fn id_of(editor: &Editor, name: &str) -> StakeholderId {
    stakeholder(editor, name).id.clone()
}

/// The names of the selected stakeholders, sorted.
pub fn selected_names(editor: &Editor) -> Vec<String> {
    let map = map(editor);
    let mut names: Vec<String> = editor
        .state()
        .selection()
        .stakeholders
        .iter()
        .filter_map(|id| map.stakeholder(id))
        .map(|s| s.name.clone())
        .collect();
    names.sort();
    names
}

/// The names of all stakeholders, sorted.
pub fn names(map: &Map) -> Vec<String> {
    let mut names: Vec<String> = map.stakeholders().map(|s| s.name.clone()).collect();
    names.sort();
    names
}

/// Where a stakeholder is drawn on screen now.
pub fn on_screen(editor: &Editor, name: &str) -> Pos2 {
    let id = id_of(editor, name);
    editor
        .state()
        .stakeholder_on_screen(&id)
        .unwrap_or_else(|| panic!("{name:?} is not drawn"))
}

/// A point on the canvas at least 120 points from every stakeholder.
pub fn empty_spot(editor: &Editor) -> Pos2 {
    let rect = editor.state().canvas_rect().shrink(40.0);
    let drawn: Vec<Pos2> = map(editor)
        .stakeholders()
        .filter_map(|s| editor.state().stakeholder_on_screen(&s.id))
        .collect();
    let steps = 24;
    for j in 0..=steps {
        for i in 0..=steps {
            let p = Pos2::new(
                rect.left() + rect.width() * i as f32 / steps as f32,
                rect.top() + rect.height() * j as f32 / steps as f32,
            );
            if drawn.iter().all(|d| d.distance(p) > 120.0) {
                return p;
            }
        }
    }
    panic!("no empty spot on the canvas");
}

/// The relations of the map as (from name, to name, kind label), sorted.
pub fn relation_names(map: &Map) -> Vec<(String, String, String)> {
    let name = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| format!("?{id}"), |s| s.name.clone())
    };
    let mut all: Vec<_> = map
        .relations()
        .map(|r| (name(&r.from), name(&r.to), r.kind.label().to_owned()))
        .collect();
    all.sort();
    all
}

// Driving the window.

/// Runs the frames for everything queued, then a few more.
pub fn settle(editor: &mut Editor) {
    editor.step();
    editor.run_steps(SETTLE_FRAMES);
}

/// Presses and releases a key with no modifier.
pub fn press(editor: &mut Editor, key: Key) {
    editor.key_press(key);
    settle(editor);
}

/// Presses a letter key the way a real keyboard does: the key goes down,
/// the window receives its text, the key comes up.
pub fn press_letter(editor: &mut Editor, key: Key, text: &str) {
    editor.key_down(key);
    editor.event(Event::Text(text.to_owned()));
    editor.key_up(key);
    settle(editor);
}

/// Presses a key with modifiers held (Ctrl+Z, Shift+Tab, …).
pub fn press_with(editor: &mut Editor, modifiers: Modifiers, key: Key) {
    editor.key_press_modifiers(modifiers, key);
    settle(editor);
}

/// Types text, one character per frame, as a person types.
pub fn type_text(editor: &mut Editor, text: &str) {
    for c in text.chars() {
        editor.event(Event::Text(c.to_string()));
    }
    settle(editor);
}

fn button(editor: &Editor, pos: Pos2, pressed: bool, modifiers: Modifiers) {
    editor.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers,
    });
}

pub fn hover(editor: &mut Editor, pos: Pos2) {
    editor.event(Event::PointerMoved(pos));
    settle(editor);
}

/// A click with the primary button, with modifiers held.
pub fn click_with(editor: &mut Editor, pos: Pos2, modifiers: Modifiers) {
    editor.event(Event::PointerMoved(pos));
    editor.event(Event::ModifiersChanged(modifiers));
    button(editor, pos, true, modifiers);
    button(editor, pos, false, modifiers);
    editor.event(Event::ModifiersChanged(Modifiers::NONE));
    settle(editor);
}

pub fn click(editor: &mut Editor, pos: Pos2) {
    click_with(editor, pos, Modifiers::NONE);
}

/// Clicks a stakeholder where it is drawn.
pub fn click_on(editor: &mut Editor, name: &str) {
    let pos = on_screen(editor, name);
    click(editor, pos);
}

/// Shift- or Ctrl-clicks a stakeholder where it is drawn.
pub fn click_on_with(editor: &mut Editor, name: &str, modifiers: Modifiers) {
    let pos = on_screen(editor, name);
    click_with(editor, pos, modifiers);
}

/// Clicks the canvas where there is nothing.
pub fn click_empty(editor: &mut Editor) {
    let pos = empty_spot(editor);
    click(editor, pos);
}

/// Puts the pointer on the canvas where there is nothing.
pub fn hover_empty(editor: &mut Editor) {
    let pos = empty_spot(editor);
    hover(editor, pos);
}

/// A click with the secondary button (a context menu).
pub fn right_click(editor: &mut Editor, pos: Pos2) {
    editor.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        editor.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    settle(editor);
}

/// Two clicks 1/60 s apart, well inside egui's double-click time.
pub fn double_click(editor: &mut Editor, pos: Pos2) {
    editor.event(Event::PointerMoved(pos));
    for _ in 0..2 {
        button(editor, pos, true, Modifiers::NONE);
        button(editor, pos, false, Modifiers::NONE);
    }
    settle(editor);
}

/// Presses at `from`, moves to `to` in several frames, releases there.
pub fn drag_with(editor: &mut Editor, from: Pos2, to: Pos2, modifiers: Modifiers) {
    editor.event(Event::PointerMoved(from));
    editor.event(Event::ModifiersChanged(modifiers));
    button(editor, from, true, modifiers);
    let steps = 8;
    for i in 1..=steps {
        editor.event(Event::PointerMoved(
            from + (to - from) * (i as f32 / steps as f32),
        ));
    }
    button(editor, to, false, modifiers);
    editor.event(Event::ModifiersChanged(Modifiers::NONE));
    settle(editor);
}

pub fn drag(editor: &mut Editor, from: Pos2, to: Pos2) {
    drag_with(editor, from, to, Modifiers::NONE);
}

/// Presses the primary button at `from` and moves a little, starting a
/// drag that `move_dragged` continues and `release_at` ends.
pub fn start_drag(editor: &mut Editor, from: Pos2) {
    editor.event(Event::PointerMoved(from));
    button(editor, from, true, Modifiers::NONE);
    move_dragged(editor, from + egui::vec2(12.0, 0.0));
}

/// Moves the pointer to `to` in small steps while the button stays down,
/// then lets the app draw what that changed.
pub fn move_dragged(editor: &mut Editor, to: Pos2) {
    let from = editor.ctx.input(|i| i.pointer.latest_pos()).unwrap_or(to);
    let steps = 8;
    for i in 1..=steps {
        editor.event(Event::PointerMoved(
            from + (to - from) * (i as f32 / steps as f32),
        ));
        editor.step();
    }
    settle(editor);
}

pub fn release_at(editor: &mut Editor, to: Pos2) {
    move_dragged(editor, to);
    button(editor, to, false, Modifiers::NONE);
    settle(editor);
}

/// Clicks a widget (menu, button, field) by its exact label.
pub fn click_label(editor: &mut Editor, label: &str) {
    editor.get_by_label(label).click();
    settle(editor);
}

/// Opens a menu of the menu bar.
pub fn open_menu(editor: &mut Editor, menu: &str) {
    click_label(editor, menu);
}

/// The words of the Edit menu's Undo item ("Undo move “Press”"), without
/// its shortcut, read from the open menu, which is closed again afterwards.
pub fn undo_menu_item(editor: &mut Editor) -> String {
    menu_item_starting_with(editor, "Edit", "Undo")
}

pub fn redo_menu_item(editor: &mut Editor) -> String {
    menu_item_starting_with(editor, "Edit", "Redo")
}

/// A menu item's words as a screen reader reads them, shortcut and all.
fn menu_item_node_label(editor: &Editor, start: &str) -> Option<String> {
    editor
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with(start))
}

/// Drops the shortcut a menu item shows after its words ("Undo Ctrl+Z").
fn without_shortcut(label: &str) -> String {
    match label.rsplit_once(' ') {
        Some((words, keys))
            if keys.starts_with("Ctrl+")
                || ["Delete", "Esc", "F1", "F2", "N", "C", "P", "F"].contains(&keys) =>
        {
            words.to_owned()
        }
        _ => label.to_owned(),
    }
}

fn menu_item_starting_with(editor: &mut Editor, menu: &str, start: &str) -> String {
    open_menu(editor, menu);
    let label = menu_item_node_label(editor, start)
        .unwrap_or_else(|| panic!("no item starting with {start:?} in the {menu} menu"));
    // A second click on the menu's title closes it.
    click_label(editor, menu);
    without_shortcut(&label)
}

/// The next file dialog picks `path`.
pub fn choose_path(path: impl Into<std::path::PathBuf>) {
    file_dialogs().answer(path);
}

/// Clicks a menu item whose dialogs pick `paths`, one after another, as a
/// user would in the file dialogs it opens.
pub fn menu_item_with_paths(editor: &mut Editor, menu: &str, start: &str, paths: &[&Path]) {
    for path in paths {
        choose_path(*path);
    }
    click_menu_item(editor, menu, start);
    settle(editor);
    assert_eq!(
        file_dialogs().waiting(),
        0,
        "{menu} → {start} did not ask for every path given"
    );
}

/// Opens a menu and clicks its item that starts with these words.
pub fn click_menu_item(editor: &mut Editor, menu: &str, start: &str) {
    open_menu(editor, menu);
    click_button_starting_with(editor, start);
}

/// Clicks the button whose words start with these (menu items end with
/// their shortcut, submenus with an arrow).
pub fn click_button_starting_with(editor: &mut Editor, start: &str) {
    let label = menu_item_node_label(editor, start).unwrap_or_else(|| {
        let shown: Vec<String> = editor
            .query_all_by(|_| true)
            .filter_map(|node| node.accesskit_node().label())
            .collect();
        panic!("no button starting with {start:?} among {shown:?}")
    });
    click_label(editor, &label);
}

/// Every text on screen (labels, buttons, field contents) that contains `part`.
pub fn texts_containing(editor: &Editor, part: &str) -> Vec<String> {
    editor
        .query_all_by(|_| true)
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .filter(|text| text.contains(part))
        .collect()
}

/// The text the app put on the system clipboard in the last frame.
pub fn copied_text(editor: &Editor) -> Option<String> {
    editor
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// The viewport commands the app sent in the last frame.
pub fn viewport_commands(editor: &Editor) -> Vec<egui::ViewportCommand> {
    editor
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

/// The window manager asks to close the window (the title bar's ×).
pub fn request_close(editor: &mut Editor) {
    editor
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    editor.step();
}

/// Compares the window with `tests/snapshots/{name}.png`, with the pointer
/// gone (no hover effects) and every pending frame drawn. The one door for
/// every snapshot test, so all are taken alike.
pub fn snapshot(editor: &mut Editor, name: &str) {
    editor.remove_cursor();
    // A fixed number of frames: the canvas may ask for more than `run` allows.
    editor.run_steps(10);
    editor.snapshot(name);
}

/// Asserts two canvas points are within `tolerance` of each other.
#[track_caller]
pub fn assert_near(actual: Position, expected: Position, tolerance: f32) {
    let distance = ((actual.x - expected.x).powi(2) + (actual.y - expected.y).powi(2)).sqrt();
    assert!(
        distance <= tolerance,
        "expected about ({}, {}), got ({}, {})",
        expected.x,
        expected.y,
        actual.x,
        actual.y
    );
}

/// The middle of the inspector's Notes field (the multi-line field named
/// "Notes", not its heading).
pub fn notes_field(editor: &Editor) -> egui::Pos2 {
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::MultilineTextInput
                && node.label().as_deref() == Some("Notes")
        })
        .rect()
        .center()
}

/// Runs frames until a text containing `part` is on screen: the analysis
/// runs on a worker thread. Panics after ten seconds.
pub fn wait_for_text(editor: &mut Editor, part: &str) {
    let start = std::time::Instant::now();
    while texts_containing(editor, part).is_empty() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{part:?} never showed"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        editor.step();
    }
    settle(editor);
}
