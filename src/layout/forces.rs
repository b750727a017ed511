//! The forces on every stakeholder in one step, and the steps themselves:
//! Fruchterman–Reingold springs and repulsion (Barnes–Hut), a pull to the
//! middle, and Hu's adaptive step length.

use super::quadtree::QuadTree;
use super::{GRAVITY, IDEAL_LENGTH, Level, STEP_RATIO, TOLERANCE};

/// From this many points the repulsion is shared between the cores; each
/// point's push is computed alone, so the result is the same either way.
const PARALLEL_FROM: usize = 2_048;

/// The forces of one step, with the buffers they need kept from step to step.
pub(super) struct Forces {
    total: Vec<[f32; 2]>,
    tree: QuadTree,
    threads: usize,
}

impl Forces {
    pub(super) fn new(n: usize) -> Self {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        Self {
            total: vec![[0.0; 2]; n],
            tree: QuadTree::with_capacity(n),
            threads,
        }
    }

    /// Moves the level's stakeholders until they settle or `max_steps`
    /// have run, starting with steps of `step`. Pinned ones stay put.
    pub(super) fn settle(
        &mut self,
        level: &Level,
        pos: &mut [[f32; 2]],
        mut step: f32,
        max_steps: usize,
    ) {
        let mut energy = f32::INFINITY;
        let mut progress = 0;
        let movable = level.pinned.iter().filter(|p| !**p).count().max(1) as f32;
        for _ in 0..max_steps {
            self.compute(level, pos);
            let mut new_energy = 0.0;
            let mut moved = 0.0;
            for ((p, &[fx, fy]), &pinned) in pos.iter_mut().zip(&self.total).zip(&level.pinned) {
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
    }

    /// The force on each point: every point stands for `level.mass` of
    /// stakeholders, so a coarse level pushes and pulls as the map it
    /// stands for and settles in a disk of the same size.
    fn compute(&mut self, level: &Level, pos: &[[f32; 2]]) {
        let k2 = IDEAL_LENGTH * IDEAL_LENGTH;
        self.tree.build(pos, &level.mass);
        let tree = &self.tree;
        let push = |first: usize, out: &mut [[f32; 2]]| {
            for (offset, force) in out.iter_mut().enumerate() {
                let i = first + offset;
                let [rx, ry] = tree.repulsion(pos[i], i);
                let scale = k2 * level.mass[i];
                *force = [rx * scale, ry * scale];
            }
        };
        let n = pos.len();
        if self.threads > 1 && n >= PARALLEL_FROM {
            let chunk = n.div_ceil(self.threads);
            std::thread::scope(|scope| {
                for (c, out) in self.total[..n].chunks_mut(chunk).enumerate() {
                    scope.spawn(move || push(c * chunk, out));
                }
            });
        } else {
            push(0, &mut self.total[..n]);
        }
        let total = &mut self.total;
        for &(a, b, pull) in &level.edges {
            let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
            let d = (dx * dx + dy * dy).sqrt();
            // Springs pull with d²/k, stronger relations harder.
            let pull = d / IDEAL_LENGTH * pull;
            total[a][0] -= dx * pull;
            total[a][1] -= dy * pull;
            total[b][0] += dx * pull;
            total[b][1] += dy * pull;
        }
        // A pull to the middle, growing with distance, keeps separate
        // groups from drifting apart under repulsion that never ends.
        let centre = centroid(pos, &level.mass);
        for ((force, p), &mass) in total.iter_mut().zip(pos).zip(&level.mass) {
            force[0] -= (p[0] - centre[0]) * GRAVITY * mass;
            force[1] -= (p[1] - centre[1]) * GRAVITY * mass;
        }
    }
}

/// The centre of mass.
fn centroid(pos: &[[f32; 2]], mass: &[f32]) -> [f32; 2] {
    let (mut sum, mut weight) = ([0.0, 0.0], 0.0);
    for (p, &m) in pos.iter().zip(mass) {
        sum[0] += p[0] * m;
        sum[1] += p[1] * m;
        weight += m;
    }
    let weight = f32::max(weight, 1.0);
    [sum[0] / weight, sum[1] / weight]
}
