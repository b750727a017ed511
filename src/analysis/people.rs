//! Find people for a job: who should write the legal brief, speak to the
//! press, go to the minister. Stakeholders are ranked by the expertise the
//! job asks for, then by where they stand and their place in the coalition.
//!
//! # Who is considered
//!
//! - Stakeholders holding at least one of the asked-for expertise tags.
//!   Tags match whole, ignoring case and surrounding spaces: "Legal" matches
//!   "legal", not "paralegal". A job that asks for no tag considers everyone.
//! - Never targets (they are whom the coalition wants to move) nor anyone in
//!   opposition, passive or active. With [`JobQuery::allies_only`], only
//!   active and passive allies.
//!
//! # How they are ranked, each rule breaking the ties of the one before
//!
//! 1. more of the asked-for tags first;
//! 2. stance: active allies, then passive allies, then neutral, then unknown;
//! 3. role: leadership core, core partner, network member, external;
//! 4. members of the chosen coalition (of any coalition when none is
//!    chosen) before others;
//! 5. higher commitment, then higher power;
//! 6. name, then id, so the order is stable.

use serde::{Deserialize, Serialize};

use crate::model::{CoalitionId, Kind, Map, Role, Stakeholder, StakeholderId, Stance};

/// What a job needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobQuery {
    /// Expertise tags, any of which qualifies ("legal", "media").
    pub expertise: Vec<String>,
    /// Prefer the members of this coalition (rule 4).
    pub coalition: Option<CoalitionId>,
    /// Only active and passive allies.
    pub allies_only: bool,
}

impl JobQuery {
    /// A job asking for any of these expertise tags.
    pub fn expertise<S: AsRef<str>>(tags: impl IntoIterator<Item = S>) -> Self {
        Self {
            expertise: tags.into_iter().map(|t| t.as_ref().to_owned()).collect(),
            ..Self::default()
        }
    }

    #[must_use]
    pub fn allies_only(mut self) -> Self {
        self.allies_only = true;
        self
    }

    #[must_use]
    pub fn in_coalition(mut self, coalition: CoalitionId) -> Self {
        self.coalition = Some(coalition);
        self
    }
}

/// One stakeholder who could do the job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub stakeholder: StakeholderId,
    /// The asked-for tags they hold, as the stakeholder spells them.
    pub matched: Vec<String>,
    pub stance: Stance,
    pub role: Role,
    /// Member of the chosen coalition (of any, when none is chosen).
    pub in_coalition: bool,
}

/// The stakeholders who could do the job, best first (see the module docs).
pub fn find_people(map: &Map, query: &JobQuery) -> Vec<Candidate> {
    let wanted: Vec<String> = query
        .expertise
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let mut found: Vec<(&Stakeholder, Candidate)> = map
        .stakeholders()
        .filter(|s| s.kind != Kind::Target)
        .filter(|s| stance_rank(s.stance, query.allies_only).is_some())
        .filter_map(|s| {
            let matched: Vec<String> = s
                .expertise
                .iter()
                .filter(|tag| wanted.contains(&tag.trim().to_lowercase()))
                .cloned()
                .collect();
            if !wanted.is_empty() && matched.is_empty() {
                return None;
            }
            let in_coalition = match &query.coalition {
                Some(id) => map.coalition(id).is_some_and(|c| c.member(&s.id).is_some()),
                None => map.coalitions_of(&s.id).next().is_some(),
            };
            Some((
                s,
                Candidate {
                    stakeholder: s.id.clone(),
                    matched,
                    stance: s.stance,
                    role: s.role,
                    in_coalition,
                },
            ))
        })
        .collect();
    found.sort_by(|(a, ca), (b, cb)| {
        cb.matched
            .len()
            .cmp(&ca.matched.len())
            .then(stance_rank(a.stance, false).cmp(&stance_rank(b.stance, false)))
            .then(role_rank(a.role).cmp(&role_rank(b.role)))
            .then(cb.in_coalition.cmp(&ca.in_coalition))
            .then(b.commitment.cmp(&a.commitment))
            .then(b.power.cmp(&a.power))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    found.into_iter().map(|(_, candidate)| candidate).collect()
}

/// Rule 2; `None` for stances never asked to do the coalition's work.
fn stance_rank(stance: Stance, allies_only: bool) -> Option<u8> {
    match stance {
        Stance::ActiveAlly => Some(0),
        Stance::PassiveAlly => Some(1),
        Stance::Neutral if !allies_only => Some(2),
        Stance::Unknown if !allies_only => Some(3),
        Stance::Neutral
        | Stance::Unknown
        | Stance::PassiveOpposition
        | Stance::ActiveOpposition => None,
    }
}

/// Rule 3.
fn role_rank(role: Role) -> u8 {
    match role {
        Role::LeadershipCore => 0,
        Role::CorePartner => 1,
        Role::NetworkMember => 2,
        Role::External => 3,
    }
}
