//! Change over time: observations and checkpoints recorded, saved, read
//! back, migrated from version 2, refused when wrong, and the map shown as
//! of a day.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::analysis::change::change;
use powermap::edit::{Edit, History};
use powermap::file;
use powermap::model::{
    Checkpoint, Day, Field, Map, Observation, Observed, Stance, Subject, as_of, value_on,
};
use proptest::prelude::*;
use proptest::sample::Index;

use common::ops::{rid, sid};

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

/// The sample map with a ministry that moved from active opposition to
/// neutral, a checkpoint and a relation that came later.
fn sample_with_history() -> Map {
    let mut map = common::sample_map();
    let mut first = stance("s1", "2026-01-10", Stance::ActiveOpposition);
    "Meeting with the deputy head, 10 January".clone_into(&mut first.source);
    first.confidential = true;
    observe(&mut map, first);
    observe(&mut map, stance("s1", "2026-03-01", Stance::Neutral));
    observe(
        &mut map,
        Observation::new(
            Subject::Relation(rid("r4")),
            day("2026-02-01"),
            Observed::Exists(true),
        ),
    );
    Edit::AddCheckpoint(Checkpoint {
        date: day("2026-02-15"),
        name: "Before the Council briefing".to_owned(),
    })
    .apply(&mut map)
    .unwrap();
    map
}

#[test]
fn a_history_saves_and_opens_as_it_was() {
    let map = sample_with_history();
    let text = file::to_ron_string(&map).unwrap();
    assert!(text.contains("version: 4,"), "{text}");
    assert!(text.contains("of: Stakeholder(\"s1\"),"), "{text}");
    assert!(text.contains("date: \"2026-01-10\","), "{text}");
    assert!(text.contains("value: Stance(ActiveOpposition),"), "{text}");
    assert!(text.contains("confidential: true),"), "{text}");
    let reopened = file::load_str(&text).unwrap();
    assert_eq!(reopened, map);
    assert_eq!(file::to_ron_string(&reopened).unwrap(), text);
}

#[test]
fn a_version_2_file_opens_unchanged_and_saves_as_the_current_version() {
    let map = common::sample_map();
    let text = file::to_ron_string(&map)
        .unwrap()
        .replace("version: 4,", "version: 2,");
    let opened = file::load_str(&text).unwrap();
    assert_eq!(opened, map);
    assert!(opened.timeline().is_empty());
    assert!(
        file::to_ron_string(&opened)
            .unwrap()
            .contains("version: 4,")
    );
}

#[test]
fn the_map_as_of_a_day_shows_what_was_recorded_then() {
    let map = sample_with_history();
    let ministry = |m: &Map| m.stakeholder(&sid("s1")).unwrap().stance;
    assert_eq!(
        ministry(&as_of(&map, day("2025-12-01"))),
        Stance::ActiveOpposition
    );
    assert_eq!(
        ministry(&as_of(&map, day("2026-02-28"))),
        Stance::ActiveOpposition
    );
    assert_eq!(ministry(&as_of(&map, day("2026-03-01"))), Stance::Neutral);
    // The relation was first recorded in place on 1 February: not before.
    assert!(
        as_of(&map, day("2026-01-31"))
            .relation(&rid("r4"))
            .is_none()
    );
    assert!(
        as_of(&map, day("2026-02-01"))
            .relation(&rid("r4"))
            .is_some()
    );
    // Nothing else changes: names, the present map.
    assert_eq!(
        as_of(&map, day("2026-01-01")).stakeholder_count(),
        map.stakeholder_count()
    );
}

#[test]
fn the_measure_counts_who_moved_toward_ally_and_the_targets_that_moved() {
    let map = sample_with_history();
    let measured = change(&map, day("2026-01-15"), Some(day("2026-03-15")));
    assert_eq!(measured.map.toward_ally, 1);
    assert_eq!(measured.map.steps_toward_ally, 2);
    assert_eq!(measured.map.weighted_toward_ally, 10, "power 5, two steps");
    let victories: Vec<_> = measured.map.victories().map(|m| m.name.as_str()).collect();
    assert_eq!(victories, ["Ministry"]);
    assert_eq!(measured.new_relations.len(), 1);
    assert_eq!(measured.new_relations[0].relation, "r4");
    // The coalition holds the members, not the ministry.
    assert!(
        measured
            .coalitions
            .iter()
            .all(|c| c.summary.toward_ally == 0)
    );
}

#[test]
fn recording_and_forgetting_are_one_undo_step_each() {
    let mut map = common::sample_map();
    let before = map.clone();
    let mut history = History::default();
    history
        .apply(
            &mut map,
            Edit::Observe(Box::new(stance("s1", "2026-01-10", Stance::Neutral))),
        )
        .unwrap();
    assert_eq!(map.timeline().observation_count(), 1);
    history.undo(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn deleting_a_stakeholder_takes_its_history_and_undo_brings_it_back() {
    let mut map = sample_with_history();
    let before = map.clone();
    let inverse = Edit::DeleteStakeholder(sid("s1")).apply(&mut map).unwrap();
    assert!(
        map.timeline()
            .of(&Subject::Stakeholder(sid("s1")))
            .next()
            .is_none()
    );
    // r4 ends at the ministry, so its history went with it.
    assert!(
        map.timeline()
            .of(&Subject::Relation(rid("r4")))
            .next()
            .is_none()
    );
    inverse.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn observations_of_what_is_not_there_are_refused() {
    let mut map = common::sample_map();
    let missing = stance("s99", "2026-01-10", Stance::Neutral);
    assert!(Edit::Observe(Box::new(missing)).apply(&mut map).is_err());
    let wrong_field = Observation::new(
        Subject::Relation(rid("r4")),
        day("2026-01-10"),
        Observed::Stance(Stance::Neutral),
    );
    assert!(
        Edit::Observe(Box::new(wrong_field))
            .apply(&mut map)
            .is_err()
    );
    let out_of_range = Observation::new(
        Subject::Stakeholder(sid("s1")),
        day("2026-01-10"),
        Observed::Power(9),
    );
    assert!(
        Edit::Observe(Box::new(out_of_range))
            .apply(&mut map)
            .is_err()
    );
    assert_eq!(map, common::sample_map());
}

#[test]
fn each_observation_is_written_on_one_line_and_the_old_layout_still_opens() {
    let map = sample_with_history();
    let text = file::to_ron_string(&map).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("date: \"") && line.contains("of: "))
        .collect();
    assert_eq!(lines.len(), map.timeline().observation_count(), "{text}");
    assert!(
        lines
            .iter()
            .all(|line| line.starts_with("            (of: ") && line.ends_with("),")),
        "{text}"
    );
    // The layout written before, a field a line, reads the same.
    let mut old = text.clone();
    for line in &lines {
        let fields = line
            .trim_start()
            .trim_start_matches('(')
            .trim_end_matches("),")
            .replace(", date: ", ",\n                date: ")
            .replace(", value: ", ",\n                value: ")
            .replace(", source: ", ",\n                source: ");
        old = old.replacen(
            line,
            &format!("            (\n                {fields},\n            ),"),
            1,
        );
    }
    assert_ne!(old, text);
    assert_eq!(file::load_str(&old).unwrap(), map);
}

#[test]
fn an_observation_on_one_line_is_refused_with_its_own_line() {
    // A source that speaks of a date is still one observation's line.
    let text = file::to_ron_string(&sample_with_history())
        .unwrap()
        .replacen(
            "deputy head, 10 January",
            "deputy head, date: 10 January",
            1,
        )
        .replacen(
            "(of: Stakeholder(\"s1\"), date: \"2026-03-01\"",
            "(of: Stakeholder(\"s77\"), date: \"2026-03-01\"",
            1,
        );
    let line = text.lines().position(|l| l.contains("\"s77\"")).unwrap() + 1;
    let message = refusal(&text);
    assert!(message.contains(&format!("line {line}:")), "{message}");
    assert!(message.contains("s77"), "{message}");
}

/// The sample's text with one more observation written in by hand.
fn with_observation(observation: &str) -> String {
    let text = file::to_ron_string(&sample_with_history()).unwrap();
    text.replacen(
        "        observations: [\n",
        &format!("        observations: [\n{observation}"),
        1,
    )
}

fn refusal(text: &str) -> String {
    file::load_str(text).unwrap_err().to_string()
}

#[test]
fn a_bad_date_is_refused_with_its_line() {
    let text = with_observation(
        "            (of: Stakeholder(\"s2\"),\n date: \"2026-02-30\", value: Stance(Neutral)),\n",
    );
    let message = refusal(&text);
    assert!(message.contains("February 2026 has 28 days"), "{message}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn an_observation_of_a_missing_stakeholder_is_refused_with_its_line() {
    let text = with_observation(
        "            (of: Stakeholder(\"s77\"),\n date: \"2026-01-02\", value: Stance(Neutral)),\n",
    );
    let line = text.lines().position(|l| l.contains("2026-01-02")).unwrap() + 1;
    let message = refusal(&text);
    assert!(message.contains(&format!("line {line}:")), "{message}");
    assert!(message.contains("s77"), "{message}");
}

#[test]
fn a_date_far_in_the_future_is_refused() {
    let text = with_observation(
        "            (of: Stakeholder(\"s2\"),\n date: \"2062-01-02\", value: Stance(Neutral)),\n",
    );
    let message = refusal(&text);
    assert!(message.contains("more than a year from today"), "{message}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn observations_out_of_date_order_are_refused() {
    let text = file::to_ron_string(&sample_with_history()).unwrap();
    // Swap the ministry's two stance dates.
    let text = text
        .replace("2026-01-10", "TMP")
        .replace("2026-03-01", "2026-01-10")
        .replace("TMP", "2026-03-01");
    let message = refusal(&text);
    assert!(message.contains("date order"), "{message}");
}

#[test]
fn the_bundled_examples_carry_a_believable_history() {
    for example in powermap::examples::EXAMPLES {
        let map = file::load_str(example.text).unwrap();
        let timeline = map.timeline();
        assert!(timeline.checkpoints().len() >= 3, "{}", example.file_name);
        let first = timeline.checkpoints()[0].date;
        let measured = change(&map, first, None);
        assert!(
            measured.map.toward_ally >= 3,
            "{}: {:?}",
            example.file_name,
            measured.map
        );
        assert!(
            measured.map.victories().count() >= 1,
            "{}",
            example.file_name
        );
        assert!(measured.map.away >= 1, "{}", example.file_name);
        // The newest value recorded of each field is the present one.
        let now = as_of(&map, Day::today());
        assert_eq!(now, map, "{}", example.file_name);
    }
}

/// What a proptest records: which item, which field, which day, which value.
fn observation_on(map: &Map, pick: Index, field: u8, days: i64, value: u8) -> Observation {
    let date = day("2026-01-01").plus_days(days);
    let stakeholders = map.stakeholders_sorted();
    let relations = map.relations_sorted();
    if field < 5 || relations.is_empty() {
        let id = pick.get(&stakeholders).id.clone();
        let value = match field % 5 {
            0 => Observed::Stance(Stance::ALL[usize::from(value) % Stance::ALL.len()]),
            1 => Observed::Power(value % 5 + 1),
            2 => Observed::Interest(value % 5 + 1),
            3 => Observed::Commitment(value % 5 + 1),
            _ => Observed::Role(powermap::model::Role::ALL[usize::from(value) % 4]),
        };
        Observation::new(Subject::Stakeholder(id), date, value)
    } else {
        let id = pick.get(&relations).id.clone();
        let value = match field % 3 {
            0 => Observed::Strength(value % 3 + 1),
            1 => Observed::Exists(value.is_multiple_of(2)),
            _ => Observed::Confidence(powermap::model::Confidence::ALL[usize::from(value) % 2]),
        };
        Observation::new(Subject::Relation(id), date, value)
    }
}

fn map_with_history() -> impl Strategy<Value = Map> {
    (
        common::map(6),
        prop::collection::vec(
            (
                any::<Index>(),
                0u8..8,
                0i64..300,
                any::<u8>(),
                common::text(),
            ),
            0..20,
        ),
    )
        .prop_filter("a stakeholder to observe", |(map, _)| {
            map.stakeholder_count() > 0
        })
        .prop_map(|(mut map, records)| {
            for (pick, field, days, value, source) in records {
                let mut observation = observation_on(&map, pick, field, days, value);
                observation.source = source;
                observation.confidential = value.is_multiple_of(3);
                Edit::Observe(Box::new(observation))
                    .apply(&mut map)
                    .unwrap();
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_history_saves_and_opens_as_the_same_map(map in map_with_history()) {
        let text = file::to_ron_string(&map).unwrap();
        let reopened = file::load_str(&text);
        prop_assert!(reopened.is_ok(), "{:?}\n{}", reopened.err(), text);
        let reopened = reopened.unwrap();
        prop_assert_eq!(&reopened, &map);
        prop_assert_eq!(file::to_ron_string(&reopened).unwrap(), text);
    }

    #[test]
    fn any_version_2_map_opens_as_it_was(map in common::map(6)) {
        let text = file::to_ron_string(&map).unwrap().replace("version: 4,", "version: 2,");
        prop_assert_eq!(file::load_str(&text).unwrap(), map);
    }

    #[test]
    fn as_of_a_day_every_observed_field_has_its_last_value_before(
        map in map_with_history(),
        days in 0i64..320,
    ) {
        let on = day("2026-01-01").plus_days(days);
        let then = as_of(&map, on);
        for observation in map.timeline().observations() {
            let field = observation.value.field();
            let expected = value_on(map.timeline(), &observation.of, field, on).unwrap();
            let last_before = map
                .timeline()
                .of_field(&observation.of, field)
                .filter(|o| o.date <= on)
                .last();
            if let Some(last) = last_before {
                prop_assert_eq!(&expected, &last.value);
            }
            match (&observation.of, &expected) {
                (Subject::Stakeholder(id), Observed::Stance(stance)) => {
                    prop_assert_eq!(then.stakeholder(id).unwrap().stance, *stance);
                }
                (Subject::Stakeholder(id), Observed::Power(power)) => {
                    prop_assert_eq!(then.stakeholder(id).unwrap().power, *power);
                }
                (Subject::Relation(id), Observed::Exists(in_place)) => {
                    prop_assert_eq!(then.relation(id).is_some(), *in_place);
                }
                (Subject::Relation(id), Observed::Strength(strength)) => {
                    if let Some(relation) = then.relation(id) {
                        prop_assert_eq!(relation.strength, *strength);
                    }
                }
                _ => {}
            }
        }
        // Looking back changes no name and keeps every stakeholder.
        prop_assert_eq!(then.stakeholder_count(), map.stakeholder_count());
        prop_assert_eq!(then.timeline(), map.timeline());
        let _ = Field::Stance;
    }

    #[test]
    fn undoing_any_record_gives_back_the_map(map in map_with_history(), pick in any::<Index>(), days in 0i64..300) {
        let mut edited = map.clone();
        let observation = observation_on(&map, pick, 0, days, 1);
        let inverse = Edit::Observe(Box::new(observation)).apply(&mut edited).unwrap();
        inverse.apply(&mut edited).unwrap();
        prop_assert_eq!(edited, map);
    }
}

#[test]
fn the_copy_for_sharing_drops_every_confidential_source_and_keeps_the_values() {
    let map = sample_with_history();
    let (copy, removed) = powermap::exchange::share::share_copy(
        &map,
        powermap::exchange::share::ShareOptions::default(),
    )
    .unwrap();
    assert_eq!(removed.confidential_sources, 1);
    assert!(copy.timeline().observations().all(|o| !o.confidential));
    assert!(
        !file::to_ron_string(&copy)
            .unwrap()
            .contains("Meeting with the deputy head")
    );
    assert_eq!(
        copy.timeline().observation_count(),
        map.timeline().observation_count()
    );
    let stance = |m: &Map| m.stakeholder(&sid("s1")).unwrap().stance;
    assert_eq!(
        stance(&as_of(&copy, day("2026-01-20"))),
        Stance::ActiveOpposition
    );
}

#[test]
fn a_merge_keeps_the_observations_both_consultants_recorded() {
    let base = sample_with_history();
    let mut ours = base.clone();
    observe(&mut ours, stance("s2", "2026-04-01", Stance::PassiveAlly));
    let mut theirs = base.clone();
    observe(&mut theirs, stance("s3", "2026-04-02", Stance::Neutral));
    Edit::AddCheckpoint(Checkpoint {
        date: day("2026-04-02"),
        name: "After the vote".to_owned(),
    })
    .apply(&mut theirs)
    .unwrap();
    // Theirs forgot one of the base's records.
    let forgotten = stance("s1", "2026-03-01", Stance::Neutral).key();
    Edit::Unobserve(forgotten.clone())
        .apply(&mut theirs)
        .unwrap();
    let merged = powermap::exchange::merge::merge(&base, &ours, &theirs)
        .unwrap()
        .map;
    let timeline = merged.timeline();
    assert!(timeline.of(&Subject::Stakeholder(sid("s2"))).count() == 1);
    assert!(timeline.of(&Subject::Stakeholder(sid("s3"))).count() == 1);
    assert!(timeline.observation(&forgotten).is_none());
    assert_eq!(timeline.checkpoints().len(), 2);
}
