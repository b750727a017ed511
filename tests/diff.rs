//! What changed between two versions of a map: every edit shows up, by
//! name and field, and a map compared with itself shows nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::Edit;
use powermap::exchange::diff::{Change, diff};
use powermap::model::{Kind, RelationKind, Stakeholder, StakeholderId};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_map_compared_with_itself_shows_no_change(map in common::map(8)) {
        prop_assert!(diff(&map, &map).is_empty());
        prop_assert!(diff(&map, &map.clone()).to_text().is_empty());
    }
}

#[test]
fn each_kind_of_change_is_named_with_its_fields() {
    let old = common::sample_map();
    let mut new = old.clone();
    let first = old.stakeholders_sorted()[0].clone();
    let mut changed = first.clone();
    changed.power = if first.power == 5 { 1 } else { 5 };
    let doomed = old
        .stakeholders_sorted()
        .into_iter()
        .find(|s| old.relations_of(&s.id).is_empty() && s.id != first.id)
        .cloned();
    let mut edits = vec![
        Edit::UpdateStakeholder(changed.clone()),
        Edit::AddStakeholder(Stakeholder::new(
            StakeholderId::new("s900"),
            "Health ministry",
            Kind::Target,
        )),
    ];
    if let Some(doomed) = &doomed {
        edits.push(Edit::DeleteStakeholder(doomed.id.clone()));
    }
    Edit::Batch(edits).apply(&mut new).unwrap();
    let found = diff(&old, &new);
    let added = found.stakeholders.iter().find(|c| c.id == "s900").unwrap();
    assert_eq!(added.name, "Health ministry");
    assert_eq!(added.change, Change::Added);
    let power = found
        .stakeholders
        .iter()
        .find(|c| c.id == first.id.as_str())
        .unwrap();
    let Change::Changed(fields) = &power.change else {
        panic!("{power:?}")
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].field, "power");
    assert_eq!(fields[0].before, first.power.to_string());
    assert_eq!(fields[0].after, changed.power.to_string());
    if let Some(doomed) = doomed {
        assert!(
            found
                .stakeholders
                .iter()
                .any(|c| c.id == doomed.id.as_str() && c.change == Change::Removed)
        );
    }
    let text = found.to_text();
    assert!(text.contains("+ Health ministry (s900) added"), "{text}");
    assert!(
        text.contains(&format!("      power: {} → {}", first.power, changed.power)),
        "{text}"
    );
}

#[test]
fn a_relation_is_named_by_the_stakeholders_it_joins() {
    let old = common::sample_map();
    let mut new = old.clone();
    let people = old.stakeholders_sorted();
    let relation = powermap::model::Relation::new(
        powermap::model::RelationId::new("r900"),
        people[0].id.clone(),
        people[1].id.clone(),
        RelationKind::HasAccessTo,
    );
    Edit::AddRelation(relation).apply(&mut new).unwrap();
    let text = diff(&old, &new).to_text();
    assert!(
        text.contains(&format!(
            "+ {} → {} (has access to) (r900) added",
            people[0].name, people[1].name
        )),
        "{text}"
    );
}

#[test]
fn items_are_listed_in_the_order_people_count_their_ids() {
    let old = powermap::model::Map::new("Campaign");
    let mut new = old.clone();
    let added: Vec<Edit> = ["s100", "s20", "s99", "s3"]
        .into_iter()
        .map(|id| {
            Edit::AddStakeholder(Stakeholder::new(
                StakeholderId::new(id),
                format!("Group {id}"),
                Kind::Organization,
            ))
        })
        .collect();
    Edit::Batch(added).apply(&mut new).unwrap();
    let changes = diff(&old, &new);
    let ids: Vec<&str> = changes
        .stakeholders
        .iter()
        .map(|item| item.id.as_str())
        .collect();
    assert_eq!(ids, ["s3", "s20", "s99", "s100"]);
}
