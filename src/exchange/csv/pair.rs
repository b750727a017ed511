//! A map's CSV pair on disk: the stakeholders file and the relations file
//! beside it, written both or neither, so that a full disk never leaves a
//! stakeholders file that imports as a map without relations; and, on the
//! way in, the words that say a relations file is not there. The command
//! line and the app both go through here.

use std::path::{Path, PathBuf};

use super::{export, relations_path};
use crate::file::{SaveError, write_together};
use crate::i18n::tr_with;
use crate::model::Map;

/// Writes the stakeholders to `stakeholders` and the relations to
/// `NAME.relations.csv` beside it, both or neither; returns the latter's path.
pub fn write_files(map: &Map, stakeholders: &Path) -> Result<PathBuf, SaveError> {
    let pair = export(map);
    let relations = relations_path(stakeholders);
    write_together(&[
        (stakeholders, pair.stakeholders.as_bytes()),
        (&relations, pair.relations.as_bytes()),
    ])?;
    Ok(relations)
}

/// When no relations file is given and there is none beside the
/// stakeholders file, what the import says: its relations are not
/// imported, so a pair missing its second half does not pass for whole.
pub fn missing_relations(stakeholders: &Path, relations: Option<&Path>) -> Option<String> {
    if relations.is_some() {
        return None;
    }
    let beside = relations_path(stakeholders);
    (!beside.exists()).then(|| {
        let name = beside.file_name().unwrap_or_default().to_string_lossy();
        tr_with(
            "csv-no-relations-file",
            &[("name", name.into_owned().into())],
        )
    })
}
