//! Opening GraphML from other tools: a yEd drawing, a Gephi export and a
//! file full of parts a map has no place for each give the stakeholders,
//! relations and places they hold, and a report names every item left out
//! or read differently, with its line. Broken XML is refused with its line
//! and column, and no text at all makes the reader panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::PathBuf;

use powermap::exchange::graphml::{self, GraphmlError, read::Imported};
use powermap::model::{Kind, Map, Position, RelationKind, Stakeholder, Stance};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/graphml")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn imported(name: &str) -> (Imported, Map) {
    let imported = graphml::import(&fixture(name)).unwrap();
    let map = imported.to_map("Imported").unwrap();
    (imported, map)
}

fn by_name<'a>(map: &'a Map, name: &str) -> &'a Stakeholder {
    map.stakeholders()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no stakeholder {name}"))
}

fn lines(entries: &[graphml::read::Entry]) -> Vec<String> {
    entries.iter().map(ToString::to_string).collect()
}

/// (from, to, kind, mutual) of every relation, by the names it joins.
fn relations(map: &Map) -> Vec<(String, String, RelationKind, bool)> {
    let name = |id| map.stakeholder(id).unwrap().name.clone();
    let mut found: Vec<_> = map
        .relations()
        .map(|r| (name(&r.from), name(&r.to), r.kind.clone(), r.mutual))
        .collect();
    found.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    found
}

#[test]
fn a_yed_drawing_gives_its_labels_places_groups_and_attributes() {
    let (imported, map) = imported("yed-health-coalition.graphml");
    let mut names: Vec<&str> = map.stakeholders().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Aid Now",
            "Clinic Network",
            "Health NGOs",
            "Ministry of Health",
            "Nurses' Union"
        ]
    );

    let ministry = by_name(&map, "Ministry of Health");
    assert_eq!(ministry.kind, Kind::Target);
    assert_eq!(ministry.power, 5);
    assert_eq!(ministry.stance, Stance::Neutral);
    assert_eq!(ministry.notes, "Decides the budget in March");
    // The centre of yEd's box: x 310 + 140/2, y 60 + 40/2.
    assert_eq!(ministry.position, Position::new(380.0, 80.0));

    let union = by_name(&map, "Nurses' Union");
    assert_eq!(union.kind, Kind::Organization, "the key's default kind");
    assert_eq!(union.power, 3, "the key's default power");
    assert_eq!(union.stance, Stance::ActiveAlly);
    assert_eq!(union.notes, "url: https://nurses.example.org");
    assert_eq!(union.position, Position::new(140.0, 220.0));

    // The group's members are stakeholders beside the others, at their places.
    assert_eq!(by_name(&map, "Aid Now").stance, Stance::PassiveAlly);
    assert_eq!(
        by_name(&map, "Clinic Network").position,
        Position::new(600.0, 365.0)
    );
    assert_eq!(
        by_name(&map, "Health NGOs").position,
        Position::new(550.0, 320.0)
    );

    assert_eq!(
        relations(&map),
        [
            (
                "Aid Now".to_owned(),
                "Clinic Network".to_owned(),
                RelationKind::AlliedWith,
                true
            ),
            (
                "Aid Now".to_owned(),
                "Ministry of Health".to_owned(),
                RelationKind::Custom("lobbies in private".to_owned()),
                false
            ),
            (
                "Nurses' Union".to_owned(),
                "Ministry of Health".to_owned(),
                RelationKind::Influences,
                false
            ),
        ]
    );
    let lobbying = map
        .relations()
        .find(|r| r.kind == RelationKind::Influences)
        .unwrap();
    assert_eq!(lobbying.note, "Meets the minister every month");
    assert_eq!(
        map.meta().notes,
        "Description: Who can move the health budget"
    );

    let report = &imported.report;
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    assert_eq!(
        lines(&report.changed),
        [
            "line 41: Powermap has no field “url”; its values are kept as a line of the stakeholders' notes",
            "line 78: node “n2” holds a nested graph (a yEd group): its nodes are read as stakeholders beside the others, and the grouping is left out",
            "yEd's shapes, colours, fonts and edge paths are left out: Powermap draws each stakeholder by its kind and stance",
        ]
    );
}

#[test]
fn a_gephi_export_gives_its_labels_positions_and_columns() {
    let (imported, map) = imported("gephi-health-coalition.graphml");
    let ministry = by_name(&map, "Ministry of Health");
    assert_eq!(ministry.kind, Kind::Target, "kinds are read in any case");
    assert_eq!(ministry.power, 5, "Gephi's 5.0 is 5");
    assert_eq!(ministry.position, Position::new(-120.5, 80.25));
    assert_eq!(ministry.notes, "Modularity Class: 0");

    let union = by_name(&map, "Nurses' Union");
    assert_eq!(union.power, 4);
    assert_eq!(union.tags, ["health", "labour"]);

    let herald = by_name(&map, "Daily Herald");
    assert_eq!(herald.kind, Kind::Other);
    assert_eq!(herald.power, 3);
    assert_eq!(
        herald.notes, "Kind: Newspaper\nPower: 3.5\nModularity Class: 1",
        "values that do not parse are kept in the notes"
    );

    assert_eq!(
        relations(&map),
        [
            (
                "Daily Herald".to_owned(),
                "Ministry of Health".to_owned(),
                RelationKind::HasAccessTo,
                false
            ),
            (
                "Nurses' Union".to_owned(),
                "Daily Herald".to_owned(),
                RelationKind::Influences,
                true
            ),
            (
                "Nurses' Union".to_owned(),
                "Ministry of Health".to_owned(),
                RelationKind::Influences,
                false
            ),
        ]
    );
    let strong = map.relations().find(|r| r.strength == 3).unwrap();
    assert_eq!(
        map.stakeholder(&strong.to).unwrap().name,
        "Ministry of Health"
    );
    // Gephi's edge ids ("0", "1") are taken by its nodes: relations get their own.
    assert!(map.relations().all(|r| r.id.as_str().starts_with('r')));

    let report = &imported.report;
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    assert_eq!(
        lines(&report.changed),
        [
            "line 23: Powermap has no field “Modularity Class”; its values are kept as a line of the stakeholders' notes",
            "line 46: node “Daily Herald”: kind “Newspaper” is not one of: Organization, Target, Individual, Constituency, Media, Funder, Other; the value is kept in its notes",
            "line 47: node “Daily Herald”: power “3.5” is not a whole number from 1 to 5; the value is kept in its notes",
            "drawing attributes are left out (size, r, g, b): Powermap draws by kind, stance, power and strength",
            // Gephi's weight gives the strength of the edges without one.
            "the edges' weight is read as strength: 1 to 3 are strengths as they are",
        ]
    );
}

#[test]
fn parts_a_map_has_no_place_for_are_reported_with_their_lines() {
    let (imported, map) = imported("odd-parts.graphml");
    let mut names: Vec<&str> = map.stakeholders().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["City Council", "Teachers' Union", "press"]);
    assert_eq!(
        by_name(&map, "Teachers' Union").stance,
        Stance::PassiveAlly,
        "the key's default"
    );
    let council = by_name(&map, "City Council");
    assert_eq!(
        council.stance,
        Stance::Unknown,
        "a value that does not parse leaves the field as new"
    );
    assert_eq!(council.notes, "stance: Hostile\nBudget: 1200000");
    assert_eq!(by_name(&map, "press").notes, "k_colour: blue");
    assert_eq!(
        relations(&map),
        [(
            "Teachers' Union".to_owned(),
            "City Council".to_owned(),
            RelationKind::Influences,
            true
        )],
        "an undirected graph's edges are mutual; the port is the node itself"
    );
    let report = &imported.report;
    assert_eq!(
        lines(&report.left_out),
        [
            "line 19: node id “council” is used again here; this second node is left out",
            "line 22: a node without an id is left out: edges could not name it",
            "line 29: an edge is left out: its target “mayor” is not a node of the file that could be read",
            "line 30: an edge from node “press” to itself is left out: a relation joins two stakeholders",
            "line 31: a hyperedge (an edge joining more than two nodes) is left out: a Powermap relation joins two stakeholders",
        ]
    );
    assert_eq!(
        lines(&report.changed),
        [
            "line 12: a port of node “union” is left out: edges to it join the node itself",
            "line 16: node “City Council”: stance “Hostile” is not one of: Active ally, Passive ally, Neutral, Passive opposition, Active opposition, Unknown; the value is kept in its notes",
            "line 17: Powermap has no field “Budget”; its values are kept as a line of the stakeholders' notes",
            "line 25: node “press” has no label or name that Powermap can read; it is named by its id",
            "line 26: Powermap has no field “k_colour”; its values are kept as a line of the stakeholders' notes",
            "line 26: the key “k_colour” is used but never declared with <key>; it is read by that name",
        ]
    );
}

#[test]
fn gexf_style_viz_positions_are_read() {
    let text = r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:viz="http://gexf.net/1.3/viz">
  <graph edgedefault="directed">
    <node id="a"><viz:position x="12.5" y="-4"/><viz:color r="10" g="20" b="30"/></node>
  </graph>
</graphml>"#;
    let imported = graphml::import(text).unwrap();
    assert_eq!(imported.stakeholders[0].position, Position::new(12.5, -4.0));
    assert!(imported.unplaced.is_empty());
    assert!(
        lines(&imported.report.changed)
            .iter()
            .any(|l| l.starts_with("Gephi's colours and sizes (viz) are left out"))
    );
}

#[test]
fn broken_xml_is_refused_with_its_line_and_column() {
    let cases = [
        (
            "<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>",
            "line 4, column 3: </graph> here closes <node>, which is the element still open; a tag is missing or misspelt",
        ),
        (
            "<graphml>\n<graph>\n<node id=\"a\"/>\n",
            "line 4, column 1: the file ends before <graph>, opened on line 2, is closed",
        ),
        (
            "<graphml><graph><node id=\"a & b\"/></graph></graphml>",
            "line 1, column 17: the value of id=\"…\" cannot be read",
        ),
        (
            "<graphml>\n<graph>\n<node id=\"a\"\n",
            "line 3, column 1: a tag that starts with < here is never closed with >",
        ),
    ];
    for (text, expected) in cases {
        let err = graphml::import(text).unwrap_err().to_string();
        assert!(
            err.starts_with(expected),
            "{text:?}\n gave {err}\nwanted {expected}"
        );
    }
}

#[test]
fn a_file_that_is_not_graphml_says_what_it_is() {
    let err = graphml::import("<gexf><graph/></gexf>").unwrap_err();
    assert!(matches!(err, GraphmlError::NotGraphml(_)));
    assert!(err.to_string().contains("this is a GEXF file"), "{err}");
    let err = graphml::import("").unwrap_err();
    assert_eq!(
        err.to_string(),
        "this is not a GraphML file: it holds no <graphml> element"
    );
    let err = graphml::import("just some words").unwrap_err();
    assert!(
        err.to_string()
            .contains("text outside the <graphml> element"),
        "{err}"
    );
}

#[test]
fn a_file_with_more_nodes_than_a_map_holds_is_refused() {
    let nodes = "<node/>".repeat(graphml::read::MAX_ITEMS + 1);
    let text = format!("<graphml><graph>{nodes}</graph></graphml>");
    assert_eq!(
        graphml::import(&text).unwrap_err(),
        GraphmlError::TooManyItems
    );
}

#[test]
fn an_oversized_value_is_left_out_and_said() {
    let big = "x".repeat(graphml::read::MAX_VALUE_BYTES + 10);
    let text = format!(
        r#"<graphml><key id="n" for="node" attr.name="notes"/><graph><node id="a"><data key="n">{big}</data></node></graph></graphml>"#
    );
    let imported = graphml::import(&text).unwrap();
    assert_eq!(imported.stakeholders[0].notes, "");
    assert!(lines(&imported.report.changed)[0].contains("is longer than 1 MB; it is left out"));
}

/// A fixture with some bytes changed, cut out, repeated or the end cut off.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let fixtures = [
        fixture("yed-health-coalition.graphml"),
        fixture("gephi-health-coalition.graphml"),
        fixture("odd-parts.graphml"),
    ];
    let noise = prop_oneof![
        Just(b'<'),
        Just(b'>'),
        Just(b'/'),
        Just(b'"'),
        Just(b'&'),
        Just(b';'),
        Just(b'='),
        Just(b'#'),
        Just(b' '),
        any::<u8>(),
    ];
    (
        prop::sample::select(fixtures.to_vec()),
        prop::collection::vec(
            (any::<prop::sample::Index>(), 0u8..4, noise, 0usize..40),
            1..8,
        ),
    )
        .prop_map(|(text, edits)| {
            let mut bytes = text.into_bytes();
            for (at, how, byte, len) in edits {
                if bytes.is_empty() {
                    break;
                }
                let i = at.index(bytes.len());
                let end = (i + len).min(bytes.len());
                match how {
                    0 => bytes[i] = byte,
                    1 => {
                        bytes.drain(i..end);
                    }
                    2 => {
                        let copy = bytes[i..end].to_vec();
                        bytes.splice(i..i, copy);
                    }
                    _ => bytes.truncate(i),
                }
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_are_read_or_refused_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(imported) = graphml::import(&String::from_utf8_lossy(&bytes)) {
            prop_assert!(imported.to_map("Anything").is_ok());
        }
    }

    #[test]
    fn damaged_files_are_read_or_refused_with_a_place_without_panicking(bytes in mutated()) {
        match graphml::import(&String::from_utf8_lossy(&bytes)) {
            Ok(imported) => prop_assert!(imported.to_map("Damaged").is_ok()),
            Err(GraphmlError::Malformed { line, column, .. }) => prop_assert!(line >= 1 && column >= 1),
            Err(_) => {}
        }
    }
}

/// A GraphML file whose attributes are named as spreadsheet columns are
/// (`Type`, `Notes (confidential)`, `Pinned` as yes): read by the same
/// rules as a CSV file.
const SPREADSHEET_WORDS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="Label" attr.type="string"/>
  <key id="d1" for="node" attr.name="Type" attr.type="string"/>
  <key id="d2" for="node" attr.name="Notes (confidential)" attr.type="string"/>
  <key id="d3" for="node" attr.name="Pinned" attr.type="string"/>
  <key id="d4" for="node" attr.name="Stance" attr.type="string"/>
  <key id="e0" for="edge" attr.name="Type" attr.type="string"/>
  <key id="e1" for="edge" attr.name="Strength" attr.type="string"/>
  <key id="e2" for="edge" attr.name="Mutual" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="n1"><data key="d0">Église protestante unie</data><data key="d1">ORGANISATION</data>
      <data key="d2">ne pas diffuser</data><data key="d3">yes</data><data key="d4">Passive ally</data></node>
    <node id="n2"><data key="d0">中华全国总工会</data><data key="d1">Constituency</data></node>
    <edge source="n1" target="n2"><data key="e0">Allied with</data><data key="e1">Strong</data><data key="e2">no</data></edge>
  </graph>
</graphml>
"#;

#[test]
fn attributes_named_as_spreadsheet_columns_are_read_as_a_spreadsheet_reads_them() {
    let imported = graphml::import(SPREADSHEET_WORDS).unwrap();
    assert!(imported.report.is_empty(), "{:?}", imported.report);
    let map = imported.to_map("Words").unwrap();
    let church = by_name(&map, "Église protestante unie");
    assert_eq!(church.kind, Kind::Organization);
    assert_eq!(church.stance, Stance::PassiveAlly);
    assert_eq!(church.confidential_notes, "ne pas diffuser");
    assert!(church.pinned);
    assert_eq!(by_name(&map, "中华全国总工会").kind, Kind::Constituency);
    let link = map.relations().next().unwrap();
    assert_eq!(link.kind, RelationKind::AlliedWith);
    assert_eq!(link.strength, 3);
    assert!(!link.mutual);
}

/// A Gephi export whose edges carry only a weight, on Gephi's own scale.
fn weighted(weights: &[&str]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    <key attr.name="label" attr.type="string" for="node" id="label"/>
    <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
    <graph edgedefault="directed">
        <node id="a"><data key="label">Union</data></node>
        <node id="b"><data key="label">Ministry</data></node>
        <node id="c"><data key="label">Press</data></node>
        <node id="d"><data key="label">Church</data></node>
"#,
    );
    for (i, weight) in weights.iter().enumerate() {
        let target = ["b", "c", "d"][i % 3];
        let _ = writeln!(
            xml,
            "        <edge source=\"a\" target=\"{target}\"><data key=\"weight\">{weight}</data></edge>"
        );
    }
    xml.push_str("    </graph>\n</graphml>\n");
    xml
}

fn strengths(imported: &Imported) -> Vec<u8> {
    imported.relations.iter().map(|r| r.strength).collect()
}

#[test]
fn gephis_edge_weight_is_read_as_strength_scaled_and_the_scaling_is_said() {
    let imported = graphml::import(&weighted(&["0.5", "4.0", "10.0"])).unwrap();
    assert_eq!(strengths(&imported), [1, 2, 3]);
    assert_eq!(
        lines(&imported.report.changed),
        [
            "the edges' weight is read as strength: values from 0.5 to 10 are scaled onto strengths 1 to 3 (weak to strong), each to the nearest"
        ]
    );
}

#[test]
fn weights_that_are_already_strengths_are_taken_as_they_are() {
    let imported = graphml::import(&weighted(&["1.0", "3.0", "2"])).unwrap();
    assert_eq!(strengths(&imported), [1, 3, 2]);
    assert_eq!(
        lines(&imported.report.changed),
        ["the edges' weight is read as strength: 1 to 3 are strengths as they are"]
    );
}

#[test]
fn the_same_weight_on_every_edge_tells_no_strength() {
    // Gephi writes weight 1.0 on every edge it was given no weight for.
    let imported = graphml::import(&weighted(&["1.0", "1.0"])).unwrap();
    assert_eq!(strengths(&imported), [2, 2]);
    assert_eq!(
        lines(&imported.report.changed),
        [
            "the edges' weight is 1 for every relation: it tells no strength, so strengths are medium unless the file gives them"
        ]
    );
}

#[test]
fn a_yed_live_drawing_gives_its_labels_and_places_and_names_a_node_without_one() {
    let (imported, map) = imported("yed-live-health-coalition.graphml");
    let clinics = by_name(&map, "Clinic Network");
    assert_eq!(
        clinics.position,
        Position::new(160.0, 60.0),
        "the box's centre"
    );
    assert_eq!(clinics.notes, "Runs forty clinics");
    assert_eq!(clinics.stance, Stance::ActiveAlly);
    let ministry = by_name(&map, "Ministry of Health");
    assert_eq!(ministry.position, Position::new(440.0, 10.0));
    // The third node's label list is empty: it is named by its id, and the report says which.
    let unnamed = by_name(&map, "n2");
    assert_eq!(unnamed.position, Position::new(15.0, 215.0));
    assert!(imported.unplaced.is_empty());
    assert_eq!(
        relations(&map),
        [
            (
                "Clinic Network".to_owned(),
                "Ministry of Health".to_owned(),
                RelationKind::HasAccessTo,
                false
            ),
            (
                "n2".to_owned(),
                "Clinic Network".to_owned(),
                RelationKind::Funds,
                false
            ),
        ]
    );
    let report = &imported.report;
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    assert_eq!(
        lines(&report.changed),
        [
            "line 58: node “n2” has no label or name that Powermap can read; it is named by its id",
            "yEd's shapes, colours, fonts and edge paths are left out: Powermap draws each stakeholder by its kind and stance",
        ]
    );
}
