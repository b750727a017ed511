//! Saving never loses work: each save keeps the version it replaces as
//! `NAME.ron.bak`, and a save that fails leaves the file and its backup as
//! they were and says why.
//!
//! The trials on a full disk and a read-only disk mount a tiny tmpfs, which
//! needs root. They run whenever the tests run as root (CI does); run as
//! anyone else they say on stderr that they were not tried, and under
//! `CI=true` they fail, so CI can never pass without trying them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use powermap::file::{self, backup_path};
use powermap::model::Map;

fn renamed(title: &str) -> Map {
    let mut map = common::sample_map();
    let mut meta = map.meta().clone();
    title.clone_into(&mut meta.title);
    powermap::edit::Edit::SetMeta(meta).apply(&mut map).unwrap();
    map
}

fn text_of(map: &Map) -> String {
    file::to_ron_string(map).unwrap()
}

/// Every name in a folder, sorted.
fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn the_backup_is_the_name_with_bak_added() {
    assert_eq!(
        backup_path(Path::new("/maps/coalition.ron")),
        PathBuf::from("/maps/coalition.ron.bak")
    );
    assert_eq!(backup_path(Path::new("plan")), PathBuf::from("plan.bak"));
}

#[test]
fn each_save_keeps_the_version_before_as_the_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    let (first, second, third) = (renamed("First"), renamed("Second"), renamed("Third"));

    file::save_file(&first, &path).unwrap();
    assert_eq!(names_in(folder.path()), ["map.ron"], "no backup of nothing");

    file::save_file(&second, &path).unwrap();
    assert_eq!(names_in(folder.path()), ["map.ron", "map.ron.bak"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text_of(&second));
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        text_of(&first)
    );

    file::save_file(&third, &path).unwrap();
    assert_eq!(names_in(folder.path()), ["map.ron", "map.ron.bak"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text_of(&third));
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        text_of(&second),
        "the backup is replaced on the next save"
    );
    // The backup is a map file like any other.
    assert_eq!(file::load_file(&backup_path(&path)).unwrap(), second);
}

#[test]
fn the_backup_keeps_a_file_that_was_not_a_map_too() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("notes.ron");
    std::fs::write(&path, "whatever was here before").unwrap();
    file::save_file(&renamed("New"), &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        "whatever was here before"
    );
}

#[test]
fn a_save_whose_backup_cannot_be_kept_changes_nothing_and_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    file::save_file(&renamed("Kept"), &path).unwrap();
    // Something that is not a file stands where the backup goes.
    std::fs::create_dir(backup_path(&path)).unwrap();
    std::fs::write(backup_path(&path).join("inside"), "x").unwrap();

    let err = file::save_file(&renamed("Lost?"), &path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("could not save"), "{message}");
    assert!(message.contains("map.ron.bak"), "{message}");
    assert!(message.contains("not changed"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text_of(&renamed("Kept"))
    );
    assert_eq!(
        names_in(folder.path()),
        ["map.ron", "map.ron.bak"],
        "no temporary file is left behind"
    );
    assert_eq!(names_in(&backup_path(&path)), ["inside"]);
}

#[test]
fn a_save_into_a_folder_that_vanished_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let gone = folder.path().join("usb-stick");
    std::fs::create_dir(&gone).unwrap();
    let path = gone.join("map.ron");
    file::save_file(&renamed("Before"), &path).unwrap();
    std::fs::remove_dir_all(&gone).unwrap();

    let err = file::save_file(&renamed("After"), &path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("map.ron"), "{message}");
    assert!(message.contains("the folder does not exist"), "{message}");
    assert!(message.contains("not changed"), "{message}");
}

#[test]
fn a_file_removed_since_the_last_save_is_saved_again_without_a_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    file::save_file(&renamed("Before"), &path).unwrap();
    std::fs::remove_file(&path).unwrap();
    file::save_file(&renamed("After"), &path).unwrap();
    assert_eq!(names_in(folder.path()), ["map.ron"]);
}

/// A tmpfs of a given size mounted on a fresh folder, unmounted on drop.
struct TinyDisk {
    folder: tempfile::TempDir,
}

/// Whether this process runs as root, from the `Uid:` line of
/// `/proc/self/status` (real, effective, saved, file system): the crate
/// allows no `unsafe`, so no `geteuid`.
fn running_as_root() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .is_some_and(|effective| effective == "0")
}

impl TinyDisk {
    /// A tiny disk, or `None` when not root: then the trial is not tried,
    /// said on stderr, and a failure under CI.
    fn mount_if_root(size: &str, trial: &str) -> Option<Self> {
        if running_as_root() {
            return Some(Self::mount(size));
        }
        let why = format!(
            "{trial}: not tried, as mounting a tmpfs needs root; run `cargo test --test saving` as root"
        );
        assert!(
            std::env::var("CI").map_or(true, |ci| ci != "true"),
            "{why} (CI runs as root)"
        );
        eprintln!("{why}");
        None
    }

    fn mount(size: &str) -> Self {
        let folder = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(folder.path())
            .status()
            .expect("mount runs");
        assert!(
            status.success(),
            "root could not mount a tmpfs on {}",
            folder.path().display()
        );
        Self { folder }
    }

    fn path(&self) -> &Path {
        self.folder.path()
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.path())
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.folder.path()).status();
    }
}

/// A map whose file is about `bytes` long.
fn map_of_about(bytes: usize) -> Map {
    let mut map = renamed("Big");
    let mut meta = map.meta().clone();
    meta.notes = "Minutes of the last meeting. ".repeat(bytes / 29);
    powermap::edit::Edit::SetMeta(meta).apply(&mut map).unwrap();
    map
}

#[test]
fn a_save_onto_a_full_disk_changes_nothing_and_says_the_disk_is_full() {
    let Some(disk) = TinyDisk::mount_if_root("512k", "the full disk trial") else {
        return;
    };
    let path = disk.path().join("map.ron");
    let (first, second) = (map_of_about(100_000), map_of_about(110_000));
    file::save_file(&first, &path).unwrap();
    file::save_file(&second, &path).unwrap();
    // Fill the disk so that no third version fits.
    let filler = disk.path().join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 512 * 1024]);

    let bigger = map_of_about(150_000);
    let err = file::save_file(&bigger, &path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("the disk is full"), "{message}");
    assert!(message.contains("not changed"), "{message}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text_of(&second));
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        text_of(&first)
    );
    assert_eq!(
        names_in(disk.path()),
        ["filler", "map.ron", "map.ron.bak"],
        "no temporary file is left behind"
    );
    // With room again, the same save works.
    std::fs::remove_file(&filler).unwrap();
    file::save_file(&bigger, &path).unwrap();
    assert_eq!(file::load_file(&path).unwrap(), bigger);
    assert_eq!(file::load_file(&backup_path(&path)).unwrap(), second);
}

#[test]
fn a_save_onto_a_read_only_disk_changes_nothing_and_says_so() {
    let Some(disk) = TinyDisk::mount_if_root("1m", "the read-only disk trial") else {
        return;
    };
    let path = disk.path().join("map.ron");
    let (first, second) = (renamed("First"), renamed("Second"));
    file::save_file(&first, &path).unwrap();
    file::save_file(&second, &path).unwrap();
    disk.remount("ro");

    let err = file::save_file(&renamed("Third"), &path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("read-only"), "{message}");
    assert!(message.contains("not changed"), "{message}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text_of(&second));
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        text_of(&first)
    );
    disk.remount("rw");
}
