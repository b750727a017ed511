//! The merge of the three versions, list by list, item by item and field
//! by field, gathering the conflicts and where to note them.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map as Object, Value};

use super::{
    Clash, CoalitionId, Conflict, Items, META_NESTED, SPECS, Side, Spec, StakeholderId, Version,
    item_name, natural_cmp, refs_in, shown_field, singular, spec_index, words_of_field,
};
use crate::i18n::{tr, tr_with};

/// A conflict line waiting to be written into an item: which list, which
/// item, which notes field.
pub(super) struct Mark {
    pub(super) list: usize,
    pub(super) id: String,
    pub(super) field: &'static str,
    pub(super) line: String,
}

pub(super) struct Merger<'a> {
    pub(super) base: &'a Version,
    pub(super) ours: &'a Version,
    pub(super) theirs: &'a Version,
    pub(super) conflicts: Vec<Conflict>,
    pub(super) marks: Vec<Mark>,
}

impl Merger<'_> {
    /// The map's own settings, field by field.
    pub(super) fn meta(&mut self) -> Value {
        let mut clashes = Vec::new();
        let merged = merge_object(
            &self.base.meta,
            &self.ours.meta,
            &self.theirs.meta,
            META_NESTED,
            "",
            &mut clashes,
        );
        for (field, ours, theirs, base) in clashes {
            self.conflicts.push(Conflict {
                noun: "map",
                id: String::new(),
                name: String::new(),
                clash: Clash::Field {
                    field: words_of_field(&field),
                    ours: shown_field(&field, &ours),
                    theirs: shown_field(&field, &theirs),
                    base: shown_field(&field, &base),
                },
                private: false,
                stakeholders: Vec::new(),
                coalition: None,
            });
        }
        merged
    }

    /// One list, item by item.
    pub(super) fn list(&mut self, index: usize) -> Items {
        let (base, ours, theirs) = (
            &self.base.lists[index],
            &self.ours.lists[index],
            &self.theirs.lists[index],
        );
        let mut ids: Vec<&String> = base
            .keys()
            .chain(ours.keys())
            .chain(theirs.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        ids.sort_by(|a, b| natural_cmp(a, b));
        let mut merged = Items::new();
        for id in ids {
            let item = match (base.get(id), ours.get(id), theirs.get(id)) {
                (_, Some(o), Some(t)) if o == t => Some(o.clone()),
                (None, Some(o), None) => Some(o.clone()),
                (None, None, Some(t)) => Some(t.clone()),
                (Some(b), Some(o), None) if o == b => None,
                (Some(b), None, Some(t)) if t == b => None,
                (Some(_) | None, None, None) => None,
                (Some(b), Some(o), None) => {
                    self.deleted(index, id, o, b, Side::Theirs);
                    Some(o.clone())
                }
                (Some(b), None, Some(t)) => {
                    self.deleted(index, id, t, b, Side::Ours);
                    Some(t.clone())
                }
                (b, Some(o), Some(t)) => {
                    let empty = Value::Object(Object::new());
                    Some(self.item(index, id, b.unwrap_or(&empty), o, t))
                }
            };
            if let Some(item) = item {
                merged.insert(id.clone(), item);
            }
        }
        merged
    }

    /// An item both versions kept, field by field.
    pub(super) fn item(
        &mut self,
        index: usize,
        id: &str,
        base: &Value,
        ours: &Value,
        theirs: &Value,
    ) -> Value {
        let spec = &SPECS[index];
        let (Some(b), Some(o), Some(t)) = (base.as_object(), ours.as_object(), theirs.as_object())
        else {
            return ours.clone();
        };
        let mut merged = Object::new();
        let fields: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        for field in fields {
            let null = Value::Null;
            let (bv, ov, tv) = (
                b.get(field).unwrap_or(&null),
                o.get(field).unwrap_or(&null),
                t.get(field).unwrap_or(&null),
            );
            let value = if spec.sets.contains(&field.as_str()) {
                merge_set(bv, ov, tv)
            } else if let Some((_, key)) = spec.keyed.iter().find(|(f, _)| f == field) {
                self.keyed(index, id, field, key, bv, ov, tv)
            } else if ov == tv || tv == bv {
                ov.clone()
            } else if ov == bv {
                tv.clone()
            } else {
                self.field_clash(index, id, ours, field, ov, tv, bv);
                ov.clone()
            };
            if !value.is_null() {
                merged.insert(field.clone(), value);
            }
        }
        Value::Object(merged)
    }

    /// A list of records merged record by record (coalition members).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn keyed(
        &mut self,
        index: usize,
        id: &str,
        field: &str,
        key: &str,
        base: &Value,
        ours: &Value,
        theirs: &Value,
    ) -> Value {
        let records = |list: &Value| -> BTreeMap<String, Value> {
            list.as_array()
                .into_iter()
                .flatten()
                .map(|record| {
                    let name = record
                        .get(key)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    (name, record.clone())
                })
                .collect()
        };
        let (b, o, t) = (records(base), records(ours), records(theirs));
        let names: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        let mut merged = Vec::new();
        for name in names {
            let (bv, ov, tv) = (b.get(name), o.get(name), t.get(name));
            let kept = match (bv, ov, tv) {
                (_, Some(ov), Some(tv)) if ov == tv => Some(ov),
                (Some(bv), Some(ov), Some(tv)) if tv == bv => Some(ov),
                (Some(bv), Some(ov), Some(tv)) if ov == bv => Some(tv),
                (None, Some(ov), None) => Some(ov),
                (None, None, Some(tv)) => Some(tv),
                (Some(bv), Some(ov), None) if ov == bv => None,
                (Some(bv), None, Some(tv)) if tv == bv => None,
                (_, None, None) => None,
                (_, Some(ov), tv) => {
                    self.record_clash(index, id, field, name, Some(ov), tv, bv);
                    Some(ov)
                }
                (_, None, Some(tv)) => {
                    self.record_clash(index, id, field, name, None, Some(tv), bv);
                    None
                }
            };
            if let Some(record) = kept {
                merged.push(record.clone());
            }
        }
        Value::Array(merged)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_clash(
        &mut self,
        index: usize,
        id: &str,
        field: &str,
        name: &str,
        ours: Option<&Value>,
        theirs: Option<&Value>,
        base: Option<&Value>,
    ) {
        let spec = &SPECS[index];
        let who = self
            .ours
            .stakeholder_name(name)
            .or_else(|| self.theirs.stakeholder_name(name))
            .unwrap_or_else(|| name.to_owned());
        let record = |value: Option<&Value>| match value {
            None => tr("merge-no-such-member"),
            Some(v) => v
                .as_object()
                .map(|o| {
                    o.iter()
                        .filter(|(k, _)| *k != "stakeholder")
                        .map(|(k, v)| shown_field(k, v))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
        };
        let item = self.ours.lists[index]
            .get(id)
            .or_else(|| self.theirs.lists[index].get(id));
        let item_name = item.map(|i| self.name(spec, i)).unwrap_or_default();
        let member_is_stakeholder = spec
            .refs
            .iter()
            .any(|(path, noun)| path.starts_with(&format!("{field}[].")) && *noun == "stakeholder");
        self.conflicts.push(Conflict {
            noun: spec.noun,
            id: id.to_owned(),
            name: item_name,
            clash: Clash::Field {
                field: format!("{} “{who}”", singular(field)),
                ours: record(ours),
                theirs: record(theirs),
                base: record(base),
            },
            private: false,
            stakeholders: if member_is_stakeholder {
                vec![StakeholderId::new(name)]
            } else {
                Vec::new()
            },
            coalition: (spec.noun == "coalition").then(|| CoalitionId::new(id)),
        });
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn field_clash(
        &mut self,
        index: usize,
        id: &str,
        item: &Value,
        field: &str,
        ours: &Value,
        theirs: &Value,
        base: &Value,
    ) {
        let spec = &SPECS[index];
        let private = spec.private.iter().find(|(f, _)| *f == field);
        let conflict = Conflict {
            noun: spec.noun,
            id: id.to_owned(),
            name: self.name(spec, item),
            clash: Clash::Field {
                field: words_of_field(field),
                ours: shown_field(field, ours),
                theirs: shown_field(field, theirs),
                base: shown_field(field, base),
            },
            private: private.is_some(),
            stakeholders: Self::concerned(index, id, item),
            coalition: (spec.noun == "coalition").then(|| CoalitionId::new(id)),
        };
        if let Some(notes) = private.map(|(_, notes)| *notes).or(spec.notes) {
            let mut line = conflict.clone();
            line.private = false;
            self.marks.push(Mark {
                list: index,
                id: id.to_owned(),
                field: notes,
                line: tr_with(
                    "merge-conflict-note",
                    &[("conflict", line.describe(true).into())],
                ),
            });
        }
        self.conflicts.push(conflict);
    }

    /// One version deleted an item the other changed: it is kept as changed.
    pub(super) fn deleted(&mut self, index: usize, id: &str, kept: &Value, base: &Value, by: Side) {
        let changed: Vec<String> = match (kept.as_object(), base.as_object()) {
            (Some(k), Some(b)) => k
                .keys()
                .chain(b.keys())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .filter(|f| k.get(*f) != b.get(*f))
                .map(|f| words_of_field(f))
                .collect(),
            _ => Vec::new(),
        };
        self.conflict_on(index, id, kept, Clash::Deleted { by, changed });
    }

    pub(super) fn name(&self, spec: &Spec, item: &Value) -> String {
        item_name(spec, item, &[self.ours, self.theirs, self.base])
    }

    pub(super) fn conflict_on(&mut self, index: usize, id: &str, item: &Value, clash: Clash) {
        let spec = &SPECS[index];
        let conflict = Conflict {
            noun: spec.noun,
            id: id.to_owned(),
            name: self.name(spec, item),
            clash,
            private: false,
            stakeholders: Self::concerned(index, id, item),
            coalition: (spec.noun == "coalition").then(|| CoalitionId::new(id)),
        };
        if let Some(notes) = spec.notes {
            self.marks.push(Mark {
                list: index,
                id: id.to_owned(),
                field: notes,
                line: tr_with(
                    "merge-conflict-note",
                    &[("conflict", conflict.describe(true).into())],
                ),
            });
        }
        self.conflicts.push(conflict);
    }

    /// The stakeholders a conflict about an item concerns: the item itself,
    /// or the stakeholders it joins.
    pub(super) fn concerned(index: usize, id: &str, item: &Value) -> Vec<StakeholderId> {
        let spec = &SPECS[index];
        if spec.noun == "stakeholder" {
            return vec![StakeholderId::new(id)];
        }
        spec.refs
            .iter()
            .filter(|(path, noun)| !path.contains("[]") && *noun == "stakeholder")
            .flat_map(|(path, _)| refs_in(item, path))
            .map(StakeholderId::new)
            .collect()
    }

    /// Brings back what one version deleted and the other still refers to,
    /// until nothing refers to an item that is gone.
    pub(super) fn keep_what_is_needed(&mut self, lists: &mut [Items]) {
        loop {
            let mut missing: Vec<(usize, String, String)> = Vec::new();
            for (index, spec) in SPECS.iter().enumerate() {
                for item in lists[index].values() {
                    for (path, noun) in spec.refs {
                        let Some(target) = spec_index(noun) else {
                            continue;
                        };
                        for id in refs_in(item, path) {
                            if !lists[target].contains_key(&id)
                                && !missing.iter().any(|(t, i, _)| *t == target && *i == id)
                            {
                                let by = self.name(spec, item);
                                missing.push((target, id, format!("{} “{by}”", spec.noun)));
                            }
                        }
                    }
                }
            }
            if missing.is_empty() {
                return;
            }
            for (target, id, needed_by) in missing {
                let (kept, by) = match (
                    self.ours.lists[target].get(&id),
                    self.theirs.lists[target].get(&id),
                ) {
                    (Some(item), _) => (item.clone(), Side::Theirs),
                    (None, Some(item)) => (item.clone(), Side::Ours),
                    (None, None) => {
                        drop_refs_to(lists, target, &id);
                        continue;
                    }
                };
                self.conflict_on(target, &id, &kept, Clash::Needed { by, needed_by });
                lists[target].insert(id, kept);
            }
        }
    }
}

/// Takes out every reference to an item no version has (which valid
/// versions never give): records naming it, and items that need it.
pub(super) fn drop_refs_to(lists: &mut [Items], target: usize, gone: &str) {
    let noun = SPECS[target].noun;
    for (index, spec) in SPECS.iter().enumerate() {
        for (path, to) in spec.refs {
            if *to != noun {
                continue;
            }
            match path.split_once("[].") {
                Some((list, field)) => {
                    for item in lists[index].values_mut() {
                        if let Some(records) = item.get_mut(list).and_then(Value::as_array_mut) {
                            records.retain(|r| r.get(field).and_then(Value::as_str) != Some(gone));
                        }
                    }
                }
                None => lists[index]
                    .retain(|_, item| item.get(*path).and_then(Value::as_str) != Some(gone)),
            }
        }
    }
}

/// Fields of three versions of a record, merged one by one; nested
/// records named in `nested` merge field by field too. Conflicts keep
/// `ours` and are listed as (field, ours, theirs, base).
pub(super) fn merge_object(
    base: &Value,
    ours: &Value,
    theirs: &Value,
    nested: &[&str],
    prefix: &str,
    clashes: &mut Vec<(String, Value, Value, Value)>,
) -> Value {
    let empty = Object::new();
    let (b, o, t) = (
        base.as_object().unwrap_or(&empty),
        ours.as_object().unwrap_or(&empty),
        theirs.as_object().unwrap_or(&empty),
    );
    let mut merged = Object::new();
    for field in b
        .keys()
        .chain(o.keys())
        .chain(t.keys())
        .collect::<BTreeSet<_>>()
    {
        let null = Value::Null;
        let (bv, ov, tv) = (
            b.get(field).unwrap_or(&null),
            o.get(field).unwrap_or(&null),
            t.get(field).unwrap_or(&null),
        );
        let path = if prefix.is_empty() {
            field.clone()
        } else {
            format!("{prefix}.{field}")
        };
        let value = if nested.contains(&field.as_str()) {
            merge_object(bv, ov, tv, &[], &path, clashes)
        } else if ov == tv || tv == bv {
            ov.clone()
        } else if ov == bv {
            tv.clone()
        } else {
            clashes.push((path, ov.clone(), tv.clone(), bv.clone()));
            ov.clone()
        };
        if !value.is_null() {
            merged.insert(field.clone(), value);
        }
    }
    Value::Object(merged)
}

/// A set field: what is in the base stays only if both versions kept it;
/// what either version added is kept.
pub(super) fn merge_set(base: &Value, ours: &Value, theirs: &Value) -> Value {
    let elements = |v: &Value| v.as_array().cloned().unwrap_or_default();
    let (b, o, t) = (elements(base), elements(ours), elements(theirs));
    let mut merged: Vec<Value> = Vec::new();
    for value in o.iter().chain(t.iter()) {
        let keep = if b.contains(value) {
            o.contains(value) && t.contains(value)
        } else {
            true
        };
        if keep && !merged.contains(value) {
            merged.push(value.clone());
        }
    }
    if merged.is_empty() {
        Value::Null
    } else {
        Value::Array(merged)
    }
}
