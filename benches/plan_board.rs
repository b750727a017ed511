//! The jobs board's frame time: the real app drawn into an egui context and
//! tessellated (as `benches/frame.rs` does), the Plan tab open on a map of
//! 1,000 stakeholders with 500 jobs spread over the four columns, each with
//! an owner, most with a due date. Timed steady (nothing moves) and while a
//! card is dragged down over the board's drop zones, back and forth.
//!
//! Budgets (docs/PERFORMANCE.md): steady ≤ 8 ms, drag ≤ 16 ms.
//! `cargo bench --bench plan_board` takes under a minute.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{PointerButton, Pos2, Vec2};
use powermap::analysis::generated_map;
use powermap::edit::Edit;
use powermap::model::{Day, Job, JobStatus, Map};
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings};

const JOBS: usize = 500;
const STAKEHOLDERS: usize = 1_000;
/// The window size the app opens with.
const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);
/// Frames in one back-and-forth of the drag.
const CYCLE: usize = 20;

/// The generated map with 500 jobs: titles in three scripts, an owner each,
/// a helper for every third, due dates over two months for most.
fn planned_map() -> Map {
    let mut map = generated_map(STAKEHOLDERS, 2 * STAKEHOLDERS, 42);
    let people: Vec<_> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let start = Day::parse("2026-11-01").unwrap_or(Day::MIN);
    let mut ids = map.id_allocator();
    let edits: Vec<Edit> = (0..JOBS)
        .map(|n| {
            let title = match n % 3 {
                0 => format!("Brief for the Council, part {n}"),
                1 => format!("Communiqué de presse nº {n}"),
                _ => format!("联合国难民理事会 简报 {n}"),
            };
            let mut job = Job::new(ids.job(), title);
            job.status = JobStatus::ALL[n % JobStatus::ALL.len()];
            job.owner = Some(people[n % people.len()].clone());
            if n % 3 == 0 {
                job.helpers = vec![people[(n * 7 + 1) % people.len()].clone()];
            }
            if n % 5 != 0 {
                job.due = Some(start.plus_days((n % 60) as i64));
            }
            Edit::AddJob(Box::new(job))
        })
        .collect();
    if let Err(error) = Edit::Batch(edits).apply(&mut map) {
        panic!("adding the jobs: {error}");
    }
    map
}

fn editor(map: Map) -> HeadlessWindow {
    let app = PowermapApp::with_document(Document::new(map, None), Settings::default());
    let mut window = HeadlessWindow::new(app, WINDOW);
    window.settle(30);
    window
}

fn click(window: &mut HeadlessWindow, at: Pos2) {
    window.move_pointer(at);
    window.frame();
    window.button(PointerButton::Primary, true);
    window.frame();
    window.button(PointerButton::Primary, false);
    window.settle(30);
}

/// Where the Plan tab and the first card are: found by a screen reader in
/// a window of their own, as reading costs every frame.
fn places(map: &Map) -> (Pos2, Pos2) {
    let mut probe = editor(map.clone());
    let Some(tab) = probe.find_widget("Plan") else {
        panic!("no Plan tab");
    };
    click(&mut probe, tab.center());
    let first = map
        .plan()
        .jobs()
        .find(|job| job.status == JobStatus::ToDo)
        .map(|job| job.title.clone())
        .unwrap_or_default();
    let Some(card) = probe.find_widget(&first) else {
        panic!("no card “{first}” on the board");
    };
    (tab.center(), card.center())
}

fn board_frames(c: &mut Criterion) {
    let map = planned_map();
    let (tab, card) = places(&map);
    let mut window = editor(map);
    click(&mut window, tab);
    let mut group = c.benchmark_group(format!("plan board {JOBS} jobs"));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    window.move_pointer(card);
    window.settle(10);
    group.bench_function("steady", |b| b.iter(|| black_box(window.frame())));

    // A card picked up and carried down over the others and back.
    window.frame();
    window.button(PointerButton::Primary, true);
    window.frame();
    for _ in 0..3 {
        window.move_pointer(window.pointer() + Vec2::new(4.0, 3.0));
        window.frame();
    }
    let step_down = Vec2::new(6.0, 400.0) / (CYCLE as f32 / 2.0);
    let mut step = 0;
    group.bench_function("drag", |b| {
        b.iter(|| {
            step += 1;
            let along = if (step / (CYCLE / 2)).is_multiple_of(2) {
                1.0
            } else {
                -1.0
            };
            window.move_pointer(window.pointer() + step_down * along);
            black_box(window.frame())
        });
    });
    window.button(PointerButton::Primary, false);
    window.settle(30);
    group.finish();
}

criterion_group!(benches, board_frames);
criterion_main!(benches);
