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

pub use channel::Channel;
pub use code::{CodeError, JoinCode, RateLimit};
pub use mirror::{LiveDoc, Merged, MirrorError};
pub use relay::{Relay, RelayError};
pub use session::{HostError, JoinError, Session, SessionOptions, Wake};
pub use wire::{Looking, NetworkCamera, PeerInfo, ShownView};
