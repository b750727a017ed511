//! Every change to a map can be undone exactly, and the history knows what
//! it would undo and whether the map has unsaved changes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ops::{cid, coalition, op, refused_edits, relation, rid, sid, stakeholder};
use powermap::edit::{Edit, History};
use powermap::file;
use powermap::model::{
    Coalition, Kind, Map, MapMeta, Member, MemberRole, ModelError, Position, Relation,
    RelationKind, Stakeholder,
};
use proptest::prelude::*;

fn canonical(map: &Map) -> String {
    file::to_ron_string(map).unwrap()
}

/// Applies an edit, checks it changed the map, then checks its inverse gives
/// back the very same map (and text), and the inverse's inverse redoes it.
fn assert_inverse_restores(what: &str, map: &Map, edit: Edit) {
    let mut changed = map.clone();
    let inverse = edit.apply(&mut changed).unwrap();
    assert_ne!(&changed, map, "{what} changed nothing");
    let mut restored = changed.clone();
    let redo = inverse.apply(&mut restored).unwrap();
    assert_eq!(
        &restored, map,
        "{what}: the inverse did not restore the map"
    );
    assert_eq!(canonical(&restored), canonical(map), "{what}: text differs");
    let mut redone = restored;
    redo.apply(&mut redone).unwrap();
    assert_eq!(
        redone, changed,
        "{what}: the inverse of the inverse did not redo"
    );
}

#[test]
fn every_kind_of_edit_is_undone_exactly_by_its_inverse() {
    let map = common::sample_map();
    let mut renamed = stakeholder(&map, "s1");
    renamed.name = "Ministry of Defence".to_owned();
    renamed.tags = vec!["b".to_owned(), " a ".to_owned()];
    let mut stronger = relation(&map, "r4");
    stronger.strength = 3;
    let mut rewired = relation(&map, "r4");
    rewired.from = sid("s10");
    let mut reversed = relation(&map, "r4");
    std::mem::swap(&mut reversed.from, &mut reversed.to);
    let mut joined = coalition(&map, "c6");
    joined.members.push(Member {
        stakeholder: sid("s10"),
        role: MemberRole::Member,
    });
    let meta = MapMeta {
        title: "New title".to_owned(),
        goal: "Protect civilians".to_owned(),
        ..map.meta().clone()
    };
    let cases = vec![
        (
            "add stakeholder",
            Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Council", Kind::Target)),
        ),
        (
            "add stakeholder with a hand-written id",
            Edit::AddStakeholder(Stakeholder::new(sid("s99"), "Council", Kind::Target)),
        ),
        ("update stakeholder", Edit::UpdateStakeholder(renamed)),
        (
            "delete lone stakeholder",
            Edit::DeleteStakeholder(sid("s10")),
        ),
        (
            "delete connected stakeholder",
            Edit::DeleteStakeholder(sid("s2")),
        ),
        (
            "move",
            Edit::Move(vec![
                (sid("s1"), Position::new(1.0, 2.0)),
                (sid("s2"), Position::new(-3.5, 4.25)),
            ]),
        ),
        (
            "move the same stakeholder twice",
            Edit::Move(vec![
                (sid("s1"), Position::new(1.0, 2.0)),
                (sid("s1"), Position::new(5.0, 6.0)),
            ]),
        ),
        (
            "add relation",
            Edit::AddRelation(Relation::new(
                rid("r11"),
                sid("s10"),
                sid("s1"),
                RelationKind::HasAccessTo,
            )),
        ),
        ("update relation", Edit::UpdateRelation(stronger)),
        ("update relation ends", Edit::UpdateRelation(rewired)),
        ("reverse relation", Edit::UpdateRelation(reversed)),
        ("delete relation", Edit::DeleteRelation(rid("r5"))),
        (
            "add coalition",
            Edit::AddCoalition(Coalition::new(cid("c11"), "Lawyers")),
        ),
        ("update coalition", Edit::UpdateCoalition(joined)),
        ("delete coalition", Edit::DeleteCoalition(cid("c6"))),
        ("set meta", Edit::SetMeta(meta)),
        (
            "set next serial",
            Edit::SetNextSerial(map.next_serial() + 7),
        ),
        (
            "batch",
            Edit::Batch(vec![
                Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Council", Kind::Target)),
                Edit::AddRelation(Relation::new(
                    rid("r12"),
                    sid("s11"),
                    sid("s1"),
                    RelationKind::ReportsTo,
                )),
                Edit::DeleteStakeholder(sid("s3")),
                Edit::Move(vec![(sid("s11"), Position::new(9.0, 9.0))]),
            ]),
        ),
        (
            "nested batch",
            Edit::Batch(vec![
                Edit::Batch(vec![Edit::DeleteRelation(rid("r4"))]),
                Edit::Batch(vec![Edit::DeleteStakeholder(sid("s1"))]),
            ]),
        ),
    ];
    for (what, edit) in cases {
        assert_inverse_restores(what, &map, edit);
    }
}

#[test]
fn deleting_a_stakeholder_removes_its_relations_and_memberships_in_one_undo_step() {
    let mut map = common::sample_map();
    let original = map.clone();
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteStakeholder(sid("s2")))
        .unwrap();

    assert!(map.stakeholder(&sid("s2")).is_none());
    // s2 was at one end of both relations and a member of the coalition.
    assert_eq!(map.relation_count(), 0);
    let campaign = coalition(&map, "c6");
    assert_eq!(campaign.members.len(), 1);
    assert!(campaign.member(&sid("s2")).is_none());
    assert_eq!(history.depth(), 1);
    assert_eq!(history.undo_label(), Some("delete stakeholder “Aid “Now””"));

    history.undo(&mut map).unwrap();
    assert!(!history.can_undo());
    assert_eq!(map, original);
    assert_eq!(canonical(&map), canonical(&original));
    assert_eq!(
        coalition(&map, "c6").member(&sid("s2")).unwrap().role,
        MemberRole::Lead
    );
}

#[test]
fn undoing_and_redoing_a_deletion_many_times_keeps_the_map_intact() {
    let mut map = common::sample_map();
    let original = map.clone();
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteStakeholder(sid("s2")))
        .unwrap();
    let deleted = map.clone();
    for _ in 0..5 {
        history.undo(&mut map).unwrap();
        assert_eq!(map, original);
        history.redo(&mut map).unwrap();
        assert_eq!(map, deleted);
    }
}

#[test]
fn an_edit_that_breaks_a_rule_is_refused_and_changes_nothing() {
    let original = common::sample_map();
    for (what, edit) in refused_edits(&original) {
        let mut map = original.clone();
        let mut history = History::new();
        let result = history.apply(&mut map, edit);
        assert!(result.is_err(), "{what} was accepted");
        assert_eq!(map, original, "{what} changed the map");
        assert!(!history.can_undo(), "{what} was recorded");
        assert!(!history.is_modified(), "{what} made the map modified");
    }
}

#[test]
fn refusals_say_which_item_is_wrong() {
    let map = common::sample_map();
    let mut loud = stakeholder(&map, "s1");
    loud.power = 6;
    let err = Edit::UpdateStakeholder(loud)
        .apply(&mut map.clone())
        .unwrap_err();
    assert!(err.to_string().contains("Ministry"), "{err}");
    assert!(err.to_string().contains("power"), "{err}");
    let err = Edit::DeleteStakeholder(sid("s404"))
        .apply(&mut map.clone())
        .unwrap_err();
    assert_eq!(err, ModelError::UnknownStakeholder(sid("s404")));
}

#[test]
fn a_failing_batch_leaves_the_map_unchanged() {
    let original = common::sample_map();
    let good_parts = || {
        vec![
            Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Council", Kind::Target)),
            Edit::AddRelation(Relation::new(
                rid("r12"),
                sid("s11"),
                sid("s1"),
                RelationKind::ReportsTo,
            )),
            Edit::DeleteStakeholder(sid("s2")),
            Edit::Move(vec![(sid("s1"), Position::new(3.0, 4.0))]),
            Edit::DeleteCoalition(cid("c6")),
            Edit::SetMeta(MapMeta::default()),
        ]
    };
    for (what, bad) in refused_edits(&original) {
        for place in [0, 3, good_parts().len()] {
            let mut parts = good_parts();
            parts.insert(place, bad.clone());
            // Also inside a nested batch, after more changes.
            let nested = Edit::Batch(vec![
                Edit::DeleteRelation(rid("r5")),
                Edit::Batch(parts.clone()),
            ]);
            for batch in [Edit::Batch(parts), nested] {
                let mut map = original.clone();
                let mut history = History::new();
                let result = history.apply(&mut map, batch);
                // Some refusals only apply to the map before the good parts;
                // a batch that passes is fine, a batch that fails must not leak.
                if result.is_err() {
                    assert_eq!(map, original, "{what} at {place} left changes behind");
                    assert_eq!(canonical(&map), canonical(&original));
                    assert!(!history.can_undo());
                }
            }
        }
    }
}

#[test]
fn a_batch_that_adds_the_same_id_twice_fails_as_a_whole() {
    let mut map = common::sample_map();
    let original = map.clone();
    let result = Edit::Batch(vec![
        Edit::AddStakeholder(Stakeholder::new(sid("s11"), "One", Kind::Target)),
        Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Two", Kind::Target)),
    ])
    .apply(&mut map);
    assert_eq!(result, Err(ModelError::DuplicateId("s11".to_owned())));
    assert_eq!(map, original);
    // The id counter, moved by the first add, is back too.
    assert_eq!(map.next_serial(), original.next_serial());
}

#[test]
fn a_move_that_fails_halfway_puts_back_the_stakeholders_already_moved() {
    let mut map = common::sample_map();
    let original = map.clone();
    let result = Edit::Move(vec![
        (sid("s1"), Position::new(100.0, 100.0)),
        (sid("s2"), Position::new(200.0, 200.0)),
        (sid("s404"), Position::new(0.0, 0.0)),
    ])
    .apply(&mut map);
    assert!(result.is_err());
    assert_eq!(map, original);
}

#[test]
fn a_deleted_id_is_never_handed_out_again() {
    let mut map = Map::new("Ids");
    let mut history = History::new();
    let first = map.id_allocator().stakeholder();
    assert_eq!(first.as_str(), "s1");
    history
        .apply(
            &mut map,
            Edit::AddStakeholder(Stakeholder::new(first.clone(), "First", Kind::Other)),
        )
        .unwrap();
    history
        .apply(&mut map, Edit::DeleteStakeholder(first.clone()))
        .unwrap();
    let second = map.id_allocator().stakeholder();
    assert_ne!(second, first);
    assert_eq!(second.as_str(), "s2");
}

#[test]
fn a_deleted_id_stays_taken_after_saving_and_reopening() {
    let mut map = common::sample_map();
    let newest = map.id_allocator().stakeholder();
    Edit::AddStakeholder(Stakeholder::new(newest.clone(), "Newest", Kind::Other))
        .apply(&mut map)
        .unwrap();
    Edit::DeleteStakeholder(newest.clone())
        .apply(&mut map)
        .unwrap();
    let reopened = file::load_str(&canonical(&map)).unwrap();
    let next = reopened.id_allocator().stakeholder();
    assert_ne!(next, newest);
    assert_eq!(reopened.next_serial(), map.next_serial());
}

#[test]
fn ids_handed_out_together_are_all_different_across_kinds() {
    let map = common::sample_map();
    let mut ids = map.id_allocator();
    let handed = [
        ids.stakeholder().to_string(),
        ids.relation().to_string(),
        ids.coalition().to_string(),
        ids.stakeholder().to_string(),
    ];
    assert_eq!(handed, ["s11", "r12", "c13", "s14"]);
    // The allocator only looks: the map hands out the same ids again.
    assert_eq!(map.id_allocator().stakeholder().as_str(), "s11");
}

#[test]
fn a_hand_written_id_reserves_its_number() {
    let mut map = Map::new("Ids");
    Edit::AddStakeholder(Stakeholder::new(sid("ministry7"), "Ministry", Kind::Target))
        .apply(&mut map)
        .unwrap();
    Edit::AddStakeholder(Stakeholder::new(sid("council"), "Council", Kind::Target))
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.id_allocator().stakeholder().as_str(), "s8");
}

#[test]
fn undoing_an_add_frees_its_id_for_the_next_add() {
    // The undone stakeholder never existed as far as the map is concerned,
    // so its id may be handed out again; the redo step that named it is gone.
    let mut map = Map::new("Ids");
    let mut history = History::new();
    let first = map.id_allocator().stakeholder();
    history
        .apply(
            &mut map,
            Edit::AddStakeholder(Stakeholder::new(first.clone(), "First", Kind::Other)),
        )
        .unwrap();
    history.undo(&mut map).unwrap();
    assert_eq!(map, Map::new("Ids"));
    let again = map.id_allocator().stakeholder();
    assert_eq!(again, first);
    history
        .apply(
            &mut map,
            Edit::AddStakeholder(Stakeholder::new(again, "Second", Kind::Other)),
        )
        .unwrap();
    assert!(!history.can_redo());
}

#[test]
fn the_largest_possible_id_number_does_not_stall_the_id_counter() {
    let mut map = Map::new("Ids");
    let huge = format!("s{}", u64::MAX);
    Edit::AddStakeholder(Stakeholder::new(sid(&huge), "Huge", Kind::Other))
        .apply(&mut map)
        .unwrap();
    let mut ids = map.id_allocator();
    let (first, second) = (ids.stakeholder(), ids.stakeholder());
    assert_ne!(first, second);
    assert_ne!(first.as_str(), huge);
    Edit::AddStakeholder(Stakeholder::new(first, "Next", Kind::Other))
        .apply(&mut map)
        .unwrap();
    let third = map.id_allocator().stakeholder();
    assert!(map.stakeholder(&third).is_none());
}

#[test]
fn the_undo_menu_names_each_change_in_words() {
    let mut map = common::sample_map();
    let mut history = History::new();
    let cases = vec![
        (
            Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Council", Kind::Target)),
            "add stakeholder “Council”",
        ),
        (
            Edit::AddRelation(Relation::new(
                rid("r12"),
                sid("s11"),
                sid("s1"),
                RelationKind::ReportsTo,
            )),
            "connect “Council” to “Ministry”",
        ),
        (
            Edit::Move(vec![(sid("s11"), Position::new(1.0, 1.0))]),
            "move “Council”",
        ),
        (
            Edit::Move(vec![
                (sid("s11"), Position::new(2.0, 1.0)),
                (sid("s1"), Position::new(2.0, 2.0)),
            ]),
            "move 2 stakeholders",
        ),
        (
            Edit::AddCoalition(Coalition::new(cid("c13"), "Lawyers")),
            "add coalition “Lawyers”",
        ),
        (
            Edit::DeleteCoalition(cid("c13")),
            "delete coalition “Lawyers”",
        ),
        (
            Edit::Batch(vec![
                Edit::AddStakeholder(Stakeholder::new(sid("s14"), "A", Kind::Other)),
                Edit::AddStakeholder(Stakeholder::new(sid("s15"), "B", Kind::Other)),
            ]),
            "add 2 stakeholders",
        ),
        (
            Edit::DeleteStakeholder(sid("s11")),
            "delete stakeholder “Council”",
        ),
    ];
    for (edit, label) in cases {
        history.apply(&mut map, edit).unwrap();
        assert_eq!(history.undo_label(), Some(label));
    }
    assert_eq!(
        history.undo(&mut map).unwrap().as_deref(),
        Some("delete stakeholder “Council”")
    );
    assert_eq!(history.redo_label(), Some("delete stakeholder “Council”"));
    assert_eq!(history.undo_label(), Some("add 2 stakeholders"));
}

#[test]
fn a_change_can_carry_its_own_label() {
    let mut map = common::sample_map();
    let mut history = History::new();
    history
        .apply_labelled(
            &mut map,
            Edit::Move(vec![(sid("s1"), Position::new(0.0, 0.0))]),
            "arrange the map".to_owned(),
        )
        .unwrap();
    assert_eq!(history.undo_label(), Some("arrange the map"));
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let mut map = common::sample_map();
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteRelation(rid("r4")))
        .unwrap();
    history.undo(&mut map).unwrap();
    assert!(history.can_redo());
    history
        .apply(&mut map, Edit::DeleteRelation(rid("r5")))
        .unwrap();
    assert!(!history.can_redo());
    assert_eq!(history.redo(&mut map).unwrap(), None);
    assert!(map.relation(&rid("r4")).is_some());
}

#[test]
fn undo_and_redo_with_nothing_to_do_change_nothing() {
    let mut map = common::sample_map();
    let original = map.clone();
    let mut history = History::new();
    assert_eq!(history.undo(&mut map).unwrap(), None);
    assert_eq!(history.redo(&mut map).unwrap(), None);
    assert_eq!(map, original);
    assert_eq!(history.undo_label(), None);
    assert_eq!(history.redo_label(), None);
    assert!(!history.is_modified());
}

#[test]
fn the_map_is_modified_after_an_edit_and_clean_again_when_undone_to_the_saved_state() {
    let mut map = common::sample_map();
    let mut history = History::new();
    assert!(!history.is_modified());
    history
        .apply(&mut map, Edit::DeleteRelation(rid("r4")))
        .unwrap();
    assert!(history.is_modified());
    history.undo(&mut map).unwrap();
    assert!(!history.is_modified());
    history.redo(&mut map).unwrap();
    assert!(history.is_modified());
}

#[test]
fn saving_makes_the_current_state_the_clean_one() {
    let mut map = common::sample_map();
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteRelation(rid("r4")))
        .unwrap();
    history.mark_saved();
    assert!(!history.is_modified());
    history.undo(&mut map).unwrap();
    assert!(
        history.is_modified(),
        "the opened state is no longer on disk"
    );
    history.redo(&mut map).unwrap();
    assert!(!history.is_modified());
    // A different change from the same state is not the saved one.
    history.undo(&mut map).unwrap();
    history
        .apply(&mut map, Edit::DeleteRelation(rid("r5")))
        .unwrap();
    assert!(history.is_modified());
}

#[test]
fn a_new_map_counts_as_unsaved_until_saved() {
    let mut map = Map::new("New");
    let mut history = History::unsaved();
    assert!(history.is_modified());
    history.mark_saved();
    assert!(!history.is_modified());
    history
        .apply(
            &mut map,
            Edit::AddStakeholder(Stakeholder::new(sid("s1"), "One", Kind::Other)),
        )
        .unwrap();
    assert!(history.is_modified());
}

#[test]
fn edits_that_change_nothing_are_not_recorded() {
    let map = common::sample_map();
    let ministry = stakeholder(&map, "s2");
    let mut same_tags_in_other_order = ministry.clone();
    same_tags_in_other_order.tags = vec![" health".to_owned(), "health".to_owned()];
    let mut same_members_in_other_order = coalition(&map, "c6");
    same_members_in_other_order.members.reverse();
    let here = |id: &str| (sid(id), stakeholder(&map, id).position);
    let cases = vec![
        ("same stakeholder", Edit::UpdateStakeholder(ministry)),
        (
            "same stakeholder, unsorted tags",
            Edit::UpdateStakeholder(same_tags_in_other_order),
        ),
        ("same relation", Edit::UpdateRelation(relation(&map, "r4"))),
        (
            "same coalition",
            Edit::UpdateCoalition(coalition(&map, "c6")),
        ),
        (
            "same coalition, members in other order",
            Edit::UpdateCoalition(same_members_in_other_order),
        ),
        ("same meta", Edit::SetMeta(map.meta().clone())),
        ("move one to where it is", Edit::Move(vec![here("s1")])),
        (
            "move several to where they are",
            Edit::Move(vec![here("s1"), here("s2"), here("s3")]),
        ),
        ("empty move", Edit::Move(Vec::new())),
        ("empty batch", Edit::Batch(Vec::new())),
        (
            "batch of no-ops",
            Edit::Batch(vec![
                Edit::SetMeta(map.meta().clone()),
                Edit::Move(vec![here("s1"), here("s10")]),
                Edit::UpdateRelation(relation(&map, "r5")),
            ]),
        ),
        ("same id counter", Edit::SetNextSerial(map.next_serial())),
        (
            "move from zero to minus zero",
            Edit::Move(vec![(sid("s10"), Position::new(-0.0, -0.0))]),
        ),
    ];
    for (what, edit) in cases {
        let mut changed = map.clone();
        let mut history = History::new();
        history.apply(&mut changed, edit).unwrap();
        assert_eq!(changed, map, "{what} changed the map");
        assert_eq!(
            canonical(&changed),
            canonical(&map),
            "{what} changed the text"
        );
        assert!(!history.can_undo(), "{what} was recorded");
        assert!(!history.is_modified(), "{what} made the map modified");
    }
}

#[test]
fn undo_reaches_back_a_thousand_steps_and_no_further() {
    let mut map = common::sample_map();
    let mut history = History::new();
    for step in 0..1001 {
        history
            .apply(
                &mut map,
                Edit::Move(vec![(sid("s1"), Position::new(step as f32, 0.0))]),
            )
            .unwrap();
    }
    assert_eq!(history.depth(), 1000);
    while history.can_undo() {
        history.undo(&mut map).unwrap();
    }
    // The first step was forgotten, so the map is not back at the opened state.
    assert_eq!(stakeholder(&map, "s1").position, Position::new(0.0, 0.0));
    assert!(history.is_modified());
}

#[test]
fn past_the_limit_undo_and_redo_still_walk_the_steps_remembered() {
    let limit = History::MAX_STEPS;
    let mut map = common::sample_map();
    let mut history = History::new();
    // Step n moves s1 to x = n, so where s1 is says which step the map is at.
    let at_step =
        |map: &Map, step: usize| stakeholder(map, "s1").position == Position::new(step as f32, 0.0);
    for step in 0..limit + 250 {
        history
            .apply(
                &mut map,
                Edit::Move(vec![(sid("s1"), Position::new(step as f32, 0.0))]),
            )
            .unwrap();
        assert!(history.depth() <= limit, "step {step}");
    }
    assert_eq!(history.depth(), limit);
    history.mark_saved();
    for _ in 0..limit / 2 {
        history.undo(&mut map).unwrap();
    }
    assert!(at_step(&map, limit + 249 - limit / 2));
    assert!(history.is_modified());
    for _ in 0..limit / 2 {
        history.redo(&mut map).unwrap();
    }
    assert!(!history.can_redo());
    assert!(at_step(&map, limit + 249));
    assert!(!history.is_modified(), "back at the saved state");
    // All the way back: the 250 oldest steps were forgotten.
    while history.can_undo() {
        history.undo(&mut map).unwrap();
    }
    assert!(at_step(&map, 249));
    assert_eq!(history.depth(), 0);
    // A new edit there drops the steps to redo, and the ring starts again.
    history
        .apply(
            &mut map,
            Edit::Move(vec![(sid("s1"), Position::new(-1.0, 0.0))]),
        )
        .unwrap();
    assert!(!history.can_redo());
    assert_eq!(history.depth(), 1);
    assert!(history.undo(&mut map).unwrap().is_some());
    assert!(at_step(&map, 249));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn undoing_every_change_gives_back_the_opened_map_and_redoing_gives_back_the_last(
        start in common::map(6),
        ops in prop::collection::vec(op(), 1..30),
    ) {
        let mut map = start.clone();
        let start_text = canonical(&start);
        let mut history = History::new();
        let mut recorded = 0;
        for op in &ops {
            let Some(edit) = op.edit(&map) else { continue };
            let before = map.clone();
            let depth = history.depth();
            if history.apply(&mut map, edit).is_err() {
                prop_assert_eq!(&map, &before, "a refused edit changed the map");
                prop_assert_eq!(history.depth(), depth);
            } else if history.depth() > depth {
                recorded += 1;
                prop_assert!(history.is_modified());
            } else {
                prop_assert_eq!(&map, &before, "an unrecorded edit changed the map");
            }
        }
        prop_assert_eq!(history.depth(), recorded);
        let last = map.clone();
        // The last map saves and reopens as itself.
        prop_assert_eq!(&file::load_str(&canonical(&last)).unwrap(), &last);

        while history.can_undo() {
            history.undo(&mut map).unwrap();
        }
        prop_assert_eq!(&map, &start);
        prop_assert_eq!(canonical(&map), start_text);
        prop_assert!(!history.is_modified());

        while history.can_redo() {
            history.redo(&mut map).unwrap();
        }
        prop_assert_eq!(&map, &last);
        prop_assert_eq!(canonical(&map), canonical(&last));
    }
}
