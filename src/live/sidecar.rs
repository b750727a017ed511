//! The live document kept beside the map file: `NAME.ron.live` next to
//! `NAME.ron`. The RON file stays the saved, canonical file; the sidecar
//! holds the session's history of changes, so that a laptop that joins
//! again later merges with the others instead of adding its map twice.

use std::path::{Path, PathBuf};

use super::mirror::{LiveDoc, MirrorError};
use crate::file::{SaveError, write_atomically};
use crate::i18n::tr_with;

/// Where the sidecar of the map file `map_path` is.
pub fn path_for(map_path: &Path) -> PathBuf {
    let mut name = map_path.as_os_str().to_owned();
    name.push(".live");
    PathBuf::from(name)
}

/// Why a sidecar could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("{}", tr_with("live-sidecar-unreadable", &[
        ("path", .path.display().to_string().into()),
        ("problem", .source.to_string().into()),
    ]))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", tr_with("live-sidecar-damaged", &[
        ("path", .path.display().to_string().into()),
        ("problem", .source.to_string().into()),
    ]))]
    Damaged {
        path: PathBuf,
        source: Box<MirrorError>,
    },
}

/// The sidecar of `map_path`, if there is one.
pub fn load(map_path: &Path, share_confidential: bool) -> Result<Option<LiveDoc>, SidecarError> {
    let path = path_for(map_path);
    match std::fs::read(&path) {
        Ok(bytes) => LiveDoc::load(&bytes, share_confidential)
            .map(Some)
            .map_err(|source| SidecarError::Damaged {
                path,
                source: Box::new(source),
            }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SidecarError::Read { path, source }),
    }
}

/// Writes the document beside the map file, atomically.
pub fn save(map_path: &Path, state: &[u8]) -> Result<(), SaveError> {
    write_atomically(&path_for(map_path), state)
}
