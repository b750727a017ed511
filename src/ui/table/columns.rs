//! The table's columns: their names, widths and how each is edited, and
//! the values an edit gives a cell.

use std::cmp::Ordering;

use feruca::Collator;

use crate::model::field::{RelationField, StakeholderField};

/// The columns of the stakeholder table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderColumn {
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
    Coalitions,
    Degree,
}

impl StakeholderColumn {
    pub const ALL: [Self; 12] = [
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
        Self::Coalitions,
        Self::Degree,
    ];

    /// The field of the registry the column shows, when it is one.
    pub fn field(self) -> Option<StakeholderField> {
        Some(match self {
            Self::Name => StakeholderField::Name,
            Self::Kind => StakeholderField::Kind,
            Self::Stance => StakeholderField::Stance,
            Self::Power => StakeholderField::Power,
            Self::Interest => StakeholderField::Interest,
            Self::Role => StakeholderField::Role,
            Self::Commitment => StakeholderField::Commitment,
            Self::Contributions => StakeholderField::Contributions,
            Self::Expertise => StakeholderField::Expertise,
            Self::Tags => StakeholderField::Tags,
            Self::Coalitions | Self::Degree => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Coalitions => "Coalitions",
            Self::Degree => "Degree",
            field => field.field().map_or("", StakeholderField::label),
        }
    }
}

/// The columns of the relation table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationColumn {
    From,
    Kind,
    To,
    Mutual,
    Strength,
    Confidence,
    Note,
}

impl RelationColumn {
    pub const ALL: [Self; 7] = [
        Self::From,
        Self::Kind,
        Self::To,
        Self::Mutual,
        Self::Strength,
        Self::Confidence,
        Self::Note,
    ];

    /// The field of the registry the column shows.
    pub fn field(self) -> RelationField {
        match self {
            Self::From => RelationField::From,
            Self::Kind => RelationField::Kind,
            Self::To => RelationField::To,
            Self::Mutual => RelationField::Mutual,
            Self::Strength => RelationField::Strength,
            Self::Confidence => RelationField::Confidence,
            Self::Note => RelationField::Note,
        }
    }

    pub fn label(self) -> &'static str {
        self.field().label()
    }
}

/// What the table needs to know of a column.
pub(super) trait SheetColumn: Copy + 'static {
    fn all() -> &'static [Self];
    fn label(self) -> &'static str;
    fn width(self) -> f32;
    fn editor(self) -> Editor;
}

impl SheetColumn for StakeholderColumn {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn label(self) -> &'static str {
        self.label()
    }
    fn width(self) -> f32 {
        match self {
            Self::Name => 240.0,
            Self::Kind | Self::Role => 120.0,
            Self::Stance => 140.0,
            Self::Power | Self::Interest | Self::Degree => 70.0,
            Self::Commitment => 96.0,
            Self::Contributions | Self::Expertise | Self::Coalitions => 200.0,
            Self::Tags => 180.0,
        }
    }
    fn editor(self) -> Editor {
        match self {
            Self::Name | Self::Expertise | Self::Tags => Editor::Text,
            Self::Kind
            | Self::Stance
            | Self::Power
            | Self::Interest
            | Self::Role
            | Self::Commitment => Editor::Pick,
            Self::Contributions => Editor::Flags,
            Self::Coalitions | Self::Degree => Editor::ReadOnly,
        }
    }
}

impl SheetColumn for RelationColumn {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn label(self) -> &'static str {
        self.label()
    }
    fn width(self) -> f32 {
        match self {
            Self::From | Self::To => 240.0,
            Self::Kind => 130.0,
            Self::Mutual => 70.0,
            Self::Strength | Self::Confidence => 110.0,
            Self::Note => 320.0,
        }
    }
    fn editor(self) -> Editor {
        match self {
            Self::Note => Editor::Text,
            _ => Editor::Pick,
        }
    }
}

/// How a cell is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Editor {
    ReadOnly,
    /// Typed text.
    Text,
    /// One of a list: typing its number or first letter picks it.
    Pick,
    /// Any of a list, each switched on or off (one undo step per switch).
    Flags,
}

/// A new value for a cell.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Value {
    Text(String),
    /// The index of a choice in the column's options.
    Choice(usize),
    /// Switch one option of a `Flags` column on or off.
    Flag(usize, bool),
    /// Add items to a list column (tags, expertise), keeping the others.
    AddToList(String),
}

/// What a column sorts by: numbers as numbers, choices in their own order,
/// text by the collation of the Unicode Collation Algorithm ("Église"
/// with the E's, case and accents second), numbers first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum SortKey {
    Number(i64),
    Text(String),
}

impl SortKey {
    pub(super) fn cmp(&self, other: &Self, collator: &mut Collator) -> Ordering {
        match (self, other) {
            (Self::Number(a), Self::Number(b)) => a.cmp(b),
            (Self::Number(_), Self::Text(_)) => Ordering::Less,
            (Self::Text(_), Self::Number(_)) => Ordering::Greater,
            (Self::Text(a), Self::Text(b)) => collator.collate(a.as_str(), b.as_str()),
        }
    }
}
