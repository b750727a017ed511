//! A facilitator presents the change: one scene pinned to January, one to
//! June compared with January, stepped with `PageDown`; the scenes keep
//! their days in the file, and a scene's days cannot run backwards.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use powermap::edit::Edit;
use powermap::file;
use powermap::model::{Day, Map, Observation, Observed, Scene, SceneId, Stance, Subject};
use ui_support::*;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// The workshop map where the ministry was an active opponent in
/// January and a passive ally by June (and is one now).
fn campaign() -> Map {
    let mut map = workshop_map();
    let ministry = map
        .stakeholders()
        .find(|s| s.name == "Ministry")
        .unwrap()
        .clone();
    let mut now = ministry.clone();
    now.stance = Stance::PassiveAlly;
    let observed = |date, stance| {
        Edit::Observe(Box::new(Observation::new(
            Subject::Stakeholder(ministry.id.clone()),
            day(date),
            Observed::Stance(stance),
        )))
    };
    Edit::Batch(vec![
        Edit::UpdateStakeholder(now),
        observed("2026-01-15", Stance::ActiveOpposition),
        observed("2026-06-15", Stance::PassiveAlly),
    ])
    .apply(&mut map)
    .unwrap();
    map
}

fn step(editor: &mut Editor, key: Key) {
    editor.key_press(key);
    editor.run_steps(40);
}

fn ministry_on_screen(editor: &Editor) -> egui::Pos2 {
    let id = id_of(editor, "Ministry");
    editor
        .state()
        .presenter()
        .unwrap()
        .stakeholder_on_screen(map(editor), &id)
        .unwrap()
}

#[test]
fn a_facilitator_steps_from_january_to_june_with_page_down() {
    let mut editor = editor(campaign());
    // The spectrum as of 15 January, kept as a scene.
    press_with(&mut editor, CTRL, Key::Num3);
    editor.state_mut().look_at(Some(day("2026-01-15")));
    editor.run_steps(2);
    press_with(&mut editor, CTRL, Key::M);
    // June, compared with January, kept as the next scene.
    editor.state_mut().look_at(Some(day("2026-06-15")));
    editor.state_mut().compare_with(Some(day("2026-01-15")));
    editor.run_steps(2);
    press_with(&mut editor, CTRL, Key::M);
    // Back to now: the scenes keep their days, not the editor's.
    editor.state_mut().look_at(None);
    editor.state_mut().compare_with(None);
    editor.run_steps(2);
    let scenes = map(&editor).scenes().to_vec();
    assert_eq!(scenes.len(), 2);
    assert_eq!(scenes[0].as_of, Some(day("2026-01-15")));
    assert_eq!(scenes[0].compared_with, None);
    assert_eq!(scenes[1].as_of, Some(day("2026-06-15")));
    assert_eq!(scenes[1].compared_with, Some(day("2026-01-15")));
    // Choosing a scene in the Scenes panel shows the editor its day.
    click_label(&mut editor, "1. Scene 1");
    assert_eq!(editor.state().looking_back(), Some(day("2026-01-15")));
    click_label(&mut editor, "2. Scene 2");
    assert_eq!(editor.state().looking_back(), Some(day("2026-06-15")));
    editor.state_mut().look_at(None);
    editor.state_mut().compare_with(None);
    editor.run_steps(2);

    press(&mut editor, Key::F5);
    editor.run_steps(20);
    let presenter = editor.state().presenter().unwrap();
    assert_eq!(
        presenter.days_shown().as_deref(),
        Some("As of 15 January 2026")
    );
    let january = ministry_on_screen(&editor);
    step(&mut editor, Key::PageDown);
    let presenter = editor.state().presenter().unwrap();
    assert_eq!(
        presenter.days_shown().as_deref(),
        Some("From 15 January 2026 to 15 June 2026")
    );
    let june = ministry_on_screen(&editor);
    // Toward the allies' end of the spectrum, on its left.
    assert!(
        june.x + 100.0 < january.x,
        "January {january:?}, June {june:?}"
    );
    // Presenting the past changed nothing in the map.
    step(&mut editor, Key::Escape);
    assert_eq!(stakeholder(&editor, "Ministry").stance, Stance::PassiveAlly);
    assert!(editor.state().looking_back().is_none());
    // Unpinned in the Scenes panel, the scene shows the map as it is.
    click_label(&mut editor, "2. Scene 2");
    editor.state_mut().look_at(None);
    editor.run_steps(2);
    click_label(&mut editor, "Show now");
    let unpinned = &map(&editor).scenes()[1];
    assert_eq!((unpinned.as_of, unpinned.compared_with), (None, None));
}

#[test]
fn a_scene_keeps_its_days_in_the_file_and_old_scenes_read_as_now() {
    let mut map = campaign();
    let mut scene = Scene::new(SceneId::new("v90"), "January");
    scene.as_of = Some(day("2026-01-15"));
    Edit::AddScene {
        index: 0,
        scene: Box::new(scene),
    }
    .apply(&mut map)
    .unwrap();
    let text = file::to_ron_string(&map).unwrap();
    assert!(text.contains("as_of: Some(\"2026-01-15\")"), "{text}");
    assert!(!text.contains("compared_with"), "{text}");
    assert_eq!(file::load_str(&text).unwrap(), map);
    // A scene is written on one line.
    let without = text.replace(", as_of: Some(\"2026-01-15\")", "");
    assert_ne!(without, text);
    let read = file::load_str(&without).unwrap();
    assert_eq!(read.scenes()[0].as_of, None);
}

#[test]
fn a_scene_whose_days_run_backwards_is_refused_with_its_line() {
    let mut map = campaign();
    let mut scene = Scene::new(SceneId::new("v90"), "Backwards");
    scene.as_of = Some(day("2026-01-15"));
    Edit::AddScene {
        index: 0,
        scene: Box::new(scene),
    }
    .apply(&mut map)
    .unwrap();
    let text = file::to_ron_string(&map).unwrap().replace(
        "as_of: Some(\"2026-01-15\")",
        "as_of: Some(\"2026-01-15\"), compared_with: Some(\"2026-06-15\")",
    );
    let err = file::load_str(&text).unwrap_err().to_string();
    assert!(
        err.contains("scene “Backwards”: it compares the map as of 2026-01-15 with 2026-06-15"),
        "{err}"
    );
    assert!(err.contains("line "), "{err}");
    let bad_day = file::to_ron_string(&map)
        .unwrap()
        .replace("Some(\"2026-01-15\")", "Some(\"2026-02-30\")");
    let err = file::load_str(&bad_day).unwrap_err().to_string();
    assert!(err.contains("2026-02-30"), "{err}");
    assert!(err.contains("line "), "{err}");
}
