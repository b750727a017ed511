//! Where the plan stands on a day: overdue jobs, open asks, relations gone
//! cold and targets nobody has contacted ([`PlanStatus`], part of every
//! analysis); and the whole plan with the people suggested for each job
//! ([`PlanReport`], what `powermap plan` prints).

use std::fmt::Write as _;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::report::{escape, name};
use super::suggest::{Suggestion, Why, suggest};
use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::plan::{ColdRelation, cold_relations, uncontacted_targets};
use crate::model::{Ask, AskId, AskStatus, Day, Job, JobId, Map, StakeholderId};

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
            uncontacted_targets: uncontacted_targets(map, today),
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

    /// The plan as Markdown for people, in this thread's language.
    pub fn to_text(&self, map: &Map) -> String {
        let mut out = String::new();
        let title = escape(&self.title);
        let heading = match self.status.today {
            Some(day) => tr_with(
                "plan-report-title-on",
                &[("title", title.into()), ("day", day.to_string().into())],
            ),
            None => tr_with("plan-report-title", &[("title", title.into())]),
        };
        let _ = writeln!(out, "# {heading}\n");
        let jobs = tr_with("plan-report-jobs", &[("count", self.jobs.len().into())]);
        let _ = writeln!(out, "## {jobs}\n");
        if self.jobs.is_empty() {
            let _ = writeln!(out, "{}\n", tr("plan-report-no-jobs"));
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

/// The words of `id` with one argument `name`.
fn with_name(id: &str, name: String) -> String {
    tr_with(id, &[("name", name.into())])
}

fn day_words(id: &str, day: Day) -> String {
    tr_with(id, &[("day", day.to_string().into())])
}

fn job_lines(out: &mut String, map: &Map, planned: &JobPlan) {
    let job = &planned.job;
    let mut line = format!("- [{}] {}", job.status.translated(), escape(&job.title));
    if let Some(due) = job.due {
        let _ = write!(line, ", {}", day_words("plan-report-due", due));
        if planned.overdue {
            let _ = write!(line, " {}", tr("plan-report-overdue"));
        }
    }
    if let Some(owner) = &job.owner {
        let _ = write!(
            line,
            ", {}",
            with_name("plan-report-owner", name(map, owner))
        );
    }
    if let Some(coalition) = job.coalition.as_ref().and_then(|c| map.coalition(c)) {
        let _ = write!(
            line,
            ", {}",
            with_name("plan-report-for", escape(&coalition.name))
        );
    }
    if let Some(target) = &job.target {
        let _ = write!(
            line,
            ", {}",
            with_name("plan-report-toward", name(map, target))
        );
    }
    let _ = writeln!(out, "{line}");
    let mut needs: Vec<String> = job.expertise.clone();
    needs.extend(
        job.contributions
            .iter()
            .map(|c| c.translated().to_lowercase()),
    );
    if !needs.is_empty() {
        let list = tr_with("plan-report-needs", &[("list", needs.join(", ").into())]);
        let _ = writeln!(out, "  - {list}");
    }
    for (rank, suggestion) in planned.suggested.iter().enumerate() {
        let suggested = tr_with(
            "plan-report-suggested",
            &[
                ("rank", (rank + 1).into()),
                ("line", suggestion_line(map, suggestion).into()),
            ],
        );
        let _ = writeln!(out, "  - {suggested}");
    }
    if job.status.is_open() && planned.suggested.is_empty() {
        let _ = writeln!(out, "  - {}", tr("plan-report-nobody"));
    }
}

/// "Watchgroup, 62 points: research, policy; ...; local time 14:05 (Thu,
/// UTC+01:00)", in this thread's language.
pub fn suggestion_line(map: &Map, suggestion: &Suggestion) -> String {
    let reasons: Vec<String> = suggestion
        .reasons
        .iter()
        .map(|r| why_words(&r.why, map))
        .collect();
    let mut line = tr_with(
        "plan-report-suggestion",
        &[
            ("name", name(map, &suggestion.stakeholder).into()),
            (
                "points",
                tr_with("plan-report-points", &[("count", suggestion.points.into())]).into(),
            ),
            ("reasons", reasons.join("; ").into()),
        ],
    );
    if let Some(time) = &suggestion.local_time {
        let time = if suggestion.place.is_empty() {
            tr_with("plan-report-local-time", &[("time", time.as_str().into())])
        } else {
            tr_with(
                "plan-report-local-time-in",
                &[
                    ("place", escape(&suggestion.place).into()),
                    ("time", time.as_str().into()),
                ],
            )
        };
        let _ = write!(line, "; {time}");
    }
    line
}

fn why_words(why: &Why, map: &Map) -> String {
    match why {
        Why::Expertise(tags) => tags.join(", "),
        Why::Contributions(brings) => {
            let labels: Vec<String> = brings
                .iter()
                .map(|c| c.translated().to_lowercase())
                .collect();
            tr_with("plan-report-brings", &[("list", labels.join(", ").into())])
        }
        Why::Commitment(level) => tr_with("plan-report-commitment", &[("level", (*level).into())]),
        Why::Role(role) => role.translated().to_lowercase(),
        Why::Stance(stance) => stance.translated().to_lowercase(),
        Why::Member(Some(id)) => with_name(
            "plan-report-member-of",
            map.coalition(id)
                .map_or_else(|| id.to_string(), |c| escape(&c.name)),
        ),
        Why::Member(None) => tr("plan-report-member"),
        Why::Route { steps, cost } => tr_with(
            "plan-report-route",
            &[("steps", (*steps).into()), ("cost", (*cost).into())],
        ),
    }
}

/// The overdue jobs, open asks, cold relations and uncontacted targets, as
/// sections at this heading level, in this thread's language.
pub(super) fn status_sections(out: &mut String, map: &Map, status: &PlanStatus, level: usize) {
    let hashes = "#".repeat(level);
    let plan = map.plan();
    let none = tr("plan-report-none");
    let count = |id: &str, n: usize| tr_with(id, &[("count", n.into())]);
    let overdue = count("plan-report-overdue-jobs", status.overdue_jobs.len());
    let _ = writeln!(out, "{hashes} {overdue}\n");
    if status.overdue_jobs.is_empty() {
        let _ = writeln!(out, "{none}");
    }
    for job in status.overdue_jobs.iter().filter_map(|id| plan.job(id)) {
        let owner = job.owner.as_ref().map_or_else(
            || tr("plan-report-no-owner"),
            |o| with_name("plan-report-owner", name(map, o)),
        );
        let due = job.due.map_or_else(String::new, |d| {
            format!("{}, ", day_words("plan-report-due", d))
        });
        let line = tr_with(
            "plan-report-overdue-job",
            &[
                ("title", escape(&job.title).into()),
                ("details", format!("{due}{owner}").into()),
            ],
        );
        let _ = writeln!(out, "- {line}");
    }
    let asks = count("plan-report-open-asks", status.open_asks.len());
    let _ = writeln!(out, "\n{hashes} {asks}\n");
    if status.open_asks.is_empty() {
        let _ = writeln!(out, "{none}");
    }
    let today = status.today;
    for ask in status.open_asks.iter().filter_map(|id| plan.ask(id)) {
        let mut line = tr_with(
            "plan-ask-line",
            &[
                ("from", name(map, &ask.from).into()),
                ("to", name(map, &ask.to).into()),
                ("what", escape(&ask.what).into()),
            ],
        );
        if let Some(due) = ask.due {
            let _ = write!(line, ", {}", day_words("plan-report-by", due));
            if today.is_some_and(|t| ask.is_overdue(t)) {
                let _ = write!(line, " {}", tr("plan-report-overdue"));
            }
        }
        if let Some(target) = &ask.target {
            let _ = write!(
                line,
                ", {}",
                with_name("plan-report-toward", name(map, target))
            );
        }
        let _ = writeln!(out, "- {line}");
    }
    let cold = tr_with(
        "plan-report-cold",
        &[
            ("count", status.cold_relations.len().into()),
            ("days", status.cold_after_days.into()),
        ],
    );
    let _ = writeln!(out, "\n{hashes} {cold}\n");
    if status.cold_relations.is_empty() {
        let _ = writeln!(out, "{none}");
    }
    for cold in &status.cold_relations {
        let Some(relation) = map.relation(&cold.relation) else {
            continue;
        };
        let line = tr_with(
            "plan-report-cold-line",
            &[
                ("from", name(map, &relation.from).into()),
                ("to", name(map, &relation.to).into()),
                ("kind", relation_kind(&relation.kind).to_lowercase().into()),
                ("day", cold.last_contact.to_string().into()),
                ("days", cold.days.into()),
            ],
        );
        let _ = writeln!(out, "- {line}");
    }
    let uncontacted = count("plan-report-uncontacted", status.uncontacted_targets.len());
    let _ = writeln!(out, "\n{hashes} {uncontacted}\n");
    if status.uncontacted_targets.is_empty() {
        let _ = writeln!(out, "{none}");
    }
    for target in &status.uncontacted_targets {
        let _ = writeln!(out, "- {}", name(map, target));
    }
    out.push('\n');
}
