//! The menu bar, read from the action table: each action in its menu,
//! greyed out with the reason when it cannot run; and the few items that
//! are not actions (recent files, examples, the theme).

use egui::RichText;
use strum::IntoEnumIterator;

use crate::edit::History;
use crate::ui::actions::{Action, ActionState, MenuGroup, action_button};
use crate::ui::command::Command;
use crate::ui::settings::Settings;
use crate::ui::theme::ThemeChoice;

/// What the menus show besides the action table.
pub struct MenuContext<'a> {
    pub settings: &'a Settings,
    pub history: &'a History,
    pub state: &'a ActionState,
}

pub fn menu_bar_ui(ui: &mut egui::Ui, mx: &MenuContext<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        for group in MenuGroup::iter() {
            ui.menu_button(group.label(), |ui| {
                menu_items(ui, group, mx, commands);
                match group {
                    MenuGroup::File => files_ui(ui, mx.settings, commands),
                    MenuGroup::View => theme_ui(ui, mx.settings.theme, commands),
                    _ => {}
                }
            });
        }
    });
}

fn menu_items(
    ui: &mut egui::Ui,
    group: MenuGroup,
    mx: &MenuContext<'_>,
    commands: &mut Vec<Command>,
) {
    for action in Action::all().filter(|a| a.menu() == group) {
        let label = match action {
            Action::Undo => Some(
                mx.history
                    .undo_label()
                    .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}")),
            ),
            Action::Redo => Some(
                mx.history
                    .redo_label()
                    .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}")),
            ),
            _ => None,
        };
        if action_button(ui, action, label, action.enabled(mx.state)) {
            commands.push(Command::Action(action));
        }
        if action.spec().separator_after {
            ui.separator();
        }
    }
}

/// Open recent and Open an example, under the File menu's actions.
fn files_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    ui.menu_button("Open recent", |ui| {
        if settings.recent_files.is_empty() {
            ui.label(RichText::new("No recent maps").weak());
        }
        for path in &settings.recent_files {
            let name = crate::ui::document::file_name(path);
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                commands.push(Command::OpenFile(path.clone()));
                ui.close();
            }
        }
    });
    ui.menu_button("Open an example", |ui| {
        for example in crate::examples::EXAMPLES {
            if ui.button(example.file_name).clicked() {
                commands.push(Command::OpenExample(example));
                ui.close();
            }
        }
    });
}

fn theme_ui(ui: &mut egui::Ui, current: ThemeChoice, commands: &mut Vec<Command>) {
    ui.separator();
    ui.label("Theme");
    for (choice, label) in [
        (ThemeChoice::System, "Follow the system"),
        (ThemeChoice::Light, "Light"),
        (ThemeChoice::Dark, "Dark"),
    ] {
        if ui.radio(current == choice, label).clicked() {
            commands.push(Command::SetTheme(choice));
        }
    }
}
