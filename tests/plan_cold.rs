//! The days after which a relation goes cold belong to the map: a merge
//! takes the one version that changed them, names a conflict when both
//! changed them differently, and `diff` shows the change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::Edit;
use powermap::exchange::diff::diff;
use powermap::exchange::merge::{Clash, merge};
use powermap::file;
use powermap::model::Map;

fn cold_after(map: &Map, days: u32) -> Map {
    let mut changed = map.clone();
    Edit::SetColdAfter(days).apply(&mut changed).unwrap();
    changed
}

#[test]
fn a_merge_takes_the_cold_days_the_other_version_set() {
    let base = common::sample_map();
    let theirs = cold_after(&base, 30);
    let merged = merge(&base, &base, &theirs).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.map.plan().cold_after_days(), 30);
    // Opens again as it is.
    let text = file::to_ron_string(&merged.map).unwrap();
    assert_eq!(file::load_str(&text).unwrap(), merged.map);
    // And the same when this version set them.
    let merged = merge(&base, &theirs, &base).unwrap();
    assert_eq!(merged.map.plan().cold_after_days(), 30);
}

#[test]
fn both_versions_setting_different_cold_days_keep_this_ones_and_say_so() {
    let base = common::sample_map();
    let ours = cold_after(&base, 30);
    let theirs = cold_after(&base, 90);
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.map.plan().cold_after_days(), 30);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    match &merged.conflicts[0].clash {
        Clash::Field {
            field,
            ours,
            theirs,
            base,
        } => {
            assert_eq!(field, "cold after days");
            assert_eq!(
                (ours.as_str(), theirs.as_str(), base.as_str()),
                ("30", "90", "60")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        merged.map.meta().notes.contains("cold after days"),
        "{}",
        merged.map.meta().notes
    );
}

#[test]
fn both_versions_setting_the_same_cold_days_is_no_conflict() {
    let base = common::sample_map();
    let ours = cold_after(&base, 45);
    let merged = merge(&base, &ours, &ours.clone()).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.map.plan().cold_after_days(), 45);
}

#[test]
fn diff_shows_the_cold_days_changed() {
    let old = common::sample_map();
    let new = cold_after(&old, 21);
    let changes = diff(&old, &new);
    assert!(!changes.is_empty());
    let text = changes.to_text();
    assert!(text.contains("cold after days: 60 → 21"), "{text}");
    assert!(diff(&new, &new).is_empty());
}
