//! "Arrange": a force layout the user asks for, never run on its own.
//!
//! Fruchterman–Reingold with repulsion limited to nearby stakeholders (a
//! grid of cells finds them), so each step costs about O(n) rather than
//! O(n²). Pinned stakeholders stay where they are and still push and pull
//! the others. Deterministic: the same map always arranges the same way.

use std::collections::HashMap;

use crate::model::{Map, Position, StakeholderId};

/// The distance the layout aims for between related stakeholders.
const IDEAL_LENGTH: f32 = 150.0;
const ITERATIONS: usize = 300;

/// New positions for every unpinned stakeholder that moves.
pub fn arrange(map: &Map) -> Vec<(StakeholderId, Position)> {
    let graph = map.graph();
    let indices: Vec<_> = graph.node_indices().collect();
    let n = indices.len();
    if n < 2 {
        return Vec::new();
    }
    let slot: HashMap<_, usize> = indices
        .iter()
        .enumerate()
        .map(|(i, &index)| (index, i))
        .collect();
    let pinned: Vec<bool> = indices.iter().map(|&i| graph[i].pinned).collect();
    let mut pos: Vec<[f32; 2]> = indices
        .iter()
        .map(|&i| [graph[i].position.x, graph[i].position.y])
        .collect();
    spread_coincident(&mut pos, &pinned);
    let edges: Vec<(usize, usize, f32)> = graph
        .edge_indices()
        .filter_map(|e| {
            let (a, b) = graph.edge_endpoints(e)?;
            Some((slot[&a], slot[&b], f32::from(graph[e].strength)))
        })
        .collect();

    let k = IDEAL_LENGTH;
    let cell = 2.5 * k;
    let mut temperature = k;
    let cooling = (1.0_f32 / k).powf(1.0 / ITERATIONS as f32);
    let mut disp = vec![[0.0_f32; 2]; n];
    for _ in 0..ITERATIONS {
        disp.fill([0.0, 0.0]);
        let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        for (i, p) in pos.iter().enumerate() {
            grid.entry(cell_of(*p, cell)).or_default().push(i);
        }
        for (i, p) in pos.iter().enumerate() {
            let (cx, cy) = cell_of(*p, cell);
            for gx in cx - 1..=cx + 1 {
                for gy in cy - 1..=cy + 1 {
                    let Some(others) = grid.get(&(gx, gy)) else {
                        continue;
                    };
                    for &j in others {
                        if j == i {
                            continue;
                        }
                        let (dx, dy) = (p[0] - pos[j][0], p[1] - pos[j][1]);
                        let d2 = (dx * dx + dy * dy).max(1.0);
                        if d2 > cell * cell {
                            continue;
                        }
                        let force = k * k / d2;
                        disp[i][0] += dx * force;
                        disp[i][1] += dy * force;
                    }
                }
            }
        }
        for &(a, b, strength) in &edges {
            let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            // Stronger relations pull harder: the force is d²/k, scaled.
            let pull = d / k * (0.6 + 0.2 * strength);
            disp[a][0] -= dx * pull;
            disp[a][1] -= dy * pull;
            disp[b][0] += dx * pull;
            disp[b][1] += dy * pull;
        }
        // A weak pull to the middle keeps separate groups from drifting apart.
        let centre = centroid(&pos);
        for i in 0..n {
            if pinned[i] {
                continue;
            }
            disp[i][0] -= (pos[i][0] - centre[0]) * 0.05;
            disp[i][1] -= (pos[i][1] - centre[1]) * 0.05;
            let length = (disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]).sqrt();
            if length > 0.0 {
                let step = length.min(temperature);
                pos[i][0] += disp[i][0] / length * step;
                pos[i][1] += disp[i][1] / length * step;
            }
        }
        temperature = (temperature * cooling).max(1.0);
    }
    indices
        .iter()
        .enumerate()
        .filter(|&(i, _)| !pinned[i])
        .filter_map(|(i, &index)| {
            let stakeholder = &graph[index];
            let new = Position::new(pos[i][0].round(), pos[i][1].round());
            (new != stakeholder.position && new.is_finite()).then(|| (stakeholder.id.clone(), new))
        })
        .collect()
}

fn cell_of(p: [f32; 2], cell: f32) -> (i32, i32) {
    ((p[0] / cell).floor() as i32, (p[1] / cell).floor() as i32)
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

    #[test]
    fn arranging_spreads_stakeholders_that_share_a_spot() {
        let mut map = chain(8, false);
        let moves = arrange(&map);
        Edit::Move(moves).apply(&mut map).unwrap();
        let positions: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
        for (i, a) in positions.iter().enumerate() {
            for b in &positions[i + 1..] {
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
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
}
