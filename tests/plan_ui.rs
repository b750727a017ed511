//! The plan in the editor, as a coordinator meets it: the jobs board
//! (drag a card to another column), the sortable list, a new job, the job
//! editor with the best people for it and their local time, "Plan this
//! ask" from a route in the Analysis panel, and the contact log in the
//! inspector; names in Arabic, Chinese and accented French.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use powermap::edit::Edit;
use powermap::model::{
    Coalition, Job, JobStatus, Kind, Map, Member, MemberRole, RelationKind, Subject,
};
use ui_support::*;

/// A union in a coalition that reaches the ministry through an adviser;
/// a Beijing office and a Cairo desk with media expertise in their time
/// zones; a brief to write and a release under way.
fn plan_map() -> Map {
    let mut map = map_of(
        &[
            ("Syndicat de l’Économie", Kind::Organization, (0.0, 0.0)),
            ("Adviser", Kind::Individual, (300.0, 0.0)),
            ("Ministère", Kind::Target, (600.0, 0.0)),
            ("北京办事处", Kind::Organization, (0.0, 300.0)),
            ("مكتب القاهرة", Kind::Organization, (300.0, 300.0)),
        ],
        &[
            (
                "Syndicat de l’Économie",
                "Adviser",
                RelationKind::Influences,
            ),
            ("Adviser", "Ministère", RelationKind::HasAccessTo),
        ],
    );
    let id = |name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let union = id("Syndicat de l’Économie");
    let mut edits = Vec::new();
    for (name, zone, place) in [
        ("北京办事处", "Asia/Shanghai", "北京"),
        ("مكتب القاهرة", "Africa/Cairo", "القاهرة"),
        ("Syndicat de l’Économie", "Europe/Paris", "Genève"),
    ] {
        let mut s = map.stakeholder(&id(name)).unwrap().clone();
        s.expertise = vec!["media".to_owned()];
        zone.clone_into(&mut s.time_zone);
        place.clone_into(&mut s.place);
        s.stance = powermap::model::Stance::ActiveAlly;
        edits.push(Edit::UpdateStakeholder(s));
    }
    let mut ids = map.id_allocator();
    let mut coalition = Coalition::new(ids.coalition(), "Campagne");
    coalition.members.push(Member {
        stakeholder: union,
        role: MemberRole::Lead,
    });
    let mut brief = Job::new(ids.job(), "Write the brief");
    brief.expertise = vec!["media".to_owned()];
    brief.coalition = Some(coalition.id.clone());
    let mut release = Job::new(ids.job(), "Media release");
    release.status = JobStatus::Doing;
    edits.push(Edit::AddCoalition(coalition));
    edits.push(Edit::AddJob(Box::new(brief)));
    edits.push(Edit::AddJob(Box::new(release)));
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

fn job_status(editor: &Editor, title: &str) -> JobStatus {
    map(editor)
        .plan()
        .jobs()
        .find(|j| j.title == title)
        .unwrap()
        .status
}

/// Scrolls the first node labelled `label` into view and clicks it (the
/// job editor's suggestions are under its fields).
fn click_first(editor: &mut Editor, label: &str) {
    editor
        .get_all_by_label(label)
        .next()
        .unwrap()
        .scroll_to_me();
    editor.run_steps(30);
    editor.get_all_by_label(label).next().unwrap().click();
    settle(editor);
}

fn open_plan(editor: &mut Editor) {
    click_label(editor, "Plan");
}

#[test]
fn dragging_a_card_to_another_column_moves_the_job_in_one_undo_step() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    let card = editor.get_by_label("Write the brief").rect().center();
    let done = editor.get_by_label("Done (0)").rect().center();
    start_drag(&mut editor, card);
    release_at(&mut editor, done);
    assert_eq!(job_status(&editor, "Write the brief"), JobStatus::Done);
    assert!(editor.query_by_label("Done (1)").is_some());
    assert!(
        undo_menu_item(&mut editor).starts_with("Undo move job “Write the brief” to Done"),
        "{}",
        undo_menu_item(&mut editor)
    );
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(job_status(&editor, "Write the brief"), JobStatus::ToDo);
}

#[test]
fn a_new_job_is_added_and_undone_in_one_step() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    click_label(&mut editor, "New job");
    assert_eq!(map(&editor).plan().jobs().count(), 3);
    // The editor opens on it.
    assert!(editor.query_by_label("Best people for the job").is_some());
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).plan().jobs().count(), 2);
}

#[test]
fn the_job_editor_ranks_people_with_their_local_time_and_makes_one_owner() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    click_label(&mut editor, "Write the brief");
    // The coalition member comes first; everyone's local time shows.
    assert!(!texts_containing(&editor, "1. Syndicat de l’Économie").is_empty());
    assert!(!texts_containing(&editor, "Local time in Genève now").is_empty());
    assert!(!texts_containing(&editor, "Local time in 北京 now").is_empty());
    assert!(!texts_containing(&editor, "القاهرة").is_empty());
    // Whole labels (accessibility also lists each wrapped row).
    let mut times: Vec<String> = texts_containing(&editor, "Local time in ")
        .into_iter()
        .filter(|t| t.ends_with(')'))
        .collect();
    times.sort();
    times.dedup();
    assert_eq!(times.len(), 3, "{times:?}");
    assert!(!texts_containing(&editor, "member of Campagne").is_empty());
    click_first(&mut editor, "Make owner");
    let job = map(&editor)
        .plan()
        .jobs()
        .find(|j| j.title == "Write the brief")
        .unwrap()
        .clone();
    let owner = map(&editor)
        .stakeholder(job.owner.as_ref().unwrap())
        .unwrap();
    assert_eq!(owner.name, "Syndicat de l’Économie");
    press_with(&mut editor, CTRL, Key::Z);
    let job = map(&editor)
        .plan()
        .jobs()
        .find(|j| j.title == "Write the brief")
        .unwrap();
    assert!(job.owner.is_none());
}

#[test]
fn the_list_sorts_by_the_column_clicked_and_reverses_on_a_second_click() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    click_label(&mut editor, "List");
    let order = |editor: &Editor| {
        let y = |title: &str| editor.get_by_label(title).rect().top();
        y("Media release") < y("Write the brief")
    };
    click_label(&mut editor, "Title");
    assert!(order(&editor), "sorted by title, Media release first");
    click_label(&mut editor, "Title ⏶");
    assert!(!order(&editor), "reversed");
}

#[test]
fn plan_this_ask_from_a_route_plans_an_ask_for_each_step_in_one_undo() {
    let mut editor = editor(plan_map());
    click_label(&mut editor, "Analysis");
    wait_for_text(&mut editor, "member reaches it");
    click_label(&mut editor, "Ministère · 1 member reaches it");
    click_label(&mut editor, "Plan this ask");
    let asks: Vec<_> = map(&editor).plan().asks().cloned().collect();
    assert_eq!(asks.len(), 2);
    let name = |id| map(&editor).stakeholder(id).unwrap().name.clone();
    assert_eq!(name(&asks[0].from), "Syndicat de l’Économie");
    assert_eq!(name(&asks[1].to), "Ministère");
    assert_eq!(asks[0].what, "Carry our ask toward Ministère");
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).plan().asks().count(), 0);
}

#[test]
fn the_inspector_logs_a_contact_and_shows_the_last_one() {
    let mut editor = editor(plan_map());
    click_on(&mut editor, "مكتب القاهرة");
    assert!(editor.query_by_label("No contact logged yet").is_some());
    // The log is at the foot of the inspector.
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    click_label(&mut editor, "Log contact");
    let id = id_of(&editor, "مكتب القاهرة");
    let logged = map(&editor).plan().contacts_on(&Subject::Stakeholder(id));
    assert_eq!(logged.len(), 1);
    assert!(!texts_containing(&editor, "Last contact: Met on").is_empty());
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).plan().contacts().count(), 0);
}

#[test]
fn the_plan_tab_shows_the_bundled_examples_board() {
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[0].text).unwrap();
    let mut editor = editor(map);
    open_plan(&mut editor);
    assert!(editor.query_by_label_contains("To do (2)").is_some());
    assert!(editor.query_by_label_contains("Doing (1)").is_some());
    assert!(editor.query_by_label_contains("Done (1)").is_some());
}

#[test]
fn the_board_writes_names_in_every_script() {
    let mut map = plan_map();
    let owner = |map: &Map, name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let mut edits = Vec::new();
    for (job, name, due) in [
        ("Write the brief", "北京办事处", "2099-03-01"),
        ("Media release", "مكتب القاهرة", "2099-02-15"),
    ] {
        let mut changed = map.plan().jobs().find(|j| j.title == job).unwrap().clone();
        changed.owner = Some(owner(&map, name));
        changed.due = Some(powermap::model::Day::parse(due).unwrap());
        edits.push(Edit::UpdateJob(Box::new(changed)));
    }
    let mut released = Job::new(map.id_allocator().job(), "Tribune dans « Le Monde »");
    released.owner = Some(owner(&map, "Syndicat de l’Économie"));
    released.status = JobStatus::Done;
    edits.push(Edit::AddJob(Box::new(released)));
    Edit::Batch(edits).apply(&mut map).unwrap();
    let mut editor = editor(map);
    open_plan(&mut editor);
    snapshot(&mut editor, "plan_board_scripts");
}

/// Opens the choice named `name` showing `value`.
fn click_choice(editor: &mut Editor, name: &str, value: &str) {
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::ComboBox
                && node.label().as_deref() == Some(name)
                && node.value().as_deref() == Some(value)
        })
        .click();
    settle(editor);
}

/// The plan map with the asks along the union's route to the ministry.
fn map_with_asks() -> Map {
    let mut map = plan_map();
    let id = |map: &Map, name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let path = [
        id(&map, "Syndicat de l’Économie"),
        id(&map, "Adviser"),
        id(&map, "Ministère"),
    ];
    let plan = powermap::edit::AskPlan {
        what: "Raise the régionale with the ministère".to_owned(),
        owner: None,
        due: None,
    };
    powermap::edit::asks_along(&map, &path, &plan)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    map
}

#[test]
fn recording_an_asks_outcome_marks_it_done_and_dates_the_new_stance_and_strength_in_one_undo() {
    let mut editor = editor(map_with_asks());
    open_plan(&mut editor);
    assert!(
        !texts_containing(
            &editor,
            "Syndicat de l’Économie asks Adviser: Raise the régionale"
        )
        .is_empty()
    );
    editor
        .get_all_by_label("Record outcome…")
        .next()
        .unwrap()
        .click();
    settle(&mut editor);
    assert!(editor.query_by_label("Outcome of the ask").is_some());
    let note = editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::MultilineTextInput
                && node.label().as_deref() == Some("What came of it")
        })
        .rect()
        .center();
    click(&mut editor, note);
    type_text(&mut editor, "L’adviser accepte; 北京 aussi");
    // The target's stance, then the relation's strength, each a choice
    // named for a screen reader.
    click_choice(&mut editor, "Stance of Ministère now", "Unchanged");
    click_label(&mut editor, "Passive ally");
    click_choice(
        &mut editor,
        "Relation Syndicat de l’Économie → Adviser now",
        "Unchanged",
    );
    click_label(&mut editor, "Strong");
    click_label(&mut editor, "Record");
    assert!(editor.query_by_label("Outcome of the ask").is_none());

    let union = id_of(&editor, "Syndicat de l’Économie");
    let ask = map(&editor)
        .plan()
        .asks()
        .find(|a| a.from == union)
        .unwrap()
        .clone();
    assert_eq!(ask.status, powermap::model::AskStatus::Done);
    assert_eq!(ask.outcome, "L’adviser accepte; 北京 aussi");
    assert_eq!(
        stakeholder(&editor, "Ministère").stance,
        powermap::model::Stance::PassiveAlly
    );
    let relation = map(&editor)
        .relations()
        .find(|r| r.from == union)
        .unwrap()
        .clone();
    assert_eq!(relation.strength, 3);
    assert_eq!(map(&editor).timeline().observations().count(), 2);
    assert!(!texts_containing(&editor, "done").is_empty());

    press_with(&mut editor, CTRL, Key::Z);
    let ask = map(&editor).plan().ask(&ask.id).unwrap().clone();
    assert_eq!(ask.status, powermap::model::AskStatus::Open);
    assert_eq!(
        stakeholder(&editor, "Ministère").stance,
        powermap::model::Stance::Unknown
    );
    assert_eq!(map(&editor).timeline().observations().count(), 0);
    let relation = map(&editor).relation(&relation.id).unwrap();
    assert_eq!(relation.strength, 2);
}

#[test]
fn a_bad_date_in_the_outcome_is_named_and_nothing_changes() {
    let mut editor = editor(map_with_asks());
    open_plan(&mut editor);
    editor
        .get_all_by_label("Record outcome…")
        .next()
        .unwrap()
        .click();
    settle(&mut editor);
    let date = editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::TextInput
                && node.label().as_deref() == Some("Done on")
        })
        .rect()
        .center();
    click(&mut editor, date);
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "mañana");
    click_label(&mut editor, "Record");
    assert!(editor.query_by_label("Outcome of the ask").is_some());
    assert!(!texts_containing(&editor, "mañana").is_empty());
    assert!(
        map(&editor)
            .plan()
            .asks()
            .all(|a| a.status == powermap::model::AskStatus::Open)
    );
    click_label(&mut editor, "Cancel");
    assert!(editor.query_by_label("Outcome of the ask").is_none());
}

fn click_field(editor: &mut Editor, name: &str) {
    editor
        .get_by(|node| {
            matches!(
                node.role(),
                egui::accesskit::Role::TextInput | egui::accesskit::Role::MultilineTextInput
            ) && node.label().as_deref() == Some(name)
        })
        .click();
    settle(editor);
}

#[test]
fn the_map_settings_set_when_a_relation_goes_cold_in_one_undo_step() {
    let mut editor = editor(plan_map());
    click_menu_item(&mut editor, "Map", "Map settings");
    click_field(&mut editor, "Gone cold after (days)");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "0");
    press(&mut editor, Key::Enter);
    assert!(
        !texts_containing(&editor, "“0” is not a number of days from 1 to 3660").is_empty(),
        "a bad number is named"
    );
    assert_eq!(map(&editor).plan().cold_after_days(), 60);
    click_field(&mut editor, "Gone cold after (days)");
    press_with(&mut editor, CTRL, Key::A);
    type_text(&mut editor, "21");
    press(&mut editor, Key::Enter);
    assert_eq!(map(&editor).plan().cold_after_days(), 21);
    assert!(texts_containing(&editor, "is not a number of days").is_empty());
    press(&mut editor, Key::Escape);
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).plan().cold_after_days(), 60);
}

#[test]
fn the_analysis_panel_lists_relations_gone_cold_and_targets_nobody_contacted() {
    let mut map = plan_map();
    let relation = map
        .relations()
        .find(|r| map.stakeholder(&r.to).unwrap().name == "Adviser")
        .unwrap()
        .id
        .clone();
    let long_ago = today().plus_days(-200);
    let contact = powermap::model::Contact::new(
        map.id_allocator().contact(),
        Subject::Relation(relation.clone()),
        long_ago,
        powermap::model::ContactKind::Met,
    );
    Edit::LogContact(Box::new(contact)).apply(&mut map).unwrap();
    let mut editor = editor(map);
    click_label(&mut editor, "Analysis");
    wait_for_text(&mut editor, "member reaches it");
    let line =
        format!("Syndicat de l’Économie → Adviser: 200 days since the last contact ({long_ago})");
    assert!(!texts_containing(&editor, "A relation goes cold after 60 days").is_empty());
    assert!(!texts_containing(&editor, "One target nobody has contacted").is_empty());
    editor.get_by_label(&line).scroll_to_me();
    editor.run_steps(10);
    click_label(&mut editor, &line);
    assert_eq!(
        editor.state().selection().single_relation(),
        Some(&relation)
    );
}

/// A long board lays out only the cards in sight; scrolled to, the last
/// card is there and is dragged like the first.
#[test]
fn the_last_card_of_a_long_board_is_dragged_once_scrolled_to() {
    let mut map = plan_map();
    let mut ids = map.id_allocator();
    let jobs: Vec<Edit> = (1..=60)
        .map(|n| Edit::AddJob(Box::new(Job::new(ids.job(), format!("Tâche nº {n:02}")))))
        .collect();
    Edit::Batch(jobs).apply(&mut map).unwrap();
    let mut editor = editor(map);
    open_plan(&mut editor);
    // Not laid out until it comes into sight: the user scrolls down to it.
    assert!(editor.query_by_label("Tâche nº 60").is_none());
    let board = editor.get_by_label_contains("To do (").rect().center();
    hover(&mut editor, board);
    for _ in 0..40 {
        if editor.query_by_label("Tâche nº 60").is_some() {
            break;
        }
        editor.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::Vec2::new(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
        });
        editor.run_steps(5);
    }
    editor.run_steps(30);
    let card = editor.get_by_label("Tâche nº 60").rect();
    assert!(
        editor
            .state()
            .canvas_rect()
            .y_range()
            .contains(card.center().y),
        "scrolled into sight: {card:?}"
    );
    let done = editor.get_by_label("Done (0)").rect().center();
    start_drag(&mut editor, card.center());
    release_at(&mut editor, done);
    assert_eq!(job_status(&editor, "Tâche nº 60"), JobStatus::Done);
}

/// Clicks the inspector's text field named `label`, puts `text` in place
/// of what it holds and leaves it with Enter.
fn type_into_field(editor: &mut Editor, label: &str, text: &str) {
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::TextInput
                && node.label().is_some_and(|l| l.contains(label))
        })
        .click();
    settle(editor);
    press_with(editor, CTRL, Key::A);
    type_text(editor, text);
    press(editor, Key::Enter);
}

#[test]
fn a_time_zone_is_set_in_the_inspector_and_an_unknown_one_is_named_and_refused() {
    let mut editor = editor(plan_map());
    click_on(&mut editor, "مكتب القاهرة");
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    assert_eq!(
        stakeholder(&editor, "مكتب القاهرة").time_zone,
        "Africa/Cairo"
    );
    type_into_field(&mut editor, "Time zone", "Asia/Damascus");
    assert_eq!(
        stakeholder(&editor, "مكتب القاهرة").time_zone,
        "Asia/Damascus"
    );
    // One undo step: Ctrl+Z brings the old zone back, Ctrl+Y the new one.
    settle(&mut editor);
    press_with(&mut editor, CTRL, Key::Z);
    settle(&mut editor);
    assert_eq!(
        stakeholder(&editor, "مكتب القاهرة").time_zone,
        "Africa/Cairo"
    );
    press_with(&mut editor, CTRL, Key::Y);
    settle(&mut editor);
    assert_eq!(
        stakeholder(&editor, "مكتب القاهرة").time_zone,
        "Asia/Damascus"
    );
    // A zone the time zone database does not know is named, and not kept.
    type_into_field(&mut editor, "Time zone", "Mars/Olympus");
    assert!(!texts_containing(&editor, "is not a time zone").is_empty());
    assert_eq!(
        stakeholder(&editor, "مكتب القاهرة").time_zone,
        "Asia/Damascus"
    );
}

/// The plan map with its asks, the brief due in three days, owned by the
/// Beijing office and helped by the Cairo desk, and the first ask due
/// in a week.
fn map_to_export() -> Map {
    let mut map = map_with_asks();
    let id = |name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let mut brief = map
        .plan()
        .jobs()
        .find(|j| j.title == "Write the brief")
        .unwrap()
        .clone();
    brief.due = Some(today().plus_days(3));
    brief.owner = Some(id("北京办事处"));
    brief.helpers = vec![id("مكتب القاهرة")];
    let mut ask = map.plan().asks().next().unwrap().clone();
    ask.due = Some(today().plus_days(7));
    Edit::Batch(vec![
        Edit::UpdateJob(Box::new(brief)),
        Edit::UpdateAsk(Box::new(ask)),
    ])
    .apply(&mut map)
    .unwrap();
    map
}

/// Chooses one of the Plan tab's Export menu, the next file dialog
/// answering `path`.
fn export_from_plan_tab(editor: &mut Editor, item: &str, path: &std::path::Path) {
    choose_path(path);
    click_label(editor, "Export");
    click_label(editor, item);
    settle(editor);
    assert_eq!(file_dialogs().waiting(), 0, "{item} asked for no file");
}

#[test]
fn the_jobs_and_asks_are_exported_from_the_plan_tab_and_read_back() {
    let folder = tempfile::tempdir().unwrap();
    let jobs = folder.path().join("campagne.csv");
    let mut editor = editor(map_to_export());
    open_plan(&mut editor);
    export_from_plan_tab(&mut editor, "Export jobs and asks…", &jobs);
    let notice = editor.state().notice().unwrap_or_default().to_owned();
    assert!(
        notice.starts_with("Exported 2 jobs to") && notice.contains("and 2 asks to"),
        "{notice}"
    );
    let text = std::fs::read_to_string(&jobs).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[1], "title");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let brief = rows.iter().find(|r| &r[1] == "Write the brief").unwrap();
    assert_eq!(&brief[3], today().plus_days(3).to_string());
    assert_eq!(&brief[4], "Campagne");
    assert_eq!(&brief[5], "北京办事处");
    assert_eq!(&brief[6], "مكتب القاهرة");
    assert_eq!(rows.len(), 2);
    let asks_text = std::fs::read_to_string(folder.path().join("campagne.asks.csv")).unwrap();
    let asks: Vec<csv::StringRecord> = csv::Reader::from_reader(asks_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(asks.len(), 2);
    assert_eq!(&asks[0][1], "Syndicat de l’Économie");
    assert_eq!(&asks[0][3], "Raise the régionale with the ministère");
    // Exporting changes nothing in the map.
    assert!(!editor.state().document().history().can_undo());
}

#[test]
fn the_due_dates_are_exported_from_the_file_menu_as_a_calendar_and_read_back() {
    let folder = tempfile::tempdir().unwrap();
    let ics = folder.path().join("échéances.ics");
    let mut editor = editor(map_to_export());
    menu_item_with_paths(&mut editor, "File", "Export due dates", &[&ics]);
    let notice = editor.state().notice().unwrap_or_default().to_owned();
    assert!(
        notice.starts_with("Exported 2 due dates of open jobs and asks to"),
        "{notice}"
    );
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 2, "{text}");
    let unfolded = text.replace("\r\n ", "");
    let compact =
        |day: powermap::model::Day| format!("{:04}{:02}{:02}", day.year(), day.month(), day.day());
    let brief = format!("DTSTART;VALUE=DATE:{}\r\n", compact(today().plus_days(3)));
    let ask = format!("DTSTART;VALUE=DATE:{}\r\n", compact(today().plus_days(7)));
    assert!(unfolded.contains(&brief), "{unfolded}");
    assert!(unfolded.contains(&ask), "{unfolded}");
    assert!(
        unfolded.contains("SUMMARY:Write the brief\r\n"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("北京办事处"),
        "the owner, named: {unfolded}"
    );
    // The same menu is in the Plan tab; the words and the file agree.
    open_plan(&mut editor);
    let again = folder.path().join("again.ics");
    export_from_plan_tab(&mut editor, "Export due dates…", &again);
    let again = std::fs::read_to_string(&again).unwrap();
    assert_eq!(again.matches("BEGIN:VEVENT\r\n").count(), 2);
}

#[test]
fn a_plan_export_that_cannot_be_written_says_why_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let nowhere = folder.path().join("no such folder").join("plan.csv");
    let mut editor = editor(map_to_export());
    menu_item_with_paths(&mut editor, "File", "Export jobs and asks", &[&nowhere]);
    let notice = editor.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("plan.csv"), "names the file: {notice}");
    assert!(!nowhere.exists());
}

/// The brief, as the map holds it now.
fn brief(editor: &Editor) -> Job {
    map(editor)
        .plan()
        .jobs()
        .find(|j| j.title == "Write the brief")
        .unwrap()
        .clone()
}

/// The brief's helpers by name, in name order.
fn helper_names(editor: &Editor) -> Vec<String> {
    let mut names: Vec<String> = brief(editor)
        .helpers
        .iter()
        .map(|id| map(editor).stakeholder(id).unwrap().name.clone())
        .collect();
    names.sort();
    names
}

/// Ctrl+Z, then Ctrl+Y: `check` holds after each (given false after the
/// undo, true after the redo), so the change was exactly one undo step.
fn undo_then_redo(editor: &mut Editor, check: impl Fn(&Editor) -> bool) {
    settle(editor);
    press_with(editor, CTRL, Key::Z);
    settle(editor);
    assert!(!check(editor), "one undo takes the change back");
    press_with(editor, CTRL, Key::Y);
    settle(editor);
    assert!(check(editor), "one redo puts it back");
}

/// Opens the combo box showing `value` and clicks `choice` in its list
/// (the one nearest the box, above or under it: the name may be on the
/// canvas too).
fn choose_in_combo(editor: &mut Editor, value: &str, choice: &str) {
    let combo = editor.get_by(|node| {
        node.role() == egui::accesskit::Role::ComboBox && node.value().as_deref() == Some(value)
    });
    let at = combo.rect().center();
    combo.click();
    settle(editor);
    editor
        .query_all_by_label(choice)
        .min_by(|a, b| {
            let distance = |n: &egui_kittest::Node<'_>| n.rect().center().distance(at);
            distance(a).total_cmp(&distance(b))
        })
        .unwrap_or_else(|| panic!("no {choice:?} by the {value:?} box"))
        .click();
    settle(editor);
}

#[test]
fn a_jobs_helpers_are_added_and_taken_off_each_in_one_undo_step() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    click_label(&mut editor, "Write the brief");
    choose_in_combo(&mut editor, "Add a helper", "北京办事处");
    assert_eq!(helper_names(&editor), ["北京办事处"]);
    undo_then_redo(&mut editor, |e| helper_names(e) == ["北京办事处"]);
    // A second one, from the same choice.
    choose_in_combo(&mut editor, "Add a helper", "Syndicat de l’Économie");
    assert_eq!(
        helper_names(&editor),
        ["Syndicat de l’Économie", "北京办事处"]
    );
    // Taken off with the button by their name.
    click_label(&mut editor, "北京办事处 ✖");
    assert_eq!(helper_names(&editor), ["Syndicat de l’Économie"]);
    undo_then_redo(&mut editor, |e| {
        helper_names(e) == ["Syndicat de l’Économie"]
    });
    // The best people's "Add as helper" adds one more (the union, helping
    // already, is offered no such button).
    click_first(&mut editor, "Add as helper");
    let helpers = helper_names(&editor);
    assert_eq!(helpers.len(), 2, "{helpers:?}");
    assert!(
        helpers
            .iter()
            .any(|h| ["北京办事处", "مكتب القاهرة"].contains(&h.as_str())),
        "{helpers:?}"
    );
    undo_then_redo(&mut editor, |e| helper_names(e).len() == 2);
}

#[test]
fn every_field_of_the_job_editor_is_one_undo_step() {
    let mut editor = editor(plan_map());
    open_plan(&mut editor);
    click_label(&mut editor, "Write the brief");
    // The due date, typed and left with Enter.
    let christmas = today().plus_days(17);
    type_into_field(&mut editor, "Due", &christmas.to_string());
    settle(&mut editor);
    assert_eq!(brief(&editor).due, Some(christmas));
    undo_then_redo(&mut editor, |e| brief(e).due == Some(christmas));
    // A date that is no date is named, and nothing changes.
    type_into_field(&mut editor, "Due", "le 24 décembre");
    settle(&mut editor);
    assert!(
        !texts_containing(&editor, "“le 24 décembre” is not a date").is_empty(),
        "the date typed is named"
    );
    assert_eq!(brief(&editor).due, Some(christmas));
    // The status, from its choice.
    choose_in_combo(&mut editor, "To do", "Doing");
    assert_eq!(brief(&editor).status, JobStatus::Doing);
    undo_then_redo(&mut editor, |e| brief(e).status == JobStatus::Doing);
    // What it needs besides expertise: a contribution ticked.
    click_label(&mut editor, "Legitimacy");
    let legitimacy = [powermap::model::Contribution::Legitimacy];
    assert_eq!(brief(&editor).contributions, legitimacy);
    undo_then_redo(&mut editor, |e| brief(e).contributions == legitimacy);
    // Out of its coalition: a job of the whole map.
    choose_in_combo(&mut editor, "Campagne", "None");
    assert_eq!(brief(&editor).coalition, None);
    undo_then_redo(&mut editor, |e| brief(e).coalition.is_none());
    // The notes: typed, then left by clicking the canvas; one step for all
    // the letters typed.
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::MultilineTextInput
                && node.label().as_deref() == Some("Notes")
        })
        .scroll_to_me();
    editor.run_steps(30);
    let notes = notes_field(&editor);
    click(&mut editor, notes);
    type_text(
        &mut editor,
        "Relire avec l’Église évangélique de Bangui, 联合国难民理事会 en copie",
    );
    click_empty(&mut editor);
    let written = "Relire avec l’Église évangélique de Bangui, 联合国难民理事会 en copie";
    assert_eq!(brief(&editor).notes, written);
    undo_then_redo(&mut editor, |e| brief(e).notes == written);
    // The expertise it needs, as a list.
    type_into_field(&mut editor, "Expertise needed", "plaidoyer, 媒体");
    settle(&mut editor);
    let needed = ["plaidoyer".to_owned(), "媒体".to_owned()];
    assert_eq!(brief(&editor).expertise, needed);
    undo_then_redo(&mut editor, |e| brief(e).expertise == needed);
    // The owner and the target it is aimed at: with the coalition, three
    // choices showing None, in the editor's order.
    let showing_none = |editor: &Editor| -> Vec<egui::Pos2> {
        editor
            .query_all(egui_kittest::kittest::By::new().role(egui::accesskit::Role::ComboBox))
            .filter(|node| node.value().as_deref() == Some("None"))
            .map(|node| node.rect().center())
            .collect()
    };
    assert_eq!(
        showing_none(&editor).len(),
        3,
        "owner, target and coalition"
    );
    let target = showing_none(&editor)[1];
    click(&mut editor, target);
    click_label(&mut editor, "Ministère");
    settle(&mut editor);
    let ministry = id_of(&editor, "Ministère");
    assert_eq!(brief(&editor).target.as_ref(), Some(&ministry));
    undo_then_redo(&mut editor, |e| brief(e).target.is_some());
    let owner = showing_none(&editor)[0];
    click(&mut editor, owner);
    click_label(&mut editor, "北京办事处");
    settle(&mut editor);
    assert_eq!(brief(&editor).owner, Some(id_of(&editor, "北京办事处")));
    undo_then_redo(&mut editor, |e| brief(e).owner.is_some());
    // And last its title (the job is found by its id from here).
    let id = brief(&editor).id;
    let titled = |e: &Editor| map(e).plan().job(&id).unwrap().title.clone();
    type_into_field(
        &mut editor,
        "Title",
        "Note pour l’Église évangélique de Bangui",
    );
    settle(&mut editor);
    assert_eq!(titled(&editor), "Note pour l’Église évangélique de Bangui");
    undo_then_redo(&mut editor, |e| {
        titled(e) == "Note pour l’Église évangélique de Bangui"
    });
}

#[test]
fn a_stakeholders_place_is_set_in_the_inspector_in_one_undo_step() {
    let mut editor = editor(plan_map());
    click_on(&mut editor, "مكتب القاهرة");
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    assert_eq!(stakeholder(&editor, "مكتب القاهرة").place, "القاهرة");
    type_into_field(&mut editor, "Place", "الإسكندرية");
    assert_eq!(stakeholder(&editor, "مكتب القاهرة").place, "الإسكندرية");
    undo_then_redo(&mut editor, |e| {
        stakeholder(e, "مكتب القاهرة").place == "الإسكندرية"
    });
    // An accented French place, and the job's suggestions say it.
    click_on(&mut editor, "Syndicat de l’Économie");
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    type_into_field(&mut editor, "Place", "Église évangélique de Bangui");
    assert_eq!(
        stakeholder(&editor, "Syndicat de l’Économie").place,
        "Église évangélique de Bangui"
    );
    undo_then_redo(&mut editor, |e| {
        stakeholder(e, "Syndicat de l’Économie").place == "Église évangélique de Bangui"
    });
    open_plan(&mut editor);
    click_label(&mut editor, "Write the brief");
    assert!(
        !texts_containing(&editor, "Local time in Église évangélique de Bangui now").is_empty()
    );
}

#[test]
fn a_contact_is_logged_with_who_took_part_how_a_note_and_confidential_in_one_undo_step() {
    let mut editor = editor(plan_map());
    click_on(&mut editor, "Syndicat de l’Économie");
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    // Two took part; one was a mistake and is taken off again.
    choose_in_combo(&mut editor, "Who took part", "北京办事处");
    choose_in_combo(&mut editor, "Who took part", "Ministère");
    click_label(&mut editor, "Ministère ✖");
    choose_in_combo(&mut editor, "Met", "Called");
    click_label(&mut editor, "confidential");
    editor
        .get_by(|node| {
            node.role() == egui::accesskit::Role::TextInput
                && node.placeholder() == Some("What was said")
        })
        .click();
    settle(&mut editor);
    type_text(
        &mut editor,
        "Le 联合国难民理事会 lira la note d’ici vendredi",
    );
    settle(&mut editor);
    assert_eq!(
        map(&editor).plan().contacts().count(),
        0,
        "nothing is logged before the button"
    );
    editor.get_by_label("Log contact").click();
    settle(&mut editor);
    let union = id_of(&editor, "Syndicat de l’Économie");
    let logged = |editor: &Editor| {
        map(editor)
            .plan()
            .contacts_on(&Subject::Stakeholder(union.clone()))
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    };
    let contacts = logged(&editor);
    assert_eq!(contacts.len(), 1);
    let contact = &contacts[0];
    assert_eq!(contact.how, powermap::model::ContactKind::Called);
    assert_eq!(contact.date, today());
    assert_eq!(contact.with, [id_of(&editor, "北京办事处")]);
    assert!(contact.confidential);
    assert_eq!(
        contact.note,
        "Le 联合国难民理事会 lira la note d’ici vendredi"
    );
    // The Beijing office took part: its last contact is this one, with the union.
    click_on(&mut editor, "北京办事处");
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    let said = format!(
        "Last contact: Called on {}, with Syndicat de l’Économie",
        today()
    );
    assert!(!texts_containing(&editor, &said).is_empty(), "{said}");
    undo_then_redo(&mut editor, |e| logged(e).len() == 1);
}

/// The ask the union makes of the adviser, as the map holds it now.
fn unions_ask(editor: &Editor) -> powermap::model::Ask {
    let union = id_of(editor, "Syndicat de l’Économie");
    map(editor)
        .plan()
        .asks()
        .find(|a| a.from == union)
        .unwrap()
        .clone()
}

#[test]
fn an_asks_words_due_date_and_owner_are_edited_each_in_one_undo_step() {
    let mut editor = editor(map_with_asks());
    open_plan(&mut editor);
    // The union's ask of the adviser comes first.
    click_first(&mut editor, "Edit ask");
    let what = "Porter la note au 联合国难民理事会 avant l’Église évangélique de Bangui";
    type_into_field(&mut editor, "What is asked", what);
    settle(&mut editor);
    assert_eq!(unions_ask(&editor).what, what);
    undo_then_redo(&mut editor, |e| unions_ask(e).what == what);
    assert!(
        !texts_containing(
            &editor,
            "Syndicat de l’Économie asks Adviser: Porter la note"
        )
        .is_empty(),
        "the list says the new words"
    );
    // By when.
    let friday = today().plus_days(4);
    type_into_field(&mut editor, "Due", &friday.to_string());
    settle(&mut editor);
    assert_eq!(unions_ask(&editor).due, Some(friday));
    undo_then_redo(&mut editor, |e| unions_ask(e).due == Some(friday));
    type_into_field(&mut editor, "Due", "bientôt");
    settle(&mut editor);
    assert!(!texts_containing(&editor, "“bientôt” is not a date").is_empty());
    assert_eq!(unions_ask(&editor).due, Some(friday));
    // Who owns it.
    choose_in_combo(&mut editor, "None", "北京办事处");
    let beijing = id_of(&editor, "北京办事处");
    assert_eq!(unions_ask(&editor).owner.as_ref(), Some(&beijing));
    undo_then_redo(&mut editor, |e| unions_ask(e).owner.is_some());
    // The other ask is untouched; Edit ask again closes the fields.
    let adviser = id_of(&editor, "Adviser");
    let other = map(&editor)
        .plan()
        .asks()
        .find(|a| a.from == adviser)
        .unwrap()
        .clone();
    assert_eq!(other.what, "Raise the régionale with the ministère");
    assert!(other.due.is_none() && other.owner.is_none());
    click_first(&mut editor, "Edit ask");
    assert!(editor.query_by_label("What is asked").is_none());
}
