//! The live wire's fuzz target (`fuzz/fuzz_targets/live_wire.rs`) run as a
//! plain test: on seeds of every message kind, cut and bit-flipped, and on
//! random bytes; and, with `LIVE_FUZZ_SECS` set, as a mutation loop for
//! that long that says how many inputs it ran (where cargo-fuzz cannot be
//! built):
//!
//! ```sh
//! LIVE_FUZZ_SECS=180 cargo test --test live_fuzz -- --ignored --nocapture
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../fuzz/shared/live_wire.rs"]
mod live_wire;

use powermap::live::wire::{
    Hello, Looking, Message, NetworkCamera, PeerInfo, Presence, ShownView, Welcome,
};
use proptest::prelude::*;

/// A real Automerge sync message, from a document that is not the host's.
fn foreign_sync() -> Vec<u8> {
    use automerge::sync::SyncDoc;
    use automerge::transaction::Transactable;
    let mut doc = automerge::AutoCommit::new();
    doc.put(automerge::ROOT, "stakeholders", "منتدى وكالات الإغاثة")
        .unwrap();
    let mut state = automerge::sync::State::new();
    doc.sync()
        .generate_sync_message(&mut state)
        .unwrap()
        .encode()
}

/// One message of every kind, as a peer would send them.
fn seeds() -> Vec<Vec<u8>> {
    let looking = Looking {
        view: ShownView::Network,
        camera: Some(NetworkCamera {
            centre: [120.5, -40.0],
            zoom: 1.25,
        }),
    };
    [
        Message::Hello(Hello {
            name: "Église évangélique de Bangui".to_owned(),
        }),
        Message::Welcome(Welcome {
            host: "联合国难民理事会".to_owned(),
            share_confidential: true,
            you: 7,
        }),
        Message::Sync(foreign_sync()),
        Message::Presence(Presence {
            selection: vec!["s1".to_owned(), "nope".to_owned()],
            view: Some(looking),
        }),
        Message::Presence(Presence::default()),
        Message::Peers(vec![PeerInfo {
            id: 0,
            name: "Amina".to_owned(),
            selection: Vec::new(),
            view: Some(looking),
        }]),
    ]
    .iter()
    .map(Message::encode)
    .chain(seed_files())
    .collect()
}

/// The seeds cargo-fuzz starts from (`fuzz/seeds-live`, copied by
/// `fuzz/seed.sh`), sorted by name.
fn seed_files() -> Vec<Vec<u8>> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds-live");
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read(path).unwrap())
        .collect()
}

/// A small, seeded generator of mutations (xorshift), so a run can be told
/// again from its seed.
struct Mutator(u64);

impl Mutator {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A seed changed a few times: bytes flipped, set to edge values,
    /// inserted, removed, cut, or spliced from another seed.
    fn mutate(&mut self, seeds: &[Vec<u8>]) -> Vec<u8> {
        let mut data = seeds[self.below(seeds.len())].clone();
        for _ in 0..=self.below(4) {
            let at = self.below(data.len() + 1);
            match self.below(6) {
                0 if at < data.len() => data[at] ^= 1 << self.below(8),
                1 if at < data.len() => {
                    data[at] = [0, 0x7f, 0x80, 0xff, b'"', b'{', b'9'][self.below(7)];
                }
                2 => data.insert(at, self.next() as u8),
                3 if at < data.len() => {
                    data.remove(at);
                }
                4 => data.truncate(at),
                _ => {
                    let other = &seeds[self.below(seeds.len())];
                    let from = self.below(other.len());
                    data.extend_from_slice(&other[from..]);
                }
            }
        }
        data
    }
}

#[test]
fn every_kind_of_message_cut_and_flipped_leaves_the_host_whole() {
    // cargo-fuzz's seeds are good messages, of every kind but sync.
    let files = seed_files();
    assert_eq!(files.len(), 5);
    for file in &files {
        assert!(Message::decode(file).is_ok(), "{file:?}");
    }
    let seeds = seeds();
    for seed in &seeds {
        live_wire::run(seed);
        // Every cut of every seed, through the decoder.
        for end in 0..seed.len() {
            live_wire::decode(&seed[..end]);
        }
    }
    let mut mutator = Mutator(0x5eed_1e55);
    for _ in 0..300 {
        live_wire::run(&mutator.mutate(&seeds));
    }
    // The host still serves, and says why it refuses what it refuses.
    assert_eq!(live_wire::send_to_host(&seeds[4]), Vec::<String>::new());
    let log = live_wire::send_to_host(&[9, 1, 2, 3]);
    assert!(log.len() == 1 && log[0].contains("disconnected"), "{log:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_bytes_after_the_handshake_leave_the_host_whole(
        kind in 0u8..=6,
        body in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        let mut data = vec![kind];
        data.extend(body);
        live_wire::run(&data);
    }
}

/// The fuzz loop for `LIVE_FUZZ_SECS` seconds: every input through the
/// decoder, one in 64 also to the host (a connection and a handshake
/// each, some 20 ms on this machine).
#[test]
#[ignore = "a long run: LIVE_FUZZ_SECS=180 cargo test --test live_fuzz -- --ignored --nocapture"]
fn fuzz_for_a_while() {
    let secs: u64 = std::env::var("LIVE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seeds = seeds();
    let started = std::time::Instant::now();
    let mut mutator = Mutator(0x0dd_ba11);
    let (mut decoded, mut sent) = (0u64, 0u64);
    while started.elapsed().as_secs() < secs {
        let data = mutator.mutate(&seeds);
        live_wire::decode(&data);
        decoded += 1;
        if decoded % 64 == 0 {
            let _ = live_wire::send_to_host(&data);
            sent += 1;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "live_wire: {decoded} inputs decoded ({:.0}/s), {sent} sent to the host ({:.0}/s) in {elapsed:.0} s; no crash",
        decoded as f64 / elapsed,
        sent as f64 / elapsed
    );
}

/// The crash the mutation loop found: a sync message whose Bloom filter
/// counts an entry and has no bits made Automerge divide by zero in the
/// host's connection thread. Now it is refused, said why, and the host
/// serves on.
#[test]
fn a_bloom_filter_without_bits_is_refused_not_a_crash() {
    let message = automerge::sync::Message {
        heads: Vec::new(),
        need: Vec::new(),
        have: vec![automerge::sync::Have {
            last_sync: Vec::new(),
            bloom: automerge::sync::BloomFilter::try_from(&[1u8, 0, 7][..]).unwrap(),
        }],
        changes: Vec::<Vec<u8>>::new().into(),
        flags: None,
        version: automerge::sync::MessageVersion::V1,
    };
    let mut data = vec![3u8];
    data.extend(message.encode());
    assert!(Message::decode(&data).is_err(), "{data:?}");
    let log = live_wire::send_to_host(&data);
    assert!(log.len() == 1 && log[0].contains("Bloom"), "{log:?}");
    assert_eq!(live_wire::send_to_host(&seeds()[4]), Vec::<String>::new());
}
