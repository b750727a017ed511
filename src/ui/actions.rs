//! One table of everything the user can do from menus and the keyboard:
//! each action's words, its shortcut, and the menu it sits in. Menus, the
//! shortcut handler and the keyboard-shortcut overlay all read this table.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A user action, carried out by the app after the frame is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    NewMap,
    Open,
    Save,
    SaveAs,
    ImportSpreadsheet,
    ExportSpreadsheet,
    ImportGraphMl,
    ExportGraphMl,
    ExportPicture,
    ShareCopy,
    MergeVersion,
    CompareVersion,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    SelectAll,
    ClearSelection,
    Rename,
    Find,
    AddStakeholder,
    Connect,
    TogglePin,
    Arrange,
    ZoomIn,
    ZoomOut,
    FitAll,
    ShowNetwork,
    ShowGrid,
    ShowSpectrum,
    ShowTable,
    ToggleLegend,
    ToggleHideFiltered,
    FocusSelected,
    MapSettings,
    AddScene,
    Present,
    PresentFromScene,
    ExportScenes,
    ShowShortcuts,
}

/// Where an action is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuGroup {
    File,
    Edit,
    Map,
    View,
    Present,
    Help,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Action {
    /// Whether the action acts on the whole document (saves, replaces or
    /// closes it), so text still being typed in a field must be committed
    /// to the map first.
    pub fn needs_committed_text(self) -> bool {
        matches!(
            self,
            Self::NewMap
                | Self::Open
                | Self::Save
                | Self::SaveAs
                | Self::ExportSpreadsheet
                | Self::ImportGraphMl
                | Self::ExportGraphMl
                | Self::ExportPicture
                | Self::ExportScenes
                | Self::ShareCopy
                | Self::MergeVersion
                | Self::CompareVersion
                | Self::Quit
        )
    }

    /// Every action, in menu order.
    pub const ALL: &'static [Action] = &[
        Action::NewMap,
        Action::Open,
        Action::Save,
        Action::SaveAs,
        Action::ImportSpreadsheet,
        Action::ExportSpreadsheet,
        Action::ImportGraphMl,
        Action::ExportGraphMl,
        Action::ExportPicture,
        Action::ShareCopy,
        Action::MergeVersion,
        Action::CompareVersion,
        Action::Quit,
        Action::Undo,
        Action::Redo,
        Action::Cut,
        Action::Copy,
        Action::Paste,
        Action::Duplicate,
        Action::Delete,
        Action::SelectAll,
        Action::ClearSelection,
        Action::Rename,
        Action::Find,
        Action::AddStakeholder,
        Action::Connect,
        Action::TogglePin,
        Action::Arrange,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::FitAll,
        Action::ShowNetwork,
        Action::ShowGrid,
        Action::ShowSpectrum,
        Action::ShowTable,
        Action::ToggleLegend,
        Action::ToggleHideFiltered,
        Action::FocusSelected,
        Action::MapSettings,
        Action::AddScene,
        Action::Present,
        Action::PresentFromScene,
        Action::ExportScenes,
        Action::ShowShortcuts,
    ];

    /// The words on the menu item and in the shortcut overlay.
    pub fn label(self) -> &'static str {
        match self {
            Action::NewMap => "New map",
            Action::Open => "Open…",
            Action::Save => "Save",
            Action::SaveAs => "Save as…",
            Action::ImportSpreadsheet => "Import from spreadsheet…",
            Action::ExportSpreadsheet => "Export to spreadsheet…",
            Action::ImportGraphMl => "Import from GraphML…",
            Action::ExportGraphMl => "Export for yEd or Gephi…",
            Action::ExportPicture => "Export picture…",
            Action::ShareCopy => "Save a copy for sharing…",
            Action::MergeVersion => "Merge another version…",
            Action::CompareVersion => "Compare with another version…",
            Action::Quit => "Quit",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::Cut => "Cut",
            Action::Copy => "Copy",
            Action::Paste => "Paste",
            Action::Duplicate => "Duplicate",
            Action::Delete => "Delete",
            Action::SelectAll => "Select all",
            Action::ClearSelection => "Clear selection",
            Action::Rename => "Rename",
            Action::Find => "Find…",
            Action::AddStakeholder => "Add stakeholder",
            Action::Connect => "Connect selected",
            Action::TogglePin => "Pin or unpin",
            Action::Arrange => "Arrange",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::FitAll => "Fit all",
            Action::ShowNetwork => "Network",
            Action::ShowGrid => "Power/interest grid",
            Action::ShowSpectrum => "Spectrum of allies",
            Action::ShowTable => "Table",
            Action::ToggleLegend => "Legend",
            Action::ToggleHideFiltered => "Hide filtered out",
            Action::FocusSelected => "Focus on selected",
            Action::MapSettings => "Map settings…",
            Action::AddScene => "Add scene from current view",
            Action::Present => "Present",
            Action::PresentFromScene => "Present from the chosen scene",
            Action::ExportScenes => "Export scenes as pictures…",
            Action::ShowShortcuts => "Keyboard shortcuts",
        }
    }

    /// What the action does, for tooltips and the shortcut overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::NewMap => "Start an empty map",
            Action::Open => "Open a map file",
            Action::Save => "Save the map to its file",
            Action::SaveAs => "Save the map to a new file",
            Action::ImportSpreadsheet => {
                "Add or update stakeholders and relations from CSV files, after a preview"
            }
            Action::ExportSpreadsheet => {
                "Write the stakeholders and the relations as two CSV files"
            }
            Action::ImportGraphMl => {
                "Open a GraphML file from yEd, Gephi or Powermap as a new map, after a report of what it holds"
            }
            Action::ExportGraphMl => {
                "Write a GraphML file that yEd and Gephi open, without confidential notes"
            }
            Action::ExportPicture => {
                "Save the network, grid or spectrum in front as a PNG or SVG picture, filter and focus as shown"
            }
            Action::ShareCopy => {
                "Save a copy without confidential notes, for people outside the coalition"
            }
            Action::MergeVersion => {
                "Bring in the changes of another version of this map, given the version both started from; one undo step"
            }
            Action::CompareVersion => {
                "List what differs from another version of this map, item by item and field by field"
            }
            Action::Quit => "Close Powermap",
            Action::Undo => "Undo the last change",
            Action::Redo => "Redo the change undone last",
            Action::Cut => "Cut the selected stakeholders with the relations among them",
            Action::Copy => "Copy the selected stakeholders with the relations among them",
            Action::Paste => "Paste stakeholders copied from this or another map",
            Action::Duplicate => "Duplicate the selected stakeholders",
            Action::Delete => "Delete the selection (a stakeholder takes its relations with it)",
            Action::SelectAll => "Select every stakeholder",
            Action::ClearSelection => "Clear the selection, or cancel what is under way",
            Action::Rename => "Rename the selected stakeholder",
            Action::Find => "Find a stakeholder by name or tag",
            Action::AddStakeholder => {
                "Add a stakeholder at the pointer (or double-click the canvas)"
            }
            Action::Connect => "Connect two selected stakeholders, first selected to second",
            Action::TogglePin => "Pinned stakeholders stay put when the map is arranged",
            Action::Arrange => "Lay out the map with a force layout (pinned stakeholders stay)",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::FitAll => "Show the whole map",
            Action::ShowNetwork => "Show the network map",
            Action::ShowGrid => "Show the power/interest grid",
            Action::ShowSpectrum => "Show the spectrum of allies",
            Action::ShowTable => "Show the table of stakeholders and relations",
            Action::ToggleLegend => "Show or hide the legend",
            Action::ToggleHideFiltered => {
                "Hide stakeholders the filter leaves out, or show them faint"
            }
            Action::FocusSelected => {
                "Show only the selected stakeholder's neighbourhood (Esc leaves)"
            }
            Action::MapSettings => "Title, goal, theory of change and conditions",
            Action::AddScene => {
                "Keep the view, camera, filter, focus and coalition as a scene; the selection is picked out"
            }
            Action::Present => {
                "Full screen for a projector, from the first scene (Esc leaves; PageDown, PageUp step)"
            }
            Action::PresentFromScene => {
                "Full screen for a projector, from the scene chosen in Scenes"
            }
            Action::ExportScenes => {
                "Save every scene as a 1920×1080 PNG, as the projector shows it, into a folder: handouts of the presentation"
            }
            Action::ShowShortcuts => "Show this list",
        }
    }

    pub fn menu(self) -> MenuGroup {
        match self {
            Action::NewMap
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ImportSpreadsheet
            | Action::ExportSpreadsheet
            | Action::ImportGraphMl
            | Action::ExportGraphMl
            | Action::ExportPicture
            | Action::ShareCopy
            | Action::MergeVersion
            | Action::CompareVersion
            | Action::Quit => MenuGroup::File,
            Action::Undo
            | Action::Redo
            | Action::Cut
            | Action::Copy
            | Action::Paste
            | Action::Duplicate
            | Action::Delete
            | Action::SelectAll
            | Action::ClearSelection
            | Action::Rename
            | Action::Find => MenuGroup::Edit,
            Action::AddStakeholder | Action::Connect | Action::TogglePin | Action::Arrange => {
                MenuGroup::Map
            }
            Action::MapSettings => MenuGroup::Map,
            Action::ZoomIn
            | Action::ZoomOut
            | Action::FitAll
            | Action::ShowNetwork
            | Action::ShowGrid
            | Action::ShowSpectrum
            | Action::ShowTable
            | Action::ToggleLegend
            | Action::ToggleHideFiltered
            | Action::FocusSelected => MenuGroup::View,
            Action::AddScene
            | Action::Present
            | Action::PresentFromScene
            | Action::ExportScenes => MenuGroup::Present,
            Action::ShowShortcuts => MenuGroup::Help,
        }
    }

    /// The main shortcut, shown in menus.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Some(match self {
            Action::NewMap => command(Key::N),
            Action::Open => command(Key::O),
            Action::Save => command(Key::S),
            Action::SaveAs => command_shift(Key::S),
            Action::Quit => command(Key::Q),
            Action::Undo => command(Key::Z),
            Action::Redo => command_shift(Key::Z),
            Action::Cut => command(Key::X),
            Action::Copy => command(Key::C),
            Action::Paste => command(Key::V),
            Action::Duplicate => command(Key::D),
            Action::Delete => key(Key::Delete),
            Action::SelectAll => command(Key::A),
            Action::ClearSelection => key(Key::Escape),
            Action::Rename => key(Key::F2),
            Action::Find => command(Key::F),
            Action::AddStakeholder => key(Key::N),
            Action::Connect => key(Key::C),
            Action::TogglePin => key(Key::P),
            Action::Arrange => command_shift(Key::L),
            Action::ZoomIn => key(Key::Plus),
            Action::ZoomOut => key(Key::Minus),
            Action::FitAll => key(Key::F),
            Action::ShowNetwork => command(Key::Num1),
            Action::ShowGrid => command(Key::Num2),
            Action::ShowSpectrum => command(Key::Num3),
            Action::ShowTable => command(Key::Num4),
            Action::ToggleLegend => key(Key::L),
            Action::ToggleHideFiltered => command(Key::H),
            Action::FocusSelected => command_shift(Key::F),
            Action::MapSettings
            | Action::ImportSpreadsheet
            | Action::ExportSpreadsheet
            | Action::ImportGraphMl
            | Action::ExportGraphMl
            | Action::ExportPicture
            | Action::ExportScenes
            | Action::ShareCopy
            | Action::MergeVersion
            | Action::CompareVersion => return None,
            Action::AddScene => command(Key::M),
            Action::Present => key(Key::F5),
            Action::PresentFromScene => KeyboardShortcut::new(Modifiers::SHIFT, Key::F5),
            Action::ShowShortcuts => key(Key::F1),
        })
    }

    /// Other keys that do the same.
    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [command(Key::Y)];
        const DELETE: [KeyboardShortcut; 1] = [key(Key::Backspace)];
        const ZOOM_IN: [KeyboardShortcut; 1] = [key(Key::Equals)];
        const FIT_ALL: [KeyboardShortcut; 1] = [key(Key::Home)];
        match self {
            Action::Redo => &REDO,
            Action::Delete => &DELETE,
            Action::ZoomIn => &ZOOM_IN,
            Action::FitAll => &FIT_ALL,
            _ => &[],
        }
    }

    /// Whether the shortcut is a single key with no Ctrl/Cmd, which must not
    /// fire while the user types in a text field.
    pub fn is_plain_key(shortcut: KeyboardShortcut) -> bool {
        !shortcut.modifiers.command && !shortcut.modifiers.ctrl && !shortcut.modifiers.alt
    }

    /// Actions whose Ctrl shortcut a focused text field handles itself
    /// (undo, clipboard, select all inside the text).
    pub fn is_text_editing(self) -> bool {
        matches!(
            self,
            Action::Undo
                | Action::Redo
                | Action::Cut
                | Action::Copy
                | Action::Paste
                | Action::SelectAll
        )
    }

    /// The clipboard actions, which egui delivers as events rather than keys.
    pub fn is_clipboard(self) -> bool {
        matches!(self, Action::Cut | Action::Copy | Action::Paste)
    }
}
