//! The app's dialogs and windows, one open at a time (an error may stand
//! over another and hand back to it). Each draws itself and answers with
//! commands; the app carries them out after drawing, so no dialog
//! changes the map while the frame is drawn.

use std::path::{Path, PathBuf};

use egui::{Id, Key, RichText};

use super::files::FilePurpose;
use super::session::{Loading, Pending};
use crate::file::recovery::{self, Recovery};
use crate::i18n::{tr, tr_with};
use crate::ui::command::{Command, ViewContext};
use crate::ui::compare_dialog::Comparison;
use crate::ui::file_dialogs::{FileRequest, PathKind};
use crate::ui::graphml_import::{GraphmlAnswer, GraphmlPreview};
use crate::ui::live_dialog::{LiveAnswer, LiveDialog, LiveShown};
use crate::ui::merge_dialog::MergeReport;
use crate::ui::share_dialog::{ShareAnswer, ShareDialog};
use crate::ui::spreadsheet::{ImportAnswer, ImportPreview};
use crate::ui::views::Views;

#[allow(clippy::large_enum_variant, reason = "one at a time, never in bulk")]
pub enum Dialog {
    /// "Save changes?" before going on with what is pending.
    Unsaved(Pending),
    /// The file changed on disk since it was opened: overwrite it?
    ChangedOnDisk {
        then: Option<Pending>,
    },
    Error(String),
    Shortcuts,
    MapSettings,
    /// Offers the work earlier sessions left unsaved (kept by the session).
    Recovery,
    ImportPreview(ImportPreview),
    GraphmlPreview(GraphmlPreview),
    Share(ShareDialog),
    Live(LiveDialog),
    MergeReport(MergeReport),
    Comparison(Comparison),
    /// A path typed by hand, when no file dialog can be shown.
    PathEntry(PathEntry),
}

/// The path field offered when no system file dialog can be shown.
pub struct PathEntry {
    request: FileRequest,
    purpose: FilePurpose,
    text: String,
    problem: Option<String>,
    focused: bool,
}

/// Everything a dialog reads or may change while it draws.
pub struct DialogContext<'a, 'b> {
    pub cx: &'a mut ViewContext<'b>,
    pub views: &'a mut Views,
    pub recoveries: &'a [Recovery],
    /// The open map's name as the title bar shows it.
    pub doc_name: &'a str,
    pub live: LiveShown<'a>,
}

/// The dialog open now, and one an error stands over.
#[derive(Default)]
pub struct Dialogs {
    current: Option<Dialog>,
    behind: Option<Dialog>,
}

impl Dialog {
    pub fn path_entry(request: FileRequest, purpose: FilePurpose, doc_path: Option<&Path>) -> Self {
        let folder = doc_path
            .and_then(Path::parent)
            .filter(|dir| !dir.as_os_str().is_empty())
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let start = match &request.file_name {
            Some(name) => folder.join(name),
            None => folder,
        };
        Dialog::PathEntry(PathEntry {
            request,
            purpose,
            text: start.display().to_string(),
            problem: None,
            focused: false,
        })
    }
}

impl Dialogs {
    /// Opens `dialog` in place of the one open; an error stands over it.
    pub fn open(&mut self, dialog: Dialog) {
        match (&self.current, &dialog) {
            (Some(Dialog::Error(_)), Dialog::Error(_)) | (None, _) => self.current = Some(dialog),
            (Some(Dialog::Error(_)), _) => self.behind = Some(dialog),
            (Some(_), Dialog::Error(_)) => self.behind = self.current.replace(dialog),
            (Some(_), _) => self.current = Some(dialog),
        }
    }

    /// Closes the dialog open; the one an error stood over comes back.
    pub fn close(&mut self) {
        self.current = self.behind.take();
    }

    /// The live session dialog, when it is open.
    pub fn live_mut(&mut self) -> Option<&mut LiveDialog> {
        match &mut self.current {
            Some(Dialog::Live(dialog)) => Some(dialog),
            _ => None,
        }
    }

    /// Whether the dialog open keeps every shortcut but Quit to itself.
    pub fn blocks_shortcuts(&self) -> bool {
        matches!(
            self.current,
            Some(Dialog::Unsaved(_) | Dialog::Error(_) | Dialog::PathEntry(_))
        )
    }

    /// Whether the dialog open closes on Esc itself. Esc is then not the
    /// editor's shortcut (which would take it first, before the dialog is
    /// drawn): a focused field gives the keyboard up on Esc before the
    /// frame's shortcuts are read, so "typing" cannot keep it either.
    pub fn takes_escape(&self) -> bool {
        matches!(
            self.current,
            Some(
                Dialog::Live(_)
                    | Dialog::Share(_)
                    | Dialog::ImportPreview(_)
                    | Dialog::GraphmlPreview(_)
            )
        )
    }

    pub fn is_unsaved_question(&self) -> bool {
        matches!(self.current, Some(Dialog::Unsaved(_)))
    }

    /// Opens the shortcut list, or closes it when it is open.
    pub fn toggle_shortcuts(&mut self) {
        if matches!(self.current, Some(Dialog::Shortcuts)) {
            self.close();
        } else {
            self.open(Dialog::Shortcuts);
        }
    }

    /// Closes the shortcut list if it is open; returns whether it was.
    pub fn close_shortcuts(&mut self) -> bool {
        let open = matches!(self.current, Some(Dialog::Shortcuts));
        if open {
            self.close();
        }
        open
    }

    /// Closes the recovery offer once nothing is left to offer.
    pub fn close_recovery_if_done(&mut self, recoveries: &[Recovery]) {
        if recoveries.is_empty() {
            if matches!(self.current, Some(Dialog::Recovery)) {
                self.close();
            } else if matches!(self.behind, Some(Dialog::Recovery)) {
                self.behind = None;
            }
        }
    }

    /// Draws the dialog open, if any; what the user answers becomes commands.
    pub fn ui(&mut self, ctx: &egui::Context, dx: DialogContext<'_, '_>) {
        let Some(dialog) = &mut self.current else {
            return;
        };
        let DialogContext {
            cx,
            views,
            recoveries,
            doc_name,
            live,
        } = dx;
        let closed = match dialog {
            Dialog::Unsaved(pending) => answered(unsaved_ui(ctx, pending, doc_name), cx),
            Dialog::ChangedOnDisk { then } => {
                answered(changed_on_disk_ui(ctx, then.as_ref(), doc_name), cx)
            }
            Dialog::Error(message) => error_ui(ctx, message),
            Dialog::Shortcuts => {
                let mut open = true;
                egui::Window::new(tr("dialog-shortcuts-title"))
                    .open(&mut open)
                    .collapsible(false)
                    .resizable(true)
                    .default_width(560.0)
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ctx, super::shortcuts::shortcuts_ui);
                !open
            }
            Dialog::MapSettings => !views.map_settings_ui(ctx, cx),
            Dialog::Recovery => {
                recovery_ui(ctx, recoveries, cx.commands);
                false
            }
            Dialog::ImportPreview(preview) => match preview.ui(ctx) {
                Some(ImportAnswer::Import(edit)) => {
                    let summary = preview.summary();
                    cx.commands.push(Command::Import { edit, summary });
                    true
                }
                Some(ImportAnswer::Cancel) => true,
                None => false,
            },
            Dialog::GraphmlPreview(preview) => match preview.ui(ctx) {
                Some(GraphmlAnswer::Open(map)) => {
                    cx.commands.push(Command::OpenImported(map));
                    true
                }
                Some(GraphmlAnswer::Cancel) => true,
                None => false,
            },
            Dialog::Share(dialog) => match dialog.ui(ctx, cx.map, cx.generation) {
                Some(ShareAnswer::Save(options)) => {
                    cx.commands
                        .push(Command::PickPath(FilePurpose::ShareCopy(options)));
                    true
                }
                Some(ShareAnswer::Cancel) => true,
                None => false,
            },
            Dialog::Live(dialog) => match dialog.ui(ctx, &live) {
                Some(LiveAnswer::Close) => true,
                Some(answer) => {
                    // Following closes the dialog, to show what is followed.
                    let leaving = matches!(answer, LiveAnswer::Leave | LiveAnswer::Follow(_));
                    cx.commands.push(Command::Live(answer));
                    leaving
                }
                None => false,
            },
            Dialog::MergeReport(report) => !report.ui(ctx, cx.selection, cx.commands),
            Dialog::Comparison(comparison) => !comparison.ui(ctx),
            Dialog::PathEntry(entry) => entry.ui(ctx, cx.commands),
        };
        if closed {
            self.close();
        }
    }
}

/// How a question stands after a frame.
#[expect(
    clippy::large_enum_variant,
    reason = "lives for a frame on the stack, then its command is queued"
)]
enum Answer {
    Waiting,
    Cancelled,
    Then(Command),
}

/// Whether a question was answered; the answer's command is queued.
fn answered(answer: Answer, cx: &mut ViewContext<'_>) -> bool {
    match answer {
        Answer::Waiting => false,
        Answer::Cancelled => true,
        Answer::Then(command) => {
            cx.commands.push(command);
            true
        }
    }
}

/// "Save changes?"
fn unsaved_ui(ctx: &egui::Context, pending: &Pending, doc_name: &str) -> Answer {
    let mut answer = Answer::Waiting;
    egui::Modal::new(Id::new("unsaved-changes")).show(ctx, |ui| {
        ui.set_width(380.0);
        ui.heading(tr("dialog-unsaved-title"));
        ui.label(tr_with(
            "dialog-unsaved-question",
            &[
                ("name", doc_name.to_owned().into()),
                ("then", pending.describe().into()),
            ],
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("dialog-save")).clicked() {
                answer = Answer::Then(Command::SaveThen(pending.clone()));
            }
            if ui.button(tr("dialog-dont-save")).clicked() {
                answer = Answer::Then(Command::Proceed(pending.clone()));
            }
            if ui.button(tr("dialog-cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape))
            {
                answer = Answer::Cancelled;
            }
        });
    });
    answer
}

/// "The file changed on disk: overwrite it?"
fn changed_on_disk_ui(ctx: &egui::Context, then: Option<&Pending>, doc_name: &str) -> Answer {
    let mut answer = Answer::Waiting;
    egui::Modal::new(Id::new("changed-on-disk")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(tr("dialog-changed-on-disk-title"));
        ui.label(tr_with(
            "dialog-changed-on-disk-text",
            &[("name", doc_name.to_owned().into())],
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("dialog-overwrite")).clicked() {
                answer = Answer::Then(Command::Overwrite {
                    then: then.cloned(),
                });
            }
            if ui.button(tr("dialog-save-as")).clicked() {
                answer = Answer::Then(Command::SaveAsThen(then.cloned()));
            }
            if ui.button(tr("dialog-cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape))
            {
                answer = Answer::Cancelled;
            }
        });
    });
    answer
}

fn error_ui(ctx: &egui::Context, message: &str) -> bool {
    let mut closed = false;
    egui::Modal::new(Id::new("error")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(tr("dialog-error-title"));
        ui.label(message);
        ui.label(RichText::new(tr("dialog-error-map-unchanged")).weak());
        ui.add_space(8.0);
        if ui.button(tr("dialog-ok")).clicked()
            || ui.input(|i| i.key_pressed(Key::Enter) || i.key_pressed(Key::Escape))
        {
            closed = true;
        }
    });
    closed
}

fn recovery_ui(ctx: &egui::Context, recoveries: &[Recovery], commands: &mut Vec<Command>) {
    egui::Modal::new(Id::new("recovery")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(tr("dialog-recover-title"));
        ui.label(tr("dialog-recover-text"));
        ui.add_space(8.0);
        let now = recovery::now_secs();
        for (i, found) in recoveries.iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let title = if found.info.title.trim().is_empty() {
                    tr("untitled-map")
                } else {
                    found.info.title.clone()
                };
                ui.label(RichText::new(title).strong());
                ui.label(tr_with(
                    "dialog-recover-saved",
                    &[
                        ("ago", ago(now.saturating_sub(found.info.saved_at)).into()),
                        ("changes", found.info.changes.into()),
                    ],
                ));
                if let Some(original) = &found.info.original {
                    let from = tr_with(
                        "dialog-recover-opened-from",
                        &[("path", original.display().to_string().into())],
                    );
                    ui.label(RichText::new(from).weak());
                }
                ui.horizontal(|ui| {
                    if ui.button(tr("dialog-recover")).clicked() {
                        commands.push(Command::Recover(i));
                    }
                    if ui.button(tr("dialog-discard")).clicked() {
                        commands.push(Command::DiscardRecovery(i));
                    }
                });
            });
        }
        ui.add_space(8.0);
        if ui
            .button(tr("dialog-decide-later"))
            .on_hover_text(tr("dialog-decide-later-hover"))
            .clicked()
        {
            commands.push(Command::PostponeRecoveries);
        }
    });
}

/// The modal shown while a large map is read; Cancel stops waiting.
pub fn loading_ui(ctx: &egui::Context, loading: &Loading, commands: &mut Vec<Command>) {
    egui::Modal::new(Id::new("loading")).show(ctx, |ui| {
        ui.set_width(380.0);
        ui.heading(tr("dialog-loading-title"));
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr_with(
                "dialog-loading-reading",
                &[
                    ("name", crate::ui::document::file_name(&loading.path).into()),
                    (
                        "megabytes",
                        format!("{:.1}", loading.bytes as f64 / 1_000_000.0).into(),
                    ),
                ],
            ));
        });
        ui.label(RichText::new(tr("dialog-loading-map-unchanged")).weak());
        if ui.button(tr("dialog-cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
            commands.push(Command::CancelLoading);
        }
    });
}

impl PathEntry {
    /// The path field; returns whether it was answered.
    fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let mut answered = false;
        egui::Modal::new(Id::new("path-entry")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(&self.request.title);
            ui.label(tr(match self.request.kind {
                PathKind::Open => "dialog-path-open",
                PathKind::Save => "dialog-path-save",
                PathKind::Folder => "dialog-path-folder",
            }));
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr("dialog-path-example")),
            );
            if !self.focused {
                field.request_focus();
                self.focused = true;
            }
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.label(RichText::new(tr("dialog-path-no-file-dialog")).weak());
            ui.add_space(8.0);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                let ok = tr(match self.request.kind {
                    PathKind::Open => "dialog-open",
                    PathKind::Save => "dialog-save",
                    PathKind::Folder => "dialog-choose-folder",
                });
                if ui.button(ok).clicked() || enter {
                    match self.checked_path() {
                        Ok(path) => {
                            commands.push(Command::PathChosen(self.purpose.clone(), path));
                            answered = true;
                        }
                        Err(problem) => {
                            self.problem = Some(problem);
                            self.focused = false;
                        }
                    }
                }
                if ui.button(tr("dialog-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    answered = true;
                }
            });
        });
        answered
    }

    /// The typed path, if it can be what is asked for; the first filter's
    /// extension is added to a new file's name that has none.
    fn checked_path(&self) -> Result<PathBuf, String> {
        let typed = self.text.trim();
        if typed.is_empty() {
            return Err(tr("dialog-path-empty"));
        }
        let typed_arg = || [("path", typed.to_owned().into())];
        let mut path = PathBuf::from(typed);
        match self.request.kind {
            PathKind::Open if !path.is_file() => Err(tr_with("dialog-path-no-file", &typed_arg())),
            PathKind::Folder if !path.is_dir() => {
                Err(tr_with("dialog-path-no-folder", &typed_arg()))
            }
            PathKind::Save => {
                if path.is_dir() {
                    return Err(tr_with("dialog-path-is-folder", &typed_arg()));
                }
                let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                if folder.is_some_and(|folder| !folder.is_dir()) {
                    let folder = folder
                        .map(Path::display)
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    return Err(tr_with(
                        "dialog-path-no-parent-folder",
                        &[("path", folder.into())],
                    ));
                }
                if path.extension().is_none()
                    && let Some((_, extensions)) = self.request.filters.first()
                    && let Some(extension) = extensions.first()
                {
                    path.set_extension(extension);
                }
                Ok(path)
            }
            _ => Ok(path),
        }
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
fn ago(secs: u64) -> String {
    match secs {
        0..60 => tr("dialog-just-now"),
        60..3600 => tr_with("dialog-minutes-ago", &[("count", (secs / 60).into())]),
        3600..86_400 => tr_with("dialog-hours-ago", &[("count", (secs / 3600).into())]),
        _ => tr_with("dialog-days-ago", &[("count", (secs / 86_400).into())]),
    }
}
