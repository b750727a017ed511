//! `powermap stats`: reads the map and prints what
//! [`analysis::stats_report`](crate::analysis::stats_report) makes of it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use super::load;
use crate::analysis::{StatsFormat, stats::stats_report_on};
use crate::model::Day;

pub(super) fn stats(
    path: &Path,
    json: bool,
    target: Option<&str>,
    coalition: Option<&str>,
    today: Option<Day>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let map = load(path)?;
    let format = if json {
        StatsFormat::Json
    } else {
        StatsFormat::Text
    };
    let report = stats_report_on(&map, format, target, coalition, today)
        .with_context(|| path.display().to_string())?;
    out.write_all(report.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
