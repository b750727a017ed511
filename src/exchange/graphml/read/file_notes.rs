//! What the report says once for the whole file (attributes without a
//! field, drawing details, undeclared keys), gathered node by node.

use super::Report;
use crate::i18n::tr_with;

/// What the report says once for the whole file, gathered node by node.
#[derive(Default)]
pub(super) struct FileNotes {
    /// Attributes Powermap has no field for: name → (line of first use, what has them).
    pub(super) unknown: Vec<(String, u64, &'static str)>,
    pub(super) drawing: Vec<String>,
    pub(super) undeclared: Vec<(String, u64)>,
    pub(super) bad_values: Vec<(u64, String)>,
    /// Nodes named by their ids for want of a label: id, line.
    pub(super) unnamed: Vec<(String, u64)>,
}

impl FileNotes {
    pub(super) fn unknown(&mut self, name: &str, owners: &'static str, line: u64) {
        if !self
            .unknown
            .iter()
            .any(|(n, _, o)| n == name && *o == owners)
        {
            self.unknown.push((name.to_owned(), line, owners));
        }
    }

    pub(super) fn drawing(&mut self, name: &str) {
        if !self.drawing.iter().any(|n| n == name) {
            self.drawing.push(name.to_owned());
        }
    }

    pub(super) fn undeclared(&mut self, key: &str, line: u64) {
        if !self.undeclared.iter().any(|(k, _)| k == key) {
            self.undeclared.push((key.to_owned(), line));
        }
    }

    pub(super) fn bad_value(&mut self, line: u64, reason: String) {
        self.bad_values.push((line, reason));
    }

    pub(super) fn report(self, report: &mut Report) {
        for (line, reason) in self.bad_values {
            report.change(Some(line), reason);
        }
        for (name, line, owners) in self.unknown {
            report.change(
                Some(line),
                tr_with(
                    "graphml-unknown-field",
                    &[("name", name.into()), ("owners", owners.into())],
                ),
            );
        }
        for (key, line) in self.undeclared {
            report.change(
                Some(line),
                tr_with("graphml-undeclared-key", &[("key", key.into())]),
            );
        }
        for (id, line) in self.unnamed {
            report.change(
                Some(line),
                tr_with("graphml-unnamed-node", &[("id", id.into())]),
            );
        }
        if !self.drawing.is_empty() {
            report.change(
                None,
                tr_with(
                    "graphml-drawing-left-out",
                    &[("names", self.drawing.join(", ").into())],
                ),
            );
        }
    }
}
