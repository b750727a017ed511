//! What views and panels ask of the app while they draw; the app carries
//! the requests out after drawing, so nothing changes under the painter.

use super::actions::Action;
use super::selection::Selection;
use super::shown::Shown;
use crate::edit::Edit;
use crate::model::{Map, StakeholderId};

/// One request from a view or panel.
#[derive(Debug)]
#[must_use]
pub enum Command {
    /// Change the document, as one undo step.
    Edit(Edit),
    /// Run an action from the action table.
    Action(Action),
    /// Move the network view so this stakeholder is in the middle.
    CenterOn(StakeholderId),
    /// Highlight a coalition's members in every view (`None`: no highlight).
    HighlightCoalition(Option<crate::model::CoalitionId>),
}

/// What every view and panel gets while it draws: the map to read, the
/// selection to change, and the queue for everything else.
pub struct ViewContext<'a> {
    pub map: &'a Map,
    /// Changes whenever the map changes.
    pub generation: u64,
    pub selection: &'a mut Selection,
    pub commands: &'a mut Vec<Command>,
    /// Which stakeholders pass the filter and focus, and the highlighted coalition.
    pub shown: &'a Shown,
}

impl ViewContext<'_> {
    pub fn edit(&mut self, edit: Edit) {
        self.commands.push(Command::Edit(edit));
    }

    pub fn action(&mut self, action: Action) {
        self.commands.push(Command::Action(action));
    }
}
