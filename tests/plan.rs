//! The plan: jobs, asks and the contact log saved, read back, migrated
//! from version 3, refused with their line when wrong, undone, and kept
//! consistent when what they name is deleted; asks planned along a path
//! and their outcomes recorded as dated observations.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::{AskPlan, Edit, Outcome, asks_along, record_outcome};
use powermap::file;
use powermap::model::plan::{
    cold_relations, cold_stakeholders, last_contact, stakeholder_last_contact, uncontacted_targets,
};
use powermap::model::{
    AskId, AskStatus, Contact, ContactKind, Day, Field, Job, JobId, JobStatus, Map, Stance, Subject,
};
use proptest::prelude::*;

use common::ops::{rid, sid};

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// The sample map with a brief to write, a contact logged with the
/// ministry's lobby relation and a place in a time zone.
fn sample_with_plan() -> Map {
    let mut map = common::sample_map();
    let mut brief = Job::new(JobId::new("j20"), "Write the brief for the Council");
    brief.expertise = vec!["research".to_owned(), "policy".to_owned()];
    brief.owner = Some(sid("s2"));
    brief.target = Some(sid("s1"));
    brief.due = Some(day("2026-03-01"));
    Edit::AddJob(Box::new(brief)).apply(&mut map).unwrap();
    let mut met = Contact::new(
        powermap::model::ContactId::new("e21"),
        Subject::Relation(rid("r4")),
        day("2026-01-05"),
        ContactKind::Met,
    );
    "Coffee with the deputy".clone_into(&mut met.note);
    met.confidential = true;
    Edit::LogContact(Box::new(met)).apply(&mut map).unwrap();
    let mut ngo = map.stakeholder(&sid("s2")).unwrap().clone();
    "Geneva".clone_into(&mut ngo.place);
    "Europe/Zurich".clone_into(&mut ngo.time_zone);
    Edit::UpdateStakeholder(ngo).apply(&mut map).unwrap();
    map
}

#[test]
fn a_plan_is_saved_and_read_back_as_it_was() {
    let map = sample_with_plan();
    let text = file::to_ron_string(&map).unwrap();
    assert!(text.contains("version: 4,"), "{text}");
    assert!(text.contains("time_zone: \"Europe/Zurich\""), "{text}");
    let back = file::load_str(&text).unwrap();
    assert_eq!(back, map);
    assert_eq!(file::to_ron_string(&back).unwrap(), text);
}

#[test]
fn a_version_3_file_opens_with_an_empty_plan() {
    let text = file::to_ron_string(&common::sample_map())
        .unwrap()
        .replace("version: 4,", "version: 3,");
    let map = file::load_str(&text).unwrap();
    assert!(map.plan().is_empty());
    assert_eq!(map, common::sample_map());
}

#[test]
fn a_job_naming_a_missing_owner_is_refused_on_its_line() {
    let text = file::to_ron_string(&sample_with_plan())
        .unwrap()
        .replace("owner: Some(\"s2\")", "owner: Some(\"s99\")");
    let line = text
        .lines()
        .position(|l| l.contains("id: \"j20\""))
        .unwrap()
        + 1;
    let message = file::load_str(&text).unwrap_err().to_string();
    assert!(message.contains(&format!("line {line}")), "{message}");
    assert!(message.contains("s99"), "{message}");
}

#[test]
fn bad_dates_statuses_and_time_zones_are_refused_with_the_line() {
    let text = file::to_ron_string(&sample_with_plan()).unwrap();
    for (from, to, says) in [
        (
            "due: Some(\"2026-03-01\")",
            "due: Some(\"2026-02-30\")",
            "February 2026 has 28 days",
        ),
        ("how: Met", "how: Waved", "Waved"),
        ("Europe/Zurich", "Europe/Atlantis", "time zone"),
    ] {
        let bad = text.replace(from, to);
        let message = file::load_str(&bad).unwrap_err().to_string();
        assert!(message.contains("line "), "{message}");
        assert!(message.contains(says), "{message}");
    }
}

#[test]
fn moving_a_job_on_the_board_is_one_undo_step() {
    let mut map = sample_with_plan();
    let before = map.clone();
    let mut job = map.plan().job(&JobId::new("j20")).unwrap().clone();
    job.status = JobStatus::Doing;
    let edit = Edit::UpdateJob(Box::new(job));
    assert!(edit.describe(&map).contains("move job"));
    let undo = edit.apply(&mut map).unwrap();
    assert_eq!(
        map.plan().job(&JobId::new("j20")).unwrap().status,
        JobStatus::Doing
    );
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn deleting_a_stakeholder_takes_it_out_of_the_plan_and_undo_puts_it_back() {
    let mut map = sample_with_plan();
    let before = map.clone();
    let undo = Edit::DeleteStakeholder(sid("s2")).apply(&mut map).unwrap();
    let job = map.plan().job(&JobId::new("j20")).unwrap();
    assert_eq!(job.owner, None);
    // The contact was on the lobby relation, which went with the NGO.
    assert_eq!(map.plan().contacts().count(), 0);
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn planning_asks_along_a_path_and_recording_the_outcome() {
    let mut map = sample_with_plan();
    let before = map.clone();
    let plan = AskPlan {
        what: "Raise the camps with the minister".to_owned(),
        owner: Some(sid("s2")),
        due: Some(day("2026-02-01")),
    };
    let edit = asks_along(&map, &[sid("s3"), sid("s2"), sid("s1")], &plan).unwrap();
    let undo = edit.apply(&mut map).unwrap();
    let asks: Vec<_> = map.plan().asks().cloned().collect();
    assert_eq!(asks.len(), 2);
    assert_eq!((asks[0].from.as_str(), asks[0].to.as_str()), ("s3", "s2"));
    assert_eq!((asks[1].from.as_str(), asks[1].to.as_str()), ("s2", "s1"));
    assert!(asks.iter().all(|a| a.target == Some(sid("s1"))));

    let last: AskId = asks[1].id.clone();
    let outcome = Outcome {
        date: day("2026-01-20"),
        note: "The minister will raise it".to_owned(),
        stance: Some(Stance::PassiveAlly),
        strength: Some(3),
    };
    let ask = map.plan().ask(&last).unwrap().clone();
    let undo_outcome = record_outcome(&map, &ask, &outcome)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.plan().ask(&last).unwrap().status, AskStatus::Done);
    assert_eq!(
        map.stakeholder(&sid("s1")).unwrap().stance,
        Stance::PassiveAlly
    );
    let recorded: Vec<_> = map
        .timeline()
        .of_field(&Subject::Stakeholder(sid("s1")), Field::Stance)
        .collect();
    assert_eq!(recorded.len(), 1);
    assert!(recorded[0].source.contains("Raise the camps"));
    assert_eq!(map.relation(&rid("r4")).unwrap().strength, 3);

    undo_outcome.apply(&mut map).unwrap();
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn relations_go_cold_and_targets_nobody_met_are_found() {
    let mut map = sample_with_plan();
    assert!(cold_relations(&map, day("2026-02-01")).is_empty());
    let cold = cold_relations(&map, day("2026-06-01"));
    assert_eq!(cold.len(), 1);
    assert_eq!(cold[0].relation, rid("r4"));
    // The ministry is met through the lobby relation on 5 January; before
    // that day nobody had contacted it.
    assert!(uncontacted_targets(&map, day("2026-06-01")).is_empty());
    let ministry = map.relation(&rid("r4")).unwrap().to.clone();
    assert_eq!(uncontacted_targets(&map, day("2026-01-04")), vec![ministry]);
    Edit::SetColdAfter(365).apply(&mut map).unwrap();
    assert!(cold_relations(&map, day("2026-06-01")).is_empty());
    assert!(Edit::SetColdAfter(0).apply(&mut map).is_err());
}

#[test]
fn a_contact_after_the_day_judged_is_not_the_last_contact_then() {
    let mut map = sample_with_plan();
    // Met on 5 January; called again on 1 July.
    let called = Contact::new(
        powermap::model::ContactId::new("e22"),
        Subject::Relation(rid("r4")),
        day("2026-07-01"),
        ContactKind::Called,
    );
    Edit::LogContact(Box::new(called)).apply(&mut map).unwrap();
    let on = Subject::Relation(rid("r4"));
    let last = |on_day| last_contact(&map, &on, day(on_day)).map(|c| c.date);
    assert_eq!(last("2026-08-01"), Some(day("2026-07-01")));
    assert_eq!(
        last("2026-06-01"),
        Some(day("2026-01-05")),
        "July had not come"
    );
    assert_eq!(last("2026-01-04"), None, "nothing yet");
    // On 1 June, the relation had gone cold since January, the July call
    // notwithstanding; in August it is warm.
    let cold = cold_relations(&map, day("2026-06-01"));
    assert_eq!(cold.len(), 1);
    assert_eq!(cold[0].last_contact, day("2026-01-05"));
    assert!(cold_relations(&map, day("2026-08-01")).is_empty());
    let lobby = map.relation(&rid("r4")).unwrap().from.clone();
    assert!(cold_stakeholders(&map, day("2026-06-01")).contains(&lobby));
    assert_eq!(
        stakeholder_last_contact(&map, &lobby, day("2026-06-01")),
        Some(day("2026-01-05"))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any job the app can hold reads back from its file as it was.
    #[test]
    fn jobs_round_trip_through_the_file(
        title in "\\PC{1,30}",
        notes in "\\PC{0,40}",
        expertise in proptest::collection::vec("[a-zé ]{1,10}", 0..4),
        status in prop::sample::select(JobStatus::ALL.to_vec()),
        due in proptest::option::of(0i64..20_000),
    ) {
        prop_assume!(!title.trim().is_empty());
        let mut map = common::sample_map();
        let mut job = Job::new(JobId::new("j30"), title);
        job.notes = notes;
        job.expertise = expertise;
        job.status = status;
        job.due = due.map(Day::from_days);
        job.owner = Some(sid("s2"));
        Edit::AddJob(Box::new(job)).apply(&mut map).unwrap();
        let text = file::to_ron_string(&map).unwrap();
        let back = file::load_str(&text).unwrap();
        prop_assert_eq!(back, map);
    }

    /// Any ask and any contact the app can hold read back from the file
    /// as they were: words in any script, dates, who took part, secrets.
    #[test]
    fn asks_and_contacts_round_trip_through_the_file(
        what in "\\PC{1,30}",
        outcome in "\\PC{0,30}",
        note in "\\PC{0,40}",
        due in proptest::option::of(0i64..20_000),
        on_day in 0i64..20_000,
        done in any::<bool>(),
        how in prop::sample::select(ContactKind::ALL.to_vec()),
        confidential in any::<bool>(),
        with_union in any::<bool>(),
        on_relation in any::<bool>(),
    ) {
        prop_assume!(!what.trim().is_empty());
        let mut map = common::sample_map();
        let mut ask = powermap::model::Ask::new(AskId::new("a30"), sid("s2"), sid("s1"), what);
        ask.due = due.map(Day::from_days);
        ask.owner = Some(sid("s3"));
        if done {
            ask.status = AskStatus::Done;
            ask.outcome = outcome;
            ask.done_on = Some(Day::from_days(on_day));
        }
        let on = if on_relation {
            Subject::Relation(rid("r4"))
        } else {
            Subject::Stakeholder(sid("s2"))
        };
        let mut contact = Contact::new(
            powermap::model::ContactId::new("e30"),
            on,
            Day::from_days(on_day),
            how,
        );
        contact.note = note;
        contact.confidential = confidential;
        if with_union {
            contact.with = vec![sid("s3")];
        }
        Edit::Batch(vec![
            Edit::AddAsk(Box::new(ask)),
            Edit::LogContact(Box::new(contact)),
        ])
        .apply(&mut map)
        .unwrap();
        let text = file::to_ron_string(&map).unwrap();
        let back = file::load_str(&text).unwrap();
        prop_assert_eq!(back, map);
    }
}

#[test]
fn the_copy_for_sharing_drops_confidential_contacts() {
    let map = sample_with_plan();
    let (copy, removed) = powermap::exchange::share::share_copy(
        &map,
        powermap::exchange::share::ShareOptions::default(),
    )
    .unwrap();
    assert_eq!(removed.confidential_contacts, 1);
    assert_eq!(copy.plan().contacts().count(), 0);
    let text = file::to_ron_string(&copy).unwrap();
    assert!(!text.contains("Coffee with the deputy"), "{text}");
    assert_eq!(copy.plan().jobs().count(), 1);
}

#[test]
fn two_versions_changing_a_job_merge_field_by_field_and_a_clash_keeps_ours() {
    let base = sample_with_plan();
    let job = |map: &Map| map.plan().job(&JobId::new("j20")).unwrap().clone();
    let mut ours = base.clone();
    let mut mine = job(&ours);
    mine.status = JobStatus::Doing;
    mine.due = Some(day("2026-03-05"));
    Edit::UpdateJob(Box::new(mine)).apply(&mut ours).unwrap();
    let mut theirs = base.clone();
    let mut yours = job(&theirs);
    yours.helpers = vec![sid("s3")];
    yours.due = Some(day("2026-03-09"));
    Edit::UpdateJob(Box::new(yours)).apply(&mut theirs).unwrap();
    let mut met = Contact::new(
        powermap::model::ContactId::new("e40"),
        Subject::Stakeholder(sid("s1")),
        day("2026-02-02"),
        ContactKind::Called,
    );
    "Their call with the ministry".clone_into(&mut met.note);
    Edit::LogContact(Box::new(met)).apply(&mut theirs).unwrap();

    let merged = powermap::exchange::merge::merge(&base, &ours, &theirs).unwrap();
    let job = job(&merged.map);
    assert_eq!(job.status, JobStatus::Doing, "ours");
    assert_eq!(job.helpers, vec![sid("s3")], "theirs");
    assert_eq!(
        job.due,
        Some(day("2026-03-05")),
        "both changed it: ours kept"
    );
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert!(
        merged
            .map
            .plan()
            .contacts()
            .any(|c| c.note == "Their call with the ministry")
    );
    // `powermap diff` shows the plan's changes field by field.
    let text = powermap::exchange::diff::diff(&base, &ours).to_text();
    assert!(
        text.contains("Plan\n  ~ job “Write the brief for the Council” (j20) changed"),
        "{text}"
    );
    assert!(text.contains("status"), "{text}");
    let text = powermap::exchange::diff::diff(&base, &theirs).to_text();
    assert!(text.contains("+ contact of 2026-02-02 (called, "), "{text}");
    // The merged map is a valid file.
    let text = file::to_ron_string(&merged.map).unwrap();
    assert!(file::load_str(&text).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Whatever one version does to a job's status and the other to its
    /// title and notes, both come through and the merge is a valid map.
    #[test]
    fn a_job_changed_on_both_sides_merges_into_a_valid_map(
        status in prop::sample::select(JobStatus::ALL.to_vec()),
        title in "\\PC{1,30}",
        notes in "\\PC{0,40}",
    ) {
        prop_assume!(!title.trim().is_empty());
        let base = sample_with_plan();
        let job = |map: &Map| map.plan().job(&JobId::new("j20")).unwrap().clone();
        let mut ours = base.clone();
        let mut mine = job(&ours);
        mine.status = status;
        Edit::UpdateJob(Box::new(mine)).apply(&mut ours).unwrap();
        let mut theirs = base.clone();
        let mut yours = job(&theirs);
        yours.title.clone_from(&title);
        yours.notes.clone_from(&notes);
        Edit::UpdateJob(Box::new(yours)).apply(&mut theirs).unwrap();
        let merged = powermap::exchange::merge::merge(&base, &ours, &theirs).unwrap();
        let got = job(&merged.map);
        prop_assert_eq!(got.status, status);
        prop_assert_eq!(got.title, title.trim());
        prop_assert!(merged.conflicts.is_empty());
        let text = file::to_ron_string(&merged.map).unwrap();
        prop_assert!(file::load_str(&text).is_ok());
    }
}
