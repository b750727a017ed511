//! `powermap check` and `powermap fmt`: whether map files are valid, and
//! their canonical form. Each file gets its own line; one bad file does not
//! stop the others.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;

use super::{load, one_line, stakeholders_and_relations};
use crate::file;
use crate::i18n::{tr, tr_with};

/// One line per file on `out`, the reason for each invalid one on `err`.
pub(super) fn check(
    files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut all_valid = true;
    for path in files {
        match load(path) {
            Ok(map) => writeln!(
                out,
                "{}",
                tr_with(
                    "cli-check-ok",
                    &[
                        ("path", path.display().to_string().into()),
                        ("contents", stakeholders_and_relations(&map).into()),
                        ("coalitions", map.coalition_count().into()),
                    ],
                )
            )?,
            Err(error) => {
                all_valid = false;
                writeln!(
                    out,
                    "{}",
                    tr_with(
                        "cli-check-invalid",
                        &[("path", path.display().to_string().into())]
                    )
                )?;
                writeln!(err, "{}", one_line(&error))?;
            }
        }
    }
    Ok(exit_code(all_valid))
}

/// Rewrites each file in canonical form, or with `check_only` says which are not.
pub(super) fn format(
    files: &[PathBuf],
    check_only: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut all_fine = true;
    for path in files {
        match format_one(path, check_only) {
            Ok(outcome) => {
                all_fine &= !matches!(outcome, Formatted::NotCanonical);
                let said = tr(match outcome {
                    Formatted::Canonical => "cli-fmt-canonical",
                    Formatted::Rewritten => "cli-fmt-rewritten",
                    Formatted::NotCanonical => "cli-fmt-not-canonical",
                });
                let line = tr_with(
                    "cli-path-said",
                    &[
                        ("path", path.display().to_string().into()),
                        ("said", said.into()),
                    ],
                );
                writeln!(out, "{line}")?;
            }
            Err(error) => {
                all_fine = false;
                writeln!(err, "{}", one_line(&error))?;
            }
        }
    }
    Ok(exit_code(all_fine))
}

/// What `fmt` did to one file.
enum Formatted {
    Canonical,
    Rewritten,
    NotCanonical,
}

fn format_one(path: &Path, check_only: bool) -> anyhow::Result<Formatted> {
    let map = load(path)?;
    let canonical = file::to_ron_string(&map).with_context(|| path.display().to_string())?;
    let current = std::fs::read(path).with_context(|| path.display().to_string())?;
    if current == canonical.as_bytes() {
        Ok(Formatted::Canonical)
    } else if check_only {
        Ok(Formatted::NotCanonical)
    } else {
        super::check_fits(&map, path)?;
        file::write_atomically(path, canonical.as_bytes())
            .with_context(|| path.display().to_string())?;
        Ok(Formatted::Rewritten)
    }
}

fn exit_code(fine: bool) -> ExitCode {
    if fine {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
