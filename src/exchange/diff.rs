//! What changed between two versions of a map, item by item and field by
//! field, in words a reader follows: stakeholders, relations, coalitions,
//! presentation scenes and the plan's jobs, asks and contacts added, removed or changed (with each field's
//! value before and after; a scene's place in the presentation is one of
//! its fields), and the map's own settings.
//!
//! Items are matched by id, so a renamed stakeholder is one change, not a
//! removal and an addition. Items are listed in the order of their ids as
//! people count them (s20 before s100).

mod plan;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use super::diff_history::diff_history;
pub use super::diff_history::{HistoryDiff, RecordChange};
use crate::i18n::tr;
use crate::model::field::{RelationField, StakeholderField};
use crate::model::{Map, MemberRole, RelationKind, natural_cmp};

/// One field's value before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// What happened to one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed(Vec<FieldChange>),
}

/// One item that differs, named as a reader knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemChange {
    pub id: String,
    pub name: String,
    pub change: Change,
}

/// Everything that differs between two maps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapDiff {
    pub settings: Vec<FieldChange>,
    pub stakeholders: Vec<ItemChange>,
    pub relations: Vec<ItemChange>,
    pub coalitions: Vec<ItemChange>,
    pub scenes: Vec<ItemChange>,
    /// Jobs, asks and contacts.
    pub plan: Vec<ItemChange>,
    /// Values recorded over time and checkpoints.
    pub history: HistoryDiff,
}

impl MapDiff {
    pub fn is_empty(&self) -> bool {
        self.settings.is_empty()
            && self.stakeholders.is_empty()
            && self.relations.is_empty()
            && self.coalitions.is_empty()
            && self.scenes.is_empty()
            && self.plan.is_empty()
            && self.history.is_empty()
    }

    /// The differences as text, one item per line and its fields indented.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        if !self.settings.is_empty() {
            let _ = writeln!(text, "{}", tr("diff-map-settings"));
            fields_text(&mut text, &self.settings);
        }
        for (heading, items) in [
            ("diff-stakeholders", &self.stakeholders),
            ("diff-relations", &self.relations),
            ("diff-coalitions", &self.coalitions),
            ("diff-scenes", &self.scenes),
            ("diff-plan", &self.plan),
        ] {
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(text, "{}", tr(heading));
            for item in items {
                let (mark, what) = match &item.change {
                    Change::Added => ("+", tr("diff-added")),
                    Change::Removed => ("-", tr("diff-removed")),
                    Change::Changed(_) => ("~", tr("diff-changed")),
                };
                let _ = writeln!(text, "  {mark} {} ({}) {what}", item.name, item.id);
                if let Change::Changed(fields) = &item.change {
                    fields_text(&mut text, fields);
                }
            }
        }
        self.history.write_text(&mut text);
        text
    }
}

fn fields_text(text: &mut String, fields: &[FieldChange]) {
    for f in fields {
        let _ = writeln!(text, "      {}: {} → {}", f.field, f.before, f.after);
    }
}

/// What differs from `old` to `new`.
pub fn diff(old: &Map, new: &Map) -> MapDiff {
    let settings = value_fields(&settings_of(old), &settings_of(new));
    let stakeholders = items(
        old.stakeholders_sorted()
            .into_iter()
            .map(|s| (s.id.to_string(), s.name.clone(), value(s))),
        new.stakeholders_sorted()
            .into_iter()
            .map(|s| (s.id.to_string(), s.name.clone(), value(s))),
    );
    let relation_name = |map: &Map, r: &crate::model::Relation| {
        let name = |id| {
            map.stakeholder(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        };
        let arrow = if r.mutual { "↔" } else { "→" };
        format!(
            "{} {arrow} {} ({})",
            name(&r.from),
            name(&r.to),
            r.kind.label().to_lowercase()
        )
    };
    let relations = items(
        old.relations_sorted()
            .into_iter()
            .map(|r| (r.id.to_string(), relation_name(old, r), value(r))),
        new.relations_sorted()
            .into_iter()
            .map(|r| (r.id.to_string(), relation_name(new, r), value(r))),
    );
    let coalitions = items(
        old.coalitions()
            .map(|c| (c.id.to_string(), c.name.clone(), value(c))),
        new.coalitions()
            .map(|c| (c.id.to_string(), c.name.clone(), value(c))),
    );
    let scene_items = |map: &Map| {
        map.scenes()
            .iter()
            .enumerate()
            .map(|(index, scene)| {
                let mut fields = value(scene);
                if let Value::Object(object) = &mut fields {
                    object.insert("place".to_owned(), Value::from(index + 1));
                }
                (scene.id.to_string(), scene.title.clone(), fields)
            })
            .collect::<Vec<_>>()
    };
    let scenes = items(scene_items(old).into_iter(), scene_items(new).into_iter());
    MapDiff {
        settings,
        stakeholders,
        relations,
        coalitions,
        scenes,
        plan: plan::plan_changes(old, new),
        history: diff_history(old, new),
    }
}

fn value(item: &impl Serialize) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

/// Items of two versions matched by id: (id, name, fields).
fn items(
    old: impl Iterator<Item = (String, String, Value)>,
    new: impl Iterator<Item = (String, String, Value)>,
) -> Vec<ItemChange> {
    let old: BTreeMap<String, (String, Value)> = old.map(|(id, name, v)| (id, (name, v))).collect();
    let new: BTreeMap<String, (String, Value)> = new.map(|(id, name, v)| (id, (name, v))).collect();
    // In the order people count them: s20, s99, s100.
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort_by(|a, b| natural_cmp(a, b));
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| {
            let change = match (old.get(id), new.get(id)) {
                (None, Some((name, _))) => (name.clone(), Change::Added),
                (Some((name, _)), None) => (name.clone(), Change::Removed),
                (Some((_, before)), Some((name, after))) => {
                    let changed = value_fields(before, after);
                    if changed.is_empty() {
                        return None;
                    }
                    (name.clone(), Change::Changed(changed))
                }
                (None, None) => return None,
            };
            Some(ItemChange {
                id: id.clone(),
                name: change.0,
                change: change.1,
            })
        })
        .collect()
}

/// The map's settings as `diff` compares them: its own fields and the
/// days after which a relation goes cold.
fn settings_of(map: &Map) -> Value {
    let mut settings = value(map.meta());
    if let Value::Object(object) = &mut settings {
        object.insert(
            "cold_after_days".to_owned(),
            Value::from(map.plan().cold_after_days()),
        );
    }
    settings
}

/// The fields of two objects that differ, nested objects as "a.b".
fn value_fields(old: &Value, new: &Value) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    collect("", old, new, &mut changes);
    changes
}

fn collect(path: &str, old: &Value, new: &Value, out: &mut Vec<FieldChange>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let field = if path.is_empty() {
                    key.replace('_', " ")
                } else {
                    format!("{path}.{}", key.replace('_', " "))
                };
                collect(
                    &field,
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        _ if old == new => {}
        _ => out.push(FieldChange {
            field: path.to_owned(),
            before: shown_field(path, old),
            after: shown_field(path, new),
        }),
    }
}

/// A field's value as a reader reads it: choices by their label (“Active
/// ally”), places as (x, y), the rest as [`shown`] gives it.
pub(crate) fn shown_field(field: &str, value: &Value) -> String {
    let field = field.rsplit('.').next().unwrap_or(field);
    if let Some(choice) = shown_choice(field, value) {
        return choice;
    }
    match value {
        Value::Object(o) if o.contains_key("x") && o.contains_key("y") => {
            format!("({}, {})", o["x"], o["y"])
        }
        other => shown(other),
    }
}

/// A choice by its label, as the field registry knows the field's choices
/// (a relation's kind and a member's role apart: they are not fields of a
/// stakeholder or relation with a closed list).
fn shown_choice(field: &str, value: &Value) -> Option<String> {
    let label = |written: &str| {
        StakeholderField::by_key(field)
            .and_then(|f| f.choice_label(written))
            .or_else(|| RelationField::by_key(field).and_then(|f| f.choice_label(written)))
    };
    match value {
        Value::Array(items) if field == StakeholderField::Contributions.key() => items
            .iter()
            .map(|item| item.as_str().and_then(label))
            .collect::<Option<Vec<_>>>()
            .map(|labels| labels.join(", ")),
        Value::String(written) => label(written).map(str::to_owned).or_else(|| match field {
            "kind" => serde_json::from_value::<RelationKind>(value.clone())
                .ok()
                .map(|k| k.label().to_owned()),
            "role" => serde_json::from_value::<MemberRole>(value.clone())
                .ok()
                .map(|r| r.label().to_owned()),
            _ => None,
        }),
        // A relation kind of the map's own: `{"Custom": "Mentors"}`.
        Value::Object(_) if field == RelationField::Kind.key() => {
            serde_json::from_value::<RelationKind>(value.clone())
                .ok()
                .map(|k| k.label().to_owned())
        }
        _ => None,
    }
}

/// A value as a reader reads it: text quoted, lists joined, nothing as "—".
pub(crate) fn shown(value: &Value) -> String {
    match value {
        Value::Null => "—".to_owned(),
        Value::String(s) if s.is_empty() => "—".to_owned(),
        Value::String(s) => format!("“{s}”"),
        Value::Array(items) if items.is_empty() => "—".to_owned(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
        other => other.to_string(),
    }
}
