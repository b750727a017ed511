//! Two versions of a map that grew apart merge into one: changes to
//! different items and fields all come through, both versions' new items
//! are kept even when they were given the same id, and a real conflict
//! keeps this version's value, written into the map where the app finds
//! it. The merged map is always valid, and merging with an unchanged side
//! gives the other side back exactly.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;

use common::ops::{coalition, op, relation, sid, stakeholder};
use powermap::edit::Edit;
use powermap::exchange::merge::{CONFLICT_TAG, Clash, Merged, Side, edit_between, merge};
use powermap::file;
use powermap::model::{
    Coalition, CoalitionId, Kind, Map, Member, MemberRole, Position, Relation, RelationId,
    RelationKind, Stakeholder, StakeholderId, Stance,
};
use proptest::prelude::*;

/// The map after these edits.
fn with(map: &Map, edits: Vec<Edit>) -> Map {
    let mut changed = map.clone();
    Edit::Batch(edits).apply(&mut changed).unwrap();
    changed
}

fn add_relation(id: &str, from: &str, to: &str, kind: RelationKind) -> Edit {
    Edit::AddRelation(Relation::new(RelationId::new(id), sid(from), sid(to), kind))
}

fn changed_stakeholder(map: &Map, id: &str, change: impl FnOnce(&mut Stakeholder)) -> Edit {
    let mut s = stakeholder(map, id);
    change(&mut s);
    Edit::UpdateStakeholder(s)
}

fn merged(base: &Map, ours: &Map, theirs: &Map) -> Merged {
    let merged = merge(base, ours, theirs).unwrap();
    // Always a map Powermap opens again as it is.
    let text = file::to_ron_string(&merged.map).unwrap();
    assert_eq!(file::load_str(&text).unwrap(), merged.map);
    merged
}

fn tagged(map: &Map) -> Vec<String> {
    map.stakeholders_sorted()
        .into_iter()
        .filter(|s| s.tags.iter().any(|t| t == CONFLICT_TAG))
        .map(|s| s.name.clone())
        .collect()
}

#[test]
fn edits_to_different_items_and_fields_all_come_through_without_conflict() {
    let base = common::sample_map();
    let ours = with(
        &base,
        vec![
            changed_stakeholder(&base, "s1", |s| s.power = 4),
            changed_stakeholder(&base, "s2", |s| s.tags.push("legal".to_owned())),
        ],
    );
    let theirs = with(
        &base,
        vec![
            changed_stakeholder(&base, "s1", |s| s.stance = Stance::PassiveOpposition),
            changed_stakeholder(&base, "s2", |s| s.tags.push("media".to_owned())),
            changed_stakeholder(&base, "s3", |s| "Teachers' union".clone_into(&mut s.name)),
            Edit::Move(vec![(sid("s10"), Position::new(300.0, 40.0))]),
        ],
    );
    let merged = merged(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let map = &merged.map;
    let ministry = map.stakeholder(&sid("s1")).unwrap();
    assert_eq!(
        (ministry.power, ministry.stance),
        (4, Stance::PassiveOpposition)
    );
    assert_eq!(
        map.stakeholder(&sid("s2")).unwrap().tags,
        ["health", "legal", "media"]
    );
    assert_eq!(map.stakeholder(&sid("s3")).unwrap().name, "Teachers' union");
    assert_eq!(
        map.stakeholder(&sid("s10")).unwrap().position,
        Position::new(300.0, 40.0)
    );
    assert_eq!(
        map.meta().notes,
        "",
        "a clean merge writes nothing into the notes"
    );
    assert!(tagged(map).is_empty());
    let text = merged.to_text();
    assert!(text.contains("~ Teachers' union (s3) changed"), "{text}");
    assert!(
        text.contains("stance: Unknown → Passive opposition"),
        "{text}"
    );
    assert!(text.contains("No conflicts."), "{text}");
}

#[test]
fn the_same_field_changed_both_ways_keeps_this_versions_value_and_says_so() {
    let base = common::sample_map();
    let ours = with(
        &base,
        vec![changed_stakeholder(&base, "s1", |s| s.power = 4)],
    );
    let theirs = with(
        &base,
        vec![changed_stakeholder(&base, "s1", |s| s.power = 2)],
    );
    let merged = merged(&base, &ours, &theirs);
    let ministry = merged.map.stakeholder(&sid("s1")).unwrap();
    assert_eq!(ministry.power, 4);
    assert_eq!(merged.conflicts.len(), 1);
    let line = "power: this version has 4, the other version 2, the common ancestor 5; this version's is kept";
    assert_eq!(merged.conflicts[0].describe(true), line);
    assert_eq!(ministry.notes, format!("Merge conflict: {line}."));
    assert_eq!(tagged(&merged.map), ["Ministry"]);
    assert!(
        merged
            .map
            .meta()
            .notes
            .contains(&format!("- stakeholder “Ministry” (s1): {line}")),
        "{}",
        merged.map.meta().notes
    );
}

#[test]
fn a_confidential_note_changed_both_ways_stays_confidential() {
    let base = common::sample_map();
    let ours = with(
        &base,
        vec![changed_stakeholder(&base, "s2", |s| {
            "Ours: board is split".clone_into(&mut s.confidential_notes);
        })],
    );
    let theirs = with(
        &base,
        vec![changed_stakeholder(&base, "s2", |s| {
            "Theirs: chair resigns".clone_into(&mut s.confidential_notes);
        })],
    );
    let merged = merged(&base, &ours, &theirs);
    let ngo = merged.map.stakeholder(&sid("s2")).unwrap();
    assert!(
        ngo.confidential_notes
            .starts_with("Ours: board is split\n\nMerge conflict: confidential notes: ")
    );
    assert!(ngo.confidential_notes.contains("“Theirs: chair resigns”"));
    assert!(!ngo.notes.contains("chair resigns"));
    assert!(!merged.map.meta().notes.contains("chair resigns"));
    assert!(!merged.to_text().contains("chair resigns"));
}

#[test]
fn deleting_what_the_other_version_changed_keeps_it_changed_and_tagged() {
    let base = common::sample_map();
    let ours = with(&base, vec![Edit::DeleteStakeholder(sid("s10"))]);
    let theirs = with(
        &base,
        vec![changed_stakeholder(&base, "s10", |s| {
            "Daily Herald".clone_into(&mut s.name);
        })],
    );
    let merged = merged(&base, &ours, &theirs);
    assert_eq!(
        merged.map.stakeholder(&sid("s10")).unwrap().name,
        "Daily Herald"
    );
    assert_eq!(
        merged.conflicts[0].clash,
        Clash::Deleted {
            by: Side::Ours,
            changed: vec!["name".to_owned()]
        }
    );
    assert_eq!(tagged(&merged.map), ["Daily Herald"]);

    // The other way round: this version's change is kept.
    let merged = merge(&base, &theirs, &ours).unwrap();
    assert_eq!(
        merged.map.stakeholder(&sid("s10")).unwrap().name,
        "Daily Herald"
    );
    assert!(matches!(
        merged.conflicts[0].clash,
        Clash::Deleted {
            by: Side::Theirs,
            ..
        }
    ));

    // Deleted on one side and untouched on the other: it goes, silently.
    let merged = merge(&base, &ours, &base).unwrap();
    assert!(merged.map.stakeholder(&sid("s10")).is_none());
    assert!(merged.conflicts.is_empty());
}

#[test]
fn new_items_given_the_same_id_on_both_sides_are_both_kept() {
    let base = common::sample_map();
    assert_eq!(base.next_serial(), 11);
    let council = Stakeholder::new(sid("s11"), "Health council", Kind::Target);
    let ours = with(
        &base,
        vec![
            Edit::AddStakeholder(council),
            add_relation("r12", "s2", "s11", RelationKind::Influences),
        ],
    );
    let guild = Stakeholder::new(sid("s11"), "Lawyers' guild", Kind::Organization);
    let mut lawyers = Coalition::new(CoalitionId::new("c13"), "Lawyers");
    lawyers.members = vec![Member {
        stakeholder: sid("s11"),
        role: MemberRole::Lead,
    }];
    let theirs = with(
        &base,
        vec![
            Edit::AddStakeholder(guild),
            add_relation("r12", "s11", "s1", RelationKind::HasAccessTo),
            Edit::AddCoalition(lawyers),
        ],
    );
    let merged = merged(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let map = &merged.map;
    assert_eq!(map.stakeholder(&sid("s11")).unwrap().name, "Health council");
    let guild = map
        .stakeholders()
        .find(|s| s.name == "Lawyers' guild")
        .unwrap();
    assert_eq!(guild.id, sid("s14"));
    let access = map
        .relations()
        .find(|r| r.kind == RelationKind::HasAccessTo)
        .unwrap();
    assert_eq!(
        (access.id.as_str(), &access.from),
        ("r15", &guild.id),
        "their relation follows their stakeholder"
    );
    assert_eq!(
        map.coalition(&CoalitionId::new("c13")).unwrap().members[0].stakeholder,
        guild.id
    );
    assert!(map.next_serial() > 15, "no later id can reuse a serial");
    let text = merged.to_text();
    assert!(
        text.contains("Both versions added a new item as s11: the other version's stakeholder “Lawyers' guild” is now s14."),
        "{text}"
    );
}

#[test]
fn a_relation_to_a_stakeholder_the_other_version_deleted_brings_it_back() {
    let base = common::sample_map();
    let ours = with(&base, vec![Edit::DeleteStakeholder(sid("s10"))]);
    let theirs = with(
        &base,
        vec![add_relation("r11", "s10", "s1", RelationKind::HasAccessTo)],
    );
    let merged = merged(&base, &ours, &theirs);
    let map = &merged.map;
    assert!(map.relation(&RelationId::new("r11")).is_some());
    assert_eq!(map.stakeholder(&sid("s10")).unwrap().name, "Daily");
    assert_eq!(
        merged.conflicts[0].clash,
        Clash::Needed {
            by: Side::Ours,
            needed_by: "relation “Daily → Ministry”".to_owned()
        }
    );
    assert_eq!(tagged(map), ["Daily"]);
}

#[test]
fn a_changed_relation_whose_stakeholder_was_deleted_keeps_both() {
    let base = common::sample_map();
    // Deleting the union takes its relation r5 and its membership along.
    let ours = with(&base, vec![Edit::DeleteStakeholder(sid("s3"))]);
    let mut stronger = relation(&base, "r5");
    stronger.strength = 3;
    let theirs = with(&base, vec![Edit::UpdateRelation(stronger)]);
    let merged = merged(&base, &ours, &theirs);
    let map = &merged.map;
    assert_eq!(map.relation(&RelationId::new("r5")).unwrap().strength, 3);
    assert!(
        map.stakeholder(&sid("s3")).is_some(),
        "the relation's end is back"
    );
    assert!(
        map.relation(&RelationId::new("r5"))
            .unwrap()
            .note
            .starts_with("Merge conflict: this version deleted it")
    );
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    assert_eq!(tagged(map), ["Aid “Now”", "Union"]);
}

#[test]
fn coalition_members_merge_member_by_member() {
    let base = common::sample_map();
    let mut joined = coalition(&base, "c6");
    joined.members.push(Member {
        stakeholder: sid("s1"),
        role: MemberRole::Member,
    });
    let ours = with(&base, vec![Edit::UpdateCoalition(joined)]);
    let mut promoted = coalition(&base, "c6");
    promoted.members[1].role = MemberRole::Lead;
    promoted.members.push(Member {
        stakeholder: sid("s10"),
        role: MemberRole::Member,
    });
    let theirs = with(&base, vec![Edit::UpdateCoalition(promoted)]);
    let merged = merged(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let members: Vec<(String, MemberRole)> = merged
        .map
        .coalition(&CoalitionId::new("c6"))
        .unwrap()
        .members
        .iter()
        .map(|m| (m.stakeholder.to_string(), m.role))
        .collect();
    assert_eq!(
        members,
        [
            ("s1".to_owned(), MemberRole::Member),
            ("s2".to_owned(), MemberRole::Lead),
            ("s3".to_owned(), MemberRole::Lead),
            ("s10".to_owned(), MemberRole::Member),
        ]
    );
}

#[test]
fn a_member_promoted_here_and_removed_there_is_a_conflict_about_that_member() {
    let base = common::sample_map();
    let mut promoted = coalition(&base, "c6");
    promoted.members[1].role = MemberRole::Lead;
    let ours = with(&base, vec![Edit::UpdateCoalition(promoted)]);
    let mut without = coalition(&base, "c6");
    without.members.retain(|m| m.stakeholder != sid("s3"));
    let theirs = with(&base, vec![Edit::UpdateCoalition(without)]);
    let merged = merged(&base, &ours, &theirs);
    let campaign = merged.map.coalition(&CoalitionId::new("c6")).unwrap();
    assert_eq!(campaign.member(&sid("s3")).unwrap().role, MemberRole::Lead);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.coalition, Some(CoalitionId::new("c6")));
    assert_eq!(conflict.stakeholders, [sid("s3")]);
    assert_eq!(
        conflict.line(true),
        "coalition “Evidence” (c6): member “Union”: this version has Lead, the other version no such member, the common ancestor Member; this version's is kept"
    );
    assert_eq!(tagged(&merged.map), ["Union"]);
}

#[test]
fn map_settings_merge_field_by_field() {
    let base = common::sample_map();
    let mut ours_meta = base.meta().clone();
    ours_meta.goal = "Protect clinics".to_owned();
    ours_meta.title = "Clinics".to_owned();
    let mut theirs_meta = base.meta().clone();
    theirs_meta.conditions.timing = "Before the budget".to_owned();
    theirs_meta.title = "Health".to_owned();
    let merged = merged(
        &base,
        &with(&base, vec![Edit::SetMeta(ours_meta)]),
        &with(&base, vec![Edit::SetMeta(theirs_meta)]),
    );
    let meta = merged.map.meta();
    assert_eq!(meta.goal, "Protect clinics");
    assert_eq!(meta.conditions.timing, "Before the budget");
    assert_eq!(meta.title, "Clinics");
    assert_eq!(
        merged.conflicts[0].line(true),
        "map settings, title: this version has “Clinics”, the other version “Health”, the common ancestor “Protection of civilians”; this version's is kept"
    );
}

/// The case the golden files keep: a bit of everything.
fn golden_case() -> (Map, Map, Map) {
    let base = common::sample_map();
    let mut council = Stakeholder::new(sid("s11"), "Health council", Kind::Target);
    council.position = Position::new(200.0, -80.0);
    let ours = with(
        &base,
        vec![
            changed_stakeholder(&base, "s1", |s| s.power = 4),
            changed_stakeholder(&base, "s2", |s| s.tags.push("legal".to_owned())),
            Edit::AddStakeholder(council),
            Edit::DeleteStakeholder(sid("s10")),
        ],
    );
    let mut guild = Stakeholder::new(sid("s11"), "Lawyers' guild", Kind::Organization);
    guild.stance = Stance::ActiveAlly;
    let mut stronger = relation(&base, "r4");
    stronger.strength = 3;
    let theirs = with(
        &base,
        vec![
            changed_stakeholder(&base, "s1", |s| s.power = 2),
            changed_stakeholder(&base, "s2", |s| s.tags.push("media".to_owned())),
            changed_stakeholder(&base, "s10", |s| s.stance = Stance::PassiveAlly),
            Edit::AddStakeholder(guild),
            add_relation("r12", "s11", "s1", RelationKind::HasAccessTo),
            Edit::UpdateRelation(stronger),
        ],
    );
    (base, ours, theirs)
}

#[test]
fn the_merged_map_and_the_summary_of_a_fixed_case_match_their_golden_files() {
    let (base, ours, theirs) = golden_case();
    let merged = merged(&base, &ours, &theirs);
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let outputs = [
        (
            "merge-output.ron",
            file::to_ron_string(&merged.map).unwrap(),
        ),
        ("merge-summary.txt", merged.to_text()),
    ];
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for (name, text) in outputs {
        let path = folder.join(name);
        if update {
            std::fs::write(&path, &text).unwrap();
        } else {
            let golden = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(
                golden, text,
                "{name} changed; review it and rerun with UPDATE_GOLDEN=1"
            );
        }
    }
}

#[test]
fn the_merge_comes_into_the_open_map_as_one_edit() {
    let (base, ours, theirs) = golden_case();
    let merged = merged(&base, &ours, &theirs);
    let mut map = ours.clone();
    let mut history = powermap::edit::History::new();
    history
        .apply(&mut map, edit_between(&ours, &merged.map).unwrap())
        .unwrap();
    assert_eq!(map, merged.map);
    assert_eq!(history.depth(), 1);
    history.undo(&mut map).unwrap();
    assert_eq!(map, ours);
}

/// The map after random edits, as a user on a branch makes them.
fn edited(start: &Map, ops: &[common::ops::Op]) -> Map {
    let mut map = start.clone();
    for op in ops {
        if let Some(edit) = op.edit(&map) {
            let _ = edit.apply(&mut map);
        }
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other_side(
        base in common::map(6),
        ops in prop::collection::vec(op(), 0..12),
    ) {
        let x = edited(&base, &ops);
        let ours_only = merge(&base, &x, &base).unwrap();
        prop_assert_eq!(&ours_only.map, &x);
        prop_assert!(ours_only.conflicts.is_empty());
        let theirs_only = merge(&base, &base, &x).unwrap();
        prop_assert_eq!(&theirs_only.map, &x);
        let both = merge(&base, &x, &x).unwrap();
        prop_assert_eq!(&both.map, &x);
        prop_assert!(both.conflicts.is_empty());
    }

    #[test]
    fn any_two_branches_merge_into_a_valid_map_that_keeps_every_conflict_findable(
        base in common::map(6),
        ours_ops in prop::collection::vec(op(), 0..10),
        theirs_ops in prop::collection::vec(op(), 0..10),
    ) {
        let (ours, theirs) = (edited(&base, &ours_ops), edited(&base, &theirs_ops));
        let merged = merge(&base, &ours, &theirs).unwrap();
        let text = file::to_ron_string(&merged.map).unwrap();
        prop_assert_eq!(&file::load_str(&text).unwrap(), &merged.map);
        for conflict in &merged.conflicts {
            for id in &conflict.stakeholders {
                let s = merged.map.stakeholder(id);
                prop_assert!(s.is_some_and(|s| s.tags.iter().any(|t| t == CONFLICT_TAG)), "{:?}", conflict);
            }
        }
        // Every new stakeholder of either side is in the merge, by name.
        for side in [&ours, &theirs] {
            for s in side.stakeholders() {
                if base.stakeholder(&s.id).is_none() {
                    prop_assert!(merged.map.stakeholders().any(|m| m.name == s.name));
                }
            }
        }
        // The one edit that brings the merge into the open map gives it exactly.
        let mut open = ours.clone();
        edit_between(&ours, &merged.map).unwrap().apply(&mut open).unwrap();
        prop_assert_eq!(&open, &merged.map);
    }
}

#[test]
fn an_id_kept_in_ours_is_never_given_to_their_item() {
    let base = common::sample_map();
    let ours = with(
        &base,
        vec![Edit::AddStakeholder(Stakeholder::new(
            StakeholderId::new("s14"),
            "Hand-made",
            Kind::Other,
        ))],
    );
    let theirs = with(
        &base,
        vec![Edit::AddStakeholder(Stakeholder::new(
            sid("s14"),
            "Theirs",
            Kind::Other,
        ))],
    );
    let merged = merged(&base, &ours, &theirs);
    assert_eq!(merged.map.stakeholder_count(), base.stakeholder_count() + 2);
}

#[test]
fn new_relations_alike_but_for_their_renumbered_ends_are_both_kept() {
    // Both versions add an s11, each a different one, and the same-looking
    // relation r12 to it: once the other s11 is renumbered, the two r12
    // join different stakeholders, so they are two relations, no conflict.
    let base = common::sample_map();
    let to_new = || add_relation("r12", "s2", "s11", RelationKind::Funds);
    let ours = with(
        &base,
        vec![
            Edit::AddStakeholder(Stakeholder::new(sid("s11"), "Clinic", Kind::Organization)),
            to_new(),
        ],
    );
    let theirs = with(
        &base,
        vec![
            Edit::AddStakeholder(Stakeholder::new(sid("s11"), "School", Kind::Organization)),
            to_new(),
        ],
    );
    let merged = merged(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let funded: Vec<String> = merged
        .map
        .relations_sorted()
        .into_iter()
        .filter(|r| r.kind == RelationKind::Funds)
        .map(|r| merged.map.stakeholder(&r.to).unwrap().name.clone())
        .collect();
    assert_eq!(funded, ["Clinic", "School"]);
}

fn scene_titles(map: &Map) -> Vec<String> {
    map.scenes().iter().map(|s| s.title.clone()).collect()
}

fn add_scene(id: &str, title: &str, highlighted: &[&str]) -> Edit {
    let mut scene = powermap::model::Scene::new(powermap::model::SceneId::new(id), title);
    scene.highlighted = highlighted.iter().map(|id| sid(id)).collect();
    Edit::AddScene {
        index: usize::MAX,
        scene: Box::new(scene),
    }
}

#[test]
fn scenes_merge_with_their_order_and_new_scenes_of_both_sides() {
    let base = with(
        &common::sample_map(),
        vec![
            add_scene("v20", "Opening", &[]),
            add_scene("v21", "The ministry", &["s1"]),
            add_scene("v22", "Closing", &[]),
        ],
    );
    // Ours moves the closing scene first and adds one; theirs retitles one
    // and adds another with the same new id.
    let ours = with(
        &base,
        vec![
            Edit::MoveScene {
                id: powermap::model::SceneId::new("v22"),
                to: 0,
            },
            add_scene("v23", "Our extra", &["s2"]),
        ],
    );
    let mut retitled = base.scenes()[1].clone();
    "Who decides".clone_into(&mut retitled.title);
    let theirs = with(
        &base,
        vec![
            Edit::UpdateScene(Box::new(retitled)),
            add_scene("v23", "Their extra", &["s3"]),
        ],
    );
    let result = merged(&base, &ours, &theirs);
    assert!(result.conflicts.is_empty(), "{:?}", result.conflicts);
    let titles = scene_titles(&result.map);
    assert_eq!(&titles[..3], ["Closing", "Opening", "Who decides"]);
    assert!(titles.contains(&"Our extra".to_owned()));
    assert!(titles.contains(&"Their extra".to_owned()));
    // Brought into the open map as one edit, in the same order.
    let mut open = ours.clone();
    edit_between(&ours, &result.map)
        .unwrap()
        .apply(&mut open)
        .unwrap();
    assert_eq!(open, result.map);
}

#[test]
fn a_scene_lets_go_of_a_stakeholder_the_other_version_deleted() {
    let base = with(
        &common::sample_map(),
        vec![add_scene("v20", "The ministry", &["s1", "s2"])],
    );
    // Ours picks out the union too; theirs deletes the ministry.
    let mut more = base.scenes()[0].clone();
    more.highlighted.insert(sid("s3"));
    let ours = with(&base, vec![Edit::UpdateScene(Box::new(more))]);
    let theirs = with(&base, vec![Edit::DeleteStakeholder(sid("s1"))]);
    let result = merged(&base, &ours, &theirs);
    assert!(
        result.map.stakeholder(&sid("s1")).is_none(),
        "not brought back"
    );
    let scene = &result.map.scenes()[0];
    assert_eq!(
        scene.highlighted.iter().collect::<Vec<_>>(),
        [&sid("s2"), &sid("s3")]
    );
}
