//! A CSV file read into rows, with its columns found by the field they
//! fill ([`crate::model::field`] knows every name a column may have).

use std::collections::HashMap;
use std::hash::Hash;

use super::quotes::{LineCounter, last_line, lines_in, quoting};
use super::{CsvError, CsvFile, MAX_CELL_BYTES, MAX_CSV_BYTES, MAX_ROWS, RowProblem};
use crate::i18n::tr_with;
use crate::model::field::{RelationField, StakeholderField};

/// A field a column of a CSV file can fill.
pub(super) trait Column: Copy + Eq + Hash + 'static {
    fn named(header: &str) -> Option<Self>;
    fn column(self) -> &'static str;
}

impl Column for StakeholderField {
    fn named(header: &str) -> Option<Self> {
        Self::named(header)
    }
    fn column(self) -> &'static str {
        self.column()
    }
}

impl Column for RelationField {
    fn named(header: &str) -> Option<Self> {
        Self::named(header)
    }
    fn column(self) -> &'static str {
        self.column()
    }
}

/// One row of a file, with the line it starts on.
pub(super) struct Row {
    pub line: u64,
    cells: Vec<String>,
    /// Why the row is not CSV (bad quoting), as the reader says it.
    not_csv: Option<String>,
}

/// A file read into rows, with its columns found by name.
pub(super) struct Table<F: Column> {
    file: CsvFile,
    columns: HashMap<F, usize>,
    headers: Vec<String>,
    pub unknown: Vec<String>,
    pub rows: Vec<Row>,
}

impl<F: Column> Table<F> {
    pub fn read(file: CsvFile, text: &str) -> Result<Self, CsvError> {
        if text.len() > MAX_CSV_BYTES {
            return Err(CsvError::TooLarge {
                file,
                bytes: text.len(),
            });
        }
        // Spreadsheets on Windows may start the file with a byte order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let quotes = quoting(text);
        // Lines counted here, not by the reader, which counts a CRLF line
        // end as none and so numbers every row of a Windows file one low.
        let mut lines = LineCounter::new(text);
        if let Some(open) = quotes.unclosed {
            let line = lines.line_of(open);
            return Err(CsvError::Unreadable {
                file,
                message: tr_with(
                    "csv-quote-never-closed",
                    &[("line", line.into()), ("last", last_line(text).into())],
                ),
            });
        }
        let stray: Vec<(u64, u64)> = quotes
            .stray
            .iter()
            .map(|&(open, close)| (lines.line_of(open), lines.line_of(close)))
            .collect();
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .trim(::csv::Trim::Headers)
            .from_reader(text.as_bytes());
        let unreadable = |e: ::csv::Error| CsvError::Unreadable {
            file,
            message: e.to_string(),
        };
        let headers: Vec<String> = reader
            .headers()
            .map_err(unreadable)?
            .iter()
            .map(str::to_owned)
            .collect();
        let mut columns = HashMap::new();
        let mut unknown = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            match F::named(header) {
                // A second column for a field (Notes, then Description) is
                // left out and said, not dropped in silence.
                Some(field) if columns.contains_key(&field) => unknown.push(format!(
                    "{} (a second {} column)",
                    header.trim(),
                    field.column()
                )),
                Some(field) => {
                    columns.insert(field, index);
                }
                None if !header.trim().is_empty() => unknown.push(header.trim().to_owned()),
                None => {}
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            if rows.len() >= MAX_ROWS {
                return Err(CsvError::TooManyRows { file });
            }
            let record = match record {
                Ok(record) => record,
                // A row that is not CSV (bad quoting): the reader says where.
                Err(e) => {
                    let line = e.position().map_or(0, |p| lines.line_of(byte_offset(p)));
                    rows.push(Row {
                        line,
                        cells: Vec::new(),
                        not_csv: Some(e.to_string()),
                    });
                    continue;
                }
            };
            let line = record
                .position()
                .map_or(0, |p| lines.line_of(byte_offset(p)));
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let cells: Vec<String> = record.iter().map(str::to_owned).collect();
            let spans = cells.iter().map(|c| lines_in(c) - 1).sum::<u64>();
            let not_csv = stray
                .iter()
                .find(|(open, _)| (line..=line + spans).contains(open))
                .map(|(open, close)| {
                    tr_with(
                        "csv-text-after-quote",
                        &[("open", (*open).into()), ("close", (*close).into())],
                    )
                });
            rows.push(Row {
                line,
                cells,
                not_csv,
            });
        }
        Ok(Self {
            file,
            columns,
            headers,
            unknown,
            rows,
        })
    }

    /// A row's cell in a column that holds one line (a name, an id, an
    /// end of a relation, a kind), trimmed. A line break in it means the
    /// quoting went wrong, and the row is not read.
    pub fn line<'r>(&self, row: &'r Row, field: F) -> Result<&'r str, RowProblem> {
        let cell = self.cell(row, field)?;
        if !self.text(row, field)?.contains(['\r', '\n']) {
            return Ok(cell);
        }
        // The lines the row's cells before this one run over.
        let before: u64 = self.columns.get(&field).map_or(0, |&i| {
            row.cells.iter().take(i).map(|c| lines_in(c) - 1).sum()
        });
        let lines = lines_in(self.text(row, field)?);
        Err(RowProblem::CellOverLines {
            column: field.column(),
            lines,
            last: row.line + before + lines - 1,
        })
    }

    pub fn require(&self, field: F) -> Result<(), CsvError> {
        if self.columns.contains_key(&field) {
            Ok(())
        } else {
            Err(CsvError::MissingColumn {
                file: self.file,
                column: field.column(),
                found: self.headers.join(", "),
            })
        }
    }

    /// A row's cell in a column, trimmed; empty when the row is short.
    pub fn cell<'r>(&self, row: &'r Row, field: F) -> Result<&'r str, RowProblem> {
        self.text(row, field).map(str::trim)
    }

    /// A row's cell in a column as written (notes keep their spaces).
    pub fn text<'r>(&self, row: &'r Row, field: F) -> Result<&'r str, RowProblem> {
        if let Some(problem) = &row.not_csv {
            return Err(RowProblem::NotCsv(problem.clone()));
        }
        let value = self
            .columns
            .get(&field)
            .and_then(|&i| row.cells.get(i))
            .map_or("", |cell| super::formula::unescape(cell));
        if value.len() > MAX_CELL_BYTES {
            return Err(RowProblem::CellTooLong {
                column: field.column(),
            });
        }
        Ok(value)
    }
}

/// Where a record starts in the text the reader was given.
fn byte_offset(position: &::csv::Position) -> usize {
    usize::try_from(position.byte()).unwrap_or(usize::MAX)
}
