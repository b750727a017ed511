//! Three-way merge of two versions of a map that grew apart from a common
//! ancestor (two branches in git, two copies in a shared folder).
//!
//! Items are matched by id and merged field by field: changes to different
//! items or different fields all come through, lists of tags merge as
//! sets, coalition members merge member by member. Both versions' new
//! items are kept; when both gave the same id to different new items, the
//! other version's is renumbered. A real conflict (both changed the same
//! field, or one deleted what the other changed) keeps this version's
//! value and is written into the map so it can be resolved in the app: the
//! stakeholders concerned are tagged [`CONFLICT_TAG`], the item's notes say
//! what each version had, and the map's notes list every conflict. The
//! result is always a valid map: nothing refers to an item that is gone.
//!
//! Every id-keyed list of a map is described once, by a [`Spec`] in
//! [`SPECS`]; the merge itself knows no field names beyond them.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map as Object, Value};

use super::diff::{MapDiff, diff, shown_field};
use crate::edit::Edit;
use crate::model::{
    CoalitionId, Map, MapMeta, RelationId, Scene, SceneId, StakeholderId, natural_cmp,
};

/// The tag a merge puts on every stakeholder a conflict concerns, so the
/// filter bar and Find show them.
pub const CONFLICT_TAG: &str = "merge-conflict";

/// Which of the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The version merged into (git's "ours", the map open in the app).
    Ours,
    /// The other version.
    Theirs,
}

impl Side {
    fn words(self) -> &'static str {
        match self {
            Side::Ours => "this version",
            Side::Theirs => "the other version",
        }
    }

    fn other(self) -> Self {
        match self {
            Side::Ours => Side::Theirs,
            Side::Theirs => Side::Ours,
        }
    }
}

/// What the two versions disagree on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clash {
    /// Both changed the field, each its own way; this version's value is kept.
    Field {
        field: String,
        ours: String,
        theirs: String,
        base: String,
    },
    /// One version deleted the item, the other changed these fields; the
    /// item is kept as changed.
    Deleted { by: Side, changed: Vec<String> },
    /// One version deleted the item, but an item of the other version
    /// refers to it; it is kept.
    Needed { by: Side, needed_by: String },
}

/// One conflict, with the item it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// "stakeholder", "relation", "coalition" or "map".
    pub noun: &'static str,
    /// The item's id (empty for the map's own settings).
    pub id: String,
    /// The item as a reader knows it.
    pub name: String,
    pub clash: Clash,
    /// The field holds confidential notes: its values are only written
    /// into the item's confidential notes, never into lists.
    pub private: bool,
    /// The stakeholders to look at, tagged [`CONFLICT_TAG`].
    pub stakeholders: Vec<StakeholderId>,
    /// The coalition concerned, for conflicts about a coalition.
    pub coalition: Option<CoalitionId>,
}

impl Conflict {
    /// What happened, in a sentence without the item's name. With
    /// `values`, the values of both versions are given in full.
    pub fn describe(&self, values: bool) -> String {
        match &self.clash {
            Clash::Field {
                field,
                ours,
                theirs,
                base,
            } if values && !self.private => format!(
                "{field}: this version has {ours}, the other version {theirs}, the common ancestor {base}; this version's is kept"
            ),
            Clash::Field { field, .. } => format!(
                "{field} differs in the two versions (see the confidential notes); this version's is kept"
            ),
            Clash::Deleted { by, changed } => format!(
                "{} deleted it, {} changed its {}; it is kept as {} has it, without the relations and memberships deleted with it",
                by.words(),
                by.other().words(),
                changed.join(", "),
                by.other().words()
            ),
            Clash::Needed { by, needed_by } => format!(
                "{} deleted it, but {}'s {needed_by} needs it; it is kept as {} has it",
                by.words(),
                by.other().words(),
                by.other().words()
            ),
        }
    }

    /// The conflict in one line, naming the item: "stakeholder “Union”
    /// (s3): power: …".
    pub fn line(&self, values: bool) -> String {
        if self.noun == "map" {
            format!("map settings, {}", self.describe(values))
        } else {
            format!(
                "{} “{}” ({}): {}",
                self.noun,
                self.name,
                self.id,
                self.describe(values)
            )
        }
    }
}

/// An item of the other version given a new id, because this version gave
/// its id to another new item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renumbered {
    pub noun: &'static str,
    pub name: String,
    pub from: String,
    pub to: String,
}

/// The merged map and what the merge did.
#[derive(Clone, Debug)]
pub struct Merged {
    pub map: Map,
    /// What the other version brought, from this version to the merged map
    /// (before the conflicts were written into it).
    pub taken: MapDiff,
    pub renumbered: Vec<Renumbered>,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// What the merge did, as text: what came from the other version, the
    /// items renumbered, and each conflict.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        if self.taken.is_empty() {
            text.push_str("Nothing to take from the other version.\n");
        } else {
            text.push_str("From the other version:\n");
            for line in self.taken.to_text().lines() {
                let _ = writeln!(text, "  {line}");
            }
        }
        for r in &self.renumbered {
            let _ = writeln!(
                text,
                "Both versions added a new item as {}: the other version's {} “{}” is now {}.",
                r.from, r.noun, r.name, r.to
            );
        }
        match self.conflicts.len() {
            0 => text.push_str("No conflicts.\n"),
            n => {
                let _ = writeln!(
                    text,
                    "{}, each written into the map; the stakeholders concerned are tagged {CONFLICT_TAG}:",
                    if n == 1 {
                        "1 conflict".to_owned()
                    } else {
                        format!("{n} conflicts")
                    }
                );
                for conflict in &self.conflicts {
                    let _ = writeln!(text, "  - {}", shorten(&conflict.line(true), 240));
                }
            }
        }
        text
    }
}

/// Longer text is cut to `most` characters with an ellipsis.
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        text.to_owned()
    } else {
        text.chars().take(most - 1).chain(['…']).collect()
    }
}

/// How the merge treats one id-keyed list of a map. Adding a list to the
/// map (scenes, say) is one more entry in [`SPECS`].
pub struct Spec {
    /// The item in words: "stakeholder".
    pub noun: &'static str,
    /// How new ids of this list begin ("s").
    pub prefix: &'static str,
    /// The list's items as JSON objects with an "id".
    pub items: fn(&Map) -> Vec<Value>,
    /// The edits that add an item, replace one, and delete one by its id.
    pub add: fn(Value) -> Result<Edit, String>,
    pub update: fn(Value) -> Result<Edit, String>,
    pub delete: fn(&str) -> Edit,
    /// Fields that are sets of values: what either version adds is kept,
    /// what either removes goes, and they never conflict.
    pub sets: &'static [&'static str],
    /// Fields that are lists of records, merged record by record; each
    /// with the field that names its record ("members" by "stakeholder").
    pub keyed: &'static [(&'static str, &'static str)],
    /// Fields that name items of other lists: a path ("from",
    /// "members[].stakeholder", "focus.stakeholder", "highlighted[]") and
    /// the noun of the list named. What an item refers to is kept even
    /// when one version deleted it.
    pub refs: &'static [(&'static str, &'static str)],
    /// References that are let go instead: when the item named is gone,
    /// the reference goes (a scene stops picking out a deleted stakeholder).
    pub weak_refs: &'static [(&'static str, &'static str)],
    /// A number field the list is ordered by (its items' place), or `None`
    /// for a list kept in id order.
    pub order: Option<&'static str>,
    /// The field a conflict line is written into, if any.
    pub notes: Option<&'static str>,
    /// Fields whose conflicts go into another notes field, not `notes`
    /// (confidential notes stay confidential).
    pub private: &'static [(&'static str, &'static str)],
}

fn items_of<T: Serialize>(items: impl IntoIterator<Item = T>) -> Vec<Value> {
    items
        .into_iter()
        .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
        .collect()
}

fn typed<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| format!("a merged item cannot be read back: {e}"))
}

/// Every id-keyed list of a map, in the order they are merged and built.
pub const SPECS: &[Spec] = &[
    Spec {
        noun: "stakeholder",
        prefix: StakeholderId::PREFIX,
        items: |map| items_of(map.stakeholders_sorted()),
        add: |v| typed(v).map(Edit::AddStakeholder),
        update: |v| typed(v).map(Edit::UpdateStakeholder),
        delete: |id| Edit::DeleteStakeholder(StakeholderId::new(id)),
        sets: &["tags", "expertise", "contributions"],
        keyed: &[],
        refs: &[],
        weak_refs: &[],
        order: None,
        notes: Some("notes"),
        private: &[("confidential_notes", "confidential_notes")],
    },
    Spec {
        noun: "relation",
        prefix: RelationId::PREFIX,
        items: |map| items_of(map.relations_sorted()),
        add: |v| typed(v).map(Edit::AddRelation),
        update: |v| typed(v).map(Edit::UpdateRelation),
        delete: |id| Edit::DeleteRelation(RelationId::new(id)),
        sets: &[],
        keyed: &[],
        refs: &[("from", "stakeholder"), ("to", "stakeholder")],
        weak_refs: &[],
        order: None,
        notes: Some("note"),
        private: &[],
    },
    Spec {
        noun: "coalition",
        prefix: CoalitionId::PREFIX,
        items: |map| items_of(map.coalitions()),
        add: |v| typed(v).map(Edit::AddCoalition),
        update: |v| typed(v).map(Edit::UpdateCoalition),
        delete: |id| Edit::DeleteCoalition(CoalitionId::new(id)),
        sets: &[],
        keyed: &[("members", "stakeholder")],
        refs: &[("members[].stakeholder", "stakeholder")],
        weak_refs: &[],
        order: None,
        notes: None,
        private: &[],
    },
    Spec {
        noun: "scene",
        prefix: SceneId::PREFIX,
        // A scene's place in the presentation is one of its fields, so
        // moving a scene merges like any other change.
        items: |map| {
            map.scenes()
                .iter()
                .enumerate()
                .map(|(index, scene)| {
                    let mut item = serde_json::to_value(scene).unwrap_or(Value::Null);
                    if let Value::Object(fields) = &mut item {
                        fields.insert(SCENE_PLACE.to_owned(), Value::from(index + 1));
                    }
                    item
                })
                .collect()
        },
        add: |v| {
            typed::<Scene>(v).map(|scene| Edit::AddScene {
                index: usize::MAX,
                scene: Box::new(scene),
            })
        },
        update: |v| typed::<Scene>(v).map(|scene| Edit::UpdateScene(Box::new(scene))),
        delete: |id| Edit::DeleteScene(SceneId::new(id)),
        sets: &["highlighted", "highlighted_relations"],
        keyed: &[],
        refs: &[],
        weak_refs: &[
            ("highlighted[]", "stakeholder"),
            ("highlighted_relations[]", "relation"),
            ("focus.stakeholder", "stakeholder"),
            ("coalition", "coalition"),
            ("filter.coalitions[]", "coalition"),
        ],
        order: Some(SCENE_PLACE),
        notes: None,
        private: &[],
    },
];

/// The field a scene's place in the presentation is merged as (1 first).
const SCENE_PLACE: &str = "place";

/// The map's own settings: nested records whose fields merge one by one.
const META_NESTED: &[&str] = &["conditions"];

/// One list's items by id.
type Items = BTreeMap<String, Value>;

/// A version of the map as the merge sees it.
struct Version {
    meta: Value,
    lists: Vec<Items>,
    next_serial: u64,
}

impl Version {
    fn of(map: &Map) -> Self {
        Self {
            meta: serde_json::to_value(map.meta()).unwrap_or(Value::Null),
            lists: SPECS
                .iter()
                .map(|spec| {
                    (spec.items)(map)
                        .into_iter()
                        .map(|item| (id_of(&item), item))
                        .collect()
                })
                .collect(),
            next_serial: map.next_serial(),
        }
    }

    fn has(&self, id: &str) -> bool {
        self.lists.iter().any(|items| items.contains_key(id))
    }

    /// The name of a stakeholder, for messages, or its id.
    fn stakeholder_name(&self, id: &str) -> Option<String> {
        self.lists[0]
            .get(id)
            .and_then(|s| s.get("name"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

fn id_of(item: &Value) -> String {
    item.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn spec_index(noun: &str) -> Option<usize> {
    SPECS.iter().position(|spec| spec.noun == noun)
}

/// Merges `ours` and `theirs`, two versions that grew apart from `base`.
/// Fails only if the merged items cannot make a map, which valid versions
/// never give.
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Result<Merged, String> {
    let base_v = Version::of(base);
    let ours_v = Version::of(ours);
    let mut theirs_v = Version::of(theirs);
    let (renumbered, serial) = renumber(&base_v, &ours_v, &mut theirs_v);
    let mut merger = Merger {
        base: &base_v,
        ours: &ours_v,
        theirs: &theirs_v,
        conflicts: Vec::new(),
        marks: Vec::new(),
    };
    let meta = merger.meta();
    let mut lists: Vec<Items> = (0..SPECS.len()).map(|i| merger.list(i)).collect();
    merger.keep_what_is_needed(&mut lists);
    // A conflict about a member whose stakeholder this version deleted is
    // about the coalition alone: there is nobody left to tag.
    if let Some(index) = spec_index("stakeholder") {
        for conflict in &mut merger.conflicts {
            conflict
                .stakeholders
                .retain(|id| lists[index].contains_key(id.as_str()));
        }
    }
    let next_serial = serial
        .max(ours_v.next_serial)
        .max(theirs_v.next_serial)
        .max(base_v.next_serial);
    let plain = build(&meta, &lists, next_serial)?;
    let taken = diff(ours, &plain);
    let Merger {
        conflicts, marks, ..
    } = merger;
    let map = if conflicts.is_empty() {
        plain
    } else {
        mark(meta, lists, &conflicts, &marks, next_serial)?
    };
    Ok(Merged {
        map,
        taken,
        renumbered,
        conflicts,
    })
}

/// Gives the other version's new items new ids where this version gave
/// the same id to another new item, and points everything of the other
/// version at the new ids. Two new items are one only if they are the
/// same once their references are renumbered too, so this goes round
/// until no item changes. Returns the items renumbered and the serial
/// after the last id handed out.
fn renumber(base: &Version, ours: &Version, theirs: &mut Version) -> (Vec<Renumbered>, u64) {
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
fn move_ids(version: &mut Version, moves: &HashMap<(&'static str, String), String>) {
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
fn for_each_ref(item: &mut Value, path: &str, f: &mut dyn FnMut(&mut Value)) {
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
fn drop_weak_refs(spec: &Spec, item: &mut Value, lists: &[Items]) {
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
fn refs_in(item: &Value, path: &str) -> Vec<String> {
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
fn item_name(spec: &Spec, item: &Value, versions: &[&Version]) -> String {
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

/// A conflict line waiting to be written into an item: which list, which
/// item, which notes field.
struct Mark {
    list: usize,
    id: String,
    field: &'static str,
    line: String,
}

struct Merger<'a> {
    base: &'a Version,
    ours: &'a Version,
    theirs: &'a Version,
    conflicts: Vec<Conflict>,
    marks: Vec<Mark>,
}

impl Merger<'_> {
    /// The map's own settings, field by field.
    fn meta(&mut self) -> Value {
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
    fn list(&mut self, index: usize) -> Items {
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
    fn item(
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
    fn keyed(
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
    fn record_clash(
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
            None => "no such member".to_owned(),
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
    fn field_clash(
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
                line: format!("Merge conflict: {}.", line.describe(true)),
            });
        }
        self.conflicts.push(conflict);
    }

    /// One version deleted an item the other changed: it is kept as changed.
    fn deleted(&mut self, index: usize, id: &str, kept: &Value, base: &Value, by: Side) {
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

    fn name(&self, spec: &Spec, item: &Value) -> String {
        item_name(spec, item, &[self.ours, self.theirs, self.base])
    }

    fn conflict_on(&mut self, index: usize, id: &str, item: &Value, clash: Clash) {
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
                line: format!("Merge conflict: {}.", conflict.describe(true)),
            });
        }
        self.conflicts.push(conflict);
    }

    /// The stakeholders a conflict about an item concerns: the item itself,
    /// or the stakeholders it joins.
    fn concerned(index: usize, id: &str, item: &Value) -> Vec<StakeholderId> {
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
    fn keep_what_is_needed(&mut self, lists: &mut [Items]) {
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
fn drop_refs_to(lists: &mut [Items], target: usize, gone: &str) {
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
fn merge_object(
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
fn merge_set(base: &Value, ours: &Value, theirs: &Value) -> Value {
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

/// A map of merged items. Every item goes in through an edit, so the
/// map's own checks hold.
fn build(meta: &Value, lists: &[Items], next_serial: u64) -> Result<Map, String> {
    let meta: MapMeta = typed(meta.clone())?;
    let mut map = Map::new(meta.title.clone());
    let mut edits = vec![Edit::SetMeta(meta)];
    for (spec, items) in SPECS.iter().zip(lists) {
        for item in in_order(spec, items) {
            let mut item = item.clone();
            drop_weak_refs(spec, &mut item, lists);
            edits.push((spec.add)(item)?);
        }
    }
    Edit::Batch(edits)
        .apply(&mut map)
        .map_err(|e| format!("the merged map is not valid: {e}"))?;
    let serial = map.next_serial().max(next_serial);
    Edit::SetNextSerial(serial)
        .apply(&mut map)
        .map_err(|e| e.to_string())?;
    Ok(map)
}

/// The merged map with the conflicts written into it: each line in its
/// item's notes, the stakeholders concerned tagged, every conflict in the
/// map's notes.
fn mark(
    mut meta: Value,
    mut lists: Vec<Items>,
    conflicts: &[Conflict],
    marks: &[Mark],
    next_serial: u64,
) -> Result<Map, String> {
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
        for id in conflicts.iter().flat_map(|c| &c.stakeholders) {
            if let Some(stakeholder) = lists[index].get_mut(id.as_str()) {
                let tags = stakeholder
                    .get("tags")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let tag = Value::String(CONFLICT_TAG.to_owned());
                if !tags.contains(&tag) {
                    let mut tags = tags;
                    tags.push(tag);
                    stakeholder["tags"] = Value::Array(tags);
                }
            }
        }
    }
    let mut list = format!(
        "Merge conflicts ({}), each also noted on its item; the stakeholders concerned are tagged {CONFLICT_TAG}:",
        conflicts.len()
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
fn words_of_field(field: &str) -> String {
    field.replace(['_', '.'], " ")
}

/// "members" → "member".
fn singular(field: &str) -> &str {
    field.strip_suffix('s').unwrap_or(field)
}

/// A list's items in the order the map keeps them: by place, then by id.
fn in_order<'a>(spec: &Spec, items: &'a Items) -> Vec<&'a Value> {
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
pub fn edit_between(from: &Map, to: &Map) -> Result<Edit, String> {
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
    edits.push(Edit::SetNextSerial(to.next_serial()));
    Ok(Edit::Batch(edits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_keep_what_either_side_adds_and_lose_what_either_removes() {
        let list = |items: &[&str]| Value::from(items.to_vec());
        let merged = merge_set(
            &list(&["a", "b"]),
            &list(&["a", "b", "c"]),
            &list(&["b", "d"]),
        );
        assert_eq!(merged, list(&["b", "c", "d"]));
    }

    #[test]
    fn references_inside_lists_of_records_are_found() {
        let coalition =
            serde_json::json!({"members": [{"stakeholder": "s1"}, {"stakeholder": "s2"}]});
        assert_eq!(refs_in(&coalition, "members[].stakeholder"), ["s1", "s2"]);
    }
}
