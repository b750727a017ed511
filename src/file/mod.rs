//! Map files: the RON format, its versions and migrations, validation on
//! load, and atomic saving.
//!
//! Reading never panics and never returns a partial map: a file gives either
//! the whole map or a [`LoadError`] that names the problem and where it is.
//!
//! `load` reads and checks a file (behind the `guard` that bounds what
//! reading costs, with the lines of its items found by `item_lines`);
//! `save` writes the canonical text atomically with a backup; `format` is
//! the shape serde reads, `migrate` brings older versions up; `fits` holds
//! what is written to the loader's limits, `together` writes files that
//! go together all or none; [`recovery`]
//! keeps the work of a crash. This file holds the errors all of them
//! return.

mod fits;
mod format;
pub(crate) mod guard;
mod item_lines;
pub mod limits;
mod load;
mod load_history;
mod migrate;
pub mod recovery;
mod save;
mod together;

use std::fmt;

use crate::i18n::tr_with;
use std::path::PathBuf;

pub use fits::{TooBig, check_fits};
pub use format::{CURRENT_VERSION, FORMAT_NAME};
pub use load::{load_bytes, load_file, load_str, load_str_with};
pub use migrate::{MIGRATIONS, Migration, MigrationError};
pub use save::{backup_path, reopen_problem, save_file, to_ron_string, write_atomically};
pub use together::write_together;

pub use limits::MAX_FILE_BYTES;

/// The most problems one error message lists before summing up the rest.
const MAX_LISTED_PROBLEMS: usize = 10;

/// One thing wrong with a file's content, and the line it is on when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => f.write_str(&tr_with(
                "load-problem-at-line",
                &[
                    ("line", line.into()),
                    ("message", self.message.as_str().into()),
                ],
            )),
            None => f.write_str(&self.message),
        }
    }
}

/// Why a file could not be opened as a map, in the interface's language
/// when it is shown.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", tr_with("load-cannot-read", &[
        ("path", .path.display().to_string().into()),
        ("reason", read_reason(.source).into()),
    ]))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", tr_with("load-too-large", &[
        ("megabytes", .bytes.div_ceil(1024 * 1024).into()),
        ("most", (MAX_FILE_BYTES / (1024 * 1024)).into()),
    ]))]
    TooLarge { bytes: u64 },
    #[error("{}", tr_with("load-not-text", &[("offset", (*.offset).into())]))]
    NotText { offset: usize },
    #[error("{}", tr_with("load-syntax", &[
        ("line", (*.line).into()),
        ("column", (*.column).into()),
        ("message", .message.as_str().into()),
    ]))]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}", tr_with("load-not-powermap", &[("reason", .0.as_str().into())]))]
    NotPowermap(String),
    #[error("{}", tr_with("load-newer-version", &[
        ("found", (*.found).into()),
        ("newest", CURRENT_VERSION.into()),
    ]))]
    NewerVersion { found: u32 },
    #[error("{}", tr_with("load-migration", &[
        ("found", (*.found).into()),
        ("reason", .reason.to_string().into()),
    ]))]
    Migration { found: u32, reason: MigrationError },
    #[error("{}", list_problems(.0))]
    Invalid(Vec<Problem>),
}

/// Why a file could not be read, in words a user acts on, with the
/// system's own words after them for whoever helps (as a save error has).
pub(crate) fn read_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match err.kind() {
        ErrorKind::NotFound => "load-reason-not-found",
        ErrorKind::PermissionDenied => "load-reason-denied",
        ErrorKind::IsADirectory => "load-reason-folder",
        _ => return err.to_string(),
    };
    tr_with(id, &[("system", err.to_string().into())])
}

fn list_problems(problems: &[Problem]) -> String {
    let listed: Vec<String> = problems
        .iter()
        .take(MAX_LISTED_PROBLEMS)
        .map(Problem::to_string)
        .collect();
    let mut list = listed.join("; ");
    if problems.len() > MAX_LISTED_PROBLEMS {
        list = tr_with(
            "load-problems-more",
            &[
                ("list", list.into()),
                ("more", (problems.len() - MAX_LISTED_PROBLEMS).into()),
            ],
        );
    }
    tr_with(
        "load-problems",
        &[("count", problems.len().into()), ("list", list.into())],
    )
}

/// Why a map could not be saved. The file on disk is then as it was.
#[derive(Debug, thiserror::Error)]
#[error("{}", tr_with("save-failed", &[
    ("path", .path.display().to_string().into()),
    ("problem", .source.to_string().into()),
]))]
pub struct SaveError {
    pub path: PathBuf,
    pub source: std::io::Error,
}
