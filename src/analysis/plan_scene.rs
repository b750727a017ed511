//! The part of the plan a scene presents ([`ScenePlan`]): a coalition's
//! jobs, with their owners and helpers, or the asks toward a target, with
//! who asks, who is asked and the relations between them (the path).
//!
//! Jobs are listed open first (doing, then to do), soonest due first, then
//! done and dropped; asks open first, soonest due first, then done and
//! dropped. An ask is toward a target when it names it as its target or
//! asks it directly.

use std::collections::BTreeSet;

use crate::model::{
    Ask, AskStatus, Day, Job, JobStatus, Map, RelationId, ScenePlan, StakeholderId,
};

/// What a scene's plan puts on the network: who stands out, and the jobs
/// or asks its legend lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresentedPlan {
    /// The people who stand out: owners and helpers, or askers and asked
    /// (and the target itself).
    pub people: BTreeSet<StakeholderId>,
    /// The relations the asks go along.
    pub relations: BTreeSet<RelationId>,
    /// The jobs, in the legend's order.
    pub jobs: Vec<Job>,
    /// The asks, in the legend's order.
    pub asks: Vec<Ask>,
}

/// The jobs or asks a scene's plan names, and who they bring forward.
pub fn presented_plan(map: &Map, plan: &ScenePlan) -> PresentedPlan {
    match plan {
        ScenePlan::JobsOf(coalition) => {
            let mut jobs: Vec<Job> = map
                .plan()
                .jobs()
                .filter(|job| job.coalition.as_ref() == Some(coalition))
                .cloned()
                .collect();
            jobs.sort_by_key(|job| (job_rank(job.status), due_key(job.due), job.id.clone()));
            let people = jobs
                .iter()
                .filter(|job| job.status != JobStatus::Dropped)
                .flat_map(|job| job.owner.iter().chain(&job.helpers))
                .filter(|id| map.stakeholder(id).is_some())
                .cloned()
                .collect();
            PresentedPlan {
                people,
                jobs,
                ..PresentedPlan::default()
            }
        }
        ScenePlan::AsksToward(target) => {
            let mut asks: Vec<Ask> = map
                .plan()
                .asks()
                .filter(|ask| ask.target.as_ref() == Some(target) || &ask.to == target)
                .cloned()
                .collect();
            asks.sort_by_key(|ask| (ask_rank(ask.status), due_key(ask.due), ask.id.clone()));
            let mut people: BTreeSet<StakeholderId> = BTreeSet::new();
            let mut relations = BTreeSet::new();
            if map.stakeholder(target).is_some() {
                people.insert(target.clone());
            }
            for ask in asks.iter().filter(|ask| ask.status != AskStatus::Dropped) {
                people.insert(ask.from.clone());
                people.insert(ask.to.clone());
                relations.extend(
                    map.relations()
                        .filter(|r| {
                            (r.from == ask.from && r.to == ask.to)
                                || (r.from == ask.to && r.to == ask.from)
                        })
                        .map(|r| r.id.clone()),
                );
            }
            PresentedPlan {
                people,
                relations,
                asks,
                ..PresentedPlan::default()
            }
        }
    }
}

fn job_rank(status: JobStatus) -> u8 {
    match status {
        JobStatus::Doing => 0,
        JobStatus::ToDo => 1,
        JobStatus::Done => 2,
        JobStatus::Dropped => 3,
    }
}

fn ask_rank(status: AskStatus) -> u8 {
    match status {
        AskStatus::Open => 0,
        AskStatus::Done => 1,
        AskStatus::Dropped => 2,
    }
}

/// Dated first, soonest first; undated last.
fn due_key(due: Option<Day>) -> (bool, Option<Day>) {
    (due.is_none(), due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Coalition, Kind, Relation, RelationKind, Stakeholder};

    /// Hub → Faith leaders → Council member, and a coalition with two jobs.
    fn planned() -> (Map, Vec<StakeholderId>, ScenePlan, ScenePlan) {
        let mut map = Map::new("Plan");
        let mut ids = map.id_allocator();
        let people: Vec<StakeholderId> = (0..4).map(|_| ids.stakeholder()).collect();
        let mut edits: Vec<Edit> = ["Hub", "Faith leaders", "Council member", "Bystander"]
            .iter()
            .zip(&people)
            .map(|(name, id)| {
                Edit::AddStakeholder(Stakeholder::new(id.clone(), *name, Kind::Organization))
            })
            .collect();
        for pair in people[..3].windows(2) {
            edits.push(Edit::AddRelation(Relation::new(
                ids.relation(),
                pair[0].clone(),
                pair[1].clone(),
                RelationKind::Influences,
            )));
        }
        let coalition = Coalition::new(ids.coalition(), "Evidence");
        let jobs = ScenePlan::JobsOf(coalition.id.clone());
        let mut brief = Job::new(ids.job(), "Write the brief");
        brief.coalition = Some(coalition.id.clone());
        brief.owner = Some(people[1].clone());
        brief.helpers = vec![people[0].clone()];
        brief.due = Some(Day::parse("2026-03-01").unwrap());
        let mut release = Job::new(ids.job(), "Media release");
        release.coalition = Some(coalition.id.clone());
        release.status = JobStatus::Doing;
        let mut other = Job::new(ids.job(), "Elsewhere");
        other.owner = Some(people[3].clone());
        edits.push(Edit::AddCoalition(coalition));
        for job in [brief, release, other] {
            edits.push(Edit::AddJob(Box::new(job)));
        }
        let mut first = Ask::new(ids.ask(), people[0].clone(), people[1].clone(), "Raise it");
        first.target = Some(people[2].clone());
        let second = Ask::new(ids.ask(), people[1].clone(), people[2].clone(), "Meet");
        let aside = Ask::new(ids.ask(), people[3].clone(), people[0].clone(), "Aside");
        for ask in [first, second, aside] {
            edits.push(Edit::AddAsk(Box::new(ask)));
        }
        Edit::Batch(edits).apply(&mut map).unwrap();
        let asks = ScenePlan::AsksToward(people[2].clone());
        (map, people, jobs, asks)
    }

    #[test]
    fn a_coalitions_jobs_bring_forward_their_owners_and_helpers_doing_first() {
        let (map, people, jobs, _) = planned();
        let shown = presented_plan(&map, &jobs);
        let titles: Vec<&str> = shown.jobs.iter().map(|j| j.title.as_str()).collect();
        assert_eq!(titles, ["Media release", "Write the brief"]);
        assert_eq!(shown.people, [people[0].clone(), people[1].clone()].into());
        assert!(shown.relations.is_empty());
    }

    #[test]
    fn the_asks_toward_a_target_bring_forward_the_path_to_it() {
        let (map, people, _, asks) = planned();
        let shown = presented_plan(&map, &asks);
        let what: Vec<&str> = shown.asks.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(what, ["Raise it", "Meet"]);
        assert_eq!(
            shown.people,
            people[..3].iter().cloned().collect::<BTreeSet<_>>()
        );
        assert_eq!(shown.relations.len(), 2, "both steps of the path");
    }
}
