//! The eframe app: one open map in a window, made of a few owned parts —
//! the session (document, history, autosave, recovery, loading), the lens
//! the views look through, the views and panels, one dialog at a time,
//! the clipboard, the find bar — and the frame loop that draws them and
//! then carries out, in one place, everything they asked for.

mod clipboard;
mod dialogs;
mod editing;
mod files;
mod find;
mod lens;
mod live;
mod menus;
mod presenting;
mod run;
mod session;
mod shortcuts;
mod window;

use std::path::{Path, PathBuf};

pub use files::FilePurpose;
pub use live::JoinAtStart;
pub use session::Pending;

use self::clipboard::Clipboard;
use self::dialogs::{Dialog, DialogContext, Dialogs};
use self::find::FindBar;
use self::lens::EditorLens;
use self::session::Session;
use self::shortcuts::KeyContext;
use self::window::WindowState;
use super::actions::ActionState;
use super::canvas::Canvas;
use super::clock::Clock;
use super::command::{Command, ViewContext};
use super::document::Document;
use super::file_dialogs::{FileDialogs, SystemFileDialogs};
use super::inspector::Inspector;
use super::outline::Outline;
use super::present::Presenter;
use super::script::ScriptFonts;
use super::selection::{self, Selection};
use super::settings::Settings;
use super::status_bar::{Notice, Status, status_bar_ui};
use super::theme::{self, Palette};
use super::timeline::TimeControl;
use super::views::{View, Views};
use crate::file::recovery::{self, Recovery};
use crate::model::{Day, Filter, Focus, StakeholderId};

pub struct PowermapApp {
    session: Session,
    settings: Settings,
    lens: EditorLens,
    selection: Selection,
    /// The selection last checked against the document (see `run_commands`).
    selection_checked: selection::Checked,
    canvas: Canvas,
    inspector: Inspector,
    outline: Outline,
    /// The grid, spectrum and table, and the side panels.
    views: Views,
    find: FindBar,
    clipboard: Clipboard,
    dialogs: Dialogs,
    notice: Option<Notice>,
    /// Presenting to a room: the editor is not drawn meanwhile.
    presenter: Option<Presenter>,
    /// Arrange working out new positions on another thread.
    arranging: Option<crate::layout::ArrangeJob>,
    file_dialogs: Box<dyn FileDialogs>,
    window: WindowState,
    /// Fonts for the scripts of the map's text, loaded when first needed.
    fonts: ScriptFonts,
    /// The day looked at and the day compared with.
    time: TimeControl,
    /// The live session the map is in, if any.
    live: Option<live::LiveLink>,
    /// Listening for sessions on the network while the live dialog is open.
    live_browser: Option<crate::live::discover::Browser>,
    /// A host or sync server being connected to.
    live_joining: Option<live::Joining>,
    /// Where "today" comes from: the computer's calendar, or a fixed day.
    clock: Clock,
    /// Today, read from `clock` once at the start of each frame.
    today: Day,
}

/// Where the app starts: a file to open, or a new map to be saved there.
enum Start {
    Open(Box<Document>),
    Failed(PathBuf, String),
}

impl PowermapApp {
    /// The app as `powermap [FILE]` starts it, with the settings kept
    /// from the last run and recovery files in the user's data folder.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, Settings::STORAGE_KEY))
            .unwrap_or_default();
        theme::apply(&cc.egui_ctx, settings.theme);
        let mut app = Self::starting_with(file, settings);
        if let Some(dir) = recovery::recovery_dir() {
            app.enable_recovery(&dir);
        }
        app
    }

    /// The app on `file`, or on a new empty map that saving writes there
    /// when there is no such file yet; without a file, on the map open
    /// last, or the bundled example. A file that cannot be opened is
    /// named in an error, and the example opens instead.
    pub fn starting_with(file: Option<PathBuf>, settings: Settings) -> Self {
        // What is said before the first frame is said in the user's language.
        crate::i18n::set_language(settings.language());
        let start = match file {
            Some(path) => Self::start_on(path),
            None => match settings.last_file.clone().filter(|p| p.exists()) {
                Some(path) => Self::start_on(path),
                None => Start::Open(Box::new(Document::new(
                    crate::examples::default_map(),
                    None,
                ))),
            },
        };
        match start {
            Start::Open(doc) => Self::with_document(*doc, settings),
            Start::Failed(path, error) => {
                let doc = Document::new(crate::examples::default_map(), None);
                let mut app = Self::with_document(doc, settings);
                app.fail(crate::i18n::tr_with(
                    "files-could-not-open",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", error.into()),
                    ],
                ));
                app
            }
        }
    }

    /// The document for `path`: the map there, or a new one to be saved
    /// there when nothing is there yet and its folder exists.
    fn start_on(path: PathBuf) -> Start {
        if !path.exists() {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
            if folder.is_none_or(Path::is_dir) {
                return Start::Open(Box::new(Document::new_file(&path)));
            }
            return Start::Failed(
                path.clone(),
                crate::i18n::tr_with(
                    "start-no-folder",
                    &[(
                        "path",
                        folder
                            .map_or_else(String::new, |f| f.display().to_string())
                            .into(),
                    )],
                ),
            );
        }
        match Document::open(&path) {
            Ok(doc) => Start::Open(Box::new(doc)),
            Err(err) => {
                let error = err.to_string();
                Start::Failed(path, error)
            }
        }
    }

    /// An app on a given document, with the system's file dialogs; tests
    /// and tools build it this way.
    pub fn with_document(doc: Document, settings: Settings) -> Self {
        Self {
            session: Session::new(doc),
            settings,
            lens: EditorLens::default(),
            selection: Selection::default(),
            selection_checked: selection::Checked::default(),
            canvas: Canvas::default(),
            inspector: Inspector::default(),
            outline: Outline::default(),
            views: Views::default(),
            find: FindBar::default(),
            clipboard: Clipboard::default(),
            dialogs: Dialogs::default(),
            notice: None,
            presenter: None,
            arranging: None,
            file_dialogs: Box::new(SystemFileDialogs),
            window: WindowState::default(),
            fonts: ScriptFonts::default(),
            time: TimeControl::default(),
            live: None,
            live_browser: None,
            live_joining: None,
            clock: Clock::System,
            today: Clock::System.today(),
        }
    }

    /// Asks for files through `dialogs` instead of the system's: tests and
    /// tools answer them from a script.
    #[must_use]
    pub fn with_file_dialogs(mut self, dialogs: impl FileDialogs + 'static) -> Self {
        self.file_dialogs = Box::new(dialogs);
        self
    }

    /// Tells the time by `clock`: tests and snapshot harnesses fix the
    /// day, so what is overdue or gone cold never changes with the calendar.
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self.today = clock.today();
        self
    }

    /// Turns on autosave to recovery files in `dir`, and offers the work
    /// that sessions which ended without saving left there.
    pub fn enable_recovery(&mut self, dir: &Path) {
        self.session.enable_recovery(dir);
        if !self.session.recoveries().is_empty() {
            self.dialogs.open(Dialog::Recovery);
        }
    }

    /// Puts another document in place of the open one: nothing of the old
    /// map stays selected, focused, filtered or half-typed.
    fn replace_document(&mut self, doc: Document) {
        self.session.replace(doc);
        self.forget_view_state();
    }

    fn forget_view_state(&mut self) {
        self.selection.clear();
        self.canvas = Canvas::default();
        self.inspector = Inspector::default();
        self.outline = Outline::default();
        self.views = Views::default();
        self.lens.reset();
        self.time.reset();
    }

    fn notify(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice::new(text.into(), false));
    }

    /// A notice that wants attention, without the error dialog.
    fn notify_problem(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice::new(text.into(), true));
    }

    /// A problem the user must see: in the status bar and in a dialog.
    fn fail(&mut self, text: impl std::fmt::Display) {
        let text = sentence(&text.to_string());
        self.notice = Some(Notice::new(text.clone(), true));
        self.dialogs.open(Dialog::Error(text));
    }

    /// What the enabled rules of the action table read.
    fn action_state(&self) -> ActionState {
        let history = self.session.doc().history();
        ActionState {
            can_undo: history.can_undo(),
            can_redo: history.can_redo(),
            selected_stakeholders: self.selection.stakeholders.len(),
            selected_relations: self.selection.relations.len(),
            has_copied: self.clipboard.has_copied(),
        }
    }
}

/// Draws a side panel's contents in the width the panel has, so a wide
/// table or a long name in one tab never widens the panel and pushes the
/// map aside; only the user's drag changes its width. What does not fit
/// is cut off at the panel's edge.
fn keeping_width(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    let rect = ui.available_rect_before_wrap();
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add_contents(&mut child);
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// Draws the frame again at once when a top panel's height changed (its
/// tabs or filters went on to another row as the window narrowed): egui
/// clips a panel to the height it had the frame before, so without this
/// the new row would stay hidden behind a blank band until the next input.
fn redraw_when_resized(ctx: &egui::Context, panel: &'static str, height: f32) {
    let id = egui::Id::new(("panel height", panel));
    let before = ctx.data_mut(|d| {
        let before = d.get_temp::<f32>(id);
        d.insert_temp(id, height);
        before
    });
    if before.is_some_and(|before| (before - height).abs() > 0.5) {
        ctx.request_discard("a panel's height changed");
    }
}

/// The message with a capital first letter, as a sentence on its own.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

// What tests and tools read of the app.
impl PowermapApp {
    /// The preferences kept between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn document(&self) -> &Document {
        self.session.doc()
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }

    /// Work offered for recovery on start.
    pub fn recoveries(&self) -> &[Recovery] {
        self.session.recoveries()
    }

    /// Where this window's recovery file goes.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.session.recovery_path()
    }

    /// The running presentation, if any.
    pub fn presenter(&self) -> Option<&Presenter> {
        self.presenter.as_ref()
    }

    /// The view in front.
    pub fn view(&self) -> View {
        self.lens.view
    }

    pub fn filter(&self) -> &Filter {
        &self.lens.lens.filter
    }

    /// The filter, to set as a script or test would type it.
    pub fn filter_mut(&mut self) -> &mut Filter {
        &mut self.lens.lens.filter
    }

    pub fn focus(&self) -> Option<&Focus> {
        self.lens.lens.focus.as_ref()
    }

    /// How many stakeholders the filter and focus leave out.
    pub fn filtered_out_count(&self) -> usize {
        self.lens.shown().filtered_out_count(self.session.map())
    }

    /// Whether the views draw this stakeholder faint (filtered out, out of
    /// focus, or off the routes the analysis picked out).
    pub fn is_faded(&self, id: &StakeholderId) -> bool {
        self.lens.shown().is_dimmed(id)
    }

    /// The network view's camera: zoom, and where the canvas origin is.
    pub fn canvas_camera(&self) -> (f32, egui::Vec2) {
        let camera = self.canvas.camera();
        (camera.zoom, camera.pan)
    }

    /// Where a stakeholder is drawn in the view in front, in screen points
    /// (`None` in the table, or when it is not drawn).
    pub fn stakeholder_on_screen(&self, id: &StakeholderId) -> Option<egui::Pos2> {
        if let Some(presenter) = &self.presenter {
            return presenter.stakeholder_on_screen(self.session.map(), id);
        }
        match self.lens.view {
            View::Network => self.canvas.screen_position(self.session.map(), id),
            view => self.views.board_position(view, id),
        }
    }

    /// The canvas point under a screen point.
    pub fn canvas_position(&self, screen: egui::Pos2) -> egui::Pos2 {
        self.canvas.canvas_position(screen)
    }

    pub fn canvas_rect(&self) -> egui::Rect {
        self.canvas.rect()
    }

    /// Whether the canvas waits for typed text (a name, a relation kind).
    pub fn is_editing_text(&self) -> bool {
        self.canvas.is_editing_text()
    }

    /// The day the views show the map as of (`None`: now).
    pub fn looking_back(&self) -> Option<crate::model::Day> {
        self.time.looking_back()
    }

    /// Shows the map as of a day, as the time bar's date field does.
    pub fn look_at(&mut self, day: Option<crate::model::Day>) {
        self.time.look_at(day);
    }

    /// Compares the views with the map as of a day, as "Compare with…" does.
    pub fn compare_with(&mut self, day: Option<crate::model::Day>) {
        self.time.compare_with(day);
    }

    /// Whether "Save changes?" is being asked.
    pub fn is_confirming(&self) -> bool {
        self.dialogs.is_unsaved_question()
    }
}

impl eframe::App for PowermapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.window_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.settings);
    }
}

impl PowermapApp {
    /// Draws the whole window for one frame into `ui` and then carries out
    /// what the user did. eframe calls it every frame; benchmarks and
    /// tools call it on an `egui::Context` of their own, with no window.
    pub fn window_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.today = self.clock.today();
        crate::i18n::set_language(self.settings.language());
        super::tessellated::enable(&ctx);
        self.follow_scripts(&ctx);
        let deferred = self.window.take_deferred(&ctx);
        self.handle_close_and_drops(&ctx);
        self.window.follow_theme(&ctx);
        if self.present_ui(ui) {
            return;
        }
        let mut fired = shortcuts::fired(
            &ctx,
            &KeyContext {
                typing: ctx.text_edit_focused() || self.canvas.is_editing_text(),
                modal: self.dialogs.blocks_shortcuts(),
                dialog_takes_escape: self.dialogs.takes_escape(),
            },
        );
        if ctx.text_edit_focused() {
            fired = self.window.defer_whole_document_actions(&ctx, fired);
        }
        // A view's shortcut shows it in this frame already, and undo, redo
        // and select all are seen in it: what was shown is not drawn once
        // more first (a frame of 12 ms for the network at 20,000
        // stakeholders), and nothing is drawn yet to change under.
        fired.retain(|&action| {
            let shows_view = View::ALL
                .iter()
                .any(|&v| super::actions::Action::showing(v) == action);
            let at_once = shows_view
                || matches!(
                    action,
                    super::actions::Action::Undo
                        | super::actions::Action::Redo
                        | super::actions::Action::SelectAll
                );
            if at_once {
                self.run_action(action);
            }
            !at_once
        });
        self.clipboard_events(&ctx);
        self.poll_arrange(&ctx);
        self.poll_loading(&ctx);
        self.live_step(&ctx);
        let doc = self.session.doc();
        // Looking at a past day, the Contact filter judges "gone cold" as of then.
        let judged_day = self.time.looking_back().unwrap_or(self.today);
        self.views
            .analysis_mut()
            .poll(&ctx, doc.shared_map(), doc.generation(), self.today);
        self.lens.refresh(
            doc.map(),
            doc.generation(),
            self.views.analysis(),
            judged_day,
        );

        let mut commands: Vec<Command> = fired.into_iter().map(Command::Action).collect();
        self.panels_ui(ui, &mut commands);

        self.run_commands(&ctx, commands);
        self.end_following_on_own_gesture(&ctx);
        self.run_time_requests();
        for action in deferred {
            self.run_action(action);
        }
        self.after_frame(&ctx);
    }

    /// Loads the fonts the map's text (or what was typed) newly needs.
    /// egui uses them from its next pass, which the views notice (their
    /// `FontsEpoch`) and lay their text out again.
    fn follow_scripts(&mut self, ctx: &egui::Context) {
        let doc = self.session.doc();
        let followed = self.fonts.follow(ctx, doc.map(), doc.generation());
        if let Some(text) = followed.missing {
            self.notify_problem(text);
        }
        if followed.added {
            ctx.request_discard("fonts for a script the map uses");
        }
    }

    /// Draws the menus, the bars, the side panels, the view in front and
    /// the dialog; every one of them only reads the map and queues commands.
    fn panels_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let palette = Palette::for_visuals(&ctx.global_style().visuals);
        let state = self.action_state();
        self.status_ui(ui, commands);
        let doc = self.session.doc();
        egui::Panel::top("menu").show(ui, |ui| {
            let mx = menus::MenuContext {
                settings: &self.settings,
                history: doc.history(),
                state: &state,
            };
            menus::menu_bar_ui(ui, &mx, commands);
        });
        egui::Panel::top("time-bar").show(ui, |ui| {
            self.time.ui(ui, doc.map(), self.today);
        });
        if let Some((id, name)) = self.live.as_ref().and_then(live::LiveLink::following) {
            egui::Panel::top("following").show(ui, |ui| {
                live::following_banner_ui(ui, id, name, commands);
            });
        }
        let looking_back = self.time.looking_back().is_some();
        let shown_day = self.time.looking_back().unwrap_or(self.today);
        let then = self.time.then(doc.map(), doc.generation());
        self.canvas.set_compare(then.clone());
        self.views.set_compare(then);
        let compared = self.time.comparing().and_then(|from| {
            super::scene_days::shown_days_words(self.time.looking_back(), Some(from))
        });
        let (map, generation) = self.time.shown(doc.map(), doc.generation());
        let show_legend = self.lens.show_legend;
        let (view, lens, shown) = self.lens.parts_mut();

        let mut cx = ViewContext {
            map,
            generation,
            selection: &mut self.selection,
            commands,
            shown,
            palette,
            read_only: false,
            today: self.today,
            shown_day,
        };
        egui::Panel::left("outline")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| {
                keeping_width(ui, |ui| {
                    self.views.side_panel_ui(ui, &mut self.outline, &mut cx);
                });
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                keeping_width(ui, |ui| {
                    // Looking back, the fields show the past and cannot be changed.
                    ui.add_enabled_ui(!looking_back, |ui| self.inspector.ui(ui, &mut cx));
                });
            });
        let bar = egui::Panel::top("view-bar").show(ui, |ui| {
            let mut fired = Vec::new();
            super::filter_bar::view_tabs_ui(ui, view, &mut fired);
            cx.commands.extend(fired.into_iter().map(Command::Action));
            self.views.filter_bar.ui(
                ui,
                map,
                generation,
                &mut lens.filter,
                &mut lens.focus,
                &mut lens.hide_filtered,
                cx.selection,
            );
        });
        redraw_when_resized(ui.ctx(), "view-bar", bar.response.rect.height());
        if self.find.open {
            egui::Panel::top("find").show(ui, |ui| {
                self.find.ui(ui, map, generation, cx.selection, cx.commands);
            });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let rect = ui.available_rect_before_wrap();
                match *view {
                    View::Network => {
                        self.canvas.ui(ui, &mut cx);
                        if let Some(link) = &self.live {
                            live::rings_ui(ui, &self.canvas, map, &link.others());
                        }
                    }
                    other => {
                        self.canvas.put_away();
                        self.views.ui(ui, other, &mut cx);
                    }
                }
                if show_legend {
                    self.views.legend.ui(
                        ui,
                        rect,
                        map,
                        generation,
                        *view,
                        shown,
                        compared.as_deref(),
                        palette,
                    );
                }
            });
        if let Some(loading) = self.session.loading() {
            dialogs::loading_ui(&ctx, loading, cx.commands);
        }
        let doc_name = doc.display_name();
        let found = self
            .live_browser
            .as_ref()
            .map(crate::live::discover::Browser::found)
            .unwrap_or_default();
        self.dialogs.ui(
            &ctx,
            DialogContext {
                cx: &mut cx,
                views: &mut self.views,
                recoveries: self.session.recoveries(),
                doc_name: &doc_name,
                live: crate::ui::live_dialog::LiveShown {
                    session: self.live.as_ref().map(|link| &link.session),
                    addresses: self.live.as_ref().map_or(&[], |link| &link.addresses),
                    unsaved: doc.is_modified(),
                    found: &found,
                },
            },
        );
    }

    /// The status bar; a notice goes after a while.
    fn status_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let now = ui.input(|i| i.time);
        if self.notice.as_mut().is_some_and(|n| n.expired(now)) {
            self.notice = None;
        }
        if let Some(notice) = &self.notice {
            ui.ctx().request_repaint_after(notice.time_left(now));
        }
        let doc = self.session.doc();
        let shown = self.lens.shown();
        egui::Panel::bottom("status").show(ui, |ui| {
            status_bar_ui(
                ui,
                &Status {
                    doc,
                    selection: &self.selection,
                    zoom: (self.lens.view == View::Network).then(|| self.canvas.zoom()),
                    notice: self.notice.as_ref(),
                    filtered_out: shown.filtered_out_count(doc.map()),
                    hidden: shown.hides_filtered(),
                    typing: self.session.is_typing(),
                    live: self.live.as_ref().map(live::LiveLink::status),
                },
                commands,
            );
        });
    }

    /// What every frame ends with, presenting or not: the autosave gets
    /// the map if it changed, the clipboard what was copied, the title bar
    /// the file's name and whether it is saved.
    fn after_frame(&mut self, ctx: &egui::Context) {
        if let Some(error) = self.session.sync_autosave() {
            self.notify_problem(error);
        }
        self.clipboard.flush(ctx);
        self.window
            .update_title(ctx, self.session.doc(), self.session.is_typing());
        self.window.close_if_asked(ctx);
    }
}
