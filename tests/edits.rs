//! Every change to a map can be undone exactly, and the history knows what
//! it would undo and whether the map has unsaved changes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::{Edit, History};
use powermap::file;
use powermap::model::{
    Coalition, CoalitionId, Kind, Map, MapMeta, Member, MemberRole, ModelError, Position, Relation,
    RelationId, RelationKind, Scene, SceneId, Stakeholder, StakeholderId,
};
use proptest::prelude::*;
use proptest::sample::Index;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::new(id)
}

fn rid(id: &str) -> RelationId {
    RelationId::new(id)
}

fn cid(id: &str) -> CoalitionId {
    CoalitionId::new(id)
}

fn canonical(map: &Map) -> String {
    file::to_ron_string(map).unwrap()
}

fn stakeholder(map: &Map, id: &str) -> Stakeholder {
    map.stakeholder(&sid(id)).unwrap().clone()
}

fn relation(map: &Map, id: &str) -> Relation {
    map.relation(&rid(id)).unwrap().clone()
}

fn coalition(map: &Map, id: &str) -> Coalition {
    map.coalition(&cid(id)).unwrap().clone()
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

/// Edits that must be refused, each with the reason it is refused.
fn refused_edits(map: &Map) -> Vec<(&'static str, Edit)> {
    let mut loud = stakeholder(map, "s1");
    loud.power = 6;
    let mut silent = stakeholder(map, "s1");
    silent.interest = 0;
    let mut committed = stakeholder(map, "s1");
    committed.commitment = 6;
    let mut lost = stakeholder(map, "s1");
    lost.position = Position::new(f32::NAN, 0.0);
    let mut too_strong = relation(map, "r4");
    too_strong.strength = 4;
    let mut too_weak = relation(map, "r4");
    too_weak.strength = 0;
    let mut to_itself = relation(map, "r4");
    to_itself.to = to_itself.from.clone();
    let mut dangling = relation(map, "r4");
    dangling.to = sid("s404");
    let mut unnamed = relation(map, "r4");
    unnamed.kind = RelationKind::Custom("  ".to_owned());
    let mut twice = coalition(map, "c6");
    twice.members.push(twice.members[0].clone());
    let mut stranger = coalition(map, "c6");
    stranger.members.push(Member {
        stakeholder: sid("s404"),
        role: MemberRole::Member,
    });
    let new_stakeholder = |id: &str| Stakeholder::new(sid(id), "New", Kind::Other);
    vec![
        (
            "duplicate stakeholder id",
            Edit::AddStakeholder(new_stakeholder("s1")),
        ),
        (
            "id taken by a relation",
            Edit::AddStakeholder(new_stakeholder("r4")),
        ),
        ("empty id", Edit::AddStakeholder(new_stakeholder(""))),
        ("blank id", Edit::AddStakeholder(new_stakeholder("  "))),
        ("power 6", Edit::UpdateStakeholder(loud)),
        ("interest 0", Edit::UpdateStakeholder(silent)),
        ("commitment 6", Edit::UpdateStakeholder(committed)),
        ("NaN position", Edit::UpdateStakeholder(lost)),
        (
            "update unknown stakeholder",
            Edit::UpdateStakeholder(new_stakeholder("s404")),
        ),
        (
            "delete unknown stakeholder",
            Edit::DeleteStakeholder(sid("s404")),
        ),
        (
            "move to infinity",
            Edit::Move(vec![(sid("s1"), Position::new(0.0, f32::INFINITY))]),
        ),
        (
            "move unknown stakeholder",
            Edit::Move(vec![(sid("s404"), Position::new(0.0, 0.0))]),
        ),
        ("strength 4", Edit::UpdateRelation(too_strong)),
        ("strength 0", Edit::UpdateRelation(too_weak)),
        ("relation to itself", Edit::UpdateRelation(to_itself)),
        ("relation to nobody", Edit::UpdateRelation(dangling)),
        ("custom kind without a name", Edit::UpdateRelation(unnamed)),
        (
            "add relation to nobody",
            Edit::AddRelation(Relation::new(
                rid("r11"),
                sid("s1"),
                sid("s404"),
                RelationKind::Funds,
            )),
        ),
        ("delete unknown relation", Edit::DeleteRelation(rid("r404"))),
        ("repeated member", Edit::UpdateCoalition(twice)),
        ("unknown member", Edit::UpdateCoalition(stranger)),
        (
            "update unknown coalition",
            Edit::UpdateCoalition(Coalition::new(cid("c404"), "Nobody")),
        ),
        (
            "delete unknown coalition",
            Edit::DeleteCoalition(cid("c404")),
        ),
    ]
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

/// A change chosen blindly; [`Op::edit`] makes it fit the map it meets.
#[derive(Clone, Debug)]
enum Op {
    AddStakeholder(Stakeholder),
    UpdateStakeholder(Index, Stakeholder),
    DeleteStakeholder(Index),
    Move(Vec<(Index, Position)>),
    AddRelation(Index, Index, Relation),
    UpdateRelation(Index, Option<(Index, Index)>, Relation),
    DeleteRelation(Index),
    AddCoalition(Coalition, Vec<Index>),
    UpdateCoalition(Index, Coalition, Vec<Index>),
    DeleteCoalition(Index),
    SetMeta(MapMeta),
    AddScene(Index, Scene, ScenePicks),
    UpdateScene(Index, Scene, ScenePicks),
    DeleteScene(Index),
    MoveScene(Index, Index),
    /// A change the map must refuse; it changes nothing.
    Refused(Index),
    Batch(Vec<Op>),
}

fn pick<T>(items: &[T], index: Index) -> Option<&T> {
    (!items.is_empty()).then(|| &items[index.index(items.len())])
}

fn members_from(map: &Map, picks: &[Index]) -> Vec<Member> {
    let ids: Vec<StakeholderId> = map
        .stakeholders_sorted()
        .into_iter()
        .map(|s| s.id.clone())
        .collect();
    let mut members: Vec<Member> = Vec::new();
    for index in picks {
        if let Some(id) = pick(&ids, *index)
            && members.iter().all(|m| &m.stakeholder != id)
        {
            members.push(Member {
                stakeholder: id.clone(),
                role: MemberRole::ALL[index.index(MemberRole::ALL.len())],
            });
        }
    }
    members
}

/// What a scene made by an op names, picked from the map it meets.
#[derive(Clone, Debug)]
struct ScenePicks {
    highlighted: Vec<Index>,
    relations: Vec<Index>,
    focus: Option<Index>,
    coalition: Option<Index>,
}

impl ScenePicks {
    /// The template scene, naming items of this map.
    fn scene(&self, map: &Map, id: SceneId, template: &Scene) -> Scene {
        let stakeholders: Vec<StakeholderId> = map
            .stakeholders_sorted()
            .into_iter()
            .map(|s| s.id.clone())
            .collect();
        let relations: Vec<RelationId> = map
            .relations_sorted()
            .into_iter()
            .map(|r| r.id.clone())
            .collect();
        let coalitions: Vec<CoalitionId> = map.coalitions().map(|c| c.id.clone()).collect();
        let mut scene = template.clone();
        scene.id = id;
        scene.highlighted = self
            .highlighted
            .iter()
            .filter_map(|i| pick(&stakeholders, *i).cloned())
            .collect();
        scene.highlighted_relations = self
            .relations
            .iter()
            .filter_map(|i| pick(&relations, *i).cloned())
            .collect();
        scene.focus =
            self.focus
                .and_then(|i| pick(&stakeholders, i))
                .map(|id| powermap::model::Focus {
                    stakeholder: id.clone(),
                    hops: 2,
                    direction: powermap::model::FocusDirection::Both,
                });
        scene.coalition = self.coalition.and_then(|i| pick(&coalitions, i)).cloned();
        scene.filter.coalitions = scene.coalition.iter().cloned().collect();
        scene
    }
}

impl Op {
    /// The edit this op makes on this map, or `None` when it does not fit.
    fn edit(&self, map: &Map) -> Option<Edit> {
        let stakeholders: Vec<&Stakeholder> = map.stakeholders_sorted();
        let relations: Vec<&Relation> = map.relations_sorted();
        let coalitions: Vec<&Coalition> = map.coalitions().collect();
        let stakeholder_id = |index: &Index| pick(&stakeholders, *index).map(|s| s.id.clone());
        Some(match self {
            Op::AddStakeholder(template) => Edit::AddStakeholder(Stakeholder {
                id: map.id_allocator().stakeholder(),
                ..template.clone()
            }),
            Op::UpdateStakeholder(index, template) => Edit::UpdateStakeholder(Stakeholder {
                id: stakeholder_id(index)?,
                ..template.clone()
            }),
            Op::DeleteStakeholder(index) => Edit::DeleteStakeholder(stakeholder_id(index)?),
            Op::Move(moves) => Edit::Move(
                moves
                    .iter()
                    .map(|(index, position)| Some((stakeholder_id(index)?, *position)))
                    .collect::<Option<_>>()?,
            ),
            Op::AddRelation(from, to, template) => {
                let (from, to) = (stakeholder_id(from)?, stakeholder_id(to)?);
                if from == to {
                    return None;
                }
                Edit::AddRelation(Relation {
                    id: map.id_allocator().relation(),
                    from,
                    to,
                    ..template.clone()
                })
            }
            Op::UpdateRelation(index, ends, template) => {
                let old = pick(&relations, *index)?;
                let (from, to) = match ends {
                    Some((from, to)) => (stakeholder_id(from)?, stakeholder_id(to)?),
                    None => (old.from.clone(), old.to.clone()),
                };
                if from == to {
                    return None;
                }
                Edit::UpdateRelation(Relation {
                    id: old.id.clone(),
                    from,
                    to,
                    ..template.clone()
                })
            }
            Op::DeleteRelation(index) => Edit::DeleteRelation(pick(&relations, *index)?.id.clone()),
            Op::AddCoalition(template, members) => Edit::AddCoalition(Coalition {
                id: map.id_allocator().coalition(),
                members: members_from(map, members),
                ..template.clone()
            }),
            Op::UpdateCoalition(index, template, members) => Edit::UpdateCoalition(Coalition {
                id: pick(&coalitions, *index)?.id.clone(),
                members: members_from(map, members),
                ..template.clone()
            }),
            Op::DeleteCoalition(index) => {
                Edit::DeleteCoalition(pick(&coalitions, *index)?.id.clone())
            }
            Op::SetMeta(meta) => Edit::SetMeta(meta.clone()),
            Op::AddScene(place, template, picks) => Edit::AddScene {
                index: place.index(map.scenes().len() + 1),
                scene: Box::new(picks.scene(map, map.id_allocator().scene(), template)),
            },
            Op::UpdateScene(index, template, picks) => {
                let id = pick(map.scenes(), *index)?.id.clone();
                Edit::UpdateScene(Box::new(picks.scene(map, id, template)))
            }
            Op::DeleteScene(index) => Edit::DeleteScene(pick(map.scenes(), *index)?.id.clone()),
            Op::MoveScene(index, to) => Edit::MoveScene {
                id: pick(map.scenes(), *index)?.id.clone(),
                to: to.index(map.scenes().len()),
            },
            Op::Refused(index) => {
                let mut refused = refused_edits(&common::sample_map());
                refused.swap_remove(index.index(refused.len())).1
            }
            Op::Batch(ops) => {
                // Each part must fit the map as the parts before it left it.
                let mut scratch = map.clone();
                let mut parts = Vec::new();
                for op in ops {
                    if let Some(edit) = op.edit(&scratch)
                        && edit.clone().apply(&mut scratch).is_ok()
                    {
                        parts.push(edit);
                    }
                }
                Edit::Batch(parts)
            }
        })
    }
}

fn template_stakeholder() -> impl Strategy<Value = Stakeholder> {
    common::stakeholder_with_id(sid("template"))
}

fn template_relation() -> impl Strategy<Value = Relation> {
    common::relation_between(rid("template"), sid("a"), sid("b"))
}

fn template_coalition() -> impl Strategy<Value = (Coalition, Vec<Index>)> {
    (
        common::coalition_among(cid("template"), Vec::new()),
        prop::collection::vec(any::<Index>(), 0..4),
    )
}

fn template_scene() -> impl Strategy<Value = (Scene, ScenePicks)> {
    (
        common::scene_among(SceneId::new("template"), Vec::new(), Vec::new(), Vec::new()),
        prop::collection::vec(any::<Index>(), 0..4),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::option::of(any::<Index>()),
        prop::option::of(any::<Index>()),
    )
        .prop_map(|(scene, highlighted, relations, focus, coalition)| {
            (
                scene,
                ScenePicks {
                    highlighted,
                    relations,
                    focus,
                    coalition,
                },
            )
        })
}

fn single_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => template_stakeholder().prop_map(Op::AddStakeholder),
        2 => (any::<Index>(), template_stakeholder())
            .prop_map(|(index, s)| Op::UpdateStakeholder(index, s)),
        2 => any::<Index>().prop_map(Op::DeleteStakeholder),
        2 => prop::collection::vec((any::<Index>(), common::position()), 0..4).prop_map(Op::Move),
        4 => (any::<Index>(), any::<Index>(), template_relation())
            .prop_map(|(from, to, r)| Op::AddRelation(from, to, r)),
        2 => (
            any::<Index>(),
            prop::option::of((any::<Index>(), any::<Index>())),
            template_relation()
        )
            .prop_map(|(index, ends, r)| Op::UpdateRelation(index, ends, r)),
        1 => any::<Index>().prop_map(Op::DeleteRelation),
        1 => template_coalition().prop_map(|(c, members)| Op::AddCoalition(c, members)),
        1 => (any::<Index>(), template_coalition())
            .prop_map(|(index, (c, members))| Op::UpdateCoalition(index, c, members)),
        1 => any::<Index>().prop_map(Op::DeleteCoalition),
        1 => common::meta().prop_map(Op::SetMeta),
        2 => (any::<Index>(), template_scene())
            .prop_map(|(place, (scene, picks))| Op::AddScene(place, scene, picks)),
        1 => (any::<Index>(), template_scene())
            .prop_map(|(index, (scene, picks))| Op::UpdateScene(index, scene, picks)),
        1 => any::<Index>().prop_map(Op::DeleteScene),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(index, to)| Op::MoveScene(index, to)),
        1 => any::<Index>().prop_map(Op::Refused),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => single_op(),
        1 => prop::collection::vec(single_op(), 0..6).prop_map(Op::Batch),
    ]
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
