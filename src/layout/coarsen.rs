//! The multilevel start (as sfdp, after Hu 2005): the map is coarsened by
//! matching each stakeholder with its most strongly related neighbour,
//! level after level, down to a few dozen groups; the coarsest is laid out
//! in full, and each finer level starts from its groups' places.

use super::{IDEAL_LENGTH, Level};

/// A point not in any group yet.
const FREE: usize = usize::MAX;
/// Coarsening stops at this many groups …
pub(super) const COARSEST: usize = 50;
/// … or when a level no longer shrinks below this share of the one before.
const SHRINK: f32 = 0.8;
/// A stakeholder no neighbour of which was free joins a neighbour's group
/// while it has fewer members than this.
const GROUP_CAP: usize = 4;
/// How far from its group's place a stakeholder starts, at most.
const OFFSET: f32 = 0.2 * IDEAL_LENGTH;

/// One coarser level: the groups, where they start, and which group each
/// point of the finer level went into.
pub(super) struct Coarse {
    pub level: Level,
    pub pos: Vec<[f32; 2]>,
    pub parent: Vec<usize>,
}

/// Groups the points of `fine` in twos (a few in threes or fours), or
/// `None` when that would not make the map much smaller. Two pinned points
/// never share a group; a group with a pinned point in it is pinned at
/// that point's place.
pub(super) fn coarsen(fine: &Level, pos: &[[f32; 2]]) -> Option<Coarse> {
    let n = fine.len();
    let neighbours = Neighbours::of(fine);
    // Leaves first, so they find a partner before their hub is taken.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&v| (neighbours.around(v).len(), v));
    let mut parent = vec![FREE; n];
    let mut groups: Vec<Vec<usize>> = Vec::with_capacity(n / 2 + 1);
    let heaviest = |v: usize, allowed: &dyn Fn(usize) -> bool| {
        let mut best: Option<(f32, usize)> = None;
        for &(u, pull) in neighbours.around(v) {
            if u == v || !allowed(u) || (fine.pinned[u] && fine.pinned[v]) {
                continue;
            }
            // Heavy edges first, light groups first: groups stay even.
            let score = pull / (fine.mass[u] * fine.mass[v]);
            if best.is_none_or(|(s, b)| score.total_cmp(&s).then(b.cmp(&u)).is_gt()) {
                best = Some((score, u));
            }
        }
        best.map(|(_, u)| u)
    };
    for &v in &order {
        if parent[v] != FREE {
            continue;
        }
        if let Some(u) = heaviest(v, &|u| parent[u] == FREE) {
            parent[v] = groups.len();
            parent[u] = groups.len();
            groups.push(vec![v, u]);
        }
    }
    // Those left over join a neighbour's small group, or stay alone.
    for &v in &order {
        if parent[v] != FREE {
            continue;
        }
        let joinable = |u: usize| {
            parent[u] != FREE
                && groups[parent[u]].len() < GROUP_CAP
                && !(fine.pinned[v] && groups[parent[u]].iter().any(|&w| fine.pinned[w]))
        };
        if let Some(u) = heaviest(v, &joinable) {
            parent[v] = parent[u];
            groups[parent[u]].push(v);
        } else {
            parent[v] = groups.len();
            groups.push(vec![v]);
        }
    }
    if groups.len() as f32 > SHRINK * n as f32 {
        return None;
    }
    let mut level = Level {
        mass: Vec::with_capacity(groups.len()),
        pinned: Vec::with_capacity(groups.len()),
        edges: Vec::new(),
    };
    let mut coarse_pos = Vec::with_capacity(groups.len());
    for members in &groups {
        let mass: f32 = members.iter().map(|&v| fine.mass[v]).sum();
        let pinned = members.iter().find(|&&v| fine.pinned[v]);
        let place = if let Some(&v) = pinned {
            pos[v]
        } else {
            let mut sum = [0.0, 0.0];
            for &v in members {
                sum[0] += pos[v][0] * fine.mass[v];
                sum[1] += pos[v][1] * fine.mass[v];
            }
            [sum[0] / mass, sum[1] / mass]
        };
        level.mass.push(mass);
        level.pinned.push(pinned.is_some());
        coarse_pos.push(place);
    }
    let mut edges: Vec<(usize, usize, f32)> = fine
        .edges
        .iter()
        .filter(|&&(a, b, _)| parent[a] != parent[b])
        .map(|&(a, b, pull)| {
            let (a, b) = (parent[a], parent[b]);
            (a.min(b), a.max(b), pull)
        })
        .collect();
    edges.sort_by_key(|&(a, b, _)| (a, b));
    for edge in edges {
        match level.edges.last_mut() {
            Some(last) if (last.0, last.1) == (edge.0, edge.1) => last.2 += edge.2,
            _ => level.edges.push(edge),
        }
    }
    Some(Coarse {
        level,
        pos: coarse_pos,
        parent,
    })
}

/// Where each point of the finer level starts once its group has settled
/// at `settled`: at its group's place, off it in the direction it had
/// from its group before (a step of a golden-angle spiral if it had none),
/// so the map keeps its shape. Pinned points stay at their own place.
pub(super) fn prolong(
    fine: &Level,
    start: &[[f32; 2]],
    parent: &[usize],
    coarse_start: &[[f32; 2]],
    settled: &[[f32; 2]],
) -> Vec<[f32; 2]> {
    let mut size = vec![0usize; settled.len()];
    for &g in parent {
        size[g] += 1;
    }
    (0..fine.len())
        .map(|i| {
            if fine.pinned[i] {
                return start[i];
            }
            let g = parent[i];
            let place = settled[g];
            if size[g] == 1 {
                return place;
            }
            let (dx, dy) = (
                start[i][0] - coarse_start[g][0],
                start[i][1] - coarse_start[g][1],
            );
            let length = (dx * dx + dy * dy).sqrt();
            let [dx, dy] = if length > 1e-3 {
                let scale = length.min(OFFSET) / length;
                [dx * scale, dy * scale]
            } else {
                let angle = i as f32 * 2.399_963;
                [OFFSET * 0.5 * angle.cos(), OFFSET * 0.5 * angle.sin()]
            };
            [place[0] + dx, place[1] + dy]
        })
        .collect()
}

/// Each point's neighbours and how hard they pull, in one flat array.
struct Neighbours {
    first: Vec<usize>,
    list: Vec<(usize, f32)>,
}

impl Neighbours {
    fn of(level: &Level) -> Self {
        let n = level.len();
        let mut first = vec![0usize; n + 1];
        for &(a, b, _) in &level.edges {
            first[a + 1] += 1;
            first[b + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut fill = first.clone();
        let mut list = vec![(0, 0.0); first[n]];
        for &(a, b, pull) in &level.edges {
            list[fill[a]] = (b, pull);
            fill[a] += 1;
            list[fill[b]] = (a, pull);
            fill[b] += 1;
        }
        Self { first, list }
    }

    fn around(&self, v: usize) -> &[(usize, f32)] {
        &self.list[self.first[v]..self.first[v + 1]]
    }
}
