//! The map mirrored in an Automerge document, field by field.
//!
//! The document's root holds `meta`, `next_serial`, `cold_after_days` and
//! one Automerge map per kind of item: `stakeholders`, `relations`,
//! `coalitions`, `scenes`, `jobs`, `asks` and `contacts` keyed by the
//! item's id, `observations` keyed by item, field and day, `checkpoints`
//! by day and name. Each item is an Automerge map of its fields, each
//! field's value written as JSON text. So two laptops that change
//! different fields of one stakeholder both keep their change, the same
//! field ends with the same value everywhere (Automerge's last writer by
//! its deterministic order), and a deleted item stays deleted even when
//! another laptop edited it meanwhile. A scene also has a `rank`: scenes
//! are presented by rank, then id.
//!
//! Every document starts from the same first change (`skeleton`), made by
//! the same actor at time zero, so the root maps are one and the same on
//! every laptop: two laptops that start apart never hide each other's
//! items behind a root map of their own.
//!
//! Local edits go through `Edit` and `History` as always; [`LiveDoc::record`]
//! writes what changed since the last exchange. What peers changed comes
//! back from [`LiveDoc::merge_into`] as one [`Edit`] applied to the map,
//! outside the undo history.

mod fields;
mod patched;
mod read;

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjType, ROOT};

use self::fields::{
    Fields, Items, fields_of, items_of, read_number, root_map, write_fields, write_items,
};
use super::reconcile;
use crate::edit::Edit;
use crate::model::history::Observation;
use crate::model::{Map, Subject};

const STAKEHOLDERS: &str = "stakeholders";
const RELATIONS: &str = "relations";
const COALITIONS: &str = "coalitions";
const SCENES: &str = "scenes";
const OBSERVATIONS: &str = "observations";
const CHECKPOINTS: &str = "checkpoints";
const JOBS: &str = "jobs";
const ASKS: &str = "asks";
const CONTACTS: &str = "contacts";
const META: &str = "meta";
const NEXT_SERIAL: &str = "next_serial";
const COLD_AFTER: &str = "cold_after_days";
const RANK: &str = "rank";
/// The stakeholder field left out of a live session unless its host allows it.
const CONFIDENTIAL_NOTES: &str = "confidential_notes";
/// An observation's source, left out when the observation says confidential.
const SOURCE: &str = "source";
const CONFIDENTIAL: &str = "confidential";

/// The maps at the root of every document.
const ROOT_MAPS: [&str; 10] = [
    META,
    STAKEHOLDERS,
    RELATIONS,
    COALITIONS,
    SCENES,
    OBSERVATIONS,
    CHECKPOINTS,
    JOBS,
    ASKS,
    CONTACTS,
];

/// The actor of the first change every document shares.
const SKELETON_ACTOR: [u8; 16] = *b"powermap-live-v1";

/// Why the mirror could not be read or written. The map itself is never
/// left half changed by one of these.
#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    #[error("{}", crate::i18n::tr_with("live-state-unreadable", &[("problem", .0.to_string().into())]))]
    Automerge(#[from] automerge::AutomergeError),
    #[error("{}", crate::i18n::tr_with("live-change-unwritable", &[("problem", .0.to_string().into())]))]
    Json(#[from] serde_json::Error),
    #[error("{}", crate::i18n::tr_with("live-change-refused", &[("problem", .0.to_string().into())]))]
    Model(crate::model::ModelError),
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
    /// The document's heads when it was last read back into the map: while
    /// they stay, no peer has changed anything and there is nothing to read.
    merged_heads: Option<Vec<automerge::ChangeHash>>,
    /// Whether Automerge logs the patches since the last read back (its
    /// diff cursor), so that the next read back takes only what they touch.
    patching: bool,
    share_confidential: bool,
}

impl std::fmt::Debug for LiveDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveDoc")
            .field("share_confidential", &self.share_confidential)
            .finish_non_exhaustive()
    }
}

/// The first change of every document: the root maps, by the same actor
/// at the same time, so it is the same change (the same hash) everywhere.
fn skeleton() -> Result<AutoCommit, MirrorError> {
    let mut doc = AutoCommit::new().with_actor(ActorId::from(SKELETON_ACTOR));
    for key in ROOT_MAPS {
        doc.put_object(ROOT, key, ObjType::Map)?;
    }
    doc.commit_with(CommitOptions::default().with_time(0));
    doc.set_actor(ActorId::random());
    Ok(doc)
}

impl LiveDoc {
    /// A document that holds nothing yet, for a laptop joining a session:
    /// the host's map arrives with the first exchange.
    pub fn empty(share_confidential: bool) -> Result<Self, MirrorError> {
        Ok(Self {
            doc: skeleton()?,
            base: Map::default(),
            merged_heads: None,
            patching: false,
            share_confidential,
        })
    }

    /// A new document holding `map`, for a host starting a session.
    pub fn from_map(map: &Map, share_confidential: bool) -> Result<Self, MirrorError> {
        let mut live = Self::empty(share_confidential)?;
        live.write_changes(map, true)?;
        live.doc.commit();
        live.base = map.clone();
        live.start_patching();
        Ok(live)
    }

    /// A document saved earlier (a sidecar file). A map that changed on
    /// disk since is brought in by the next [`Self::merge_into`].
    pub fn load(bytes: &[u8], share_confidential: bool) -> Result<Self, MirrorError> {
        let mut doc = AutoCommit::load(bytes)?;
        doc.set_actor(ActorId::random());
        let mut live = Self {
            doc,
            base: Map::default(),
            merged_heads: None,
            patching: false,
            share_confidential,
        };
        live.base = live.materialize(&Map::default()).0;
        live.start_patching();
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
        match self.write_changes(map, false) {
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
    /// document holds (plus, unless shared, its own confidential notes,
    /// sources and contacts).
    pub fn merge_into(&mut self, map: &mut Map) -> Result<Merged, MirrorError> {
        let heads = self.heads();
        let untouched = self.merged_heads.as_ref() == Some(&heads);
        self.record(map)?;
        if untouched {
            // The document is what it was read back as plus this map's own
            // changes: reading it back would give this map again, but for
            // the id counter, which in the document only ever grows (an undo
            // of an add here may have moved this map's back).
            self.merged_heads = Some(self.heads());
            if self.patching {
                // This map's own changes are in it already.
                self.doc.update_diff_cursor();
            }
            let mut edits = Vec::new();
            self.follow_serial(map, &mut edits)?;
            return Ok(Merged {
                edit: edits.pop(),
                refused: Vec::new(),
            });
        }
        let mut edits = Vec::new();
        if self.patching {
            let patches = self.doc.diff_incremental();
            let share = self.share_confidential;
            if let Some(touched) = patched::touched(&patches)
                && patched::read_touched(&self.doc, &touched, share, map, &mut edits)
            {
                self.follow_serial(map, &mut edits)?;
                self.base = map.clone();
                self.merged_heads = Some(self.heads());
                let edit = match edits.len() {
                    0 => None,
                    1 => edits.pop(),
                    _ => Some(Edit::Batch(edits)),
                };
                return Ok(Merged {
                    edit,
                    refused: Vec::new(),
                });
            }
        }
        // Read back whole: what the patches touched was more than fields
        // of items the map has (`edits` holds what was put in meanwhile).
        let (target, refused) = self.materialize(map);
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
            edits.push(edit);
        }
        self.base = map.clone();
        self.merged_heads = Some(self.heads());
        self.start_patching();
        let edit = match edits.len() {
            0 => None,
            1 => edits.pop(),
            _ => Some(Edit::Batch(edits)),
        };
        Ok(Merged { edit, refused })
    }

    /// Has Automerge log what changes from now on, for the next read back.
    fn start_patching(&mut self) {
        self.doc.update_diff_cursor();
        self.patching = true;
    }

    /// Moves the map's id counter up to the document's, which only ever
    /// grows (an undo of an add here may have moved this map's back).
    fn follow_serial(&mut self, map: &mut Map, edits: &mut Vec<Edit>) -> Result<(), MirrorError> {
        let serial = read_number(&self.doc, NEXT_SERIAL).unwrap_or(0);
        let serial = serial.min(crate::model::MAX_SERIAL);
        if serial > map.next_serial() {
            let edit = Edit::SetNextSerial(serial);
            edit.clone().apply(map).map_err(MirrorError::Model)?;
            self.base = map.clone();
            edits.push(edit);
        }
        Ok(())
    }

    /// Writes what differs between the map at the last exchange and `map`;
    /// `whole` writes every setting, for a document made from a map.
    fn write_changes(&mut self, map: &Map, whole: bool) -> Result<(), MirrorError> {
        let share = self.share_confidential;
        let base = std::mem::take(&mut self.base);
        let written = write_all(&mut self.doc, &base, map, share, whole);
        self.base = base;
        written
    }

    /// The map the document holds, each item checked as a loaded file's
    /// would be; what cannot go in is left out and named. `local` lends
    /// what the session does not carry: confidential notes, sources and
    /// contacts, unless the host shares them.
    pub fn materialize(&self, local: &Map) -> (Map, Vec<String>) {
        read::materialize(&self.doc, local, self.share_confidential)
    }
}

fn write_all(
    doc: &mut AutoCommit,
    base: &Map,
    map: &Map,
    share: bool,
    whole: bool,
) -> Result<(), MirrorError> {
    let meta = root_map(doc, META)?;
    let old_meta = if whole {
        None
    } else {
        Some(fields_of(&base.meta)?)
    };
    write_fields(doc, &meta, old_meta.as_ref(), &fields_of(&map.meta)?)?;

    // Every root map but the settings holds items of one kind.
    for kind in &ROOT_MAPS[1..] {
        let (old, new) = match differing(base, map, kind, share) {
            Some(differing) => differing?,
            None => (items(base, kind, share)?, items(map, kind, share)?),
        };
        if old != new {
            let obj = root_map(doc, kind)?;
            write_items(doc, &obj, &old, &new)?;
        }
    }

    // A peer may have moved the counter further meanwhile; it only grows.
    let serial = read_number(doc, NEXT_SERIAL).unwrap_or(0);
    if map.next_serial() > serial && (whole || base.next_serial() != map.next_serial()) {
        doc.put(ROOT, NEXT_SERIAL, map.next_serial())?;
    }
    let cold = u64::from(map.plan().cold_after_days());
    if whole || base.plan().cold_after_days() != map.plan().cold_after_days() {
        doc.put(ROOT, COLD_AFTER, cold)?;
    }
    Ok(())
}

/// The items of one kind that differ between `old` and `new`, as the
/// session carries them: those changed or gone as `old` has them, those
/// changed or added as `new` has them; what both have the same is never
/// turned into fields (at 5,000 stakeholders that was most of an
/// exchange). `None` for the kinds of a few items, compared whole.
fn differing(
    old: &Map,
    new: &Map,
    kind: &str,
    share: bool,
) -> Option<Result<(Items, Items), MirrorError>> {
    let all = |fields| Some(fields);
    Some(match kind {
        STAKEHOLDERS => differing_items(
            old.stakeholders(),
            new.stakeholders(),
            |s| new.stakeholder(&s.id),
            |s| old.stakeholder(&s.id),
            |s| s.id.to_string(),
            |mut fields: Fields| {
                if !share {
                    fields.remove(CONFIDENTIAL_NOTES);
                }
                Some(fields)
            },
        ),
        RELATIONS => differing_items(
            old.relations(),
            new.relations(),
            |r| new.relation(&r.id),
            |r| old.relation(&r.id),
            |r| r.id.to_string(),
            all,
        ),
        COALITIONS => differing_items(
            old.coalitions(),
            new.coalitions(),
            |c| new.coalition(&c.id),
            |c| old.coalition(&c.id),
            |c| c.id.to_string(),
            all,
        ),
        OBSERVATIONS => differing_items(
            old.timeline().observations(),
            new.timeline().observations(),
            |o| new.timeline().observation(&o.key()),
            |o| old.timeline().observation(&o.key()),
            observation_key,
            |mut fields: Fields| {
                if !share && fields.get(CONFIDENTIAL) == Some(&serde_json::Value::Bool(true)) {
                    fields.remove(SOURCE);
                }
                Some(fields)
            },
        ),
        JOBS => differing_items(
            old.plan().jobs(),
            new.plan().jobs(),
            |j| new.plan().job(&j.id),
            |j| old.plan().job(&j.id),
            |j| j.id.to_string(),
            all,
        ),
        ASKS => differing_items(
            old.plan().asks(),
            new.plan().asks(),
            |a| new.plan().ask(&a.id),
            |a| old.plan().ask(&a.id),
            |a| a.id.to_string(),
            all,
        ),
        _ => return None,
    })
}

/// [`differing`] for one kind: `in_new` and `in_old` find an item's
/// counterpart, `key` is what the document keeps it under.
fn differing_items<'a, T: serde::Serialize + PartialEq + 'a>(
    old: impl Iterator<Item = &'a T>,
    new: impl Iterator<Item = &'a T>,
    in_new: impl Fn(&T) -> Option<&'a T>,
    in_old: impl Fn(&T) -> Option<&'a T>,
    key: impl Fn(&T) -> String,
    keep: impl Fn(Fields) -> Option<Fields>,
) -> Result<(Items, Items), MirrorError> {
    let mut gone_or_changed = Items::new();
    let mut added_or_changed = Items::new();
    for item in new {
        let before = in_old(item);
        if before == Some(item) {
            continue;
        }
        if let Some(fields) = keep(fields_of(item)?) {
            added_or_changed.insert(key(item), fields);
        }
        if let Some(before) = before
            && let Some(fields) = keep(fields_of(before)?)
        {
            gone_or_changed.insert(key(before), fields);
        }
    }
    for item in old {
        if in_new(item).is_none()
            && let Some(fields) = keep(fields_of(item)?)
        {
            gone_or_changed.insert(key(item), fields);
        }
    }
    Ok((gone_or_changed, added_or_changed))
}

/// The items of one kind as the session carries them.
fn items(map: &Map, kind: &str, share: bool) -> Result<Items, MirrorError> {
    let all = |fields| Some(fields);
    let plan = map.plan();
    let timeline = map.timeline();
    match kind {
        STAKEHOLDERS => items_of(
            map.stakeholders().map(|s| (s.id.to_string(), s)),
            |mut fields: Fields| {
                if !share {
                    fields.remove(CONFIDENTIAL_NOTES);
                }
                Some(fields)
            },
        ),
        RELATIONS => items_of(map.relations().map(|r| (r.id.to_string(), r)), all),
        COALITIONS => items_of(map.coalitions().map(|c| (c.id.to_string(), c)), all),
        SCENES => {
            let mut scenes = items_of(map.scenes().iter().map(|s| (s.id.to_string(), s)), all)?;
            for (rank, scene) in map.scenes().iter().enumerate() {
                if let Some(fields) = scenes.get_mut(scene.id.as_str()) {
                    fields.insert(RANK.to_owned(), serde_json::Value::from(rank));
                }
            }
            Ok(scenes)
        }
        OBSERVATIONS => items_of(
            timeline.observations().map(|o| (observation_key(o), o)),
            |mut fields: Fields| {
                if !share && fields.get(CONFIDENTIAL) == Some(&serde_json::Value::Bool(true)) {
                    fields.remove(SOURCE);
                }
                Some(fields)
            },
        ),
        CHECKPOINTS => items_of(
            timeline
                .checkpoints()
                .iter()
                .map(|c| (format!("{}|{}", c.date, c.name), c)),
            all,
        ),
        JOBS => items_of(plan.jobs().map(|j| (j.id.to_string(), j)), all),
        ASKS => items_of(plan.asks().map(|a| (a.id.to_string(), a)), all),
        CONTACTS => items_of(
            plan.contacts()
                .filter(|c| share || !c.confidential)
                .map(|c| (c.id.to_string(), c)),
            all,
        ),
        _ => Ok(Items::new()),
    }
}

/// The key an observation is kept under: one per item, field and day.
fn observation_key(observation: &Observation) -> String {
    let of = match &observation.of {
        Subject::Stakeholder(id) => format!("stakeholder:{id}"),
        Subject::Relation(id) => format!("relation:{id}"),
    };
    format!("{of}|{:?}|{}", observation.value.field(), observation.date)
}
