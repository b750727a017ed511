//! The messages laptops send each other once the channel is encrypted,
//! and their decoder, which refuses anything malformed with the reason and
//! never panics: a message is one kind byte, then the kind's body.

use crate::i18n::{tr, tr_with};
use serde::{Deserialize, Serialize};

/// The longest name a person can show to the others, in characters.
pub const MAX_NAME: usize = 60;
/// The most items one selection may name.
pub const MAX_SELECTION: usize = 10_000;

const HELLO: u8 = 1;
const WELCOME: u8 = 2;
const SYNC: u8 = 3;
const PRESENCE: u8 = 4;
const PEERS: u8 = 5;

/// Who is on the other laptop: sent first by a laptop that joins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    pub name: String,
}

/// The host's answer to [`Hello`]: its name and whether the session
/// carries confidential notes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub host: String,
    pub share_confidential: bool,
    /// The host's number for the laptop welcomed, as its list of peers has it.
    #[serde(default)]
    pub you: u64,
}

/// What one person has selected, by id, for the rings with their initials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub selection: Vec<String>,
}

/// One person in a session, as the host lists them for everyone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerInfo {
    /// The host's number for this person's connection; 0 is the host.
    pub id: u64,
    pub name: String,
    pub selection: Vec<String>,
}

/// A message between two laptops of a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Hello(Hello),
    Welcome(Welcome),
    /// An Automerge sync message, encoded.
    Sync(Vec<u8>),
    Presence(Presence),
    /// Everyone in the session, from the host.
    Peers(Vec<PeerInfo>),
}

/// Why a peer's message was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("{}", tr("live-empty-message"))]
    Empty,
    #[error("{}", tr_with("live-unknown-message", &[("kind", (*.0).into())]))]
    UnknownKind(u8),
    #[error("{}", tr_with("live-malformed-message", &[
        ("kind", (*.kind).into()),
        ("reason", .reason.as_str().into()),
    ]))]
    Malformed { kind: &'static str, reason: String },
}

/// A message body of JSON, or why it could not be read.
fn json<T: for<'de> Deserialize<'de>>(kind: &'static str, body: &[u8]) -> Result<T, WireError> {
    serde_json::from_slice(body).map_err(|err| WireError::Malformed {
        kind,
        reason: err.to_string(),
    })
}

impl Message {
    pub fn encode(&self) -> Vec<u8> {
        let (kind, body) = match self {
            Message::Hello(hello) => (HELLO, serde_json::to_vec(hello)),
            Message::Welcome(welcome) => (WELCOME, serde_json::to_vec(welcome)),
            Message::Sync(bytes) => (SYNC, Ok(bytes.clone())),
            Message::Presence(presence) => (PRESENCE, serde_json::to_vec(presence)),
            Message::Peers(peers) => (PEERS, serde_json::to_vec(peers)),
        };
        let mut out = vec![kind];
        // Plain structs of strings and numbers always serialize.
        out.extend(body.unwrap_or_default());
        out
    }

    /// Reads a message from a peer; anything malformed is refused.
    pub fn decode(bytes: &[u8]) -> Result<Self, WireError> {
        let (&kind, body) = bytes.split_first().ok_or(WireError::Empty)?;
        let message = match kind {
            HELLO => Message::Hello(json("hello", body)?),
            WELCOME => Message::Welcome(json("welcome", body)?),
            SYNC => {
                automerge::sync::Message::decode(body).map_err(|err| WireError::Malformed {
                    kind: "sync",
                    reason: err.to_string(),
                })?;
                Message::Sync(body.to_vec())
            }
            PRESENCE => Message::Presence(json("presence", body)?),
            PEERS => Message::Peers(json("peers", body)?),
            other => return Err(WireError::UnknownKind(other)),
        };
        message.checked()
    }

    fn checked(self) -> Result<Self, WireError> {
        let malformed = |kind, reason: &str| {
            Err(WireError::Malformed {
                kind,
                reason: reason.to_owned(),
            })
        };
        match &self {
            Message::Hello(Hello { name }) | Message::Welcome(Welcome { host: name, .. })
                if name.chars().count() > MAX_NAME =>
            {
                malformed("hello", &tr("live-name-too-long"))
            }
            Message::Presence(p) if p.selection.len() > MAX_SELECTION => {
                malformed("presence", &tr("live-selection-too-long"))
            }
            _ => Ok(self),
        }
    }
}

/// A name as others see it: trimmed, on one line, not too long, never
/// empty.
pub fn clean_name(name: &str) -> String {
    let one_line: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed: String = one_line.trim().chars().take(MAX_NAME).collect();
    if trimmed.is_empty() {
        tr("live-someone")
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn messages_read_back() {
        let messages = [
            Message::Hello(Hello {
                name: "Zoé محمد 王".to_owned(),
            }),
            Message::Welcome(Welcome {
                host: "Host".to_owned(),
                share_confidential: false,
                you: 3,
            }),
            Message::Presence(Presence {
                selection: vec!["s1".to_owned()],
            }),
            Message::Peers(vec![PeerInfo {
                id: 3,
                name: "Ana".to_owned(),
                selection: Vec::new(),
            }]),
        ];
        for message in messages {
            assert_eq!(Message::decode(&message.encode()).unwrap(), message);
        }
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  Zoé\nB  "), "Zoé B");
        assert_eq!(clean_name("\t"), "Someone");
        assert_eq!(clean_name(&"x".repeat(100)).len(), MAX_NAME);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = Message::decode(&bytes);
        }

        #[test]
        fn garbage_after_a_kind_byte_is_refused_or_read(kind in 1u8..=5, bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut message = vec![kind];
            message.extend(bytes);
            if let Ok(decoded) = Message::decode(&message) {
                // What is read encodes to a message that reads the same.
                prop_assert_eq!(Message::decode(&decoded.encode()).unwrap(), decoded);
            }
        }
    }
}
