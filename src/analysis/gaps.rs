//! Gaps: where the coalitions are weak. Targets nobody reaches, targets
//! reached only through one stakeholder, strong active opponents, and
//! coalitions that lack contributions, a leadership core or commitment.
//!
//! The definitions, with their thresholds as constants:
//! - a *strong opponent* is an active opponent with power and interest both
//!   [`HIGH_SCORE`] or more (the "manage closely" corner of the
//!   power/interest grid);
//! - a coalition's *leadership core* is the set of its members marked
//!   [`MemberRole::Lead`] in it whose role on the map is
//!   [`Role::LeadershipCore`]: leading this campaign and part of the standing
//!   core. A coalition with no such member lacks a leadership core;
//! - a coalition's commitment is *low* when the average commitment of its
//!   members is below [`LOW_AVERAGE_COMMITMENT`];
//! - a contribution kind is *missing* when no member of the coalition brings it.

use serde::{Deserialize, Serialize};

use super::Progress;
use super::paths::{InfluencePaths, Network, Scope, influence_paths_in};
use crate::model::{
    Coalition, CoalitionId, Contribution, Map, MemberRole, Role, StakeholderId, Stance,
};

/// Power or interest this high or higher is high (scores run 1–5).
pub const HIGH_SCORE: u8 = 4;

/// A coalition whose members' average commitment is below this has low commitment.
pub const LOW_AVERAGE_COMMITMENT: f64 = 3.0;

/// A target that every member's route reaches through the same stakeholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SinglePoint {
    pub target: StakeholderId,
    /// Lose any one of these and no member reaches the target.
    pub only_through: Vec<StakeholderId>,
}

/// What one coalition lacks. Empty lists and `None` mean no gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoalitionGaps {
    pub coalition: CoalitionId,
    /// Contribution kinds no member brings, in the order the app lists them.
    pub missing_contributions: Vec<Contribution>,
    /// The leadership core (see the module docs); empty when it has none.
    pub leadership_core: Vec<StakeholderId>,
    /// The members' average commitment; `None` for a coalition with no members.
    pub average_commitment: Option<f64>,
}

impl CoalitionGaps {
    pub fn lacks_leadership_core(&self) -> bool {
        self.leadership_core.is_empty()
    }

    /// Average commitment below [`LOW_AVERAGE_COMMITMENT`].
    pub fn has_low_commitment(&self) -> bool {
        self.average_commitment
            .is_some_and(|average| average < LOW_AVERAGE_COMMITMENT)
    }

    pub fn has_members(&self) -> bool {
        self.average_commitment.is_some()
    }

    /// Nothing to report.
    pub fn is_empty(&self) -> bool {
        self.missing_contributions.is_empty()
            && !self.lacks_leadership_core()
            && !self.has_low_commitment()
    }
}

/// The gaps of a map, for the coalitions in one scope.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Gaps {
    /// Targets no member in scope can reach, in id order.
    pub unreachable_targets: Vec<StakeholderId>,
    /// Targets reachable only through one stakeholder (or a chain of them), in id order.
    pub single_points_of_failure: Vec<SinglePoint>,
    /// Active opponents with high power and interest, most powerful first.
    pub strong_opponents: Vec<StakeholderId>,
    /// One entry per coalition in scope, in id order.
    pub coalitions: Vec<CoalitionGaps>,
}

/// The gaps of a map for the coalitions in `scope`.
pub fn gaps(map: &Map, scope: &Scope) -> Gaps {
    let paths = influence_paths_in(&Network::of(map), map, scope, 0, &Progress::default());
    gaps_from(map, &paths)
}

/// The gaps, from influence paths already found.
pub fn gaps_from(map: &Map, paths: &InfluencePaths) -> Gaps {
    Gaps {
        unreachable_targets: paths
            .targets
            .iter()
            .filter(|t| t.is_unreachable())
            .map(|t| t.target.clone())
            .collect(),
        single_points_of_failure: paths
            .targets
            .iter()
            .filter(|t| !t.only_through.is_empty())
            .map(|t| SinglePoint {
                target: t.target.clone(),
                only_through: t.only_through.clone(),
            })
            .collect(),
        strong_opponents: strong_opponents(map),
        coalitions: paths
            .scope
            .coalitions(map)
            .into_iter()
            .map(|coalition| coalition_gaps(map, coalition))
            .collect(),
    }
}

/// Active opponents with power and interest both [`HIGH_SCORE`] or more,
/// most powerful first, then most interested, then by id.
pub fn strong_opponents(map: &Map) -> Vec<StakeholderId> {
    let mut found: Vec<_> = map
        .stakeholders()
        .filter(|s| {
            s.stance == Stance::ActiveOpposition
                && s.power >= HIGH_SCORE
                && s.interest >= HIGH_SCORE
        })
        .collect();
    found.sort_by(|a, b| {
        b.power
            .cmp(&a.power)
            .then(b.interest.cmp(&a.interest))
            .then_with(|| a.id.cmp(&b.id))
    });
    found.into_iter().map(|s| s.id.clone()).collect()
}

/// What one coalition lacks.
pub fn coalition_gaps(map: &Map, coalition: &Coalition) -> CoalitionGaps {
    CoalitionGaps {
        coalition: coalition.id.clone(),
        missing_contributions: missing_contributions(map, coalition),
        leadership_core: leadership_core(map, coalition),
        average_commitment: average_commitment(map, coalition),
    }
}

/// The members marked lead in the coalition whose role on the map is
/// leadership core, in id order.
pub fn leadership_core(map: &Map, coalition: &Coalition) -> Vec<StakeholderId> {
    let mut core: Vec<StakeholderId> = coalition
        .members
        .iter()
        .filter(|m| m.role == MemberRole::Lead)
        .filter(|m| map.stakeholder(&m.stakeholder).map(|s| s.role) == Some(Role::LeadershipCore))
        .map(|m| m.stakeholder.clone())
        .collect();
    core.sort();
    core
}

/// Contribution kinds no member brings, in the order the app lists them.
pub fn missing_contributions(map: &Map, coalition: &Coalition) -> Vec<Contribution> {
    Contribution::ALL
        .iter()
        .copied()
        .filter(|kind| {
            !coalition.members.iter().any(|m| {
                map.stakeholder(&m.stakeholder)
                    .is_some_and(|s| s.contributions.contains(kind))
            })
        })
        .collect()
}

/// The average commitment of the members; `None` when there are none.
pub fn average_commitment(map: &Map, coalition: &Coalition) -> Option<f64> {
    let scores: Vec<f64> = coalition
        .members
        .iter()
        .filter_map(|m| map.stakeholder(&m.stakeholder))
        .map(|s| f64::from(s.commitment))
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}
