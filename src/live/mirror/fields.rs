//! Items as Automerge maps of fields, each field's value kept as JSON text:
//! writing what changed, reading back what is there.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use automerge::iter::{DocItem, DocObjItem};
use automerge::transaction::Transactable;
use automerge::{
    AutoCommit, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, ScalarValueRef, Value, ValueRef,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map as JsonObject, Value as Json};

use super::MirrorError;
use crate::i18n::tr_with;

pub(super) type Fields = JsonObject<String, Json>;

/// Items of one kind by the key the document keeps them under.
pub(super) type Items = BTreeMap<String, Fields>;

/// An item's fields as JSON, without its id (the document's key).
pub(super) fn fields_of<T: Serialize>(item: &T) -> Result<Fields, MirrorError> {
    match serde_json::to_value(item)? {
        Json::Object(mut fields) => {
            fields.remove("id");
            Ok(fields)
        }
        _ => Ok(Fields::new()),
    }
}

/// Every item as its fields, under its key; `keep` leaves out or trims
/// what the session does not carry.
pub(super) fn items_of<'a, T: Serialize + 'a>(
    items: impl Iterator<Item = (String, &'a T)>,
    keep: impl Fn(Fields) -> Option<Fields>,
) -> Result<Items, MirrorError> {
    let mut all = Items::new();
    for (key, item) in items {
        if let Some(fields) = keep(fields_of(item)?) {
            all.insert(key, fields);
        }
    }
    Ok(all)
}

/// The Automerge map under `key` at the root; every document has them from
/// its first change (see `skeleton`), so none is ever made twice.
pub(super) fn root_map(doc: &mut AutoCommit, key: &str) -> Result<ObjId, MirrorError> {
    match doc.get(ROOT, key)? {
        Some((Value::Object(ObjType::Map), id)) => Ok(id),
        _ => Ok(doc.put_object(ROOT, key, ObjType::Map)?),
    }
}

/// Writes the items that differ from `old` into the Automerge map `obj`:
/// new ones whole, changed ones field by field, gone ones deleted. An item
/// a peer deleted while this laptop changed it stays deleted.
pub(super) fn write_items(
    doc: &mut AutoCommit,
    obj: &ObjId,
    old: &Items,
    new: &Items,
) -> Result<(), MirrorError> {
    for key in old.keys().filter(|key| !new.contains_key(*key)) {
        if doc.get(obj, key.as_str())?.is_some() {
            doc.delete(obj, key.as_str())?;
        }
    }
    for (key, fields) in new {
        let previous = old.get(key);
        if previous == Some(fields) {
            continue;
        }
        let existing = match doc.get(obj, key.as_str())? {
            Some((Value::Object(ObjType::Map), item)) => Some(item),
            _ => None,
        };
        match (previous, existing) {
            (Some(previous), Some(item)) => write_fields(doc, &item, Some(previous), fields)?,
            // Deleted by a peer since the last exchange: the delete wins.
            (Some(_), None) => {}
            (None, _) => {
                let item = doc.put_object(obj, key.as_str(), ObjType::Map)?;
                write_fields(doc, &item, None, fields)?;
            }
        }
    }
    Ok(())
}

/// Writes the fields of `new` that differ from `old` (all of them without
/// an `old`), and deletes those `new` no longer has.
pub(super) fn write_fields(
    doc: &mut AutoCommit,
    obj: &ObjId,
    old: Option<&Fields>,
    new: &Fields,
) -> Result<(), MirrorError> {
    if let Some(old) = old {
        for key in old.keys().filter(|key| !new.contains_key(*key)) {
            doc.delete(obj, key.as_str())?;
        }
    }
    for (key, value) in new {
        if old.and_then(|old| old.get(key)) != Some(value) {
            doc.put(obj, key.as_str(), value.to_string())?;
        }
    }
    Ok(())
}

/// The fields of the Automerge map `obj`, each read back from its JSON
/// text; a field that is not JSON text is left out and named. What the
/// item is called is only worded when something is left out: wording it
/// for every item was a third of reading a 5,000-stakeholder map back.
fn read_fields(
    doc: &AutoCommit,
    obj: &ObjId,
    what: &dyn Fn() -> String,
    refused: &mut Vec<String>,
) -> Fields {
    let mut fields = Fields::new();
    for item in doc.map_range(obj, ..) {
        let value = match &item.value {
            ValueRef::Scalar(ScalarValueRef::Str(text)) => serde_json::from_str::<Json>(text).ok(),
            _ => None,
        };
        match value {
            Some(value) => {
                fields.insert(item.key.into_owned(), value);
            }
            None => refused.push(tr_with(
                "live-field-unreadable",
                &[("key", item.key.as_ref().into()), ("what", what().into())],
            )),
        }
    }
    fields
}

/// The object kept as fields under `key` at the root.
pub(super) fn read_object<T: DeserializeOwned>(
    doc: &AutoCommit,
    key: &str,
    what: &str,
    refused: &mut Vec<String>,
) -> Option<T> {
    let Ok(Some((Value::Object(ObjType::Map), obj))) = doc.get(ROOT, key) else {
        return None;
    };
    let fields = read_fields(doc, &obj, &|| what.to_owned(), refused);
    if fields.is_empty() {
        // Not written yet: a laptop that joined before the host's map came.
        return None;
    }
    match serde_json::from_value(Json::Object(fields)) {
        Ok(value) => Some(value),
        Err(err) => {
            refused.push(unreadable(what, &err));
            None
        }
    }
}

/// Every item of one kind with the key it is kept under, in key order;
/// `with_id` puts the key back as the item's id.
pub(super) fn read_items<T: DeserializeOwned>(
    doc: &AutoCommit,
    texts: &ItemTexts,
    kind: &str,
    with_id: bool,
    refused: &mut Vec<String>,
) -> Vec<(String, T)> {
    let Ok(Some((Value::Object(ObjType::Map), obj))) = doc.get(ROOT, kind) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    // One walk over the kind's map, each item with its object (its keys,
    // then a lookup for each, walked it twice).
    for entry in doc.map_range(&obj, ..) {
        let key = entry.key.as_ref();
        if !matches!(entry.value, ValueRef::Object(ObjType::Map)) {
            let what = item_in(kind, key);
            refused.push(tr_with("live-not-an-item", &[("what", what.into())]));
            continue;
        }
        let id = entry.id();
        let read = texts
            .item(&id, with_id.then_some(key))
            .or_else(|| read_item(doc, &id, kind, key, with_id, refused));
        if let Some(item) = read {
            items.push((key.to_owned(), item));
        }
    }
    items
}

/// Every item's fields as the body of one JSON object (`"name":"…",…`),
/// read in one walk of the whole document, by the item's object: each
/// field's text checked to be one JSON value, so that none can bring in
/// another field. An object with a field that is not one JSON text, or
/// met twice in the walk, has none: it is read field by field
/// ([`read_item`]), which names what is wrong.
pub(super) struct ItemTexts(HashMap<ObjId, String>);

impl ItemTexts {
    pub(super) fn read(doc: &AutoCommit) -> Self {
        let mut texts: HashMap<ObjId, String> = HashMap::new();
        let mut spoiled: HashSet<ObjId> = HashSet::new();
        // The object being walked, its body so far, and whether it reads.
        let mut current: Option<(Arc<ObjId>, String, bool)> = None;
        let mut finish = |current: Option<(Arc<ObjId>, String, bool)>| {
            if let Some((obj, body, reads)) = current {
                let obj = Arc::unwrap_or_clone(obj);
                if !reads || spoiled.contains(&obj) || texts.remove(&obj).is_some() {
                    spoiled.insert(obj);
                } else {
                    texts.insert(obj, body);
                }
            }
        };
        for DocObjItem { obj, item } in doc.iter() {
            let DocItem::Map(field) = item else {
                continue;
            };
            if !current
                .as_ref()
                .is_some_and(|(at, ..)| Arc::ptr_eq(at, &obj) || **at == *obj)
            {
                finish(current.take());
                current = Some((obj, String::new(), true));
            }
            let Some((_, body, reads)) = current.as_mut() else {
                continue;
            };
            if !*reads {
                continue;
            }
            let ValueRef::Scalar(ScalarValueRef::Str(value)) = &field.value else {
                *reads = false;
                continue;
            };
            let key = serde_json::to_string(field.key.as_ref());
            match (key, serde_json::from_str::<serde::de::IgnoredAny>(value)) {
                (Ok(key), Ok(_)) => {
                    if !body.is_empty() {
                        body.push(',');
                    }
                    body.push_str(&key);
                    body.push(':');
                    body.push_str(value);
                }
                _ => *reads = false,
            }
        }
        finish(current);
        Self(texts)
    }

    /// The item kept in `obj`, with `id` as its id when given; `None` if
    /// the walk did not read it whole or it does not read as a `T`.
    fn item<T: DeserializeOwned>(&self, obj: &ObjId, id: Option<&str>) -> Option<T> {
        let body = self.0.get(obj)?;
        let mut text = String::with_capacity(body.len() + 64);
        text.push('{');
        if let Some(id) = id {
            text.push_str("\"id\":");
            text.push_str(&serde_json::to_string(id).ok()?);
            if !body.is_empty() {
                text.push(',');
            }
        }
        text.push_str(body);
        text.push('}');
        serde_json::from_str(&text).ok()
    }
}

/// The item of one kind kept under `key` in the Automerge map `item`;
/// `with_id` puts the key back as its id. `None`, and named in
/// `refused`, when it cannot be read.
pub(super) fn read_item<T: DeserializeOwned>(
    doc: &AutoCommit,
    item: &ObjId,
    kind: &str,
    key: &str,
    with_id: bool,
    refused: &mut Vec<String>,
) -> Option<T> {
    if let Some(item) = read_item_at_once(doc, item, with_id.then_some(key)) {
        return Some(item);
    }
    // Something in it is not right: field by field, naming what is not.
    let what = || item_in(kind, key);
    let mut fields = read_fields(doc, item, &what, refused);
    if with_id {
        fields.insert("id".to_owned(), Json::String(key.to_owned()));
    }
    match serde_json::from_value(Json::Object(fields)) {
        Ok(item) => Some(item),
        Err(err) => {
            refused.push(unreadable(&what(), &err));
            None
        }
    }
}

/// The item read in one pass, its fields' JSON texts put together as one
/// object (each checked to be one JSON value, so that none can bring in
/// another field), without the JSON tree of each field that
/// [`read_fields`] builds; `None` if any field is not one JSON text or
/// the item does not read.
fn read_item_at_once<T: DeserializeOwned>(
    doc: &AutoCommit,
    item: &ObjId,
    id: Option<&str>,
) -> Option<T> {
    let mut text = String::from("{");
    if let Some(id) = id {
        text.push_str("\"id\":");
        text.push_str(&serde_json::to_string(id).ok()?);
    }
    for field in doc.map_range(item, ..) {
        let ValueRef::Scalar(ScalarValueRef::Str(value)) = &field.value else {
            return None;
        };
        serde_json::from_str::<serde::de::IgnoredAny>(value).ok()?;
        if text.len() > 1 {
            text.push(',');
        }
        text.push_str(&serde_json::to_string(field.key.as_ref()).ok()?);
        text.push(':');
        text.push_str(value);
    }
    text.push('}');
    serde_json::from_str(&text).ok()
}

/// "the item … in …", in this thread's language.
fn item_in(kind: &str, key: &str) -> String {
    tr_with(
        "live-item-in",
        &[("key", key.into()), ("kind", kind.into())],
    )
}

/// A whole number kept at the root, as JSON text or as a number.
pub(super) fn read_number(doc: &AutoCommit, key: &str) -> Option<u64> {
    match doc.get(ROOT, key) {
        Ok(Some((Value::Scalar(value), _))) => match value.as_ref() {
            ScalarValue::Uint(n) => Some(*n),
            ScalarValue::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        },
        _ => None,
    }
}

/// "… could not be read: …", in this thread's language.
fn unreadable(what: &str, problem: &impl std::fmt::Display) -> String {
    tr_with(
        "live-unreadable",
        &[
            ("what", what.into()),
            ("problem", problem.to_string().into()),
        ],
    )
}
