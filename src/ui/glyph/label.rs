//! Names as labels: laid out to break only between words and cut after a
//! whole word, placed under a glyph on a plate that keeps them readable.

use std::sync::Arc;

use egui::epaint::RectShape;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, CornerRadius, FontId, Galley, Pos2, Rect, Shape};

use super::{Emphasis, fade};
use crate::ui::script;
use crate::ui::theme::Palette;

/// A name laid out for a label: wrapped at `max_width` on at most
/// `max_rows` lines, broken only between words. Too long, it is cut after
/// a whole word with "…" ("Cardinal …", not "Cardinal N…": egui elides
/// inside a word even when it wraps only between words); a single word
/// too long for a line is cut with "…" on one line. Laid out in the text
/// colour; drawing fades it when needed.
pub fn label_galley(
    painter: &egui::Painter,
    text: &str,
    font_size: f32,
    max_width: f32,
    max_rows: usize,
) -> Arc<Galley> {
    let max_width = max_width.max(font_size);
    let lay_out = |text: &str, rows: usize| {
        let mut job = LayoutJob::single_section(
            text.to_owned(),
            TextFormat::simple(FontId::proportional(font_size), Color32::PLACEHOLDER),
        );
        job.wrap = TextWrapping {
            max_width,
            max_rows: rows,
            break_anywhere: false,
            overflow_character: Some('…'),
        };
        painter.layout_job(job)
    };
    let fits = |galley: &Galley| galley.rows.len() <= max_rows && !breaks_a_word(galley);
    let in_reading_order = || {
        let whole = lay_out(text, usize::MAX);
        if fits(&whole) {
            return whole;
        }
        let ends = text
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, _)| i);
        for end in ends.rev() {
            let head = text[..end].trim_end();
            if head.is_empty() {
                continue;
            }
            let shortened = lay_out(&format!("{head} …"), usize::MAX);
            if fits(&shortened) {
                return shortened;
            }
        }
        lay_out(text, 1)
    };
    let galley = in_reading_order();
    if !script::has_right_to_left(text) {
        return galley;
    }
    // Lines are broken in reading order, then each is put in the order it
    // is seen (egui has no bidirectional layout).
    let mut job = LayoutJob::single_section(
        display_rows(&galley),
        TextFormat::simple(FontId::proportional(font_size), Color32::PLACEHOLDER),
    );
    job.wrap.max_width = f32::INFINITY;
    painter.layout_job(job)
}

/// The rows of `galley`, laid out in reading order, each in display order
/// (see `script::bidi`), one a line.
fn display_rows(galley: &Galley) -> String {
    let mut chars = galley.text().chars();
    let last = galley.rows.len().saturating_sub(1);
    let rows: Vec<String> = galley
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut count = row.char_count_excluding_newline().0;
            // An elided row ends with "…", which is not in the text.
            let elided = galley.elided && i == last;
            if elided {
                count = count.saturating_sub(1);
            }
            let mut line: String = chars.by_ref().take(count).collect();
            if row.ends_with_newline {
                chars.next();
            }
            if elided {
                line.push('…');
            }
            script::display_line(line.trim_end()).into_owned()
        })
        .collect();
    rows.join("\n")
}

/// Whether a line of `galley` ends inside a word (egui breaks a word that
/// is too long for a line on its own). Chinese and Japanese are written
/// without spaces and a line may break between any two of their
/// characters, so "联合国难民 / 理事会" is two whole lines.
fn breaks_a_word(galley: &Galley) -> bool {
    galley.rows.windows(2).any(|pair| {
        let end = pair[0].glyphs.last().map(|g| g.chr);
        let start = pair[1].glyphs.first().map(|g| g.chr);
        !pair[0].ends_with_newline
            && end.is_some_and(|c| !c.is_whitespace() && !breaks_anywhere(c))
            && start.is_some_and(|c| !c.is_whitespace() && !breaks_anywhere(c))
    })
}

/// A character of a script written without spaces, where a line may end
/// before or after it.
fn breaks_anywhere(c: char) -> bool {
    use unicode_script::{Script, UnicodeScript as _};
    matches!(
        c.script(),
        Script::Han | Script::Hiragana | Script::Katakana
    )
}

/// Where a label laid out as `galley` lands with its top centre at `anchor`.
pub fn label_rect(galley: &Galley, anchor: Pos2) -> Rect {
    Rect::from_min_size(
        Pos2::new(anchor.x - galley.size().x / 2.0, anchor.y),
        galley.size(),
    )
}

/// Appends a label (on a halo plate unless faded) with its top centre at
/// `anchor`; returns the rectangle it covers.
pub fn push_label(
    out: &mut Vec<Shape>,
    galley: Arc<Galley>,
    anchor: Pos2,
    emphasis: Emphasis,
    palette: &Palette,
) -> Rect {
    let colour = fade(palette.text, emphasis, palette);
    let rect = label_rect(&galley, anchor);
    if !emphasis.dimmed {
        out.push(Shape::Rect(RectShape::filled(
            rect.expand(2.0),
            CornerRadius::same(3),
            palette.text_halo,
        )));
    }
    out.push(Shape::galley(rect.min, galley, colour));
    rect
}
