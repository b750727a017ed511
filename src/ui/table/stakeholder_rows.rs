//! The stakeholder table: a row per stakeholder, a column per field of
//! the field registry, and its coalitions and degree.

use std::borrow::Cow;

use egui::Color32;

use super::{
    Contribution, Edit, Kind, Map, Role, Rows, SCORE_RANGE, Selection, Shown, SortKey,
    StakeholderColumn, StakeholderId, Stance, Value, fields,
};

/// Static text for small numbers, so drawing a row allocates nothing for them.
pub(super) fn number_text(n: u8) -> Cow<'static, str> {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS
        .get(usize::from(n))
        .map_or_else(|| Cow::Owned(n.to_string()), |d| Cow::Borrowed(*d))
}

pub(super) fn score_options() -> Vec<String> {
    SCORE_RANGE.map(|s| s.to_string()).collect()
}

pub(super) fn joined(items: &[String]) -> Cow<'_, str> {
    match items {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one.as_str()),
        _ => Cow::Owned(items.join(", ")),
    }
}

pub(super) fn position_of<T: PartialEq>(all: &[T], value: &T) -> Vec<usize> {
    all.iter().position(|v| v == value).into_iter().collect()
}

// The stakeholder table.

#[derive(Default)]
pub(super) struct StakeholderRows;

impl Rows for StakeholderRows {
    type Id = StakeholderId;
    type Column = StakeholderColumn;
    const SALT: &'static str = "stakeholders";
    const NOUNS: (&'static str, &'static str) = ("stakeholder", "stakeholders");
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

    fn sort_key(map: &Map, id: &StakeholderId, column: usize) -> SortKey {
        let Some(s) = map.stakeholder(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            StakeholderColumn::Kind => SortKey::Number(s.kind as i64),
            StakeholderColumn::Stance => SortKey::Number(s.stance as i64),
            StakeholderColumn::Role => SortKey::Number(s.role as i64),
            StakeholderColumn::Power => SortKey::Number(i64::from(s.power)),
            StakeholderColumn::Interest => SortKey::Number(i64::from(s.interest)),
            StakeholderColumn::Commitment => SortKey::Number(i64::from(s.commitment)),
            StakeholderColumn::Degree => SortKey::Number(degree(map, id) as i64),
            other => SortKey::Text(Self::cell(map, id, other as usize).to_lowercase()),
        }
    }

    fn cell<'m>(map: &'m Map, id: &StakeholderId, column: usize) -> Cow<'m, str> {
        let Some(s) = map.stakeholder(id) else {
            return Cow::Borrowed("");
        };
        match Self::column(column) {
            StakeholderColumn::Name => Cow::Borrowed(&s.name),
            StakeholderColumn::Kind => Cow::Borrowed(s.kind.label()),
            StakeholderColumn::Stance => Cow::Borrowed(s.stance.label()),
            StakeholderColumn::Power => number_text(s.power),
            StakeholderColumn::Interest => number_text(s.interest),
            StakeholderColumn::Role => Cow::Borrowed(s.role.label()),
            StakeholderColumn::Commitment => number_text(s.commitment),
            StakeholderColumn::Contributions => match s.contributions.as_slice() {
                [] => Cow::Borrowed(""),
                [one] => Cow::Borrowed(one.label()),
                all => Cow::Owned(all.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")),
            },
            StakeholderColumn::Expertise => joined(&s.expertise),
            StakeholderColumn::Tags => joined(&s.tags),
            StakeholderColumn::Coalitions => {
                let names: Vec<&str> = map.coalitions_of(id).map(|c| c.name.as_str()).collect();
                match names.as_slice() {
                    [] => Cow::Borrowed(""),
                    [one] => Cow::Borrowed(one),
                    _ => Cow::Owned(names.join(", ")),
                }
            }
            StakeholderColumn::Degree => Cow::Owned(degree(map, id).to_string()),
        }
    }

    fn options(_map: &Map, column: usize) -> Vec<String> {
        fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|&v| label(v).to_owned()).collect()
        }
        match Self::column(column) {
            StakeholderColumn::Kind => labels(Kind::ALL, Kind::label),
            StakeholderColumn::Stance => labels(Stance::ALL, Stance::label),
            StakeholderColumn::Role => labels(Role::ALL, Role::label),
            StakeholderColumn::Power
            | StakeholderColumn::Interest
            | StakeholderColumn::Commitment => score_options(),
            StakeholderColumn::Contributions => labels(Contribution::ALL, Contribution::label),
            _ => Vec::new(),
        }
    }

    fn text(map: &Map, id: &StakeholderId, column: usize) -> String {
        Self::cell(map, id, column).into_owned()
    }

    fn chosen(map: &Map, id: &StakeholderId, column: usize) -> Vec<usize> {
        let Some(s) = map.stakeholder(id) else {
            return Vec::new();
        };
        match Self::column(column) {
            StakeholderColumn::Kind => position_of(Kind::ALL, &s.kind),
            StakeholderColumn::Stance => position_of(Stance::ALL, &s.stance),
            StakeholderColumn::Role => position_of(Role::ALL, &s.role),
            StakeholderColumn::Power => vec![usize::from(s.power.saturating_sub(1))],
            StakeholderColumn::Interest => vec![usize::from(s.interest.saturating_sub(1))],
            StakeholderColumn::Commitment => vec![usize::from(s.commitment.saturating_sub(1))],
            StakeholderColumn::Contributions => Contribution::ALL
                .iter()
                .enumerate()
                .filter(|(_, c)| s.contributions.contains(c))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    fn edit(map: &Map, id: &StakeholderId, column: usize, value: &Value) -> Option<Edit> {
        let s = map.stakeholder(id)?;
        let mut changed = s.clone();
        let score = |index: usize| {
            let score = u8::try_from(index + 1).ok()?;
            SCORE_RANGE.contains(&score).then_some(score)
        };
        match (Self::column(column), value) {
            (StakeholderColumn::Name, Value::Text(text)) => {
                let name = text.trim();
                if name.is_empty() {
                    return None;
                }
                name.clone_into(&mut changed.name);
            }
            (StakeholderColumn::Kind, Value::Choice(i)) => changed.kind = *Kind::ALL.get(*i)?,
            (StakeholderColumn::Stance, Value::Choice(i)) => {
                changed.stance = *Stance::ALL.get(*i)?;
            }
            (StakeholderColumn::Role, Value::Choice(i)) => changed.role = *Role::ALL.get(*i)?,
            (StakeholderColumn::Power, Value::Choice(i)) => changed.power = score(*i)?,
            (StakeholderColumn::Interest, Value::Choice(i)) => changed.interest = score(*i)?,
            (StakeholderColumn::Commitment, Value::Choice(i)) => changed.commitment = score(*i)?,
            (StakeholderColumn::Contributions, Value::Flag(i, on)) => {
                let contribution = *Contribution::ALL.get(*i)?;
                changed.contributions.retain(|c| *c != contribution);
                if *on {
                    changed.contributions.push(contribution);
                }
            }
            (StakeholderColumn::Expertise, Value::Text(text)) => {
                changed.expertise = fields::split_list(text);
            }
            (StakeholderColumn::Expertise, Value::AddToList(text)) => {
                changed.expertise.extend(fields::split_list(text));
            }
            (StakeholderColumn::Tags, Value::Text(text)) => changed.tags = fields::split_list(text),
            (StakeholderColumn::Tags, Value::AddToList(text)) => {
                changed.tags.extend(fields::split_list(text));
            }
            _ => return None,
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
        matches!(
            Self::column(column),
            StakeholderColumn::Expertise | StakeholderColumn::Tags
        )
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
