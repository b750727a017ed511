//! What every view shows: which stakeholders pass the filter and the focus,
//! whether the others are dimmed or hidden, which coalition is
//! highlighted, which influence routes the analysis picked out (the rest
//! faded), and what glyph size stands for. Computed once when any of it changes, read by all views,
//! so they all agree.

use std::collections::{BTreeSet, HashMap, HashSet};

use egui::Color32;

use crate::model::{CoalitionId, Day, Lens, Map, RelationId, StakeholderId, visible_stakeholders};

/// Routes picked out in the analysis panel: their stakeholders and
/// relations stand out, everything else is faded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouteHighlight {
    pub stakeholders: BTreeSet<StakeholderId>,
    pub relations: BTreeSet<RelationId>,
}

/// What the analysis adds to every view: routes to pick out, and a 1–5
/// score per stakeholder to size glyphs by instead of power.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnalysisLook {
    pub route: Option<RouteHighlight>,
    pub sizes: Option<HashMap<StakeholderId, u8>>,
}

#[derive(Default)]
pub struct Shown {
    /// `None`: everything passes.
    visible: Option<HashSet<StakeholderId>>,
    hide_filtered: bool,
    coalition: Option<(CoalitionId, Color32, HashSet<StakeholderId>)>,
    analysis: AnalysisLook,
    /// Changes whenever what is shown changes, so views know to refresh.
    pub key: u64,
}

/// What `Shown` was computed from, to tell when to compute it again.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownInputs {
    pub generation: u64,
    /// The day the Contact filter judges "gone cold" against.
    pub today: Day,
    pub lens: Lens,
    /// Changes whenever what the analysis adds changes.
    pub analysis_key: u64,
}

impl Shown {
    pub fn compute(map: &Map, inputs: &ShownInputs, analysis: AnalysisLook, key: u64) -> Self {
        let lens = &inputs.lens;
        let coalition = lens
            .coalition
            .as_ref()
            .and_then(|id| map.coalition(id))
            .map(|c| {
                let [r, g, b] = c.colour.0;
                (
                    c.id.clone(),
                    Color32::from_rgb(r, g, b),
                    c.members.iter().map(|m| m.stakeholder.clone()).collect(),
                )
            });
        Self {
            visible: visible_stakeholders(map, &lens.filter, lens.focus.as_ref(), inputs.today),
            hide_filtered: lens.hide_filtered,
            coalition,
            analysis,
            key,
        }
    }

    /// Whether `other` shows every stakeholder as this does (the same
    /// left out, hidden, ringed and picked out): after an edit that
    /// changes none of it, views keep what they drew for `key`.
    pub fn shows_the_same_as(&self, other: &Self) -> bool {
        self.visible == other.visible
            && self.hide_filtered == other.hide_filtered
            && self.coalition == other.coalition
            && self.analysis == other.analysis
    }

    /// Whether the filter or focus leaves this stakeholder out.
    pub fn is_filtered_out(&self, id: &StakeholderId) -> bool {
        self.visible.as_ref().is_some_and(|v| !v.contains(id))
    }

    /// Left out and not drawn at all.
    pub fn is_hidden(&self, id: &StakeholderId) -> bool {
        self.hide_filtered && self.is_filtered_out(id)
    }

    /// Drawn faint: left out by the filter or focus, or off the routes
    /// picked out in the analysis.
    pub fn is_dimmed(&self, id: &StakeholderId) -> bool {
        (!self.hide_filtered && self.is_filtered_out(id)) || self.is_off_route(id)
    }

    /// Routes are picked out and this stakeholder is on none of them.
    pub fn is_off_route(&self, id: &StakeholderId) -> bool {
        self.analysis
            .route
            .as_ref()
            .is_some_and(|r| !r.stakeholders.contains(id))
    }

    /// The stakeholders on the routes picked out, when any are.
    pub fn picked_out(&self) -> Option<&BTreeSet<StakeholderId>> {
        self.analysis.route.as_ref().map(|r| &r.stakeholders)
    }

    /// Whether routes are picked out, and whether this relation is on one.
    pub fn relation_on_route(&self, id: &RelationId) -> Option<bool> {
        self.analysis
            .route
            .as_ref()
            .map(|r| r.relations.contains(id))
    }

    /// The 1–5 score glyphs are sized by when the analysis sizes them
    /// (by brokerage) instead of by power.
    pub fn size_score(&self, id: &StakeholderId) -> Option<u8> {
        self.analysis.sizes.as_ref()?.get(id).copied()
    }

    pub fn sizes_by_analysis(&self) -> bool {
        self.analysis.sizes.is_some()
    }

    /// How many stakeholders the filter and focus leave out.
    pub fn filtered_out_count(&self, map: &Map) -> usize {
        self.visible
            .as_ref()
            .map_or(0, |v| map.stakeholder_count().saturating_sub(v.len()))
    }

    pub fn is_filtering(&self) -> bool {
        self.visible.is_some()
    }

    pub fn hides_filtered(&self) -> bool {
        self.hide_filtered
    }

    /// The highlighted coalition's colour, when this stakeholder is a member.
    pub fn coalition_colour(&self, id: &StakeholderId) -> Option<Color32> {
        self.coalition
            .as_ref()
            .and_then(|(_, colour, members)| members.contains(id).then_some(*colour))
    }

    pub fn highlighted_coalition(&self) -> Option<&CoalitionId> {
        self.coalition.as_ref().map(|(id, _, _)| id)
    }
}
