//! Merging another version in the app brings its recorded history, and a
//! day both recorded their own way is listed with the other conflicts: a
//! link that selects the stakeholder it is about.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use powermap::edit::Edit;
use powermap::model::{Day, Map, Observation, Observed, Stance, Subject};
use ui_support::*;

fn recorded(map: &Map, name: &str, date: &str, stance: Stance) -> Edit {
    let id = map
        .stakeholders()
        .find(|s| s.name == name)
        .unwrap()
        .id
        .clone();
    Edit::Observe(Box::new(Observation::new(
        Subject::Stakeholder(id),
        Day::parse(date).unwrap(),
        Observed::Stance(stance),
    )))
}

#[test]
fn a_merge_brings_the_other_history_and_lists_a_day_recorded_two_ways() {
    let folder = tempfile::tempdir().unwrap();
    let base = workshop_map();
    let mut theirs = base.clone();
    Edit::Batch(vec![
        recorded(&base, "Ministry", "2026-03-01", Stance::PassiveOpposition),
        recorded(&base, "Union", "2026-03-02", Stance::ActiveAlly),
    ])
    .apply(&mut theirs)
    .unwrap();
    let mut ours = base.clone();
    recorded(&base, "Ministry", "2026-03-01", Stance::Neutral)
        .apply(&mut ours)
        .unwrap();
    let (base_path, theirs_path) = (
        folder.path().join("base.ron"),
        folder.path().join("theirs.ron"),
    );
    powermap::file::save_file(&base, &base_path).unwrap();
    powermap::file::save_file(&theirs, &theirs_path).unwrap();

    let mut editor = editor(ours.clone());
    menu_item_with_paths(
        &mut editor,
        "File",
        "Merge another version",
        &[&base_path, &theirs_path],
    );
    let union = id_of(&editor, "Union");
    assert_eq!(
        map(&editor)
            .timeline()
            .of(&Subject::Stakeholder(union))
            .count(),
        1,
        "the other version's record came"
    );
    assert!(
        !texts_containing(
            &editor,
            "history: one value recorded, 0 changed, 0 taken away"
        )
        .is_empty()
    );
    assert!(!texts_containing(&editor, "1 conflict: this map's values are kept.").is_empty());
    let link = "stakeholder “Ministry” (s1): stance on 2026-03-01: this version has Neutral, the other version Passive opposition, the common ancestor no record; this version's is kept";
    click_label(&mut editor, link);
    assert_eq!(selected_names(&editor), ["Ministry"]);
    assert!(
        stakeholder(&editor, "Ministry")
            .tags
            .contains(&"merge-conflict".to_owned())
    );
    press_with(&mut editor, CTRL, egui::Key::Z);
    assert_eq!(*map(&editor), ours, "one undo takes the whole merge back");
}
