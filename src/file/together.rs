//! Writing files that only make sense together (a spreadsheet's
//! stakeholders and its relations) so that they are all written or none
//! is: a half-written pair would pass for a whole one.

use std::path::{Path, PathBuf};

use super::SaveError;
use super::save::plain_io_error;

/// Writes each text to its file, all or none. Every text first goes to a
/// temporary file beside its target and is flushed to disk (a full disk
/// shows here, while nothing has changed); then each is renamed over its
/// target. Should a rename fail, the files already replaced get their old
/// content back (or are removed, when there was none), so the files on
/// disk are as they were.
pub fn write_together(files: &[(&Path, &[u8])]) -> Result<(), SaveError> {
    let mut staged: Vec<Staged> = Vec::new();
    let outcome = stage_all(files, &mut staged).and_then(|()| commit_all(&mut staged));
    for stage in &staged {
        let _ = std::fs::remove_file(&stage.temp);
        if let Some(old) = &stage.old {
            let _ = std::fs::remove_file(old);
        }
    }
    outcome
}

/// One file on its way: its target, the new text beside it, the old
/// content kept aside while the others are written.
struct Staged {
    target: PathBuf,
    temp: PathBuf,
    old: Option<PathBuf>,
    replaced: bool,
}

fn save_error(path: &Path) -> impl Fn(std::io::Error) -> SaveError + '_ {
    move |source| SaveError {
        path: path.to_owned(),
        source: plain_io_error(source),
    }
}

/// A name beside `target` for a file Powermap handles on its way.
fn beside(target: &Path, what: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let serial = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(target.file_name().unwrap_or_default());
    name.push(format!(".{}-{serial}.{what}", std::process::id()));
    target.with_file_name(name)
}

fn stage_all(files: &[(&Path, &[u8])], staged: &mut Vec<Staged>) -> Result<(), SaveError> {
    use std::io::Write as _;
    for (target, bytes) in files {
        let error = save_error(target);
        let temp = beside(target, "tmp");
        staged.push(Staged {
            target: target.to_path_buf(),
            temp: temp.clone(),
            old: None,
            replaced: false,
        });
        let mut file = std::fs::File::create(&temp).map_err(&error)?;
        file.write_all(bytes).map_err(&error)?;
        file.sync_all().map_err(&error)?;
    }
    Ok(())
}

fn commit_all(staged: &mut [Staged]) -> Result<(), SaveError> {
    for at in 0..staged.len() {
        if let Err(err) = commit_one(&mut staged[at]) {
            for stage in staged[..at].iter().rev() {
                put_back(stage);
            }
            return Err(err);
        }
    }
    Ok(())
}

fn commit_one(stage: &mut Staged) -> Result<(), SaveError> {
    let error = save_error(&stage.target);
    if std::fs::symlink_metadata(&stage.target).is_ok_and(|meta| meta.is_file()) {
        let old = beside(&stage.target, "old");
        if std::fs::hard_link(&stage.target, &old).is_err() {
            std::fs::copy(&stage.target, &old).map_err(&error)?;
        }
        stage.old = Some(old);
    }
    std::fs::rename(&stage.temp, &stage.target).map_err(&error)?;
    stage.replaced = true;
    Ok(())
}

/// Gives a replaced file its old content back, or removes it when it is new.
fn put_back(stage: &Staged) {
    if !stage.replaced {
        return;
    }
    match &stage.old {
        Some(old) => {
            let _ = std::fs::rename(old, &stage.target);
        }
        None => {
            let _ = std::fs::remove_file(&stage.target);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_the_second_file_cannot_be_written_the_first_is_as_it_was() {
        let folder = tempfile::tempdir().expect("folder");
        let first = folder.path().join("people.csv");
        let second = folder.path().join("people.relations.csv");
        std::fs::write(&first, "old").expect("old file");
        // A folder in the way of the second file: its rename fails.
        std::fs::create_dir(&second).expect("folder in the way");
        std::fs::write(second.join("inside"), "x").expect("inside");
        let written = write_together(&[(&first, b"new"), (&second, b"new")]);
        assert!(written.is_err());
        assert_eq!(std::fs::read_to_string(&first).expect("first"), "old");
        let new_first = folder.path().join("new.csv");
        let written = write_together(&[(&new_first, b"new"), (&second, b"new")]);
        assert!(written.is_err());
        assert!(!new_first.exists(), "a new first file is removed again");
        let mut left: Vec<_> = std::fs::read_dir(folder.path())
            .expect("list")
            .map(|entry| entry.expect("entry").file_name())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["people.csv", "people.relations.csv"],
            "no stray files"
        );

        std::fs::remove_dir_all(&second).expect("clear the way");
        write_together(&[(&first, b"new 1"), (&second, b"new 2")]).expect("written");
        assert_eq!(std::fs::read_to_string(&first).expect("first"), "new 1");
        assert_eq!(std::fs::read_to_string(&second).expect("second"), "new 2");
    }
}
