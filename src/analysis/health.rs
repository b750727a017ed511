//! Coalition health against the four Cs of Mizrahi and Rosenthal:
//! conditions, commitment, contributions and competence. Each coalition gets
//! a checklist; a check that fails is a finding and names the stakeholders
//! concerned. There is no composite score: the checks are not commensurable.
//!
//! The checks, in the order they are listed:
//!
//! **Conditions** (the map's own notes, the same for every coalition)
//! - salience, timing and feasibility of winning are each noted in the
//!   map's conditions (an empty note is a finding);
//! - the coalition states its objective;
//! - the map names at least one target to influence.
//!
//! **Commitment**
//! - the coalition has members;
//! - the members' average commitment is at least
//!   [`LOW_AVERAGE_COMMITMENT`] and no member is below it (names the
//!   members below it);
//! - every member is recorded as an active or passive ally of the goal
//!   (names the others: neutral, opposed or unknown).
//!
//! **Contributions**
//! - every contribution kind is brought by some member (names the allies
//!   outside the coalition, targets aside, who bring a missing kind: people
//!   to recruit, those bringing most of what is missing first);
//! - every member has some contribution recorded (names those without);
//! - every target is within reach of some member along relations that carry
//!   influence: the coalition's power (names the targets out of reach).
//!
//! **Competence** (of the leadership core, as [`leadership_core`] defines it)
//! - the coalition has a leadership core (names it; when missing, names the
//!   lead members outside the core and the core members not marked lead);
//! - every core member's commitment is at least [`CORE_COMMITMENT`]: the
//!   core must "maintain a high level of activity and commitment";
//! - the core has expertise recorded, at least [`CORE_EXPERTISE_TAGS`]
//!   different tags between them: leading takes a range of skills.
//!
//! Checks about members are skipped for a coalition with no members, and
//! checks about the core for a coalition without one.

use petgraph::visit::{Bfs, VisitMap, Visitable};
use serde::{Deserialize, Serialize};

use super::gaps::{
    LOW_AVERAGE_COMMITMENT, average_commitment, leadership_core, missing_contributions,
};
use super::paths::{Network, Scope};
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{
    Coalition, CoalitionId, Contribution, Kind, Map, MemberRole, Role, StakeholderId, Stance,
};
use crate::words::join_words;

/// Leadership core members should have at least this commitment (of 5).
pub const CORE_COMMITMENT: u8 = 4;

/// The leadership core should cover at least this many expertise tags.
pub const CORE_EXPERTISE_TAGS: usize = 2;

/// The four Cs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FourC {
    Conditions,
    Commitment,
    Contributions,
    Competence,
}

impl FourC {
    pub const ALL: [Self; 4] = [
        Self::Conditions,
        Self::Commitment,
        Self::Contributions,
        Self::Competence,
    ];
}

/// The name of one of the four Cs in the interface's language.
pub(super) fn four_c_words(area: FourC) -> String {
    tr(match area {
        FourC::Conditions => "health-conditions",
        FourC::Commitment => "health-commitment",
        FourC::Contributions => "health-contributions",
        FourC::Competence => "health-competence",
    })
}

/// Which check of the list (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Check {
    Salience,
    Timing,
    Feasibility,
    Objective,
    Targets,
    Members,
    Commitment,
    Allies,
    ContributionKinds,
    MembersContribute,
    Reach,
    LeadershipCore,
    CoreCommitment,
    CoreExpertise,
}

impl Check {
    pub fn area(self) -> FourC {
        match self {
            Self::Salience | Self::Timing | Self::Feasibility | Self::Objective | Self::Targets => {
                FourC::Conditions
            }
            Self::Members | Self::Commitment | Self::Allies => FourC::Commitment,
            Self::ContributionKinds | Self::MembersContribute | Self::Reach => FourC::Contributions,
            Self::LeadershipCore | Self::CoreCommitment | Self::CoreExpertise => FourC::Competence,
        }
    }
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthCheck {
    pub area: FourC,
    pub check: Check,
    pub passed: bool,
    /// One sentence for the reader; the stakeholders' names follow it.
    pub summary: String,
    /// The stakeholders concerned, in the order the summary implies.
    pub stakeholders: Vec<StakeholderId>,
}

/// The four-Cs checklist of one coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionHealth {
    pub coalition: CoalitionId,
    pub name: String,
    /// Grouped by the four Cs, in the order of [`FourC::ALL`].
    pub checks: Vec<HealthCheck>,
}

impl CoalitionHealth {
    /// The checks that failed.
    pub fn findings(&self) -> impl Iterator<Item = &HealthCheck> {
        self.checks.iter().filter(|c| !c.passed)
    }

    pub fn check(&self, check: Check) -> Option<&HealthCheck> {
        self.checks.iter().find(|c| c.check == check)
    }
}

/// The checklist of every coalition in scope, in id order.
pub fn health(map: &Map, scope: &Scope) -> Vec<CoalitionHealth> {
    health_in(&Network::of(map), map, scope)
}

/// The checklist of one coalition; `None` when the map has no such coalition.
pub fn coalition_health(map: &Map, coalition: &CoalitionId) -> Option<CoalitionHealth> {
    let coalition = map.coalition(coalition)?;
    Some(checklist(&Network::of(map), map, coalition))
}

pub(crate) fn health_in(network: &Network<'_>, map: &Map, scope: &Scope) -> Vec<CoalitionHealth> {
    scope
        .coalitions(map)
        .into_iter()
        .map(|coalition| checklist(network, map, coalition))
        .collect()
}

fn checklist(network: &Network<'_>, map: &Map, coalition: &Coalition) -> CoalitionHealth {
    let mut checks = Vec::new();
    conditions(map, coalition, &mut checks);
    let members: Vec<&crate::model::Stakeholder> = coalition
        .members
        .iter()
        .filter_map(|m| map.stakeholder(&m.stakeholder))
        .collect();
    if members.is_empty() {
        checks.push(failed(Check::Members, tr("health-no-members"), Vec::new()));
    } else {
        commitment(map, coalition, &members, &mut checks);
        contributions(network, map, coalition, &members, &mut checks);
    }
    competence(map, coalition, &mut checks);
    CoalitionHealth {
        coalition: coalition.id.clone(),
        name: coalition.name.clone(),
        checks,
    }
}

fn conditions(map: &Map, coalition: &Coalition, checks: &mut Vec<HealthCheck>) {
    let noted = &map.meta().conditions;
    for (check, note, what, hint) in [
        (
            Check::Salience,
            &noted.salience,
            "health-salience",
            "health-salience-hint",
        ),
        (
            Check::Timing,
            &noted.timing,
            "health-timing",
            "health-timing-hint",
        ),
        (
            Check::Feasibility,
            &noted.feasibility,
            "health-feasibility",
            "health-feasibility-hint",
        ),
    ] {
        checks.push(if note.trim().is_empty() {
            failed(
                check,
                tr_with(
                    "health-condition-missing",
                    &[("what", tr(what).into()), ("hint", tr(hint).into())],
                ),
                Vec::new(),
            )
        } else {
            passed(
                check,
                tr_with("health-condition-noted", &[("what", tr(what).into())]),
                Vec::new(),
            )
        });
    }
    checks.push(if coalition.objective.trim().is_empty() {
        failed(Check::Objective, tr("health-no-objective"), Vec::new())
    } else {
        passed(Check::Objective, tr("health-objective"), Vec::new())
    });
    let has_targets = map.stakeholders().any(|s| s.kind == Kind::Target);
    checks.push(if has_targets {
        passed(Check::Targets, tr("health-targets"), Vec::new())
    } else {
        failed(Check::Targets, tr("health-no-targets"), Vec::new())
    });
}

fn commitment(
    map: &Map,
    coalition: &Coalition,
    members: &[&crate::model::Stakeholder],
    checks: &mut Vec<HealthCheck>,
) {
    checks.push(passed(
        Check::Members,
        tr_with("health-members", &[("count", members.len().into())]),
        Vec::new(),
    ));
    let average = average_commitment(map, coalition).unwrap_or_default();
    let mut low: Vec<_> = members
        .iter()
        .filter(|s| f64::from(s.commitment) < LOW_AVERAGE_COMMITMENT)
        .collect();
    low.sort_by(|a, b| {
        a.commitment
            .cmp(&b.commitment)
            .then_with(|| a.id.cmp(&b.id))
    });
    let low: Vec<StakeholderId> = low.into_iter().map(|s| s.id.clone()).collect();
    checks.push(if average < LOW_AVERAGE_COMMITMENT {
        failed(
            Check::Commitment,
            tr_with(
                "health-commitment-low",
                &[("average", format!("{average:.1}").into())],
            ),
            low,
        )
    } else if !low.is_empty() {
        failed(
            Check::Commitment,
            tr_with(
                "health-commitment-some-low",
                &[
                    ("average", format!("{average:.1}").into()),
                    ("count", low.len().into()),
                    ("threshold", LOW_AVERAGE_COMMITMENT.to_string().into()),
                ],
            ),
            low,
        )
    } else {
        passed(
            Check::Commitment,
            tr_with(
                "health-commitment-fine",
                &[
                    ("average", format!("{average:.1}").into()),
                    ("threshold", LOW_AVERAGE_COMMITMENT.to_string().into()),
                ],
            ),
            Vec::new(),
        )
    });
    let not_allies: Vec<StakeholderId> = members
        .iter()
        .filter(|s| !matches!(s.stance, Stance::ActiveAlly | Stance::PassiveAlly))
        .map(|s| s.id.clone())
        .collect();
    checks.push(if not_allies.is_empty() {
        passed(Check::Allies, tr("health-all-allies"), Vec::new())
    } else {
        failed(
            Check::Allies,
            tr_with("health-not-allies", &[("count", not_allies.len().into())]),
            not_allies,
        )
    });
}

fn contributions(
    network: &Network<'_>,
    map: &Map,
    coalition: &Coalition,
    members: &[&crate::model::Stakeholder],
    checks: &mut Vec<HealthCheck>,
) {
    let missing = missing_contributions(map, coalition);
    checks.push(if missing.is_empty() {
        passed(
            Check::ContributionKinds,
            tr("health-every-contribution"),
            Vec::new(),
        )
    } else {
        // Allies outside the coalition who bring what is missing: recruits.
        let mut recruits: Vec<(usize, &crate::model::Stakeholder)> = map
            .stakeholders()
            .filter(|s| coalition.member(&s.id).is_none() && s.kind != Kind::Target)
            .filter(|s| matches!(s.stance, Stance::ActiveAlly | Stance::PassiveAlly))
            .map(|s| {
                (
                    missing
                        .iter()
                        .filter(|k| s.contributions.contains(k))
                        .count(),
                    s,
                )
            })
            .filter(|(brings, _)| *brings > 0)
            .collect();
        recruits.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
        let kinds: Vec<String> = missing
            .iter()
            .map(|k| k.translated().to_lowercase())
            .collect();
        let mut summary = if missing.len() == Contribution::ALL.len() {
            tr("health-no-contribution-yet")
        } else {
            tr_with(
                "health-missing-contributions",
                &[("kinds", join_words(&kinds, &tr("words-or")).into())],
            )
        };
        if !recruits.is_empty() {
            summary.push_str(&tr("health-recruits"));
        }
        failed(
            Check::ContributionKinds,
            summary,
            recruits.into_iter().map(|(_, s)| s.id.clone()).collect(),
        )
    });
    let without: Vec<StakeholderId> = members
        .iter()
        .filter(|s| s.contributions.is_empty())
        .map(|s| s.id.clone())
        .collect();
    checks.push(if without.is_empty() {
        passed(
            Check::MembersContribute,
            tr("health-every-member-contributes"),
            Vec::new(),
        )
    } else {
        failed(
            Check::MembersContribute,
            tr_with("health-members-without", &[("count", without.len().into())]),
            without,
        )
    });
    let targets: Vec<&StakeholderId> = network
        .stakeholders
        .iter()
        .filter(|s| s.kind == Kind::Target)
        .map(|s| &s.id)
        .collect();
    if targets.is_empty() {
        return;
    }
    let reached = reachable(network, members);
    let out_of_reach: Vec<StakeholderId> = targets
        .into_iter()
        .filter(|id| network.node(id).is_none_or(|node| !reached[node.index()]))
        .cloned()
        .collect();
    checks.push(if out_of_reach.is_empty() {
        passed(Check::Reach, tr("health-all-reached"), Vec::new())
    } else {
        failed(
            Check::Reach,
            tr_with(
                "health-out-of-reach",
                &[("count", out_of_reach.len().into())],
            ),
            out_of_reach,
        )
    });
}

/// Which stakeholders the members reach (themselves included) along arcs
/// of the influence network, indexed by node.
fn reachable(network: &Network<'_>, members: &[&crate::model::Stakeholder]) -> Vec<bool> {
    let graph = &network.graph;
    let mut bfs = Bfs {
        stack: std::collections::VecDeque::new(),
        discovered: graph.visit_map(),
    };
    for member in members {
        if let Some(node) = network.node(&member.id)
            && bfs.discovered.visit(node)
        {
            bfs.stack.push_back(node);
        }
    }
    let mut reached = vec![false; graph.node_count()];
    while let Some(node) = bfs.next(graph) {
        reached[node.index()] = true;
    }
    reached
}

fn competence(map: &Map, coalition: &Coalition, checks: &mut Vec<HealthCheck>) {
    let core = leadership_core(map, coalition);
    if core.is_empty() {
        let mut concerned: Vec<StakeholderId> = coalition
            .members
            .iter()
            .filter(|m| {
                let core_role = map
                    .stakeholder(&m.stakeholder)
                    .is_some_and(|s| s.role == Role::LeadershipCore);
                (m.role == MemberRole::Lead) != core_role
            })
            .map(|m| m.stakeholder.clone())
            .collect();
        concerned.sort();
        let summary = tr(if concerned.is_empty() {
            "health-no-core"
        } else {
            "health-no-core-concerned"
        });
        checks.push(failed(Check::LeadershipCore, summary, concerned));
        return;
    }
    checks.push(passed(
        Check::LeadershipCore,
        tr("health-core"),
        core.clone(),
    ));
    let core_members: Vec<&crate::model::Stakeholder> =
        core.iter().filter_map(|id| map.stakeholder(id)).collect();
    let low: Vec<StakeholderId> = core_members
        .iter()
        .filter(|s| s.commitment < CORE_COMMITMENT)
        .map(|s| s.id.clone())
        .collect();
    checks.push(if low.is_empty() {
        passed(
            Check::CoreCommitment,
            tr_with(
                "health-core-committed",
                &[("threshold", CORE_COMMITMENT.into())],
            ),
            Vec::new(),
        )
    } else {
        failed(
            Check::CoreCommitment,
            tr_with(
                "health-core-low",
                &[
                    ("count", low.len().into()),
                    ("threshold", CORE_COMMITMENT.into()),
                ],
            ),
            low,
        )
    });
    let mut tags: Vec<String> = core_members
        .iter()
        .flat_map(|s| s.expertise.iter().map(|t| t.to_lowercase()))
        .collect();
    tags.sort();
    tags.dedup();
    let without: Vec<StakeholderId> = core_members
        .iter()
        .filter(|s| s.expertise.is_empty())
        .map(|s| s.id.clone())
        .collect();
    checks.push(if tags.is_empty() {
        failed(
            Check::CoreExpertise,
            tr("health-core-no-expertise"),
            without,
        )
    } else if tags.len() < CORE_EXPERTISE_TAGS || !without.is_empty() {
        let covered = join_words(&tags, &tr("words-and"));
        let summary = if without.is_empty() {
            tr_with("health-core-covers-only", &[("expertise", covered.into())])
        } else {
            tr_with(
                "health-core-covers-some",
                &[
                    ("expertise", covered.into()),
                    ("count", without.len().into()),
                ],
            )
        };
        failed(Check::CoreExpertise, summary, without)
    } else {
        passed(
            Check::CoreExpertise,
            tr_with(
                "health-core-covers",
                &[("expertise", join_words(&tags, &tr("words-and")).into())],
            ),
            Vec::new(),
        )
    });
}

fn passed(
    check: Check,
    summary: impl Into<String>,
    stakeholders: Vec<StakeholderId>,
) -> HealthCheck {
    HealthCheck {
        area: check.area(),
        check,
        passed: true,
        summary: summary.into(),
        stakeholders,
    }
}

fn failed(
    check: Check,
    summary: impl Into<String>,
    stakeholders: Vec<StakeholderId>,
) -> HealthCheck {
    HealthCheck {
        passed: false,
        ..passed(check, summary, stakeholders)
    }
}
