//! An item one version deleted while the other recorded something new
//! about it is kept and reported as a conflict: the records are neither
//! lost without a word nor brought back without one. An item deleted on
//! one side and only looked at on the other goes, with its history.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ops::{rid, sid};
use powermap::edit::Edit;
use powermap::exchange::merge::{CONFLICT_TAG, Clash, Merged, Side, merge};
use powermap::file;
use powermap::i18n::{Language, set_language};
use powermap::model::{Day, Map, Observation, Observed, Stance, Subject};
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

fn delete(map: &mut Map, id: &str) {
    Edit::DeleteStakeholder(sid(id)).apply(map).unwrap();
}

fn history_of(map: &Map, subject: &Subject) -> Vec<Observation> {
    map.timeline().of(subject).cloned().collect()
}

/// The common ancestor with the union's stance of January recorded.
fn base() -> Map {
    let mut base = common::sample_map();
    observe(&mut base, stance("s3", "2026-01-12", Stance::Neutral));
    base
}

#[test]
fn a_stakeholder_the_other_version_deleted_is_kept_with_what_this_version_recorded() {
    let base = base();
    let mut ours = base.clone();
    observe(&mut ours, stance("s3", "2026-03-01", Stance::PassiveAlly));
    let mut theirs = base.clone();
    delete(&mut theirs, "s3");
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.map.stakeholder(&sid("s3")).is_some());
    let union = Subject::Stakeholder(sid("s3"));
    assert_eq!(history_of(&merged.map, &union), history_of(&ours, &union));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let conflict = &merged.conflicts[0];
    assert_eq!((conflict.noun, conflict.id.as_str()), ("stakeholder", "s3"));
    assert_eq!(
        conflict.clash,
        Clash::Recorded {
            by: Side::Theirs,
            records: vec!["stance on 2026-03-01".to_owned()],
        }
    );
    let kept = merged.map.stakeholder(&sid("s3")).unwrap();
    assert!(kept.tags.iter().any(|t| t == CONFLICT_TAG));
    assert!(
        kept.notes.contains(
            "Merge conflict: the other version deleted it, this version recorded new values of it (stance on 2026-03-01)"
        ),
        "{}",
        kept.notes
    );
    assert!(
        merged
            .to_text()
            .contains("stakeholder “Union” (s3): the other version deleted it"),
        "{}",
        merged.to_text()
    );
    // The merged map opens again as it is.
    let text = file::to_ron_string(&merged.map).unwrap();
    assert_eq!(file::load_str(&text).unwrap(), merged.map);
}

#[test]
fn a_stakeholder_this_version_deleted_is_kept_as_the_other_version_recorded_it() {
    let base = base();
    let mut ours = base.clone();
    delete(&mut ours, "s3");
    let mut theirs = base.clone();
    // A past value and a change of the January one.
    observe(
        &mut theirs,
        stance("s3", "2025-11-20", Stance::ActiveOpposition),
    );
    observe(
        &mut theirs,
        stance("s3", "2026-01-12", Stance::PassiveOpposition),
    );
    let merged = merge(&base, &ours, &theirs).unwrap();
    let union = Subject::Stakeholder(sid("s3"));
    assert_eq!(history_of(&merged.map, &union), history_of(&theirs, &union));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(
        merged.conflicts[0].clash,
        Clash::Recorded {
            by: Side::Ours,
            records: vec![
                "stance on 2025-11-20".to_owned(),
                "stance on 2026-01-12".to_owned()
            ],
        }
    );
}

#[test]
fn a_deleted_stakeholder_the_other_version_only_kept_goes_with_its_history() {
    let base = base();
    let mut ours = base.clone();
    delete(&mut ours, "s3");
    // The other version took a record away and recorded nothing.
    let mut theirs = base.clone();
    Edit::Unobserve(stance("s3", "2026-01-12", Stance::Neutral).key())
        .apply(&mut theirs)
        .unwrap();
    for other in [&base, &theirs] {
        let merged = merge(&base, &ours, other).unwrap();
        assert!(merged.map.stakeholder(&sid("s3")).is_none());
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        assert_eq!(
            history_of(&merged.map, &Subject::Stakeholder(sid("s3"))),
            []
        );
    }
}

#[test]
fn a_relation_recorded_on_one_side_keeps_itself_and_its_ends_against_a_deletion() {
    let base = base();
    // Deleting the ministry takes the lobby's relation to it (r4) along.
    let mut ours = base.clone();
    delete(&mut ours, "s1");
    let mut theirs = base.clone();
    let strength = Observation::new(
        Subject::Relation(rid("r4")),
        day("2026-02-14"),
        Observed::Strength(1),
    );
    observe(&mut theirs, strength.clone());
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.map.relation(&rid("r4")).is_some());
    assert!(merged.map.stakeholder(&sid("s1")).is_some());
    assert_eq!(
        merged
            .map
            .timeline()
            .observation(&strength.key())
            .map(|o| &o.value),
        Some(&Observed::Strength(1))
    );
    let clashes: Vec<(&str, &Clash)> = merged
        .conflicts
        .iter()
        .map(|c| (c.id.as_str(), &c.clash))
        .collect();
    assert!(
        clashes.contains(&(
            "r4",
            &Clash::Recorded {
                by: Side::Ours,
                records: vec!["strength on 2026-02-14".to_owned()],
            }
        )),
        "{clashes:?}"
    );
    assert!(
        clashes
            .iter()
            .any(|(id, clash)| *id == "s1" && matches!(clash, Clash::Needed { .. })),
        "{clashes:?}"
    );
}

fn merged_in(language: Language, base: &Map, ours: &Map, theirs: &Map) -> Merged {
    set_language(language);
    let merged = merge(base, ours, theirs).unwrap();
    set_language(Language::English);
    merged
}

#[test]
fn the_conflict_gives_the_day_in_iso_form_in_every_language() {
    let base = base();
    let mut ours = base.clone();
    observe(&mut ours, stance("s3", "2026-03-01", Stance::PassiveAlly));
    let mut theirs = base.clone();
    delete(&mut theirs, "s3");
    for (language, words) in [
        (
            Language::English,
            "the other version deleted it, this version recorded new values of it (stance on 2026-03-01); it is kept as this version has it, with its history",
        ),
        (
            Language::French,
            "l'autre version l'a supprimé, cette version a consigné de nouvelles observations à son sujet (position au 2026-03-01) ; il est conservé tel que l'a cette version, avec son historique",
        ),
        (
            Language::Spanish,
            "la otra versión lo eliminó, esta versión registró nuevas observaciones sobre él (postura el 2026-03-01); se conserva como lo tiene esta versión, con su historial",
        ),
    ] {
        let merged = merged_in(language, &base, &ours, &theirs);
        set_language(language);
        let line = merged.conflicts[0].line(true);
        set_language(Language::English);
        assert!(line.contains(words), "{language:?}: {line}");
    }
}

const STAKEHOLDERS: &[&str] = &["s1", "s2", "s3", "s10"];
const RELATIONS: &[&str] = &["r4", "r5"];

/// A record on a day of February: a stakeholder's stance or a relation's
/// strength, or one record taken away.
#[derive(Clone, Debug)]
enum Op {
    Stance(usize, u32, usize),
    Strength(usize, u32, u8),
    Forget(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..STAKEHOLDERS.len(), 1u32..6, 0..Stance::ALL.len())
            .prop_map(|(s, d, v)| Op::Stance(s, d, v)),
        2 => (0..RELATIONS.len(), 1u32..6, 1u8..=3).prop_map(|(r, d, n)| Op::Strength(r, d, n)),
        1 => (0usize..20).prop_map(Op::Forget),
    ]
}

fn with(map: &Map, ops: &[Op]) -> Map {
    let mut map = map.clone();
    for op in ops {
        let on = |d: u32| Day::new(2026, 2, d).unwrap();
        let edit = match op {
            Op::Stance(s, d, v) => Edit::Observe(Box::new(Observation::new(
                Subject::Stakeholder(sid(STAKEHOLDERS[*s])),
                on(*d),
                Observed::Stance(Stance::ALL[*v]),
            ))),
            Op::Strength(r, d, n) => Edit::Observe(Box::new(Observation::new(
                Subject::Relation(rid(RELATIONS[*r])),
                on(*d),
                Observed::Strength(*n),
            ))),
            Op::Forget(i) => {
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
        };
        edit.apply(&mut map).unwrap();
    }
    map
}

/// Whether `side` recorded something about `subject` that `base` lacks or
/// has otherwise.
fn recorded_anew(base: &Map, side: &Map, subject: &Subject) -> bool {
    side.timeline()
        .of(subject)
        .any(|o| base.timeline().observation(&o.key()) != Some(o))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn what_one_side_recorded_about_what_the_other_deleted_is_kept_and_reported(
        base_ops in prop::collection::vec(op(), 0..8),
        ops in prop::collection::vec(op(), 0..10),
        gone in 0..STAKEHOLDERS.len(),
        deleted_by_theirs in any::<bool>(),
    ) {
        let base = with(&common::sample_map(), &base_ops);
        let recorder = with(&base, &ops);
        let mut deleter = base.clone();
        delete(&mut deleter, STAKEHOLDERS[gone]);
        let (ours, theirs) = if deleted_by_theirs {
            (&recorder, &deleter)
        } else {
            (&deleter, &recorder)
        };
        let merged = merge(&base, ours, theirs).unwrap();
        let by = if deleted_by_theirs { Side::Theirs } else { Side::Ours };
        // The items the deletion took: the stakeholder and its relations.
        let mut taken = vec![Subject::Stakeholder(sid(STAKEHOLDERS[gone]))];
        taken.extend(
            base.relations_sorted()
                .into_iter()
                .filter(|r| deleter.relation(&r.id).is_none())
                .map(|r| Subject::Relation(r.id.clone())),
        );
        for subject in &taken {
            let anew = recorded_anew(&base, &recorder, subject);
            let (kept, id) = match subject {
                Subject::Stakeholder(id) => (merged.map.stakeholder(id).is_some(), id.as_str()),
                Subject::Relation(id) => (merged.map.relation(id).is_some(), id.as_str()),
            };
            let reported = merged.conflicts.iter().any(|c| {
                c.id == id && matches!(&c.clash, Clash::Recorded { by: b, records } if *b == by && !records.is_empty())
            });
            // Kept and reported exactly when something new was recorded
            // (a stakeholder may also stay for a relation kept so).
            prop_assert_eq!(reported, anew, "{:?}", subject);
            if anew {
                prop_assert!(kept, "{:?}", subject);
            }
            if kept {
                // Its history is the recording side's, nothing lost.
                prop_assert_eq!(history_of(&merged.map, subject), history_of(&recorder, subject));
            } else {
                prop_assert_eq!(history_of(&merged.map, subject), Vec::<Observation>::new());
            }
        }
        // Nothing comes back without a conflict that says why.
        for s in deleter.stakeholders_sorted() {
            prop_assert!(merged.map.stakeholder(&s.id).is_some());
        }
        for s in base.stakeholders_sorted() {
            if deleter.stakeholder(&s.id).is_none() && merged.map.stakeholder(&s.id).is_some() {
                prop_assert!(merged.conflicts.iter().any(|c| c.id == s.id.as_str()));
                let kept = merged.map.stakeholder(&s.id).unwrap();
                prop_assert!(kept.tags.iter().any(|t| t == CONFLICT_TAG));
            }
        }
        // The merged map opens again as it is.
        let text = file::to_ron_string(&merged.map).unwrap();
        prop_assert_eq!(file::load_str(&text).unwrap(), merged.map);
    }
}
