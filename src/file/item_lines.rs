//! The lines of a file's items, found only when a problem needs one: a
//! repeated id is reported on the line that repeats it.

use std::collections::HashMap;

/// Finds the line each item is declared on, so a problem can name it.
pub(super) struct ItemLines<'a> {
    text: &'a str,
    /// How many refused items with each id were met so far.
    seen: HashMap<String, usize>,
    /// The lines (from 1) of every `id: "…"`, by the quoted id; found on the
    /// first problem, as valid files never need it.
    declared: Option<HashMap<&'a str, Vec<usize>>>,
}

impl<'a> ItemLines<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            seen: HashMap::new(),
            declared: None,
        }
    }

    /// Which of the items with this id a refused one is (from 0): the
    /// refused ones before it with this id, and the one kept before it if
    /// there is one (`kept_before`; ids are unique among the items kept).
    /// Only refused items are counted, as a valid file has none.
    pub(super) fn refused(&mut self, id: &str, kept_before: bool) -> usize {
        let seen = self.seen.entry(id.to_owned()).or_insert(0);
        *seen += 1;
        *seen - 1 + usize::from(kept_before)
    }

    /// The line of the `place`-th item with this id: a repeated id is
    /// reported on the line that repeats it, not on the first one.
    pub(super) fn line(&mut self, id: &str, place: usize) -> Option<usize> {
        let text = self.text;
        let declared = self.declared.get_or_insert_with(|| {
            let mut declared: HashMap<&str, Vec<usize>> = HashMap::new();
            for (line, value) in field_lines(text, "id") {
                if let Some(quoted) = quoted_prefix(value) {
                    declared.entry(quoted).or_default().push(line);
                }
            }
            declared
        });
        let quoted = ron::to_string(id).ok()?;
        declared.get(quoted.as_str())?.get(place).copied()
    }
}

/// Every `field: value` in the text: the line (from 1) and the text after
/// the colon. `field` must stand alone: `id` is not found in `valid`.
pub(super) fn field_lines<'a>(
    text: &'a str,
    field: &'a str,
) -> impl Iterator<Item = (usize, &'a str)> {
    text.lines().enumerate().flat_map(move |(index, line)| {
        line.match_indices(field).filter_map(move |(at, _)| {
            let standalone = !line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let value = line[at + field.len()..].trim_start().strip_prefix(':')?;
            standalone.then_some((index + 1, value.trim_start()))
        })
    })
}

/// The quoted string that starts `text`, quotes included, e.g. `"s1"`.
fn quoted_prefix(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in rest.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(&text[..at + 2]),
            _ => escaped = false,
        }
    }
    None
}
