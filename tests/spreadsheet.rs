//! Importing from and exporting to a spreadsheet in the editor: the
//! preview lists what will be added and changed and every row left out;
//! Import is one undo step, Cancel changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use ui_support::*;

const PEOPLE: &str = "\
Label,Type,Stance,Power
Union,Organization,Active ally,5
Health ministry,Target,Neutral,4
Press,Media,Somewhat friendly,3
";

const LINKS: &str = "\
From,To,Type
Union,Health ministry,Influences
";

fn spreadsheet(folder: &std::path::Path) -> std::path::PathBuf {
    let people = folder.join("people.csv");
    std::fs::write(&people, PEOPLE).unwrap();
    std::fs::write(folder.join("people.relations.csv"), LINKS).unwrap();
    people
}

#[test]
fn the_preview_tells_what_will_happen_and_import_is_one_undo_step() {
    let folder = tempfile::tempdir().unwrap();
    let people = spreadsheet(folder.path());
    let mut editor = editor(workshop_map());
    let before = map(&editor).clone();
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&people]);
    assert!(!texts_containing(&editor, "Import from people.csv").is_empty());
    assert!(!texts_containing(&editor, "Will add 1 stakeholder:").is_empty());
    assert!(!texts_containing(&editor, "Health ministry").is_empty());
    assert!(!texts_containing(&editor, "Will change 1 stakeholder:").is_empty());
    assert!(
        !texts_containing(&editor, "stakeholders line 4: Stance “Somewhat friendly”").is_empty(),
        "the bad row is named with its line and reason"
    );
    assert_eq!(
        *map(&editor),
        before,
        "nothing changes before the user decides"
    );

    click_label(&mut editor, "Import the rows that could be read");
    assert_eq!(map(&editor).stakeholder_count(), 5);
    assert_eq!(stakeholder(&editor, "Union").power, 5);
    assert_eq!(map(&editor).relation_count(), 2);
    press_with(&mut editor, CTRL, egui::Key::Z);
    assert_eq!(
        *map(&editor),
        before,
        "one undo takes the whole import back"
    );
}

#[test]
fn cancel_imports_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let people = spreadsheet(folder.path());
    let mut editor = editor(workshop_map());
    let before = map(&editor).clone();
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&people]);
    click_label(&mut editor, "Cancel");
    assert_eq!(*map(&editor), before);
    assert!(texts_containing(&editor, "Import from people.csv").is_empty());
}

#[test]
fn a_file_that_is_not_a_spreadsheet_of_stakeholders_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("notes.csv");
    std::fs::write(&path, "Who,What\nUnion,big\n").unwrap();
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&path]);
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(notice.contains("has no “Label” column"), "{notice}");
}

#[test]
fn export_writes_the_two_files_that_import_reads_back() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("workshop.csv");
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Export to spreadsheet", &[&path]);
    let (people, links) = powermap::exchange::csv::read_files(&path, None).unwrap();
    let imported = powermap::exchange::csv::import(&people, links.as_deref()).unwrap();
    let back = powermap::exchange::csv::to_map("Workshop", &imported).unwrap();
    assert_eq!(
        back.stakeholders_sorted(),
        map(&editor).stakeholders_sorted()
    );
    assert_eq!(back.relations_sorted(), map(&editor).relations_sorted());
    settle(&mut editor);
    assert!(editor.state().notice().unwrap().starts_with("Exported"));
}

#[test]
fn the_import_preview_looks_like_this() {
    let folder = tempfile::tempdir().unwrap();
    let people = spreadsheet(folder.path());
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&people]);
    snapshot(&mut editor, "import_preview");
}

#[test]
fn the_preview_says_when_no_relations_file_is_beside_the_stakeholders() {
    let folder = tempfile::tempdir().unwrap();
    let people = folder.path().join("people.csv");
    std::fs::write(&people, PEOPLE).unwrap();
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&people]);
    assert!(
        !texts_containing(
            &editor,
            "No people.relations.csv beside it: no relations imported."
        )
        .is_empty()
    );
}

#[test]
fn after_the_import_the_status_bar_counts_one_of_a_thing_in_the_singular() {
    let folder = tempfile::tempdir().unwrap();
    let people = spreadsheet(folder.path());
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Import from spreadsheet", &[&people]);
    click_label(&mut editor, "Import the rows that could be read");
    assert!(
        !texts_containing(
            &editor,
            "Imported from people.csv: 1 stakeholder added, 1 changed, 1 relation added"
        )
        .is_empty()
    );
}
