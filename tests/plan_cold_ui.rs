//! Gone cold in the table and the filter, as a coordinator meets it: the
//! table's "Last contact" column sorts never-contacted first, marks a
//! relation gone cold in words, and the filter bar's Contact menu leaves
//! only the stakeholders gone cold (or never contacted) in the table and
//! on the network; names in Arabic, Chinese and accented French.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::accesskit::Role as AccessRole;
use egui::{Key, Rect, Vec2};
use egui_kittest::kittest::Queryable;
use powermap::edit::Edit;
use powermap::model::{
    Contact, ContactFilter, ContactKind, Day, Kind, Map, RelationKind, Scene, Subject,
};
use ui_support::*;

const UNION: &str = "Syndicat de l’Économie";
const CHURCH: &str = "Église évangélique de Bangui";
const FORUM: &str = "منتدى وكالات الإغاثة";
/// The forum's name as the screen holds it: its words laid out right to left.
const FORUM_ON_SCREEN: &str = "الإغاثة وكالات منتدى";
const COUNCIL: &str = "联合国难民理事会";
const MINISTRY: &str = "Ministère";

/// The union met the ministry 200 days ago (gone cold: the map allows
/// 60), the church called the council 10 days ago, and nobody ever
/// contacted the forum.
fn contacted_map() -> Map {
    contacted_map_on(today())
}

/// The contacts of [`contacted_map`], counted back from `today`.
fn contacted_map_on(today: Day) -> Map {
    let mut map = map_of(
        &[
            (UNION, Kind::Organization, (0.0, 0.0)),
            (CHURCH, Kind::Organization, (0.0, 300.0)),
            (FORUM, Kind::Organization, (300.0, 150.0)),
            (COUNCIL, Kind::Target, (600.0, 300.0)),
            (MINISTRY, Kind::Target, (600.0, 0.0)),
        ],
        &[
            (UNION, MINISTRY, RelationKind::Influences),
            (CHURCH, COUNCIL, RelationKind::HasAccessTo),
            (FORUM, MINISTRY, RelationKind::Influences),
        ],
    );
    let relation = |map: &Map, from: &str| {
        map.relations()
            .find(|r| map.stakeholder(&r.from).unwrap().name == from)
            .unwrap()
            .id
            .clone()
    };
    let mut ids = map.id_allocator();
    let contacts = [
        (relation(&map, UNION), 200, ContactKind::Met),
        (relation(&map, CHURCH), 10, ContactKind::Called),
    ]
    .map(|(on, ago, how)| {
        Edit::LogContact(Box::new(Contact::new(
            ids.contact(),
            Subject::Relation(on),
            today.plus_days(-ago),
            how,
        )))
    });
    Edit::Batch(contacts.to_vec()).apply(&mut map).unwrap();
    map
}

fn show_table(editor: &mut Editor) {
    press_with(editor, CTRL, Key::Num4);
}

fn heading(editor: &Editor, column: &str) -> Rect {
    editor.get_by_label(&format!("Sort by {column}")).rect()
}

/// The names in the table's first column, top to bottom.
fn table_names(editor: &Editor) -> Vec<String> {
    let area = editor.state().canvas_rect();
    let first = if editor.query_by_label("Sort by Name").is_some() {
        heading(editor, "Name")
    } else {
        heading(editor, "From")
    };
    let second = heading(editor, "Kind");
    let mut cells: Vec<(f32, String)> = editor
        .query_all_by_role(AccessRole::Label)
        .filter(|node| {
            let r = node.rect();
            area.contains(r.center()) && r.center().x < second.left() && r.top() > first.bottom()
        })
        .filter_map(|node| Some((node.rect().center().y, node.value()?)))
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, name)| name).collect()
}

fn scroll_table_sideways(editor: &mut Editor, points: f32) {
    let middle = editor.state().canvas_rect().center();
    hover(editor, middle);
    editor.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: Vec2::new(-points, 0.0),
        phase: egui::TouchPhase::Move,
        modifiers: egui::Modifiers::NONE,
    });
    settle(editor);
    editor.run_steps(30);
}

/// Chooses one of the filter bar's Contact menu.
fn filter_contact(editor: &mut Editor, choice: &str) {
    click_button_starting_with(editor, "Contact: ");
    click_label(editor, choice);
}

/// The stakeholders the views draw in full (not faint), by name.
fn unfaded(editor: &Editor) -> Vec<String> {
    let map = map(editor);
    let mut names: Vec<String> = map
        .stakeholders()
        .filter(|s| !editor.state().is_faded(&s.id))
        .map(|s| s.name.clone())
        .collect();
    names.sort();
    names
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = names.iter().map(|&n| n.to_owned()).collect();
    names.sort();
    names
}

#[test]
fn sorting_by_last_contact_puts_the_never_contacted_first_then_the_longest_ago() {
    let mut editor = editor(contacted_map());
    show_table(&mut editor);
    // The last column: the user scrolls to it to click its heading.
    scroll_table_sideways(&mut editor, 3000.0);
    click_label(&mut editor, "Sort by Last contact");
    scroll_table_sideways(&mut editor, -3000.0);
    let order = table_names(&editor);
    assert_eq!(order.len(), 5, "{order:?}");
    assert_eq!(
        order[0], FORUM_ON_SCREEN,
        "never contacted first: {order:?}"
    );
    assert_eq!(sorted(&[&order[1], &order[2]]), sorted(&[UNION, MINISTRY]));
    assert_eq!(sorted(&[&order[3], &order[4]]), sorted(&[CHURCH, COUNCIL]));
    // A second click: the most recent first, the never contacted last.
    scroll_table_sideways(&mut editor, 3000.0);
    click_label(&mut editor, "Sort by Last contact");
    // The day itself, or "never", in the cells.
    let ago = today().plus_days(-10).to_string();
    assert!(!texts_containing(&editor, &ago).is_empty(), "the day shows");
    assert!(!texts_containing(&editor, "never").is_empty());
    scroll_table_sideways(&mut editor, -3000.0);
    let reversed = table_names(&editor);
    assert_eq!(
        reversed.last().map(String::as_str),
        Some(FORUM_ON_SCREEN),
        "{reversed:?}"
    );
}

#[test]
fn a_relation_gone_cold_says_so_in_its_last_contact() {
    let mut editor = editor(contacted_map());
    show_table(&mut editor);
    click_label(&mut editor, "Relations (3)");
    scroll_table_sideways(&mut editor, 3000.0);
    let long_ago = today().plus_days(-200);
    assert_eq!(
        texts_containing(&editor, "gone cold"),
        [format!("{long_ago} (gone cold, 200 days)")],
        "only the union's relation, and in words"
    );
    let recent = today().plus_days(-10).to_string();
    assert_eq!(texts_containing(&editor, &recent), [recent]);
    assert_eq!(texts_containing(&editor, "never"), ["never"]);
    // Sorted by it, the never contacted relation comes first.
    click_label(&mut editor, "Sort by Last contact");
    scroll_table_sideways(&mut editor, -3000.0);
    assert_eq!(table_names(&editor)[0], FORUM_ON_SCREEN);
}

#[test]
fn filtering_to_gone_cold_leaves_only_those_in_the_table_and_on_the_network() {
    let mut editor = editor(contacted_map());
    filter_contact(&mut editor, "Gone cold");
    assert_eq!(editor.state().filter().contact, ContactFilter::GoneCold);
    assert!(
        !texts_containing(&editor, "Contact: Gone cold").is_empty(),
        "the menu says what it filters"
    );
    // On the network, everyone else is faint.
    assert_eq!(unfaded(&editor), sorted(&[UNION, MINISTRY]));
    // Hidden, the others leave the table.
    click_label(&mut editor, "Hide filtered out");
    show_table(&mut editor);
    assert_eq!(sorted_table(&editor), sorted(&[UNION, MINISTRY]));
    // And the relations between them only.
    click_label(&mut editor, "Relations (3)");
    assert_eq!(table_names(&editor), [UNION]);
    // Cleared, everyone is back.
    click_label(&mut editor, "Clear filter");
    click_label(&mut editor, "Stakeholders (5)");
    assert_eq!(table_names(&editor).len(), 5);
}

#[test]
fn filtering_to_never_contacted_leaves_the_one_nobody_reached() {
    let mut editor = editor(contacted_map());
    filter_contact(&mut editor, "Never contacted");
    assert_eq!(unfaded(&editor), [FORUM]);
    click_label(&mut editor, "Hide filtered out");
    show_table(&mut editor);
    assert_eq!(table_names(&editor), [FORUM_ON_SCREEN]);
    // Back to everyone from the same menu, one undo step of nothing: the
    // filter is a way of looking, not an edit.
    filter_contact(&mut editor, "Any");
    assert!(editor.state().filter().is_empty());
    assert_eq!(table_names(&editor).len(), 5);
    assert!(!editor.state().document().history().can_undo());
}

#[test]
fn a_map_with_no_contact_log_has_no_contact_menu() {
    let editor = editor(workshop_map());
    assert!(
        texts_containing(&editor, "Contact: ").is_empty(),
        "nothing to filter by"
    );
}

fn sorted_table(editor: &Editor) -> Vec<String> {
    let mut names = table_names(editor);
    names.sort();
    names
}

#[test]
fn the_contact_filter_judges_gone_cold_against_the_app_clock() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    filter_contact(&mut editor, "Gone cold");
    assert_eq!(unfaded(&editor), sorted(&[UNION, MINISTRY]));
}

#[test]
fn looking_at_a_past_day_the_contact_filter_judges_gone_cold_as_of_that_day() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    filter_contact(&mut editor, "Gone cold");
    assert_eq!(unfaded(&editor), sorted(&[UNION, MINISTRY]));
    // 150 days back, the union had met the ministry only 50 days before:
    // not yet cold (the map allows 60).
    editor.state_mut().look_at(Some(today.plus_days(-150)));
    settle(&mut editor);
    let then = unfaded(&editor);
    assert!(
        !then.contains(&UNION.to_owned()) && !then.contains(&MINISTRY.to_owned()),
        "{then:?}"
    );
    click_label(&mut editor, "Back to now");
    assert_eq!(unfaded(&editor), sorted(&[UNION, MINISTRY]));
}

#[test]
fn looking_at_a_past_day_never_contacted_counts_only_the_contacts_made_by_then() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    filter_contact(&mut editor, "Never contacted");
    assert_eq!(unfaded(&editor), [FORUM]);
    // 20 days back the church had not yet called the council (10 days ago).
    editor.state_mut().look_at(Some(today.plus_days(-20)));
    settle(&mut editor);
    assert_eq!(unfaded(&editor), sorted(&[CHURCH, FORUM, COUNCIL]));
    click_label(&mut editor, "Back to now");
    assert_eq!(unfaded(&editor), [FORUM]);
}

/// The map with one scene of the stakeholders gone cold, as of `as_of`.
fn with_gone_cold_scene(mut map: Map, as_of: Option<Day>) -> Map {
    let mut scene = Scene::new(map.id_allocator().scene(), "Froid");
    scene.filter.contact = ContactFilter::GoneCold;
    scene.as_of = as_of;
    Edit::AddScene {
        index: 0,
        scene: Box::new(scene),
    }
    .apply(&mut map)
    .unwrap();
    map
}

fn presented_faded(editor: &Editor, name: &str) -> bool {
    let id = id_of(editor, name);
    editor.state().presenter().unwrap().is_faded(&id)
}

#[test]
fn a_dated_scene_judges_gone_cold_as_of_its_day() {
    let today = today();
    for (as_of, cold) in [(None, true), (Some(today.plus_days(-150)), false)] {
        let map = with_gone_cold_scene(contacted_map_on(today), as_of);
        let mut editor = editor(map);
        press(&mut editor, Key::F5);
        editor.run_steps(40);
        assert_eq!(
            !presented_faded(&editor, UNION),
            cold,
            "the union stands out as gone cold as of {as_of:?}: {cold}"
        );
        assert!(
            presented_faded(&editor, FORUM),
            "never contacted is not gone cold"
        );
    }
}

#[test]
fn the_inspectors_last_contact_is_the_tables_and_names_who_it_was_with() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    // The union's only contact was logged on its relation to the ministry.
    click_on(&mut editor, UNION);
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    let met = today.plus_days(-200);
    let said = format!("Last contact: Met on {met}, with {MINISTRY} (200 days ago)");
    assert!(!texts_containing(&editor, &said).is_empty(), "{said}");
    // The table's Last contact column gives the same day.
    let union = id_of(&editor, UNION);
    assert_eq!(
        powermap::model::plan::stakeholder_last_contact(map(&editor), &union, today),
        Some(met)
    );
    // The forum was never contacted, in the inspector as in the table.
    click_on(&mut editor, FORUM);
    assert!(editor.query_by_label("No contact logged yet").is_some());
}

#[test]
fn looking_back_the_inspector_counts_days_from_the_day_shown() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    let then = today.plus_days(-150);
    editor.state_mut().look_at(Some(then));
    settle(&mut editor);
    // 150 days back, the union had met the ministry 50 days before.
    click_on(&mut editor, UNION);
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    let met = today.plus_days(-200);
    let said = format!("Last contact: Met on {met}, with {MINISTRY} (50 days ago)");
    assert!(!texts_containing(&editor, &said).is_empty(), "{said}");
    assert!(
        texts_containing(&editor, "(200 days ago)").is_empty(),
        "not counted from today"
    );
    // The church's call came later: it had not happened on the day shown.
    click_on(&mut editor, CHURCH);
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    assert!(editor.query_by_label("No contact logged yet").is_some());
    let called = today.plus_days(-10).to_string();
    assert!(
        texts_containing(&editor, &called).is_empty(),
        "the later call is not listed"
    );
    // Back to now, the call is the church's last contact, 10 days ago.
    click_label(&mut editor, "Back to now");
    let said = format!("Last contact: Called on {called}, with {COUNCIL} (10 days ago)");
    assert!(!texts_containing(&editor, &said).is_empty(), "{said}");
}

#[test]
fn looking_back_the_table_gives_the_last_contact_as_of_the_day_shown() {
    let today = today();
    let mut editor = editor(contacted_map_on(today));
    editor.state_mut().look_at(Some(today.plus_days(-150)));
    settle(&mut editor);
    show_table(&mut editor);
    click_label(&mut editor, "Relations (3)");
    scroll_table_sideways(&mut editor, 3000.0);
    // 50 days before the day shown: not gone cold then (the map allows 60);
    // the church's call, 140 days later, had not happened.
    let met = today.plus_days(-200).to_string();
    assert_eq!(texts_containing(&editor, &met), [met]);
    assert!(texts_containing(&editor, "gone cold").is_empty());
    assert_eq!(texts_containing(&editor, "never"), ["never", "never"]);
}

#[test]
fn a_dated_scene_shown_in_the_editor_counts_days_from_its_day() {
    let today = today();
    let map = with_gone_cold_scene(contacted_map_on(today), Some(today.plus_days(-150)));
    let mut editor = editor(map);
    // Chosen in the Scenes panel, the scene shows the editor its day.
    click_label(&mut editor, "Scenes");
    click_label(&mut editor, "1. Froid");
    assert_eq!(editor.state().looking_back(), Some(today.plus_days(-150)));
    settle(&mut editor);
    click_on(&mut editor, UNION);
    editor.get_by_label("Log contact").scroll_to_me();
    editor.run_steps(30);
    let met = today.plus_days(-200);
    let said = format!("Last contact: Met on {met}, with {MINISTRY} (50 days ago)");
    assert!(!texts_containing(&editor, &said).is_empty(), "{said}");
}
