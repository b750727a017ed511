//! The glide after Arrange: stakeholders move from where they were to
//! where the document now has them over a fraction of a second. A
//! view-model matter only: the document changed once, in one edit.

use egui::Pos2;
use petgraph::stable_graph::NodeIndex;

use super::Canvas;
use super::view_model::to_pos;
use crate::model::{Map, StakeholderId};

/// How long stakeholders take to glide into place after Arrange.
const GLIDE_SECS: f64 = 0.6;

/// Stakeholders gliding towards where the document has them.
pub struct Glide {
    from: Vec<(NodeIndex, Pos2)>,
    /// The document generation it glides towards; any other edit ends it.
    generation: u64,
    /// egui time of its first frame.
    started: Option<f64>,
}

impl Canvas {
    /// Shows stakeholders moving from `from` to where `map` (of document
    /// generation `generation`) has them.
    pub fn animate_from(
        &mut self,
        map: &Map,
        from: &[(StakeholderId, crate::model::Position)],
        generation: u64,
    ) {
        let from = from
            .iter()
            .filter_map(|(id, position)| Some((map.node_index(id)?, to_pos(*position))))
            .collect();
        self.glide = Some(Glide {
            from,
            generation,
            started: None,
        });
    }

    /// Moves the gliding stakeholders one frame further.
    pub(super) fn glide(&mut self, ui: &egui::Ui, map: &Map, generation: u64) {
        let Some(glide) = &mut self.glide else {
            return;
        };
        let Some(view) = &mut self.synced.view else {
            return;
        };
        if glide.generation != generation {
            self.glide = None;
            return;
        }
        let now = ui.input(|i| i.time);
        let started = *glide.started.get_or_insert(now);
        let t = ((now - started) / GLIDE_SECS).clamp(0.0, 1.0) as f32;
        let eased = t * t * (3.0 - 2.0 * t);
        for &(index, from) in &glide.from {
            if let Some(stakeholder) = map.graph().node_weight(index) {
                let to = to_pos(stakeholder.position);
                view.set_location(index, from + (to - from) * eased);
            }
        }
        self.painted.dirty = true;
        if t >= 1.0 {
            self.glide = None;
        } else {
            ui.ctx().request_repaint();
        }
    }

    /// Puts gliding stakeholders where they are going, so a gesture starts
    /// from where they really are.
    pub(super) fn end_glide(&mut self, map: &Map) {
        if let (Some(glide), Some(view)) = (self.glide.take(), &mut self.synced.view) {
            for (index, _) in glide.from {
                if let Some(stakeholder) = map.graph().node_weight(index) {
                    view.set_location(index, to_pos(stakeholder.position));
                }
            }
            self.painted.dirty = true;
        }
    }
}
