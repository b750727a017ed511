//! Keeps the view model in step with what it shows: rebuilt when the
//! document or the look changes, and its glyphs marked faint, hidden,
//! ringed, selected or hovered only when one of those changed, so that an
//! idle frame costs nothing.

use super::hit::Hit;
use super::view_model::ViewModel;
use super::{Canvas, gestures::Gesture};
use crate::model::Map;
use crate::ui::glyph::MANY_SELECTED;
use crate::ui::selection::Selection;
use crate::ui::shown::Shown;
use crate::ui::theme::{self, Palette};

/// The view model and what was last applied to its glyphs.
#[derive(Default)]
pub struct Synced {
    pub view: Option<ViewModel>,
    /// The document generation and look the view model was built for.
    pub built_for: Option<(u64, Palette)>,
    pub shown_selection: Selection,
    pub shown_hover: Option<Hit>,
    /// The `Shown::key` last applied to the glyphs.
    pub shown_key: Option<u64>,
}

impl Canvas {
    pub(super) fn sync_view_model(&mut self, map: &Map, generation: u64, palette: Palette) {
        let key = (generation, palette);
        if self.synced.built_for == Some(key) && self.synced.view.is_some() {
            return;
        }
        let moving = matches!(self.gestures.current, Gesture::Moving { .. });
        if moving && self.synced.built_for.map(|(g, _)| g) != Some(generation) {
            // The map changed under a drag (an undo by keyboard): drop the drag.
            self.gestures.current = Gesture::Idle;
        }
        self.synced.view = Some(ViewModel::build(map, palette));
        self.synced.built_for = Some(key);
        // Emphasis must be applied again to the new glyphs.
        self.synced.shown_selection = Selection::default();
        self.synced.shown_hover = None;
        self.synced.shown_key = None;
        self.painted.dirty = true;
    }

    /// Marks glyphs faint, hidden or ringed as the filter, focus and
    /// highlighted coalition say, when any of them changed.
    pub(super) fn sync_shown(&mut self, map: &Map, shown: &Shown) {
        if self.synced.shown_key == Some(shown.key) {
            return;
        }
        let Some(view) = &mut self.synced.view else {
            return;
        };
        let graph = map.graph();
        for index in graph.node_indices() {
            let id = &graph[index].id;
            if let Some(glyph) = view.glyph_mut(index) {
                glyph.hidden = shown.is_hidden(id);
                glyph.emphasis.dimmed = shown.is_dimmed(id);
                glyph.ring = shown.coalition_colour(id);
                let size = shown.size_score(id).unwrap_or(graph[index].power);
                glyph.radius = theme::glyph_radius(size);
            }
        }
        for index in graph.edge_indices() {
            let relation = &graph[index];
            let hidden = shown.is_hidden(&relation.from) || shown.is_hidden(&relation.to);
            let on_route = shown.relation_on_route(&relation.id);
            let dimmed = shown.is_filtered_out(&relation.from)
                || shown.is_filtered_out(&relation.to)
                || on_route == Some(false);
            if let Some(glyph) = view.relation_glyph_mut(index) {
                glyph.hidden = hidden;
                glyph.emphasis.dimmed = dimmed;
                glyph.emphasis.on_route = on_route == Some(true);
            }
        }
        self.synced.shown_key = Some(shown.key);
        self.painted.dirty = true;
    }

    /// Marks the selected and hovered glyphs when either changed.
    pub(super) fn sync_emphasis(&mut self, map: &Map, selection: &Selection) {
        if self.synced.shown_selection == *selection
            && self.synced.shown_hover == self.gestures.hovered
        {
            return;
        }
        let Some(view) = &mut self.synced.view else {
            return;
        };
        let hovered = self.gestures.hovered;
        let crowded = selection.stakeholders.len() > MANY_SELECTED;
        for index in map.graph().node_indices() {
            let selected = selection.contains_stakeholder(&map.graph()[index].id);
            if let Some(glyph) = view.glyph_mut(index) {
                glyph.emphasis.selected = selected;
                glyph.emphasis.crowded = crowded;
                glyph.emphasis.hovered = hovered == Some(Hit::Stakeholder(index));
            }
        }
        let crowded = selection.relations.len() > MANY_SELECTED;
        for index in map.graph().edge_indices() {
            let selected = selection.contains_relation(&map.graph()[index].id);
            if let Some(glyph) = view.relation_glyph_mut(index) {
                glyph.emphasis.selected = selected;
                glyph.emphasis.crowded = crowded;
                glyph.emphasis.hovered = hovered == Some(Hit::Relation(index));
            }
        }
        self.synced.shown_selection = selection.clone();
        self.synced.shown_hover = hovered;
        self.painted.dirty = true;
    }
}
