//! A row of the stakeholders file read into a stakeholder, a row of the
//! relations file into a relation, each value by the rules of
//! [`crate::model::field`].

use std::collections::{HashMap, HashSet};

use super::RowProblem;
use super::table::{Row, Table};
use crate::exchange::strengths;
use crate::model::field::{RelationField, StakeholderField, coordinate};
use crate::model::{
    Kind, Position, Relation, RelationId, RelationKind, Stakeholder, StakeholderId,
};

/// The fields read from a stakeholder's row, in the order their problems
/// are reported (the name, id and place are read apart).
const STAKEHOLDER_VALUES: [StakeholderField; 12] = [
    StakeholderField::Kind,
    StakeholderField::Stance,
    StakeholderField::Role,
    StakeholderField::Power,
    StakeholderField::Interest,
    StakeholderField::Commitment,
    StakeholderField::Contributions,
    StakeholderField::Expertise,
    StakeholderField::Tags,
    StakeholderField::Notes,
    StakeholderField::ConfidentialNotes,
    StakeholderField::Pinned,
];

/// A row's stakeholder, and whether the row gives its position.
pub(super) fn stakeholder_of(
    table: &Table<StakeholderField>,
    row: &Row,
) -> Result<(Stakeholder, bool), RowProblem> {
    if table.line(row, StakeholderField::Name)?.is_empty() {
        return Err(RowProblem::NoName);
    }
    // The name as written, spaces and all, so a map's names come back
    // exactly; they are matched trimmed.
    let name = table.text(row, StakeholderField::Name)?;
    let id = StakeholderId::new(table.line(row, StakeholderField::Id)?);
    let mut s = Stakeholder::new(id, name, Kind::Other);
    table.line(row, StakeholderField::Kind)?;
    for field in STAKEHOLDER_VALUES {
        field.read(&mut s, table.text(row, field)?, field.column())?;
    }
    let x = table.cell(row, StakeholderField::X)?;
    let y = table.cell(row, StakeholderField::Y)?;
    let placed = !(x.is_empty() && y.is_empty());
    if placed {
        let (x_name, y_name) = (StakeholderField::X.column(), StakeholderField::Y.column());
        s.position = Position::new(coordinate(x, x_name)?, coordinate(y, y_name)?).normalized();
    }
    s.normalize();
    Ok((s, placed))
}

/// The fields read from a relation's row (its ends are found apart).
const RELATION_VALUES: [RelationField; 6] = [
    RelationField::Id,
    RelationField::Kind,
    RelationField::Mutual,
    RelationField::Strength,
    RelationField::Confidence,
    RelationField::Note,
];

/// A row's relation. With `scaled_strength`, the Strength column is on a
/// scale of another tool's, read apart (see [`numbered_strengths`]).
pub(super) fn relation_of(
    table: &Table<RelationField>,
    row: &Row,
    names: &Names,
    scaled_strength: bool,
) -> Result<Relation, RowProblem> {
    let end = |field: RelationField| -> Result<StakeholderId, RowProblem> {
        let text = table.line(row, field)?;
        let column = field.column();
        if text.is_empty() {
            return Err(RowProblem::NoEnd { column });
        }
        names.find(text).ok_or_else(|| RowProblem::UnknownEnd {
            column,
            text: text.to_owned(),
        })
    };
    let (from, to) = (end(RelationField::From)?, end(RelationField::To)?);
    if from == to {
        return Err(RowProblem::SameEnds);
    }
    let mut r = Relation::new(RelationId::new(""), from, to, RelationKind::Influences);
    table.line(row, RelationField::Id)?;
    table.line(row, RelationField::Kind)?;
    for field in RELATION_VALUES {
        if scaled_strength && field == RelationField::Strength {
            continue;
        }
        field.read(&mut r, table.text(row, field)?, field.column())?;
    }
    Ok(r)
}

/// Whether the Strength column is numbers on a scale of another tool's
/// (Kumu's strength is any number): every value a number, and one at
/// least not a Powermap strength of 1 to 3.
pub(super) fn numbered_strengths(table: &Table<RelationField>) -> bool {
    let mut beyond = false;
    for row in &table.rows {
        let Ok(cell) = table.cell(row, RelationField::Strength) else {
            continue;
        };
        if cell.trim().is_empty() {
            continue;
        }
        match strengths::number(cell) {
            Some(value) => beyond |= !strengths::is_strength(value),
            None => return false,
        }
    }
    beyond
}

/// Finds a stakeholder of the file by id, or else by label ignoring case
/// when only one has it.
pub(super) struct Names {
    ids: HashSet<StakeholderId>,
    labels: HashMap<String, Option<StakeholderId>>,
}

impl Names {
    pub fn of(stakeholders: &[Stakeholder]) -> Self {
        let mut labels: HashMap<String, Option<StakeholderId>> = HashMap::new();
        for s in stakeholders {
            labels
                .entry(s.name.trim().to_lowercase())
                .and_modify(|found| *found = None)
                .or_insert_with(|| Some(s.id.clone()));
        }
        Self {
            ids: stakeholders.iter().map(|s| s.id.clone()).collect(),
            labels,
        }
    }

    fn find(&self, text: &str) -> Option<StakeholderId> {
        let id = StakeholderId::new(text);
        if self.ids.contains(&id) {
            return Some(id);
        }
        self.labels.get(&text.to_lowercase()).cloned().flatten()
    }
}
