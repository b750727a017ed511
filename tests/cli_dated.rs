//! `powermap export --at DAY` and `--compare A..B` draw the map as it was
//! and what changed, and `export --share --without-history` leaves the
//! history out of a copy: the real binary on the bundled example.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli_support;

use cli_support::{Run, arg, powermap};

use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/protection-of-civilians.ron")
}

fn spectrum(out: &Path, extra: &[&str]) -> (Run, String) {
    let example = example();
    let mut args = vec![
        "export",
        arg(&example),
        "--view",
        "spectrum",
        "-o",
        arg(out),
    ];
    args.extend_from_slice(extra);
    let run = powermap(&args);
    let text = std::fs::read_to_string(out).unwrap_or_default();
    (run, text)
}

#[test]
fn a_picture_as_of_a_day_shows_the_map_as_it_was_then() {
    let folder = tempfile::tempdir().unwrap();
    let (now_run, now) = spectrum(&folder.path().join("now.svg"), &[]);
    assert_eq!(now_run.code, Some(0), "{}", now_run.stderr);
    let (run, june) = spectrum(&folder.path().join("june.svg"), &["--at", "2026-06-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains(", as of 1 June 2026, "),
        "{}",
        run.stdout
    );
    assert!(june.contains("as of 1 June 2026"), "the title says the day");
    assert_ne!(
        june.replace("as of 1 June 2026", ""),
        now.replace("Spectrum of allies, ", "Spectrum of allies"),
        "stakeholders stand elsewhere on 1 June"
    );
}

#[test]
fn a_picture_comparing_two_days_draws_the_moves() {
    let folder = tempfile::tempdir().unwrap();
    let (run, plain) = spectrum(&folder.path().join("oct.svg"), &["--at", "2026-10-20"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (run, compared) = spectrum(
        &folder.path().join("compare.svg"),
        &["--compare", "2026-06-01..2026-10-20"],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("from 1 June 2026 to 20 October 2026"),
        "{}",
        run.stdout
    );
    // The arrows: dashed lines from where each stakeholder stood in June.
    let dashes = |svg: &str| svg.matches("<path").count() + svg.matches("<line").count();
    assert!(
        dashes(&compared) > dashes(&plain),
        "{} drawn elements comparing, {} without",
        dashes(&compared),
        dashes(&plain)
    );
    let (run, _) = spectrum(
        &folder.path().join("to-now.png"),
        &["--compare", "2026-06-01.."],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("from 1 June 2026 to now"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('→'), "{}", run.stdout);
}

#[test]
fn bad_days_and_days_for_no_picture_are_refused_with_exit_2() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("out.svg");
    for (extra, says) in [
        (vec!["--at", "2026-13-01"], "2026-13-01"),
        (vec!["--at", "soon"], "YYYY-MM-DD"),
        (vec!["--compare", "2026-06-01"], "FROM..TO"),
        (
            vec!["--compare", "2026-10-20..2026-06-01"],
            "the day compared with comes first",
        ),
        (
            vec!["--at", "2026-06-01", "--compare", "2026-06-01.."],
            "cannot be used with",
        ),
        (
            vec!["--at", "2026-06-01", "--scene", "1"],
            "cannot be used with",
        ),
    ] {
        let (run, _) = spectrum(&out, &extra);
        assert_eq!(run.code, Some(2), "{extra:?}: {}", run.stdout);
        assert!(run.stderr.contains(says), "{extra:?}: {}", run.stderr);
    }
    assert!(!out.exists());
    let example = example();
    let ron = folder.path().join("copy.ron");
    let run = powermap(&[
        "export",
        arg(&example),
        "--at",
        "2026-06-01",
        "-o",
        arg(&ron),
    ]);
    assert_eq!(run.code, Some(2), "{}", run.stdout);
    assert!(
        run.stderr.contains("--at and --compare are for pictures"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_copy_for_sharing_keeps_the_history_unless_asked_to_leave_it_out() {
    let folder = tempfile::tempdir().unwrap();
    let example = example();
    let kept = folder.path().join("kept.ron");
    let run = powermap(&["export", arg(&example), "--share", "-o", arg(&kept)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = std::fs::read_to_string(&kept).unwrap();
    assert!(text.contains("observations: ["), "history kept");
    assert!(
        !run.stdout.contains("Left out the history"),
        "{}",
        run.stdout
    );

    let dropped = folder.path().join("dropped.ron");
    let run = powermap(&[
        "export",
        arg(&example),
        "--share",
        "--without-history",
        "-o",
        arg(&dropped),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("Left out the history: ") && run.stdout.contains(" checkpoints"),
        "{}",
        run.stdout
    );
    let copy = powermap::file::load_file(&dropped).unwrap();
    assert!(copy.timeline().is_empty());
    let original = powermap::file::load_file(&example).unwrap();
    assert_eq!(copy.stakeholder_count(), original.stakeholder_count());

    let run = powermap(&[
        "export",
        arg(&example),
        "--without-history",
        "-o",
        arg(&dropped),
    ]);
    assert_eq!(run.code, Some(2), "{}", run.stdout);
    assert!(run.stderr.contains("--share"), "{}", run.stderr);
}
