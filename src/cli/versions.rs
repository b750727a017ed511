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
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// Lists what changed from `old` to `new`: exit 0 when nothing did, 1 when something did.
pub(super) fn diff(old: &Path, new: &Path, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let (old_map, new_map) = (load(old)?, load(new)?);
    let changes = crate::exchange::diff::diff(&old_map, &new_map);
    if changes.is_empty() {
        writeln!(out, "{}", tr("cli-diff-same"))?;
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
    let versions = (
        merge_input(base, Version::Base)?,
        merge_input(ours, Version::Ours)?,
        merge_input(theirs, Version::Theirs)?,
    );
    let merged = crate::exchange::merge::merge(&versions.0, &versions.1, &versions.2)
        .map_err(anyhow::Error::msg)?;
    // No backup beside OUT: git hands the driver temporary files in the
    // working tree, and a backup there would be a stray file.
    super::check_fits(&merged.map, output)?;
    let text = file::to_ron_string(&merged.map).context(tr("cli-merge-not-written"))?;
    file::write_atomically(output, text.as_bytes())?;
    writeln!(
        out,
        "{}",
        tr_with(
            "cli-merged",
            &[
                ("ours", Version::Ours.name(ours).into()),
                ("theirs", Version::Theirs.name(theirs).into()),
                ("base", Version::Base.name(base).into()),
                ("output", output.display().to_string().into()),
            ],
        )
    )?;
    write!(out, "{}", merged.to_text())?;
    Ok(if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Which of the three versions a merge reads.
#[derive(Clone, Copy)]
enum Version {
    Base,
    Ours,
    Theirs,
}

impl Version {
    /// How messages name the version at `path`: by its path, unless it is
    /// one of the temporary files git hands its merge driver
    /// (`.merge_file_a1B2c3`), which mean nothing to the user; those are
    /// named by what they are.
    fn name(self, path: &Path) -> String {
        let from_git = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with(".merge_file_"));
        if !from_git {
            return path.display().to_string();
        }
        tr(match self {
            Self::Base => "cli-version-base",
            Self::Ours => "cli-version-ours",
            Self::Theirs => "cli-version-theirs",
        })
    }
}

/// Reads a version for a merge; an empty file (git's common ancestor of a
/// file both branches added) is an empty map. The error names the version
/// as the user knows it.
fn merge_input(path: &Path, version: Version) -> anyhow::Result<Map> {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        return Ok(Map::new(""));
    }
    let name = version.name(path);
    crate::file::load_file(path).map_err(|err| match err {
        // git's temporary file means nothing to the user: say which
        // version could not be read, and why.
        file::LoadError::Io { source, .. } if name != path.display().to_string() => {
            anyhow::anyhow!(tr_with(
                "cli-version-unreadable",
                &[
                    ("version", name.clone().into()),
                    ("reason", file::read_reason(&source).into()),
                ],
            ))
        }
        err => anyhow::Error::new(err).context(name),
    })
}
