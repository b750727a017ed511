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

use std::fmt::{self, Write as _};
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
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Why a file could not be opened as a map.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read “{}”: {}", .path.display(), read_reason(.source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the file is {} MB; Powermap opens map files of up to {} MB",
        .bytes.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge { bytes: u64 },
    #[error("this is not a text file: byte {offset} is not UTF-8 text")]
    NotText { offset: usize },
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is not a Powermap map: {0}")]
    NotPowermap(String),
    #[error(
        "this map was saved in format version {found} by a newer Powermap; this one reads versions up to {}. Update Powermap to open it",
        CURRENT_VERSION
    )]
    NewerVersion { found: u32 },
    #[error("this map uses format version {found}, which cannot be upgraded: {reason}")]
    Migration { found: u32, reason: MigrationError },
    #[error("{}", list_problems(.0))]
    Invalid(Vec<Problem>),
}

/// Why a file could not be read, in words a user acts on, with the
/// system's own words after them for whoever helps (as a save error has).
pub(crate) fn read_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let plain = match err.kind() {
        ErrorKind::NotFound => "there is no such file",
        ErrorKind::PermissionDenied => "Powermap may not read it",
        ErrorKind::IsADirectory => "it is a folder, not a file",
        _ => return err.to_string(),
    };
    format!("{plain} ({err})")
}

fn list_problems(problems: &[Problem]) -> String {
    let mut text = match problems.len() {
        1 => "the map has a problem: ".to_owned(),
        n => format!("the map has {n} problems: "),
    };
    let listed: Vec<String> = problems
        .iter()
        .take(MAX_LISTED_PROBLEMS)
        .map(Problem::to_string)
        .collect();
    text.push_str(&listed.join("; "));
    if problems.len() > MAX_LISTED_PROBLEMS {
        let _ = write!(text, "; and {} more", problems.len() - MAX_LISTED_PROBLEMS);
    }
    text
}

/// Why a map could not be saved. The file on disk is then as it was.
#[derive(Debug, thiserror::Error)]
#[error("could not save “{}”: {source}. The file on disk was not changed", .path.display())]
pub struct SaveError {
    pub path: PathBuf,
    pub source: std::io::Error,
}
