//! Live co-editing: several laptops edit one map at once.
//!
//! The map is mirrored in an Automerge document ([`mirror`]); the document
//! is exchanged with Automerge's sync protocol over a channel encrypted
//! and authenticated from a short join code ([`code`], [`secure`]), in the
//! messages of [`wire`]; [`session`] runs the host and the laptops that
//! join. Local edits still go through `Edit` and `History`; the peers'
//! changes come back as one edit applied outside the undo history, so undo
//! only ever takes back this laptop's own changes. docs/COLLABORATION.md
//! tells the whole design.

pub mod channel;
pub mod code;
pub mod discover;
pub mod mirror;
mod reconcile;
pub mod relay;
pub mod secure;
pub mod session;
pub mod sidecar;
pub mod wire;

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

pub use channel::Channel;
pub use code::{CodeError, JoinCode, RateLimit};
pub use mirror::{LiveDoc, Merged, MirrorError};
pub use relay::{Relay, RelayError};
pub use session::{HostError, JoinError, Session, SessionOptions, Wake};
pub use wire::{Looking, NetworkCamera, PeerInfo, ShownView};

/// Waits until `done` holds or `timeout` passes, looking again each time
/// `changed` is rung for `state` (and at least every 100 ms); returns
/// whether it held. What a session and a relay wait for is asked so.
fn wait_until<S>(
    state: &Mutex<S>,
    changed: &Condvar,
    timeout: Duration,
    mut done: impl FnMut() -> bool,
) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if done() {
            return true;
        }
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        let guard = state.lock().unwrap_or_else(PoisonError::into_inner);
        let wait = (deadline - now).min(Duration::from_millis(100));
        drop(changed.wait_timeout(guard, wait));
    }
}
