//! Every change to a map, as a value that can be applied and inverted.
//!
//! Applying an [`Edit`] returns its inverse, computed from the map as it was,
//! so undo goes through the same door as any edit. [`History`] records the
//! inverses and knows whether the map differs from its saved revision.

mod history;
mod plan;

pub use history::History;
pub use plan::{AskPlan, Outcome, asks_along, record_outcome};

use crate::i18n::{tr, tr_with};
use crate::model::{
    Ask, AskId, Checkpoint, Coalition, CoalitionId, Contact, ContactId, Job, JobId, Map, MapMeta,
    ModelError, Observation, ObservationKey, Position, Relation, RelationId, Scene, SceneId,
    Stakeholder, StakeholderId, Subject,
};

/// One change to a map. Several changes that belong together (a paste, a
/// drag of many stakeholders, a bulk edit) are one [`Edit::Batch`], and so
/// one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    AddStakeholder(Stakeholder),
    /// Replaces every field of the stakeholder with this id.
    UpdateStakeholder(Stakeholder),
    /// Deletes a stakeholder with its relations, its coalition memberships
    /// and what scenes say of it.
    DeleteStakeholder(StakeholderId),
    /// Moves stakeholders on the canvas; a whole drag is one move.
    Move(Vec<(StakeholderId, Position)>),
    AddRelation(Relation),
    UpdateRelation(Relation),
    /// Deletes a relation, and takes it out of the scenes that pick it out.
    DeleteRelation(RelationId),
    AddCoalition(Coalition),
    UpdateCoalition(Coalition),
    /// Deletes a coalition, and takes it out of the scenes that use it.
    DeleteCoalition(CoalitionId),
    /// Puts a new scene at `index` in the presentation.
    AddScene {
        index: usize,
        scene: Box<Scene>,
    },
    UpdateScene(Box<Scene>),
    DeleteScene(SceneId),
    /// Moves a scene to `to` in the presentation.
    MoveScene {
        id: SceneId,
        to: usize,
    },
    SetMeta(MapMeta),
    /// Changes applied in order, undone in reverse order, all or nothing.
    Batch(Vec<Edit>),
    /// Puts back the id counter; only part of the inverse of an add, so that
    /// undo gives back exactly the map it started from.
    SetNextSerial(u64),
    /// Records what a field was on a day, replacing what was recorded of
    /// the same item, field and day.
    Observe(Box<Observation>),
    /// Forgets what was recorded of an item's field on a day.
    Unobserve(ObservationKey),
    AddCheckpoint(Checkpoint),
    DeleteCheckpoint(Checkpoint),
    AddJob(Box<Job>),
    /// Replaces every field of the job with this id (a move on the board
    /// is an update of its status).
    UpdateJob(Box<Job>),
    DeleteJob(JobId),
    AddAsk(Box<Ask>),
    UpdateAsk(Box<Ask>),
    DeleteAsk(AskId),
    /// Logs a contact: met, called, wrote, briefed.
    LogContact(Box<Contact>),
    UpdateContact(Box<Contact>),
    DeleteContact(ContactId),
    /// Sets how many days without contact make a relation cold.
    SetColdAfter(u32),
}

impl Edit {
    /// Applies the edit and returns the edit that undoes it. On error the
    /// map is left exactly as it was.
    pub fn apply(self, map: &mut Map) -> Result<Edit, ModelError> {
        match self {
            Edit::AddStakeholder(stakeholder) => {
                let id = stakeholder.id.clone();
                let serial = map.next_serial();
                map.insert_stakeholder(stakeholder)?;
                Ok(undo_add(Edit::DeleteStakeholder(id), serial, map))
            }
            Edit::UpdateStakeholder(stakeholder) => map
                .replace_stakeholder(stakeholder)
                .map(Edit::UpdateStakeholder),
            Edit::DeleteStakeholder(id) => delete_stakeholder(map, &id),
            Edit::Move(moves) => {
                let mut inverse = Vec::with_capacity(moves.len());
                for (id, position) in moves {
                    match map.set_position(&id, position) {
                        Ok(old) => inverse.push((id, old)),
                        Err(err) => {
                            // Put back the ones already moved before reporting.
                            for (id, old) in inverse.into_iter().rev() {
                                let _ = map.set_position(&id, old);
                            }
                            return Err(err);
                        }
                    }
                }
                inverse.reverse();
                Ok(Edit::Move(inverse))
            }
            Edit::AddRelation(relation) => {
                let id = relation.id.clone();
                let serial = map.next_serial();
                map.insert_relation(relation)?;
                Ok(undo_add(Edit::DeleteRelation(id), serial, map))
            }
            Edit::UpdateRelation(relation) => {
                map.replace_relation(relation).map(Edit::UpdateRelation)
            }
            Edit::DeleteRelation(id) => delete_relation(map, &id),
            Edit::AddCoalition(coalition) => {
                let id = coalition.id.clone();
                let serial = map.next_serial();
                map.insert_coalition(coalition)?;
                Ok(undo_add(Edit::DeleteCoalition(id), serial, map))
            }
            Edit::UpdateCoalition(coalition) => {
                map.replace_coalition(coalition).map(Edit::UpdateCoalition)
            }
            Edit::DeleteCoalition(id) => delete_coalition(map, &id),
            Edit::AddScene { index, scene } => {
                let id = scene.id.clone();
                let serial = map.next_serial();
                map.insert_scene(index, *scene)?;
                Ok(undo_add(Edit::DeleteScene(id), serial, map))
            }
            Edit::UpdateScene(scene) => map
                .replace_scene(*scene)
                .map(|old| Edit::UpdateScene(Box::new(old))),
            Edit::DeleteScene(id) => map.remove_scene(&id).map(|(index, scene)| Edit::AddScene {
                index,
                scene: Box::new(scene),
            }),
            Edit::MoveScene { id, to } => {
                let from = map.move_scene(&id, to)?;
                Ok(Edit::MoveScene { id, to: from })
            }
            Edit::SetMeta(meta) => Ok(Edit::SetMeta(std::mem::replace(&mut map.meta, meta))),
            Edit::Batch(edits) => apply_all(map, edits).map(Edit::Batch),
            Edit::SetNextSerial(serial) => Ok(Edit::SetNextSerial(map.set_next_serial(serial))),
            Edit::Observe(observation) => {
                let key = observation.key();
                Ok(match map.observe(*observation)? {
                    Some(old) => Edit::Observe(Box::new(old)),
                    None => Edit::Unobserve(key),
                })
            }
            Edit::Unobserve(key) => map.unobserve(&key).map(|old| Edit::Observe(Box::new(old))),
            Edit::AddCheckpoint(checkpoint) => {
                let mut stored = checkpoint.clone();
                stored.name = stored.name.trim().to_owned();
                map.add_checkpoint(checkpoint)?;
                Ok(Edit::DeleteCheckpoint(stored))
            }
            Edit::DeleteCheckpoint(checkpoint) => {
                map.remove_checkpoint(&checkpoint)?;
                Ok(Edit::AddCheckpoint(checkpoint))
            }
            Edit::AddJob(job) => {
                let id = job.id.clone();
                let serial = map.next_serial();
                map.insert_job(*job)?;
                Ok(undo_add(Edit::DeleteJob(id), serial, map))
            }
            Edit::UpdateJob(job) => map
                .replace_job(*job)
                .map(|old| Edit::UpdateJob(Box::new(old))),
            Edit::DeleteJob(id) => map.remove_job(&id).map(|job| Edit::AddJob(Box::new(job))),
            Edit::AddAsk(ask) => {
                let id = ask.id.clone();
                let serial = map.next_serial();
                map.insert_ask(*ask)?;
                Ok(undo_add(Edit::DeleteAsk(id), serial, map))
            }
            Edit::UpdateAsk(ask) => map
                .replace_ask(*ask)
                .map(|old| Edit::UpdateAsk(Box::new(old))),
            Edit::DeleteAsk(id) => map.remove_ask(&id).map(|ask| Edit::AddAsk(Box::new(ask))),
            Edit::LogContact(contact) => {
                let id = contact.id.clone();
                let serial = map.next_serial();
                map.insert_contact(*contact)?;
                Ok(undo_add(Edit::DeleteContact(id), serial, map))
            }
            Edit::UpdateContact(contact) => map
                .replace_contact(*contact)
                .map(|old| Edit::UpdateContact(Box::new(old))),
            Edit::DeleteContact(id) => map
                .remove_contact(&id)
                .map(|contact| Edit::LogContact(Box::new(contact))),
            Edit::SetColdAfter(days) => map.set_cold_after_days(days).map(Edit::SetColdAfter),
        }
    }

    /// Whether this edit, once applied, turned out to change nothing, judged
    /// from the inverse it returned: every part found what it put.
    pub(crate) fn changed_nothing(&self, inverse: &Edit) -> bool {
        match (self, inverse) {
            // The map normalizes what it stores, so compare with what it stored.
            (Edit::UpdateStakeholder(new), Edit::UpdateStakeholder(old)) => {
                let mut new = new.clone();
                new.normalize();
                &new == old
            }
            (Edit::UpdateCoalition(new), Edit::UpdateCoalition(old)) => {
                let mut new = new.clone();
                new.normalize();
                &new == old
            }
            (Edit::UpdateScene(new), Edit::UpdateScene(old)) => {
                let mut new = new.clone();
                new.normalize();
                new == *old
            }
            (Edit::UpdateJob(new), Edit::UpdateJob(old)) => {
                let mut new = new.clone();
                new.normalize();
                new == *old
            }
            (Edit::UpdateAsk(new), Edit::UpdateAsk(old)) => {
                let mut new = new.clone();
                new.normalize();
                new == *old
            }
            (Edit::UpdateContact(new), Edit::UpdateContact(old)) => {
                let mut new = new.clone();
                new.normalize();
                new == *old
            }

            // Inverses of moves and batches list their parts newest first.
            (Edit::Move(moves), Edit::Move(olds)) => {
                moves.len() == olds.len() && moves.iter().eq(olds.iter().rev())
            }
            (Edit::Batch(edits), Edit::Batch(inverses)) => {
                edits.len() == inverses.len()
                    && edits
                        .iter()
                        .zip(inverses.iter().rev())
                        .all(|(edit, inverse)| edit.changed_nothing(inverse))
            }
            (forward, inverse) => forward == inverse,
        }
    }

    /// What the edit does, in words for the Edit menu ("Undo add stakeholder
    /// “Ministry”"), read from the map before the edit is applied.
    pub fn describe(&self, map: &Map) -> String {
        let name_of = |id: &StakeholderId| {
            map.stakeholder(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        };
        let named = |id: &str, name: String| tr_with(id, &[("name", name.into())]);
        match self {
            Edit::AddStakeholder(s) => named("step-add-stakeholder", s.name.clone()),
            Edit::UpdateStakeholder(s) => named("step-edit-stakeholder", s.name.clone()),
            Edit::DeleteStakeholder(id) => named("step-delete-stakeholder", name_of(id)),
            Edit::Move(moves) if moves.len() == 1 => named("step-move", name_of(&moves[0].0)),
            Edit::Move(moves) => tr_with("step-move-many", &[("count", moves.len().into())]),
            Edit::AddRelation(r) => tr_with(
                "step-connect",
                &[
                    ("from", name_of(&r.from).into()),
                    ("to", name_of(&r.to).into()),
                ],
            ),
            Edit::UpdateRelation(_) => tr("step-edit-relation"),
            Edit::DeleteRelation(_) => tr("step-delete-relation"),
            Edit::AddCoalition(c) => named("step-add-coalition", c.name.clone()),
            Edit::UpdateCoalition(c) => named("step-edit-coalition", c.name.clone()),
            Edit::DeleteCoalition(id) => named(
                "step-delete-coalition",
                map.coalition(id)
                    .map_or_else(|| id.to_string(), |c| c.name.clone()),
            ),
            Edit::AddScene { scene, .. } => named("step-add-scene", scene.title.clone()),
            Edit::UpdateScene(scene) => named("step-edit-scene", scene.title.clone()),
            Edit::DeleteScene(id) => named("step-delete-scene", scene_title(map, id).to_owned()),
            Edit::MoveScene { id, .. } => named("step-move-scene", scene_title(map, id).to_owned()),
            Edit::SetMeta(_) => tr("step-edit-map-settings"),
            Edit::Batch(edits) => describe_batch(edits, map),
            Edit::SetNextSerial(_) => tr("step-restore-id-counter"),
            Edit::Observe(observation) => tr_with(
                "step-record",
                &[
                    ("field", field_words(observation.value.field()).into()),
                    ("name", subject_name(map, &observation.of).into()),
                    ("day", observation.date.to_string().into()),
                ],
            ),
            Edit::Unobserve(key) => tr_with(
                "step-forget",
                &[
                    ("field", field_words(key.field).into()),
                    ("name", subject_name(map, &key.of).into()),
                    ("day", key.date.to_string().into()),
                ],
            ),
            Edit::AddCheckpoint(c) => named("step-mark-checkpoint", c.name.clone()),
            Edit::DeleteCheckpoint(c) => named("step-delete-checkpoint", c.name.clone()),
            Edit::AddJob(_)
            | Edit::UpdateJob(_)
            | Edit::DeleteJob(_)
            | Edit::AddAsk(_)
            | Edit::UpdateAsk(_)
            | Edit::DeleteAsk(_)
            | Edit::LogContact(_)
            | Edit::UpdateContact(_)
            | Edit::DeleteContact(_)
            | Edit::SetColdAfter(_) => plan::describe(self, map),
        }
    }
}

/// The inverse of an add: delete the item, and put the id counter back if
/// the add moved it.
fn undo_add(delete: Edit, serial_before: u64, map: &Map) -> Edit {
    if map.next_serial() == serial_before {
        delete
    } else {
        Edit::Batch(vec![delete, Edit::SetNextSerial(serial_before)])
    }
}

/// A stakeholder by its name; a relation by the names at its ends.
fn subject_name(map: &Map, subject: &Subject) -> String {
    let name = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    match subject {
        Subject::Stakeholder(id) => name(id),
        Subject::Relation(id) => map.relation(id).map_or_else(
            || id.to_string(),
            |r| format!("{} → {}", name(&r.from), name(&r.to)),
        ),
    }
}

fn scene_title<'a>(map: &'a Map, id: &'a SceneId) -> &'a str {
    map.scene(id)
        .map_or(id.as_str(), |scene| scene.title.as_str())
}

fn delete_stakeholder(map: &mut Map, id: &StakeholderId) -> Result<Edit, ModelError> {
    if map.stakeholder(id).is_none() {
        return Err(ModelError::UnknownStakeholder(id.clone()));
    }
    let relations: Vec<RelationId> = map
        .relations_of(id)
        .into_iter()
        .map(|relation| relation.id.clone())
        .collect();
    // Scenes first, so that they no longer name the stakeholder nor its
    // relations when those go.
    let mut detach: Vec<Edit> = map
        .scenes()
        .iter()
        .filter(|scene| {
            scene.refers_to_stakeholder(id) || relations.iter().any(|r| scene.refers_to_relation(r))
        })
        .map(|scene| {
            let without = relations
                .iter()
                .fold(scene.without_stakeholder(id), |s, r| s.without_relation(r));
            Edit::UpdateScene(Box::new(without))
        })
        .collect();
    detach.extend(plan::detach_stakeholder(map, id, &relations));
    let mut subjects: Vec<Subject> = relations.iter().cloned().map(Subject::Relation).collect();
    subjects.push(Subject::Stakeholder(id.clone()));
    detach.extend(
        map.observations_going_with(&subjects)
            .into_iter()
            .map(Edit::Unobserve),
    );
    detach.extend(relations.into_iter().map(Edit::DeleteRelation));
    detach.extend(map.coalitions_of(id).map(|coalition| {
        let mut without = coalition.clone();
        without.members.retain(|member| &member.stakeholder != id);
        Edit::UpdateCoalition(without)
    }));
    delete_detached(map, detach, |map| {
        map.remove_lone_stakeholder(id).map(Edit::AddStakeholder)
    })
}

fn delete_relation(map: &mut Map, id: &RelationId) -> Result<Edit, ModelError> {
    if map.relation(id).is_none() {
        return Err(ModelError::UnknownRelation(id.clone()));
    }
    let mut detach: Vec<Edit> = map
        .scenes()
        .iter()
        .filter(|scene| scene.refers_to_relation(id))
        .map(|scene| Edit::UpdateScene(Box::new(scene.without_relation(id))))
        .collect();
    detach.extend(plan::detach_relation(map, id));
    detach.extend(
        map.observations_going_with(&[Subject::Relation(id.clone())])
            .into_iter()
            .map(Edit::Unobserve),
    );
    delete_detached(map, detach, |map| {
        map.remove_relation(id).map(Edit::AddRelation)
    })
}

fn delete_coalition(map: &mut Map, id: &CoalitionId) -> Result<Edit, ModelError> {
    if map.coalition(id).is_none() {
        return Err(ModelError::UnknownCoalition(id.clone()));
    }
    let mut detach: Vec<Edit> = map
        .scenes()
        .iter()
        .filter(|scene| scene.refers_to_coalition(id))
        .map(|scene| Edit::UpdateScene(Box::new(scene.without_coalition(id))))
        .collect();
    detach.extend(plan::detach_coalition(map, id));
    delete_detached(map, detach, |map| {
        map.remove_coalition(id).map(Edit::AddCoalition)
    })
}

/// Deletes an item: first everything that refers to it (`detach`), then
/// the item itself (`remove`, which returns the edit that puts it back).
/// The inverses of all parts make one undo step, the item put back first.
fn delete_detached(
    map: &mut Map,
    detach: Vec<Edit>,
    remove: impl FnOnce(&mut Map) -> Result<Edit, ModelError>,
) -> Result<Edit, ModelError> {
    let mut inverse = apply_all(map, detach)?;
    match remove(map) {
        Ok(put_back) => {
            inverse.insert(0, put_back);
            Ok(if inverse.len() == 1 {
                inverse.remove(0)
            } else {
                Edit::Batch(inverse)
            })
        }
        Err(err) => {
            let _ = Edit::Batch(inverse).apply(map);
            Err(err)
        }
    }
}

/// Applies edits in order, all or nothing; returns their inverses in the
/// order that undoes them (newest first).
fn apply_all(map: &mut Map, edits: Vec<Edit>) -> Result<Vec<Edit>, ModelError> {
    let mut inverse = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(map) {
            Ok(undo) => inverse.push(undo),
            Err(err) => {
                rollback(map, inverse);
                return Err(err);
            }
        }
    }
    inverse.reverse();
    Ok(inverse)
}

/// Undoes, newest first, the parts of a batch that were applied before one failed.
fn rollback(map: &mut Map, applied_inverses: Vec<Edit>) {
    for undo in applied_inverses.into_iter().rev() {
        // An inverse computed a moment ago from this very map cannot fail.
        let _ = undo.apply(map);
    }
}

fn describe_batch(edits: &[Edit], map: &Map) -> String {
    match edits {
        [] => tr("step-nothing"),
        [only] => only.describe(map),
        _ => {
            let same_kind = edits
                .iter()
                .all(|e| std::mem::discriminant(e) == std::mem::discriminant(&edits[0]));
            let id = match &edits[0] {
                Edit::AddStakeholder(_) if same_kind => "step-add-stakeholders",
                Edit::UpdateStakeholder(_) if same_kind => "step-edit-stakeholders",
                Edit::DeleteStakeholder(_) if same_kind => "step-delete-stakeholders",
                Edit::AddRelation(_) if same_kind => "step-add-relations",
                Edit::UpdateRelation(_) if same_kind => "step-edit-relations",
                Edit::DeleteRelation(_) if same_kind => "step-delete-relations",
                _ => "step-changes",
            };
            tr_with(id, &[("count", edits.len().into())])
        }
    }
}

/// A recorded field's name, lowercase, as a step's words say it.
fn field_words(field: crate::model::history::Field) -> String {
    use crate::model::history::Field;
    tr(match field {
        Field::Stance => "step-field-stance",
        Field::Power => "step-field-power",
        Field::Interest => "step-field-interest",
        Field::Commitment => "step-field-commitment",
        Field::Role => "step-field-role",
        Field::Strength => "step-field-strength",
        Field::Confidence => "step-field-confidence",
        Field::Kind => "step-field-kind",
        Field::Exists => "step-field-in-place",
    })
}
