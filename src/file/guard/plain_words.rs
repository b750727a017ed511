//! Ron's and serde's error codes, type names and messages in words a
//! consultant understands: `ExpectedInteger` is "this should be a whole
//! number", `u8` is "a whole number", `Stakeholder` is "stakeholder".

use crate::i18n::{tr, tr_with};
use crate::words::short;

/// Ron's error codes in words a consultant understands, in this thread's
/// language.
pub(super) fn plain_words(code: &ron::Error) -> String {
    use ron::Error as E;
    let with = |id: &str, name: &'static str, value: String| tr_with(id, &[(name, value.into())]);
    match code {
        E::Eof => tr("ron-eof"),
        E::ExpectedArray => tr("ron-expected-list"),
        E::ExpectedArrayEnd => tr("ron-expected-list-end"),
        E::ExpectedComma => tr("ron-expected-comma"),
        E::ExpectedBoolean => tr("ron-expected-boolean"),
        E::ExpectedChar | E::ExpectedByteLiteral | E::ExpectedByteString | E::ExpectedString => {
            tr("ron-expected-text")
        }
        E::ExpectedFloat => tr("ron-expected-number"),
        E::ExpectedInteger | E::FloatUnderscore | E::UnderscoreAtBeginning => {
            tr("ron-expected-whole-number")
        }
        E::ExpectedOption | E::ExpectedUnit | E::ExpectedRawValue => tr("ron-expected-value"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => tr("ron-expected-group-end"),
        E::ExpectedMap => tr("ron-expected-map"),
        E::ExpectedMapColon => tr("ron-expected-colon"),
        E::ExpectedMapEnd => tr("ron-expected-map-end"),
        E::ExpectedDifferentStructName { expected, found } => {
            // The type's own name (`FileData`) means nothing to a reader.
            tr_with(
                "ron-other-struct-name",
                &[
                    ("found", found.as_str().into()),
                    ("outer", plain_outer(expected).into()),
                ],
            )
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => tr("ron-expected-group"),
        E::ExpectedStringEnd => tr("ron-unclosed-text"),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            tr("ron-expected-word")
        }
        E::InvalidEscape(_) => tr("ron-bad-escape"),
        E::IntegerOutOfBounds => tr("ron-number-out-of-bounds"),
        E::InvalidIntegerDigit { digit, .. } => with("ron-bad-digit", "digit", digit.to_string()),
        E::NoSuchExtension(name) => with("ron-no-such-extension", "name", name.clone()),
        E::UnclosedBlockComment => tr("ron-unclosed-block-comment"),
        E::UnclosedLineComment => tr("ron-unclosed-line-comment"),
        E::UnexpectedChar(c) => with("ron-unexpected-char", "char", c.escape_debug().to_string()),
        E::Utf8Error(_) => tr("ron-not-utf8"),
        E::TrailingCharacters => tr("ron-trailing"),
        E::InvalidValueForType { expected, found } => tr_with(
            "ron-wrong-type",
            &[
                ("expected", plain_type(expected).into()),
                ("found", plain_found(found).into()),
            ],
        ),
        E::ExpectedDifferentLength { expected, found } => tr_with(
            "ron-wrong-length",
            &[
                ("expected", plain_type(expected).into()),
                ("found", (*found).into()),
            ],
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => tr_with(
            "ron-not-a-choice",
            &[
                ("found", short(found, 60).into()),
                ("choices", expected.join(", ").into()),
            ],
        ),
        E::NoSuchStructField { found, .. } => with("ron-not-a-field", "found", short(found, 60)),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => tr_with(
                "ron-missing-field-of",
                &[
                    ("field", field.to_string().into()),
                    ("outer", plain_outer(outer).into()),
                ],
            ),
            None => with("ron-missing-field", "field", field.to_string()),
        },
        E::DuplicateStructField { field, .. } => {
            with("ron-field-twice", "field", field.to_string())
        }
        E::ExceededRecursionLimit => tr("ron-too-deep"),
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
    let id = match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "integer" => {
            "type-whole-number"
        }
        "f32" | "f64" | "a float" => "type-number",
        "a string" | "a borrowed string" | "a string id" => "type-text",
        "a boolean" => "type-boolean",
        "a sequence" => "type-list",
        "a map" => "type-group",
        "an option" => "type-value",
        other => {
            if let Some(name) = other.strip_prefix("struct ") {
                return tr_with("type-struct", &[("outer", plain_outer(name).into())]);
            }
            if let Some(name) = other.strip_prefix("enum ") {
                return tr_with("type-enum", &[("outer", plain_outer(name).into())]);
            }
            return other.to_owned();
        }
    };
    tr(id)
}

/// What serde says it found, e.g. `the string "high"`, in words.
fn plain_found(found: &str) -> String {
    if let Some(text) = found.strip_prefix("the string ") {
        return tr_with("found-text", &[("text", short(text, 60).into())]);
    }
    if let Some(number) = found
        .strip_prefix("the unsigned integer ")
        .or_else(|| found.strip_prefix("the integer "))
        .or_else(|| found.strip_prefix("the floating point number "))
    {
        return tr_with("found-number", &[("number", number.into())]);
    }
    match found {
        "a sequence" => tr("found-list"),
        "a map" | "a struct" => tr("found-group"),
        "a unit value" => "()".to_owned(),
        "an enum" | "a unit variant" | "a newtype variant" | "a tuple variant"
        | "a struct variant" => tr("found-word"),
        other => short(other, 60),
    }
}

/// Serde's custom messages, e.g. an integer too large for `u8`.
fn plain_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid value: integer `")
        && let Some((number, _)) = rest.split_once('`')
    {
        return tr_with("serde-number-out-of-range", &[("number", number.into())]);
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return tr_with("serde-wrong-length", &[("rest", rest.into())]);
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return tr_with("serde-unknown-variant", &[("rest", rest.into())]);
    }
    message.to_owned()
}

/// A type of the format in words: `Stakeholder` is a stakeholder; the
/// type's name is the Fluent selector.
fn plain_outer(name: &str) -> String {
    tr_with("format-type", &[("name", name.into())])
}
