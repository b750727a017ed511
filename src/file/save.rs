//! Saving a map: its canonical text (the same map always gives the same
//! bytes), written atomically with the file it replaces kept as a backup,
//! and errors of the file system in words a user acts on.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::SaveError;
use super::format::{CURRENT_VERSION, FORMAT_NAME, FileData, MapData};
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// The canonical text of a map: the same map always gives the same bytes,
/// items in id order, each item of the map's lists on one line.
pub fn to_ron_string(map: &Map) -> Result<String, ron::Error> {
    let meta = map.meta();
    let data = FileData {
        format: FORMAT_NAME.to_owned(),
        version: CURRENT_VERSION,
        map: MapData {
            title: meta.title.clone(),
            goal: meta.goal.clone(),
            theory_of_change: meta.theory_of_change.clone(),
            conditions: meta.conditions.clone(),
            notes: meta.notes.clone(),
            next_id: map.next_serial(),
            stakeholders: map.stakeholders_sorted().into_iter().cloned().collect(),
            relations: map.relations_sorted().into_iter().cloned().collect(),
            coalitions: map.coalitions().cloned().collect(),
            scenes: map.scenes().to_vec(),
            checkpoints: map.timeline().checkpoints().to_vec(),
            observations: map.timeline().observations().cloned().collect(),
            cold_after_days: map.plan().cold_after_days(),
            jobs: map.plan().jobs().cloned().collect(),
            asks: map.plan().asks().cloned().collect(),
            contacts: map.plan().contacts().cloned().collect(),
        },
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    // Past the depth limit ron writes a record on one line, spaced: each
    // item of the map's lists is one line. A map of 20,000 stakeholders
    // written a field a line was twice the size, half of it indentation.
    let body = ron::ser::to_string_pretty(&data, config)?;
    Ok(format!(
        "// A Powermap stakeholder map. The format is described in docs/FORMAT.md.\n{body}\n"
    ))
}

/// Saves a map atomically and keeps the file it replaces as the backup
/// `NAME.ron.bak` beside it. The text goes to a temporary file in the same
/// folder and is flushed to disk; only then is the old file kept as the
/// backup and replaced in one rename. A save that fails (a full disk, a
/// read-only folder, a folder that is gone) leaves the file and its backup
/// as they were, and says why in plain words.
pub fn save_file(map: &Map, path: &Path) -> Result<(), SaveError> {
    let save_error = |source| SaveError {
        path: path.to_owned(),
        source: plain_io_error(source),
    };
    let text = to_ron_string(map).map_err(|err| save_error(std::io::Error::other(err)))?;
    let mut file = atomic_write_file::AtomicWriteFile::open(path).map_err(save_error)?;
    file.write_all(text.as_bytes()).map_err(save_error)?;
    // A full disk shows here, while nothing on disk has changed yet.
    file.sync_all().map_err(save_error)?;
    keep_backup(path).map_err(|err| {
        let backup = backup_path(path);
        let name = backup.file_name().unwrap_or_default().to_string_lossy();
        SaveError {
            path: path.to_owned(),
            source: std::io::Error::new(
                err.kind(),
                tr_with(
                    "save-no-backup",
                    &[
                        ("name", name.into_owned().into()),
                        ("problem", plain_io_error(err).to_string().into()),
                    ],
                ),
            ),
        }
    })?;
    // Dropping `file` on an error removes the temporary file.
    file.commit().map_err(save_error)
}

/// Why Powermap would refuse to open the file it writes for `map`, if it
/// would: a map grown past the limits that bound the cost of opening a
/// file (a note longer than a book, more items than a map file may hold).
/// The map is saved all the same; this is what to warn the user of.
pub fn reopen_problem(map: &Map) -> Option<String> {
    super::check_fits(map)
        .err()
        .map(|too_big| too_big.to_string())
}

/// Where the previous version of a saved file is kept: `map.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Keeps the file at `path`, if there is one, as its backup, replacing the
/// backup of the save before in one rename. A hard link costs no space and
/// no time; where links are not possible (some USB sticks and network
/// shares) the backup is a copy.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let linkable = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta.is_file(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    };
    let backup = backup_path(path);
    let mut name = std::ffi::OsString::from(".");
    name.push(backup.file_name().unwrap_or_default());
    let serial = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    name.push(format!(".{}-{serial}.tmp", std::process::id()));
    let link = backup.with_file_name(name);
    if linkable && std::fs::hard_link(path, &link).is_ok() {
        return std::fs::rename(&link, &backup).inspect_err(|_| {
            let _ = std::fs::remove_file(&link);
        });
    }
    let bytes = std::fs::read(path)?;
    write_atomically(&backup, &bytes).map_err(|err| err.source)
}

/// An error of the file system in words a user acts on, with the system's
/// own words after them for whoever helps.
pub(super) fn plain_io_error(err: std::io::Error) -> std::io::Error {
    use std::io::ErrorKind;
    let plain = match err.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "save-disk-full",
        ErrorKind::ReadOnlyFilesystem => "save-read-only",
        ErrorKind::PermissionDenied => "save-denied",
        ErrorKind::NotFound => "save-no-folder",
        _ => return err,
    };
    std::io::Error::new(err.kind(), format!("{} ({err})", tr(plain)))
}

/// Writes bytes to a file so that a crash leaves either the old or the new file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let save_error = |source| SaveError {
        path: path.to_owned(),
        source: plain_io_error(source),
    };
    let mut file = atomic_write_file::AtomicWriteFile::open(path).map_err(save_error)?;
    file.write_all(bytes).map_err(save_error)?;
    file.commit().map_err(save_error)
}
