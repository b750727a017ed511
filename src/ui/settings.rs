//! Preferences kept between runs: theme, language and recent files. Runtime state
//! lives elsewhere; this is only what is saved.

use std::path::{Path, PathBuf};

use super::theme::ThemeChoice;
use crate::i18n::Language;

/// How many files Open recent lists.
const MAX_RECENT: usize = 10;

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    /// The map open when the app last closed, reopened on the next start.
    pub last_file: Option<PathBuf>,
    /// The interface's language; `None` follows the system.
    pub language: Option<Language>,
    /// The name others see in a live session.
    pub live_name: String,
    /// The sync server last typed in the live dialog, offered again.
    pub live_server: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            recent_files: Vec::new(),
            last_file: None,
            language: None,
            live_name: String::new(),
            live_server: String::new(),
        }
    }
}

impl Settings {
    /// The key the settings are stored under in eframe's storage.
    pub const STORAGE_KEY: &'static str = "powermap-settings";

    /// The language the interface speaks: the one chosen, or the system's.
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(Language::of_system)
    }

    /// Puts a file at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path.clone());
        self.recent_files.truncate(MAX_RECENT);
        self.last_file = Some(path);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        if self.last_file.as_deref() == Some(path) {
            self.last_file = None;
        }
    }
}
