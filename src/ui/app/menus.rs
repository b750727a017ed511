//! The menu bar, read from the action table: each action in its menu,
//! greyed out with the reason when it cannot run; and the few items that
//! are not actions (recent files, examples, the theme, the language).

use egui::RichText;
use strum::IntoEnumIterator;

use crate::edit::History;
use crate::i18n::{Language, tr, tr_with};
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
                    MenuGroup::View => {
                        theme_ui(ui, mx.settings.theme, commands);
                        language_ui(ui, mx.settings.language, commands);
                    }
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
            Action::Undo => mx
                .history
                .undo_label()
                .map(|step| tr_with("menu-undo-step", &[("step", step.into())])),
            Action::Redo => mx
                .history
                .redo_label()
                .map(|step| tr_with("menu-redo-step", &[("step", step.into())])),
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
    ui.menu_button(tr("menu-open-recent"), |ui| {
        if settings.recent_files.is_empty() {
            ui.label(RichText::new(tr("menu-no-recent")).weak());
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
    ui.menu_button(tr("menu-open-example"), |ui| {
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
    ui.label(tr("menu-theme"));
    for (choice, label) in [
        (ThemeChoice::System, "menu-theme-system"),
        (ThemeChoice::Light, "menu-theme-light"),
        (ThemeChoice::Dark, "menu-theme-dark"),
    ] {
        if ui.radio(current == choice, tr(label)).clicked() {
            commands.push(Command::SetTheme(choice));
        }
    }
}

/// The languages, each by its own name, and the system's.
fn language_ui(ui: &mut egui::Ui, current: Option<Language>, commands: &mut Vec<Command>) {
    ui.separator();
    ui.label(tr("menu-language"));
    let system = tr_with(
        "menu-language-system",
        &[("language", Language::of_system().name().into())],
    );
    if ui.radio(current.is_none(), system).clicked() {
        commands.push(Command::SetLanguage(None));
    }
    for language in Language::iter() {
        if ui
            .radio(current == Some(language), language.name())
            .clicked()
        {
            commands.push(Command::SetLanguage(Some(language)));
        }
    }
}
