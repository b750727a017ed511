//! In the editor: a GraphML file opens as a new map only after a report
//! of what it holds and what is left out; another version of the map
//! merges into the open one as one undo step, with a window listing every
//! conflict, each a link to the stakeholders it concerns.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use std::path::{Path, PathBuf};

use powermap::edit::Edit;
use powermap::model::Map;
use ui_support::*;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/graphml")
        .join(name)
}

#[test]
fn a_graphml_file_opens_as_a_new_map_after_its_report() {
    let mut editor = editor(workshop_map());
    let before = map(&editor).clone();
    menu_item_with_paths(
        &mut editor,
        "File",
        "Import from GraphML",
        &[&fixture("odd-parts.graphml")],
    );
    assert!(!texts_containing(&editor, "Import from odd-parts.graphml").is_empty());
    assert!(
        !texts_containing(&editor, "Makes a new map of 3 stakeholders and 1 relation.").is_empty()
    );
    assert!(
        !texts_containing(&editor, "5 items could not be read and will be left out:").is_empty()
    );
    assert!(
        !texts_containing(&editor, "✖ line 31: a hyperedge").is_empty(),
        "each item left out is named with its line"
    );
    assert!(!texts_containing(&editor, "• line 12: a port of node “union”").is_empty());
    assert_eq!(
        *map(&editor),
        before,
        "nothing changes before the user decides"
    );

    click_label(&mut editor, "Open the rest as a new map");
    assert_eq!(
        names(map(&editor)),
        ["City Council", "Teachers' Union", "press"]
    );
    assert!(
        editor.state().document().is_modified(),
        "a new map counts as unsaved"
    );
    assert_eq!(editor.state().document().path(), None);
    assert_eq!(
        editor.state().notice(),
        Some("Opened “odd-parts”: save it to keep it")
    );
}

#[test]
fn opening_an_imported_map_over_unsaved_changes_asks_first() {
    let mut editor = editor(workshop_map());
    let spot = empty_spot(&editor);
    hover(&mut editor, spot);
    press_letter(&mut editor, egui::Key::N, "n");
    type_text(&mut editor, "Nurses");
    press(&mut editor, egui::Key::Enter);
    assert!(editor.state().document().is_modified());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Import from GraphML",
        &[&fixture("gephi-health-coalition.graphml")],
    );
    click_label(&mut editor, "Open as a new map");
    assert!(
        editor.state().is_confirming(),
        "asks to save the changes first"
    );
    click_label(&mut editor, "Cancel");
    assert!(
        find_stakeholder(&editor, "Nurses").is_some(),
        "Cancel keeps the work"
    );

    menu_item_with_paths(
        &mut editor,
        "File",
        "Import from GraphML",
        &[&fixture("gephi-health-coalition.graphml")],
    );
    click_label(&mut editor, "Open as a new map");
    click_label(&mut editor, "Don't save");
    assert_eq!(
        names(map(&editor)),
        ["Daily Herald", "Ministry of Health", "Nurses' Union"]
    );
}

#[test]
fn cancelling_a_graphml_import_changes_nothing() {
    let mut editor = editor(workshop_map());
    let before = map(&editor).clone();
    menu_item_with_paths(
        &mut editor,
        "File",
        "Import from GraphML",
        &[&fixture("yed-health-coalition.graphml")],
    );
    click_label(&mut editor, "Cancel");
    assert_eq!(*map(&editor), before);
    assert!(texts_containing(&editor, "Import from yed-health-coalition.graphml").is_empty());
}

#[test]
fn a_file_that_is_not_graphml_says_where_it_breaks() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("broken.graphml");
    std::fs::write(&path, "<graphml>\n<graph>\n<node id=\"a\">\n</graph>").unwrap();
    let mut editor = editor(workshop_map());
    menu_item_with_paths(&mut editor, "File", "Import from GraphML", &[&path]);
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(
        notice.contains("broken.graphml: line 4, column 1: </graph> here closes <node>"),
        "{notice}"
    );
}

/// The workshop map as the common ancestor, the other version (the union
/// renamed, the ministry at power 2) saved beside it; the open map has the
/// ministry at power 4.
fn versions(folder: &Path) -> (Map, PathBuf, PathBuf) {
    let base = workshop_map();
    let change = |map: &Map, name: &str, edit: &dyn Fn(&mut powermap::model::Stakeholder)| {
        let mut s = map.stakeholders().find(|s| s.name == name).unwrap().clone();
        edit(&mut s);
        Edit::UpdateStakeholder(s)
    };
    let mut theirs = base.clone();
    Edit::Batch(vec![
        change(&base, "Union", &|s| {
            "Teachers' union".clone_into(&mut s.name);
        }),
        change(&base, "Ministry", &|s| s.power = 2),
    ])
    .apply(&mut theirs)
    .unwrap();
    let mut ours = base.clone();
    change(&base, "Ministry", &|s| s.power = 4)
        .apply(&mut ours)
        .unwrap();
    let (base_path, theirs_path) = (folder.join("base.ron"), folder.join("theirs.ron"));
    powermap::file::save_file(&base, &base_path).unwrap();
    powermap::file::save_file(&theirs, &theirs_path).unwrap();
    (ours, base_path, theirs_path)
}

#[test]
fn merging_another_version_is_one_undo_step_and_each_conflict_selects_its_stakeholders() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, base, theirs) = versions(folder.path());
    let mut editor = editor(ours.clone());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Merge another version",
        &[&base, &theirs],
    );

    assert_eq!(
        stakeholder(&editor, "Ministry").power,
        4,
        "this map's value is kept"
    );
    assert!(
        find_stakeholder(&editor, "Teachers' union").is_some(),
        "the other change came"
    );
    assert!(
        stakeholder(&editor, "Ministry")
            .tags
            .contains(&"merge-conflict".to_owned())
    );
    assert!(!texts_containing(&editor, "Merged with theirs.ron").is_empty());
    assert!(!texts_containing(&editor, "1 stakeholder changed (Teachers' union)").is_empty());
    assert!(!texts_containing(&editor, "1 conflict: this map's values are kept.").is_empty());
    assert_eq!(undo_menu_item(&mut editor), "Undo merge with theirs.ron");

    let link = "stakeholder “Ministry” (s1): power: this version has 4, the other version 2, the common ancestor 3; this version's is kept";
    click_label(&mut editor, link);
    assert_eq!(selected_names(&editor), ["Ministry"]);

    press_with(&mut editor, CTRL, egui::Key::Z);
    assert_eq!(*map(&editor), ours, "one undo takes the whole merge back");
    click_label(&mut editor, "Close");
    assert!(texts_containing(&editor, "Merged with theirs.ron").is_empty());
}

#[test]
fn an_unreadable_version_merges_nothing_and_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, base, _) = versions(folder.path());
    let missing = folder.path().join("gone.ron");
    let mut editor = editor(ours.clone());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Merge another version",
        &[&base, &missing],
    );
    assert_eq!(*map(&editor), ours);
    assert!(
        editor
            .state()
            .notice()
            .unwrap()
            .starts_with("Could not read"),
        "{:?}",
        editor.state().notice()
    );
}

#[test]
fn the_graphml_report_looks_like_this() {
    let mut editor = editor(workshop_map());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Import from GraphML",
        &[&fixture("odd-parts.graphml")],
    );
    snapshot(&mut editor, "graphml_import");
}

#[test]
fn the_merge_report_looks_like_this() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, base, theirs) = versions(folder.path());
    let mut editor = editor(ours);
    menu_item_with_paths(
        &mut editor,
        "File",
        "Merge another version",
        &[&base, &theirs],
    );
    snapshot(&mut editor, "merge_report");
}

#[test]
fn comparing_with_another_version_lists_what_differs_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, base, _) = versions(folder.path());
    let mut editor = editor(ours.clone());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Compare with another version",
        &[&base],
    );
    assert!(!texts_containing(&editor, "From base.ron (before) to this map").is_empty());
    // The ministry's power differs between the two; the text names it.
    let listed = texts_containing(&editor, "power:");
    assert!(
        listed
            .iter()
            .any(|t| t.contains("~ Ministry") && t.contains("→ 4")),
        "{listed:?}"
    );
    assert_eq!(*map(&editor), ours, "comparing changes nothing");
    assert!(!editor.state().document().history().can_undo());
    click_label(&mut editor, "Close");
    assert!(texts_containing(&editor, "From base.ron (before) to this map").is_empty());

    // A version that is the same says so.
    let same = folder.path().join("same.ron");
    powermap::file::save_file(&ours, &same).unwrap();
    menu_item_with_paths(
        &mut editor,
        "File",
        "Compare with another version",
        &[&same],
    );
    assert!(!texts_containing(&editor, "No difference").is_empty());
}
