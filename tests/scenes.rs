//! Presentation scenes are part of the map: saved in the file in the order
//! they are presented, checked on load, and kept consistent when what they
//! name is deleted, all in single undo steps.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::{Edit, History};
use powermap::exchange::diff::{Change, diff};
use powermap::file::{self, LoadError};
use powermap::model::{
    CoalitionId, Focus, FocusDirection, Map, Position, RelationId, Scene, SceneCamera, SceneId,
    ScenePlan, SceneView, StakeholderId,
};

fn sid(id: &str) -> StakeholderId {
    StakeholderId::new(id)
}

/// The sample map with a scene that names everything a scene can name.
fn map_with_a_scene() -> Map {
    let mut map = common::sample_map();
    let mut scene = Scene::new(SceneId::new("v20"), "Who reaches the ministry");
    "Two routes, one broker.\nBoth go through “Aid Now”.".clone_into(&mut scene.caption);
    scene.camera = Some(SceneCamera {
        center: Position::new(10.0, -5.0),
        zoom: 1.25,
        view_width: 900.0,
        view_height: 600.0,
    });
    scene.filter.coalitions.insert(CoalitionId::new("c6"));
    scene.hide_filtered = true;
    scene.focus = Some(Focus {
        stakeholder: sid("s1"),
        hops: 2,
        direction: FocusDirection::Incoming,
    });
    scene.highlighted = [sid("s1"), sid("s2")].into_iter().collect();
    scene.highlighted_relations = [RelationId::new("r4")].into_iter().collect();
    scene.coalition = Some(CoalitionId::new("c6"));
    let mut grid = Scene::new(SceneId::new("v21"), "Whom to manage closely");
    grid.view = SceneView::Grid;
    Edit::Batch(vec![
        Edit::AddScene {
            index: 0,
            scene: Box::new(scene),
        },
        Edit::AddScene {
            index: 1,
            scene: Box::new(grid),
        },
    ])
    .apply(&mut map)
    .unwrap();
    map
}

fn scene(map: &Map, id: &str) -> Scene {
    map.scene(&SceneId::new(id)).unwrap().clone()
}

#[test]
fn a_scene_saves_and_reopens_with_every_field() {
    let map = map_with_a_scene();
    let text = file::to_ron_string(&map).unwrap();
    let reopened = file::load_str(&text).unwrap();
    assert_eq!(reopened, map);
    assert_eq!(reopened.scenes(), map.scenes());
    assert_eq!(file::to_ron_string(&reopened).unwrap(), text);
    assert!(text.contains("version: 4,"));
    assert!(text.contains("title: \"Who reaches the ministry\""));
}

#[test]
fn scenes_are_written_in_presentation_order_not_id_order() {
    let mut map = map_with_a_scene();
    Edit::MoveScene {
        id: SceneId::new("v21"),
        to: 0,
    }
    .apply(&mut map)
    .unwrap();
    let text = file::to_ron_string(&map).unwrap();
    let grid = text.find("Whom to manage closely").unwrap();
    let routes = text.find("Who reaches the ministry").unwrap();
    assert!(grid < routes);
    let reopened = file::load_str(&text).unwrap();
    assert_eq!(reopened.scenes()[0].title, "Whom to manage closely");
}

#[test]
fn deleting_a_stakeholder_takes_it_out_of_every_scene_in_one_undo_step() {
    let mut map = map_with_a_scene();
    let before = map.clone();
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteStakeholder(sid("s1")))
        .unwrap();
    let routes = scene(&map, "v20");
    assert!(!routes.highlighted.contains(&sid("s1")));
    assert!(routes.highlighted.contains(&sid("s2")));
    assert_eq!(
        routes.focus, None,
        "a focus on the deleted stakeholder ends"
    );
    assert!(
        routes.highlighted_relations.is_empty(),
        "its relation r4 went with it"
    );
    // What is left saves as a valid file.
    file::load_str(&file::to_ron_string(&map).unwrap()).unwrap();
    assert_eq!(history.depth(), 1);
    history.undo(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn deleting_a_relation_or_a_coalition_takes_it_out_of_the_scenes() {
    let mut map = map_with_a_scene();
    let before = map.clone();
    let undo = Edit::DeleteRelation(RelationId::new("r4"))
        .apply(&mut map)
        .unwrap();
    assert!(scene(&map, "v20").highlighted_relations.is_empty());
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);

    let undo = Edit::DeleteCoalition(CoalitionId::new("c6"))
        .apply(&mut map)
        .unwrap();
    let routes = scene(&map, "v20");
    assert!(routes.filter.coalitions.is_empty());
    assert_eq!(routes.coalition, None);
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn scene_edits_are_undone_exactly() {
    let map = map_with_a_scene();
    let mut retitled = scene(&map, "v20");
    "Routes".clone_into(&mut retitled.title);
    retitled.view = SceneView::Spectrum;
    let copy = Scene {
        id: map.id_allocator().scene(),
        ..scene(&map, "v20")
    };
    for edit in [
        Edit::UpdateScene(Box::new(retitled)),
        Edit::DeleteScene(SceneId::new("v20")),
        Edit::AddScene {
            index: 1,
            scene: Box::new(copy),
        },
        Edit::MoveScene {
            id: SceneId::new("v20"),
            to: 1,
        },
    ] {
        let mut changed = map.clone();
        let inverse = edit.clone().apply(&mut changed).unwrap();
        assert_ne!(changed, map, "{edit:?} changed nothing");
        inverse.apply(&mut changed).unwrap();
        assert_eq!(changed, map, "{edit:?} was not undone exactly");
    }
}

#[test]
fn a_scene_id_is_never_handed_out_again() {
    let mut map = map_with_a_scene();
    Edit::DeleteScene(SceneId::new("v21"))
        .apply(&mut map)
        .unwrap();
    let next = map.id_allocator().scene();
    assert_ne!(next, SceneId::new("v21"));
    assert!(!map.id_taken(next.as_str()));
    // Scene ids share the counter with every other kind of item.
    let stakeholder = map.id_allocator().stakeholder();
    assert_eq!(
        powermap::model::split_serial(stakeholder.as_str()).1,
        powermap::model::split_serial(next.as_str()).1
    );
}

#[test]
fn edits_that_would_break_a_scene_are_refused_and_change_nothing() {
    let map = map_with_a_scene();
    let mut bad_focus = scene(&map, "v20");
    bad_focus.focus = Some(Focus {
        stakeholder: sid("nobody"),
        hops: 1,
        direction: FocusDirection::Both,
    });
    let mut bad_hops = scene(&map, "v20");
    bad_hops.focus.as_mut().unwrap().hops = 4;
    let mut bad_camera = scene(&map, "v20");
    bad_camera.camera.as_mut().unwrap().zoom = f32::NAN;
    let mut zero_view = scene(&map, "v20");
    zero_view.camera.as_mut().unwrap().view_width = 0.0;
    let mut unknown_relation = scene(&map, "v20");
    unknown_relation
        .highlighted_relations
        .insert(RelationId::new("r99"));
    let mut unknown_coalition = scene(&map, "v21");
    unknown_coalition.coalition = Some(CoalitionId::new("c99"));
    let duplicate = Edit::AddScene {
        index: 0,
        scene: Box::new(Scene::new(SceneId::new("s1"), "Takes a stakeholder's id")),
    };
    for edit in [
        Edit::UpdateScene(Box::new(bad_focus)),
        Edit::UpdateScene(Box::new(bad_hops)),
        Edit::UpdateScene(Box::new(bad_camera)),
        Edit::UpdateScene(Box::new(zero_view)),
        Edit::UpdateScene(Box::new(unknown_relation)),
        Edit::UpdateScene(Box::new(unknown_coalition)),
        Edit::UpdateScene(Box::new(Scene::new(SceneId::new("v99"), "Not in the map"))),
        Edit::DeleteScene(SceneId::new("v99")),
        Edit::MoveScene {
            id: SceneId::new("v20"),
            to: 2,
        },
        duplicate,
    ] {
        let mut changed = map.clone();
        assert!(edit.clone().apply(&mut changed).is_err(), "{edit:?}");
        assert_eq!(changed, map, "{edit:?} changed the map");
    }
}

#[test]
fn a_version_1_file_opens_and_is_saved_as_the_current_version() {
    let version_1 = r#"(
    format: "powermap",
    version: 1,
    map: (
        title: "Before scenes",
        stakeholders: [(id: "s1", name: "Ministry", kind: Target)],
    ),
)"#;
    let map = file::load_str(version_1).unwrap();
    assert_eq!(map.title(), "Before scenes");
    assert!(map.scenes().is_empty());
    let saved = file::to_ron_string(&map).unwrap();
    assert!(saved.contains("version: 4,"));
    assert!(saved.contains("scenes: []"));
    assert_eq!(file::load_str(&saved).unwrap(), map);
}

#[test]
fn a_file_whose_scene_names_a_missing_stakeholder_is_refused_with_its_line() {
    let text = r#"(
    format: "powermap",
    version: 2,
    map: (
        title: "Broken story",
        stakeholders: [(id: "s1", name: "Ministry", kind: Target)],
        scenes: [
            (id: "v2", title: "Fine", highlighted: ["s1"]),
            (
                id: "v3",
                title: "The union",
                highlighted: ["s7"],
            ),
        ],
    ),
)"#;
    let err = file::load_str(text).unwrap_err();
    assert!(matches!(err, LoadError::Invalid(_)));
    assert_eq!(
        err.to_string(),
        "the map has a problem: line 10: scene “The union”: no stakeholder has the id “s7”"
    );
}

#[test]
fn a_scene_with_a_camera_that_is_not_a_number_is_refused() {
    let text = r#"(format: "powermap", version: 2, map: (title: "T", scenes: [
    (id: "v1", title: "Far away", camera: Some((center: (x: NaN, y: 0.0), zoom: 1.0, view_width: 800.0, view_height: 600.0))),
]))"#;
    let err = file::load_str(text).unwrap_err().to_string();
    assert!(
        err.contains(
            "line 2: scene “Far away”: the camera of scene “Far away” is not a finite place"
        ),
        "{err}"
    );
}

#[test]
fn diff_lists_scenes_added_removed_changed_and_moved() {
    let old = map_with_a_scene();
    let mut new = old.clone();
    let mut retitled = scene(&new, "v20");
    "One broker.".clone_into(&mut retitled.caption);
    let added = Scene::new(new.id_allocator().scene(), "Closing");
    Edit::Batch(vec![
        Edit::UpdateScene(Box::new(retitled)),
        Edit::MoveScene {
            id: SceneId::new("v21"),
            to: 0,
        },
        Edit::AddScene {
            index: 2,
            scene: Box::new(added),
        },
    ])
    .apply(&mut new)
    .unwrap();
    let changes = diff(&old, &new).scenes;
    let fields = |id: &str| match &changes.iter().find(|c| c.id == id).unwrap().change {
        Change::Changed(fields) => fields.iter().map(|f| f.field.clone()).collect::<Vec<_>>(),
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(fields("v20"), ["caption", "place"]);
    assert_eq!(fields("v21"), ["place"]);
    assert!(
        changes
            .iter()
            .any(|c| c.name == "Closing" && c.change == Change::Added)
    );
    let text = diff(&old, &new).to_text();
    assert!(text.contains("Scenes\n"), "{text}");
    assert!(text.contains("place: 2 → 1"), "{text}");
}

#[test]
fn the_bundled_example_tells_a_story_in_scenes() {
    let map = powermap::examples::default_map();
    assert!(map.scenes().len() >= 5);
    let views: Vec<SceneView> = map.scenes().iter().map(|s| s.view).collect();
    for view in SceneView::ALL {
        assert!(views.contains(view), "no scene shows the {view:?}");
    }
    assert!(map.scenes().iter().all(|s| !s.title.trim().is_empty()));
}

#[test]
fn a_relation_a_scene_picks_out_can_be_given_other_ends() {
    let mut map = map_with_a_scene();
    let before = map.clone();
    let mut moved = map.relation(&RelationId::new("r4")).unwrap().clone();
    moved.to = sid("s10");
    let undo = Edit::UpdateRelation(moved).apply(&mut map).unwrap();
    assert_eq!(map.relation(&RelationId::new("r4")).unwrap().to, sid("s10"));
    assert!(scene(&map, "v20").refers_to_relation(&RelationId::new("r4")));
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
}

/// The sample map with a scene presenting the jobs of coalition c6, and
/// one presenting the asks toward the ministry.
fn map_with_plan_scenes() -> Map {
    let mut map = common::sample_map();
    let mut jobs = Scene::new(SceneId::new("v30"), "Les tâches de la coalition");
    jobs.plan = Some(ScenePlan::JobsOf(CoalitionId::new("c6")));
    let mut asks = Scene::new(SceneId::new("v31"), "联合国难民理事会: the asks");
    asks.plan = Some(ScenePlan::AsksToward(sid("s1")));
    Edit::Batch(vec![
        Edit::AddScene {
            index: 0,
            scene: Box::new(jobs),
        },
        Edit::AddScene {
            index: 1,
            scene: Box::new(asks),
        },
    ])
    .apply(&mut map)
    .unwrap();
    map
}

#[test]
fn a_scenes_plan_is_saved_as_written_in_the_format_and_reopens() {
    let map = map_with_plan_scenes();
    let text = file::to_ron_string(&map).unwrap();
    assert!(text.contains("plan: Some(JobsOf(\"c6\"))"), "{text}");
    assert!(text.contains("plan: Some(AsksToward(\"s1\"))"), "{text}");
    assert_eq!(file::load_str(&text).unwrap(), map);
    // A scene without a plan writes none: older files read as they were.
    let plain = file::to_ron_string(&map_with_a_scene()).unwrap();
    assert!(!plain.contains("plan:"));
}

#[test]
fn deleting_what_a_scenes_plan_names_takes_it_out_in_one_undo_step() {
    let mut map = map_with_plan_scenes();
    let before = map.clone();
    let undo = Edit::DeleteCoalition(CoalitionId::new("c6"))
        .apply(&mut map)
        .unwrap();
    assert_eq!(scene(&map, "v30").plan, None);
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
    let mut history = History::new();
    history
        .apply(&mut map, Edit::DeleteStakeholder(sid("s1")))
        .unwrap();
    assert_eq!(scene(&map, "v31").plan, None);
    file::load_str(&file::to_ron_string(&map).unwrap()).unwrap();
    history.undo(&mut map).unwrap();
    assert_eq!(map, before);
}

#[test]
fn diff_and_merge_take_a_scenes_plan_like_its_other_fields() {
    let base = map_with_plan_scenes();
    let mut theirs = base.clone();
    let mut toward_aid = scene(&theirs, "v31");
    toward_aid.plan = Some(ScenePlan::AsksToward(sid("s2")));
    Edit::UpdateScene(Box::new(toward_aid))
        .apply(&mut theirs)
        .unwrap();
    let changes = diff(&base, &theirs).scenes;
    match &changes.iter().find(|c| c.id == "v31").unwrap().change {
        Change::Changed(fields) => {
            assert_eq!(fields.len(), 1, "{fields:?}");
            assert_eq!(fields[0].field, "plan.AsksToward");
            assert_eq!(
                (fields[0].before.as_str(), fields[0].after.as_str()),
                ("“s1”", "“s2”")
            );
        }
        other => panic!("{other:?}"),
    }
    // Ours retitled the scene, theirs changed its plan: both are kept.
    let mut ours = base.clone();
    let mut retitled = scene(&ours, "v31");
    "The asks".clone_into(&mut retitled.title);
    Edit::UpdateScene(Box::new(retitled))
        .apply(&mut ours)
        .unwrap();
    let merged = powermap::exchange::merge::merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let v31 = scene(&merged.map, "v31");
    assert_eq!(v31.title, "The asks");
    assert_eq!(v31.plan, Some(ScenePlan::AsksToward(sid("s2"))));
    // Theirs deleted the coalition whose jobs ours presents: the plan goes.
    let mut theirs = base.clone();
    Edit::DeleteCoalition(CoalitionId::new("c6"))
        .apply(&mut theirs)
        .unwrap();
    let merged = powermap::exchange::merge::merge(&base, &base, &theirs).unwrap();
    assert_eq!(scene(&merged.map, "v30").plan, None);
}

#[test]
fn the_bundled_example_presents_the_council_brief_and_the_asks_toward_the_council() {
    let map = powermap::examples::default_map();
    let plans: Vec<&ScenePlan> = map
        .scenes()
        .iter()
        .filter_map(|s| s.plan.as_ref())
        .collect();
    let council = map
        .stakeholders()
        .find(|s| s.name == "International Security Council")
        .unwrap();
    assert!(plans.contains(&&ScenePlan::AsksToward(council.id.clone())));
    let jobs = plans
        .iter()
        .find_map(|plan| match plan {
            ScenePlan::JobsOf(coalition) => Some(coalition),
            ScenePlan::AsksToward(_) => None,
        })
        .expect("a scene of a coalition's jobs");
    let shown = powermap::analysis::presented_plan(&map, &ScenePlan::JobsOf(jobs.clone()));
    assert!(
        shown
            .jobs
            .iter()
            .any(|job| job.title == "Write the brief for the Council"),
        "the Council brief is among them"
    );
    let toward =
        powermap::analysis::presented_plan(&map, &ScenePlan::AsksToward(council.id.clone()));
    assert!(toward.asks.len() >= 2, "the asks along the path");
    assert!(
        !toward.relations.is_empty(),
        "and the relations they go along"
    );
}
