//! The stakeholder table: a row per stakeholder, a column per field of
//! the field registry, and its coalitions and degree.

use std::borrow::Cow;

use egui::Color32;

use super::{
    Derived, Edit, Map, Rows, Selection, Shown, SortKey, StakeholderColumn, StakeholderId, Value,
};
use crate::i18n::{stakeholder_choices, stakeholder_value, tr};
use crate::model::Day;
use crate::model::field::StakeholderField;
use crate::model::plan::stakeholder_last_contact;

pub(super) fn position_of<T: PartialEq>(all: &[T], value: &T) -> Vec<usize> {
    all.iter().position(|v| v == value).into_iter().collect()
}

#[derive(Default)]
pub(super) struct StakeholderRows;

impl StakeholderRows {
    /// The registry's field shown in a column, when it is one.
    fn field(column: usize) -> Option<StakeholderField> {
        Self::column(column).field()
    }
}

impl Rows for StakeholderRows {
    type Id = StakeholderId;
    type Column = StakeholderColumn;
    const SALT: &'static str = "stakeholders";
    const ROWS: &'static str = "stakeholders";
    const COLUMNS: usize = StakeholderColumn::ALL.len();

    fn ids(map: &Map, shown: &Shown) -> Vec<StakeholderId> {
        map.stakeholders()
            .filter(|s| !shown.is_hidden(&s.id))
            .map(|s| s.id.clone())
            .collect()
    }

    fn is_dimmed(_map: &Map, shown: &Shown, id: &StakeholderId) -> bool {
        shown.is_dimmed(id)
    }

    fn highlight(_map: &Map, shown: &Shown, id: &StakeholderId) -> Option<Color32> {
        shown.coalition_colour(id)
    }

    fn sort_key(map: &Map, id: &StakeholderId, column: usize, today: Day) -> SortKey {
        let Some(s) = map.stakeholder(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            StakeholderColumn::Degree => SortKey::Number(degree(map, id) as i64),
            // Never contacted first, then the longest ago.
            StakeholderColumn::LastContact => SortKey::Number(
                stakeholder_last_contact(map, id, today).map_or(i64::MIN, Day::to_days),
            ),
            other => match other.field().and_then(|f| f.rank(s)) {
                Some(rank) => SortKey::Number(rank),
                None => SortKey::text(Self::cell(map, id, column, today).into_owned()),
            },
        }
    }

    fn cell<'m>(map: &'m Map, id: &StakeholderId, column: usize, today: Day) -> Cow<'m, str> {
        let Some(s) = map.stakeholder(id) else {
            return Cow::Borrowed("");
        };
        match Self::column(column) {
            StakeholderColumn::Coalitions => {
                let names: Vec<&str> = map.coalitions_of(id).map(|c| c.name.as_str()).collect();
                match names.as_slice() {
                    [] => Cow::Borrowed(""),
                    [one] => Cow::Borrowed(one),
                    _ => Cow::Owned(names.join(", ")),
                }
            }
            StakeholderColumn::Degree => Cow::Owned(degree(map, id).to_string()),
            StakeholderColumn::LastContact => Cow::Owned(
                stakeholder_last_contact(map, id, today)
                    .map_or_else(|| tr("table-never-contacted"), |day| day.to_string()),
            ),
            StakeholderColumn::Field(field) => stakeholder_value(field, s),
        }
    }

    fn options(_map: &Map, _derived: &Derived, column: usize) -> Vec<String> {
        Self::field(column).map_or_else(Vec::new, stakeholder_choices)
    }

    fn text(map: &Map, id: &StakeholderId, column: usize, today: Day) -> String {
        Self::cell(map, id, column, today).into_owned()
    }

    fn chosen(map: &Map, _derived: &Derived, id: &StakeholderId, column: usize) -> Vec<usize> {
        match (map.stakeholder(id), Self::field(column)) {
            (Some(s), Some(field)) => field.chosen(s),
            _ => Vec::new(),
        }
    }

    fn edit(
        map: &Map,
        _derived: &Derived,
        id: &StakeholderId,
        column: usize,
        value: &Value,
    ) -> Option<Edit> {
        let s = map.stakeholder(id)?;
        let field = Self::field(column)?;
        let mut changed = s.clone();
        let allowed = match value {
            Value::Text(text) => field.set_typed(&mut changed, text),
            Value::AddToList(text) => field.add_typed(&mut changed, text),
            Value::Choice(i) => field.pick(&mut changed, *i).is_some(),
            Value::Flag(i, on) => field.switch(&mut changed, *i, *on).is_some(),
        };
        if !allowed {
            return None;
        }
        changed.normalize();
        let mut original = s.clone();
        original.normalize();
        (changed != original).then_some(Edit::UpdateStakeholder(changed))
    }

    fn is_selected(selection: &Selection, id: &StakeholderId) -> bool {
        selection.contains_stakeholder(id)
    }

    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<StakeholderId> {
        selection
            .stakeholders
            .iter()
            .filter(|id| map.stakeholder(id).is_some() && !shown.is_hidden(id))
            .cloned()
            .collect()
    }

    fn select_only(selection: &mut Selection, id: &StakeholderId) {
        selection.select_only_stakeholder(id.clone());
    }

    fn toggle(selection: &mut Selection, id: &StakeholderId) {
        selection.relations.clear();
        selection.toggle_stakeholder(id.clone());
    }

    fn add(selection: &mut Selection, id: &StakeholderId) {
        selection.relations.clear();
        if !selection.contains_stakeholder(id) {
            selection.toggle_stakeholder(id.clone());
        }
    }

    fn drag_payload(id: &StakeholderId, column: usize) -> Option<StakeholderId> {
        (column == 0).then(|| id.clone())
    }

    fn centre_on(_map: &Map, id: &StakeholderId) -> Option<StakeholderId> {
        Some(id.clone())
    }

    fn is_list(column: usize) -> bool {
        Self::field(column).is_some_and(StakeholderField::is_list)
    }
}

pub(super) fn degree(map: &Map, id: &StakeholderId) -> usize {
    map.node_index(id).map_or(0, |node| {
        map.graph()
            .edges_directed(node, petgraph::Direction::Outgoing)
            .count()
            + map
                .graph()
                .edges_directed(node, petgraph::Direction::Incoming)
                .count()
    })
}
