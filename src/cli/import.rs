//! `powermap import`: a new map file from a spreadsheet's stakeholders and
//! relations (CSV) or from a GraphML file. What could not be read is listed
//! with its line; then nothing is written unless the user accepts a
//! partial import.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use super::{Usage, stakeholders_and_relations};
use crate::exchange::incoming::title_of;
use crate::exchange::{csv, graphml};
use crate::file;
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// Imports `stakeholders` (a CSV file, or a `.graphml` file) into a new
/// map file `output`. Warnings and what was left out go to `err`.
pub(super) fn import(
    stakeholders: &Path,
    relations: Option<&Path>,
    output: &Path,
    accept_partial: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let graphml = stakeholders
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("graphml"));
    if graphml && relations.is_some() {
        return Err(Usage(tr("cli-import-graphml-relations")).into());
    }
    if output.exists() {
        bail!(tr_with(
            "cli-import-exists",
            &[("path", output.display().to_string().into())],
        ));
    }
    let map = if graphml {
        from_graphml(stakeholders, accept_partial, err)?
    } else {
        from_csv(stakeholders, relations, accept_partial, err)?
    };
    super::check_fits(&map, output)?;
    file::save_file(&map, output)?;
    let line = tr_with(
        "cli-path-said",
        &[
            ("path", output.display().to_string().into()),
            ("said", stakeholders_and_relations(&map).into()),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(ExitCode::SUCCESS)
}

fn from_csv(
    stakeholders: &Path,
    relations: Option<&Path>,
    accept_partial: bool,
    err: &mut dyn Write,
) -> anyhow::Result<Map> {
    let (people, links) = csv::read_files(stakeholders, relations).map_err(anyhow::Error::msg)?;
    if let Some(missing) = csv::missing_relations(stakeholders, relations) {
        let line = tr_with(
            "cli-path-said",
            &[
                ("path", stakeholders.display().to_string().into()),
                ("said", missing.into()),
            ],
        );
        writeln!(err, "{line}")?;
    }
    let imported = csv::import(&people, links.as_deref()).map_err(anyhow::Error::msg)?;
    for rejected in &imported.rejected {
        writeln!(err, "{rejected}")?;
    }
    if !imported.unknown_columns.is_empty() {
        writeln!(
            err,
            "{}",
            tr_with(
                "cli-import-unknown-columns",
                &[("columns", imported.unknown_columns.join(", ").into())],
            )
        )?;
    }
    for said in &imported.read_as {
        writeln!(
            err,
            "{}",
            tr_with("cli-import-read-as", &[("said", said.clone().into())])
        )?;
    }
    if !imported.rejected.is_empty() && !accept_partial {
        bail!(tr_with(
            "cli-import-rows-rejected",
            &[("count", imported.rejected.len().into())],
        ));
    }
    csv::to_map(&title_of(stakeholders), &imported).map_err(anyhow::Error::msg)
}

fn from_graphml(path: &Path, accept_partial: bool, err: &mut dyn Write) -> anyhow::Result<Map> {
    let text = graphml::read::read_file(path).map_err(anyhow::Error::msg)?;
    let imported = graphml::import(&text)
        .map_err(anyhow::Error::msg)
        .with_context(|| path.display().to_string())?;
    write!(err, "{}", graphml::read::report_text(&imported.report))?;
    let left_out = imported.report.left_out_count();
    if left_out > 0 && !accept_partial {
        bail!(tr_with(
            "cli-import-items-left-out",
            &[("count", left_out.into())],
        ));
    }
    imported.to_map(&title_of(path)).map_err(anyhow::Error::msg)
}
