//! The open map's life apart from the window: the document and its
//! history, the selection each undo step puts back, the autosave that
//! keeps a recovery file, the work earlier sessions left for recovery,
//! and a large map being read on another thread.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::edit::Edit;
use crate::file::LoadError;
use crate::file::recovery::{self, Recovery};
use crate::model::{Map, ModelError};
use crate::ui::autosave::Autosave;
use crate::ui::document::Document;
use crate::ui::selection::Selection;

/// Files larger than this are read on another thread, with a way to cancel.
const BACKGROUND_LOAD_BYTES: u64 = 512 * 1024;

/// How many steps keep the selection they were made with; as many as the
/// history keeps steps, and a few more for redo.
const SELECTIONS_KEPT: usize = 1100;

/// What to do once the user has answered "Save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    NewMap,
    /// Open this file, or the one the user picks.
    Open(Option<PathBuf>),
    /// A map made from another tool's file, not saved anywhere yet.
    OpenImported(Box<Map>),
    Quit,
}

impl Pending {
    /// What is about to happen, as "Save the changes … before {what}?"
    /// chooses its words: "new-map", "open" or "quit".
    pub fn describe(&self) -> &'static str {
        match self {
            Pending::NewMap => "new-map",
            Pending::Open(_) | Pending::OpenImported(_) => "open",
            Pending::Quit => "quit",
        }
    }
}

/// The selection before a step was made, and after it when it was last
/// undone, so undo and redo put back what the user was working on.
struct StepSelection {
    before: Arc<Selection>,
    after: Option<Arc<Selection>>,
}

/// Why recovered work could not be recovered or discarded.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    #[error("{}", crate::i18n::tr("recovery-gone"))]
    Gone,
    #[error("{}", crate::i18n::tr_with("recovery-unreadable", &[("problem", .0.to_string().into())]))]
    Unreadable(#[from] LoadError),
    #[error("{}", crate::i18n::tr_with("recovery-not-deleted", &[
        ("path", path.display().to_string().into()),
        ("problem", source.to_string().into()),
    ]))]
    Delete {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A map file being read off the UI thread.
pub struct Loading {
    pub path: PathBuf,
    pub bytes: u64,
    result: Receiver<Result<Map, LoadError>>,
}

/// How reading in the background is going.
pub enum LoadProgress {
    Reading,
    Read(PathBuf, Result<Box<Map>, LoadError>),
    /// The reading thread ended without an answer.
    Stopped(PathBuf),
}

pub struct Session {
    doc: Document,
    /// Keyed by the revision each step leads to.
    selections: BTreeMap<u64, StepSelection>,
    /// Writes the map to a recovery file shortly after each change.
    autosave: Option<Autosave>,
    /// The document generation last handed to the autosave.
    autosaved_generation: Option<u64>,
    /// Work left by sessions that ended without saving, offered on start.
    recoveries: Vec<Recovery>,
    loading: Option<Loading>,
    /// What the text being typed in a field would change, and a count that
    /// changes with it, so the autosave keeps typing that is not an undo
    /// step yet.
    draft: Option<Edit>,
    draft_serial: u64,
    /// The generation and draft last handed to the autosave.
    autosaved_draft: u64,
}

impl Session {
    pub fn new(doc: Document) -> Self {
        Self {
            doc,
            selections: BTreeMap::new(),
            autosave: None,
            autosaved_generation: None,
            recoveries: Vec::new(),
            loading: None,
            draft: None,
            draft_serial: 0,
            autosaved_draft: 0,
        }
    }

    /// What the text being typed now would change (`None`: nothing typed).
    pub fn set_draft(&mut self, draft: Option<Edit>) {
        if draft != self.draft {
            self.draft = draft;
            self.draft_serial += 1;
        }
    }

    /// Whether text being typed holds work the map does not have yet.
    pub fn is_typing(&self) -> bool {
        self.draft.is_some()
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    pub fn map(&self) -> &Map {
        self.doc.map()
    }

    /// Exchanges changes with a live session; returns whether the map changed.
    pub fn take_in_live(
        &mut self,
        live: &crate::live::Channel,
    ) -> Result<bool, crate::live::MirrorError> {
        self.doc.take_in_live(live)
    }

    /// Puts another document in place of this one; its recovery file goes.
    pub fn replace(&mut self, doc: Document) {
        if let Some(autosave) = &self.autosave {
            autosave.clean();
        }
        self.autosaved_generation = None;
        self.selections.clear();
        self.doc = doc;
    }

    /// Applies an edit as one undo step made while `selection` was selected.
    pub fn apply(&mut self, edit: Edit, selection: &Selection) -> Result<(), ModelError> {
        self.record(selection, |doc| doc.apply(edit))
    }

    /// Applies an edit as one undo step with the Edit menu's words.
    pub fn apply_labelled(
        &mut self,
        edit: Edit,
        label: String,
        selection: &Selection,
    ) -> Result<(), ModelError> {
        self.record(selection, |doc| doc.apply_labelled(edit, label))
    }

    fn record(
        &mut self,
        selection: &Selection,
        change: impl FnOnce(&mut Document) -> Result<(), ModelError>,
    ) -> Result<(), ModelError> {
        let before = self.doc.history().revision();
        change(&mut self.doc)?;
        let after = self.doc.history().revision();
        if after != before {
            // Steps made in a row with one selection share it.
            let before_selection = match self.selections.values().next_back() {
                Some(last) if *last.before == *selection => Arc::clone(&last.before),
                _ => Arc::new(selection.clone()),
            };
            self.selections.insert(
                after,
                StepSelection {
                    before: before_selection,
                    after: None,
                },
            );
            while self.selections.len() > SELECTIONS_KEPT {
                self.selections.pop_first();
            }
        }
        Ok(())
    }

    /// Undoes the last step; returns what was undone and the selection it
    /// was made with. `selection` is what redo will put back.
    pub fn undo(
        &mut self,
        selection: &Selection,
    ) -> Result<Option<(String, Option<Selection>)>, ModelError> {
        let step = self.doc.history().revision();
        let Some(label) = self.doc.undo()? else {
            return Ok(None);
        };
        let restored = self.selections.get_mut(&step).map(|kept| {
            kept.after = Some(Arc::new(selection.clone()));
            (*kept.before).clone()
        });
        Ok(Some((label, restored)))
    }

    /// Redoes the step undone last; returns what was redone and the
    /// selection there was when it was undone.
    pub fn redo(&mut self) -> Result<Option<(String, Option<Selection>)>, ModelError> {
        let Some(label) = self.doc.redo()? else {
            return Ok(None);
        };
        let step = self.doc.history().revision();
        let restored = self
            .selections
            .get(&step)
            .and_then(|kept| kept.after.as_deref().cloned());
        Ok(Some((label, restored)))
    }

    /// Saves to `path`, which becomes the map's file; its recovery file goes.
    pub fn save_as(&mut self, path: &Path) -> Result<(), crate::file::SaveError> {
        self.doc.save_as(path)?;
        if let Some(autosave) = &self.autosave {
            autosave.clean();
        }
        Ok(())
    }

    /// Turns on autosave to recovery files in `dir`, and finds the work
    /// that sessions which ended without saving left there.
    pub fn enable_recovery(&mut self, dir: &Path) {
        self.recoveries = recovery::orphans_in(dir);
        self.autosave = Some(Autosave::start(dir));
        self.autosaved_generation = None;
    }

    pub fn recoveries(&self) -> &[Recovery] {
        &self.recoveries
    }

    /// Where this window's recovery file goes.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.autosave.as_ref().map(Autosave::recovery_path)
    }

    /// Hands the map to the autosave after it changed (a map back at its
    /// saved state needs no recovery file); returns the autosave's error.
    pub fn sync_autosave(&mut self) -> Option<String> {
        let autosave = self.autosave.as_ref()?;
        let error = autosave.take_error();
        let generation = self.doc.generation();
        if self.autosaved_generation != Some(generation)
            || self.autosaved_draft != self.draft_serial
        {
            self.autosaved_generation = Some(generation);
            self.autosaved_draft = self.draft_serial;
            let depth = self.doc.history().depth();
            let with_draft = self.draft.clone().and_then(|draft| {
                let mut map = self.doc.map().clone();
                draft.apply(&mut map).ok().map(|_| map)
            });
            match with_draft {
                Some(map) => autosave.changed(&map, depth + 1, self.doc.path()),
                None if self.doc.is_modified() => {
                    autosave.changed(self.doc.map(), depth, self.doc.path());
                }
                None => autosave.clean(),
            }
        }
        error
    }

    /// Opens recovered work `index` as an unsaved map; returns its title.
    pub fn recover(&mut self, index: usize) -> Result<String, RecoveryError> {
        let found = self
            .recoveries
            .get(index)
            .cloned()
            .ok_or(RecoveryError::Gone)?;
        let map = recovery::load(&found)?;
        self.replace(Document::recovered(map, found.info.original.clone()));
        // Hand it to this window's autosave before the old file goes.
        if let Some(autosave) = &self.autosave {
            autosave.changed(self.doc.map(), found.info.changes, self.doc.path());
            self.autosaved_generation = Some(self.doc.generation());
        }
        // The work is in this window's recovery file now; a stale copy
        // left behind would only be offered again.
        let _ = std::fs::remove_file(&found.path);
        self.recoveries.remove(index);
        Ok(found.info.title)
    }

    /// Deletes recovered work `index` for good.
    pub fn discard_recovery(&mut self, index: usize) -> Result<(), RecoveryError> {
        if index >= self.recoveries.len() {
            return Err(RecoveryError::Gone);
        }
        let found = self.recoveries.remove(index);
        std::fs::remove_file(&found.path).map_err(|source| RecoveryError::Delete {
            path: found.path,
            source,
        })
    }

    /// Keeps the recovered work for the next start, offering it no more now.
    pub fn postpone_recoveries(&mut self) {
        self.recoveries.clear();
    }

    /// Starts reading a large file on another thread; returns `false` for a
    /// file small enough to open at once.
    pub fn start_loading(&mut self, path: &Path) -> bool {
        let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
        if bytes <= BACKGROUND_LOAD_BYTES {
            return false;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let owned = path.to_owned();
        // The problems found while loading are worded in the window's language.
        let language = crate::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("powermap-load".to_owned())
            .spawn(move || {
                crate::i18n::set_language(language);
                // The app may have stopped waiting (cancelled): nobody to tell.
                let _ = tx.send(crate::file::load_file(&owned));
            });
        if spawned.is_err() {
            return false;
        }
        self.loading = Some(Loading {
            path: path.to_owned(),
            bytes,
            result: rx,
        });
        true
    }

    /// The file being read, if any.
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    pub fn poll_loading(&mut self) -> Option<LoadProgress> {
        let loading = self.loading.as_ref()?;
        let progress = match loading.result.try_recv() {
            Ok(result) => LoadProgress::Read(loading.path.clone(), result.map(Box::new)),
            Err(TryRecvError::Disconnected) => LoadProgress::Stopped(loading.path.clone()),
            Err(TryRecvError::Empty) => return Some(LoadProgress::Reading),
        };
        self.loading = None;
        Some(progress)
    }

    /// Stops waiting for the file being read; the thread finishes on its
    /// own and its result is dropped.
    pub fn cancel_loading(&mut self) {
        self.loading = None;
    }
}
