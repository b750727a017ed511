//! Bringing stakeholders and relations read from another tool's file (a
//! spreadsheet, a GraphML file) into a map: the plan of what an import
//! adds and changes, as one edit, and the reading of the file itself,
//! bounded like the reading of a map file.

use std::collections::{HashMap, HashSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::model::{Map, ModelError, Position, Relation, RelationId, Stakeholder, StakeholderId};

/// The largest file an import reads, in bytes: as for map files.
pub const MAX_IMPORT_BYTES: usize = crate::file::MAX_FILE_BYTES as usize;

/// What a reader understood of a file, ready to go into a map.
#[derive(Clone, Copy, Debug)]
pub struct Incoming<'a> {
    /// Ids as the file gives them; empty or odd ones get new ids.
    pub stakeholders: &'a [Stakeholder],
    /// Ends name stakeholders by their id in the file.
    pub relations: &'a [Relation],
    /// The stakeholders the file gives no position: placed in a block below the map.
    pub unplaced: &'a HashSet<StakeholderId>,
}

/// What importing into an open map will do: one undo step, and the words
/// for the preview.
#[derive(Clone, Debug)]
pub struct ImportPlan {
    pub edit: Edit,
    /// Names of the stakeholders that will be added.
    pub added: Vec<String>,
    /// Names of the stakeholders that will change.
    pub changed: Vec<String>,
    /// How many relations will be added.
    pub relations_added: usize,
    /// How many rows match what the map already has.
    pub unchanged: usize,
}

impl ImportPlan {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.relations_added == 0
    }
}

/// Plans the import of rows into `map`: a row matches a stakeholder of the
/// map by id, or else by name (ignoring case); a match takes the row's
/// fields (keeping its place when the row has none), the others are added
/// with new ids, placed in a block below the map. Relations are added
/// unless the map already joined the same two stakeholders with the same
/// kind before the import. An empty map gives a new map's edit.
pub fn plan(map: &Map, imported: &Incoming<'_>) -> ImportPlan {
    let mut ids = Ids::new(map, imported);
    let by_name: HashMap<String, &Stakeholder> =
        map.stakeholders().map(|s| (name_key(&s.name), s)).collect();
    let (mut added, mut changed, mut unchanged) = (Vec::new(), Vec::new(), 0);
    let mut edits = Vec::new();
    // The map's id of each row, by the row's id in the file.
    let mut mapped: HashMap<StakeholderId, StakeholderId> = HashMap::new();
    let mut matched: HashSet<StakeholderId> = HashSet::new();
    let origin = free_corner(map);
    let mut placed = 0usize;
    for row in imported.stakeholders {
        let existing = map
            .stakeholder(&row.id)
            .or_else(|| by_name.get(&name_key(&row.name)).copied())
            .filter(|s| !matched.contains(&s.id));
        let mut s = row.clone();
        if let Some(old) = existing {
            matched.insert(old.id.clone());
            s.id = old.id.clone();
            if imported.unplaced.contains(&row.id) {
                s.position = old.position;
            }
            if s == *old {
                unchanged += 1;
            } else {
                changed.push(s.name.clone());
                edits.push(Edit::UpdateStakeholder(s.clone()));
            }
        } else {
            if !ids.keep(row.id.as_str()) {
                s.id = StakeholderId::new(ids.fresh(StakeholderId::PREFIX));
            }
            if imported.unplaced.contains(&row.id) {
                s.position = grid_place(origin, placed);
                placed += 1;
            }
            added.push(s.name.clone());
            edits.push(Edit::AddStakeholder(s.clone()));
        }
        mapped.insert(row.id.clone(), s.id);
    }
    let mut relations_added = 0;
    let joined: HashSet<(StakeholderId, StakeholderId, String)> = map
        .relations()
        .map(|r| (r.from.clone(), r.to.clone(), r.kind.label().to_owned()))
        .collect();
    for row in imported.relations {
        let (Some(from), Some(to)) = (mapped.get(&row.from), mapped.get(&row.to)) else {
            continue;
        };
        if joined.contains(&(from.clone(), to.clone(), row.kind.label().to_owned())) {
            unchanged += 1;
            continue;
        }
        let mut r = row.clone();
        if !ids.keep(row.id.as_str()) {
            r.id = RelationId::new(ids.fresh(RelationId::PREFIX));
        }
        r.from = from.clone();
        r.to = to.clone();
        relations_added += 1;
        edits.push(Edit::AddRelation(r));
    }
    ImportPlan {
        edit: Edit::Batch(edits),
        added,
        changed,
        relations_added,
        unchanged,
    }
}

/// How a name is matched: trimmed and in any case, as a name is kept with
/// the spaces it was written with.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The ids an import gives: a file's own id where it can be kept, a new
/// one where not, never the same twice, whatever kind of item has it.
struct Ids<'a> {
    map: &'a Map,
    serial: u64,
    /// Ids this import gives.
    taken: HashSet<String>,
    /// The file's own ids that may be kept: no new id may take them first.
    reserved: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(map: &'a Map, imported: &Incoming<'a>) -> Self {
        let reserved = imported
            .stakeholders
            .iter()
            .map(|s| s.id.as_str())
            .chain(imported.relations.iter().map(|r| r.id.as_str()))
            .filter(|id| is_plain_id(id) && !map.id_taken(id))
            .collect();
        Self {
            map,
            serial: map.next_serial(),
            taken: HashSet::new(),
            reserved,
        }
    }

    /// Whether an item keeps the id the file gives it; if so, it is taken.
    fn keep(&mut self, id: &str) -> bool {
        is_plain_id(id) && !self.map.id_taken(id) && self.taken.insert(id.to_owned())
    }

    /// A new id with this prefix that nothing in the map or the import has.
    fn fresh(&mut self, prefix: &str) -> String {
        loop {
            let id = format!("{prefix}{}", self.serial);
            self.serial = self.serial.saturating_add(1);
            if !self.map.id_taken(&id)
                && !self.reserved.contains(id.as_str())
                && self.taken.insert(id.clone())
            {
                return id;
            }
        }
    }
}

/// Whether a file's id can be kept as the map's id: letters, digits, `-`
/// and `_` (a row without an id is known by its line, "line 7", until then).
fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Why the items read from a file do not make a map (which the readers'
/// checks never let happen).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", tr_with("import-not-a-map", &[("problem", .0.to_string().into())]))]
pub struct IncomingError(#[from] pub ModelError);

/// A new map of the imported items, titled `title`.
pub fn new_map(title: &str, imported: &Incoming<'_>) -> Result<Map, IncomingError> {
    let mut map = Map::new(title);
    let plan = plan(&map, imported);
    plan.edit.apply(&mut map)?;
    Ok(map)
}

/// Where stakeholders without a position go: below the map's drawing.
fn free_corner(map: &Map) -> Position {
    let mut lowest = None::<(f32, f32)>;
    for s in map.stakeholders() {
        let (x, y) = (s.position.x, s.position.y);
        lowest = Some(lowest.map_or((x, y), |(lx, ly)| (lx.min(x), ly.max(y))));
    }
    lowest.map_or(Position::default(), |(x, y)| Position::new(x, y + 200.0))
}

/// The `n`th place of a block of rows of eight, 180 units apart.
fn grid_place(origin: Position, n: usize) -> Position {
    const PER_ROW: usize = 8;
    const STEP: f32 = 180.0;
    Position::new(
        origin.x + (n % PER_ROW) as f32 * STEP,
        origin.y + (n / PER_ROW) as f32 * STEP,
    )
}

/// The title of a map made from a file: the file's name without its extension.
pub fn title_of(path: &Path) -> String {
    path.file_stem().map_or_else(
        || tr("import-untitled"),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Why a file to import cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", tr_with("import-too-large", &[
        ("path", .path.display().to_string().into()),
        ("megabytes", (MAX_IMPORT_BYTES / (1024 * 1024)).into()),
    ]))]
    TooLarge { path: PathBuf },
    #[error("{}", tr_with("import-unreadable", &[
        ("path", .path.display().to_string().into()),
        ("problem", .error.to_string().into()),
    ]))]
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}", tr_with("import-not-utf8", &[
        ("path", .path.display().to_string().into()),
        ("byte", (*.byte).into()),
        ("advice", tr(.advice).into()),
    ]))]
    NotUtf8 {
        path: PathBuf,
        byte: usize,
        /// The id of the words that say what the user can do about it.
        advice: &'static str,
    },
}

/// Reads a text file for an import, refusing one over
/// [`MAX_IMPORT_BYTES`] before reading it (and never reading past the cap
/// if it grows meanwhile), and text that is not UTF-8; `not_utf8_advice`
/// is the id of the words that tell the user what to do then.
pub fn read_text_file(path: &Path, not_utf8_advice: &'static str) -> Result<String, ReadError> {
    let too_large = || ReadError::TooLarge {
        path: path.to_owned(),
    };
    let cannot_read = |error| ReadError::Unreadable {
        path: path.to_owned(),
        error,
    };
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    if file
        .metadata()
        .is_ok_and(|m| m.len() > MAX_IMPORT_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        path: path.to_owned(),
        byte: e.utf8_error().valid_up_to(),
        advice: not_utf8_advice,
    })
}
