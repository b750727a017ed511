//! GraphML read into a map: files written by yEd, by Gephi and by
//! Powermap's own export. Nodes become stakeholders and edges relations;
//! attributes whose names match a field (kind, stance, power, …, in any
//! case) fill that field, the others are kept as lines of the notes; yEd's
//! node labels and geometry, Gephi's `label`, `x` and `y` and `viz:position`
//! give names and places. The columns are documented in `docs/GRAPHML.md`.
//!
//! Reading never trusts the file: it is one pass over the text, bounded in
//! size and items, and what cannot be carried (a hyperedge, a port, a
//! nested graph, a value that does not parse) is listed in a [`Report`]
//! with its line and the reason, never a failure of the whole file. Only
//! text that is not well-formed XML, or not GraphML at all, is refused,
//! with the line and column.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use crate::exchange::incoming::{self, Incoming, IncomingError, MAX_IMPORT_BYTES, ReadError};
use crate::model::field::{
    RelationField, StakeholderField, ValueError, coordinate, flag, folded, relation_kind,
};
use crate::model::{
    Kind, Map, Position, Relation, RelationId, RelationKind, Stakeholder, StakeholderId,
};

/// Most nodes and edges read from one file (as many items as a map file holds).
pub const MAX_ITEMS: usize = 50_000;
/// Longest value read, in bytes (as for a text in a map file).
pub const MAX_VALUE_BYTES: usize = 1_000_000;
/// How many entries each list of the report keeps; the rest are counted.
const MAX_LISTED: usize = 500;

const GRAPHML_NS: &[u8] = b"http://graphml.graphdrawing.org/xmlns";
const YED_NS: &[u8] = b"http://www.yworks.com/xml/graphml";

/// One thing the report tells, and the line of the file it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub line: Option<u64>,
    pub reason: String,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.reason),
            None => f.write_str(&self.reason),
        }
    }
}

/// What an import did not carry over as the file has it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Items of the file that are not in the map: nodes and edges that
    /// cannot be stakeholders or relations, hyperedges.
    pub left_out: Vec<Entry>,
    /// What was read differently, or kept somewhere else: a value that
    /// does not parse (kept in the notes), an attribute Powermap has no
    /// field for (kept in the notes), a nested graph read flat, drawing
    /// details left to Powermap.
    pub changed: Vec<Entry>,
    /// Entries beyond the first [`MAX_LISTED`] of each list.
    pub more_left_out: usize,
    pub more_changed: usize,
}

impl Report {
    /// How many items of the file are not in the map.
    pub fn left_out_count(&self) -> usize {
        self.left_out.len() + self.more_left_out
    }

    pub fn changed_count(&self) -> usize {
        self.changed.len() + self.more_changed
    }

    pub fn is_empty(&self) -> bool {
        self.left_out_count() == 0 && self.changed_count() == 0
    }

    fn leave_out(&mut self, line: Option<u64>, reason: String) {
        if self.left_out.len() < MAX_LISTED {
            self.left_out.push(Entry { line, reason });
        } else {
            self.more_left_out += 1;
        }
    }

    fn change(&mut self, line: Option<u64>, reason: String) {
        if self.changed.len() < MAX_LISTED {
            self.changed.push(Entry { line, reason });
        } else {
            self.more_changed += 1;
        }
    }
}

/// What a GraphML file gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// With the ids of the file; [`Imported::to_map`] keeps the plain ones.
    pub stakeholders: Vec<Stakeholder>,
    /// Between stakeholders named by their ids in the file.
    pub relations: Vec<Relation>,
    /// The stakeholders the file gives no position.
    pub unplaced: HashSet<StakeholderId>,
    /// The graph's own attributes (a yEd description), as lines for the map's notes.
    pub map_notes: String,
    pub report: Report,
}

impl Imported {
    pub fn incoming(&self) -> Incoming<'_> {
        Incoming {
            stakeholders: &self.stakeholders,
            relations: &self.relations,
            unplaced: &self.unplaced,
        }
    }

    /// A new map of what was read, titled `title`.
    pub fn to_map(&self, title: &str) -> Result<Map, IncomingError> {
        let mut map = incoming::new_map(title, &self.incoming())?;
        if !self.map_notes.is_empty() {
            let meta = crate::model::MapMeta {
                notes: self.map_notes.clone(),
                ..map.meta().clone()
            };
            crate::edit::Edit::SetMeta(meta).apply(&mut map)?;
        }
        Ok(map)
    }
}

/// Why a whole file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GraphmlError {
    #[error("the file is {} MB; Powermap reads GraphML files of up to {} MB", .bytes.div_ceil(1024 * 1024), MAX_IMPORT_BYTES / (1024 * 1024))]
    TooLarge { bytes: usize },
    #[error("line {line}, column {column}: {message}")]
    Malformed {
        line: u64,
        column: u64,
        message: String,
    },
    #[error("this is not a GraphML file: {0}")]
    NotGraphml(String),
    #[error(
        "the file holds more than {MAX_ITEMS} nodes and edges; Powermap reads up to {MAX_ITEMS}"
    )]
    TooManyItems,
}

/// Reads a GraphML document. Only text that is not well-formed XML, not
/// GraphML, or over the limits is an error; everything else gives the
/// stakeholders and relations read and the report of what was not.
pub fn import(text: &str) -> Result<Imported, GraphmlError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(GraphmlError::TooLarge { bytes: text.len() });
    }
    // Windows editors may start the file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parser = Parser::new(text);
    parser.read()?;
    Ok(parser.finish())
}

/// Reads a GraphML file's text: bounded and UTF-8 as for every import.
pub fn read_file(path: &std::path::Path) -> Result<String, ReadError> {
    incoming::read_text_file(
        path,
        "save it again as UTF-8 (yEd and Gephi write UTF-8 unless told otherwise)",
    )
}

/// The report as lines of text: what was left out, then what was read
/// differently.
pub fn report_text(report: &Report) -> String {
    let mut text = String::new();
    for entry in &report.left_out {
        let _ = writeln!(text, "left out: {entry}");
    }
    if report.more_left_out > 0 {
        let _ = writeln!(text, "left out: and {} more", report.more_left_out);
    }
    for entry in &report.changed {
        let _ = writeln!(text, "note: {entry}");
    }
    if report.more_changed > 0 {
        let _ = writeln!(text, "note: and {} more", report.more_changed);
    }
    text
}

/// Which vocabulary an element belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    GraphMl,
    Yed,
    Viz,
    Other,
}

fn namespace_of(resolved: &ResolveResult<'_>) -> Ns {
    match resolved {
        // Many writers leave out the GraphML namespace.
        ResolveResult::Unbound => Ns::GraphMl,
        ResolveResult::Bound(ns) if ns.as_ref() == GRAPHML_NS => Ns::GraphMl,
        ResolveResult::Bound(ns) if ns.as_ref().starts_with(YED_NS) => Ns::Yed,
        ResolveResult::Bound(ns) if ns.as_ref().ends_with(b"viz") => Ns::Viz,
        // Hand-written files use yEd's and Gephi's prefixes without declaring them.
        ResolveResult::Unknown(prefix) if prefix.as_slice() == b"y" => Ns::Yed,
        ResolveResult::Unknown(prefix) if prefix.as_slice() == b"viz" => Ns::Viz,
        _ => Ns::Other,
    }
}

/// What a key's values are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Domain {
    Node,
    Edge,
    Graph,
    All,
    Other,
}

/// A declared `<key>`.
#[derive(Debug)]
struct Key {
    /// `attr.name`, or the id when there is none.
    name: String,
    domain: Domain,
    /// A yEd key for drawings (`yfiles.type`), not an attribute.
    graphics: bool,
    default: Option<String>,
    line: u64,
}

/// One `<data>` value.
#[derive(Debug)]
struct Value {
    key: String,
    text: String,
    line: u64,
}

/// What yEd draws for a node or an edge, as far as Powermap reads it.
#[derive(Debug, Default)]
struct Drawing {
    /// x, y, width, height.
    geometry: Option<[f32; 4]>,
    label: Option<String>,
    /// Arrowheads at the source and at the target.
    arrows: Option<(bool, bool)>,
}

#[derive(Debug)]
struct NodeDraft {
    id: Option<String>,
    line: u64,
    data: Vec<Value>,
    drawing: Drawing,
    viz: Option<Position>,
}

#[derive(Debug)]
struct EdgeDraft {
    id: Option<String>,
    source: Option<String>,
    target: Option<String>,
    /// The edge's own `directed`, or else its graph's `edgedefault`.
    directed: bool,
    line: u64,
    data: Vec<Value>,
    drawing: Drawing,
}

/// Whose a `<data>` or a drawing is.
#[derive(Clone, Copy, Debug)]
enum Owner {
    Node(usize),
    Edge(usize),
    Graph,
    Nobody,
}

/// An open element and what its content means.
#[derive(Debug)]
enum Frame {
    Root,
    Key(String),
    Default(String, Text),
    Graph {
        directed: bool,
    },
    Node(usize),
    Edge(usize),
    Data {
        owner: Owner,
        key: String,
        text: Text,
        line: u64,
        graphics: bool,
    },
    /// Inside a yEd drawing: looking for geometry, labels and arrows.
    Graphics(Owner),
    Label(Owner, Text),
    Skip,
}

/// What an element's parent is, copied out so the parser can change itself.
#[derive(Clone, Debug)]
enum Parent {
    Root,
    Key(String),
    Graph(bool),
    Node(usize),
    Edge(usize),
    Data(Owner),
    Graphics(Owner),
    Other,
}

impl Parent {
    fn of(frame: &Frame) -> Self {
        match frame {
            Frame::Root => Self::Root,
            Frame::Key(id) => Self::Key(id.clone()),
            Frame::Graph { directed } => Self::Graph(*directed),
            Frame::Node(i) => Self::Node(*i),
            Frame::Edge(i) => Self::Edge(*i),
            Frame::Data { owner, .. } => Self::Data(*owner),
            Frame::Graphics(owner) => Self::Graphics(*owner),
            Frame::Default(..) | Frame::Label(..) | Frame::Skip => Self::Other,
        }
    }
}

/// Text being collected, bounded.
#[derive(Debug, Default)]
struct Text {
    text: String,
    too_long: bool,
}

impl Text {
    fn push(&mut self, more: &str) {
        if self.text.len() + more.len() > MAX_VALUE_BYTES {
            self.too_long = true;
        } else {
            self.text.push_str(more);
        }
    }
}

/// Finds the line of a byte offset, moving only forwards.
struct Lines<'a> {
    text: &'a str,
    offset: usize,
    line: u64,
}

impl Lines<'_> {
    #[allow(
        clippy::naive_bytecount,
        reason = "a crate for counting bytes is not worth a few lines"
    )]
    fn at(&mut self, offset: u64) -> u64 {
        let offset = (offset as usize).min(self.text.len());
        if offset < self.offset {
            return line_and_column(self.text, offset).0;
        }
        let newlines = self.text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += newlines as u64;
        self.offset = offset;
        self.line
    }
}

/// The line and column (from 1, in characters) of a byte offset.
#[allow(
    clippy::naive_bytecount,
    reason = "a crate for counting bytes is not worth a few lines"
)]
fn line_and_column(text: &str, offset: usize) -> (u64, u64) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u64
        + 1;
    (line, column)
}

struct Parser<'a> {
    text: &'a str,
    reader: NsReader<&'a [u8]>,
    lines: Lines<'a>,
    /// Open elements: what each means, its name as written and its line.
    frames: Vec<(Frame, String, u64)>,
    keys: HashMap<String, Key>,
    nodes: Vec<NodeDraft>,
    edges: Vec<EdgeDraft>,
    graph_data: Vec<Value>,
    graphs: usize,
    report: Report,
    /// yEd drawing details met (shapes, fills, fonts, edge paths).
    yed_drawing: bool,
    /// Gephi drawing elements met (`viz:color`, `viz:size`, …).
    viz_drawing: bool,
    unknown_entities: HashSet<String>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        let mut reader = NsReader::from_str(text);
        // Every element gives a start and an end, empty or not.
        reader.config_mut().expand_empty_elements = true;
        Self {
            text,
            reader,
            lines: Lines {
                text,
                offset: 0,
                line: 1,
            },
            frames: Vec::new(),
            keys: HashMap::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            graph_data: Vec::new(),
            graphs: 0,
            report: Report::default(),
            yed_drawing: false,
            viz_drawing: false,
            unknown_entities: HashSet::new(),
        }
    }

    fn malformed_at(&self, offset: u64, message: String) -> GraphmlError {
        let (line, column) = line_and_column(self.text, offset as usize);
        GraphmlError::Malformed {
            line,
            column,
            message,
        }
    }

    fn read(&mut self) -> Result<(), GraphmlError> {
        let mut seen_root = false;
        loop {
            let at = self.reader.buffer_position();
            let (ns, event) = match self.reader.read_resolved_event() {
                Ok((resolved, event)) => (namespace_of(&resolved), event),
                Err(error) => {
                    let offset = self.reader.error_position();
                    return Err(self.malformed_at(offset, plain_xml_error(&error)));
                }
            };
            match event {
                Event::Start(element) => {
                    if self.frames.is_empty() && seen_root {
                        return Err(self.malformed_at(
                            at,
                            "a second top-level element starts here; a GraphML file has one <graphml> element".to_owned(),
                        ));
                    }
                    seen_root = true;
                    self.start(ns, &element, at)?;
                }
                Event::End(_) => self.end(),
                Event::Text(text) => {
                    let text = text.xml10_content().map_err(|e| {
                        self.malformed_at(at, format!("the text here cannot be read: {e}"))
                    })?;
                    self.text_content(&text, at)?;
                }
                Event::CData(data) => {
                    let text = data.xml10_content().map_err(|e| {
                        self.malformed_at(at, format!("the text here cannot be read: {e}"))
                    })?;
                    self.text_content(&text, at)?;
                }
                Event::GeneralRef(reference) => {
                    let name = String::from_utf8_lossy(&reference).into_owned();
                    let resolved: Cow<'_, str> = match reference.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string().into(),
                        Ok(None) => {
                            if let Some(text) = quick_xml::escape::resolve_predefined_entity(&name)
                            {
                                text.into()
                            } else {
                                if self.unknown_entities.insert(name.clone()) {
                                    let line = self.lines.at(at);
                                    self.report.change(
                                        Some(line),
                                        format!(
                                            "the entity &{name}; is not one XML knows; it is kept as written"
                                        ),
                                    );
                                }
                                format!("&{name};").into()
                            }
                        }
                        Err(_) => {
                            return Err(self.malformed_at(
                                at,
                                format!("&{name}; is not a character Unicode has"),
                            ));
                        }
                    };
                    self.text_content(&resolved, at)?;
                }
                Event::Eof => break,
                // Declarations, comments, processing instructions, DTDs.
                _ => {}
            }
        }
        if let Some((_, name, line)) = self.frames.last() {
            let message =
                format!("the file ends before <{name}>, opened on line {line}, is closed");
            return Err(self.malformed_at(self.text.len() as u64, message));
        }
        if !seen_root {
            return Err(GraphmlError::NotGraphml(
                "it holds no <graphml> element".to_owned(),
            ));
        }
        Ok(())
    }

    fn text_content(&mut self, text: &str, at: u64) -> Result<(), GraphmlError> {
        match self.frames.last_mut() {
            Some((
                Frame::Data {
                    text: t,
                    graphics: false,
                    ..
                }
                | Frame::Label(_, t)
                | Frame::Default(_, t),
                ..,
            )) => {
                t.push(text);
                Ok(())
            }
            None if !text.trim().is_empty() => {
                Err(self.malformed_at(at, "there is text outside the <graphml> element".to_owned()))
            }
            _ => Ok(()),
        }
    }

    fn attribute(
        &self,
        element: &BytesStart<'_>,
        name: &str,
        at: u64,
    ) -> Result<Option<String>, GraphmlError> {
        let found = element.try_get_attribute(name).map_err(|e| {
            self.malformed_at(
                at,
                format!("an attribute of this element cannot be read: {e}"),
            )
        })?;
        found
            .map(|a| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map(Cow::into_owned)
                    .map_err(|e| {
                        self.malformed_at(
                            at,
                            format!(
                                "the value of {name}=\"…\" cannot be read: {}",
                                plain_xml_error(&e)
                            ),
                        )
                    })
            })
            .transpose()
    }

    fn count_item(&self) -> Result<(), GraphmlError> {
        if self.nodes.len() + self.edges.len() >= MAX_ITEMS {
            Err(GraphmlError::TooManyItems)
        } else {
            Ok(())
        }
    }

    fn start(&mut self, ns: Ns, element: &BytesStart<'_>, at: u64) -> Result<(), GraphmlError> {
        let line = self.lines.at(at);
        let written = String::from_utf8_lossy(element.name().as_ref()).into_owned();
        let local = element.local_name();
        let local = local.as_ref();
        let parent = self.frames.last().map(|(frame, ..)| Parent::of(frame));
        let frame = match (parent.clone(), ns, local) {
            (None, Ns::GraphMl, b"graphml") => Frame::Root,
            (None, ..) => {
                let hint = if local == b"gexf" {
                    "; this is a GEXF file: in Gephi, choose File → Export → Graph file… and GraphML"
                } else {
                    ""
                };
                return Err(GraphmlError::NotGraphml(format!(
                    "it starts with <{written}>, not <graphml>{hint}"
                )));
            }
            (Some(Parent::Root), Ns::GraphMl, b"key") => self.key(element, at, line)?,
            (Some(Parent::Root | Parent::Node(_) | Parent::Edge(_)), Ns::GraphMl, b"graph") => {
                self.graph(parent.as_ref(), element, at, line)?
            }
            (Some(Parent::Key(id)), Ns::GraphMl, b"default") => Frame::Default(id, Text::default()),
            (Some(Parent::Graph(_)), Ns::GraphMl, b"node") => {
                self.count_item()?;
                let id = self.attribute(element, "id", at)?;
                self.nodes.push(NodeDraft {
                    id,
                    line,
                    data: Vec::new(),
                    drawing: Drawing::default(),
                    viz: None,
                });
                Frame::Node(self.nodes.len() - 1)
            }
            (Some(Parent::Graph(directed)), Ns::GraphMl, b"edge") => {
                self.count_item()?;
                // GraphML's own `directed`, or Gephi's `type`.
                let directed = match (
                    self.attribute(element, "directed", at)?.as_deref(),
                    self.attribute(element, "type", at)?.as_deref(),
                ) {
                    (Some("false"), _) | (None, Some("undirected")) => false,
                    (Some("true"), _) | (None, Some("directed")) => true,
                    _ => directed,
                };
                let edge = EdgeDraft {
                    id: self.attribute(element, "id", at)?,
                    source: self.attribute(element, "source", at)?,
                    target: self.attribute(element, "target", at)?,
                    directed,
                    line,
                    data: Vec::new(),
                    drawing: Drawing::default(),
                };
                self.edges.push(edge);
                Frame::Edge(self.edges.len() - 1)
            }
            (Some(Parent::Graph(_)), Ns::GraphMl, b"hyperedge") => {
                self.report.leave_out(
                    Some(line),
                    "a hyperedge (an edge joining more than two nodes) is left out: a Powermap relation joins two stakeholders".to_owned(),
                );
                Frame::Skip
            }
            (
                Some(Parent::Root | Parent::Graph(_) | Parent::Node(_) | Parent::Edge(_)),
                Ns::GraphMl,
                b"data",
            ) => {
                let owner = match parent {
                    Some(Parent::Node(i)) => Owner::Node(i),
                    Some(Parent::Edge(i)) => Owner::Edge(i),
                    Some(Parent::Graph(_)) => Owner::Graph,
                    _ => Owner::Nobody,
                };
                let key = self.attribute(element, "key", at)?.unwrap_or_default();
                let graphics = self.keys.get(&key).is_some_and(|k| k.graphics);
                Frame::Data {
                    owner,
                    key,
                    text: Text::default(),
                    line,
                    graphics,
                }
            }
            (Some(Parent::Node(i)), Ns::GraphMl, b"port") => {
                let id = self.nodes[i].id.clone().unwrap_or_default();
                self.report.change(
                    Some(line),
                    format!("a port of node “{id}” is left out: edges to it join the node itself"),
                );
                Frame::Skip
            }
            (Some(Parent::Node(i)), Ns::GraphMl, b"locator") => {
                let id = self.nodes[i].id.clone().unwrap_or_default();
                self.report.change(
                    Some(line),
                    format!("node “{id}” points to a graph in another file (<locator>); that graph is not read"),
                );
                Frame::Skip
            }
            (Some(Parent::Node(i)), Ns::Viz, b"position") => {
                let x = self.attribute(element, "x", at)?.and_then(|v| number(&v));
                let y = self.attribute(element, "y", at)?.and_then(|v| number(&v));
                if let (Some(x), Some(y)) = (x, y) {
                    self.nodes[i].viz = Some(Position::new(x, y));
                }
                Frame::Skip
            }
            (Some(Parent::Node(_) | Parent::Edge(_)), Ns::Viz, _) => {
                self.viz_drawing = true;
                Frame::Skip
            }
            (Some(Parent::Data(owner) | Parent::Graphics(owner)), Ns::Yed, _) => {
                if let Some((Frame::Data { graphics, .. }, ..)) = self.frames.last_mut() {
                    // A drawing, whatever its key says: its text is layout, not a value.
                    *graphics = true;
                }
                self.graphics(owner, local, element, at)?
            }
            (
                Some(
                    Parent::Root
                    | Parent::Graph(_)
                    | Parent::Node(_)
                    | Parent::Edge(_)
                    | Parent::Key(_),
                ),
                Ns::GraphMl,
                b"desc",
            ) => Frame::Skip,
            (Some(Parent::Root | Parent::Graph(_) | Parent::Node(_) | Parent::Edge(_)), ..) => {
                self.report.change(
                    Some(line),
                    format!(
                        "<{written}> is not part of GraphML as Powermap reads it; it is left out"
                    ),
                );
                Frame::Skip
            }
            _ => Frame::Skip,
        };
        self.frames.push((frame, written, line));
        Ok(())
    }

    fn key(&mut self, element: &BytesStart<'_>, at: u64, line: u64) -> Result<Frame, GraphmlError> {
        let id = self.attribute(element, "id", at)?.unwrap_or_default();
        let name = self
            .attribute(element, "attr.name", at)?
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| id.clone());
        let domain = match self.attribute(element, "for", at)?.as_deref() {
            Some("node") => Domain::Node,
            Some("edge") => Domain::Edge,
            Some("graph") => Domain::Graph,
            Some("all") | None => Domain::All,
            Some(_) => Domain::Other,
        };
        let graphics = self.attribute(element, "yfiles.type", at)?.is_some();
        self.keys.insert(
            id.clone(),
            Key {
                name,
                domain,
                graphics,
                default: None,
                line,
            },
        );
        Ok(Frame::Key(id))
    }

    fn graph(
        &mut self,
        parent: Option<&Parent>,
        element: &BytesStart<'_>,
        at: u64,
        line: u64,
    ) -> Result<Frame, GraphmlError> {
        let directed = self.attribute(element, "edgedefault", at)?.as_deref() != Some("undirected");
        match parent {
            Some(&Parent::Node(i)) => {
                let id = self.nodes[i].id.clone().unwrap_or_default();
                self.report.change(
                    Some(line),
                    format!(
                        "node “{id}” holds a nested graph (a yEd group): its nodes are read as stakeholders beside the others, and the grouping is left out"
                    ),
                );
            }
            Some(Parent::Edge(_)) => self.report.change(
                Some(line),
                "an edge holds a nested graph: its nodes are read as stakeholders beside the others".to_owned(),
            ),
            _ => {
                self.graphs += 1;
                if self.graphs == 2 {
                    self.report.change(
                        Some(line),
                        "the file holds more than one graph; all are read into one map".to_owned(),
                    );
                }
            }
        }
        Ok(Frame::Graph { directed })
    }

    /// An element of a yEd drawing.
    fn graphics(
        &mut self,
        owner: Owner,
        local: &[u8],
        element: &BytesStart<'_>,
        at: u64,
    ) -> Result<Frame, GraphmlError> {
        match (owner, local) {
            (Owner::Node(_) | Owner::Edge(_), b"NodeLabel" | b"EdgeLabel") => {
                return Ok(Frame::Label(owner, Text::default()));
            }
            (Owner::Node(i), b"Geometry") => {
                let mut values = [0.0f32; 4];
                let mut all = true;
                for (value, name) in values.iter_mut().zip(["x", "y", "width", "height"]) {
                    match self.attribute(element, name, at)?.and_then(|v| number(&v)) {
                        Some(v) => *value = v,
                        None => all = false,
                    }
                }
                let drawing = &mut self.nodes[i].drawing;
                if all && drawing.geometry.is_none() {
                    drawing.geometry = Some(values);
                }
            }
            (Owner::Edge(i), b"Arrows") => {
                let arrow = |end: Option<String>| end.is_some_and(|a| a != "none");
                let source = arrow(self.attribute(element, "source", at)?);
                let target = arrow(self.attribute(element, "target", at)?);
                self.edges[i].drawing.arrows.get_or_insert((source, target));
            }
            // Wrappers that hold the parts above: realizers of groups, the node itself.
            (
                _,
                b"ShapeNode"
                | b"GenericNode"
                | b"SVGNode"
                | b"ImageNode"
                | b"ProxyAutoBoundsNode"
                | b"Realizers"
                | b"GroupNode"
                | b"TableNode"
                | b"PolyLineEdge"
                | b"GenericEdge"
                | b"ArcEdge"
                | b"BezierEdge"
                | b"QuadCurveEdge"
                | b"SplineEdge",
            ) => {}
            _ => self.yed_drawing = true,
        }
        Ok(Frame::Graphics(owner))
    }

    fn end(&mut self) {
        let Some((frame, ..)) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Default(id, text) => {
                if let Some(key) = self.keys.get_mut(&id)
                    && !text.too_long
                {
                    key.default = Some(text.text);
                }
            }
            Frame::Data {
                owner,
                key,
                text,
                line,
                graphics: false,
            } => {
                if text.too_long {
                    self.report.change(
                        Some(line),
                        format!(
                            "a value of “{}” is longer than {} MB; it is left out",
                            self.keys
                                .get(&key)
                                .map_or(key.as_str(), |k| k.name.as_str()),
                            MAX_VALUE_BYTES / 1_000_000
                        ),
                    );
                    return;
                }
                let value = Value {
                    key,
                    text: text.text,
                    line,
                };
                match owner {
                    Owner::Node(i) => self.nodes[i].data.push(value),
                    Owner::Edge(i) => self.edges[i].data.push(value),
                    Owner::Graph => self.graph_data.push(value),
                    Owner::Nobody => {}
                }
            }
            Frame::Label(owner, text) => {
                let label = text.text.trim();
                if label.is_empty() || text.too_long {
                    return;
                }
                let drawing = match owner {
                    Owner::Node(i) => &mut self.nodes[i].drawing,
                    Owner::Edge(i) => &mut self.edges[i].drawing,
                    Owner::Graph | Owner::Nobody => return,
                };
                drawing.label.get_or_insert_with(|| label.to_owned());
            }
            _ => {}
        }
    }

    /// Turns what was read into stakeholders and relations.
    fn finish(mut self) -> Imported {
        let mut imported = Imported::default();
        let mut summary = FileNotes::default();
        let nodes = std::mem::take(&mut self.nodes);
        let mut ids: HashSet<String> = HashSet::new();
        for draft in nodes {
            let Some(id) = draft.id.clone().filter(|id| !id.trim().is_empty()) else {
                self.report.leave_out(
                    Some(draft.line),
                    "a node without an id is left out: edges could not name it".to_owned(),
                );
                continue;
            };
            if !ids.insert(id.clone()) {
                self.report.leave_out(
                    Some(draft.line),
                    format!("node id “{id}” is used again here; this second node is left out"),
                );
                continue;
            }
            let (stakeholder, placed) = self.stakeholder(&id, &draft, &mut summary);
            if !placed {
                imported.unplaced.insert(stakeholder.id.clone());
            }
            imported.stakeholders.push(stakeholder);
        }
        let edges = std::mem::take(&mut self.edges);
        for draft in edges {
            if let Some(relation) = self.relation(&draft, &ids, &mut summary) {
                imported.relations.push(relation);
            }
        }
        imported.map_notes = self.graph_notes();
        summary.report(&mut self.report);
        if self.yed_drawing {
            self.report.change(
                None,
                "yEd's shapes, colours, fonts and edge paths are left out: Powermap draws each stakeholder by its kind and stance".to_owned(),
            );
        }
        if self.viz_drawing {
            self.report.change(
                None,
                "Gephi's colours and sizes (viz) are left out: Powermap draws each stakeholder by its kind and stance".to_owned(),
            );
        }
        // In the order of the file; what is about the whole file last.
        let by_line = |e: &Entry| e.line.unwrap_or(u64::MAX);
        self.report.left_out.sort_by_key(by_line);
        self.report.changed.sort_by_key(by_line);
        imported.report = self.report;
        imported
    }

    /// The values of a node or an edge, with the defaults of the keys it has no value for.
    fn values<'v>(
        &'v self,
        data: &'v [Value],
        domain: Domain,
        summary: &mut FileNotes,
    ) -> Vec<(&'v str, &'v str, u64)> {
        let mut values: Vec<(&str, &str, u64)> = Vec::new();
        for value in data {
            let name = match self.keys.get(&value.key) {
                Some(key) if key.graphics => continue,
                Some(key) => key.name.as_str(),
                None => {
                    summary.undeclared(&value.key, value.line);
                    value.key.as_str()
                }
            };
            values.push((name, value.text.as_str(), value.line));
        }
        // Keys in the order the file declares them, for stable notes.
        let mut defaults: Vec<&Key> = self
            .keys
            .iter()
            .filter(|(id, key)| {
                (key.domain == domain || key.domain == Domain::All)
                    && key.default.is_some()
                    && !data.iter().any(|v| &v.key == *id)
            })
            .map(|(_, key)| key)
            .collect();
        defaults.sort_by_key(|key| key.line);
        for key in defaults {
            if let Some(default) = &key.default {
                values.push((key.name.as_str(), default.as_str(), key.line));
            }
        }
        values
    }

    fn stakeholder(
        &self,
        id: &str,
        draft: &NodeDraft,
        summary: &mut FileNotes,
    ) -> (Stakeholder, bool) {
        let values = self.values(&draft.data, Domain::Node, summary);
        let mut name = draft.drawing.label.clone();
        for (key, text, _) in &values {
            if name.is_none()
                && StakeholderField::named(key) == Some(StakeholderField::Name)
                && !text.trim().is_empty()
            {
                name = Some(text.trim().to_owned());
            }
        }
        let name = name.unwrap_or_else(|| {
            summary.unnamed += 1;
            id.to_owned()
        });
        let mut s = Stakeholder::new(StakeholderId::new(id), name, Kind::Other);
        let mut extra = String::new();
        let (mut x, mut y) = (None, None);
        for (key, text, line) in values {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                continue;
            }
            let Some(attribute) = node_attribute(key) else {
                summary.unknown(key, "stakeholders", line);
                add_line(&mut extra, key, text);
                continue;
            };
            let read: Result<(), ValueError> = match attribute {
                Attribute::Drawing => {
                    summary.drawing(key);
                    Ok(())
                }
                // The name was read above; the id is the node's own.
                Attribute::Field(StakeholderField::Name | StakeholderField::Id) => Ok(()),
                Attribute::Field(StakeholderField::X) => {
                    coordinate(trimmed, StakeholderField::X.key()).map(|v| x = Some(v))
                }
                Attribute::Field(StakeholderField::Y) => {
                    coordinate(trimmed, StakeholderField::Y.key()).map(|v| y = Some(v))
                }
                Attribute::Field(field) => field.read(&mut s, text, field.key()),
            };
            if let Err(problem) = read {
                summary.bad_value(
                    line,
                    format!(
                        "node “{}”: {problem}; the value is kept in its notes",
                        s.name
                    ),
                );
                add_line(&mut extra, key, text);
            }
        }
        append_notes(&mut s.notes, &extra);
        let given = match (x, y) {
            (Some(x), Some(y)) => Some(Position::new(x, y)),
            _ => None,
        };
        let drawn = draft
            .drawing
            .geometry
            .map(|[x, y, w, h]| Position::new(x + w / 2.0, y + h / 2.0));
        // What yEd draws is where the user last saw the node. Powermap's own
        // export gives x and y as well: where they agree with the drawing
        // they are the exact place (the centre of a box is rounded).
        let position = match (drawn, given) {
            (Some(drawn), Some(given)) if near(drawn, given) => Some(given),
            (Some(drawn), _) => Some(drawn),
            (None, _) => draft.viz.or(given),
        }
        .filter(|p| p.is_finite());
        if let Some(position) = position {
            s.position = position.normalized();
        }
        s.normalize();
        (s, position.is_some())
    }

    fn relation(
        &mut self,
        draft: &EdgeDraft,
        nodes: &HashSet<String>,
        summary: &mut FileNotes,
    ) -> Option<Relation> {
        let end = |end: &Option<String>, what: &str| -> Result<String, String> {
            match end {
                None => Err(format!("an edge without a {what} is left out")),
                Some(id) if !nodes.contains(id) => Err(format!(
                    "an edge is left out: its {what} “{id}” is not a node of the file that could be read"
                )),
                Some(id) => Ok(id.clone()),
            }
        };
        let ends =
            end(&draft.source, "source").and_then(|from| Ok((from, end(&draft.target, "target")?)));
        let (from, to) = match ends {
            Ok(ends) => ends,
            Err(reason) => {
                self.report.leave_out(Some(draft.line), reason);
                return None;
            }
        };
        if from == to {
            self.report.leave_out(
                Some(draft.line),
                format!("an edge from node “{from}” to itself is left out: a relation joins two stakeholders"),
            );
            return None;
        }
        let values = self.values(&draft.data, Domain::Edge, summary);
        let mut id = draft.id.clone().unwrap_or_default();
        let mut kind: Option<RelationKind> = None;
        let mut label: Option<RelationKind> = draft.drawing.label.as_deref().map(relation_kind);
        let mut mutual: Option<bool> = None;
        let mut r = Relation::new(
            RelationId::new(""),
            StakeholderId::new(&from),
            StakeholderId::new(&to),
            RelationKind::Influences,
        );
        let mut extra = String::new();
        for (key, text, line) in values {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                continue;
            }
            let attribute = match edge_attribute(key) {
                // An edge's ends are its source and target.
                None | Some(EdgeAttribute::Field(RelationField::From | RelationField::To)) => {
                    summary.unknown(key, "relations", line);
                    add_line(&mut extra, key, text);
                    continue;
                }
                Some(attribute) => attribute,
            };
            let read = match attribute {
                EdgeAttribute::Field(RelationField::Kind) => {
                    kind.get_or_insert_with(|| relation_kind(trimmed));
                    Ok(())
                }
                EdgeAttribute::Label => {
                    label.get_or_insert_with(|| relation_kind(trimmed));
                    Ok(())
                }
                EdgeAttribute::Field(RelationField::Id) => {
                    if id.is_empty() {
                        trimmed.clone_into(&mut id);
                    }
                    Ok(())
                }
                EdgeAttribute::Field(RelationField::Mutual) => {
                    flag(trimmed, RelationField::Mutual.key()).map(|v| mutual = Some(v))
                }
                EdgeAttribute::Field(field) => field.read(&mut r, text, field.key()),
                EdgeAttribute::Drawing => {
                    summary.drawing(key);
                    Ok(())
                }
            };
            if let Err(problem) = read {
                summary.bad_value(
                    line,
                    format!(
                        "the edge from “{from}” to “{to}”: {problem}; the value is kept in its note"
                    ),
                );
                add_line(&mut extra, key, text);
            }
        }
        append_notes(&mut r.note, &extra);
        r.id = RelationId::new(id);
        r.kind = kind.or(label).unwrap_or(RelationKind::Influences);
        r.mutual = mutual
            .or(draft
                .drawing
                .arrows
                .map(|(source, target)| source == target))
            .unwrap_or(!draft.directed);
        Some(r)
    }

    /// The graph's own attributes, as lines for the map's notes.
    fn graph_notes(&self) -> String {
        let mut text = String::new();
        for value in &self.graph_data {
            let name = match self.keys.get(&value.key) {
                Some(key) if key.graphics => continue,
                Some(key) => key.name.as_str(),
                None => value.key.as_str(),
            };
            if !value.text.trim().is_empty() {
                add_line(&mut text, name, &value.text);
            }
        }
        text
    }
}

/// What the report says once for the whole file, gathered node by node.
#[derive(Default)]
struct FileNotes {
    /// Attributes Powermap has no field for: name → (line of first use, what has them).
    unknown: Vec<(String, u64, &'static str)>,
    drawing: Vec<String>,
    undeclared: Vec<(String, u64)>,
    bad_values: Vec<(u64, String)>,
    unnamed: usize,
}

impl FileNotes {
    fn unknown(&mut self, name: &str, owners: &'static str, line: u64) {
        if !self
            .unknown
            .iter()
            .any(|(n, _, o)| n == name && *o == owners)
        {
            self.unknown.push((name.to_owned(), line, owners));
        }
    }

    fn drawing(&mut self, name: &str) {
        if !self.drawing.iter().any(|n| n == name) {
            self.drawing.push(name.to_owned());
        }
    }

    fn undeclared(&mut self, key: &str, line: u64) {
        if !self.undeclared.iter().any(|(k, _)| k == key) {
            self.undeclared.push((key.to_owned(), line));
        }
    }

    fn bad_value(&mut self, line: u64, reason: String) {
        self.bad_values.push((line, reason));
    }

    fn report(self, report: &mut Report) {
        for (line, reason) in self.bad_values {
            report.change(Some(line), reason);
        }
        for (name, line, owners) in self.unknown {
            report.change(
                Some(line),
                format!("Powermap has no field “{name}”; its values are kept as a line of the {owners}' notes"),
            );
        }
        for (key, line) in self.undeclared {
            report.change(
                Some(line),
                format!(
                    "the key “{key}” is used but never declared with <key>; it is read by that name"
                ),
            );
        }
        if self.unnamed > 0 {
            report.change(
                None,
                if self.unnamed == 1 {
                    "1 node without a label or a name is named by its id".to_owned()
                } else {
                    format!(
                        "{} nodes without a label or a name are named by their ids",
                        self.unnamed
                    )
                },
            );
        }
        if !self.drawing.is_empty() {
            report.change(
                None,
                format!(
                    "drawing attributes are left out ({}): Powermap draws by kind, stance, power and strength",
                    self.drawing.join(", ")
                ),
            );
        }
    }
}

/// What a node's attribute gives: a field, or a detail of its drawing
/// that Powermap leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attribute {
    Field(StakeholderField),
    Drawing,
}

/// Attributes of a node's drawing, folded.
const NODE_DRAWING: [&str; 10] = [
    "r", "g", "b", "z", "size", "color", "colour", "width", "height", "shape",
];

/// Attributes of an edge's drawing, folded.
const EDGE_DRAWING: [&str; 9] = [
    "weight",
    "r",
    "g",
    "b",
    "color",
    "colour",
    "thickness",
    "width",
    "shape",
];

fn node_attribute(name: &str) -> Option<Attribute> {
    if let Some(field) = StakeholderField::named(name) {
        return Some(Attribute::Field(field));
    }
    NODE_DRAWING
        .contains(&folded(name).as_str())
        .then_some(Attribute::Drawing)
}

/// What an edge's attribute gives: a field, yEd's label (the kind when
/// the edge has no kind), or a detail of its drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EdgeAttribute {
    Field(RelationField),
    Label,
    Drawing,
}

fn edge_attribute(name: &str) -> Option<EdgeAttribute> {
    if let Some(field) = RelationField::named(name) {
        return Some(EdgeAttribute::Field(field));
    }
    let name = folded(name);
    if matches!(name.as_str(), "label" | "edgelabel") {
        Some(EdgeAttribute::Label)
    } else {
        EDGE_DRAWING
            .contains(&name.as_str())
            .then_some(EdgeAttribute::Drawing)
    }
}

/// Whether two places are the same but for rounding.
fn near(a: Position, b: Position) -> bool {
    let close = |a: f32, b: f32| (a - b).abs() <= 1e-3 * (1.0 + b.abs());
    close(a.x, b.x) && close(a.y, b.y)
}

fn number(text: &str) -> Option<f32> {
    coordinate(text, "").ok()
}

/// Adds `name: value` as a line of notes.
fn add_line(notes: &mut String, name: &str, value: &str) {
    if !notes.is_empty() {
        notes.push('\n');
    }
    let _ = write!(notes, "{name}: {value}");
}

fn append_notes(notes: &mut String, extra: &str) {
    if extra.is_empty() {
        return;
    }
    if !notes.is_empty() {
        notes.push_str("\n\n");
    }
    notes.push_str(extra);
}

/// quick-xml's errors in words a reader of the file follows.
fn plain_xml_error(error: &quick_xml::Error) -> String {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    match error {
        quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            format!(
                "</{found}> here closes <{expected}>, which is the element still open; a tag is missing or misspelt"
            )
        }
        quick_xml::Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
            format!("</{name}> here closes an element that was never opened")
        }
        quick_xml::Error::IllFormed(IllFormedError::UnclosedReference) => {
            "an & starts a reference that never ends with ; (write a plain & as &amp;)".to_owned()
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedTag) => {
            "a tag that starts with < here is never closed with >".to_owned()
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedComment) => {
            "a comment that starts with <!-- here is never closed with -->".to_owned()
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedCData) => {
            "a <![CDATA[ section here is never closed with ]]>".to_owned()
        }
        quick_xml::Error::Syntax(
            SyntaxError::UnclosedSingleQuotedAttributeValue
            | SyntaxError::UnclosedDoubleQuotedAttributeValue,
        ) => "an attribute value that starts with a quote here is never closed".to_owned(),
        other => format!("this is not well-formed XML ({other})"),
    }
}
