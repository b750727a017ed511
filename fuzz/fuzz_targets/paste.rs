//! Any clipboard text gives stakeholders to paste or an error, never a
//! panic; and a paste always applies to the map it was made for.

#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::clipboard;
use powermap::model::{Map, Position};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut map = Map::new("Fuzz");
    if let Ok(paste) = clipboard::paste(&map, text, Position::new(10.0, 10.0)) {
        paste
            .edit
            .apply(&mut map)
            .expect("a paste applies to its map");
    }
});
