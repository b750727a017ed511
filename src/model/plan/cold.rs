//! Relations gone cold and targets nobody met, from the contact log.
//!
//! A contact counts for a relation when it was logged on the relation, or
//! on one of its two stakeholders with the other one taking part. A
//! relation is cold when it has had contacts but none in the map's number
//! of days; relations never contacted are not listed (a map has many), but
//! targets nobody has contacted are.
//!
//! A contact reaches a stakeholder when it was logged with them, on one
//! of their relations, or with them taking part: a stakeholder's last
//! contact, and whether anybody ever contacted them, go by that.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::Contact;
use crate::model::{Day, Kind, Map, RelationId, StakeholderId, Subject};

/// A relation whose last contact is older than the map allows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColdRelation {
    pub relation: RelationId,
    pub last_contact: Day,
    /// Days from the last contact to today.
    pub days: i64,
}

/// The newest contact on a relation, or that reaches a stakeholder (see
/// the module docs for what counts), on or before `day`: the inspector
/// and the table agree. A contact after `day` had not happened then.
pub fn last_contact<'a>(map: &'a Map, on: &Subject, day: Day) -> Option<&'a Contact> {
    let newest = |a: &&Contact, b: &&Contact| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id));
    let by_then = map.plan().contacts().filter(|contact| contact.date <= day);
    match on {
        Subject::Stakeholder(id) => by_then
            .filter(|contact| reached(map, contact).any(|s| s == id))
            .max_by(newest),
        Subject::Relation(id) => {
            let ends = map.relation(id).map(|r| (&r.from, &r.to));
            by_then
                .filter(|contact| {
                    &contact.on == on || ends.is_some_and(|(a, b)| counts_for(contact, a, b))
                })
                .max_by(newest)
        }
    }
}

/// A contact on stakeholder `a` with `b` taking part, or the other way.
fn counts_for(contact: &Contact, a: &StakeholderId, b: &StakeholderId) -> bool {
    match &contact.on {
        Subject::Stakeholder(on) => {
            (on == a && contact.with.contains(b)) || (on == b && contact.with.contains(a))
        }
        Subject::Relation(_) => false,
    }
}

/// The relations gone cold on `today`, longest cold first, then by id;
/// contacts after `today` had not happened then.
pub fn cold_relations(map: &Map, today: Day) -> Vec<ColdRelation> {
    let mut newest: HashMap<&RelationId, Day> = HashMap::new();
    let mut by_pair: HashMap<(&StakeholderId, &StakeholderId), Day> = HashMap::new();
    for contact in map.plan().contacts().filter(|c| c.date <= today) {
        match &contact.on {
            Subject::Relation(id) => {
                let day = newest.entry(id).or_insert(contact.date);
                *day = (*day).max(contact.date);
            }
            Subject::Stakeholder(on) => {
                for other in &contact.with {
                    for pair in [(on, other), (other, on)] {
                        let day = by_pair.entry(pair).or_insert(contact.date);
                        *day = (*day).max(contact.date);
                    }
                }
            }
        }
    }
    let mut cold: Vec<ColdRelation> = map
        .relations()
        .filter_map(|relation| {
            let last = [
                newest.get(&relation.id),
                by_pair.get(&(&relation.from, &relation.to)),
            ]
            .into_iter()
            .flatten()
            .max()
            .copied()?;
            days_cold(map, last, today).map(|days| ColdRelation {
                relation: relation.id.clone(),
                last_contact: last,
                days,
            })
        })
        .collect();
    cold.sort_by(|a, b| {
        b.days
            .cmp(&a.days)
            .then_with(|| a.relation.cmp(&b.relation))
    });
    cold
}

/// How long a last contact on `last` is past, on `today`, when that is
/// longer than the map allows: the one rule of what has gone cold.
pub fn days_cold(map: &Map, last: Day, today: Day) -> Option<i64> {
    let days = today.to_days() - last.to_days();
    (days > i64::from(map.plan().cold_after_days())).then_some(days)
}

/// The stakeholders a contact reaches (see the module docs).
fn reached<'a>(map: &'a Map, contact: &'a Contact) -> impl Iterator<Item = &'a StakeholderId> {
    let (one, other) = match &contact.on {
        Subject::Stakeholder(id) => (Some(id), None),
        Subject::Relation(id) => map
            .relation(id)
            .map_or((None, None), |r| (Some(&r.from), Some(&r.to))),
    };
    one.into_iter().chain(other).chain(contact.with.iter())
}

/// The day of the newest contact that reaches this stakeholder, on or
/// before `day`.
pub fn stakeholder_last_contact(map: &Map, id: &StakeholderId, day: Day) -> Option<Day> {
    last_contact(map, &Subject::Stakeholder(id.clone()), day).map(|contact| contact.date)
}

/// Every stakeholder some contact on or before `day` reaches (contacts
/// after it had not happened then).
pub fn contacted_stakeholders(map: &Map, day: Day) -> HashSet<&StakeholderId> {
    map.plan()
        .contacts()
        .filter(|contact| contact.date <= day)
        .flat_map(|contact| reached(map, contact))
        .collect()
}

/// The stakeholders gone cold on `today`: at an end of a relation gone
/// cold, or reached by no contact for longer than the map allows
/// (contacts after `today` had not happened then).
pub fn cold_stakeholders(map: &Map, today: Day) -> HashSet<StakeholderId> {
    let mut newest: HashMap<&StakeholderId, Day> = HashMap::new();
    for contact in map.plan().contacts().filter(|c| c.date <= today) {
        for id in reached(map, contact) {
            let day = newest.entry(id).or_insert(contact.date);
            *day = (*day).max(contact.date);
        }
    }
    let mut cold: HashSet<StakeholderId> = newest
        .into_iter()
        .filter(|(_, last)| days_cold(map, *last, today).is_some())
        .map(|(id, _)| id.clone())
        .collect();
    for relation in cold_relations(map, today) {
        if let Some(r) = map.relation(&relation.relation) {
            cold.insert(r.from.clone());
            cold.insert(r.to.clone());
        }
    }
    cold
}

/// The targets no contact on or before `day` reaches. In id order.
pub fn uncontacted_targets(map: &Map, day: Day) -> Vec<StakeholderId> {
    let met = contacted_stakeholders(map, day);
    let mut targets: Vec<StakeholderId> = map
        .stakeholders()
        .filter(|s| s.kind == Kind::Target && !met.contains(&s.id))
        .map(|s| s.id.clone())
        .collect();
    targets.sort();
    targets
}
