//! Stakeholders and relations as two CSV files, in the convention of
//! spreadsheet mapping tools: a `Label` column names each stakeholder, a
//! `Type` column gives its kind, relations go `From` one `To` another, and a
//! cell holding several values separates them with `|`. The columns are
//! documented in `docs/CSV.md`.
//!
//! Reading never trusts the file: a row that cannot be read is rejected
//! with its line and the reason, the others are kept, and the caller
//! decides whether to import the good rows or nothing. Coalitions and the
//! map's own settings are not carried by CSV.

mod formula;
mod pair;
pub mod plan;
mod quotes;
mod rows;
mod table;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::incoming::{self, Incoming, IncomingError, ReadError};
use super::strengths;
use crate::i18n::{tr, tr_with};
use crate::model::field::{FlagWords, RelationField, StakeholderField, ValueError};
use crate::model::{Map, Relation, Stakeholder, StakeholderId};
pub use pair::{missing_relations, write_files};
use rows::{Names, numbered_strengths, relation_of, stakeholder_of};
use table::Table;

/// Largest CSV file read, in bytes (as for map files).
pub const MAX_CSV_BYTES: usize = incoming::MAX_IMPORT_BYTES;
/// Most rows read from one file (as many items as a map file may hold).
pub const MAX_ROWS: usize = crate::file::limits::MAX_ITEMS;
/// Longest cell read, in bytes (as for a text in a map file).
pub const MAX_CELL_BYTES: usize = crate::file::limits::MAX_TEXT_BYTES;

/// The two files of a map in CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvPair {
    pub stakeholders: String,
    pub relations: String,
}

/// Which of the two files a row or a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFile {
    Stakeholders,
    Relations,
}

impl CsvFile {
    pub fn label(self) -> &'static str {
        match self {
            Self::Stakeholders => "stakeholders",
            Self::Relations => "relations",
        }
    }
}

/// A row left out of an import, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub file: CsvFile,
    /// The line of the file the row starts on (the header is line 1).
    pub line: u64,
    pub reason: RowProblem,
}

/// Why a row cannot be read, in the interface's language when shown.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    #[error("{}", tr_with("csv-not-csv", &[("reason", .0.as_str().into())]))]
    NotCsv(String),
    #[error("{}", tr_with("csv-cell-too-long", &[
        ("column", (*.column).into()),
        ("most", (MAX_CELL_BYTES / 1_000_000).into()),
    ]))]
    CellTooLong { column: &'static str },
    #[error("{}", tr_with("csv-cell-over-lines", &[
        ("column", (*.column).into()),
        ("lines", (*.lines).into()),
        ("last", (*.last).into()),
        ("what", one_line_what(.column).into()),
    ]))]
    CellOverLines {
        column: &'static str,
        lines: u64,
        last: u64,
    },
    #[error("{}", tr("csv-no-name"))]
    NoName,
    #[error("{}", tr_with("csv-duplicate-id", &[
        ("id", .id.to_string().into()),
        ("first", (*.first).into()),
    ]))]
    DuplicateId { id: StakeholderId, first: u64 },
    #[error(transparent)]
    Value(#[from] ValueError),
    #[error("{}", tr_with("csv-no-end", &[("column", (*.column).into())]))]
    NoEnd { column: &'static str },
    #[error("{}", tr_with("csv-unknown-end", &[
        ("column", (*.column).into()),
        ("text", .text.as_str().into()),
    ]))]
    UnknownEnd { column: &'static str, text: String },
    #[error("{}", tr("csv-same-ends"))]
    SameEnds,
}

/// What a cell that holds one line holds (the selector of its message
/// when it holds more).
fn one_line_what(column: &str) -> &'static str {
    match column {
        "Label" => "name",
        "From" | "To" => "end",
        "Type" => "kind",
        _ => "value",
    }
}

impl CsvFile {
    /// The file as a message names it, in the interface's language.
    fn named(self) -> String {
        tr_with("csv-file", &[("file", self.label().into())])
    }
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr_with(
            "csv-rejected",
            &[
                ("file", self.file.named().into()),
                ("line", self.line.into()),
                ("reason", self.reason.to_string().into()),
            ],
        ))
    }
}

/// A problem with a whole file: nothing of it can be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("{}", tr_with("csv-too-large", &[
        ("file", .file.named().into()),
        ("megabytes", .bytes.div_ceil(1024 * 1024).into()),
        ("most", (MAX_CSV_BYTES / (1024 * 1024)).into()),
    ]))]
    TooLarge { file: CsvFile, bytes: usize },
    #[error("{}", tr_with("csv-too-many-rows", &[
        ("file", .file.named().into()),
        ("most", MAX_ROWS.into()),
    ]))]
    TooManyRows { file: CsvFile },
    #[error("{}", tr_with("csv-missing-column", &[
        ("file", .file.named().into()),
        ("column", (*.column).into()),
        ("found", .found.as_str().into()),
    ]))]
    MissingColumn {
        file: CsvFile,
        column: &'static str,
        found: String,
    },
    #[error("{}", tr_with("csv-unreadable", &[
        ("file", .file.named().into()),
        ("message", .message.as_str().into()),
    ]))]
    Unreadable { file: CsvFile, message: String },
}

/// What an import read: the rows it understood, the rows it rejected, and
/// the columns it did not know (kept out, reported).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub stakeholders: Vec<Stakeholder>,
    pub relations: Vec<Relation>,
    pub rejected: Vec<Rejected>,
    pub unknown_columns: Vec<String>,
    /// What was read otherwise than the file wrote it (a strength scaled
    /// from another tool's numbers), for the report.
    pub read_as: Vec<String>,
    /// The stakeholders whose rows give no position (X and Y empty).
    pub unplaced: HashSet<StakeholderId>,
}

impl Imported {
    /// The rows understood, as any import hands them to a map.
    pub fn incoming(&self) -> Incoming<'_> {
        Incoming {
            stakeholders: &self.stakeholders,
            relations: &self.relations,
            unplaced: &self.unplaced,
        }
    }
}

pub use incoming::ImportPlan;

/// Writes a map's stakeholders and relations as two CSV texts, in id order.
pub fn export(map: &Map) -> CsvPair {
    CsvPair {
        stakeholders: text_of(
            StakeholderField::ALL,
            StakeholderField::column,
            map.stakeholders_sorted(),
            |field, s| field.write(s, FlagWords::YesNo),
        ),
        relations: text_of(
            RelationField::ALL,
            RelationField::column,
            map.relations_sorted(),
            |field, r| field.write(r, FlagWords::YesNo),
        ),
    }
}

/// One file: a heading row naming the fields' columns, then a row of
/// each item's fields.
fn text_of<'m, F: Copy, T: 'm, const N: usize>(
    fields: [F; N],
    column: fn(F) -> &'static str,
    items: impl IntoIterator<Item = &'m T>,
    cell: impl Fn(F, &'m T) -> Cow<'m, str>,
) -> String {
    let mut writer = writer();
    write_row(
        &mut writer,
        fields.map(|field| Cow::Borrowed(column(field))),
    );
    for item in items {
        write_row(
            &mut writer,
            fields.map(|field| formula::escape(cell(field, item))),
        );
    }
    finish(writer)
}

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn write_row<'a>(writer: &mut ::csv::Writer<Vec<u8>>, row: impl IntoIterator<Item = Cow<'a, str>>) {
    // Writing to memory cannot fail.
    for cell in row {
        let _ = writer.write_field(cell.as_bytes());
    }
    let _ = writer.write_record(None::<&[u8]>);
}

fn finish(writer: ::csv::Writer<Vec<u8>>) -> String {
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Reads the two files. A whole file that cannot be read is an error; a
/// row that cannot be read is rejected with its line and reason, and the
/// other rows are kept. Relations naming a stakeholder that is not in the
/// stakeholders file (by id or by label) are rejected.
pub fn import(stakeholders: &str, relations: Option<&str>) -> Result<Imported, CsvError> {
    let mut imported = Imported::default();
    let table = Table::<StakeholderField>::read(CsvFile::Stakeholders, stakeholders)?;
    table.require(StakeholderField::Name)?;
    imported
        .unknown_columns
        .extend(table.unknown.iter().cloned());
    let mut lines_of: HashMap<StakeholderId, u64> = HashMap::new();
    for row in &table.rows {
        let read = stakeholder_of(&table, row).and_then(|(mut s, placed)| {
            if s.id.as_str().is_empty() {
                // A row without an id is known by its line until it joins a map.
                s.id = StakeholderId::new(tr_with("csv-row-line", &[("line", row.line.into())]));
            } else if let Some(&first) = lines_of.get(&s.id) {
                return Err(RowProblem::DuplicateId { id: s.id, first });
            }
            lines_of.insert(s.id.clone(), row.line);
            if !placed {
                imported.unplaced.insert(s.id.clone());
            }
            Ok(s)
        });
        match read {
            Ok(s) => imported.stakeholders.push(s),
            Err(reason) => imported.rejected.push(Rejected {
                file: CsvFile::Stakeholders,
                line: row.line,
                reason,
            }),
        }
    }
    if let Some(text) = relations {
        let table = Table::<RelationField>::read(CsvFile::Relations, text)?;
        table.require(RelationField::From)?;
        table.require(RelationField::To)?;
        imported
            .unknown_columns
            .extend(table.unknown.iter().cloned());
        let names = Names::of(&imported.stakeholders);
        let scaled = numbered_strengths(&table);
        let mut values = Vec::new();
        for row in &table.rows {
            match relation_of(&table, row, &names, scaled) {
                Ok(r) => {
                    let value = table.cell(row, RelationField::Strength).ok();
                    if let Some(value) = value.filter(|_| scaled).and_then(strengths::number) {
                        values.push((imported.relations.len(), value));
                    }
                    imported.relations.push(r);
                }
                Err(reason) => imported.rejected.push(Rejected {
                    file: CsvFile::Relations,
                    line: row.line,
                    reason,
                }),
            }
        }
        let column = tr_with(
            "csv-the-column",
            &[("column", RelationField::Strength.column().into())],
        );
        if let Some(said) = strengths::scaled_strengths(&mut imported.relations, &values, &column) {
            imported.read_as.push(said);
        }
    }
    Ok(imported)
}

/// Plans the import of rows into `map` (see [`incoming::plan`]): matched
/// by id or name, one undo step.
pub fn merge_plan(map: &Map, imported: &Imported) -> ImportPlan {
    incoming::plan(map, &imported.incoming())
}

/// A new map of the imported rows, titled `title`.
pub fn to_map(title: &str, imported: &Imported) -> Result<Map, IncomingError> {
    incoming::new_map(title, &imported.incoming())
}

/// Where the relations of a stakeholders CSV file go: `NAME.relations.csv`.
pub fn relations_path(stakeholders: &Path) -> PathBuf {
    let stem = stakeholders
        .file_stem()
        .map_or_else(|| "map".into(), |s| s.to_string_lossy().into_owned());
    stakeholders.with_file_name(format!("{stem}.relations.csv"))
}

/// Reads the stakeholders file and the relations file (given, or else
/// `NAME.relations.csv` beside it when there is one), refusing files over
/// the size limit before reading them and text that is not UTF-8.
pub fn read_files(
    stakeholders: &Path,
    relations: Option<&Path>,
) -> Result<(String, Option<String>), ReadError> {
    let relations = relations.map(Path::to_owned).or_else(|| {
        let beside = relations_path(stakeholders);
        beside.exists().then_some(beside)
    });
    let people = read_file(stakeholders)?;
    let links = relations.as_deref().map(read_file).transpose()?;
    Ok((people, links))
}

fn read_file(path: &Path) -> Result<String, ReadError> {
    incoming::read_text_file(path, "csv-save-as-utf8")
}
