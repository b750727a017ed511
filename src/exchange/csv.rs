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

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::incoming::{self, Incoming};
use crate::model::{
    Confidence, Contribution, Kind, Map, Position, Relation, RelationId, RelationKind, Role,
    SCORE_RANGE, STRENGTH_RANGE, Stakeholder, StakeholderId, Stance,
};

/// The columns of the stakeholders file, in the order they are written.
pub const STAKEHOLDER_COLUMNS: [&str; 16] = [
    "Id",
    "Label",
    "Type",
    "Stance",
    "Power",
    "Interest",
    "Role",
    "Commitment",
    "Contributions",
    "Expertise",
    "Tags",
    "Notes",
    "Confidential notes",
    "X",
    "Y",
    "Pinned",
];

/// The columns of the relations file, in the order they are written.
pub const RELATION_COLUMNS: [&str; 8] = [
    "Id",
    "From",
    "To",
    "Type",
    "Mutual",
    "Strength",
    "Confidence",
    "Note",
];

/// Largest CSV file read, in bytes (as for map files).
pub const MAX_CSV_BYTES: usize = incoming::MAX_IMPORT_BYTES;
/// Most rows read from one file (as many items as a map file may hold).
pub const MAX_ROWS: usize = 50_000;
/// Longest cell read, in bytes (as for a text in a map file).
pub const MAX_CELL_BYTES: usize = 1_000_000;

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
    pub reason: String,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} line {}: {}",
            self.file.label(),
            self.line,
            self.reason
        )
    }
}

/// A problem with a whole file: nothing of it can be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the {} file is {} MB; Powermap reads CSV files of up to {} MB", .file.label(), .bytes.div_ceil(1024 * 1024), MAX_CSV_BYTES / (1024 * 1024))]
    TooLarge { file: CsvFile, bytes: usize },
    #[error("the {} file has more than {MAX_ROWS} rows; Powermap reads up to {MAX_ROWS}", .file.label())]
    TooManyRows { file: CsvFile },
    #[error("the {} file has no “{column}” column (its first line names the columns: {found})", .file.label())]
    MissingColumn {
        file: CsvFile,
        column: &'static str,
        found: String,
    },
    #[error("the {} file cannot be read as CSV: {message}", .file.label())]
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
    let mut people = writer();
    write_row(
        &mut people,
        STAKEHOLDER_COLUMNS.iter().map(|c| (*c).to_owned()),
    );
    for s in map.stakeholders_sorted() {
        write_row(
            &mut people,
            [
                s.id.to_string(),
                s.name.clone(),
                s.kind.label().to_owned(),
                s.stance.label().to_owned(),
                s.power.to_string(),
                s.interest.to_string(),
                s.role.label().to_owned(),
                s.commitment.to_string(),
                join(s.contributions.iter().map(|c| c.label())),
                join(s.expertise.iter().map(String::as_str)),
                join(s.tags.iter().map(String::as_str)),
                s.notes.clone(),
                s.confidential_notes.clone(),
                s.position.x.to_string(),
                s.position.y.to_string(),
                yes_no(s.pinned).to_owned(),
            ],
        );
    }
    let mut links = writer();
    write_row(&mut links, RELATION_COLUMNS.iter().map(|c| (*c).to_owned()));
    for r in map.relations_sorted() {
        write_row(
            &mut links,
            [
                r.id.to_string(),
                r.from.to_string(),
                r.to.to_string(),
                r.kind.label().to_owned(),
                yes_no(r.mutual).to_owned(),
                r.strength.to_string(),
                r.confidence.label().to_owned(),
                r.note.clone(),
            ],
        );
    }
    CsvPair {
        stakeholders: finish(people),
        relations: finish(links),
    }
}

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn write_row(writer: &mut ::csv::Writer<Vec<u8>>, row: impl IntoIterator<Item = String>) {
    // Writing to memory cannot fail.
    let _ = writer.write_record(row.into_iter().collect::<Vec<_>>());
}

fn finish(writer: ::csv::Writer<Vec<u8>>) -> String {
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn join<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values.collect::<Vec<_>>().join("|")
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// Reads the two files. A whole file that cannot be read is an error; a
/// row that cannot be read is rejected with its line and reason, and the
/// other rows are kept. Relations naming a stakeholder that is not in the
/// stakeholders file (by id or by label) are rejected.
pub fn import(stakeholders: &str, relations: Option<&str>) -> Result<Imported, CsvError> {
    let mut imported = Imported::default();
    let table = Table::read(CsvFile::Stakeholders, stakeholders, &STAKEHOLDER_ALIASES)?;
    table.require("Label")?;
    imported
        .unknown_columns
        .extend(table.unknown.iter().cloned());
    let mut lines_of: HashMap<StakeholderId, u64> = HashMap::new();
    for row in &table.rows {
        let read = stakeholder_of(&table, row).and_then(|(mut s, placed)| {
            if s.id.as_str().is_empty() {
                // A row without an id is known by its line until it joins a map.
                s.id = StakeholderId::new(format!("line {}", row.line));
            } else if let Some(first) = lines_of.get(&s.id) {
                return Err(format!("Id “{}” is already used on line {first}", s.id));
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
        let table = Table::read(CsvFile::Relations, text, &RELATION_ALIASES)?;
        table.require("From")?;
        table.require("To")?;
        imported
            .unknown_columns
            .extend(table.unknown.iter().cloned());
        let names = Names::of(&imported.stakeholders);
        for row in &table.rows {
            match relation_of(&table, row, &names) {
                Ok(r) => imported.relations.push(r),
                Err(reason) => imported.rejected.push(Rejected {
                    file: CsvFile::Relations,
                    line: row.line,
                    reason,
                }),
            }
        }
    }
    Ok(imported)
}

/// Column names other tools use for ours, lower case.
const STAKEHOLDER_ALIASES: [(&str, &str); 4] = [
    ("name", "Label"),
    ("kind", "Type"),
    ("confidential", "Confidential notes"),
    ("notes (confidential)", "Confidential notes"),
];
const RELATION_ALIASES: [(&str, &str); 4] = [
    ("source", "From"),
    ("target", "To"),
    ("kind", "Type"),
    ("notes", "Note"),
];

/// One row of a file, with the line it starts on.
struct Row {
    line: u64,
    cells: Vec<String>,
}

/// A file read into rows, with its columns found by name.
struct Table {
    file: CsvFile,
    columns: HashMap<&'static str, usize>,
    headers: Vec<String>,
    unknown: Vec<String>,
    rows: Vec<Row>,
}

impl Table {
    fn read(file: CsvFile, text: &str, aliases: &[(&str, &'static str)]) -> Result<Self, CsvError> {
        if text.len() > MAX_CSV_BYTES {
            return Err(CsvError::TooLarge {
                file,
                bytes: text.len(),
            });
        }
        // Spreadsheets on Windows may start the file with a byte order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let known: &[&'static str] = match file {
            CsvFile::Stakeholders => &STAKEHOLDER_COLUMNS,
            CsvFile::Relations => &RELATION_COLUMNS,
        };
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
            let lower = header.trim().to_lowercase();
            let column = known
                .iter()
                .find(|c| c.to_lowercase() == lower)
                .copied()
                .or_else(|| aliases.iter().find(|(a, _)| *a == lower).map(|(_, c)| *c));
            match column {
                Some(column) => {
                    columns.entry(column).or_insert(index);
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
                    let line = e.position().map_or(0, ::csv::Position::line);
                    rows.push(Row {
                        line,
                        cells: vec![format!("\u{0}{e}")],
                    });
                    continue;
                }
            };
            let line = record.position().map_or(0, ::csv::Position::line);
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            rows.push(Row {
                line,
                cells: record.iter().map(str::to_owned).collect(),
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

    fn require(&self, column: &'static str) -> Result<(), CsvError> {
        if self.columns.contains_key(column) {
            Ok(())
        } else {
            Err(CsvError::MissingColumn {
                file: self.file,
                column,
                found: self.headers.join(", "),
            })
        }
    }

    /// A row's cell in a column, trimmed; empty when the row is short.
    fn cell<'r>(&self, row: &'r Row, column: &str) -> Result<&'r str, String> {
        self.text(row, column).map(str::trim)
    }

    /// A row's cell in a column as written (notes keep their spaces).
    fn text<'r>(&self, row: &'r Row, column: &str) -> Result<&'r str, String> {
        if let Some(problem) = row.cells.first().and_then(|c| c.strip_prefix('\u{0}')) {
            return Err(format!("the row is not valid CSV ({problem})"));
        }
        let value = self
            .columns
            .get(column)
            .and_then(|&i| row.cells.get(i))
            .map_or("", String::as_str);
        if value.len() > MAX_CELL_BYTES {
            return Err(format!(
                "the {column} cell is longer than {} MB",
                MAX_CELL_BYTES / 1_000_000
            ));
        }
        Ok(value)
    }
}

/// A row's stakeholder, and whether the row gives its position.
fn stakeholder_of(table: &Table, row: &Row) -> Result<(Stakeholder, bool), String> {
    let cell = |column: &str| table.cell(row, column);
    let name = cell("Label")?;
    if name.is_empty() {
        return Err("the Label cell is empty: every stakeholder needs a name".to_owned());
    }
    let kind = match cell("Type")? {
        "" => Kind::Other,
        text => choice(text, Kind::ALL, Kind::label, "Type")?,
    };
    let mut s = Stakeholder::new(StakeholderId::new(cell("Id")?), name, kind);
    if !cell("Stance")?.is_empty() {
        s.stance = choice(cell("Stance")?, Stance::ALL, Stance::label, "Stance")?;
    }
    if !cell("Role")?.is_empty() {
        s.role = choice(cell("Role")?, Role::ALL, Role::label, "Role")?;
    }
    s.power = score(cell("Power")?, "Power", s.power)?;
    s.interest = score(cell("Interest")?, "Interest", s.interest)?;
    s.commitment = score(cell("Commitment")?, "Commitment", s.commitment)?;
    for text in split(cell("Contributions")?) {
        let contribution = choice(
            &text,
            Contribution::ALL,
            Contribution::label,
            "Contributions",
        )?;
        if !s.contributions.contains(&contribution) {
            s.contributions.push(contribution);
        }
    }
    s.expertise = split(cell("Expertise")?);
    s.tags = split(cell("Tags")?);
    table.text(row, "Notes")?.clone_into(&mut s.notes);
    table
        .text(row, "Confidential notes")?
        .clone_into(&mut s.confidential_notes);
    let placed = match (cell("X")?, cell("Y")?) {
        ("", "") => false,
        (x, y) => {
            let coordinate = |text: &str, axis: &str| {
                text.parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| format!("{axis} “{text}” is not a number"))
            };
            s.position = Position::new(coordinate(x, "X")?, coordinate(y, "Y")?).normalized();
            true
        }
    };
    s.pinned = flag(cell("Pinned")?, "Pinned")?;
    s.normalize();
    Ok((s, placed))
}

fn relation_of(table: &Table, row: &Row, names: &Names) -> Result<Relation, String> {
    let cell = |column: &str| table.cell(row, column);
    let end = |column: &str| -> Result<StakeholderId, String> {
        let text = cell(column)?;
        if text.is_empty() {
            return Err(format!("the {column} cell is empty"));
        }
        names.find(text).ok_or_else(|| {
            format!("{column} “{text}” is neither the Id nor the Label of a stakeholder in the stakeholders file")
        })
    };
    let (from, to) = (end("From")?, end("To")?);
    if from == to {
        return Err("From and To are the same stakeholder".to_owned());
    }
    let kind = match cell("Type")? {
        "" => RelationKind::Influences,
        text => RelationKind::BUILT_IN
            .iter()
            .find(|k| k.label().eq_ignore_ascii_case(text))
            .cloned()
            .unwrap_or_else(|| RelationKind::Custom(text.to_owned())),
    };
    let mut r = Relation::new(RelationId::new(cell("Id")?), from, to, kind);
    r.mutual = flag(cell("Mutual")?, "Mutual")?;
    r.strength = match cell("Strength")?.to_lowercase().as_str() {
        "" => r.strength,
        "weak" => 1,
        "medium" => 2,
        "strong" => 3,
        text => text
            .parse::<u8>()
            .ok()
            .filter(|v| STRENGTH_RANGE.contains(v))
            .ok_or_else(|| {
                format!("Strength “{text}” is not 1, 2 or 3 (or weak, medium, strong)")
            })?,
    };
    if !cell("Confidence")?.is_empty() {
        r.confidence = choice(
            cell("Confidence")?,
            Confidence::ALL,
            Confidence::label,
            "Confidence",
        )?;
    }
    table.text(row, "Note")?.clone_into(&mut r.note);
    Ok(r)
}

/// One of a closed list of choices, by its label in any case.
fn choice<T: Copy>(
    text: &str,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    column: &str,
) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|v| label(*v).eq_ignore_ascii_case(text))
        .ok_or_else(|| {
            let known: Vec<&str> = all.iter().map(|v| label(*v)).collect();
            format!("{column} “{text}” is not one of: {}", known.join(", "))
        })
}

fn score(text: &str, column: &str, default: u8) -> Result<u8, String> {
    if text.is_empty() {
        return Ok(default);
    }
    text.parse::<u8>()
        .ok()
        .filter(|v| SCORE_RANGE.contains(v))
        .ok_or_else(|| format!("{column} “{text}” is not a whole number from 1 to 5"))
}

fn flag(text: &str, column: &str) -> Result<bool, String> {
    match text.to_lowercase().as_str() {
        "" | "no" | "false" | "0" => Ok(false),
        "yes" | "true" | "1" => Ok(true),
        _ => Err(format!("{column} “{text}” is not yes or no")),
    }
}

fn split(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Finds a stakeholder of the file by id, or else by label ignoring case
/// when only one has it.
struct Names {
    ids: HashSet<StakeholderId>,
    labels: HashMap<String, Option<StakeholderId>>,
}

impl Names {
    fn of(stakeholders: &[Stakeholder]) -> Self {
        let mut labels: HashMap<String, Option<StakeholderId>> = HashMap::new();
        for s in stakeholders {
            labels
                .entry(s.name.to_lowercase())
                .and_modify(|found| *found = None)
                .or_insert_with(|| Some(s.id.clone()));
        }
        Self {
            ids: stakeholders.iter().map(|s| s.id.clone()).collect(),
            labels,
        }
    }

    fn find(&self, text: &str) -> Option<StakeholderId> {
        let id = StakeholderId::new(text);
        if self.ids.contains(&id) {
            return Some(id);
        }
        self.labels.get(&text.to_lowercase()).cloned().flatten()
    }
}

/// Plans the import of rows into `map` (see [`incoming::plan`]): matched
/// by id or name, one undo step.
pub fn merge_plan(map: &Map, imported: &Imported) -> ImportPlan {
    incoming::plan(map, &imported.incoming())
}

/// A new map of the imported rows, titled `title`.
pub fn to_map(title: &str, imported: &Imported) -> Result<Map, String> {
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
) -> Result<(String, Option<String>), String> {
    let relations = relations.map(Path::to_owned).or_else(|| {
        let beside = relations_path(stakeholders);
        beside.exists().then_some(beside)
    });
    let people = read_file(stakeholders)?;
    let links = relations.as_deref().map(read_file).transpose()?;
    Ok((people, links))
}

fn read_file(path: &Path) -> Result<String, String> {
    incoming::read_text_file(path, "save it from the spreadsheet as CSV UTF-8")
}
