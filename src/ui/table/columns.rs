//! The table's columns: their names, widths and how each is edited, and
//! the values an edit gives a cell.

use std::cmp::Ordering;

use super::collation::{Collated, Collation};

use crate::i18n::{Translated, tr};
use crate::model::field::{RelationField, StakeholderField};

/// A column of the stakeholder table: a field of the registry, or what
/// the map says of the stakeholder (its coalitions, its relations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderColumn {
    Field(StakeholderField),
    Coalitions,
    Degree,
    /// The day of the newest contact that reaches the stakeholder.
    LastContact,
}

impl StakeholderColumn {
    /// The columns, in order.
    pub const ALL: [Self; 13] = {
        use StakeholderField as F;
        [
            Self::Field(F::Name),
            Self::Field(F::Kind),
            Self::Field(F::Stance),
            Self::Field(F::Power),
            Self::Field(F::Interest),
            Self::Field(F::Role),
            Self::Field(F::Commitment),
            Self::Field(F::Contributions),
            Self::Field(F::Expertise),
            Self::Field(F::Tags),
            Self::Coalitions,
            Self::Degree,
            Self::LastContact,
        ]
    };

    /// The field of the registry the column shows, when it is one.
    pub fn field(self) -> Option<StakeholderField> {
        match self {
            Self::Field(field) => Some(field),
            Self::Coalitions | Self::Degree | Self::LastContact => None,
        }
    }

    /// The column's heading in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Field(field) => field.translated(),
            Self::Coalitions => tr("table-column-coalitions"),
            Self::Degree => tr("table-column-degree"),
            Self::LastContact => tr("table-column-last-contact"),
        }
    }
}

/// A column of the relation table: a field of the registry, or the day
/// of its last contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationColumn {
    Field(RelationField),
    /// The day of the newest contact on the relation, marked when the
    /// relation has gone cold.
    LastContact,
}

/// The columns of the relation table, in order (the id is not shown).
pub const RELATION_COLUMNS: [RelationColumn; 8] = [
    RelationColumn::Field(RelationField::From),
    RelationColumn::Field(RelationField::Kind),
    RelationColumn::Field(RelationField::To),
    RelationColumn::Field(RelationField::Mutual),
    RelationColumn::Field(RelationField::Strength),
    RelationColumn::Field(RelationField::Confidence),
    RelationColumn::Field(RelationField::Note),
    RelationColumn::LastContact,
];

/// What the table needs to know of a column.
pub(super) trait SheetColumn: Copy + 'static {
    fn all() -> &'static [Self];
    fn label(self) -> String;
    fn width(self) -> f32;
    fn editor(self) -> Editor;
}

impl SheetColumn for StakeholderColumn {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn label(self) -> String {
        self.label()
    }
    fn width(self) -> f32 {
        use StakeholderField as F;
        match self {
            Self::Field(F::Name) => 240.0,
            Self::Field(F::Kind | F::Role) => 120.0,
            Self::Field(F::Stance) => 140.0,
            Self::Field(F::Commitment) => 96.0,
            Self::Field(F::Contributions | F::Expertise) | Self::Coalitions => 200.0,
            Self::Field(F::Tags) => 180.0,
            Self::LastContact => 130.0,
            Self::Field(_) | Self::Degree => 70.0,
        }
    }
    fn editor(self) -> Editor {
        use StakeholderField as F;
        match self {
            Self::Field(F::Name | F::Expertise | F::Tags) => Editor::Text,
            Self::Field(F::Contributions) => Editor::Flags,
            Self::Field(F::Kind | F::Stance | F::Power | F::Interest | F::Role | F::Commitment) => {
                Editor::Pick
            }
            Self::Field(_) | Self::Coalitions | Self::Degree | Self::LastContact => {
                Editor::ReadOnly
            }
        }
    }
}

impl SheetColumn for RelationColumn {
    fn all() -> &'static [Self] {
        &RELATION_COLUMNS
    }
    fn label(self) -> String {
        match self {
            Self::Field(field) => field.translated(),
            Self::LastContact => tr("table-column-last-contact"),
        }
    }
    fn width(self) -> f32 {
        use RelationField as F;
        match self {
            Self::Field(F::From | F::To) => 240.0,
            Self::Field(F::Kind) => 130.0,
            Self::Field(F::Mutual) => 70.0,
            Self::Field(F::Strength | F::Confidence) => 110.0,
            Self::Field(F::Id | F::Note) => 320.0,
            Self::LastContact => 220.0,
        }
    }
    fn editor(self) -> Editor {
        use RelationField as F;
        match self {
            Self::Field(F::Note) => Editor::Text,
            Self::Field(F::Id) | Self::LastContact => Editor::ReadOnly,
            Self::Field(_) => Editor::Pick,
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
    Text(Collated),
}

impl SortKey {
    /// A text's key.
    pub(super) fn text(text: String) -> Self {
        Self::Text(Collated::new(text))
    }

    pub(super) fn cmp(&self, other: &Self, collation: &mut Collation) -> Ordering {
        match (self, other) {
            (Self::Number(a), Self::Number(b)) => a.cmp(b),
            (Self::Number(_), Self::Text(_)) => Ordering::Less,
            (Self::Text(_), Self::Number(_)) => Ordering::Greater,
            (Self::Text(a), Self::Text(b)) => collation.cmp(a, b),
        }
    }
}
