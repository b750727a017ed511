//! What changed in the history between two versions of a map: values
//! recorded, changed or taken away (keyed by item, field and day, as the
//! merge keys them), and checkpoints marked or taken away.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::merge::value_words;
use crate::i18n::{tr, tr_with};
use crate::model::{Checkpoint, Day, Field, Map, Observation, ObservationKey, Subject};

/// One recorded value that differs: absent on one side when it was
/// recorded or taken away.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordChange {
    /// The item's id.
    pub id: String,
    /// The item as a reader knows it.
    pub name: String,
    pub field: Field,
    pub day: Day,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Everything that differs in the history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HistoryDiff {
    pub records: Vec<RecordChange>,
    pub checkpoints_added: Vec<Checkpoint>,
    pub checkpoints_removed: Vec<Checkpoint>,
}

impl HistoryDiff {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
            && self.checkpoints_added.is_empty()
            && self.checkpoints_removed.is_empty()
    }

    /// Recorded values added, changed and removed, in that order.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |f: fn(&RecordChange) -> bool| self.records.iter().filter(|r| f(r)).count();
        (
            count(|r| r.before.is_none()),
            count(|r| r.before.is_some() && r.after.is_some()),
            count(|r| r.after.is_none()),
        )
    }

    /// The differences as text, under a heading, one record per line.
    pub fn write_text(&self, text: &mut String) {
        if self.is_empty() {
            return;
        }
        let _ = writeln!(text, "{}", tr("history-diff-heading"));
        for r in &self.records {
            let what = tr_with(
                "history-merge-field",
                &[
                    ("field", super::merge::field_words(r.field).into()),
                    ("day", r.day.to_string().into()),
                ],
            );
            let (mark, values) = match (&r.before, &r.after) {
                (None, Some(after)) => ("+", after.clone()),
                (Some(before), None) => ("-", before.clone()),
                (Some(before), Some(after)) => ("~", format!("{before} → {after}")),
                (None, None) => continue,
            };
            let _ = writeln!(text, "  {mark} {} ({}): {what}: {values}", r.name, r.id);
        }
        for (mark, list) in [
            ("+", &self.checkpoints_added),
            ("-", &self.checkpoints_removed),
        ] {
            for c in list {
                let line = tr_with(
                    "history-diff-checkpoint",
                    &[
                        ("name", c.name.clone().into()),
                        ("day", c.date.to_string().into()),
                    ],
                );
                let _ = writeln!(text, "  {mark} {line}");
            }
        }
    }
}

/// What differs in the history from `old` to `new`.
pub fn diff_history(old: &Map, new: &Map) -> HistoryDiff {
    let keyed = |map: &Map| -> BTreeMap<ObservationKey, Observation> {
        map.timeline()
            .observations()
            .map(|o| (o.key(), o.clone()))
            .collect()
    };
    let (before, after) = (keyed(old), keyed(new));
    let keys: BTreeSet<&ObservationKey> = before.keys().chain(after.keys()).collect();
    let records = keys
        .into_iter()
        .filter_map(|key| {
            let (b, a) = (before.get(key), after.get(key));
            if b.map(|o| &o.value) == a.map(|o| &o.value) {
                return None;
            }
            Some(RecordChange {
                id: key.of.as_str().to_owned(),
                name: subject_name(new, &key.of)
                    .or_else(|| subject_name(old, &key.of))
                    .unwrap_or_else(|| key.of.as_str().to_owned()),
                field: key.field,
                day: key.date,
                before: b.map(|o| value_words(&o.value)),
                after: a.map(|o| value_words(&o.value)),
            })
        })
        .collect();
    let (old_c, new_c) = (old.timeline().checkpoints(), new.timeline().checkpoints());
    HistoryDiff {
        records,
        checkpoints_added: new_c
            .iter()
            .filter(|c| !old_c.contains(c))
            .cloned()
            .collect(),
        checkpoints_removed: old_c
            .iter()
            .filter(|c| !new_c.contains(c))
            .cloned()
            .collect(),
    }
}

/// A stakeholder by its name, a relation by the names it joins.
fn subject_name(map: &Map, subject: &Subject) -> Option<String> {
    match subject {
        Subject::Stakeholder(id) => map.stakeholder(id).map(|s| s.name.clone()),
        Subject::Relation(id) => map.relation(id).map(|r| {
            let name = |id| {
                map.stakeholder(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
            };
            let arrow = if r.mutual { "↔" } else { "→" };
            format!("{} {arrow} {}", name(&r.from), name(&r.to))
        }),
    }
}
