//! Large made-up maps for benchmarks: deterministic, plausible in shape
//! (a few percent targets, several coalitions, every relation kind), and
//! no one's real data.

use crate::model::{
    Coalition, CoalitionId, Confidence, Contribution, Kind, Map, Member, MemberRole, Relation,
    RelationId, RelationKind, Role, Stakeholder, StakeholderId, Stance,
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

/// A map of `stakeholders` stakeholders and about `relations` relations,
/// with five coalitions; the same arguments always give the same map.
#[doc(hidden)]
pub fn generated_map(stakeholders: usize, relations: usize, seed: u64) -> Map {
    let mut dice = Dice(seed | 1);
    let mut map = Map::new(format!("Generated map of {stakeholders} stakeholders"));
    let kinds: &[(Kind, usize)] = &[
        (Kind::Target, 4),
        (Kind::Organization, 50),
        (Kind::Individual, 20),
        (Kind::Media, 8),
        (Kind::Funder, 5),
        (Kind::Constituency, 8),
        (Kind::Other, 5),
    ];
    let mut ids = Vec::with_capacity(stakeholders);
    let mut organizations = Vec::new();
    for i in 0..stakeholders {
        let id = StakeholderId::new(format!("s{}", i + 1));
        let mut roll = dice.below(100);
        let kind = kinds
            .iter()
            .find(|(_, share)| {
                let hit = roll < *share;
                roll = roll.saturating_sub(*share);
                hit
            })
            .map_or(Kind::Other, |(kind, _)| *kind);
        let mut stakeholder = Stakeholder::new(id.clone(), format!("Stakeholder {}", i + 1), kind);
        stakeholder.stance = dice.pick(Stance::ALL);
        stakeholder.power = 1 + dice.below(5) as u8;
        stakeholder.interest = 1 + dice.below(5) as u8;
        stakeholder.commitment = 1 + dice.below(5) as u8;
        stakeholder.role = dice.pick(Role::ALL);
        for _ in 0..dice.below(4) {
            stakeholder.contributions.push(dice.pick(Contribution::ALL));
        }
        for _ in 0..dice.below(3) {
            stakeholder.expertise.push(dice.pick(EXPERTISE).to_owned());
        }
        if kind == Kind::Organization {
            organizations.push(id.clone());
        }
        if map.insert_stakeholder(stakeholder).is_ok() {
            ids.push(id);
        }
    }
    let relation_kinds: &[RelationKind] = &[
        RelationKind::Influences,
        RelationKind::Influences,
        RelationKind::Influences,
        RelationKind::HasAccessTo,
        RelationKind::HasAccessTo,
        RelationKind::AlliedWith,
        RelationKind::MemberOf,
        RelationKind::Funds,
        RelationKind::ReportsTo,
        RelationKind::Opposes,
        RelationKind::Cooperates,
    ];
    let mut serial = stakeholders;
    for _ in 0..relations {
        let from = dice.below(ids.len());
        // Most relations are local, as on a drawn map; some cross it.
        let to = if dice.chance(70) {
            (from + 1 + dice.below(40)) % ids.len()
        } else {
            dice.below(ids.len())
        };
        if from == to {
            continue;
        }
        serial += 1;
        let mut relation = Relation::new(
            RelationId::new(format!("r{serial}")),
            ids[from].clone(),
            ids[to].clone(),
            relation_kinds[dice.below(relation_kinds.len())].clone(),
        );
        relation.mutual = dice.chance(15);
        relation.strength = 1 + dice.below(3) as u8;
        if dice.chance(25) {
            relation.confidence = Confidence::Uncertain;
        }
        let _ = map.insert_relation(relation);
    }
    for c in 0..5 {
        serial += 1;
        let mut coalition = Coalition::new(
            CoalitionId::new(format!("c{serial}")),
            format!("Coalition {}", c + 1),
        );
        let size = 40 + dice.below(110);
        for i in 0..size.min(organizations.len()) {
            let stakeholder = organizations[dice.below(organizations.len())].clone();
            if coalition.member(&stakeholder).is_none() {
                coalition.members.push(Member {
                    stakeholder,
                    role: if i < 3 {
                        MemberRole::Lead
                    } else {
                        MemberRole::Member
                    },
                });
            }
        }
        let _ = map.insert_coalition(coalition);
    }
    map
}
