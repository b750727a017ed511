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
        // A move keeps the view model (and its glyphs' marks): only the
        // places change, and building it afresh would cost a large map's
        // first frame after a move, Arrange or their undo several times more.
        let only_moved = !moving
            && self
                .synced
                .built_for
                .is_some_and(|(_, built)| built == palette)
            && self
                .synced
                .view
                .as_mut()
                .is_some_and(|view| view.follow_moves(map, palette));
        self.synced.built_for = Some(key);
        self.painted.dirty = true;
        if only_moved {
            return;
        }
        self.synced.view = Some(ViewModel::build(map, palette));
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
        view.hidden_changed();
        self.synced.shown_key = Some(shown.key);
        self.painted.dirty = true;
    }

    /// Marks the selected and hovered glyphs when either changed: only
    /// those whose marks changed, found by walking the old and new
    /// selections side by side (select all on 20,000 would otherwise look
    /// each stakeholder up in the selection); when the selection grows
    /// past or falls below [`MANY_SELECTED`], which changes every selected
    /// glyph's look, every glyph is told so.
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
        let was = &self.synced.shown_selection;
        let (hover_before, hover_now) = (self.synced.shown_hover, hovered);
        let crowded = selection.stakeholders.len() > MANY_SELECTED;
        if crowded != (was.stakeholders.len() > MANY_SELECTED) {
            for index in map.graph().node_indices() {
                if let Some(glyph) = view.glyph_mut(index) {
                    glyph.emphasis.crowded = crowded;
                }
            }
        }
        let added = selection.stakeholders.difference(&was.stakeholders);
        let removed = was.stakeholders.difference(&selection.stakeholders);
        for (id, selected) in added
            .map(|id| (id, true))
            .chain(removed.map(|id| (id, false)))
        {
            if let Some(glyph) = map.node_index(id).and_then(|index| view.glyph_mut(index)) {
                glyph.emphasis.selected = selected;
            }
        }
        for hit in [hover_before, hover_now] {
            if let Some(Hit::Stakeholder(index)) = hit
                && let Some(s) = map.graph().node_weight(index)
                && let Some(glyph) = view.glyph_mut(index)
            {
                glyph.emphasis.selected = selection.contains_stakeholder(&s.id);
                glyph.emphasis.hovered = hover_now == Some(Hit::Stakeholder(index));
            }
        }
        let crowded = selection.relations.len() > MANY_SELECTED;
        if crowded != (was.relations.len() > MANY_SELECTED) {
            for index in map.graph().edge_indices() {
                if let Some(glyph) = view.relation_glyph_mut(index) {
                    glyph.emphasis.crowded = crowded;
                }
            }
        }
        let added = selection.relations.difference(&was.relations);
        let removed = was.relations.difference(&selection.relations);
        for (id, selected) in added
            .map(|id| (id, true))
            .chain(removed.map(|id| (id, false)))
        {
            if let Some(glyph) = map
                .edge_index(id)
                .and_then(|index| view.relation_glyph_mut(index))
            {
                glyph.emphasis.selected = selected;
            }
        }
        for hit in [hover_before, hover_now] {
            if let Some(Hit::Relation(index)) = hit
                && let Some(r) = map.graph().edge_weight(index)
                && let Some(glyph) = view.relation_glyph_mut(index)
            {
                glyph.emphasis.selected = selection.contains_relation(&r.id);
                glyph.emphasis.hovered = hover_now == Some(Hit::Relation(index));
            }
        }
        self.synced.shown_selection = selection.clone();
        self.synced.shown_hover = hovered;
        self.painted.dirty = true;
    }
}
