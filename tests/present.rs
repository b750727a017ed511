//! A facilitator prepares scenes in the map and presents them on a
//! projector: stepping with a clicker's `PageUp` and `PageDown` and the
//! arrows, blanking the screen, focusing on a stakeholder live, and
//! leaving with Esc to find the editor as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::{Color32, Key, Vec2};
use egui_kittest::kittest::Queryable;
use powermap::model::{SceneView, StakeholderId};
use powermap::ui::{Document, PowermapApp, Settings};
use ui_support::*;

/// Adds three scenes the way a facilitator does: the whole network, the
/// ministry picked out, then the power/interest grid.
fn three_scenes(editor: &mut Editor) {
    press_with(editor, CTRL, Key::M);
    click_on(editor, "Ministry");
    press_with(editor, CTRL, Key::M);
    press(editor, Key::Escape);
    press_with(editor, CTRL, Key::Num2);
    press_with(editor, CTRL, Key::M);
    press_with(editor, CTRL, Key::Num1);
    assert_eq!(map(editor).scenes().len(), 3);
}

fn scene_index(editor: &Editor) -> Option<usize> {
    editor
        .state()
        .presenter()
        .and_then(|p| p.scene_index(map(editor)))
}

/// Presses a key and lets the transition between scenes finish.
fn step(editor: &mut Editor, key: Key) {
    editor.key_press(key);
    editor.run_steps(40);
}

#[test]
fn adding_scenes_keeps_the_view_and_what_is_selected() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    let scenes = map(&editor).scenes();
    assert_eq!(
        scenes.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
        ["Scene 1", "Scene 2", "Scene 3"]
    );
    assert_eq!(scenes[0].view, SceneView::Network);
    assert!(scenes[0].camera.is_some(), "the network's camera is kept");
    assert!(!scenes[0].highlights());
    assert_eq!(
        scenes[1].highlighted.iter().collect::<Vec<_>>(),
        [&id_of(&editor, "Ministry")]
    );
    assert_eq!(scenes[2].view, SceneView::Grid);
}

#[test]
fn a_clicker_steps_through_the_scenes_and_esc_returns_to_the_editor_as_it_was() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    click_on(&mut editor, "Union");
    let before_camera = editor.state().canvas_camera();
    let before_selection = selected_names(&editor);
    let before_generation = editor.state().document().generation();

    press(&mut editor, Key::F5);
    editor.run_steps(20);
    assert_eq!(scene_index(&editor), Some(0));
    for (key, expected) in [
        (Key::PageDown, 1),
        (Key::PageDown, 2),
        (Key::PageDown, 2),
        (Key::PageUp, 1),
        (Key::ArrowLeft, 0),
        (Key::ArrowLeft, 0),
        (Key::ArrowRight, 1),
        (Key::Space, 2),
        (Key::Backspace, 1),
        (Key::ArrowUp, 0),
        (Key::ArrowDown, 1),
        (Key::End, 2),
        (Key::Home, 0),
        (Key::Enter, 1),
    ] {
        step(&mut editor, key);
        assert_eq!(scene_index(&editor), Some(expected), "after {key:?}");
    }
    // A number and Enter jump to that scene.
    step(&mut editor, Key::Num3);
    step(&mut editor, Key::Enter);
    assert_eq!(scene_index(&editor), Some(2));

    step(&mut editor, Key::Escape);
    assert!(editor.state().presenter().is_none());
    assert_eq!(editor.state().view(), powermap::ui::View::Network);
    assert_eq!(editor.state().canvas_camera(), before_camera);
    assert_eq!(selected_names(&editor), before_selection);
    assert_eq!(editor.state().document().generation(), before_generation);
    assert_eq!(editor.state().document().history().depth(), 3);
}

/// Presses a key down, then returns the viewport commands the app sent
/// in the next frames. (A whole key press is two frames, and the harness
/// keeps only the last frame's output.)
fn viewport_commands_after(editor: &mut Editor, key: Key) -> Vec<egui::ViewportCommand> {
    editor.event(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    });
    let mut sent = Vec::new();
    for _ in 0..3 {
        editor.step();
        sent.extend(viewport_commands(editor));
    }
    editor.key_up(key);
    editor.step();
    sent
}

#[test]
fn presenting_goes_full_screen_and_leaving_puts_the_window_back() {
    let mut editor = editor(workshop_map());
    let sent = viewport_commands_after(&mut editor, Key::F5);
    assert!(sent.contains(&egui::ViewportCommand::Fullscreen(true)));
    editor.run_steps(5);
    let sent = viewport_commands_after(&mut editor, Key::Escape);
    assert!(sent.contains(&egui::ViewportCommand::Fullscreen(false)));
    editor.run_steps(3);
    assert!((editor.ctx.zoom_factor() - 1.0).abs() < 1e-3);
}

#[test]
fn blanking_the_screen_and_any_key_bringing_it_back() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    press(&mut editor, Key::F5);
    step(&mut editor, Key::PageDown);
    let blank = |editor: &Editor| editor.state().presenter().unwrap().blank();

    step(&mut editor, Key::B);
    assert_eq!(blank(&editor), Some(Color32::BLACK));
    // The key that brings the picture back does nothing else.
    step(&mut editor, Key::PageDown);
    assert_eq!(blank(&editor), None);
    assert_eq!(scene_index(&editor), Some(1));

    step(&mut editor, Key::W);
    assert_eq!(blank(&editor), Some(Color32::WHITE));
    step(&mut editor, Key::A);
    assert_eq!(blank(&editor), None);

    step(&mut editor, Key::Period);
    assert_eq!(blank(&editor), Some(Color32::BLACK));
    step(&mut editor, Key::Escape);
    assert_eq!(blank(&editor), None, "Esc first brings the picture back");
    step(&mut editor, Key::Escape);
    assert!(editor.state().presenter().is_none());
}

#[test]
fn the_legend_toggles_with_l_while_presenting() {
    let mut editor = editor(workshop_map());
    press(&mut editor, Key::F5);
    editor.run_steps(5);
    assert!(!editor.state().presenter().unwrap().shows_legend());
    step(&mut editor, Key::L);
    assert!(editor.state().presenter().unwrap().shows_legend());
    assert!(editor.query_by_label("Legend").is_some());
}

#[test]
fn clicking_a_stakeholder_shows_its_neighbourhood_and_empty_space_goes_back() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    press(&mut editor, Key::F5);
    editor.run_steps(20);
    let union = id_of(&editor, "Union");
    let at = editor.state().stakeholder_on_screen(&union).unwrap();
    click(&mut editor, at);
    editor.run_steps(40);
    let presenter = editor.state().presenter().unwrap();
    assert_eq!(presenter.live_focus(), Some(&union));
    // Union's neighbour stands out; the others are faint.
    assert!(!presenter.is_faded(&id_of(&editor, "Ministry")));
    assert!(presenter.is_faded(&id_of(&editor, "Press")));
    assert_eq!(scene_index(&editor), Some(0), "the scene stays");

    // Empty space: back to the scene, not on to the next one.
    let empty = empty_spot_in_presentation(&editor);
    click(&mut editor, empty);
    editor.run_steps(40);
    assert_eq!(editor.state().presenter().unwrap().live_focus(), None);
    assert_eq!(scene_index(&editor), Some(0));

    // Empty space again: the next scene.
    click(&mut editor, empty);
    editor.run_steps(40);
    assert_eq!(scene_index(&editor), Some(1));
}

/// A point of the presented map far from every stakeholder.
fn empty_spot_in_presentation(editor: &Editor) -> egui::Pos2 {
    let ids: Vec<StakeholderId> = map(editor).stakeholders().map(|s| s.id.clone()).collect();
    let drawn: Vec<egui::Pos2> = ids
        .iter()
        .filter_map(|id| editor.state().stakeholder_on_screen(id))
        .collect();
    let size = editor.ctx.content_rect().size();
    (1..20)
        .flat_map(|i| (1..12).map(move |j| (i, j)))
        .map(|(i, j)| egui::pos2(size.x * i as f32 / 20.0, size.y * 0.8 * j as f32 / 12.0))
        .max_by(|a, b| {
            let far = |p: &egui::Pos2| {
                drawn
                    .iter()
                    .map(|d| d.distance(*p))
                    .fold(f32::INFINITY, f32::min)
            };
            far(a).total_cmp(&far(b))
        })
        .unwrap()
}

#[test]
fn without_scenes_presenting_shows_the_current_view() {
    let mut editor = editor(workshop_map());
    press_with(&mut editor, CTRL, Key::Num3);
    press(&mut editor, Key::F5);
    editor.run_steps(5);
    let presenter = editor.state().presenter().unwrap();
    assert_eq!(presenter.scene_index(map(&editor)), None);
    assert_eq!(presenter.scene_title(), "Workshop");
    assert!(
        editor
            .query_by_label("Spectrum of allies of 4 stakeholders")
            .is_some()
    );
    // Stepping has nowhere to go, and changes nothing.
    step(&mut editor, Key::PageDown);
    assert_eq!(
        editor.state().presenter().unwrap().scene_title(),
        "Workshop"
    );
}

#[test]
fn presenting_changes_nothing_in_the_map() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    let before = map(&editor).clone();
    press(&mut editor, Key::F5);
    editor.run_steps(10);
    // Keys that edit in the editor do nothing while presenting.
    for key in [Key::Delete, Key::N, Key::ArrowRight, Key::P] {
        step(&mut editor, key);
    }
    press_with(&mut editor, CTRL, Key::Z);
    editor.run_steps(10);
    step(&mut editor, Key::Escape);
    assert_eq!(map(&editor), &before);
}

#[test]
fn scenes_survive_saving_reopening_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.ron");
    let mut editor = editor_on_file(&workshop_map(), &path);
    three_scenes(&mut editor);
    press_with(&mut editor, CTRL, Key::S);
    let saved = map(&editor).clone();

    let doc = Document::open(&path).unwrap();
    assert_eq!(doc.map().scenes(), saved.scenes());
    assert_eq!(doc.map(), &saved);

    // Undo takes the scenes away one by one, redo puts them back.
    for left in [2, 1, 0] {
        press_with(&mut editor, CTRL, Key::Z);
        assert_eq!(map(&editor).scenes().len(), left);
    }
    for back in [1, 2, 3] {
        press_with(&mut editor, CTRL_SHIFT, Key::Z);
        assert_eq!(map(&editor).scenes().len(), back);
    }
    assert_eq!(map(&editor), &saved);
}

#[test]
fn choosing_a_scene_shows_it_in_the_editor_and_update_keeps_the_new_view() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    click_label(&mut editor, "2. Scene 2");
    assert_eq!(selected_names(&editor), ["Ministry"]);
    click_label(&mut editor, "3. Scene 3");
    assert_eq!(editor.state().view(), powermap::ui::View::Grid);
    press_with(&mut editor, CTRL, Key::Num3);
    click_label(&mut editor, "Update from current view");
    assert_eq!(map(&editor).scenes()[2].view, SceneView::Spectrum);
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).scenes()[2].view, SceneView::Grid);
}

#[test]
fn scenes_are_renamed_reordered_duplicated_and_deleted_each_in_one_step() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    click_label(&mut editor, "1. Scene 1");
    let title = editor
        .get_by(|n| {
            n.role() == egui::accesskit::Role::TextInput
                && n.label().as_deref() == Some("Scene title")
        })
        .rect()
        .center();
    click(&mut editor, title);
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "The whole picture");
    press(&mut editor, Key::Enter);
    assert_eq!(map(&editor).scenes()[0].title, "The whole picture");
    let depth = editor.state().document().history().depth();

    click_label(&mut editor, "Move down");
    let titles = |e: &Editor| {
        map(e)
            .scenes()
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&editor), ["Scene 2", "The whole picture", "Scene 3"]);
    click_label(&mut editor, "Duplicate");
    assert_eq!(
        titles(&editor),
        [
            "Scene 2",
            "The whole picture",
            "The whole picture (copy)",
            "Scene 3"
        ]
    );
    click_label(&mut editor, "Delete scene");
    assert_eq!(
        titles(&editor),
        ["Scene 2", "The whole picture (copy)", "Scene 3"]
    );
    assert_eq!(editor.state().document().history().depth(), depth + 3);
}

/// The projector's look on a 1080p screen: scene 2 of the bundled
/// example, the ministry's neighbourhood picked out.
#[test]
fn snapshot_of_a_scene_on_a_1080p_projector() {
    let doc = Document::new(powermap::examples::default_map(), None);
    let pixels_per_point = 1.85;
    let mut editor = egui_kittest::Harness::builder()
        .with_size(Vec2::new(1920.0, 1080.0) / pixels_per_point)
        .with_pixels_per_point(pixels_per_point)
        .with_step_dt(1.0 / 60.0)
        .with_theme(egui::Theme::Dark)
        .build_eframe(move |_cc| {
            PowermapApp::with_document(doc, Settings::default())
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    assert!(!map(&editor).scenes().is_empty(), "the example has scenes");
    editor.key_press(Key::F5);
    editor.run_steps(10);
    editor.key_press(Key::PageDown);
    editor.run_steps(40);
    snapshot(&mut editor, "present_scene_1080p");
}

#[test]
fn dragging_a_scene_onto_another_moves_it_there_in_one_step() {
    let mut editor = editor(workshop_map());
    three_scenes(&mut editor);
    let from = editor.get_by_label("3. Scene 3").rect().center();
    let to = editor.get_by_label("1. Scene 1").rect().center();
    drag(&mut editor, from, to);
    let titles: Vec<String> = map(&editor)
        .scenes()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(titles, ["Scene 3", "Scene 1", "Scene 2"]);
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).scenes()[2].title, "Scene 3");
}

/// A scene draws into any egui context, with no window and no app: what a
/// later `powermap export --scene` needs.
#[test]
fn a_scene_is_drawn_without_a_window() {
    let map = powermap::examples::default_map();
    for scene in map.scenes() {
        let mut stage = powermap::ui::Stage::new(scene.clone(), None, today());
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                Vec2::new(1280.0, 720.0),
            )),
            ..Default::default()
        };
        let mut shapes = 0;
        for _ in 0..3 {
            let mut output = ctx.run_ui(input.clone(), |ui| {
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| stage.show(ui, &map, 0));
            });
            // No GPU takes the font atlas.
            output.textures_delta.clear();
            shapes = output.shapes.len();
        }
        assert!(shapes > 50, "scene “{}” drew {shapes} shapes", scene.title);
    }
}

#[test]
fn every_scene_is_exported_as_a_picture_named_in_presentation_order() {
    let folder = tempfile::tempdir().unwrap();
    let mut editor = editor(workshop_map());
    click_menu_item(&mut editor, "Present", "Export scenes as pictures");
    settle(&mut editor);
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(notice.starts_with("This map has no scenes yet"), "{notice}");

    three_scenes(&mut editor);
    let titles: Vec<String> = map(&editor)
        .scenes()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    menu_item_with_paths(
        &mut editor,
        "Present",
        "Export scenes as pictures",
        &[folder.path()],
    );
    let mut written: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let expected: Vec<String> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| format!("{:02} - {title}.png", i + 1))
        .collect();
    assert_eq!(written, expected);
    for name in &written {
        let png =
            resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(folder.path().join(name)).unwrap())
                .unwrap();
        assert_eq!((png.width(), png.height()), (1920, 1080), "{name}");
    }
    let notice = editor.state().notice().unwrap().to_owned();
    assert!(
        notice.starts_with("Exported 3 scenes as pictures to"),
        "{notice}"
    );
    assert_eq!(
        editor.state().document().history().depth(),
        3,
        "only the three scenes were edits"
    );
}
