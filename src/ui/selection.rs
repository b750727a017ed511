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

/// The selection last checked against the document, and the document's
/// generation then (see [`Selection::retain_existing_if_changed`]).
#[derive(Debug, Default)]
pub struct Checked {
    generation: Option<u64>,
    selection: Selection,
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

    /// As [`Selection::retain_existing`], only when the document or the
    /// selection changed since the last time `checked` saw: the check is a
    /// look-up of every selected id (20,000 after Select all on a large
    /// map), where seeing that nothing changed is one comparison of each.
    pub fn retain_existing_if_changed(
        &mut self,
        map: &Map,
        generation: u64,
        checked: &mut Checked,
    ) {
        if checked.generation == Some(generation) && checked.selection == *self {
            return;
        }
        self.retain_existing(map);
        checked.generation = Some(generation);
        checked.selection.clone_from(self);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;

    #[test]
    fn a_selection_is_checked_against_the_map_only_when_either_changed() {
        let mut map = crate::analysis::generated_map(5, 4, 1);
        let ids: Vec<StakeholderId> = map.stakeholders().map(|s| s.id.clone()).collect();
        let mut selection = Selection::default();
        selection.stakeholders.extend(ids.iter().cloned());
        let mut checked = Checked::default();
        selection.retain_existing_if_changed(&map, 1, &mut checked);
        assert_eq!(selection.stakeholders.len(), 5);

        // A stakeholder deleted: a new generation, so the selection forgets it.
        Edit::DeleteStakeholder(ids[0].clone())
            .apply(&mut map)
            .unwrap();
        selection.retain_existing_if_changed(&map, 2, &mut checked);
        assert!(!selection.contains_stakeholder(&ids[0]));
        assert_eq!(selection.stakeholders.len(), 4);

        // The selection changed to hold an id the map lacks (a scene's
        // highlight of a deleted stakeholder): checked again, and forgotten.
        selection.stakeholders.insert(ids[0].clone());
        selection.retain_existing_if_changed(&map, 2, &mut checked);
        assert!(!selection.contains_stakeholder(&ids[0]));

        // Neither changed: not looked up again (a map that changed without
        // a new generation is not seen, which is what saves the look-ups).
        let kept = selection.clone();
        let other = Map::default();
        selection.retain_existing_if_changed(&other, 2, &mut checked);
        assert_eq!(selection, kept);
        selection.retain_existing_if_changed(&other, 3, &mut checked);
        assert!(selection.stakeholders.is_empty());
    }
}
