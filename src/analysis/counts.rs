//! How many of each thing a map holds: stakeholders by kind, stance and
//! role, relations by kind. The first part of what `powermap stats` prints.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::{Kind, Map, RelationKind, Role, Stance};

/// Counts of a map's items, as `powermap stats` reports them.
#[derive(Debug, serde::Serialize)]
pub struct Counts {
    pub title: String,
    pub stakeholders: usize,
    pub relations: usize,
    pub coalitions: usize,
    pub by_kind: BTreeMap<String, usize>,
    pub by_stance: BTreeMap<String, usize>,
    pub by_role: BTreeMap<String, usize>,
    pub relations_by_kind: BTreeMap<String, usize>,
}

impl Counts {
    /// The counts of a map.
    pub fn of(map: &Map) -> Self {
        let count = |labels: Vec<String>| {
            let mut counts = BTreeMap::new();
            for label in labels {
                *counts.entry(label).or_insert(0) += 1;
            }
            counts
        };
        Self {
            title: map.title().to_owned(),
            stakeholders: map.stakeholder_count(),
            relations: map.relation_count(),
            coalitions: map.coalition_count(),
            by_kind: count(
                map.stakeholders()
                    .map(|s| s.kind.label().to_owned())
                    .collect(),
            ),
            by_stance: count(
                map.stakeholders()
                    .map(|s| s.stance.label().to_owned())
                    .collect(),
            ),
            by_role: count(
                map.stakeholders()
                    .map(|s| s.role.label().to_owned())
                    .collect(),
            ),
            relations_by_kind: count(map.relations().map(|r| r.kind.label().to_owned()).collect()),
        }
    }

    /// A plain-text report, the categories in the order the app lists them.
    pub fn to_text(&self) -> String {
        let mut text = format!(
            "{}\n{}\n",
            self.title,
            tr_with(
                "counts-totals",
                &[
                    ("stakeholders", self.stakeholders.into()),
                    ("relations", self.relations.into()),
                    ("coalitions", self.coalitions.into()),
                ],
            )
        );
        // Each category by the file's word, shown in the interface's language.
        let section = |text: &mut String,
                       heading: &str,
                       labels: Vec<(&str, String)>,
                       counts: &BTreeMap<String, usize>| {
            let _ = writeln!(text, "\n{}", tr(heading));
            let mut listed: Vec<(&str, String)> = labels
                .into_iter()
                .filter(|(key, _)| counts.contains_key(*key))
                .collect();
            // Custom relation kinds come after the built-in ones, alphabetically.
            let custom: Vec<(&str, String)> = counts
                .keys()
                .map(String::as_str)
                .filter(|k| !listed.iter().any(|(key, _)| key == k))
                .map(|k| (k, k.to_owned()))
                .collect();
            listed.extend(custom);
            for (key, shown) in listed {
                let _ = writeln!(text, "  {shown:<22}{:>5}", counts[key]);
            }
        };
        section(
            &mut text,
            "counts-by-kind",
            Kind::ALL
                .iter()
                .map(|k| (k.label(), k.translated()))
                .collect(),
            &self.by_kind,
        );
        section(
            &mut text,
            "counts-by-stance",
            Stance::ALL
                .iter()
                .map(|s| (s.label(), s.translated()))
                .collect(),
            &self.by_stance,
        );
        section(
            &mut text,
            "counts-by-role",
            Role::ALL
                .iter()
                .map(|r| (r.label(), r.translated()))
                .collect(),
            &self.by_role,
        );
        section(
            &mut text,
            "counts-relations-by-kind",
            RelationKind::BUILT_IN
                .iter()
                .map(|k| (k.label(), relation_kind(k)))
                .collect(),
            &self.relations_by_kind,
        );
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stakeholder, StakeholderId};

    #[test]
    fn one_of_a_thing_is_counted_in_the_singular() {
        let mut map = Map::new("Alone");
        map.insert_stakeholder(Stakeholder::new(
            StakeholderId::new("s1"),
            "Ministry",
            Kind::Target,
        ))
        .unwrap();
        let text = Counts::of(&map).to_text();
        assert!(
            text.starts_with("Alone\n1 stakeholder, 0 relations, 0 coalitions\n"),
            "{text}"
        );
        let target = text
            .lines()
            .find(|line| line.trim_start().starts_with("Target"));
        assert_eq!(
            target.map(|line| line.split_whitespace().collect::<Vec<_>>()),
            Some(vec!["Target", "1"]),
            "{text}"
        );
    }
}
