//! A live session through an automerge-repo sync server (the npm package
//! `@automerge/automerge-repo-sync-server` that a coalition runs), for
//! partners beyond the room. The map's document is one automerge-repo
//! document, found by an id derived from the join code, and synced with
//! `samod` over WebSocket. Local edits and remote changes meet in the
//! same [`LiveDoc`] as in a local session, so undo stays one's own.

use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use futures::StreamExt as _;
use samod::storage::{InMemoryStorage, Storage as _, StorageKey};
use samod::{BackoffConfig, DocHandle, DocumentId, Repo};

use super::code::JoinCode;
use super::mirror::{LiveDoc, Merged, MirrorError};
use super::session::{Wake, id_tag};
use super::wire::{Looking, PeerInfo, Presence, ServerPresence};
use crate::i18n::tr_with;
use crate::model::Map;

/// How long the server has to accept the WebSocket connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the server has to say whether it holds the document.
const FIND_TIMEOUT: Duration = Duration::from_secs(20);
/// How often a laptop tells the others through the server that it is
/// still there (the server keeps no list of who is in).
const PRESENCE_EVERY: Duration = Duration::from_secs(5);
/// A person not heard from for this long has gone.
const PRESENCE_GONE: Duration = Duration::from_secs(16);

/// Why a session through a sync server could not start; nothing of the
/// map was received.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error("{}", tr_with("live-relay-bad-address", &[("address", .0.as_str().into())]))]
    BadAddress(String),
    #[error("{}", tr_with("live-relay-no-answer", &[("address", .0.as_str().into()), ("problem", .1.as_str().into())]))]
    NoAnswer(String, String),
    #[error("{}", tr_with("live-relay-not-there", &[("address", .0.as_str().into())]))]
    NotThere(String),
    #[error(transparent)]
    Mirror(#[from] MirrorError),
}

/// Whether `text` names a sync server (`ws://…` or `wss://…`) rather
/// than a laptop hosting a session.
pub fn is_server_address(text: &str) -> bool {
    let text = text.trim().to_ascii_lowercase();
    text.starts_with("ws://") || text.starts_with("wss://")
}

struct State {
    doc: LiveDoc,
    /// Heads both this mirror and samod's copy held at the last exchange.
    common: Vec<automerge::ChangeHash>,
    remote_changed: bool,
    /// What was left out of the map, in words, until taken.
    log: Vec<String>,
    /// This laptop as the others see it, once it said who it is.
    me: Option<ServerPresence>,
    /// Everyone else heard through the server, and when last.
    others: BTreeMap<u64, (PeerInfo, Instant)>,
}

impl State {
    /// Takes in what another laptop said through the server; returns
    /// whether it is someone new (who has to hear who this laptop is).
    fn heard(&mut self, presence: ServerPresence, now: Instant) -> bool {
        if self.me.as_ref().is_some_and(|me| me.id == presence.id) {
            return false;
        }
        if presence.leaving {
            self.others.remove(&presence.id);
            return false;
        }
        let info = PeerInfo {
            id: presence.id,
            name: presence.name,
            selection: presence.selection,
            view: presence.view,
        };
        self.others.insert(presence.id, (info, now)).is_none()
    }

    /// Forgets those not heard from for a while; returns whether anyone went.
    fn forget_gone(&mut self, now: Instant) -> bool {
        let before = self.others.len();
        self.others
            .retain(|_, (_, heard)| now.duration_since(*heard) < PRESENCE_GONE);
        self.others.len() != before
    }
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// This laptop's part in a session through a sync server.
pub struct Relay {
    /// samod's tasks run here; dropped last, after the repo stopped.
    runtime: tokio::runtime::Runtime,
    repo: Repo,
    handle: DocHandle,
    shared: Arc<Shared>,
    address: String,
    code: JoinCode,
    tag: String,
}

impl Relay {
    /// Puts `doc` on the server at `address` (or joins it with what the
    /// server already holds under this code) and keeps them in sync.
    pub fn host(
        doc: LiveDoc,
        address: &str,
        code: &JoinCode,
        wake: Wake,
    ) -> Result<Self, RelayError> {
        Self::start(Some(doc), address, code, wake)
    }

    /// Joins the map the server at `address` holds under `code`; refused
    /// when the server has no such document.
    pub fn join(address: &str, code: &JoinCode, wake: Wake) -> Result<Self, RelayError> {
        Self::start(None, address, code, wake)
    }

    fn start(
        doc: Option<LiveDoc>,
        address: &str,
        code: &JoinCode,
        wake: Wake,
    ) -> Result<Self, RelayError> {
        let address = address.trim().to_owned();
        let url = samod::Url::parse(&address)
            .ok()
            .filter(|url| matches!(url.scheme(), "ws" | "wss") && url.host().is_some())
            .ok_or_else(|| RelayError::BadAddress(address.clone()))?;
        let no_answer = |problem: String| RelayError::NoAnswer(address.clone(), problem);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("powermap-relay")
            .enable_all()
            .build()
            .map_err(|err| no_answer(err.to_string()))?;
        let doc_id = DocumentId::try_from(code.document_id_bytes().to_vec())
            .map_err(|err| no_answer(err.to_string()))?;
        let storage = InMemoryStorage::new();
        let hosting = doc.is_some();
        let (mut doc, common) = match doc {
            Some(mut doc) => {
                // samod finds the document in its storage and offers it to
                // the server, which then keeps it under the code's id.
                let key =
                    StorageKey::from_parts([doc_id.to_string().as_str(), "snapshot", "powermap"])
                        .map_err(|err| no_answer(err.to_string()))?;
                runtime.block_on(storage.put(key, doc.save()));
                let heads = doc.heads();
                (doc, heads)
            }
            None => (LiveDoc::empty(false)?, Vec::new()),
        };
        let repo = {
            let _inside = runtime.enter();
            runtime.block_on(Repo::build_tokio().with_storage(storage).load())
        };
        let backoff = BackoffConfig {
            initial_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            max_retries: None,
        };
        let stop = |repo: &Repo, runtime: &tokio::runtime::Runtime| {
            runtime.block_on(repo.stop());
        };
        let dialer = {
            let _inside = runtime.enter();
            repo.dial_websocket(url, backoff)
                .map_err(|err| no_answer(err.to_string()))?
        };
        let established = runtime
            .block_on(async { tokio::time::timeout(CONNECT_TIMEOUT, dialer.established()).await });
        match established {
            Ok(Ok(_)) => {}
            Ok(Err(err)) => {
                stop(&repo, &runtime);
                return Err(no_answer(err.to_string()));
            }
            Err(_) => {
                stop(&repo, &runtime);
                return Err(no_answer(tr_with(
                    "live-relay-timeout",
                    &[("seconds", CONNECT_TIMEOUT.as_secs().into())],
                )));
            }
        }
        let found =
            runtime.block_on(async { tokio::time::timeout(FIND_TIMEOUT, repo.find(doc_id)).await });
        let handle = match found {
            Ok(Ok(Some(handle))) => handle,
            Ok(Ok(None)) | Err(_) => {
                stop(&repo, &runtime);
                return Err(RelayError::NotThere(address));
            }
            Ok(Err(stopped)) => {
                stop(&repo, &runtime);
                return Err(no_answer(stopped.to_string()));
            }
        };
        if hosting {
            // The code is given out once the server holds the map: a
            // partner joining at once was told it holds no such map.
            let (_, mut changes) = handle.peers();
            let held = runtime.block_on(async {
                tokio::time::timeout(FIND_TIMEOUT, async {
                    while !server_holds_ours(&handle) {
                        if changes.next().await.is_none() {
                            break;
                        }
                    }
                })
                .await
            });
            if held.is_err() || !server_holds_ours(&handle) {
                stop(&repo, &runtime);
                return Err(no_answer(tr_with(
                    "live-relay-timeout",
                    &[("seconds", FIND_TIMEOUT.as_secs().into())],
                )));
            }
        } else {
            // A laptop that joins follows what the server's document holds.
            doc.set_share_confidential(false);
        }
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                doc,
                common,
                remote_changed: true,
                log: Vec::new(),
                me: None,
                others: BTreeMap::new(),
            }),
            changed: Condvar::new(),
        });
        let listener = Arc::clone(&shared);
        let mut changes = handle.changes();
        let waking = Arc::clone(&wake);
        runtime.spawn(async move {
            while changes.next().await.is_some() {
                listener.lock().remote_changed = true;
                listener.changed.notify_all();
                waking();
            }
        });
        spawn_presence(&runtime, &handle, &shared, wake);
        Ok(Self {
            runtime,
            repo,
            handle,
            shared,
            address,
            code: code.clone(),
            // The laptop that put the map on the server keeps plain ids.
            tag: if hosting { String::new() } else { id_tag() },
        })
    }

    /// The server's address as given.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The join code the map is found by on the server.
    pub fn code(&self) -> &JoinCode {
        &self.code
    }

    /// The automerge-repo URL of the map's document (`automerge:…`).
    pub fn document_url(&self) -> String {
        self.handle.url().to_string()
    }

    /// Brings this laptop's changes to the server and the others' into
    /// `map`, as [`super::Session::sync`] does.
    pub fn sync(&self, map: &mut Map) -> Result<Merged, MirrorError> {
        map.set_id_tag(&self.tag);
        let mut state = self.shared.lock();
        state.doc.record(map)?;
        self.exchange(&mut state)?;
        state.remote_changed = false;
        let merged = state.doc.merge_into(map)?;
        self.exchange(&mut state)?;
        for refusal in &merged.refused {
            if state.log.len() < super::session::MAX_LOG {
                let what = tr_with("live-left-out", &[("problem", refusal.clone().into())]);
                state.log.push(what);
            }
        }
        Ok(merged)
    }

    /// What was left out of the map since the last call, in words, as
    /// [`super::Session::take_log`] tells it.
    pub fn take_log(&self) -> Vec<String> {
        std::mem::take(&mut self.shared.lock().log)
    }

    /// Hands samod what the mirror has that it lacks, and the reverse.
    fn exchange(&self, state: &mut State) -> Result<(), MirrorError> {
        let common = std::mem::take(&mut state.common);
        let mine = state.doc.automerge().save_after(&common);
        let theirs =
            self.handle
                .with_document(|doc| -> Result<Vec<u8>, automerge::AutomergeError> {
                    let theirs = doc.save_after(&common);
                    if !mine.is_empty() {
                        doc.load_incremental(&mine)?;
                    }
                    Ok(theirs)
                });
        let theirs = match theirs {
            Ok(theirs) => theirs,
            Err(err) => {
                state.common = common;
                return Err(err.into());
            }
        };
        if !theirs.is_empty()
            && let Err(err) = state.doc.automerge().load_incremental(&theirs)
        {
            state.common = common;
            return Err(err.into());
        }
        state.common = state.doc.heads();
        Ok(())
    }

    /// Whether the server changed the document since the last [`Self::sync`].
    pub fn has_remote_changes(&self) -> bool {
        self.shared.lock().remote_changed
    }

    /// Whether the server has said it holds every change this laptop has.
    pub fn in_step(&self) -> bool {
        server_holds_ours(&self.handle)
    }

    /// Waits until `done` holds or `timeout` passes; returns whether it held.
    pub fn wait_until(&self, timeout: Duration, mut done: impl FnMut(&Self) -> bool) -> bool {
        super::wait_until(&self.shared.state, &self.shared.changed, timeout, || {
            done(self)
        })
    }

    /// The document, compressed, for the sidecar file.
    pub fn save_state(&self) -> Vec<u8> {
        self.shared.lock().doc.save()
    }

    /// Shows the others, under `name`, what this laptop has selected and
    /// looks at; sends nothing when nothing changed. Until it is first
    /// called, this laptop is not in the others' list (a headless peer
    /// never is).
    pub fn set_presence(&self, name: &str, selection: &[String], looking: Option<Looking>) {
        let mut state = self.shared.lock();
        let presence = Presence {
            selection: selection.to_vec(),
            view: looking,
        };
        let id = match &state.me {
            Some(me) if me.selection == selection && me.view == looking => return,
            Some(me) => me.id,
            None => presence_id(),
        };
        let me = ServerPresence::new(id, name, presence, false);
        self.handle.broadcast(me.encode());
        state.me = Some(me);
    }

    /// What this laptop last told the others it looks at.
    pub fn looking(&self) -> Option<Looking> {
        self.shared.lock().me.as_ref().and_then(|me| me.view)
    }

    /// Everyone heard through the server, this laptop first once it said
    /// who it is.
    pub fn peers(&self) -> Vec<PeerInfo> {
        let state = self.shared.lock();
        let me = state.me.iter().map(|me| PeerInfo {
            id: me.id,
            name: me.name.clone(),
            selection: me.selection.clone(),
            view: me.view,
        });
        me.chain(state.others.values().map(|(info, _)| info.clone()))
            .collect()
    }

    pub fn is_me(&self, peer: &PeerInfo) -> bool {
        self.shared
            .lock()
            .me
            .as_ref()
            .is_some_and(|me| me.id == peer.id)
    }
}

/// Whether every server the document is synced with has said it holds
/// every change samod's copy has.
fn server_holds_ours(handle: &DocHandle) -> bool {
    let heads = handle.with_document(|doc| {
        let mut heads = doc.get_heads();
        heads.sort();
        heads
    });
    let (peers, _) = handle.peers();
    !peers.is_empty()
        && peers.values().all(|peer| {
            peer.shared_heads.as_ref().is_some_and(|shared| {
                let mut shared = shared.clone();
                shared.sort();
                shared == heads
            })
        })
}

/// A number for this laptop among those who meet through a server.
fn presence_id() -> u64 {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        bytes = nanos.to_le_bytes();
    }
    u64::from_le_bytes(bytes).max(1)
}

/// Listens for who else is in (ephemeral messages through the server),
/// answers a newcomer with who this laptop is, says so again every few
/// seconds, and forgets those who went quiet.
fn spawn_presence(
    runtime: &tokio::runtime::Runtime,
    handle: &DocHandle,
    shared: &Arc<Shared>,
    wake: Wake,
) {
    let mut ephemera = handle.ephemera();
    let listening = Arc::clone(shared);
    let answering = handle.clone();
    let woken = Arc::clone(&wake);
    runtime.spawn(async move {
        while let Some(bytes) = ephemera.next().await {
            let mut state = listening.lock();
            match ServerPresence::decode(&bytes) {
                Ok(presence) => {
                    if state.heard(presence, Instant::now())
                        && let Some(me) = &state.me
                    {
                        answering.broadcast(me.encode());
                    }
                }
                Err(err) => {
                    if state.log.len() < super::session::MAX_LOG {
                        state.log.push(err.to_string());
                    }
                }
            }
            drop(state);
            listening.changed.notify_all();
            woken();
        }
    });
    let beating = Arc::clone(shared);
    let telling = handle.clone();
    runtime.spawn(async move {
        let mut every = tokio::time::interval(PRESENCE_EVERY);
        loop {
            every.tick().await;
            let mut state = beating.lock();
            if let Some(me) = &state.me {
                telling.broadcast(me.encode());
            }
            if state.forget_gone(Instant::now()) {
                drop(state);
                beating.changed.notify_all();
                wake();
            }
        }
    });
}

impl Drop for Relay {
    fn drop(&mut self) {
        if let Some(me) = &self.shared.lock().me {
            let mut leaving = me.clone();
            leaving.leaving = true;
            self.handle.broadcast(leaving.encode());
        }
        self.runtime.block_on(self.repo.stop());
    }
}
