//! The relation table: a row per relation, its ends named, a column per
//! field of the field registry.

use std::borrow::Cow;

use egui::Color32;

use super::{
    Confidence, Edit, Map, RelationColumn, RelationId, RelationKind, Rows, STRENGTH_RANGE,
    Selection, Shown, SortKey, Stakeholder, StakeholderId, Value, position_of,
};

// The relation table.

#[derive(Default)]
pub(super) struct RelationRows;

impl RelationRows {
    /// Every stakeholder, by name: the choices for a relation's ends.
    fn stakeholders_by_name(map: &Map) -> Vec<&Stakeholder> {
        let mut all: Vec<&Stakeholder> = map.stakeholders().collect();
        all.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        all
    }

    /// The built-in kinds, then the map's own.
    fn kinds(map: &Map) -> Vec<RelationKind> {
        let mut custom: Vec<RelationKind> = map
            .relations()
            .filter(|r| matches!(r.kind, RelationKind::Custom(_)))
            .map(|r| r.kind.clone())
            .collect();
        custom.sort();
        custom.dedup();
        RelationKind::BUILT_IN
            .iter()
            .cloned()
            .chain(custom)
            .collect()
    }
}

pub(super) const STRENGTH_WORDS: [&str; 3] = ["Weak", "Medium", "Strong"];

impl Rows for RelationRows {
    type Id = RelationId;
    type Column = RelationColumn;
    const SALT: &'static str = "relations";
    const NOUNS: (&'static str, &'static str) = ("relation", "relations");
    const COLUMNS: usize = RelationColumn::ALL.len();

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

    fn sort_key(map: &Map, id: &RelationId, column: usize) -> SortKey {
        let Some(r) = map.relation(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            RelationColumn::Mutual => SortKey::Number(i64::from(r.mutual)),
            RelationColumn::Strength => SortKey::Number(i64::from(r.strength)),
            RelationColumn::Confidence => SortKey::Number(r.confidence as i64),
            // Built-in kinds in menu order, then the map's own by name.
            RelationColumn::Kind => RelationKind::BUILT_IN
                .iter()
                .position(|k| *k == r.kind)
                .map_or_else(
                    || SortKey::Text(r.kind.label().to_lowercase()),
                    |i| SortKey::Number(i as i64),
                ),
            other => SortKey::Text(Self::cell(map, id, other as usize).to_lowercase()),
        }
    }

    fn cell<'m>(map: &'m Map, id: &RelationId, column: usize) -> Cow<'m, str> {
        let Some(r) = map.relation(id) else {
            return Cow::Borrowed("");
        };
        let name = |id: &StakeholderId| map.stakeholder(id).map_or("?", |s| s.name.as_str());
        match Self::column(column) {
            RelationColumn::From => Cow::Borrowed(name(&r.from)),
            RelationColumn::Kind => Cow::Borrowed(r.kind.label()),
            RelationColumn::To => Cow::Borrowed(name(&r.to)),
            RelationColumn::Mutual => Cow::Borrowed(if r.mutual { "Yes" } else { "No" }),
            RelationColumn::Strength => Cow::Borrowed(
                STRENGTH_WORDS
                    .get(usize::from(r.strength.saturating_sub(1)))
                    .copied()
                    .unwrap_or("?"),
            ),
            RelationColumn::Confidence => Cow::Borrowed(r.confidence.label()),
            RelationColumn::Note => Cow::Borrowed(r.note.lines().next().unwrap_or("")),
        }
    }

    fn options(map: &Map, column: usize) -> Vec<String> {
        match Self::column(column) {
            RelationColumn::From | RelationColumn::To => Self::stakeholders_by_name(map)
                .into_iter()
                .map(|s| s.name.clone())
                .collect(),
            RelationColumn::Kind => Self::kinds(map)
                .iter()
                .map(|k| k.label().to_owned())
                .collect(),
            RelationColumn::Mutual => vec!["No".to_owned(), "Yes".to_owned()],
            RelationColumn::Strength => STRENGTH_RANGE
                .map(|s| STRENGTH_WORDS[usize::from(s - 1)].to_owned())
                .collect(),
            RelationColumn::Confidence => Confidence::ALL
                .iter()
                .map(|c| c.label().to_owned())
                .collect(),
            RelationColumn::Note => Vec::new(),
        }
    }

    fn text(map: &Map, id: &RelationId, column: usize) -> String {
        match (Self::column(column), map.relation(id)) {
            (RelationColumn::Note, Some(r)) => r.note.clone(),
            _ => Self::cell(map, id, column).into_owned(),
        }
    }

    fn chosen(map: &Map, id: &RelationId, column: usize) -> Vec<usize> {
        let Some(r) = map.relation(id) else {
            return Vec::new();
        };
        let end = |end: &StakeholderId| {
            Self::stakeholders_by_name(map)
                .iter()
                .position(|s| s.id == *end)
                .into_iter()
                .collect()
        };
        match Self::column(column) {
            RelationColumn::From => end(&r.from),
            RelationColumn::To => end(&r.to),
            RelationColumn::Kind => position_of(&Self::kinds(map), &r.kind),
            RelationColumn::Mutual => vec![usize::from(r.mutual)],
            RelationColumn::Strength => vec![usize::from(r.strength.saturating_sub(1))],
            RelationColumn::Confidence => position_of(Confidence::ALL, &r.confidence),
            RelationColumn::Note => Vec::new(),
        }
    }

    fn edit(map: &Map, id: &RelationId, column: usize, value: &Value) -> Option<Edit> {
        let r = map.relation(id)?;
        let mut changed = r.clone();
        match (Self::column(column), value) {
            (RelationColumn::From, Value::Choice(i)) => {
                changed.from = Self::stakeholders_by_name(map).get(*i)?.id.clone();
            }
            (RelationColumn::To, Value::Choice(i)) => {
                changed.to = Self::stakeholders_by_name(map).get(*i)?.id.clone();
            }
            (RelationColumn::Kind, Value::Choice(i)) => {
                changed.kind = Self::kinds(map).get(*i)?.clone();
            }
            (RelationColumn::Mutual, Value::Choice(i)) => changed.mutual = *i == 1,
            (RelationColumn::Strength, Value::Choice(i)) => {
                let strength = u8::try_from(*i + 1).ok()?;
                if !STRENGTH_RANGE.contains(&strength) {
                    return None;
                }
                changed.strength = strength;
            }
            (RelationColumn::Confidence, Value::Choice(i)) => {
                changed.confidence = *Confidence::ALL.get(*i)?;
            }
            (RelationColumn::Note, Value::Text(text)) => changed.note.clone_from(text),
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
