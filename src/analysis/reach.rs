//! Why a stakeholder has no route to a target: it has no relation that
//! carries influence outward, or its influence reaches others but none of
//! them leads on to the target, or it gets there only through another
//! member (whose own route is the one listed). Influence flows as
//! [`super::paths`] says.

use std::collections::{HashMap, VecDeque};

use super::paths::carries;
use crate::model::{Map, StakeholderId};

/// How a stakeholder stands toward reaching a target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    /// A route leads from it to the target that passes no other member.
    Reaches,
    /// None of its relations carries influence away from it; `relations`
    /// counts the relations it has at all.
    NoChannel { relations: usize },
    /// Its influence reaches `reached` stakeholders (the nearest first, a
    /// few of them named) and none of them leads on to the target.
    DeadEnd {
        reached: usize,
        nearest: Vec<StakeholderId>,
    },
    /// It reaches the target only through this other member.
    ThroughMember(StakeholderId),
}

/// How many of the stakeholders a dead end reaches are named.
const NAMED: usize = 3;

/// Whether and why not `from` reaches `target` along relations that carry
/// influence, passing through none of `members` (other than `from`).
pub fn why_not(
    map: &Map,
    from: &StakeholderId,
    target: &StakeholderId,
    members: &[StakeholderId],
) -> Reach {
    let mut next: HashMap<&StakeholderId, Vec<&StakeholderId>> = HashMap::new();
    let mut relations = 0;
    for relation in map.relations() {
        if relation.from == *from || relation.to == *from {
            relations += 1;
        }
        let (forward, back) = carries(relation);
        if forward {
            next.entry(&relation.from).or_default().push(&relation.to);
        }
        if back {
            next.entry(&relation.to).or_default().push(&relation.from);
        }
    }
    if next.get(from).is_none_or(Vec::is_empty) {
        return Reach::NoChannel { relations };
    }
    // Breadth first: the nearest first. A member other than `from` is
    // reached but not gone through.
    let mut seen: HashMap<&StakeholderId, Option<&StakeholderId>> = HashMap::new();
    let mut order = Vec::new();
    let mut queue = VecDeque::from([(from, None::<&StakeholderId>)]);
    seen.insert(from, None);
    while let Some((at, via_member)) = queue.pop_front() {
        if at == target {
            return match via_member {
                None => Reach::Reaches,
                Some(member) => Reach::ThroughMember(member.clone()),
            };
        }
        if at != from {
            order.push(at);
        }
        let is_other_member = at != from && members.contains(at);
        let via = if is_other_member {
            Some(at)
        } else {
            via_member
        };
        for &to in next.get(at).into_iter().flatten() {
            if let Some(earlier) = seen.get(to) {
                // A way through no member beats one through a member.
                if earlier.is_none() || via.is_some() {
                    continue;
                }
            }
            seen.insert(to, via);
            queue.push_back((to, via));
        }
    }
    Reach::DeadEnd {
        reached: order.len(),
        nearest: order.into_iter().take(NAMED).cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Kind, Relation, RelationKind, Stakeholder};

    fn map_of(
        names: &[&str],
        relations: &[(usize, usize, RelationKind)],
    ) -> (Map, Vec<StakeholderId>) {
        let mut map = Map::new("Reach");
        let mut ids = map.id_allocator();
        let mut edits = Vec::new();
        let mut made = Vec::new();
        for name in names {
            let id = ids.stakeholder();
            made.push(id.clone());
            edits.push(Edit::AddStakeholder(Stakeholder::new(
                id,
                *name,
                Kind::Organization,
            )));
        }
        for (from, to, kind) in relations {
            edits.push(Edit::AddRelation(Relation::new(
                ids.relation(),
                made[*from].clone(),
                made[*to].clone(),
                kind.clone(),
            )));
        }
        Edit::Batch(edits).apply(&mut map).unwrap();
        (map, made)
    }

    #[test]
    fn a_member_that_only_cooperates_has_no_channel() {
        let (map, ids) = map_of(
            &["Forum des ONG", "مجلس الأمن", "律师协会"],
            &[
                (0, 2, RelationKind::Cooperates),
                (2, 1, RelationKind::Influences),
            ],
        );
        assert_eq!(
            why_not(&map, &ids[0], &ids[1], &[ids[0].clone(), ids[2].clone()]),
            Reach::NoChannel { relations: 1 }
        );
    }

    #[test]
    fn influence_that_stops_short_is_a_dead_end_naming_the_nearest() {
        let (map, ids) = map_of(
            &["Forum", "Council", "Press", "Mayor"],
            &[
                (0, 2, RelationKind::Influences),
                (2, 3, RelationKind::HasAccessTo),
            ],
        );
        assert_eq!(
            why_not(&map, &ids[0], &ids[1], &[ids[0].clone()]),
            Reach::DeadEnd {
                reached: 2,
                nearest: vec![ids[2].clone(), ids[3].clone()]
            }
        );
    }

    #[test]
    fn a_route_through_another_member_names_that_member() {
        let (map, ids) = map_of(
            &["Forum", "Council", "Lawyers"],
            &[
                (0, 2, RelationKind::Influences),
                (2, 1, RelationKind::Influences),
            ],
        );
        let members = [ids[0].clone(), ids[2].clone()];
        assert_eq!(
            why_not(&map, &ids[0], &ids[1], &members),
            Reach::ThroughMember(ids[2].clone())
        );
        assert_eq!(why_not(&map, &ids[0], &ids[1], &ids[..1]), Reach::Reaches);
    }

    #[test]
    fn opposing_carries_nothing_even_both_ways() {
        let (map, ids) = map_of(&["Forum", "Council"], &[(0, 1, RelationKind::Opposes)]);
        assert_eq!(
            why_not(&map, &ids[0], &ids[1], &ids[..1]),
            Reach::NoChannel { relations: 1 }
        );
    }
}
