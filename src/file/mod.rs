//! Map files: the RON format, its versions and migrations, validation on
//! load, and atomic saving.
//!
//! Reading never panics and never returns a partial map: a file gives either
//! the whole map or a [`LoadError`] that names the problem and where it is.

mod format;
pub(crate) mod guard;
mod migrate;
pub mod recovery;

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub use format::{CURRENT_VERSION, FORMAT_NAME};
pub use migrate::{MIGRATIONS, Migration, MigrationError};

use format::{FileData, Header, MapData};

use crate::model::{MAX_SERIAL, Map, MapMeta};

/// The largest map file Powermap opens. A 5,000-stakeholder map is a few MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How deeply nested a file may be; a map never needs more than a handful.
const RECURSION_LIMIT: usize = 64;

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
    #[error("cannot read “{path}”: {source}")]
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

/// Reads a map file, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn load_file(path: &Path) -> Result<Map, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let bytes_on_disk = file.metadata().map_err(io_error)?.len();
    if bytes_on_disk > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes_on_disk,
        });
    }
    let mut bytes = Vec::new();
    // The file may grow while being read; never read past the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    load_bytes(&bytes)
}

/// Reads a map from a file's bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Map, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|err| LoadError::NotText {
        offset: err.valid_up_to(),
    })?;
    load_str(text)
}

/// Reads a map from the text of a file.
pub fn load_str(text: &str) -> Result<Map, LoadError> {
    load_str_with(text, MIGRATIONS)
}

/// Reads a map, upgrading older versions with the given migrations.
pub fn load_str_with(text: &str, migrations: &[Migration]) -> Result<Map, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len() as u64,
        });
    }
    // Windows editors may start a UTF-8 file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    guard::check(text, &guard::LIMITS)?;
    // A file of this version is read in one pass. A file that does not
    // read as one is read again for its header alone, which costs little.
    let (header, full) = match parse::<FileData>(text) {
        Ok(data) if data.format == FORMAT_NAME && data.version == CURRENT_VERSION => {
            return build_map(data.map, text);
        }
        Ok(data) => {
            let header = Header {
                format: data.format.clone(),
                version: Some(data.version),
            };
            (header, Ok(data))
        }
        Err(err) => match parse::<Header>(&guard::header_text(text)) {
            Ok(header) => (header, Err(err)),
            // A header that cannot be read: the file's own error says where.
            Err(_) => return Err(err),
        },
    };
    match header.format.as_str() {
        FORMAT_NAME => {}
        "" => {
            return Err(LoadError::NotPowermap(format!(
                "it has no header line `format: \"{FORMAT_NAME}\"`"
            )));
        }
        other => {
            return Err(LoadError::NotPowermap(format!(
                "its header names the format “{other}”, not “{FORMAT_NAME}”"
            )));
        }
    }
    let Some(version) = header.version else {
        return Err(LoadError::NotPowermap(
            "its header has no format version (`version: 1`)".to_owned(),
        ));
    };
    match version.cmp(&CURRENT_VERSION) {
        std::cmp::Ordering::Greater => Err(LoadError::NewerVersion { found: version }),
        std::cmp::Ordering::Equal => build_map(full?.map, text),
        std::cmp::Ordering::Less => {
            let migration_error = |reason| LoadError::Migration {
                found: version,
                reason,
            };
            let migrated = migrate::migrate(text, version, CURRENT_VERSION, migrations)
                .map_err(migration_error)?;
            // The version field still says the old version; the text is now
            // current. What does not read now is the file's own mistake.
            let data: FileData = parse(&migrated)?;
            build_map(data.map, &migrated)
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|err| guard::explain(text, &err).into())
}

/// Checks every rule of the format and builds the map, or lists every problem.
fn build_map(data: MapData, text: &str) -> Result<Map, LoadError> {
    let mut map = Map::new(data.title);
    map.meta = MapMeta {
        title: std::mem::take(&mut map.meta.title),
        goal: data.goal,
        theory_of_change: data.theory_of_change,
        conditions: data.conditions,
        notes: data.notes,
    };
    let mut problems = Vec::new();
    let mut lines = ItemLines::new(text);
    if data.next_id > MAX_SERIAL {
        problems.push(Problem {
            line: field_lines(text, "next_id").next().map(|(line, _)| line),
            message: format!(
                "next_id is {}; it must be at most {MAX_SERIAL}",
                data.next_id
            ),
        });
    }
    for stakeholder in data.stakeholders {
        let (id, name) = (stakeholder.id.to_string(), stakeholder.name.clone());
        let place = lines.declare(&id);
        if let Err(err) = map.insert_stakeholder(stakeholder) {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: format!("stakeholder “{name}”: {err}"),
            });
        }
    }
    for relation in data.relations {
        let id = relation.id.to_string();
        let place = lines.declare(&id);
        if let Err(err) = map.insert_relation(relation) {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: format!("relation “{id}”: {err}"),
            });
        }
    }
    for coalition in data.coalitions {
        let (id, name) = (coalition.id.to_string(), coalition.name.clone());
        let place = lines.declare(&id);
        if let Err(err) = map.insert_coalition(coalition) {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: format!("coalition “{name}”: {err}"),
            });
        }
    }
    for scene in data.scenes {
        let (id, title) = (scene.id.to_string(), scene.title.clone());
        let place = lines.declare(&id);
        if let Err(err) = map.insert_scene(usize::MAX, scene) {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: format!("scene “{title}”: {err}"),
            });
        }
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    let serial = map.next_serial().max(data.next_id);
    map.set_next_serial(serial);
    Ok(map)
}

/// Finds the line each item is declared on, so a problem can name it.
struct ItemLines<'a> {
    text: &'a str,
    /// How many items with each id were met so far.
    seen: HashMap<String, usize>,
    /// The lines (from 1) of every `id: "…"`, by the quoted id; found on the
    /// first problem, as valid files never need it.
    declared: Option<HashMap<&'a str, Vec<usize>>>,
}

impl<'a> ItemLines<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            seen: HashMap::new(),
            declared: None,
        }
    }

    /// Counts one more item with this id; returns which one it is (from 0).
    fn declare(&mut self, id: &str) -> usize {
        let seen = self.seen.entry(id.to_owned()).or_insert(0);
        *seen += 1;
        *seen - 1
    }

    /// The line of the `place`-th item with this id: a repeated id is
    /// reported on the line that repeats it, not on the first one.
    fn line(&mut self, id: &str, place: usize) -> Option<usize> {
        let text = self.text;
        let declared = self.declared.get_or_insert_with(|| {
            let mut declared: HashMap<&str, Vec<usize>> = HashMap::new();
            for (line, value) in field_lines(text, "id") {
                if let Some(quoted) = quoted_prefix(value) {
                    declared.entry(quoted).or_default().push(line);
                }
            }
            declared
        });
        let quoted = ron::to_string(id).ok()?;
        declared.get(quoted.as_str())?.get(place).copied()
    }
}

/// Every `field: value` in the text: the line (from 1) and the text after
/// the colon. `field` must stand alone: `id` is not found in `valid`.
fn field_lines<'a>(text: &'a str, field: &'a str) -> impl Iterator<Item = (usize, &'a str)> {
    text.lines().enumerate().flat_map(move |(index, line)| {
        line.match_indices(field).filter_map(move |(at, _)| {
            let standalone = !line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let value = line[at + field.len()..].trim_start().strip_prefix(':')?;
            standalone.then_some((index + 1, value.trim_start()))
        })
    })
}

/// The quoted string that starts `text`, quotes included, e.g. `"s1"`.
fn quoted_prefix(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in rest.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(&text[..at + 2]),
            _ => escaped = false,
        }
    }
    None
}

/// The canonical text of a map: the same map always gives the same bytes,
/// items in id order, one field per line.
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
        },
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
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
                format!(
                    "the previous version could not be kept as “{name}”: {}",
                    plain_io_error(err)
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
    let text = to_ron_string(map).ok()?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Some(
            LoadError::TooLarge {
                bytes: text.len() as u64,
            }
            .to_string(),
        );
    }
    guard::check(&text, &guard::LIMITS)
        .err()
        .map(|refusal| refusal.message)
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
fn plain_io_error(err: std::io::Error) -> std::io::Error {
    use std::io::ErrorKind;
    let plain = match err.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full",
        ErrorKind::ReadOnlyFilesystem => "the disk or folder is read-only",
        ErrorKind::PermissionDenied => "Powermap may not write in this folder",
        ErrorKind::NotFound => "the folder does not exist (any more)",
        _ => return err,
    };
    std::io::Error::new(err.kind(), format!("{plain} ({err})"))
}

/// Writes bytes to a file so that a crash leaves either the old or the new file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let save_error = |source| SaveError {
        path: path.to_owned(),
        source,
    };
    let mut file = atomic_write_file::AtomicWriteFile::open(path).map_err(save_error)?;
    file.write_all(bytes).map_err(save_error)?;
    file.commit().map_err(save_error)
}
