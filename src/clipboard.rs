//! Copy and paste of stakeholders between maps, as text on the system
//! clipboard: the copied stakeholders with the relations among them, in
//! RON. Pasting gives every item a fresh id of the target map, so a paste
//! works between two windows and two maps.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::edit::Edit;
use crate::file::guard;
use crate::i18n::{tr, tr_with};
use crate::model::{Map, Position, Relation, Stakeholder, StakeholderId};

/// The name clipboard text declares, so other text is not mistaken for a map.
const CLIP_FORMAT: &str = "powermap-clip";

/// The most text a paste reads; a clip of thousands of stakeholders fits.
const MAX_CLIP_BYTES: usize = 8 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Clip {
    format: String,
    stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    relations: Vec<Relation>,
}

/// Why clipboard text could not be pasted as stakeholders.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasteError {
    #[error("{}", tr("paste-not-a-clip"))]
    NotAClip,
    #[error("{}", tr_with("paste-too-large", &[("megabytes", (*.0).into())]))]
    TooLarge(usize),
    #[error("{}", tr_with("paste-unreadable", &[
        ("line", (*line).into()),
        ("column", (*column).into()),
        ("problem", message.as_str().into()),
    ]))]
    Unreadable {
        line: usize,
        column: usize,
        message: String,
    },
}

impl From<guard::Refusal> for PasteError {
    fn from(refusal: guard::Refusal) -> Self {
        Self::Unreadable {
            line: refusal.line,
            column: refusal.column,
            message: refusal.message,
        }
    }
}

/// The clipboard text for some stakeholders and the relations among them.
pub fn copy_text(map: &Map, ids: &BTreeSet<StakeholderId>) -> Option<String> {
    let (stakeholders, relations) = selection(map, ids)?;
    let clip = Clip {
        format: CLIP_FORMAT.to_owned(),
        stakeholders,
        relations,
    };
    ron::ser::to_string_pretty(&clip, ron::ser::PrettyConfig::new().depth_limit(3)).ok()
}

/// What a paste adds: the edit, and the new stakeholders to select.
pub struct Paste {
    pub edit: Edit,
    pub added: Vec<StakeholderId>,
}

/// Turns clipboard text into one edit adding its stakeholders and relations
/// to `map` with fresh ids, shifted by `offset`.
pub fn paste(map: &Map, text: &str, offset: Position) -> Result<Paste, PasteError> {
    if text.len() > MAX_CLIP_BYTES {
        return Err(PasteError::TooLarge(text.len() / 1_000_000 + 1));
    }
    if !text.contains(CLIP_FORMAT) {
        return Err(PasteError::NotAClip);
    }
    guard::check(text, &guard::LIMITS)?;
    let clip: Clip = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text)
        .map_err(|err| guard::explain(text, &err))?;
    if clip.format != CLIP_FORMAT {
        return Err(PasteError::NotAClip);
    }
    Ok(added_copies(map, clip.stakeholders, clip.relations, offset))
}

/// The edit that duplicates stakeholders (and the relations among them) in the same map.
pub fn duplicate(map: &Map, ids: &BTreeSet<StakeholderId>, offset: Position) -> Option<Paste> {
    let (stakeholders, relations) = selection(map, ids)?;
    Some(added_copies(map, stakeholders, relations, offset))
}

/// What copying or duplicating takes: the stakeholders of `ids` that are
/// on the map and the relations among them; `None` when there are none.
fn selection(
    map: &Map,
    ids: &BTreeSet<StakeholderId>,
) -> Option<(Vec<Stakeholder>, Vec<Relation>)> {
    let stakeholders: Vec<Stakeholder> = ids
        .iter()
        .filter_map(|id| map.stakeholder(id))
        .cloned()
        .collect();
    if stakeholders.is_empty() {
        return None;
    }
    let relations = map
        .relations_sorted()
        .into_iter()
        .filter(|r| ids.contains(&r.from) && ids.contains(&r.to))
        .cloned()
        .collect();
    Some((stakeholders, relations))
}

fn added_copies(
    map: &Map,
    stakeholders: Vec<Stakeholder>,
    relations: Vec<Relation>,
    offset: Position,
) -> Paste {
    let mut ids = map.id_allocator();
    let mut new_id: HashMap<StakeholderId, StakeholderId> = HashMap::new();
    let mut edits = Vec::with_capacity(stakeholders.len() + relations.len());
    let mut added = Vec::with_capacity(stakeholders.len());
    for mut stakeholder in stakeholders {
        if new_id.contains_key(&stakeholder.id) {
            continue;
        }
        let id = ids.stakeholder();
        new_id.insert(stakeholder.id.clone(), id.clone());
        stakeholder.id = id.clone();
        let position = stakeholder.position;
        stakeholder.position = if position.is_finite() {
            Position::new(position.x + offset.x, position.y + offset.y)
        } else {
            offset
        };
        stakeholder.power = stakeholder.power.clamp(1, 5);
        stakeholder.interest = stakeholder.interest.clamp(1, 5);
        stakeholder.commitment = stakeholder.commitment.clamp(1, 5);
        added.push(id);
        edits.push(Edit::AddStakeholder(stakeholder));
    }
    for mut relation in relations {
        let (Some(from), Some(to)) = (new_id.get(&relation.from), new_id.get(&relation.to)) else {
            continue;
        };
        if from == to {
            continue;
        }
        relation.id = ids.relation();
        relation.from = from.clone();
        relation.to = to.clone();
        relation.strength = relation.strength.clamp(1, 3);
        edits.push(Edit::AddRelation(relation));
    }
    Paste {
        edit: Edit::Batch(edits),
        added,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, RelationKind};

    fn two_connected() -> (Map, BTreeSet<StakeholderId>) {
        let mut map = Map::new("Source");
        let mut ids = map.id_allocator();
        let (a, b, c) = (ids.stakeholder(), ids.stakeholder(), ids.stakeholder());
        let r = ids.relation();
        let r2 = ids.relation();
        let edit = Edit::Batch(vec![
            Edit::AddStakeholder(Stakeholder::new(a.clone(), "Alpha", Kind::Organization)),
            Edit::AddStakeholder(Stakeholder::new(b.clone(), "Beta", Kind::Target)),
            Edit::AddStakeholder(Stakeholder::new(c.clone(), "Gamma", Kind::Media)),
            Edit::AddRelation(Relation::new(
                r,
                a.clone(),
                b.clone(),
                RelationKind::Influences,
            )),
            Edit::AddRelation(Relation::new(r2, b.clone(), c, RelationKind::Funds)),
        ]);
        edit.apply(&mut map).unwrap();
        (map, [a, b].into_iter().collect())
    }

    #[test]
    fn pasting_into_another_map_remaps_ids_and_keeps_relations_among_the_copied() {
        let (source, selected) = two_connected();
        let text = copy_text(&source, &selected).unwrap();
        let (mut target, _) = two_connected();
        let paste = paste(&target, &text, Position::new(10.0, 0.0)).unwrap();
        paste.edit.apply(&mut target).unwrap();
        assert_eq!(target.stakeholder_count(), 5);
        assert_eq!(
            target.relation_count(),
            3,
            "only the relation between the copied two comes along"
        );
        for id in &paste.added {
            assert!(!selected.contains(id), "pasted ids are fresh");
        }
    }

    #[test]
    fn text_that_is_not_a_clip_is_refused_plainly() {
        let (map, _) = two_connected();
        assert_eq!(
            paste(&map, "hello", Position::default()).err(),
            Some(PasteError::NotAClip)
        );
        let broken = paste(
            &map,
            "(format: \"powermap-clip\", stakeholders: [(",
            Position::default(),
        );
        assert!(matches!(broken, Err(PasteError::Unreadable { .. })));
    }
}
