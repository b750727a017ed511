//! Opening a map file: bounded in size and cost, UTF-8, read by ron in
//! one go when it is of this version (its longest lists each on a core of
//! its own; else by its header first, to say what it is or to migrate it),
//! then checked against every rule of the format, listing each problem
//! with its line.

use std::io::Read;
use std::ops::Range;
use std::path::Path;

use super::format::{CURRENT_VERSION, FORMAT_NAME, FileData, Header, MapData};
use super::item_lines::{ItemLines, field_lines};
use super::migrate::{self, MIGRATIONS, Migration};
use super::{LoadError, MAX_FILE_BYTES, Problem, guard};
use crate::i18n::{speaking, tr, tr_with};
use crate::model::{Day, MAX_SERIAL, Map, MapMeta, ModelError, Observation, Relation, Stakeholder};

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
    let lists = guard::check_and_find(text, &guard::LIMITS, PART_BYTES)?;
    // A file of this version is read in one pass. A file that does not
    // read as one is read again for its header alone, which costs little.
    let (header, full) = match parse_file(text, &lists) {
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
    parse_plainly(text).map_err(|err| guard::explain(text, &err).into())
}

fn parse_plainly<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ron::de::SpannedError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
}

/// How long a part of one of the map's long lists is, in bytes: each part
/// is read on a core of its own. About 2,000 observations or 250
/// stakeholders; a list shorter than that is one part.
const PART_BYTES: usize = 256 * 1024;

/// Reads a whole file as [`parse`] does, its longest lists (`lists`, found
/// by the guard) cut into parts, each part on a core of its own beside the
/// rest of the file. When any part does not read, the whole is read again
/// in one pass, so a refusal is the one a file read in one pass gets, with
/// its line.
fn parse_file(text: &str, lists: &guard::MapLists) -> Result<FileData, LoadError> {
    parse_in_parts(text, lists).map_or_else(|| parse(text), Ok)
}

/// A list cut out of a file, read in its parts (an empty one when not cut
/// out).
fn read_list<T: serde::de::DeserializeOwned + Send>(
    text: &str,
    list: Option<&guard::List>,
) -> Option<Vec<T>> {
    use rayon::prelude::*;
    let Some(list) = list else {
        return Some(Vec::new());
    };
    let parts: Vec<Range<usize>> = list.parts().collect();
    let read: Vec<Option<Vec<T>>> = parts
        .into_par_iter()
        .map(|part| {
            let part = &text[part];
            let mut bracketed = String::with_capacity(part.len() + 3);
            bracketed.push('[');
            bracketed.push_str(part);
            bracketed.push_str("\n]");
            parse_plainly(&bracketed).ok()
        })
        .collect();
    let mut items = Vec::with_capacity(read.iter().flatten().map(Vec::len).sum());
    for part in read {
        items.extend(part?);
    }
    Some(items)
}

fn parse_in_parts(text: &str, lists: &guard::MapLists) -> Option<FileData> {
    let mut spans: Vec<&Range<usize>> =
        [&lists.stakeholders, &lists.relations, &lists.observations]
            .into_iter()
            .flatten()
            .map(|list| &list.span)
            .collect();
    if spans.is_empty() {
        return None;
    }
    spans.sort_by_key(|span| span.start);
    // The rest of the file, each of these lists left empty: `[]`.
    let mut rest =
        String::with_capacity(text.len() - spans.iter().map(|s| s.len()).sum::<usize>() + 8);
    let mut from = 0;
    for span in spans {
        rest.push_str(&text[from..=span.start]);
        from = span.end - 1;
    }
    rest.push_str(&text[from..]);
    let (data, (stakeholders, (relations, observations))) = rayon::join(
        || parse_plainly::<FileData>(&rest).ok(),
        || {
            rayon::join(
                || read_list::<Stakeholder>(text, lists.stakeholders.as_ref()),
                || {
                    rayon::join(
                        || read_list::<Relation>(text, lists.relations.as_ref()),
                        || read_list::<Observation>(text, lists.observations.as_ref()),
                    )
                },
            )
        },
    );
    let mut data = data?;
    let map = &mut data.map;
    // A list not cut out was read with the rest.
    if lists.stakeholders.is_some() {
        map.stakeholders = stakeholders?;
    }
    if lists.relations.is_some() {
        map.relations = relations?;
    }
    if lists.observations.is_some() {
        map.observations = observations?;
    }
    Some(data)
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

/// Adds an item's refusal (if it was refused) to the problems, on its line
/// and naming it: the label is made only then, as a valid file never needs
/// one.
fn refuse_item(
    map: &Map,
    lines: &mut ItemLines<'_>,
    problems: &mut Vec<Problem>,
    id: &str,
    label: &dyn Fn() -> String,
    inserted: Result<(), ModelError>,
) {
    if let Err(err) = inserted {
        let place = lines.refused(id, map.id_taken(id));
        problems.push(Problem {
            line: lines.line(id, place),
            message: item_problem(&label(), &err.to_string()),
        });
    }
}

fn build_map(mut data: MapData, text: &str) -> Result<Map, LoadError> {
    // The observations are checked against one another on a core of their
    // own while the rest of the map is built, then against the map; both
    // word their problems in this thread's language.
    let today = Day::today();
    let observations = std::mem::take(&mut data.observations);
    let (built, observations) = rayon::join(
        speaking(|| build_items(data, text)),
        speaking(|| super::load_history::precheck(observations, today)),
    );
    let Built {
        mut map,
        mut problems,
        mut lines,
        rest,
    } = built;
    super::load_history::insert_history(
        &mut map,
        rest.checkpoints,
        observations,
        text,
        today,
        &mut problems,
    );
    if let Err(err) = map.set_cold_after_days(rest.cold_after_days) {
        problems.push(Problem {
            line: field_lines(text, "cold_after_days")
                .next()
                .map(|(line, _)| line),
            message: err.to_string(),
        });
    }
    let mut insert = |map: &Map, id: &str, label: &dyn Fn() -> String, inserted| {
        refuse_item(map, &mut lines, &mut problems, id, label, inserted);
    };
    for job in rest.jobs {
        let (id, title) = (job.id.0.clone(), job.title.clone());
        let inserted = map.insert_job(job);
        insert(&map, &id, &|| item_label("job", &title), inserted);
    }
    for ask in rest.asks {
        let id = ask.id.0.clone();
        let inserted = map.insert_ask(ask);
        insert(&map, &id, &|| item_label("ask", &id), inserted);
    }
    for contact in rest.contacts {
        let id = contact.id.0.clone();
        let inserted = map.insert_contact(contact);
        insert(&map, &id, &|| item_label("contact", &id), inserted);
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    let serial = map.next_serial().max(rest.next_id);
    map.set_next_serial(serial);
    Ok(map)
}

/// The map with its stakeholders, relations, coalitions and scenes, the
/// problems found with them, and what is inserted after the history.
struct Built<'a> {
    map: Map,
    problems: Vec<Problem>,
    lines: ItemLines<'a>,
    rest: MapData,
}

fn build_items(mut data: MapData, text: &str) -> Built<'_> {
    let mut map = Map::new(std::mem::take(&mut data.title));
    map.meta = MapMeta {
        title: std::mem::take(&mut map.meta.title),
        goal: std::mem::take(&mut data.goal),
        theory_of_change: std::mem::take(&mut data.theory_of_change),
        conditions: std::mem::take(&mut data.conditions),
        notes: std::mem::take(&mut data.notes),
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
    let mut insert = |map: &Map, id: &str, label: &dyn Fn() -> String, inserted| {
        refuse_item(map, &mut lines, &mut problems, id, label, inserted);
    };
    for stakeholder in std::mem::take(&mut data.stakeholders) {
        let (id, name) = (stakeholder.id.0.clone(), stakeholder.name.clone());
        let inserted = map.insert_stakeholder(stakeholder);
        insert(&map, &id, &|| item_label("stakeholder", &name), inserted);
    }
    for relation in std::mem::take(&mut data.relations) {
        let id = relation.id.0.clone();
        let inserted = map.insert_relation(relation);
        insert(&map, &id, &|| item_label("relation", &id), inserted);
    }
    for coalition in std::mem::take(&mut data.coalitions) {
        let (id, name) = (coalition.id.0.clone(), coalition.name.clone());
        let inserted = map.insert_coalition(coalition);
        insert(&map, &id, &|| item_label("coalition", &name), inserted);
    }
    for scene in std::mem::take(&mut data.scenes) {
        let (id, title) = (scene.id.0.clone(), scene.title.clone());
        let inserted = map.insert_scene(usize::MAX, scene);
        insert(&map, &id, &|| item_label("scene", &title), inserted);
    }
    Built {
        map,
        problems,
        lines,
        rest: data,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;

    #[test]
    fn a_file_read_in_parts_is_the_file_read_whole() {
        for example in crate::examples::EXAMPLES {
            let text = example.text;
            let whole: FileData = parse(text).expect("reads whole");
            let whole = build_map(whole.map, text).expect("a valid map");
            assert!(whole.timeline().observation_count() >= 10, "a history");
            // Every item a part of its own, a few items a part, each list
            // one part.
            for part_bytes in [0, 300, 2_000, PART_BYTES] {
                let lists = guard::check_and_find(text, &guard::LIMITS, part_bytes)
                    .expect("within the limits");
                let cut = |list: &Option<guard::List>| list.as_ref().map_or(0, |l| l.cuts.len());
                assert!(
                    lists.stakeholders.is_some()
                        && lists.relations.is_some()
                        && lists.observations.is_some(),
                    "{}: {lists:?}",
                    example.file_name
                );
                if part_bytes <= 300 {
                    assert!(
                        cut(&lists.stakeholders) > 3
                            && cut(&lists.relations) > 3
                            && cut(&lists.observations) > 3,
                        "{}: cut into parts",
                        example.file_name
                    );
                }
                let parts = parse_in_parts(text, &lists).expect("reads in parts");
                assert_eq!(
                    build_map(parts.map, text).expect("a valid map"),
                    whole,
                    "{}, parts of {part_bytes} bytes",
                    example.file_name
                );
            }
        }
    }

    #[test]
    fn a_repeated_id_is_reported_on_the_line_that_repeats_it() {
        let stakeholder = |name: &str, power: u8| {
            format!(
                "(id: \"s1\", name: \"{name}\", kind: Organization, stance: Neutral, power: {power}, interest: 3, role: External, commitment: 3, position: (x: 0.0, y: 0.0)),\n"
            )
        };
        // Refused (its power), kept, then refused (its id is taken).
        let text = format!(
            "(format: \"powermap\", version: 4, map: (title: \"T\", stakeholders: [\n{}{}{}]))",
            stakeholder("Église évangélique de Bangui", 9),
            stakeholder("منتدى وكالات الإغاثة", 3),
            stakeholder("联合国难民理事会", 3),
        );
        match load_str(&text) {
            Err(LoadError::Invalid(problems)) => {
                let lines: Vec<_> = problems.iter().map(|problem| problem.line).collect();
                assert_eq!(lines, [Some(2), Some(4)], "{problems:?}");
                assert!(
                    problems[1].message.contains("联合国难民理事会"),
                    "{problems:?}"
                );
            }
            other => panic!("expected two problems, got {other:?}"),
        }
    }

    #[test]
    fn problems_found_on_other_cores_are_worded_in_the_language_of_the_reader() {
        let example = crate::examples::EXAMPLES[0].text;
        let first = |list: &str| {
            let start = example.find(list).expect("the list") + list.len();
            let end = start + example[start..].find('\n').expect("a line") + 1;
            &example[start..end]
        };
        let (stakeholder, observation) = (first("stakeholders: [\n"), first("observations: [\n"));
        let text = example
            .replacen(stakeholder, &format!("{stakeholder}{stakeholder}"), 1)
            .replacen(observation, &format!("{observation}{observation}"), 1);
        let worded = std::thread::spawn(move || {
            crate::i18n::set_language(crate::i18n::Language::French);
            load_str(&text).expect_err("refused").to_string()
        })
        .join()
        .expect("read");
        assert!(
            worded.contains("un élément de cette carte a déjà l'identifiant")
                && worded.contains("est enregistré deux fois"),
            "{worded}"
        );
    }

    /// `text`, broken at byte `at` inside a list the guard cuts out
    /// (`cut_out`), does not read in parts, and the file read whole is
    /// refused on the line of the break.
    fn assert_refused_whole_on_its_line(
        text: &str,
        at: usize,
        cut_out: impl Fn(&guard::MapLists) -> bool,
    ) {
        let lists = guard::check_and_find(text, &guard::LIMITS, 0).expect("within the limits");
        assert!(cut_out(&lists));
        assert!(parse_in_parts(text, &lists).is_none());
        let line = text[..at].lines().count();
        match load_str(text) {
            Err(LoadError::Syntax { line: said, .. }) => assert_eq!(said, line),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn a_list_with_two_commas_in_a_row_does_not_read_in_parts() {
        let example = crate::examples::EXAMPLES[0].text;
        let observations = example.find("observations: [").expect("observations");
        let at = observations + example[observations..].find("),\n").expect("an item") + 2;
        let text = format!("{},{}", &example[..at], &example[at..]);
        assert_refused_whole_on_its_line(&text, at, |lists| lists.observations.is_some());
    }

    #[test]
    fn a_part_that_does_not_read_has_the_file_read_whole_for_its_line() {
        let example = crate::examples::EXAMPLES[0].text;
        let relations = example.find("relations: [").expect("relations");
        let at = relations + example[relations..].find("strength: ").expect("a strength");
        let text = format!("{}strength: ,{}", &example[..at], &example[at + 10..]);
        assert_refused_whole_on_its_line(&text, at, |lists| lists.relations.is_some());
    }
}
