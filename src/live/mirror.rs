//! The map mirrored in an Automerge document, field by field.
//!
//! The document's root holds `meta`, `next_serial` and one Automerge map
//! per kind of item (`stakeholders`, `relations`, `coalitions`, `scenes`),
//! keyed by the item's id. Each item is an Automerge map of its fields,
//! each field's value written as JSON text. So two laptops that change
//! different fields of one stakeholder both keep their change, the same
//! field ends with the same value everywhere (Automerge's last writer by
//! its deterministic order), and a deleted item stays deleted even when
//! another laptop edited it meanwhile. A scene also has a `rank`: scenes
//! are presented by rank, then id.
//!
//! Local edits go through `Edit` and `History` as always; [`LiveDoc::record`]
//! writes what changed since the last exchange. What peers changed comes
//! back from [`LiveDoc::merge_into`] as one [`Edit`] applied to the map,
//! outside the undo history.

use std::collections::BTreeMap;

use automerge::{
    AutoCommit, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value, transaction::Transactable,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map as JsonObject, Value as Json};

use super::reconcile;
use crate::edit::Edit;
use crate::model::{Coalition, Map, MapMeta, Relation, Scene, Stakeholder};

const STAKEHOLDERS: &str = "stakeholders";
const RELATIONS: &str = "relations";
const COALITIONS: &str = "coalitions";
const SCENES: &str = "scenes";
const META: &str = "meta";
const NEXT_SERIAL: &str = "next_serial";
const RANK: &str = "rank";
/// The field left out of a live session unless its host allows it.
const CONFIDENTIAL: &str = "confidential_notes";

/// Why the mirror could not be read or written. The map itself is never
/// left half changed by one of these.
#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    #[error("the live session's state could not be read: {0}")]
    Automerge(#[from] automerge::AutomergeError),
    #[error("a change of the map could not be written for the live session: {0}")]
    Json(#[from] serde_json::Error),
}

/// What [`LiveDoc::merge_into`] did to the map.
#[derive(Debug, Default)]
pub struct Merged {
    /// The edit that brought in the peers' changes, already applied; its
    /// inverse is not recorded anywhere, so undo never takes it back.
    pub edit: Option<Edit>,
    /// What the peers sent that could not go into the map, in words.
    pub refused: Vec<String>,
}

/// The map's live mirror and the map as it was at the last exchange.
pub struct LiveDoc {
    doc: AutoCommit,
    /// The map as the document had it at the last exchange: what local
    /// edits are compared with.
    base: Map,
    share_confidential: bool,
}

impl std::fmt::Debug for LiveDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveDoc")
            .field("share_confidential", &self.share_confidential)
            .finish_non_exhaustive()
    }
}

impl LiveDoc {
    /// A document that holds nothing yet, for a laptop joining a session:
    /// the host's map arrives with the first exchange.
    pub fn empty(share_confidential: bool) -> Self {
        Self {
            doc: AutoCommit::new(),
            base: Map::default(),
            share_confidential,
        }
    }

    /// A new document holding `map`, for a host starting a session.
    pub fn from_map(map: &Map, share_confidential: bool) -> Result<Self, MirrorError> {
        let mut live = Self::empty(share_confidential);
        live.record(map)?;
        Ok(live)
    }

    /// A document saved earlier (a sidecar file). A map that changed on
    /// disk since is brought in by the next [`Self::merge_into`].
    pub fn load(bytes: &[u8], share_confidential: bool) -> Result<Self, MirrorError> {
        let doc = AutoCommit::load(bytes)?;
        let mut live = Self {
            doc,
            base: Map::default(),
            share_confidential,
        };
        live.base = live.materialize(&Map::default()).0;
        Ok(live)
    }

    /// The whole document, compressed, for the sidecar file.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    pub fn shares_confidential(&self) -> bool {
        self.share_confidential
    }

    /// Whether the host lets confidential notes into the session; a joining
    /// laptop follows its host.
    pub fn set_share_confidential(&mut self, share: bool) {
        self.share_confidential = share;
    }

    pub(crate) fn automerge(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    /// The heads of the document, sorted: equal on two laptops exactly when
    /// they hold the same changes.
    pub fn heads(&mut self) -> Vec<automerge::ChangeHash> {
        let mut heads = self.doc.get_heads();
        heads.sort();
        heads
    }

    /// Writes into the document what changed in `map` since the last
    /// exchange. Returns whether anything was written.
    pub fn record(&mut self, map: &Map) -> Result<bool, MirrorError> {
        let written = self.write_changes(map);
        match written {
            Ok(()) => {
                let changed = self.doc.commit().is_some();
                self.base = map.clone();
                Ok(changed)
            }
            Err(err) => {
                self.doc.rollback();
                Err(err)
            }
        }
    }

    /// Records `map`'s own changes, then brings the peers' changes into it
    /// as one edit that no undo history sees. Afterwards `map` is what the
    /// document holds (plus, unless shared, its own confidential notes).
    pub fn merge_into(&mut self, map: &mut Map) -> Result<Merged, MirrorError> {
        self.record(map)?;
        let (target, refused) = self.materialize(map);
        let mut merged = Merged {
            edit: None,
            refused,
        };
        if target != *map {
            let edit = reconcile::edit_towards(map, &target);
            let applied = edit.clone().apply(map);
            if applied.is_err() || *map != target {
                // Never the case for a valid target; if it were, the
                // document's map is the one all laptops agree on.
                let tag = map.id_tag().to_owned();
                *map = target.clone();
                map.set_id_tag(&tag);
            }
            merged.edit = Some(edit);
        }
        self.base = map.clone();
        Ok(merged)
    }

    fn write_changes(&mut self, map: &Map) -> Result<(), MirrorError> {
        let share = self.share_confidential;
        let root_of = |doc: &mut AutoCommit, key: &str| -> Result<ObjId, MirrorError> {
            match doc.get(ROOT, key)? {
                Some((Value::Object(ObjType::Map), id)) => Ok(id),
                _ => Ok(doc.put_object(ROOT, key, ObjType::Map)?),
            }
        };
        let base = std::mem::take(&mut self.base);
        let doc = &mut self.doc;

        let fresh = doc.get(ROOT, META)?.is_none();
        let meta = root_of(doc, META)?;
        write_fields(
            doc,
            &meta,
            if fresh {
                None
            } else {
                Some(fields_of(&base.meta)?)
            },
            fields_of(&map.meta)?,
        )?;

        let stakeholders = root_of(doc, STAKEHOLDERS)?;
        let filter = |mut fields: JsonObject<String, Json>| {
            if !share {
                fields.remove(CONFIDENTIAL);
            }
            fields
        };
        write_items(
            doc,
            &stakeholders,
            item_fields(base.stakeholders().map(|s| (s.id.as_str(), s)), filter)?,
            item_fields(map.stakeholders().map(|s| (s.id.as_str(), s)), filter)?,
        )?;
        let relations = root_of(doc, RELATIONS)?;
        write_items(
            doc,
            &relations,
            item_fields(base.relations().map(|r| (r.id.as_str(), r)), |f| f)?,
            item_fields(map.relations().map(|r| (r.id.as_str(), r)), |f| f)?,
        )?;
        let coalitions = root_of(doc, COALITIONS)?;
        write_items(
            doc,
            &coalitions,
            item_fields(base.coalitions().map(|c| (c.id.as_str(), c)), |f| f)?,
            item_fields(map.coalitions().map(|c| (c.id.as_str(), c)), |f| f)?,
        )?;
        let scenes = root_of(doc, SCENES)?;
        write_items(doc, &scenes, ranked_scenes(&base)?, ranked_scenes(map)?)?;

        if base.next_serial() != map.next_serial() || doc.get(ROOT, NEXT_SERIAL)?.is_none() {
            doc.put(ROOT, NEXT_SERIAL, map.next_serial())?;
        }
        self.base = base;
        Ok(())
    }

    /// The map the document holds, each item checked as a loaded file's
    /// would be; what cannot go in is left out and named. `local` lends its
    /// confidential notes when the session does not carry them.
    pub fn materialize(&self, local: &Map) -> (Map, Vec<String>) {
        let doc = &self.doc;
        let mut refused = Vec::new();
        let mut map = Map::default();
        map.set_id_tag(local.id_tag());
        let meta: MapMeta =
            read_object(doc, ROOT, META, "the map's settings", &mut refused).unwrap_or_default();
        map.meta = meta;

        for (id, mut stakeholder) in read_items::<Stakeholder>(doc, STAKEHOLDERS, &mut refused) {
            stakeholder.id = crate::model::StakeholderId::new(id);
            if !self.share_confidential {
                stakeholder.confidential_notes = local
                    .stakeholder(&stakeholder.id)
                    .map(|s| s.confidential_notes.clone())
                    .unwrap_or_default();
            }
            if let Err(err) = map.insert_stakeholder(stakeholder) {
                refused.push(format!("a stakeholder was left out: {err}"));
            }
        }
        for (id, mut relation) in read_items::<Relation>(doc, RELATIONS, &mut refused) {
            relation.id = crate::model::RelationId::new(id);
            if let Err(err) = map.insert_relation(relation) {
                refused.push(format!("a relation was left out: {err}"));
            }
        }
        for (id, mut coalition) in read_items::<Coalition>(doc, COALITIONS, &mut refused) {
            coalition.id = crate::model::CoalitionId::new(id);
            // A member deleted meanwhile on another laptop is no member.
            coalition
                .members
                .retain(|member| map.stakeholder(&member.stakeholder).is_some());
            coalition
                .members
                .sort_by(|a, b| a.stakeholder.cmp(&b.stakeholder));
            coalition
                .members
                .dedup_by(|a, b| a.stakeholder == b.stakeholder);
            if let Err(err) = map.insert_coalition(coalition) {
                refused.push(format!("a coalition was left out: {err}"));
            }
        }
        let mut scenes: Vec<(f64, Scene)> = read_items::<RankedScene>(doc, SCENES, &mut refused)
            .into_iter()
            .map(|(id, ranked)| {
                let mut scene = ranked.scene;
                scene.id = crate::model::SceneId::new(id);
                (ranked.rank, scene)
            })
            .collect();
        scenes.sort_by(|(a, x), (b, y)| a.total_cmp(b).then_with(|| x.id.cmp(&y.id)));
        for (_, scene) in scenes {
            let scene = without_missing(&map, scene);
            let at = map.scenes().len();
            if let Err(err) = map.insert_scene(at, scene) {
                refused.push(format!("a scene was left out: {err}"));
            }
        }
        let serial = match doc.get(ROOT, NEXT_SERIAL) {
            Ok(Some((Value::Scalar(value), _))) => match value.as_ref() {
                ScalarValue::Uint(n) => *n,
                ScalarValue::Int(n) => u64::try_from(*n).unwrap_or(0),
                _ => 0,
            },
            _ => 0,
        };
        let serial = serial
            .min(crate::model::MAX_SERIAL)
            .max(map.next_serial())
            .max(1);
        map.set_next_serial(serial);
        (map, refused)
    }
}

/// A scene as the document holds it: with its place in the presentation.
#[derive(serde::Deserialize)]
struct RankedScene {
    #[serde(default)]
    rank: f64,
    #[serde(flatten)]
    scene: Scene,
}

/// The scene without what the map does not have (deleted on another
/// laptop while this one picked it out).
fn without_missing(map: &Map, mut scene: Scene) -> Scene {
    scene.highlighted.retain(|id| map.stakeholder(id).is_some());
    scene
        .highlighted_relations
        .retain(|id| map.relation(id).is_some());
    scene
        .filter
        .coalitions
        .retain(|id| map.coalition(id).is_some());
    if scene
        .coalition
        .as_ref()
        .is_some_and(|id| map.coalition(id).is_none())
    {
        scene.coalition = None;
    }
    if scene
        .focus
        .as_ref()
        .is_some_and(|focus| map.stakeholder(&focus.stakeholder).is_none())
    {
        scene.focus = None;
    }
    scene
}

type Fields = JsonObject<String, Json>;

/// An item's fields as JSON, without its id (the document's key).
fn fields_of<T: Serialize>(item: &T) -> Result<Fields, MirrorError> {
    match serde_json::to_value(item)? {
        Json::Object(mut fields) => {
            fields.remove("id");
            Ok(fields)
        }
        _ => Ok(Fields::new()),
    }
}

/// The scenes' fields, each with its place in the presentation.
fn ranked_scenes(map: &Map) -> Result<BTreeMap<&str, Fields>, MirrorError> {
    let mut items = item_fields(map.scenes().iter().map(|s| (s.id.as_str(), s)), |f| f)?;
    for (rank, scene) in map.scenes().iter().enumerate() {
        if let Some(fields) = items.get_mut(scene.id.as_str()) {
            fields.insert(RANK.to_owned(), Json::from(rank));
        }
    }
    Ok(items)
}

fn item_fields<'a, T: Serialize + 'a>(
    items: impl Iterator<Item = (&'a str, &'a T)>,
    filter: impl Fn(Fields) -> Fields,
) -> Result<BTreeMap<&'a str, Fields>, MirrorError> {
    items
        .map(|(id, item)| Ok((id, filter(fields_of(item)?))))
        .collect()
}

/// Writes the items that differ from `old` into the Automerge map `obj`:
/// new ones whole, changed ones field by field, gone ones deleted.
fn write_items(
    doc: &mut AutoCommit,
    obj: &ObjId,
    old: BTreeMap<&str, Fields>,
    new: BTreeMap<&str, Fields>,
) -> Result<(), MirrorError> {
    for id in old.keys().filter(|id| !new.contains_key(*id)) {
        doc.delete(obj, *id)?;
    }
    for (id, fields) in new {
        let previous = old.get(id);
        if previous == Some(&fields) {
            continue;
        }
        let item = match doc.get(obj, id)? {
            Some((Value::Object(ObjType::Map), item)) if previous.is_some() => item,
            _ => doc.put_object(obj, id, ObjType::Map)?,
        };
        write_fields(doc, &item, previous.cloned(), fields)?;
    }
    Ok(())
}

fn write_fields(
    doc: &mut AutoCommit,
    obj: &ObjId,
    old: Option<Fields>,
    new: Fields,
) -> Result<(), MirrorError> {
    let old = old.unwrap_or_default();
    for key in old.keys().filter(|key| !new.contains_key(*key)) {
        doc.delete(obj, key.as_str())?;
    }
    for (key, value) in new {
        if old.get(&key) != Some(&value) {
            doc.put(obj, key.as_str(), value.to_string())?;
        }
    }
    Ok(())
}

/// The fields of the Automerge map `obj`, each read back from its JSON
/// text; a field that is not JSON text is left out and named.
fn read_fields(doc: &AutoCommit, obj: &ObjId, what: &str, refused: &mut Vec<String>) -> Fields {
    let mut fields = Fields::new();
    for key in doc.keys(obj) {
        let text = match doc.get(obj, key.as_str()) {
            Ok(Some((Value::Scalar(value), _))) => match value.as_ref() {
                ScalarValue::Str(text) => Some(text.to_string()),
                _ => None,
            },
            _ => None,
        };
        match text.map(|text| serde_json::from_str::<Json>(&text)) {
            Some(Ok(value)) => {
                fields.insert(key, value);
            }
            _ => refused.push(format!(
                "field “{key}” of {what} is not readable; it was left out"
            )),
        }
    }
    fields
}

fn read_object<T: DeserializeOwned>(
    doc: &AutoCommit,
    parent: ObjId,
    key: &str,
    what: &str,
    refused: &mut Vec<String>,
) -> Option<T> {
    let Ok(Some((Value::Object(ObjType::Map), obj))) = doc.get(&parent, key) else {
        return None;
    };
    let fields = read_fields(doc, &obj, what, refused);
    match serde_json::from_value(Json::Object(fields)) {
        Ok(value) => Some(value),
        Err(err) => {
            refused.push(format!("{what} could not be read: {err}"));
            None
        }
    }
}

/// Every item of one kind, with the id it is kept under, in id order.
fn read_items<T: DeserializeOwned>(
    doc: &AutoCommit,
    kind: &str,
    refused: &mut Vec<String>,
) -> Vec<(String, T)> {
    let Ok(Some((Value::Object(ObjType::Map), obj))) = doc.get(ROOT, kind) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for id in doc.keys(&obj) {
        let mut fields = {
            let what = format!("“{id}” in {kind}");
            let Ok(Some((Value::Object(ObjType::Map), item))) = doc.get(&obj, id.as_str()) else {
                refused.push(format!("{what} is not an item; it was left out"));
                continue;
            };
            read_fields(doc, &item, &what, refused)
        };
        fields.insert("id".to_owned(), Json::String(id.clone()));
        match serde_json::from_value(Json::Object(fields)) {
            Ok(item) => items.push((id, item)),
            Err(err) => refused.push(format!("“{id}” in {kind} could not be read: {err}")),
        }
    }
    items
}
