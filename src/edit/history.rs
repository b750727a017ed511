//! The undo history of one open map, and whether it has unsaved changes.
//!
//! The undo steps are a ring of at most [`History::MAX_STEPS`]: a new step past the
//! limit forgets the oldest in constant time, so a long session costs no
//! more per edit than a short one.

use std::collections::VecDeque;

use super::Edit;
use crate::model::{Map, ModelError};

/// One recorded change: the edit that takes the map the other way, and the
/// words that describe the change in the Edit menu.
#[derive(Clone, Debug)]
struct Step {
    label: String,
    /// Applied by undo when on the undo stack, by redo when on the redo stack.
    edit: Edit,
    /// The revision the map is at once this step is done.
    revision: u64,
}

/// Undo and redo stacks for one map. A revision number names each state the
/// map was in, so "unsaved" is just "not at the revision last saved".
#[derive(Debug)]
pub struct History {
    /// Oldest first: undo takes from the back, the limit forgets the front.
    undo: VecDeque<Step>,
    /// Newest last, as the undo steps; never longer than the undo ring was.
    redo: VecDeque<Step>,
    last_revision: u64,
    /// The revision of the oldest state undo can reach.
    base_revision: u64,
    saved_revision: Option<u64>,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: VecDeque::new(),
            redo: VecDeque::new(),
            last_revision: 0,
            base_revision: 0,
            saved_revision: Some(0),
        }
    }
}

impl History {
    /// How many steps undo can go back; older steps are forgotten.
    pub const MAX_STEPS: usize = 1000;

    /// A history for a map that has just been opened or saved.
    pub fn new() -> Self {
        Self::default()
    }

    /// A history for a map that exists only in memory (a new or recovered
    /// map): it counts as unsaved until saved.
    pub fn unsaved() -> Self {
        Self {
            saved_revision: None,
            ..Self::default()
        }
    }

    /// Applies an edit and records it as one undo step. An edit that changes
    /// nothing is not recorded. On error the map is unchanged.
    pub fn apply(&mut self, map: &mut Map, edit: Edit) -> Result<(), ModelError> {
        let label = edit.describe(map);
        self.apply_labelled(map, edit, label)
    }

    /// Like [`History::apply`], with the words the Edit menu shows.
    pub fn apply_labelled(
        &mut self,
        map: &mut Map,
        edit: Edit,
        label: String,
    ) -> Result<(), ModelError> {
        let forward = edit.clone();
        let inverse = edit.apply(map)?;
        if forward.changed_nothing(&inverse) {
            return Ok(());
        }
        self.last_revision += 1;
        self.undo.push_back(Step {
            label,
            edit: inverse,
            revision: self.last_revision,
        });
        self.redo.clear();
        if self.undo.len() > Self::MAX_STEPS
            && let Some(forgotten) = self.undo.pop_front()
        {
            self.base_revision = forgotten.revision;
        }
        Ok(())
    }

    /// Undoes the newest step; returns what it undid.
    pub fn undo(&mut self, map: &mut Map) -> Result<Option<String>, ModelError> {
        replay(&mut self.undo, &mut self.redo, map)
    }

    /// Redoes the step undone last; returns what it redid.
    pub fn redo(&mut self, map: &mut Map) -> Result<Option<String>, ModelError> {
        replay(&mut self.redo, &mut self.undo, map)
    }

    /// What undo would undo, e.g. "add stakeholder “Ministry”".
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|step| step.label.as_str())
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.back().map(|step| step.label.as_str())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Names the state the map is in now; it changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.undo
            .back()
            .map_or(self.base_revision, |step| step.revision)
    }

    /// How many recorded changes separate the map from its opened state.
    pub fn depth(&self) -> usize {
        self.undo.len()
    }

    /// Records that the map as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.revision());
    }

    /// Records that the map changed outside the history (a peer's change in
    /// a live session): it differs from what was saved, whatever undo does.
    pub fn mark_changed_outside(&mut self) {
        self.saved_revision = None;
    }

    /// Whether the map differs from what was last saved.
    pub fn is_modified(&self) -> bool {
        self.saved_revision != Some(self.revision())
    }
}

/// Applies the newest step of `from` and moves it, now holding the edit
/// back, onto `to`; on error the step stays where it was and the map is
/// unchanged. Returns the step's label.
fn replay(
    from: &mut VecDeque<Step>,
    to: &mut VecDeque<Step>,
    map: &mut Map,
) -> Result<Option<String>, ModelError> {
    let Some(step) = from.pop_back() else {
        return Ok(None);
    };
    match step.edit.clone().apply(map) {
        Ok(back) => {
            let label = step.label.clone();
            to.push_back(Step { edit: back, ..step });
            Ok(Some(label))
        }
        Err(err) => {
            from.push_back(step);
            Err(err)
        }
    }
}
