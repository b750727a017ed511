//! A map as GraphML, for yEd and Gephi, and GraphML read back into a map
//! ([`read`]).
//!
//! Writing: every field a declared `<key>`
//! (so both tools list kinds, stances and scores as attributes), positions
//! as `x` and `y` (which Gephi reads), and each stakeholder's name both as
//! a `label` attribute (Gephi) and as a yEd node label with its geometry
//! (yEd draws those). Confidential notes are never written: a GraphML file
//! goes to other tools and often other people.

pub mod read;

pub use read::{GraphmlError, import};

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::model::field::{FlagWords, RelationField, StakeholderField};
use crate::model::{Map, Relation, Stakeholder};

/// The fields written for stakeholders, in order (never the confidential
/// notes; the id is the node's own).
const NODE_FIELDS: [StakeholderField; 14] = [
    StakeholderField::Name,
    StakeholderField::Kind,
    StakeholderField::Stance,
    StakeholderField::Power,
    StakeholderField::Interest,
    StakeholderField::Role,
    StakeholderField::Commitment,
    StakeholderField::Contributions,
    StakeholderField::Expertise,
    StakeholderField::Tags,
    StakeholderField::Notes,
    StakeholderField::Pinned,
    StakeholderField::X,
    StakeholderField::Y,
];

/// The fields written for relations: its kind, also as the edge's label
/// (which yEd shows), then the rest (the ends are the edge's own).
const EDGE_FIELDS: [RelationField; 5] = [
    RelationField::Kind,
    RelationField::Mutual,
    RelationField::Strength,
    RelationField::Confidence,
    RelationField::Note,
];

/// The edge key yEd shows as the edge's label; it holds the kind.
const EDGE_LABEL_KEY: &str = "e_label";

/// The GraphML type of a stakeholder field's values.
fn node_type(field: StakeholderField) -> &'static str {
    match field {
        StakeholderField::Power | StakeholderField::Interest | StakeholderField::Commitment => {
            "int"
        }
        StakeholderField::Pinned => "boolean",
        StakeholderField::X | StakeholderField::Y => "double",
        _ => "string",
    }
}

fn edge_type(field: RelationField) -> &'static str {
    match field {
        RelationField::Mutual => "boolean",
        RelationField::Strength => "int",
        _ => "string",
    }
}

const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";
const YED_NS: &str = "http://www.yworks.com/xml/graphml";
/// The size of a stakeholder's box in yEd, in its units.
const YED_NODE_SIZE: f32 = 60.0;

/// The map as a GraphML document.
pub fn export(map: &Map) -> String {
    let mut writer = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    // Writing to memory cannot fail; a failure would leave the text short,
    // which the tests would see.
    let _ = write_document(&mut writer, map);
    String::from_utf8(writer.into_inner().into_inner()).unwrap_or_default()
}

type XmlWriter = Writer<Cursor<Vec<u8>>>;

fn write_document(w: &mut XmlWriter, map: &Map) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attribute(("xmlns", GRAPHML_NS))
        .with_attribute(("xmlns:y", YED_NS))
        .write_inner_content(|w| {
            for field in NODE_FIELDS {
                let id = field.graphml_key();
                key(w, id, "node", id, node_type(field))?;
            }
            w.create_element("key")
                .with_attribute(("id", "yed_node"))
                .with_attribute(("for", "node"))
                .with_attribute(("yfiles.type", "nodegraphics"))
                .write_empty()?;
            key(w, EDGE_LABEL_KEY, "edge", "label", "string")?;
            for field in EDGE_FIELDS {
                key(
                    w,
                    field.graphml_key(),
                    "edge",
                    field.key(),
                    edge_type(field),
                )?;
            }
            w.create_element("graph")
                .with_attribute(("id", clean(map.title()).as_str()))
                .with_attribute(("edgedefault", "directed"))
                .write_inner_content(|w| {
                    for s in map.stakeholders_sorted() {
                        node(w, s)?;
                    }
                    for r in map.relations_sorted() {
                        edge(w, r)?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn key(w: &mut XmlWriter, id: &str, target: &str, name: &str, kind: &str) -> std::io::Result<()> {
    w.create_element("key")
        .with_attribute(("id", id))
        .with_attribute(("for", target))
        .with_attribute(("attr.name", name))
        .with_attribute(("attr.type", kind))
        .write_empty()?;
    Ok(())
}

fn data(w: &mut XmlWriter, key: &str, value: &str) -> std::io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&clean(value)))?;
    Ok(())
}

fn node(w: &mut XmlWriter, s: &Stakeholder) -> std::io::Result<()> {
    w.create_element("node")
        .with_attribute(("id", clean(s.id.as_str()).as_str()))
        .write_inner_content(|w| {
            for field in NODE_FIELDS {
                let value = field.write(s, FlagWords::TrueFalse);
                // Empty notes are left out; every other value is written.
                if field != StakeholderField::Notes || !value.is_empty() {
                    data(w, field.graphml_key(), &value)?;
                }
            }
            yed_graphics(w, s)
        })?;
    Ok(())
}

/// What yEd draws: a box at the stakeholder's place, with its name.
fn yed_graphics(w: &mut XmlWriter, s: &Stakeholder) -> std::io::Result<()> {
    let half = YED_NODE_SIZE / 2.0;
    w.create_element("data")
        .with_attribute(("key", "yed_node"))
        .write_inner_content(|w| {
            w.create_element("y:ShapeNode").write_inner_content(|w| {
                w.create_element("y:Geometry")
                    .with_attribute(("x", (s.position.x - half).to_string().as_str()))
                    .with_attribute(("y", (s.position.y - half).to_string().as_str()))
                    .with_attribute(("width", YED_NODE_SIZE.to_string().as_str()))
                    .with_attribute(("height", YED_NODE_SIZE.to_string().as_str()))
                    .write_empty()?;
                w.create_element("y:NodeLabel")
                    .write_text_content(BytesText::new(&clean(&s.name)))?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn edge(w: &mut XmlWriter, r: &Relation) -> std::io::Result<()> {
    w.create_element("edge")
        .with_attribute(("id", clean(r.id.as_str()).as_str()))
        .with_attribute(("source", clean(r.from.as_str()).as_str()))
        .with_attribute(("target", clean(r.to.as_str()).as_str()))
        .write_inner_content(|w| {
            data(w, EDGE_LABEL_KEY, r.kind.label())?;
            for field in EDGE_FIELDS {
                let value = field.write(r, FlagWords::TrueFalse);
                if field != RelationField::Note || !value.is_empty() {
                    data(w, field.graphml_key(), &value)?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

/// Text XML 1.0 can hold: control characters other than tab and line
/// breaks, and the two non-characters, are left out, and line breaks are
/// written as XML readers read them back, `\n` (quick-xml escapes the rest).
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| matches!(c, '\t' | '\n') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}'))
        .collect()
}
