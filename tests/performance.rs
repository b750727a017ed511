//! Large maps behave as small ones do: the window rests when nothing
//! moves, the pointer finds stakeholders and relations, and Arrange works
//! on another thread, glides into place and is one undo step. Timings are
//! measured by the benchmarks (scripts/bench), never asserted here.

use egui::{Key, Modifiers, PointerButton, Pos2, Vec2};
use powermap::analysis::generated_map;
use powermap::model::{Map, Position};
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings};

const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);

fn window_on(map: Map) -> HeadlessWindow {
    let app = PowermapApp::with_document(Document::new(map, None), Settings::default());
    HeadlessWindow::new(app, WINDOW)
}

fn positions(window: &HeadlessWindow) -> Vec<Position> {
    window
        .app()
        .document()
        .map()
        .stakeholders_sorted()
        .iter()
        .map(|s| s.position)
        .collect()
}

#[test]
fn a_large_map_left_alone_asks_for_no_more_frames() {
    let mut window = window_on(generated_map(1_000, 2_000, 1));
    window.settle(60);
    window.move_pointer(Pos2::new(700.0, 430.0));
    window.settle(60);
    for _ in 0..3 {
        assert!(!window.frame().repaint_requested);
    }
}

#[test]
fn clicking_a_stakeholder_of_a_large_map_selects_it() {
    let mut window = window_on(generated_map(1_000, 2_000, 2));
    window.settle(10);
    let app = window.app();
    let middle = app.canvas_rect().center();
    let (id, at) = app
        .document()
        .map()
        .stakeholders()
        .filter_map(|s| Some((s.id.clone(), app.stakeholder_on_screen(&s.id)?)))
        .min_by(|a, b| a.1.distance(middle).total_cmp(&b.1.distance(middle)))
        .unwrap();
    window.move_pointer(at);
    window.frame();
    window.button(PointerButton::Primary, true);
    window.frame();
    window.button(PointerButton::Primary, false);
    window.settle(10);
    assert!(window.app().selection().contains_stakeholder(&id));
}

#[test]
fn arranging_a_large_map_glides_into_place_as_one_undo_step() {
    let mut window = window_on(generated_map(300, 600, 3));
    window.settle(10);
    let before = positions(&window);
    let depth = window.app().document().history().depth();
    let arrange = Modifiers {
        shift: true,
        ..Modifiers::COMMAND | Modifiers::CTRL
    };
    window.press(arrange, Key::L);
    let mut frames = 0;
    while window.app().document().history().depth() == depth && frames < 3_000 {
        window.frame();
        std::thread::sleep(std::time::Duration::from_millis(10));
        frames += 1;
    }
    assert_eq!(window.app().document().history().depth(), depth + 1);
    let after = positions(&window);
    assert_ne!(before, after);

    // Right after the edit the stakeholders are still where they were,
    // and glide to where the document has them.
    let map = window.app().document().map();
    let (moved, target) = map
        .stakeholders_sorted()
        .iter()
        .zip(&before)
        .find(|(s, old)| (old.x - s.position.x).abs() + (old.y - s.position.y).abs() > 50.0)
        .map(|(s, _)| (s.id.clone(), Pos2::new(s.position.x, s.position.y)))
        .unwrap();
    let drawn_at = |window: &HeadlessWindow| {
        let app = window.app();
        app.canvas_position(app.stakeholder_on_screen(&moved).unwrap())
    };
    window.frame();
    assert!(drawn_at(&window).distance(target) > 40.0);
    window.settle(120);
    assert!(drawn_at(&window).distance(target) < 0.5);

    window.press(Modifiers::COMMAND | Modifiers::CTRL, Key::Z);
    window.settle(120);
    assert_eq!(positions(&window), before);
}

/// Comparing on the grid with a thousand stakeholders moved: each arrow is
/// a few textured quads, two triangles each for its line, head and ring
/// (egui checks and copies every triangle in every frame; strokes made 230
/// an arrow and ten a dash), and the window rests once drawn.
#[test]
fn a_large_comparison_on_the_grid_draws_few_triangles_an_arrow_and_rests() {
    use powermap::edit::Edit;
    use powermap::model::{Day, Observation, Observed, Subject};
    let mut map = generated_map(1_000, 2_000, 1);
    let then = Day::parse("2025-01-06").unwrap();
    let observations = map
        .stakeholders_sorted()
        .iter()
        .map(|s| {
            // Another interest than today's: every stakeholder moved.
            let interest = s.interest % 5 + 1;
            Edit::Observe(Box::new(Observation::new(
                Subject::Stakeholder(s.id.clone()),
                then,
                Observed::Interest(interest),
            )))
        })
        .collect();
    Edit::Batch(observations).apply(&mut map).unwrap();
    let mut window = window_on(map);
    window.press(Modifiers::COMMAND, Key::Num2);
    window.settle(60);
    let alone = window.frame().triangles;
    window.app_mut().compare_with(Some(then));
    window.settle(60);
    let comparing = window.frame();
    let per_arrow = comparing.triangles.saturating_sub(alone) / 1_000;
    assert!(
        (4..=16).contains(&per_arrow),
        "{per_arrow} triangles an arrow ({alone} alone, {} comparing)",
        comparing.triangles
    );
    for _ in 0..3 {
        assert!(!window.frame().repaint_requested);
    }
}
