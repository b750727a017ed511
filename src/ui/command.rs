//! What views, panels, menus and dialogs ask of the app while they draw;
//! the app carries the requests out after drawing, in one place, so
//! nothing changes under the painter.

use std::path::PathBuf;

use super::actions::Action;
use super::app::{FilePurpose, Pending};
use super::selection::Selection;
use super::shown::Shown;
use super::theme::{Palette, ThemeChoice};
use crate::edit::Edit;
use crate::model::{Map, StakeholderId};

/// One request from a view or panel.
#[derive(Debug)]
#[must_use]
pub enum Command {
    /// Change the document, as one undo step.
    Edit(Edit),
    /// The change text still being typed would make: not an undo step yet,
    /// but kept by the autosave and counted as unsaved, this frame.
    Draft(Edit),
    /// Run an action from the action table.
    Action(Action),
    /// Move the network view so this stakeholder is in the middle.
    CenterOn(StakeholderId),
    /// Highlight a coalition's members in every view (`None`: no highlight).
    HighlightCoalition(Option<crate::model::CoalitionId>),
    /// Show a scene in the editor: its view, camera, filter and focus, its
    /// picked-out stakeholders and relations selected.
    ShowScene(crate::model::SceneId),
    /// Keep what the editor shows now in this scene (one undo step).
    UpdateSceneFromView(crate::model::SceneId),
    /// Present, starting at this scene (from 0).
    PresentFrom(usize),

    // What the app's own menus and dialogs ask for.
    /// Open this file (recent files, a dropped file), asking first to save.
    OpenFile(PathBuf),
    OpenExample(&'static crate::examples::Example),
    SetTheme(ThemeChoice),
    /// Speak this language from now on (`None`: the system's).
    SetLanguage(Option<crate::i18n::Language>),
    /// Import rows from a spreadsheet as one undo step, then say `summary`.
    Import {
        edit: Edit,
        summary: String,
    },
    /// Open a map made from another tool's file, asking first to save.
    OpenImported(Box<Map>),
    /// Ask the user for a path, then do what it is for.
    PickPath(FilePurpose),
    /// A path the user typed or picked, for what it is for.
    PathChosen(FilePurpose, PathBuf),
    /// Save (asking for a file if the map has none), then go on.
    SaveThen(Pending),
    /// Go on without saving.
    Proceed(Pending),
    /// Save over a file that changed on disk, then go on.
    Overwrite {
        then: Option<Pending>,
    },
    /// Save to another file instead, then go on.
    SaveAsThen(Option<Pending>),
    Recover(usize),
    DiscardRecovery(usize),
    /// Keep recovered work for the next start.
    PostponeRecoveries,
    CancelLoading,
    /// Start, join, leave or look after a live session.
    Live(super::live_dialog::LiveAnswer),
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
    /// The look every view draws in: light, dark or the projector's.
    pub palette: Palette,
    /// Presenting: views show the map and take clicks, but change nothing.
    pub read_only: bool,
    /// Today, from the app's clock: what is overdue or gone cold is judged against it.
    pub today: crate::model::Day,
    /// The day the views show: today, or the past day looked back at (on
    /// the time bar, or a dated scene's). A stakeholder's last contact, its
    /// "N days ago" and what has gone cold in the table count from it.
    pub shown_day: crate::model::Day,
}

#[cfg(test)]
impl<'a> ViewContext<'a> {
    /// A view's context for unit tests: editable, in the light palette, with
    /// 7 December 2026 as both today and the day shown.
    pub fn for_test(
        map: &'a Map,
        generation: u64,
        selection: &'a mut Selection,
        commands: &'a mut Vec<Command>,
        shown: &'a Shown,
    ) -> Self {
        let day = crate::model::Day::new(2026, 12, 7).expect("7 December 2026 is a day");
        ViewContext {
            map,
            generation,
            selection,
            commands,
            shown,
            palette: Palette::light(),
            read_only: false,
            today: day,
            shown_day: day,
        }
    }
}

impl ViewContext<'_> {
    /// Asks for a change to the document (dropped when read only).
    pub fn edit(&mut self, edit: Edit) {
        if !self.read_only {
            self.commands.push(Command::Edit(edit));
        }
    }

    /// Tells what the text being typed would change (dropped when read only).
    pub fn draft(&mut self, edit: Edit) {
        if !self.read_only {
            self.commands.push(Command::Draft(edit));
        }
    }

    pub fn action(&mut self, action: Action) {
        self.commands.push(Command::Action(action));
    }
}
