//! The plan in a spreadsheet: the jobs in one CSV file and the asks in
//! `NAME.asks.csv` beside it, written both or neither. Stakeholders and
//! coalitions are named by name (a spreadsheet is read by people), lists
//! are joined with `|` as in the stakeholders file, and a cell a
//! spreadsheet would run as a formula is quoted.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::{finish, formula, write_row, writer};
use crate::file::{SaveError, write_together};
use crate::model::field::join_file_list;
use crate::model::{Day, Map, StakeholderId};

/// The columns of the jobs file.
pub const JOB_COLUMNS: [&str; 11] = [
    "id",
    "title",
    "status",
    "due",
    "coalition",
    "owner",
    "helpers",
    "target",
    "expertise",
    "contributions",
    "notes",
];

/// The columns of the asks file.
pub const ASK_COLUMNS: [&str; 10] = [
    "id", "from", "to", "what", "target", "owner", "due", "status", "outcome", "done_on",
];

/// The jobs and the asks as two CSV texts, in id order.
pub fn plan_csv(map: &Map) -> (String, String) {
    let name = |id: &StakeholderId| -> Cow<'_, str> {
        map.stakeholder(id).map_or_else(
            || Cow::Owned(id.to_string()),
            |s| Cow::Borrowed(s.name.as_str()),
        )
    };
    let maybe = |id: Option<&StakeholderId>| id.map_or(Cow::Borrowed(""), name);
    let day = |day: Option<Day>| day.map_or(Cow::Borrowed(""), |d| Cow::Owned(d.to_string()));

    let mut jobs = writer();
    write_row(&mut jobs, JOB_COLUMNS.map(Cow::Borrowed));
    for job in map.plan().jobs() {
        let helpers: Vec<Cow<'_, str>> = job.helpers.iter().map(name).collect();
        let row = [
            Cow::Borrowed(job.id.as_str()),
            Cow::Borrowed(job.title.as_str()),
            Cow::Borrowed(job.status.label()),
            day(job.due),
            job.coalition
                .as_ref()
                .and_then(|c| map.coalition(c))
                .map_or(Cow::Borrowed(""), |c| Cow::Borrowed(c.name.as_str())),
            maybe(job.owner.as_ref()),
            Cow::Owned(join_file_list(helpers.iter().map(AsRef::as_ref))),
            maybe(job.target.as_ref()),
            Cow::Owned(join_file_list(job.expertise.iter().map(String::as_str))),
            Cow::Owned(join_file_list(job.contributions.iter().map(|c| c.label()))),
            Cow::Borrowed(job.notes.as_str()),
        ];
        write_row(&mut jobs, row.into_iter().map(formula::escape));
    }

    let mut asks = writer();
    write_row(&mut asks, ASK_COLUMNS.map(Cow::Borrowed));
    for ask in map.plan().asks() {
        let row = [
            Cow::Borrowed(ask.id.as_str()),
            name(&ask.from),
            name(&ask.to),
            Cow::Borrowed(ask.what.as_str()),
            maybe(ask.target.as_ref()),
            maybe(ask.owner.as_ref()),
            day(ask.due),
            Cow::Borrowed(ask.status.label()),
            Cow::Borrowed(ask.outcome.as_str()),
            day(ask.done_on),
        ];
        write_row(&mut asks, row.into_iter().map(formula::escape));
    }
    (finish(jobs), finish(asks))
}

/// Where the asks of a jobs CSV file go: `NAME.asks.csv`.
pub fn asks_path(jobs: &Path) -> PathBuf {
    let stem = jobs
        .file_stem()
        .map_or_else(|| "plan".into(), |s| s.to_string_lossy().into_owned());
    jobs.with_file_name(format!("{stem}.asks.csv"))
}

/// Writes the jobs to `jobs` and the asks to `NAME.asks.csv` beside it,
/// both or neither; returns the latter's path.
pub fn write_plan_files(map: &Map, jobs: &Path) -> Result<PathBuf, SaveError> {
    let (job_text, ask_text) = plan_csv(map);
    let asks = asks_path(jobs);
    write_together(&[(jobs, job_text.as_bytes()), (&asks, ask_text.as_bytes())])?;
    Ok(asks)
}
