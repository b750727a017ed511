//! Ron's and serde's error codes, type names and messages in words a
//! consultant understands: `ExpectedInteger` is "this should be a whole
//! number", `u8` is "a whole number", `Stakeholder` is "stakeholder".

use crate::words::short;

/// Ron's error codes in words a consultant understands.
pub(super) fn plain_words(code: &ron::Error) -> String {
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
            // The type's own name (`FileData`) means nothing to a reader.
            format!(
                "this is marked as “{found}”, but a {} belongs here: leave out “{found}”",
                plain_outer(expected)
            )
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
