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
//! [`SPECS`]; the merge itself knows no field names beyond them (and
//! those of stakeholders and relations come from the field registry).
//!
//! The parts: `spec` (the lists), `refs` (ids and references),
//! `merger` (the three-way merge itself) and `build` (the merged map
//! made through edits, and the edit between two maps).

use crate::i18n::{tr, tr_with};
use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use super::diff::{MapDiff, diff, shown_field};
use crate::edit::Edit;
use crate::model::{
    CoalitionId, Map, ModelError, RelationId, Scene, SceneId, StakeholderId, natural_cmp,
};

use crate::model::field::StakeholderField;

mod build;
mod history;
mod merger;
mod plan;
mod refs;
mod spec;

pub use build::edit_between;
use build::{build, mark, singular, words_of_field};
use history::HistoryMerge;
pub(crate) use history::{field_words, value_words};
use merger::Merger;
use refs::{item_name, refs_in, renumber};
use spec::META_NESTED;
pub use spec::{SPECS, Spec};

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
    /// The side as the merge messages select on it.
    fn selector(self) -> &'static str {
        match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
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
    /// One version deleted the item, the other recorded these values of
    /// it ("stance on 2026-03-01"); it is kept with its history.
    Recorded { by: Side, records: Vec<String> },
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
            } if values && !self.private => tr_with(
                "merge-field-values",
                &[
                    ("field", field.as_str().into()),
                    ("ours", ours.as_str().into()),
                    ("theirs", theirs.as_str().into()),
                    ("base", base.as_str().into()),
                ],
            ),
            Clash::Field { field, .. } => {
                tr_with("merge-field-private", &[("field", field.as_str().into())])
            }
            Clash::Deleted { by, changed } => tr_with(
                "merge-deleted-changed",
                &[
                    ("by", by.selector().into()),
                    ("changed", changed.join(", ").into()),
                ],
            ),
            Clash::Needed { by, needed_by } => tr_with(
                "merge-deleted-needed",
                &[
                    ("by", by.selector().into()),
                    ("needed", needed_by.as_str().into()),
                ],
            ),
            Clash::Recorded { by, records } => tr_with(
                "merge-deleted-recorded",
                &[
                    ("by", by.selector().into()),
                    ("records", records.join(", ").into()),
                ],
            ),
        }
    }

    /// The conflict in one line, naming the item: "stakeholder “Union”
    /// (s3): power: …".
    pub fn line(&self, values: bool) -> String {
        let what = self.describe(values);
        if self.noun == "map" {
            tr_with("merge-map-line", &[("what", what.into())])
        } else {
            tr_with(
                "merge-item-line",
                &[
                    ("noun", self.noun.into()),
                    ("name", self.name.as_str().into()),
                    ("id", self.id.as_str().into()),
                    ("what", what.into()),
                ],
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
            let _ = writeln!(text, "{}", tr("merge-nothing-taken"));
        } else {
            let _ = writeln!(text, "{}", tr("merge-taken"));
            for line in self.taken.to_text().lines() {
                let _ = writeln!(text, "  {line}");
            }
        }
        for r in &self.renumbered {
            let _ = writeln!(
                text,
                "{}",
                tr_with(
                    "merge-text-renumbered",
                    &[
                        ("from", r.from.as_str().into()),
                        ("noun", r.noun.into()),
                        ("name", r.name.as_str().into()),
                        ("to", r.to.as_str().into()),
                    ],
                )
            );
        }
        match self.conflicts.len() {
            0 => {
                let _ = writeln!(text, "{}", tr("merge-no-conflicts"));
            }
            n => {
                let _ = writeln!(
                    text,
                    "{}",
                    tr_with(
                        "merge-conflicts",
                        &[("count", n.into()), ("tag", CONFLICT_TAG.into())],
                    )
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

/// Why the merged items do not make a map (which valid versions never give).
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{}", tr_with("merge-unreadable-item", &[("problem", .0.to_string().into())]))]
    Unreadable(#[from] serde_json::Error),
    #[error("{}", tr_with("merge-invalid-map", &[("problem", .0.to_string().into())]))]
    Invalid(ModelError),
    #[error("{0}")]
    Serial(ModelError),
}

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
            meta: build::meta_of(map),
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
            .and_then(|s| s.get(StakeholderField::Name.key()))
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
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Result<Merged, MergeError> {
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
    history::keep_what_was_recorded(base, ours, theirs, &mut lists, &mut merger);
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
    let history = HistoryMerge::merge(base, ours, theirs, &renumbered, &lists, &mut merger);
    let mut plain = build(&meta, &lists, next_serial)?;
    history.apply_to(&mut plain);
    let taken = diff(ours, &plain);
    let Merger {
        conflicts, marks, ..
    } = merger;
    let map = if conflicts.is_empty() {
        plain
    } else {
        let mut marked = mark(meta, lists, &conflicts, &marks, next_serial)?;
        history.apply_to(&mut marked);
        marked
    };
    Ok(Merged {
        map,
        taken,
        renumbered,
        conflicts,
    })
}

#[cfg(test)]
mod tests {
    use super::merger::merge_set;
    use super::refs::refs_in;
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
