//! Ids and the references between items: renumbering the other
//! version's new items when both versions gave the same id, following and
//! letting go of references, and naming an item for messages.

use std::collections::HashMap;

use serde_json::Value;

use super::{Items, Renumbered, SPECS, Spec, Version, id_of, natural_cmp, spec_index};

/// Gives the other version's new items new ids where this version gave
/// the same id to another new item, and points everything of the other
/// version at the new ids. Two new items are one only if they are the
/// same once their references are renumbered too, so this goes round
/// until no item changes. Returns the items renumbered and the serial
/// after the last id handed out.
pub(super) fn renumber(
    base: &Version,
    ours: &Version,
    theirs: &mut Version,
) -> (Vec<Renumbered>, u64) {
    let mut serial = ours.next_serial.max(theirs.next_serial);
    let mut renumbered = Vec::new();
    loop {
        // (noun of the list, old id) → new id
        let mut moves: HashMap<(&'static str, String), String> = HashMap::new();
        for (index, spec) in SPECS.iter().enumerate() {
            let mut ids: Vec<&String> = theirs.lists[index].keys().collect();
            ids.sort_by(|a, b| natural_cmp(a, b));
            for id in ids {
                // The very same new item on both sides is one item.
                if base.has(id)
                    || !ours.has(id)
                    || ours.lists[index].get(id) == theirs.lists[index].get(id)
                {
                    continue;
                }
                let new_id = loop {
                    let candidate = format!("{}{serial}", spec.prefix);
                    serial = serial.saturating_add(1);
                    if !base.has(&candidate) && !ours.has(&candidate) && !theirs.has(&candidate) {
                        break candidate;
                    }
                };
                let name = theirs.lists[index]
                    .get(id)
                    .map(|item| item_name(spec, item, &[&*theirs, ours, base]))
                    .unwrap_or_default();
                renumbered.push(Renumbered {
                    noun: spec.noun,
                    name,
                    from: id.clone(),
                    to: new_id.clone(),
                });
                moves.insert((spec.noun, id.clone()), new_id);
            }
        }
        if moves.is_empty() {
            return (renumbered, serial);
        }
        move_ids(theirs, &moves);
    }
}

/// Gives items their new ids, and points every reference at them.
pub(super) fn move_ids(version: &mut Version, moves: &HashMap<(&'static str, String), String>) {
    for (index, spec) in SPECS.iter().enumerate() {
        let items = std::mem::take(&mut version.lists[index]);
        version.lists[index] = items
            .into_iter()
            .map(|(id, mut item)| {
                let id = match moves.get(&(spec.noun, id.clone())) {
                    Some(new_id) => {
                        item["id"] = Value::String(new_id.clone());
                        new_id.clone()
                    }
                    None => id,
                };
                for (path, noun) in spec.refs.iter().chain(spec.weak_refs) {
                    for_each_ref(&mut item, path, &mut |value| {
                        if let Some(new_id) = value
                            .as_str()
                            .and_then(|old| moves.get(&(*noun, old.to_owned())))
                        {
                            *value = Value::String(new_id.clone());
                        }
                    });
                }
                (id, item)
            })
            .collect();
    }
}

/// Calls `f` on every value a path names: "from"; "members[].stakeholder"
/// for a field of each record of a list; "focus.stakeholder" for a field of
/// a record; "highlighted[]" for each value of a list.
pub(super) fn for_each_ref(item: &mut Value, path: &str, f: &mut dyn FnMut(&mut Value)) {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let (field, each) = match head.strip_suffix("[]") {
        Some(field) => (field, true),
        None => (head, false),
    };
    let Some(value) = item.get_mut(field) else {
        return;
    };
    let values: Vec<&mut Value> = if each {
        value
            .as_array_mut()
            .map(|values| values.iter_mut().collect())
            .unwrap_or_default()
    } else {
        vec![value]
    };
    for value in values {
        match rest {
            Some(rest) => for_each_ref(value, rest, f),
            None => f(value),
        }
    }
}

/// Lets go of the weak references an item has to items no list holds any
/// more: a list loses the id, a record that needs it (a scene's focus)
/// goes, a single reference becomes nothing.
pub(super) fn drop_weak_refs(spec: &Spec, item: &mut Value, lists: &[Items]) {
    for (path, noun) in spec.weak_refs {
        let Some(target) = spec_index(noun) else {
            continue;
        };
        let present = |value: &Value| {
            value
                .as_str()
                .is_some_and(|id| lists[target].contains_key(id))
        };
        match path.rsplit_once('.') {
            // A record whose one reference is gone goes with it.
            Some((record, field)) if !field.ends_with("[]") => {
                if let Some(value) = item.get(record).and_then(|r| r.get(field))
                    && !present(value)
                {
                    item[record] = Value::Null;
                }
            }
            _ => {
                let (parent, leaf) = match path.rsplit_once('.') {
                    Some((parent, leaf)) => (Some(parent), leaf),
                    None => (None, *path),
                };
                let holder = match parent {
                    Some(parent) => item.get_mut(parent),
                    None => Some(&mut *item),
                };
                let Some(holder) = holder else {
                    continue;
                };
                match leaf.strip_suffix("[]") {
                    Some(field) => {
                        if let Some(values) = holder.get_mut(field).and_then(Value::as_array_mut) {
                            values.retain(present);
                        }
                    }
                    None => {
                        if holder
                            .get(leaf)
                            .is_some_and(|v| !v.is_null() && !present(v))
                        {
                            holder[leaf] = Value::Null;
                        }
                    }
                }
            }
        }
    }
}

/// The ids a path names in an item.
pub(super) fn refs_in(item: &Value, path: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut copy = item.clone();
    for_each_ref(&mut copy, path, &mut |value| {
        if let Some(id) = value.as_str() {
            found.push(id.to_owned());
        }
    });
    found
}

/// An item as a reader knows it: its name, or the names of what it joins,
/// as the first of `versions` that has them names them.
pub(super) fn item_name(spec: &Spec, item: &Value, versions: &[&Version]) -> String {
    if let Some(name) = item
        .get("name")
        .or_else(|| item.get("title"))
        .and_then(Value::as_str)
    {
        return name.to_owned();
    }
    let ends: Vec<String> = spec
        .refs
        .iter()
        .filter(|(path, noun)| !path.contains("[]") && *noun == "stakeholder")
        .flat_map(|(path, _)| refs_in(item, path))
        .map(|id| {
            versions
                .iter()
                .find_map(|v| v.stakeholder_name(&id))
                .unwrap_or(id)
        })
        .collect();
    if ends.is_empty() {
        id_of(item)
    } else {
        ends.join(" → ")
    }
}
