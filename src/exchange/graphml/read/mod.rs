//! GraphML read into a map: files written by yEd, by Gephi and by
//! Powermap's own export. Nodes become stakeholders and edges relations;
//! attributes whose names match a field (kind, stance, power, …, in any
//! case) fill that field, the others are kept as lines of the notes; yEd's
//! node labels and geometry (and yEd Live's and yFiles for HTML's: labels
//! in an `x:List` of `y:Label`, boxes as `y:RectD`), Gephi's `label`, `x`
//! and `y` and `viz:position` give names and places. The columns are documented in `docs/GRAPHML.md`.
//!
//! Reading never trusts the file: it is one pass over the text, bounded in
//! size and items, and what cannot be carried (a hyperedge, a port, a
//! nested graph, a value that does not parse) is listed in a [`Report`]
//! with its line and the reason, never a failure of the whole file. Only
//! text that is not well-formed XML, or not GraphML at all, is refused,
//! with the line and column.
//!
//! The parts: `xml` (what is kept of the document while it is read),
//! `parser` (the pass over the text), `items` (stakeholders and
//! relations made of what was read, by the field registry), `weights`
//! (Gephi's edge weights as strengths) and `file_notes` (what the report
//! says once for the whole file).

use std::collections::HashSet;
use std::fmt::Write as _;

mod file_notes;
mod items;
mod parser;
mod xml;

use parser::Parser;

use crate::exchange::incoming::{self, Incoming, IncomingError, MAX_IMPORT_BYTES, ReadError};
use crate::model::{Map, Relation, Stakeholder, StakeholderId};

/// Most nodes and edges read from one file (as many items as a map file holds).
pub const MAX_ITEMS: usize = crate::file::limits::MAX_ITEMS;
/// Longest value read, in bytes (as for a text in a map file).
pub const MAX_VALUE_BYTES: usize = crate::file::limits::MAX_TEXT_BYTES;
/// How many entries each list of the report keeps; the rest are counted.
const MAX_LISTED: usize = 500;

const GRAPHML_NS: &[u8] = b"http://graphml.graphdrawing.org/xmlns";
const YED_NS: &[u8] = b"http://www.yworks.com/xml/graphml";
/// What yEd Live and yFiles for HTML name their vocabularies by
/// (`yfiles-common/3.0`, its `markup`, `yfiles-for-html/2.0/xaml`, …).
const YFILES_NS: &[u8] = b"http://www.yworks.com/xml/yfiles-";
/// Where yFiles' keys for drawings (`y:attr.uri`) point.
const YWORKS_XML: &str = "http://www.yworks.com/xml/";

/// One thing the report tells, and the line of the file it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub line: Option<u64>,
    pub reason: String,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => f.write_str(&crate::i18n::tr_with(
                "load-problem-at-line",
                &[
                    ("line", line.into()),
                    ("message", self.reason.as_str().into()),
                ],
            )),
            None => f.write_str(&self.reason),
        }
    }
}

/// What an import did not carry over as the file has it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Items of the file that are not in the map: nodes and edges that
    /// cannot be stakeholders or relations, hyperedges.
    pub left_out: Vec<Entry>,
    /// What was read differently, or kept somewhere else: a value that
    /// does not parse (kept in the notes), an attribute Powermap has no
    /// field for (kept in the notes), a nested graph read flat, drawing
    /// details left to Powermap.
    pub changed: Vec<Entry>,
    /// Entries beyond the first [`MAX_LISTED`] of each list.
    pub more_left_out: usize,
    pub more_changed: usize,
}

impl Report {
    /// How many items of the file are not in the map.
    pub fn left_out_count(&self) -> usize {
        self.left_out.len() + self.more_left_out
    }

    pub fn changed_count(&self) -> usize {
        self.changed.len() + self.more_changed
    }

    pub fn is_empty(&self) -> bool {
        self.left_out_count() == 0 && self.changed_count() == 0
    }

    fn leave_out(&mut self, line: Option<u64>, reason: String) {
        if self.left_out.len() < MAX_LISTED {
            self.left_out.push(Entry { line, reason });
        } else {
            self.more_left_out += 1;
        }
    }

    fn change(&mut self, line: Option<u64>, reason: String) {
        if self.changed.len() < MAX_LISTED {
            self.changed.push(Entry { line, reason });
        } else {
            self.more_changed += 1;
        }
    }
}

/// What a GraphML file gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// With the ids of the file; [`Imported::to_map`] keeps the plain ones.
    pub stakeholders: Vec<Stakeholder>,
    /// Between stakeholders named by their ids in the file.
    pub relations: Vec<Relation>,
    /// The stakeholders the file gives no position.
    pub unplaced: HashSet<StakeholderId>,
    /// The graph's own attributes (a yEd description), as lines for the map's notes.
    pub map_notes: String,
    pub report: Report,
}

impl Imported {
    pub fn incoming(&self) -> Incoming<'_> {
        Incoming {
            stakeholders: &self.stakeholders,
            relations: &self.relations,
            unplaced: &self.unplaced,
        }
    }

    /// A new map of what was read, titled `title`.
    pub fn to_map(&self, title: &str) -> Result<Map, IncomingError> {
        let mut map = incoming::new_map(title, &self.incoming())?;
        if !self.map_notes.is_empty() {
            let meta = crate::model::MapMeta {
                notes: self.map_notes.clone(),
                ..map.meta().clone()
            };
            crate::edit::Edit::SetMeta(meta).apply(&mut map)?;
        }
        Ok(map)
    }
}

/// Why a whole file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GraphmlError {
    #[error("{}", crate::i18n::tr_with("graphml-too-large", &[
        ("megabytes", .bytes.div_ceil(1024 * 1024).into()),
        ("most", (MAX_IMPORT_BYTES / (1024 * 1024)).into()),
    ]))]
    TooLarge { bytes: usize },
    #[error("{}", crate::i18n::tr_with("load-syntax", &[
        ("line", (*.line).into()),
        ("column", (*.column).into()),
        ("message", .message.as_str().into()),
    ]))]
    Malformed {
        line: u64,
        column: u64,
        message: String,
    },
    #[error("{}", crate::i18n::tr_with("graphml-not-graphml", &[("reason", .0.as_str().into())]))]
    NotGraphml(String),
    #[error("{}", crate::i18n::tr_with("graphml-too-many-items", &[("most", MAX_ITEMS.into())]))]
    TooManyItems,
}

/// Reads a GraphML document. Only text that is not well-formed XML, not
/// GraphML, or over the limits is an error; everything else gives the
/// stakeholders and relations read and the report of what was not.
pub fn import(text: &str) -> Result<Imported, GraphmlError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(GraphmlError::TooLarge { bytes: text.len() });
    }
    // Windows editors may start the file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parser = Parser::new(text);
    parser.read()?;
    Ok(parser.finish())
}

/// Reads a GraphML file's text: bounded and UTF-8 as for every import.
pub fn read_file(path: &std::path::Path) -> Result<String, ReadError> {
    incoming::read_text_file(path, "graphml-save-as-utf8")
}

/// The report as lines of text: what was left out, then what was read
/// differently.
pub fn report_text(report: &Report) -> String {
    use crate::i18n::tr_with;
    let mut text = String::new();
    for entry in &report.left_out {
        let _ = writeln!(
            text,
            "{}",
            tr_with(
                "graphml-report-left-out",
                &[("entry", entry.to_string().into())]
            )
        );
    }
    if report.more_left_out > 0 {
        let _ = writeln!(
            text,
            "{}",
            tr_with(
                "graphml-report-left-out-more",
                &[("count", report.more_left_out.into())]
            )
        );
    }
    for entry in &report.changed {
        let _ = writeln!(
            text,
            "{}",
            tr_with(
                "graphml-report-note",
                &[("entry", entry.to_string().into())]
            )
        );
    }
    if report.more_changed > 0 {
        let _ = writeln!(
            text,
            "{}",
            tr_with(
                "graphml-report-note-more",
                &[("count", report.more_changed.into())]
            )
        );
    }
    text
}
