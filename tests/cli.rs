//! The command line, run as users run it: the real binary on real files.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::ops::sid;
use powermap::file;

/// How long one run may take; a run that opens a window would never end.
const TIMEOUT: Duration = Duration::from_secs(30);

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `powermap` with these arguments, without a display, and waits for it.
fn powermap(args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(args)
        // What these tests read is the English of a C locale.
        .env("LC_ALL", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > TIMEOUT {
            child.kill().unwrap();
            panic!("powermap {args:?} did not finish in {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A folder with the sample map saved in it as `name`.
fn saved_sample(folder: &Path, name: &str) -> PathBuf {
    let path = folder.join(name);
    file::save_file(&common::sample_map(), &path).unwrap();
    path
}

const INVALID_MAP: &str = r#"(
    format: "powermap",
    version: 1,
    map: (
        title: "Broken",
        stakeholders: [(id: "s1", name: "Ministry", kind: Target, power: 9)],
    ),
)"#;

/// The sample map written by hand: valid, but not in canonical form.
fn hand_written_sample() -> String {
    let canonical = file::to_ron_string(&common::sample_map()).unwrap();
    canonical
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn checking_valid_maps_prints_one_line_per_file_and_succeeds() {
    let folder = tempfile::tempdir().unwrap();
    let first = saved_sample(folder.path(), "first.ron");
    let second = saved_sample(folder.path(), "second.ron");
    let run = powermap(&["check", arg(&first), arg(&second)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines[0].starts_with(arg(&first)), "{}", lines[0]);
    assert!(lines[0].contains("ok"), "{}", lines[0]);
    assert!(
        lines[1].contains("4 stakeholders, 2 relations, 1 coalition"),
        "{}",
        lines[1]
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn one_of_a_thing_is_counted_in_the_singular() {
    let folder = tempfile::tempdir().unwrap();
    let mut map = powermap::model::Map::new("Alone");
    powermap::edit::Edit::AddStakeholder(powermap::model::Stakeholder::new(
        sid("s1"),
        "Ministry",
        powermap::model::Kind::Target,
    ))
    .apply(&mut map)
    .unwrap();
    let path = folder.path().join("alone.ron");
    file::save_file(&map, &path).unwrap();
    let run = powermap(&["check", arg(&path)]);
    assert_eq!(
        run.stdout,
        format!(
            "{}: ok (1 stakeholder, 0 relations, 0 coalitions)\n",
            arg(&path)
        )
    );
    let run = powermap(&["stats", arg(&path)]);
    assert!(
        run.stdout
            .starts_with("Alone\n1 stakeholder, 0 relations, 0 coalitions\n"),
        "{}",
        run.stdout
    );
    let copy = folder.path().join("copy.ron");
    let run = powermap(&["export", arg(&path), "-o", arg(&copy)]);
    assert_eq!(
        run.stdout,
        format!("{}: 1 stakeholder, 0 relations\n", arg(&copy))
    );
    // One bad row of a spreadsheet is one row.
    let csv = folder.path().join("people.csv");
    std::fs::write(&csv, "Label,Power\nUnion,4\nPress,eleven\n").unwrap();
    let run = powermap(&[
        "import",
        arg(&csv),
        "-o",
        arg(&folder.path().join("new.ron")),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("\n1 row could not be read; nothing was written."),
        "{}",
        run.stderr
    );
}

#[test]
fn checking_an_invalid_map_fails_with_the_reason_on_stderr() {
    let folder = tempfile::tempdir().unwrap();
    let valid = saved_sample(folder.path(), "valid.ron");
    let invalid = folder.path().join("invalid.ron");
    std::fs::write(&invalid, INVALID_MAP).unwrap();
    let run = powermap(&["check", arg(&invalid), arg(&valid)]);
    assert_eq!(run.code, Some(1));
    // Every file still gets its line, the valid one too.
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines[0].contains("invalid"), "{}", lines[0]);
    assert!(lines[1].contains("ok"), "{}", lines[1]);
    assert!(run.stderr.contains(arg(&invalid)), "{}", run.stderr);
    assert!(run.stderr.contains("line 6"), "{}", run.stderr);
    assert!(run.stderr.contains("power"), "{}", run.stderr);
}

#[test]
fn checking_a_missing_or_unreadable_file_fails() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("missing.ron");
    let run = powermap(&["check", arg(&missing)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("missing.ron"), "{}", run.stderr);

    let binary = folder.path().join("picture.ron");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xff]).unwrap();
    let run = powermap(&["check", arg(&binary)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("not a text file"), "{}", run.stderr);
}

#[test]
fn fmt_rewrites_a_map_that_is_not_in_canonical_form() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("hand.ron");
    std::fs::write(&path, hand_written_sample()).unwrap();
    let run = powermap(&["fmt", arg(&path)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("rewritten"), "{}", run.stdout);
    let canonical = file::to_ron_string(&common::sample_map()).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical);

    let run = powermap(&["fmt", arg(&path)]);
    assert_eq!(run.code, Some(0));
    assert!(run.stdout.contains("canonical"), "{}", run.stdout);
}

#[test]
fn fmt_check_fails_on_a_map_not_in_canonical_form_and_leaves_it_alone() {
    let folder = tempfile::tempdir().unwrap();
    let hand = folder.path().join("hand.ron");
    std::fs::write(&hand, hand_written_sample()).unwrap();
    let canonical = saved_sample(folder.path(), "canonical.ron");
    let run = powermap(&["fmt", "--check", arg(&canonical), arg(&hand)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("not canonical"), "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(&hand).unwrap(),
        hand_written_sample()
    );

    let run = powermap(&["fmt", "--check", arg(&canonical)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

#[test]
fn fmt_leaves_an_invalid_map_alone_and_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("invalid.ron");
    std::fs::write(&path, INVALID_MAP).unwrap();
    for args in [vec!["fmt"], vec!["fmt", "--check"]] {
        let mut args = args;
        args.push(arg(&path));
        let run = powermap(&args);
        assert_eq!(run.code, Some(1), "{args:?}");
        assert!(run.stderr.contains("power"), "{}", run.stderr);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), INVALID_MAP);
    }
}

#[test]
fn stats_counts_stakeholders_by_kind_stance_and_role() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_sample(folder.path(), "map.ron");
    let run = powermap(&["stats", arg(&path)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = run.stdout;
    assert!(text.starts_with("Protection of civilians\n"), "{text}");
    assert!(
        text.contains("4 stakeholders, 2 relations, 1 coalition"),
        "{text}"
    );
    for heading in ["By kind", "By stance", "By role", "Relations by kind"] {
        assert!(text.contains(heading), "{heading} missing:\n{text}");
    }
    let count_of = |label: &str| -> usize {
        let line = text
            .lines()
            .find(|line| line.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in\n{text}"));
        line.split_whitespace().last().unwrap().parse().unwrap()
    };
    assert_eq!(count_of("Organization"), 2);
    assert_eq!(count_of("Leadership core"), 1);
    assert_eq!(count_of("Shares an office"), 1);
}

#[test]
fn stats_json_gives_the_counts_to_other_programs() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_sample(folder.path(), "map.ron");
    let run = powermap(&["stats", "--json", arg(&path)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let stats: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(stats["title"], "Protection of civilians");
    assert_eq!(stats["stakeholders"], 4);
    assert_eq!(stats["relations"], 2);
    assert_eq!(stats["coalitions"], 1);
    assert_eq!(
        stats["by_kind"],
        serde_json::json!({"Organization": 2, "Target": 1, "Media": 1})
    );
    assert_eq!(
        stats["by_stance"],
        serde_json::json!({"Active ally": 1, "Unknown": 3})
    );
    assert_eq!(
        stats["by_role"],
        serde_json::json!({"Leadership core": 1, "External": 3})
    );
    assert_eq!(
        stats["relations_by_kind"],
        serde_json::json!({"Influences": 1, "Shares an office": 1})
    );
}

#[test]
fn stats_of_an_invalid_map_fails_with_the_reason() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("invalid.ron");
    std::fs::write(&path, INVALID_MAP).unwrap();
    for json in [false, true] {
        let mut args = vec!["stats", arg(&path)];
        if json {
            args.push("--json");
        }
        let run = powermap(&args);
        assert_eq!(run.code, Some(1));
        assert_eq!(run.stdout, "");
        assert!(run.stderr.contains("power"), "{}", run.stderr);
    }
}

#[test]
fn every_command_explains_itself_with_help() {
    for args in [
        vec!["--help"],
        vec!["-h"],
        vec!["help"],
        vec!["check", "--help"],
        vec!["fmt", "--help"],
        vec!["stats", "--help"],
        vec!["help", "check"],
        vec!["help", "fmt"],
        vec!["help", "stats"],
        vec!["merge", "--help"],
        vec!["import", "--help"],
    ] {
        let run = powermap(&args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert!(run.stdout.contains("Usage"), "{args:?}: {}", run.stdout);
    }
    let run = powermap(&["--help"]);
    for command in ["check", "fmt", "stats", "merge", "Exit codes"] {
        assert!(run.stdout.contains(command), "{command}: {}", run.stdout);
    }
    let run = powermap(&["--version"]);
    assert_eq!(run.code, Some(0));
    assert!(
        run.stdout.contains(env!("CARGO_PKG_VERSION")),
        "{}",
        run.stdout
    );
}

#[test]
fn a_wrong_command_line_exits_with_2_and_says_what_is_wrong() {
    for args in [
        vec!["frobnicate"],
        vec!["chek", "map.ron"],
        vec!["check"],
        vec!["stats"],
        vec!["check", "--frobnicate", "map.ron"],
        vec!["stats", "a.ron", "b.ron"],
        vec!["merge", "base.ron", "ours.ron"],
        vec!["merge", "base.ron", "ours.ron", "theirs.ron"],
    ] {
        let run = powermap(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty(), "{args:?}");
        assert_eq!(run.stdout, "", "{args:?}");
    }
}

/// The examples bundled with Powermap are valid and in canonical form.
#[test]
fn the_bundled_examples_pass_check_and_fmt_check() {
    let examples: Vec<PathBuf> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "ron"))
            .collect();
    assert!(!examples.is_empty());
    let mut args = vec!["check"];
    args.extend(examples.iter().map(|p| arg(p)));
    let run = powermap(&args);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    args[0] = "fmt";
    args.insert(1, "--check");
    let run = powermap(&args);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
}

#[test]
fn export_to_csv_then_import_gives_a_map_with_the_same_stakeholders() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let csv = folder.path().join("people.csv");
    let run = powermap(&["export", arg(&map), "-o", arg(&csv)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(folder.path().join("people.relations.csv").exists());

    let back = folder.path().join("back.ron");
    let run = powermap(&["import", arg(&csv), "-o", arg(&back)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let original = file::load_file(&map).unwrap();
    let imported = file::load_file(&back).unwrap();
    assert_eq!(
        imported.stakeholders_sorted(),
        original.stakeholders_sorted()
    );
    assert_eq!(imported.relations_sorted(), original.relations_sorted());

    // The imported map is never written over an existing file.
    let run = powermap(&["import", arg(&csv), "-o", arg(&back)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
}

#[test]
fn an_import_with_bad_rows_writes_nothing_unless_asked_and_names_each_row() {
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("people.csv");
    std::fs::write(&csv, "Label,Power\nUnion,4\nPress,eleven\n").unwrap();
    let out = folder.path().join("map.ron");
    let run = powermap(&["import", arg(&csv), "-o", arg(&out)]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("stakeholders line 3: Power “eleven” is not a whole number from 1 to 5"),
        "{}",
        run.stderr
    );
    assert!(!out.exists(), "nothing written");
    let run = powermap(&["import", arg(&csv), "-o", arg(&out), "--accept-partial"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file::load_file(&out).unwrap().stakeholder_count(), 1);
}

#[test]
fn an_import_too_big_to_open_again_writes_nothing_and_says_the_limit_and_the_counts() {
    let folder = tempfile::tempdir().unwrap();
    let people = folder.path().join("people.csv");
    let text: String = std::iter::once("Id,Label\n".to_owned())
        .chain((1..=70_000).map(|i| format!("s{i},Person {i}\n")))
        .collect();
    std::fs::write(&people, text).unwrap();
    let text: String = std::iter::once("From,To\n".to_owned())
        .chain((1..=40_000).map(|i| format!("s{i},s{}\n", i + 1)))
        .collect();
    std::fs::write(folder.path().join("people.relations.csv"), text).unwrap();
    let out = folder.path().join("map.ron");
    let run = powermap(&["import", arg(&people), "-o", arg(&out)]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(
        run.stderr.contains("not written")
            && run
                .stderr
                .contains("70,000 stakeholders and 40,000 relations (110,000 items)")
            && run.stderr.contains("up to 100,000"),
        "{}",
        run.stderr
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_csv_pair_is_written_both_or_neither_and_an_import_says_when_relations_are_missing() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let people = folder.path().join("people.csv");
    std::fs::write(&people, "Label\nOld\n").unwrap();
    // Something in the way of the relations file: it cannot be written.
    let relations = folder.path().join("people.relations.csv");
    std::fs::create_dir(&relations).unwrap();
    std::fs::write(relations.join("inside"), "x").unwrap();
    let run = powermap(&["export", arg(&map), "-o", arg(&people)]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(&people).unwrap(),
        "Label\nOld\n",
        "the stakeholders file is as it was"
    );

    // A stakeholders file alone imports, and says its relations are not there.
    std::fs::remove_dir_all(&relations).unwrap();
    let out = folder.path().join("back.ron");
    let run = powermap(&["import", arg(&people), "-o", arg(&out)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("no people.relations.csv beside it: no relations imported"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_that_cannot_be_written_is_told_in_the_apps_words() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let gone = folder.path().join("gone").join("map.graphml");
    let run = powermap(&["export", arg(&map), "-o", arg(&gone)]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("the folder does not exist (any more)")
            && run.stderr.contains("The file on disk was not changed"),
        "{}",
        run.stderr
    );
}

#[test]
fn export_to_an_unknown_format_says_which_it_knows() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let run = powermap(&["export", arg(&map), "-o", "map.xlsx"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("exports to .csv"), "{}", run.stderr);
}

#[test]
fn export_share_writes_a_copy_without_confidential_notes_and_says_whose() {
    let folder = tempfile::tempdir().unwrap();
    let (map, name) = common::sample_map_with_a_secret();
    let path = folder.path().join("map.ron");
    file::save_file(&map, &path).unwrap();
    let copy = folder.path().join("copy.ron");
    let run = powermap(&["export", arg(&path), "--share", "-o", arg(&copy)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .contains(&format!("Left out the confidential notes of: {name}")),
        "{}",
        run.stdout
    );
    let shared = file::load_file(&copy).unwrap();
    assert!(
        shared
            .stakeholders()
            .all(|s| s.confidential_notes.is_empty())
    );
    assert_eq!(shared.stakeholder_count(), map.stakeholder_count());
    // Naming individuals' replacement needs --share.
    let run = powermap(&["export", arg(&path), "--hide-individuals", "-o", arg(&copy)]);
    assert_eq!(run.code, Some(2));
}

#[test]
fn export_share_never_writes_over_a_map_with_the_notes_it_leaves_out() {
    let folder = tempfile::tempdir().unwrap();
    let (map, name) = common::sample_map_with_a_secret();
    let path = folder.path().join("map.ron");
    file::save_file(&map, &path).unwrap();
    let master = std::fs::read(&path).unwrap();

    // Over itself, by the same name or another way of writing it.
    let same = folder.path().join(".").join("map.ron");
    for output in [&path, &same] {
        let run = powermap(&["export", arg(&path), "--share", "-o", arg(output)]);
        assert_eq!(run.code, Some(1), "{}", run.stdout);
        assert!(
            run.stderr.contains("is the map the copy is made from"),
            "{}",
            run.stderr
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            master,
            "the master is intact"
        );
    }

    // Over another map that holds confidential notes.
    let other = folder.path().join("other.ron");
    std::fs::write(&other, &master).unwrap();
    let run = powermap(&["export", arg(&path), "--share", "-o", arg(&other)]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(
        run.stderr
            .contains(&format!("holds confidential notes ({name})")),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&other).unwrap(), master);

    // An earlier copy for sharing is replaced as asked.
    let copy = folder.path().join("copy.ron");
    for _ in 0..2 {
        let run = powermap(&["export", arg(&path), "--share", "-o", arg(&copy)]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
}

#[test]
fn diff_exits_0_for_the_same_map_1_for_changes_2_for_a_bad_file() {
    let folder = tempfile::tempdir().unwrap();
    let a = saved_sample(folder.path(), "a.ron");
    let b = saved_sample(folder.path(), "b.ron");
    let run = powermap(&["diff", arg(&a), arg(&b)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut map = file::load_file(&b).unwrap();
    let mut first = map.stakeholders_sorted()[0].clone();
    first.name = "Renamed union".to_owned();
    powermap::edit::Edit::UpdateStakeholder(first)
        .apply(&mut map)
        .unwrap();
    file::save_file(&map, &b).unwrap();
    let run = powermap(&["diff", arg(&a), arg(&b)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("name: “"), "{}", run.stdout);
    assert!(run.stdout.contains("→ “Renamed union”"), "{}", run.stdout);
    let missing = folder.path().join("missing.ron");
    let run = powermap(&["diff", arg(&a), arg(&missing)]);
    assert_eq!(run.code, Some(2));
}

/// `powermap merge BASE OURS THEIRS -o OUT`.
fn merge(base: &Path, ours: &Path, theirs: &Path, out: &Path) -> Run {
    powermap(&["merge", arg(base), arg(ours), arg(theirs), "-o", arg(out)])
}

/// Three versions for a merge: the sample, and two edits of it.
fn versions(folder: &Path, ours_power: u8, theirs_power: u8) -> [PathBuf; 3] {
    let base = common::sample_map();
    let mut ours = base.clone();
    let mut ministry = ours.stakeholder(&sid("s1")).unwrap().clone();
    ministry.power = ours_power;
    powermap::edit::Edit::UpdateStakeholder(ministry)
        .apply(&mut ours)
        .unwrap();
    let mut theirs = base.clone();
    let mut union = theirs.stakeholder(&sid("s3")).unwrap().clone();
    "Teachers' union".clone_into(&mut union.name);
    let mut ministry = theirs.stakeholder(&sid("s1")).unwrap().clone();
    ministry.power = theirs_power;
    powermap::edit::Edit::Batch(vec![
        powermap::edit::Edit::UpdateStakeholder(union),
        powermap::edit::Edit::UpdateStakeholder(ministry),
    ])
    .apply(&mut theirs)
    .unwrap();
    let paths = ["base.ron", "ours.ron", "theirs.ron"].map(|name| folder.join(name));
    for (map, path) in [base, ours, theirs].iter().zip(&paths) {
        file::save_file(map, path).unwrap();
    }
    paths
}

#[test]
fn merge_exits_0_when_clean_1_with_conflicts_written_2_for_a_bad_file() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("merged.ron");

    let [base, ours, theirs] = versions(folder.path(), 4, 5);
    let run = merge(&base, &ours, &theirs, &out);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("~ Teachers' union (s3) changed"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("No conflicts."), "{}", run.stdout);
    let merged = file::load_file(&out).unwrap();
    assert_eq!(merged.stakeholder(&sid("s1")).unwrap().power, 4);
    assert_eq!(
        merged.stakeholder(&sid("s3")).unwrap().name,
        "Teachers' union"
    );
    // The output is in canonical form, so it diffs cleanly.
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        file::to_ron_string(&merged).unwrap()
    );

    let [base, ours, theirs] = versions(folder.path(), 4, 2);
    let run = merge(&base, &ours, &theirs, &out);
    assert_eq!(run.code, Some(1), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("- stakeholder “Ministry” (s1): power: this version has 4, the other version 2, the common ancestor 5; this version's is kept"),
        "{}",
        run.stdout
    );
    let merged = file::load_file(&out).unwrap();
    assert!(
        merged
            .stakeholder(&sid("s1"))
            .unwrap()
            .tags
            .contains(&"merge-conflict".to_owned())
    );

    std::fs::write(&theirs, INVALID_MAP).unwrap();
    let before = std::fs::read(&out).unwrap();
    let run = merge(&base, &ours, &theirs, &out);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("theirs.ron"), "{}", run.stderr);
    assert_eq!(std::fs::read(&out).unwrap(), before, "nothing written");
    assert!(
        !folder.path().join("merged.ron.bak").exists(),
        "no backup beside the output"
    );
}

#[test]
fn a_merge_names_gits_temporary_files_by_the_version_they_hold() {
    let folder = tempfile::tempdir().unwrap();
    let base = saved_sample(folder.path(), ".merge_file_a1B2c3");
    let ours = saved_sample(folder.path(), ".merge_file_d4E5f6");
    let theirs = folder.path().join(".merge_file_g7H8i9");
    std::fs::write(
        &theirs,
        "(format: \"powermap\", version: 1, map: (title: 4))",
    )
    .unwrap();
    let run = merge(&base, &ours, &theirs, &ours);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.starts_with("the other branch's version: ")
            && !run.stderr.contains(".merge_file"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_merge_says_which_version_git_could_not_hand_over() {
    let folder = tempfile::tempdir().unwrap();
    let base = saved_sample(folder.path(), ".merge_file_a1B2c3");
    let ours = saved_sample(folder.path(), ".merge_file_d4E5f6");
    let missing = folder.path().join(".merge_file_g7H8i9");
    let run = merge(&base, &ours, &missing, &ours);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .starts_with("the other branch's version cannot be read: there is no such file")
            && !run.stderr.contains(".merge_file"),
        "{}",
        run.stderr
    );
}

#[test]
fn import_reads_graphml_by_extension_and_writes_nothing_when_items_are_left_out() {
    let folder = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/graphml");
    let out = folder.path().join("health.ron");
    let yed = fixtures.join("yed-health-coalition.graphml");
    let run = powermap(&["import", arg(&yed), "-o", arg(&out)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("5 stakeholders, 3 relations"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("note: line 78: node “n2” holds a nested graph"),
        "{}",
        run.stderr
    );
    assert_eq!(
        file::load_file(&out).unwrap().title(),
        "yed-health-coalition"
    );

    let odd = fixtures.join("odd-parts.graphml");
    let partial = folder.path().join("odd.ron");
    let run = powermap(&["import", arg(&odd), "-o", arg(&partial)]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("left out: line 31: a hyperedge"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("5 items could not be read; nothing was written"),
        "{}",
        run.stderr
    );
    assert!(!partial.exists());
    let run = powermap(&["import", arg(&odd), "-o", arg(&partial), "--accept-partial"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file::load_file(&partial).unwrap().stakeholder_count(), 3);

    let broken = folder.path().join("broken.graphml");
    std::fs::write(&broken, "<graphml>\n<graph>\n<node id=\"a\">\n</graph>").unwrap();
    let run = powermap(&[
        "import",
        arg(&broken),
        "-o",
        arg(&folder.path().join("b.ron")),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("broken.graphml: line 4, column 1:"),
        "{}",
        run.stderr
    );

    let run = powermap(&[
        "import",
        arg(&yed),
        "links.csv",
        "-o",
        arg(&folder.path().join("c.ron")),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("holds its relations itself"),
        "{}",
        run.stderr
    );
}

fn git(repo: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .unwrap()
}

fn commit_map(repo: &Path, map: &powermap::model::Map, message: &str) {
    file::save_file(map, &repo.join("map.ron")).unwrap();
    let _ = std::fs::remove_file(repo.join("map.ron.bak"));
    assert!(git(repo, &["add", "map.ron"]).status.success());
    assert!(git(repo, &["commit", "-q", "-m", message]).status.success());
}

/// A repository with the merge driver set up as docs/MERGE.md says, the
/// sample map committed on main, and a branch `other` from it. Git must be
/// installed (`scripts/install-deps` does): these tests never skip.
fn repository_with_driver() -> tempfile::TempDir {
    let version = Command::new("git").arg("--version").output();
    assert!(
        version.is_ok_and(|output| output.status.success()),
        "the merge driver tests need git: run scripts/install-deps"
    );
    let folder = tempfile::tempdir().unwrap();
    let repo = folder.path();
    assert!(git(repo, &["init", "-q", "-b", "main"]).status.success());
    std::fs::write(repo.join(".gitattributes"), "*.ron merge=powermap\n").unwrap();
    std::fs::write(repo.join(".gitignore"), "*.bak\n").unwrap();
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_powermap"));
    assert!(
        git(repo, &["config", "merge.powermap.driver", &driver])
            .status
            .success()
    );
    assert!(
        git(
            repo,
            &["config", "merge.powermap.name", "Powermap map merge"]
        )
        .status
        .success()
    );
    assert!(
        git(repo, &["add", ".gitattributes", ".gitignore"])
            .status
            .success()
    );
    commit_map(repo, &common::sample_map(), "The map");
    assert!(git(repo, &["branch", "other"]).status.success());
    folder
}

fn edited_sample(edit: impl FnOnce(&mut powermap::model::Map)) -> powermap::model::Map {
    let mut map = common::sample_map();
    edit(&mut map);
    map
}

fn set_power(map: &mut powermap::model::Map, id: &str, power: u8) {
    let mut s = map.stakeholder(&sid(id)).unwrap().clone();
    s.power = power;
    powermap::edit::Edit::UpdateStakeholder(s)
        .apply(map)
        .unwrap();
}

fn rename(map: &mut powermap::model::Map, id: &str, name: &str) {
    let mut s = map.stakeholder(&sid(id)).unwrap().clone();
    name.clone_into(&mut s.name);
    powermap::edit::Edit::UpdateStakeholder(s)
        .apply(map)
        .unwrap();
}

/// Commits `ours` on main and `theirs` on the branch `other`, then runs
/// `git merge other` on main.
fn merge_branches(
    repo: &Path,
    ours: &powermap::model::Map,
    theirs: &powermap::model::Map,
) -> Output {
    commit_map(repo, ours, "This version");
    assert!(git(repo, &["checkout", "-q", "other"]).status.success());
    commit_map(repo, theirs, "The other version");
    assert!(git(repo, &["checkout", "-q", "main"]).status.success());
    git(repo, &["merge", "-q", "--no-edit", "other"])
}

#[test]
fn as_a_git_merge_driver_disjoint_edits_merge_clean() {
    let folder = repository_with_driver();
    let repo = folder.path();
    let merge = merge_branches(
        repo,
        &edited_sample(|m| set_power(m, "s1", 4)),
        &edited_sample(|m| rename(m, "s3", "Teachers' union")),
    );
    assert!(merge.status.success(), "{merge:?}");
    let merged = file::load_file(&repo.join("map.ron")).unwrap();
    assert_eq!(merged.stakeholder(&sid("s1")).unwrap().power, 4);
    assert_eq!(
        merged.stakeholder(&sid("s3")).unwrap().name,
        "Teachers' union"
    );
    let status = git(repo, &["status", "--porcelain"]);
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        "",
        "a clean tree, no stray files"
    );
}

#[test]
fn as_a_git_merge_driver_a_same_field_conflict_stops_the_merge_with_the_tagged_map() {
    let folder = repository_with_driver();
    let repo = folder.path();
    let merge = merge_branches(
        repo,
        &edited_sample(|m| set_power(m, "s1", 4)),
        &edited_sample(|m| set_power(m, "s1", 2)),
    );
    assert!(!merge.status.success(), "the merge stops for the conflict");
    let said = String::from_utf8_lossy(&merge.stdout).into_owned()
        + &String::from_utf8_lossy(&merge.stderr);
    assert!(said.contains("CONFLICT"), "{said}");
    // The file in the working tree is the merged map, valid, with the conflict written in.
    let merged = file::load_file(&repo.join("map.ron")).unwrap();
    let ministry = merged.stakeholder(&sid("s1")).unwrap();
    assert_eq!(ministry.power, 4);
    assert!(ministry.tags.contains(&"merge-conflict".to_owned()));
    assert!(
        ministry.notes.contains("the other version 2"),
        "{}",
        ministry.notes
    );
}

#[test]
fn merge_reads_an_empty_common_ancestor_as_an_empty_map() {
    // git gives an empty ancestor when both branches added the file.
    let folder = tempfile::tempdir().unwrap();
    let [_, ours, theirs] = versions(folder.path(), 5, 5);
    let empty = folder.path().join("empty");
    std::fs::write(&empty, "").unwrap();
    let out = folder.path().join("merged.ron");
    let run = merge(&empty, &ours, &theirs, &out);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    let merged = file::load_file(&out).unwrap();
    // The same items on both sides are one; the renamed union is both.
    let mut names: Vec<String> = merged.stakeholders().map(|s| s.name.clone()).collect();
    names.sort();
    assert_eq!(
        names,
        ["Aid “Now”", "Daily", "Ministry", "Teachers' union", "Union"]
    );
    assert!(
        run.stdout
            .contains("the other version's stakeholder “Teachers' union” is now"),
        "{}",
        run.stdout
    );
}

#[test]
fn export_draws_a_picture_of_the_view_asked_as_svg_or_png() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let svg = folder.path().join("grid.svg");
    let run = powermap(&[
        "export",
        arg(&map),
        "--view",
        "grid",
        "-o",
        arg(&svg),
        "--width",
        "1000",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Power/interest grid of 4 stakeholders, 1000×625 pixels"),
        "{}",
        run.stdout
    );
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg "), "{text}");
    assert!(text.contains("width=\"1000\" height=\"625\""));
    assert!(text.contains(">Keep satisfied</tspan>"));
    assert!(text.contains(">Ministry</tspan>"));

    let png = folder.path().join("network.PNG");
    let run = powermap(&[
        "export",
        arg(&map),
        "-o",
        arg(&png),
        "--height",
        "300",
        "--theme",
        "dark",
        "--no-legend",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let picture = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&png).unwrap()).unwrap();
    assert_eq!((picture.width(), picture.height()), (1920, 300));
}

#[test]
fn a_picture_of_a_view_that_has_none_or_with_bad_options_is_refused_with_exit_2() {
    let folder = tempfile::tempdir().unwrap();
    let map = saved_sample(folder.path(), "map.ron");
    let out = folder.path().join("out.png");
    for (args, says) in [
        (vec!["--view", "table"], "the table has no picture"),
        (vec!["--view", "pie"], "choose network, grid or spectrum"),
        (vec!["--width", "5"], "from 100 to 10000"),
        (vec!["--width", "wide"], "whole number of pixels"),
        (vec!["--theme", "sepia"], "sepia"),
    ] {
        let mut all = vec!["export", arg(&map), "-o", arg(&out)];
        all.extend(&args);
        let run = powermap(&all);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert!(!out.exists(), "{args:?}: nothing written");
    }
    // Picture options with another format are a mistake too.
    let csv = folder.path().join("people.csv");
    let run = powermap(&["export", arg(&map), "-o", arg(&csv), "--view", "grid"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("are for pictures"), "{}", run.stderr);
    assert!(!csv.exists());
}

#[test]
fn a_picture_of_an_unreadable_map_fails_with_exit_1_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, INVALID_MAP).unwrap();
    let out = folder.path().join("map.svg");
    let run = powermap(&["export", arg(&broken), "-o", arg(&out)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("broken.ron"), "{}", run.stderr);
    assert!(!out.exists());
    let missing = folder.path().join("missing.ron");
    let run = powermap(&["export", arg(&missing), "-o", arg(&out)]);
    assert_eq!(run.code, Some(1));
    assert!(!out.exists());
    let help = powermap(&["export", "--help"]);
    for option in [
        "--view",
        "--width",
        "--height",
        "--theme",
        "--no-legend",
        ".png",
    ] {
        assert!(help.stdout.contains(option), "{option}: {}", help.stdout);
    }
}

#[test]
fn export_scene_draws_a_presentation_scene_and_refuses_one_that_is_not_there() {
    let folder = tempfile::tempdir().unwrap();
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/protection-of-civilians.ron");
    let png = folder.path().join("scene.png");
    let run = powermap(&["export", arg(&example), "--scene", "2", "-o", arg(&png)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("scene 2 of 8, “The evidence coalition”, 1920×1080 pixels"),
        "{}",
        run.stdout
    );
    let picture = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&png).unwrap()).unwrap();
    assert_eq!((picture.width(), picture.height()), (1920, 1080));

    let svg = folder.path().join("scene.svg");
    let run = powermap(&[
        "export",
        arg(&example),
        "--scene",
        "7",
        "--width",
        "1280",
        "-o",
        arg(&svg),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("1280×720 pixels"), "{}", run.stdout);

    let out = folder.path().join("none.png");
    let run = powermap(&["export", arg(&example), "--scene", "9", "-o", arg(&out)]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("there is no scene 9: the map's scenes are 1 to 8"),
        "{}",
        run.stderr
    );
    for (args, says) in [
        (vec!["--scene", "0"], "from 1"),
        (
            vec!["--scene", "2", "--view", "grid"],
            "cannot be used with",
        ),
        (
            vec!["--scene", "2", "--theme", "dark"],
            "cannot be used with",
        ),
    ] {
        let mut all = vec!["export", arg(&example), "-o", arg(&out)];
        all.extend(&args);
        let run = powermap(&all);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    }
    assert!(!out.exists(), "nothing written");
}

/// `powermap --join ADDRESS --code CODE` opens a window that joins the
/// session; what is wrong with the two is said before any window opens.
#[test]
fn joining_from_the_command_line_checks_address_and_code_first() {
    for (args, says) in [
        (vec!["--join", "127.0.0.1:7878"], "--code"),
        (vec!["--code", "K7QM-4PXR-2HTW"], "--join"),
        (
            vec!["--join", "127.0.0.1:7878", "--code", "K7QM-4PXR"],
            "--code",
        ),
        (
            vec!["--join", "منتدى وكالات الإغاثة", "--code", "K7QM-4PXR-2HTW"],
            "منتدى وكالات الإغاثة",
        ),
    ] {
        let run = powermap(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    }
}
