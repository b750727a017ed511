//! Any bytes give a map or an error, never a panic or a hang; and whatever
//! opens saves and opens again as the same map.

#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::file;

fuzz_target!(|data: &[u8]| {
    if let Ok(map) = file::load_bytes(data) {
        let text = file::to_ron_string(&map).expect("a loaded map can be written");
        let again = file::load_str(&text).expect("a written map opens again");
        assert_eq!(again, map, "the map changed on the way through a file");
    }
});
