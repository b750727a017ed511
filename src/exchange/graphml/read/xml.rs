//! What the reader keeps of a GraphML document while it reads: the
//! vocabularies, the declared keys, the values and drawings of nodes and
//! edges, the open elements, and where in the text (line, column) each is.

use quick_xml::name::ResolveResult;

use super::{GRAPHML_NS, MAX_VALUE_BYTES, YED_NS, YFILES_NS};
use crate::i18n::{tr, tr_with};
use crate::model::Position;

/// Which vocabulary an element belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ns {
    GraphMl,
    Yed,
    Viz,
    Other,
}

pub(super) fn namespace_of(resolved: &ResolveResult<'_>) -> Ns {
    match resolved {
        // Many writers leave out the GraphML namespace.
        ResolveResult::Unbound => Ns::GraphMl,
        ResolveResult::Bound(ns) if ns.as_ref() == GRAPHML_NS => Ns::GraphMl,
        ResolveResult::Bound(ns) if ns.as_ref().starts_with(YED_NS) => Ns::Yed,
        // yEd Live and yFiles for HTML: read by the same element names.
        ResolveResult::Bound(ns) if ns.as_ref().starts_with(YFILES_NS) => Ns::Yed,
        ResolveResult::Bound(ns) if ns.as_ref().ends_with(b"viz") => Ns::Viz,
        // Hand-written files use yEd's and Gephi's prefixes without declaring them.
        ResolveResult::Unknown(prefix) if matches!(prefix.as_slice(), b"y" | b"yjs") => Ns::Yed,
        ResolveResult::Unknown(prefix) if prefix.as_slice() == b"viz" => Ns::Viz,
        _ => Ns::Other,
    }
}

/// What a key's values are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Domain {
    Node,
    Edge,
    Graph,
    All,
    Other,
}

/// A declared `<key>`.
#[derive(Debug)]
pub(super) struct Key {
    /// `attr.name`, or the id when there is none.
    pub(super) name: String,
    pub(super) domain: Domain,
    /// A yEd key for drawings (`yfiles.type`), not an attribute.
    pub(super) graphics: bool,
    pub(super) default: Option<String>,
    pub(super) line: u64,
}

/// One `<data>` value.
#[derive(Debug)]
pub(super) struct Value {
    pub(super) key: String,
    pub(super) text: String,
    pub(super) line: u64,
}

/// What yEd draws for a node or an edge, as far as Powermap reads it.
#[derive(Debug, Default)]
pub(super) struct Drawing {
    /// x, y, width, height.
    pub(super) geometry: Option<[f32; 4]>,
    pub(super) label: Option<String>,
    /// Arrowheads at the source and at the target.
    pub(super) arrows: Option<(bool, bool)>,
}

#[derive(Debug)]
pub(super) struct NodeDraft {
    pub(super) id: Option<String>,
    pub(super) line: u64,
    pub(super) data: Vec<Value>,
    pub(super) drawing: Drawing,
    pub(super) viz: Option<Position>,
}

#[derive(Debug)]
pub(super) struct EdgeDraft {
    pub(super) id: Option<String>,
    pub(super) source: Option<String>,
    pub(super) target: Option<String>,
    /// The edge's own `directed`, or else its graph's `edgedefault`.
    pub(super) directed: bool,
    pub(super) line: u64,
    pub(super) data: Vec<Value>,
    pub(super) drawing: Drawing,
}

/// Whose a `<data>` or a drawing is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Owner {
    Node(usize),
    Edge(usize),
    Graph,
    Nobody,
}

/// An open element and what its content means.
#[derive(Debug)]
pub(super) enum Frame {
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
pub(super) enum Parent {
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
    pub(super) fn of(frame: &Frame) -> Self {
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
pub(super) struct Text {
    pub(super) text: String,
    pub(super) too_long: bool,
}

impl Text {
    pub(super) fn push(&mut self, more: &str) {
        if self.text.len() + more.len() > MAX_VALUE_BYTES {
            self.too_long = true;
        } else {
            self.text.push_str(more);
        }
    }
}

/// Finds the line of a byte offset, moving only forwards.
pub(super) struct Lines<'a> {
    pub(super) text: &'a str,
    pub(super) offset: usize,
    pub(super) line: u64,
}

impl Lines<'_> {
    #[allow(
        clippy::naive_bytecount,
        reason = "a crate for counting bytes is not worth a few lines"
    )]
    pub(super) fn at(&mut self, offset: u64) -> u64 {
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
pub(super) fn line_and_column(text: &str, offset: usize) -> (u64, u64) {
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

/// quick-xml's errors in words a reader of the file follows, in this
/// thread's language.
pub(super) fn plain_xml_error(error: &quick_xml::Error) -> String {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    match error {
        quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            tr_with(
                "xml-mismatched-end",
                &[
                    ("found", found.as_str().into()),
                    ("expected", expected.as_str().into()),
                ],
            )
        }
        quick_xml::Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
            tr_with("xml-unmatched-end", &[("name", name.as_str().into())])
        }
        quick_xml::Error::IllFormed(IllFormedError::UnclosedReference) => {
            tr("xml-unclosed-reference")
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedTag) => tr("xml-unclosed-tag"),
        quick_xml::Error::Syntax(SyntaxError::UnclosedComment) => tr("xml-unclosed-comment"),
        quick_xml::Error::Syntax(SyntaxError::UnclosedCData) => tr("xml-unclosed-cdata"),
        quick_xml::Error::Syntax(
            SyntaxError::UnclosedSingleQuotedAttributeValue
            | SyntaxError::UnclosedDoubleQuotedAttributeValue,
        ) => tr("xml-unclosed-attribute"),
        other => tr_with(
            "xml-not-well-formed",
            &[("problem", other.to_string().into())],
        ),
    }
}
