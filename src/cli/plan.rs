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
use crate::model::Day;
use crate::words::plural;

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
    let open_with_dates = map
        .plan()
        .jobs()
        .filter(|j| j.status.is_open() && j.due.is_some())
        .count()
        + map
            .plan()
            .asks()
            .filter(|a| a.status == crate::model::AskStatus::Open && a.due.is_some())
            .count();
    match (&asked.output, asked.ics, asked.csv) {
        (Some(output), true, _) => {
            refuse_the_map_itself(path, output)?;
            write_atomically(output, due_dates_ics(&map, now).as_bytes())
                .with_context(|| format!("could not write “{}”", output.display()))?;
            writeln!(
                out,
                "{}: {} of open jobs and asks",
                output.display(),
                plural(open_with_dates, "due date")
            )?;
        }
        (Some(output), false, true) => {
            refuse_the_map_itself(path, output)?;
            let asks = write_plan_files(&map, output)
                .with_context(|| format!("could not write “{}”", output.display()))?;
            writeln!(
                out,
                "{}: {}\n{}: {}",
                output.display(),
                plural(map.plan().jobs().count(), "job"),
                asks.display(),
                plural(map.plan().asks().count(), "ask")
            )?;
        }
        (Some(output), false, false) => {
            return Err(Usage(format!(
                "-o {} needs --ics (the due dates) or --csv (the jobs and asks)",
                output.display()
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

/// Writing the calendar or the spreadsheet over the map would lose it.
fn refuse_the_map_itself(map: &Path, output: &Path) -> anyhow::Result<()> {
    let same = match (map.canonicalize(), output.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Usage(format!(
            "-o {} is the map itself; choose another file",
            output.display()
        ))
        .into());
    }
    Ok(())
}
