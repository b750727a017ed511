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
pub mod layout;
pub mod model;
pub mod ui;
