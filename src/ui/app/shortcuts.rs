//! The keyboard: which actions of the action table this frame's keys
//! fire, and the overlay (F1) that lists every shortcut and gesture.

use egui::{KeyboardShortcut, Modifiers, RichText};

use crate::i18n::{tr, tr_with};
use crate::ui::actions::Action;

/// What decides which shortcuts may fire this frame.
pub struct KeyContext {
    /// A text field (or the canvas's name entry) takes typed keys.
    pub typing: bool,
    /// A modal question is open: only Quit goes through.
    pub modal: bool,
    /// The dialog open closes on Esc itself: Esc is not a shortcut.
    pub dialog_takes_escape: bool,
}

/// The actions whose shortcuts were pressed this frame, consuming their
/// keys. A focused text field keeps plain keys and its own editing
/// shortcuts; the most specific shortcut wins (Ctrl+Shift+S over Ctrl+S).
pub fn fired(ctx: &egui::Context, keys: &KeyContext) -> Vec<Action> {
    let mut candidates: Vec<(Action, KeyboardShortcut)> = Action::all()
        .filter(|action| !action.is_clipboard())
        .flat_map(|action| action.shortcuts().map(move |shortcut| (action, shortcut)))
        .filter(|(action, shortcut)| {
            let plain = Action::is_plain_key(*shortcut);
            !(keys.typing && (plain || action.is_text_editing()))
                && !(keys.modal && *action != Action::Quit)
                && !(keys.dialog_takes_escape && shortcut.logical_key == egui::Key::Escape)
        })
        .collect();
    candidates.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
    let mut fired = Vec::new();
    ctx.input_mut(|input| {
        for (action, shortcut) in candidates {
            if input.consume_shortcut(&shortcut) && !fired.contains(&action) {
                fired.push(action);
            }
        }
    });
    fired
}

fn modifier_count(m: Modifiers) -> usize {
    [m.command || m.ctrl, m.shift, m.alt]
        .iter()
        .filter(|b| **b)
        .count()
}

/// The overlay listing every shortcut of the action table and every gesture.
pub fn shortcuts_ui(ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .max_height(560.0)
        .show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for action in Action::all() {
                        let keys: Vec<String> = action
                            .shortcuts()
                            .map(|s| ui.ctx().format_shortcut(&s))
                            .collect();
                        let keys = keys.into_iter().reduce(|first, second| {
                            tr_with(
                                "shortcuts-or",
                                &[("first", first.into()), ("second", second.into())],
                            )
                        });
                        ui.label(RichText::new(keys.unwrap_or_default()).monospace().strong());
                        ui.label(action.description());
                        ui.end_row();
                    }
                    for gesture in GESTURES {
                        let id = format!("gesture-{gesture}");
                        ui.label(RichText::new(tr(&id)).monospace().strong());
                        ui.label(tr(&format!("{id}.what")));
                        ui.end_row();
                    }
                });
        });
}

/// Pointer gestures and keys that are not actions of their own: each is
/// `gesture-<name>` in the Fluent files, what it does its `.what`.
const GESTURES: &[&str] = &[
    "double-click-canvas",
    "tab-while-naming",
    "double-click-stakeholder",
    "click",
    "drag-stakeholder",
    "ctrl-drag",
    "shift-drag",
    "drag-canvas",
    "wheel",
    "arrows",
    "right-click",
    "present-next",
    "present-previous",
    "present-jump",
    "present-blank",
    "present-click",
    "present-legend",
];
