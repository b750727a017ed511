//! The history in a merge. Observations merge as a set keyed by item,
//! field and date: what either version recorded comes in, what either
//! removed goes, and where both recorded the same key with different
//! values it is a conflict like any other: this version's value is kept,
//! the item's notes say what each version had, and the stakeholders
//! concerned are tagged. Checkpoints merge as a set keyed by date and
//! name. The other version's records follow its items when they are
//! renumbered, and an item one version deleted but the merge keeps keeps
//! its history. An item one version deleted while the other recorded
//! something new about it is kept, with a conflict: deleting it would
//! lose those records without a word.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::merger::{Mark, Merger};
use super::{Clash, Conflict, Items, Renumbered, SPECS, Side, spec_index};
use crate::edit::Edit;
use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::{
    Checkpoint, Field, Map, Observation, ObservationKey, Observed, RelationId, StakeholderId,
    Subject,
};

/// The merged history, put into a merged map with [`HistoryMerge::apply_to`].
pub(super) struct HistoryMerge {
    observations: Vec<Observation>,
    checkpoints: Vec<Checkpoint>,
}

type Keyed = BTreeMap<ObservationKey, Observation>;

impl HistoryMerge {
    /// Merges the history of the three versions. `renumbered` are the other
    /// version's items given new ids; `lists` the merged items, so that a
    /// conflict is reported only about an item the merge keeps. Conflicts
    /// and the lines written into the items' notes go to `merger`.
    pub(super) fn merge(
        base: &Map,
        ours: &Map,
        theirs: &Map,
        renumbered: &[Renumbered],
        lists: &[Items],
        merger: &mut Merger<'_>,
    ) -> Self {
        let moved: HashMap<(&str, &str), &str> = renumbered
            .iter()
            .map(|r| ((r.noun, r.from.as_str()), r.to.as_str()))
            .collect();
        let their_subject = |subject: &Subject| match subject {
            Subject::Stakeholder(id) => Subject::Stakeholder(
                moved
                    .get(&("stakeholder", id.as_str()))
                    .map_or_else(|| id.clone(), |to| StakeholderId::new(*to)),
            ),
            Subject::Relation(id) => Subject::Relation(
                moved
                    .get(&("relation", id.as_str()))
                    .map_or_else(|| id.clone(), |to| RelationId::new(*to)),
            ),
        };
        let keyed = |map: &Map, rename: &dyn Fn(&Subject) -> Subject| -> Keyed {
            map.timeline()
                .observations()
                .map(|o| {
                    let mut o = o.clone();
                    o.of = rename(&o.of);
                    (o.key(), o)
                })
                .collect()
        };
        let same = |subject: &Subject| subject.clone();
        let (base_o, ours_o, theirs_o) = (
            keyed(base, &same),
            keyed(ours, &same),
            keyed(theirs, &their_subject),
        );
        let keys: BTreeSet<&ObservationKey> = base_o
            .keys()
            .chain(ours_o.keys())
            .chain(theirs_o.keys())
            .collect();
        let mut observations = Vec::new();
        for key in keys {
            let b = base_o.get(key);
            // A version without the item (it deleted it) left its history
            // as it was: whether the item stays is the items' merge's say.
            let o = if holds(ours, &key.of) {
                ours_o.get(key)
            } else {
                b
            };
            let t = if holds_renamed(theirs, &key.of, &moved) {
                theirs_o.get(key)
            } else {
                b
            };
            let kept = match (b, o, t) {
                (_, o, t) if o == t => o,
                (b, o, t) if o == b => t,
                (b, o, t) if t == b => o,
                (_, Some(o), Some(t)) if o.value == t.value => {
                    // The same value from two sources: one record, kept
                    // confidential if either version marked it so.
                    let mut one = o.clone();
                    one.confidential |= t.confidential && t.source == o.source;
                    observations.push(one);
                    continue;
                }
                (b, o, t) => {
                    clash(key, b, o, t, lists, merger);
                    o
                }
            };
            observations.extend(kept.cloned());
        }
        Self {
            observations,
            checkpoints: merged_checkpoints(base, ours, theirs),
        }
    }

    /// Records the merged history in `map`, one edit at a time: a record
    /// of an item the merge dropped is left out with it.
    pub(super) fn apply_to(&self, map: &mut Map) {
        for observation in &self.observations {
            let _ = Edit::Observe(Box::new(observation.clone())).apply(map);
        }
        for checkpoint in &self.checkpoints {
            let _ = Edit::AddCheckpoint(checkpoint.clone()).apply(map);
        }
    }
}

/// Brings back each stakeholder and relation of the common ancestor that
/// one version deleted and the other left as it was but recorded new
/// values of (an observation the ancestor lacks, or has otherwise): it is
/// kept as the recording version has it, and the conflict names each
/// record by its field and day. Run before the merge brings back what
/// is needed, so a relation kept this way brings back its ends.
pub(super) fn keep_what_was_recorded(
    base: &Map,
    ours: &Map,
    theirs: &Map,
    lists: &mut [Items],
    merger: &mut Merger<'_>,
) {
    for noun in ["stakeholder", "relation"] {
        let Some(index) = spec_index(noun) else {
            continue;
        };
        let dropped: Vec<String> = merger.base.lists[index]
            .keys()
            .filter(|id| !lists[index].contains_key(*id))
            .cloned()
            .collect();
        for id in dropped {
            let (by, keeper, kept) = match (
                merger.ours.lists[index].get(&id),
                merger.theirs.lists[index].get(&id),
            ) {
                (Some(item), None) => (Side::Theirs, ours, item.clone()),
                (None, Some(item)) => (Side::Ours, theirs, item.clone()),
                _ => continue,
            };
            let subject = match noun {
                "stakeholder" => Subject::Stakeholder(StakeholderId::new(id.as_str())),
                _ => Subject::Relation(RelationId::new(id.as_str())),
            };
            let records: Vec<String> = keeper
                .timeline()
                .of(&subject)
                .filter(|o| base.timeline().observation(&o.key()) != Some(*o))
                .map(|o| record_words(o.value.field(), o.date))
                .collect();
            if records.is_empty() {
                continue;
            }
            merger.conflict_on(index, &id, &kept, Clash::Recorded { by, records });
            lists[index].insert(id, kept);
        }
    }
}

/// A record as a conflict names it: "stance on 2026-03-01", the day in
/// ISO form whatever the language.
fn record_words(field: Field, day: crate::model::Day) -> String {
    tr_with(
        "history-merge-field",
        &[
            ("field", field_words(field).into()),
            ("day", day.to_string().into()),
        ],
    )
}

/// Whether the map holds the item an observation is about.
fn holds(map: &Map, subject: &Subject) -> bool {
    match subject {
        Subject::Stakeholder(id) => map.stakeholder(id).is_some(),
        Subject::Relation(id) => map.relation(id).is_some(),
    }
}

/// Whether the other version holds the item that is `subject` once its
/// items are renumbered.
fn holds_renamed(theirs: &Map, subject: &Subject, moved: &HashMap<(&str, &str), &str>) -> bool {
    let (noun, id) = match subject {
        Subject::Stakeholder(id) => ("stakeholder", id.as_str()),
        Subject::Relation(id) => ("relation", id.as_str()),
    };
    let original = moved
        .iter()
        .find(|((n, _), to)| *n == noun && **to == id)
        .map_or(id, |((_, from), _)| *from);
    // An id handed out to a renumbered item is not the other version's own
    // item of that id.
    if original == id && moved.contains_key(&(noun, id)) {
        return false;
    }
    match subject {
        Subject::Stakeholder(_) => theirs.stakeholder(&StakeholderId::new(original)).is_some(),
        Subject::Relation(_) => theirs.relation(&RelationId::new(original)).is_some(),
    }
}

/// Both versions recorded a key their own way: a conflict about the item,
/// if the merge keeps it.
fn clash(
    key: &ObservationKey,
    base: Option<&Observation>,
    ours: Option<&Observation>,
    theirs: Option<&Observation>,
    lists: &[Items],
    merger: &mut Merger<'_>,
) {
    let noun = match key.of {
        Subject::Stakeholder(_) => "stakeholder",
        Subject::Relation(_) => "relation",
    };
    let Some(index) = spec_index(noun) else {
        return;
    };
    let Some(item) = lists[index].get(key.of.as_str()) else {
        return;
    };
    let words = |o: Option<&Observation>| {
        o.map_or_else(|| tr("history-merge-no-record"), |o| value_words(&o.value))
    };
    let conflict = Conflict {
        noun: SPECS[index].noun,
        id: key.of.as_str().to_owned(),
        name: merger.name(&SPECS[index], item),
        clash: Clash::Field {
            field: record_words(key.field, key.date),
            ours: words(ours),
            theirs: words(theirs),
            base: words(base),
        },
        private: false,
        stakeholders: Merger::concerned(index, key.of.as_str(), item),
        coalition: None,
    };
    if let Some(notes) = SPECS[index].notes {
        merger.marks.push(Mark {
            list: index,
            id: conflict.id.clone(),
            field: notes,
            line: tr_with(
                "merge-conflict-note",
                &[("conflict", conflict.describe(true).into())],
            ),
        });
    }
    merger.conflicts.push(conflict);
}

/// A recorded field in the interface's language, as a sentence names it.
pub(crate) fn field_words(field: Field) -> String {
    tr(match field {
        Field::Stance => "history-merge-stance",
        Field::Power => "history-merge-power",
        Field::Interest => "history-merge-interest",
        Field::Commitment => "history-merge-commitment",
        Field::Role => "history-merge-role",
        Field::Strength => "history-merge-strength",
        Field::Confidence => "history-merge-confidence",
        Field::Kind => "history-merge-kind",
        Field::Exists => "history-merge-exists",
    })
}

/// A recorded value in the interface's language.
pub(crate) fn value_words(value: &Observed) -> String {
    match value {
        Observed::Stance(stance) => stance.translated(),
        Observed::Role(role) => role.translated(),
        Observed::Confidence(confidence) => confidence.translated(),
        Observed::Kind(kind) => relation_kind(kind),
        Observed::Strength(n) => crate::i18n::strength(*n),
        Observed::Power(n) | Observed::Interest(n) | Observed::Commitment(n) => n.to_string(),
        Observed::Exists(true) => tr("history-merge-in-place"),
        Observed::Exists(false) => tr("history-merge-ended"),
    }
}

/// Checkpoints as a set keyed by date and name: what either version
/// marked stays, what either took away goes.
fn merged_checkpoints(base: &Map, ours: &Map, theirs: &Map) -> Vec<Checkpoint> {
    let set = |map: &Map| -> BTreeSet<Checkpoint> {
        map.timeline().checkpoints().iter().cloned().collect()
    };
    let (b, o, t) = (set(base), set(ours), set(theirs));
    o.union(&t)
        .filter(|c| !b.contains(*c) || (o.contains(*c) && t.contains(*c)))
        .cloned()
        .collect()
}

/// The edits that turn `from`'s history into `to`'s: records taken away,
/// recorded or changed, checkpoints taken away and marked.
pub(super) fn edits_between(from: &Map, to: &Map) -> Vec<Edit> {
    let (old, new) = (from.timeline(), to.timeline());
    let mut edits: Vec<Edit> = old
        .observations()
        .filter(|o| new.observation(&o.key()).is_none())
        .map(|o| Edit::Unobserve(o.key()))
        .collect();
    edits.extend(
        new.observations()
            .filter(|o| old.observation(&o.key()) != Some(*o))
            .map(|o| Edit::Observe(Box::new(o.clone()))),
    );
    let (old_c, new_c) = (old.checkpoints(), new.checkpoints());
    edits.extend(
        old_c
            .iter()
            .filter(|c| !new_c.contains(c))
            .cloned()
            .map(Edit::DeleteCheckpoint),
    );
    edits.extend(
        new_c
            .iter()
            .filter(|c| !old_c.contains(c))
            .cloned()
            .map(Edit::AddCheckpoint),
    );
    edits
}
