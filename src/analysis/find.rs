//! Finding the stakeholder or coalition a person names on the command line:
//! by id, or by name ignoring case, with a message that says what would
//! work when nothing or more than one thing answers to the name.

use crate::i18n::tr_with;
use crate::model::{CoalitionId, Kind, Map, StakeholderId};

/// Why a name given on the command line names no single stakeholder or
/// coalition, in this thread's language. The names in it are quoted as the
/// map writes them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    #[error("{}", no_stakeholder(name, targets))]
    NoStakeholder {
        name: String,
        /// The map's targets, the stakeholders routes are most often asked to.
        targets: Vec<String>,
    },
    #[error("{}", several("find-several-stakeholders", name, ids))]
    SeveralStakeholders { name: String, ids: Vec<String> },
    #[error("{}", no_coalition(name, coalitions))]
    NoCoalition {
        name: String,
        coalitions: Vec<String>,
    },
    #[error("{}", several("find-several-coalitions", name, ids))]
    SeveralCoalitions { name: String, ids: Vec<String> },
}

/// The names, quoted and joined.
fn quoted(names: &[String]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|name| tr_with("find-quoted", &[("name", name.as_str().into())]))
        .collect();
    quoted.join(", ")
}

fn no_stakeholder(name: &str, targets: &[String]) -> String {
    if targets.is_empty() {
        tr_with("find-no-stakeholder", &[("name", name.into())])
    } else {
        tr_with(
            "find-no-stakeholder-targets",
            &[("name", name.into()), ("targets", quoted(targets).into())],
        )
    }
}

fn no_coalition(name: &str, coalitions: &[String]) -> String {
    if coalitions.is_empty() {
        tr_with("find-no-coalition-none", &[("name", name.into())])
    } else {
        tr_with(
            "find-no-coalition",
            &[
                ("name", name.into()),
                ("coalitions", quoted(coalitions).into()),
            ],
        )
    }
}

fn several(id: &str, name: &str, ids: &[String]) -> String {
    tr_with(
        id,
        &[
            ("count", ids.len().into()),
            ("name", name.into()),
            ("ids", ids.join(", ").into()),
        ],
    )
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
