//! The merged items made into a map through edits (so the map's own
//! checks hold), the conflicts written into it, and the edit that turns
//! one map into another.

use crate::model::field::StakeholderField;
use std::fmt::Write as _;

use serde_json::Value;

use super::merger::Mark;
use super::refs::drop_weak_refs;
use super::spec::typed;
use super::{CONFLICT_TAG, Conflict, Items, MergeError, SPECS, Spec, Version, id_of, spec_index};
use crate::edit::Edit;
use crate::i18n::tr_with;
use crate::model::{Map, MapMeta, SceneId, natural_cmp};

/// Where the merge keeps the days after which a relation goes cold: beside
/// the map's settings, so both versions changing it differently is a
/// conflict like any setting's.
const COLD_AFTER: &str = "cold_after_days";

/// The map's settings as the merge sees them, with the cold days.
pub(super) fn meta_of(map: &Map) -> Value {
    let mut meta = serde_json::to_value(map.meta()).unwrap_or(Value::Null);
    if let Value::Object(object) = &mut meta {
        object.insert(
            COLD_AFTER.to_owned(),
            Value::from(map.plan().cold_after_days()),
        );
    }
    meta
}

/// A map of merged items. Every item goes in through an edit, so the
/// map's own checks hold.
pub(super) fn build(meta: &Value, lists: &[Items], next_serial: u64) -> Result<Map, MergeError> {
    let mut meta = meta.clone();
    let cold_after = meta
        .as_object_mut()
        .and_then(|object| object.remove(COLD_AFTER))
        .and_then(|days| days.as_u64())
        .and_then(|days| u32::try_from(days).ok());
    let meta: MapMeta = typed(meta)?;
    let mut map = Map::new(meta.title.clone());
    let mut edits = vec![Edit::SetMeta(meta)];
    if let Some(days) = cold_after.filter(|days| *days != map.plan().cold_after_days()) {
        edits.push(Edit::SetColdAfter(days));
    }
    for (spec, items) in SPECS.iter().zip(lists) {
        for item in in_order(spec, items) {
            let mut item = item.clone();
            drop_weak_refs(spec, &mut item, lists);
            edits.push((spec.add)(item)?);
        }
    }
    Edit::Batch(edits)
        .apply(&mut map)
        .map_err(MergeError::Invalid)?;
    let serial = map.next_serial().max(next_serial);
    Edit::SetNextSerial(serial)
        .apply(&mut map)
        .map_err(MergeError::Serial)?;
    Ok(map)
}

/// The merged map with the conflicts written into it: each line in its
/// item's notes, the stakeholders concerned tagged, every conflict in the
/// map's notes.
pub(super) fn mark(
    mut meta: Value,
    mut lists: Vec<Items>,
    conflicts: &[Conflict],
    marks: &[Mark],
    next_serial: u64,
) -> Result<Map, MergeError> {
    for m in marks {
        if let Some(item) = lists[m.list].get_mut(&m.id) {
            let notes = item
                .get(m.field)
                .and_then(Value::as_str)
                .unwrap_or_default();
            let notes = if notes.is_empty() {
                m.line.clone()
            } else {
                format!("{notes}\n\n{}", m.line)
            };
            item[m.field] = Value::String(notes);
        }
    }
    if let Some(index) = spec_index("stakeholder") {
        const TAGS: &str = StakeholderField::Tags.key();
        for id in conflicts.iter().flat_map(|c| &c.stakeholders) {
            if let Some(stakeholder) = lists[index].get_mut(id.as_str()) {
                let tags = stakeholder
                    .get(TAGS)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let tag = Value::String(CONFLICT_TAG.to_owned());
                if !tags.contains(&tag) {
                    let mut tags = tags;
                    tags.push(tag);
                    stakeholder[TAGS] = Value::Array(tags);
                }
            }
        }
    }
    let mut list = tr_with(
        "merge-conflicts-note",
        &[
            ("count", conflicts.len().into()),
            ("tag", CONFLICT_TAG.into()),
        ],
    );
    for conflict in conflicts {
        let _ = write!(list, "\n- {}", conflict.line(true));
    }
    let notes = meta
        .get("notes")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let notes = if notes.is_empty() {
        list
    } else {
        format!("{notes}\n\n{list}")
    };
    meta["notes"] = Value::String(notes);
    build(&meta, &lists, next_serial)
}

/// A field's name in words: "confidential notes", "conditions timing".
pub(super) fn words_of_field(field: &str) -> String {
    field.replace(['_', '.'], " ")
}

/// "members" → "member".
pub(super) fn singular(field: &str) -> &str {
    field.strip_suffix('s').unwrap_or(field)
}

/// A list's items in the order the map keeps them: by place, then by id.
pub(super) fn in_order<'a>(spec: &Spec, items: &'a Items) -> Vec<&'a Value> {
    let mut ordered: Vec<&Value> = items.values().collect();
    let place = |item: &Value| {
        spec.order
            .and_then(|field| item.get(field))
            .and_then(Value::as_f64)
            .unwrap_or(0.0)
    };
    ordered.sort_by(|a, b| {
        place(a)
            .total_cmp(&place(b))
            .then_with(|| natural_cmp(&id_of(a), &id_of(b)))
    });
    ordered
}

/// The edit that turns `from` into `to`, as one undo step: what is new or
/// changed first, list by list, then what is gone, the scenes put in
/// their places, the settings and the id counter last.
pub fn edit_between(from: &Map, to: &Map) -> Result<Edit, MergeError> {
    let (old, new) = (Version::of(from), Version::of(to));
    let mut edits = Vec::new();
    for (index, spec) in SPECS.iter().enumerate() {
        let mut ids: Vec<&String> = new.lists[index].keys().collect();
        ids.sort_by(|a, b| natural_cmp(a, b));
        for id in ids {
            let item = &new.lists[index][id];
            match old.lists[index].get(id) {
                None => edits.push((spec.add)(item.clone())?),
                Some(before) if before != item => edits.push((spec.update)(item.clone())?),
                Some(_) => {}
            }
        }
    }
    // The history once its items are there, before any of them goes.
    edits.extend(super::history::edits_between(from, to));
    // Deletions come after the changes, and lists that refer to
    // stakeholders before the stakeholders: deleting a stakeholder takes
    // along whatever still refers to it, which by then is only what goes.
    for index in (0..SPECS.len()).rev() {
        for id in old.lists[index].keys() {
            if !new.lists[index].contains_key(id) {
                edits.push((SPECS[index].delete)(id));
            }
        }
    }
    // New scenes were added last; each is now moved to its place.
    let mut order: Vec<&SceneId> = from
        .scenes()
        .iter()
        .map(|s| &s.id)
        .filter(|id| to.scene(id).is_some())
        .collect();
    let mut added: Vec<&SceneId> = to
        .scenes()
        .iter()
        .map(|s| &s.id)
        .filter(|id| from.scene(id).is_none())
        .collect();
    added.sort();
    order.extend(added);
    for (place, scene) in to.scenes().iter().enumerate() {
        if let Some(at) = order.iter().position(|id| **id == scene.id)
            && at != place
        {
            let id = order.remove(at);
            order.insert(place, id);
            edits.push(Edit::MoveScene {
                id: scene.id.clone(),
                to: place,
            });
        }
    }
    if from.meta() != to.meta() {
        edits.push(Edit::SetMeta(to.meta().clone()));
    }
    if from.plan().cold_after_days() != to.plan().cold_after_days() {
        edits.push(Edit::SetColdAfter(to.plan().cold_after_days()));
    }
    edits.push(Edit::SetNextSerial(to.next_serial()));
    Ok(Edit::Batch(edits))
}
