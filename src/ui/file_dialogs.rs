//! Asking the user for a file or a folder. The app asks through the small
//! [`FileDialogs`] trait: the system's dialogs (rfd: the XDG desktop
//! portal, or zenity) in the window, a script of answers in tests and
//! tools. When no system dialog can be shown at all, the app says so and
//! offers a plain path field instead, so saving always works.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What kind of path is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// An existing file to read.
    Open,
    /// A file to write, new or not.
    Save,
    /// An existing folder.
    Folder,
}

/// One question: the dialog's title, what it picks, which files it lists,
/// and the file name it suggests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRequest {
    pub title: String,
    pub kind: PathKind,
    /// (name, extensions without the dot)
    pub filters: Vec<(String, &'static [&'static str])>,
    pub file_name: Option<String>,
}

impl FileRequest {
    pub fn open(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            kind: PathKind::Open,
            filters: Vec::new(),
            file_name: None,
        }
    }

    pub fn save(title: impl Into<String>, file_name: String) -> Self {
        Self {
            title: title.into(),
            kind: PathKind::Save,
            filters: Vec::new(),
            file_name: Some(file_name),
        }
    }

    pub fn folder(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            kind: PathKind::Folder,
            filters: Vec::new(),
            file_name: None,
        }
    }

    #[must_use]
    pub fn filter(mut self, name: impl Into<String>, extensions: &'static [&'static str]) -> Self {
        self.filters.push((name.into(), extensions));
        self
    }
}

/// The answer to a [`FileRequest`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal and no zenity).
    Unavailable,
}

/// Whatever shows the user a file dialog.
pub trait FileDialogs {
    fn pick(&mut self, request: &FileRequest) -> Picked;
}

/// The system's file dialogs, through rfd.
#[derive(Default)]
pub struct SystemFileDialogs;

/// A dialog that a person answered takes longer than this; rfd answers
/// at once with nothing when neither the portal nor zenity could show one.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

impl FileDialogs for SystemFileDialogs {
    fn pick(&mut self, request: &FileRequest) -> Picked {
        let mut dialog = rfd::FileDialog::new().set_title(&request.title);
        for (name, extensions) in &request.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(name) = &request.file_name {
            dialog = dialog.set_file_name(name);
        }
        let asked = Instant::now();
        let answer = match request.kind {
            PathKind::Open => dialog.pick_file(),
            PathKind::Save => dialog.save_file(),
            PathKind::Folder => dialog.pick_folder(),
        };
        match answer {
            Some(path) => Picked::Path(path),
            // rfd says "cancelled" and "could not show a dialog" alike. A
            // quick nothing with no zenity to fall back on is the latter.
            None if asked.elapsed() < NO_DIALOG_WITHIN && !zenity_installed() => {
                Picked::Unavailable
            }
            None => Picked::Cancelled,
        }
    }
}

/// Whether rfd's fallback dialog program is on the `PATH`.
fn zenity_installed() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()))
}

/// Answers given in advance, for tests and tools that drive the real
/// actions without a person at a dialog. Clones share the same answers,
/// so a test can keep one and add answers while the app runs.
#[derive(Clone, Default)]
pub struct ScriptedFileDialogs {
    answers: Arc<Mutex<VecDeque<Picked>>>,
    asked: Arc<Mutex<Vec<FileRequest>>>,
}

impl ScriptedFileDialogs {
    pub fn new() -> Self {
        Self::default()
    }

    /// The next dialog picks `path`.
    pub fn answer(&self, path: impl Into<PathBuf>) {
        self.push(Picked::Path(path.into()));
    }

    /// The next dialog answers `picked`.
    pub fn push(&self, picked: Picked) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(picked);
        }
    }

    /// The titles of the dialogs shown so far, first first.
    pub fn asked(&self) -> Vec<String> {
        self.asked
            .lock()
            .map(|asked| asked.iter().map(|r| r.title.clone()).collect())
            .unwrap_or_default()
    }

    /// The answers not taken yet.
    pub fn waiting(&self) -> usize {
        self.answers.lock().map_or(0, |a| a.len())
    }
}

impl FileDialogs for ScriptedFileDialogs {
    /// The next answer; a dialog with no answer left is cancelled.
    fn pick(&mut self, request: &FileRequest) -> Picked {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(request.clone());
        }
        self.answers
            .lock()
            .ok()
            .and_then(|mut answers| answers.pop_front())
            .unwrap_or(Picked::Cancelled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripted_dialogs_answer_in_order_then_cancel() {
        let script = ScriptedFileDialogs::new();
        script.answer("/tmp/a.ron");
        script.push(Picked::Unavailable);
        let mut dialogs = script.clone();
        let request = FileRequest::open("Open a map");
        assert_eq!(dialogs.pick(&request), Picked::Path("/tmp/a.ron".into()));
        assert_eq!(dialogs.pick(&request), Picked::Unavailable);
        assert_eq!(dialogs.pick(&request), Picked::Cancelled);
        assert_eq!(script.asked(), ["Open a map"; 3]);
    }
}
