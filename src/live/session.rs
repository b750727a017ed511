//! A live session on the local network: the host listens, laptops join
//! with the code; each connection has a thread that reads and one that
//! writes, and the map's document sits behind one lock. The host relays
//! every change to everyone else. Sync messages are taken in and made by
//! one thread per session, in bursts: everything that arrived meanwhile
//! is taken in first (each peer's messages as one), then each peer that
//! sent one or has something to hear gets one message, and never a
//! second one before its writer sent the first. Nothing here
//! polls: threads block on the network or on their queue, and the app is
//! woken (`wake`) only when something arrived.

use std::collections::{BTreeMap, HashSet};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use automerge::sync::SyncDoc;

use super::code::{Attempts, JoinCode, RateLimit};
use super::mirror::{LiveDoc, Merged, MirrorError};
use super::secure::{self, ChannelError, Receiver, Sender};
use super::wire::{Hello, Looking, Message, PeerInfo, Presence, Welcome, clean_name};
use crate::i18n::{tr, tr_with};
use crate::model::Map;

/// The port a session listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 7878;
/// The most laptops one host serves at once.
pub const MAX_PEERS: usize = 64;
/// How many refusals the session keeps for the log.
pub(super) const MAX_LOG: usize = 200;
/// How long a peer not in step may say nothing before it is asked again.
const QUIET: Duration = Duration::from_millis(500);
/// How long a refused handshake keeps its connection before closing, so
/// guessing codes is slow even below the rate limit.
const REFUSAL_DELAY: Duration = Duration::from_millis(300);
/// The most sync messages one peer may have read and not yet taken in:
/// its reader then waits for the sync thread, and the peer's own sends
/// wait on the network. The 60 s bench of 10 laptops × 20 edits/s queued
/// at most 14 of one peer's messages (24 KB) with no bound, 11 with it,
/// so a host four times as busy still keeps its pace (docs/COLLABORATION.md).
pub(super) const MAX_QUEUED_MESSAGES: usize = 64;
/// The most bytes of sync messages (as they came on the wire) one peer may
/// have queued; a single larger message (up to the channel's 64 MiB) is
/// still taken, alone. With 64 peers the host holds at most 64 × this.
pub(super) const MAX_QUEUED_BYTES: usize = 4 * 1024 * 1024;

/// Called from a network thread when something arrived: the app asks egui
/// for a repaint, a headless peer wakes its loop.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// How a session runs.
#[derive(Clone)]
pub struct SessionOptions {
    /// The name others see.
    pub name: String,
    /// Host only: whether confidential notes go to the session.
    pub share_confidential: bool,
    pub rate_limit: RateLimit,
    /// A laptop whose connection dropped tries again after this long.
    pub reconnect_delay: Duration,
}

impl Default for SessionOptions {
    fn default() -> Self {
        Self {
            name: tr("live-someone"),
            share_confidential: false,
            rate_limit: RateLimit::default(),
            reconnect_delay: Duration::from_secs(2),
        }
    }
}

/// Why joining a session failed; nothing of the map was received.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    #[error("{}", tr_with("live-no-answer", &[("address", .0.to_string().into()), ("problem", .1.to_string().into())]))]
    NoAnswer(SocketAddr, std::io::Error),
    #[error("{}", tr_with("live-wrong-code", &[("address", .0.to_string().into())]))]
    WrongCode(SocketAddr),
    #[error("{}", tr_with("live-protocol", &[("address", .0.to_string().into()), ("problem", .1.as_str().into())]))]
    Protocol(SocketAddr, String),
}

/// Why a session could not be started.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    #[error("{}", tr_with("live-cannot-listen", &[("port", (*.0).into()), ("problem", .1.to_string().into())]))]
    Listen(u16, std::io::Error),
    #[error(transparent)]
    Mirror(#[from] MirrorError),
}

enum Out {
    Send(Message),
    Close,
}

struct Conn {
    name: String,
    address: IpAddr,
    sync: automerge::sync::State,
    /// Whether a sync message came from this peer on this connection.
    heard: bool,
    /// Automerge's sync protocol may have something to say to this peer.
    due: bool,
    /// When a sync message last came from this peer.
    heard_at: Instant,
    /// A sync message to this peer is queued and its writer has not sent
    /// it yet; the next one waits, so that one is made for a whole burst.
    in_flight: bool,
    selection: Vec<String>,
    looking: Option<Looking>,
    outbox: mpsc::Sender<Out>,
    /// Why this peer is to be disconnected: a change of its, taken in by
    /// another connection's reader, did not fit.
    refused: Option<String>,
}

impl Conn {
    /// Whether this peer told us it holds `heads` (sorted), ours.
    fn in_step(&self, heads: &[automerge::ChangeHash]) -> bool {
        self.heard
            && self.sync.their_heads.as_ref().is_some_and(|theirs| {
                let mut theirs = theirs.clone();
                theirs.sort();
                theirs == heads
            })
    }
}

struct State {
    doc: LiveDoc,
    conns: BTreeMap<u64, Conn>,
    next_conn: u64,
    /// The peers changed the document since the map last took it in.
    remote_changed: bool,
    selection: Vec<String>,
    /// What this laptop looks at, as last told to the others.
    looking: Option<Looking>,
    /// For a laptop that joined, everyone as the host last listed them.
    peers: Vec<PeerInfo>,
    /// For a laptop that joined, its number in the host's list.
    me: Option<u64>,
    banned: HashSet<IpAddr>,
    log: Vec<String>,
}

impl State {
    fn note(&mut self, what: String) {
        if self.log.len() < MAX_LOG {
            self.log.push(what);
        }
    }

    /// Marks connection `id` as having something to hear; the sync
    /// thread makes the message.
    fn sync_to(&mut self, id: u64) {
        if let Some(conn) = self.conns.get_mut(&id) {
            conn.due = true;
        }
    }

    fn sync_to_all(&mut self, except: Option<u64>) {
        for (id, conn) in &mut self.conns {
            if Some(*id) != except {
                conn.due = true;
            }
        }
    }

    /// Answers connection `id` at once, after taking in its messages.
    fn answer(&mut self, id: u64) {
        let State { doc, conns, .. } = self;
        if let Some(conn) = conns.get_mut(&id) {
            conn.due = false;
            if let Some(message) = doc.automerge().sync().generate_sync_message(&mut conn.sync) {
                conn.in_flight = true;
                let _ = conn.outbox.send(Out::Send(Message::Sync(message.encode())));
            }
        }
    }

    /// Asks again of every peer that is not in step and has said nothing
    /// for [`QUIET`]: an exchange can stop with both sides holding
    /// changes the other lacks (Automerge sends a change once, and does
    /// not send it again while it believes it on its way), so the changes
    /// this laptop sent are offered again, as the peer's last word says it
    /// lacks them.
    fn ask_again_of_the_quiet(&mut self, now: Instant) {
        let heads = self.doc.heads();
        for conn in self.conns.values_mut() {
            if !conn.in_step(&heads)
                && !conn.in_flight
                && now.duration_since(conn.heard_at) >= QUIET
            {
                conn.sync.sent_hashes.clear();
                conn.sync.in_flight = false;
                conn.due = true;
                conn.heard_at = now;
            }
        }
    }

    /// Whether a peer is not in step, so the sync thread looks again.
    fn any_out_of_step(&mut self) -> bool {
        let heads = self.doc.heads();
        self.conns.values().any(|conn| !conn.in_step(&heads))
    }

    /// Queues, for every peer that has something to hear and nothing
    /// unsent, what Automerge's sync protocol has to say now. Made under
    /// the lock, after everything received so far was taken in, so each
    /// message answers the state it was made from (made later, by the
    /// writer, an answer could be skipped as already said and the peer
    /// never learn our heads).
    fn make_sync_messages(&mut self) {
        let State { doc, conns, .. } = self;
        for conn in conns.values_mut() {
            if !conn.due || conn.in_flight {
                continue;
            }
            conn.due = false;
            if let Some(message) = doc.automerge().sync().generate_sync_message(&mut conn.sync) {
                conn.in_flight = true;
                let _ = conn.outbox.send(Out::Send(Message::Sync(message.encode())));
            }
        }
    }
}

/// How much one peer has queued: messages, and their bytes on the wire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Queued {
    pub messages: usize,
    pub bytes: usize,
}

/// Sync messages read but not yet taken in, queued by the readers for the
/// sync thread, and how much of them each peer queued: a peer's reader
/// waits (`Shared::room`) while that peer's share is full, so a peer that
/// sends faster than the host takes in is slowed down to its pace instead
/// of growing the queue without end.
#[derive(Default)]
struct Inbox {
    arrived: Vec<(u64, automerge::sync::Message)>,
    queued: BTreeMap<u64, Queued>,
    /// Connections being closed (removed, refused, offline): their reader
    /// stops waiting for room and ends.
    closing: HashSet<u64>,
    /// The most one peer ever had queued, for the tests and benches.
    peak: Queued,
}

impl Inbox {
    /// Whether connection `id` must wait before queuing `bytes` more: it
    /// has [`MAX_QUEUED_MESSAGES`] queued, or the bytes would go past
    /// [`MAX_QUEUED_BYTES`] (a message larger than that alone is taken).
    fn full(&self, id: u64, bytes: usize) -> bool {
        self.queued.get(&id).is_some_and(|q| {
            q.messages >= MAX_QUEUED_MESSAGES
                || (q.messages > 0 && q.bytes.saturating_add(bytes) > MAX_QUEUED_BYTES)
        })
    }

    fn push(&mut self, id: u64, message: automerge::sync::Message, bytes: usize) {
        self.arrived.push((id, message));
        let queued = self.queued.entry(id).or_default();
        queued.messages += 1;
        queued.bytes += bytes;
        self.peak.messages = self.peak.messages.max(queued.messages);
        self.peak.bytes = self.peak.bytes.max(queued.bytes);
    }

    /// Everything queued, for the sync thread; every reader has room again.
    fn take(&mut self) -> Vec<(u64, automerge::sync::Message)> {
        self.queued.clear();
        std::mem::take(&mut self.arrived)
    }
}

struct Shared {
    state: Mutex<State>,
    inbox: Mutex<Inbox>,
    /// Rung when the sync thread took the queue in, or a connection is
    /// closing: a reader waiting for room looks again.
    room: Condvar,
    changed: Condvar,
    /// Rung when a sync message arrived or a peer has something to hear:
    /// the sync thread wakes (a queue, so that no ring is lost while it
    /// works).
    work: mpsc::Sender<()>,
    wake: Wake,
    closed: AtomicBool,
    offline: AtomicBool,
    /// Bytes of messages received from the peers so far.
    received: AtomicU64,
    options: SessionOptions,
    host: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A thread that panicked with the lock held leaves the document
        // as Automerge left it, which is always whole.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn notify(&self) {
        self.changed.notify_all();
        (self.wake)();
    }

    /// Tells a reader waiting for room that connection `id` is closing.
    fn closing(&self, id: u64) {
        lock_inbox(&self.inbox).closing.insert(id);
        self.room.notify_all();
    }

    /// Takes in the sync messages that arrived and makes the answers, in
    /// bursts, until the session closes: waits to be rung, takes in
    /// everything that arrived meanwhile, then makes one message for each
    /// peer that has something to hear.
    fn sync_loop(&self, work: &mpsc::Receiver<()>) {
        loop {
            // While a peer is out of step, wakes every QUIET to ask again;
            // an idle session in step sleeps until something happens.
            let out_of_step = self.lock().any_out_of_step();
            let woken = if out_of_step {
                work.recv_timeout(QUIET)
            } else {
                work.recv()
                    .map_err(|_| mpsc::RecvTimeoutError::Disconnected)
            };
            if matches!(woken, Err(mpsc::RecvTimeoutError::Disconnected))
                || self.closed.load(Ordering::SeqCst)
            {
                return;
            }
            // One burst serves every ring so far.
            while work.try_recv().is_ok() {}
            let mut state = self.lock();
            if self.closed.load(Ordering::SeqCst) {
                // Closed while this waited for the document: nothing more
                // is taken in (a reader waiting for room is woken by the
                // closing itself).
                return;
            }
            let arrived = take_in_arrived(self, &mut state);
            state.ask_again_of_the_quiet(Instant::now());
            state.make_sync_messages();
            drop(state);
            if arrived {
                self.notify();
            }
        }
    }

    /// Lets the sync thread make what is due.
    fn sync_soon(&self) {
        let _ = self.work.send(());
    }

    /// Everyone in the session as the host sees it: itself first.
    fn roster(&self, state: &State) -> Vec<PeerInfo> {
        let mut peers = vec![PeerInfo {
            id: 0,
            name: clean_name(&self.options.name),
            selection: state.selection.clone(),
            view: state.looking,
        }];
        peers.extend(state.conns.iter().map(|(id, conn)| PeerInfo {
            id: *id,
            name: conn.name.clone(),
            selection: conn.selection.clone(),
            view: conn.looking,
        }));
        peers
    }

    fn broadcast_roster(&self, state: &State) {
        let roster = self.roster(state);
        for conn in state.conns.values() {
            let _ = conn.outbox.send(Out::Send(Message::Peers(roster.clone())));
        }
    }
}

/// A live session, hosted or joined. Dropping it leaves the session;
/// the map stays as it is.
pub struct Session {
    shared: Arc<Shared>,
    address: SocketAddr,
    code: JoinCode,
    tag: String,
}

impl Session {
    /// Starts a session for `doc` (made from the map, or read from its
    /// sidecar) on `port` (0: any free port), on every network interface.
    pub fn host(
        doc: LiveDoc,
        code: JoinCode,
        port: u16,
        options: SessionOptions,
        wake: Wake,
    ) -> Result<Self, HostError> {
        Self::host_on(
            doc,
            code,
            SocketAddr::from(([0, 0, 0, 0], port)),
            options,
            wake,
        )
    }

    /// Starts a session on every interface at `port`, or at a free port
    /// the system picks when `port` is taken (another session on this
    /// laptop): the app's way, which builds the document only once.
    pub fn host_preferring(
        doc: LiveDoc,
        code: JoinCode,
        port: u16,
        options: SessionOptions,
        wake: Wake,
    ) -> Result<Self, HostError> {
        let listener = TcpListener::bind(SocketAddr::from(([0, 0, 0, 0], port)))
            .or_else(|_| TcpListener::bind(SocketAddr::from(([0, 0, 0, 0], 0))))
            .map_err(|err| HostError::Listen(port, err))?;
        Self::host_listening(doc, code, listener, options, wake)
    }

    /// Starts a session listening on `address` only (tests use loopback).
    pub fn host_on(
        doc: LiveDoc,
        code: JoinCode,
        address: SocketAddr,
        options: SessionOptions,
        wake: Wake,
    ) -> Result<Self, HostError> {
        let listener =
            TcpListener::bind(address).map_err(|err| HostError::Listen(address.port(), err))?;
        Self::host_listening(doc, code, listener, options, wake)
    }

    fn host_listening(
        mut doc: LiveDoc,
        code: JoinCode,
        listener: TcpListener,
        options: SessionOptions,
        wake: Wake,
    ) -> Result<Self, HostError> {
        let address = listener
            .local_addr()
            .map_err(|err| HostError::Listen(0, err))?;
        doc.set_share_confidential(options.share_confidential);
        let (work, to_do) = mpsc::channel();
        let shared = Arc::new(Shared {
            state: Mutex::new(new_state(doc)),
            inbox: Mutex::new(Inbox::default()),
            room: Condvar::new(),
            changed: Condvar::new(),
            work,
            wake,
            closed: AtomicBool::new(false),
            offline: AtomicBool::new(false),
            received: AtomicU64::new(0),
            options,
            host: true,
        });
        spawn_sync(&shared, to_do).map_err(|err| HostError::Listen(address.port(), err))?;
        let key = code.key();
        let listening = Arc::clone(&shared);
        thread::Builder::new()
            .name("live-listen".to_owned())
            .spawn(crate::i18n::speaking(move || {
                listen(&listening, &listener, key);
            }))
            .map_err(|err| HostError::Listen(address.port(), err))?;
        Ok(Self {
            shared,
            address,
            code,
            tag: String::new(),
        })
    }

    /// Joins the session at `address` with `code`, keeping `doc` (empty, or
    /// this laptop's sidecar from an earlier session). Returns once the
    /// host has accepted the code; the map arrives by [`Self::sync`].
    pub fn join(
        doc: LiveDoc,
        address: SocketAddr,
        code: JoinCode,
        options: SessionOptions,
        wake: Wake,
    ) -> Result<Self, JoinError> {
        let key = code.key();
        let (sender, receiver, welcome) = connect(address, &key, &options.name)?;
        let mut doc = doc;
        doc.set_share_confidential(welcome.share_confidential);
        let mut state = new_state(doc);
        state.me = Some(welcome.you);
        let (work, to_do) = mpsc::channel();
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            inbox: Mutex::new(Inbox::default()),
            room: Condvar::new(),
            changed: Condvar::new(),
            work,
            wake,
            closed: AtomicBool::new(false),
            offline: AtomicBool::new(false),
            received: AtomicU64::new(0),
            options,
            host: false,
        });
        spawn_sync(&shared, to_do).map_err(|err| JoinError::NoAnswer(address, err))?;
        let running = Arc::clone(&shared);
        let host_name = welcome.host;
        let spawned =
            thread::Builder::new()
                .name("live-join".to_owned())
                .spawn(crate::i18n::speaking(move || {
                    serve_connection(
                        &running,
                        new_conn_id(&running),
                        address.ip(),
                        host_name.clone(),
                        sender,
                        receiver,
                    );
                    rejoin(&running, address, key, &host_name);
                }));
        if let Err(err) = spawned {
            return Err(JoinError::NoAnswer(address, err));
        }
        Ok(Self {
            shared,
            address,
            code,
            tag: id_tag(),
        })
    }

    /// Where the session listens (the host) or the host it joined.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn code(&self) -> &JoinCode {
        &self.code
    }

    pub fn is_host(&self) -> bool {
        self.shared.host
    }

    /// Sends this laptop's changes of `map` to the session and takes in
    /// everyone else's, as one edit outside the undo history.
    pub fn sync(&self, map: &mut Map) -> Result<Merged, MirrorError> {
        map.set_id_tag(&self.tag);
        let mut state = self.shared.lock();
        let before = state.doc.heads();
        let merged = state.doc.merge_into(map)?;
        state.remote_changed = false;
        if state.doc.heads() != before {
            state.sync_to_all(None);
            self.shared.sync_soon();
        }
        for refusal in &merged.refused {
            let what = tr_with("live-left-out", &[("problem", refusal.clone().into())]);
            state.note(what);
        }
        Ok(merged)
    }

    /// Whether peers changed the map since the last [`Self::sync`].
    pub fn has_remote_changes(&self) -> bool {
        self.shared.lock().remote_changed
    }

    /// The map the session holds, as this laptop would take it in.
    pub fn current_map(&self, local: &Map) -> Map {
        self.shared.lock().doc.materialize(local).0
    }

    /// Whether this laptop and every connected peer hold the same changes
    /// (each has told the other its heads and they are ours).
    pub fn in_step(&self) -> bool {
        let mut state = self.shared.lock();
        let heads = state.doc.heads();
        !state.conns.is_empty() && state.conns.values().all(|conn| conn.in_step(&heads))
    }

    /// How many bytes of messages came from the peers so far: what a
    /// wait for a large map counts as progress.
    pub fn received_bytes(&self) -> u64 {
        self.shared.received.load(Ordering::Relaxed)
    }

    /// Waits until `done` holds or `timeout` passes; returns whether it held.
    pub fn wait_until(&self, timeout: Duration, mut done: impl FnMut(&Self) -> bool) -> bool {
        super::wait_until(&self.shared.state, &self.shared.changed, timeout, || {
            done(self)
        })
    }

    /// Everyone in the session, this laptop included.
    pub fn peers(&self) -> Vec<PeerInfo> {
        let state = self.shared.lock();
        if self.shared.host {
            self.shared.roster(&state)
        } else {
            state.peers.clone()
        }
    }

    /// The name this laptop goes by in the session.
    pub fn name(&self) -> &str {
        &self.shared.options.name
    }

    /// Whether `peer` is this laptop, as the host lists it.
    pub fn is_me(&self, peer: &PeerInfo) -> bool {
        if self.shared.host {
            peer.id == 0
        } else {
            self.shared.lock().me == Some(peer.id)
        }
    }

    /// How many laptops this one is connected to.
    pub fn connection_count(&self) -> usize {
        self.shared.lock().conns.len()
    }

    /// Shows the others what this laptop has selected and looks at;
    /// sends nothing when neither changed. The caller keeps the pace (a
    /// camera that moves every frame is told about ten times a second).
    pub fn set_presence(&self, selection: &[String], looking: Option<Looking>) {
        let mut state = self.shared.lock();
        if state.selection == selection && state.looking == looking {
            return;
        }
        state.selection = selection.to_vec();
        state.looking = looking;
        if self.shared.host {
            self.shared.broadcast_roster(&state);
        } else {
            for conn in state.conns.values() {
                let presence = Presence {
                    selection: selection.to_vec(),
                    view: looking,
                };
                let _ = conn.outbox.send(Out::Send(Message::Presence(presence)));
            }
        }
    }

    /// What this laptop last told the others it looks at.
    pub fn looking(&self) -> Option<Looking> {
        self.shared.lock().looking
    }

    /// Host only: disconnects a peer and refuses its address from now on.
    pub fn remove_peer(&self, id: u64) {
        let mut state = self.shared.lock();
        if let Some(conn) = state.conns.get(&id) {
            let address = conn.address;
            let _ = conn.outbox.send(Out::Close);
            state.banned.insert(address);
            self.shared.closing(id);
        }
    }

    /// Drops every connection and, for a laptop that joined, stays off the
    /// network until [`Self::go_online`]; edits go on locally meanwhile.
    pub fn go_offline(&self) {
        self.shared.offline.store(true, Ordering::SeqCst);
        let state = self.shared.lock();
        for (id, conn) in &state.conns {
            let _ = conn.outbox.send(Out::Close);
            self.shared.closing(*id);
        }
    }

    pub fn go_online(&self) {
        self.shared.offline.store(false, Ordering::SeqCst);
        self.shared.changed.notify_all();
    }

    /// The document, for the sidecar file.
    pub fn save_state(&self) -> Vec<u8> {
        self.shared.lock().doc.save()
    }

    /// The most sync messages, and bytes, one peer had read and queued
    /// for the sync thread at once since the session started: never more
    /// than [`MAX_QUEUED_MESSAGES`] and [`MAX_QUEUED_BYTES`] (or one
    /// message). What the benches and tests report.
    #[doc(hidden)]
    pub fn queued_peak(&self) -> Queued {
        lock_inbox(&self.shared.inbox).peak
    }

    /// What was refused from peers since the last call, in words.
    pub fn take_log(&self) -> Vec<String> {
        std::mem::take(&mut self.shared.lock().log)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::SeqCst);
        let state = self.shared.lock();
        for conn in state.conns.values() {
            let _ = conn.outbox.send(Out::Close);
        }
        drop(state);
        // A reader waiting for room sees the session closed (the flag is
        // read under the inbox's lock, so taking it here loses no wake-up).
        drop(lock_inbox(&self.shared.inbox));
        self.shared.room.notify_all();
        self.shared.changed.notify_all();
        self.shared.sync_soon();
        if self.shared.host {
            // Wakes the listening thread so that it sees the session closed.
            let mut address = self.address;
            if address.ip().is_unspecified() {
                address.set_ip([127, 0, 0, 1].into());
            }
            let _ = TcpStream::connect_timeout(&address, Duration::from_millis(200));
        }
    }
}

/// Starts the thread that makes the session's sync messages.
fn spawn_sync(shared: &Arc<Shared>, work: mpsc::Receiver<()>) -> std::io::Result<()> {
    let syncing = Arc::clone(shared);
    thread::Builder::new()
        .name("live-sync".to_owned())
        .spawn(crate::i18n::speaking(move || syncing.sync_loop(&work)))
        .map(drop)
}

fn new_state(doc: LiveDoc) -> State {
    State {
        doc,
        conns: BTreeMap::new(),
        next_conn: 1,
        remote_changed: false,
        selection: Vec::new(),
        looking: None,
        peers: Vec::new(),
        me: None,
        banned: HashSet::new(),
        log: Vec::new(),
    }
}

/// Letters for the ids this laptop hands out while it is in a session.
pub(crate) fn id_tag() -> String {
    const LETTERS: &[u8] = b"bcdfghjkmnpqrstvwxz";
    let mut bytes = [0u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        // Without randomness, the clock's nanoseconds still differ between laptops.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        bytes = nanos.to_le_bytes();
    }
    bytes
        .iter()
        .map(|b| LETTERS[*b as usize % LETTERS.len()] as char)
        .collect()
}

fn connect(
    address: SocketAddr,
    key: &[u8; 32],
    name: &str,
) -> Result<(Sender, Receiver, Welcome), JoinError> {
    let stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))
        .map_err(|err| JoinError::NoAnswer(address, err))?;
    let (mut sender, mut receiver) = secure::connect(stream, key).map_err(|err| match err {
        ChannelError::Refused => JoinError::WrongCode(address),
        ChannelError::Io(io) => JoinError::NoAnswer(address, io),
        other => JoinError::Protocol(address, other.to_string()),
    })?;
    let protocol = |err: &dyn std::fmt::Display| JoinError::Protocol(address, err.to_string());
    let hello = Message::Hello(Hello {
        name: clean_name(name),
    });
    sender.send(&hello.encode()).map_err(|e| protocol(&e))?;
    let first = receiver.receive().map_err(|e| protocol(&e))?;
    match Message::decode(&first) {
        Ok(Message::Welcome(welcome)) => Ok((sender, receiver, welcome)),
        Ok(_) => Err(protocol(&tr("live-no-welcome"))),
        Err(err) => Err(protocol(&err)),
    }
}

/// A joined laptop whose connection dropped tries again until the session
/// is closed, unless it was put offline (then it waits to be put online).
fn rejoin(shared: &Arc<Shared>, address: SocketAddr, key: [u8; 32], host_name: &str) {
    while !shared.closed.load(Ordering::SeqCst) {
        if shared.offline.load(Ordering::SeqCst) {
            let state = shared.lock();
            drop(shared.changed.wait_while(state, |_| {
                shared.offline.load(Ordering::SeqCst) && !shared.closed.load(Ordering::SeqCst)
            }));
            continue;
        }
        match connect(address, &key, &shared.options.name) {
            Ok((sender, receiver, welcome)) => {
                shared.lock().me = Some(welcome.you);
                serve_connection(
                    shared,
                    new_conn_id(shared),
                    address.ip(),
                    host_name.to_owned(),
                    sender,
                    receiver,
                );
            }
            Err(JoinError::WrongCode(_)) => {
                shared.lock().note(tr("live-code-no-longer-accepted"));
                shared.notify();
                return;
            }
            Err(_) => {
                let state = shared.lock();
                drop(
                    shared
                        .changed
                        .wait_timeout(state, shared.options.reconnect_delay),
                );
            }
        }
    }
}

fn listen(shared: &Arc<Shared>, listener: &TcpListener, key: [u8; 32]) {
    let attempts = Arc::new(Mutex::new(Attempts::new(shared.options.rate_limit)));
    for stream in listener.incoming() {
        if shared.closed.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        let Ok(peer) = stream.peer_addr() else {
            continue;
        };
        let ip = peer.ip();
        let refused = {
            let state = shared.lock();
            state.banned.contains(&ip)
                || state.conns.len() >= MAX_PEERS
                || shared.offline.load(Ordering::SeqCst)
        };
        let allowed = attempts
            .lock()
            .is_ok_and(|mut a| a.allowed(ip, Instant::now()));
        if refused || !allowed {
            if !allowed {
                shared.lock().note(tr_with(
                    "live-too-many-tries",
                    &[("ip", ip.to_string().into())],
                ));
            }
            drop(stream);
            continue;
        }
        let shared = Arc::clone(shared);
        let attempts = Arc::clone(&attempts);
        let _ = thread::Builder::new()
            .name("live-peer".to_owned())
            .spawn(crate::i18n::speaking(move || {
                match secure::accept(stream, &key) {
                    Ok((sender, receiver)) => welcome(&shared, ip, sender, receiver),
                    Err(err) => {
                        if let Ok(mut attempts) = attempts.lock() {
                            attempts.failed(ip, Instant::now());
                        }
                        shared.lock().note(tr_with(
                            "live-refused",
                            &[
                                ("ip", ip.to_string().into()),
                                ("problem", err.to_string().into()),
                            ],
                        ));
                        thread::sleep(REFUSAL_DELAY);
                    }
                }
            }));
    }
}

/// The host's side once the code is right: the peer says who it is, the
/// host welcomes it, and the connection serves until it drops.
fn welcome(shared: &Arc<Shared>, ip: IpAddr, mut sender: Sender, mut receiver: Receiver) {
    let name = match receiver.receive().map(|bytes| Message::decode(&bytes)) {
        Ok(Ok(Message::Hello(hello))) => clean_name(&hello.name),
        Ok(Ok(_)) => {
            shared
                .lock()
                .note(tr_with("live-no-hello", &[("ip", ip.to_string().into())]));
            return;
        }
        Ok(Err(err)) => {
            shared.lock().note(tr_with(
                "live-bad-message",
                &[
                    ("ip", ip.to_string().into()),
                    ("problem", err.to_string().into()),
                ],
            ));
            return;
        }
        Err(_) => return,
    };
    let share_confidential = shared.lock().doc.shares_confidential();
    let id = new_conn_id(shared);
    let answer = Message::Welcome(Welcome {
        host: clean_name(&shared.options.name),
        share_confidential,
        you: id,
    });
    if sender.send(&answer.encode()).is_ok() {
        serve_connection(shared, id, ip, name, sender, receiver);
    }
}

/// Runs one connection until it drops: a thread writes what the queue
/// asks, this one reads and takes in what comes.
fn new_conn_id(shared: &Shared) -> u64 {
    let mut state = shared.lock();
    let id = state.next_conn;
    state.next_conn += 1;
    id
}

fn serve_connection(
    shared: &Arc<Shared>,
    id: u64,
    ip: IpAddr,
    name: String,
    mut sender: Sender,
    mut receiver: Receiver,
) {
    let (outbox, queue) = mpsc::channel();
    {
        let mut state = shared.lock();
        state.conns.insert(
            id,
            Conn {
                name,
                address: ip,
                sync: automerge::sync::State::new(),
                heard: false,
                due: false,
                heard_at: Instant::now(),
                in_flight: false,
                selection: Vec::new(),
                looking: None,
                outbox: outbox.clone(),
                refused: None,
            },
        );
        state.sync_to(id);
        shared.sync_soon();
        if shared.host {
            shared.broadcast_roster(&state);
        } else if !state.selection.is_empty() || state.looking.is_some() {
            let presence = Presence {
                selection: state.selection.clone(),
                view: state.looking,
            };
            let _ = outbox.send(Out::Send(Message::Presence(presence)));
        }
    }
    shared.notify();

    let writing = Arc::clone(shared);
    let writer = thread::Builder::new()
        .name("live-write".to_owned())
        .spawn(crate::i18n::speaking(move || {
            write_loop(&writing, id, &mut sender, &queue);
        }));

    loop {
        let came = receiver.receive();
        if let Ok(bytes) = &came {
            shared
                .received
                .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        }
        let reason = match came {
            Ok(bytes) => match Message::decode(&bytes) {
                Ok(message) => match take_in(shared, id, message) {
                    Ok(true) => continue,
                    Ok(false) => None,
                    Err(reason) => Some(reason),
                },
                Err(err) => Some(format!("sent {err}")),
            },
            Err(ChannelError::Closed) => None,
            Err(err) => Some(err.to_string()),
        };
        let mut state = shared.lock();
        // A change of this peer that another reader found not to fit is
        // the reason, rather than the closing that followed it.
        let refused = state.conns.get_mut(&id).and_then(|c| c.refused.take());
        if let Some(reason) = refused.or(reason) {
            let who = state
                .conns
                .get(&id)
                .map_or_else(String::new, |c| c.name.clone());
            state.note(tr_with(
                "live-disconnected",
                &[
                    ("who", who.into()),
                    ("ip", ip.to_string().into()),
                    ("reason", reason.clone().into()),
                ],
            ));
        }
        state.conns.remove(&id);
        if shared.host {
            shared.broadcast_roster(&state);
        }
        drop(state);
        let _ = outbox.send(Out::Close);
        // The writer may be stuck sending to a peer that reads nothing:
        // closing the socket ends it too.
        receiver.close();
        let mut inbox = lock_inbox(&shared.inbox);
        inbox.queued.remove(&id);
        inbox.closing.remove(&id);
        break;
    }
    if let Ok(writer) = writer {
        let _ = writer.join();
    }
    shared.notify();
}

fn write_loop(shared: &Shared, id: u64, sender: &mut Sender, queue: &mpsc::Receiver<Out>) {
    while let Ok(out) = queue.recv() {
        let message = match out {
            Out::Close => break,
            Out::Send(message) => message,
        };
        if sender.send(&message.encode()).is_err() {
            break;
        }
        if matches!(message, Message::Sync(_)) {
            // Sent: the next sync message to this peer may be made.
            let mut state = shared.lock();
            if let Some(conn) = state.conns.get_mut(&id) {
                conn.in_flight = false;
                if conn.due {
                    shared.sync_soon();
                }
            }
        }
    }
    sender.close();
}

/// Takes in one decoded message from connection `id`: `Ok(false)` when the
/// connection is closing (nothing more is read from it), an error naming
/// why the peer is to be disconnected.
fn take_in(shared: &Shared, id: u64, message: Message) -> Result<bool, String> {
    let mut state = match message {
        Message::Sync(bytes) => {
            let sync = automerge::sync::Message::decode(&bytes).map_err(|err| err.to_string())?;
            // The sync thread takes it in, with whatever else arrived;
            // while this peer's share of the queue is full, its reader
            // waits for the sync thread to take it, so the peer waits on
            // the network and the queue stays bounded.
            let inbox = lock_inbox(&shared.inbox);
            let mut inbox = shared
                .room
                .wait_while(inbox, |inbox| {
                    inbox.full(id, bytes.len())
                        && !inbox.closing.contains(&id)
                        && !shared.closed.load(Ordering::SeqCst)
                })
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if inbox.closing.contains(&id) || shared.closed.load(Ordering::SeqCst) {
                return Ok(false);
            }
            inbox.push(id, sync, bytes.len());
            drop(inbox);
            shared.sync_soon();
            return Ok(true);
        }
        _ => shared.lock(),
    };
    match message {
        Message::Sync(_) => {}
        Message::Presence(presence) if shared.host => {
            if let Some(conn) = state.conns.get_mut(&id) {
                conn.selection = presence.selection;
                conn.looking = presence.view;
            }
            shared.broadcast_roster(&state);
        }
        Message::Peers(peers) if !shared.host => state.peers = peers,
        Message::Hello(_) | Message::Welcome(_) | Message::Presence(_) | Message::Peers(_) => {
            let what = tr_with("live-out-of-place", &[("id", id.to_string().into())]);
            state.note(what);
        }
    }
    drop(state);
    shared.notify();
    Ok(true)
}

/// Takes in every sync message that arrived since the last burst, then
/// answers each peer that sent one, once; returns whether any arrived.
/// Receiving a message walks Automerge's whole change graph (to forget
/// the changes the peer now holds), so the messages one peer sent while
/// the document was busy are taken in as one: their changes together and
/// the peer's last word (heads, have, need), which is what taking them in
/// one after the other leaves. A peer whose change does not fit is
/// disconnected, its reader naming why.
fn take_in_arrived(shared: &Shared, state: &mut State) -> bool {
    let arrived = lock_inbox(&shared.inbox).take();
    shared.room.notify_all();
    if arrived.is_empty() {
        return false;
    }
    let before = state.doc.heads();
    let mut senders: Vec<u64> = Vec::new();
    for (from, messages) in by_sender(arrived) {
        let State { doc, conns, .. } = &mut *state;
        let Some(conn) = conns.get_mut(&from) else {
            continue;
        };
        if conn.refused.is_some() {
            continue;
        }
        let messages = coalesce(messages);
        let several = messages.len() > 1;
        let sent = conn.sync.last_sent_heads.clone();
        let heads_before = doc.heads();
        let mut outcome = Ok(());
        for message in messages {
            outcome = doc
                .automerge()
                .sync()
                .receive_sync_message(&mut conn.sync, message);
            if outcome.is_err() {
                break;
            }
        }
        if several && doc.heads() != heads_before {
            // A later message whose heads equal ours would have Automerge
            // note our heads as said, though the peer was never told we
            // hold the changes of the earlier ones: the answer says it.
            conn.sync.last_sent_heads = sent;
        }
        conn.heard = true;
        conn.heard_at = Instant::now();
        match outcome {
            Ok(()) => senders.push(from),
            Err(err) => {
                conn.refused = Some(tr_with(
                    "live-change-does-not-fit",
                    &[("problem", err.to_string().into())],
                ));
                let _ = conn.outbox.send(Out::Close);
                shared.closing(from);
            }
        }
    }
    // Answered after everything was taken in: Automerge notes a message
    // whose heads equal ours as an answer already given, so an answer
    // made between two of a peer's messages could be skipped.
    for from in &senders {
        state.answer(*from);
    }
    if state.doc.heads() != before {
        state.remote_changed = true;
        if shared.host {
            // Each sender's answer already carries the others' changes.
            for (from, conn) in &mut state.conns {
                if !senders.contains(from) {
                    conn.due = true;
                }
            }
        }
    }
    true
}

fn lock_inbox(inbox: &Mutex<Inbox>) -> MutexGuard<'_, Inbox> {
    inbox
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The messages of each sender, each sender's in the order they came.
fn by_sender(
    arrived: Vec<(u64, automerge::sync::Message)>,
) -> BTreeMap<u64, Vec<automerge::sync::Message>> {
    let mut by_sender: BTreeMap<u64, Vec<automerge::sync::Message>> = BTreeMap::new();
    for (from, message) in arrived {
        by_sender.entry(from).or_default().push(message);
    }
    by_sender
}

/// Whether an Automerge storage chunk is a whole document (its type byte,
/// after the four magic and four checksum bytes, is 0) rather than changes.
fn is_document_chunk(chunk: &[u8]) -> bool {
    chunk.get(8) == Some(&0)
}

/// One peer's messages, in order, as few as taking them in gives the same
/// state: a run of ordinary messages becomes one with all their changes
/// and the last one's heads, have and need (a peer's document only grows,
/// so its last heads hold the earlier ones). A message that sends the
/// whole document or says the peer lost everything is taken in on its own.
fn coalesce(messages: Vec<automerge::sync::Message>) -> Vec<automerge::sync::Message> {
    use automerge::sync::MessageFlags;
    let alone = |m: &automerge::sync::Message| {
        m.heads.is_empty() || m.changes.iter().any(is_document_chunk)
    };
    let mut out: Vec<automerge::sync::Message> = Vec::new();
    let mut run_open = false;
    for message in messages {
        if alone(&message) {
            out.push(message);
            run_open = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if run_open => {
                let reset = last
                    .flags
                    .is_some_and(|f| f.contains(MessageFlags::SYNC_RESET));
                let mut chunks: Vec<Vec<u8>> = last.changes.iter().map(<[u8]>::to_vec).collect();
                chunks.extend(message.changes.iter().map(<[u8]>::to_vec));
                let mut flags = message.flags;
                if reset && let Some(flags) = flags.as_mut() {
                    flags.set(MessageFlags::SYNC_RESET);
                }
                *last = automerge::sync::Message {
                    changes: chunks.into(),
                    flags,
                    ..message
                };
            }
            _ => {
                out.push(message);
                run_open = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use automerge::sync::{self, SyncDoc};
    use automerge::transaction::Transactable;
    use automerge::{AutoCommit, ROOT};

    use super::coalesce;

    /// Exchanges messages until neither side has anything to say.
    fn in_step(a: &mut AutoCommit, sa: &mut sync::State, b: &mut AutoCommit, sb: &mut sync::State) {
        for _ in 0..20 {
            let mut said = false;
            if let Some(message) = a.sync().generate_sync_message(sa) {
                b.sync().receive_sync_message(sb, message).unwrap();
                said = true;
            }
            if let Some(message) = b.sync().generate_sync_message(sb) {
                a.sync().receive_sync_message(sa, message).unwrap();
                said = true;
            }
            if !said {
                return;
            }
        }
        panic!("the two did not get in step");
    }

    /// A host and a peer in step, then three messages the peer sent
    /// before hearing back, each with a change of its (names in Arabic,
    /// Chinese and French): the host, its state for the peer, the peer,
    /// the peer's state for the host, and the messages.
    fn three_messages() -> (
        AutoCommit,
        sync::State,
        AutoCommit,
        sync::State,
        Vec<sync::Message>,
    ) {
        // Ten changes first: a message carrying more than a third of the
        // document's changes carries the whole document instead.
        let mut host = AutoCommit::new();
        for i in 0..10 {
            host.put(ROOT, format!("title {i}"), "Coalition").unwrap();
            host.commit();
        }
        let mut peer = AutoCommit::new();
        let (mut to_peer, mut to_host) = (sync::State::new(), sync::State::new());
        in_step(&mut host, &mut to_peer, &mut peer, &mut to_host);
        let mut messages = Vec::new();
        for (i, name) in [
            "منتدى وكالات الإغاثة",
            "联合国难民理事会",
            "Église évangélique de Bangui",
        ]
        .into_iter()
        .enumerate()
        {
            peer.put(ROOT, format!("s{i}"), name).unwrap();
            peer.commit();
            messages.push(peer.sync().generate_sync_message(&mut to_host).unwrap());
        }
        (host, to_peer, peer, to_host, messages)
    }

    #[test]
    fn a_peers_messages_taken_in_as_one_leave_what_taking_them_in_one_by_one_leaves() {
        let (host, to_peer, mut peer, mut to_host, messages) = three_messages();
        assert!(
            messages.iter().all(|m| !m.changes.is_empty()),
            "each carries its change"
        );
        let coalesced = coalesce(messages.clone());
        assert_eq!(coalesced.len(), 1, "one message for the run");

        let (mut one_by_one, mut by_one) = (host.clone(), to_peer.clone());
        for message in messages {
            one_by_one
                .sync()
                .receive_sync_message(&mut by_one, message)
                .unwrap();
        }
        let (mut at_once, mut by_all) = (host, to_peer);
        for message in coalesced {
            at_once
                .sync()
                .receive_sync_message(&mut by_all, message)
                .unwrap();
        }
        assert_eq!(at_once.get_heads(), peer.get_heads());
        assert_eq!(at_once.get_heads(), one_by_one.get_heads());
        assert_eq!(by_all.their_heads, by_one.their_heads);
        assert_eq!(by_all.shared_heads, by_one.shared_heads);
        assert_eq!(by_all.their_need, by_one.their_need);

        // The answer tells the peer we hold its changes: both end in step.
        in_step(&mut at_once, &mut by_all, &mut peer, &mut to_host);
        assert_eq!(to_host.their_heads, Some(peer.get_heads()));
        assert_eq!(by_all.their_heads, Some(at_once.get_heads()));
    }

    #[test]
    fn a_message_with_the_whole_document_or_no_heads_is_taken_in_on_its_own() {
        let (.., mut peer, _, mut messages) = three_messages();
        messages[1].heads.clear();
        messages[1].changes = Vec::<Vec<u8>>::new().into();
        let coalesced = coalesce(messages.clone());
        assert_eq!(coalesced.len(), 3, "before, itself, after");
        assert!(coalesced[1].heads.is_empty());

        let (.., mut messages) = three_messages();
        assert!(!messages[0].changes.iter().any(super::is_document_chunk));
        messages[0].changes = vec![peer.save()].into();
        assert!(messages[0].changes.iter().any(super::is_document_chunk));
        assert_eq!(coalesce(messages).len(), 2, "the document, then the rest");
    }
}

/// A peer with the code that floods the host with sync messages while the
/// sync thread is held busy: its reader queues at most its share and then
/// waits, the map converges afterwards, and closing while it waits ends
/// every thread of the session.
#[cfg(test)]
mod flood {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::net::SocketAddr;
    use std::sync::{Arc, mpsc};
    use std::thread;
    use std::time::{Duration, Instant};

    use automerge::ROOT;
    use automerge::sync::MessageVersion;
    use automerge::transaction::Transactable;

    use super::{
        JoinCode, LiveDoc, MAX_QUEUED_BYTES, MAX_QUEUED_MESSAGES, Message, Queued, Sender, Session,
        SessionOptions, connect, lock_inbox,
    };
    use crate::analysis::generated_map;
    use crate::edit::Edit;
    use crate::model::{Map, Position};

    const NAMES: [&str; 3] = [
        "منتدى وكالات الإغاثة",
        "联合国难民理事会",
        "Église évangélique de Bangui",
    ];

    fn code() -> JoinCode {
        JoinCode::parse("K7QM-4PXR-2HTW").unwrap()
    }

    fn options(name: &str) -> SessionOptions {
        SessionOptions {
            name: name.to_owned(),
            reconnect_delay: Duration::from_millis(100),
            ..SessionOptions::default()
        }
    }

    fn eventually(what: &str, mut done: impl FnMut() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !done() {
            assert!(Instant::now() < deadline, "{what} within 60 s");
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// What connection `id` has queued for the sync thread.
    fn queued(session: &Session, id: u64) -> Queued {
        lock_inbox(&session.shared.inbox)
            .queued
            .get(&id)
            .copied()
            .unwrap_or_default()
    }

    /// Sync messages as a peer that never waits for an answer sends them,
    /// each with the one change `change` makes to `doc`: the frame to send
    /// and the sync message's length (what the host counts).
    fn messages(
        doc: &mut LiveDoc,
        count: usize,
        mut change: impl FnMut(&mut LiveDoc, usize),
    ) -> Vec<(Vec<u8>, usize)> {
        (0..count)
            .map(|i| {
                change(doc, i);
                let doc = doc.automerge();
                let mut last = doc.get_last_local_change().unwrap();
                let sync = automerge::sync::Message {
                    heads: doc.get_heads(),
                    need: Vec::new(),
                    have: Vec::new(),
                    changes: vec![last.bytes().to_vec()].into(),
                    flags: None,
                    version: MessageVersion::V1,
                }
                .encode();
                let len = sync.len();
                (Message::Sync(sync).encode(), len)
            })
            .collect()
    }

    fn flood(mut sender: Sender, messages: Vec<(Vec<u8>, usize)>) -> thread::JoinHandle<Sender> {
        thread::spawn(move || {
            for (frame, _) in &messages {
                if sender.send(frame).is_err() {
                    break;
                }
            }
            sender
        })
    }

    /// Text that deflate does not shrink much.
    fn noise(len: usize, seed: u64) -> String {
        let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                char::from(b'a' + ((x >> 59) as u8) % 26)
            })
            .collect()
    }

    #[test]
    fn a_peer_flooding_sync_messages_waits_within_its_share_and_the_map_converges() {
        let mut host_map = generated_map(20, 20, 7);
        let host = Session::host_on(
            LiveDoc::from_map(&host_map, false).unwrap(),
            code(),
            SocketAddr::from(([127, 0, 0, 1], 0)),
            options(NAMES[0]),
            Arc::new(|| {}),
        )
        .unwrap();
        let guest = Session::join(
            LiveDoc::empty(false).unwrap(),
            host.address(),
            code(),
            options(NAMES[1]),
            Arc::new(|| {}),
        )
        .unwrap();
        let mut guest_map = Map::default();
        // The flooder has the code and a copy of the host's document, and
        // reads nothing of what the host says.
        let (sender, receiver, welcome) = connect(host.address(), &code().key(), NAMES[2]).unwrap();
        let flooder = welcome.you;
        eventually("both peers connected", || host.connection_count() == 2);
        let mut copy = LiveDoc::load(&host.save_state(), false).unwrap();
        let mut copy_map = copy.materialize(&Map::default()).0;
        let id = copy_map.stakeholders_sorted()[0].id.clone();
        let mut moves = |count: usize, copy: &mut LiveDoc| {
            messages(copy, count, |doc, i| {
                let to = Position::new(i as f32, 1.0);
                Edit::Move(vec![(id.clone(), to)])
                    .apply(&mut copy_map)
                    .unwrap();
                assert!(doc.record(&copy_map).unwrap());
            })
        };

        // A thousand small changes while the sync thread waits for the
        // document's lock: the reader queues its share and then waits.
        let small = moves(1_000, &mut copy);
        let state = host.shared.lock();
        let flooding = flood(sender, small);
        eventually("the flooder's share of messages full", || {
            queued(&host, flooder).messages >= MAX_QUEUED_MESSAGES
        });
        thread::sleep(Duration::from_millis(300));
        assert_eq!(
            queued(&host, flooder).messages,
            MAX_QUEUED_MESSAGES,
            "no more is queued while the sync thread is busy"
        );
        drop(state);
        let sender = flooding.join().unwrap();
        let heads = copy.heads();
        eventually("every small change taken in", || {
            host.shared.lock().doc.heads() == heads
        });

        // Large changes (600 KB of text each) fill the share's bytes first.
        let large = messages(&mut copy, 24, |doc, i| {
            let doc = doc.automerge();
            doc.put(ROOT, format!("padding {i}"), noise(600_000, i as u64))
                .unwrap();
            doc.commit();
        });
        let smallest = large.iter().map(|(_, len)| *len).min().unwrap();
        assert!(
            smallest > 300_000,
            "{smallest} bytes: the text was deflated"
        );
        let state = host.shared.lock();
        let flooding = flood(sender, large);
        eventually("the flooder's share of bytes full", || {
            let q = queued(&host, flooder);
            q.messages > 0 && q.bytes + smallest > MAX_QUEUED_BYTES
        });
        thread::sleep(Duration::from_millis(300));
        let q = queued(&host, flooder);
        assert!(q.bytes <= MAX_QUEUED_BYTES && q.messages < 24, "{q:?}");
        drop(state);
        let mut sender = flooding.join().unwrap();
        let heads = copy.heads();
        eventually("every large change taken in", || {
            host.shared.lock().doc.heads() == heads
        });
        let peak = host.queued_peak();
        assert_eq!(peak.messages, MAX_QUEUED_MESSAGES, "{peak:?}");
        assert!(peak.bytes <= MAX_QUEUED_BYTES, "{peak:?}");

        // Garbage in a sync message: refused, named, the peer disconnected.
        sender
            .send(&Message::Sync(b"not a sync message".to_vec()).encode())
            .unwrap();
        eventually("the flooder disconnected", || host.connection_count() == 1);
        drop(receiver);
        let log = host.take_log();
        assert!(log.iter().any(|l| l.contains(NAMES[2])), "{log:?}");
        // A message over the channel's limit: refused before it is read.
        let (mut sender, receiver, _) =
            connect(host.address(), &code().key(), "Oversized").unwrap();
        eventually("the second flooder connected", || {
            host.connection_count() == 2
        });
        sender.send_claiming(u32::MAX).unwrap();
        eventually("the second flooder disconnected", || {
            host.connection_count() == 1
        });
        drop(receiver);
        let log = host.take_log();
        assert!(
            log.iter()
                .any(|l| l.contains("Oversized") && l.contains("over the limit")),
            "{log:?}"
        );

        // The map converges afterwards: the guest has every flooded move,
        // and its rename reaches the host.
        eventually("the guest has the map", || {
            guest.sync(&mut guest_map).unwrap();
            guest_map.stakeholders().count() == 20
        });
        let mut renamed = guest_map.stakeholder(&id).unwrap().clone();
        renamed.name = NAMES[1].to_owned();
        Edit::UpdateStakeholder(renamed)
            .apply(&mut guest_map)
            .unwrap();
        eventually("host and guest hold the same map", || {
            guest.sync(&mut guest_map).unwrap();
            host.sync(&mut host_map).unwrap();
            guest.in_step() && host_map == guest_map && !host.has_remote_changes()
        });
        let last = host_map.stakeholder(&id).unwrap();
        assert_eq!(last.name, NAMES[1]);
        assert_eq!(last.position, Position::new(999.0, 1.0));

        // Closing while a reader waits for room ends every thread.
        let (sender, receiver, welcome) = connect(host.address(), &code().key(), NAMES[2]).unwrap();
        eventually("the flooder back", || host.connection_count() == 2);
        let more = moves(2 * MAX_QUEUED_MESSAGES, &mut copy);
        let (locked, is_locked) = mpsc::channel();
        let (release, released) = mpsc::channel::<()>();
        let held = Arc::clone(&host.shared);
        let busy = thread::spawn(move || {
            let state = held.lock();
            locked.send(()).unwrap();
            let _ = released.recv();
            drop(state);
        });
        is_locked.recv().unwrap();
        let flooding = flood(sender, more);
        eventually("the flooder's share full again", || {
            queued(&host, welcome.you).messages >= MAX_QUEUED_MESSAGES
        });
        drop(guest);
        let session = Arc::downgrade(&host.shared);
        let closing = thread::spawn(move || drop(host));
        // Dropping the session marks it closed, then waits for the lock.
        eventually("the session marked closed", || {
            session
                .upgrade()
                .is_some_and(|s| s.closed.load(std::sync::atomic::Ordering::SeqCst))
        });
        release.send(()).unwrap();
        busy.join().unwrap();
        eventually("the session dropped", || closing.is_finished());
        eventually("every thread of the session ended", || {
            session.upgrade().is_none()
        });
        drop(receiver);
        let _ = flooding.join();
    }
}
