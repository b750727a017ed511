//! "Arrange": a force layout the user asks for, never run on its own.
//!
//! A spring–electrical layout (Fruchterman–Reingold forces) whose
//! repulsion between every pair is approximated with a Barnes–Hut
//! quadtree, so one step costs O(n log n) rather than O(n²), and whose step
//! length adapts as in Hu's method, so it stops when the map has settled
//! rather than after a fixed count. Pinned stakeholders stay where they are
//! and still push and pull the others. Deterministic: the same map always
//! arranges the same way. [`ArrangeJob`] runs it on a thread of its own so
//! the window keeps drawing.

use std::collections::HashMap;
use std::sync::mpsc;

use crate::model::{Map, Position, StakeholderId};

/// The distance the layout aims for between related stakeholders.
const IDEAL_LENGTH: f32 = 150.0;
/// Steps at most, however slowly a map settles.
const MAX_STEPS: usize = 600;
/// Settled when stakeholders move less than this share of
/// [`IDEAL_LENGTH`] in a step, on average.
const TOLERANCE: f32 = 0.01;
/// Barnes–Hut opening angle: a group of stakeholders further away than
/// its size divided by this pushes as one.
const THETA: f32 = 1.0;
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
        let mut forces = Forces::new(n);
        let mut step = IDEAL_LENGTH;
        let mut energy = f32::INFINITY;
        let mut progress = 0;
        let movable = self.pinned.iter().filter(|p| !**p).count().max(1) as f32;
        for _ in 0..MAX_STEPS {
            forces.compute(&pos, &self.edges);
            let mut new_energy = 0.0;
            let mut moved = 0.0;
            for ((p, &[fx, fy]), &pinned) in pos.iter_mut().zip(&forces.total).zip(&self.pinned) {
                if pinned {
                    continue;
                }
                let length = (fx * fx + fy * fy).sqrt();
                new_energy += length * length;
                if length > 0.0 && length.is_finite() {
                    let scale = step / length;
                    p[0] += fx * scale;
                    p[1] += fy * scale;
                    moved += step;
                }
            }
            // Hu's adaptive step: grow it after a run of gains, shrink it
            // whenever the layout gets worse.
            if new_energy < energy {
                progress += 1;
                if progress >= 5 {
                    progress = 0;
                    step /= STEP_RATIO;
                }
            } else {
                progress = 0;
                step *= STEP_RATIO;
            }
            energy = new_energy;
            if moved / movable < TOLERANCE * IDEAL_LENGTH {
                break;
            }
        }
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

/// The forces on every stakeholder in one step, with the buffers they need
/// kept from step to step.
struct Forces {
    total: Vec<[f32; 2]>,
    tree: QuadTree,
}

impl Forces {
    fn new(n: usize) -> Self {
        Self {
            total: vec![[0.0; 2]; n],
            tree: QuadTree::with_capacity(n),
        }
    }

    fn compute(&mut self, pos: &[[f32; 2]], edges: &[(usize, usize, f32)]) {
        let k2 = IDEAL_LENGTH * IDEAL_LENGTH;
        self.tree.build(pos);
        for (i, p) in pos.iter().enumerate() {
            let [rx, ry] = self.tree.repulsion(*p, i);
            self.total[i] = [rx * k2, ry * k2];
        }
        for &(a, b, strength) in edges {
            let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
            let d = (dx * dx + dy * dy).sqrt();
            // Stronger relations pull harder: d²/k, scaled.
            let pull = d / IDEAL_LENGTH * (0.6 + 0.2 * strength);
            self.total[a][0] -= dx * pull;
            self.total[a][1] -= dy * pull;
            self.total[b][0] += dx * pull;
            self.total[b][1] += dy * pull;
        }
        // A pull to the middle, growing with distance, keeps separate
        // groups from drifting apart under repulsion that never ends.
        let centre = centroid(pos);
        let gravity = GRAVITY;
        for (force, p) in self.total.iter_mut().zip(pos) {
            force[0] -= (p[0] - centre[0]) * gravity;
            force[1] -= (p[1] - centre[1]) * gravity;
        }
    }
}

/// A Barnes–Hut quadtree over points, in flat arrays rebuilt each step.
struct QuadTree {
    nodes: Vec<Cell>,
    /// Which point each leaf holds (`usize::MAX` for an inner cell).
    points: Vec<[f32; 2]>,
}

#[derive(Clone, Copy)]
struct Cell {
    centre: [f32; 2],
    half: f32,
    /// Sum of the positions below, and how many: the centre of mass.
    mass_x: f32,
    mass_y: f32,
    count: u32,
    /// The first of four children, or 0 for a leaf.
    children: u32,
    /// The point a leaf holds, or `u32::MAX`.
    point: u32,
}

/// Below this size a cell is not split again: points this close push as one.
const MIN_HALF: f32 = 0.5;

impl QuadTree {
    fn with_capacity(n: usize) -> Self {
        Self {
            nodes: Vec::with_capacity(4 * n + 1),
            points: Vec::with_capacity(n),
        }
    }

    fn build(&mut self, pos: &[[f32; 2]]) {
        self.nodes.clear();
        self.points.clear();
        self.points.extend_from_slice(pos);
        let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            for axis in 0..2 {
                min[axis] = min[axis].min(p[axis]);
                max[axis] = max[axis].max(p[axis]);
            }
        }
        let half = ((max[0] - min[0]).max(max[1] - min[1]) / 2.0).max(1.0) * 1.01;
        let centre = [min[0].midpoint(max[0]), min[1].midpoint(max[1])];
        self.nodes.push(Cell::empty(centre, half));
        for i in 0..pos.len() {
            self.insert(i as u32);
        }
    }

    fn insert(&mut self, point: u32) {
        let p = self.points[point as usize];
        let mut cell = 0usize;
        loop {
            let node = &mut self.nodes[cell];
            node.mass_x += p[0];
            node.mass_y += p[1];
            node.count += 1;
            if node.children == 0 {
                if node.count == 1 {
                    node.point = point;
                    return;
                }
                if node.half < MIN_HALF {
                    // Too close to tell apart: the leaf holds them together.
                    return;
                }
                // Split the leaf and push its point one level down.
                let old = node.point;
                node.point = u32::MAX;
                let first = self.split(cell);
                if old != u32::MAX {
                    let q = self.points[old as usize];
                    let child = first + quadrant(self.nodes[cell].centre, q);
                    let c = &mut self.nodes[child];
                    c.mass_x += q[0];
                    c.mass_y += q[1];
                    c.count += 1;
                    c.point = old;
                }
            }
            cell = self.nodes[cell].children as usize + quadrant(self.nodes[cell].centre, p);
        }
    }

    /// Gives a cell four children; returns the first one's index.
    fn split(&mut self, cell: usize) -> usize {
        let first = self.nodes.len();
        let Cell { centre, half, .. } = self.nodes[cell];
        let h = half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            self.nodes
                .push(Cell::empty([centre[0] + dx, centre[1] + dy], h));
        }
        self.nodes[cell].children = first as u32;
        first
    }

    /// The push on point `me` at `p` from all the others, per k².
    fn repulsion(&self, p: [f32; 2], me: usize) -> [f32; 2] {
        let mut force = [0.0, 0.0];
        let mut stack = [0u32; 128];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let node = &self.nodes[stack[top] as usize];
            if node.count == 0 {
                continue;
            }
            let count = node.count as f32;
            let leaf = node.children == 0;
            if leaf && node.point == me as u32 && node.count == 1 {
                continue;
            }
            let (cx, cy) = (node.mass_x / count, node.mass_y / count);
            let (dx, dy) = (p[0] - cx, p[1] - cy);
            let d2 = dx * dx + dy * dy;
            let far = (2.0 * node.half) * (2.0 * node.half) < THETA * THETA * d2;
            if leaf || far || top + 4 > stack.len() {
                // A leaf with `me` in it pushes with the others only.
                let mut others = count;
                if leaf && node.point == me as u32 {
                    others -= 1.0;
                }
                let d2 = d2.max(1.0);
                force[0] += dx / d2 * others;
                force[1] += dy / d2 * others;
            } else {
                for child in 0..4 {
                    stack[top] = node.children + child;
                    top += 1;
                }
            }
        }
        force
    }
}

impl Cell {
    fn empty(centre: [f32; 2], half: f32) -> Self {
        Self {
            centre,
            half,
            mass_x: 0.0,
            mass_y: 0.0,
            count: 0,
            children: 0,
            point: u32::MAX,
        }
    }
}

fn quadrant(centre: [f32; 2], p: [f32; 2]) -> usize {
    usize::from(p[0] >= centre[0]) + 2 * usize::from(p[1] >= centre[1])
}

fn centroid(pos: &[[f32; 2]]) -> [f32; 2] {
    let n = pos.len().max(1) as f32;
    let sum = pos
        .iter()
        .fold([0.0, 0.0], |acc, p| [acc[0] + p[0], acc[1] + p[1]]);
    [sum[0] / n, sum[1] / n]
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
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Kind, Relation, RelationKind, Stakeholder};

    fn chain(n: usize, pin_first: bool) -> Map {
        let mut map = Map::new("Chain");
        let mut ids = map.id_allocator();
        let people: Vec<_> = (0..n).map(|_| ids.stakeholder()).collect();
        let mut edits = Vec::new();
        for (i, id) in people.iter().enumerate() {
            let mut s = Stakeholder::new(id.clone(), format!("S{i}"), Kind::Organization);
            s.pinned = pin_first && i == 0;
            s.position = Position::new(if i == 0 { 500.0 } else { 0.0 }, 0.0);
            edits.push(Edit::AddStakeholder(s));
        }
        for pair in people.windows(2) {
            edits.push(Edit::AddRelation(Relation::new(
                ids.relation(),
                pair[0].clone(),
                pair[1].clone(),
                RelationKind::Influences,
            )));
        }
        Edit::Batch(edits).apply(&mut map).unwrap();
        map
    }

    fn distance(a: Position, b: Position) -> f32 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    #[test]
    fn arranging_spreads_stakeholders_that_share_a_spot() {
        let mut map = chain(8, false);
        let moves = arrange(&map);
        Edit::Move(moves).apply(&mut map).unwrap();
        let positions: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
        for (i, a) in positions.iter().enumerate() {
            for b in &positions[i + 1..] {
                let d = distance(*a, *b);
                assert!(d > 40.0, "two stakeholders only {d} apart");
            }
        }
    }

    #[test]
    fn pinned_stakeholders_stay_where_they_are() {
        let map = chain(6, true);
        let first = map.stakeholders_sorted()[0].id.clone();
        assert!(arrange(&map).iter().all(|(id, _)| *id != first));
    }

    #[test]
    fn arranging_is_deterministic() {
        let map = chain(10, false);
        assert_eq!(arrange(&map), arrange(&map));
    }

    #[test]
    fn related_stakeholders_end_up_closer_than_unrelated_ones() {
        let mut map = crate::analysis::generated_map(400, 800, 11);
        Edit::Move(arrange(&map)).apply(&mut map).unwrap();
        let graph = map.graph();
        let related: f32 = graph
            .edge_indices()
            .filter_map(|e| graph.edge_endpoints(e))
            .map(|(a, b)| distance(graph[a].position, graph[b].position))
            .sum::<f32>()
            / graph.edge_count() as f32;
        let all: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
        let pairs = all.len() * (all.len() - 1) / 2;
        let mut sum = 0.0;
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                sum += distance(*a, *b);
            }
        }
        let unrelated = sum / pairs as f32;
        assert!(related * 3.0 < unrelated, "{related} vs {unrelated}");
    }

    #[test]
    fn the_quadtree_pushes_as_the_sum_over_every_pair_does() {
        let pos: Vec<[f32; 2]> = (0..300)
            .map(|i| {
                let a = i as f32 * 2.399_963;
                let r = 30.0 * (i as f32).sqrt();
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        let mut tree = QuadTree::with_capacity(pos.len());
        tree.build(&pos);
        for i in [0, 17, 150, 299] {
            let exact = pos.iter().enumerate().filter(|&(j, _)| j != i).fold(
                [0.0f32, 0.0],
                |acc, (_, q)| {
                    let (dx, dy) = (pos[i][0] - q[0], pos[i][1] - q[1]);
                    let d2 = (dx * dx + dy * dy).max(1.0);
                    [acc[0] + dx / d2, acc[1] + dy / d2]
                },
            );
            let approx = tree.repulsion(pos[i], i);
            let error = ((approx[0] - exact[0]).powi(2) + (approx[1] - exact[1]).powi(2)).sqrt();
            let size = (exact[0].powi(2) + exact[1].powi(2)).sqrt();
            assert!(error < 0.1 * size + 1e-3, "{approx:?} vs {exact:?}");
        }
    }
}
