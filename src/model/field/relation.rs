//! The fields of a relation, in the order CSV files list them.

use std::borrow::Cow;

use super::named;
use super::text::{FlagWords, ValueError, choice, mutual, relation_kind, strength, strength_label};
use crate::model::{Confidence, Relation, RelationId, STRENGTH_RANGE, StakeholderId};

/// One field of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationField {
    Id,
    From,
    To,
    Kind,
    Mutual,
    Strength,
    Confidence,
    Note,
}

impl RelationField {
    /// Every field, in the order a CSV file's columns are written.
    pub const ALL: [Self; 8] = [
        Self::Id,
        Self::From,
        Self::To,
        Self::Kind,
        Self::Mutual,
        Self::Strength,
        Self::Confidence,
        Self::Note,
    ];

    /// The field's name in map files, and so in diff and merge.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::From => "from",
            Self::To => "to",
            Self::Kind => "kind",
            Self::Mutual => "mutual",
            Self::Strength => "strength",
            Self::Confidence => "confidence",
            Self::Note => "note",
        }
    }

    /// The id of the `<key>` a GraphML file declares for the field (edge
    /// keys are apart from node keys: `e_kind`); its `attr.name` is the
    /// [`key`](Self::key).
    pub const fn graphml_key(self) -> &'static str {
        match self {
            Self::Id => "e_id",
            Self::From => "e_from",
            Self::To => "e_to",
            Self::Kind => "e_kind",
            Self::Mutual => "e_mutual",
            Self::Strength => "e_strength",
            Self::Confidence => "e_confidence",
            Self::Note => "e_note",
        }
    }

    /// The field's column in a CSV file (`Type` for the kind).
    pub const fn column(self) -> &'static str {
        match self {
            Self::Kind => "Type",
            other => other.label(),
        }
    }

    /// The field in the words users see, in sentence case.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Id => "Id",
            Self::From => "From",
            Self::To => "To",
            Self::Kind => "Kind",
            Self::Mutual => "Mutual",
            Self::Strength => "Strength",
            Self::Confidence => "Confidence",
            Self::Note => "Note",
        }
    }

    /// Every name a CSV column or a GraphML attribute may give the field,
    /// folded: ours and those of other tools.
    const fn names(self) -> &'static [&'static str] {
        match self {
            Self::Id => &["id", "edgeid"],
            Self::From => &["from", "source"],
            Self::To => &["to", "target"],
            Self::Kind => &["kind", "type", "relationkind", "relation", "interaction"],
            // Kumu's connections say `Direction`: directed, mutual or undirected.
            Self::Mutual => &["mutual", "bidirectional", "direction"],
            Self::Strength => &["strength"],
            Self::Confidence => &["confidence"],
            Self::Note => &["note", "notes", "description", "comment", "comments"],
        }
    }

    /// The field a CSV column or GraphML attribute of this name fills, in
    /// any case, with or without spaces and punctuation.
    pub fn named(name: &str) -> Option<Self> {
        named(&Self::ALL, Self::names, name)
    }

    /// The field whose [`key`](Self::key) this is.
    pub fn by_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The field's value as files write it: ends by id, the kind and the
    /// confidence by their label, yes and no in the file's words.
    pub fn write(self, r: &Relation, flags: FlagWords) -> Cow<'_, str> {
        match self {
            Self::Id => Cow::Borrowed(r.id.as_str()),
            Self::From => Cow::Borrowed(r.from.as_str()),
            Self::To => Cow::Borrowed(r.to.as_str()),
            Self::Kind => Cow::Borrowed(r.kind.label()),
            Self::Mutual => Cow::Borrowed(flags.write(r.mutual)),
            Self::Strength => Cow::Owned(r.strength.to_string()),
            Self::Confidence => Cow::Borrowed(r.confidence.label()),
            Self::Note => Cow::Borrowed(&r.note),
        }
    }

    /// Reads `text` into the field; `name` is the field as the file names
    /// it. The note is taken as written, spaces and all; any other blank
    /// text is a value not given, and changes nothing. Ends are read as ids
    /// (a CSV file may name them by label: the reader finds those). A kind
    /// that is not built in is a kind of the map's own.
    pub fn read(self, r: &mut Relation, text: &str, name: &str) -> Result<(), ValueError> {
        if self == Self::Note {
            text.clone_into(&mut r.note);
        }
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(());
        }
        match self {
            Self::Id => r.id = RelationId::new(trimmed),
            Self::From => r.from = StakeholderId::new(trimmed),
            Self::To => r.to = StakeholderId::new(trimmed),
            Self::Kind => r.kind = relation_kind(text),
            Self::Mutual => r.mutual = mutual(trimmed, name)?,
            Self::Strength => r.strength = strength(trimmed, name)?,
            Self::Confidence => {
                r.confidence = choice(trimmed, Confidence::ALL, Confidence::label, name)?;
            }
            Self::Note => {}
        }
        Ok(())
    }

    /// The value as the table shows it, but the ends (named by the map):
    /// strength in words, the note's first line.
    pub fn shown(self, r: &Relation) -> Cow<'_, str> {
        match self {
            Self::Mutual => Cow::Borrowed(if r.mutual { "Yes" } else { "No" }),
            Self::Strength => Cow::Borrowed(strength_label(r.strength)),
            Self::Note => Cow::Borrowed(r.note.lines().next().unwrap_or("")),
            other => other.write(r, FlagWords::YesNo),
        }
    }

    /// The choices of the fields picked from a fixed list (mutual,
    /// strength, confidence); empty for the others.
    pub fn choices(self) -> Vec<String> {
        match self {
            Self::Mutual => vec!["No".to_owned(), "Yes".to_owned()],
            Self::Strength => STRENGTH_RANGE
                .map(|s| strength_label(s).to_owned())
                .collect(),
            Self::Confidence => Confidence::ALL
                .iter()
                .map(|c| c.label().to_owned())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The index in [`choices`](Self::choices) of the relation's choice.
    pub fn chosen(self, r: &Relation) -> Vec<usize> {
        match self {
            Self::Mutual => vec![usize::from(r.mutual)],
            Self::Strength => vec![usize::from(r.strength.saturating_sub(1))],
            Self::Confidence => Confidence::ALL
                .iter()
                .position(|c| *c == r.confidence)
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Picks the choice at `index`; `None` when there is none there.
    pub fn pick(self, r: &mut Relation, index: usize) -> Option<()> {
        match self {
            Self::Mutual => r.mutual = index == 1,
            Self::Strength => {
                let strength = u8::try_from(index + 1).ok()?;
                if !STRENGTH_RANGE.contains(&strength) {
                    return None;
                }
                r.strength = strength;
            }
            Self::Confidence => r.confidence = *Confidence::ALL.get(index)?,
            _ => return None,
        }
        Some(())
    }

    /// The label of a choice as map files (serde) write it.
    pub fn choice_label(self, written: &str) -> Option<&'static str> {
        match self {
            Self::Confidence => choice(written, Confidence::ALL, Confidence::label, "")
                .ok()
                .map(Confidence::label),
            _ => None,
        }
    }
}
