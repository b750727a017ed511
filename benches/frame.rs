//! Editor frame time: the real app drawn into an egui context and
//! tessellated, as a frame costs the CPU, on generated maps of 100, 1,000
//! and 5,000 stakeholders (two relations each). Each view is timed steady
//! (nothing moves) and under the gestures it has: pan, zoom and dragging
//! one stakeholder on the network; dragging on the grid and the spectrum;
//! scrolling the table. The same graph drawn by egui_graphs' plain
//! `DefaultGraphView` (labels on) is timed in the same run as the peer.
//!
//! The 5,000 map is timed again with every name in Chinese ("frame 5000
//! chinese"), drawn with the Noto CJK font found on the system.
//!
//! Targets (docs/PERFORMANCE.md): at 5,000, steady ≤ 8 ms, pan/zoom/drag
//! ≤ 16 ms and at least 5× faster than the peer; at 1,000, any gesture
//! ≤ 4 ms. `cargo bench --bench frame -- --quick` takes a few minutes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_graphs::{
    DefaultEdgeShape, DefaultGraphView, DefaultNodeShape, LayoutStateRandom, SettingsNavigation,
    SettingsStyle,
};
use petgraph::Directed;
use petgraph::stable_graph::DefaultIx;
use powermap::analysis::generated_map;
use powermap::model::Map;
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings, WindowContent};

/// The window size the app opens with.
#[path = "support/sizes.rs"]
mod sizes;
use sizes::sizes;

const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);
/// Frames in one back-and-forth of a gesture, so it stays on screen.
const CYCLE: usize = 20;
const CTRL: Modifiers = Modifiers {
    alt: false,
    ctrl: true,
    shift: false,
    mac_cmd: false,
    command: true,
};

fn map(stakeholders: usize) -> Map {
    generated_map(stakeholders, 2 * stakeholders, 42)
}

fn editor(map: Map) -> HeadlessWindow {
    let app = PowermapApp::with_document(Document::new(map, None), Settings::default());
    let mut window = HeadlessWindow::new(app, WINDOW);
    window.settle(30);
    window
}

/// +1 for the first half of each cycle, −1 for the second.
fn swing(step: &mut usize) -> f32 {
    *step += 1;
    if (*step / (CYCLE / 2)).is_multiple_of(2) {
        1.0
    } else {
        -1.0
    }
}

/// Times frames with the pointer resting in the middle of the view.
fn steady(group: &mut Group<'_>, name: &str, window: &mut HeadlessWindow<impl WindowContent>) {
    let middle = Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0);
    window.move_pointer(middle);
    window.settle(10);
    group.bench_function(name, |b| b.iter(|| black_box(window.frame())));
}

/// Times frames of a drag with `button` from `from`, back and forth.
fn drag(
    group: &mut Group<'_>,
    name: &str,
    window: &mut HeadlessWindow<impl WindowContent>,
    button: PointerButton,
    from: Pos2,
) {
    window.move_pointer(from);
    window.frame();
    window.button(button, true);
    window.frame();
    // Past egui's drag threshold, so the gesture has started.
    for _ in 0..3 {
        window.move_pointer(window.pointer() + Vec2::new(4.0, 3.0));
        window.frame();
    }
    let mut step = 0;
    group.bench_function(name, |b| {
        b.iter(|| {
            let along = swing(&mut step);
            window.move_pointer(window.pointer() + Vec2::new(7.0, 4.0) * along);
            black_box(window.frame())
        });
    });
    window.button(button, false);
    window.settle(30);
}

/// Times frames of a pinch zoom around the middle, in and out again.
fn zoom(group: &mut Group<'_>, name: &str, window: &mut HeadlessWindow<impl WindowContent>) {
    window.move_pointer(Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0));
    window.frame();
    let mut step = 0;
    group.bench_function(name, |b| {
        b.iter(|| {
            window.zoom(1.06_f32.powf(swing(&mut step)));
            black_box(window.frame())
        });
    });
    window.settle(30);
}

type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

fn group(c: &mut Criterion, name: String) -> Group<'_> {
    let mut group = c.benchmark_group(name);
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group
}

/// The network at rest, panned with the middle button and zoomed.
fn network_frames(group: &mut Group<'_>, window: &mut HeadlessWindow) {
    steady(group, "network steady", window);
    let empty = window.pointer();
    drag(group, "network pan", window, PointerButton::Middle, empty);
    zoom(group, "network zoom", window);
}

fn editor_frames(c: &mut Criterion) {
    for n in sizes() {
        let mut group = group(c, format!("frame {n}"));
        let mut window = editor(map(n));
        network_frames(&mut group, &mut window);
        if let Some(at) = window.middle_stakeholder() {
            drag(
                &mut group,
                "network drag",
                &mut window,
                PointerButton::Primary,
                at,
            );
        }
        for (key, view) in [(Key::Num2, "grid"), (Key::Num3, "spectrum")] {
            window.press(CTRL, key);
            window.settle(30);
            steady(&mut group, &format!("{view} steady"), &mut window);
            if let Some(at) = window.middle_stakeholder() {
                drag(
                    &mut group,
                    &format!("{view} drag"),
                    &mut window,
                    PointerButton::Primary,
                    at,
                );
            }
        }
        window.press(CTRL, Key::Num4);
        window.settle(30);
        steady(&mut group, "table steady", &mut window);
        let mut step = 0;
        group.bench_function("table scroll", |b| {
            b.iter(|| {
                window.scroll(Vec2::new(0.0, 40.0 * swing(&mut step)));
                black_box(window.frame())
            });
        });
        group.finish();
    }
}

/// Chinese names, two to eight characters, all different.
fn in_chinese(mut map: Map) -> Map {
    const CHARACTERS: &[char] = &[
        '联', '合', '国', '难', '民', '理', '事', '会', '中', '华', '人', '共', '和', '妇', '女',
        '儿', '童', '基', '金', '红', '十', '字', '卫', '生', '部', '教', '育', '农', '业', '水',
        '发', '展', '银', '行', '社', '区', '协', '组', '织', '委', '员', '省', '市', '县', '乡',
    ];
    let edits = map
        .stakeholders_sorted()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut s = (*s).clone();
            let mut n = i + 1;
            s.name = String::new();
            while n > 0 || s.name.chars().count() < 2 {
                s.name.push(CHARACTERS[n % CHARACTERS.len()]);
                n /= CHARACTERS.len();
            }
            s.name.push_str(["协会", "委员会", "基金会", "部"][i % 4]);
            powermap::edit::Edit::UpdateStakeholder(s)
        })
        .collect();
    if let Err(error) = powermap::edit::Edit::Batch(edits).apply(&mut map) {
        panic!("renaming the generated map: {error}");
    }
    map
}

/// The 5,000 map named in Chinese: steady, pan and zoom on the network,
/// the boards and the table steady.
fn chinese_frames(c: &mut Criterion) {
    if !sizes().contains(&5_000) {
        return;
    }
    let mut group = group(c, "frame 5000 chinese".to_owned());
    let mut window = editor(in_chinese(map(5_000)));
    window.settle(30);
    network_frames(&mut group, &mut window);
    for (key, view) in [
        (Key::Num2, "grid"),
        (Key::Num3, "spectrum"),
        (Key::Num4, "table"),
    ] {
        window.press(CTRL, key);
        window.settle(30);
        steady(&mut group, &format!("{view} steady"), &mut window);
    }
    group.finish();
}

/// The same graph as egui_graphs draws it with its defaults, names shown.
struct Peer {
    graph: egui_graphs::Graph<(), (), Directed, DefaultIx, DefaultNodeShape, DefaultEdgeShape>,
    frames: usize,
}

impl Peer {
    fn of(map: &Map) -> Self {
        let mut graph = egui_graphs::Graph::new();
        let doc = map.graph();
        let mut node_of = std::collections::HashMap::new();
        for index in doc.node_indices() {
            let s = &doc[index];
            let at = Pos2::new(s.position.x, s.position.y);
            node_of.insert(
                index,
                graph.add_node_with_label_and_location((), s.name.clone(), at),
            );
        }
        for edge in doc.edge_indices() {
            if let Some((a, b)) = doc.edge_endpoints(edge) {
                graph.add_edge(node_of[&a], node_of[&b], ());
            }
        }
        Self { graph, frames: 0 }
    }
}

impl WindowContent for Peer {
    fn window_ui(&mut self, ui: &mut egui::Ui) {
        if self.frames == 0 {
            // The random layout would scatter the map's positions on the
            // first frame: mark it as done, so both draw the same picture.
            let done: LayoutStateRandom =
                serde_json::from_str(r#"{"triggered":true}"#).unwrap_or_default();
            egui_graphs::set_layout_state(ui, done, None);
        }
        // Fitted to the window on the first frame, then free to pan and zoom.
        let navigation = SettingsNavigation::new()
            .with_fit_to_screen_enabled(self.frames == 0)
            .with_zoom_and_pan_enabled(self.frames > 0);
        self.frames += 1;
        let style = SettingsStyle::new().with_labels_always(true);
        egui::CentralPanel::default().show(ui, |ui| {
            DefaultGraphView::new()
                .with_navigations(&navigation)
                .with_styles(&style)
                .show(ui, &mut self.graph);
        });
    }
}

fn peer_frames(c: &mut Criterion) {
    if std::env::var_os("POWERMAP_BENCH_NO_PEER").is_some() {
        return;
    }
    for n in sizes() {
        let mut group = group(c, format!("frame {n}"));
        let mut window = HeadlessWindow::new(Peer::of(&map(n)), WINDOW);
        steady(&mut group, "peer steady", &mut window);
        let empty = window.pointer();
        drag(
            &mut group,
            "peer pan",
            &mut window,
            PointerButton::Middle,
            empty,
        );
        zoom(&mut group, "peer zoom", &mut window);
        group.finish();
    }
}

criterion_group!(benches, editor_frames, chinese_frames, peer_frames);
criterion_main!(benches);
