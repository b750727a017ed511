//! What was read made into stakeholders and relations: each attribute
//! into the field the registry names it for, by the registry's rules;
//! what has no field is kept in the notes.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::file_notes::FileNotes;
use super::parser::Parser;
use super::xml::{Domain, EdgeDraft, Key, NodeDraft, Value};
use super::{Entry, Imported};
use crate::exchange::strengths::scaled_strengths;
use crate::i18n::{tr, tr_with};
use crate::model::field::{
    self, RelationField, StakeholderField, ValueError, coordinate, folded, relation_kind,
};
use crate::model::{
    Kind, Position, Relation, RelationId, RelationKind, Stakeholder, StakeholderId,
};

impl Parser<'_> {
    /// Turns what was read into stakeholders and relations.
    pub(super) fn finish(mut self) -> Imported {
        let mut imported = Imported::default();
        let mut summary = FileNotes::default();
        let nodes = std::mem::take(&mut self.nodes);
        let mut ids: HashSet<String> = HashSet::new();
        for draft in nodes {
            let Some(id) = draft.id.clone().filter(|id| !id.trim().is_empty()) else {
                self.report
                    .leave_out(Some(draft.line), tr("graphml-node-without-id"));
                continue;
            };
            if !ids.insert(id.clone()) {
                self.report.leave_out(
                    Some(draft.line),
                    tr_with("graphml-node-id-again", &[("id", id.as_str().into())]),
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
        let mut weights = Vec::new();
        for draft in edges {
            if let Some((relation, weight)) = self.relation(&draft, &ids, &mut summary) {
                if let Some(weight) = weight {
                    weights.push((imported.relations.len(), weight));
                }
                imported.relations.push(relation);
            }
        }
        imported.map_notes = self.graph_notes();
        summary.report(&mut self.report);
        if let Some(said) = scaled_strengths(
            &mut imported.relations,
            &weights,
            &tr("graphml-edges-weight"),
        ) {
            self.report.change(None, said);
        }
        if self.yed_drawing {
            self.report.change(None, tr("graphml-yed-drawing"));
        }
        if self.viz_drawing {
            self.report.change(None, tr("graphml-gephi-drawing"));
        }
        // In the order of the file; what is about the whole file last.
        let by_line = |e: &Entry| e.line.unwrap_or(u64::MAX);
        self.report.left_out.sort_by_key(by_line);
        self.report.changed.sort_by_key(by_line);
        imported.report = self.report;
        imported
    }

    /// The values of a node or an edge, with the defaults of the keys it has no value for.
    pub(super) fn values<'v>(
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

    pub(super) fn stakeholder(
        &self,
        id: &str,
        draft: &NodeDraft,
        summary: &mut FileNotes,
    ) -> (Stakeholder, bool) {
        let values = self.values(&draft.data, Domain::Node, summary);
        // The label drawn (yEd) wins: it is what the user last edited. A
        // `label` value that says the same is the exact name, spaces and
        // all (the drawn label's text is trimmed as XML layout).
        let given = values
            .iter()
            .find(|(key, text, _)| {
                StakeholderField::named(key) == Some(StakeholderField::Name)
                    && !text.trim().is_empty()
            })
            .map(|(_, text, _)| *text);
        let name = match (draft.drawing.label.as_deref(), given) {
            (Some(drawn), Some(given)) if given.trim() == drawn => Some(given.to_owned()),
            (Some(drawn), _) => Some(drawn.to_owned()),
            (None, given) => given.map(str::to_owned),
        };
        let name = name.unwrap_or_else(|| {
            summary.unnamed.push((id.to_owned(), draft.line));
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
                    tr_with(
                        "graphml-node-bad-value",
                        &[
                            ("name", s.name.as_str().into()),
                            ("problem", problem.to_string().into()),
                        ],
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

    /// The edge's relation, and its weight (Gephi's) when it gives one and
    /// no strength.
    pub(super) fn relation(
        &mut self,
        draft: &EdgeDraft,
        nodes: &HashSet<String>,
        summary: &mut FileNotes,
    ) -> Option<(Relation, Option<f32>)> {
        let end = |end: &Option<String>, what: &str| -> Result<String, String> {
            match end {
                None => Err(tr_with("graphml-edge-without-end", &[("end", what.into())])),
                Some(id) if !nodes.contains(id) => Err(tr_with(
                    "graphml-edge-end-unknown",
                    &[("end", what.into()), ("id", id.as_str().into())],
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
                tr_with("graphml-edge-to-itself", &[("id", from.as_str().into())]),
            );
            return None;
        }
        let values = self.values(&draft.data, Domain::Edge, summary);
        let mut id = draft.id.clone().unwrap_or_default();
        let mut kind: Option<RelationKind> = None;
        let mut label: Option<RelationKind> = draft.drawing.label.as_deref().map(relation_kind);
        let mut mutual: Option<bool> = None;
        let (mut weight, mut strength_given) = (None, false);
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
                    kind.get_or_insert_with(|| relation_kind(text));
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
                    field::mutual(trimmed, RelationField::Mutual.key()).map(|v| mutual = Some(v))
                }
                EdgeAttribute::Field(field) => {
                    strength_given |= field == RelationField::Strength;
                    field.read(&mut r, text, field.key())
                }
                EdgeAttribute::Weight => coordinate(trimmed, key).map(|w| weight = Some(w)),
                EdgeAttribute::Drawing => {
                    summary.drawing(key);
                    Ok(())
                }
            };
            if let Err(problem) = read {
                summary.bad_value(
                    line,
                    tr_with(
                        "graphml-edge-bad-value",
                        &[
                            ("from", from.as_str().into()),
                            ("to", to.as_str().into()),
                            ("problem", problem.to_string().into()),
                        ],
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
        Some((r, weight.filter(|_| !strength_given)))
    }

    /// The graph's own attributes, as lines for the map's notes.
    pub(super) fn graph_notes(&self) -> String {
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

/// What a node's attribute gives: a field, or a detail of its drawing
/// that Powermap leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Attribute {
    Field(StakeholderField),
    Drawing,
}

/// Attributes of a node's drawing, folded.
pub(super) const NODE_DRAWING: [&str; 10] = [
    "r", "g", "b", "z", "size", "color", "colour", "width", "height", "shape",
];

/// Attributes of an edge's drawing, folded.
pub(super) const EDGE_DRAWING: [&str; 8] = [
    "r",
    "g",
    "b",
    "color",
    "colour",
    "thickness",
    "width",
    "shape",
];

pub(super) fn node_attribute(name: &str) -> Option<Attribute> {
    if let Some(field) = StakeholderField::named(name) {
        return Some(Attribute::Field(field));
    }
    NODE_DRAWING
        .contains(&folded(name).as_str())
        .then_some(Attribute::Drawing)
}

/// What an edge's attribute gives: a field, yEd's label (the kind when
/// the edge has no kind), Gephi's weight (the strength when the edge has
/// none), or a detail of its drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EdgeAttribute {
    Field(RelationField),
    Label,
    Weight,
    Drawing,
}

pub(super) fn edge_attribute(name: &str) -> Option<EdgeAttribute> {
    if let Some(field) = RelationField::named(name) {
        return Some(EdgeAttribute::Field(field));
    }
    let name = folded(name);
    if matches!(name.as_str(), "label" | "edgelabel") {
        Some(EdgeAttribute::Label)
    } else if name == "weight" {
        Some(EdgeAttribute::Weight)
    } else {
        EDGE_DRAWING
            .contains(&name.as_str())
            .then_some(EdgeAttribute::Drawing)
    }
}

/// Whether two places are the same but for rounding.
pub(super) fn near(a: Position, b: Position) -> bool {
    let close = |a: f32, b: f32| (a - b).abs() <= 1e-3 * (1.0 + b.abs());
    close(a.x, b.x) && close(a.y, b.y)
}

pub(super) fn number(text: &str) -> Option<f32> {
    coordinate(text, "").ok()
}

/// Adds `name: value` as a line of notes.
pub(super) fn add_line(notes: &mut String, name: &str, value: &str) {
    if !notes.is_empty() {
        notes.push('\n');
    }
    let _ = write!(notes, "{name}: {value}");
}

pub(super) fn append_notes(notes: &mut String, extra: &str) {
    if extra.is_empty() {
        return;
    }
    if !notes.is_empty() {
        notes.push_str("\n\n");
    }
    notes.push_str(extra);
}
