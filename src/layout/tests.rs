use super::quadtree::QuadTree;
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
    tree.build(&pos, &vec![1.0; pos.len()]);
    for i in [0, 17, 150, 299] {
        let exact =
            pos.iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .fold([0.0f32, 0.0], |acc, (_, q)| {
                    let (dx, dy) = (pos[i][0] - q[0], pos[i][1] - q[1]);
                    let d2 = (dx * dx + dy * dy).max(1.0);
                    [acc[0] + dx / d2, acc[1] + dy / d2]
                });
        let approx = tree.repulsion(pos[i], i);
        let error = ((approx[0] - exact[0]).powi(2) + (approx[1] - exact[1]).powi(2)).sqrt();
        let size = (exact[0].powi(2) + exact[1].powi(2)).sqrt();
        assert!(error < 0.1 * size + 1e-3, "{approx:?} vs {exact:?}");
    }
}

/// Two communities of `half` stakeholders each, all at the origin, with
/// three relations each inside their community and a few across.
fn two_communities(half: usize) -> (Map, Vec<StakeholderId>) {
    let mut map = Map::new("Deux communautés");
    let mut ids = map.id_allocator();
    let people: Vec<_> = (0..2 * half).map(|_| ids.stakeholder()).collect();
    let mut edits = Vec::new();
    for (i, id) in people.iter().enumerate() {
        edits.push(Edit::AddStakeholder(Stakeholder::new(
            id.clone(),
            format!("Acteur {i}"),
            Kind::Organization,
        )));
    }
    let mut dice = 0x2545_f491_4f6c_dd1du64;
    let mut roll = |n: usize| {
        dice ^= dice << 13;
        dice ^= dice >> 7;
        dice ^= dice << 17;
        (dice % n as u64) as usize
    };
    for community in 0..2 {
        for i in 0..half {
            for _ in 0..3 {
                let j = roll(half);
                if j != i {
                    edits.push(Edit::AddRelation(Relation::new(
                        ids.relation(),
                        people[community * half + i].clone(),
                        people[community * half + j].clone(),
                        RelationKind::Influences,
                    )));
                }
            }
        }
    }
    for _ in 0..half / 50 {
        let (a, b) = (roll(half), half + roll(half));
        edits.push(Edit::AddRelation(Relation::new(
            ids.relation(),
            people[a].clone(),
            people[b].clone(),
            RelationKind::Influences,
        )));
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    (map, people)
}

fn level_of(map: &Map) -> (Level, Vec<[f32; 2]>) {
    let input = LayoutInput::of(map);
    let mut pos = input.start.clone();
    spread_coincident(&mut pos, &input.pinned);
    let level = Level {
        mass: vec![1.0; input.ids.len()],
        pinned: input.pinned,
        edges: input.edges,
    };
    (level, pos)
}

#[test]
fn coarsening_puts_every_stakeholder_in_exactly_one_group() {
    let map = crate::analysis::generated_map(3_000, 6_000, 5);
    let (mut level, mut pos) = level_of(&map);
    let mut levels = 0;
    while let Some(next) = coarsen::coarsen(&level, &pos) {
        assert_eq!(next.parent.len(), level.len());
        let mut members = vec![0.0f32; next.level.len()];
        for (i, &g) in next.parent.iter().enumerate() {
            members[g] += level.mass[i];
        }
        // Every group is somebody's, and weighs what its members weigh.
        assert!(
            members
                .iter()
                .zip(&next.level.mass)
                .all(|(a, b)| (a - b).abs() < 1e-3)
        );
        assert!(members.iter().all(|&m| m >= 1.0));
        assert!((next.level.mass.iter().sum::<f32>() - 3_000.0).abs() < 0.5);
        assert!(next.level.edges.iter().all(|&(a, b, _)| a < b));
        levels += 1;
        (level, pos) = (next.level, next.pos);
    }
    assert!(levels >= 5, "only {levels} levels");
    assert!(level.len() <= 200, "coarsest has {}", level.len());
}

#[test]
fn a_group_with_a_pinned_stakeholder_is_pinned_at_its_place() {
    let mut map = crate::analysis::generated_map(400, 800, 3);
    let pinned: Vec<_> = map
        .stakeholders_sorted()
        .iter()
        .step_by(7)
        .map(|s| s.id.clone())
        .collect();
    for id in &pinned {
        let mut s = map.stakeholder(id).unwrap().clone();
        s.pinned = true;
        Edit::UpdateStakeholder(s).apply(&mut map).unwrap();
    }
    let (level, pos) = level_of(&map);
    let next = coarsen::coarsen(&level, &pos).unwrap();
    for (i, &g) in next.parent.iter().enumerate() {
        if level.pinned[i] {
            assert!(next.level.pinned[g]);
            assert!(
                next.pos[g]
                    .iter()
                    .zip(&pos[i])
                    .all(|(a, b)| a.to_bits() == b.to_bits())
            );
        }
    }
    let moves = arrange(&map);
    assert!(moves.iter().all(|(id, _)| !pinned.contains(id)));
    assert!(moves.len() > 300);
}

#[test]
fn a_large_map_arranges_the_same_way_every_time() {
    let map = crate::analysis::generated_map(3_000, 6_000, 9);
    assert_eq!(arrange(&map), arrange(&map));
}

#[test]
fn two_communities_end_up_apart_and_each_together() {
    let (mut map, people) = two_communities(1_000);
    Edit::Move(arrange(&map)).apply(&mut map).unwrap();
    let place = |id: &StakeholderId| map.stakeholder(id).unwrap().position;
    let centre = |group: &[StakeholderId]| {
        let n = group.len() as f32;
        let (x, y) = group
            .iter()
            .map(place)
            .fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
        Position::new(x / n, y / n)
    };
    let (a, b) = people.split_at(1_000);
    let (ca, cb) = (centre(a), centre(b));
    let spread = |group: &[StakeholderId], c: Position| {
        group.iter().map(|id| distance(place(id), c)).sum::<f32>() / group.len() as f32
    };
    let apart = distance(ca, cb);
    let (sa, sb) = (spread(a, ca), spread(b, cb));
    assert!(
        apart > 1.5 * sa.max(sb),
        "{apart} apart, spreads {sa} and {sb}"
    );
    let graph = map.graph();
    let related = graph
        .edge_indices()
        .filter_map(|e| graph.edge_endpoints(e))
        .map(|(a, b)| distance(graph[a].position, graph[b].position))
        .sum::<f32>()
        / graph.edge_count() as f32;
    assert!(
        related * 3.0 < apart,
        "related {related}, communities {apart} apart"
    );
}

#[test]
fn no_two_stakeholders_pile_up_on_a_map_of_a_thousand() {
    let (mut map, _) = two_communities(500);
    Edit::Move(arrange(&map)).apply(&mut map).unwrap();
    let all: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
    let closest = all
        .iter()
        .enumerate()
        .flat_map(|(i, a)| all[i + 1..].iter().map(move |b| distance(*a, *b)))
        .fold(f32::INFINITY, f32::min);
    assert!(
        closest > 0.1 * IDEAL_LENGTH,
        "two stakeholders {closest} apart"
    );
}

#[test]
fn the_map_settles_in_a_disk_of_the_size_gravity_gives() {
    let (mut map, _) = two_communities(1_000);
    Edit::Move(arrange(&map)).apply(&mut map).unwrap();
    let all: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
    let n = all.len() as f32;
    let (x, y) = all.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    let centre = Position::new(x / n, y / n);
    let mut radii: Vec<f32> = all.iter().map(|p| distance(*p, centre)).collect();
    radii.sort_by(f32::total_cmp);
    let outer = radii[radii.len() * 95 / 100];
    let expected = IDEAL_LENGTH * (n / GRAVITY).sqrt();
    assert!(
        outer > 0.5 * expected && outer < 1.5 * expected,
        "95% within {outer}, expected about {expected}"
    );
}
