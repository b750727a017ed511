//! What the user has selected: shared by every view and panel.

use std::collections::BTreeSet;

use crate::model::{Map, RelationId, StakeholderId};

/// The selected stakeholders and relations. Not part of the document, so
/// views change it directly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub stakeholders: BTreeSet<StakeholderId>,
    pub relations: BTreeSet<RelationId>,
    /// The stakeholder selected first: where a keyboard connection starts.
    pub anchor: Option<StakeholderId>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.stakeholders.is_empty() && self.relations.is_empty()
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }

    pub fn select_only_stakeholder(&mut self, id: StakeholderId) {
        self.clear();
        self.anchor = Some(id.clone());
        self.stakeholders.insert(id);
    }

    pub fn select_only_relation(&mut self, id: RelationId) {
        self.clear();
        self.relations.insert(id);
    }

    /// Adds or removes one stakeholder (Shift- or Ctrl-click).
    pub fn toggle_stakeholder(&mut self, id: StakeholderId) {
        if !self.stakeholders.remove(&id) {
            if self.stakeholders.is_empty() {
                self.anchor = Some(id.clone());
            }
            self.stakeholders.insert(id);
        } else if self.anchor.as_ref() == Some(&id) {
            self.anchor = self.stakeholders.iter().next().cloned();
        }
    }

    pub fn toggle_relation(&mut self, id: RelationId) {
        if !self.relations.remove(&id) {
            self.relations.insert(id);
        }
    }

    pub fn contains_stakeholder(&self, id: &StakeholderId) -> bool {
        self.stakeholders.contains(id)
    }

    pub fn contains_relation(&self, id: &RelationId) -> bool {
        self.relations.contains(id)
    }

    /// The one selected stakeholder, when exactly one is selected.
    pub fn single_stakeholder(&self) -> Option<&StakeholderId> {
        (self.stakeholders.len() == 1 && self.relations.is_empty())
            .then(|| self.stakeholders.iter().next())
            .flatten()
    }

    /// The one selected relation, when exactly one is selected.
    pub fn single_relation(&self) -> Option<&RelationId> {
        (self.relations.len() == 1 && self.stakeholders.is_empty())
            .then(|| self.relations.iter().next())
            .flatten()
    }

    /// Forgets items that no longer exist (after a delete or an undo).
    pub fn retain_existing(&mut self, map: &Map) {
        self.stakeholders.retain(|id| map.stakeholder(id).is_some());
        self.relations.retain(|id| map.relation(id).is_some());
        if self
            .anchor
            .as_ref()
            .is_some_and(|id| !self.stakeholders.contains(id))
        {
            self.anchor = self.stakeholders.iter().next().cloned();
        }
    }

    /// The two stakeholders a keyboard connection joins, anchor first.
    pub fn connection_pair(&self) -> Option<(StakeholderId, StakeholderId)> {
        if self.stakeholders.len() != 2 {
            return None;
        }
        let from = self
            .anchor
            .clone()
            .or_else(|| self.stakeholders.iter().next().cloned())?;
        let to = self.stakeholders.iter().find(|id| **id != from)?.clone();
        Some((from, to))
    }
}
