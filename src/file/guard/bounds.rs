//! The bounds on a file's shape, and the pass that holds a text to them
//! before ron reads it, so that no file or paste costs more than a bounded
//! time to read.

use std::ops::Range;

use super::Refusal;
use super::context::item_kind;
use super::scanner::{Scanner, Token};
use crate::file::limits;
use crate::i18n::{tr, tr_with};
use crate::words::{size, thousands};

/// What a file or a paste may contain. Each bound is far above any map a
/// person makes and far below what makes reading slow.
#[derive(Clone, Copy, Debug)]
#[allow(clippy::struct_field_names)] // Each is the most of something.
pub(crate) struct Limits {
    /// Brackets inside brackets. A map needs 6; ron stops at 64.
    pub max_depth: usize,
    /// The length of one word: a field name, a choice such as `Target`, a
    /// number. Ron reads a long number digit by digit, slowly.
    pub max_word_bytes: usize,
    /// The length of one quoted text in the file, in bytes. A name or a
    /// note longer than a book makes no sense and freezes the window that
    /// lays it out.
    pub max_text_bytes: usize,
    /// Escaped characters (`\n`, `\"`, `\\`, `\u{…}`, …) in the whole text.
    pub max_escapes: usize,
    /// Values in the whole text, counted by the commas between them and the
    /// brackets that open lists and items: about 25 for a stakeholder.
    pub max_values: usize,
    /// Entries of the lists of stakeholders, relations, coalitions,
    /// coalition members and scenes: each costs about 10 µs to read and check.
    pub max_items: usize,
}

/// The limits of a map file (and of a paste, which is smaller).
pub(crate) const LIMITS: Limits = Limits {
    max_depth: 32,
    max_word_bytes: 100,
    max_text_bytes: limits::MAX_TEXT_BYTES,
    max_escapes: 2_000_000,
    max_values: limits::MAX_VALUES,
    max_items: limits::MAX_ITEMS,
};

/// Looks at the shape of a text before ron reads it, and refuses it when
/// reading could take longer than the bound.
pub(crate) fn check(text: &str, limits: &Limits) -> Result<(), Refusal> {
    check_and_find(text, limits, usize::MAX).map(drop)
}

/// The map's longest lists in a file's text, found by the guard's pass:
/// where each starts (its `[`) and ends (past its `]`), and the commas
/// between its items where it may be cut into parts, for reading the parts
/// on cores of their own. Each is the map's own field, in a file that
/// starts with its bracket (no `#![enable(…)]`, which would change how the
/// lists read); a field written twice is given for neither.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct MapLists {
    pub stakeholders: Option<List>,
    pub relations: Option<List>,
    pub observations: Option<List>,
}

/// One of the map's lists in a file's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct List {
    /// From its `[` to past its `]`.
    pub span: Range<usize>,
    /// Commas between two of its items (never in a text or a comment),
    /// each at least the part's length in bytes after the one before (or
    /// after the list's start), in order.
    pub cuts: Vec<usize>,
}

impl List {
    /// The list's parts, each a range of the text between two cuts (the
    /// brackets and the commas left out): read as `[` part `]`, one after
    /// the other they are the list.
    pub(crate) fn parts(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let starts = std::iter::once(self.span.start).chain(self.cuts.iter().copied());
        let ends = self
            .cuts
            .iter()
            .copied()
            .chain(std::iter::once(self.span.end - 1));
        starts.zip(ends).map(|(start, end)| start + 1..end)
    }
}

impl MapLists {
    fn slot(&mut self, field: &str) -> Option<&mut Option<List>> {
        match field {
            "stakeholders" => Some(&mut self.stakeholders),
            "relations" => Some(&mut self.relations),
            "observations" => Some(&mut self.observations),
            _ => None,
        }
    }
}

/// Holds a text to the limits as [`check`] does, and finds the map's
/// longest lists on the way, with the commas that cut each into parts of
/// about `part_bytes` (a list shorter than that is one part).
pub(crate) fn check_and_find(
    text: &str,
    limits: &Limits,
    part_bytes: usize,
) -> Result<MapLists, Refusal> {
    let mut found = MapLists::default();
    // The field each open bracket is the value of, and the list being
    // found (its field and start) while it is open.
    let mut fields: Vec<Option<&str>> = Vec::new();
    let mut field_next: Option<&str> = None;
    let mut finding: Option<(&str, usize)> = None;
    // The cuts of the list being found, and whether the last token closed
    // one of its items (a cut is only ever a comma after an item, so that
    // no part is empty or ends with a comma: read on its own, each reads
    // only when it would have read in the whole list).
    let mut cuts: Vec<usize> = Vec::new();
    let mut closed_item = false;
    let mut starts_plainly = None;
    let mut twice = false;
    let mut scan = Scanner::new(text);
    let mut escapes = 0usize;
    let mut values = 0usize;
    let mut items = 0usize;
    // For each open bracket, whether it is a list of items.
    let mut lists: Vec<bool> = Vec::new();
    let mut last_word: Option<&str> = None;
    let mut item_list_next = false;
    while let Some(token) = scan.next_token() {
        if let Token::Comment { closed } = token {
            let length = scan.position - scan.token_start;
            if length > limits.max_text_bytes {
                return Err(scan.refuse(if closed {
                    tr_with(
                        "guard-comment-too-long",
                        &[
                            ("size", size(length).into()),
                            ("most", size(limits.max_text_bytes).into()),
                        ],
                    )
                } else {
                    tr("guard-comment-unclosed")
                }));
            }
            // A comment between a field's name and its colon changes nothing.
            continue;
        }
        let word = std::mem::take(&mut last_word);
        let field = std::mem::take(&mut field_next);
        let after_item = std::mem::take(&mut closed_item);
        starts_plainly.get_or_insert(token == Token::Open);
        if matches!(token, Token::Open | Token::Comma) {
            values += 1;
            if values > limits.max_values {
                return Err(scan.refuse(tr_with(
                    "guard-too-many-values",
                    &[("most", thousands(limits.max_values as u64).into())],
                )));
            }
        }
        match token {
            Token::Word => {
                let length = scan.position - scan.token_start;
                if length > limits.max_word_bytes {
                    return Err(scan.refuse(tr_with(
                        "guard-word-too-long",
                        &[
                            ("length", thousands(length as u64).into()),
                            ("most", limits.max_word_bytes.into()),
                        ],
                    )));
                }
                last_word = Some(&text[scan.token_start..scan.position]);
            }
            Token::Colon => {
                item_list_next = word.and_then(item_kind).is_some();
                field_next = word;
            }
            Token::Open => {
                if lists.last() == Some(&true) {
                    items += 1;
                    if items > limits.max_items {
                        return Err(scan.refuse(tr_with(
                            "guard-too-many-items",
                            &[("most", thousands(limits.max_items as u64).into())],
                        )));
                    }
                }
                lists.push(std::mem::take(&mut item_list_next));
                fields.push(field);
                if let [None, Some("map"), Some(list)] = fields[..]
                    && text.as_bytes()[scan.token_start] == b'['
                    && starts_plainly == Some(true)
                {
                    finding = Some((list, scan.token_start));
                    cuts.clear();
                }
                let depth = lists.len();
                if depth > limits.max_depth {
                    return Err(scan.refuse(tr_with(
                        "guard-too-deep",
                        &[("most", limits.max_depth.into())],
                    )));
                }
            }
            Token::Close => {
                if fields.len() == 3
                    && let Some((list, start)) = finding.take()
                    && text.as_bytes()[scan.token_start] == b']'
                    && let Some(slot) = found.slot(list)
                {
                    let list = List {
                        span: start..scan.position,
                        cuts: std::mem::take(&mut cuts),
                    };
                    twice |= slot.replace(list).is_some();
                }
                lists.pop();
                fields.pop();
                item_list_next = false;
                closed_item = fields.len() == 3;
            }
            Token::Text { escapes: in_text } => {
                item_list_next = false;
                // Each text on its own: a file of many long notes is fine.
                let bytes = scan.position - scan.token_start;
                if bytes > limits.max_text_bytes {
                    return Err(scan.refuse(tr_with(
                        "guard-text-too-long",
                        &[
                            ("size", size(bytes).into()),
                            ("most", size(limits.max_text_bytes).into()),
                        ],
                    )));
                }
                escapes += in_text;
                if escapes > limits.max_escapes {
                    return Err(scan.refuse(tr_with(
                        "guard-too-many-escapes",
                        &[("most", thousands(limits.max_escapes as u64).into())],
                    )));
                }
            }
            Token::Comma => {
                item_list_next = false;
                if after_item
                    && fields.len() == 3
                    && let Some((_, start)) = finding
                    && scan.token_start - cuts.last().copied().unwrap_or(start) >= part_bytes
                {
                    cuts.push(scan.token_start);
                }
            }
            Token::Other | Token::Comment { .. } => item_list_next = false,
        }
    }
    if twice {
        found = MapLists::default();
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(text: &str) -> Refusal {
        check(text, &LIMITS).expect_err("refused")
    }

    #[test]
    fn nesting_is_refused_at_the_bracket_that_goes_too_deep() {
        let text = format!("(\n  a: {}", "[".repeat(40));
        let refusal = refusal(&text);
        assert_eq!((refusal.line, refusal.column), (2, 6 + 31));
        assert!(refusal.message.contains("nested"), "{}", refusal.message);
        // Brackets in texts and comments do not count.
        let quiet = format!(
            "(a: \"{}\", /* {} */ b: 1) // {}",
            "[".repeat(99),
            "(".repeat(99),
            "{".repeat(99)
        );
        assert!(check(&quiet, &LIMITS).is_ok());
    }

    #[test]
    fn lines_are_counted_in_texts_comments_and_continuations() {
        let text = "(\n a: \"x\ny\\\nz\", /* \n */ b: r\"\n\", c: \n[[[[";
        let limits = Limits {
            max_depth: 3,
            ..LIMITS
        };
        let refusal = check(text, &limits).expect_err("too deep");
        // The parenthesis on line 1 is the first level.
        assert_eq!((refusal.line, refusal.column), (7, 3));
    }

    #[test]
    fn the_maps_own_lists_are_found_and_no_other() {
        let text = "// A map.\n(format: \"powermap\", version: 4, map: (title: \"T\",\n stakeholders: [(id: \"s1\", name: \"منتدى ]\")], relations /* r */ : [],\n scenes: [(id: \"v1\", observations: [(x: 1)])]), other: (stakeholders: []))";
        let lists = check_and_find(text, &LIMITS, 0).expect("within the limits");
        let found = |list: Option<List>| list.map(|list| &text[list.span]);
        assert_eq!(
            found(lists.stakeholders),
            Some("[(id: \"s1\", name: \"منتدى ]\")]")
        );
        assert_eq!(found(lists.relations), Some("[]"));
        assert_eq!(found(lists.observations), None);
        // A list written twice, or a file read with extensions: none.
        let twice = text.replace("relations /* r */", "stakeholders");
        assert_eq!(check_and_find(&twice, &LIMITS, 0), Ok(MapLists::default()));
        let extended = format!("#![enable(implicit_some)]\n{text}");
        assert_eq!(
            check_and_find(&extended, &LIMITS, 0),
            Ok(MapLists::default())
        );
    }

    #[test]
    fn a_list_is_cut_at_the_commas_after_its_items_every_part_s_length() {
        let text = "(format: \"powermap\", version: 4, map: (title: \"T\", observations: [\n (of: \"a, b\", x: [1, 2]), /* , */ (of: \"联合国\"),\n (of: \"c\"),, (of: \"d\"),\n]))";
        let parts = |part_bytes| {
            let lists = check_and_find(text, &LIMITS, part_bytes).expect("within the limits");
            let list = lists.observations.expect("the observations");
            list.parts()
                .map(|part| text[part].trim())
                .collect::<Vec<_>>()
        };
        // Never in a text, a comment or an item, nor after a comma.
        assert_eq!(
            parts(0),
            [
                "(of: \"a, b\", x: [1, 2])",
                "/* , */ (of: \"联合国\")",
                "(of: \"c\")",
                ", (of: \"d\")",
                ""
            ]
        );
        assert_eq!(
            parts(40),
            [
                "(of: \"a, b\", x: [1, 2]), /* , */ (of: \"联合国\")",
                "(of: \"c\"),, (of: \"d\"),"
            ]
        );
        assert_eq!(parts(usize::MAX).len(), 1);
    }

    #[test]
    fn items_are_counted_in_every_list_of_the_map_however_it_is_written() {
        let text = "(format: \"powermap\", version: 1, map: (title: \"T\",\n stakeholders /* here */ : [(id: \"s1\"), Stakeholder(id: \"s2\")],\n r#relations: [(id: \"r3\")], coalitions: [(id: \"c4\", members: [(stakeholder: \"s1\"), (stakeholder: \"s2\")])]))";
        let five = Limits {
            max_items: 5,
            ..LIMITS
        };
        let refusal = check(text, &five).expect_err("six items");
        assert!(
            refusal.message.contains("more than 5"),
            "{}",
            refusal.message
        );
        let six = Limits {
            max_items: 6,
            ..LIMITS
        };
        assert!(check(text, &six).is_ok());
    }
}
