//! `powermap history` and `powermap stats --since`, run as users run them:
//! the real binary on the bundled examples and on files with mistakes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli_support;

use cli_support::{arg, powermap};

use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
}

#[test]
fn history_prints_the_checkpoints_and_each_items_records() {
    let file = example("protection-of-civilians.ron");
    let run = powermap(&["history", arg(&file)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("Checkpoints"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("2026-10-20  Before the Council briefing"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Permanent Mission of State A"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("2026-06-01  Stance: Neutral"),
        "{}",
        run.stdout
    );
    // A confidential source is marked as such.
    assert!(
        run.stdout
            .contains("(confidential: A diplomat of State E, off the record)"),
        "{}",
        run.stdout
    );
}

#[test]
fn history_of_one_stakeholder_prints_only_it_and_its_relations() {
    let file = example("protection-of-civilians.ron");
    let run = powermap(&["history", arg(&file), "Permanent Mission of State A"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("Stance: Passive ally"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Strength: 1"), "{}", run.stdout);
    assert!(!run.stdout.contains("State E"), "{}", run.stdout);
    assert!(!run.stdout.contains("Checkpoints"), "{}", run.stdout);
    let run = powermap(&["history", arg(&file), "Nobody at all"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("Nobody at all"), "{}", run.stderr);
}

#[test]
fn stats_since_a_day_prints_the_measure_of_change() {
    let file = example("protection-of-civilians.ron");
    let run = powermap(&["stats", arg(&file), "--since", "2026-06-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("Change from 2026-06-01 to now"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Moved toward ally: 5"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Targets that moved (interim victories):"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Permanent Mission of State A: Neutral → Passive ally"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Moved away: 1"), "{}", run.stdout);
    assert!(run.stdout.contains("New relations: 2"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Coalition “Evidence coalition on the Eastern Region”"),
        "{}",
        run.stdout
    );
}

#[test]
fn stats_between_two_days_in_json_names_every_move() {
    let file = example("protection-of-civilians.ron");
    let run = powermap(&[
        "stats",
        arg(&file),
        "--since",
        "2026-06-01",
        "--until",
        "2026-08-15",
        "--json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["since"], "2026-06-01");
    assert_eq!(json["until"], "2026-08-15");
    assert_eq!(json["map"]["toward_ally"], 3);
    let moved: Vec<&str> = json["map"]["movements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert!(moved.contains(&"Permanent Mission of State A"), "{moved:?}");
    assert!(
        !moved.contains(&"Permanent Mission of State D"),
        "{moved:?}"
    );
}

#[test]
fn a_bad_date_on_the_command_line_is_refused_with_exit_code_2() {
    let file = example("protection-of-civilians.ron");
    let run = powermap(&["stats", arg(&file), "--since", "2026-02-30"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("February 2026 has 28 days"),
        "{}",
        run.stderr
    );
    let run = powermap(&["stats", arg(&file), "--until", "2026-02-01"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let run = powermap(&[
        "stats",
        arg(&file),
        "--since",
        "2026-08-01",
        "--until",
        "2026-02-01",
    ]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("before --since"), "{}", run.stderr);
}
