//! Reading back only what the peers changed: Automerge's patches since the
//! last read back name the items touched, and when they are only fields of
//! stakeholders and relations the map already has (what a workshop does
//! most: moving, renaming, retyping), those items alone are read and put in
//! the map, one edit each. Anything else (an item added or deleted, a
//! coalition, a scene, the history, the plan, the settings) is read back
//! whole, as before, so what ends in the map never depends on the path.

use std::collections::BTreeMap;

use automerge::{AutoCommit, ObjId, Patch, PatchAction, Prop, ROOT};

use super::fields::read_item;
use super::{NEXT_SERIAL, RELATIONS, STAKEHOLDERS};
use crate::edit::Edit;
use crate::model::{Map, Relation, RelationId, Stakeholder, StakeholderId};

/// The items whose fields the patches touched, by kind and key, with the
/// Automerge map each is kept in; `None` when the patches touched anything
/// else than fields of stakeholders and relations and the id counter.
pub(super) fn touched(patches: &[Patch]) -> Option<BTreeMap<(&'static str, String), ObjId>> {
    let mut touched = BTreeMap::new();
    for patch in patches {
        match patch.path.as_slice() {
            // The id counter at the root: read as the untouched case does.
            [] if patch.obj == ROOT
                && matches!(&patch.action, PatchAction::PutMap { key, .. } if key == NEXT_SERIAL) =>
                {}
            [(_, Prop::Map(kind)), (_, Prop::Map(key))] => {
                let kind = match kind.as_str() {
                    STAKEHOLDERS => STAKEHOLDERS,
                    RELATIONS => RELATIONS,
                    _ => return None,
                };
                touched.insert((kind, key.clone()), patch.obj.clone());
            }
            _ => return None,
        }
    }
    Some(touched)
}

/// Puts the touched items into `map` as the document has them, pushing
/// each edit made onto `edits`. Returns false as soon as one cannot go in
/// as it is (unreadable, not in the map, refused by the map): the caller
/// then reads the whole document back, which names what is left out.
pub(super) fn read_touched(
    doc: &AutoCommit,
    touched: &BTreeMap<(&'static str, String), ObjId>,
    share: bool,
    map: &mut Map,
    edits: &mut Vec<Edit>,
) -> bool {
    let mut refused = Vec::new();
    for ((kind, key), obj) in touched {
        let edit = if *kind == STAKEHOLDERS {
            let Some(mut stakeholder) =
                read_item::<Stakeholder>(doc, obj, kind, key, true, &mut refused)
            else {
                return false;
            };
            stakeholder.id = StakeholderId::new(key.clone());
            let Some(now) = map.stakeholder(&stakeholder.id) else {
                return false;
            };
            if !share {
                stakeholder
                    .confidential_notes
                    .clone_from(&now.confidential_notes);
            }
            if *now == stakeholder {
                continue;
            }
            Edit::UpdateStakeholder(stakeholder)
        } else {
            let Some(mut relation) = read_item::<Relation>(doc, obj, kind, key, true, &mut refused)
            else {
                return false;
            };
            relation.id = RelationId::new(key.clone());
            match map.relation(&relation.id) {
                None => return false,
                Some(now) if *now == relation => continue,
                Some(_) => Edit::UpdateRelation(relation),
            }
        };
        if edit.clone().apply(map).is_err() {
            return false;
        }
        edits.push(edit);
    }
    true
}
