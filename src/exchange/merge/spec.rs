//! How the merge treats each id-keyed list of a map: one [`Spec`] per
//! list, naming its set fields, its records, its references and its notes.

use crate::model::field::{RelationField, StakeholderField};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{CoalitionId, Edit, Map, MergeError, RelationId, Scene, SceneId, StakeholderId};

/// How the merge treats one id-keyed list of a map. Adding a list to the
/// map (scenes, say) is one more entry in [`SPECS`].
pub struct Spec {
    /// The item in words: "stakeholder".
    pub noun: &'static str,
    /// How new ids of this list begin ("s").
    pub prefix: &'static str,
    /// The list's items as JSON objects with an "id".
    pub items: fn(&Map) -> Vec<Value>,
    /// The edits that add an item, replace one, and delete one by its id.
    pub add: fn(Value) -> Result<Edit, MergeError>,
    pub update: fn(Value) -> Result<Edit, MergeError>,
    pub delete: fn(&str) -> Edit,
    /// Fields that are sets of values: what either version adds is kept,
    /// what either removes goes, and they never conflict.
    pub sets: &'static [&'static str],
    /// Fields that are lists of records, merged record by record; each
    /// with the field that names its record ("members" by "stakeholder").
    pub keyed: &'static [(&'static str, &'static str)],
    /// Fields that name items of other lists: a path ("from",
    /// "members[].stakeholder", "focus.stakeholder", "highlighted[]") and
    /// the noun of the list named. What an item refers to is kept even
    /// when one version deleted it.
    pub refs: &'static [(&'static str, &'static str)],
    /// References that are let go instead: when the item named is gone,
    /// the reference goes (a scene stops picking out a deleted stakeholder).
    pub weak_refs: &'static [(&'static str, &'static str)],
    /// A number field the list is ordered by (its items' place), or `None`
    /// for a list kept in id order.
    pub order: Option<&'static str>,
    /// The field a conflict line is written into, if any.
    pub notes: Option<&'static str>,
    /// Fields whose conflicts go into another notes field, not `notes`
    /// (confidential notes stay confidential).
    pub private: &'static [(&'static str, &'static str)],
}

pub(super) fn items_of<T: Serialize>(items: impl IntoIterator<Item = T>) -> Vec<Value> {
    items
        .into_iter()
        .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
        .collect()
}

pub(super) fn typed<T: DeserializeOwned>(value: Value) -> Result<T, MergeError> {
    Ok(serde_json::from_value(value)?)
}

/// Every id-keyed list of a map, in the order they are merged and built.
pub const SPECS: &[Spec] = &[
    Spec {
        noun: "stakeholder",
        prefix: StakeholderId::PREFIX,
        items: |map| items_of(map.stakeholders_sorted()),
        add: |v| typed(v).map(Edit::AddStakeholder),
        update: |v| typed(v).map(Edit::UpdateStakeholder),
        delete: |id| Edit::DeleteStakeholder(StakeholderId::new(id)),
        sets: &[
            StakeholderField::Tags.key(),
            StakeholderField::Expertise.key(),
            StakeholderField::Contributions.key(),
        ],
        keyed: &[],
        refs: &[],
        weak_refs: &[],
        order: None,
        notes: Some(StakeholderField::Notes.key()),
        private: &[(
            StakeholderField::ConfidentialNotes.key(),
            StakeholderField::ConfidentialNotes.key(),
        )],
    },
    Spec {
        noun: "relation",
        prefix: RelationId::PREFIX,
        items: |map| items_of(map.relations_sorted()),
        add: |v| typed(v).map(Edit::AddRelation),
        update: |v| typed(v).map(Edit::UpdateRelation),
        delete: |id| Edit::DeleteRelation(RelationId::new(id)),
        sets: &[],
        keyed: &[],
        refs: &[
            (RelationField::From.key(), "stakeholder"),
            (RelationField::To.key(), "stakeholder"),
        ],
        weak_refs: &[],
        order: None,
        notes: Some(RelationField::Note.key()),
        private: &[],
    },
    Spec {
        noun: "coalition",
        prefix: CoalitionId::PREFIX,
        items: |map| items_of(map.coalitions()),
        add: |v| typed(v).map(Edit::AddCoalition),
        update: |v| typed(v).map(Edit::UpdateCoalition),
        delete: |id| Edit::DeleteCoalition(CoalitionId::new(id)),
        sets: &[],
        keyed: &[("members", "stakeholder")],
        refs: &[("members[].stakeholder", "stakeholder")],
        weak_refs: &[],
        order: None,
        notes: None,
        private: &[],
    },
    Spec {
        noun: "scene",
        prefix: SceneId::PREFIX,
        // A scene's place in the presentation is one of its fields, so
        // moving a scene merges like any other change.
        items: |map| {
            map.scenes()
                .iter()
                .enumerate()
                .map(|(index, scene)| {
                    let mut item = serde_json::to_value(scene).unwrap_or(Value::Null);
                    if let Value::Object(fields) = &mut item {
                        fields.insert(SCENE_PLACE.to_owned(), Value::from(index + 1));
                    }
                    item
                })
                .collect()
        },
        add: |v| {
            typed::<Scene>(v).map(|scene| Edit::AddScene {
                index: usize::MAX,
                scene: Box::new(days_in_order(scene)),
            })
        },
        update: |v| {
            typed::<Scene>(v).map(|scene| Edit::UpdateScene(Box::new(days_in_order(scene))))
        },
        delete: |id| Edit::DeleteScene(SceneId::new(id)),
        sets: &["highlighted", "highlighted_relations"],
        keyed: &[],
        refs: &[],
        weak_refs: &[
            ("highlighted[]", "stakeholder"),
            ("highlighted_relations[]", "relation"),
            ("focus.stakeholder", "stakeholder"),
            ("coalition", "coalition"),
            ("filter.coalitions[]", "coalition"),
            ("plan.JobsOf", "coalition"),
            ("plan.AsksToward", "stakeholder"),
        ],
        order: Some(SCENE_PLACE),
        notes: None,
        private: &[],
    },
    super::plan::JOBS,
    super::plan::ASKS,
    super::plan::CONTACTS,
];

/// A scene whose days the two versions set apart (one the day shown, the
/// other a later day to compare with) shows its day without the comparison.
fn days_in_order(mut scene: Scene) -> Scene {
    if scene.time_problem().is_some() {
        scene.compared_with = None;
    }
    scene
}

/// The field a scene's place in the presentation is merged as (1 first).
pub(super) const SCENE_PLACE: &str = "place";

/// The map's own settings: nested records whose fields merge one by one.
pub(super) const META_NESTED: &[&str] = &["conditions"];
