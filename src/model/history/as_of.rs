//! The map as it was on a day: every observed field set to the value
//! recorded last on or before that day.
//!
//! Before the first observation of a field, the field is taken to have
//! been as first observed (nothing earlier is known), except whether a
//! relation was in place: a relation first recorded as in place on a day
//! was not in place before it, and one first recorded as ended was.
//! Fields never observed keep their present value.

use super::{Day, Field, Observation, Observed, Subject, Timeline};
use crate::model::Map;

/// The value of one field of one item on a day, if anything is recorded of it.
pub fn value_on(
    timeline: &Timeline,
    subject: &Subject,
    field: Field,
    day: Day,
) -> Option<Observed> {
    pick(timeline.of_field(subject, field), day)
}

fn pick<'a>(observations: impl Iterator<Item = &'a Observation>, day: Day) -> Option<Observed> {
    let mut first: Option<&Observation> = None;
    let mut last_before: Option<&Observation> = None;
    for observation in observations {
        first.get_or_insert(observation);
        if observation.date <= day {
            last_before = Some(observation);
        } else {
            break;
        }
    }
    match (last_before, first) {
        (Some(observation), _) => Some(observation.value.clone()),
        (None, Some(first)) => Some(match first.value {
            Observed::Exists(in_place) => Observed::Exists(!in_place),
            ref value => value.clone(),
        }),
        (None, None) => None,
    }
}

/// The map as it was on `day`. Relations not in place then are left out;
/// everything else (names, notes, positions, coalitions, the history
/// itself) is as it is now.
pub fn as_of(map: &Map, day: Day) -> Map {
    let mut then = map.clone();
    let observations: Vec<&Observation> = map.timeline().observations().collect();
    let mut ended = Vec::new();
    for group in observations.chunk_by(|a, b| a.of == b.of && a.value.field() == b.value.field()) {
        let Some(value) = pick(group.iter().copied(), day) else {
            continue;
        };
        match &group[0].of {
            Subject::Stakeholder(id) => {
                let Some(node) = then.node_index(id) else {
                    continue;
                };
                let stakeholder = &mut then.graph[node];
                match value {
                    Observed::Stance(stance) => stakeholder.stance = stance,
                    Observed::Power(n) => stakeholder.power = n,
                    Observed::Interest(n) => stakeholder.interest = n,
                    Observed::Commitment(n) => stakeholder.commitment = n,
                    Observed::Role(role) => stakeholder.role = role,
                    _ => {}
                }
            }
            Subject::Relation(id) => {
                let Some(edge) = then.edge_index(id) else {
                    continue;
                };
                let relation = &mut then.graph[edge];
                match value {
                    Observed::Strength(n) => relation.strength = n,
                    Observed::Confidence(confidence) => relation.confidence = confidence,
                    Observed::Kind(kind) => relation.kind = kind,
                    Observed::Exists(false) => ended.push(id.clone()),
                    _ => {}
                }
            }
        }
    }
    for id in ended {
        // Scenes may pick the relation out; looking back is not an edit.
        let _ = then.remove_edge(&id);
    }
    then
}
