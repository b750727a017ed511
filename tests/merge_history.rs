//! Two consultants who each recorded what changed get both: observations
//! merge as a set keyed by item, field and day, checkpoints by day and
//! name, and the same key recorded with two values is a conflict reported
//! and written into the map as any other. `diff` lists the history too.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ops::{rid, sid};
use powermap::edit::Edit;
use powermap::exchange::diff::diff;
use powermap::exchange::merge::{CONFLICT_TAG, Clash, edit_between, merge};
use powermap::file;
use powermap::model::{
    Checkpoint, Day, Kind, Map, Observation, ObservationKey, Observed, Stakeholder, Stance, Subject,
};
use proptest::prelude::*;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

fn observe(map: &mut Map, observation: Observation) {
    Edit::Observe(Box::new(observation)).apply(map).unwrap();
}

fn stance(id: &str, date: &str, stance: Stance) -> Observation {
    Observation::new(
        Subject::Stakeholder(sid(id)),
        day(date),
        Observed::Stance(stance),
    )
}

fn checkpoint(date: &str, name: &str) -> Checkpoint {
    Checkpoint {
        date: day(date),
        name: name.to_owned(),
    }
}

fn recorded(map: &Map, key: &ObservationKey) -> Option<Observed> {
    map.timeline().observation(key).map(|o| o.value.clone())
}

#[test]
fn the_same_day_recorded_two_ways_is_a_conflict_that_keeps_this_versions_value() {
    let mut base = common::sample_map();
    observe(&mut base, stance("s1", "2026-02-01", Stance::Neutral));
    let mut ours = base.clone();
    observe(&mut ours, stance("s1", "2026-02-01", Stance::PassiveAlly));
    let mut theirs = base.clone();
    observe(
        &mut theirs,
        stance("s1", "2026-02-01", Stance::PassiveOpposition),
    );
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.id, "s1");
    assert_eq!(conflict.name, "Ministry");
    let Clash::Field {
        field,
        ours: mine,
        theirs: other,
        base: before,
    } = &conflict.clash
    else {
        panic!("{conflict:?}")
    };
    assert_eq!(field, "stance on 2026-02-01");
    assert_eq!(
        (mine.as_str(), other.as_str(), before.as_str()),
        ("Passive ally", "Passive opposition", "Neutral")
    );
    let key = stance("s1", "2026-02-01", Stance::Neutral).key();
    assert_eq!(
        recorded(&merged.map, &key),
        Some(Observed::Stance(Stance::PassiveAlly))
    );
    let ministry = merged.map.stakeholder(&sid("s1")).unwrap();
    assert!(ministry.tags.iter().any(|t| t == CONFLICT_TAG));
    assert!(
        ministry
            .notes
            .contains("Merge conflict: stance on 2026-02-01: this version has Passive ally"),
        "{}",
        ministry.notes
    );
    assert!(
        merged
            .to_text()
            .contains("stakeholder “Ministry” (s1): stance on 2026-02-01"),
        "{}",
        merged.to_text()
    );
    // The merged map, conflict and all, opens again as it is.
    let text = file::to_ron_string(&merged.map).unwrap();
    assert_eq!(file::load_str(&text).unwrap(), merged.map);
}

#[test]
fn a_relation_recorded_two_ways_tags_the_stakeholders_it_joins() {
    let base = common::sample_map();
    let strength = |n| {
        Observation::new(
            Subject::Relation(rid("r4")),
            day("2026-03-03"),
            Observed::Strength(n),
        )
    };
    let mut ours = base.clone();
    observe(&mut ours, strength(1));
    let mut theirs = base.clone();
    observe(&mut theirs, strength(3));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].noun, "relation");
    let mut tagged = merged.conflicts[0].stakeholders.clone();
    tagged.sort();
    assert_eq!(tagged, [sid("s1"), sid("s2")]);
}

#[test]
fn the_same_value_from_two_sources_is_one_record_and_no_conflict() {
    let base = common::sample_map();
    let mut ours = base.clone();
    let mut mine = stance("s3", "2026-04-01", Stance::ActiveAlly);
    "Our call with the union".clone_into(&mut mine.source);
    observe(&mut ours, mine);
    let mut theirs = base.clone();
    let mut other = stance("s3", "2026-04-01", Stance::ActiveAlly);
    "Their meeting".clone_into(&mut other.source);
    other.confidential = true;
    observe(&mut theirs, other);
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let kept = merged
        .map
        .timeline()
        .observation(&stance("s3", "2026-04-01", Stance::ActiveAlly).key())
        .unwrap();
    assert_eq!(kept.source, "Our call with the union");
}

#[test]
fn a_stakeholder_both_added_under_one_id_keeps_each_ones_history() {
    let base = common::sample_map();
    let add = |name| Edit::AddStakeholder(Stakeholder::new(sid("s11"), name, Kind::Organization));
    let mut ours = base.clone();
    add("Clinic").apply(&mut ours).unwrap();
    observe(&mut ours, stance("s11", "2026-05-01", Stance::PassiveAlly));
    let mut theirs = base.clone();
    add("School").apply(&mut theirs).unwrap();
    observe(&mut theirs, stance("s11", "2026-05-02", Stance::Neutral));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let school = merged
        .map
        .stakeholders()
        .find(|s| s.name == "School")
        .unwrap()
        .id
        .clone();
    assert_ne!(school, sid("s11"));
    let history = |id| {
        merged
            .map
            .timeline()
            .of(&Subject::Stakeholder(id))
            .map(|o| o.date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(history(sid("s11")), ["2026-05-01"]);
    assert_eq!(history(school), ["2026-05-02"]);
}

#[test]
fn a_stakeholder_kept_against_the_others_deletion_keeps_its_history() {
    let mut base = common::sample_map();
    observe(&mut base, stance("s10", "2026-01-05", Stance::Neutral));
    let mut ours = base.clone();
    let mut press = ours.stakeholder(&sid("s10")).unwrap().clone();
    press.power = 5;
    Edit::UpdateStakeholder(press).apply(&mut ours).unwrap();
    let mut theirs = base.clone();
    Edit::DeleteStakeholder(sid("s10"))
        .apply(&mut theirs)
        .unwrap();
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.map.stakeholder(&sid("s10")).is_some());
    assert_eq!(
        merged
            .map
            .timeline()
            .of(&Subject::Stakeholder(sid("s10")))
            .count(),
        1
    );
}

#[test]
fn diff_lists_the_values_recorded_changed_and_taken_away_and_the_checkpoints() {
    let mut old = common::sample_map();
    observe(
        &mut old,
        stance("s1", "2026-01-10", Stance::ActiveOpposition),
    );
    observe(&mut old, stance("s3", "2026-01-10", Stance::Neutral));
    let mut new = old.clone();
    observe(
        &mut new,
        stance("s1", "2026-01-10", Stance::PassiveOpposition),
    );
    Edit::Unobserve(stance("s3", "2026-01-10", Stance::Neutral).key())
        .apply(&mut new)
        .unwrap();
    observe(&mut new, stance("s2", "2026-03-01", Stance::ActiveAlly));
    Edit::AddCheckpoint(checkpoint("2026-03-02", "After the vote"))
        .apply(&mut new)
        .unwrap();
    let changes = diff(&old, &new);
    assert_eq!(changes.history.counts(), (1, 1, 1));
    let text = changes.to_text();
    for line in [
        "History",
        "  ~ Ministry (s1): stance on 2026-01-10: Active opposition → Passive opposition",
        "  - Union (s3): stance on 2026-01-10: Neutral",
        "  + Aid “Now” (s2): stance on 2026-03-01: Active ally",
        "  + checkpoint “After the vote” on 2026-03-02",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in\n{text}");
    }
    assert!(diff(&new, &new).is_empty());
}

/// One change to a history: subjects, days and values from a few, so that
/// two branches often touch the same key.
#[derive(Clone, Debug)]
enum HistoryOp {
    Stance(usize, u8, usize),
    Strength(usize, u8, u8),
    Forget(usize),
    Mark(u8, usize),
    Unmark(usize),
}

const STAKEHOLDERS: &[&str] = &["s1", "s2", "s3", "s10"];
const RELATIONS: &[&str] = &["r4", "r5"];
const NAMES: &[&str] = &["Before the briefing", "After the vote", "Mid-term"];

fn history_op() -> impl Strategy<Value = HistoryOp> {
    prop_oneof![
        3 => (0..STAKEHOLDERS.len(), 1u8..5, 0..Stance::ALL.len())
            .prop_map(|(s, d, v)| HistoryOp::Stance(s, d, v)),
        2 => (0..RELATIONS.len(), 1u8..5, 1u8..=3).prop_map(|(r, d, n)| HistoryOp::Strength(r, d, n)),
        1 => (0usize..20).prop_map(HistoryOp::Forget),
        1 => (1u8..5, 0..NAMES.len()).prop_map(|(d, n)| HistoryOp::Mark(d, n)),
        1 => (0usize..5).prop_map(HistoryOp::Unmark),
    ]
}

fn on(d: u8) -> Day {
    Day::new(2026, 2, u32::from(d)).unwrap()
}

fn with_history(map: &Map, ops: &[HistoryOp]) -> Map {
    let mut map = map.clone();
    for op in ops {
        let edit = match op {
            HistoryOp::Stance(s, d, v) => Edit::Observe(Box::new(Observation::new(
                Subject::Stakeholder(sid(STAKEHOLDERS[*s])),
                on(*d),
                Observed::Stance(Stance::ALL[*v]),
            ))),
            HistoryOp::Strength(r, d, n) => Edit::Observe(Box::new(Observation::new(
                Subject::Relation(rid(RELATIONS[*r])),
                on(*d),
                Observed::Strength(*n),
            ))),
            HistoryOp::Forget(i) => {
                let keys: Vec<_> = map
                    .timeline()
                    .observations()
                    .map(Observation::key)
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                Edit::Unobserve(keys[i % keys.len()].clone())
            }
            HistoryOp::Mark(d, n) => {
                let c = Checkpoint {
                    date: on(*d),
                    name: NAMES[*n].to_owned(),
                };
                if map.timeline().checkpoints().contains(&c) {
                    continue;
                }
                Edit::AddCheckpoint(c)
            }
            HistoryOp::Unmark(i) => {
                let marked = map.timeline().checkpoints();
                if marked.is_empty() {
                    continue;
                }
                Edit::DeleteCheckpoint(marked[i % marked.len()].clone())
            }
        };
        edit.apply(&mut map).unwrap();
    }
    map
}

type Records = std::collections::BTreeMap<ObservationKey, Observed>;

fn records(map: &Map) -> Records {
    map.timeline()
        .observations()
        .map(|o| (o.key(), o.value.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn merging_a_history_with_an_unchanged_side_gives_the_other_side(
        base_ops in prop::collection::vec(history_op(), 0..8),
        ops in prop::collection::vec(history_op(), 0..12),
    ) {
        let base = with_history(&common::sample_map(), &base_ops);
        let x = with_history(&base, &ops);
        for (ours, theirs) in [(&x, &base), (&base, &x), (&x, &x)] {
            let merged = merge(&base, ours, theirs).unwrap();
            prop_assert_eq!(&merged.map, &x);
            prop_assert!(merged.conflicts.is_empty());
        }
    }

    #[test]
    fn two_histories_merge_key_by_key_and_every_clash_is_a_conflict(
        base_ops in prop::collection::vec(history_op(), 0..8),
        ours_ops in prop::collection::vec(history_op(), 0..10),
        theirs_ops in prop::collection::vec(history_op(), 0..10),
    ) {
        let base = with_history(&common::sample_map(), &base_ops);
        let ours = with_history(&base, &ours_ops);
        let theirs = with_history(&base, &theirs_ops);
        let merged = merge(&base, &ours, &theirs).unwrap();
        let (b, o, t, m) = (records(&base), records(&ours), records(&theirs), records(&merged.map));
        let mut clashes = 0;
        let keys: std::collections::BTreeSet<_> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        for key in keys {
            let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
            let expected = if ov == tv || tv == bv {
                ov
            } else if ov == bv {
                tv
            } else {
                clashes += 1;
                ov
            };
            prop_assert_eq!(m.get(key), expected, "{:?}", key);
        }
        prop_assert_eq!(merged.conflicts.len(), clashes);
        for conflict in &merged.conflicts {
            for id in &conflict.stakeholders {
                let s = merged.map.stakeholder(id).unwrap();
                prop_assert!(s.tags.iter().any(|t| t == CONFLICT_TAG));
            }
        }
        // Checkpoints: a set by day and name.
        let set = |map: &Map| map.timeline().checkpoints().iter().cloned().collect::<std::collections::BTreeSet<_>>();
        let (bc, oc, tc) = (set(&base), set(&ours), set(&theirs));
        let expected: std::collections::BTreeSet<_> = oc
            .union(&tc)
            .filter(|c| !bc.contains(*c) || (oc.contains(*c) && tc.contains(*c)))
            .cloned()
            .collect();
        prop_assert_eq!(set(&merged.map), expected);
        // The one edit that brings the merge into the open map gives it
        // exactly, history and all.
        let mut open = ours.clone();
        edit_between(&ours, &merged.map).unwrap().apply(&mut open).unwrap();
        prop_assert_eq!(&open, &merged.map);
        // The days the time bar slides over follow every record and checkpoint.
        for map in [&ours, &theirs, &merged.map] {
            let mut days: Vec<Day> = map
                .timeline()
                .observations()
                .map(|o| o.date)
                .chain(map.timeline().checkpoints().iter().map(|c| c.date))
                .collect();
            days.sort_unstable();
            days.dedup();
            prop_assert_eq!(map.timeline().days(), days);
        }
        // The merge saves and opens again as it is.
        let text = file::to_ron_string(&merged.map).unwrap();
        prop_assert_eq!(&file::load_str(&text).unwrap(), &merged.map);
    }
}

#[test]
fn a_scene_given_its_day_here_and_a_later_comparison_there_still_merges() {
    let mut base = common::sample_map();
    Edit::AddScene {
        index: 0,
        scene: Box::new(powermap::model::Scene::new(
            powermap::model::SceneId::new("v20"),
            "Progress",
        )),
    }
    .apply(&mut base)
    .unwrap();
    let dated = |map: &Map, edit: &dyn Fn(&mut powermap::model::Scene)| {
        let mut changed = map.clone();
        let mut scene = map.scenes()[0].clone();
        edit(&mut scene);
        Edit::UpdateScene(Box::new(scene))
            .apply(&mut changed)
            .unwrap();
        changed
    };
    let ours = dated(&base, &|s| s.as_of = Some(day("2026-01-15")));
    let theirs = dated(&base, &|s| s.compared_with = Some(day("2026-03-01")));
    let merged = merge(&base, &ours, &theirs).unwrap();
    let scene = &merged.map.scenes()[0];
    assert_eq!(scene.as_of, Some(day("2026-01-15")));
    assert_eq!(scene.compared_with, None);
}
