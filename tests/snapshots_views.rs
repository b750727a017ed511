//! What the coalition views look like on the bundled example: the
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
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[0].text)
        .expect("the bundled example loads");
    let mut editor = editor_with(
        Document::new(map, None),
        Settings::default(),
        egui::Theme::Light,
    );
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
