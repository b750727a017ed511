//! Ron's errors retold: the place moved from the space ron points at to
//! the word itself, the item and field it is in, and the hints a person
//! needs (a text missing its closing quote, a file cut off, a file that is
//! not a map at all).

use super::Refusal;
use super::context::context_at;
use super::plain_words::plain_words;
use super::scanner::{Scanner, Token, offset_of};
use crate::i18n::{tr, tr_with};

/// Ron's error in plain words, with the item and field it is in, at the
/// start of what ron could not read.
pub(crate) fn explain(text: &str, err: &ron::error::SpannedError) -> Refusal {
    let (line, column) = match err.code {
        // Inside a text, the place is exact.
        ron::Error::InvalidEscape(_) | ron::Error::ExpectedStringEnd => {
            (err.span.start.line, err.span.start.col)
        }
        _ => next_token_at(text, err.span.start.line, err.span.start.col),
    };
    let (first, last) = first_and_last_tokens(text);
    let offset = offset_of(text, line, column);
    if let Some(refusal) = whole_file_refusal(text, &err.code, offset, first) {
        return refusal;
    }
    let context = context_at(text, line, column);
    let mut message = String::new();
    if let Some(item) = &context.item {
        message.push_str(item);
    }
    // A missing or repeated field names itself; others name where they are.
    let names_its_field = matches!(
        err.code,
        ron::Error::MissingStructField { .. } | ron::Error::DuplicateStructField { .. }
    );
    if let (Some(field), false) = (&context.field, names_its_field) {
        if !message.is_empty() {
            message.push_str(", ");
        }
        message.push_str(&tr_with("guard-field", &[("field", field.clone().into())]));
    }
    let problem = plain_words(&err.code);
    message = if message.is_empty() {
        problem
    } else {
        tr_with(
            "guard-in-context",
            &[("place", message.into()), ("problem", problem.into())],
        )
    };
    let with_hint = |message: String, hint: String| {
        tr_with(
            "guard-with-hint",
            &[("problem", message.into()), ("hint", hint.into())],
        )
    };
    if let Some((start, end)) = context.open_text
        && end == line
    {
        let hint = tr_with("guard-open-text", &[("line", start.into())]);
        message = with_hint(message, hint);
    }
    if last.is_some_and(|last| offset >= last) && !matches!(err.code, ron::Error::Eof) {
        message = with_hint(message, tr("guard-cut-off"));
    }
    Refusal {
        line,
        column,
        message,
    }
}

/// Errors about the whole file rather than a place in it: an empty file,
/// one that is not a map at all, a comment never closed.
fn whole_file_refusal(
    text: &str,
    code: &ron::Error,
    offset: usize,
    first: Option<usize>,
) -> Option<Refusal> {
    let at_start = |message: &str| Refusal {
        line: 1,
        column: 1,
        message: tr(message),
    };
    let Some(first) = first else {
        return Some(at_start("guard-empty"));
    };
    match code {
        ron::Error::ExpectedStructLike | ron::Error::ExpectedNamedStructLike(_)
            if offset <= first =>
        {
            Some(at_start("guard-not-a-map"))
        }
        ron::Error::UnclosedBlockComment => {
            let mut scan = Scanner::new(text);
            while let Some(token) = scan.next_token() {
                if token == (Token::Comment { closed: false }) {
                    return Some(scan.refuse(tr("guard-comment-unclosed")));
                }
            }
            None
        }
        _ => None,
    }
}

/// Where the first and the last token of a text start, comments aside.
fn first_and_last_tokens(text: &str) -> (Option<usize>, Option<usize>) {
    let mut scan = Scanner::new(text);
    let (mut first, mut last) = (None, None);
    while let Some(token) = scan.next_token() {
        if !matches!(token, Token::Comment { .. }) {
            first = first.or(Some(scan.token_start));
            last = Some(scan.token_start);
        }
    }
    (first, last)
}

/// Ron points at the space before what it could not read; people look
/// for the word itself. The line and column (from 1) of the next token.
fn next_token_at(text: &str, line: usize, column: usize) -> (usize, usize) {
    let offset = offset_of(text, line, column);
    let rest = &text[offset..];
    let at_space =
        rest.starts_with(char::is_whitespace) || rest.starts_with("//") || rest.starts_with("/*");
    let mut scan = Scanner::new(rest);
    if !at_space || scan.next_token().is_none() {
        return (line, column);
    }
    let before = rest[scan.token_line_start..scan.token_start]
        .chars()
        .count();
    if scan.token_line > 1 {
        (line + scan.token_line - 1, before + 1)
    } else {
        (line, column + before)
    }
}
