//! The network's names at the zoom a map opens with: the bundled examples
//! and a generated map of 1,000 drawn in a window of the app's size, and
//! what is named there.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use egui::{Pos2, Rect, Vec2};

use super::Canvas;
use super::hit::Hit;
use crate::model::{Kind, Map, MemberRole, Role, StakeholderId};
use crate::ui::command::ViewContext;
use crate::ui::selection::Selection;
use crate::ui::shown::Shown;
use crate::ui::theme::Palette;

/// The network's part of the editor window at its default size (1400 ×
/// 860, the side panels open), and with the left panel at its widest
/// (the Analysis tab).
const VIEWS: [Vec2; 2] = [Vec2::new(870.0, 768.0), Vec2::new(727.0, 768.0)];
const VIEW: Vec2 = VIEWS[0];

/// Draws `map` in a canvas of the view's size, the pointer at `pointer`.
fn draw(
    canvas: &mut Canvas,
    ctx: &egui::Context,
    map: &Map,
    selection: &mut Selection,
    pointer: Option<Pos2>,
) {
    draw_in(VIEW, canvas, ctx, map, selection, pointer);
}

fn draw_in(
    view: Vec2,
    canvas: &mut Canvas,
    ctx: &egui::Context,
    map: &Map,
    selection: &mut Selection,
    pointer: Option<Pos2>,
) {
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, view)),
        events: pointer.map(egui::Event::PointerMoved).into_iter().collect(),
        ..Default::default()
    };
    run_frame(canvas, ctx, map, selection, input);
}

/// Runs one frame of `canvas` on `input`; returns the shapes it painted.
fn run_frame(
    canvas: &mut Canvas,
    ctx: &egui::Context,
    map: &Map,
    selection: &mut Selection,
    input: egui::RawInput,
) -> Vec<egui::epaint::ClippedShape> {
    let shown = Shown::default();
    let mut commands = Vec::new();
    let mut output = ctx.run_ui(input, |ui| {
        let mut cx = ViewContext::for_test(map, 1, selection, &mut commands, &shown);
        canvas.ui(ui, &mut cx);
    });
    // No GPU here to upload the font atlas to.
    output.textures_delta.clear();
    output.shapes
}

fn example(file_name: &str) -> Map {
    let example = crate::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == file_name)
        .unwrap();
    crate::file::load_str(example.text).unwrap()
}

/// Those a map must always name: its targets, the leadership core and
/// every coalition's leads.
fn must_be_named(map: &Map) -> Vec<StakeholderId> {
    let mut ids: Vec<StakeholderId> = map
        .stakeholders()
        .filter(|s| s.kind == Kind::Target || s.role == Role::LeadershipCore)
        .map(|s| s.id.clone())
        .collect();
    for coalition in map.coalitions() {
        for member in &coalition.members {
            if member.role == MemberRole::Lead {
                ids.push(member.stakeholder.clone());
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// How far apart two rectangles are (0 when they touch or overlap).
fn gap(a: Rect, b: Rect) -> f32 {
    let dx = (a.min.x - b.max.x).max(b.min.x - a.max.x).max(0.0);
    let dy = (a.min.y - b.max.y).max(b.min.y - a.max.y).max(0.0);
    dx.hypot(dy)
}

/// What a drawing named: names drawn, glyphs in view, the must-be-named
/// left without a name, and the names nearer another glyph than their own.
struct Named {
    names: usize,
    glyphs: usize,
    unnamed_must: Vec<String>,
    misread: Vec<String>,
}

fn named(canvas: &Canvas, map: &Map) -> Named {
    let drawn = &canvas.painted.drawn;
    let view = canvas.framing.rect;
    let graph = map.graph();
    let name_of = |index: petgraph::stable_graph::NodeIndex| graph[index].name.clone();
    let glyphs: Vec<_> = drawn
        .glyphs
        .iter()
        .filter(|(_, room)| view.contains(room.center()))
        .collect();
    let unnamed_must = must_be_named(map)
        .iter()
        .filter_map(|id| map.node_index(id))
        .filter(|index| glyphs.iter().any(|(i, _)| i == index))
        .filter(|index| !drawn.names.iter().any(|n| n.owner == *index))
        .map(name_of)
        .collect();
    let misread = drawn
        .names
        .iter()
        .filter(|name| name.leader.is_none())
        .filter(|name| {
            let Some((_, own)) = drawn.glyphs.iter().find(|(i, _)| *i == name.owner) else {
                return true;
            };
            let own_gap = gap(name.rect, *own);
            drawn
                .glyphs
                .iter()
                .any(|(i, room)| *i != name.owner && gap(name.rect, *room) < own_gap)
        })
        .map(|name| name_of(name.owner))
        .collect();
    Named {
        names: drawn.names.len(),
        glyphs: glyphs.len(),
        unnamed_must,
        misread,
    }
}

/// The map at fit in a view of size `view`: how much is named.
fn named_at_fit(view: Vec2, map: &Map) -> (Canvas, Named) {
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    for _ in 0..2 {
        draw_in(view, &mut canvas, &ctx, map, &mut selection, None);
    }
    let named = named(&canvas, map);
    (canvas, named)
}

#[test]
fn at_the_fitted_zoom_every_target_and_lead_of_the_examples_is_named_as_its_own() {
    for (file_name, view) in ["cross-border-aid.ron", "protection-of-civilians.ron"]
        .into_iter()
        .flat_map(|file_name| VIEWS.map(|view| (file_name, view)))
    {
        let map = example(file_name);
        let (canvas, named) = named_at_fit(view, &map);
        println!(
            "{file_name} in {view:?}: zoom {:.2}, {} names / {} stakeholders in view",
            canvas.zoom(),
            named.names,
            named.glyphs
        );
        assert!(
            named.unnamed_must.is_empty(),
            "{file_name}: not named: {:?}",
            named.unnamed_must
        );
        assert!(
            named.misread.is_empty(),
            "{file_name}: nearer another glyph than their own: {:?}",
            named.misread
        );
        // Most of the map is named, not only those that must be.
        assert!(
            named.names * 4 >= named.glyphs * 3,
            "{file_name}: only {} of {} named",
            named.names,
            named.glyphs
        );
    }
}

#[test]
fn the_hovered_and_the_selected_are_named_beside_their_own_glyph() {
    let map = example("cross-border-aid.ron");
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    // Each in turn, hovered then selected: always named, never nearer
    // another glyph than its own.
    for s in map.stakeholders() {
        let index = map.node_index(&s.id).unwrap();
        let at = canvas.screen_position(&map, &s.id).unwrap();
        selection.select_only_stakeholder(s.id.clone());
        for _ in 0..2 {
            draw(&mut canvas, &ctx, &map, &mut selection, Some(at));
        }
        assert_eq!(canvas.gestures.hovered, Some(Hit::Stakeholder(index)));
        let drawn = &canvas.painted.drawn;
        assert!(
            drawn.names.iter().any(|n| n.owner == index),
            "{} hovered and selected has no name",
            s.name
        );
        let named = named(&canvas, &map);
        assert!(
            !named.misread.contains(&s.name),
            "{}'s name is nearer another glyph",
            s.name
        );
    }
}

#[test]
fn a_generated_map_of_a_thousand_is_named_where_there_is_room() {
    let map = crate::analysis::generated_map(1000, 2500, 7);
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let fitted = named(&canvas, &map);
    println!(
        "generated 1,000: zoom {:.2}, {} names / {} stakeholders in view",
        canvas.zoom(),
        fitted.names,
        fitted.glyphs
    );
    // Zoomed in to where names show, the part in view is named as the examples are.
    canvas.zoom_by(0.8 / canvas.zoom());
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let named = named(&canvas, &map);
    println!(
        "generated 1,000: zoom {:.2}, {} names / {} stakeholders in view",
        canvas.zoom(),
        named.names,
        named.glyphs
    );
    assert!(named.names > 0);
    assert!(named.unnamed_must.is_empty(), "{:?}", named.unnamed_must);
    // Where glyphs crowd, a name that must show may have no place clear
    // of its neighbours: only those, and few of them, are ever nearer
    // another glyph than their own.
    let must: Vec<String> = must_be_named(&map)
        .iter()
        .filter_map(|id| map.stakeholder(id))
        .map(|s| s.name.clone())
        .collect();
    println!(
        "generated 1,000: {} names nearer another glyph: {:?}",
        named.misread.len(),
        named.misread
    );
    assert!(
        named.misread.iter().all(|name| must.contains(name)),
        "{:?}",
        named.misread
    );
    assert!(named.misread.len() <= 2, "{:?}", named.misread);
}

/// How many shapes are stroked in the selection's colour: the rings that
/// mark what is selected.
fn selection_rings(canvas: &Canvas) -> usize {
    let selection = Palette::light().selection;
    canvas
        .painted
        .shapes()
        .iter()
        .filter(|shape| match shape {
            // A dot of a large selection sits on a disc of its colour.
            egui::Shape::Circle(circle) => {
                circle.stroke.color == selection || circle.fill == selection
            }
            egui::Shape::Path(path) => {
                path.stroke.color == egui::epaint::ColorMode::Solid(selection)
            }
            _ => false,
        })
        .count()
}

/// Selecting stakeholders on a zoomed-out map changes none of the
/// relations' lines: the last drawing's are painted again, the very lines
/// a drawing afresh makes; a selected relation has them drawn again.
#[test]
fn a_selection_of_stakeholders_keeps_the_relations_lines_and_a_relation_does_not() {
    let map = crate::analysis::generated_map(3000, 6000, 7);
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let before = canvas.painted.lines().expect("a drawing");
    assert!(before.vertices.len() > 10_000, "the map is zoomed out");
    let some: Vec<StakeholderId> = map.stakeholders().take(300).map(|s| s.id.clone()).collect();
    for ids in [&some[..1], &some[..]] {
        selection.stakeholders = ids.iter().cloned().collect();
        draw(&mut canvas, &ctx, &map, &mut selection, None);
        let kept = canvas.painted.lines().expect("a drawing");
        assert!(Arc::ptr_eq(&before, &kept), "{} selected", ids.len());
    }
    // The same lines as a drawing with every relation drawn afresh.
    let mut afresh = Canvas::default();
    draw(&mut afresh, &ctx, &map, &mut selection, None);
    let fresh = afresh.painted.lines().expect("a drawing");
    assert_eq!(fresh.indices, before.indices);
    assert!(
        fresh
            .vertices
            .iter()
            .zip(&before.vertices)
            .all(|(a, b)| a.pos == b.pos && a.color == b.color)
    );
    // A relation selected is drawn in the selection's colour: drawn again.
    let relation = map.relations().next().expect("a relation").id.clone();
    selection.relations.insert(relation);
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let after = canvas.painted.lines().expect("a drawing");
    assert!(!Arc::ptr_eq(&before, &after));
}

#[test]
fn a_selection_of_a_thousand_is_marked_on_every_glyph_and_named_only_where_there_is_room() {
    let map = crate::analysis::generated_map(1000, 2500, 7);
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let unselected = named(&canvas, &map);
    selection.stakeholders = map.stakeholders().map(|s| s.id.clone()).collect();
    for _ in 0..2 {
        draw(&mut canvas, &ctx, &map, &mut selection, None);
    }
    let all = named(&canvas, &map);
    // Every glyph in sight carries the selection's ring...
    assert!(
        selection_rings(&canvas) >= all.glyphs,
        "{} rings for {} glyphs",
        selection_rings(&canvas),
        all.glyphs
    );
    // ...but names are not forced on top of one another: as many as
    // without the selection, none covering another.
    assert_eq!(all.names, unselected.names);
    let names = &canvas.painted.drawn.names;
    for (i, a) in names.iter().enumerate() {
        assert!(names[i + 1..].iter().all(|b| !a.rect.intersects(b.rect)));
    }
    // A few selected are still named whatever the zoom, and ringed.
    let few: Vec<StakeholderId> = map.stakeholders().take(5).map(|s| s.id.clone()).collect();
    selection.stakeholders = few.iter().cloned().collect();
    for _ in 0..2 {
        draw(&mut canvas, &ctx, &map, &mut selection, None);
    }
    for id in &few {
        let index = map.node_index(id).unwrap();
        assert!(canvas.painted.drawn.names.iter().any(|n| n.owner == index));
    }
}

#[test]
fn zoomed_in_the_relations_say_their_kind_clear_of_every_glyph_and_name() {
    for file_name in ["cross-border-aid.ron", "protection-of-civilians.ron"] {
        let map = example(file_name);
        let ctx = egui::Context::default();
        let mut canvas = Canvas::default();
        let mut selection = Selection::default();
        draw(&mut canvas, &ctx, &map, &mut selection, None);
        // Where every relation says what it is.
        canvas.zoom_by(1.8 / canvas.zoom());
        draw(&mut canvas, &ctx, &map, &mut selection, None);
        let drawn = &canvas.painted.drawn;
        assert!(
            !drawn.relation_labels.is_empty(),
            "{file_name}: some kinds are written"
        );
        for (edge, label) in &drawn.relation_labels {
            let kind = map.graph()[*edge].kind.label();
            let glyph = drawn
                .glyphs
                .iter()
                .find(|(_, room)| room.intersects(*label));
            assert!(
                glyph.is_none(),
                "{file_name}: {kind} covers {:?}",
                glyph.map(|(i, _)| &map.graph()[*i].name)
            );
            let name = drawn.names.iter().find(|name| name.rect.intersects(*label));
            assert!(
                name.is_none(),
                "{file_name}: {kind} covers the name of {:?}",
                name.map(|n| &map.graph()[n.owner].name)
            );
        }
    }
}

#[test]
fn a_coalition_ring_fades_with_its_stakeholder() {
    let map = example("cross-border-aid.ron");
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let ring = egui::Color32::from_rgb(0xe0, 0x80, 0x10);
    let ring_alpha = |canvas: &Canvas| {
        canvas
            .painted
            .shapes()
            .iter()
            .filter_map(|shape| match shape {
                egui::Shape::Circle(circle) => Some(circle.stroke.color),
                _ => None,
            })
            .filter(|colour| colour.r() > 0 && colour.g() < colour.r() && colour.b() < colour.g())
            .map(|colour| colour.a())
            .max()
    };
    for dimmed in [false, true] {
        let view = canvas.synced.view.as_mut().unwrap();
        for index in map.graph().node_indices() {
            let glyph = view.glyph_mut(index).unwrap();
            glyph.ring = Some(ring);
            glyph.emphasis.dimmed = dimmed;
        }
        canvas.painted.dirty = true;
        draw(&mut canvas, &ctx, &map, &mut selection, None);
        let alpha = ring_alpha(&canvas).unwrap();
        if dimmed {
            assert!(alpha < 200, "a faded member's ring is faint: alpha {alpha}");
        } else {
            assert_eq!(alpha, 255, "a member's ring is bright");
        }
    }
}

/// The example with every name in Chinese or Arabic (some mixed with
/// Latin), their fonts loaded as the app loads them.
fn example_in_other_scripts() -> Map {
    let mut map = example("cross-border-aid.ron");
    let names = [
        "联合国难民理事会",
        "منتدى وكالات الإغاثة",
        "UN مجلس الأمن",
        "中非共和国卫生部",
        "الهلال الأحمر",
        "国际红十字委员会 ICRC",
    ];
    let edits = map
        .stakeholders_sorted()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut s = (*s).clone();
            s.name = format!("{} {}", names[i % names.len()], i + 1);
            crate::edit::Edit::UpdateStakeholder(s)
        })
        .collect();
    crate::edit::Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

#[test]
fn names_in_chinese_and_arabic_are_placed_by_their_drawn_size_and_never_overlap() {
    let map = example_in_other_scripts();
    let ctx = egui::Context::default();
    let scripts = crate::ui::script::scripts_of_map(&map);
    let (missing, _) = crate::ui::script::fonts::install(&ctx, &scripts);
    assert!(missing.is_empty(), "no font for {missing:?}");
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    for _ in 0..3 {
        draw(&mut canvas, &ctx, &map, &mut selection, None);
    }
    let named = named(&canvas, &map);
    assert!(
        named.names * 2 >= named.glyphs,
        "{} of {} named",
        named.names,
        named.glyphs
    );
    assert!(named.unnamed_must.is_empty(), "{:?}", named.unnamed_must);
    assert!(named.misread.is_empty(), "{:?}", named.misread);
    let placed = &canvas.painted.drawn.names;
    for (i, a) in placed.iter().enumerate() {
        // Measured as drawn: a Chinese name is wider than its characters
        // counted as Latin letters would make it.
        assert!(a.rect.width() > 10.0 && a.rect.height() > 8.0, "{a:?}");
        for b in &placed[i + 1..] {
            assert!(!a.rect.intersects(b.rect), "{a:?} overlaps {b:?}");
        }
    }
}

/// One frame of the canvas at `time` (seconds) with `events`; returns
/// the shapes it painted.
fn frame_with(
    canvas: &mut Canvas,
    ctx: &egui::Context,
    map: &Map,
    time: f64,
    events: Vec<egui::Event>,
) -> Vec<egui::epaint::ClippedShape> {
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, VIEW)),
        time: Some(time),
        events,
        ..Default::default()
    };
    run_frame(canvas, ctx, map, &mut Selection::default(), input)
}

/// Whether the last frame drew the map afresh for the camera it shows.
fn drawn_for_the_camera(canvas: &Canvas) -> bool {
    canvas.painted.drawn_for() == Some(canvas.framing.camera)
}

/// Where the vertices of the largest mesh painted lie, and how many.
fn largest_mesh(shapes: &[egui::epaint::ClippedShape]) -> Option<(Rect, usize)> {
    shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) => Some((mesh.calc_bounds(), mesh.vertices.len())),
            _ => None,
        })
        .max_by_key(|(_, vertices)| *vertices)
}

/// Pans the canvas with the middle button from the middle of the view,
/// `steps` frames of `by` points each, starting at `time`; returns each
/// frame's shapes, and whether it drew the map afresh.
fn pan(
    canvas: &mut Canvas,
    ctx: &egui::Context,
    map: &Map,
    time: f64,
    steps: usize,
    by: Vec2,
) -> Vec<(Vec<egui::epaint::ClippedShape>, bool)> {
    let mut at = Pos2::new(VIEW.x / 2.0, VIEW.y / 2.0);
    let button = |pressed, pos| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Middle,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    frame_with(
        canvas,
        ctx,
        map,
        time,
        vec![egui::Event::PointerMoved(at), button(true, at)],
    );
    let mut frames = Vec::new();
    for step in 1..=steps {
        at += by;
        let shapes = frame_with(
            canvas,
            ctx,
            map,
            time + step as f64 / 60.0,
            vec![egui::Event::PointerMoved(at)],
        );
        frames.push((shapes, drawn_for_the_camera(canvas)));
    }
    frame_with(
        canvas,
        ctx,
        map,
        time + (steps + 1) as f64 / 60.0,
        vec![button(false, at)],
    );
    frames
}

#[test]
fn a_large_map_pans_by_moving_its_last_drawing_and_is_drawn_afresh_once_still() {
    let map = crate::analysis::generated_map(3000, 3000, 7);
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    frame_with(&mut canvas, &ctx, &map, 0.0, Vec::new());
    frame_with(&mut canvas, &ctx, &map, 1.0, Vec::new());
    assert!(drawn_for_the_camera(&canvas));
    let before = canvas.framing.camera;
    let frames = pan(&mut canvas, &ctx, &map, 2.0, 8, Vec2::new(12.0, 5.0));
    assert_ne!(canvas.framing.camera, before, "the middle button pans");
    // Past the drag's threshold, every frame moves the same triangles.
    assert!(frames[3..].iter().all(|(_, afresh)| !afresh));
    let moved: Vec<(Rect, usize)> = frames[3..]
        .iter()
        .map(|(shapes, _)| largest_mesh(shapes).expect("a mesh"))
        .collect();
    for pair in moved.windows(2) {
        let ((a, a_vertices), (b, b_vertices)) = (pair[0], pair[1]);
        assert_eq!(a_vertices, b_vertices);
        let shift = b.min - a.min;
        assert!((shift - Vec2::new(12.0, 5.0)).length() < 0.1, "{shift:?}");
        assert!((b.size() - a.size()).length() < 0.1);
    }
    // Still for a moment: drawn afresh for where the camera is.
    frame_with(&mut canvas, &ctx, &map, 2.5, Vec::new());
    assert!(drawn_for_the_camera(&canvas));
}

#[test]
fn a_small_map_is_drawn_afresh_on_every_frame_of_a_pan() {
    let map = example("protection-of-civilians.ron");
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    frame_with(&mut canvas, &ctx, &map, 0.0, Vec::new());
    frame_with(&mut canvas, &ctx, &map, 1.0, Vec::new());
    let mut at = 2.0;
    for _ in 0..2 {
        let frames = pan(&mut canvas, &ctx, &map, at, 6, Vec2::new(10.0, 0.0));
        assert!(frames.iter().all(|(_, afresh)| *afresh));
        at += 1.0;
    }
}

/// A move (a drag, Arrange, or the undo of either) keeps the view model
/// and moves its glyphs, which the pointer then finds where they went;
/// any other change has it built afresh.
#[test]
fn a_move_keeps_the_view_model_and_finds_each_glyph_where_it_went() {
    let map = crate::analysis::generated_map(300, 500, 7);
    let palette = Palette::light();
    let mut view = super::view_model::ViewModel::build(&map, palette);
    let by = Vec2::new(400.0, -150.0);
    let mut moved = map.clone();
    let places = map
        .stakeholders()
        .map(|s| {
            let at = super::view_model::to_pos(s.position) + by;
            (s.id.clone(), super::view_model::to_position(at))
        })
        .collect();
    crate::edit::Edit::Move(places).apply(&mut moved).unwrap();
    assert!(view.follow_moves(&moved, palette));
    for index in moved.graph().node_indices() {
        let at = super::view_model::to_pos(moved.graph()[index].position);
        assert_eq!(view.location(index), Some(at));
        let (mut nodes, mut edges) = (Vec::new(), Vec::new());
        view.near(&moved, at, 1.0, &mut nodes, &mut edges);
        assert!(nodes.contains(&index), "found where it went");
        let before = at - by;
        view.near(&moved, before, 1.0, &mut nodes, &mut edges);
        assert!(!nodes.contains(&index), "no longer where it was");
    }
    // Renamed, or another palette: built afresh.
    let mut renamed = moved.clone();
    let mut first = renamed.stakeholders().next().unwrap().clone();
    first.name.push_str(" (Église évangélique de Bangui)");
    crate::edit::Edit::UpdateStakeholder(first)
        .apply(&mut renamed)
        .unwrap();
    assert!(!view.follow_moves(&renamed, palette));
    assert!(!view.follow_moves(&moved, Palette::dark()));
    // A relation fewer: built afresh.
    let mut fewer = moved.clone();
    let relation = fewer.relations().next().unwrap().id.clone();
    crate::edit::Edit::DeleteRelation(relation)
        .apply(&mut fewer)
        .unwrap();
    assert!(!view.follow_moves(&fewer, palette));
}

/// The first look of the pointer after a move (by visiting every
/// stakeholder and relation) finds the same as the spatial index, and
/// does not make it; a second look does.
#[test]
fn the_pointer_finds_the_same_things_with_or_without_the_spatial_index() {
    let map = crate::analysis::generated_map(400, 900, 11);
    let palette = Palette::light();
    let mut without = super::view_model::ViewModel::build(&map, palette);
    let with = super::view_model::ViewModel::build(&map, palette);
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    let corner = Rect::from_min_size(Pos2::ZERO, Vec2::splat(1.0));
    with.in_sight(&map, corner, &mut nodes, &mut edges);
    assert!(with.has_index());
    let mut found_some = (false, false);
    for s in map.stakeholders().step_by(7) {
        for shift in [Vec2::ZERO, Vec2::new(9.0, -4.0), Vec2::new(-31.0, 17.0)] {
            let at = super::view_model::to_pos(s.position) + shift;
            let (mut a_nodes, mut a_edges, mut b_nodes, mut b_edges) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            // Moved nowhere: the index is dropped all the same.
            assert!(without.follow_moves(&map, palette));
            without.near(&map, at, 12.0, &mut a_nodes, &mut a_edges);
            assert!(!without.has_index());
            with.near(&map, at, 12.0, &mut b_nodes, &mut b_edges);
            assert_eq!((&a_nodes, &a_edges), (&b_nodes, &b_edges), "near {at:?}");
            found_some.0 |= !a_nodes.is_empty();
            found_some.1 |= !a_edges.is_empty();
        }
    }
    assert_eq!(found_some, (true, true));
    without.near(&map, Pos2::ZERO, 12.0, &mut nodes, &mut edges);
    assert!(without.has_index());
}

/// A pointer that stays put over a stakeholder keeps finding it without
/// looking again, and finds what is there once the glyphs move.
#[test]
fn a_pointer_that_stays_put_keeps_what_it_found_until_the_glyphs_move() {
    let map = example("protection-of-civilians.ron");
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut selection = Selection::default();
    draw(&mut canvas, &ctx, &map, &mut selection, None);
    let (index, at) = map
        .graph()
        .node_indices()
        .find_map(|index| {
            let at = canvas.screen_position(&map, &map.graph()[index].id)?;
            canvas
                .rect()
                .shrink(40.0)
                .contains(at)
                .then_some((index, at))
        })
        .unwrap();
    draw(&mut canvas, &ctx, &map, &mut selection, Some(at));
    draw(&mut canvas, &ctx, &map, &mut selection, Some(at));
    assert_eq!(canvas.gestures.hovered, Some(Hit::Stakeholder(index)));
    assert!(canvas.gestures.hovered_for.is_some());
    // The glyph goes elsewhere under the still pointer, as in a glide.
    let far = canvas.canvas_position(at) + Vec2::new(300.0, 0.0);
    canvas
        .synced
        .view
        .as_mut()
        .unwrap()
        .set_location(index, far);
    draw(&mut canvas, &ctx, &map, &mut selection, Some(at));
    assert_ne!(canvas.gestures.hovered, Some(Hit::Stakeholder(index)));
}

/// The triangles kept of a large map and its relations' lines each make a
/// mesh of egui's output alone, copied once into a mesh of their size:
/// nothing drawn before or after them is added to it.
#[test]
fn a_large_map_kept_as_triangles_is_a_mesh_of_its_own_in_the_output() {
    let map = crate::analysis::generated_map(3000, 3000, 7);
    let ctx = egui::Context::default();
    crate::ui::tessellated::enable(&ctx);
    let mut canvas = Canvas::default();
    frame_with(&mut canvas, &ctx, &map, 0.0, Vec::new());
    frame_with(&mut canvas, &ctx, &map, 1.0, Vec::new());
    canvas.painted.dirty = true;
    frame_with(&mut canvas, &ctx, &map, 2.0, Vec::new());
    let shapes = frame_with(&mut canvas, &ctx, &map, 3.0, Vec::new());
    assert!(canvas.painted.keeps_triangles());
    let meshes: Vec<usize> = shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) if mesh.vertices.len() > 1000 => Some(mesh.vertices.len()),
            _ => None,
        })
        .collect();
    assert_eq!(meshes.len(), 2, "the lines and the rest: {meshes:?}");
    let output = ctx.tessellate(shapes, 1.0);
    for vertices in meshes {
        assert!(
            output.iter().any(|clipped| matches!(
                &clipped.primitive,
                egui::epaint::Primitive::Mesh(mesh) if mesh.vertices.len() == vertices
            )),
            "no mesh of {vertices} vertices alone in the output"
        );
    }
}

/// A large map's drawing is painted again as the triangles egui made of
/// it, on every frame that does not change it: one mesh, not its shapes.
#[test]
fn a_large_map_is_painted_again_as_its_triangles_from_its_second_frame_until_put_away() {
    let map = crate::analysis::generated_map(3000, 3000, 7);
    let ctx = egui::Context::default();
    crate::ui::tessellated::enable(&ctx);
    let mut canvas = Canvas::default();
    let not_meshes = |shapes: &[egui::epaint::ClippedShape]| {
        shapes
            .iter()
            .filter(|clipped| !matches!(clipped.shape, egui::Shape::Mesh(_)))
            .count()
    };
    // A drawing made afresh frame after frame (a glide; here the map is
    // made again) gives egui its shapes: tessellated once a frame, not
    // twice.
    frame_with(&mut canvas, &ctx, &map, 0.0, Vec::new());
    canvas.painted.dirty = true;
    let again = frame_with(&mut canvas, &ctx, &map, 0.1, Vec::new());
    assert!(not_meshes(&again) > 1000, "{} shapes", not_meshes(&again));
    assert!(!canvas.painted.keeps_triangles());
    // Once still, the next drawing made afresh (a selection, say) is kept
    // as triangles at once, for the frames egui asks for after it.
    frame_with(&mut canvas, &ctx, &map, 0.2, Vec::new());
    canvas.painted.dirty = true;
    let once = frame_with(&mut canvas, &ctx, &map, 0.3, Vec::new());
    assert!(
        not_meshes(&once) < 10,
        "{} shapes besides meshes",
        not_meshes(&once)
    );
    assert!(canvas.painted.keeps_triangles());
    let shapes = frame_with(&mut canvas, &ctx, &map, 1.0, Vec::new());
    let (_, vertices) = largest_mesh(&shapes).expect("a mesh");
    assert!(vertices > 10_000, "{vertices} vertices in the largest mesh");
    assert!(
        not_meshes(&shapes) < 10,
        "{} shapes besides meshes",
        not_meshes(&shapes)
    );
    assert!(canvas.painted.keeps_triangles());
    // Another view shown lets the triangles go; back, they are made again
    // from the shapes kept, without drawing the map afresh.
    canvas.put_away();
    assert!(!canvas.painted.keeps_triangles());
    let back = frame_with(&mut canvas, &ctx, &map, 2.0, Vec::new());
    assert_eq!(largest_mesh(&back).map(|(_, v)| v), Some(vertices));
    assert!(canvas.painted.keeps_triangles());
}

/// What is in sight is the same whether the whole map is (everything, no
/// index built) or part of it (asked of the index): every stakeholder
/// whose centre is in sight, and every relation with an end in sight.
#[test]
fn in_sight_is_everything_when_the_map_is_and_what_lies_there_otherwise() {
    let map = crate::analysis::generated_map(400, 800, 7);
    let view = super::view_model::ViewModel::build(&map, Palette::light());
    let graph = map.graph();
    let extent = view.extent().expect("an extent");
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    view.in_sight(&map, extent.expand(1.0), &mut nodes, &mut edges);
    assert_eq!(nodes, graph.node_indices().collect::<Vec<_>>());
    assert_eq!(edges, graph.edge_indices().collect::<Vec<_>>());
    let left = Rect::from_min_max(extent.min, Pos2::new(extent.center().x, extent.max.y));
    view.in_sight(&map, left, &mut nodes, &mut edges);
    let at =
        |index: petgraph::stable_graph::NodeIndex| super::view_model::to_pos(graph[index].position);
    let inside: Vec<_> = graph
        .node_indices()
        .filter(|&index| left.contains(at(index)))
        .collect();
    assert!(!inside.is_empty() && inside.len() < graph.node_count());
    assert_eq!(nodes, inside);
    for edge in graph.edge_indices() {
        let (a, b) = graph.edge_endpoints(edge).unwrap();
        if left.contains(at(a)) || left.contains(at(b)) {
            assert!(edges.binary_search(&edge).is_ok(), "{edge:?} left out");
        }
    }
}
