//! The fields of a stakeholder, in the order CSV files list them.

use std::borrow::Cow;

use super::named;
use super::text::{
    FlagWords, ValueError, choice, coordinate, file_list, flag, join_file_list, score, typed_list,
};
use crate::model::{Contribution, Kind, Role, SCORE_RANGE, Stakeholder, StakeholderId, Stance};

/// One field of a stakeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StakeholderField {
    Id,
    Name,
    Kind,
    Stance,
    Power,
    Interest,
    Role,
    Commitment,
    Contributions,
    Expertise,
    Tags,
    Notes,
    ConfidentialNotes,
    X,
    Y,
    Pinned,
}

/// The static text of the scores, so a table row allocates nothing for them.
const SCORE_TEXT: [&str; 6] = ["0", "1", "2", "3", "4", "5"];

fn score_text(score: u8) -> Cow<'static, str> {
    SCORE_TEXT
        .get(usize::from(score))
        .map_or_else(|| Cow::Owned(score.to_string()), |t| Cow::Borrowed(*t))
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|&v| label(v).to_owned()).collect()
}

fn position_of<T: PartialEq>(all: &[T], value: &T) -> Vec<usize> {
    all.iter().position(|v| v == value).into_iter().collect()
}

impl StakeholderField {
    /// Every field, in the order a CSV file's columns are written.
    pub const ALL: [Self; 16] = [
        Self::Id,
        Self::Name,
        Self::Kind,
        Self::Stance,
        Self::Power,
        Self::Interest,
        Self::Role,
        Self::Commitment,
        Self::Contributions,
        Self::Expertise,
        Self::Tags,
        Self::Notes,
        Self::ConfidentialNotes,
        Self::X,
        Self::Y,
        Self::Pinned,
    ];

    /// The field's name in map files, and so in diff and merge; the
    /// attribute a GraphML file gives it (but the name, which GraphML
    /// tools call `label`).
    pub const fn key(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Name => "name",
            Self::Kind => "kind",
            Self::Stance => "stance",
            Self::Power => "power",
            Self::Interest => "interest",
            Self::Role => "role",
            Self::Commitment => "commitment",
            Self::Contributions => "contributions",
            Self::Expertise => "expertise",
            Self::Tags => "tags",
            Self::Notes => "notes",
            Self::ConfidentialNotes => "confidential_notes",
            Self::X => "x",
            Self::Y => "y",
            Self::Pinned => "pinned",
        }
    }

    /// The attribute GraphML files give the field (Gephi shows a node's
    /// `label`).
    pub const fn graphml_key(self) -> &'static str {
        match self {
            Self::Name => "label",
            other => other.key(),
        }
    }

    /// The field's column in a CSV file, in the convention of spreadsheet
    /// mapping tools (`Label`, `Type`).
    pub const fn column(self) -> &'static str {
        match self {
            Self::Name => "Label",
            Self::Kind => "Type",
            other => other.label(),
        }
    }

    /// The field in the words users see, in sentence case.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::Kind => "Kind",
            Self::Stance => "Stance",
            Self::Power => "Power",
            Self::Interest => "Interest",
            Self::Role => "Role",
            Self::Commitment => "Commitment",
            Self::Contributions => "Contributions",
            Self::Expertise => "Expertise",
            Self::Tags => "Tags",
            Self::Notes => "Notes",
            Self::ConfidentialNotes => "Confidential notes",
            Self::X => "X",
            Self::Y => "Y",
            Self::Pinned => "Pinned",
        }
    }

    /// Every name a CSV column or a GraphML attribute may give the field,
    /// [`folded`](super::folded): ours and those of other tools.
    const fn names(self) -> &'static [&'static str] {
        match self {
            Self::Id => &["id", "nodeid"],
            Self::Name => &["label", "name", "nodelabel"],
            Self::Kind => &["kind", "type", "category"],
            Self::Stance => &["stance"],
            Self::Power => &["power", "influence"],
            Self::Interest => &["interest"],
            Self::Role => &["role", "coalitionrole"],
            Self::Commitment => &["commitment"],
            Self::Contributions => &["contributions", "contribution"],
            Self::Expertise => &["expertise"],
            Self::Tags => &["tags", "tag"],
            Self::Notes => &["notes", "note", "description", "comment", "comments"],
            Self::ConfidentialNotes => &["confidentialnotes", "confidential", "notesconfidential"],
            Self::X => &["x"],
            Self::Y => &["y"],
            Self::Pinned => &["pinned"],
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

    /// The field's value as files write it: choices by their label, lists
    /// separated by `|`, yes and no in the file's words.
    pub fn write(self, s: &Stakeholder, flags: FlagWords) -> Cow<'_, str> {
        match self {
            Self::Contributions => {
                Cow::Owned(join_file_list(s.contributions.iter().map(|c| c.label())))
            }
            Self::Expertise => Cow::Owned(join_file_list(s.expertise.iter().map(String::as_str))),
            Self::Tags => Cow::Owned(join_file_list(s.tags.iter().map(String::as_str))),
            Self::X => Cow::Owned(s.position.x.to_string()),
            Self::Y => Cow::Owned(s.position.y.to_string()),
            Self::Pinned => Cow::Borrowed(flags.write(s.pinned)),
            Self::Notes => Cow::Borrowed(&s.notes),
            Self::ConfidentialNotes => Cow::Borrowed(&s.confidential_notes),
            other => other.shown(s),
        }
    }

    /// Reads `text` into the field; `name` is the field as the file names
    /// it, for the message when the text is not a value. Notes are taken
    /// as written, spaces and all; any other blank text is a value not
    /// given, and changes nothing; other values are trimmed.
    pub fn read(self, s: &mut Stakeholder, text: &str, name: &str) -> Result<(), ValueError> {
        match self {
            Self::Notes => text.clone_into(&mut s.notes),
            Self::ConfidentialNotes => text.clone_into(&mut s.confidential_notes),
            _ => {}
        }
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(());
        }
        match self {
            Self::Id => s.id = StakeholderId::new(trimmed),
            // As written: a name's spaces are the map's (a spreadsheet's
            // and GraphML's line breaks are refused before it comes here).
            Self::Name => text.clone_into(&mut s.name),
            Self::Kind => s.kind = choice(trimmed, Kind::ALL, Kind::label, name)?,
            Self::Stance => s.stance = choice(trimmed, Stance::ALL, Stance::label, name)?,
            Self::Role => s.role = choice(trimmed, Role::ALL, Role::label, name)?,
            Self::Power => s.power = score(trimmed, name)?,
            Self::Interest => s.interest = score(trimmed, name)?,
            Self::Commitment => s.commitment = score(trimmed, name)?,
            Self::Contributions => {
                let mut contributions = Vec::new();
                for text in file_list(trimmed) {
                    let c = choice(&text, Contribution::ALL, Contribution::label, name)?;
                    if !contributions.contains(&c) {
                        contributions.push(c);
                    }
                }
                s.contributions = contributions;
            }
            Self::Expertise => s.expertise = file_list(trimmed),
            Self::Tags => s.tags = file_list(trimmed),
            Self::Notes | Self::ConfidentialNotes => {}
            Self::X => s.position.x = coordinate(trimmed, name)?,
            Self::Y => s.position.y = coordinate(trimmed, name)?,
            Self::Pinned => s.pinned = flag(trimmed, name)?,
        }
        Ok(())
    }

    /// The value as the table and inspector show it: lists separated by
    /// commas, notes whole.
    pub fn shown(self, s: &Stakeholder) -> Cow<'_, str> {
        fn joined(items: &[String]) -> Cow<'_, str> {
            match items {
                [] => Cow::Borrowed(""),
                [one] => Cow::Borrowed(one.as_str()),
                _ => Cow::Owned(items.join(", ")),
            }
        }
        match self {
            Self::Id => Cow::Borrowed(s.id.as_str()),
            Self::Name => Cow::Borrowed(&s.name),
            Self::Kind => Cow::Borrowed(s.kind.label()),
            Self::Stance => Cow::Borrowed(s.stance.label()),
            Self::Role => Cow::Borrowed(s.role.label()),
            Self::Power => score_text(s.power),
            Self::Interest => score_text(s.interest),
            Self::Commitment => score_text(s.commitment),
            Self::Contributions => match s.contributions.as_slice() {
                [] => Cow::Borrowed(""),
                [one] => Cow::Borrowed(one.label()),
                all => Cow::Owned(all.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")),
            },
            Self::Expertise => joined(&s.expertise),
            Self::Tags => joined(&s.tags),
            Self::Notes => Cow::Borrowed(&s.notes),
            Self::ConfidentialNotes => Cow::Borrowed(&s.confidential_notes),
            Self::X => Cow::Owned(s.position.x.to_string()),
            Self::Y => Cow::Owned(s.position.y.to_string()),
            Self::Pinned => Cow::Borrowed(if s.pinned { "Yes" } else { "No" }),
        }
    }

    /// Sets the field from what a user typed: a name must not be blank,
    /// lists are separated by commas. Returns whether the text is allowed.
    pub fn set_typed(self, s: &mut Stakeholder, text: &str) -> bool {
        match self {
            Self::Name => {
                let name = text.trim();
                if name.is_empty() {
                    return false;
                }
                name.clone_into(&mut s.name);
            }
            Self::Expertise => s.expertise = typed_list(text),
            Self::Tags => s.tags = typed_list(text),
            Self::Notes => text.clone_into(&mut s.notes),
            Self::ConfidentialNotes => text.clone_into(&mut s.confidential_notes),
            _ => return false,
        }
        true
    }

    /// Adds typed items to a list field (tags, expertise), keeping the others.
    pub fn add_typed(self, s: &mut Stakeholder, text: &str) -> bool {
        match self {
            Self::Expertise => s.expertise.extend(typed_list(text)),
            Self::Tags => s.tags.extend(typed_list(text)),
            _ => return false,
        }
        true
    }

    /// Whether the field holds a list of free text (tags, expertise).
    pub fn is_list(self) -> bool {
        matches!(self, Self::Expertise | Self::Tags)
    }

    /// The choices of a field picked from a list, in their own order; empty
    /// for the others.
    pub fn choices(self) -> Vec<String> {
        match self {
            Self::Kind => labels(Kind::ALL, Kind::label),
            Self::Stance => labels(Stance::ALL, Stance::label),
            Self::Role => labels(Role::ALL, Role::label),
            Self::Power | Self::Interest | Self::Commitment => {
                SCORE_RANGE.map(|s| s.to_string()).collect()
            }
            Self::Contributions => labels(Contribution::ALL, Contribution::label),
            _ => Vec::new(),
        }
    }

    /// The index in [`choices`](Self::choices) of the stakeholder's
    /// choice (all of them, for contributions).
    pub fn chosen(self, s: &Stakeholder) -> Vec<usize> {
        let score = |v: u8| vec![usize::from(v.saturating_sub(1))];
        match self {
            Self::Kind => position_of(Kind::ALL, &s.kind),
            Self::Stance => position_of(Stance::ALL, &s.stance),
            Self::Role => position_of(Role::ALL, &s.role),
            Self::Power => score(s.power),
            Self::Interest => score(s.interest),
            Self::Commitment => score(s.commitment),
            Self::Contributions => Contribution::ALL
                .iter()
                .enumerate()
                .filter(|(_, c)| s.contributions.contains(c))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// A place in the order of the field's choices, for sorting.
    pub fn rank(self, s: &Stakeholder) -> Option<i64> {
        match self {
            Self::Kind => Some(s.kind as i64),
            Self::Stance => Some(s.stance as i64),
            Self::Role => Some(s.role as i64),
            Self::Power => Some(i64::from(s.power)),
            Self::Interest => Some(i64::from(s.interest)),
            Self::Commitment => Some(i64::from(s.commitment)),
            _ => None,
        }
    }

    /// Picks the choice at `index`; `None` when there is none there.
    pub fn pick(self, s: &mut Stakeholder, index: usize) -> Option<()> {
        let score = || {
            let score = u8::try_from(index + 1).ok()?;
            SCORE_RANGE.contains(&score).then_some(score)
        };
        match self {
            Self::Kind => s.kind = *Kind::ALL.get(index)?,
            Self::Stance => s.stance = *Stance::ALL.get(index)?,
            Self::Role => s.role = *Role::ALL.get(index)?,
            Self::Power => s.power = score()?,
            Self::Interest => s.interest = score()?,
            Self::Commitment => s.commitment = score()?,
            _ => return None,
        }
        Some(())
    }

    /// Switches the contribution at `index` on or off.
    pub fn switch(self, s: &mut Stakeholder, index: usize, on: bool) -> Option<()> {
        if self != Self::Contributions {
            return None;
        }
        let contribution = *Contribution::ALL.get(index)?;
        s.contributions.retain(|c| *c != contribution);
        if on {
            s.contributions.push(contribution);
        }
        Some(())
    }

    /// The label of a choice as map files (serde) write it: `ActiveAlly`
    /// is "Active ally". `None` when the field has no such choice.
    pub fn choice_label(self, written: &str) -> Option<&'static str> {
        fn label_of<T: Copy>(
            written: &str,
            all: &[T],
            label: fn(T) -> &'static str,
        ) -> Option<&'static str> {
            choice(written, all, label, "").ok().map(label)
        }
        match self {
            Self::Kind => label_of(written, Kind::ALL, Kind::label),
            Self::Stance => label_of(written, Stance::ALL, Stance::label),
            Self::Role => label_of(written, Role::ALL, Role::label),
            Self::Contributions => label_of(written, Contribution::ALL, Contribution::label),
            _ => None,
        }
    }
}
