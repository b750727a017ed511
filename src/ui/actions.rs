//! One table of everything the user can do from menus and the keyboard:
//! each action's words, shortcuts, menu place and the rule that enables it.
//! The menu bar, the canvas's context menu, the shortcut handler and the
//! keyboard-shortcut overlay (F1) all read this table, so an action is
//! described once.

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::IntoEnumIterator;

use super::views::View;
use crate::i18n::tr;

/// A user action, carried out by the app after the frame is drawn. The
/// order of the variants is the order of the menus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    NewMap,
    Open,
    Save,
    SaveAs,
    ImportSpreadsheet,
    ExportSpreadsheet,
    ExportPlan,
    ExportDueDates,
    ImportGraphMl,
    ExportGraphMl,
    ExportPicture,
    ShareCopy,
    LiveSession,
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

/// Which menu an action is listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum MenuGroup {
    File,
    Edit,
    Map,
    View,
    Present,
    Help,
}

impl MenuGroup {
    /// The menu's name in the interface's language.
    pub fn label(self) -> String {
        let name: &'static str = self.into();
        tr(&format!("menu-{name}"))
    }
}

/// One row of the table. Its words are in the Fluent files, as
/// `action-<name>` and its `.description` (see [`Action::label`]).
#[derive(Clone, Copy, Debug)]
pub struct ActionSpec {
    /// The main shortcut, shown in menus.
    pub shortcut: Option<KeyboardShortcut>,
    /// Other keys that do the same.
    pub alternatives: &'static [KeyboardShortcut],
    pub menu: MenuGroup,
    /// A separator follows it in its menu.
    pub separator_after: bool,
    /// It acts on the whole document (saves, replaces or closes it), so
    /// text still being typed in a field is committed to the map first.
    pub whole_document: bool,
    /// A focused text field handles its Ctrl shortcut itself (undo, the
    /// clipboard, select all inside the text).
    pub text_editing: bool,
    /// When it can run.
    pub needs: Needs,
}

/// What an action needs before it can run; menus grey it out otherwise,
/// saying why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    Undo,
    Redo,
    SelectedStakeholders,
    AnySelection,
    OneStakeholder,
    Copied,
}

/// What the enabled rules read, gathered by the app once a frame.
#[derive(Clone, Debug, Default)]
pub struct ActionState {
    pub can_undo: bool,
    pub can_redo: bool,
    pub selected_stakeholders: usize,
    pub selected_relations: usize,
    pub has_copied: bool,
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

const REDO: [KeyboardShortcut; 1] = [command(Key::Y)];
const DELETE: [KeyboardShortcut; 1] = [key(Key::Backspace)];
const ZOOM_IN: [KeyboardShortcut; 1] = [key(Key::Equals)];
const FIT_ALL: [KeyboardShortcut; 1] = [key(Key::Home)];

/// A row with no shortcut, in `menu`, that needs nothing.
const fn row(menu: MenuGroup) -> ActionSpec {
    ActionSpec {
        shortcut: None,
        alternatives: &[],
        menu,
        separator_after: false,
        whole_document: false,
        text_editing: false,
        needs: Needs::Nothing,
    }
}

impl ActionSpec {
    const fn key(mut self, shortcut: KeyboardShortcut) -> Self {
        self.shortcut = Some(shortcut);
        self
    }

    const fn or(mut self, alternatives: &'static [KeyboardShortcut]) -> Self {
        self.alternatives = alternatives;
        self
    }

    const fn then_separator(mut self) -> Self {
        self.separator_after = true;
        self
    }

    const fn whole_document(mut self) -> Self {
        self.whole_document = true;
        self
    }

    const fn text_editing(mut self) -> Self {
        self.text_editing = true;
        self
    }

    const fn needs(mut self, needs: Needs) -> Self {
        self.needs = needs;
        self
    }
}

impl Action {
    /// The table itself: one row per action.
    #[expect(
        clippy::match_same_arms,
        reason = "one row per action, in menu order, reads as the table it is"
    )]
    pub fn spec(self) -> ActionSpec {
        use MenuGroup::{Edit, File, Help, Map, Present, View};
        match self {
            Self::NewMap => row(File).key(command(Key::N)).whole_document(),
            Self::Open => row(File).key(command(Key::O)).whole_document(),
            Self::Save => row(File).key(command(Key::S)).whole_document(),
            Self::SaveAs => row(File).key(command_shift(Key::S)).whole_document(),
            Self::ImportSpreadsheet => row(File),
            Self::ExportSpreadsheet => row(File).whole_document(),
            Self::ExportPlan => row(File).whole_document(),
            Self::ExportDueDates => row(File).whole_document(),
            Self::ImportGraphMl => row(File).whole_document(),
            Self::ExportGraphMl => row(File).whole_document(),
            Self::ExportPicture => row(File).whole_document(),
            Self::ShareCopy => row(File).whole_document(),
            Self::LiveSession => row(File).whole_document(),
            Self::MergeVersion => row(File).whole_document(),
            Self::CompareVersion => row(File).whole_document(),
            Self::Quit => row(File)
                .key(command(Key::Q))
                .whole_document()
                .then_separator(),
            Self::Undo => row(Edit)
                .key(command(Key::Z))
                .text_editing()
                .needs(Needs::Undo),
            Self::Redo => row(Edit)
                .key(command_shift(Key::Z))
                .or(&REDO)
                .text_editing()
                .needs(Needs::Redo)
                .then_separator(),
            Self::Cut => row(Edit)
                .key(command(Key::X))
                .text_editing()
                .needs(Needs::SelectedStakeholders),
            Self::Copy => row(Edit)
                .key(command(Key::C))
                .text_editing()
                .needs(Needs::SelectedStakeholders),
            Self::Paste => row(Edit)
                .key(command(Key::V))
                .text_editing()
                .needs(Needs::Copied)
                .then_separator(),
            Self::Duplicate => row(Edit)
                .key(command(Key::D))
                .needs(Needs::SelectedStakeholders),
            Self::Delete => row(Edit)
                .key(key(Key::Delete))
                .or(&DELETE)
                .needs(Needs::AnySelection),
            Self::SelectAll => row(Edit).key(command(Key::A)).text_editing(),
            Self::ClearSelection => row(Edit).key(key(Key::Escape)).then_separator(),
            Self::Rename => row(Edit).key(key(Key::F2)).needs(Needs::OneStakeholder),
            Self::Find => row(Edit).key(command(Key::F)),
            Self::AddStakeholder => row(Map).key(key(Key::N)),
            Self::Connect => row(Map).key(key(Key::C)),
            Self::TogglePin => row(Map).key(key(Key::P)).needs(Needs::SelectedStakeholders),
            Self::Arrange => row(Map).key(command_shift(Key::L)),
            Self::ZoomIn => row(View).key(key(Key::Plus)).or(&ZOOM_IN),
            Self::ZoomOut => row(View).key(key(Key::Minus)),
            Self::FitAll => row(View).key(key(Key::F)).or(&FIT_ALL),
            Self::ShowNetwork => row(View).key(command(Key::Num1)),
            Self::ShowGrid => row(View).key(command(Key::Num2)),
            Self::ShowSpectrum => row(View).key(command(Key::Num3)),
            Self::ShowTable => row(View).key(command(Key::Num4)),
            Self::ToggleLegend => row(View).key(key(Key::L)),
            Self::ToggleHideFiltered => row(View).key(command(Key::H)),
            Self::FocusSelected => row(View)
                .key(command_shift(Key::F))
                .needs(Needs::OneStakeholder),
            Self::MapSettings => row(Map),
            Self::AddScene => row(Present).key(command(Key::M)),
            Self::Present => row(Present).key(key(Key::F5)),
            Self::PresentFromScene => {
                row(Present).key(KeyboardShortcut::new(Modifiers::SHIFT, Key::F5))
            }
            Self::ExportScenes => row(Present).whole_document(),
            Self::ShowShortcuts => row(Help).key(key(Key::F1)),
        }
    }

    /// Every action, in menu order.
    pub fn all() -> impl Iterator<Item = Action> {
        Self::iter()
    }

    /// The Fluent id of its words: `action-save-as`.
    pub fn text_id(self) -> String {
        let name: &'static str = self.into();
        format!("action-{name}")
    }

    /// The words on the menu item, in the interface's language.
    pub fn label(self) -> String {
        tr(&self.text_id())
    }

    /// What the action does, for tooltips and the shortcut overlay.
    pub fn description(self) -> String {
        tr(&format!("{}.description", self.text_id()))
    }

    pub fn menu(self) -> MenuGroup {
        self.spec().menu
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.spec().shortcut
    }

    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        self.spec().alternatives
    }

    /// The main shortcut and the others.
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        let spec = self.spec();
        spec.shortcut
            .into_iter()
            .chain(spec.alternatives.iter().copied())
    }

    pub fn needs_committed_text(self) -> bool {
        self.spec().whole_document
    }

    pub fn is_text_editing(self) -> bool {
        self.spec().text_editing
    }

    /// Whether the shortcut is a single key with no Ctrl/Cmd, which must not
    /// fire while the user types in a text field.
    pub fn is_plain_key(shortcut: KeyboardShortcut) -> bool {
        !shortcut.modifiers.command && !shortcut.modifiers.ctrl && !shortcut.modifiers.alt
    }

    /// The clipboard actions, which egui delivers as events rather than keys.
    pub fn is_clipboard(self) -> bool {
        matches!(self, Action::Cut | Action::Copy | Action::Paste)
    }

    /// `Ok` when the action can run now, or why it cannot, in words for
    /// the tooltip of its greyed-out menu item.
    pub fn enabled(self, state: &ActionState) -> Result<(), String> {
        let ok = |yes: bool, why: &str| if yes { Ok(()) } else { Err(tr(why)) };
        match self.spec().needs {
            Needs::Nothing => Ok(()),
            Needs::Undo => ok(state.can_undo, "needs-undo"),
            Needs::Redo => ok(state.can_redo, "needs-redo"),
            Needs::SelectedStakeholders => ok(
                state.selected_stakeholders > 0,
                "needs-selected-stakeholders",
            ),
            Needs::AnySelection => ok(
                state.selected_stakeholders + state.selected_relations > 0,
                "needs-any-selection",
            ),
            Needs::OneStakeholder => ok(
                state.selected_stakeholders == 1 && state.selected_relations == 0,
                if state.selected_stakeholders > 1 {
                    "needs-just-one"
                } else {
                    "needs-one-stakeholder"
                },
            ),
            Needs::Copied => ok(state.has_copied, "needs-copied"),
        }
    }

    /// The action that shows a view.
    pub fn showing(view: View) -> Action {
        match view {
            View::Network => Action::ShowNetwork,
            View::Grid => Action::ShowGrid,
            View::Spectrum => Action::ShowSpectrum,
            View::Table => Action::ShowTable,
        }
    }
}

/// A menu item for `action`: its label (or `label` instead), shortcut,
/// tooltip, and greyed out with the reason when it cannot run. Returns
/// whether it was clicked; the menu closes then.
pub fn action_button(
    ui: &mut egui::Ui,
    action: Action,
    label: Option<String>,
    enabled: Result<(), String>,
) -> bool {
    let shortcut = action
        .shortcut()
        .map(|s| ui.ctx().format_shortcut(&s))
        .unwrap_or_default();
    let button = egui::Button::new(label.unwrap_or_else(|| action.label())).shortcut_text(shortcut);
    let description = action.description();
    let mut response = ui.add_enabled(enabled.is_ok(), button);
    response = match enabled {
        Ok(()) => response.on_hover_text(description),
        Err(why) => response.on_disabled_hover_text(format!("{description}. {why}")),
    };
    let clicked = response.clicked();
    if clicked {
        ui.close();
    }
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for action in Action::all() {
            for shortcut in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{action:?} and {other:?} both use {shortcut:?}");
                }
                seen.push((shortcut, action));
            }
        }
    }

    #[test]
    fn every_action_has_words() {
        for action in Action::all() {
            assert!(!action.label().is_empty(), "{action:?}");
            assert!(!action.description().is_empty(), "{action:?}");
        }
    }

    #[test]
    fn focus_says_why_it_waits_for_one_stakeholder() {
        let several = ActionState {
            selected_stakeholders: 3,
            ..ActionState::default()
        };
        let why = Action::FocusSelected.enabled(&several).unwrap_err();
        assert!(why.contains("just one"), "{why}");
        let one = ActionState {
            selected_stakeholders: 1,
            ..ActionState::default()
        };
        assert!(Action::FocusSelected.enabled(&one).is_ok());
    }
}
