//! The way the open map is in a live session: hosted or joined in the
//! room ([`Session`]), or through a coalition's sync server ([`Relay`]).
//! The app talks to either through this one type.

use super::mirror::{Merged, MirrorError};
use super::relay::Relay;
use super::session::Session;
use super::wire::{Looking, PeerInfo};
use crate::model::Map;

pub enum Channel {
    Room(Session),
    Server(Relay),
}

impl Channel {
    /// See [`Session::sync`].
    pub fn sync(&self, map: &mut Map) -> Result<Merged, MirrorError> {
        match self {
            Self::Room(session) => session.sync(map),
            Self::Server(relay) => relay.sync(map),
        }
    }

    pub fn has_remote_changes(&self) -> bool {
        match self {
            Self::Room(session) => session.has_remote_changes(),
            Self::Server(relay) => relay.has_remote_changes(),
        }
    }

    /// Everyone in the session, this laptop included (through a sync
    /// server, once it told the others who it is).
    pub fn peers(&self) -> Vec<PeerInfo> {
        match self {
            Self::Room(session) => session.peers(),
            Self::Server(relay) => relay.peers(),
        }
    }

    pub fn is_me(&self, peer: &PeerInfo) -> bool {
        match self {
            Self::Room(session) => session.is_me(peer),
            Self::Server(relay) => relay.is_me(peer),
        }
    }

    /// Whether this laptop hosts the session in the room.
    pub fn is_host(&self) -> bool {
        matches!(self, Self::Room(session) if session.is_host())
    }

    /// Shows the others what this laptop has selected and looks at, as
    /// `name` (a session in the room took the name when it started).
    pub fn set_presence(&self, name: &str, selection: &[String], looking: Option<Looking>) {
        match self {
            Self::Room(session) => session.set_presence(selection, looking),
            Self::Server(relay) => relay.set_presence(name, selection, looking),
        }
    }

    pub fn looking(&self) -> Option<Looking> {
        match self {
            Self::Room(session) => session.looking(),
            Self::Server(relay) => relay.looking(),
        }
    }

    pub fn remove_peer(&self, id: u64) {
        if let Self::Room(session) = self {
            session.remove_peer(id);
        }
    }

    pub fn take_log(&self) -> Vec<String> {
        match self {
            Self::Room(session) => session.take_log(),
            Self::Server(relay) => relay.take_log(),
        }
    }

    /// The document, compressed, for the sidecar file.
    pub fn save_state(&self) -> Vec<u8> {
        match self {
            Self::Room(session) => session.save_state(),
            Self::Server(relay) => relay.save_state(),
        }
    }
}
