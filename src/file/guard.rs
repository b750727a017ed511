//! The guard between text from anyone and ron: a quick look at a file's
//! shape before ron reads it, so no file costs more than a bounded time,
//! and ron's errors retold in plain words with the item they are in.
//!
//! Why a guard: ron up to 0.12.2 rescans the rest of a string once per
//! escape (ron-rs/ron #609), so a string of escapes takes quadratic time;
//! and even a linear parse of 32 MB of escapes or brackets takes seconds.
//! The guard is one linear pass over the bytes, about 20 ms for 32 MB.

use std::fmt::Write as _;

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
    /// The bytes ron ≤ 0.12.2 rescans for the escapes of one text: for each
    /// escape, the distance from it to the text's closing quote. Ron 0.12.3
    /// reads escapes in linear time; this keeps the bound if an older ron
    /// is ever built in.
    pub max_rescan_bytes: u64,
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
    max_text_bytes: 1_000_000,
    max_escapes: 2_000_000,
    max_rescan_bytes: 5_000_000_000,
    max_values: 1_000_000,
    max_items: 50_000,
};

/// Why the guard refused a text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl From<Refusal> for super::LoadError {
    fn from(refusal: Refusal) -> Self {
        Self::Syntax {
            line: refusal.line,
            column: refusal.column,
            message: refusal.message,
        }
    }
}

/// Looks at the shape of a text before ron reads it, and refuses it when
/// reading could take longer than the bound.
pub(crate) fn check(text: &str, limits: &Limits) -> Result<(), Refusal> {
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
                    format!(
                        "the comment that starts here is {} long; Powermap reads comments of up to {}",
                        size(length),
                        size(limits.max_text_bytes)
                    )
                } else {
                    "a comment opened with /* here is never closed with */".to_owned()
                }));
            }
            // A comment between a field's name and its colon changes nothing.
            continue;
        }
        let word = std::mem::take(&mut last_word);
        if matches!(token, Token::Open | Token::Comma) {
            values += 1;
            if values > limits.max_values {
                return Err(scan.refuse(format!(
                    "the file holds more than {} values (texts, numbers, lists); no map is that big, so it is not read further",
                    thousands(limits.max_values as u64)
                )));
            }
        }
        match token {
            Token::Word => {
                let length = scan.position - scan.token_start;
                if length > limits.max_word_bytes {
                    return Err(scan.refuse(format!(
                        "a word or number of {} characters starts here; no field name, choice or number of a map is longer than {}",
                        thousands(length as u64),
                        limits.max_word_bytes
                    )));
                }
                last_word = Some(&text[scan.token_start..scan.position]);
            }
            Token::Colon => {
                item_list_next = word.and_then(item_kind).is_some();
            }
            Token::Open => {
                if lists.last() == Some(&true) {
                    items += 1;
                    if items > limits.max_items {
                        return Err(scan.refuse(format!(
                            "the map holds more than {} stakeholders, relations, coalitions and members; Powermap opens maps of up to {}",
                            thousands(limits.max_items as u64),
                            thousands(limits.max_items as u64)
                        )));
                    }
                }
                lists.push(std::mem::take(&mut item_list_next));
                let depth = lists.len();
                if depth > limits.max_depth {
                    return Err(scan.refuse(
                        format!(
                            "the text is nested more than {} levels deep here (brackets inside brackets); a map needs no more than 8",
                            limits.max_depth
                        ),
                    ));
                }
            }
            Token::Close => {
                lists.pop();
                item_list_next = false;
            }
            Token::Text {
                escapes: in_text,
                rescan_bytes: rescanned,
            } => {
                item_list_next = false;
                // Each text on its own: a file of many long notes is fine.
                let bytes = scan.position - scan.token_start;
                if bytes > limits.max_text_bytes {
                    return Err(scan.refuse(format!(
                        "the text that starts here is {} long; Powermap reads texts (names, notes, …) of up to {}",
                        size(bytes),
                        size(limits.max_text_bytes)
                    )));
                }
                escapes += in_text;
                if escapes > limits.max_escapes {
                    return Err(scan.refuse(
                        format!(
                            "the texts up to here hold more than {} escaped characters (such as \\n for a line break or \\\" for a quote); no map needs that many, and reading them would take too long",
                            thousands(limits.max_escapes as u64)
                        ),
                    ));
                }
                if rescanned > limits.max_rescan_bytes {
                    return Err(scan.refuse(
                        format!(
                            "the text that starts here is {} long with {} escaped characters (such as \\n for a line break or \\\" for a quote); Powermap refuses a text that long with that many, as it can take too long to read. Shorten it or split it into several notes",
                            size(bytes),
                            thousands(in_text as u64)
                        ),
                    ));
                }
            }
            Token::Comma | Token::Other | Token::Comment { .. } => item_list_next = false,
        }
    }
    Ok(())
}

/// The text with only its header left: the value of every top-level field
/// but `format` and `version` replaced by `()`, so that reading the header
/// costs little. Its lines and columns are not the file's: an error in it
/// is never shown.
pub(crate) fn header_text(text: &str) -> String {
    let mut kept = String::new();
    let mut scan = Scanner::new(text);
    let mut depth = 0usize;
    let mut last_word: Option<&str> = None;
    // Where the text not yet copied starts, and whether it is being dropped.
    let mut copied_to = 0;
    let mut dropping = false;
    while let Some(token) = scan.next_token() {
        if matches!(token, Token::Comment { .. }) {
            continue;
        }
        let word = std::mem::take(&mut last_word);
        match token {
            Token::Open => depth += 1,
            Token::Close | Token::Comma if depth <= 1 => {
                if dropping {
                    kept.push_str(" ()");
                    copied_to = scan.token_start;
                    dropping = false;
                }
                if token == Token::Close {
                    depth = depth.saturating_sub(1);
                }
            }
            Token::Close => depth -= 1,
            Token::Word if depth == 1 => last_word = Some(&text[scan.token_start..scan.position]),
            Token::Colon
                if depth == 1
                    && !dropping
                    && word.is_some_and(|word| word != "format" && word != "version") =>
            {
                kept.push_str(&text[copied_to..scan.position]);
                dropping = true;
            }
            _ => {}
        }
    }
    if dropping {
        kept.push_str(" ()");
    } else {
        kept.push_str(&text[copied_to..]);
    }
    kept
}

/// What a file's text says around a place: the item and the field it is in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Context {
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
pub(crate) fn context_at(text: &str, line: usize, column: usize) -> Context {
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
            format!("{kind} “{}”", short(name, 60))
        }
        (_, _, Some(id)) if !id.is_empty() => format!("{kind} “{}”", short(id, 60)),
        _ => format!("the {} {kind}", ordinal(place)),
    }
}

/// The kind of item a list of the file holds, by the list's field name.
fn item_kind(field: &str) -> Option<&'static str> {
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
        let _ = write!(message, "field “{field}”");
    }
    if !message.is_empty() {
        message.push_str(": ");
    }
    message.push_str(&plain_words(&err.code));
    if let Some((start, end)) = context.open_text
        && end == line
    {
        let _ = write!(
            message,
            "; the text that starts on line {start} may be missing its closing quote"
        );
    }
    if last.is_some_and(|last| offset >= last) && !matches!(err.code, ron::Error::Eof) {
        message.push_str("; the file ends right there, as if it were cut off");
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
        message: message.to_owned(),
    };
    let Some(first) = first else {
        return Some(at_start("the file is empty"));
    };
    match code {
        ron::Error::ExpectedStructLike | ron::Error::ExpectedNamedStructLike(_)
            if offset <= first =>
        {
            Some(at_start(
                "this is not a Powermap map: a map file starts with “(” and the line format: \"powermap\"",
            ))
        }
        ron::Error::UnclosedBlockComment => {
            let mut scan = Scanner::new(text);
            while let Some(token) = scan.next_token() {
                if token == (Token::Comment { closed: false }) {
                    return Some(scan.refuse(
                        "a comment opened with /* here is never closed with */".to_owned(),
                    ));
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

/// Ron's error codes in words a consultant understands.
pub(crate) fn plain_words(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early: something opened here is never closed (a bracket, a list or a quote), as if the file were cut off".to_owned(),
        E::ExpectedArray => "a list in square brackets [ ] should start here".to_owned(),
        E::ExpectedArrayEnd => "a list is not closed here: a “]” or a comma between two entries is missing".to_owned(),
        E::ExpectedComma => "a comma is missing here".to_owned(),
        E::ExpectedBoolean => "this should be true or false".to_owned(),
        E::ExpectedChar | E::ExpectedByteLiteral | E::ExpectedByteString => {
            "this should be a text in double quotes".to_owned()
        }
        E::ExpectedFloat => "this should be a number".to_owned(),
        E::ExpectedInteger | E::FloatUnderscore | E::UnderscoreAtBeginning => {
            "this should be a whole number".to_owned()
        }
        E::ExpectedOption | E::ExpectedUnit | E::ExpectedRawValue => {
            "a value is missing here or has the wrong form".to_owned()
        }
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => {
            "a “)” is missing here, or a comma between two fields".to_owned()
        }
        E::ExpectedMap => "a “{” should start here".to_owned(),
        E::ExpectedMapColon => "a colon “:” is missing after the field name".to_owned(),
        E::ExpectedMapEnd => "a “}” is missing here, or a comma between two entries".to_owned(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("this is marked as “{found}” where a “{expected}” belongs")
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "this should be a group of fields in parentheses, such as (name: \"…\")".to_owned()
        }
        E::ExpectedString => "this should be a text in double quotes".to_owned(),
        E::ExpectedStringEnd => "a text in quotes starts here and is never closed: its closing \" is missing".to_owned(),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            "a field name or a word such as Target is expected here".to_owned()
        }
        E::InvalidEscape(_) => "a backslash in a text starts something that is not an escape; write \\\\ for a backslash, \\\" for a quote, \\n for a line break".to_owned(),
        E::IntegerOutOfBounds => "this number is too large or too small".to_owned(),
        E::InvalidIntegerDigit { digit, .. } => {
            format!("“{digit}” cannot be part of a whole number")
        }
        E::NoSuchExtension(name) => format!("the file asks for a reading option “{name}” that does not exist"),
        E::UnclosedBlockComment => "a comment opened with /* is never closed with */".to_owned(),
        E::UnclosedLineComment => "the file ends in the middle of a comment".to_owned(),
        E::UnexpectedChar(c) => format!("the character “{}” does not belong here", c.escape_debug()),
        E::Utf8Error(_) => "the file is not plain text (UTF-8)".to_owned(),
        E::TrailingCharacters => "there is more text after the end of the map; the file may have been pasted into twice".to_owned(),
        E::InvalidValueForType { expected, found } => {
            format!("expected {}, but found {}", plain_type(expected), plain_found(found))
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("expected {}, but found {found} entries", plain_type(expected))
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "“{}” is not one of the choices here; it must be one of {}",
            short(found, 60),
            expected.join(", ")
        ),
        E::NoSuchStructField { found, .. } => {
            format!("“{}” is not a field of this item", short(found, 60))
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("the field “{field}” is missing from this {}", plain_outer(outer)),
            None => format!("the field “{field}” is missing"),
        },
        E::DuplicateStructField { field, .. } => format!("the field “{field}” is given twice"),
        E::ExceededRecursionLimit => "the text is nested too deeply here (brackets inside brackets); a map needs no more than 8 levels".to_owned(),
        E::Message(message) => plain_message(message),
        other => {
            // Anything rarer: ron's own words, as a sentence.
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// A serde type name in words: `u8` is a whole number.
fn plain_type(expected: &str) -> String {
    let words = match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "integer" => "a whole number",
        "f32" | "f64" | "a float" => "a number",
        "a string" | "a borrowed string" | "a string id" => "a text in double quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list in square brackets [ ]",
        "a map" => "a group of fields in parentheses",
        "an option" => "a value",
        other => {
            if let Some(name) = other.strip_prefix("struct ") {
                return format!("a {} in parentheses", plain_outer(name));
            }
            if let Some(name) = other.strip_prefix("enum ") {
                return format!("a {}", plain_outer(name));
            }
            other
        }
    };
    words.to_owned()
}

/// What serde says it found, e.g. `the string "high"`, in words.
fn plain_found(found: &str) -> String {
    if let Some(text) = found.strip_prefix("the string ") {
        return format!("the text {}", short(text, 60));
    }
    if let Some(number) = found
        .strip_prefix("the unsigned integer ")
        .or_else(|| found.strip_prefix("the integer "))
        .or_else(|| found.strip_prefix("the floating point number "))
    {
        return format!("the number {number}");
    }
    match found {
        "a sequence" => "a list".to_owned(),
        "a map" | "a struct" => "a group of fields".to_owned(),
        "a unit value" => "()".to_owned(),
        "an enum" | "a unit variant" | "a newtype variant" | "a tuple variant"
        | "a struct variant" => "a word such as Target".to_owned(),
        other => short(other, 60),
    }
}

/// Serde's custom messages, e.g. an integer too large for `u8`.
fn plain_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid value: integer `")
        && let Some((number, _)) = rest.split_once('`')
    {
        return format!("the number {number} is out of range here");
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return format!("wrong number of entries: {rest}");
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return format!("{rest} is not one of the choices here");
    }
    message.to_owned()
}

/// A type of the format in words: `Stakeholder` is a stakeholder.
fn plain_outer(name: &str) -> String {
    match name {
        "Stakeholder" => "stakeholder".to_owned(),
        "Relation" => "relation".to_owned(),
        "Coalition" => "coalition".to_owned(),
        "Member" => "coalition member".to_owned(),
        "Position" => "position".to_owned(),
        "Conditions" => "conditions".to_owned(),
        "MapData" => "map".to_owned(),
        "FileData" | "Header" => "file".to_owned(),
        "Kind" => "kind of stakeholder".to_owned(),
        "Stance" => "stance".to_owned(),
        "Role" => "coalition role".to_owned(),
        "MemberRole" => "member role".to_owned(),
        "Contribution" => "contribution".to_owned(),
        "RelationKind" => "kind of relation".to_owned(),
        "Confidence" => "confidence".to_owned(),
        other => other.to_owned(),
    }
}

/// At most `max` characters of a text, with “…” when cut.
fn short(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// 2000000 as “2,000,000”.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes in words: “12 KB”, “3.4 MB”.
fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => {
            let megabytes = format!("{:.1}", bytes as f64 / 1e6);
            format!("{} MB", megabytes.trim_end_matches(".0"))
        }
    }
}

/// The byte offset of a line and column (both from 1, the column in characters).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(at, _)| line_start + at)
}

/// What the scanner sees: just enough of RON to find texts and brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Open,
    Close,
    Comma,
    Colon,
    /// A word: a field name, a choice such as `Target`, `true`, a number.
    Word,
    /// A quoted text (or a char or byte string), with its escapes.
    Text {
        escapes: usize,
        rescan_bytes: u64,
    },
    /// A comment, and whether it is closed (a line comment always is).
    Comment {
        closed: bool,
    },
    Other,
}

/// A linear pass over RON's tokens that never fails and counts lines as
/// ron does (by `\n`).
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Where the next token is looked for.
    position: usize,
    /// Where the last token started.
    token_start: usize,
    /// The line of `position`, from 1, and the offset that line starts at.
    line: usize,
    line_start: usize,
    /// The line of `token_start`, and the offset that line starts at.
    token_line: usize,
    token_line_start: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            position: 0,
            token_start: 0,
            line: 1,
            line_start: 0,
            token_line: 1,
            token_line_start: 0,
        }
    }

    /// A refusal at the start of the last token.
    fn refuse(&self, message: String) -> Refusal {
        let column = self.text[self.token_line_start..self.token_start]
            .chars()
            .count()
            + 1;
        Refusal {
            line: self.token_line,
            column,
            message,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.position + ahead).copied()
    }

    fn newline_at(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at + 1;
    }

    fn next_token(&mut self) -> Option<Token> {
        self.skip_spaces();
        let byte = *self.bytes.get(self.position)?;
        self.token_start = self.position;
        self.token_line = self.line;
        self.token_line_start = self.line_start;
        self.position += 1;
        let token = match byte {
            b'/' if self.peek(0) == Some(b'/') => {
                self.skip_line_comment();
                Token::Comment { closed: true }
            }
            b'/' if self.peek(0) == Some(b'*') => {
                self.position += 1;
                Token::Comment {
                    closed: self.skip_block_comment(),
                }
            }
            b'(' | b'[' | b'{' => Token::Open,
            b')' | b']' | b'}' => Token::Close,
            b',' => Token::Comma,
            b':' => Token::Colon,
            b'"' => self.escaped_text(),
            b'\'' => self.char_literal(),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'0'..=b'9' | 0x80.. => self.word(),
            _ => Token::Other,
        };
        Some(token)
    }

    /// One character, of up to four bytes, so a token never ends inside one.
    fn skip_char(&mut self) {
        if self.position < self.bytes.len() {
            self.position += 1;
        }
        while self
            .bytes
            .get(self.position)
            .is_some_and(|b| (0x80..0xC0).contains(b))
        {
            self.position += 1;
        }
    }

    fn skip_spaces(&mut self) {
        while let Some(&byte) = self.bytes.get(self.position) {
            match byte {
                b' ' | b'\t' | b'\r' => self.position += 1,
                b'\n' => {
                    self.position += 1;
                    self.newline_at(self.position - 1);
                }
                _ => return,
            }
        }
    }

    fn skip_line_comment(&mut self) {
        let rest = &self.bytes[self.position..];
        self.position += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    }

    /// Block comments nest in RON, as in Rust. Whether it was closed.
    fn skip_block_comment(&mut self) -> bool {
        let mut level = 1usize;
        while let Some(&byte) = self.bytes.get(self.position) {
            self.position += 1;
            match byte {
                b'\n' => self.newline_at(self.position - 1),
                b'/' if self.peek(0) == Some(b'*') => {
                    self.position += 1;
                    level += 1;
                }
                b'*' if self.peek(0) == Some(b'/') => {
                    self.position += 1;
                    level -= 1;
                    if level == 0 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// A text in double quotes, after its opening quote; an unclosed text
    /// runs to the end (ron then says so).
    fn escaped_text(&mut self) -> Token {
        let mut escapes = 0usize;
        let mut escape_offsets = 0u64;
        loop {
            let rest = &self.bytes[self.position..];
            let Some(at) = rest.iter().position(|&b| matches!(b, b'"' | b'\\' | b'\n')) else {
                self.position = self.bytes.len();
                break;
            };
            self.position += at + 1;
            match rest[at] {
                b'"' => break,
                b'\n' => self.newline_at(self.position - 1),
                b'\\' => {
                    escapes += 1;
                    escape_offsets += self.position as u64;
                    // The escaped character, which may be a quote or a line break.
                    match self.bytes.get(self.position) {
                        Some(b'\n') => {
                            self.position += 1;
                            self.newline_at(self.position - 1);
                        }
                        Some(_) => self.skip_char(),
                        None => {}
                    }
                }
                _ => {}
            }
        }
        // Ron ≤ 0.12.2 scans from each escape to the closing quote.
        let rescan_bytes = (escapes as u64 * self.position as u64).saturating_sub(escape_offsets);
        Token::Text {
            escapes,
            rescan_bytes,
        }
    }

    /// `'a'`, `'\''`, `'\u{1F600}'`: a quote inside must not start a text.
    fn char_literal(&mut self) -> Token {
        let mut escapes = 0;
        match self.peek(0) {
            Some(b'\\') => {
                escapes = 1;
                self.position += 1;
                let letter = self.peek(0);
                self.skip_char();
                if letter == Some(b'u') && self.peek(0) == Some(b'{') {
                    let rest = &self.bytes[self.position..];
                    let digits = rest.iter().take(12).position(|&b| b == b'}');
                    self.position += digits.map_or(0, |at| at + 1);
                }
            }
            Some(b'\n') | None => return Token::Other,
            Some(_) => self.skip_char(),
        }
        if self.peek(0) == Some(b'\'') {
            self.position += 1;
        }
        self.position = self.position.min(self.bytes.len());
        Token::Text {
            escapes,
            rescan_bytes: 0,
        }
    }

    /// A word; `r"…"`, `r#"…"#`, `br"…"` and `b"…"` are texts.
    fn word(&mut self) -> Token {
        let rest = &self.bytes[self.position..];
        self.position += rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b >= 0x80))
            .unwrap_or(rest.len());
        let word = &self.bytes[self.token_start..self.position];
        match (word, self.peek(0)) {
            (b"r" | b"br", Some(b'"' | b'#')) => self.raw_text(),
            (b"b", Some(b'"')) => {
                self.position += 1;
                self.escaped_text()
            }
            _ => Token::Word,
        }
    }

    /// A raw text after its `r`: no escapes, closed by a quote and as many
    /// `#` as opened it. `r#name` is a raw word, not a text.
    fn raw_text(&mut self) -> Token {
        let hashes = self.bytes[self.position..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        if self.peek(hashes) != Some(b'"') {
            // A raw identifier such as r#type.
            self.position += hashes;
            let _ = self.word();
            return Token::Word;
        }
        self.position += hashes + 1;
        while let Some(&byte) = self.bytes.get(self.position) {
            self.position += 1;
            match byte {
                b'\n' => self.newline_at(self.position - 1),
                b'"' => {
                    let closing = self.bytes[self.position..]
                        .iter()
                        .take(hashes)
                        .take_while(|&&b| b == b'#')
                        .count();
                    if closing == hashes {
                        self.position += hashes;
                        break;
                    }
                }
                _ => {}
            }
        }
        Token::Text {
            escapes: 0,
            rescan_bytes: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(text: &str) -> Refusal {
        check(text, &LIMITS).expect_err("refused")
    }

    #[test]
    fn a_quote_in_a_char_or_raw_text_does_not_open_a_text() {
        let text = "(a: '\"', b: r#\"say \"hi\"\"#, c: br\"x\", d: r#type, e: b\"\\x41\")";
        let mut scan = Scanner::new(text);
        let mut texts = 0;
        while let Some(token) = scan.next_token() {
            if matches!(token, Token::Text { .. }) {
                texts += 1;
            }
        }
        assert_eq!(texts, 4);
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
    fn the_rescanning_cost_of_escapes_is_measured_to_the_closing_quote() {
        let mut scan = Scanner::new(r#""\n\nab""#);
        let token = scan.next_token();
        // Escaped letters at offsets 2 and 4; the text ends at 8: 6 + 4 bytes.
        assert_eq!(
            token,
            Some(Token::Text {
                escapes: 2,
                rescan_bytes: 10
            })
        );
        assert_eq!(scan.next_token(), None);
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

    #[test]
    fn the_header_text_keeps_only_the_header() {
        let text = "(\n  map: (title: \"x\", list: [1, (2)]),\n  format: \"powermap\", // note\n  version: 1,\n  extra: \"(\",\n)";
        assert_eq!(
            header_text(text),
            "(\n  map: (),\n  format: \"powermap\", // note\n  version: 1,\n  extra: (),\n)"
        );
        assert_eq!(
            header_text("(format: \"p\", map: (((("),
            "(format: \"p\", map: ()"
        );
    }

    #[test]
    fn numbers_are_written_for_people() {
        assert_eq!(thousands(2_000_000), "2,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(23), "23rd");
        assert_eq!(size(2_500_000), "2.5 MB");
        assert_eq!(size(1_000_000), "1 MB");
    }
}
