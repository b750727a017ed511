//! The rules by which values are read from text and written as text,
//! shared by every field: choices, scores, strengths, yes/no, numbers and
//! lists.

use crate::model::{RelationKind, SCORE_RANGE, STRENGTH_RANGE};

/// Why a value cannot be read into a field. `name` is the field as the
/// file being read names it ("Power" in a CSV file, "power" in GraphML),
/// so the message points at what the user sees.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("{}", crate::i18n::tr_with("value-not-one-of", &[("name", .name.as_str().into()), ("text", .text.as_str().into()), ("known", .known.as_str().into())]))]
    NotOneOf {
        name: String,
        text: String,
        known: String,
    },
    #[error("{}", crate::i18n::tr_with("value-not-score", &[("name", .name.as_str().into()), ("text", .text.as_str().into())]))]
    NotScore { name: String, text: String },
    #[error("{}", crate::i18n::tr_with("value-not-strength", &[("name", .name.as_str().into()), ("text", .text.as_str().into())]))]
    NotStrength { name: String, text: String },
    #[error("{}", crate::i18n::tr_with("value-not-flag", &[("name", .name.as_str().into()), ("text", .text.as_str().into())]))]
    NotFlag { name: String, text: String },
    #[error("{}", crate::i18n::tr_with("value-not-mutual", &[("name", .name.as_str().into()), ("text", .text.as_str().into())]))]
    NotMutual { name: String, text: String },
    #[error("{}", crate::i18n::tr_with("value-not-number", &[("name", .name.as_str().into()), ("text", .text.as_str().into())]))]
    NotNumber { name: String, text: String },
}

/// How a file writes yes and no: CSV for people (`yes`), GraphML as its
/// `boolean` type requires (`true`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagWords {
    YesNo,
    TrueFalse,
}

impl FlagWords {
    pub fn write(self, value: bool) -> &'static str {
        match (self, value) {
            (Self::YesNo, true) => "yes",
            (Self::YesNo, false) => "no",
            (Self::TrueFalse, true) => "true",
            (Self::TrueFalse, false) => "false",
        }
    }
}

/// A name or a value as compared: lower case, letters and digits only
/// (any script: "Église" folds to "église").
pub fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words other tools use for a choice, folded: British `Organisation`,
/// and Kumu's `Person` for an individual.
const CHOICE_ALIASES: [(&str, &str); 2] =
    [("organisation", "organization"), ("person", "individual")];

/// One of a closed list of choices, by its label ignoring case, spaces
/// and punctuation (`Active ally`, `ActiveAlly`, `active_ally`); British
/// `Organisation` is `Organization`, Kumu's `Person` is `Individual`.
pub fn choice<T: Copy>(
    text: &str,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    name: &str,
) -> Result<T, ValueError> {
    let wanted = folded(text);
    let wanted = CHOICE_ALIASES
        .iter()
        .find(|(alias, _)| *alias == wanted)
        .map_or(wanted.clone(), |(_, label)| (*label).to_owned());
    all.iter()
        .copied()
        .find(|v| folded(label(*v)) == wanted)
        .ok_or_else(|| ValueError::NotOneOf {
            name: name.to_owned(),
            text: text.to_owned(),
            known: all.iter().map(|v| label(*v)).collect::<Vec<_>>().join(", "),
        })
}

/// A relation kind by its label, in any case and spacing (`member_of`);
/// any other words name a kind of the map's own, kept exactly as written.
/// Text with spaces at its ends is never a built-in kind: no tool writes a
/// built-in kind so, and Powermap writes a kind of the map's own as it is
/// ("Influences " is not Influences), so the two come back apart.
pub fn relation_kind(text: &str) -> RelationKind {
    let padded = text.trim() != text;
    let wanted = folded(text);
    RelationKind::BUILT_IN
        .iter()
        .find(|k| !padded && folded(k.label()) == wanted)
        .cloned()
        .unwrap_or_else(|| RelationKind::Custom(text.to_owned()))
}

/// A whole number as Gephi writes any number: `4`, `4.0`.
pub fn whole(text: &str) -> Option<i64> {
    let value: f64 = text.trim().parse().ok()?;
    (value.fract() == 0.0 && value.abs() < 1e9).then_some(value as i64)
}

/// A whole number in a range.
fn whole_in(text: &str, range: &std::ops::RangeInclusive<u8>) -> Option<u8> {
    whole(text)
        .and_then(|v| u8::try_from(v).ok())
        .filter(|v| range.contains(v))
}

/// A score of power, interest or commitment: 1 to 5.
pub fn score(text: &str, name: &str) -> Result<u8, ValueError> {
    whole_in(text, &SCORE_RANGE).ok_or_else(|| ValueError::NotScore {
        name: name.to_owned(),
        text: text.to_owned(),
    })
}

/// The words for a relation's strengths 1, 2 and 3.
const STRENGTH_WORDS: [&str; 3] = ["Weak", "Medium", "Strong"];

/// A strength in words: "Weak", "Medium", "Strong" ("?" out of range).
pub fn strength_label(strength: u8) -> &'static str {
    usize::from(strength)
        .checked_sub(1)
        .and_then(|i| STRENGTH_WORDS.get(i))
        .copied()
        .unwrap_or("?")
}

/// A relation's strength: 1 to 3, or weak, medium, strong.
pub fn strength(text: &str, name: &str) -> Result<u8, ValueError> {
    let wanted = folded(text);
    if let Some(i) = STRENGTH_WORDS.iter().position(|w| folded(w) == wanted) {
        return Ok(i as u8 + 1);
    }
    whole_in(text, &STRENGTH_RANGE).ok_or_else(|| ValueError::NotStrength {
        name: name.to_owned(),
        text: text.to_owned(),
    })
}

/// Yes or no: `yes`, `true`, `1`; `no`, `false`, `0`; in any case.
pub fn flag(text: &str, name: &str) -> Result<bool, ValueError> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "true" | "1" => Ok(true),
        "no" | "false" | "0" => Ok(false),
        _ => Err(ValueError::NotFlag {
            name: name.to_owned(),
            text: text.to_owned(),
        }),
    }
}

/// Whether a relation goes both ways: yes or no as for [`flag`], or a
/// direction as Kumu writes it (`mutual` and `undirected` are both ways,
/// `directed` is one way).
pub fn mutual(text: &str, name: &str) -> Result<bool, ValueError> {
    match folded(text).as_str() {
        "mutual" | "undirected" | "bidirectional" | "both" => Ok(true),
        "directed" => Ok(false),
        _ => flag(text, name).map_err(|_| ValueError::NotMutual {
            name: name.to_owned(),
            text: text.to_owned(),
        }),
    }
}

/// A place on the canvas, a finite number.
pub fn coordinate(text: &str, name: &str) -> Result<f32, ValueError> {
    text.trim()
        .parse::<f32>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| ValueError::NotNumber {
            name: name.to_owned(),
            text: text.to_owned(),
        })
}

/// A list as files write it: values separated by `|`, each trimmed, blanks
/// dropped. (Commas are not separators in files: a tag may hold one.)
pub fn file_list(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A list as files write it.
pub fn join_file_list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().collect::<Vec<_>>().join("|")
}

/// A list as a user types it in a field: "media, legal" (commas or `|`).
pub fn typed_list(text: &str) -> Vec<String> {
    text.split([',', '|'])
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}
