//! Text as SVG text: each row of a galley where egui laid it out, its runs
//! of one look as `<tspan>`s, right-to-left words kept apart in reading
//! order (see `script::bidi`).

use std::fmt::Write as _;

use egui::epaint::TextShape;
use egui::{Color32, FontFamily, Pos2};

use super::{MONO_FAMILIES, Svg, escape, is_invisible, num, paint, rotation};
use crate::ui::script;

impl Svg {
    /// Each row where egui laid it out; runs of one colour and size in a
    /// row are `<tspan>`s, placed where egui placed their first glyph.
    pub(super) fn text(&mut self, shape: &TextShape) {
        if shape.opacity_factor <= 0.0 {
            return;
        }
        let galley = &shape.galley;
        let job = &galley.job;
        let mut sections = SectionCursor::new(job);
        let rotated = shape.angle != 0.0;
        if rotated {
            let _ = writeln!(self.out, "<g{}>", rotation(shape.angle, shape.pos));
        }
        // The text behind each glyph, in the order of the galley's text: a
        // right-to-left word's glyphs are drawn right to left, its letters
        // kept in reading order (see `script::bidi`).
        let mut text_chars = job.text.chars();
        let last_row = galley.rows.len().saturating_sub(1);
        for (row_index, row) in galley.rows.iter().enumerate() {
            let mut runs: Vec<Run> = Vec::new();
            let count = row.glyphs.len();
            let elided = galley.elided && row_index == last_row;
            let mut row_chars: Vec<char> = text_chars
                .by_ref()
                .take(count - usize::from(elided && count > 0))
                .collect();
            if row.ends_with_newline {
                text_chars.next();
            }
            if row_chars.len() != count {
                // Elided ("…" is not in the text), or shaped into more
                // glyphs than letters: the glyphs' own characters, or, for
                // a line with right-to-left words, the line in reading
                // order (reordering display order again gives it back),
                // for the viewer to order and shape.
                row_chars = row.glyphs.iter().map(|glyph| glyph.chr).collect();
                let line = job
                    .text
                    .split('\n')
                    .nth(row_index)
                    .filter(|_| galley.rows.len() == job.text.split('\n').count());
                if let Some(line) = line.filter(|line| script::has_right_to_left(line))
                    && let Some(first) = row.glyphs.first()
                {
                    let reading: String = script::display_line(line).into_owned();
                    let format = &job.sections[0].format;
                    let mut colour = shape.override_text_color.unwrap_or(format.color);
                    if colour == Color32::PLACEHOLDER {
                        colour = shape.fallback_color;
                    }
                    let at = shape.pos + row.pos.to_vec2() + first.pos.to_vec2();
                    let end = row
                        .glyphs
                        .iter()
                        .map(|g| shape.pos.x + row.pos.x + g.pos.x + g.advance_width)
                        .fold(at.x, f32::max);
                    runs.push(Run {
                        at,
                        end,
                        style: RunStyle {
                            size: format.font_id.size,
                            monospace: format.font_id.family == FontFamily::Monospace,
                            italics: format.italics,
                            colour,
                            right_to_left: true,
                        },
                        text: reading,
                    });
                    row_chars.clear();
                }
            }
            for (glyph, &chr) in row.glyphs.iter().zip(&row_chars) {
                let format = &job.sections[sections.next(chr)].format;
                let mut colour = shape.override_text_color.unwrap_or(format.color);
                if colour == Color32::PLACEHOLDER {
                    colour = shape.fallback_color;
                }
                if shape.opacity_factor < 1.0 {
                    colour = colour.gamma_multiply(shape.opacity_factor);
                }
                let at = shape.pos + row.pos.to_vec2() + glyph.pos.to_vec2();
                let style = RunStyle {
                    size: format.font_id.size,
                    monospace: format.font_id.family == FontFamily::Monospace,
                    italics: format.italics,
                    colour,
                    right_to_left: script::has_right_to_left(chr.encode_utf8(&mut [0; 4])),
                };
                let end = at.x + glyph.advance_width;
                match runs.last_mut() {
                    Some(run) if run.style == style && (run.at.y - at.y).abs() < 0.01 => {
                        run.text.push(chr);
                        run.end = run.end.max(end);
                        run.at.x = run.at.x.min(at.x);
                    }
                    _ => runs.push(Run {
                        at,
                        end,
                        style,
                        text: chr.to_string(),
                    }),
                }
            }
            runs.retain(|run| !run.text.trim().is_empty());
            if runs.is_empty() {
                continue;
            }
            self.out.push_str("<text>");
            let mut previous_end = None;
            let mut previous_right_to_left = false;
            for run in &runs {
                // A run that goes on where the last one ended flows after it,
                // so a viewer whose font is wider does not overlap the two.
                // A right-to-left word is placed on its own, a text chunk
                // of its own, so the viewer's bidirectional ordering keeps
                // to the word.
                let flows = previous_end.is_some_and(|end: f32| (run.at.x - end).abs() < 0.5)
                    && !run.style.right_to_left
                    && !previous_right_to_left;
                previous_end = Some(run.end);
                previous_right_to_left = run.style.right_to_left;
                let _ = write!(
                    self.out,
                    "<tspan{} y=\"{}\" font-size=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"{}{}{}>{}</tspan>",
                    if flows {
                        String::new()
                    } else {
                        format!(" x=\"{}\"", num(run.at.x))
                    },
                    num(run.at.y),
                    num(run.style.size),
                    num(run.end - run.at.x),
                    if run.style.monospace {
                        format!(" font-family=\"{MONO_FAMILIES}\" font-weight=\"400\"")
                    } else {
                        String::new()
                    },
                    if run.style.italics {
                        " font-style=\"italic\""
                    } else {
                        ""
                    },
                    paint("fill", run.style.colour),
                    escape(&run.text)
                );
            }
            self.out.push_str("</text>\n");
            if !is_invisible(shape.underline) {
                let rect = row.rect().translate(shape.pos.to_vec2());
                self.line([rect.left_bottom(), rect.right_bottom()], shape.underline);
            }
        }
        if rotated {
            self.out.push_str("</g>\n");
        }
    }
}

/// How a run of glyphs looks; a row's glyphs that look alike are one run.
#[derive(Clone, Copy, PartialEq)]
struct RunStyle {
    size: f32,
    monospace: bool,
    italics: bool,
    colour: Color32,
    /// Letters of a right-to-left word, kept apart from what is around.
    right_to_left: bool,
}

struct Run {
    /// The baseline where the run's first glyph starts.
    at: Pos2,
    /// Where its last glyph ends: in a font other than egui's, the run is
    /// squeezed or stretched to this, so names keep to their plates.
    end: f32,
    style: RunStyle,
    text: String,
}

/// Finds the section (font, colour) of each glyph of a galley in turn.
/// egui keeps one glyph for each character but newlines, may drop the
/// spaces where it wraps, and ends an elided text with "…".
struct SectionCursor<'a> {
    job: &'a egui::text::LayoutJob,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    current: usize,
}

impl<'a> SectionCursor<'a> {
    fn new(job: &'a egui::text::LayoutJob) -> Self {
        Self {
            job,
            chars: job.text.char_indices().peekable(),
            current: 0,
        }
    }

    fn next(&mut self, glyph: char) -> usize {
        while let Some(&(_, c)) = self.chars.peek() {
            if c == glyph || !c.is_whitespace() {
                break;
            }
            self.chars.next();
        }
        if let Some(&(byte, c)) = self.chars.peek()
            && c == glyph
        {
            self.chars.next();
            if let Some(found) = self
                .job
                .sections
                .iter()
                .position(|s| s.byte_range.contains(&egui::text::ByteIndex(byte)))
            {
                self.current = found;
            }
        }
        self.current.min(self.job.sections.len().saturating_sub(1))
    }
}
