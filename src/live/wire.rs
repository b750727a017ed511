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

/// Which view a person has in front, as the wire names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShownView {
    Network,
    Grid,
    Spectrum,
    Table,
}

/// Where a network view looks: the canvas point in its middle, and its
/// zoom (screen points per canvas unit).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkCamera {
    pub centre: [f32; 2],
    pub zoom: f32,
}

impl NetworkCamera {
    /// Whether `other` looks at the same place, to within what a screen
    /// shows (a tenth of a canvas unit, a thousandth of the zoom).
    pub fn same_as(&self, other: &NetworkCamera) -> bool {
        (self.centre[0] - other.centre[0]).abs() < 0.1
            && (self.centre[1] - other.centre[1]).abs() < 0.1
            && (self.zoom - other.zoom).abs() <= self.zoom.abs() * 1e-3
    }

    fn is_valid(&self) -> bool {
        self.centre.iter().all(|c| c.is_finite()) && self.zoom.is_finite() && self.zoom > 0.0
    }
}

/// What a person looks at: the view in front, and where their network
/// view looks (`None` before it was first drawn), for others to follow.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Looking {
    pub view: ShownView,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera: Option<NetworkCamera>,
}

impl Looking {
    /// Whether `other` shows the same view from the same place.
    pub fn same_as(&self, other: &Looking) -> bool {
        self.view == other.view
            && match (&self.camera, &other.camera) {
                (Some(a), Some(b)) => a.same_as(b),
                (None, None) => true,
                _ => false,
            }
    }

    pub(crate) fn is_valid(&self) -> bool {
        self.camera.as_ref().is_none_or(NetworkCamera::is_valid)
    }
}

/// What one person has selected, by id, for the rings with their initials,
/// and what they look at. Laptops of versions before following send no
/// `view`; it reads as `None`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    pub selection: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<Looking>,
}

/// One person in a session, as the host lists them for everyone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeerInfo {
    /// The host's number for this person's connection; 0 is the host.
    pub id: u64,
    pub name: String,
    pub selection: Vec<String>,
    /// What they look at; `None` from a laptop too old to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<Looking>,
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
                let sync =
                    automerge::sync::Message::decode(body).map_err(|err| WireError::Malformed {
                        kind: "sync",
                        reason: err.to_string(),
                    })?;
                if !sync.have.iter().all(|have| bloom_is_sound(&have.bloom)) {
                    return Err(WireError::Malformed {
                        kind: "sync",
                        reason: tr("live-bad-bloom"),
                    });
                }
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
            Message::Presence(Presence {
                view: Some(looking),
                ..
            }) if !looking.is_valid() => malformed("presence", &tr("live-view-not-a-number")),
            Message::Peers(peers)
                if peers
                    .iter()
                    .any(|p| p.view.as_ref().is_some_and(|l| !l.is_valid())) =>
            {
                malformed("peers", &tr("live-view-not-a-number"))
            }
            _ => Ok(self),
        }
    }
}

/// The most probes a peer's Bloom filter may ask for (Automerge makes 7).
const MAX_BLOOM_PROBES: u64 = 64;

/// Whether Automerge can use a peer's Bloom filter safely. Automerge 0.12
/// reads any filter but then divides by its number of bits (a panic when
/// a filter counts entries and has no bits, which fuzzing found) and
/// makes room for as many probes as it says. Its wire form: nothing for
/// an empty filter, else the entries, bits per entry and probes in
/// LEB128, then the bits.
fn bloom_is_sound(bloom: &automerge::sync::BloomFilter) -> bool {
    let bytes = bloom.to_bytes();
    if bytes.is_empty() {
        return true;
    }
    let mut rest = bytes.as_slice();
    let (Some(_entries), Some(_bits_per_entry), Some(probes)) =
        (leb128(&mut rest), leb128(&mut rest), leb128(&mut rest))
    else {
        return false;
    };
    !rest.is_empty() && probes <= MAX_BLOOM_PROBES
}

/// An unsigned LEB128 number from the front of `bytes`.
fn leb128(bytes: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The most bytes one person's presence may take through a sync server.
const MAX_SERVER_PRESENCE: usize = 1 << 20;

/// What a laptop tells the others through a sync server, in one of
/// automerge-repo's ephemeral messages (CBOR, as its JavaScript side
/// expects): who it is, what it has selected and looks at, or that it
/// leaves. The server passes it on to everyone who has the map open and
/// keeps nothing of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerPresence {
    /// Always "powermap-presence": other automerge-repo clients on the
    /// same document may send ephemeral messages of their own.
    pub kind: String,
    /// Chosen at random when the laptop joins.
    pub id: u64,
    pub name: String,
    pub selection: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<Looking>,
    /// The laptop leaves the session.
    #[serde(default)]
    pub leaving: bool,
}

const SERVER_PRESENCE: &str = "powermap-presence";

impl ServerPresence {
    pub fn new(id: u64, name: &str, presence: Presence, leaving: bool) -> Self {
        Self {
            kind: SERVER_PRESENCE.to_owned(),
            id,
            name: clean_name(name),
            selection: presence.selection,
            view: presence.view,
            leaving,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Plain structs of strings and numbers always serialize.
        let _ = ciborium::into_writer(self, &mut out);
        out
    }

    /// Reads what came through the server; anything malformed, or not
    /// Powermap's, is refused.
    pub fn decode(bytes: &[u8]) -> Result<Self, WireError> {
        let malformed = |reason: String| WireError::Malformed {
            kind: "presence",
            reason,
        };
        if bytes.len() > MAX_SERVER_PRESENCE {
            return Err(malformed(tr_with(
                "live-message-too-large",
                &[
                    ("bytes", bytes.len().into()),
                    ("most", MAX_SERVER_PRESENCE.into()),
                ],
            )));
        }
        let presence: Self =
            ciborium::from_reader(bytes).map_err(|err| malformed(err.to_string()))?;
        if presence.kind != SERVER_PRESENCE {
            return Err(malformed(tr_with(
                "live-unknown-message",
                &[("kind", presence.kind.clone().into())],
            )));
        }
        if presence.name.chars().count() > MAX_NAME {
            return Err(malformed(tr("live-name-too-long")));
        }
        if presence.selection.len() > MAX_SELECTION {
            return Err(malformed(tr("live-selection-too-long")));
        }
        if presence.view.as_ref().is_some_and(|l| !l.is_valid()) {
            return Err(malformed(tr("live-view-not-a-number")));
        }
        Ok(presence)
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
    fn presence_through_a_server_reads_back_and_refuses_what_is_not_it() {
        let looking = Looking {
            view: ShownView::Grid,
            camera: None,
        };
        let presence = Presence {
            selection: vec!["s1".to_owned()],
            view: Some(looking),
        };
        let sent = ServerPresence::new(7, "联合国难民理事会", presence, false);
        assert_eq!(ServerPresence::decode(&sent.encode()).unwrap(), sent);
        // Garbage, another client's CBOR, and a camera no screen can show.
        assert!(ServerPresence::decode(b"\xff\x00garbage").is_err());
        let mut other = Vec::new();
        ciborium::into_writer(&("cursor", 3), &mut other).unwrap();
        assert!(ServerPresence::decode(&other).is_err());
        let mut foreign = sent.clone();
        foreign.kind = "chat".to_owned();
        assert!(ServerPresence::decode(&foreign.encode()).is_err());
        let mut bad = sent;
        bad.view = Some(Looking {
            view: ShownView::Network,
            camera: Some(NetworkCamera {
                centre: [f32::NAN, 0.0],
                zoom: 1.0,
            }),
        });
        assert!(ServerPresence::decode(&bad.encode()).is_err());
    }

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
                view: None,
            }),
            Message::Presence(Presence {
                selection: Vec::new(),
                view: Some(Looking {
                    view: ShownView::Grid,
                    camera: Some(NetworkCamera {
                        centre: [12.5, -3.0],
                        zoom: 1.5,
                    }),
                }),
            }),
            Message::Peers(vec![PeerInfo {
                id: 3,
                name: "Ana".to_owned(),
                selection: Vec::new(),
                view: None,
            }]),
        ];
        for message in messages {
            assert_eq!(Message::decode(&message.encode()).unwrap(), message);
        }
    }

    #[test]
    fn presence_from_a_laptop_that_sends_no_view_still_reads() {
        let mut old = vec![PRESENCE];
        old.extend(br#"{"selection":["s1"]}"#);
        assert_eq!(
            Message::decode(&old).unwrap(),
            Message::Presence(Presence {
                selection: vec!["s1".to_owned()],
                view: None,
            })
        );
        let mut old = vec![PEERS];
        old.extend(br#"[{"id":0,"name":"Amina","selection":[]}]"#);
        let Message::Peers(peers) = Message::decode(&old).unwrap() else {
            panic!("peers")
        };
        assert_eq!(peers[0].view, None);
        // And a laptop that sends no view sends what old laptops read.
        let presence = Message::Presence(Presence::default()).encode();
        assert_eq!(&presence[1..], br#"{"selection":[]}"#);
    }

    #[test]
    fn a_view_that_is_not_a_number_is_refused() {
        let mut bad = vec![PRESENCE];
        bad.extend(
            br#"{"selection":[],"view":{"view":"grid","camera":{"centre":[1e300,0],"zoom":1}}}"#,
        );
        assert!(Message::decode(&bad).is_err());
        let mut bad = vec![PRESENCE];
        bad.extend(
            br#"{"selection":[],"view":{"view":"grid","camera":{"centre":[0,0],"zoom":0}}}"#,
        );
        assert!(Message::decode(&bad).is_err());
    }

    /// A sync message whose one "have" carries `bloom`, in Automerge's
    /// wire form.
    fn sync_with_bloom(bloom: &[u8]) -> Vec<u8> {
        let message = automerge::sync::Message {
            heads: Vec::new(),
            need: Vec::new(),
            have: vec![automerge::sync::Have {
                last_sync: Vec::new(),
                bloom: automerge::sync::BloomFilter::try_from(bloom).unwrap(),
            }],
            changes: Vec::<Vec<u8>>::new().into(),
            flags: None,
            version: automerge::sync::MessageVersion::V1,
        };
        let mut bytes = vec![SYNC];
        bytes.extend(message.encode());
        bytes
    }

    /// Found by the `live_wire` fuzz target: a filter of one entry and no
    /// bits made Automerge divide by zero in the host's connection thread.
    #[test]
    fn a_bloom_filter_automerge_cannot_use_is_refused() {
        for bloom in [
            &[1u8, 0, 7][..],
            &[1, 10, 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0],
        ] {
            let bytes = sync_with_bloom(bloom);
            assert!(
                matches!(
                    Message::decode(&bytes),
                    Err(WireError::Malformed { kind: "sync", .. })
                ),
                "{bloom:?}"
            );
        }
        // A filter as Automerge makes them still goes through.
        assert!(Message::decode(&sync_with_bloom(&[1, 10, 7, 0, 0])).is_ok());
        assert!(Message::decode(&sync_with_bloom(&[])).is_ok());
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
