//! Keeping the work: saving and reopening a map from the editor window, and
//! the "Save changes?" question before New, Open recent, Quit and closing
//! the window throw unsaved changes away.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use std::path::{Path, PathBuf};

use egui::{Key, Vec2, ViewportCommand};
use egui_kittest::kittest::Queryable;
use powermap::model::{Kind, Map};
use powermap::ui::{Document, Settings};
use ui_support::*;

fn reload(path: &Path) -> Map {
    powermap::file::load_file(path).unwrap()
}

fn is_modified(editor: &Editor) -> bool {
    editor.state().document().is_modified()
}

/// Adds a stakeholder by keyboard, leaving the map with unsaved changes.
fn add_stakeholder(editor: &mut Editor, name: &str) {
    hover_empty(editor);
    press_letter(editor, Key::N, "n");
    type_text(editor, name);
    press(editor, Key::Enter);
    assert!(find_stakeholder(editor, name).is_some());
}

fn map_file(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

/// Clicks a button of the unsaved-changes dialog and runs exactly the frames
/// of the click, so the last output is the frame the answer was acted on.
fn answer(editor: &mut Editor, button: &str) {
    editor.get_by_label(button).click();
    editor.step();
}

fn dialog_question(editor: &Editor) -> Option<String> {
    texts_containing(editor, "Save the changes to")
        .into_iter()
        .next()
}

// Saving and reloading.

#[test]
fn saving_with_ctrl_s_then_reloading_gives_the_same_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);

    // A little of everything: add, connect, move, rename.
    add_stakeholder(&mut editor, "Health ministry");
    let (union, health) = (
        on_screen(&editor, "Union"),
        on_screen(&editor, "Health ministry"),
    );
    drag_with(&mut editor, union, health, CTRL);
    press(&mut editor, Key::Num6);
    let church = on_screen(&editor, "Church");
    drag(&mut editor, church, church + Vec2::new(33.0, -21.0));
    press(&mut editor, Key::F2);
    type_text(&mut editor, " council");
    press(&mut editor, Key::Enter);
    assert!(is_modified(&editor));
    let edited = map(&editor).clone();
    assert_eq!(edited.stakeholder_count(), 5);
    assert_eq!(edited.relation_count(), 2);

    press_with(&mut editor, CTRL, Key::S);
    assert!(!is_modified(&editor), "saved: nothing unsaved");
    assert_eq!(
        reload(&path),
        edited,
        "the file holds the map exactly as on screen"
    );
    assert!(editor.state().notice().unwrap().starts_with("Saved"));
    assert_eq!(texts_containing(&editor, "Unsaved changes").len(), 0);

    // Close and reopen: the same map.
    drop(editor);
    let reopened = editor_with(
        Document::open(&path).unwrap(),
        Settings::default(),
        egui::Theme::Light,
    );
    assert_eq!(*map(&reopened), edited);
    assert!(!reopened.state().document().is_modified());
}

const TYPED_NOTES: &str = "Meets the minister on Friday";

/// The workshop map saved at `path`, open with Union's notes being typed:
/// the text is in the field, not yet committed to the map.
fn typing_notes_of_union(path: &Path) -> Editor {
    let mut editor = editor_on_file(&workshop_map(), path);
    click_on(&mut editor, "Union");
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(&mut editor, TYPED_NOTES);
    editor
}

fn saved_notes_of_union(path: &Path) -> String {
    let saved = reload(path);
    let union = saved.stakeholders().find(|s| s.name == "Union").unwrap();
    union.notes.clone()
}

#[test]
fn ctrl_s_while_typing_in_a_field_saves_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = typing_notes_of_union(&path);
    press_with(&mut editor, CTRL, Key::S);
    settle(&mut editor);
    assert_eq!(saved_notes_of_union(&path), TYPED_NOTES);
    assert!(!is_modified(&editor), "what is on screen is what was saved");
}

#[test]
fn closing_the_window_while_typing_in_a_field_asks_to_save_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = typing_notes_of_union(&path);
    request_close(&mut editor);
    assert!(
        viewport_commands(&editor).contains(&ViewportCommand::CancelClose),
        "the close is held back"
    );
    settle(&mut editor);
    assert_eq!(
        dialog_question(&editor).as_deref(),
        Some("Save the changes to “workshop.ron” before closing?")
    );
    answer(&mut editor, "Save");
    assert_eq!(saved_notes_of_union(&path), TYPED_NOTES);
}

#[test]
fn save_as_writes_a_new_file_that_reloads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let mut editor = editor(workshop_map());
    add_stakeholder(&mut editor, "Donor");
    let path = map_file(&dir, "copy.ron");
    menu_item_with_paths(&mut editor, "File", "Save as", &[&path]);
    assert_eq!(reload(&path), *map(&editor));
    assert_eq!(editor.state().document().path(), Some(path.as_path()));
    assert!(!is_modified(&editor));
}

#[test]
fn undoing_back_to_the_saved_state_counts_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    click_on(&mut editor, "Press");
    press(&mut editor, Key::ArrowDown);
    assert!(is_modified(&editor));
    press_with(&mut editor, CTRL, Key::Z);
    assert!(!is_modified(&editor));
}

#[test]
fn the_title_marks_unsaved_changes_until_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    click_on(&mut editor, "Press");
    // The title is sent once, in the frame it changes: watch that frame.
    editor.key_down(Key::ArrowDown);
    editor.step();
    let unsaved = title_sent(&editor).expect("an edit changes the title");
    editor.key_up(Key::ArrowDown);
    settle(&mut editor);
    editor.event(egui::Event::ModifiersChanged(CTRL));
    editor.step();
    editor.event(egui::Event::Key {
        key: Key::S,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: CTRL,
    });
    editor.step();
    let saved = title_sent(&editor).expect("saving changes the title");
    assert!(
        saved.contains("workshop.ron"),
        "the title names the file: {saved:?}"
    );
    assert!(
        unsaved.len() > saved.len() && unsaved.ends_with(&saved),
        "the unsaved title is the saved one with a marker: {unsaved:?}, {saved:?}"
    );
}

fn title_sent(editor: &Editor) -> Option<String> {
    viewport_commands(editor)
        .into_iter()
        .find_map(|command| match command {
            ViewportCommand::Title(title) => Some(title),
            _ => None,
        })
}

#[test]
fn a_failed_save_says_why_and_keeps_the_map_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no such folder").join("map.ron");
    let mut editor = editor_with(
        Document::new(workshop_map(), Some(path.clone())),
        Settings::default(),
        egui::Theme::Light,
    );
    add_stakeholder(&mut editor, "Donor");
    press_with(&mut editor, CTRL, Key::S);
    assert!(!path.exists());
    assert!(is_modified(&editor), "still unsaved");
    assert!(
        editor.query_by_label("Something went wrong").is_some(),
        "the error is shown in the window"
    );
    assert!(
        find_stakeholder(&editor, "Donor").is_some(),
        "the map on screen is as it was"
    );
    click_label(&mut editor, "OK");
    assert!(editor.query_by_label("Something went wrong").is_none());
}

// The unsaved-changes question before New.

#[test]
fn new_map_with_unsaved_changes_asks_and_save_saves_them_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    press_with(&mut editor, CTRL, Key::N);
    assert!(editor.state().is_confirming(), "Ctrl+N asks first");
    assert_eq!(
        dialog_question(&editor).as_deref(),
        Some("Save the changes to “workshop.ron” before starting a new map?")
    );
    assert_eq!(
        map(&editor).stakeholder_count(),
        5,
        "the map is still there while asking"
    );

    answer(&mut editor, "Save");
    settle(&mut editor);
    assert!(!editor.state().is_confirming());
    assert_eq!(reload(&path), edited, "the changes were saved");
    assert_eq!(
        map(&editor).stakeholder_count(),
        0,
        "then a new map was started"
    );
    assert_eq!(editor.state().document().path(), None);
}

#[test]
fn new_map_with_unsaved_changes_then_dont_save_discards_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");

    press_with(&mut editor, CTRL, Key::N);
    answer(&mut editor, "Don't save");
    settle(&mut editor);
    assert!(!editor.state().is_confirming());
    assert_eq!(map(&editor).stakeholder_count(), 0, "a new map");
    assert_eq!(reload(&path), workshop_map(), "the file is as it was");
}

#[test]
fn new_map_with_unsaved_changes_then_cancel_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    press_with(&mut editor, CTRL, Key::N);
    answer(&mut editor, "Cancel");
    settle(&mut editor);
    assert!(!editor.state().is_confirming());
    assert_eq!(*map(&editor), edited, "the map stays");
    assert!(is_modified(&editor), "and stays unsaved");
    assert_eq!(reload(&path), workshop_map(), "nothing was written");
    assert_eq!(editor.state().document().path(), Some(path.as_path()));
}

#[test]
fn escape_in_the_unsaved_changes_dialog_cancels() {
    let mut editor = editor(workshop_map());
    add_stakeholder(&mut editor, "Donor");
    press_with(&mut editor, CTRL, Key::N);
    press(&mut editor, Key::Escape);
    assert!(!editor.state().is_confirming());
    assert!(find_stakeholder(&editor, "Donor").is_some());
}

#[test]
fn new_map_without_changes_does_not_ask() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::N);
    assert!(!editor.state().is_confirming());
    assert_eq!(map(&editor).stakeholder_count(), 0);
}

#[test]
fn new_map_from_the_file_menu_asks_too() {
    let mut editor = editor(workshop_map());
    add_stakeholder(&mut editor, "Donor");
    click_menu_item(&mut editor, "File", "New map");
    assert!(editor.state().is_confirming());
}

#[test]
fn keys_do_not_edit_the_map_behind_the_unsaved_changes_dialog() {
    let mut editor = editor(workshop_map());
    add_stakeholder(&mut editor, "Donor");
    press_with(&mut editor, CTRL, Key::N);
    let asked = map(&editor).clone();
    press_with(&mut editor, CTRL, Key::A);
    press(&mut editor, Key::Delete);
    press_with(&mut editor, CTRL, Key::Z);
    hover_empty(&mut editor);
    press_letter(&mut editor, Key::N, "n");
    assert_eq!(*map(&editor), asked);
    assert!(editor.state().is_confirming(), "still asking");
}

// The unsaved-changes question when the window is closed.

#[test]
fn closing_the_window_with_unsaved_changes_asks_and_dont_save_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");

    request_close(&mut editor);
    assert!(
        viewport_commands(&editor).contains(&ViewportCommand::CancelClose),
        "the close is held back"
    );
    assert!(editor.state().is_confirming());
    settle(&mut editor);
    assert_eq!(
        dialog_question(&editor).as_deref(),
        Some("Save the changes to “workshop.ron” before closing?")
    );

    answer(&mut editor, "Don't save");
    assert!(
        viewport_commands(&editor).contains(&ViewportCommand::Close),
        "the window closes"
    );
    assert_eq!(reload(&path), workshop_map(), "nothing was written");
    // The close request that follows goes through.
    request_close(&mut editor);
    assert!(!viewport_commands(&editor).contains(&ViewportCommand::CancelClose));
}

#[test]
fn closing_the_window_with_unsaved_changes_then_save_saves_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    request_close(&mut editor);
    settle(&mut editor);
    answer(&mut editor, "Save");
    assert!(viewport_commands(&editor).contains(&ViewportCommand::Close));
    assert_eq!(reload(&path), edited);
}

#[test]
fn closing_the_window_with_unsaved_changes_then_cancel_keeps_it_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    request_close(&mut editor);
    settle(&mut editor);
    answer(&mut editor, "Cancel");
    assert!(!viewport_commands(&editor).contains(&ViewportCommand::Close));
    settle(&mut editor);
    assert!(!editor.state().is_confirming());
    assert_eq!(*map(&editor), edited);
    assert_eq!(reload(&path), workshop_map());

    // Asking again asks again.
    request_close(&mut editor);
    assert!(viewport_commands(&editor).contains(&ViewportCommand::CancelClose));
}

#[test]
fn closing_the_window_without_changes_does_not_ask() {
    let mut editor = editor(workshop_map());
    request_close(&mut editor);
    assert!(!viewport_commands(&editor).contains(&ViewportCommand::CancelClose));
    assert!(!editor.state().is_confirming());
}

#[test]
fn quitting_with_ctrl_q_with_unsaved_changes_asks_first() {
    let mut editor = editor(workshop_map());
    add_stakeholder(&mut editor, "Donor");
    editor.key_press_modifiers(CTRL, Key::Q);
    editor.step();
    assert!(!viewport_commands(&editor).contains(&ViewportCommand::Close));
    settle(&mut editor);
    assert_eq!(
        dialog_question(&editor).as_deref(),
        Some("Save the changes to “Workshop” before closing?")
    );
    answer(&mut editor, "Don't save");
    assert!(viewport_commands(&editor).contains(&ViewportCommand::Close));
}

// The unsaved-changes question before opening another map.

fn editor_with_recent(current: &Path, other: &Path) -> Editor {
    let settings = Settings {
        recent_files: vec![other.to_owned()],
        ..Settings::default()
    };
    editor_with(
        Document::open(current).unwrap(),
        settings,
        egui::Theme::Light,
    )
}

fn other_map() -> Map {
    map_of(&[("Mayor", Kind::Individual, (0.0, 0.0))], &[])
}

#[test]
fn opening_a_recent_map_with_unsaved_changes_asks_and_save_saves_first() {
    let dir = tempfile::tempdir().unwrap();
    let (current, other) = (map_file(&dir, "workshop.ron"), map_file(&dir, "other.ron"));
    powermap::file::save_file(&workshop_map(), &current).unwrap();
    powermap::file::save_file(&other_map(), &other).unwrap();
    let mut editor = editor_with_recent(&current, &other);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    open_menu(&mut editor, "File");
    click_button_starting_with(&mut editor, "Open recent");
    click_label(&mut editor, "other.ron");
    assert!(editor.state().is_confirming(), "asks before opening");
    assert_eq!(
        dialog_question(&editor).as_deref(),
        Some("Save the changes to “workshop.ron” before opening another map?")
    );
    answer(&mut editor, "Save");
    settle(&mut editor);
    assert_eq!(reload(&current), edited, "saved first");
    assert_eq!(*map(&editor), other_map(), "then opened the other map");
    assert_eq!(editor.state().document().path(), Some(other.as_path()));
}

#[test]
fn opening_a_recent_map_with_unsaved_changes_then_dont_save_discards_them() {
    let dir = tempfile::tempdir().unwrap();
    let (current, other) = (map_file(&dir, "workshop.ron"), map_file(&dir, "other.ron"));
    powermap::file::save_file(&workshop_map(), &current).unwrap();
    powermap::file::save_file(&other_map(), &other).unwrap();
    let mut editor = editor_with_recent(&current, &other);
    add_stakeholder(&mut editor, "Donor");

    open_menu(&mut editor, "File");
    click_button_starting_with(&mut editor, "Open recent");
    click_label(&mut editor, "other.ron");
    answer(&mut editor, "Don't save");
    settle(&mut editor);
    assert_eq!(reload(&current), workshop_map(), "nothing written");
    assert_eq!(*map(&editor), other_map());
}

#[test]
fn opening_a_recent_map_with_unsaved_changes_then_cancel_stays() {
    let dir = tempfile::tempdir().unwrap();
    let (current, other) = (map_file(&dir, "workshop.ron"), map_file(&dir, "other.ron"));
    powermap::file::save_file(&workshop_map(), &current).unwrap();
    powermap::file::save_file(&other_map(), &other).unwrap();
    let mut editor = editor_with_recent(&current, &other);
    add_stakeholder(&mut editor, "Donor");
    let edited = map(&editor).clone();

    open_menu(&mut editor, "File");
    click_button_starting_with(&mut editor, "Open recent");
    click_label(&mut editor, "other.ron");
    answer(&mut editor, "Cancel");
    settle(&mut editor);
    assert_eq!(*map(&editor), edited);
    assert_eq!(editor.state().document().path(), Some(current.as_path()));
}

/// A file dropped on the window, as the windowing integration hands it over.
#[derive(Debug)]
struct FileOnDisk(PathBuf);

impl egui::DroppedFile for FileOnDisk {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}

#[test]
fn dropping_a_map_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let other = map_file(&dir, "other.ron");
    powermap::file::save_file(&other_map(), &other).unwrap();
    let mut editor = editor(workshop_map());
    editor
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(FileOnDisk(other.clone())));
    settle(&mut editor);
    assert_eq!(*map(&editor), other_map());
    assert_eq!(editor.state().document().path(), Some(other.as_path()));
}

#[test]
fn opening_a_file_that_is_not_a_map_says_so_and_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let bad = map_file(&dir, "notes.ron");
    std::fs::write(&bad, "this is not a map").unwrap();
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Open", &[&bad]);
    assert_eq!(*map(&editor), workshop_map());
    assert!(editor.query_by_label("Something went wrong").is_some());
    assert!(
        editor.state().notice().unwrap().contains("notes.ron"),
        "the message names the file"
    );
}

// Starting on a file that does not exist yet.

fn editor_started_on(path: &Path) -> Editor {
    let path = path.to_owned();
    editor_of(
        move || powermap::ui::PowermapApp::starting_with(Some(path), Settings::default()),
        egui::Theme::Light,
    )
}

#[test]
fn a_new_file_named_on_the_command_line_starts_an_empty_map_that_ctrl_s_saves_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "évaluation 2027.ron");
    let mut editor = editor_started_on(&path);
    assert_eq!(
        map(&editor).stakeholder_count(),
        0,
        "an empty map, not the example"
    );
    assert_eq!(map(&editor).title(), "évaluation 2027");
    assert!(editor.query_by_label("Something went wrong").is_none());
    assert_eq!(editor.state().document().path(), Some(path.as_path()));

    add_stakeholder(&mut editor, "Comité des sages");
    press_with(&mut editor, CTRL, Key::S);
    assert!(
        file_dialogs().asked().is_empty(),
        "no dialog: the file is known"
    );
    assert_eq!(reload(&path), *map(&editor));
    assert!(!is_modified(&editor));
}

#[test]
fn a_new_file_in_a_folder_that_does_not_exist_is_an_error_naming_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere").join("new.ron");
    let editor = editor_started_on(&path);
    assert!(editor.query_by_label("Something went wrong").is_some());
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(notice.contains("there is no folder"), "{notice}");
    assert!(notice.contains("nowhere"), "{notice}");
    assert!(
        map(&editor).stakeholder_count() > 0,
        "the example opens instead"
    );
    assert!(!path.exists());
}

// When the desktop has no file dialog.

#[test]
fn when_no_file_dialog_can_be_shown_a_path_field_saves_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let mut editor = editor(workshop_map());
    file_dialogs().push(powermap::ui::Picked::Unavailable);
    press_with(&mut editor, CTRL, Key::S);
    assert!(
        editor
            .state()
            .notice()
            .unwrap()
            .starts_with("No file dialog could be shown"),
        "{:?}",
        editor.state().notice()
    );
    assert!(!texts_containing(&editor, "Type the path of the file to write.").is_empty());

    // A folder that does not exist is refused, and nothing is written.
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "/no/such/folder/map.ron");
    press(&mut editor, Key::Enter);
    assert!(!texts_containing(&editor, "There is no folder /no/such/folder").is_empty());
    assert_eq!(editor.state().document().path(), None);

    // A good path saves there; ".ron" is added to a name without it.
    let typed = dir.path().join("خريطة التحالف");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, &typed.display().to_string());
    press(&mut editor, Key::Enter);
    let path = dir.path().join("خريطة التحالف.ron");
    assert_eq!(editor.state().document().path(), Some(path.as_path()));
    assert_eq!(reload(&path), *map(&editor));
    assert!(texts_containing(&editor, "Type the path of the file to write.").is_empty());
}

#[test]
fn a_cancelled_file_dialog_changes_nothing_and_says_nothing() {
    let mut editor = editor(workshop_map());
    file_dialogs().push(powermap::ui::Picked::Cancelled);
    click_menu_item(&mut editor, "File", "Save as");
    assert_eq!(file_dialogs().asked(), ["Save the map"]);
    assert!(editor.state().notice().is_none());
    assert!(editor.query_by_label("Something went wrong").is_none());
    assert_eq!(editor.state().document().path(), None);
}

// The status bar.

#[test]
fn a_long_notice_never_covers_the_file_name_and_goes_after_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(&dir, "workshop.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    let missing = dir
        .path()
        .join(format!("{}.ron", "a very long name ".repeat(12)));
    menu_item_with_paths(&mut editor, "File", "Open", &[&missing]);
    press(&mut editor, Key::Enter); // closes the error dialog
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(notice.starts_with("Could not open"), "{notice}");

    let notice_rect = editor.get_by_label(&notice).rect();
    let saved_rect = editor.get_by_label("Saved").rect();
    let file_rect = editor.get_by_label(&path.display().to_string()).rect();
    assert!(
        !notice_rect.intersects(saved_rect) && !notice_rect.intersects(file_rect),
        "the notice {notice_rect:?} runs into the file {file_rect:?} or “Saved” {saved_rect:?}"
    );
    assert!(notice_rect.right() <= file_rect.left());

    // Twelve seconds later (at 60 frames a second) it is gone.
    editor.run_steps(12 * 60 + 10);
    assert_eq!(editor.state().notice(), None);
}

// Text being typed is work too.

/// An editor on the workshop map saved in `dir`, autosaving to `recovery`.
fn editor_with_recovery(dir: &tempfile::TempDir, recovery: &tempfile::TempDir) -> Editor {
    let mut editor = editor_on_file(&workshop_map(), &map_file(dir, "workshop.ron"));
    editor.state_mut().enable_recovery(recovery.path());
    settle(&mut editor);
    editor
}

/// Steps the editor until its recovery file holds `text`; the file.
fn wait_for_recovery(editor: &mut Editor, text: &str) -> PathBuf {
    let file = editor.state().recovery_path().unwrap().to_owned();
    let start = std::time::Instant::now();
    loop {
        editor.step();
        if std::fs::read_to_string(&file).is_ok_and(|t| t.contains(text)) {
            return file;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(8),
            "“{text}” never reached {}",
            file.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn click_text_field(editor: &mut Editor, name: &str) {
    use egui::accesskit::Role;
    editor
        .get_by(|node| {
            matches!(node.role(), Role::TextInput | Role::MultilineTextInput)
                && node.label().as_deref() == Some(name)
        })
        .click();
    settle(editor);
}

#[test]
fn coalitions_and_map_settings_being_typed_are_kept_too() {
    let (dir, recovery) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut editor = editor_with_recovery(&dir, &recovery);

    editor.get_by_label("Coalitions").click();
    settle(&mut editor);
    editor.get_by_label("New coalition").click();
    settle(&mut editor);
    click_text_field(&mut editor, "Objective");
    type_text(&mut editor, "مجلس الأمن يناقش التقرير");
    assert!(!texts_containing(&editor, "Unsaved changes").is_empty());
    wait_for_recovery(&mut editor, "مجلس الأمن يناقش التقرير");
    press(&mut editor, Key::Enter);
    press(&mut editor, Key::Escape);

    click_menu_item(&mut editor, "Map", "Map settings");
    click_text_field(&mut editor, "Goal");
    type_text(&mut editor, "Protéger les civils à Bangui");
    let saved_steps = editor.state().document().history().depth();
    assert!(!texts_containing(&editor, "Unsaved changes").is_empty());
    wait_for_recovery(&mut editor, "Protéger les civils à Bangui");
    assert_eq!(
        editor.state().document().history().depth(),
        saved_steps,
        "no undo step while typing"
    );
}

#[test]
fn notes_still_being_typed_count_as_unsaved_and_reach_the_recovery_file() {
    let (dir, recovery) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut editor = editor_with_recovery(&dir, &recovery);
    assert!(texts_containing(&editor, "Unsaved changes").is_empty());

    click_on(&mut editor, "Union");
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(&mut editor, "Réunion avec le secrétariat, مجلس الأمن");
    assert!(!is_modified(&editor), "no undo step while typing");
    assert!(
        !texts_containing(&editor, "Unsaved changes").is_empty(),
        "the status bar says the typing is not saved"
    );

    // The autosave writes the typed text within a few seconds, the field
    // still focused: a crash now loses none of it.
    let file = wait_for_recovery(&mut editor, "Réunion avec le secrétariat");
    // Read back as a crash would leave it: the map with the notes typed.
    let recovered = powermap::file::load_file(&file).unwrap();
    let union = recovered
        .stakeholders()
        .find(|s| s.name == "Union")
        .unwrap();
    assert_eq!(union.notes, "Réunion avec le secrétariat, مجلس الأمن");
}

#[test]
fn recovered_work_is_listed_in_the_outline_at_once() {
    let recovery = tempfile::tempdir().unwrap();
    let name = "Coopérative des femmes de Bangui";
    {
        // A session that adds a stakeholder and ends without saving.
        let mut editor = editor(workshop_map());
        editor.state_mut().enable_recovery(recovery.path());
        settle(&mut editor);
        add_stakeholder(&mut editor, name);
        let file = editor.state().recovery_path().unwrap().to_owned();
        let start = std::time::Instant::now();
        while !std::fs::read_to_string(&file).is_ok_and(|t| t.contains(name)) {
            editor.step();
            assert!(start.elapsed() < std::time::Duration::from_secs(8));
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        // As a process that was killed left it.
        let text = std::fs::read_to_string(&file).unwrap();
        let ours = format!("\"pid\":{}", std::process::id());
        std::fs::write(&file, text.replacen(&ours, "\"pid\":4000000000", 1)).unwrap();
        std::mem::forget(editor);
    }

    let mut editor = editor(workshop_map());
    editor.state_mut().enable_recovery(recovery.path());
    settle(&mut editor);
    assert!(
        texts_containing(&editor, name).is_empty(),
        "not listed before Recover"
    );
    editor.get_by_label("Recover").click();
    editor.run_steps(3);
    assert!(
        !texts_containing(&editor, name).is_empty(),
        "the outline lists the recovered stakeholder without a search"
    );
    assert!(find_stakeholder(&editor, name).is_some());
}

#[test]
fn a_table_cell_being_typed_is_kept_too() {
    let (dir, recovery) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut editor = editor_with_recovery(&dir, &recovery);
    press_with(&mut editor, CTRL, Key::Num4);
    let area = editor.state().canvas_rect();
    let cell = editor
        .query_all_by_role(egui::accesskit::Role::Label)
        .find(|node| {
            node.value().as_deref() == Some("Union") && area.contains(node.rect().center())
        })
        .expect("Union's name in the table")
        .rect()
        .center();
    click(&mut editor, cell);
    press(&mut editor, Key::Enter);
    type_text(&mut editor, " des travailleurs de Bangui");
    assert!(!is_modified(&editor), "no undo step while typing");
    assert!(!texts_containing(&editor, "Unsaved changes").is_empty());
    wait_for_recovery(&mut editor, "Union des travailleurs de Bangui");
    press(&mut editor, Key::Enter);
    assert!(find_stakeholder(&editor, "Union des travailleurs de Bangui").is_some());
}
