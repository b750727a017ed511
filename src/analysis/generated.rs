//! Large made-up maps for benchmarks and tests: deterministic, shaped like
//! a research map that grew (clusters of stakeholders around an issue or a
//! place, a few targets, five coalitions drawn mostly from neighbouring
//! clusters, every relation kind, most relations inside a cluster), laid
//! out so a canvas has something to draw, and no one's real data.

use crate::model::{
    Coalition, CoalitionId, Confidence, Contribution, Kind, Map, Member, MemberRole, Position,
    Relation, RelationId, RelationKind, Rgb, Role, Stakeholder, StakeholderId, Stance,
};

/// A small, fast, seeded generator (xorshift64*), so benchmarks need no
/// extra dependency and every run sees the same map.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One of `choices`, each as likely as its weight.
    fn weighted<T: Clone>(&mut self, choices: &[(T, usize)]) -> T {
        let total: usize = choices.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (choice, weight) in choices {
            if roll < *weight {
                return choice.clone();
            }
            roll -= weight;
        }
        choices[0].0.clone()
    }

    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

const EXPERTISE: &[&str] = &[
    "research",
    "media",
    "legal",
    "policy",
    "grassroots",
    "faith",
    "finance",
    "diplomacy",
];

const ORGANIZATION_WORDS: &[&str] = &[
    "Rural",
    "Women's",
    "Youth",
    "Northern",
    "Coastal",
    "Health",
    "Land",
    "Water",
    "Teachers'",
    "Workers'",
    "Farmers'",
    "Legal",
    "Refugee",
    "Urban",
    "Civic",
    "Faith",
    "Climate",
    "Housing",
];
const ORGANIZATION_ENDINGS: &[&str] = &[
    "Alliance",
    "Network",
    "Association",
    "Forum",
    "Council",
    "Union",
    "Foundation",
    "Action Group",
    "Institute",
    "Coalition for Change",
];
const FIRST_NAMES: &[&str] = &[
    "Amina", "Jonas", "Leila", "Tomás", "Grace", "Ravi", "Sofia", "Kwame", "Ingrid", "Yusuf",
    "Mei", "Olga", "Daniel", "Fatou", "Hiro", "Lucía",
];
const LAST_NAMES: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreno",
    "Mensah",
    "Iyer",
    "Rossi",
    "Nakamura",
    "Kowalski",
    "Diallo",
    "Brennan",
    "Petrova",
];
const MEDIA: &[&str] = &["Daily", "Radio", "Weekly", "TV", "Online", "Gazette"];
const TARGETS: &[&str] = &[
    "Minister of",
    "Parliamentary Committee on",
    "Regional Governor for",
    "Secretary of State for",
];
const ISSUES: &[&str] = &["Health", "Land", "Water", "Education", "Labour", "Housing"];

/// Stakeholders in one cluster, on average: a district, an issue network.
const CLUSTER_SIZE: usize = 50;
/// Distance between neighbouring stakeholders of a cluster, in canvas units.
const SPACING: f32 = 75.0;

/// A map of `stakeholders` stakeholders and about `relations` relations
/// (twice as many relations as stakeholders is typical), in clusters, with
/// five coalitions; the same arguments always give the same map.
#[doc(hidden)]
pub fn generated_map(stakeholders: usize, relations: usize, seed: u64) -> Map {
    let mut dice = Dice(seed | 1);
    let mut map = Map::new(format!("Generated map of {stakeholders} stakeholders"));
    let clusters = stakeholders.div_ceil(CLUSTER_SIZE).max(1);
    let centres = cluster_centres(clusters);
    // Each cluster leans one way on the issue, as places and sectors do.
    let leanings: Vec<Stance> = (0..clusters)
        .map(|_| {
            dice.weighted(&[
                (Stance::ActiveAlly, 3),
                (Stance::PassiveAlly, 3),
                (Stance::Neutral, 2),
                (Stance::PassiveOpposition, 1),
                (Stance::ActiveOpposition, 1),
            ])
        })
        .collect();
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); clusters];
    let mut ids = Vec::with_capacity(stakeholders);
    let mut cluster_of = Vec::with_capacity(stakeholders);
    for i in 0..stakeholders {
        let cluster = i % clusters;
        let slot = members_of[cluster].len();
        let kind = dice.weighted(&[
            (Kind::Target, 3),
            (Kind::Organization, 50),
            (Kind::Individual, 20),
            (Kind::Media, 8),
            (Kind::Funder, 5),
            (Kind::Constituency, 9),
            (Kind::Other, 5),
        ]);
        let id = StakeholderId::new(format!("s{}", i + 1));
        let mut stakeholder = Stakeholder::new(id.clone(), name(&mut dice, kind, i), kind);
        stakeholder.stance = if dice.chance(12) {
            Stance::Unknown
        } else if dice.chance(65) {
            leanings[cluster]
        } else {
            dice.pick(Stance::ALL)
        };
        stakeholder.power = if kind == Kind::Target {
            4 + dice.below(2) as u8
        } else {
            1 + dice.below(5) as u8
        };
        stakeholder.interest = 1 + dice.below(5) as u8;
        stakeholder.commitment = 1 + dice.below(5) as u8;
        stakeholder.role = dice.weighted(&[
            (Role::LeadershipCore, 3),
            (Role::CorePartner, 10),
            (Role::NetworkMember, 37),
            (Role::External, 50),
        ]);
        for _ in 0..dice.below(4) {
            stakeholder.contributions.push(dice.pick(Contribution::ALL));
        }
        for _ in 0..dice.below(3) {
            stakeholder.expertise.push(dice.pick(EXPERTISE).to_owned());
        }
        // A sunflower inside the cluster: even spacing, no two in one spot.
        let angle = slot as f32 * 2.399_963;
        let radius = SPACING * 0.62 * (slot as f32 + 0.5).sqrt();
        let jitter = (dice.unit() - 0.5) * SPACING * 0.3;
        let centre = centres[cluster];
        stakeholder.position = Position::new(
            (centre.0 + (radius + jitter) * angle.cos()).round(),
            (centre.1 + (radius + jitter) * angle.sin()).round(),
        );
        if map.insert_stakeholder(stakeholder).is_ok() {
            members_of[cluster].push(ids.len());
            ids.push(id);
            cluster_of.push(cluster);
        }
    }
    if ids.len() < 2 {
        return map;
    }
    add_relations(
        &mut map,
        &mut dice,
        relations,
        &ids,
        &cluster_of,
        &members_of,
    );
    add_coalitions(&mut map, &mut dice, &ids, &cluster_of, clusters);
    map
}

/// Cluster centres on a square grid wide enough that clusters do not touch.
fn cluster_centres(clusters: usize) -> Vec<(f32, f32)> {
    let columns = (clusters as f32).sqrt().ceil().max(1.0) as usize;
    let reach = SPACING * 0.62 * (CLUSTER_SIZE as f32).sqrt();
    let step = reach * 2.0 + SPACING * 3.0;
    (0..clusters)
        .map(|c| {
            let (column, row) = (c % columns, c / columns);
            // Every other row shifted half a step, as a honeycomb.
            let shift = if row % 2 == 1 { step / 2.0 } else { 0.0 };
            (column as f32 * step + shift, row as f32 * step * 0.87)
        })
        .collect()
}

fn name(dice: &mut Dice, kind: Kind, i: usize) -> String {
    match kind {
        Kind::Individual => format!("{} {}", dice.pick(FIRST_NAMES), dice.pick(LAST_NAMES)),
        Kind::Target => format!("{} {} ({})", dice.pick(TARGETS), dice.pick(ISSUES), i + 1),
        Kind::Media => format!(
            "{} {} {}",
            dice.pick(ORGANIZATION_WORDS),
            dice.pick(MEDIA),
            i + 1
        ),
        _ => format!(
            "{} {} {}",
            dice.pick(ORGANIZATION_WORDS),
            dice.pick(ORGANIZATION_ENDINGS),
            i + 1
        ),
    }
}

fn add_relations(
    map: &mut Map,
    dice: &mut Dice,
    relations: usize,
    ids: &[StakeholderId],
    cluster_of: &[usize],
    members_of: &[Vec<usize>],
) {
    let relation_kinds: &[(RelationKind, usize)] = &[
        (RelationKind::Influences, 3),
        (RelationKind::HasAccessTo, 2),
        (RelationKind::AlliedWith, 1),
        (RelationKind::MemberOf, 1),
        (RelationKind::Funds, 1),
        (RelationKind::ReportsTo, 1),
        (RelationKind::Opposes, 1),
        (RelationKind::Cooperates, 1),
    ];
    let clusters = members_of.len();
    let mut serial = ids.len();
    for r in 0..relations {
        // Every stakeholder starts some relations, so none is left alone.
        let from = r % ids.len();
        let cluster = cluster_of[from];
        let to = if dice.chance(85) || clusters == 1 {
            let members = &members_of[cluster];
            members[dice.below(members.len())]
        } else {
            // Across the map, mostly to a neighbouring cluster.
            let other = if dice.chance(70) {
                (cluster + 1 + dice.below(3)) % clusters
            } else {
                dice.below(clusters)
            };
            let members = &members_of[other];
            if members.is_empty() {
                continue;
            }
            members[dice.below(members.len())]
        };
        if from == to {
            continue;
        }
        serial += 1;
        let kind = dice.weighted(relation_kinds);
        let mut relation = Relation::new(
            RelationId::new(format!("r{serial}")),
            ids[from].clone(),
            ids[to].clone(),
            kind,
        );
        relation.mutual = dice.chance(15);
        relation.strength = 1 + dice.below(3) as u8;
        if dice.chance(25) {
            relation.confidence = Confidence::Uncertain;
        }
        let _ = map.insert_relation(relation);
    }
}

/// Five coalitions, each drawing its organizations mostly from a run of
/// neighbouring clusters, led by a few of them.
fn add_coalitions(
    map: &mut Map,
    dice: &mut Dice,
    ids: &[StakeholderId],
    cluster_of: &[usize],
    clusters: usize,
) {
    const COLOURS: [[u8; 3]; 5] = [
        [0x4c, 0x72, 0xb0],
        [0xdd, 0x84, 0x52],
        [0x55, 0xa8, 0x68],
        [0xc4, 0x4e, 0x52],
        [0x81, 0x72, 0xb3],
    ];
    let organizations: Vec<usize> = (0..ids.len())
        .filter(|&i| {
            ids.get(i)
                .and_then(|id| map.stakeholder(id))
                .is_some_and(|s| s.kind == Kind::Organization)
        })
        .collect();
    let mut serial = map.next_serial();
    for (c, colour) in COLOURS.iter().enumerate() {
        serial += 1;
        let mut coalition = Coalition::new(
            CoalitionId::new(format!("c{serial}")),
            format!("Coalition {}", c + 1),
        );
        coalition.objective = format!("Change the law on {}", ISSUES[c % ISSUES.len()]);
        coalition.colour = Rgb(*colour);
        let home = c * clusters / COLOURS.len();
        let reach = (clusters / COLOURS.len()).max(1);
        let size = (40 + dice.below(110)).min(organizations.len());
        let mut tries = 0;
        while coalition.members.len() < size && tries < size * 20 {
            tries += 1;
            let candidate = organizations[dice.below(organizations.len())];
            let near = (cluster_of[candidate] + clusters - home) % clusters < reach;
            if !near && !dice.chance(10) {
                continue;
            }
            let stakeholder = ids[candidate].clone();
            if coalition.member(&stakeholder).is_none() {
                let role = if coalition.members.len() < 3 {
                    MemberRole::Lead
                } else {
                    MemberRole::Member
                };
                coalition.members.push(Member { stakeholder, role });
            }
        }
        let _ = map.insert_coalition(coalition);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_arguments_give_the_same_map() {
        let a = generated_map(500, 1_000, 9);
        let b = generated_map(500, 1_000, 9);
        assert_eq!(
            crate::file::to_ron_string(&a).ok(),
            crate::file::to_ron_string(&b).ok()
        );
    }

    #[test]
    fn a_generated_map_is_clustered_spread_out_and_related() {
        let map = generated_map(1_000, 2_000, 5);
        assert_eq!(map.stakeholder_count(), 1_000);
        assert!(map.relation_count() > 1_800, "{}", map.relation_count());
        assert_eq!(map.coalition_count(), 5);
        let positions: Vec<Position> = map.stakeholders().map(|s| s.position).collect();
        let distinct: std::collections::HashSet<(i64, i64)> =
            positions.iter().map(|p| (p.x as i64, p.y as i64)).collect();
        assert_eq!(
            distinct.len(),
            positions.len(),
            "two stakeholders share a spot"
        );
        // Related stakeholders are mostly near each other.
        let graph = map.graph();
        let near = graph
            .edge_indices()
            .filter(|&e| {
                let (a, b) = graph.edge_endpoints(e).unwrap();
                let (pa, pb) = (graph[a].position, graph[b].position);
                ((pa.x - pb.x).powi(2) + (pa.y - pb.y).powi(2)).sqrt() < 1_000.0
            })
            .count();
        assert!(
            near * 10 > map.relation_count() * 8,
            "{near} near relations"
        );
        let kinds: std::collections::HashSet<Kind> = map.stakeholders().map(|s| s.kind).collect();
        assert_eq!(kinds.len(), Kind::ALL.len());
    }
}
