//! Finding the stakeholder or coalition a person names on the command line:
//! by id, or by name ignoring case, with a message that says what would
//! work when nothing or more than one thing answers to the name.

use crate::model::{CoalitionId, Kind, Map, StakeholderId};

/// Why a name given on the command line names no single stakeholder or
/// coalition. The names in it are quoted as the map writes them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    #[error(
        "no stakeholder is named “{name}”{}",
        listed("; the targets are ", targets)
    )]
    NoStakeholder {
        name: String,
        /// The map's targets, the stakeholders routes are most often asked to.
        targets: Vec<String>,
    },
    #[error(
        "{} stakeholders are named “{name}”; give one of their ids instead: {}",
        ids.len(),
        ids.join(", ")
    )]
    SeveralStakeholders { name: String, ids: Vec<String> },
    #[error(
        "no coalition is named “{name}”; {}",
        if coalitions.is_empty() { "the map has no coalitions".to_owned() } else { listed("the coalitions are ", coalitions) }
    )]
    NoCoalition {
        name: String,
        coalitions: Vec<String>,
    },
    #[error(
        "{} coalitions are named “{name}”; give one of their ids instead: {}",
        ids.len(),
        ids.join(", ")
    )]
    SeveralCoalitions { name: String, ids: Vec<String> },
}

/// `lead` and the names, quoted and joined; nothing when there are none.
fn listed(lead: &str, names: &[String]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = names.iter().map(|name| format!("“{name}”")).collect();
    format!("{lead}{}", quoted.join(", "))
}

/// What answers to a name: the ids whose item has it, ignoring case and
/// the spaces around it.
fn named<'a, Id: 'a>(text: &str, items: impl Iterator<Item = (&'a Id, &'a str)>) -> Vec<&'a Id> {
    let wanted = text.trim().to_lowercase();
    items
        .filter(|(_, name)| name.trim().to_lowercase() == wanted)
        .map(|(id, _)| id)
        .collect()
}

/// Finds a stakeholder by id, or by name ignoring case, for the command line.
pub fn find_stakeholder(map: &Map, text: &str) -> Result<StakeholderId, FindError> {
    let id = StakeholderId::new(text.trim());
    if map.stakeholder(&id).is_some() {
        return Ok(id);
    }
    let sorted = map.stakeholders_sorted();
    let named = named(text, sorted.iter().map(|s| (&s.id, s.name.as_str())));
    match named[..] {
        [one] => Ok(one.clone()),
        [] => Err(FindError::NoStakeholder {
            name: text.to_owned(),
            targets: sorted
                .iter()
                .filter(|s| s.kind == Kind::Target)
                .map(|s| s.name.clone())
                .collect(),
        }),
        _ => Err(FindError::SeveralStakeholders {
            name: text.to_owned(),
            ids: named.iter().map(ToString::to_string).collect(),
        }),
    }
}

/// Finds a coalition by id, or by name ignoring case, for the command line.
pub fn find_coalition(map: &Map, text: &str) -> Result<CoalitionId, FindError> {
    let id = CoalitionId::new(text.trim());
    if map.coalition(&id).is_some() {
        return Ok(id);
    }
    let named = named(text, map.coalitions().map(|c| (&c.id, c.name.as_str())));
    match named[..] {
        [one] => Ok(one.clone()),
        [] => Err(FindError::NoCoalition {
            name: text.to_owned(),
            coalitions: map.coalitions().map(|c| c.name.clone()).collect(),
        }),
        _ => Err(FindError::SeveralCoalitions {
            name: text.to_owned(),
            ids: named.iter().map(ToString::to_string).collect(),
        }),
    }
}
