//! A Barnes–Hut quadtree over weighted points, in flat arrays rebuilt each
//! step: a group of stakeholders far enough away pushes as one.

/// Barnes–Hut opening angle: a group of stakeholders further away than
/// its size divided by this pushes as one.
const THETA: f32 = 1.0;
/// Below this size a cell is not split again: points this close push as one.
const MIN_HALF: f32 = 0.5;

pub(super) struct QuadTree {
    nodes: Vec<Cell>,
    points: Vec<[f32; 2]>,
    weights: Vec<f32>,
}

#[derive(Clone, Copy)]
struct Cell {
    centre: [f32; 2],
    half: f32,
    /// Sum of the weighted positions below, and of the weights: the
    /// centre of mass.
    mass_x: f32,
    mass_y: f32,
    weight: f32,
    /// How many points are below.
    count: u32,
    /// The first of four children, or 0 for a leaf.
    children: u32,
    /// The point a leaf holds, or `u32::MAX`.
    point: u32,
}

impl QuadTree {
    pub(super) fn with_capacity(n: usize) -> Self {
        Self {
            nodes: Vec::with_capacity(4 * n + 1),
            points: Vec::with_capacity(n),
            weights: Vec::with_capacity(n),
        }
    }

    /// Builds the tree over `pos`, each point weighing as much as the
    /// stakeholders it stands for (`weights`).
    pub(super) fn build(&mut self, pos: &[[f32; 2]], weights: &[f32]) {
        self.nodes.clear();
        self.points.clear();
        self.points.extend_from_slice(pos);
        self.weights.clear();
        self.weights.extend_from_slice(weights);
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
        let w = self.weights[point as usize];
        let mut cell = 0usize;
        loop {
            let node = &mut self.nodes[cell];
            node.add(p, w);
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
                    c.add(q, self.weights[old as usize]);
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

    /// The push on point `me` at `p` from all the others, each counted by
    /// its weight, per k².
    pub(super) fn repulsion(&self, p: [f32; 2], me: usize) -> [f32; 2] {
        let mut force = [0.0, 0.0];
        let mut stack = [0u32; 128];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let node = &self.nodes[stack[top] as usize];
            if node.count == 0 {
                continue;
            }
            let leaf = node.children == 0;
            if leaf && node.point == me as u32 && node.count == 1 {
                continue;
            }
            let (cx, cy) = (node.mass_x / node.weight, node.mass_y / node.weight);
            let (dx, dy) = (p[0] - cx, p[1] - cy);
            let d2 = dx * dx + dy * dy;
            let far = (2.0 * node.half) * (2.0 * node.half) < THETA * THETA * d2;
            if leaf || far || top + 4 > stack.len() {
                // A leaf with `me` in it pushes with the others only.
                let mut others = node.weight;
                if leaf && node.point == me as u32 {
                    others -= self.weights[me];
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
            weight: 0.0,
            count: 0,
            children: 0,
            point: u32::MAX,
        }
    }

    fn add(&mut self, p: [f32; 2], w: f32) {
        self.mass_x += p[0] * w;
        self.mass_y += p[1] * w;
        self.weight += w;
        self.count += 1;
    }
}

fn quadrant(centre: [f32; 2], p: [f32; 2]) -> usize {
    usize::from(p[0] >= centre[0]) + 2 * usize::from(p[1] >= centre[1])
}
