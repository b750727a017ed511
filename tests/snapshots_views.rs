//! What the coalition views look like on the bundled examples: the
//! power/interest grid, the spectrum of allies and the table, rendered by
//! wgpu on the CPU (Mesa's lavapipe) and compared pixel by pixel.
//!
//! After a deliberate change to the look, regenerate the images with
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots_views` and look at every
//! changed image before committing it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use powermap::ui::{Document, Settings};
use ui_support::*;

/// The first bundled example, in the light theme, with `view_key` (Ctrl+2,
/// 3 or 4) pressed to bring a view to the front.
fn example_view(view_key: Key) -> Editor {
    bundled_view(0, egui::Theme::Light, view_key)
}

/// A bundled example in a theme, with `view_key` pressed.
fn bundled_view(example: usize, theme: egui::Theme, view_key: Key) -> Editor {
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[example].text)
        .expect("the bundled example loads");
    let mut editor = editor_with(Document::new(map, None), Settings::default(), theme);
    press_with(&mut editor, CTRL, view_key);
    editor
}

#[test]
fn the_power_interest_grid_of_the_bundled_example() {
    let mut editor = example_view(Key::Num2);
    snapshot(&mut editor, "views_grid");
}

#[test]
fn the_spectrum_of_allies_of_the_bundled_example() {
    let mut editor = example_view(Key::Num3);
    snapshot(&mut editor, "views_spectrum");
}

#[test]
fn the_table_of_the_bundled_example() {
    let mut editor = example_view(Key::Num4);
    snapshot(&mut editor, "views_table");
}

// The second example (two coalitions from one core), in the dark theme.

#[test]
fn the_network_of_the_second_example_in_the_dark_theme() {
    let mut editor = bundled_view(1, egui::Theme::Dark, Key::Num1);
    snapshot(&mut editor, "views_second_network_dark");
}

#[test]
fn the_power_interest_grid_of_the_second_example_in_the_dark_theme() {
    let mut editor = bundled_view(1, egui::Theme::Dark, Key::Num2);
    snapshot(&mut editor, "views_second_grid_dark");
}

#[test]
fn the_spectrum_of_allies_of_the_second_example_in_the_dark_theme() {
    let mut editor = bundled_view(1, egui::Theme::Dark, Key::Num3);
    snapshot(&mut editor, "views_second_spectrum_dark");
}
