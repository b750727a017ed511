//! Right-to-left text in the order it is read. egui lays every line out
//! left to right (it has no bidirectional algorithm yet), but it shapes
//! each run of one font with harfrust, which puts the letters of an Arabic
//! or Hebrew word right to left and joins them. So a line is reordered
//! here with the Unicode bidirectional algorithm (`unicode-bidi`) into the
//! order its pieces are seen, except that each right-to-left word keeps
//! its letters in reading order for harfrust to join and turn.
//!
//! Only text shown is reordered; what is edited and saved stays in
//! reading (logical) order.

use std::borrow::Cow;

use unicode_bidi::BidiInfo;

/// Whether `text` holds a right-to-left letter (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko…), so it needs reordering at all.
pub fn has_right_to_left(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_right_to_left_letter)
}

fn is_right_to_left_letter(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Part of a right-to-left word as harfrust shapes it: its letters, the
/// marks on them and the joiners between them.
fn is_in_word(c: char) -> bool {
    is_right_to_left_letter(c)
        || matches!(c, '\u{200C}' | '\u{200D}')
        || matches!(
            unicode_script::UnicodeScript::script(&c),
            unicode_script::Script::Inherited
        )
}

/// Each line of `text` in display order (see the module's comment).
pub fn display_text(text: &str) -> Cow<'_, str> {
    if !has_right_to_left(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(display_line).collect();
    Cow::Owned(lines.join("\n"))
}

/// One line (no `'\n'`) in display order; its direction is that of its
/// first strong letter, so "UN مجلس الأمن" starts with "UN" on the left.
pub fn display_line(line: &str) -> Cow<'_, str> {
    if !has_right_to_left(line) {
        return Cow::Borrowed(line);
    }
    let info = BidiInfo::new(line, None);
    let mut out = String::with_capacity(line.len());
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let text = &line[run.clone()];
            if levels[run.start].is_rtl() {
                push_right_to_left(&mut out, text);
            } else {
                out.push_str(text);
            }
        }
    }
    Cow::Owned(out)
}

/// A right-to-left run, given in reading order: its words and the
/// characters between them go last to first, brackets turned round, each
/// word's letters left in reading order.
fn push_right_to_left(out: &mut String, run: &str) {
    let mut pieces: Vec<&str> = Vec::new();
    let mut rest = run;
    while let Some(first) = rest.chars().next() {
        let end = if is_in_word(first) {
            rest.find(|c: char| !is_in_word(c)).unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        pieces.push(&rest[..end]);
        rest = &rest[end..];
    }
    for piece in pieces.into_iter().rev() {
        let mut chars = piece.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => out.push(mirrored(c)),
            _ => out.push_str(piece),
        }
    }
}

/// The character seen in a right-to-left run: an opening bracket there
/// opens to the left.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_left_as_it_is() {
        assert!(matches!(
            display_line("Église Saint-Étienne"),
            Cow::Borrowed("Église Saint-Étienne")
        ));
    }

    #[test]
    fn an_arabic_name_has_its_words_right_to_left_and_letters_in_reading_order() {
        // منتدى وكالات الإغاثة: the last word is seen first, on the left;
        // harfrust turns each word's letters.
        assert_eq!(display_line("منتدى وكالات الإغاثة"), "الإغاثة وكالات منتدى");
    }

    #[test]
    fn a_mixed_label_keeps_latin_first_and_the_arabic_words_turned() {
        assert_eq!(display_line("UN مجلس الأمن"), "UN الأمن مجلس");
    }

    #[test]
    fn numbers_in_arabic_text_read_left_to_right_and_brackets_turn() {
        assert_eq!(display_line("مجلس (2024)"), "(2024) مجلس");
    }

    #[test]
    fn marks_stay_with_their_letters() {
        // A word with harakat (marks) keeps them after their letters.
        let word = "مُنْتَدَى";
        assert_eq!(display_line(&format!("{word} UN")), format!("UN {word}"));
    }

    #[test]
    fn each_line_is_ordered_on_its_own() {
        assert_eq!(display_text("مجلس الأمن\nUN"), "الأمن مجلس\nUN");
    }
}
