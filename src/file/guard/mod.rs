//! The guard between text from anyone and ron: a quick look at a file's
//! shape before ron reads it, so no file costs more than a bounded time,
//! and ron's errors retold in plain words with the item they are in.
//!
//! Why a guard: even a linear parse of 32 MB of escapes, brackets or
//! hundred-digit numbers takes seconds, and a text longer than a book
//! freezes the window that lays it out. The guard is one linear pass over
//! the bytes, about 20 ms for 32 MB. (Ron before 0.12.3 also read escapes in
//! quadratic time, ron-rs/ron #609; Cargo.toml asks for 0.12.3, whose
//! parser is linear, so the guard no longer measures that.)
//!
//! [`bounds`] holds a text to the limits (and finds on the way where the
//! map's longest lists are, for the loader to read them apart), [`header`]
//! cuts a file down to its header, [`explain`] retells ron's errors with
//! the [`context`] of the place and the [`plain_words`] of the error; all
//! of them read the text through the one [`scanner`].

mod bounds;
mod context;
mod explain;
mod header;
mod plain_words;
mod scanner;

pub(crate) use bounds::{LIMITS, List, MapLists, check, check_and_find};
pub(crate) use explain::explain;
pub(crate) use header::header_text;

/// Why the guard refused a text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl From<Refusal> for super::LoadError {
    fn from(refusal: Refusal) -> Self {
        Self::Syntax {
            line: refusal.line,
            column: refusal.column,
            message: refusal.message,
        }
    }
}
