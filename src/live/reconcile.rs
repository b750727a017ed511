//! The one edit that turns the map on this laptop into the map the live
//! document holds: how the peers' changes come in, outside the undo history.

use std::collections::BTreeSet;

use crate::edit::Edit;
use crate::model::{Map, SceneId};

/// The edit that makes `current` equal to `target` (a valid map). Its
/// parts are ordered so that each applies: what goes first (whatever refers
/// to it is detached by the delete itself), then stakeholders, relations,
/// coalitions and scenes, which may refer to any of them, then the order
/// of the scenes, the settings and the id counter.
pub fn edit_towards(current: &Map, target: &Map) -> Edit {
    let mut edits = Vec::new();

    for scene in current.scenes() {
        if target.scene(&scene.id).is_none() {
            edits.push(Edit::DeleteScene(scene.id.clone()));
        }
    }
    for relation in current.relations_sorted() {
        if target.relation(&relation.id).is_none() {
            edits.push(Edit::DeleteRelation(relation.id.clone()));
        }
    }
    for coalition in current.coalitions() {
        if target.coalition(&coalition.id).is_none() {
            edits.push(Edit::DeleteCoalition(coalition.id.clone()));
        }
    }
    for stakeholder in current.stakeholders_sorted() {
        if target.stakeholder(&stakeholder.id).is_none() {
            edits.push(Edit::DeleteStakeholder(stakeholder.id.clone()));
        }
    }

    for stakeholder in target.stakeholders_sorted() {
        match current.stakeholder(&stakeholder.id) {
            None => edits.push(Edit::AddStakeholder(stakeholder.clone())),
            Some(now) if now != stakeholder => {
                edits.push(Edit::UpdateStakeholder(stakeholder.clone()));
            }
            Some(_) => {}
        }
    }
    for relation in target.relations_sorted() {
        match current.relation(&relation.id) {
            None => edits.push(Edit::AddRelation(relation.clone())),
            Some(now) if now != relation => edits.push(Edit::UpdateRelation(relation.clone())),
            Some(_) => {}
        }
    }
    for coalition in target.coalitions() {
        match current.coalition(&coalition.id) {
            None => edits.push(Edit::AddCoalition(coalition.clone())),
            Some(now) if now != coalition => edits.push(Edit::UpdateCoalition(coalition.clone())),
            Some(_) => {}
        }
    }

    // The scenes as they will stand once the deletes and adds are done,
    // to work out the moves that put them in the target's order.
    let mut order: Vec<SceneId> = current
        .scenes()
        .iter()
        .filter(|scene| target.scene(&scene.id).is_some())
        .map(|scene| scene.id.clone())
        .collect();
    let kept: BTreeSet<SceneId> = order.iter().cloned().collect();
    for scene in target.scenes() {
        if kept.contains(&scene.id) {
            if current.scene(&scene.id) != Some(scene) {
                edits.push(Edit::UpdateScene(Box::new(scene.clone())));
            }
        } else {
            edits.push(Edit::AddScene {
                index: order.len(),
                scene: Box::new(scene.clone()),
            });
            order.push(scene.id.clone());
        }
    }
    for (to, scene) in target.scenes().iter().enumerate() {
        let Some(from) = order.iter().position(|id| id == &scene.id) else {
            continue;
        };
        if from != to {
            let id = order.remove(from);
            order.insert(to, id.clone());
            edits.push(Edit::MoveScene { id, to });
        }
    }

    if current.meta() != target.meta() {
        edits.push(Edit::SetMeta(target.meta().clone()));
    }
    // Adds move the counter on; put it where the target has it.
    edits.push(Edit::SetNextSerial(target.next_serial()));
    Edit::Batch(edits)
}
