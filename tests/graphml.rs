//! GraphML for yEd and Gephi: well-formed for any map, every data key
//! declared, every stakeholder with its label and place, every relation
//! between the right two, and no confidential note in it. Read back, an
//! export gives the same stakeholders and relations.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use powermap::edit::Edit;
use powermap::exchange::graphml;
use powermap::model::{
    Confidence, Contribution, Kind, Map, Relation, RelationId, RelationKind, Role, Stakeholder,
    StakeholderId, Stance,
};
use proptest::prelude::*;
use proptest::sample::select;
use quick_xml::Reader;
use quick_xml::events::Event;

/// What a GraphML reader finds: declared key ids, node id → label data,
/// node id → yEd label, edges (source, target), and all text.
#[derive(Default)]
struct Read {
    keys: BTreeSet<String>,
    used_keys: BTreeSet<String>,
    labels: BTreeMap<String, String>,
    yed_labels: BTreeMap<String, String>,
    edges: Vec<(String, String)>,
    text: String,
}

fn read(xml: &str) -> Read {
    let mut reader = Reader::from_str(xml);
    let mut found = Read::default();
    let (mut node, mut key, mut in_yed_label) = (None::<String>, None::<String>, false);
    let mut text = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let attr = |name: &str| {
                    e.try_get_attribute(name).unwrap().map(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .unwrap()
                            .into_owned()
                    })
                };
                text.clear();
                match e.name().as_ref() {
                    b"key" => {
                        found.keys.insert(attr("id").unwrap());
                    }
                    b"node" => node = attr("id"),
                    b"edge" => found
                        .edges
                        .push((attr("source").unwrap(), attr("target").unwrap())),
                    b"data" => {
                        key = attr("key");
                        found.used_keys.insert(key.clone().unwrap());
                    }
                    b"y:NodeLabel" => in_yed_label = true,
                    _ => {}
                }
            }
            Event::Text(t) => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap();
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unexpected entity {other}"),
                };
                text.push(c);
            }
            Event::End(e) => match e.name().as_ref() {
                b"data" => {
                    found.text.push_str(&text);
                    if key.as_deref() == Some("label")
                        && let Some(node) = &node
                    {
                        found.labels.insert(node.clone(), text.clone());
                    }
                    key = None;
                }
                b"y:NodeLabel" => {
                    found.yed_labels.insert(node.clone().unwrap(), text.clone());
                    in_yed_label = false;
                }
                b"node" => node = None,
                _ => {}
            },
            _ => {}
        }
    }
    let _ = in_yed_label;
    found
}

/// A name as XML 1.0 can carry it.
fn xml_safe(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| matches!(c, '\t' | '\n') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}'))
        .collect()
}

fn check(map: &Map) {
    let xml = graphml::export(map);
    let found = read(&xml);
    assert!(
        found.used_keys.is_subset(&found.keys),
        "every data key is declared"
    );
    for s in map.stakeholders() {
        let id = xml_safe(s.id.as_str());
        assert_eq!(found.labels.get(&id), Some(&xml_safe(&s.name)));
        assert_eq!(found.yed_labels.get(&id), Some(&xml_safe(&s.name)));
    }
    assert_eq!(found.edges.len(), map.relation_count());
    for s in map.stakeholders() {
        let secret = xml_safe(&s.confidential_notes);
        if secret.trim().len() > 3
            && !map.stakeholders().any(|o| {
                xml_safe(&o.name).contains(&secret)
                    || xml_safe(&o.notes).contains(&secret)
                    || o.tags
                        .iter()
                        .chain(&o.expertise)
                        .any(|t| xml_safe(t).contains(&secret))
            })
            && !map
                .relations()
                .any(|r| xml_safe(&r.note).contains(&secret) || r.kind.label().contains(&secret))
        {
            assert!(!found.text.contains(&secret), "confidential notes stay out");
        }
    }
}

/// Text as XML carries it, and that does not end in spaces (the reader
/// trims names and lists): any character XML 1.0 holds.
fn xml_text(max: usize) -> impl Strategy<Value = String> {
    common::text().prop_map(move |t| {
        let t: String = xml_safe(&t).replace('\n', " ").chars().take(max).collect();
        t.trim().to_owned()
    })
}

/// Notes as XML carries them: several lines, spaces kept; all blank is none.
fn xml_note() -> impl Strategy<Value = String> {
    common::text().prop_map(|t| {
        let t = xml_safe(&t);
        if t.trim().is_empty() {
            String::new()
        } else {
            t
        }
    })
}

/// A map as GraphML carries it: plain ids, names and list entries without
/// spaces at their ends and without `|`, kinds of the map's own that are
/// not a built-in kind's name; confidential notes are never exported.
fn graphml_map() -> impl Strategy<Value = Map> {
    let stakeholder = (
        (
            xml_text(20),
            select(Kind::ALL),
            select(Stance::ALL),
            select(Role::ALL),
        ),
        (common::score(), common::score(), common::score()),
        prop::collection::btree_set(select(Contribution::ALL), 0..4),
        prop::collection::vec(xml_text(8), 0..3),
        prop::collection::vec(xml_text(8), 0..3),
        (xml_note(), common::position(), any::<bool>()),
    );
    let relation = (
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
        prop_oneof![
            3 => select(RelationKind::BUILT_IN),
            1 => xml_text(12).prop_map(|k| RelationKind::Custom(format!("By {k}").trim().to_owned())),
        ],
        (
            any::<bool>(),
            common::strength(),
            select(Confidence::ALL),
            xml_note(),
        ),
    );
    (
        prop::collection::vec(stakeholder, 1..8),
        prop::collection::vec(relation, 0..10),
    )
        .prop_map(|(people, links)| {
            let mut map = Map::new("Round trip");
            let mut edits = Vec::new();
            for (i, ((name, kind, stance, role), scores, contributions, expertise, tags, rest)) in
                people.into_iter().enumerate()
            {
                let name = if name.is_empty() {
                    format!("Person {i}")
                } else {
                    name
                };
                let mut s = Stakeholder::new(StakeholderId::new(format!("s{}", i + 1)), name, kind);
                (s.stance, s.role) = (stance, role);
                (s.power, s.interest, s.commitment) = scores;
                s.contributions = contributions.into_iter().collect();
                s.expertise = expertise
                    .iter()
                    .map(|t| t.replace('|', "/").trim().to_owned())
                    .collect();
                s.tags = tags
                    .iter()
                    .map(|t| t.replace('|', "/").trim().to_owned())
                    .collect();
                (s.notes, s.position, s.pinned) = rest;
                "never exported".clone_into(&mut s.confidential_notes);
                edits.push(Edit::AddStakeholder(s));
            }
            let n = edits.len();
            for (i, ((a, b), kind, (mutual, strength, confidence, note))) in
                links.into_iter().enumerate()
            {
                let (from, to) = (a.index(n), b.index(n));
                if from == to {
                    continue;
                }
                let mut r = Relation::new(
                    RelationId::new(format!("r{}", n + i + 1)),
                    StakeholderId::new(format!("s{}", from + 1)),
                    StakeholderId::new(format!("s{}", to + 1)),
                    kind,
                );
                (r.mutual, r.strength, r.confidence, r.note) = (mutual, strength, confidence, note);
                edits.push(Edit::AddRelation(r));
            }
            Edit::Batch(edits).apply(&mut map).unwrap();
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_map_gives_well_formed_graphml_with_every_stakeholder_and_relation(map in common::map(8)) {
        check(&map);
    }

    #[test]
    fn export_then_import_gives_the_same_stakeholders_and_relations(map in graphml_map()) {
        let imported = graphml::import(&graphml::export(&map)).unwrap();
        prop_assert!(imported.report.left_out.is_empty(), "{:?}", imported.report);
        let back = imported.to_map("Round trip").unwrap();
        let expected: Vec<Stakeholder> = map
            .stakeholders_sorted()
            .into_iter()
            .map(|s| Stakeholder { confidential_notes: String::new(), ..s.clone() })
            .collect();
        let found: Vec<Stakeholder> = back.stakeholders_sorted().into_iter().cloned().collect();
        prop_assert_eq!(found, expected);
        prop_assert_eq!(back.relations_sorted(), map.relations_sorted());
    }
}

#[test]
fn the_bundled_examples_export_whole() {
    for example in powermap::examples::EXAMPLES {
        let map = powermap::file::load_str(example.text).unwrap();
        check(&map);
        let xml = graphml::export(&map);
        assert!(
            xml.contains(r#"<key id="stance" for="node" attr.name="stance" attr.type="string"/>"#)
        );
        assert!(xml.contains(r#"<key id="x" for="node" attr.name="x" attr.type="double"/>"#));
    }
}

#[test]
fn the_cli_exports_graphml_by_extension() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    powermap::file::save_file(&common::sample_map(), &path).unwrap();
    let out = folder.path().join("map.graphml");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args([
            "export",
            path.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        // What these tests read is the English of a C locale.
        .env("LC_ALL", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let found = read(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(found.labels.len(), common::sample_map().stakeholder_count());
}

#[test]
fn a_kind_of_the_maps_own_and_a_name_with_spaces_around_them_come_back_exactly() {
    let map = common::padded_map();
    let back = graphml::import(&graphml::export(&map))
        .unwrap()
        .to_map("Padded")
        .unwrap();
    assert_eq!(back.stakeholders_sorted(), map.stakeholders_sorted());
    assert_eq!(back.relations_sorted(), map.relations_sorted());
}
