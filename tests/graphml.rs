//! GraphML for yEd and Gephi: well-formed for any map, every data key
//! declared, every stakeholder with its label and place, every relation
//! between the right two, and no confidential note in it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use powermap::exchange::graphml;
use powermap::model::Map;
use proptest::prelude::*;
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
                xml_safe(&o.name).contains(&secret) || xml_safe(&o.notes).contains(&secret)
            })
            && !map
                .relations()
                .any(|r| xml_safe(&r.note).contains(&secret) || r.kind.label().contains(&secret))
        {
            assert!(!found.text.contains(&secret), "confidential notes stay out");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_map_gives_well_formed_graphml_with_every_stakeholder_and_relation(map in common::map(8)) {
        check(&map);
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
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let found = read(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(found.labels.len(), common::sample_map().stakeholder_count());
}
