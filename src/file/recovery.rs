//! Recovery files: the open map written to the platform's data directory
//! shortly after each change, so a crash or a kill loses at most the last
//! couple of seconds. A clean save or close removes the file; on start,
//! files left by processes that are no longer running are offered back.
//!
//! A recovery file is an ordinary map file whose first line is a comment
//! carrying what the offer shows (title, when, how many changes, the file
//! it came from), so listing them reads one line each.

use std::io::{BufRead, BufReader, Read as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{LoadError, SaveError, write_atomically};
use crate::model::Map;

/// The first characters of every recovery file.
const MARK: &str = "// powermap-recovery ";

/// What a recovery file says about itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The process that wrote it.
    pub pid: u32,
    pub title: String,
    /// Seconds since the Unix epoch.
    pub saved_at: u64,
    /// Changes made since the map was opened or last saved.
    pub changes: usize,
    /// The file the map was opened from, if any.
    pub original: Option<PathBuf>,
}

/// A recovery file found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub path: PathBuf,
    pub info: RecoveryInfo,
}

/// Where this process writes its recovery file for one open map. Two
/// windows of one process, or two processes, never share a slot.
#[derive(Clone, Debug)]
pub struct RecoverySlot {
    path: PathBuf,
}

static NEXT_SLOT: AtomicU32 = AtomicU32::new(1);

impl RecoverySlot {
    /// A fresh slot in `dir` for this process.
    pub fn new_in(dir: &Path) -> Self {
        let n = NEXT_SLOT.fetch_add(1, Ordering::Relaxed);
        let started = now_secs();
        Self {
            path: dir.join(format!("{}-{started}-{n}.ron", std::process::id())),
        }
    }

    /// A fresh slot in the platform's data directory, when there is one.
    pub fn new() -> Option<Self> {
        recovery_dir().map(|dir| Self::new_in(&dir))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the map's canonical text, with its header line, atomically.
    pub fn write(&self, map_text: &str, info: &RecoveryInfo) -> Result<(), SaveError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| SaveError {
                path: self.path.clone(),
                source,
            })?;
        }
        let text = recovery_text(map_text, info);
        write_atomically(&self.path, text.as_bytes())
    }

    /// Removes the file, if it was written. A file already gone is fine.
    pub fn remove(&self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The whole text of a recovery file.
pub fn recovery_text(map_text: &str, info: &RecoveryInfo) -> String {
    let header = serde_json::to_string(info).unwrap_or_default();
    format!("{MARK}{header}\n{map_text}")
}

/// The folder recovery files go in: the platform's data directory.
pub fn recovery_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Powermap", "Powermap")
        .map(|dirs| dirs.data_dir().join("recovery"))
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Recovery files in `dir` left by processes that are no longer running,
/// newest first. Unreadable files are skipped, never deleted.
pub fn orphans_in(dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter_map(|path| read_info(&path).map(|info| Recovery { path, info }))
        .filter(|r| r.info.pid != std::process::id() && !process_is_running(r.info.pid))
        .collect();
    found.sort_by(|a, b| {
        b.info
            .saved_at
            .cmp(&a.info.saved_at)
            .then_with(|| a.path.cmp(&b.path))
    });
    found
}

/// Orphaned recovery files in the platform's data directory.
pub fn orphans() -> Vec<Recovery> {
    recovery_dir()
        .map(|dir| orphans_in(&dir))
        .unwrap_or_default()
}

fn read_info(path: &Path) -> Option<RecoveryInfo> {
    let file = std::fs::File::open(path).ok()?;
    let mut first = String::new();
    // The header is one short line; do not read a whole map to find it.
    BufReader::new(file)
        .take(64 * 1024)
        .read_line(&mut first)
        .ok()?;
    serde_json::from_str(first.trim_end().strip_prefix(MARK)?).ok()
}

/// Reads the map kept in a recovery file.
pub fn load(recovery: &Recovery) -> Result<Map, LoadError> {
    super::load_file(&recovery.path)
}

/// Whether a process with this id is running. Where that cannot be told,
/// assume it is not, so its work is offered rather than lost.
fn process_is_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::to_ron_string;

    fn info(pid: u32) -> RecoveryInfo {
        RecoveryInfo {
            pid,
            title: "Workshop map".to_owned(),
            saved_at: 1_700_000_000,
            changes: 3,
            original: Some(PathBuf::from("/maps/workshop.ron")),
        }
    }

    #[test]
    fn a_recovery_file_loads_as_the_map_it_kept() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RecoverySlot::new_in(dir.path());
        let map = Map::new("Workshop map");
        slot.write(&to_ron_string(&map).unwrap(), &info(u32::MAX))
            .unwrap();
        let found = orphans_in(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].info, info(u32::MAX));
        assert_eq!(load(&found[0]).unwrap(), map);
        slot.remove();
        assert!(orphans_in(dir.path()).is_empty());
    }

    #[test]
    fn files_of_running_processes_are_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RecoverySlot::new_in(dir.path());
        slot.write(
            &to_ron_string(&Map::new("Mine")).unwrap(),
            &info(std::process::id()),
        )
        .unwrap();
        assert!(orphans_in(dir.path()).is_empty(), "this process is running");
    }

    #[test]
    fn two_slots_never_share_a_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_ne!(
            RecoverySlot::new_in(dir.path()).path(),
            RecoverySlot::new_in(dir.path()).path()
        );
    }

    #[test]
    fn files_that_are_not_recovery_files_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.ron"), "hello").unwrap();
        assert!(orphans_in(dir.path()).is_empty());
        assert!(dir.path().join("notes.ron").exists());
    }
}
