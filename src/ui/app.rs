//! The eframe app: one open map, the window around it, and the door every
//! request from the views goes through.

use std::path::{Path, PathBuf};

use egui::{Id, Key, KeyboardShortcut, Modifiers, RichText, ViewportCommand};

use super::actions::{Action, MenuGroup};
use super::autosave::Autosave;
use super::canvas::Canvas;
use super::command::{Command, ViewContext};
use super::document::Document;
use super::inspector::Inspector;
use super::outline::{Outline, matches_search};
use super::picture::{self, PictureFormat, PictureTheme, RenderOptions};
use super::present::{PresentOutcome, Presenter};
use super::selection::Selection;
use super::settings::Settings;
use super::shown::{Shown, ShownInputs};
use super::status_bar::{Notice, status_bar_ui};
use super::theme::{self, Palette, ThemeChoice};
use super::views::{View, Views};
use crate::clipboard;
use crate::edit::Edit;
use crate::exchange::share::ShareOptions;
use crate::file::recovery::{self, Recovery};
use crate::model::{
    CoalitionId, Filter, Focus, FocusDirection, Map, Position, Scene, SceneId, SceneView,
    Stakeholder,
};

/// What to do once the user has answered "Save changes?".
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    NewMap,
    Open(Option<PathBuf>),
    /// A map made from another tool's file, not saved anywhere yet.
    OpenImported(Box<Map>),
    Quit,
}

/// The find bar (Ctrl+F).
#[derive(Default)]
struct Find {
    open: bool,
    text: String,
    focus_requested: bool,
}

#[allow(
    clippy::struct_excessive_bools,
    reason = "independent toggles of the window, each its own"
)]
pub struct PowermapApp {
    doc: Document,
    selection: Selection,
    canvas: Canvas,
    inspector: Inspector,
    outline: Outline,
    find: Find,
    settings: Settings,
    notice: Option<Notice>,
    /// Asking whether to save before `Pending` goes ahead.
    confirm: Option<Pending>,
    error_dialog: Option<String>,
    show_shortcuts: bool,
    /// Set once the user agreed to close, so the close request goes through.
    allow_close: bool,
    import_preview: Option<super::spreadsheet::ImportPreview>,
    graphml_preview: Option<super::graphml_import::GraphmlPreview>,
    share_dialog: Option<super::share_dialog::ShareDialog>,
    merge_report: Option<super::merge_dialog::MergeReport>,
    comparison: Option<super::compare_dialog::Comparison>,
    /// Actions on the whole document pressed while a field had the focus:
    /// they run next frame, after the field has committed its text.
    deferred: Vec<Action>,
    /// Close the window at the end of this frame.
    quit_requested: bool,
    /// The last text this app copied, for Paste from the menu.
    copied: Option<String>,
    /// Text to put on the system clipboard at the end of the frame.
    clipboard_out: Option<String>,
    title_shown: String,
    /// How many pastes in a row, to offset each one a little more.
    paste_count: u32,
    /// The grid, spectrum and table views, and which view is in front.
    views: Views,
    view: View,
    filter: Filter,
    focus: Option<Focus>,
    hide_filtered: bool,
    highlighted_coalition: Option<CoalitionId>,
    shown: Shown,
    shown_inputs: Option<ShownInputs>,
    show_legend: bool,
    map_settings_open: bool,
    /// Writes the map to a recovery file shortly after each change.
    autosave: Option<Autosave>,
    /// The document generation last handed to the autosave.
    autosaved_generation: Option<u64>,
    /// Work left by sessions that ended without saving, offered on start.
    recoveries: Vec<Recovery>,
    /// Asking whether to overwrite a file that changed on disk; what to do
    /// after saving.
    overwrite_confirm: Option<OverwriteConfirm>,
    /// A large map being read on another thread.
    loading: Option<Loading>,
    /// Presenting to a room: the editor is not drawn meanwhile.
    presenter: Option<Presenter>,
    /// The look on screen, which an exported picture takes.
    picture_theme: PictureTheme,
    /// Arrange working out new positions on another thread.
    arranging: Option<crate::layout::ArrangeJob>,
}

/// Asking whether to save over a file that changed on disk.
#[derive(Clone, Debug)]
struct OverwriteConfirm {
    /// What to go on with once saved (the save was asked for by "Save changes?").
    then: Option<Pending>,
}

/// A map file being read off the UI thread.
struct Loading {
    path: PathBuf,
    bytes: u64,
    result: std::sync::mpsc::Receiver<Result<Map, crate::file::LoadError>>,
}

/// Files larger than this are read on another thread, with a way to cancel.
const BACKGROUND_LOAD_BYTES: u64 = 512 * 1024;

/// The size of a scene's picture: a full-HD projector.
const SCENE_PICTURE: (u32, u32) = (1920, 1080);

impl PowermapApp {
    /// The app as `powermap [FILE]` starts it.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, Settings::STORAGE_KEY))
            .unwrap_or_default();
        theme::apply(&cc.egui_ctx, settings.theme);
        let mut notice = None;
        let doc = match file.or_else(|| settings.last_file.clone().filter(|p| p.exists())) {
            Some(path) => match Document::open(&path) {
                Ok(doc) => doc,
                Err(err) => {
                    notice = Some(Notice {
                        text: format!("Could not open {}: {err}", path.display()),
                        is_error: true,
                    });
                    Document::new(crate::examples::default_map(), None)
                }
            },
            None => Document::new(crate::examples::default_map(), None),
        };
        let mut app = Self::with_document(doc, settings);
        app.error_dialog = notice.as_ref().map(|n| n.text.clone());
        app.notice = notice;
        if let Some(dir) = recovery::recovery_dir() {
            app.enable_recovery(&dir);
        }
        app
    }

    /// Turns on autosave to recovery files in `dir`, and offers the work
    /// that sessions which ended without saving left there.
    pub fn enable_recovery(&mut self, dir: &Path) {
        self.recoveries = recovery::orphans_in(dir);
        self.autosave = Some(Autosave::start(dir));
        self.autosaved_generation = None;
    }

    /// Work offered for recovery on start.
    pub fn recoveries(&self) -> &[Recovery] {
        &self.recoveries
    }

    /// Where this window's recovery file goes.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.autosave.as_ref().map(Autosave::recovery_path)
    }

    /// Hands the map to the autosave after it changed; a map back at its
    /// saved state needs no recovery file.
    fn sync_autosave(&mut self) {
        let Some(autosave) = &self.autosave else {
            return;
        };
        if let Some(error) = autosave.take_error() {
            self.notice = Some(Notice {
                text: error,
                is_error: true,
            });
        }
        let generation = self.doc.generation();
        if self.autosaved_generation == Some(generation) {
            return;
        }
        self.autosaved_generation = Some(generation);
        if self.doc.is_modified() {
            autosave.changed(self.doc.map(), self.doc.history().depth(), self.doc.path());
        } else {
            autosave.clean();
        }
    }

    fn recover(&mut self, index: usize) {
        let Some(found) = self.recoveries.get(index).cloned() else {
            return;
        };
        match recovery::load(&found) {
            Ok(map) => {
                self.replace_document(Document::recovered(map, found.info.original.clone()));
                // Hand it to this window's autosave before the old file goes.
                if let Some(autosave) = &self.autosave {
                    autosave.changed(self.doc.map(), found.info.changes, self.doc.path());
                    self.autosaved_generation = Some(self.doc.generation());
                }
                let _ = std::fs::remove_file(&found.path);
                self.recoveries.remove(index);
                self.notify(format!(
                    "Recovered “{}”: save it to keep it",
                    found.info.title
                ));
            }
            Err(err) => self.fail(format!("The recovered work could not be read: {err}")),
        }
    }

    fn discard_recovery(&mut self, index: usize) {
        if index < self.recoveries.len() {
            let found = self.recoveries.remove(index);
            if let Err(err) = std::fs::remove_file(&found.path) {
                self.fail(format!("Could not delete {}: {err}", found.path.display()));
            }
        }
    }

    /// An app on a given document; tests build it this way.
    pub fn with_document(doc: Document, settings: Settings) -> Self {
        Self {
            doc,
            selection: Selection::default(),
            canvas: Canvas::default(),
            inspector: Inspector,
            outline: Outline::default(),
            find: Find::default(),
            settings,
            notice: None,
            confirm: None,
            error_dialog: None,
            show_shortcuts: false,
            allow_close: false,
            deferred: Vec::new(),
            import_preview: None,
            graphml_preview: None,
            share_dialog: None,
            merge_report: None,
            comparison: None,
            quit_requested: false,
            copied: None,
            clipboard_out: None,
            title_shown: String::new(),
            paste_count: 0,
            views: Views::default(),
            view: View::Network,
            filter: Filter::default(),
            focus: None,
            hide_filtered: false,
            highlighted_coalition: None,
            shown: Shown::default(),
            shown_inputs: None,
            show_legend: false,
            map_settings_open: false,
            autosave: None,
            autosaved_generation: None,
            recoveries: Vec::new(),
            overwrite_confirm: None,
            loading: None,
            presenter: None,
            picture_theme: PictureTheme::Light,
            arranging: None,
        }
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The running presentation, if any.
    pub fn presenter(&self) -> Option<&Presenter> {
        self.presenter.as_ref()
    }

    /// The network view's camera: zoom, and where the canvas origin is.
    pub fn canvas_camera(&self) -> (f32, egui::Vec2) {
        let camera = self.canvas.camera();
        (camera.zoom, camera.pan)
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Whether the views draw this stakeholder faint (filtered out, out of
    /// focus, or off the routes the analysis picked out).
    pub fn is_faded(&self, id: &crate::model::StakeholderId) -> bool {
        self.shown.is_dimmed(id)
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }

    /// Where a stakeholder is drawn in the view in front, in screen points
    /// (`None` in the table, or when it is not drawn).
    pub fn stakeholder_on_screen(&self, id: &crate::model::StakeholderId) -> Option<egui::Pos2> {
        if let Some(presenter) = &self.presenter {
            return presenter.stakeholder_on_screen(self.doc.map(), id);
        }
        match self.view {
            View::Network => self.canvas.screen_position(self.doc.map(), id),
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

    pub fn is_confirming(&self) -> bool {
        self.confirm.is_some()
    }

    /// Saves to `path` as Save as… would after its dialog.
    pub fn save_as(&mut self, path: &Path) -> bool {
        match self.doc.save_as(path) {
            Ok(()) => {
                if let Some(autosave) = &self.autosave {
                    autosave.clean();
                }
                self.settings.remember(path);
                if let Some(problem) = crate::file::reopen_problem(self.doc.map()) {
                    self.fail(format!(
                        "Saved {}, but Powermap will not open it again as it is: {problem}. \
                         Shorten or split the map, then save again.",
                        path.display()
                    ));
                } else {
                    self.notify(format!("Saved {}", path.display()));
                }
                true
            }
            Err(err) => {
                self.fail(err.to_string());
                false
            }
        }
    }

    /// Reads a stakeholders CSV file (and its relations beside it) and
    /// shows what importing it into this map will do, for the user to decide.
    pub fn request_import(&mut self, path: &std::path::Path) {
        match super::spreadsheet::ImportPreview::read(path, self.doc.map()) {
            Ok(preview) => self.import_preview = Some(preview),
            Err(message) => self.fail(message),
        }
    }

    /// Reads a GraphML file and shows what it holds and what will be left
    /// out, for the user to open it as a new map or not.
    pub fn request_graphml_import(&mut self, path: &Path) {
        match super::graphml_import::GraphmlPreview::read(path) {
            Ok(preview) => self.graphml_preview = Some(preview),
            Err(message) => self.fail(message),
        }
    }

    /// Merges the other version at `other`, grown apart from `base`, into
    /// the open map as one undo step, and shows what came and every conflict.
    pub fn request_merge(&mut self, base: &Path, other: &Path) {
        match super::merge_dialog::MergeReport::prepare(self.doc.map(), base, other) {
            Ok((edit, label, report)) => match self.doc.apply_labelled(edit, label) {
                Ok(()) => {
                    self.selection.retain_existing(self.doc.map());
                    let summary = report.summary();
                    if report.has_conflicts() {
                        self.fail_softly(summary);
                    } else {
                        self.notify(summary);
                    }
                    self.merge_report = Some(report);
                }
                Err(err) => self.fail(format!("The merge could not be made: {err}")),
            },
            Err(message) => self.fail(message),
        }
    }

    /// Lists what differs between the open map and the version at `other`.
    pub fn request_compare(&mut self, other: &Path) {
        match super::compare_dialog::Comparison::of(self.doc.map(), other) {
            Ok(comparison) => {
                self.notify(comparison.summary());
                self.comparison = Some(comparison);
            }
            Err(message) => self.fail(message),
        }
    }

    /// Writes a copy of the map for sharing to `path`; the open map, its
    /// file and its unsaved changes stay as they are.
    pub fn save_share_copy(&mut self, path: &std::path::Path, options: ShareOptions) {
        let saved = crate::exchange::share::share_copy(self.doc.map(), options)
            .map_err(|e| e.to_string())
            .and_then(|(copy, _)| crate::file::save_file(&copy, path).map_err(|e| e.to_string()));
        match saved {
            Ok(()) => self.notify(format!("Saved a copy for sharing to {}", path.display())),
            Err(message) => self.fail(message),
        }
    }

    /// Writes the map as GraphML to `path`, for yEd and Gephi.
    pub fn export_graphml(&mut self, path: &std::path::Path) {
        let text = crate::exchange::graphml::export(self.doc.map());
        match crate::file::write_atomically(path, text.as_bytes()) {
            Ok(()) => self.notify(format!("Exported for yEd and Gephi to {}", path.display())),
            Err(err) => self.fail(err.to_string()),
        }
    }

    /// Writes the stakeholders to `path` and the relations to
    /// `NAME.relations.csv` beside it.
    pub fn export_spreadsheet(&mut self, path: &std::path::Path) {
        let pair = crate::exchange::csv::export(self.doc.map());
        let relations = crate::exchange::csv::relations_path(path);
        for (target, text) in [
            (path, &pair.stakeholders),
            (relations.as_path(), &pair.relations),
        ] {
            if let Err(err) = crate::file::write_atomically(target, text.as_bytes()) {
                self.fail(err.to_string());
                return;
            }
        }
        self.notify(format!(
            "Exported the stakeholders to {} and the relations to {}",
            path.display(),
            relations.display()
        ));
    }

    /// Writes a picture of the view in front to `path`, PNG unless the name
    /// ends in `.svg`, showing what the filter, focus and highlighted
    /// coalition show; the whole map, whatever the zoom on screen.
    pub fn export_picture(&mut self, path: &Path) {
        let options = RenderOptions {
            theme: self.picture_theme,
            filter: self.filter.clone(),
            focus: self.focus.clone(),
            hide_filtered: self.hide_filtered,
            coalition: self.highlighted_coalition.clone(),
            ..RenderOptions::default()
        };
        let format = PictureFormat::of_path(path).unwrap_or(PictureFormat::Png);
        match picture::write(self.doc.map(), self.view, &options, format, path) {
            Ok(_) => self.notify(format!(
                "Exported a picture of the {} to {}",
                self.view.label().to_lowercase(),
                path.display()
            )),
            Err(message) => self.fail(message),
        }
    }

    /// Writes every scene into `folder` as a 1920×1080 PNG drawn as the
    /// projector shows it, named by its number and title ("02 - The
    /// evidence coalition.png"), so the files sort in presentation order.
    pub fn export_scenes(&mut self, folder: &Path) {
        let map = self.doc.map();
        let count = map.scenes().len();
        let digits = count.to_string().len().max(2);
        for (index, scene) in map.scenes().iter().enumerate() {
            let title = if scene.title.trim().is_empty() {
                "Scene".to_owned()
            } else {
                sanitize_file_name(&scene.title)
            };
            let path = folder.join(format!("{:0digits$} - {title}.png", index + 1));
            if let Err(message) =
                picture::write_scene(map, index, SCENE_PICTURE, PictureFormat::Png, &path)
            {
                self.fail(message);
                return;
            }
        }
        self.notify(format!(
            "Exported {count} {} as pictures to {}",
            if count == 1 { "scene" } else { "scenes" },
            folder.display()
        ));
    }

    /// Opens `path` in place of the current map, asking first if it has unsaved changes.
    pub fn request_open(&mut self, path: PathBuf) {
        self.guard(Pending::Open(Some(path)));
    }

    fn notify(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: false,
        });
    }

    /// A notice that wants attention, without the error dialog.
    fn fail_softly(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: true,
        });
    }

    fn fail(&mut self, text: impl Into<String>) {
        let text = text.into();
        self.notice = Some(Notice {
            text: text.clone(),
            is_error: true,
        });
        self.error_dialog = Some(text);
    }

    /// Runs `pending` now, or first asks to save unsaved changes.
    fn guard(&mut self, pending: Pending) {
        if self.doc.is_modified() {
            self.confirm = Some(pending);
        } else {
            self.proceed(pending);
        }
    }

    fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::NewMap => self.replace_document(Document::new(Map::new("Untitled map"), None)),
            Pending::Open(path) => {
                let path = path.or_else(|| {
                    rfd::FileDialog::new()
                        .set_title("Open a map")
                        .add_filter("Powermap map", &["ron"])
                        .pick_file()
                });
                if let Some(path) = path {
                    self.open_now(&path);
                }
            }
            Pending::OpenImported(map) => {
                let name = map.title().to_owned();
                self.replace_document(Document::unsaved(*map));
                self.notify(format!("Opened “{name}”: save it to keep it"));
            }
            Pending::Quit => {
                self.allow_close = true;
                self.quit_requested = true;
            }
        }
    }

    fn open_now(&mut self, path: &Path) {
        let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
        if bytes > BACKGROUND_LOAD_BYTES {
            let (tx, rx) = std::sync::mpsc::channel();
            let owned = path.to_owned();
            let spawned = std::thread::Builder::new()
                .name("powermap-load".to_owned())
                .spawn(move || {
                    let _ = tx.send(crate::file::load_file(&owned));
                });
            if spawned.is_ok() {
                self.loading = Some(Loading {
                    path: path.to_owned(),
                    bytes,
                    result: rx,
                });
                return;
            }
        }
        match Document::open(path) {
            Ok(doc) => {
                self.settings.remember(path);
                self.replace_document(doc);
                self.notify(format!("Opened {}", path.display()));
            }
            Err(err) => {
                if !path.exists() {
                    self.settings.forget(path);
                }
                self.fail(format!("Could not open {}: {err}", path.display()));
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        if let Some(autosave) = &self.autosave {
            autosave.clean();
        }
        self.autosaved_generation = None;
        self.doc = doc;
        self.selection.clear();
        self.canvas = Canvas::default();
        self.inspector = Inspector;
        self.views = Views::default();
        self.filter = Filter::default();
        self.focus = None;
        self.highlighted_coalition = None;
        self.shown_inputs = None;
    }

    /// The view in front.
    pub fn view(&self) -> View {
        self.view
    }

    pub fn filter_mut(&mut self) -> &mut Filter {
        &mut self.filter
    }

    pub fn focus(&self) -> Option<&Focus> {
        self.focus.as_ref()
    }

    /// How many stakeholders the filter and focus leave out.
    pub fn filtered_out_count(&self) -> usize {
        self.shown.filtered_out_count(self.doc.map())
    }

    /// Computes again what the views show when the map, filter, focus or
    /// highlighted coalition changed.
    fn refresh_shown(&mut self) {
        if let Some(focus) = &self.focus
            && self.doc.map().stakeholder(&focus.stakeholder).is_none()
        {
            self.focus = None;
        }
        if self
            .highlighted_coalition
            .as_ref()
            .is_some_and(|id| self.doc.map().coalition(id).is_none())
        {
            self.highlighted_coalition = None;
        }
        let inputs = ShownInputs {
            generation: self.doc.generation(),
            filter: self.filter.clone(),
            focus: self.focus.clone(),
            hide_filtered: self.hide_filtered,
            coalition: self.highlighted_coalition.clone(),
            analysis_key: self.views.analysis().look_key(),
        };
        if self.shown_inputs.as_ref() != Some(&inputs) {
            let key = self.shown.key + 1;
            let look = self.views.analysis().look();
            self.shown = Shown::compute(self.doc.map(), &inputs, look, key);
            self.shown_inputs = Some(inputs);
        }
    }

    /// Saves, asking for a file when the map has none. Returns whether it saved.
    fn save(&mut self, force_dialog: bool) -> bool {
        if !force_dialog && self.doc.changed_on_disk() {
            self.overwrite_confirm = Some(OverwriteConfirm { then: None });
            return false;
        }
        let path = match self.doc.path() {
            Some(path) if !force_dialog => path.to_owned(),
            _ => {
                let name = format!("{}.ron", sanitize_file_name(self.doc.map().title()));
                let Some(path) = rfd::FileDialog::new()
                    .set_title("Save the map")
                    .add_filter("Powermap map", &["ron"])
                    .set_file_name(name)
                    .save_file()
                else {
                    return false;
                };
                path
            }
        };
        self.save_as(&path)
    }
}

// Carrying out actions and commands.
impl PowermapApp {
    fn run_commands(&mut self, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::Edit(edit) => self.apply(edit),
                Command::Action(action) => self.run_action(action),
                Command::CenterOn(id) => self.canvas.center_on(&id),
                Command::HighlightCoalition(id) => self.highlighted_coalition = id,
                Command::ShowScene(id) => self.show_scene(&id),
                Command::UpdateSceneFromView(id) => {
                    if let Some(scene) = self.doc.map().scene(&id) {
                        let mut updated = self.capture_scene(id.clone(), &scene.title);
                        updated.caption.clone_from(&scene.caption);
                        self.apply(Edit::UpdateScene(Box::new(updated)));
                    }
                }
                Command::PresentFrom(index) => self.start_presenting(index),
            }
        }
        self.selection.retain_existing(self.doc.map());
    }

    fn apply(&mut self, edit: Edit) {
        if let Err(err) = self.doc.apply(edit) {
            self.notice = Some(Notice {
                text: format!("That change could not be made: {err}"),
                is_error: true,
            });
        }
    }

    fn run_action(&mut self, action: Action) {
        match action {
            Action::NewMap => self.guard(Pending::NewMap),
            Action::Open => self.guard(Pending::Open(None)),
            Action::Save => {
                self.save(false);
            }
            Action::SaveAs => {
                self.save(true);
            }
            Action::ImportSpreadsheet => {
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Import stakeholders from a spreadsheet")
                    .add_filter("CSV", &["csv"])
                    .pick_file()
                {
                    self.request_import(&path);
                }
            }
            Action::ImportGraphMl => {
                if let Some(path) = super::graphml_import::GraphmlPreview::pick() {
                    self.request_graphml_import(&path);
                }
            }
            Action::MergeVersion => {
                if let Some((base, other)) = super::merge_dialog::MergeReport::pick() {
                    self.request_merge(&base, &other);
                }
            }
            Action::CompareVersion => {
                if let Some(other) = super::compare_dialog::Comparison::pick() {
                    self.request_compare(&other);
                }
            }
            Action::ExportGraphMl => {
                let name = format!("{}.graphml", sanitize_file_name(self.doc.map().title()));
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Export for yEd or Gephi")
                    .add_filter("GraphML", &["graphml"])
                    .set_file_name(name)
                    .save_file()
                {
                    self.export_graphml(&path);
                }
            }
            Action::ExportPicture if self.view == View::Table => self.notify(
                "Pictures are of the network, the grid and the spectrum: show one of them (Ctrl+1, Ctrl+2, Ctrl+3), then export",
            ),
            Action::ExportPicture => {
                let name = format!(
                    "{} - {}.png",
                    sanitize_file_name(self.doc.map().title()),
                    sanitize_file_name(self.view.label())
                );
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Export a picture of the view")
                    .add_filter("PNG picture", &["png"])
                    .add_filter("SVG picture", &["svg"])
                    .set_file_name(name)
                    .save_file()
                {
                    self.export_picture(&path);
                }
            }
            Action::ShareCopy => {
                self.share_dialog = Some(super::share_dialog::ShareDialog::new());
            }
            Action::ExportSpreadsheet => {
                let name = format!("{}.csv", sanitize_file_name(self.doc.map().title()));
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Export the stakeholders to a spreadsheet")
                    .add_filter("CSV", &["csv"])
                    .set_file_name(name)
                    .save_file()
                {
                    self.export_spreadsheet(&path);
                }
            }
            Action::Quit => self.guard(Pending::Quit),
            Action::Undo => match self.doc.undo() {
                Ok(Some(label)) => self.notify(format!("Undid {label}")),
                Ok(None) => self.notify("Nothing to undo"),
                Err(err) => self.fail(format!("Could not undo: {err}")),
            },
            Action::Redo => match self.doc.redo() {
                Ok(Some(label)) => self.notify(format!("Redid {label}")),
                Ok(None) => self.notify("Nothing to redo"),
                Err(err) => self.fail(format!("Could not redo: {err}")),
            },
            Action::Cut => {
                if self.copy_selection() {
                    self.delete_selection();
                }
            }
            Action::Copy => {
                self.copy_selection();
            }
            Action::Paste => {
                if let Some(text) = self.copied.clone() {
                    self.paste_text(&text);
                } else {
                    self.notify(
                        "Copy stakeholders first, or press Ctrl+V to paste from another window",
                    );
                }
            }
            Action::Duplicate => {
                let offset = Position::new(40.0, 40.0);
                if let Some(paste) =
                    clipboard::duplicate(self.doc.map(), &self.selection.stakeholders, offset)
                {
                    self.apply(paste.edit);
                    self.select_added(paste.added);
                }
            }
            Action::Delete => self.delete_selection(),
            Action::SelectAll => {
                self.selection.stakeholders = self
                    .doc
                    .map()
                    .stakeholders()
                    .map(|s| s.id.clone())
                    .collect();
                self.selection.relations.clear();
                self.selection.anchor = self.selection.stakeholders.iter().next().cloned();
            }
            Action::ClearSelection => {
                if self.show_shortcuts {
                    self.show_shortcuts = false;
                } else if self.find.open {
                    self.find.open = false;
                } else if !self.canvas.cancel() {
                    if self.focus.is_some() {
                        self.focus = None;
                    } else {
                        self.selection.clear();
                    }
                }
            }
            Action::Rename => match self.selection.single_stakeholder().cloned() {
                Some(id) => self.canvas.start_rename(self.doc.map(), &id),
                None => self.notify("Select one stakeholder to rename it"),
            },
            Action::Find => {
                self.find.open = true;
                self.find.focus_requested = false;
            }
            Action::AddStakeholder => self.canvas.start_new_stakeholder(),
            Action::Connect => {
                if let Some((from, to)) = self.selection.connection_pair() {
                    self.canvas.start_connect(self.doc.map(), from, to);
                } else {
                    self.canvas.connect_tool = true;
                    self.notify("Drag from one stakeholder to another to connect them");
                }
            }
            Action::TogglePin => {
                let edits: Vec<Edit> = self
                    .selection
                    .stakeholders
                    .iter()
                    .filter_map(|id| self.doc.map().stakeholder(id))
                    .map(|s| {
                        let mut changed = s.clone();
                        changed.pinned = !changed.pinned;
                        Edit::UpdateStakeholder(changed)
                    })
                    .collect();
                if !edits.is_empty() {
                    self.apply(Edit::Batch(edits));
                }
            }
            Action::Arrange => {
                if self.arranging.is_some() {
                    self.notify("Still arranging the map");
                } else if self.doc.map().stakeholder_count() < 2 {
                    self.notify("Nothing to arrange");
                } else {
                    self.arranging = Some(crate::layout::ArrangeJob::start(
                        self.doc.map(),
                        self.doc.generation(),
                    ));
                    self.notify("Arranging the map…");
                }
            }
            Action::ZoomIn => self.canvas.zoom_by(super::canvas::ZOOM_STEP),
            Action::ZoomOut => self.canvas.zoom_by(1.0 / super::canvas::ZOOM_STEP),
            Action::FitAll => self.canvas.fit_all(),
            Action::ShowNetwork => self.view = View::Network,
            Action::ShowGrid => self.view = View::Grid,
            Action::ShowSpectrum => self.view = View::Spectrum,
            Action::ShowTable => self.view = View::Table,
            Action::ToggleLegend => self.show_legend = !self.show_legend,
            Action::ToggleHideFiltered => self.hide_filtered = !self.hide_filtered,
            Action::FocusSelected => match self.selection.single_stakeholder() {
                Some(id) => {
                    self.focus = Some(Focus {
                        stakeholder: id.clone(),
                        hops: self.focus.as_ref().map_or(1, |f| f.hops),
                        direction: self
                            .focus
                            .as_ref()
                            .map_or(FocusDirection::Both, |f| f.direction),
                    });
                }
                None => self.notify("Select one stakeholder to focus on its neighbourhood"),
            },
            Action::MapSettings => self.map_settings_open = true,
            Action::AddScene => self.add_scene(),
            Action::Present => self.start_presenting(0),
            Action::PresentFromScene => {
                let map = self.doc.map();
                let index = self
                    .views
                    .scenes()
                    .chosen(map)
                    .and_then(|scene| map.scene_index(&scene.id))
                    .unwrap_or(0);
                self.start_presenting(index);
            }
            Action::ExportScenes if self.doc.map().scenes().is_empty() => self.notify(
                "This map has no scenes yet: show what a scene should, then Present → Add scene from current view (Ctrl+M)",
            ),
            Action::ExportScenes => {
                if let Some(folder) = rfd::FileDialog::new()
                    .set_title("Export every scene as a picture into a folder")
                    .pick_folder()
                {
                    self.export_scenes(&folder);
                }
            }
            Action::ShowShortcuts => self.show_shortcuts = !self.show_shortcuts,
        }
        self.selection.retain_existing(self.doc.map());
    }

    /// What the editor shows now, as a scene: the view (the network for
    /// the table), the camera, filter, focus and highlighted coalition; the
    /// selection and any route the analysis picked out are picked out.
    fn capture_scene(&self, id: SceneId, title: &str) -> Scene {
        let mut scene = Scene::new(id, title);
        scene.view = match self.view {
            View::Grid => SceneView::Grid,
            View::Spectrum => SceneView::Spectrum,
            View::Network | View::Table => SceneView::Network,
        };
        if self.view == View::Network {
            scene.camera = self.canvas.scene_camera();
        }
        scene.filter = self.filter.clone();
        scene.hide_filtered = self.hide_filtered;
        scene.focus.clone_from(&self.focus);
        scene.coalition.clone_from(&self.highlighted_coalition);
        scene.highlighted.clone_from(&self.selection.stakeholders);
        scene
            .highlighted_relations
            .clone_from(&self.selection.relations);
        if let Some(route) = self.views.analysis().look().route {
            scene.highlighted.extend(route.stakeholders);
            scene.highlighted_relations.extend(route.relations);
        }
        scene
    }

    /// Adds what the editor shows as a scene after the chosen one (or at
    /// the end), and chooses it.
    fn add_scene(&mut self) {
        let map = self.doc.map();
        let id = map.id_allocator().scene();
        let index = self
            .views
            .scenes()
            .chosen(map)
            .and_then(|scene| map.scene_index(&scene.id))
            .map_or(map.scenes().len(), |i| i + 1);
        let title = format!("Scene {}", map.scenes().len() + 1);
        let scene = self.capture_scene(id.clone(), &title);
        self.apply(Edit::AddScene {
            index,
            scene: Box::new(scene),
        });
        if self.doc.map().scene(&id).is_some() {
            self.views.show_scene_in_panel(id);
            self.notify(format!(
                "Added “{title}”; give it a title and a caption in Scenes"
            ));
        }
    }

    /// Shows a scene in the editor, to look at or update it.
    fn show_scene(&mut self, id: &SceneId) {
        let Some(scene) = self.doc.map().scene(id).cloned() else {
            return;
        };
        self.view = super::present::view_of(scene.view);
        match scene.camera {
            Some(camera) => self.canvas.look_at_scene(camera),
            None => self.canvas.fit_all(),
        }
        self.filter = scene.filter;
        self.hide_filtered = scene.hide_filtered;
        self.focus = scene.focus;
        self.highlighted_coalition = scene.coalition;
        self.selection.clear();
        self.selection.anchor = scene.highlighted.iter().next().cloned();
        self.selection.stakeholders = scene.highlighted;
        self.selection.relations = scene.highlighted_relations;
    }

    /// Presents from scene `index`, or the current view when there are no scenes.
    fn start_presenting(&mut self, index: usize) {
        let map = self.doc.map();
        let mut editor_view = self.capture_scene(SceneId::new("editor-view"), map.title());
        editor_view.caption.clone_from(&map.meta().goal);
        self.presenter = Some(Presenter::new(map, index, editor_view));
    }

    fn delete_selection(&mut self) {
        let map = self.doc.map();
        // Relations first: a deleted stakeholder takes its own relations along.
        let mut edits: Vec<Edit> = self
            .selection
            .relations
            .iter()
            .filter(|id| {
                map.relation(id).is_some_and(|r| {
                    !self.selection.contains_stakeholder(&r.from)
                        && !self.selection.contains_stakeholder(&r.to)
                })
            })
            .map(|id| Edit::DeleteRelation(id.clone()))
            .collect();
        edits.extend(
            self.selection
                .stakeholders
                .iter()
                .map(|id| Edit::DeleteStakeholder(id.clone())),
        );
        match edits.len() {
            0 => {}
            1 => self.apply(edits.remove(0)),
            _ => self.apply(Edit::Batch(edits)),
        }
        self.selection.retain_existing(self.doc.map());
    }

    /// Puts the selected stakeholders on the clipboard; returns whether there were any.
    fn copy_selection(&mut self) -> bool {
        if let Some(text) = clipboard::copy_text(self.doc.map(), &self.selection.stakeholders) {
            self.clipboard_out = Some(text.clone());
            self.copied = Some(text);
            self.paste_count = 0;
            let n = self.selection.stakeholders.len();
            self.notify(format!(
                "Copied {n} stakeholder{}",
                if n == 1 { "" } else { "s" }
            ));
            true
        } else {
            self.notify("Select stakeholders to copy them");
            false
        }
    }

    fn paste_text(&mut self, text: &str) {
        self.paste_count += 1;
        let step = 30.0 * self.paste_count as f32;
        match clipboard::paste(self.doc.map(), text, Position::new(step, step)) {
            Ok(paste) => {
                let n = paste.added.len();
                self.apply(paste.edit);
                self.select_added(paste.added);
                self.notify(format!(
                    "Pasted {n} stakeholder{}",
                    if n == 1 { "" } else { "s" }
                ));
            }
            Err(err) => {
                self.notice = Some(Notice {
                    text: format!("Nothing pasted: {err}"),
                    is_error: true,
                });
            }
        }
    }

    fn select_added(&mut self, added: Vec<crate::model::StakeholderId>) {
        self.selection.clear();
        self.selection.anchor = added.first().cloned();
        self.selection.stakeholders = added.into_iter().collect();
    }

    /// Reads the keyboard shortcuts of the action table. A focused text field
    /// keeps plain keys and its own editing shortcuts.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        let typing = ctx.egui_wants_keyboard_input() || self.canvas.is_editing_text();
        let modal = self.confirm.is_some() || self.error_dialog.is_some();
        let mut candidates: Vec<(Action, KeyboardShortcut)> = Action::ALL
            .iter()
            .filter(|action| !action.is_clipboard())
            .flat_map(|&action| {
                action
                    .shortcut()
                    .into_iter()
                    .chain(action.alternative_shortcuts().iter().copied())
                    .map(move |shortcut| (action, shortcut))
            })
            .filter(|(action, shortcut)| {
                let plain = Action::is_plain_key(*shortcut);
                !(typing && (plain || action.is_text_editing()))
                    && !(modal && *action != Action::Quit)
            })
            .collect();
        // Most specific first, so Ctrl+Shift+S is not taken for Ctrl+S.
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

    /// Copy, cut and paste arrive as events from the system clipboard.
    fn clipboard_events(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() || self.canvas.is_editing_text() {
            return;
        }
        let events: Vec<egui::Event> = ctx.input(|i| {
            i.events
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                    )
                })
                .cloned()
                .collect()
        });
        for event in events {
            match event {
                egui::Event::Copy | egui::Event::Cut
                    if self.copy_selection() && event == egui::Event::Cut =>
                {
                    self.delete_selection();
                }
                egui::Event::Paste(text) => self.paste_text(&text),
                _ => {}
            }
        }
    }
}

fn modifier_count(m: Modifiers) -> usize {
    [m.command || m.ctrl, m.shift, m.alt]
        .iter()
        .filter(|b| **b)
        .count()
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
fn ago(secs: u64) -> String {
    match secs {
        0..60 => "just now".to_owned(),
        60..3600 => plural(secs / 60, "minute"),
        3600..86_400 => plural(secs / 3600, "hour"),
        _ => plural(secs / 86_400, "day"),
    }
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit} ago")
    } else {
        format!("{n} {unit}s ago")
    }
}

/// A file name made from a map's title.
fn sanitize_file_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        "map".to_owned()
    } else {
        trimmed.to_owned()
    }
}

// Drawing the window.
impl PowermapApp {
    fn menu_bar_ui(&mut self, ui: &mut egui::Ui, fired: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.menu_items(ui, MenuGroup::File, fired);
                ui.separator();
                ui.menu_button("Open recent", |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.label(RichText::new("No recent maps").weak());
                    }
                    for path in self.settings.recent_files.clone() {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            self.request_open(path);
                            ui.close();
                        }
                    }
                });
                ui.menu_button("Open an example", |ui| {
                    for example in crate::examples::EXAMPLES {
                        if ui.button(example.file_name).clicked() {
                            self.open_example(example);
                            ui.close();
                        }
                    }
                });
            });
            ui.menu_button("Edit", |ui| self.menu_items(ui, MenuGroup::Edit, fired));
            ui.menu_button("Map", |ui| self.menu_items(ui, MenuGroup::Map, fired));
            ui.menu_button("View", |ui| {
                self.menu_items(ui, MenuGroup::View, fired);
                ui.separator();
                ui.label("Theme");
                for (choice, label) in [
                    (ThemeChoice::System, "Follow the system"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui.radio(self.settings.theme == choice, label).clicked() {
                        self.settings.theme = choice;
                        theme::apply(ui.ctx(), choice);
                    }
                }
            });
            ui.menu_button("Present", |ui| {
                self.menu_items(ui, MenuGroup::Present, fired);
            });
            ui.menu_button("Help", |ui| self.menu_items(ui, MenuGroup::Help, fired));
        });
    }

    fn open_example(&mut self, example: &crate::examples::Example) {
        match crate::file::load_str(example.text) {
            Ok(map) => {
                if self.doc.is_modified() {
                    self.fail("Save or undo your changes before opening an example");
                } else {
                    self.replace_document(Document::new(map, None));
                }
            }
            Err(err) => self.fail(format!("The example could not be read: {err}")),
        }
    }

    fn menu_items(&self, ui: &mut egui::Ui, group: MenuGroup, fired: &mut Vec<Action>) {
        for &action in Action::ALL.iter().filter(|a| a.menu() == group) {
            let label = match action {
                Action::Undo => self
                    .doc
                    .history()
                    .undo_label()
                    .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}")),
                Action::Redo => self
                    .doc
                    .history()
                    .redo_label()
                    .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}")),
                _ => action.label().to_owned(),
            };
            let enabled = match action {
                Action::Undo => self.doc.history().can_undo(),
                Action::Redo => self.doc.history().can_redo(),
                Action::Cut | Action::Copy | Action::Duplicate | Action::TogglePin => {
                    !self.selection.stakeholders.is_empty()
                }
                Action::Delete => !self.selection.is_empty(),
                Action::Rename => self.selection.single_stakeholder().is_some(),
                Action::Paste => self.copied.is_some(),
                _ => true,
            };
            let shortcut = action
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            let button = egui::Button::new(label).shortcut_text(shortcut);
            if ui
                .add_enabled(enabled, button)
                .on_hover_text(action.description())
                .clicked()
            {
                fired.push(action);
                ui.close();
            }
            if matches!(
                action,
                Action::Quit | Action::Redo | Action::Paste | Action::ClearSelection
            ) {
                ui.separator();
            }
        }
    }

    fn find_bar_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            ui.label("Find");
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.find.text)
                    .hint_text("A name or a tag, then Enter")
                    .desired_width(280.0),
            );
            if !self.find.focus_requested {
                field.request_focus();
                self.find.focus_requested = true;
            }
            let needle = self.find.text.trim().to_lowercase();
            let mut found: Vec<&Stakeholder> = if needle.is_empty() {
                Vec::new()
            } else {
                self.doc
                    .map()
                    .stakeholders()
                    .filter(|s| matches_search(s, &needle))
                    .collect()
            };
            found.sort_by(|a, b| a.name.cmp(&b.name));
            if !needle.is_empty() {
                ui.label(match found.len() {
                    0 => "No match".to_owned(),
                    1 => "1 match".to_owned(),
                    n => format!("{n} matches"),
                });
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if enter && let Some(first) = found.first() {
                self.selection.clear();
                for s in &found {
                    self.selection.stakeholders.insert(s.id.clone());
                }
                self.selection.anchor = Some(first.id.clone());
                commands.push(Command::CenterOn(first.id.clone()));
                self.find.open = false;
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                self.find.open = false;
            }
            if ui.button("Close").clicked() {
                self.find.open = false;
            }
        });
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let generation = self.doc.generation();
        if let Some(dialog) = &mut self.share_dialog {
            match dialog.ui(ctx, self.doc.map(), generation) {
                Some(super::share_dialog::ShareAnswer::Save(options)) => {
                    self.share_dialog = None;
                    let name = format!(
                        "{} (for sharing).ron",
                        sanitize_file_name(self.doc.map().title())
                    );
                    if let Some(path) = rfd::FileDialog::new()
                        .set_title("Save a copy for sharing")
                        .add_filter("Powermap map", &["ron"])
                        .set_file_name(name)
                        .save_file()
                    {
                        self.save_share_copy(&path, options);
                    }
                }
                Some(super::share_dialog::ShareAnswer::Cancel) => self.share_dialog = None,
                None => {}
            }
        }
        if let Some(preview) = &self.import_preview {
            match preview.ui(ctx) {
                Some(super::spreadsheet::ImportAnswer::Import(edit)) => {
                    let summary = preview.summary();
                    self.import_preview = None;
                    self.apply(edit);
                    self.notify(summary);
                }
                Some(super::spreadsheet::ImportAnswer::Cancel) => self.import_preview = None,
                None => {}
            }
        }
        if let Some(preview) = &self.graphml_preview {
            match preview.ui(ctx) {
                Some(super::graphml_import::GraphmlAnswer::Open(map)) => {
                    self.graphml_preview = None;
                    self.guard(Pending::OpenImported(map));
                }
                Some(super::graphml_import::GraphmlAnswer::Cancel) => self.graphml_preview = None,
                None => {}
            }
        }
        if let Some(comparison) = &self.comparison
            && !comparison.ui(ctx)
        {
            self.comparison = None;
        }
        if let Some(report) = &self.merge_report {
            let mut commands = Vec::new();
            if !report.ui(ctx, &mut self.selection, &mut commands) {
                self.merge_report = None;
            }
            self.run_commands(commands);
        }
        self.recovery_dialog_ui(ctx);
        self.overwrite_dialog_ui(ctx);
        self.loading_ui(ctx);
        if let Some(pending) = self.confirm.clone() {
            let what = match pending {
                Pending::NewMap => "starting a new map",
                Pending::Open(_) | Pending::OpenImported(_) => "opening another map",
                Pending::Quit => "closing",
            };
            let mut answer: Option<Option<bool>> = None;
            egui::Modal::new(Id::new("unsaved-changes")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Unsaved changes");
                ui.label(format!(
                    "Save the changes to “{}” before {what}?",
                    self.doc.display_name()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(Some(true));
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(Some(false));
                    }
                    if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        answer = Some(None);
                    }
                });
            });
            match answer {
                Some(Some(true)) => {
                    self.confirm = None;
                    if self.save(false) {
                        self.proceed(pending);
                    } else if self.overwrite_confirm.is_some() {
                        self.overwrite_confirm = Some(OverwriteConfirm {
                            then: Some(pending),
                        });
                    }
                }
                Some(Some(false)) => {
                    self.confirm = None;
                    self.proceed(pending);
                }
                Some(None) => self.confirm = None,
                None => {}
            }
        }
        if let Some(message) = self.error_dialog.clone() {
            egui::Modal::new(Id::new("error")).show(ctx, |ui| {
                ui.set_width(420.0);
                ui.heading("Something went wrong");
                ui.label(message);
                ui.label(RichText::new("The map on screen is as it was.").weak());
                ui.add_space(8.0);
                if ui.button("OK").clicked()
                    || ui.input(|i| i.key_pressed(Key::Enter) || i.key_pressed(Key::Escape))
                {
                    self.error_dialog = None;
                }
            });
        }
        if self.show_shortcuts {
            let mut open = true;
            egui::Window::new("Keyboard shortcuts")
                .open(&mut open)
                .collapsible(false)
                .resizable(true)
                .default_width(560.0)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, shortcuts_ui);
            if !open {
                self.show_shortcuts = false;
            }
        }
    }

    fn recovery_dialog_ui(&mut self, ctx: &egui::Context) {
        if self.recoveries.is_empty() {
            return;
        }
        let mut recover = None;
        let mut discard = None;
        let mut later = false;
        egui::Modal::new(Id::new("recovery")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading("Recover unsaved work?");
            ui.label("Powermap closed without saving these maps. Recover opens one as an unsaved map; Discard deletes it for good.");
            ui.add_space(8.0);
            let now = recovery::now_secs();
            for (i, found) in self.recoveries.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let title = if found.info.title.trim().is_empty() { "Untitled map" } else { &found.info.title };
                    ui.label(RichText::new(title).strong());
                    let changes = match found.info.changes {
                        1 => "1 unsaved change".to_owned(),
                        n => format!("{n} unsaved changes"),
                    };
                    ui.label(format!("Saved for recovery {}, {changes}", ago(now.saturating_sub(found.info.saved_at))));
                    if let Some(original) = &found.info.original {
                        ui.label(RichText::new(format!("Opened from {}", original.display())).weak());
                    }
                    ui.horizontal(|ui| {
                        if ui.button("Recover").clicked() {
                            recover = Some(i);
                        }
                        if ui.button("Discard").clicked() {
                            discard = Some(i);
                        }
                    });
                });
            }
            ui.add_space(8.0);
            if ui.button("Decide later").on_hover_text("Keep them; they are offered again next time").clicked() {
                later = true;
            }
        });
        if let Some(i) = recover {
            if self.doc.is_modified() {
                self.fail("Save or undo your changes before recovering another map");
            } else {
                self.recover(i);
            }
        } else if let Some(i) = discard {
            self.discard_recovery(i);
        } else if later {
            self.recoveries.clear();
        }
    }

    fn overwrite_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(OverwriteConfirm { then: after }) = self.overwrite_confirm.clone() else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(Id::new("changed-on-disk")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading("The file changed on disk");
            ui.label(format!(
                "“{}” was changed by another program or window since you opened it. Saving now replaces those changes.",
                self.doc.display_name()
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Overwrite").clicked() {
                    answer = Some(1);
                }
                if ui.button("Save as…").clicked() {
                    answer = Some(2);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                    answer = Some(0);
                }
            });
        });
        let saved = match answer {
            None => return,
            Some(1) => {
                self.overwrite_confirm = None;
                let path = self.doc.path().map(Path::to_owned);
                path.is_some_and(|path| self.save_as(&path))
            }
            Some(2) => {
                self.overwrite_confirm = None;
                self.save(true)
            }
            Some(_) => {
                self.overwrite_confirm = None;
                false
            }
        };
        if saved && let Some(pending) = after {
            self.proceed(pending);
        }
    }

    fn loading_ui(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.loading else {
            return;
        };
        match loading.result.try_recv() {
            Ok(result) => {
                let path = loading.path.clone();
                self.loading = None;
                match result {
                    Ok(map) => {
                        self.settings.remember(&path);
                        self.replace_document(Document::new(map, Some(path.clone())));
                        self.notify(format!("Opened {}", path.display()));
                    }
                    Err(err) => self.fail(format!("Could not open {}: {err}", path.display())),
                }
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let path = loading.path.clone();
                self.loading = None;
                self.fail(format!(
                    "Could not open {}: reading it stopped unexpectedly",
                    path.display()
                ));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
        }
        let mut cancel = false;
        egui::Modal::new(Id::new("loading")).show(ctx, |ui| {
            ui.set_width(380.0);
            ui.heading("Opening a map");
            ui.horizontal(|ui| {
                ui.spinner();
                let name = loading.path.file_name().map_or_else(
                    || loading.path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                ui.label(format!(
                    "Reading {name} ({:.1} MB)…",
                    loading.bytes as f64 / 1_000_000.0
                ));
            });
            ui.label(
                RichText::new("The map on screen stays as it is until this one is read.").weak(),
            );
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                cancel = true;
            }
        });
        if cancel {
            // The reading thread finishes on its own; its result is dropped.
            self.loading = None;
            self.notify("Opening cancelled");
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Takes Arrange's result once its thread is done: one move, one undo
    /// step, which the canvas then animates into place.
    fn poll_arrange(&mut self, ctx: &egui::Context) {
        use crate::layout::ArrangeStatus;
        let Some(job) = &self.arranging else {
            return;
        };
        match job.poll() {
            ArrangeStatus::Running => {
                // Look again soon; nothing is drawn meanwhile unless asked.
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
            }
            ArrangeStatus::Failed => {
                self.arranging = None;
                self.fail("Arrange stopped unexpectedly; the map was not changed");
            }
            ArrangeStatus::Done(moves) => {
                let started_on = job.generation;
                self.arranging = None;
                if started_on != self.doc.generation() {
                    self.notify("The map changed while it was being arranged: arrange again");
                } else if moves.is_empty() {
                    self.notify("Nothing to arrange");
                } else {
                    let map = self.doc.map();
                    let from: Vec<_> = moves
                        .iter()
                        .filter_map(|(id, _)| Some((id.clone(), map.stakeholder(id)?.position)))
                        .collect();
                    self.apply(Edit::Move(moves));
                    self.canvas
                        .animate_from(self.doc.map(), &from, self.doc.generation());
                    self.canvas.fit_all();
                    self.notify("Arranged the map");
                }
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let marker = if self.doc.is_modified() { "* " } else { "" };
        let title = format!("{marker}{} - Powermap", self.doc.display_name());
        if title != self.title_shown {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    fn handle_close_and_drops(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if ctx.egui_wants_keyboard_input() {
                // Text typed in a field but not yet committed is part of
                // the map: commit it first, then ask as for any change.
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.deferred.push(Action::Quit);
            } else if self.doc.is_modified() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.confirm = Some(Pending::Quit);
            }
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| {
                let path = f.path();
                (!path.as_os_str().is_empty()).then(|| path.to_owned())
            })
        });
        if let Some(path) = dropped {
            self.request_open(path);
        }
    }
}

impl PowermapApp {
    /// Draws the presentation instead of the editor while presenting;
    /// returns whether it did. A request to close the window ends the
    /// presentation first, so the editor can ask about unsaved changes.
    fn present_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(presenter) = &mut self.presenter else {
            return false;
        };
        let ctx = ui.ctx().clone();
        if self.confirm.is_some() || self.quit_requested {
            presenter.stop(&ctx);
            self.presenter = None;
            return false;
        }
        let generation = self.doc.generation();
        let outcome = egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| presenter.ui(ui, self.doc.map(), generation))
            .inner;
        if outcome == PresentOutcome::Leave {
            self.presenter = None;
            ctx.request_repaint();
        }
        self.sync_autosave();
        self.update_title(&ctx);
        true
    }
}

/// The overlay listing every shortcut of the action table and every gesture.
fn shortcuts_ui(ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .max_height(560.0)
        .show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for &action in Action::ALL {
                        let keys: Vec<String> = action
                            .shortcut()
                            .into_iter()
                            .chain(action.alternative_shortcuts().iter().copied())
                            .map(|s| ui.ctx().format_shortcut(&s))
                            .collect();
                        ui.label(RichText::new(keys.join("  or  ")).monospace().strong());
                        ui.label(action.description());
                        ui.end_row();
                    }
                    for (keys, what) in GESTURES {
                        ui.label(RichText::new(*keys).monospace().strong());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
        });
}

/// Pointer gestures and keys that are not actions of their own.
const GESTURES: &[(&str, &str)] = &[
    (
        "Double-click canvas",
        "Add a stakeholder there; type its name, Enter",
    ),
    (
        "Tab / Shift+Tab",
        "While naming: change the new stakeholder's kind",
    ),
    ("Double-click stakeholder", "Rename it"),
    ("Click", "Select; Shift- or Ctrl-click adds or removes"),
    ("Drag stakeholder", "Move the selection (one undo step)"),
    (
        "Ctrl-drag stakeholder",
        "Connect it to another; then press the relation's number",
    ),
    ("Shift-drag canvas", "Select everything in a box"),
    ("Drag canvas / middle button", "Pan"),
    ("Wheel / pinch", "Zoom around the pointer"),
    (
        "Arrow keys",
        "Nudge the selection (Shift: finer); pan when nothing is selected",
    ),
    ("Right-click", "Menu of what can be done there"),
    (
        "Presenting: → ↓ PageDown Space Enter",
        "Next scene (or click empty space)",
    ),
    ("Presenting: ← ↑ PageUp Backspace", "Previous scene"),
    (
        "Presenting: Home / End / number, Enter",
        "First, last, or that scene",
    ),
    (
        "Presenting: B or . / W",
        "Blank the screen black / white; any key returns",
    ),
    (
        "Presenting: click a stakeholder",
        "Show its neighbourhood; click empty space to go back",
    ),
    ("Presenting: L / Esc", "Legend / back to the editor"),
];

impl eframe::App for PowermapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.window_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.settings);
    }
}

impl PowermapApp {
    /// Draws the whole window for one frame into `ui` and applies what
    /// the user did. eframe calls it every frame; benchmarks and tools
    /// call it on an `egui::Context` of their own, with no window.
    pub fn window_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        super::tessellated::enable(&ctx);
        // Actions held back last frame run once the field being typed in
        // has given up the focus and committed its text (below).
        let deferred = std::mem::take(&mut self.deferred);
        if !deferred.is_empty()
            && let Some(id) = ctx.memory(egui::Memory::focused)
        {
            ctx.memory_mut(|m| m.surrender_focus(id));
        }
        self.handle_close_and_drops(&ctx);
        self.picture_theme = match ctx.theme() {
            egui::Theme::Dark => PictureTheme::Dark,
            egui::Theme::Light => PictureTheme::Light,
        };
        if self.present_ui(ui) {
            return;
        }
        let mut fired = self.shortcuts(&ctx);
        if ctx.egui_wants_keyboard_input() {
            let (later, now) = fired.into_iter().partition(|a| a.needs_committed_text());
            self.deferred.extend::<Vec<Action>>(later);
            fired = now;
        }
        if !self.deferred.is_empty() {
            ctx.request_repaint();
        }
        self.clipboard_events(&ctx);
        self.poll_arrange(&ctx);
        self.views
            .analysis_mut()
            .poll(&ctx, self.doc.map(), self.doc.generation());
        self.refresh_shown();
        let mut commands = Vec::new();
        let generation = self.doc.generation();
        let palette = Palette::for_visuals(&ctx.global_style().visuals);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui, &mut fired));
        egui::Panel::bottom("status").show(ui, |ui| {
            let hidden = self.shown.filtered_out_count(self.doc.map());
            status_bar_ui(
                ui,
                &self.doc,
                &self.selection,
                (self.view == View::Network).then(|| self.canvas.zoom()),
                self.notice.as_ref(),
                hidden,
                self.hide_filtered,
            );
        });
        egui::Panel::left("outline")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| {
                let mut cx = ViewContext {
                    map: self.doc.map(),
                    generation,
                    selection: &mut self.selection,
                    commands: &mut commands,
                    shown: &self.shown,
                    palette,
                    read_only: false,
                };
                self.views.side_panel_ui(ui, &mut self.outline, &mut cx);
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                let mut cx = ViewContext {
                    map: self.doc.map(),
                    generation,
                    selection: &mut self.selection,
                    commands: &mut commands,
                    shown: &self.shown,
                    palette,
                    read_only: false,
                };
                self.inspector.ui(ui, &mut cx);
            });
        egui::Panel::top("view-bar").show(ui, |ui| {
            super::filter_bar::view_tabs_ui(ui, &mut self.view, &mut fired);
            super::filter_bar::filter_bar_ui(
                ui,
                self.doc.map(),
                &mut self.filter,
                &mut self.focus,
                &mut self.hide_filtered,
                &self.selection,
            );
        });
        if self.find.open {
            egui::Panel::top("find").show(ui, |ui| self.find_bar_ui(ui, &mut commands));
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let mut cx = ViewContext {
                    map: self.doc.map(),
                    generation,
                    selection: &mut self.selection,
                    commands: &mut commands,
                    shown: &self.shown,
                    palette,
                    read_only: false,
                };
                let rect = ui.available_rect_before_wrap();
                match self.view {
                    View::Network => self.canvas.ui(ui, &mut cx),
                    other => self.views.ui(ui, other, &mut cx),
                }
                if self.show_legend {
                    super::legend::legend_ui(
                        ui,
                        rect,
                        self.doc.map(),
                        self.view,
                        &self.shown,
                        palette,
                    );
                }
            });
        self.dialogs_ui(&ctx);
        if self.map_settings_open {
            let mut cx = ViewContext {
                map: self.doc.map(),
                generation,
                selection: &mut self.selection,
                commands: &mut commands,
                shown: &self.shown,
                palette,
                read_only: false,
            };
            self.map_settings_open = self.views.map_settings_ui(&ctx, &mut cx);
        }

        for action in fired {
            self.run_action(action);
        }
        self.run_commands(commands);
        for action in deferred {
            self.run_action(action);
        }
        self.sync_autosave();
        if let Some(text) = self.clipboard_out.take() {
            ctx.copy_text(text);
        }
        self.update_title(&ctx);
        if self.quit_requested {
            self.quit_requested = false;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}
