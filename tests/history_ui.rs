//! Change over time in the editor, as a user meets it: recording a value
//! with a date in the inspector, marking a checkpoint, looking at the map
//! as of a day (where editing is refused, with a word), comparing two
//! days, and the measure of change in the Analysis panel.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use powermap::model::{Day, Kind, Stance, Subject};
use ui_support::*;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

fn example_editor() -> Editor {
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[0].text).unwrap();
    editor(map)
}

#[test]
fn recording_the_present_stance_as_an_observation_is_one_undo_step() {
    let mut editor = editor(map_of(
        &[
            ("Ministry", Kind::Target, (0.0, 0.0)),
            ("Union", Kind::Organization, (200.0, 0.0)),
        ],
        &[],
    ));
    click_on(&mut editor, "Ministry");
    click_label(&mut editor, "Record as observation…");
    click_label(&mut editor, "Record");
    let id = id_of(&editor, "Ministry");
    let recorded: Vec<_> = map(&editor)
        .timeline()
        .of(&Subject::Stakeholder(id.clone()))
        .cloned()
        .collect();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].date, today());
    assert!(undo_menu_item(&mut editor).starts_with("Undo record stance of “Ministry”"));
    press_with(&mut editor, CTRL, Key::Z);
    assert!(map(&editor).timeline().is_empty());
}

#[test]
fn the_inspector_lists_an_items_dated_history_and_deletes_a_record() {
    let mut editor = example_editor();
    click_on(&mut editor, "Permanent Mission of State A");
    assert!(editor.query_by_label("2026-06-01").is_some());
    assert!(
        editor
            .query_by_label_contains("First call with the mission")
            .is_some()
    );
    let id = id_of(&editor, "Permanent Mission of State A");
    let count = || {
        map(&editor)
            .timeline()
            .of(&Subject::Stakeholder(id.clone()))
            .count()
    };
    let before = count();
    // The newest record comes first: the stance of 15 August.
    editor.get_all_by_label("🗑").next().unwrap().click();
    settle(&mut editor);
    let after = map(&editor)
        .timeline()
        .of(&Subject::Stakeholder(id.clone()))
        .count();
    assert_eq!(after, before - 1);
}

#[test]
fn looking_back_shows_the_past_and_refuses_edits_with_a_word() {
    let mut editor = example_editor();
    editor.state_mut().look_at(Some(day("2026-06-01")));
    settle(&mut editor);
    assert!(
        editor
            .query_by_label_contains("Showing the map as of 1 June 2026")
            .is_some()
    );
    click_on(&mut editor, "Permanent Mission of State A");
    press(&mut editor, Key::Delete);
    assert!(find_stakeholder(&editor, "Permanent Mission of State A").is_some());
    let notice = editor.state().notice().unwrap_or_default().to_owned();
    assert!(
        notice.contains("looking at the map as of 1 June 2026"),
        "{notice}"
    );
    // The present is untouched, and "Back to now" brings it back.
    assert_eq!(
        stakeholder(&editor, "Permanent Mission of State A").stance,
        Stance::PassiveAlly
    );
    click_label(&mut editor, "Back to now");
    assert_eq!(editor.state().looking_back(), None);
}

#[test]
fn marking_a_checkpoint_names_a_day_in_one_step() {
    let mut editor = editor(map_of(&[("Ministry", Kind::Target, (0.0, 0.0))], &[]));
    click_label(&mut editor, "Mark checkpoint…");
    type_text(&mut editor, "Before the Council briefing");
    click_label(&mut editor, "Mark");
    let checkpoints = map(&editor).timeline().checkpoints().to_vec();
    assert_eq!(checkpoints.len(), 1);
    assert_eq!(checkpoints[0].name, "Before the Council briefing");
    assert_eq!(checkpoints[0].date, today());
}

#[test]
fn comparing_two_days_on_the_spectrum_draws_where_each_was() {
    let mut editor = example_editor();
    editor.state_mut().compare_with(Some(day("2026-06-01")));
    click_label(&mut editor, "Spectrum of allies");
    settle(&mut editor);
    assert!(
        editor
            .query_by_label_contains("Arrows run from where each stakeholder was on 1 June 2026")
            .is_some()
    );
}

#[test]
fn comparing_while_looking_back_names_the_day_shown_not_now() {
    let mut editor = example_editor();
    editor.state_mut().look_at(Some(day("2026-08-15")));
    editor.state_mut().compare_with(Some(day("2026-06-01")));
    click_label(&mut editor, "Spectrum of allies");
    settle(&mut editor);
    assert!(
        editor
            .query_by_label_contains(
                "was on 1 June 2026 (ring) to where it was on 15 August 2026, the day shown"
            )
            .is_some()
    );
    assert!(
        editor
            .query_by_label_contains("to where it is now")
            .is_none()
    );
}

#[test]
fn the_analysis_panel_measures_the_change_since_the_first_checkpoint() {
    let mut editor = example_editor();
    click_label(&mut editor, "Analysis");
    // The analysis runs on a worker thread; its sections show once it is done.
    let start = std::time::Instant::now();
    while editor.query_by_label_contains("Change over time").is_none() {
        assert!(start.elapsed().as_secs() < 5, "the analysis never showed");
        std::thread::sleep(std::time::Duration::from_millis(5));
        editor.step();
    }
    settle(&mut editor);
    assert!(
        editor
            .query_by_label_contains("5 moved toward ally: 5 steps, 20 weighted by power")
            .is_some()
    );
    assert!(
        editor
            .query_by_label_contains("Targets that moved (interim victories)")
            .is_some()
    );
}
