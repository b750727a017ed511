//! Comparing two days on the network: each relation that changed between
//! the day compared with and the day shown carries a small mark on its
//! middle, a shape rather than a colour so it reads in black and white
//! and on the projector: `+` made since, `▲` stronger, `▼` weaker; a
//! relation lost since is drawn again as a dotted ghost marked `−`.
//!
//! What changed is found once per pair of maps; the marks are made with
//! the rest of the drawing and kept with it, so an idle frame costs nothing.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Pos2, Rect, Shape};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::Canvas;
use super::view_model::ViewModel;
use crate::model::Map;
use crate::ui::compare_marks::{RelationMark, push_mark};
use crate::ui::glyph;
use crate::ui::theme::Palette;

/// The relations that changed, by the shown map's graph indices.
#[derive(Debug, Default)]
pub struct RelationChanges {
    /// Relations of the map shown that are new, stronger or weaker.
    pub on_edges: HashMap<EdgeIndex, RelationMark>,
    /// Relations of the day compared with that the map shown lacks: their ends.
    pub removed: Vec<(NodeIndex, NodeIndex)>,
}

impl RelationChanges {
    /// What changed from `then` to `now`, relations matched by id.
    pub fn between(then: &Map, now: &Map) -> Self {
        let mut on_edges = HashMap::new();
        let graph = now.graph();
        for edge in graph.edge_indices() {
            let relation = &graph[edge];
            let mark = match then.relation(&relation.id) {
                None => Some(RelationMark::Added),
                Some(old) if old.strength < relation.strength => Some(RelationMark::Stronger),
                Some(old) if old.strength > relation.strength => Some(RelationMark::Weaker),
                Some(_) => None,
            };
            if let Some(mark) = mark {
                on_edges.insert(edge, mark);
            }
        }
        let removed = then
            .graph()
            .edge_weights()
            .filter(|relation| now.relation(&relation.id).is_none())
            .filter_map(|relation| {
                Some((
                    now.node_index(&relation.from)?,
                    now.node_index(&relation.to)?,
                ))
            })
            .collect();
        Self { on_edges, removed }
    }
}

/// The map compared with and what changed since, for the map shown.
#[derive(Default)]
pub struct Compared {
    then: Option<Arc<Map>>,
    /// The generation of the shown map the changes were found for.
    found_for: Option<u64>,
    changes: RelationChanges,
}

impl Canvas {
    /// Marks the relations that changed since the map `then` (`None`: no marks).
    pub fn set_compare(&mut self, then: Option<Arc<Map>>) {
        let same = match (&self.compared.then, &then) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            self.compared.then = then;
            self.compared.found_for = None;
            self.compared.changes = RelationChanges::default();
            self.painted.dirty = true;
        }
    }

    /// Finds what changed for the map shown, when it is new.
    pub(super) fn sync_compare(&mut self, map: &Map, generation: u64) {
        let Some(then) = &self.compared.then else {
            return;
        };
        if self.compared.found_for == Some(generation) {
            return;
        }
        self.compared.changes = RelationChanges::between(then, map);
        self.compared.found_for = Some(generation);
        self.painted.dirty = true;
    }

    /// The marks of the changed relations among `edges` and of the lost
    /// relations within `sight`, in screen points.
    pub(super) fn push_compare_marks(
        &self,
        shapes: &mut Vec<Shape>,
        map: &Map,
        edges: &[EdgeIndex],
        sight: Rect,
    ) {
        let (Some(_), Some(view)) = (&self.compared.then, &self.synced.view) else {
            return;
        };
        let changes = &self.compared.changes;
        if changes.on_edges.is_empty() && changes.removed.is_empty() {
            return;
        }
        let zoom = self.framing.camera.zoom;
        let screen = |canvas: Pos2| self.framing.screen_from_canvas(canvas);
        let mut marks = Vec::new();
        for (a, b) in &changes.removed {
            let Some((from, to)) = ends(view, *a, *b) else {
                continue;
            };
            if !sight.intersects(Rect::from_two_pos(from, to)) {
                continue;
            }
            let (from, to) = (screen(from), screen(to));
            let palette = view.glyph(*a).map_or_else(Palette::light, |g| g.palette);
            let reach = |index| view.glyph(index).map_or(0.0, |g| g.radius * zoom + 3.0);
            ghost_line(shapes, (from, reach(*a)), (to, reach(*b)), &palette);
            marks.push((
                glyph::relation_midpoint(from, to, 0.0),
                RelationMark::Removed,
                palette,
            ));
        }
        for edge in edges {
            let Some(&mark) = changes.on_edges.get(edge) else {
                continue;
            };
            let Some(line) = view.relation_glyph(*edge) else {
                continue;
            };
            if line.hidden {
                continue;
            }
            let Some((a, b)) = map.graph().edge_endpoints(*edge) else {
                continue;
            };
            let Some((from, to)) = ends(view, a, b) else {
                continue;
            };
            let middle = glyph::relation_midpoint(screen(from), screen(to), line.offset * zoom);
            marks.push((middle, mark, line.palette));
        }
        for (at, mark, palette) in marks {
            push_mark(shapes, at, mark, &palette);
        }
    }
}

/// Where both ends of a relation are drawn, unless one is hidden.
fn ends(view: &ViewModel, a: NodeIndex, b: NodeIndex) -> Option<(Pos2, Pos2)> {
    let visible = |index| view.glyph(index).is_some_and(|g| !g.hidden);
    if !(visible(a) && visible(b)) {
        return None;
    }
    Some((view.location(a)?, view.location(b)?))
}

/// A lost relation, drawn again as a faint dotted line: dots, not the
/// dashes of an uncertain relation.
fn ghost_line(
    shapes: &mut Vec<Shape>,
    (from, from_reach): (Pos2, f32),
    (to, to_reach): (Pos2, f32),
    palette: &Palette,
) {
    let length = from.distance(to);
    // A line longer than any screen by far would be millions of dots.
    if length > 100_000.0 || length <= from_reach + to_reach {
        return;
    }
    let along = (to - from) / length;
    let (from, to) = (from + along * from_reach, to - along * to_reach);
    let radius = if palette.projector { 2.2 } else { 1.6 };
    shapes.extend(Shape::dotted_line(
        &[from, to],
        palette.text.gamma_multiply(0.55),
        radius * 4.0,
        radius,
    ));
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::edit::Edit;
    use crate::model::{
        Day, Kind, Observation, Observed, Relation, RelationKind, Stakeholder, Subject,
    };

    /// A target and three organizations, each with one relation to it,
    /// and what each relation was on 1 February and 1 April.
    fn moving_map() -> Map {
        let mut map = Map::new("Compared");
        let mut ids = map.id_allocator();
        let mut edits = Vec::new();
        let target = ids.stakeholder();
        edits.push(Edit::AddStakeholder(Stakeholder::new(
            target.clone(),
            "Ministry",
            Kind::Target,
        )));
        let day = |text| Day::parse(text).unwrap();
        for (name, history) in [
            ("Union", [Observed::Strength(1), Observed::Strength(3)]),
            ("Church", [Observed::Strength(3), Observed::Strength(1)]),
            ("Press", [Observed::Exists(false), Observed::Exists(true)]),
            ("Bar", [Observed::Exists(true), Observed::Exists(false)]),
        ] {
            let id = ids.stakeholder();
            edits.push(Edit::AddStakeholder(Stakeholder::new(
                id.clone(),
                name,
                Kind::Organization,
            )));
            let relation = ids.relation();
            edits.push(Edit::AddRelation(Relation::new(
                relation.clone(),
                id,
                target.clone(),
                RelationKind::Influences,
            )));
            for (date, value) in ["2026-02-01", "2026-04-01"].into_iter().zip(history) {
                edits.push(Edit::Observe(Box::new(Observation::new(
                    Subject::Relation(relation.clone()),
                    day(date),
                    value,
                ))));
            }
        }
        Edit::Batch(edits).apply(&mut map).unwrap();
        map
    }

    #[test]
    fn relations_made_lost_strengthened_and_weakened_are_told_apart() {
        let map = moving_map();
        let then = crate::model::as_of(&map, Day::parse("2026-02-01").unwrap());
        let now = crate::model::as_of(&map, Day::parse("2026-04-01").unwrap());
        let changes = RelationChanges::between(&then, &now);
        let mut marks: Vec<(String, RelationMark)> = changes
            .on_edges
            .iter()
            .map(|(edge, mark)| {
                let from = &now.graph()[*edge].from;
                (now.stakeholder(from).unwrap().name.clone(), *mark)
            })
            .collect();
        marks.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            marks,
            [
                ("Church".to_owned(), RelationMark::Weaker),
                ("Press".to_owned(), RelationMark::Added),
                ("Union".to_owned(), RelationMark::Stronger),
            ]
        );
        let lost: Vec<&str> = changes
            .removed
            .iter()
            .map(|(from, _)| now.graph()[*from].name.as_str())
            .collect();
        assert_eq!(lost, ["Bar"]);
        assert!(RelationChanges::between(&now, &now).on_edges.is_empty());
    }
}
