//! `powermap plan` and the plan in `powermap stats`, run as users run
//! them: the real binary on the bundled example saved to a folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli_support;

use cli_support::{arg, powermap};

use std::path::{Path, PathBuf};

/// The bundled example with its plan, saved in `folder`.
fn example(folder: &Path) -> PathBuf {
    let path = folder.join("protection-of-civilians.ron");
    std::fs::write(&path, powermap::examples::EXAMPLES[0].text).unwrap();
    path
}

#[test]
fn plan_lists_jobs_with_suggested_people_asks_overdue_and_cold() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let run = powermap(&["plan", arg(&map), "--today", "2026-12-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = &run.stdout;
    assert!(text.contains("## Jobs (4)"), "{text}");
    assert!(
        text.contains("- [Doing] Write the brief for the Council, due 2026-12-10"),
        "{text}"
    );
    assert!(
        text.contains("  - suggested 1: Northern Human Rights Watchgroup, "),
        "{text}"
    );
    assert!(
        text.contains("Media release on the village massacres, due 2026-11-28 (overdue)"),
        "{text}"
    );
    assert!(text.contains("## Overdue jobs (1)"), "{text}");
    assert!(text.contains("## Open asks (2)"), "{text}");
    assert!(
        text.contains(
            "- International Refugee Advocacy Alliance asks Permanent Mission of State A: "
        ),
        "{text}"
    );
    assert!(
        text.contains("## Relations gone cold (1; no contact in 60 days)"),
        "{text}"
    );
    assert!(
        text.contains(
            "- Civilian Protection Coordination Hub → Permanent Mission of State A (has access to): last contact 2026-09-02, 90 days ago"
        ),
        "{text}"
    );
    assert!(text.contains("## Targets nobody has contacted"), "{text}");
    assert!(text.contains("local time in London "), "{text}");
}

#[test]
fn plan_as_json_gives_each_open_job_its_suggestions() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let run = powermap(&["plan", arg(&map), "--json", "--today", "2026-12-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let jobs = json["jobs"].as_array().unwrap();
    let brief = jobs.iter().find(|j| j["job"]["id"] == "j99").unwrap();
    assert_eq!(brief["suggested"][0]["stakeholder"], "s2");
    assert!(brief["suggested"][0]["points"].as_u64().unwrap() > 0);
    let done = jobs.iter().find(|j| j["job"]["id"] == "j102").unwrap();
    assert!(done["suggested"].as_array().unwrap().is_empty());
    assert_eq!(json["status"]["overdue_jobs"][0], "j100");
    assert_eq!(json["status"]["open_asks"].as_array().unwrap().len(), 2);
    assert_eq!(json["status"]["cold_relations"][0]["relation"], "r62");
}

#[test]
fn plan_writes_the_due_dates_as_an_icalendar_file() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let ics = folder.path().join("due.ics");
    let run = powermap(&["plan", arg(&map), "--ics", "-o", arg(&ics)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("5 due dates"), "{}", run.stdout);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{text}"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 5, "{text}");
    assert!(text.contains("DTSTART;VALUE=DATE:20261210\r\n"), "{text}");
    assert!(text.contains("DTEND;VALUE=DATE:20261211\r\n"), "{text}");
    // The job done is not in the calendar.
    assert!(!text.contains("Pool the casualty"), "{text}");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
        assert!(!line.contains('\n'), "{line:?}");
    }
    let unfolded = text.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:Write the brief for the Council\r\n"),
        "{unfolded}"
    );
}

#[test]
fn plan_writes_the_jobs_and_asks_as_csv() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let jobs = folder.path().join("plan.csv");
    let run = powermap(&["plan", arg(&map), "--csv", "-o", arg(&jobs)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let job_text = std::fs::read_to_string(&jobs).unwrap();
    let ask_text = std::fs::read_to_string(folder.path().join("plan.asks.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(job_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[1], "title");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][1], "Write the brief for the Council");
    assert_eq!(&rows[0][5], "Northern Human Rights Watchgroup");
    assert_eq!(&rows[0][8], "policy|research");
    let asks: Vec<csv::StringRecord> = csv::Reader::from_reader(ask_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(asks.len(), 3);
    assert_eq!(&asks[0][1], "International Refugee Advocacy Alliance");
}

#[test]
fn plan_refuses_an_output_without_a_format_and_a_bad_file() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let out = folder.path().join("due.ics");
    let run = powermap(&["plan", arg(&map), "-o", arg(&out)]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("needs --ics"), "{}", run.stderr);
    assert!(!out.exists());
    let run = powermap(&["plan", arg(&map), "--ics"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let run = powermap(&["plan", arg(&map), "--ics", "-o", arg(&map)]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("is the map itself"), "{}", run.stderr);
    assert!(powermap::file::load_file(&map).is_ok());
    let broken = folder.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(format: \"powermap\", version: 4, map: (title: 3))",
    )
    .unwrap();
    let run = powermap(&["plan", arg(&broken)]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("broken.ron"), "{}", run.stderr);
}

#[test]
fn stats_lists_overdue_jobs_open_asks_and_cold_relations() {
    let folder = tempfile::tempdir().unwrap();
    let map = example(folder.path());
    let run = powermap(&["stats", arg(&map), "--today", "2026-12-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = &run.stdout;
    assert!(text.contains("## The plan"), "{text}");
    assert!(text.contains("### Overdue jobs (1)"), "{text}");
    assert!(text.contains("- Media release on the village massacres: due 2026-11-28, owner Northern Human Rights Watchgroup"), "{text}");
    assert!(text.contains("### Open asks (2)"), "{text}");
    assert!(text.contains("### Relations gone cold (1;"), "{text}");
    let run = powermap(&["stats", arg(&map), "--json", "--today", "2026-12-01"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["analysis"]["plan"]["overdue_jobs"][0], "j100");
}
