//! A copy for sharing: no confidential notes, individuals' names replaced
//! when asked, the open map untouched, and the dialog and the command line
//! say exactly what is left out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use powermap::edit::Edit;
use powermap::exchange::share::{ShareOptions, share_copy};
use powermap::model::{Kind, Map, Role};
use ui_support::*;

/// The workshop map with a confidential note on the Union and an
/// individual, the Minister, in the leadership core.
fn map_with_secrets() -> Map {
    let mut map = workshop_map();
    let mut union = map
        .stakeholders()
        .find(|s| s.name == "Union")
        .unwrap()
        .clone();
    "Their director is leaving in May".clone_into(&mut union.confidential_notes);
    "Strong on the ground".clone_into(&mut union.notes);
    let mut press = map
        .stakeholders()
        .find(|s| s.name == "Press")
        .unwrap()
        .clone();
    "Jane Doe".clone_into(&mut press.name);
    press.kind = Kind::Individual;
    press.role = Role::CorePartner;
    Edit::Batch(vec![
        Edit::UpdateStakeholder(union),
        Edit::UpdateStakeholder(press),
    ])
    .apply(&mut map)
    .unwrap();
    map
}

#[test]
fn the_copy_leaves_out_confidential_notes_and_says_whose() {
    let map = map_with_secrets();
    let (copy, removed) = share_copy(&map, ShareOptions::default()).unwrap();
    assert!(copy.stakeholders().all(|s| s.confidential_notes.is_empty()));
    assert_eq!(removed.confidential_notes, ["Union"]);
    assert!(removed.renamed.is_empty());
    let union = copy.stakeholders().find(|s| s.name == "Union").unwrap();
    assert_eq!(union.notes, "Strong on the ground", "public notes are kept");
    assert!(copy.stakeholders().any(|s| s.name == "Jane Doe"));
    assert_eq!(map, map_with_secrets(), "the map itself is unchanged");
}

#[test]
fn individuals_names_are_replaced_by_their_role_when_asked() {
    let map = map_with_secrets();
    let options = ShareOptions {
        hide_individuals: true,
        ..ShareOptions::default()
    };
    let (copy, removed) = share_copy(&map, options).unwrap();
    assert_eq!(
        removed.renamed,
        [(
            "Jane Doe".to_owned(),
            "Individual 1 (core partner)".to_owned()
        )]
    );
    assert!(copy.stakeholders().all(|s| s.name != "Jane Doe"));
    assert_eq!(copy.relation_count(), map.relation_count());
}

#[test]
fn the_dialog_says_what_the_copy_leaves_out_and_the_map_stays_as_it_is() {
    let folder = tempfile::tempdir().unwrap();
    let mut editor = editor(map_with_secrets());
    click_menu_item(&mut editor, "File", "Save a copy for sharing");
    assert!(
        !texts_containing(&editor, "The confidential notes of 1 stakeholder: Union").is_empty()
    );
    click_label(&mut editor, "Replace individuals' names with their role");
    assert!(
        !texts_containing(&editor, "“Jane Doe” becomes “Individual 1 (core partner)”").is_empty()
    );
    click_label(&mut editor, "Cancel");
    assert!(texts_containing(&editor, "The copy leaves out").is_empty());

    let path = folder.path().join("for partners.ron");
    click_menu_item(&mut editor, "File", "Save a copy for sharing");
    click_label(&mut editor, "Replace individuals' names with their role");
    choose_path(&path);
    click_label(&mut editor, "Save copy…");
    assert_eq!(
        file_dialogs().asked().last().map(String::as_str),
        Some("Save a copy for sharing")
    );
    let copy = powermap::file::load_file(&path).unwrap();
    assert!(copy.stakeholders().all(|s| s.confidential_notes.is_empty()));
    assert!(copy.stakeholders().all(|s| s.name != "Jane Doe"));
    assert_eq!(
        *map(&editor),
        map_with_secrets(),
        "the open map is unchanged"
    );
    assert!(!editor.state().document().is_modified());
}

#[test]
fn the_dialog_never_writes_the_copy_over_the_open_map_or_another_with_secrets() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("campaign.ron");
    let mut editor = editor_on_file(&map_with_secrets(), &path);
    let master = std::fs::read(&path).unwrap();
    let other = folder.path().join("old campaign.ron");
    std::fs::write(&other, &master).unwrap();
    for (target, said) in [
        (&path, "is the map the copy is made from"),
        (&other, "holds confidential notes (Union)"),
    ] {
        click_menu_item(&mut editor, "File", "Save a copy for sharing");
        choose_path(target);
        click_label(&mut editor, "Save copy…");
        assert!(!texts_containing(&editor, said).is_empty(), "{said}");
        assert_eq!(
            std::fs::read(target).unwrap(),
            master,
            "{}",
            target.display()
        );
        click_label(&mut editor, "OK");
    }
    assert!(!editor.state().document().is_modified());
}

#[test]
fn the_share_dialog_looks_like_this() {
    let mut editor = editor(map_with_secrets());
    click_menu_item(&mut editor, "File", "Save a copy for sharing");
    click_label(&mut editor, "Replace individuals' names with their role");
    snapshot(&mut editor, "share_dialog");
}
