//! Autosave: after each change the open map goes to a worker thread, which
//! writes it to this window's recovery file about two seconds after the
//! last change. The worker also keeps the latest text in memory for the
//! panic hook, which writes it out without blocking if the app crashes.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::file::recovery::{RecoveryInfo, RecoverySlot, now_secs, recovery_text};
use crate::file::to_ron_string;
use crate::model::Map;

/// How long after the last change the recovery file is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

enum Message {
    /// The map as it is now, with what the recovery offer will show.
    Changed(Box<Map>, RecoveryInfo),
    /// The map was saved or closed cleanly: no recovery file is needed.
    Clean,
}

/// The latest recovery text of every open map, for the panic hook.
static LATEST: OnceLock<Mutex<Vec<(PathBuf, String)>>> = OnceLock::new();

fn latest() -> &'static Mutex<Vec<(PathBuf, String)>> {
    LATEST.get_or_init(|| Mutex::new(Vec::new()))
}

/// The autosave of one open map.
pub struct Autosave {
    tx: Option<Sender<Message>>,
    /// What failed, as the id of its words, and why; put into words on the
    /// window's thread, which speaks the user's language.
    errors: Receiver<(&'static str, String)>,
    slot: RecoverySlot,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl Autosave {
    /// Starts the worker for a map whose recovery file goes in `dir`.
    pub fn start(dir: &Path) -> Self {
        let slot = RecoverySlot::new_in(dir);
        let (tx, rx) = mpsc::channel();
        let (error_tx, errors) = mpsc::channel();
        let worker_slot = slot.clone();
        let spawned = std::thread::Builder::new()
            .name("powermap-autosave".to_owned())
            .spawn(crate::i18n::speaking(move || {
                run(&worker_slot, &rx, &error_tx);
            }));
        let worker = match spawned {
            Ok(handle) => Some(handle),
            Err(err) => {
                eprintln!("Powermap: autosave could not start: {err}");
                None
            }
        };
        Self {
            tx: Some(tx),
            errors,
            slot,
            worker,
        }
    }

    /// Records the map after a change.
    pub fn changed(&self, map: &Map, changes: usize, original: Option<&Path>) {
        let info = RecoveryInfo {
            pid: std::process::id(),
            title: map.title().to_owned(),
            saved_at: now_secs(),
            changes,
            original: original.map(Path::to_owned),
        };
        self.send(Message::Changed(Box::new(map.clone()), info));
    }

    /// The map is saved (or back at its saved state): drop the recovery file.
    pub fn clean(&self) {
        self.send(Message::Clean);
    }

    fn send(&self, message: Message) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(message);
        }
    }

    pub fn recovery_path(&self) -> &Path {
        self.slot.path()
    }

    /// The latest autosave failure, if any since the last call.
    pub fn take_error(&self) -> Option<String> {
        let (id, error) = self.errors.try_iter().last()?;
        Some(crate::i18n::tr_with(id, &[("error", error.into())]))
    }
}

impl Drop for Autosave {
    /// A clean close removes the recovery file; a panic keeps it, since the
    /// panic hook has just written the latest map there.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        self.send(Message::Clean);
        self.tx = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn run(slot: &RecoverySlot, rx: &Receiver<Message>, errors: &Sender<(&'static str, String)>) {
    let mut pending: Option<(String, RecoveryInfo, Instant)> = None;
    loop {
        let wait = pending
            .as_ref()
            .map_or(Duration::from_secs(3600), |(_, _, due)| {
                due.saturating_duration_since(Instant::now())
            });
        match rx.recv_timeout(wait) {
            Ok(Message::Changed(map, info)) => match to_ron_string(&map) {
                Ok(text) => {
                    remember(slot.path(), recovery_text(&text, &info));
                    pending = Some((text, info, Instant::now() + AUTOSAVE_DELAY));
                }
                Err(err) => {
                    let _ = errors.send(("autosave-could-not-write", err.to_string()));
                }
            },
            Ok(Message::Clean) => {
                pending = None;
                forget(slot.path());
                slot.remove();
            }
            Err(RecvTimeoutError::Timeout) => {
                if let Some((text, info, _)) = pending.take()
                    && let Err(err) = slot.write(&text, &info)
                {
                    let _ = errors.send(("autosave-failed", err.to_string()));
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Some((text, info, _)) = pending.take() {
                    let _ = slot.write(&text, &info);
                }
                return;
            }
        }
    }
}

fn remember(path: &Path, text: String) {
    if let Ok(mut all) = latest().lock() {
        match all.iter_mut().find(|(p, _)| p == path) {
            Some(entry) => entry.1 = text,
            None => all.push((path.to_owned(), text)),
        }
    }
}

fn forget(path: &Path) {
    if let Ok(mut all) = latest().lock() {
        all.retain(|(p, _)| p != path);
    }
}

/// Installs a panic hook that writes every open map's latest text to its
/// recovery file, then lets the default hook report the panic. It never
/// waits for a lock: if the worker holds it, the file from the last
/// autosave stays as it is.
pub fn install_panic_hook() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |panic| {
        if let Ok(all) = latest().try_lock() {
            for (path, text) in all.iter() {
                let _ = std::fs::write(path, text);
            }
        }
        default_hook(panic);
    }));
}
