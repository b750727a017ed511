//! Comparing two days, as a facilitator shows a campaign's progress: the
//! network marks each relation made, lost, strengthened or weakened, and
//! the table lays each stakeholder's values then and now side by side.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui_kittest::kittest::Queryable;
use powermap::edit::Edit;
use powermap::model::{Day, Kind, Map, Observation, Observed, RelationKind, Stance, Subject};
use ui_support::*;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// A ministry and four organizations around it; on 1 February and on
/// 1 April the union's relation was weak then strong, the church's strong
/// then weak, the press's not yet then made, the bar's in place then lost;
/// the union moved from neutral to passive ally.
fn campaign() -> Map {
    let mut map = map_of(
        &[
            ("Ministry", Kind::Target, (0.0, 0.0)),
            ("Union", Kind::Organization, (-320.0, -200.0)),
            ("Church", Kind::Organization, (320.0, -200.0)),
            ("Press", Kind::Media, (-320.0, 220.0)),
            ("Bar association", Kind::Organization, (320.0, 220.0)),
        ],
        &[
            ("Union", "Ministry", RelationKind::Influences),
            ("Church", "Ministry", RelationKind::Influences),
            ("Press", "Ministry", RelationKind::HasAccessTo),
            ("Bar association", "Ministry", RelationKind::Influences),
        ],
    );
    let relation_of = |map: &Map, name: &str| {
        let from = map
            .stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone();
        map.relations_sorted()
            .into_iter()
            .find(|r| r.from == from)
            .unwrap()
            .id
            .clone()
    };
    let mut edits = Vec::new();
    for (name, values) in [
        ("Union", [Observed::Strength(1), Observed::Strength(3)]),
        ("Church", [Observed::Strength(3), Observed::Strength(1)]),
        ("Press", [Observed::Exists(false), Observed::Exists(true)]),
        (
            "Bar association",
            [Observed::Exists(true), Observed::Exists(false)],
        ),
    ] {
        let relation = relation_of(&map, name);
        for (date, value) in ["2026-02-01", "2026-04-01"].into_iter().zip(values) {
            edits.push(Edit::Observe(Box::new(Observation::new(
                Subject::Relation(relation.clone()),
                day(date),
                value,
            ))));
        }
    }
    let union = map
        .stakeholders()
        .find(|s| s.name == "Union")
        .unwrap()
        .id
        .clone();
    for (date, stance) in [
        ("2026-02-01", Stance::Neutral),
        ("2026-04-01", Stance::PassiveAlly),
    ] {
        edits.push(Edit::Observe(Box::new(Observation::new(
            Subject::Stakeholder(union.clone()),
            day(date),
            Observed::Stance(stance),
        ))));
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

fn comparing_april_with_february() -> Editor {
    let mut editor = editor(campaign());
    editor.state_mut().look_at(Some(day("2026-04-01")));
    editor.state_mut().compare_with(Some(day("2026-02-01")));
    settle(&mut editor);
    editor
}

#[test]
fn comparing_two_days_marks_the_relations_made_lost_strengthened_and_weakened() {
    let mut editor = comparing_april_with_february();
    assert!(
        !texts_containing(&editor, "on the network, relations are marked").is_empty(),
        "the time bar says what the marks mean"
    );
    snapshot(&mut editor, "history_network_compare");
}

#[test]
fn the_table_lays_out_each_stakeholder_then_and_now_while_comparing() {
    let mut editor = comparing_april_with_february();
    click_label(&mut editor, "Table");
    settle(&mut editor);
    click_label(&mut editor, "Then and now");
    settle(&mut editor);
    assert!(editor.query_by_label("» Passive ally").is_some());
    assert!(
        editor
            .query_by_label_contains("One stakeholder changed, of 5")
            .is_some()
    );
    snapshot(&mut editor, "history_table_then_now");
    // Without a comparison the tab goes away.
    editor.state_mut().compare_with(None);
    settle(&mut editor);
    assert!(editor.query_by_label("Then and now").is_none());
}

#[test]
fn the_table_lays_out_each_relation_then_and_now_while_comparing() {
    let mut editor = comparing_april_with_february();
    click_label(&mut editor, "Table");
    settle(&mut editor);
    click_label(&mut editor, "Relations then and now");
    settle(&mut editor);
    // The press's relation was made, the bar's lost, the union's and the
    // church's changed strength; said in words, not colour.
    assert!(
        editor
            .query_by_label_contains("One relation made, 1 lost, 2 changed")
            .is_some()
    );
    assert_eq!(editor.query_all_by_label("made").count(), 1);
    assert_eq!(editor.query_all_by_label("lost").count(), 1);
    assert_eq!(editor.query_all_by_label("changed").count(), 2);
    assert!(editor.query_by_label("» Strong").is_some());
    assert!(editor.query_by_label("» Weak").is_some());
    snapshot(&mut editor, "history_table_relations_then_now");
    editor.state_mut().compare_with(None);
    settle(&mut editor);
    assert!(editor.query_by_label("Relations then and now").is_none());
}

/// The campaign with more moves between February and April: the church
/// grew stronger and more interested and went from passive opposition to
/// neutral, the press lost power and grew wary, the bar association came
/// round to active ally.
fn campaign_on_the_move() -> Map {
    let mut map = campaign();
    let id = |map: &Map, name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let mut edits = Vec::new();
    for (name, then, now) in [
        (
            "Church",
            vec![
                Observed::Power(2),
                Observed::Interest(2),
                Observed::Stance(Stance::PassiveOpposition),
            ],
            vec![
                Observed::Power(4),
                Observed::Interest(5),
                Observed::Stance(Stance::Neutral),
            ],
        ),
        (
            "Press",
            vec![Observed::Power(5), Observed::Stance(Stance::PassiveAlly)],
            vec![
                Observed::Power(2),
                Observed::Stance(Stance::PassiveOpposition),
            ],
        ),
        (
            "Bar association",
            vec![
                Observed::Interest(1),
                Observed::Stance(Stance::ActiveOpposition),
            ],
            vec![Observed::Interest(4), Observed::Stance(Stance::ActiveAlly)],
        ),
    ] {
        let subject = Subject::Stakeholder(id(&map, name));
        for (date, values) in [("2026-02-01", then), ("2026-04-01", now)] {
            for value in values {
                edits.push(Edit::Observe(Box::new(Observation::new(
                    subject.clone(),
                    day(date),
                    value,
                ))));
            }
        }
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

#[test]
fn the_grid_and_the_spectrum_draw_an_arrow_from_where_each_stakeholder_was() {
    let mut editor = editor(campaign_on_the_move());
    editor.state_mut().look_at(Some(day("2026-04-01")));
    editor.state_mut().compare_with(Some(day("2026-02-01")));
    settle(&mut editor);
    press_with(&mut editor, CTRL, egui::Key::Num2);
    settle(&mut editor);
    snapshot(&mut editor, "history_grid_compare");
    press_with(&mut editor, CTRL, egui::Key::Num3);
    settle(&mut editor);
    snapshot(&mut editor, "history_spectrum_compare");
}

/// The campaign as of April compared with February, in a window of a
/// 1080p screen, the legend shown.
fn legend_at_1080p() -> Editor {
    let doc = powermap::ui::Document::new(campaign_on_the_move(), None);
    let mut editor = egui_kittest::Harness::builder()
        .with_size(egui::Vec2::new(1920.0, 1080.0))
        .with_step_dt(1.0 / 60.0)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |_cc| {
            powermap::ui::PowermapApp::with_document(doc, powermap::ui::Settings::default())
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    editor.state_mut().look_at(Some(day("2026-04-01")));
    editor.state_mut().compare_with(Some(day("2026-02-01")));
    settle(&mut editor);
    press(&mut editor, egui::Key::L);
    settle(&mut editor);
    editor
}

#[test]
fn the_legend_explains_the_marks_of_a_comparison_on_each_view() {
    let mut editor = legend_at_1080p();
    // The network: the four marks, in the legend as well as the time bar.
    assert!(
        !texts_containing(&editor, "From 1 February 2026 to 1 April 2026").is_empty(),
        "the legend says which days are compared"
    );
    for mark in ["made since", "stronger", "weaker", "lost since (dotted)"] {
        assert_eq!(
            editor.query_all_by_label(mark).count(),
            2,
            "{mark}: in the time bar and the legend"
        );
    }
    press_with(&mut editor, CTRL, egui::Key::Num3);
    settle(&mut editor);
    assert!(
        editor
            .query_by_label("moved from the ring (where it was on the earlier day) to the arrow's head (where it is on the later)")
            .is_some(),
        "the spectrum's legend explains its arrows"
    );
    snapshot(&mut editor, "history_legend_compare_1080p");
    // Without a comparison the marks leave the legend.
    editor.state_mut().compare_with(None);
    settle(&mut editor);
    assert!(texts_containing(&editor, "moved from the ring").is_empty());
}

#[test]
fn a_picture_of_a_comparison_has_the_legend_and_says_its_days_in_words() {
    let map = campaign_on_the_move();
    let (from, to) = (day("2026-02-01"), day("2026-04-01"));
    let options = powermap::ui::picture::RenderOptions {
        compare: Some(std::sync::Arc::new(powermap::model::as_of(&map, from))),
        days: Some("From 1 February 2026 to 1 April 2026".to_owned()),
        ..powermap::ui::picture::RenderOptions::on(to)
    };
    let april = powermap::model::as_of(&map, to);
    let svg = powermap::ui::picture::render_view(&april, powermap::ui::View::Grid, &options)
        .unwrap()
        .to_svg();
    for words in [
        "Power/interest grid, from 1 February 2026 to 1 April 2026",
        "From 1 February 2026 to 1 April 2026",
        "moved from the ring (where it was on the earlier day) to the arrow",
    ] {
        assert!(svg.contains(words), "{words}");
    }
    assert!(!svg.contains('→'));
}

/// The projector's look on a 1080p screen: a scene of the grid as of
/// April compared with February, presented. The arrows keep their dashes,
/// rings and heads, black over white halos, at the projector's widths.
#[test]
fn snapshot_of_a_comparison_on_the_grid_on_a_1080p_projector() {
    let mut map = campaign_on_the_move();
    let mut scene = powermap::model::Scene::new(map.id_allocator().scene(), "Avril / février");
    scene.view = powermap::model::SceneView::Grid;
    scene.as_of = Some(day("2026-04-01"));
    scene.compared_with = Some(day("2026-02-01"));
    Edit::AddScene {
        index: 0,
        scene: Box::new(scene),
    }
    .apply(&mut map)
    .unwrap();
    let doc = powermap::ui::Document::new(map, None);
    let pixels_per_point = 1.85;
    let mut editor = egui_kittest::Harness::builder()
        .with_size(egui::Vec2::new(1920.0, 1080.0) / pixels_per_point)
        .with_pixels_per_point(pixels_per_point)
        .with_step_dt(1.0 / 60.0)
        .with_theme(egui::Theme::Dark)
        .build_eframe(move |_cc| {
            powermap::ui::PowermapApp::with_document(doc, powermap::ui::Settings::default())
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    editor.key_press(egui::Key::F5);
    editor.run_steps(40);
    assert!(editor.state().presenter().is_some(), "presenting");
    snapshot(&mut editor, "history_grid_compare_1080p_projector");
}
