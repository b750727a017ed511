//! The map document: stakeholders, relations and coalitions as plain data.
//!
//! The document knows nothing of windows or drawing. It changes only through
//! [`crate::edit::Edit`] values, which is why its mutating methods are
//! crate-private and check every invariant the file format promises.

mod coalition;
pub mod field;
mod filter;
pub mod history;
mod ids;
mod lens;
mod meta;
pub mod plan;
mod relation;
mod scene;
mod search;
mod stakeholder;
pub mod time_zone;

use std::collections::{BTreeMap, HashMap};

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};

pub use coalition::{Coalition, Member, MemberRole, Rgb};
pub use filter::{ContactFilter, Filter, Focus, FocusDirection, visible_stakeholders};
pub use history::{
    Checkpoint, Day, DayError, Field, Observation, ObservationKey, Observed, Subject, Timeline,
    as_of, present_value, value_on,
};
pub use ids::{
    AskId, CoalitionId, ContactId, JobId, MAX_SERIAL, RelationId, SceneId, StakeholderId,
    natural_cmp, split_serial,
};
pub use lens::Lens;
pub use meta::{Conditions, MapMeta};
pub use plan::{Ask, AskStatus, Contact, ContactKind, Job, JobStatus, Plan};
pub use relation::{Confidence, Relation, RelationKind, STRENGTH_RANGE};
pub use scene::{Scene, SceneCamera, ScenePlan, SceneView};
pub use search::{search_finds, search_folded};
pub use stakeholder::{
    Contribution, Kind, Position, Role, SCORE_RANGE, Stakeholder, Stance, normalize_tags,
};

/// The graph of a map: stakeholders as nodes, relations as directed edges.
pub type MapGraph = StableGraph<Stakeholder, Relation>;

/// Why a change to the document was refused. Edits built by the app never
/// hit these; they guard against stale or hand-made edits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("{}", crate::i18n::tr_with("model-duplicate-id", &[("id", .0.as_str().into())]))]
    DuplicateId(String),
    #[error("{}", crate::i18n::tr_with("model-unknown-stakeholder", &[("id", .0.to_string().into())]))]
    UnknownStakeholder(StakeholderId),
    #[error("{}", crate::i18n::tr_with("model-unknown-relation", &[("id", .0.to_string().into())]))]
    UnknownRelation(RelationId),
    #[error("{}", crate::i18n::tr_with("model-unknown-coalition", &[("id", .0.to_string().into())]))]
    UnknownCoalition(CoalitionId),
    #[error("{}", crate::i18n::tr_with("model-unknown-scene", &[("id", .0.to_string().into())]))]
    UnknownScene(SceneId),
    #[error("{}", crate::i18n::tr("model-empty-id"))]
    EmptyId,
    #[error("{0}")]
    Invalid(String),
}

/// A whole stakeholder map.
#[derive(Clone, Debug, Default)]
pub struct Map {
    pub(crate) meta: MapMeta,
    graph: MapGraph,
    node_of: HashMap<StakeholderId, NodeIndex>,
    edge_of: HashMap<RelationId, EdgeIndex>,
    coalitions: BTreeMap<CoalitionId, Coalition>,
    /// In the order they are presented.
    scenes: Vec<Scene>,
    /// What stakeholders and relations were on earlier days.
    timeline: Timeline,
    /// Jobs, asks and the contact log.
    plan: Plan,
    /// The serial the next new id gets; only ever grows, so ids are never reused.
    next_serial: u64,
    /// Letters put between the prefix and the serial of the ids this map
    /// hands out ("sqk12"), so that laptops editing one map live never
    /// hand out the same id (see src/live). Never saved; empty otherwise.
    id_tag: String,
}

impl PartialEq for Map {
    /// Two maps are equal when they hold the same items, whatever the
    /// internal graph indices.
    fn eq(&self, other: &Self) -> bool {
        self.meta == other.meta
            && self.next_serial == other.next_serial
            && self.coalitions == other.coalitions
            && self.scenes == other.scenes
            && self.timeline == other.timeline
            && self.plan == other.plan
            && self.stakeholders_sorted() == other.stakeholders_sorted()
            && self.relations_sorted() == other.relations_sorted()
    }
}

impl Map {
    /// An empty map with a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            meta: MapMeta {
                title: title.into(),
                ..MapMeta::default()
            },
            next_serial: 1,
            ..Self::default()
        }
    }

    pub fn meta(&self) -> &MapMeta {
        &self.meta
    }

    pub fn title(&self) -> &str {
        &self.meta.title
    }

    /// The graph, for views and analysis. Read only: changes go through edits.
    pub fn graph(&self) -> &MapGraph {
        &self.graph
    }

    pub fn stakeholder_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn relation_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn stakeholder(&self, id: &StakeholderId) -> Option<&Stakeholder> {
        self.node_of.get(id).map(|&node| &self.graph[node])
    }

    pub fn node_index(&self, id: &StakeholderId) -> Option<NodeIndex> {
        self.node_of.get(id).copied()
    }

    pub fn edge_index(&self, id: &RelationId) -> Option<EdgeIndex> {
        self.edge_of.get(id).copied()
    }

    pub fn relation(&self, id: &RelationId) -> Option<&Relation> {
        self.edge_of.get(id).map(|&edge| &self.graph[edge])
    }

    pub fn coalition(&self, id: &CoalitionId) -> Option<&Coalition> {
        self.coalitions.get(id)
    }

    /// Stakeholders in graph order (fast; not stable across edits).
    pub fn stakeholders(&self) -> impl Iterator<Item = &Stakeholder> {
        self.graph.node_weights()
    }

    /// Relations in graph order (fast; not stable across edits).
    pub fn relations(&self) -> impl Iterator<Item = &Relation> {
        self.graph.edge_weights()
    }

    /// Coalitions in id order.
    pub fn coalitions(&self) -> impl Iterator<Item = &Coalition> {
        self.coalitions.values()
    }

    pub fn coalition_count(&self) -> usize {
        self.coalitions.len()
    }

    /// Scenes in the order they are presented.
    pub fn scenes(&self) -> &[Scene] {
        &self.scenes
    }

    pub fn scene(&self, id: &SceneId) -> Option<&Scene> {
        self.scenes.iter().find(|scene| &scene.id == id)
    }

    /// Where a scene stands in the presentation, from 0.
    pub fn scene_index(&self, id: &SceneId) -> Option<usize> {
        self.scenes.iter().position(|scene| &scene.id == id)
    }

    /// Stakeholders in id order, as files list them.
    pub fn stakeholders_sorted(&self) -> Vec<&Stakeholder> {
        let mut all: Vec<&Stakeholder> = self.stakeholders().collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// Relations in id order, as files list them.
    pub fn relations_sorted(&self) -> Vec<&Relation> {
        let mut all: Vec<&Relation> = self.relations().collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// Every relation that starts or ends at a stakeholder, in id order.
    pub fn relations_of(&self, id: &StakeholderId) -> Vec<&Relation> {
        let Some(node) = self.node_index(id) else {
            return Vec::new();
        };
        let mut found: Vec<&Relation> = self
            .graph
            .edges_directed(node, petgraph::Direction::Outgoing)
            .chain(
                self.graph
                    .edges_directed(node, petgraph::Direction::Incoming),
            )
            .map(|edge| edge.weight())
            .collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        found.dedup_by(|a, b| a.id == b.id);
        found
    }

    /// The coalitions a stakeholder belongs to, in id order.
    pub fn coalitions_of(&self, id: &StakeholderId) -> impl Iterator<Item = &Coalition> {
        self.coalitions
            .values()
            .filter(move |coalition| coalition.member(id).is_some())
    }

    /// The serial the next new id will get.
    pub fn next_serial(&self) -> u64 {
        self.next_serial
    }

    /// Hands out fresh ids for new items without changing the map; the ids
    /// become taken when the edits that use them are applied.
    pub fn id_allocator(&self) -> IdAllocator<'_> {
        IdAllocator {
            map: self,
            serial: self.next_serial,
        }
    }

    pub fn id_taken(&self, id: &str) -> bool {
        // One copy of the text goes from one kind of id to the next (a
        // file's every item asks this once on opening).
        let stakeholder = StakeholderId::new(id);
        if self.node_of.contains_key(&stakeholder) {
            return true;
        }
        let relation = RelationId(stakeholder.0);
        if self.edge_of.contains_key(&relation) {
            return true;
        }
        let coalition = CoalitionId(relation.0);
        self.coalitions.contains_key(&coalition)
            || self.scenes.iter().any(|scene| scene.id.as_str() == id)
            || self.plan_id_taken(coalition.0)
    }

    /// Makes sure no later id can reuse `id`'s serial. A serial beyond
    /// [`MAX_SERIAL`] reserves nothing; the allocator steps around it.
    fn reserve_serial(&mut self, id: &str) {
        if let (_, Some(serial)) = split_serial(id)
            && serial < MAX_SERIAL
        {
            self.next_serial = self.next_serial.max(serial + 1);
        }
    }

    /// Hands out ids as "PREFIX TAG SERIAL" from now on (see `id_tag`).
    pub(crate) fn id_tag(&self) -> &str {
        &self.id_tag
    }

    pub(crate) fn set_id_tag(&mut self, tag: &str) {
        tag.clone_into(&mut self.id_tag);
    }

    pub(crate) fn set_next_serial(&mut self, serial: u64) -> u64 {
        std::mem::replace(&mut self.next_serial, serial)
    }

    fn check_new_id(&self, id: &str) -> Result<(), ModelError> {
        if id.trim().is_empty() {
            Err(ModelError::EmptyId)
        } else if self.id_taken(id) {
            Err(ModelError::DuplicateId(id.to_owned()))
        } else {
            Ok(())
        }
    }

    pub(crate) fn insert_stakeholder(
        &mut self,
        mut stakeholder: Stakeholder,
    ) -> Result<(), ModelError> {
        self.check_new_id(stakeholder.id.as_str())?;
        check_stakeholder(&stakeholder)?;
        stakeholder.normalize();
        self.reserve_serial(stakeholder.id.as_str());
        let id = stakeholder.id.clone();
        let node = self.graph.add_node(stakeholder);
        self.node_of.insert(id, node);
        Ok(())
    }

    /// Removes a stakeholder that no relation or coalition refers to any more.
    pub(crate) fn remove_lone_stakeholder(
        &mut self,
        id: &StakeholderId,
    ) -> Result<Stakeholder, ModelError> {
        let node = self
            .node_index(id)
            .ok_or_else(|| ModelError::UnknownStakeholder(id.clone()))?;
        if self.graph.neighbors_undirected(node).next().is_some()
            || self.coalitions_of(id).next().is_some()
            || self.scenes.iter().any(|s| s.refers_to_stakeholder(id))
            || self.has_history(&Subject::Stakeholder(id.clone()))
            || self.plan.refers_to_stakeholder(id)
        {
            return Err(invalid(
                "model-stakeholder-in-use",
                &[("id", id.to_string().into())],
            ));
        }
        self.node_of.remove(id);
        self.graph
            .remove_node(node)
            .ok_or_else(|| ModelError::UnknownStakeholder(id.clone()))
    }

    pub(crate) fn replace_stakeholder(
        &mut self,
        mut stakeholder: Stakeholder,
    ) -> Result<Stakeholder, ModelError> {
        let node = self
            .node_index(&stakeholder.id)
            .ok_or_else(|| ModelError::UnknownStakeholder(stakeholder.id.clone()))?;
        check_stakeholder(&stakeholder)?;
        stakeholder.normalize();
        Ok(std::mem::replace(&mut self.graph[node], stakeholder))
    }

    pub(crate) fn set_position(
        &mut self,
        id: &StakeholderId,
        position: Position,
    ) -> Result<Position, ModelError> {
        if !position.is_finite() {
            return Err(invalid(
                "model-move-not-finite",
                &[("id", id.to_string().into())],
            ));
        }
        let node = self
            .node_index(id)
            .ok_or_else(|| ModelError::UnknownStakeholder(id.clone()))?;
        Ok(std::mem::replace(
            &mut self.graph[node].position,
            position.normalized(),
        ))
    }

    pub(crate) fn insert_relation(&mut self, relation: Relation) -> Result<(), ModelError> {
        self.check_new_id(relation.id.as_str())?;
        check_relation(&relation)?;
        let from = self
            .node_index(&relation.from)
            .ok_or_else(|| ModelError::UnknownStakeholder(relation.from.clone()))?;
        let to = self
            .node_index(&relation.to)
            .ok_or_else(|| ModelError::UnknownStakeholder(relation.to.clone()))?;
        self.reserve_serial(relation.id.as_str());
        let id = relation.id.clone();
        let edge = self.graph.add_edge(from, to, relation);
        self.edge_of.insert(id, edge);
        Ok(())
    }

    /// Removes a relation that no scene picks out any more.
    pub(crate) fn remove_relation(&mut self, id: &RelationId) -> Result<Relation, ModelError> {
        if self.scenes.iter().any(|s| s.refers_to_relation(id)) {
            return Err(invalid(
                "model-relation-in-scene",
                &[("id", id.to_string().into())],
            ));
        }
        if self.has_history(&Subject::Relation(id.clone())) {
            return Err(invalid(
                "model-relation-has-history",
                &[("id", id.to_string().into())],
            ));
        }
        let on = Subject::Relation(id.clone());
        if self.plan.contacts().any(|contact| contact.on == on) {
            return Err(invalid(
                "model-relation-has-contacts",
                &[("id", id.to_string().into())],
            ));
        }
        self.remove_edge(id)
    }

    /// Takes a relation's edge out of the graph (to delete it, or to draw
    /// it again between other ends).
    fn remove_edge(&mut self, id: &RelationId) -> Result<Relation, ModelError> {
        let edge = self
            .edge_of
            .remove(id)
            .ok_or_else(|| ModelError::UnknownRelation(id.clone()))?;
        self.graph
            .remove_edge(edge)
            .ok_or_else(|| ModelError::UnknownRelation(id.clone()))
    }

    /// Replaces a relation; its ends may change, which moves its edge.
    pub(crate) fn replace_relation(&mut self, relation: Relation) -> Result<Relation, ModelError> {
        check_relation(&relation)?;
        let edge = self
            .edge_index(&relation.id)
            .ok_or_else(|| ModelError::UnknownRelation(relation.id.clone()))?;
        let from = self
            .node_index(&relation.from)
            .ok_or_else(|| ModelError::UnknownStakeholder(relation.from.clone()))?;
        let to = self
            .node_index(&relation.to)
            .ok_or_else(|| ModelError::UnknownStakeholder(relation.to.clone()))?;
        if self.graph.edge_endpoints(edge) == Some((from, to)) {
            return Ok(std::mem::replace(&mut self.graph[edge], relation));
        }
        let old = self.remove_edge(&relation.id)?;
        let id = relation.id.clone();
        let edge = self.graph.add_edge(from, to, relation);
        self.edge_of.insert(id, edge);
        Ok(old)
    }

    pub(crate) fn insert_coalition(&mut self, mut coalition: Coalition) -> Result<(), ModelError> {
        self.check_new_id(coalition.id.as_str())?;
        self.check_coalition(&coalition)?;
        coalition.normalize();
        self.reserve_serial(coalition.id.as_str());
        self.coalitions.insert(coalition.id.clone(), coalition);
        Ok(())
    }

    /// Removes a coalition that no scene refers to any more.
    pub(crate) fn remove_coalition(&mut self, id: &CoalitionId) -> Result<Coalition, ModelError> {
        if self.scenes.iter().any(|s| s.refers_to_coalition(id)) {
            return Err(invalid(
                "model-coalition-in-scene",
                &[("id", id.to_string().into())],
            ));
        }
        if self
            .plan
            .jobs()
            .any(|job| job.coalition.as_ref() == Some(id))
        {
            return Err(invalid(
                "model-coalition-has-jobs",
                &[("id", id.to_string().into())],
            ));
        }
        self.coalitions
            .remove(id)
            .ok_or_else(|| ModelError::UnknownCoalition(id.clone()))
    }

    pub(crate) fn replace_coalition(
        &mut self,
        mut coalition: Coalition,
    ) -> Result<Coalition, ModelError> {
        self.check_coalition(&coalition)?;
        coalition.normalize();
        let slot = self
            .coalitions
            .get_mut(&coalition.id)
            .ok_or_else(|| ModelError::UnknownCoalition(coalition.id.clone()))?;
        Ok(std::mem::replace(slot, coalition))
    }

    /// Puts a new scene at `index` in the presentation (at the end when
    /// `index` is past it).
    pub(crate) fn insert_scene(
        &mut self,
        index: usize,
        mut scene: Scene,
    ) -> Result<(), ModelError> {
        self.check_new_id(scene.id.as_str())?;
        self.check_scene(&scene)?;
        scene.normalize();
        self.reserve_serial(scene.id.as_str());
        let index = index.min(self.scenes.len());
        self.scenes.insert(index, scene);
        Ok(())
    }

    /// Removes a scene; returns where it stood and what it was.
    pub(crate) fn remove_scene(&mut self, id: &SceneId) -> Result<(usize, Scene), ModelError> {
        let index = self
            .scene_index(id)
            .ok_or_else(|| ModelError::UnknownScene(id.clone()))?;
        Ok((index, self.scenes.remove(index)))
    }

    pub(crate) fn replace_scene(&mut self, mut scene: Scene) -> Result<Scene, ModelError> {
        self.check_scene(&scene)?;
        scene.normalize();
        let index = self
            .scene_index(&scene.id)
            .ok_or_else(|| ModelError::UnknownScene(scene.id.clone()))?;
        Ok(std::mem::replace(&mut self.scenes[index], scene))
    }

    /// Moves a scene to `to` in the presentation; returns where it was.
    pub(crate) fn move_scene(&mut self, id: &SceneId, to: usize) -> Result<usize, ModelError> {
        let from = self
            .scene_index(id)
            .ok_or_else(|| ModelError::UnknownScene(id.clone()))?;
        if to >= self.scenes.len() {
            return Err(invalid(
                "model-no-scene-place",
                &[
                    ("place", (to + 1).into()),
                    ("count", self.scenes.len().into()),
                ],
            ));
        }
        let scene = self.scenes.remove(from);
        self.scenes.insert(to, scene);
        Ok(from)
    }

    /// Checks that a scene's camera is a real place and that everything it
    /// names is in the map.
    fn check_scene(&self, scene: &Scene) -> Result<(), ModelError> {
        let title = &scene.title;
        if scene.camera.is_some_and(|camera| !camera.is_valid()) {
            return Err(invalid(
                "model-scene-camera",
                &[("title", title.as_str().into())],
            ));
        }
        if let Some(problem) = scene.time_problem() {
            return Err(ModelError::Invalid(problem));
        }
        if let Some(focus) = &scene.focus {
            if self.stakeholder(&focus.stakeholder).is_none() {
                return Err(ModelError::UnknownStakeholder(focus.stakeholder.clone()));
            }
            if !(1..=Focus::MAX_HOPS).contains(&focus.hops) {
                return Err(invalid(
                    "model-scene-hops",
                    &[
                        ("title", title.as_str().into()),
                        ("hops", focus.hops.into()),
                        ("most", Focus::MAX_HOPS.into()),
                    ],
                ));
            }
        }
        if let Some(id) = scene
            .highlighted
            .iter()
            .find(|id| self.stakeholder(id).is_none())
        {
            return Err(ModelError::UnknownStakeholder(id.clone()));
        }
        if let Some(id) = scene
            .highlighted_relations
            .iter()
            .find(|id| self.relation(id).is_none())
        {
            return Err(ModelError::UnknownRelation(id.clone()));
        }
        if let Some(id) = scene
            .filter
            .coalitions
            .iter()
            .chain(&scene.coalition)
            .find(|id| self.coalition(id).is_none())
        {
            return Err(ModelError::UnknownCoalition(id.clone()));
        }
        match &scene.plan {
            Some(ScenePlan::JobsOf(id)) if self.coalition(id).is_none() => {
                return Err(ModelError::UnknownCoalition(id.clone()));
            }
            Some(ScenePlan::AsksToward(id)) if self.stakeholder(id).is_none() => {
                return Err(ModelError::UnknownStakeholder(id.clone()));
            }
            _ => {}
        }
        Ok(())
    }

    fn check_coalition(&self, coalition: &Coalition) -> Result<(), ModelError> {
        for (i, member) in coalition.members.iter().enumerate() {
            if self.stakeholder(&member.stakeholder).is_none() {
                return Err(ModelError::UnknownStakeholder(member.stakeholder.clone()));
            }
            if coalition.members[..i]
                .iter()
                .any(|earlier| earlier.stakeholder == member.stakeholder)
            {
                return Err(invalid(
                    "model-member-twice",
                    &[
                        ("id", member.stakeholder.to_string().into()),
                        ("coalition", coalition.name.as_str().into()),
                    ],
                ));
            }
        }
        Ok(())
    }
}

/// A refusal of the map's rules, worded in this thread's language.
pub(crate) fn invalid(
    id: &str,
    args: &[(
        &'static str,
        fluent_templates::fluent_bundle::FluentValue<'_>,
    )],
) -> ModelError {
    ModelError::Invalid(crate::i18n::tr_with(id, args))
}

/// Checks the scores and position of a stakeholder.
pub fn check_stakeholder(stakeholder: &Stakeholder) -> Result<(), ModelError> {
    for (field, score) in [
        ("power", stakeholder.power),
        ("interest", stakeholder.interest),
        ("commitment", stakeholder.commitment),
    ] {
        if !SCORE_RANGE.contains(&score) {
            return Err(invalid(
                "model-score-out-of-range",
                &[
                    ("field", field.into()),
                    ("name", stakeholder.name.as_str().into()),
                    ("score", score.into()),
                    ("low", (*SCORE_RANGE.start()).into()),
                    ("high", (*SCORE_RANGE.end()).into()),
                ],
            ));
        }
    }
    if !stakeholder.position.is_finite() {
        return Err(invalid(
            "model-position-not-finite",
            &[("name", stakeholder.name.as_str().into())],
        ));
    }
    let zone = stakeholder.time_zone.trim();
    if !zone.is_empty() && time_zone::find(zone).is_none() {
        return Err(invalid(
            "model-unknown-time-zone",
            &[
                ("name", stakeholder.name.as_str().into()),
                ("zone", zone.into()),
            ],
        ));
    }
    Ok(())
}

/// Checks the strength and custom label of a relation.
pub fn check_relation(relation: &Relation) -> Result<(), ModelError> {
    if !STRENGTH_RANGE.contains(&relation.strength) {
        return Err(invalid(
            "model-strength-out-of-range",
            &[
                ("id", relation.id.to_string().into()),
                ("strength", relation.strength.into()),
                ("low", (*STRENGTH_RANGE.start()).into()),
                ("high", (*STRENGTH_RANGE.end()).into()),
            ],
        ));
    }
    if relation.from == relation.to {
        return Err(invalid(
            "model-relation-to-itself",
            &[
                ("id", relation.id.to_string().into()),
                ("from", relation.from.to_string().into()),
            ],
        ));
    }
    if matches!(&relation.kind, RelationKind::Custom(label) if label.trim().is_empty()) {
        return Err(invalid(
            "model-custom-kind-unnamed",
            &[("id", relation.id.to_string().into())],
        ));
    }
    Ok(())
}

/// Hands out ids that are free in a map, for edits not yet applied.
pub struct IdAllocator<'a> {
    map: &'a Map,
    serial: u64,
}

impl IdAllocator<'_> {
    pub fn stakeholder(&mut self) -> StakeholderId {
        StakeholderId::new(self.next(StakeholderId::PREFIX))
    }

    pub fn relation(&mut self) -> RelationId {
        RelationId::new(self.next(RelationId::PREFIX))
    }

    pub fn coalition(&mut self) -> CoalitionId {
        CoalitionId::new(self.next(CoalitionId::PREFIX))
    }

    pub fn scene(&mut self) -> SceneId {
        SceneId::new(self.next(SceneId::PREFIX))
    }

    pub fn job(&mut self) -> JobId {
        JobId::new(self.next(JobId::PREFIX))
    }

    pub fn ask(&mut self) -> AskId {
        AskId::new(self.next(AskId::PREFIX))
    }

    pub fn contact(&mut self) -> ContactId {
        ContactId::new(self.next(ContactId::PREFIX))
    }

    fn next(&mut self, prefix: &str) -> String {
        loop {
            let id = format!("{prefix}{}{}", self.map.id_tag, self.serial);
            self.serial = self.serial.saturating_add(1);
            // A hand-written id such as "s7b" does not reserve a serial, so look.
            if !self.map.id_taken(&id) {
                return id;
            }
        }
    }
}
