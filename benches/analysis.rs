//! The full analysis of a generated 5,000-stakeholder map with about 10,000
//! relations; the goal is under a second. The parts are timed too, to see
//! which one to work on when the whole gets slow.
//!
//! Run with `cargo bench --bench analysis` (add `-- --quick` for a fast look).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use powermap::analysis::{self, Options, Scope};

fn full_analysis(c: &mut Criterion) {
    let map = analysis::generated_map(5_000, 10_000, 42);
    let options = Options::default();
    let mut group = c.benchmark_group("5000 stakeholders");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("full analysis", |b| {
        b.iter(|| analysis::analyse(black_box(&map), &options));
    });
    group.bench_function("influence paths", |b| {
        b.iter(|| analysis::influence_paths(black_box(&map), &Scope::AllCoalitions, 3));
    });
    group.bench_function("centrality", |b| {
        b.iter(|| analysis::centrality(black_box(&map)));
    });
    group.bench_function("health", |b| {
        b.iter(|| analysis::health(black_box(&map), &Scope::AllCoalitions));
    });
    group.finish();
}

criterion_group!(benches, full_analysis);
criterion_main!(benches);
