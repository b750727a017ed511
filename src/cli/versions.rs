//! `powermap diff` and `powermap merge`: two versions of a map compared,
//! and two versions that grew apart from a common ancestor merged (also as
//! git's merge driver). Both exit with 2 when they cannot run, as diff(1)
//! does, since 1 says the versions differ or conflict.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use super::load;
use crate::file;
use crate::model::Map;

/// Lists what changed from `old` to `new`: exit 0 when nothing did, 1 when something did.
pub(super) fn diff(old: &Path, new: &Path, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let (old_map, new_map) = (load(old)?, load(new)?);
    let changes = crate::exchange::diff::diff(&old_map, &new_map);
    if changes.is_empty() {
        writeln!(out, "The maps are the same.")?;
        Ok(ExitCode::SUCCESS)
    } else {
        write!(out, "{}", changes.to_text())?;
        Ok(ExitCode::from(1))
    }
}

/// Merges `ours` and `theirs` from `base` into `output`: exit 0 when clean,
/// 1 when conflicts were written into it.
pub(super) fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let versions = (merge_input(base)?, merge_input(ours)?, merge_input(theirs)?);
    let merged = crate::exchange::merge::merge(&versions.0, &versions.1, &versions.2)
        .map_err(anyhow::Error::msg)?;
    // No backup beside OUT: git hands the driver temporary files in the
    // working tree, and a backup there would be a stray file.
    super::check_fits(&merged.map, output)?;
    let text = file::to_ron_string(&merged.map).context("the merged map could not be written")?;
    file::write_atomically(output, text.as_bytes())?;
    writeln!(
        out,
        "Merged {} and {} (common ancestor {}) into {}.",
        ours.display(),
        theirs.display(),
        base.display(),
        output.display()
    )?;
    write!(out, "{}", merged.to_text())?;
    Ok(if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Reads a version for a merge; an empty file (git's common ancestor of a
/// file both branches added) is an empty map.
fn merge_input(path: &Path) -> anyhow::Result<Map> {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        return Ok(Map::new(""));
    }
    load(path)
}
