//! A map's history in words, as `powermap history` prints it: the
//! checkpoints, then each item's recorded values in date order.

use std::fmt::Write as _;

use crate::i18n::{observed_field, observed_value, relation_kind, tr, tr_with};
use crate::model::{Map, Observation, StakeholderId, Subject};

/// The name users know an item by: a stakeholder's name, a relation's ends.
pub fn subject_label(map: &Map, subject: &Subject) -> String {
    let name = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    match subject {
        Subject::Stakeholder(id) => name(id),
        Subject::Relation(id) => map.relation(id).map_or_else(
            || tr_with("report-history-relation", &[("id", id.to_string().into())]),
            |r| {
                format!(
                    "{} → {} ({})",
                    name(&r.from),
                    name(&r.to),
                    relation_kind(&r.kind)
                )
            },
        ),
    }
}

/// One observation in a line: "2026-02-01  Stance: Neutral  (meeting with …)".
pub fn observation_line(observation: &Observation) -> String {
    let mut line = tr_with(
        "report-history-line",
        &[
            ("date", observation.date.to_string().into()),
            ("field", observed_field(observation.value.field()).into()),
            ("value", observed_value(&observation.value).into()),
        ],
    );
    if !observation.source.is_empty() {
        let source = if observation.confidential {
            tr_with(
                "report-history-confidential",
                &[("source", observation.source.as_str().into())],
            )
        } else {
            observation.source.clone()
        };
        let _ = write!(line, "  ({source})");
    }
    line
}

/// The history of the whole map, or of one stakeholder and its relations.
pub fn history_text(map: &Map, only: Option<&StakeholderId>) -> String {
    let timeline = map.timeline();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr_with("report-history-title", &[("title", map.title().into())])
    );
    if only.is_none() {
        if timeline.checkpoints().is_empty() {
            let _ = writeln!(out, "\n{}", tr("report-history-no-checkpoints"));
        } else {
            let _ = writeln!(out, "\n{}", tr("report-history-checkpoints"));
            for checkpoint in timeline.checkpoints() {
                let _ = writeln!(out, "  {}  {}", checkpoint.date, checkpoint.name);
            }
        }
    }
    let mut subjects: Vec<&Subject> = Vec::new();
    for observation in timeline.observations() {
        if subjects.last() != Some(&&observation.of) {
            subjects.push(&observation.of);
        }
    }
    let concerns = |subject: &Subject| match (only, subject) {
        (None, _) => true,
        (Some(id), Subject::Stakeholder(other)) => id == other,
        (Some(id), Subject::Relation(relation)) => map
            .relation(relation)
            .is_some_and(|r| &r.from == id || &r.to == id),
    };
    subjects.retain(|subject| concerns(subject));
    // Stakeholders first, then relations; each by name.
    subjects.sort_by_cached_key(|subject| {
        (
            matches!(subject, Subject::Relation(_)),
            subject_label(map, subject),
        )
    });
    subjects.dedup();
    if subjects.is_empty() {
        let _ = writeln!(out, "\n{}", tr("report-history-nothing"));
    }
    for subject in subjects {
        let _ = writeln!(out, "\n{}", subject_label(map, subject));
        let mut observations: Vec<&Observation> = timeline.of(subject).collect();
        observations.sort_by_key(|o| (o.date, o.value.field()));
        for observation in observations {
            let _ = writeln!(out, "  {}", observation_line(observation));
        }
    }
    out
}
