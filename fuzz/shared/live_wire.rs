//! What the `live_wire` fuzz target does with one input, shared with the
//! plain runner in `tests/live_fuzz.rs` (which feeds it seeds and random
//! bytes where cargo-fuzz cannot be built).
//!
//! 1. The bytes go through the wire decoder: a refusal or a message, never
//!    a panic; a message read encodes to one that reads the same.
//! 2. The bytes go, as one encrypted message after a good handshake, to a
//!    hosted session on loopback: the host refuses them or takes them in,
//!    never panics (a panic in any thread aborts), and the map it holds
//!    still saves and opens.

use std::net::TcpStream;
use std::sync::{Arc, Mutex, Once, OnceLock};
use std::time::Duration;

use powermap::live::secure;
use powermap::live::wire::{Hello, Message};
use powermap::live::{JoinCode, LiveDoc, Session, SessionOptions};
use powermap::model::Map;

/// The join code of the session the inputs are sent to.
pub const CODE: &str = "K7QM-4PXR-2HTW";

/// A host on loopback, the map it started with and the code's key (made
/// once: Argon2id takes a while).
pub struct Host {
    pub session: Session,
    pub map: Map,
    key: [u8; 32],
}

/// A panic in any thread, the host's included, ends the process: the
/// fuzzer and the runner both see it as a crash.
fn abort_on_panic() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            default(info);
            std::process::abort();
        }));
    });
}

pub fn host() -> &'static Host {
    static HOST: OnceLock<Host> = OnceLock::new();
    HOST.get_or_init(|| {
        abort_on_panic();
        let map = powermap::examples::default_map();
        let code = JoinCode::parse(CODE).expect("a good code");
        let key = code.key();
        let doc = LiveDoc::from_map(&map, false).expect("the example mirrors");
        let options = SessionOptions {
            name: "Host".to_owned(),
            ..SessionOptions::default()
        };
        let session = Session::host_on(
            doc,
            code,
            ([127, 0, 0, 1], 0).into(),
            options,
            Arc::new(|| {}),
        )
        .expect("a session on loopback");
        Host { session, map, key }
    })
}

/// Runs one input through the decoder and the host's receive path.
pub fn run(data: &[u8]) {
    decode(data);
    send_to_host(data);
}

/// The decoder alone: refused, or read back the same.
pub fn decode(data: &[u8]) {
    if let Ok(message) = Message::decode(data) {
        let again = Message::decode(&message.encode()).expect("what was read reads again");
        assert_eq!(
            again, message,
            "a message changed on its way through the wire"
        );
    }
}

/// The bytes as one message from a laptop that knows the code and said
/// hello; returns, once the host has dealt with them (it takes a
/// connection's messages in order, and the last thing we do is leave),
/// what it logged of them.
pub fn send_to_host(data: &[u8]) -> Vec<String> {
    // One connection at a time, so that counting the host's connections
    // tells when it has taken ours in and when it has let it go.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let host = host();
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let stream = TcpStream::connect(host.session.address()).expect("the host listens");
    let (mut sender, mut receiver) = secure::connect(stream, &host.key).expect("the handshake");
    let hello = Message::Hello(Hello {
        name: "Fuzz".to_owned(),
    });
    sender.send(&hello.encode()).expect("hello goes out");
    receiver.receive().expect("the host welcomes us");
    // The host lists the connection just after its welcome.
    assert!(
        host.session
            .wait_until(Duration::from_secs(10), |s| s.connection_count() == 1),
        "the host did not take the connection in"
    );
    // Too large a message is refused by our own sender: nothing to test.
    let _ = sender.send(data);
    sender.close();
    drop(receiver);
    assert!(
        host.session
            .wait_until(Duration::from_secs(10), |s| s.connection_count() == 0),
        "the host did not let go of the connection"
    );
    let log = host.session.take_log();
    // Whatever came in, the host's map is whole: it saves and opens again.
    let map = host.session.current_map(&host.map);
    let text = powermap::file::to_ron_string(&map).expect("the host's map can be written");
    powermap::file::load_str(&text).expect("the host's map opens again");
    log
}
