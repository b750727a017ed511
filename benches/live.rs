//! What a live session costs (issue 16), through the real sessions (Noise
//! over TCP on loopback, Automerge sync), laptops in one process:
//!
//! - edit-to-visible latency: from an edit on one laptop (applied through
//!   its history and synced, as the app does) to the change being in
//!   another laptop's map, with 2 and with 10 laptops (the change goes
//!   guest → host → guest with 10). Target: p95 ≤ 100 ms;
//! - the sidecar (the Automerge state kept beside the RON file) of a
//!   5,000-stakeholder map: its size against the RON file's (target ≤ 2×)
//!   and the time to open it (target ≤ 200 ms);
//! - sustained editing: 10 laptops × 20 edits/s for 60 s
//!   (`POWERMAP_LIVE_SECS` and `POWERMAP_LIVE_EVERY_MS` to change), run once: how long the laptops took
//!   to converge after the last edit and the peak backlog (edits made
//!   elsewhere that a laptop had not yet seen).
//!
//! `cargo bench --bench live -- --quick`; `-- sustained` runs only the
//! sustained session.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use powermap::analysis::generated_map;
use powermap::edit::{Edit, History};
use powermap::live::{JoinCode, LiveDoc, Session, SessionOptions};
use powermap::model::{Map, Position, StakeholderId};

const CODE: &str = "K7QM-4PXR-2HTW";
const WAIT: Duration = Duration::from_secs(60);
/// The sustained session: 10 laptops, each editing every 50 ms.
const PEERS: usize = 10;
const EVERY: Duration = Duration::from_millis(50);
/// How often a laptop of the sustained session takes in the others'
/// changes: once a frame at 60 frames a second, as the app does (a peer's
/// change asks for a frame, and the frame reads the document back).
const FRAME: Duration = Duration::from_millis(16);
/// Names in three scripts, so the figures are those of real workshops.
const NAMES: [&str; 3] = [
    "منتدى وكالات الإغاثة",
    "联合国难民理事会",
    "Église évangélique de Bangui",
];

fn code() -> JoinCode {
    JoinCode::parse(CODE).unwrap()
}

fn options(name: &str) -> SessionOptions {
    SessionOptions {
        name: name.to_owned(),
        reconnect_delay: Duration::from_millis(100),
        ..SessionOptions::default()
    }
}

/// One laptop: its map, its own undo history and its session.
struct Laptop {
    map: Map,
    history: History,
    session: Session,
}

impl Laptop {
    fn edit(&mut self, edit: Edit) {
        self.history.apply(&mut self.map, edit).unwrap();
        self.session.sync(&mut self.map).unwrap();
    }

    /// Takes in the others' changes if there are any, as a frame does.
    fn take_in(&mut self) {
        if self.session.has_remote_changes() {
            self.session.sync(&mut self.map).unwrap();
        }
    }
}

/// A host with `map` and `peers - 1` laptops joined, all holding the map.
fn session(map: Map, peers: usize) -> Vec<Laptop> {
    let doc = LiveDoc::from_map(&map, false).unwrap();
    let host = Session::host_on(
        doc,
        code(),
        SocketAddr::from(([127, 0, 0, 1], 0)),
        options(NAMES[0]),
        Arc::new(|| {}),
    )
    .unwrap();
    let address = host.address();
    let mut laptops = vec![Laptop {
        map,
        history: History::new(),
        session: host,
    }];
    for i in 1..peers {
        let session = Session::join(
            LiveDoc::empty(false).unwrap(),
            address,
            code(),
            options(&format!("{} {i}", NAMES[i % NAMES.len()])),
            Arc::new(|| {}),
        )
        .unwrap();
        laptops.push(Laptop {
            map: Map::default(),
            history: History::new(),
            session,
        });
    }
    converge(&mut laptops);
    laptops
}

/// Syncs every laptop until all hold the same map and know it.
fn converge(laptops: &mut [Laptop]) {
    let deadline = Instant::now() + WAIT;
    loop {
        for laptop in laptops.iter_mut() {
            laptop.session.sync(&mut laptop.map).unwrap();
        }
        let same = laptops.windows(2).all(|pair| pair[0].map == pair[1].map);
        if same
            && laptops
                .iter()
                .all(|l| l.session.in_step() && !l.session.has_remote_changes())
        {
            return;
        }
        assert!(Instant::now() < deadline, "the laptops did not converge");
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Takes in the others' changes on their own thread, as their own
/// laptops would, until the returned flag is set.
fn elsewhere(mut others: Vec<Laptop>) -> (Arc<AtomicBool>, std::thread::JoinHandle<()>) {
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = Arc::clone(&stop);
    let thread = std::thread::spawn(move || {
        while !stopping.load(Ordering::Relaxed) {
            for laptop in &mut others {
                laptop.take_in();
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    });
    (stop, thread)
}

/// From an edit on one laptop to the change in another's map.
fn latency(c: &mut Criterion) {
    for peers in [2, 10] {
        let mut laptops = session(generated_map(100, 200, 42), peers);
        let ids: Vec<StakeholderId> = laptops[0]
            .map
            .stakeholders_sorted()
            .iter()
            .map(|s| s.id.clone())
            .collect();
        // With 2 laptops the guest edits and the host sees it; with more,
        // one guest edits and another sees it through the host, while the
        // rest (the host too) take in every change on a thread of theirs.
        let (mut editor, mut viewer, others) = if peers == 2 {
            let guest = laptops.pop().unwrap();
            (guest, laptops.pop().unwrap(), Vec::new())
        } else {
            let mut rest = laptops.split_off(1);
            let viewer = rest.remove(1);
            let editor = rest.remove(0);
            laptops.extend(rest);
            (editor, viewer, laptops)
        };
        let (done, others) = elsewhere(others);
        let samples = Arc::new(Mutex::new(Vec::new()));
        let mut step = 0u64;
        let mut group = c.benchmark_group(format!("live {peers} laptops"));
        group.sample_size(30);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(5));
        group.bench_function("edit to visible", |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    step += 1;
                    let id = ids[step as usize % ids.len()].clone();
                    let to = Position::new(step as f32, -(step as f32));
                    let start = Instant::now();
                    editor.edit(Edit::Move(vec![(id.clone(), to)]));
                    loop {
                        viewer.take_in();
                        let seen = viewer
                            .map
                            .stakeholder(&id)
                            .is_some_and(|s| s.position == to);
                        if seen {
                            break;
                        }
                        assert!(start.elapsed() < WAIT, "the edit never arrived");
                        editor.take_in();
                        std::thread::sleep(Duration::from_micros(100));
                    }
                    let took = start.elapsed();
                    samples.lock().unwrap().push(took);
                    total += took;
                }
                total
            });
        });
        group.finish();
        done.store(true, Ordering::Relaxed);
        others.join().unwrap();
        let mut samples = samples.lock().unwrap().clone();
        if samples.is_empty() {
            // Filtered out.
            continue;
        }
        samples.sort();
        println!(
            "live {peers} laptops: edit to visible over {} edits: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            samples.len(),
            ms(percentile(&samples, 0.5)),
            ms(percentile(&samples, 0.95)),
            ms(percentile(&samples, 1.0)),
        );
    }
}

/// What one exchange costs a laptop on the 100-stakeholder map of the
/// latency bench: writing its own move into the document, and reading the
/// document back as it does when a peer's change comes in.
fn mirror(c: &mut Criterion) {
    let map = generated_map(100, 200, 42);
    let mut doc = LiveDoc::from_map(&map, false).unwrap();
    let id = map.stakeholders_sorted()[0].id.clone();
    let mut group = c.benchmark_group("live mirror 100");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let mut step = 0u32;
    let mut moved = map.clone();
    group.bench_function("record one move", |b| {
        b.iter(|| {
            step += 1;
            Edit::Move(vec![(id.clone(), Position::new(step as f32, 0.0))])
                .apply(&mut moved)
                .unwrap();
            doc.record(black_box(&moved)).unwrap()
        });
    });
    group.bench_function("read the document back", |b| {
        b.iter(|| doc.materialize(black_box(&map)));
    });
    group.finish();
}

/// The sidecar of a 5,000-stakeholder map: size and opening.
fn sidecar(c: &mut Criterion) {
    let map = generated_map(5000, 10_000, 42);
    let ron = powermap::file::to_ron_string(&map).unwrap();
    let started = Instant::now();
    let mut doc = LiveDoc::from_map(&map, false).unwrap();
    let made = started.elapsed();
    let bytes = doc.save();
    println!(
        "live sidecar of 5000 stakeholders: {} bytes against {} bytes of RON ({:.2}×); made in {:.0} ms",
        bytes.len(),
        ron.len(),
        bytes.len() as f64 / ron.len() as f64,
        ms(made),
    );
    let mut group = c.benchmark_group("live sidecar 5000");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("open (load the document)", |b| {
        b.iter(|| LiveDoc::load(black_box(&bytes), false).unwrap());
    });
    group.bench_function("open and read back the map", |b| {
        b.iter(|| {
            let doc = LiveDoc::load(black_box(&bytes), false).unwrap();
            doc.materialize(&map)
        });
    });
    group.bench_function("start from the map (no sidecar)", |b| {
        b.iter(|| LiveDoc::from_map(black_box(&map), false).unwrap());
    });
    group.finish();
}

/// Whether the arguments ask for the sustained session: no filter, or a
/// filter it matches.
fn sustained_wanted() -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty()
        || filters
            .iter()
            .any(|f| "live sustained".contains(f.as_str()))
}

/// 10 laptops × 20 edits/s, each moving its own stakeholder (and now and
/// then renaming it), then converging.
fn sustained(_: &mut Criterion) {
    if !sustained_wanted() {
        return;
    }
    let secs: u64 = std::env::var("POWERMAP_LIVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let every = std::env::var("POWERMAP_LIVE_EVERY_MS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(EVERY, Duration::from_millis);
    let laptops = session(generated_map(100, 200, 42), PEERS);
    let ids: Vec<StakeholderId> = laptops[0]
        .map
        .stakeholders_sorted()
        .iter()
        .take(PEERS)
        .map(|s| s.id.clone())
        .collect();
    let sent: Arc<Vec<AtomicU64>> = Arc::new((0..PEERS).map(|_| AtomicU64::new(0)).collect());
    let peak_backlog = Arc::new(AtomicU64::new(0));
    let last_edit = Arc::new(Mutex::new(Instant::now()));
    let stop = Arc::new(AtomicBool::new(false));
    let start = Arc::new(Barrier::new(PEERS + 1));
    let stopped = Arc::new(Barrier::new(PEERS + 1));
    let threads: Vec<_> = laptops
        .into_iter()
        .enumerate()
        .map(|(me, mut laptop)| {
            let ids = ids.clone();
            let sent = Arc::clone(&sent);
            let peak_backlog = Arc::clone(&peak_backlog);
            let last_edit = Arc::clone(&last_edit);
            let stop = Arc::clone(&stop);
            let start = Arc::clone(&start);
            let stopped = Arc::clone(&stopped);
            std::thread::spawn(move || {
                let seen = |map: &Map, j: usize| {
                    map.stakeholder(&ids[j])
                        .map_or(0, |s| s.position.x.max(0.0) as u64)
                };
                start.wait();
                let begun = Instant::now();
                let mut made = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let due = begun + every * made as u32;
                    if Instant::now() >= due {
                        made += 1;
                        let mut mine = laptop.map.stakeholder(&ids[me]).unwrap().clone();
                        mine.position = Position::new(made as f32, me as f32);
                        let edit = if made.is_multiple_of(10) {
                            mine.name = format!("{} {made}", NAMES[me % NAMES.len()]);
                            Edit::UpdateStakeholder(mine)
                        } else {
                            Edit::Move(vec![(mine.id.clone(), mine.position)])
                        };
                        laptop.edit(edit);
                        sent[me].store(made, Ordering::SeqCst);
                        *last_edit.lock().unwrap() = Instant::now();
                    }
                    laptop.take_in();
                    let backlog: u64 = (0..PEERS)
                        .filter(|&j| j != me)
                        .map(|j| {
                            sent[j]
                                .load(Ordering::SeqCst)
                                .saturating_sub(seen(&laptop.map, j))
                        })
                        .sum();
                    peak_backlog.fetch_max(backlog, Ordering::Relaxed);
                    let next = begun + every * made as u32;
                    std::thread::sleep(FRAME.min(next.saturating_duration_since(Instant::now())));
                }
                stopped.wait();
                // Every count is final now: wait until this laptop has all.
                let deadline = Instant::now() + WAIT;
                loop {
                    laptop.take_in();
                    let all =
                        (0..PEERS).all(|j| seen(&laptop.map, j) == sent[j].load(Ordering::SeqCst));
                    if all && laptop.session.in_step() && !laptop.session.has_remote_changes() {
                        break;
                    }
                    if Instant::now() >= deadline {
                        let lacking: Vec<(usize, u64, u64)> = (0..PEERS)
                            .map(|j| (j, seen(&laptop.map, j), sent[j].load(Ordering::SeqCst)))
                            .filter(|(_, seen, sent)| seen != sent)
                            .collect();
                        println!(
                            "live sustained: laptop {me} did not converge: (laptop, seen, sent) \
                             {lacking:?}, in step {}, remote changes {}, connections {}",
                            laptop.session.in_step(),
                            laptop.session.has_remote_changes(),
                            laptop.session.connection_count(),
                        );
                        return (None, laptop);
                    }
                    std::thread::sleep(FRAME);
                }
                (Some(Instant::now()), laptop)
            })
        })
        .collect();
    start.wait();
    std::thread::sleep(Duration::from_secs(secs));
    stop.store(true, Ordering::Relaxed);
    stopped.wait();
    let last = *last_edit.lock().unwrap();
    let mut done = Vec::new();
    let mut laptops = Vec::new();
    for thread in threads {
        let (at, laptop) = thread.join().unwrap();
        done.push(at);
        laptops.push(laptop);
    }
    let converged = done
        .iter()
        .copied()
        .collect::<Option<Vec<Instant>>>()
        .and_then(|done| done.into_iter().max())
        .map(|at| at.saturating_duration_since(last));
    let edits: u64 = sent.iter().map(|s| s.load(Ordering::SeqCst)).sum();
    let same = laptops.windows(2).all(|pair| pair[0].map == pair[1].map);
    if !same {
        println!("live sustained: the laptops ended with different maps");
    }
    let converged = converged.map_or_else(
        || format!("not converged {} s after the last edit", WAIT.as_secs()),
        |took| format!("all maps the same {:.1} ms after the last edit", ms(took)),
    );
    let queued = laptops[0].session.queued_peak();
    println!(
        "live sustained: {PEERS} laptops × one edit every {} ms for {secs} s: {edits} edits \
         ({:.1}/s), {converged}; peak backlog {} edits; the host's queue of one peer's sync \
         messages at most {} ({} bytes)",
        every.as_millis(),
        edits as f64 / secs as f64,
        peak_backlog.load(Ordering::Relaxed),
        queued.messages,
        queued.bytes,
    );
}

criterion_group!(benches, latency, mirror, sidecar, sustained);
criterion_main!(benches);
