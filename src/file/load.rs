//! Opening a map file: bounded in size and cost, UTF-8, read by ron in
//! one pass when it is of this version (else by its header first, to say
//! what it is or to migrate it), then checked against every rule of the
//! format, listing each problem with its line.

use std::io::Read;
use std::path::Path;

use super::format::{CURRENT_VERSION, FORMAT_NAME, FileData, Header, MapData};
use super::item_lines::{ItemLines, field_lines};
use super::migrate::{self, MIGRATIONS, Migration};
use super::{LoadError, MAX_FILE_BYTES, Problem, guard};
use crate::i18n::{tr, tr_with};
use crate::model::{Day, MAX_SERIAL, Map, MapMeta, ModelError};

/// How deeply nested a file may be; a map never needs more than a handful.
const RECURSION_LIMIT: usize = 64;

/// Reads a map file, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn load_file(path: &Path) -> Result<Map, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let bytes_on_disk = file.metadata().map_err(io_error)?.len();
    if bytes_on_disk > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes_on_disk,
        });
    }
    let mut bytes = Vec::new();
    // The file may grow while being read; never read past the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    load_bytes(&bytes)
}

/// Reads a map from a file's bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Map, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|err| LoadError::NotText {
        offset: err.valid_up_to(),
    })?;
    load_str(text)
}

/// Reads a map from the text of a file.
pub fn load_str(text: &str) -> Result<Map, LoadError> {
    load_str_with(text, MIGRATIONS)
}

/// Reads a map, upgrading older versions with the given migrations.
pub fn load_str_with(text: &str, migrations: &[Migration]) -> Result<Map, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len() as u64,
        });
    }
    // Windows editors may start a UTF-8 file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    guard::check(text, &guard::LIMITS)?;
    // A file of this version is read in one pass. A file that does not
    // read as one is read again for its header alone, which costs little.
    let (header, full) = match parse::<FileData>(text) {
        Ok(data) if data.format == FORMAT_NAME && data.version == CURRENT_VERSION => {
            return build_map(data.map, text);
        }
        Ok(data) => {
            let header = Header {
                format: data.format.clone(),
                version: Some(data.version),
            };
            (header, Ok(data))
        }
        Err(err) => match parse::<Header>(&guard::header_text(text)) {
            Ok(header) => (header, Err(err)),
            // A header that cannot be read: the file's own error says where.
            Err(_) => return Err(err),
        },
    };
    match header.format.as_str() {
        FORMAT_NAME => {}
        "" => {
            return Err(LoadError::NotPowermap(tr_with(
                "load-no-header",
                &[("format", FORMAT_NAME.into())],
            )));
        }
        other => {
            return Err(LoadError::NotPowermap(tr_with(
                "load-other-format",
                &[("other", other.into()), ("format", FORMAT_NAME.into())],
            )));
        }
    }
    let Some(version) = header.version else {
        return Err(LoadError::NotPowermap(tr("load-no-version")));
    };
    match version.cmp(&CURRENT_VERSION) {
        std::cmp::Ordering::Greater => Err(LoadError::NewerVersion { found: version }),
        std::cmp::Ordering::Equal => build_map(full?.map, text),
        std::cmp::Ordering::Less => {
            let migration_error = |reason| LoadError::Migration {
                found: version,
                reason,
            };
            let migrated = migrate::migrate(text, version, CURRENT_VERSION, migrations)
                .map_err(migration_error)?;
            // The version field still says the old version; the text is now
            // current. What does not read now is the file's own mistake.
            let data: FileData = parse(&migrated)?;
            build_map(data.map, &migrated)
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|err| guard::explain(text, &err).into())
}

/// Checks every rule of the format and builds the map, or lists every problem.
/// An item as a problem names it: "stakeholder “Union”".
pub(super) fn item_label(noun: &str, name: &str) -> String {
    crate::i18n::tr_with("load-item", &[("noun", noun.into()), ("name", name.into())])
}

/// A problem with an item, naming the item first.
pub(super) fn item_problem(label: &str, problem: &str) -> String {
    crate::i18n::tr_with(
        "load-item-problem",
        &[("item", label.into()), ("problem", problem.into())],
    )
}

fn build_map(data: MapData, text: &str) -> Result<Map, LoadError> {
    let mut map = Map::new(data.title);
    map.meta = MapMeta {
        title: std::mem::take(&mut map.meta.title),
        goal: data.goal,
        theory_of_change: data.theory_of_change,
        conditions: data.conditions,
        notes: data.notes,
    };
    let mut problems = Vec::new();
    let mut lines = ItemLines::new(text);
    if data.next_id > MAX_SERIAL {
        problems.push(Problem {
            line: field_lines(text, "next_id").next().map(|(line, _)| line),
            message: tr_with(
                "load-next-id",
                &[
                    ("next", data.next_id.to_string().into()),
                    ("most", MAX_SERIAL.to_string().into()),
                ],
            ),
        });
    }
    // Each item is inserted as the app inserts it; a refusal is a problem
    // on the line that declares the item.
    let mut insert = |id: String, label: String, inserted: Result<(), ModelError>| {
        let place = lines.declare(&id);
        if let Err(err) = inserted {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: item_problem(&label, &err.to_string()),
            });
        }
    };
    for stakeholder in data.stakeholders {
        let (id, label) = (
            stakeholder.id.to_string(),
            item_label("stakeholder", &stakeholder.name),
        );
        insert(id, label, map.insert_stakeholder(stakeholder));
    }
    for relation in data.relations {
        let id = relation.id.to_string();
        let label = item_label("relation", &id);
        insert(id, label, map.insert_relation(relation));
    }
    for coalition in data.coalitions {
        let (id, label) = (
            coalition.id.to_string(),
            item_label("coalition", &coalition.name),
        );
        insert(id, label, map.insert_coalition(coalition));
    }
    for scene in data.scenes {
        let (id, label) = (scene.id.to_string(), item_label("scene", &scene.title));
        insert(id, label, map.insert_scene(usize::MAX, scene));
    }
    super::load_history::insert_history(
        &mut map,
        data.checkpoints,
        data.observations,
        text,
        Day::today(),
        &mut problems,
    );
    if let Err(err) = map.set_cold_after_days(data.cold_after_days) {
        problems.push(Problem {
            line: field_lines(text, "cold_after_days")
                .next()
                .map(|(line, _)| line),
            message: err.to_string(),
        });
    }
    let mut insert = |id: String, label: String, inserted: Result<(), ModelError>| {
        let place = lines.declare(&id);
        if let Err(err) = inserted {
            problems.push(Problem {
                line: lines.line(&id, place),
                message: item_problem(&label, &err.to_string()),
            });
        }
    };
    for job in data.jobs {
        let (id, label) = (job.id.to_string(), item_label("job", &job.title));
        insert(id, label, map.insert_job(job));
    }
    for ask in data.asks {
        let (id, label) = (ask.id.to_string(), item_label("ask", &ask.id.to_string()));
        insert(id, label, map.insert_ask(ask));
    }
    for contact in data.contacts {
        let (id, label) = (
            contact.id.to_string(),
            item_label("contact", &contact.id.to_string()),
        );
        insert(id, label, map.insert_contact(contact));
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    let serial = map.next_serial().max(data.next_id);
    map.set_next_serial(serial);
    Ok(map)
}
