//! `powermap plan`: the jobs with the people suggested for them, open
//! asks, overdue jobs and cold relations; or the due dates as an iCalendar
//! file, or the jobs and asks as CSV.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use jiff::Timestamp;

use super::{Usage, load};
use crate::analysis::PlanReport;
use crate::exchange::calendar::due_dates_ics;
use crate::exchange::csv::plan::write_plan_files;
use crate::file::write_atomically;
use crate::i18n::tr_with;
use crate::model::Day;

/// What `powermap plan` writes, and where.
pub(super) struct Out {
    pub json: bool,
    pub ics: bool,
    pub csv: bool,
    pub output: Option<PathBuf>,
    pub today: Option<Day>,
}

pub(super) fn plan(path: &Path, asked: &Out, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let map = load(path)?;
    let now = Timestamp::now();
    let today = asked.today.unwrap_or_else(Day::today);
    let open_with_dates = crate::exchange::calendar::due_date_count(&map);
    match (&asked.output, asked.ics, asked.csv) {
        (Some(output), true, _) => {
            refuse_the_map_itself(path, output)?;
            write_atomically(output, due_dates_ics(&map, now).as_bytes())
                .with_context(|| could_not_write(output))?;
            let wrote = tr_with(
                "cli-plan-wrote-ics",
                &[
                    ("path", output.display().to_string().into()),
                    ("count", open_with_dates.into()),
                ],
            );
            writeln!(out, "{wrote}")?;
        }
        (Some(output), false, true) => {
            refuse_the_map_itself(path, output)?;
            let asks = write_plan_files(&map, output).with_context(|| could_not_write(output))?;
            let wrote = tr_with(
                "cli-plan-wrote-csv",
                &[
                    ("jobs-path", output.display().to_string().into()),
                    ("jobs", map.plan().jobs().count().into()),
                    ("asks-path", asks.display().to_string().into()),
                    ("asks", map.plan().asks().count().into()),
                ],
            );
            writeln!(out, "{wrote}")?;
        }
        (Some(output), false, false) => {
            return Err(Usage(tr_with(
                "cli-plan-output-needs-format",
                &[("path", output.display().to_string().into())],
            ))
            .into());
        }
        (None, _, _) => {
            let report = PlanReport::of(&map, today, now);
            if asked.json {
                serde_json::to_writer_pretty(&mut *out, &report)?;
                writeln!(out)?;
            } else {
                out.write_all(report.to_text(&map).as_bytes())?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "could not write “plan.ics”", in this thread's language.
fn could_not_write(path: &Path) -> String {
    tr_with(
        "cli-could-not-write",
        &[("path", path.display().to_string().into())],
    )
}

/// Writing the calendar or the spreadsheet over the map would lose it.
fn refuse_the_map_itself(map: &Path, output: &Path) -> anyhow::Result<()> {
    let same = match (map.canonicalize(), output.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Usage(tr_with(
            "cli-plan-output-is-map",
            &[("path", output.display().to_string().into())],
        ))
        .into());
    }
    Ok(())
}
