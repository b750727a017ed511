//! The relation table: a row per relation, its ends named, a column per
//! field of the field registry, and the day of its last contact.

use std::borrow::Cow;

use egui::Color32;

use crate::i18n::{relation_choices, relation_kind, relation_value, tr, tr_with};
use crate::model::field::RelationField;
use crate::model::plan::{days_cold, last_contact};
use crate::model::{Day, Subject};

use super::collation::{Collated, Collation};
use super::{
    Derived, Edit, Map, RELATION_COLUMNS, RelationColumn, RelationId, RelationKind, Rows,
    Selection, Shown, SortKey, StakeholderId, Value, position_of,
};

#[derive(Default)]
pub(super) struct RelationRows;

impl Rows for RelationRows {
    type Id = RelationId;
    type Column = RelationColumn;
    const SALT: &'static str = "relations";
    const ROWS: &'static str = "relations";
    const COLUMNS: usize = RELATION_COLUMNS.len();

    /// The choices for a relation's ends (every stakeholder by name, in
    /// collation order) and kinds (the built-in ones, then the map's own).
    fn derive(map: &Map, collation: &mut Collation) -> Derived {
        let mut by_name: Vec<(StakeholderId, Collated)> = map
            .stakeholders()
            .map(|s| (s.id.clone(), Collated::new(s.name.clone())))
            .collect();
        by_name.sort_by(|a, b| collation.cmp(&a.1, &b.1).then_with(|| a.0.cmp(&b.0)));
        let by_name = by_name
            .into_iter()
            .map(|(id, name)| (id, name.into_text()))
            .collect();
        let mut custom: Vec<RelationKind> = map
            .relations()
            .filter(|r| matches!(r.kind, RelationKind::Custom(_)))
            .map(|r| r.kind.clone())
            .collect();
        custom.sort();
        custom.dedup();
        let kinds = RelationKind::BUILT_IN
            .iter()
            .cloned()
            .chain(custom)
            .collect();
        Derived { by_name, kinds }
    }

    fn ids(map: &Map, shown: &Shown) -> Vec<RelationId> {
        map.relations()
            .filter(|r| !shown.is_hidden(&r.from) && !shown.is_hidden(&r.to))
            .map(|r| r.id.clone())
            .collect()
    }

    fn is_dimmed(map: &Map, shown: &Shown, id: &RelationId) -> bool {
        map.relation(id)
            .is_some_and(|r| shown.is_dimmed(&r.from) || shown.is_dimmed(&r.to))
    }

    fn highlight(map: &Map, shown: &Shown, id: &RelationId) -> Option<Color32> {
        let r = map.relation(id)?;
        shown
            .coalition_colour(&r.from)
            .and(shown.coalition_colour(&r.to))
    }

    fn sort_key(map: &Map, id: &RelationId, column: usize, today: Day) -> SortKey {
        let Some(r) = map.relation(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            RelationColumn::Field(RelationField::Mutual) => SortKey::Number(i64::from(r.mutual)),
            RelationColumn::Field(RelationField::Strength) => {
                SortKey::Number(i64::from(r.strength))
            }
            RelationColumn::Field(RelationField::Confidence) => {
                SortKey::Number(r.confidence as i64)
            }
            // Never contacted first, then the longest ago.
            RelationColumn::LastContact => {
                SortKey::Number(last_contact_of(map, id, today).map_or(i64::MIN, Day::to_days))
            }
            // Built-in kinds in menu order, then the map's own by name.
            RelationColumn::Field(RelationField::Kind) => RelationKind::BUILT_IN
                .iter()
                .position(|k| *k == r.kind)
                .map_or_else(
                    || SortKey::text(relation_kind(&r.kind)),
                    |i| SortKey::Number(i as i64),
                ),
            RelationColumn::Field(_) => {
                SortKey::text(Self::cell(map, id, column, today).into_owned())
            }
        }
    }

    fn cell<'m>(map: &'m Map, id: &RelationId, column: usize, today: Day) -> Cow<'m, str> {
        let Some(r) = map.relation(id) else {
            return Cow::Borrowed("");
        };
        let name = |id: &StakeholderId| map.stakeholder(id).map_or("?", |s| s.name.as_str());
        match Self::column(column) {
            RelationColumn::Field(RelationField::From) => Cow::Borrowed(name(&r.from)),
            RelationColumn::Field(RelationField::To) => Cow::Borrowed(name(&r.to)),
            RelationColumn::Field(other) => relation_value(other, r),
            RelationColumn::LastContact => Cow::Owned(last_contact_text(map, id, today)),
        }
    }

    fn options(_map: &Map, derived: &Derived, column: usize) -> Vec<String> {
        match Self::column(column) {
            RelationColumn::Field(RelationField::From | RelationField::To) => derived
                .by_name
                .iter()
                .map(|(_, name)| name.clone())
                .collect(),
            RelationColumn::Field(RelationField::Kind) => {
                derived.kinds.iter().map(relation_kind).collect()
            }
            RelationColumn::Field(other) => relation_choices(other),
            RelationColumn::LastContact => Vec::new(),
        }
    }

    fn text(map: &Map, id: &RelationId, column: usize, today: Day) -> String {
        match (Self::column(column), map.relation(id)) {
            (RelationColumn::Field(RelationField::Note), Some(r)) => r.note.clone(),
            _ => Self::cell(map, id, column, today).into_owned(),
        }
    }

    fn chosen(map: &Map, derived: &Derived, id: &RelationId, column: usize) -> Vec<usize> {
        let Some(r) = map.relation(id) else {
            return Vec::new();
        };
        let end = |end: &StakeholderId| {
            derived
                .by_name
                .iter()
                .position(|(id, _)| id == end)
                .into_iter()
                .collect()
        };
        match Self::column(column) {
            RelationColumn::Field(RelationField::From) => end(&r.from),
            RelationColumn::Field(RelationField::To) => end(&r.to),
            RelationColumn::Field(RelationField::Kind) => position_of(&derived.kinds, &r.kind),
            RelationColumn::Field(other) => other.chosen(r),
            RelationColumn::LastContact => Vec::new(),
        }
    }

    fn edit(
        map: &Map,
        derived: &Derived,
        id: &RelationId,
        column: usize,
        value: &Value,
    ) -> Option<Edit> {
        let r = map.relation(id)?;
        let mut changed = r.clone();
        match (Self::column(column), value) {
            (RelationColumn::Field(RelationField::From), Value::Choice(i)) => {
                changed.from = derived.by_name.get(*i)?.0.clone();
            }
            (RelationColumn::Field(RelationField::To), Value::Choice(i)) => {
                changed.to = derived.by_name.get(*i)?.0.clone();
            }
            (RelationColumn::Field(RelationField::Kind), Value::Choice(i)) => {
                changed.kind = derived.kinds.get(*i)?.clone();
            }
            (RelationColumn::Field(RelationField::Note), Value::Text(text)) => {
                changed.note.clone_from(text);
            }
            (RelationColumn::Field(other), Value::Choice(i)) => other.pick(&mut changed, *i)?,
            _ => return None,
        }
        // A relation cannot go from a stakeholder to itself.
        (changed != *r && changed.from != changed.to).then_some(Edit::UpdateRelation(changed))
    }

    fn is_selected(selection: &Selection, id: &RelationId) -> bool {
        selection.contains_relation(id)
    }

    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<RelationId> {
        selection
            .relations
            .iter()
            .filter(|id| {
                map.relation(id)
                    .is_some_and(|r| !shown.is_hidden(&r.from) && !shown.is_hidden(&r.to))
            })
            .cloned()
            .collect()
    }

    fn select_only(selection: &mut Selection, id: &RelationId) {
        selection.select_only_relation(id.clone());
    }

    fn toggle(selection: &mut Selection, id: &RelationId) {
        selection.stakeholders.clear();
        selection.anchor = None;
        selection.toggle_relation(id.clone());
    }

    fn add(selection: &mut Selection, id: &RelationId) {
        selection.stakeholders.clear();
        selection.anchor = None;
        selection.relations.insert(id.clone());
    }

    fn drag_payload(_id: &RelationId, _column: usize) -> Option<StakeholderId> {
        None
    }

    fn centre_on(map: &Map, id: &RelationId) -> Option<StakeholderId> {
        map.relation(id).map(|r| r.from.clone())
    }
}

/// The day of the newest contact on a relation (or between its ends), on
/// or before `day`.
fn last_contact_of(map: &Map, id: &RelationId, day: Day) -> Option<Day> {
    last_contact(map, &Subject::Relation(id.clone()), day).map(|contact| contact.date)
}

/// "2026-09-01", "2026-06-02 (gone cold, 95 days)" or "never": gone cold
/// said in words, not by colour alone.
fn last_contact_text(map: &Map, id: &RelationId, today: Day) -> String {
    match last_contact_of(map, id, today) {
        None => tr("table-never-contacted"),
        Some(day) => match days_cold(map, day, today) {
            Some(days) => tr_with(
                "table-last-contact-cold",
                &[("date", day.to_string().into()), ("days", days.into())],
            ),
            None => day.to_string(),
        },
    }
}
