//! A facilitator presents the plan: a scene shows a coalition's jobs or
//! the asks toward a target, chosen in the scene editor in one undo step;
//! presenting it brings their people forward on the network and lists the
//! jobs or asks in a legend that never covers the map, beside it on a wide
//! screen and under it on a narrow one. Names in Arabic, Chinese and
//! accented French.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::{Key, Vec2};
use egui_kittest::kittest::Queryable;
use powermap::edit::Edit;
use powermap::model::{
    Ask, Coalition, Day, Job, JobStatus, Kind, Map, Member, MemberRole, RelationKind, Scene,
    ScenePlan,
};
use powermap::ui::{Document, PowermapApp, Settings};
use ui_support::*;

const HUB: &str = "منتدى وكالات الإغاثة";
/// The forum's name as the screen holds it: its words laid out right to left.
const HUB_ON_SCREEN: &str = "الإغاثة وكالات منتدى";
const CHURCH: &str = "Église évangélique de Bangui";
const COUNCIL: &str = "联合国难民理事会";
const BYSTANDER: &str = "Chambre de commerce";

/// The forum asks the church, which asks the council; the forum's
/// coalition has a brief (the church owns it, the forum helps) and a
/// dropped release; the chamber of commerce stands aside.
fn plan_map() -> Map {
    let mut map = map_of(
        &[
            (HUB, Kind::Organization, (0.0, 0.0)),
            (CHURCH, Kind::Organization, (300.0, 0.0)),
            (COUNCIL, Kind::Target, (600.0, 0.0)),
            (BYSTANDER, Kind::Organization, (300.0, 300.0)),
        ],
        &[
            (HUB, CHURCH, RelationKind::Influences),
            (CHURCH, COUNCIL, RelationKind::HasAccessTo),
            (BYSTANDER, COUNCIL, RelationKind::Influences),
        ],
    );
    let id = |name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let (hub, church, council) = (id(HUB), id(CHURCH), id(COUNCIL));
    let mut ids = map.id_allocator();
    let mut coalition = Coalition::new(ids.coalition(), "Coalition pour la protection");
    coalition.members.push(Member {
        stakeholder: hub.clone(),
        role: MemberRole::Lead,
    });
    let mut brief = Job::new(ids.job(), "Write the brief for the Council");
    brief.coalition = Some(coalition.id.clone());
    brief.owner = Some(church.clone());
    brief.helpers = vec![hub.clone()];
    brief.due = Some(Day::parse("2026-12-10").unwrap());
    brief.status = JobStatus::Doing;
    let mut release = Job::new(ids.job(), "Media release");
    release.coalition = Some(coalition.id.clone());
    release.status = JobStatus::Dropped;
    let mut first = Ask::new(ids.ask(), hub, church.clone(), "Raise the Eastern Region");
    first.target = Some(council.clone());
    first.due = Some(Day::parse("2026-12-05").unwrap());
    let second = Ask::new(ids.ask(), church, council, "Put it on the agenda");
    let edits = vec![
        Edit::AddCoalition(coalition),
        Edit::AddJob(Box::new(brief)),
        Edit::AddJob(Box::new(release)),
        Edit::AddAsk(Box::new(first)),
        Edit::AddAsk(Box::new(second)),
    ];
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

/// The map with one scene presenting `plan`.
fn with_plan_scene(mut map: Map, plan: ScenePlan) -> Map {
    let mut scene = Scene::new(map.id_allocator().scene(), "Le plan");
    scene.plan = Some(plan);
    Edit::AddScene {
        index: 0,
        scene: Box::new(scene),
    }
    .apply(&mut map)
    .unwrap();
    map
}

fn jobs_of(map: &Map) -> ScenePlan {
    ScenePlan::JobsOf(map.coalitions().next().unwrap().id.clone())
}

fn asks_toward(map: &Map) -> ScenePlan {
    let council = map.stakeholders().find(|s| s.name == COUNCIL).unwrap();
    ScenePlan::AsksToward(council.id.clone())
}

/// Opens the scene editor's Plan menu, which shows what is chosen.
fn open_plan_menu(editor: &mut Editor, shown: &str) {
    editor
        .get_by(|n| {
            n.role() == egui::accesskit::Role::ComboBox && n.value().as_deref() == Some(shown)
        })
        .click();
    settle(editor);
}

fn present(editor: &mut Editor) {
    press(editor, Key::F5);
    editor.run_steps(40);
}

fn faded(editor: &Editor, name: &str) -> bool {
    let id = id_of(editor, name);
    editor.state().presenter().unwrap().is_faded(&id)
}

#[test]
fn choosing_a_coalitions_jobs_in_the_scene_editor_is_one_undo_step() {
    let mut editor = editor(plan_map());
    press_with(&mut editor, CTRL, Key::M);
    click_label(&mut editor, "1. Scene 1");
    let depth = editor.state().document().history().depth();
    open_plan_menu(&mut editor, "None");
    click_label(&mut editor, "Jobs of Coalition pour la protection");
    let expected = jobs_of(map(&editor));
    assert_eq!(map(&editor).scenes()[0].plan, Some(expected));
    assert_eq!(editor.state().document().history().depth(), depth + 1);
    // The asks toward the council, in place of the jobs.
    open_plan_menu(&mut editor, "Jobs of Coalition pour la protection");
    click_label(&mut editor, &format!("Asks toward {COUNCIL}"));
    assert_eq!(
        map(&editor).scenes()[0].plan,
        Some(asks_toward(map(&editor)))
    );
    press_with(&mut editor, CTRL, Key::Z);
    press_with(&mut editor, CTRL, Key::Z);
    assert_eq!(map(&editor).scenes()[0].plan, None);
}

#[test]
fn presenting_a_coalitions_jobs_brings_their_people_forward_and_lists_the_jobs() {
    let map = plan_map();
    let plan = jobs_of(&map);
    let mut editor = editor(with_plan_scene(map, plan));
    present(&mut editor);
    assert!(!faded(&editor, CHURCH), "the owner stands out");
    assert!(!faded(&editor, HUB), "and the helper");
    assert!(faded(&editor, BYSTANDER));
    assert!(faded(&editor, COUNCIL), "the jobs are not aimed at it here");
    assert!(
        editor
            .query_by_label("Jobs of Coalition pour la protection")
            .is_some()
    );
    // Title, then owner, due and status; the dropped one after it, in words.
    let brief = editor
        .get_by_label("Write the brief for the Council")
        .rect();
    let details = editor
        .get_by_label(&format!("{CHURCH} · due 2026-12-10 · Doing"))
        .rect();
    let release = editor.get_by_label("Media release").rect();
    assert!(
        editor
            .query_by_label("no owner · no date · Dropped")
            .is_some()
    );
    assert!(brief.top() < details.top(), "the details under the title");
    assert!(details.top() < release.top(), "open jobs first");
}

#[test]
fn presenting_the_asks_toward_a_target_brings_the_path_forward() {
    let map = plan_map();
    let plan = asks_toward(&map);
    let mut editor = editor(with_plan_scene(map, plan));
    present(&mut editor);
    for name in [HUB, CHURCH, COUNCIL] {
        assert!(!faded(&editor, name), "{name} is on the path");
    }
    assert!(faded(&editor, BYSTANDER));
    assert!(
        editor
            .query_by_label(&format!("Asks toward {COUNCIL}"))
            .is_some()
    );
    let first = format!("{HUB_ON_SCREEN} asks {CHURCH}: Raise the Eastern Region");
    assert!(editor.query_by_label(&first).is_some(), "{first}");
    assert!(editor.query_by_label("due 2026-12-05 · open").is_some());
    // Esc: back to the editor, nothing changed.
    press(&mut editor, Key::Escape);
    assert!(editor.state().presenter().is_none());
    assert!(!editor.state().document().history().can_undo());
}

/// Where the people of the plan are drawn while presenting.
fn drawn_at(editor: &Editor, names: &[&str]) -> Vec<egui::Pos2> {
    names
        .iter()
        .filter_map(|name| editor.state().stakeholder_on_screen(&id_of(editor, name)))
        .collect()
}

fn presenting_at(size: Vec2, map: Map) -> Editor {
    let doc = Document::new(map, None);
    let mut editor = egui_kittest::Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_cc| {
            PowermapApp::with_document(doc, Settings::default())
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    present(&mut editor);
    editor
}

/// The screen in points, as presenting scales it.
fn screen(editor: &Editor) -> egui::Rect {
    editor.ctx.content_rect()
}

#[test]
fn the_legend_stands_beside_the_network_and_under_it_on_a_narrow_window() {
    let map = plan_map();
    let plan = asks_toward(&map);
    let map = with_plan_scene(map, plan);
    let heading = format!("Asks toward {COUNCIL}");
    let path = [HUB, CHURCH, COUNCIL];

    let wide = presenting_at(Vec2::new(1600.0, 900.0), map.clone());
    let legend = wide.get_by_label(&heading).rect();
    let places = drawn_at(&wide, &path);
    assert_eq!(places.len(), 3);
    assert!(
        places
            .iter()
            .all(|p| p.x < legend.left() && screen(&wide).contains(*p)),
        "beside: {places:?} left of {legend:?}"
    );

    let narrow = presenting_at(Vec2::new(640.0, 720.0), map);
    let legend = narrow.get_by_label(&heading).rect();
    let places = drawn_at(&narrow, &path);
    assert_eq!(places.len(), 3);
    assert!(
        places
            .iter()
            .all(|p| p.y < legend.top() && screen(&narrow).contains(*p)),
        "under: {places:?} above {legend:?}"
    );
    assert!(screen(&narrow).contains_rect(legend), "within the window");
}

/// The projector's look on a 1080p screen: the bundled example's scene of
/// the evidence coalition's jobs, the Council brief among them.
#[test]
fn snapshot_of_a_coalitions_jobs_on_a_1080p_projector() {
    let map = powermap::examples::default_map();
    let number = map
        .scenes()
        .iter()
        .position(|s| matches!(s.plan, Some(ScenePlan::JobsOf(_))))
        .expect("the example presents a coalition's jobs")
        + 1;
    let doc = Document::new(map, None);
    let pixels_per_point = 1.85;
    let mut editor = egui_kittest::Harness::builder()
        .with_size(Vec2::new(1920.0, 1080.0) / pixels_per_point)
        .with_pixels_per_point(pixels_per_point)
        .with_step_dt(1.0 / 60.0)
        .with_theme(egui::Theme::Dark)
        .build_eframe(move |_cc| {
            PowermapApp::with_document(doc, Settings::default())
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    editor.key_press(Key::F5);
    editor.run_steps(10);
    // The presenter types the scene's number and Enter.
    for digit in number.to_string().chars() {
        let key = Key::from_name(&digit.to_string()).unwrap();
        editor.key_press(key);
    }
    editor.key_press(Key::Enter);
    editor.run_steps(50);
    assert_eq!(
        editor.state().presenter().unwrap().scene_title(),
        "Who does what for the Council"
    );
    snapshot(&mut editor, "present_plan_jobs_1080p");
}
