//! `powermap history`: what the map remembers, for the whole map or one
//! stakeholder; and the measure of change `powermap stats --since` prints.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use super::load;
use crate::analysis::{change, find_stakeholder, history_text::history_text};
use crate::model::Day;

pub(super) fn history(
    path: &Path,
    stakeholder: Option<&str>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let map = load(path)?;
    let only = stakeholder
        .map(|text| find_stakeholder(&map, text))
        .transpose()
        .with_context(|| path.display().to_string())?;
    out.write_all(history_text(&map, only.as_ref()).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn change_report(
    path: &Path,
    since: Day,
    until: Option<Day>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    if let Some(until) = until.filter(|until| *until < since) {
        return Err(super::Usage(crate::i18n::tr_with(
            "cli-until-before-since",
            &[
                ("until", until.to_string().into()),
                ("since", since.to_string().into()),
            ],
        ))
        .into());
    }
    let map = load(path)?;
    let measured = change::change(&map, since, until);
    if json {
        serde_json::to_writer_pretty(&mut *out, &measured)?;
        writeln!(out)?;
    } else {
        out.write_all(change::to_text(&measured).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}
