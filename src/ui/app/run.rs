//! The one door every request goes through: the commands that views,
//! panels, menus and dialogs queued while the frame was drawn, and the
//! actions of the action table, carried out after drawing in order.

use super::PowermapApp;
use super::dialogs::Dialog;
use super::files::FilePurpose;
use super::session::Pending;
use crate::i18n::{tr, tr_with};
use crate::model::{Focus, FocusDirection};
use crate::ui::actions::Action;
use crate::ui::command::Command;
use crate::ui::document::Document;
use crate::ui::share_dialog::ShareDialog;
use crate::ui::theme;
use crate::ui::views::View;

impl PowermapApp {
    pub(super) fn run_commands(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        let mut draft = None;
        for command in commands {
            match command {
                Command::Draft(edit) => draft = Some(edit),
                command => self.run_command(ctx, command),
            }
        }
        // Text still being typed is drawn every frame it is there.
        self.session.set_draft(draft);
        // Every frame: only when the map or the selection changed.
        let generation = self.session.doc().generation();
        self.selection.retain_existing_if_changed(
            self.session.map(),
            generation,
            &mut self.selection_checked,
        );
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Edit(edit) => self.apply(edit),
            Command::Draft(edit) => self.session.set_draft(Some(edit)),
            Command::Action(action) => self.run_action(action),
            Command::CenterOn(id) => self.canvas.center_on(&id),
            Command::Live(answer) => self.run_live(ctx, answer),
            Command::HighlightCoalition(id) => self.lens.lens.coalition = id,
            Command::ShowScene(id) => self.show_scene(&id),
            Command::UpdateSceneFromView(id) => self.update_scene_from_view(&id),
            Command::PresentFrom(index) => self.start_presenting(index),
            Command::OpenFile(path) => self.guard(Pending::Open(Some(path))),
            Command::OpenExample(example) => self.open_example(example),
            Command::SetTheme(choice) => {
                self.settings.theme = choice;
                theme::apply(ctx, choice);
            }
            Command::SetLanguage(language) => {
                self.settings.language = language;
                crate::i18n::set_language(self.settings.language());
            }
            Command::Import { edit, summary } => {
                self.apply(edit);
                self.notify(summary);
            }
            Command::OpenImported(map) => self.guard(Pending::OpenImported(map)),
            Command::PickPath(purpose) => self.pick_path(purpose),
            Command::PathChosen(purpose, path) => self.path_chosen(purpose, path),
            Command::SaveThen(pending) => self.save(Some(pending), false),
            Command::Proceed(pending) => self.proceed(pending),
            Command::Overwrite { then } => match self.session.doc().path().map(ToOwned::to_owned) {
                Some(path) => self.save_to(&path, then),
                None => self.save(then, true),
            },
            Command::SaveAsThen(then) => self.save(then, true),
            Command::Recover(index) => {
                if self.session.doc().is_modified() {
                    self.fail(tr("run-recover-unsaved-first"));
                } else {
                    match self.session.recover(index) {
                        Ok(title) => {
                            self.forget_view_state();
                            self.notify(tr_with("run-recovered", &[("title", title.into())]));
                        }
                        Err(err) => self.fail(err.to_string()),
                    }
                }
                self.dialogs
                    .close_recovery_if_done(self.session.recoveries());
            }
            Command::DiscardRecovery(index) => {
                if let Err(err) = self.session.discard_recovery(index) {
                    self.fail(err.to_string());
                }
                self.dialogs
                    .close_recovery_if_done(self.session.recoveries());
            }
            Command::PostponeRecoveries => {
                self.session.postpone_recoveries();
                self.dialogs
                    .close_recovery_if_done(self.session.recoveries());
            }
            Command::CancelLoading => {
                self.session.cancel_loading();
                self.notify(tr("run-opening-cancelled"));
            }
        }
    }

    pub(super) fn run_action(&mut self, action: Action) {
        match action {
            Action::NewMap => self.guard(Pending::NewMap),
            Action::Open => self.guard(Pending::Open(None)),
            Action::Save => self.save(None, false),
            Action::SaveAs => self.save(None, true),
            Action::ImportSpreadsheet => self.pick_path(FilePurpose::ImportSpreadsheet),
            Action::ImportGraphMl => self.pick_path(FilePurpose::ImportGraphMl),
            Action::MergeVersion => self.pick_path(FilePurpose::MergeBase),
            Action::CompareVersion => self.pick_path(FilePurpose::Compare),
            Action::ExportGraphMl => self.pick_path(FilePurpose::ExportGraphMl),
            Action::ExportPicture if self.lens.view == View::Table => {
                self.notify(tr("run-no-picture-of-table"));
            }
            Action::ExportPicture => self.pick_path(FilePurpose::ExportPicture),
            Action::ShareCopy => self.dialogs.open(Dialog::Share(ShareDialog::new())),
            Action::LiveSession => self.open_live_dialog(),
            Action::ExportSpreadsheet => self.pick_path(FilePurpose::ExportSpreadsheet),
            Action::ExportPlan => self.pick_path(FilePurpose::ExportPlan),
            Action::ExportDueDates => self.pick_path(FilePurpose::ExportDueDates),
            Action::Quit => self.guard(Pending::Quit),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Cut => self.cut_selection(),
            Action::Copy => {
                self.copy_selection();
            }
            Action::Paste => self.paste_copied(),
            Action::Duplicate => self.duplicate_selection(),
            Action::Delete => self.delete_selection(),
            Action::SelectAll => self.select_all(),
            Action::ClearSelection => self.escape(),
            Action::Rename => match self.selection.single_stakeholder().cloned() {
                Some(id) => self.canvas.start_rename(self.session.map(), &id),
                None => self.notify(tr("run-rename-select-one")),
            },
            Action::Find => self.find.open(),
            Action::AddStakeholder => self.canvas.start_new_stakeholder(),
            Action::Connect => {
                if let Some((from, to)) = self.selection.connection_pair() {
                    self.canvas.start_connect(self.session.map(), from, to);
                } else {
                    self.canvas.connect_tool = true;
                    self.notify(tr("run-connect-drag"));
                }
            }
            Action::TogglePin => self.toggle_pins(),
            Action::Arrange => self.start_arranging(),
            Action::ZoomIn => self.canvas.zoom_by(crate::ui::canvas::ZOOM_STEP),
            Action::ZoomOut => self.canvas.zoom_by(1.0 / crate::ui::canvas::ZOOM_STEP),
            Action::FitAll => self.canvas.fit_all(),
            Action::ShowNetwork => self.lens.view = View::Network,
            Action::ShowGrid => self.lens.view = View::Grid,
            Action::ShowSpectrum => self.lens.view = View::Spectrum,
            Action::ShowTable => self.lens.view = View::Table,
            Action::ToggleLegend => self.lens.show_legend = !self.lens.show_legend,
            Action::ToggleHideFiltered => {
                self.lens.lens.hide_filtered = !self.lens.lens.hide_filtered;
            }
            Action::FocusSelected => self.focus_selected(),
            Action::MapSettings => self.dialogs.open(Dialog::MapSettings),
            Action::AddScene => self.add_scene(),
            Action::Present => self.start_presenting(0),
            Action::PresentFromScene => self.start_presenting(self.chosen_scene_index()),
            Action::ExportScenes if self.session.map().scenes().is_empty() => {
                self.notify(tr("run-no-scenes-to-export"));
            }
            Action::ExportScenes => self.pick_path(FilePurpose::ExportScenes),
            Action::ShowShortcuts => self.dialogs.toggle_shortcuts(),
        }
        self.selection.retain_existing(self.session.map());
    }

    /// Esc: stops following someone's view, or closes the shortcut list or
    /// the find bar, or cancels what the canvas is doing, or leaves the
    /// focus, or clears the selection.
    fn escape(&mut self) {
        if self.stop_following()
            || self.dialogs.close_shortcuts()
            || self.canvas_or_find_cancelled()
        {
            return;
        }
        if self.lens.lens.focus.is_some() {
            self.lens.lens.focus = None;
        } else {
            self.selection.clear();
        }
    }

    fn canvas_or_find_cancelled(&mut self) -> bool {
        if self.find.open {
            self.find.open = false;
            return true;
        }
        self.canvas.cancel()
    }

    fn focus_selected(&mut self) {
        let Some(id) = self.selection.single_stakeholder() else {
            let why = if self.selection.stakeholders.len() > 1 {
                "run-focus-several-selected"
            } else {
                "run-focus-select-one"
            };
            return self.notify(tr(why));
        };
        let focus = self.lens.lens.focus.as_ref();
        self.lens.lens.focus = Some(Focus {
            stakeholder: id.clone(),
            hops: focus.map_or(1, |f| f.hops),
            direction: focus.map_or(FocusDirection::Both, |f| f.direction),
        });
    }

    fn open_example(&mut self, example: &crate::examples::Example) {
        match crate::file::load_str(example.text) {
            Ok(_) if self.session.doc().is_modified() => {
                self.fail(tr("run-example-unsaved-first"));
            }
            Ok(map) => self.replace_document(Document::new(map, None)),
            Err(err) => self.fail(tr_with(
                "run-example-unreadable",
                &[("error", err.to_string().into())],
            )),
        }
    }
}
