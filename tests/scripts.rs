//! Coalitions with partners everywhere name them in their own scripts:
//! Arabic, Chinese and accented French names are drawn (no boxes, Arabic
//! joined and right to left) in the editor, each board, a presentation
//! and the pictures, and are found by search.
//!
//! The snapshots need the Noto CJK fonts `scripts/install-deps` installs
//! (Arabic is bundled). After a deliberate change to the look,
//! `UPDATE_SNAPSHOTS=1 cargo test --test scripts` and look at each image.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use powermap::model::{Day, Filter, Kind, Map, RelationKind};
use powermap::ui::View;
use powermap::ui::picture::{PictureTheme, RenderOptions, render_view};
use resvg::tiny_skia::Pixmap;
use ui_support::*;

const ARABIC: &str = "منتدى وكالات الإغاثة";
const MIXED: &str = "UN مجلس الأمن";
const CHINESE: &str = "联合国难民理事会";
const FRENCH: &str = "Église évangélique de Bangui";

/// A coalition in the Central African Republic and Syria: names in
/// Arabic, Chinese and French, one label mixing Latin and Arabic.
fn many_scripts_map() -> Map {
    let mut map = map_of(
        &[
            (ARABIC, Kind::Organization, (0.0, 0.0)),
            (CHINESE, Kind::Target, (420.0, 0.0)),
            (FRENCH, Kind::Organization, (0.0, 320.0)),
            (MIXED, Kind::Individual, (420.0, 320.0)),
            ("Forum des ONG à Bangui", Kind::Media, (210.0, 160.0)),
        ],
        &[
            (ARABIC, CHINESE, RelationKind::Influences),
            (FRENCH, ARABIC, RelationKind::Influences),
        ],
    );
    let stances = [
        powermap::model::Stance::ActiveAlly,
        powermap::model::Stance::PassiveAlly,
        powermap::model::Stance::Neutral,
        powermap::model::Stance::PassiveOpposition,
        powermap::model::Stance::ActiveAlly,
    ];
    let ids: Vec<_> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let edits = ids
        .iter()
        .zip(stances)
        .enumerate()
        .map(|(i, (id, stance))| {
            let mut s = map.stakeholder(id).unwrap().clone();
            s.stance = stance;
            s.power = 1 + (i as u8 * 2) % 5;
            s.interest = 5 - (i as u8 * 3) % 5;
            powermap::edit::Edit::UpdateStakeholder(s)
        })
        .collect();
    powermap::edit::Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

fn scripts_editor() -> Editor {
    let mut editor = editor(many_scripts_map());
    settle(&mut editor);
    editor
}

#[test]
fn the_network_draws_arabic_chinese_and_french_names() {
    let mut editor = scripts_editor();
    // A script's font is loaded on the first frames: the network drawn
    // before it must not be painted again from the atlas it left.
    editor.run_steps(4);
    snapshot(&mut editor, "scripts_network");
}

#[test]
fn a_presentation_draws_arabic_chinese_and_french_names() {
    let mut editor = scripts_editor();
    press(&mut editor, Key::F5);
    editor.run_steps(4);
    snapshot(&mut editor, "scripts_presenting");
}

#[test]
fn the_grid_draws_arabic_chinese_and_french_names() {
    let mut editor = scripts_editor();
    press_with(&mut editor, CTRL, Key::Num2);
    snapshot(&mut editor, "scripts_grid");
}

#[test]
fn the_spectrum_draws_arabic_chinese_and_french_names() {
    let mut editor = scripts_editor();
    press_with(&mut editor, CTRL, Key::Num3);
    snapshot(&mut editor, "scripts_spectrum");
}

#[test]
fn the_table_draws_arabic_chinese_and_french_names() {
    let mut editor = scripts_editor();
    press_with(&mut editor, CTRL, Key::Num4);
    snapshot(&mut editor, "scripts_table");
}

#[test]
fn the_filter_finds_names_whatever_their_accents_and_script() {
    let map = many_scripts_map();
    let found = |text: &str| -> Vec<String> {
        let filter = Filter {
            text: text.to_owned(),
            ..Filter::default()
        };
        let mut names: Vec<String> = map
            .stakeholders()
            .filter(|s| filter.matches(&map, s, Day::new(2026, 12, 7).unwrap()))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    };
    assert_eq!(found("eglise"), vec![FRENCH.to_owned()]);
    assert_eq!(found("EVANGELIQUE"), vec![FRENCH.to_owned()]);
    assert_eq!(found("难民"), vec![CHINESE.to_owned()]);
    assert_eq!(found("وكالات"), vec![ARABIC.to_owned()]);
    assert_eq!(found("مجلس"), vec![MIXED.to_owned()]);
}

/// A map of one stakeholder named `name`, drawn as a PNG of the network.
fn png_of_one(name: &str) -> Pixmap {
    let map = map_of(&[(name, Kind::Organization, (0.0, 0.0))], &[]);
    let options = RenderOptions {
        width: 800,
        height: 500,
        theme: PictureTheme::Light,
        legend: false,
        title: false,
        ..RenderOptions::on(Day::new(2026, 12, 7).unwrap())
    };
    let bytes = render_view(&map, View::Network, &options)
        .unwrap()
        .to_png()
        .unwrap();
    Pixmap::decode_png(&bytes).unwrap()
}

/// How many pixels of the two pictures differ.
fn differing_pixels(a: &Pixmap, b: &Pixmap) -> usize {
    a.pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| p != q)
        .count()
}

#[test]
fn a_png_draws_chinese_and_arabic_names_not_the_box_of_a_missing_letter() {
    // Private-use characters: no font draws them, so every one is the
    // same box, the "tofu" a name in a script with no font shows as.
    let tofu = |count: usize| png_of_one(&"\u{E000}".repeat(count));
    for name in [CHINESE, ARABIC, MIXED] {
        let count = name.chars().count();
        let drawn = png_of_one(name);
        let boxes = tofu(count);
        let differ = differing_pixels(&drawn, &boxes);
        assert!(
            differ > 400,
            "{name}: only {differ} pixels differ from {count} missing-letter boxes"
        );
        // Two different names in the same script differ too: the letters
        // are drawn, not one shape repeated.
    }
    let chinese = png_of_one(CHINESE);
    let other_chinese = png_of_one("难民理事会联合国");
    assert!(differing_pixels(&chinese, &other_chinese) > 400);
}

#[test]
fn a_picture_keeps_an_arabic_label_as_text_in_reading_order() {
    let map = map_of(&[(MIXED, Kind::Organization, (0.0, 0.0))], &[]);
    let svg = render_view(
        &map,
        View::Network,
        &RenderOptions::on(Day::new(2026, 12, 7).unwrap()),
    )
    .unwrap()
    .to_svg();
    // The viewer orders and shapes the text; it gets it as it is read.
    assert!(svg.contains(&format!(">{MIXED}</tspan>")), "{svg}");
}
