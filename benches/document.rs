//! What a large map costs outside drawing, at 100, 1,000 and 5,000
//! stakeholders (two relations each; 20,000 with
//! `POWERMAP_BENCH_SIZES=20000`): opening a file (read and validate),
//! saving it, undoing a large batch, the full analysis, and Arrange (the
//! force layout run to convergence, as the background thread runs it).
//!
//! Targets at 5,000 (docs/PERFORMANCE.md): open ≤ 100 ms, analysis ≤ 1 s,
//! Arrange ≤ 2 s and no slower than graphviz `sfdp` on the same graph
//! (scripts/bench times sfdp). `cargo bench --bench document -- --quick`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use powermap::analysis::{self, Options, generated_map};
use powermap::edit::{Edit, History};
use powermap::model::{Map, Position};

#[path = "support/sizes.rs"]
mod sizes;
use sizes::sizes;

fn map(stakeholders: usize) -> Map {
    generated_map(stakeholders, 2 * stakeholders, 42)
}

/// Deletes every tenth stakeholder (with its relations and memberships)
/// as one step, the way a bulk delete is recorded.
fn delete_a_tenth(map: &Map) -> Edit {
    Edit::Batch(
        map.stakeholders_sorted()
            .iter()
            .step_by(10)
            .map(|s| Edit::DeleteStakeholder(s.id.clone()))
            .collect(),
    )
}

/// Moves every stakeholder a little, as Arrange does.
fn move_everyone(map: &Map) -> Edit {
    Edit::Move(
        map.stakeholders()
            .map(|s| {
                (
                    s.id.clone(),
                    Position::new(s.position.x + 10.0, s.position.y - 5.0),
                )
            })
            .collect(),
    )
}

fn document(c: &mut Criterion) {
    for n in sizes() {
        let map = map(n);
        let text = powermap::file::to_ron_string(&map).unwrap_or_default();
        let folder = tempfile::tempdir().ok();
        let path = folder.as_ref().map(|f| f.path().join("map.ron"));
        let mut group = c.benchmark_group(format!("document {n}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(4));
        group.bench_function("open (read and validate)", |b| {
            b.iter(|| powermap::file::load_str(black_box(&text)));
        });
        if let Some(path) = &path {
            group.bench_function("save", |b| {
                b.iter(|| powermap::file::save_file(black_box(&map), path));
            });
        }
        for (name, edit) in [
            ("undo delete of a tenth", delete_a_tenth(&map)),
            ("undo move of everyone", move_everyone(&map)),
        ] {
            group.bench_function(name, |b| {
                b.iter_batched_ref(
                    || {
                        let mut edited = map.clone();
                        let mut history = History::new();
                        let _ = history.apply(&mut edited, edit.clone());
                        (edited, history)
                    },
                    |(edited, history)| history.undo(edited).map(|label| label.is_some()),
                    BatchSize::LargeInput,
                );
            });
        }
        group.bench_function("analysis", |b| {
            b.iter(|| analysis::analyse(black_box(&map), &Options::default()));
        });
        group.bench_function("arrange", |b| {
            b.iter(|| powermap::layout::arrange(black_box(&map)));
        });
        group.finish();
    }
}

criterion_group!(benches, document);
criterion_main!(benches);
