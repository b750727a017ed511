//! The example maps bundled with Powermap, built into the binary.

use crate::model::Map;

/// One bundled example: its file name and its text.
#[derive(Debug)]
pub struct Example {
    pub file_name: &'static str,
    pub text: &'static str,
}

/// Every bundled example; the first is the one opened by default.
pub const EXAMPLES: &[Example] = &[
    Example {
        file_name: "protection-of-civilians.ron",
        text: include_str!("../assets/examples/protection-of-civilians.ron"),
    },
    Example {
        file_name: "cross-border-aid.ron",
        text: include_str!("../assets/examples/cross-border-aid.ron"),
    },
];

/// The map opened when there is no file to open. A bundled example that
/// fails to load (a build mistake the tests catch) gives an empty map.
pub fn default_map() -> Map {
    EXAMPLES
        .first()
        .and_then(|example| crate::file::load_str(example.text).ok())
        .unwrap_or_else(|| Map::new("Untitled map"))
}
