//! Why a file the user chose to import, merge or compare with could not be
//! used: each kind of file's own error, with the file named where the
//! error does not name it itself. The open map is never touched by one.

use std::path::PathBuf;

use crate::exchange::csv::CsvError;
use crate::exchange::graphml::read::GraphmlError;
use crate::exchange::incoming::{IncomingError, ReadError};
use crate::exchange::merge::MergeError;
use crate::file::LoadError;

#[derive(Debug, thiserror::Error)]
pub enum ChosenFileError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{}: {source}", path.display())]
    Spreadsheet { path: PathBuf, source: CsvError },
    #[error("{}: {source}", path.display())]
    Graphml { path: PathBuf, source: GraphmlError },
    #[error(transparent)]
    Incoming(#[from] IncomingError),
    #[error("{}", crate::i18n::tr_with("chosen-map-unreadable", &[
        ("path", path.display().to_string().into()),
        ("problem", source.to_string().into()),
    ]))]
    Map { path: PathBuf, source: LoadError },
    #[error(transparent)]
    Merge(#[from] MergeError),
}

impl ChosenFileError {
    /// Reads a map file for a merge or a comparison.
    pub fn load_map(path: &std::path::Path) -> Result<crate::model::Map, Self> {
        crate::file::load_file(path).map_err(|source| Self::Map {
            path: path.to_owned(),
            source,
        })
    }
}
