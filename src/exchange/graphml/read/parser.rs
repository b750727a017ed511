//! The one pass over the text: each element opened, its text, each
//! element closed, bounded in size and items; what cannot be carried is
//! reported, only text that is not well-formed XML or not GraphML is refused.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};

use super::items::number;
use super::xml::{
    Domain, Drawing, EdgeDraft, Frame, Key, Lines, NodeDraft, Ns, Owner, Parent, Text, Value,
    line_and_column, namespace_of, plain_xml_error,
};
use super::{GraphmlError, MAX_ITEMS, MAX_VALUE_BYTES, Report, YWORKS_XML};
use crate::i18n::{tr, tr_with};
use crate::model::Position;

pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) reader: NsReader<&'a [u8]>,
    pub(super) lines: Lines<'a>,
    /// Open elements: what each means, its name as written and its line.
    pub(super) frames: Vec<(Frame, String, u64)>,
    pub(super) keys: HashMap<String, Key>,
    pub(super) nodes: Vec<NodeDraft>,
    pub(super) edges: Vec<EdgeDraft>,
    pub(super) graph_data: Vec<Value>,
    pub(super) graphs: usize,
    pub(super) report: Report,
    /// yEd drawing details met (shapes, fills, fonts, edge paths).
    pub(super) yed_drawing: bool,
    /// Gephi drawing elements met (`viz:color`, `viz:size`, …).
    pub(super) viz_drawing: bool,
    pub(super) unknown_entities: HashSet<String>,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str) -> Self {
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

    pub(super) fn malformed_at(&self, offset: u64, message: String) -> GraphmlError {
        let (line, column) = line_and_column(self.text, offset as usize);
        GraphmlError::Malformed {
            line,
            column,
            message,
        }
    }

    pub(super) fn read(&mut self) -> Result<(), GraphmlError> {
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
                        return Err(self.malformed_at(at, tr("graphml-second-root")));
                    }
                    seen_root = true;
                    self.start(ns, &element, at)?;
                }
                Event::End(_) => self.end(),
                Event::Text(text) => {
                    let text = text
                        .xml10_content()
                        .map_err(|e| self.malformed_at(at, unreadable_text(&e)))?;
                    self.text_content(&text, at)?;
                }
                Event::CData(data) => {
                    let text = data
                        .xml10_content()
                        .map_err(|e| self.malformed_at(at, unreadable_text(&e)))?;
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
                                        tr_with(
                                            "graphml-unknown-entity",
                                            &[("name", name.clone().into())],
                                        ),
                                    );
                                }
                                format!("&{name};").into()
                            }
                        }
                        Err(_) => {
                            return Err(self.malformed_at(
                                at,
                                tr_with(
                                    "graphml-not-a-character",
                                    &[("name", name.clone().into())],
                                ),
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
            let message = tr_with(
                "graphml-ends-early",
                &[("name", name.clone().into()), ("line", (*line).into())],
            );
            return Err(self.malformed_at(self.text.len() as u64, message));
        }
        if !seen_root {
            return Err(GraphmlError::NotGraphml(tr("graphml-no-root")));
        }
        Ok(())
    }

    pub(super) fn text_content(&mut self, text: &str, at: u64) -> Result<(), GraphmlError> {
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
                Err(self.malformed_at(at, tr("graphml-text-outside")))
            }
            _ => Ok(()),
        }
    }

    pub(super) fn attribute(
        &self,
        element: &BytesStart<'_>,
        name: &str,
        at: u64,
    ) -> Result<Option<String>, GraphmlError> {
        let found = element.try_get_attribute(name).map_err(|e| {
            self.malformed_at(
                at,
                tr_with(
                    "graphml-bad-attribute",
                    &[("problem", e.to_string().into())],
                ),
            )
        })?;
        found
            .map(|a| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map(Cow::into_owned)
                    .map_err(|e| {
                        self.malformed_at(
                            at,
                            tr_with(
                                "graphml-bad-attribute-value",
                                &[
                                    ("name", name.to_string().into()),
                                    ("problem", plain_xml_error(&e).into()),
                                ],
                            ),
                        )
                    })
            })
            .transpose()
    }

    pub(super) fn count_item(&self) -> Result<(), GraphmlError> {
        if self.nodes.len() + self.edges.len() >= MAX_ITEMS {
            Err(GraphmlError::TooManyItems)
        } else {
            Ok(())
        }
    }

    pub(super) fn start(
        &mut self,
        ns: Ns,
        element: &BytesStart<'_>,
        at: u64,
    ) -> Result<(), GraphmlError> {
        let line = self.lines.at(at);
        let written = String::from_utf8_lossy(element.name().as_ref()).into_owned();
        let local = element.local_name();
        let local = local.as_ref();
        let parent = self.frames.last().map(|(frame, ..)| Parent::of(frame));
        let frame = match (parent.clone(), ns, local) {
            (None, Ns::GraphMl, b"graphml") => Frame::Root,
            (None, ..) => {
                let id = if local == b"gexf" {
                    "graphml-gexf-root"
                } else {
                    "graphml-other-root"
                };
                return Err(GraphmlError::NotGraphml(tr_with(
                    id,
                    &[("name", written.clone().into())],
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
                self.report.leave_out(Some(line), tr("graphml-hyperedge"));
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
                    tr_with("graphml-port", &[("id", id.clone().into())]),
                );
                Frame::Skip
            }
            (Some(Parent::Node(i)), Ns::GraphMl, b"locator") => {
                let id = self.nodes[i].id.clone().unwrap_or_default();
                self.report.change(
                    Some(line),
                    tr_with("graphml-locator", &[("id", id.clone().into())]),
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
                    tr_with(
                        "graphml-unknown-element",
                        &[("name", written.clone().into())],
                    ),
                );
                Frame::Skip
            }
            _ => Frame::Skip,
        };
        self.frames.push((frame, written, line));
        Ok(())
    }

    pub(super) fn key(
        &mut self,
        element: &BytesStart<'_>,
        at: u64,
        line: u64,
    ) -> Result<Frame, GraphmlError> {
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
        // yEd marks its drawing keys with `yfiles.type`; yEd Live and
        // yFiles for HTML with a `y:attr.uri` of theirs (NodeLabels, …).
        let graphics = self.attribute(element, "yfiles.type", at)?.is_some()
            || element.attributes().flatten().any(|a| {
                a.key.local_name().as_ref() == b"attr.uri"
                    && a.value.as_ref().starts_with(YWORKS_XML.as_bytes())
            });
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

    pub(super) fn graph(
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
                    tr_with("graphml-nested-in-node", &[("id", id.clone().into())]),
                );
            }
            Some(Parent::Edge(_)) => self.report.change(Some(line), tr("graphml-nested-in-edge")),
            _ => {
                self.graphs += 1;
                if self.graphs == 2 {
                    self.report.change(Some(line), tr("graphml-several-graphs"));
                }
            }
        }
        Ok(Frame::Graph { directed })
    }

    /// An element of a yEd drawing.
    pub(super) fn graphics(
        &mut self,
        owner: Owner,
        local: &[u8],
        element: &BytesStart<'_>,
        at: u64,
    ) -> Result<Frame, GraphmlError> {
        match (owner, local) {
            (Owner::Node(_) | Owner::Edge(_), b"NodeLabel" | b"EdgeLabel" | b"Label.Text") => {
                return Ok(Frame::Label(owner, Text::default()));
            }
            // yEd Live: `<y:Label Text="…">`, or the text in a `<y:Label.Text>` inside.
            (Owner::Node(_) | Owner::Edge(_), b"Label") => {
                if let Some(text) = self.attribute(element, "Text", at)? {
                    self.label(owner, &text);
                }
            }
            (Owner::Node(i), b"RectD") => {
                let mut values = [0.0f32; 4];
                let mut all = true;
                for (value, name) in values.iter_mut().zip(["X", "Y", "Width", "Height"]) {
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
                b"List"
                | b"ShapeNode"
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

    pub(super) fn end(&mut self) {
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
                        tr_with(
                            "graphml-value-too-long",
                            &[
                                (
                                    "name",
                                    self.keys
                                        .get(&key)
                                        .map_or(key.as_str(), |k| k.name.as_str())
                                        .into(),
                                ),
                                ("megabytes", (MAX_VALUE_BYTES / 1_000_000).into()),
                            ],
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
            Frame::Label(owner, text) if !text.too_long => self.label(owner, &text.text),
            _ => {}
        }
    }

    /// A label drawn on a node or an edge; the first that says anything is its name.
    fn label(&mut self, owner: Owner, text: &str) {
        let label = text.trim();
        if label.is_empty() {
            return;
        }
        let drawing = match owner {
            Owner::Node(i) => &mut self.nodes[i].drawing,
            Owner::Edge(i) => &mut self.edges[i].drawing,
            Owner::Graph | Owner::Nobody => return,
        };
        drawing.label.get_or_insert_with(|| label.to_owned());
    }
}

/// "the text here cannot be read: …", in this thread's language.
fn unreadable_text(problem: &impl std::fmt::Display) -> String {
    tr_with(
        "graphml-unreadable-text",
        &[("problem", problem.to_string().into())],
    )
}
