//! Map files: whatever is saved opens again as the same map, the text is
//! stable enough to diff and merge, and any file from anyone gives either
//! the whole map or a message that names the problem and where it is.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::Edit;
use powermap::file::{self, LoadError, MAX_FILE_BYTES, Migration, MigrationError};
use powermap::model::{
    Coalition, CoalitionId, Kind, Map, MemberRole, Position, Relation, RelationId, RelationKind,
    Rgb, Stakeholder, StakeholderId,
};
use proptest::prelude::*;

fn canonical(map: &Map) -> String {
    file::to_ron_string(map).unwrap()
}

fn sid(id: &str) -> StakeholderId {
    StakeholderId::new(id)
}

/// How many lines differ between two texts, counting from the first
/// difference to the last: a one-line change gives 1.
fn changed_lines(a: &str, b: &str) -> usize {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let same_start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let same_end = a[same_start..]
        .iter()
        .rev()
        .zip(b[same_start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (a.len() - same_start - same_end).max(b.len() - same_start - same_end)
}

#[test]
fn a_saved_map_opens_again_as_the_same_map() {
    let map = common::sample_map();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    file::save_file(&map, &path).unwrap();
    let reopened = file::load_file(&path).unwrap();
    assert_eq!(reopened, map);
    assert_eq!(reopened.next_serial(), map.next_serial());
}

#[test]
fn saving_a_reopened_map_writes_the_same_bytes() {
    let map = common::sample_map();
    let folder = tempfile::tempdir().unwrap();
    let (first, second) = (folder.path().join("a.ron"), folder.path().join("b.ron"));
    file::save_file(&map, &first).unwrap();
    file::save_file(&file::load_file(&first).unwrap(), &second).unwrap();
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
}

#[test]
fn saving_the_same_map_twice_writes_the_same_bytes() {
    let map = common::sample_map();
    assert_eq!(canonical(&map), canonical(&map.clone()));
    // Built in another order, with lists in another order: still the same text.
    let mut other = Map::new(map.title());
    let mut edits: Vec<Edit> = map
        .stakeholders_sorted()
        .into_iter()
        .rev()
        .map(|s| {
            let mut s = s.clone();
            s.tags.reverse();
            Edit::AddStakeholder(s)
        })
        .collect();
    edits.extend(
        map.relations_sorted()
            .into_iter()
            .rev()
            .map(|r| Edit::AddRelation(r.clone())),
    );
    edits.extend(map.coalitions().map(|c| {
        let mut c = c.clone();
        c.members.reverse();
        Edit::AddCoalition(c)
    }));
    Edit::Batch(edits).apply(&mut other).unwrap();
    assert_eq!(canonical(&other), canonical(&map));
}

#[test]
fn saving_overwrites_the_old_file_and_leaves_only_its_backup_behind() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    std::fs::write(&path, "an older version of the map").unwrap();
    let map = common::sample_map();
    file::save_file(&map, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical(&map));
    let mut entries: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(
        entries,
        ["map.ron", "map.ron.bak"],
        "no temporary file is left in the folder"
    );
    assert_eq!(
        std::fs::read_to_string(folder.path().join("map.ron.bak")).unwrap(),
        "an older version of the map"
    );
}

#[test]
fn saving_into_a_missing_folder_says_so_and_names_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("missing").join("map.ron");
    let err = file::save_file(&common::sample_map(), &path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("map.ron"), "{message}");
    assert!(message.contains("not changed"), "{message}");
}

#[test]
fn items_are_listed_in_id_order_with_s2_before_s10() {
    let mut map = Map::new("Order");
    let mut edits = Vec::new();
    for id in ["s10", "s2", "s1", "ministry"] {
        edits.push(Edit::AddStakeholder(Stakeholder::new(
            sid(id),
            format!("Name of {id}"),
            Kind::Other,
        )));
    }
    for (id, from, to) in [("r11", "s1", "s2"), ("r3", "s2", "s10")] {
        edits.push(Edit::AddRelation(Relation::new(
            RelationId::new(id),
            sid(from),
            sid(to),
            RelationKind::Funds,
        )));
    }
    for id in ["c20", "c4"] {
        edits.push(Edit::AddCoalition(Coalition::new(CoalitionId::new(id), id)));
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    let text = canonical(&map);
    let place = |needle: &str| {
        text.find(&format!("id: \"{needle}\""))
            .unwrap_or_else(|| panic!("{needle} not in {text}"))
    };
    assert!(place("ministry") < place("s1"));
    assert!(place("s1") < place("s2"));
    assert!(place("s2") < place("s10"));
    assert!(place("r3") < place("r11"));
    assert!(place("c4") < place("c20"));
}

#[test]
fn changing_one_field_changes_one_line() {
    let map = common::sample_map();
    let mut power = map.stakeholder(&sid("s2")).unwrap().clone();
    power.power = 1;
    let mut name = map.stakeholder(&sid("s1")).unwrap().clone();
    name.name = "Ministry of Foreign Affairs".to_owned();
    let mut notes = map.stakeholder(&sid("s3")).unwrap().clone();
    notes.notes = "Founded in 1901\nby dockers".to_owned();
    let mut pinned = map.stakeholder(&sid("s3")).unwrap().clone();
    pinned.pinned = true;
    let mut strength = map.relation(&RelationId::new("r4")).unwrap().clone();
    strength.strength = 3;
    let mut mutual = map.relation(&RelationId::new("r4")).unwrap().clone();
    mutual.mutual = true;
    let mut colour = map.coalition(&CoalitionId::new("c6")).unwrap().clone();
    colour.colour = Rgb([1, 2, 3]);
    let mut role = map.coalition(&CoalitionId::new("c6")).unwrap().clone();
    role.members[1].role = MemberRole::Lead;
    let mut meta = map.meta().clone();
    meta.goal = "Civilians are protected".to_owned();
    let cases = [
        ("power", Edit::UpdateStakeholder(power)),
        ("name", Edit::UpdateStakeholder(name)),
        ("notes with a newline", Edit::UpdateStakeholder(notes)),
        ("pinned", Edit::UpdateStakeholder(pinned)),
        (
            "position",
            Edit::Move(vec![(sid("s10"), Position::new(12.5, 3.0))]),
        ),
        ("strength", Edit::UpdateRelation(strength)),
        ("mutual", Edit::UpdateRelation(mutual)),
        ("colour", Edit::UpdateCoalition(colour)),
        ("member role", Edit::UpdateCoalition(role)),
        ("goal", Edit::SetMeta(meta)),
    ];
    let before = canonical(&map);
    for (what, edit) in cases {
        let mut changed = map.clone();
        edit.apply(&mut changed).unwrap();
        let after = canonical(&changed);
        assert_eq!(changed_lines(&before, &after), 1, "{what}:\n{after}");
    }
}

#[test]
fn minus_zero_is_saved_as_zero_so_equal_maps_save_the_same() {
    let text = file_with(
        &[r#"(id: "s1", name: "Origin", kind: Other, position: (x: -0.0, y: 0.0))"#],
        &[],
        &[],
    );
    let map = file::load_str(&text).unwrap();
    let mut at_zero = Map::new("Rules");
    Edit::AddStakeholder(Stakeholder::new(sid("s1"), "Origin", Kind::Other))
        .apply(&mut at_zero)
        .unwrap();
    assert_eq!(map, at_zero);
    assert_eq!(canonical(&map), canonical(&at_zero));
}

#[test]
fn fields_this_version_does_not_know_are_ignored() {
    let text = r#"(
    format: "powermap",
    version: 1,
    written_by: "Powermap 9.0",
    map: (
        title: "Unknown fields",
        zoom: 2.5,
        layout: (kind: Grid, cells: [1, 2, (deep: [Some("x")])]),
        stakeholders: [
            (id: "s1", name: "Ministry", kind: Target, avatar: "ministry.png"),
            (id: "s2", name: "Union", kind: Organization, sentiment: -0.5),
        ],
        relations: [
            (id: "r3", from: "s2", to: "s1", kind: Influences, weight: 7, evidence: [])
        ],
        coalitions: [
            (id: "c4", name: "Evidence", icon: Some("flask"), members: [(stakeholder: "s2", since: 2019)]),
        ],
    ),
)"#;
    let map = file::load_str(text).unwrap();
    assert_eq!(map.stakeholder_count(), 2);
    assert_eq!(map.relation_count(), 1);
    let evidence = map.coalition(&CoalitionId::new("c4")).unwrap();
    assert!(evidence.member(&sid("s2")).is_some());
    assert!(!canonical(&map).contains("avatar"));
}

#[test]
fn a_file_without_the_optional_fields_opens_with_the_defaults() {
    let text = r#"(format: "powermap", version: 1, map: (title: "Minimal",
        stakeholders: [(id: "s1", name: "Ministry", kind: Target), (id: "s2", name: "Union", kind: Organization)],
        relations: [(id: "r3", from: "s2", to: "s1", kind: Funds)],
        coalitions: [(id: "c4", name: "Evidence", members: [(stakeholder: "s2")])],
    ))"#;
    let map = file::load_str(text).unwrap();
    let ministry = map.stakeholder(&sid("s1")).unwrap();
    assert_eq!(
        ministry,
        &Stakeholder::new(sid("s1"), "Ministry", Kind::Target)
    );
    let funds = map.relation(&RelationId::new("r3")).unwrap();
    assert_eq!(
        funds,
        &Relation::new(
            RelationId::new("r3"),
            sid("s2"),
            sid("s1"),
            RelationKind::Funds
        )
    );
    let evidence = map.coalition(&CoalitionId::new("c4")).unwrap();
    assert_eq!(
        evidence.colour,
        Coalition::new(CoalitionId::new("c4"), "x").colour
    );
    assert_eq!(
        evidence.member(&sid("s2")).unwrap().role,
        MemberRole::Member
    );
    assert_eq!(map.meta().goal, "");
    // No next_id: the counter starts after the highest id in the file.
    assert_eq!(map.next_serial(), 5);
    assert_eq!(map.id_allocator().stakeholder().as_str(), "s5");

    let bare = file::load_str(r#"(format: "powermap", version: 1, map: (title: "Bare"))"#).unwrap();
    assert_eq!(bare, Map::new("Bare"));
}

/// A valid file whose items are given as text, one item per line.
fn file_with(stakeholders: &[&str], relations: &[&str], coalitions: &[&str]) -> String {
    let list = |items: &[&str]| {
        items
            .iter()
            .map(|item| format!("        {item},\n"))
            .collect::<Vec<_>>()
            .concat()
    };
    format!(
        "(\n    format: \"powermap\",\n    version: 1,\n    map: (\n        title: \"Rules\",\n        \
         stakeholders: [\n{}        ],\n        relations: [\n{}        ],\n        coalitions: [\n{}        ],\n    ),\n)\n",
        list(stakeholders),
        list(relations),
        list(coalitions)
    )
}

const MINISTRY: &str = r#"(id: "s1", name: "Ministry", kind: Target)"#;
const UNION: &str = r#"(id: "s2", name: "Union", kind: Organization)"#;

/// Loads a file that breaks one rule on the line marked `/* here */`, and
/// checks the message names that line and every given word.
fn assert_refused(what: &str, text: &str, words: &[&str]) {
    let line = text
        .lines()
        .position(|l| l.contains("/* here */"))
        .map(|i| i + 1);
    let message = match file::load_str(text) {
        Ok(_) => panic!("{what}: accepted\n{text}"),
        Err(err) => err.to_string(),
    };
    if let Some(line) = line {
        assert!(
            message.contains(&format!("line {line}:"))
                || message.starts_with(&format!("line {line}, column ")),
            "{what}: the message does not name line {line}: {message}"
        );
    }
    for word in words {
        assert!(
            message.contains(word),
            "{what}: the message does not say “{word}”: {message}"
        );
    }
}

#[test]
fn every_rule_of_the_format_is_enforced_with_the_item_and_line() {
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "relation to a missing stakeholder",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s2", to: "s9", kind: Funds)"#],
                &[],
            ),
            vec!["r3", "s9"],
        ),
        (
            "relation from a missing stakeholder",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s9", to: "s1", kind: Funds)"#],
                &[],
            ),
            vec!["r3", "s9"],
        ),
        (
            "two stakeholders with one id",
            file_with(
                &[
                    MINISTRY,
                    UNION,
                    r#"/* here */ (id: "s1", name: "Council", kind: Target)"#,
                ],
                &[],
                &[],
            ),
            vec!["Council", "s1"],
        ),
        (
            "a relation with a stakeholder's id",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "s2", from: "s2", to: "s1", kind: Funds)"#],
                &[],
            ),
            vec!["s2", "already"],
        ),
        (
            "two coalitions with one id",
            file_with(
                &[MINISTRY],
                &[],
                &[
                    r#"(id: "c4", name: "Evidence")"#,
                    r#"/* here */ (id: "c4", name: "Lawyers")"#,
                ],
            ),
            vec!["Lawyers", "c4"],
        ),
        (
            "an empty id",
            file_with(
                &[
                    MINISTRY,
                    r#"/* here */ (id: "", name: "Nameless", kind: Other)"#,
                ],
                &[],
                &[],
            ),
            vec!["Nameless", "empty"],
        ),
        (
            "a relation to itself",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s2", to: "s2", kind: Opposes)"#],
                &[],
            ),
            vec!["r3", "itself"],
        ),
        (
            "a position that is not a number",
            file_with(
                &[
                    MINISTRY,
                    r#"/* here */ (id: "s2", name: "Union", kind: Other, position: (x: NaN, y: 1.0))"#,
                ],
                &[],
                &[],
            ),
            vec!["Union", "finite"],
        ),
        (
            "an infinite position",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Far", kind: Other, position: (x: 0.0, y: inf))"#],
                &[],
                &[],
            ),
            vec!["Far", "finite"],
        ),
        (
            "a position at minus infinity",
            file_with(
                &[
                    r#"/* here */ (id: "s1", name: "Far", kind: Other, position: (x: -inf, y: 0.0))"#,
                ],
                &[],
                &[],
            ),
            vec!["Far", "finite"],
        ),
        (
            "power 0",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Weak", kind: Other, power: 0)"#],
                &[],
                &[],
            ),
            vec!["Weak", "power", "0", "1 to 5"],
        ),
        (
            "power 6",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Mighty", kind: Other, power: 6)"#],
                &[],
                &[],
            ),
            vec!["Mighty", "power", "6"],
        ),
        (
            "interest 0",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Bored", kind: Other, interest: 0)"#],
                &[],
                &[],
            ),
            vec!["Bored", "interest"],
        ),
        (
            "interest 6",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Keen", kind: Other, interest: 6)"#],
                &[],
                &[],
            ),
            vec!["Keen", "interest"],
        ),
        (
            "commitment 0",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Fickle", kind: Other, commitment: 0)"#],
                &[],
                &[],
            ),
            vec!["Fickle", "commitment"],
        ),
        (
            "commitment 6",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Zealous", kind: Other, commitment: 6)"#],
                &[],
                &[],
            ),
            vec!["Zealous", "commitment"],
        ),
        (
            "strength 0",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s2", to: "s1", kind: Funds, strength: 0)"#],
                &[],
            ),
            vec!["r3", "strength", "1 to 3"],
        ),
        (
            "strength 4",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s2", to: "s1", kind: Funds, strength: 4)"#],
                &[],
            ),
            vec!["r3", "strength", "4"],
        ),
        (
            "a custom relation kind without a name",
            file_with(
                &[MINISTRY, UNION],
                &[r#"/* here */ (id: "r3", from: "s2", to: "s1", kind: Custom(" "))"#],
                &[],
            ),
            vec!["r3", "custom"],
        ),
        (
            "a coalition member who is not on the map",
            file_with(
                &[MINISTRY],
                &[],
                &[r#"/* here */ (id: "c4", name: "Evidence", members: [(stakeholder: "s9")])"#],
            ),
            vec!["Evidence", "s9"],
        ),
        (
            "a member listed twice",
            file_with(
                &[MINISTRY],
                &[],
                &[
                    r#"/* here */ (id: "c4", name: "Evidence", members: [(stakeholder: "s1"), (stakeholder: "s1", role: Lead)])"#,
                ],
            ),
            vec!["Evidence", "s1", "twice"],
        ),
        (
            "a colour that is not a colour",
            file_with(
                &[MINISTRY],
                &[],
                &[r#"/* here */ (id: "c4", name: "Evidence", colour: "blue")"#],
            ),
            vec!["blue", "#rrggbb"],
        ),
        (
            "a colour with signs in it",
            file_with(
                &[MINISTRY],
                &[],
                &[r##"/* here */ (id: "c4", name: "Evidence", colour: "#+1+2+3")"##],
            ),
            vec!["#+1+2+3", "#rrggbb"],
        ),
        (
            "a stakeholder kind that does not exist",
            file_with(
                &[r#"/* here */ (id: "s1", name: "Ministry", kind: Alien)"#],
                &[],
                &[],
            ),
            vec!["Alien"],
        ),
        (
            "a stakeholder without a name",
            file_with(&[r#"/* here */ (id: "s1", kind: Target)"#], &[], &[]),
            vec!["name"],
        ),
    ];
    for (what, text, words) in cases {
        assert_refused(what, &text, &words);
    }
}

#[test]
fn every_problem_of_a_file_is_listed_at_once() {
    let stakeholders: Vec<String> = (1..=12)
        .map(|i| format!(r#"(id: "s{i}", name: "Member {i}", kind: Other, power: 9)"#))
        .collect();
    let stakeholders: Vec<&str> = stakeholders.iter().map(String::as_str).collect();
    let text = file_with(&stakeholders, &[], &[]);
    let Err(LoadError::Invalid(problems)) = file::load_str(&text) else {
        panic!("accepted");
    };
    assert_eq!(problems.len(), 12);
    assert_eq!(problems[0].line, Some(7));
    let message = LoadError::Invalid(problems).to_string();
    assert!(message.starts_with("the map has 12 problems"), "{message}");
    assert!(message.ends_with("and 2 more"), "{message}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let too_big = vec![b' '; MAX_FILE_BYTES as usize + 1];
    let err = file::load_bytes(&too_big).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("MB"), "{err}");

    // On disk too, without reading it: a sparse file costs nothing.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("huge.ron");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES + 1)
        .unwrap();
    let err = file::load_file(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
}

#[test]
fn a_file_just_under_the_size_limit_still_opens() {
    let mut text = canonical(&common::sample_map()).into_bytes();
    text.resize(MAX_FILE_BYTES as usize, b'\n');
    assert_eq!(file::load_bytes(&text).unwrap(), common::sample_map());
}

#[test]
fn a_file_that_is_not_text_is_refused_with_the_byte() {
    let mut bytes = canonical(&common::sample_map()).into_bytes();
    bytes[40] = 0xff;
    let err = file::load_bytes(&bytes).unwrap_err();
    assert!(matches!(err, LoadError::NotText { offset: 40 }), "{err:?}");
    assert!(err.to_string().contains("byte 40"), "{err}");
    let png = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    assert!(matches!(
        file::load_bytes(&png),
        Err(LoadError::NotText { offset: 0 })
    ));
}

#[test]
fn a_file_that_is_not_a_powermap_map_says_so() {
    let cases = [
        (r#"(map: (title: "No header"))"#, "format"),
        (
            r#"(format: "kumu", version: 1, map: (title: "Other tool"))"#,
            "kumu",
        ),
        (
            r#"(format: "powermap", map: (title: "No version"))"#,
            "version",
        ),
    ];
    for (text, word) in cases {
        let err = file::load_str(text).unwrap_err();
        assert!(matches!(err, LoadError::NotPowermap(_)), "{text}: {err:?}");
        assert!(err.to_string().contains(word), "{text}: {err}");
    }
    for text in [
        "",
        "   ",
        "42",
        "[1, 2, 3]",
        "\"powermap\"",
        "// just a comment\n",
        r#"{"format": "powermap", "version": 1}"#,
    ] {
        assert!(file::load_str(text).is_err(), "{text:?} was accepted");
    }
}

#[test]
fn a_map_from_a_newer_powermap_names_both_versions() {
    let err =
        file::load_str(r#"(format: "powermap", version: 7, map: (title: "Future"))"#).unwrap_err();
    assert!(
        matches!(err, LoadError::NewerVersion { found: 7 }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("version 7"), "{message}");
    assert!(
        message.contains(&format!("up to {}", file::CURRENT_VERSION)),
        "{message}"
    );
}

#[test]
fn a_syntax_error_gives_the_line_and_column() {
    let text = "(\n    format: \"powermap\",\n    version: 1,\n    map: (title: \"Broken\", stakeholders: [(id: \"s1\",, name: \"x\")]),\n)\n";
    let err = file::load_str(text).unwrap_err();
    let LoadError::Syntax { line, column, .. } = err else {
        panic!("{err:?}");
    };
    assert_eq!(line, 4);
    // The column of the second comma.
    assert_eq!(column, text.lines().nth(3).unwrap().find(",,").unwrap() + 2);
    assert!(err.to_string().starts_with("line 4, column "), "{err}");

    let unclosed = "(format: \"powermap\", version: 1, map: (title: \"Open\"\n";
    assert!(matches!(
        file::load_str(unclosed),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn a_deeply_nested_file_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let text = format!(
        "(format: \"powermap\", version: 1, junk: {}{}, map: (title: \"Deep\"))",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert!(file::load_str(&text).is_err());
    let text = format!(
        "(format: \"powermap\", version: 1, map: (title: \"Deep\", extra: {}{}))",
        "(a: ".repeat(depth),
        ")".repeat(depth)
    );
    assert!(file::load_str(&text).is_err());
}

#[test]
fn a_missing_file_is_reported_with_its_path() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("nowhere.ron");
    let err = file::load_file(&path).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
    assert!(err.to_string().contains("nowhere.ron"), "{err}");
}

#[test]
fn an_absurd_id_counter_is_refused() {
    let text = format!(
        "(format: \"powermap\", version: 1, map: (title: \"Counter\", next_id: {}))",
        u64::MAX
    );
    let err = file::load_str(&text).unwrap_err();
    assert!(err.to_string().contains("next_id"), "{err}");
}

/// Version 0 called a stakeholder's name its `label`; version 1 says `name`.
#[allow(clippy::unnecessary_wraps)] // The signature every migration has.
fn rename_label_to_name(text: &str) -> Result<String, MigrationError> {
    Ok(text.replace("label:", "name:"))
}

const VERSION_0_FILE: &str = r#"(
    format: "powermap",
    version: 0,
    map: (
        title: "Old",
        stakeholders: [
            (id: "s1", label: "Ministry", kind: Target, stance: ActiveOpposition),
            (id: "s2", label: "Union", kind: Organization, position: (x: 1.5, y: 2.0)),
        ],
        relations: [(id: "r3", from: "s2", to: "s1", kind: Custom("lobbies"))],
        coalitions: [(id: "c4", name: "Evidence", members: [(stakeholder: "s2", role: Lead)])],
    ),
)"#;

/// A step from version 0, then the steps this build ships with.
fn from_version_0(migrate: fn(&str) -> Result<String, MigrationError>) -> Vec<Migration> {
    let mut migrations = vec![Migration { from: 0, migrate }];
    migrations.extend(file::MIGRATIONS.iter().map(|m| Migration {
        from: m.from,
        migrate: m.migrate,
    }));
    migrations
}

#[test]
fn an_old_file_is_upgraded_by_the_migrations_on_opening() {
    let migrations = from_version_0(rename_label_to_name);
    let map = file::load_str_with(VERSION_0_FILE, &migrations).unwrap();
    let ministry = map.stakeholder(&sid("s1")).unwrap();
    assert_eq!(ministry.name, "Ministry");
    assert_eq!(ministry.kind, Kind::Target);
    assert_eq!(
        map.stakeholder(&sid("s2")).unwrap().position,
        Position::new(1.5, 2.0)
    );
    assert_eq!(
        map.relation(&RelationId::new("r3")).unwrap().kind,
        RelationKind::Custom("lobbies".to_owned())
    );
    assert_eq!(map.coalition_count(), 1);
    // Saved again, it is a file of the current version.
    let text = canonical(&map);
    assert!(text.contains(&format!("version: {},", file::CURRENT_VERSION)));
    assert_eq!(file::load_str(&text).unwrap(), map);
}

#[test]
fn an_old_file_with_no_way_to_upgrade_it_says_which_version() {
    let err = file::load_str_with(VERSION_0_FILE, &[]).unwrap_err();
    assert!(
        matches!(err, LoadError::Migration { found: 0, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("version 0"), "{err}");
    // The migrations this build ships with cannot read version 0 either.
    assert!(file::load_str(VERSION_0_FILE).is_err());
}

#[test]
fn a_migration_that_fails_says_why() {
    let migrations = from_version_0(|_| {
        Err(MigrationError::Damaged(
            "the old coalition list is damaged".to_owned(),
        ))
    });
    let err = file::load_str_with(VERSION_0_FILE, &migrations).unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
    // A migration that leaves the file unreadable is refused, not half-read.
    let migrations = from_version_0(|text| Ok(text.replace("stakeholders", "people")));
    assert!(file::load_str_with(VERSION_0_FILE, &migrations).is_err());
}

#[test]
fn a_file_with_the_version_of_this_build_skips_the_migrations() {
    let migrations = [Migration {
        from: 0,
        migrate: |_| Err(MigrationError::Damaged("must not run".to_owned())),
    }];
    let text = canonical(&common::sample_map());
    assert_eq!(
        file::load_str_with(&text, &migrations).unwrap(),
        common::sample_map()
    );
}

/// Small damage to a valid file: what a bad merge or a stray keystroke does.
#[derive(Clone, Debug)]
enum Damage {
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, String),
    Swap(prop::sample::Index, prop::sample::Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    let snippet = prop_oneof![
        prop::sample::select(vec![
            "(",
            ")",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "NaN",
            "inf",
            "-",
            "0",
            "99999999999",
            "Some(",
            "r#\"",
            "/*",
            "//",
            "\n",
            "id: \"s1\"",
            "version: 2",
            "#",
            "'",
            "b\"",
        ])
        .prop_map(str::to_owned),
        common::text(),
    ];
    prop_oneof![
        (any::<prop::sample::Index>(), 1usize..20).prop_map(|(at, n)| Damage::Delete(at, n)),
        (any::<prop::sample::Index>(), snippet).prop_map(|(at, s)| Damage::Insert(at, s)),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b)| Damage::Swap(a, b)),
    ]
}

fn apply_damage(text: &str, damage: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for hit in damage {
        if chars.is_empty() {
            break;
        }
        match hit {
            Damage::Delete(at, n) => {
                let start = at.index(chars.len());
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
            Damage::Insert(at, snippet) => {
                let at = at.index(chars.len() + 1);
                chars.splice(at..at, snippet.chars());
            }
            Damage::Swap(a, b) => {
                let (a, b) = (a.index(chars.len()), b.index(chars.len()));
                chars.swap(a, b);
            }
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_map_saves_and_opens_as_the_same_map(map in common::map(8)) {
        let text = canonical(&map);
        let reopened = file::load_str(&text);
        prop_assert!(reopened.is_ok(), "{:?}\n{}", reopened.err(), text);
        let reopened = reopened.unwrap();
        prop_assert_eq!(&reopened, &map);
        prop_assert_eq!(reopened.next_serial(), map.next_serial());
        prop_assert_eq!(canonical(&reopened), text);
    }

    #[test]
    fn any_bytes_give_a_map_or_an_error_never_a_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let _ = file::load_bytes(&bytes);
    }

    #[test]
    fn any_text_gives_a_map_or_an_error_never_a_panic(text in any::<String>()) {
        let _ = file::load_str(&text);
        let _ = file::load_str(&format!("(format: \"powermap\", version: 1, map: {text})"));
    }

    #[test]
    fn a_damaged_file_gives_a_valid_map_or_an_error(
        map in common::map(5),
        damage in prop::collection::vec(damage(), 1..4),
    ) {
        let text = apply_damage(&canonical(&map), &damage);
        if let Ok(survivor) = file::load_str(&text) {
            // Whatever opens is a whole valid map: it saves and opens again.
            let again = file::load_str(&canonical(&survivor));
            prop_assert!(again.is_ok(), "{:?}", again.err());
            prop_assert_eq!(again.unwrap(), survivor);
        }
    }
}

#[test]
fn a_map_grown_past_what_powermap_opens_is_saved_with_a_warning() {
    let mut map = common::sample_map();
    assert_eq!(file::reopen_problem(&map), None, "a normal map reopens");
    let mut s = map.stakeholders().next().unwrap().clone();
    s.notes = "word ".repeat(250_000);
    Edit::UpdateStakeholder(s).apply(&mut map).unwrap();
    let problem = file::reopen_problem(&map).expect("a note of 1.25 MB is past the limit");
    assert!(problem.contains("text"), "{problem}");
    // It is saved all the same: nothing is lost.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.ron");
    file::save_file(&map, &path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1_250_000);
}

#[test]
fn a_file_marked_with_another_name_is_told_without_the_internal_type_names() {
    let error = file::load_str("Foo(format: \"powermap\", version: 1, map: (title: \"x\"))")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("this is marked as “Foo”, but a file belongs here: leave out “Foo”"),
        "{error}"
    );
    assert!(!error.contains("FileData"), "{error}");
}
