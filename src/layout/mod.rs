//! "Arrange": a force layout the user asks for, never run on its own.
//!
//! A spring–electrical layout (Fruchterman–Reingold forces) whose
//! repulsion between every pair is approximated with a Barnes–Hut
//! quadtree, so one step costs O(n log n) rather than O(n²), and whose step
//! length adapts as in Hu's method, so it stops when the map has settled
//! rather than after a fixed count. A large map is first laid out coarse
//! (multilevel, as graphviz sfdp does; see [`coarsen`]): related
//! stakeholders are grouped in twos, level after level, the few dozen
//! groups left are laid out in full, and each finer level starts from its
//! groups' places and only refines. Pinned stakeholders stay where they are
//! and still push and pull the others. Deterministic: the same map always
//! arranges the same way. [`ArrangeJob`] runs it on a thread of its own so
//! the window keeps drawing.

use std::collections::HashMap;
use std::sync::mpsc;

use crate::model::{Map, Position, StakeholderId};

mod coarsen;
mod forces;
mod quadtree;

use forces::Forces;

/// The distance the layout aims for between related stakeholders.
const IDEAL_LENGTH: f32 = 150.0;
/// Steps at most, however slowly a map settles.
const MAX_STEPS: usize = 600;
/// Settled when stakeholders move less than this share of
/// [`IDEAL_LENGTH`] in a step, on average.
const TOLERANCE: f32 = 0.01;
/// The first step on a finer level, which starts nearly in place.
const REFINE_STEP: f32 = 0.3 * IDEAL_LENGTH;
/// Steps at least on a finer level.
const MIN_REFINE_STEPS: usize = 30;
/// How much the step grows or shrinks when the layout gains or loses.
const STEP_RATIO: f32 = 0.9;
/// The pull to the middle per unit of distance. Repulsion from a disk of
/// n stakeholders at its rim is n·k²/R, so this settles a map in a disk of
/// radius about k·√(n/GRAVITY), whatever its size: with 4, about as much
/// room per stakeholder as a hand-drawn map gives (a weaker pull spread a
/// map of 5,000 wider than the view can show).
const GRAVITY: f32 = 4.0;

/// What the layout needs of a map: plain arrays, taken once, so a
/// background thread can work without the document.
#[derive(Clone, Debug)]
pub struct LayoutInput {
    ids: Vec<StakeholderId>,
    start: Vec<[f32; 2]>,
    pinned: Vec<bool>,
    /// Both ends and the relation's strength (1–3).
    edges: Vec<(usize, usize, f32)>,
}

impl LayoutInput {
    pub fn of(map: &Map) -> Self {
        let graph = map.graph();
        let indices: Vec<_> = graph.node_indices().collect();
        let slot: HashMap<_, usize> = indices
            .iter()
            .enumerate()
            .map(|(i, &index)| (index, i))
            .collect();
        Self {
            ids: indices.iter().map(|&i| graph[i].id.clone()).collect(),
            start: indices
                .iter()
                .map(|&i| [graph[i].position.x, graph[i].position.y])
                .collect(),
            pinned: indices.iter().map(|&i| graph[i].pinned).collect(),
            edges: graph
                .edge_indices()
                .filter_map(|e| {
                    let (a, b) = graph.edge_endpoints(e)?;
                    Some((slot[&a], slot[&b], f32::from(graph[e].strength)))
                })
                .collect(),
        }
    }

    /// New positions for every unpinned stakeholder that moves.
    pub fn arrange(self) -> Vec<(StakeholderId, Position)> {
        let n = self.ids.len();
        if n < 2 {
            return Vec::new();
        }
        let mut pos = self.start.clone();
        spread_coincident(&mut pos, &self.pinned);
        let level = Level {
            mass: vec![1.0; n],
            pinned: self.pinned.clone(),
            edges: self
                .edges
                .iter()
                .map(|&(a, b, strength)| (a, b, 0.6 + 0.2 * strength))
                .collect(),
        };
        multilevel(level, &mut pos);
        self.ids
            .into_iter()
            .enumerate()
            .filter(|&(i, _)| !self.pinned[i])
            .filter_map(|(i, id)| {
                let new = Position::new(pos[i][0].round(), pos[i][1].round());
                let old = Position::new(self.start[i][0], self.start[i][1]);
                (new != old && new.is_finite()).then_some((id, new))
            })
            .collect()
    }
}

/// Lays out every level from the coarsest to `fine` itself, each starting
/// where the coarser one settled; `pos` holds where the map starts and
/// ends. The coarsest runs to the end; finer ones only refine, in fewer
/// steps the larger they are.
fn multilevel(fine: Level, pos: &mut [[f32; 2]]) {
    let mut levels = vec![(fine, pos.to_vec())];
    // Which group of the next coarser level each point went into.
    let mut parents: Vec<Vec<usize>> = Vec::new();
    while let Some((level, start)) = levels.last()
        && level.len() > coarsen::COARSEST
        && let Some(next) = coarsen::coarsen(level, start)
    {
        levels.push((next.level, next.pos));
        parents.push(next.parent);
    }
    let mut forces = Forces::new(pos.len());
    let Some((coarsest, mut coarse_start)) = levels.pop() else {
        return;
    };
    let mut settled = coarse_start.clone();
    forces.settle(&coarsest, &mut settled, IDEAL_LENGTH, MAX_STEPS);
    while let (Some((level, start)), Some(parent)) = (levels.pop(), parents.pop()) {
        settled = coarsen::prolong(&level, &start, &parent, &coarse_start, &settled);
        forces.settle(&level, &mut settled, REFINE_STEP, refine_steps(level.len()));
        coarse_start = start;
    }
    pos.copy_from_slice(&settled);
}

/// Steps at most on a finer level of `n` points: the coarse levels have
/// already placed the map, so the finest only smooths it locally.
fn refine_steps(n: usize) -> usize {
    let share = (coarsen::COARSEST as f32 / n.max(1) as f32).sqrt();
    ((MAX_STEPS as f32 * share) as usize).clamp(MIN_REFINE_STEPS, MAX_STEPS)
}

/// The points of one level: how many stakeholders each stands for,
/// whether it is pinned, and the relations between them with how hard
/// each pulls (stronger relations, and more of them, pull harder).
#[derive(Clone, Debug)]
struct Level {
    mass: Vec<f32>,
    pinned: Vec<bool>,
    edges: Vec<(usize, usize, f32)>,
}

impl Level {
    fn len(&self) -> usize {
        self.mass.len()
    }
}

/// New positions for every unpinned stakeholder that moves.
pub fn arrange(map: &Map) -> Vec<(StakeholderId, Position)> {
    LayoutInput::of(map).arrange()
}

/// Arrange running on another thread.
pub struct ArrangeJob {
    /// The document generation it arranges; a map changed since gets none of it.
    pub generation: u64,
    result: mpsc::Receiver<Vec<(StakeholderId, Position)>>,
}

impl ArrangeJob {
    pub fn start(map: &Map, generation: u64) -> Self {
        let input = LayoutInput::of(map);
        let (sender, result) = mpsc::channel();
        std::thread::spawn(move || {
            // The window may have closed the job already; then nobody waits.
            let _ = sender.send(input.arrange());
        });
        Self { generation, result }
    }

    pub fn poll(&self) -> ArrangeStatus {
        match self.result.try_recv() {
            Ok(moves) => ArrangeStatus::Done(moves),
            Err(mpsc::TryRecvError::Empty) => ArrangeStatus::Running,
            Err(mpsc::TryRecvError::Disconnected) => ArrangeStatus::Failed,
        }
    }
}

/// Where a background Arrange is.
#[derive(Debug)]
pub enum ArrangeStatus {
    Running,
    /// New positions for every unpinned stakeholder that moves.
    Done(Vec<(StakeholderId, Position)>),
    /// The thread ended without an answer.
    Failed,
}

/// Stakeholders in the same spot (a new map, a paste) start on a spiral so
/// forces can tell them apart; the spiral is fixed, so the result is too.
fn spread_coincident(pos: &mut [[f32; 2]], pinned: &[bool]) {
    let mut seen: HashMap<(i64, i64), usize> = HashMap::new();
    for (i, p) in pos.iter_mut().enumerate() {
        if pinned[i] || !p[0].is_finite() || !p[1].is_finite() {
            if !p[0].is_finite() || !p[1].is_finite() {
                *p = [0.0, 0.0];
            }
            continue;
        }
        let key = ((p[0] * 10.0) as i64, (p[1] * 10.0) as i64);
        let count = seen.entry(key).or_insert(0);
        if *count > 0 {
            let angle = *count as f32 * 2.399_963;
            let radius = 20.0 * (*count as f32).sqrt();
            p[0] += radius * angle.cos();
            p[1] += radius * angle.sin();
        }
        *count += 1;
    }
}

#[cfg(test)]
mod tests;
