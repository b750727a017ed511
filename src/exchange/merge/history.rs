//! The history in a merge: observations and checkpoints merge as sets,
//! observations keyed by item, field and date. What either version added
//! comes in, what either removed goes; where both recorded the same key
//! with different values, ours is kept. Their observations come in only
//! for items that were in the base: items they added may have been given
//! new ids, and their records are left out rather than put on another item.

use std::collections::BTreeMap;

use crate::edit::Edit;
use crate::model::{Checkpoint, Map, Observation, ObservationKey};

/// Puts the merged history of the three versions into the merged map.
pub(super) fn merge_history(base: &Map, ours: &Map, theirs: &Map, merged: &mut Map) {
    let keyed = |map: &Map| -> BTreeMap<ObservationKey, Observation> {
        map.timeline()
            .observations()
            .map(|o| (o.key(), o.clone()))
            .collect()
    };
    let (base_o, ours_o, theirs_o) = (keyed(base), keyed(ours), keyed(theirs));
    let in_base = |o: &Observation| match &o.of {
        crate::model::Subject::Stakeholder(id) => base.stakeholder(id).is_some(),
        crate::model::Subject::Relation(id) => base.relation(id).is_some(),
    };
    let mut kept: BTreeMap<ObservationKey, Observation> = BTreeMap::new();
    for (key, observation) in &ours_o {
        let theirs_removed = base_o.contains_key(key) && !theirs_o.contains_key(key);
        let ours_unchanged = base_o.get(key) == Some(observation);
        if !(theirs_removed && ours_unchanged) {
            kept.insert(key.clone(), observation.clone());
        }
    }
    for (key, observation) in &theirs_o {
        let ours_removed = base_o.contains_key(key) && !ours_o.contains_key(key);
        let ours_changed = ours_o.get(key).is_some_and(|o| base_o.get(key) != Some(o));
        if !ours_removed && !ours_changed && in_base(observation) {
            kept.insert(key.clone(), observation.clone());
        }
    }
    let checkpoints = |map: &Map| map.timeline().checkpoints().to_vec();
    let (base_c, ours_c, theirs_c) = (checkpoints(base), checkpoints(ours), checkpoints(theirs));
    let mut marked: Vec<Checkpoint> = ours_c
        .iter()
        .filter(|c| !base_c.contains(c) || theirs_c.contains(c))
        .cloned()
        .collect();
    for checkpoint in &theirs_c {
        if !marked.contains(checkpoint)
            && (!base_c.contains(checkpoint) || ours_c.contains(checkpoint))
        {
            marked.push(checkpoint.clone());
        }
    }
    // One at a time: a record of an item the merge dropped is left out.
    for observation in kept.into_values() {
        let _ = Edit::Observe(Box::new(observation)).apply(merged);
    }
    for checkpoint in marked {
        let _ = Edit::AddCheckpoint(checkpoint).apply(merged);
    }
}
