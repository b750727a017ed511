//! What is under the pointer: the stakeholder whose glyph is there, or
//! else the relation whose line passes near, found through the spatial
//! index rather than by visiting the whole map.

use egui::Pos2;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::Canvas;
use crate::model::Map;
use crate::ui::glyph;
use crate::ui::theme;

/// Something on the canvas under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Stakeholder(NodeIndex),
    Relation(EdgeIndex),
}

impl Canvas {
    /// What is under the hovering pointer: the last frame's answer while
    /// the pointer, the camera and the glyphs' places stay as they were
    /// (a steady frame, the frames of a click, egui's animations).
    pub(super) fn hover_hit(&mut self, map: &Map, screen: Pos2) -> Option<Hit> {
        let key = self.synced.view.as_ref().map(|view| {
            (
                screen,
                self.framing.camera,
                self.framing.rect,
                view.version(),
            )
        });
        if key.is_some() && self.gestures.hovered_for == key {
            return self.gestures.hovered;
        }
        self.gestures.hovered_for = key;
        self.hit(map, screen)
    }

    /// The stakeholder or relation under a screen point, stakeholders first.
    pub(super) fn hit(&self, map: &Map, screen: Pos2) -> Option<Hit> {
        let view = self.synced.view.as_ref()?;
        let canvas = self.framing.canvas_from_screen(screen);
        let slack = 3.0 / self.framing.camera.zoom;
        let tolerance = 6.0 / self.framing.camera.zoom;
        let reach = (theme::glyph_radius(5) * 1.2 + slack).max(tolerance);
        let (mut nodes, mut edges) = (Vec::new(), Vec::new());
        view.near(map, canvas, reach, &mut nodes, &mut edges);
        let graph = map.graph();
        let mut best: Option<(f32, NodeIndex)> = None;
        for index in nodes {
            let Some(location) = view.location(index) else {
                continue;
            };
            if view
                .node_of
                .get(&index)
                .and_then(|&v| view.graph.node(v))
                .is_some_and(|n| n.display().hidden)
            {
                continue;
            }
            let reach = theme::glyph_radius(graph[index].power) * 1.2 + slack;
            let distance = location.distance(canvas);
            if distance <= reach && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, index));
            }
        }
        if let Some((_, index)) = best {
            return Some(Hit::Stakeholder(index));
        }
        edges
            .into_iter()
            .filter_map(|edge| {
                let (a, b) = graph.edge_endpoints(edge)?;
                let glyph = view.edge_of.get(&edge).and_then(|&v| view.graph.edge(v))?;
                if glyph.display().hidden {
                    return None;
                }
                let offset = glyph.display().offset;
                let (pa, pb) = (view.location(a)?, view.location(b)?);
                let normal = (pb - pa).normalized().rot90() * offset;
                let distance = glyph::distance_to_segment(canvas, pa + normal, pb + normal);
                (distance <= tolerance).then_some((distance, edge))
            })
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, edge)| Hit::Relation(edge))
    }
}
