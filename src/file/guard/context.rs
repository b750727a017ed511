//! Where a place in a file is, as the user knows it: the item (a
//! stakeholder by name, a relation by id, or the nth of its list) and the
//! field it is in, and whether a text before it runs over several lines.

use super::scanner::{Scanner, Token, offset_of};
use crate::i18n::tr_with;
use crate::words::{ordinal, short};

/// What a file's text says around a place: the item and the field it is in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Context {
    /// E.g. `stakeholder “Ministry”`, `relation “r4”`, `the 3rd coalition`.
    pub item: Option<String>,
    /// The field of the item (or of the map) the place is in, e.g. `power`.
    pub field: Option<String>,
    /// The lines (from 1) a text right before the place starts and ends on,
    /// when that text runs over several lines: a text whose closing quote
    /// is missing swallows the lines after it.
    pub open_text: Option<(usize, usize)>,
}

/// The item and field a line and column (from 1, in characters) are in.
pub(super) fn context_at(text: &str, line: usize, column: usize) -> Context {
    let offset = offset_of(text, line, column);
    let mut scan = Scanner::new(text);
    let mut frames: Vec<Frame> = vec![Frame::default()];
    // The field whose value comes next, once its colon is read.
    let mut pending_field: Option<&str> = None;
    let mut last_word: Option<&str> = None;
    let mut open_text = None;
    while let Some(token) = scan.next_token() {
        if scan.token_start >= offset {
            break;
        }
        if matches!(token, Token::Comment { .. }) {
            continue;
        }
        let word = std::mem::take(&mut last_word);
        open_text = None;
        match token {
            Token::Word => last_word = Some(&text[scan.token_start..scan.position]),
            Token::Colon => {
                if let (Some(word), Some(frame)) = (word, frames.last_mut()) {
                    frame.field = Some(word);
                    pending_field = Some(word);
                }
            }
            Token::Open => {
                let field = pending_field.take();
                let parent = frames.last_mut();
                let item = parent.and_then(|parent| {
                    let kind = parent.list_of?;
                    parent.children += 1;
                    Some((kind, parent.children))
                });
                frames.push(Frame {
                    list_of: field.and_then(item_kind),
                    item,
                    ..Frame::default()
                });
            }
            Token::Close => {
                if frames.len() > 1 {
                    frames.pop();
                }
                pending_field = None;
            }
            Token::Text { .. } => {
                if scan.line > scan.token_line {
                    open_text = Some((scan.token_line, scan.line));
                }
                if let (Some(field @ ("id" | "name" | "title")), Some(frame)) =
                    (pending_field, frames.last_mut())
                {
                    let quoted = &text[scan.token_start..scan.position];
                    let value = ron::from_str::<String>(quoted).ok();
                    if field == "id" {
                        frame.id = value;
                    } else {
                        frame.name = value;
                    }
                }
                pending_field = None;
            }
            Token::Comma => {
                // The field's value is complete.
                pending_field = None;
                if let Some(frame) = frames.last_mut() {
                    frame.field = None;
                }
            }
            Token::Other | Token::Comment { .. } => pending_field = None,
        }
    }
    let Some(at) = frames.iter().rposition(|frame| frame.item.is_some()) else {
        // Not inside an item: the field of the map or of the header.
        let field = frames.iter().rev().find_map(|frame| frame.field);
        return Context {
            item: None,
            field: field.map(str::to_owned),
            open_text,
        };
    };
    let frame = &frames[at];
    let mut item = item_label(frame);
    // A coalition's member is named with its coalition.
    if let Some(outer) = frames[..at].iter().rev().find(|frame| frame.item.is_some()) {
        item = format!("{}, {item}", item_label(outer));
    }
    Context {
        item: Some(item),
        field: frame.field.map(str::to_owned),
        open_text,
    }
}

/// An item as the user knows it: stakeholders and coalitions by name,
/// relations by id, anything without either by its place in its list.
fn item_label(frame: &Frame) -> String {
    let (kind, place) = frame.item.unwrap_or(("item", 0));
    match (kind, &frame.name, &frame.id) {
        ("stakeholder" | "coalition" | "scene", Some(name), _) if !name.trim().is_empty() => {
            named(kind, name)
        }
        (_, _, Some(id)) if !id.is_empty() => named(kind, id),
        _ => tr_with(
            "guard-nth-item",
            &[
                ("noun", kind.into()),
                ("place", place.into()),
                ("ordinal", ordinal(place).into()),
            ],
        ),
    }
}

/// "stakeholder “Union”", in this thread's language.
fn named(kind: &str, name: &str) -> String {
    tr_with(
        "load-item",
        &[("noun", kind.into()), ("name", short(name, 60).into())],
    )
}

/// The kind of item a list of the file holds, by the list's field name.
pub(super) fn item_kind(field: &str) -> Option<&'static str> {
    match field.strip_prefix("r#").unwrap_or(field) {
        "stakeholders" => Some("stakeholder"),
        "relations" => Some("relation"),
        "coalitions" => Some("coalition"),
        "members" => Some("member"),
        "scenes" => Some("scene"),
        _ => None,
    }
}

/// One open bracket while looking for the context of a place.
#[derive(Default)]
struct Frame<'a> {
    /// The kind of item this list holds, when it is one of the map's lists.
    list_of: Option<&'static str>,
    /// How many items were opened in this list so far.
    children: usize,
    /// When this bracket is an item: its kind and place in its list.
    item: Option<(&'static str, usize)>,
    /// The field last named in this bracket.
    field: Option<&'a str>,
    id: Option<String>,
    name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_names_the_item_and_field() {
        let text = "(map: (title: \"T\", stakeholders: [\n(id: \"s1\", name: \"Ministry\", kind: Target),\n(id: \"s2\", name: \"Union\",\n power: \"high\"),\n(id: \"s3\", kind: X)], relations: [(id: \"r4\", from: 1)]))";
        let context = context_at(text, 4, 9);
        assert_eq!(context.item.as_deref(), Some("stakeholder “Union”"));
        assert_eq!(context.field.as_deref(), Some("power"));
        let context = context_at(text, 1, 16);
        assert_eq!(context.item, None);
        assert_eq!(context.field.as_deref(), Some("title"));
        let last = text.lines().count();
        let line = text.lines().last().unwrap_or_default();
        let column = line.find("1)").unwrap_or_default() + 1;
        let context = context_at(text, last, column);
        assert_eq!(context.item.as_deref(), Some("relation “r4”"));
        assert_eq!(context.field.as_deref(), Some("from"));
    }
}
