//! Presentation scenes: the story a facilitator prepares in the map and
//! steps through on a projector. A scene says which view to show and how
//! (camera, filter, focus), what to pick out, and what to say about it.
//! Scenes are saved with the map, in the order they are presented.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{CoalitionId, Day, Filter, Focus, Lens, Position, RelationId, SceneId, StakeholderId};
use crate::i18n::tr_with;

/// The views a scene can show (the table is for editing, not for a room).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SceneView {
    #[default]
    Network,
    Grid,
    Spectrum,
}

impl SceneView {
    pub const ALL: &'static [Self] = &[Self::Network, Self::Grid, Self::Spectrum];

    pub fn label(self) -> &'static str {
        match self {
            Self::Network => "Network",
            Self::Grid => "Power/interest grid",
            Self::Spectrum => "Spectrum of allies",
        }
    }
}

/// Where the network view looks in a scene: the canvas point in the middle
/// and the zoom, as they were in a view of `view_width` × `view_height`
/// points. A larger screen shows the same part of the map, scaled up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SceneCamera {
    pub center: Position,
    pub zoom: f32,
    pub view_width: f32,
    pub view_height: f32,
}

impl SceneCamera {
    /// The zoom that shows the same part of the map in a view of this size.
    pub fn zoom_for(&self, width: f32, height: f32) -> f32 {
        let scale = (width / self.view_width).min(height / self.view_height);
        if scale.is_finite() && scale > 0.0 {
            self.zoom * scale
        } else {
            self.zoom
        }
    }

    pub fn is_valid(&self) -> bool {
        self.center.is_finite()
            && [self.zoom, self.view_width, self.view_height]
                .iter()
                .all(|v| v.is_finite() && *v > 0.0)
    }
}

/// What of the plan a scene puts on the network: a coalition's jobs, or
/// the asks toward a target. Their people stand out and a legend lists them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ScenePlan {
    /// The jobs of this coalition: their owners and helpers stand out.
    JobsOf(CoalitionId),
    /// The asks toward this target: who asks, who is asked, and the path.
    AsksToward(StakeholderId),
}

/// One step of a presentation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scene {
    pub id: SceneId,
    pub title: String,
    /// A few lines shown under the title.
    #[serde(default)]
    pub caption: String,
    #[serde(default)]
    pub view: SceneView,
    /// For the network; `None` shows the whole map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera: Option<SceneCamera>,
    #[serde(default, skip_serializing_if = "is_no_filter")]
    pub filter: Filter,
    /// Leave out what the filter and focus leave out, instead of fading it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hide_filtered: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    /// Picked out; when any stakeholder or relation is, the rest is faded.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub highlighted: BTreeSet<StakeholderId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub highlighted_relations: BTreeSet<RelationId>,
    /// A coalition whose members are ringed in its colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coalition: Option<CoalitionId>,
    /// The map as it was on this day; `None`: as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Day>,
    /// Compared with the map as of this day: the spectrum and the grid draw
    /// where each stakeholder was then, the network marks the relations
    /// made, lost, strengthened and weakened since. Earlier than `as_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<Day>,
    /// Part of the plan shown on the network, with its legend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<ScenePlan>,
}

/// Exactly no filter: a filter of only spaces is kept, so it reads back as it was.
fn is_no_filter(filter: &Filter) -> bool {
    *filter == Filter::default()
}

impl Scene {
    /// A scene showing the whole network, with nothing picked out.
    pub fn new(id: SceneId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            caption: String::new(),
            view: SceneView::Network,
            camera: None,
            filter: Filter::default(),
            hide_filtered: false,
            focus: None,
            highlighted: BTreeSet::new(),
            highlighted_relations: BTreeSet::new(),
            coalition: None,
            as_of: None,
            compared_with: None,
            plan: None,
        }
    }

    /// How the scene looks at the map.
    pub fn lens(&self) -> Lens {
        Lens {
            filter: self.filter.clone(),
            focus: self.focus.clone(),
            hide_filtered: self.hide_filtered,
            coalition: self.coalition.clone(),
        }
    }

    /// Looks at the map through `lens` from now on.
    pub fn set_lens(&mut self, lens: Lens) {
        self.filter = lens.filter;
        self.focus = lens.focus;
        self.hide_filtered = lens.hide_filtered;
        self.coalition = lens.coalition;
    }

    /// Why the scene's days cannot be, if they cannot: the day compared
    /// with comes first.
    pub fn time_problem(&self) -> Option<String> {
        let from = self.compared_with?;
        let to = self.as_of.unwrap_or(Day::MAX);
        (from >= to).then(|| match self.as_of {
            Some(day) => tr_with(
                "model-scene-days",
                &[
                    ("day", day.to_string().into()),
                    ("from", from.to_string().into()),
                ],
            ),
            None => tr_with("model-scene-days-now", &[("from", from.to_string().into())]),
        })
    }

    /// Whether the scene picks anything out, fading the rest.
    pub fn highlights(&self) -> bool {
        !self.highlighted.is_empty() || !self.highlighted_relations.is_empty()
    }

    /// Whether the scene mentions this stakeholder anywhere.
    pub fn refers_to_stakeholder(&self, id: &StakeholderId) -> bool {
        self.highlighted.contains(id)
            || self.focus.as_ref().is_some_and(|f| &f.stakeholder == id)
            || self.plan == Some(ScenePlan::AsksToward(id.clone()))
    }

    /// The scene without any mention of this stakeholder.
    #[must_use]
    pub fn without_stakeholder(&self, id: &StakeholderId) -> Self {
        let mut scene = self.clone();
        scene.highlighted.remove(id);
        if scene.focus.as_ref().is_some_and(|f| &f.stakeholder == id) {
            scene.focus = None;
        }
        if scene.plan == Some(ScenePlan::AsksToward(id.clone())) {
            scene.plan = None;
        }
        scene
    }

    pub fn refers_to_relation(&self, id: &RelationId) -> bool {
        self.highlighted_relations.contains(id)
    }

    #[must_use]
    pub fn without_relation(&self, id: &RelationId) -> Self {
        let mut scene = self.clone();
        scene.highlighted_relations.remove(id);
        scene
    }

    pub fn refers_to_coalition(&self, id: &CoalitionId) -> bool {
        self.filter.coalitions.contains(id)
            || self.coalition.as_ref() == Some(id)
            || self.plan == Some(ScenePlan::JobsOf(id.clone()))
    }

    #[must_use]
    pub fn without_coalition(&self, id: &CoalitionId) -> Self {
        let mut scene = self.clone();
        scene.filter.coalitions.remove(id);
        if scene.coalition.as_ref() == Some(id) {
            scene.coalition = None;
        }
        if scene.plan == Some(ScenePlan::JobsOf(id.clone())) {
            scene.plan = None;
        }
        scene
    }

    /// The same point with `-0.0` as `0.0`, as positions are stored.
    pub(crate) fn normalize(&mut self) {
        if let Some(camera) = &mut self.camera {
            camera.center = camera.center.normalized();
            camera.zoom += 0.0;
        }
    }
}
