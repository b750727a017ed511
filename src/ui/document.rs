//! The open map: the document, its undo history and where it is saved.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::edit::{Edit, History};
use crate::file::{self, LoadError, SaveError};
use crate::live::MirrorError;
use crate::model::{Map, ModelError};

/// One open map. Views read `map()`; every change goes through [`Document::apply`].
pub struct Document {
    /// Shared with the analysis thread without a copy; an edit while a
    /// run still holds it copies it then (copy on write).
    map: Arc<Map>,
    history: History,
    path: Option<PathBuf>,
    /// Changes with every edit, undo and redo, so views can tell when to
    /// refresh what they derived from the map. Never the same for two
    /// documents either, so nothing derived from the last map open is
    /// taken for this one's.
    generation: u64,
    /// The file's modification time and size when last opened or saved,
    /// to notice another program changing it.
    disk_stamp: Option<(std::time::SystemTime, u64)>,
}

/// A generation no document has had yet in this process.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A file's name as dialogs show it: without its folder.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn stamp_of(path: &Path) -> Option<(std::time::SystemTime, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

impl Document {
    /// A map opened from `path`, or not yet saved anywhere.
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        let disk_stamp = path.as_deref().and_then(stamp_of);
        Self {
            map: Arc::new(map),
            history: History::new(),
            path,
            generation: next_generation(),
            disk_stamp,
        }
    }

    /// A map that exists only in memory and counts as unsaved.
    pub fn unsaved(map: Map) -> Self {
        Self {
            history: History::unsaved(),
            ..Self::new(map, None)
        }
    }

    /// A recovered map: unsaved, but saving goes back to the file it came
    /// from (after asking, if that file changed since).
    pub fn recovered(map: Map, original: Option<PathBuf>) -> Self {
        Self {
            history: History::unsaved(),
            path: original,
            // Unknown: any file there may hold other work, so saving asks.
            disk_stamp: None,
            ..Self::new(map, None)
        }
    }

    /// A new, empty map that saving writes to `path` (`powermap new.ron`).
    pub fn new_file(path: &Path) -> Self {
        let title = path.file_stem().map_or_else(
            || crate::i18n::tr("untitled-map"),
            |stem| stem.to_string_lossy().into_owned(),
        );
        Self {
            path: Some(path.to_owned()),
            ..Self::unsaved(Map::new(title))
        }
    }

    /// Whether the file on disk is not the one this map was opened from or
    /// saved to (another program or window changed it, or it is new).
    pub fn changed_on_disk(&self) -> bool {
        match self.path.as_deref() {
            Some(path) if path.exists() => stamp_of(path) != self.disk_stamp,
            _ => false,
        }
    }

    pub fn open(path: &Path) -> Result<Self, LoadError> {
        file::load_file(path).map(|map| Self::new(map, Some(path.to_owned())))
    }

    pub fn map(&self) -> &Map {
        &self.map
    }

    /// The map, to hand to another thread without copying it.
    pub fn shared_map(&self) -> &Arc<Map> {
        &self.map
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// The name the title bar shows: the file name, or the map's title.
    pub fn display_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || {
                let title = self.map.title().trim();
                if title.is_empty() {
                    crate::i18n::tr("untitled-map")
                } else {
                    title.to_owned()
                }
            },
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), ModelError> {
        let before = self.history.revision();
        self.history.apply(Arc::make_mut(&mut self.map), edit)?;
        if self.history.revision() != before {
            self.generation = next_generation();
        }
        Ok(())
    }

    /// Applies an edit as one undo step the Edit menu calls `label`.
    pub fn apply_labelled(&mut self, edit: Edit, label: String) -> Result<(), ModelError> {
        let before = self.history.revision();
        self.history
            .apply_labelled(Arc::make_mut(&mut self.map), edit, label)?;
        if self.history.revision() != before {
            self.generation = next_generation();
        }
        Ok(())
    }

    /// Sends this laptop's changes to a live session and takes in everyone
    /// else's, outside the undo history (undo stays this laptop's own).
    /// Returns whether the map changed.
    pub fn take_in_live(&mut self, live: &crate::live::Channel) -> Result<bool, MirrorError> {
        let merged = live.sync(Arc::make_mut(&mut self.map))?;
        let changed = merged.edit.is_some();
        if changed {
            self.history.mark_changed_outside();
            self.generation = next_generation();
        }
        Ok(changed)
    }

    /// Undoes the last step; returns what was undone.
    pub fn undo(&mut self) -> Result<Option<String>, ModelError> {
        let undone = self.history.undo(Arc::make_mut(&mut self.map))?;
        if undone.is_some() {
            self.generation = next_generation();
        }
        Ok(undone)
    }

    /// Redoes the step undone last; returns what was redone.
    pub fn redo(&mut self) -> Result<Option<String>, ModelError> {
        let redone = self.history.redo(Arc::make_mut(&mut self.map))?;
        if redone.is_some() {
            self.generation = next_generation();
        }
        Ok(redone)
    }

    /// Saves to the document's own path.
    pub fn save(&mut self) -> Result<(), SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError {
                path: PathBuf::new(),
                source: std::io::Error::other(crate::i18n::tr("document-no-file-yet")),
            });
        };
        self.save_as(&path)
    }

    /// Saves to `path`, which becomes the document's path. On error nothing changes.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        file::save_file(&self.map, path)?;
        self.path = Some(path.to_owned());
        self.disk_stamp = stamp_of(path);
        self.history.mark_saved();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Stakeholder};

    fn add_one(doc: &mut Document, name: &str) {
        let id = doc.map().id_allocator().stakeholder();
        let stakeholder = Stakeholder::new(id, name, Kind::Organization);
        doc.apply(Edit::AddStakeholder(stakeholder)).unwrap();
    }

    #[test]
    fn the_map_handed_to_another_thread_is_shared_and_an_edit_copies_it_only_then() {
        let mut doc = Document::unsaved(Map::new("Campaign"));
        add_one(&mut doc, "Union");
        let before = Arc::as_ptr(doc.shared_map());
        add_one(&mut doc, "Church");
        assert_eq!(
            Arc::as_ptr(doc.shared_map()),
            before,
            "not copied: nobody holds it"
        );

        let held = Arc::clone(doc.shared_map());
        add_one(&mut doc, "Ministry");
        assert_eq!(
            held.stakeholder_count(),
            2,
            "what the thread holds stays as it was"
        );
        assert_eq!(doc.map().stakeholder_count(), 3);
    }

    #[test]
    fn a_new_document_never_repeats_a_generation_of_the_one_it_replaces() {
        let old = Document::unsaved(Map::new("Old"));
        let new = Document::unsaved(Map::new("New"));
        assert_ne!(old.generation(), new.generation());
    }
}
