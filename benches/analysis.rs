//! The full analysis of a generated 5,000-stakeholder map with about 10,000
//! relations; the goal is under a second. The parts are timed too, to see
//! which one to work on when the whole gets slow; and the people suggested
//! for a job (budget 50 ms).
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

/// Who should do a job on the same map: the budget is 50 ms, so the job
/// editor can rank people on every change of the map.
fn job_suggestions(c: &mut Criterion) {
    use powermap::model::{Job, JobId, Kind};
    let map = analysis::generated_map(5_000, 10_000, 42);
    let mut job = Job::new(JobId::new("j1"), "Write the brief");
    job.expertise = vec!["research".to_owned(), "policy".to_owned()];
    job.coalition = map.coalitions().next().map(|c| c.id.clone());
    job.target = map
        .stakeholders_sorted()
        .into_iter()
        .find(|s| s.kind == Kind::Target)
        .map(|s| s.id.clone());
    let now = jiff::Timestamp::now();
    let mut group = c.benchmark_group("5000 stakeholders");
    group.sample_size(20);
    group.bench_function("suggestions for a job aimed at a target", |b| {
        b.iter(|| analysis::suggest(black_box(&map), black_box(&job), now));
    });
    group.finish();
}

criterion_group!(benches, full_analysis, job_suggestions);
criterion_main!(benches);
