//! Who should do a job: the best people for it, ranked and explained, so
//! the coordinator "picks the best person for the job no matter where they
//! are" and plays to each member's strengths.
//!
//! # Who is considered
//!
//! Every stakeholder but the targets (they are whom the coalition wants to
//! move), the job's own target and anyone in opposition, passive or active.
//! When the job asks for expertise or contributions, only those who bring
//! at least one of them.
//!
//! # Points, each explained by one [`Reason`]
//!
//! | what | points |
//! |---|---|
//! | each expertise tag the job asks for (whole tag, any case) | 10 |
//! | each contribution the job asks for | 5 |
//! | commitment 1–5 | 0, 2, 4, 6, 8 |
//! | role: leadership core, core partner, network member, external | 6, 4, 2, 0 |
//! | stance: active ally, passive ally | 6, 3 |
//! | member of the job's coalition (of any coalition, for a job of the whole map) | 8 (4) |
//! | for a job aimed at a target, a route to it of cost 1, 2, 3, 4 (see [`paths`](super::paths)) | 8, 6, 4, 2 |
//!
//! People are listed by points, then by how many of the asked-for tags
//! they hold, then by name and id, so the order is stable. Each person's
//! local time at the given instant comes from their time zone, so
//! spokespeople in three time zones can be lined up.

use jiff::Timestamp;
use petgraph::graph::NodeIndex;
use serde::{Deserialize, Serialize};

use super::paths::{self, Network, Route};
use crate::model::{
    CoalitionId, Contribution, Job, Kind, Map, Role, Stakeholder, StakeholderId, Stance, time_zone,
};

/// Why a person gets points for a job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    /// The asked-for expertise tags they hold, as they spell them.
    Expertise(Vec<String>),
    /// The asked-for contributions they bring.
    Contributions(Vec<Contribution>),
    Commitment(u8),
    Role(Role),
    Stance(Stance),
    /// Member of this coalition (the job's), or of some coalition when `None`.
    Member(Option<CoalitionId>),
    /// They reach the job's target in this many steps, at this cost.
    Route {
        steps: usize,
        cost: u32,
    },
}

/// One reason and the points it gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub why: Why,
    pub points: u32,
}

/// One person suggested for a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub stakeholder: StakeholderId,
    pub points: u32,
    /// Every reason that gives points, in the order of the module's table;
    /// a route to the job's target is there even when too long for points.
    pub reasons: Vec<Reason>,
    /// Their cheapest route to the job's target, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_zone: String,
    /// Their wall-clock time at the instant asked ("14:05 (Tue, UTC+01:00)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_time: Option<String>,
}

impl Suggestion {
    /// The expertise tags they hold that the job asks for.
    pub fn matched_expertise(&self) -> &[String] {
        self.reasons
            .iter()
            .find_map(|reason| match &reason.why {
                Why::Expertise(tags) => Some(tags.as_slice()),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// The people for a job, best first (see the module docs), with each one's
/// local time at `now`.
pub fn suggest(map: &Map, job: &Job, now: Timestamp) -> Vec<Suggestion> {
    let wanted: Vec<String> = job
        .expertise
        .iter()
        .map(|tag| tag.trim().to_lowercase())
        .filter(|tag| !tag.is_empty())
        .collect();
    let needs_something = !wanted.is_empty() || !job.contributions.is_empty();
    let mut found: Vec<(&Stakeholder, Suggestion)> = map
        .stakeholders()
        .filter(|s| s.kind != Kind::Target && job.target.as_ref() != Some(&s.id))
        .filter(|s| {
            !matches!(
                s.stance,
                Stance::PassiveOpposition | Stance::ActiveOpposition
            )
        })
        .filter_map(|s| {
            let reasons = reasons(map, job, &wanted, s);
            let matches = reasons
                .iter()
                .any(|r| matches!(r.why, Why::Expertise(_) | Why::Contributions(_)));
            (matches || !needs_something).then(|| (s, suggestion(s, reasons, now)))
        })
        .collect();
    if let Some(target) = &job.target {
        add_routes(map, target, &mut found);
    }
    found.sort_by(|(a, sa), (b, sb)| {
        sb.points
            .cmp(&sa.points)
            .then(
                sb.matched_expertise()
                    .len()
                    .cmp(&sa.matched_expertise().len()),
            )
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    found
        .into_iter()
        .map(|(_, suggestion)| suggestion)
        .collect()
}

fn suggestion(s: &Stakeholder, reasons: Vec<Reason>, now: Timestamp) -> Suggestion {
    Suggestion {
        stakeholder: s.id.clone(),
        points: reasons.iter().map(|r| r.points).sum(),
        reasons,
        route: None,
        place: s.place.clone(),
        time_zone: s.time_zone.clone(),
        local_time: time_zone::local_time_at(&s.time_zone, now),
    }
}

/// Every reason but the route.
fn reasons(map: &Map, job: &Job, wanted: &[String], s: &Stakeholder) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let mut give = |why: Why, points: u32| {
        if points > 0 {
            reasons.push(Reason { why, points });
        }
    };
    let tags: Vec<String> = s
        .expertise
        .iter()
        .filter(|tag| wanted.contains(&tag.trim().to_lowercase()))
        .cloned()
        .collect();
    let tag_points = 10 * count(tags.len());
    give(Why::Expertise(tags), tag_points);
    let brings: Vec<Contribution> = job
        .contributions
        .iter()
        .filter(|c| s.contributions.contains(c))
        .copied()
        .collect();
    let brought_points = 5 * count(brings.len());
    give(Why::Contributions(brings), brought_points);
    give(
        Why::Commitment(s.commitment),
        2 * u32::from(s.commitment.saturating_sub(1)),
    );
    give(Why::Role(s.role), role_points(s.role));
    give(Why::Stance(s.stance), stance_points(s.stance));
    match &job.coalition {
        Some(id) => {
            if map.coalition(id).is_some_and(|c| c.member(&s.id).is_some()) {
                give(Why::Member(Some(id.clone())), 8);
            }
        }
        None => {
            if map.coalitions_of(&s.id).next().is_some() {
                give(Why::Member(None), 4);
            }
        }
    }
    reasons
}

/// Each person's cheapest route to the target, and its points.
fn add_routes(map: &Map, target: &StakeholderId, found: &mut [(&Stakeholder, Suggestion)]) {
    let network = Network::of(map);
    let Some(to) = network.node(target) else {
        return;
    };
    let starts: Vec<NodeIndex> = found
        .iter()
        .map(|(s, _)| network.node(&s.id).unwrap_or(to))
        .collect();
    let routes = paths::routes_over(&network, &starts, to);
    for ((_, suggestion), route) in found.iter_mut().zip(routes) {
        let Some(route) = route else { continue };
        let points = 10u32.saturating_sub(2 * route.cost.min(5));
        suggestion.reasons.push(Reason {
            why: Why::Route {
                steps: route.steps.len(),
                cost: route.cost,
            },
            points,
        });
        suggestion.points += points;
        suggestion.route = Some(route);
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn role_points(role: Role) -> u32 {
    match role {
        Role::LeadershipCore => 6,
        Role::CorePartner => 4,
        Role::NetworkMember => 2,
        Role::External => 0,
    }
}

fn stance_points(stance: Stance) -> u32 {
    match stance {
        Stance::ActiveAlly => 6,
        Stance::PassiveAlly => 3,
        Stance::Neutral
        | Stance::Unknown
        | Stance::PassiveOpposition
        | Stance::ActiveOpposition => 0,
    }
}
