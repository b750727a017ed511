//! The one edit that turns the map on this laptop into the map the live
//! document holds: how the peers' changes come in, outside the undo history.

use std::collections::BTreeSet;

use crate::edit::Edit;
use crate::model::history::Observation;
use crate::model::{Map, SceneId};

/// The edit that makes `current` equal to `target` (a valid map). Its
/// parts are ordered so that each applies: what goes first (whatever refers
/// to it is detached by the delete itself), then stakeholders, relations,
/// coalitions and scenes, which may refer to any of them, then the order
/// of the scenes, the history and the plan (which refer to the items), the
/// settings and the id counter.
pub fn edit_towards(current: &Map, target: &Map) -> Edit {
    let mut edits = remove_plan_and_history(current, target);

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

    edits.extend(add_history_and_plan(current, target));

    if current.meta() != target.meta() {
        edits.push(Edit::SetMeta(target.meta().clone()));
    }
    let cold = target.plan().cold_after_days();
    if current.plan().cold_after_days() != cold {
        edits.push(Edit::SetColdAfter(cold));
    }
    // Adds move the counter on; put it where the target has it.
    edits.push(Edit::SetNextSerial(target.next_serial()));
    Edit::Batch(edits)
}

/// The contacts, asks, jobs, observations and checkpoints the target no
/// longer has: removed first, before the items they may refer to.
fn remove_plan_and_history(current: &Map, target: &Map) -> Vec<Edit> {
    let (now, then) = (current.plan(), target.plan());
    let mut edits: Vec<Edit> = now
        .contacts()
        .filter(|c| then.contact(&c.id).is_none())
        .map(|c| Edit::DeleteContact(c.id.clone()))
        .collect();
    edits.extend(
        now.asks()
            .filter(|a| then.ask(&a.id).is_none())
            .map(|a| Edit::DeleteAsk(a.id.clone())),
    );
    edits.extend(
        now.jobs()
            .filter(|j| then.job(&j.id).is_none())
            .map(|j| Edit::DeleteJob(j.id.clone())),
    );
    edits.extend(
        current
            .timeline()
            .observations()
            .map(Observation::key)
            .filter(|key| target.timeline().observation(key).is_none())
            .map(Edit::Unobserve),
    );
    edits.extend(
        current
            .timeline()
            .checkpoints()
            .iter()
            .filter(|c| !target.timeline().checkpoints().contains(c))
            .cloned()
            .map(Edit::DeleteCheckpoint),
    );
    edits
}

/// The observations, checkpoints, jobs, asks and contacts the target has
/// new or changed: once every item they refer to is in place.
fn add_history_and_plan(current: &Map, target: &Map) -> Vec<Edit> {
    let mut edits: Vec<Edit> = target
        .timeline()
        .observations()
        .filter(|o| current.timeline().observation(&o.key()) != Some(*o))
        .map(|o| Edit::Observe(Box::new(o.clone())))
        .collect();
    edits.extend(
        target
            .timeline()
            .checkpoints()
            .iter()
            .filter(|c| !current.timeline().checkpoints().contains(c))
            .cloned()
            .map(Edit::AddCheckpoint),
    );
    let (now, then) = (current.plan(), target.plan());
    for job in then.jobs() {
        match now.job(&job.id) {
            None => edits.push(Edit::AddJob(Box::new(job.clone()))),
            Some(old) if old != job => edits.push(Edit::UpdateJob(Box::new(job.clone()))),
            Some(_) => {}
        }
    }
    for ask in then.asks() {
        match now.ask(&ask.id) {
            None => edits.push(Edit::AddAsk(Box::new(ask.clone()))),
            Some(old) if old != ask => edits.push(Edit::UpdateAsk(Box::new(ask.clone()))),
            Some(_) => {}
        }
    }
    for contact in then.contacts() {
        match now.contact(&contact.id) {
            None => edits.push(Edit::LogContact(Box::new(contact.clone()))),
            Some(old) if old != contact => {
                edits.push(Edit::UpdateContact(Box::new(contact.clone())));
            }
            Some(_) => {}
        }
    }
    edits
}
