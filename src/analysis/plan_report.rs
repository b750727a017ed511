//! Where the plan stands on a day: overdue jobs, open asks, relations gone
//! cold and targets nobody has contacted ([`PlanStatus`], part of every
//! analysis); and the whole plan with the people suggested for each job
//! ([`PlanReport`], what `powermap plan` prints).

use std::fmt::Write as _;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::report::{escape, name};
use super::suggest::{Suggestion, Why, suggest};
use crate::model::plan::{ColdRelation, cold_relations, uncontacted_targets};
use crate::model::{Ask, AskId, AskStatus, Day, Job, JobId, Map, StakeholderId};
use crate::words::plural;

/// How many people `powermap plan` suggests for each open job.
pub const SUGGESTED_PER_JOB: usize = 3;

/// What needs attention in the plan on one day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStatus {
    pub today: Option<Day>,
    pub cold_after_days: u32,
    /// Open jobs whose due date has passed, most overdue first.
    pub overdue_jobs: Vec<JobId>,
    /// Asks still open, soonest due first (those without a date last).
    pub open_asks: Vec<AskId>,
    /// Relations whose last contact is older than the map allows, longest cold first.
    pub cold_relations: Vec<ColdRelation>,
    /// Targets no contact reaches, in id order.
    pub uncontacted_targets: Vec<StakeholderId>,
}

impl PlanStatus {
    pub fn of(map: &Map, today: Day) -> Self {
        let plan = map.plan();
        let mut overdue: Vec<&Job> = plan.jobs().filter(|j| j.is_overdue(today)).collect();
        overdue.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
        let mut open: Vec<&Ask> = plan
            .asks()
            .filter(|a| a.status == AskStatus::Open)
            .collect();
        open.sort_by(|a, b| {
            (a.due.is_none(), a.due)
                .cmp(&(b.due.is_none(), b.due))
                .then_with(|| a.id.cmp(&b.id))
        });
        Self {
            today: Some(today),
            cold_after_days: plan.cold_after_days(),
            overdue_jobs: overdue.into_iter().map(|j| j.id.clone()).collect(),
            open_asks: open.into_iter().map(|a| a.id.clone()).collect(),
            cold_relations: cold_relations(map, today),
            uncontacted_targets: uncontacted_targets(map),
        }
    }
}

/// One job and who could do it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobPlan {
    pub job: Job,
    pub overdue: bool,
    /// The best people for an open job; none for a job done or dropped.
    pub suggested: Vec<Suggestion>,
}

/// The whole plan on a day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanReport {
    pub title: String,
    /// Every job, soonest due first (those without a date last).
    pub jobs: Vec<JobPlan>,
    pub status: PlanStatus,
}

impl PlanReport {
    /// The plan on `today`, with each suggested person's local time at `now`.
    pub fn of(map: &Map, today: Day, now: Timestamp) -> Self {
        let mut jobs: Vec<&Job> = map.plan().jobs().collect();
        jobs.sort_by(|a, b| {
            (a.due.is_none(), a.due)
                .cmp(&(b.due.is_none(), b.due))
                .then_with(|| a.id.cmp(&b.id))
        });
        let jobs = jobs
            .into_iter()
            .map(|job| JobPlan {
                overdue: job.is_overdue(today),
                suggested: if job.status.is_open() {
                    suggest(map, job, now)
                        .into_iter()
                        .take(SUGGESTED_PER_JOB)
                        .collect()
                } else {
                    Vec::new()
                },
                job: job.clone(),
            })
            .collect();
        Self {
            title: map.title().to_owned(),
            jobs,
            status: PlanStatus::of(map, today),
        }
    }

    /// The plan as Markdown for people.
    pub fn to_text(&self, map: &Map) -> String {
        let mut out = String::new();
        let on = self
            .status
            .today
            .map_or_else(String::new, |d| format!(" on {d}"));
        let _ = writeln!(out, "# Plan of {}{on}\n", escape(&self.title));
        let _ = writeln!(out, "## Jobs ({})\n", self.jobs.len());
        if self.jobs.is_empty() {
            out.push_str("The map has no jobs yet.\n\n");
        }
        for planned in &self.jobs {
            job_lines(&mut out, map, planned);
        }
        if !self.jobs.is_empty() {
            out.push('\n');
        }
        status_sections(&mut out, map, &self.status, 2);
        out
    }
}

fn job_lines(out: &mut String, map: &Map, planned: &JobPlan) {
    let job = &planned.job;
    let mut line = format!("- [{}] {}", job.status.label(), escape(&job.title));
    if let Some(due) = job.due {
        let _ = write!(line, ", due {due}");
        if planned.overdue {
            line.push_str(" (overdue)");
        }
    }
    if let Some(owner) = &job.owner {
        let _ = write!(line, ", owner {}", name(map, owner));
    }
    if let Some(coalition) = job.coalition.as_ref().and_then(|c| map.coalition(c)) {
        let _ = write!(line, ", for {}", escape(&coalition.name));
    }
    if let Some(target) = &job.target {
        let _ = write!(line, ", toward {}", name(map, target));
    }
    let _ = writeln!(out, "{line}");
    let mut needs: Vec<String> = job.expertise.clone();
    needs.extend(job.contributions.iter().map(|c| c.label().to_lowercase()));
    if !needs.is_empty() {
        let _ = writeln!(out, "  - needs {}", needs.join(", "));
    }
    for (rank, suggestion) in planned.suggested.iter().enumerate() {
        let _ = writeln!(
            out,
            "  - suggested {}: {}",
            rank + 1,
            suggestion_line(map, suggestion)
        );
    }
    if job.status.is_open() && planned.suggested.is_empty() {
        out.push_str("  - nobody on the map brings what it needs\n");
    }
}

/// "Watchgroup, 62 points: research, policy; ...; local time 14:05 (Thu, UTC+01:00)".
pub fn suggestion_line(map: &Map, suggestion: &Suggestion) -> String {
    let reasons: Vec<String> = suggestion
        .reasons
        .iter()
        .map(|r| why_words(&r.why, map))
        .collect();
    let mut line = format!(
        "{}, {}: {}",
        name(map, &suggestion.stakeholder),
        plural(suggestion.points as usize, "point"),
        reasons.join("; ")
    );
    if let Some(time) = &suggestion.local_time {
        let place = if suggestion.place.is_empty() {
            String::new()
        } else {
            format!(" in {}", escape(&suggestion.place))
        };
        let _ = write!(line, "; local time{place} {time}");
    }
    line
}

fn why_words(why: &Why, map: &Map) -> String {
    match why {
        Why::Expertise(tags) => tags.join(", "),
        Why::Contributions(brings) => {
            let labels: Vec<String> = brings.iter().map(|c| c.label().to_lowercase()).collect();
            format!("brings {}", labels.join(", "))
        }
        Why::Commitment(level) => format!("commitment {level}"),
        Why::Role(role) => role.label().to_lowercase(),
        Why::Stance(stance) => stance.label().to_lowercase(),
        Why::Member(Some(id)) => format!(
            "member of {}",
            map.coalition(id)
                .map_or_else(|| id.to_string(), |c| escape(&c.name))
        ),
        Why::Member(None) => "member of a coalition".to_owned(),
        Why::Route { steps, cost } => {
            format!(
                "reaches the target in {} (cost {cost})",
                plural(*steps, "step")
            )
        }
    }
}

/// The overdue jobs, open asks, cold relations and uncontacted targets, as
/// sections at this heading level.
pub(super) fn status_sections(out: &mut String, map: &Map, status: &PlanStatus, level: usize) {
    let hashes = "#".repeat(level);
    let plan = map.plan();
    let _ = writeln!(
        out,
        "{hashes} Overdue jobs ({})\n",
        status.overdue_jobs.len()
    );
    if status.overdue_jobs.is_empty() {
        out.push_str("None.\n");
    }
    for job in status.overdue_jobs.iter().filter_map(|id| plan.job(id)) {
        let owner = job.owner.as_ref().map_or_else(
            || "no owner".to_owned(),
            |o| format!("owner {}", name(map, o)),
        );
        let due = job.due.map_or_else(String::new, |d| format!("due {d}, "));
        let _ = writeln!(out, "- {}: {due}{owner}", escape(&job.title));
    }
    let _ = writeln!(out, "\n{hashes} Open asks ({})\n", status.open_asks.len());
    if status.open_asks.is_empty() {
        out.push_str("None.\n");
    }
    let today = status.today;
    for ask in status.open_asks.iter().filter_map(|id| plan.ask(id)) {
        let mut line = format!(
            "- {} asks {}: {}",
            name(map, &ask.from),
            name(map, &ask.to),
            escape(&ask.what)
        );
        if let Some(due) = ask.due {
            let _ = write!(line, ", by {due}");
            if today.is_some_and(|t| ask.is_overdue(t)) {
                line.push_str(" (overdue)");
            }
        }
        if let Some(target) = &ask.target {
            let _ = write!(line, ", toward {}", name(map, target));
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(
        out,
        "\n{hashes} Relations gone cold ({}; no contact in {})\n",
        status.cold_relations.len(),
        plural(status.cold_after_days as usize, "day")
    );
    if status.cold_relations.is_empty() {
        out.push_str("None.\n");
    }
    for cold in &status.cold_relations {
        let Some(relation) = map.relation(&cold.relation) else {
            continue;
        };
        let _ = writeln!(
            out,
            "- {} → {} ({}): last contact {}, {} ago",
            name(map, &relation.from),
            name(map, &relation.to),
            relation.kind.label().to_lowercase(),
            cold.last_contact,
            plural(usize::try_from(cold.days).unwrap_or(0), "day")
        );
    }
    let _ = writeln!(
        out,
        "\n{hashes} Targets nobody has contacted ({})\n",
        status.uncontacted_targets.len()
    );
    if status.uncontacted_targets.is_empty() {
        out.push_str("None.\n");
    }
    for target in &status.uncontacted_targets {
        let _ = writeln!(out, "- {}", name(map, target));
    }
    out.push('\n');
}
