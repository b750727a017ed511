//! Any bytes a peer sends in a live session: the wire decoder refuses
//! them or reads them back the same, and a hosted session that receives
//! them after a good handshake refuses or takes them in without a panic,
//! its map still whole. The body is fuzz/shared/live_wire.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../shared/live_wire.rs"]
mod live_wire;

fuzz_target!(|data: &[u8]| {
    live_wire::run(data);
});
