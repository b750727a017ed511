//! Powermap: coalition stakeholder maps.
//!
//! The library holds everything; `main.rs` only parses the command line.
//! Data flows one way: the [`model`] document is read by every view, a
//! gesture becomes an [`edit::Edit`], and the [`edit::History`] records it.

pub mod analysis;
pub mod cli;
pub mod clipboard;
pub mod edit;
pub mod examples;
pub mod exchange;
pub mod file;
pub mod i18n;
pub mod layout;
pub mod live;
pub mod model;
pub mod ui;
mod words;

/// Every program built on the library (the app, its tests and benchmarks)
/// allocates with mimalloc. egui builds the triangles of a frame in vectors
/// of megabytes; the system allocator hands that memory back to the kernel
/// after each frame and faults it in again on the next, which cost a
/// zooming network of 1,000 stakeholders 12 ms a frame instead of 4.6.
///
/// It is mimalloc's version 2 (the crate's `v2` feature). Version 3, the
/// crate's default, keeps the pages a thread frees for a second before
/// giving them back (`purge_delay` 1,000 ms against 10), and the pages of
/// rayon's threads until they next allocate: a session at 5,000
/// stakeholders, whose live heap peaks at 42 MB (heaptrack), held 131–138
/// MB with it, 95–97 MB with version 2, at the same frame times
/// (docs/PERFORMANCE.md, "Memory at 5,000 …").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
