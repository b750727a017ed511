//! Change over time at scale: a generated map of 5,000 stakeholders (two
//! relations each) with 24 checkpoints and 50,000 observations (ten for
//! each stakeholder, of its stance, power, interest and commitment, spread
//! over the checkpoints' days).
//!
//! Timed: opening the file (reading and checking the text), the map as of
//! a day, the measure of change between the first checkpoint and now, and
//! editor frames looking back at a day and comparing two days (steady,
//! pan and zoom on the network; steady on the grid and the spectrum, and
//! a drag on the spectrum while comparing with now).
//!
//! Targets (docs/PERFORMANCE.md): opening ≤ 150 ms, the measure of change
//! ≤ 200 ms, frames steady ≤ 8 ms and under a gesture ≤ 16 ms.

#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Key, Modifiers, PointerButton, Pos2, Vec2};
use powermap::analysis::{change, generated_map};
use powermap::edit::Edit;
use powermap::file;
use powermap::model::{Checkpoint, Day, Map, Observation, Observed, Stance, Subject, as_of};
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings};

const STAKEHOLDERS: usize = 5_000;
const CHECKPOINTS: usize = 24;
const PER_STAKEHOLDER: usize = 10;
const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);
const CTRL: Modifiers = Modifiers {
    alt: false,
    ctrl: true,
    shift: false,
    mac_cmd: false,
    command: true,
};

/// The checkpoints' days: every other Monday of 2025 from 6 January.
fn days() -> Vec<Day> {
    let first = Day::parse("2025-01-06").expect("a real day");
    (0..CHECKPOINTS)
        .map(|k| first.plus_days(14 * k as i64))
        .collect()
}

/// The generated map with its history.
fn map_with_history() -> Map {
    let mut map = generated_map(STAKEHOLDERS, 2 * STAKEHOLDERS, 42);
    let days = days();
    let mut edits: Vec<Edit> = days
        .iter()
        .enumerate()
        .map(|(k, day)| {
            Edit::AddCheckpoint(Checkpoint {
                date: *day,
                name: format!("Review {}", k + 1),
            })
        })
        .collect();
    for (i, s) in map.stakeholders_sorted().into_iter().enumerate() {
        for j in 0..PER_STAKEHOLDER {
            let score = ((i + j) % 5 + 1) as u8;
            let value = match j % 4 {
                0 => Observed::Stance(Stance::ALL[(i + j) % Stance::ALL.len()]),
                1 => Observed::Power(score),
                2 => Observed::Interest(score),
                _ => Observed::Commitment(score),
            };
            // Distinct days for the same field: j, j + 4 and j + 8 land
            // 20 checkpoints apart.
            let day = days[(i + j * 5) % CHECKPOINTS];
            let mut observation = Observation::new(Subject::Stakeholder(s.id.clone()), day, value);
            if j == 0 {
                "Partners' meeting".clone_into(&mut observation.source);
            }
            edits.push(Edit::Observe(Box::new(observation)));
        }
    }
    Edit::Batch(edits)
        .apply(&mut map)
        .expect("the generated history is valid");
    map
}

type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// Times frames with the pointer resting in the middle of the view.
fn steady(group: &mut Group<'_>, name: &str, window: &mut HeadlessWindow) {
    window.move_pointer(Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0));
    window.settle(10);
    group.bench_function(name, |b| b.iter(|| black_box(window.frame())));
}

fn group(c: &mut Criterion) -> Group<'_> {
    let mut group = c.benchmark_group(format!("history {STAKEHOLDERS}"));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group
}

fn document(c: &mut Criterion) {
    let map = map_with_history();
    assert_eq!(
        map.timeline().observation_count(),
        STAKEHOLDERS * PER_STAKEHOLDER
    );
    let text = file::to_ron_string(&map).expect("the map writes");
    let days = days();
    let middle = days[CHECKPOINTS / 2];
    let mut group = group(c);
    group.bench_function("open", |b| {
        b.iter(|| file::load_str(black_box(&text)).expect("the map reads"));
    });
    group.bench_function("as of a day", |b| b.iter(|| black_box(as_of(&map, middle))));
    group.bench_function("change since the first checkpoint", |b| {
        b.iter(|| black_box(change(&map, days[0], None)));
    });
    group.finish();
}

fn frames(c: &mut Criterion) {
    let days = days();
    let app =
        PowermapApp::with_document(Document::new(map_with_history(), None), Settings::default());
    let mut window = HeadlessWindow::new(app, WINDOW);
    window.settle(30);
    let middle = Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0);
    let mut group = group(c);
    // Looking back at the middle checkpoint, compared with the first.
    window.app_mut().look_at(Some(days[CHECKPOINTS / 2]));
    window.app_mut().compare_with(Some(days[0]));
    window.settle(30);
    steady(
        &mut group,
        "network as of a day compared, steady",
        &mut window,
    );
    let mut step = 0usize;
    let mut swing = move || {
        step += 1;
        if (step / 10).is_multiple_of(2) {
            1.0
        } else {
            -1.0
        }
    };
    window.move_pointer(middle);
    window.frame();
    window.button(PointerButton::Middle, true);
    for _ in 0..3 {
        window.move_pointer(window.pointer() + Vec2::new(4.0, 3.0));
        window.frame();
    }
    group.bench_function("network as of a day compared, pan", |b| {
        b.iter(|| {
            let along = swing();
            window.move_pointer(window.pointer() + Vec2::new(7.0, 4.0) * along);
            black_box(window.frame())
        });
    });
    window.button(PointerButton::Middle, false);
    window.settle(30);
    group.bench_function("network as of a day compared, zoom", |b| {
        b.iter(|| {
            window.zoom(1.06_f32.powf(swing()));
            black_box(window.frame())
        });
    });
    window.settle(30);
    for (key, view) in [(Key::Num2, "grid"), (Key::Num3, "spectrum")] {
        window.press(CTRL, key);
        window.settle(30);
        steady(
            &mut group,
            &format!("{view} as of a day compared, steady"),
            &mut window,
        );
    }
    // Now, compared with the first checkpoint: a stakeholder dragged on
    // the spectrum, its arrow following.
    window.app_mut().look_at(None);
    window.settle(30);
    if let Some(at) = window.middle_stakeholder() {
        window.move_pointer(at);
        window.frame();
        window.button(PointerButton::Primary, true);
        for _ in 0..3 {
            window.move_pointer(window.pointer() + Vec2::new(4.0, 3.0));
            window.frame();
        }
        group.bench_function("spectrum compared, drag", |b| {
            b.iter(|| {
                let along = swing();
                window.move_pointer(window.pointer() + Vec2::new(7.0, 4.0) * along);
                black_box(window.frame())
            });
        });
        window.button(PointerButton::Primary, false);
    }
    group.finish();
}

criterion_group!(benches, document, frames);
criterion_main!(benches);
