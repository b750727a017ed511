//! How big a map Powermap reads, in one place: the loader's guard, the
//! CSV and GraphML importers, pasting and every writer (`check_fits`) use
//! these numbers, so an import is never a map that then fails to open.
//!
//! They are set for the largest maps people make (research and
//! investigative maps, a national campaign's whole network: 20,000
//! stakeholders, 40,000 relations, 100 coalitions) with room to spare, and
//! low enough that any file under them is read in bounded time and memory
//! (docs/ROBUSTNESS.md gives the worst cases measured).

/// The largest map file, CSV or GraphML file read. A generated map of
/// 20,000 stakeholders and 40,000 relations is about 16 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Stakeholders, relations, coalitions, coalition members and scenes
/// together in one map; also the most rows of a CSV file and the most
/// nodes and edges of a GraphML file. Each costs about 10 µs to read and
/// check.
pub const MAX_ITEMS: usize = 100_000;

/// The longest text (a name, a note, a cell, a GraphML value), in bytes.
/// A text longer than a book freezes the window that lays it out.
pub const MAX_TEXT_BYTES: usize = 1_000_000;

/// Values in a map file, counted by the commas between them and the
/// brackets that open lists and items: about 25 for a stakeholder, 12 for
/// a relation. Ron reads a value in a field it does not know at up to
/// 0.6 µs.
pub const MAX_VALUES: usize = 3_000_000;
