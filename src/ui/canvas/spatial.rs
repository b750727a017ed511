//! Where stakeholders and relations lie on the canvas, in R*-trees, so a
//! frame draws only what is in sight and the pointer finds what is under
//! it without visiting every stakeholder and relation of a large map.
//!
//! The trees are built with the view model, for one document generation.
//! Stakeholders that move without an edit (a drag in progress, Arrange
//! gliding into place) are listed as moved: queries add them, and the
//! relations they touch, to what the trees answer.

use egui::{Pos2, Rect};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use rstar::primitives::{GeomWithData, Line};
use rstar::{AABB, RTree};

type NodeEntry = GeomWithData<[f32; 2], NodeIndex>;
type EdgeEntry = GeomWithData<Line<[f32; 2]>, EdgeIndex>;

/// Document indices by canvas position.
#[derive(Default)]
pub struct SpatialIndex {
    nodes: RTree<NodeEntry>,
    edges: RTree<EdgeEntry>,
}

fn point(p: Pos2) -> [f32; 2] {
    [p.x, p.y]
}

fn envelope(area: Rect) -> AABB<[f32; 2]> {
    AABB::from_corners(point(area.min), point(area.max))
}

impl SpatialIndex {
    /// Indexes stakeholders by their centres and relations by the line
    /// between their ends.
    pub fn build(
        nodes: impl Iterator<Item = (NodeIndex, Pos2)>,
        edges: impl Iterator<Item = (EdgeIndex, Pos2, Pos2)>,
    ) -> Self {
        Self {
            nodes: RTree::bulk_load(
                nodes
                    .map(|(index, at)| NodeEntry::new(point(at), index))
                    .collect(),
            ),
            edges: RTree::bulk_load(
                edges
                    .map(|(index, a, b)| EdgeEntry::new(Line::new(point(a), point(b)), index))
                    .collect(),
            ),
        }
    }

    /// The area the stakeholders' centres cover (canvas units), if any.
    #[cfg(test)]
    pub fn extent(&self) -> Option<Rect> {
        (self.nodes.size() > 0).then(|| {
            let envelope = self.nodes.root().envelope();
            let [min, max] = [envelope.lower(), envelope.upper()];
            Rect::from_min_max(Pos2::new(min[0], min[1]), Pos2::new(max[0], max[1]))
        })
    }

    /// Stakeholders whose centre lies in `area` (canvas units).
    pub fn nodes_in(&self, area: Rect) -> impl Iterator<Item = NodeIndex> + '_ {
        self.nodes
            .locate_in_envelope(&envelope(area))
            .map(|entry| entry.data)
    }

    /// Relations whose line may cross `area` (canvas units).
    pub fn edges_in(&self, area: Rect) -> impl Iterator<Item = EdgeIndex> + '_ {
        self.edges
            .locate_in_envelope_intersecting(&envelope(area))
            .map(|entry| entry.data)
    }

    /// Stakeholders whose centre is within `reach` of `at`.
    pub fn nodes_near(&self, at: Pos2, reach: f32) -> impl Iterator<Item = NodeIndex> + '_ {
        self.nodes
            .locate_within_distance(point(at), reach * reach)
            .map(|entry| entry.data)
    }

    /// Relations whose line passes within `reach` of `at`.
    pub fn edges_near(&self, at: Pos2, reach: f32) -> impl Iterator<Item = EdgeIndex> + '_ {
        self.edges
            .locate_within_distance(point(at), reach * reach)
            .map(|entry| entry.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_is_in_an_area_and_near_a_point() {
        let nodes = [(0, 0.0, 0.0), (1, 100.0, 0.0), (2, 1000.0, 1000.0)]
            .map(|(i, x, y)| (NodeIndex::new(i), Pos2::new(x, y)));
        let edges = [(EdgeIndex::new(0), nodes[0].1, nodes[2].1)];
        let index = SpatialIndex::build(nodes.into_iter(), edges.into_iter());
        let area = Rect::from_min_max(Pos2::new(-10.0, -10.0), Pos2::new(150.0, 10.0));
        let mut inside: Vec<_> = index.nodes_in(area).map(NodeIndex::index).collect();
        inside.sort_unstable();
        assert_eq!(inside, [0, 1]);
        assert_eq!(index.edges_in(area).count(), 1);
        let near: Vec<_> = index.nodes_near(Pos2::new(95.0, 3.0), 10.0).collect();
        assert_eq!(near, [NodeIndex::new(1)]);
        // The relation's line passes through (500, 500), far from its ends.
        assert_eq!(index.edges_near(Pos2::new(503.0, 497.0), 6.0).count(), 1);
        assert_eq!(index.edges_near(Pos2::new(600.0, 400.0), 6.0).count(), 0);
        assert_eq!(
            index.extent(),
            Some(Rect::from_min_max(Pos2::ZERO, Pos2::new(1000.0, 1000.0)))
        );
        assert_eq!(SpatialIndex::default().extent(), None);
    }
}
