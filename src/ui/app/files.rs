//! What the app reads from and writes to files at the user's word:
//! opening (large maps on another thread), saving (asking first over a
//! file another program changed), importing, exporting, merging, comparing
//! and the copy for sharing. Each asks for its path through the file
//! dialogs, and does its work once the path is known.

use std::path::{Path, PathBuf};

use fluent_templates::fluent_bundle::FluentValue;

use super::PowermapApp;
use super::dialogs::Dialog;
use super::session::{LoadProgress, Pending};
use crate::exchange::share::ShareOptions;
use crate::i18n::{tr, tr_with};
use crate::model::Map;
use crate::ui::compare_dialog::Comparison;
use crate::ui::document::Document;
use crate::ui::file_dialogs::{FileRequest, Picked};
use crate::ui::graphml_import::GraphmlPreview;
use crate::ui::merge_dialog::MergeReport;
use crate::ui::picture::{self, PictureFormat};
use crate::ui::spreadsheet::ImportPreview;
use crate::ui::views::View;

/// The size of a scene's picture: a full-HD projector.
const SCENE_PICTURE: (u32, u32) = (1920, 1080);

/// What a path is asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum FilePurpose {
    Open,
    /// Save the map there, then go on with `then`.
    SaveAs {
        then: Option<Pending>,
    },
    ImportSpreadsheet,
    ImportGraphMl,
    /// The version both started from; the other version is asked next.
    MergeBase,
    MergeOther {
        base: PathBuf,
    },
    Compare,
    ExportGraphMl,
    ExportPicture,
    ExportSpreadsheet,
    /// The jobs there, the asks beside it.
    ExportPlan,
    /// The due dates of the open jobs and asks, as an iCalendar file.
    ExportDueDates,
    ShareCopy(ShareOptions),
    /// A folder for a picture of every scene.
    ExportScenes,
}

const MAP_FILES: (&str, &[&str]) = ("files-powermap-map", &["ron"]);

impl FilePurpose {
    /// The dialog that asks for the path.
    pub fn request(&self, map: &Map, view: View) -> FileRequest {
        let title = sanitize_file_name(map.title());
        let (name, extensions) = MAP_FILES;
        let name = tr(name);
        match self {
            Self::Open => FileRequest::open(tr("files-open-title")).filter(name, extensions),
            Self::SaveAs { .. } => {
                FileRequest::save(tr("files-save-title"), format!("{title}.ron"))
                    .filter(name, extensions)
            }
            Self::ImportSpreadsheet => {
                FileRequest::open(tr("files-import-spreadsheet-title")).filter("CSV", &["csv"])
            }
            Self::ImportGraphMl => FileRequest::open(tr("files-import-graphml-title"))
                .filter("GraphML", &["graphml", "xml"]),
            Self::MergeBase => {
                FileRequest::open(tr("files-merge-base-title")).filter(name, extensions)
            }
            Self::MergeOther { .. } => {
                FileRequest::open(tr("files-merge-other-title")).filter(name, extensions)
            }
            Self::Compare => FileRequest::open(tr("files-compare-title")).filter(name, extensions),
            Self::ExportGraphMl => {
                FileRequest::save(tr("files-export-graphml-title"), format!("{title}.graphml"))
                    .filter("GraphML", &["graphml"])
            }
            Self::ExportPicture => FileRequest::save(
                tr("files-export-picture-title"),
                format!("{title} - {}.png", sanitize_file_name(&view.label())),
            )
            .filter(tr("files-png-picture"), &["png"])
            .filter(tr("files-svg-picture"), &["svg"]),
            Self::ExportSpreadsheet => {
                FileRequest::save(tr("files-export-spreadsheet-title"), format!("{title}.csv"))
                    .filter("CSV", &["csv"])
            }
            Self::ExportPlan => FileRequest::save(
                tr("files-export-plan-title"),
                tr_with("files-plan-file-name", &[("title", title.clone().into())]),
            )
            .filter("CSV", &["csv"]),
            Self::ExportDueDates => FileRequest::save(
                tr("files-export-due-dates-title"),
                tr_with(
                    "files-due-dates-file-name",
                    &[("title", title.clone().into())],
                ),
            )
            .filter(tr("files-icalendar"), &["ics"]),
            Self::ShareCopy(_) => FileRequest::save(
                tr("files-share-title"),
                tr_with("files-share-file-name", &[("title", title.clone().into())]),
            )
            .filter(name, extensions),
            Self::ExportScenes => FileRequest::folder(tr("files-export-scenes-title")),
        }
    }
}

impl PowermapApp {
    /// Asks for the path `purpose` needs; a path typed in the app's own
    /// field when no system dialog can be shown.
    pub(super) fn pick_path(&mut self, purpose: FilePurpose) {
        let request = purpose.request(self.session.map(), self.lens.view);
        match self.file_dialogs.pick(&request) {
            Picked::Path(path) => self.path_chosen(purpose, path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.notify_problem(tr("files-no-file-dialog"));
                self.dialogs.open(Dialog::path_entry(
                    request,
                    purpose,
                    self.session.doc().path(),
                ));
            }
        }
    }

    /// Does what the path was asked for.
    pub(super) fn path_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::Open => self.open_now(&path),
            FilePurpose::SaveAs { then } => self.save_to(&path, then),
            FilePurpose::ImportSpreadsheet => {
                match ImportPreview::read(&path, self.session.map()) {
                    Ok(preview) => self.dialogs.open(Dialog::ImportPreview(preview)),
                    Err(message) => self.fail(message),
                }
            }
            FilePurpose::ImportGraphMl => match GraphmlPreview::read(&path) {
                Ok(preview) => self.dialogs.open(Dialog::GraphmlPreview(preview)),
                Err(message) => self.fail(message),
            },
            FilePurpose::MergeBase => self.pick_path(FilePurpose::MergeOther { base: path }),
            FilePurpose::MergeOther { base } => self.merge(&base, &path),
            FilePurpose::Compare => match Comparison::of(self.session.map(), &path) {
                Ok(comparison) => {
                    self.notify(comparison.summary());
                    self.dialogs.open(Dialog::Comparison(comparison));
                }
                Err(message) => self.fail(message),
            },
            FilePurpose::ExportGraphMl => self.export_graphml(&path),
            FilePurpose::ExportPicture => self.export_picture(&path),
            FilePurpose::ExportSpreadsheet => self.export_spreadsheet(&path),
            FilePurpose::ExportPlan => self.export_plan(&path),
            FilePurpose::ExportDueDates => self.export_due_dates(&path),
            FilePurpose::ShareCopy(options) => self.save_share_copy(&path, options),
            FilePurpose::ExportScenes => self.export_scenes(&path),
        }
    }

    /// Saves, asking for a file when the map has none (or `as_new`), and
    /// first whether to overwrite a file another program changed; then
    /// goes on with `then`.
    pub(super) fn save(&mut self, then: Option<Pending>, as_new: bool) {
        if as_new {
            self.pick_path(FilePurpose::SaveAs { then });
            return;
        }
        if self.session.doc().changed_on_disk() {
            self.dialogs.open(Dialog::ChangedOnDisk { then });
            return;
        }
        match self.session.doc().path().map(Path::to_owned) {
            Some(path) => self.save_to(&path, then),
            None => self.pick_path(FilePurpose::SaveAs { then }),
        }
    }

    /// Saves to `path`, which becomes the map's file, then goes on.
    pub(super) fn save_to(&mut self, path: &Path, then: Option<Pending>) {
        if let Err(err) = self.session.save_as(path) {
            self.fail(err.to_string());
            return;
        }
        self.settings.remember(path);
        if let Some(problem) = crate::file::reopen_problem(self.session.map()) {
            self.fail(tr_with(
                "files-saved-too-big",
                &[
                    ("path", path.display().to_string().into()),
                    ("problem", problem.clone().into()),
                ],
            ));
        } else {
            self.notify(tr_with("files-saved", &[("path", shown(path))]));
        }
        if let Some(pending) = then {
            self.proceed(pending);
        }
    }

    /// Runs `pending` now, or first asks to save unsaved changes.
    pub(super) fn guard(&mut self, pending: Pending) {
        if self.session.doc().is_modified() {
            self.dialogs.open(Dialog::Unsaved(pending));
        } else {
            self.proceed(pending);
        }
    }

    pub(super) fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::NewMap => {
                let map = Map::new(tr("untitled-map"));
                self.replace_document(Document::new(map, None));
            }
            Pending::Open(Some(path)) => self.open_now(&path),
            Pending::Open(None) => self.pick_path(FilePurpose::Open),
            Pending::OpenImported(map) => {
                let name = map.title().to_owned();
                self.replace_document(Document::unsaved(*map));
                self.notify(tr_with("files-opened-unsaved", &[("name", name.into())]));
            }
            Pending::Quit => self.window.quit(),
        }
    }

    fn open_now(&mut self, path: &Path) {
        if self.session.start_loading(path) {
            return;
        }
        match Document::open(path) {
            Ok(doc) => {
                self.settings.remember(path);
                self.replace_document(doc);
                self.notify(tr_with("files-opened", &[("path", shown(path))]));
            }
            Err(err) => {
                if !path.exists() {
                    self.settings.forget(path);
                }
                self.fail(could_not_open(path, &err));
            }
        }
    }

    /// Takes the map read in the background once it is read.
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        match self.session.poll_loading() {
            None => {}
            Some(LoadProgress::Reading) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Some(LoadProgress::Read(path, Ok(map))) => {
                let map = *map;
                self.settings.remember(&path);
                self.replace_document(Document::new(map, Some(path.clone())));
                self.notify(tr_with("files-opened", &[("path", shown(&path))]));
            }
            Some(LoadProgress::Read(path, Err(err))) => {
                self.fail(could_not_open(&path, &err));
            }
            Some(LoadProgress::Stopped(path)) => {
                self.fail(tr_with("files-open-stopped", &[("path", shown(&path))]));
            }
        }
    }

    /// Merges the other version at `other`, grown apart from `base`, into
    /// the open map as one undo step, and shows what came and every conflict.
    fn merge(&mut self, base: &Path, other: &Path) {
        let prepared = MergeReport::prepare(self.session.map(), base, other);
        let (edit, label, report) = match prepared {
            Ok(prepared) => prepared,
            Err(message) => return self.fail(message),
        };
        if self.refused_looking_back(&tr("files-to-merge")) {
            return;
        }
        if let Err(err) = self.session.apply_labelled(edit, label, &self.selection) {
            return self.fail(tr_with(
                "files-merge-failed",
                &[("error", err.to_string().into())],
            ));
        }
        self.selection.retain_existing(self.session.map());
        let summary = report.summary();
        if report.has_conflicts() {
            self.notify_problem(summary);
        } else {
            self.notify(summary);
        }
        self.dialogs.open(Dialog::MergeReport(report));
    }

    /// Writes a copy of the map for sharing to `path`; the open map, its
    /// file and its unsaved changes stay as they are.
    fn save_share_copy(&mut self, path: &Path, options: ShareOptions) {
        let copy = match crate::exchange::share::share_copy(self.session.map(), options) {
            Ok((copy, _)) => copy,
            Err(err) => return self.fail(err),
        };
        let source = self.session.doc().path();
        if let Err(err) = crate::exchange::share::check_share_target(source, path, &copy) {
            return self.fail(err);
        }
        match crate::file::save_file(&copy, path) {
            Ok(()) => self.notify(tr_with("files-saved-share-copy", &[("path", shown(path))])),
            Err(err) => self.fail(err),
        }
    }

    /// Writes the map as GraphML to `path`, for yEd and Gephi.
    fn export_graphml(&mut self, path: &Path) {
        let text = crate::exchange::graphml::export(self.session.map());
        match crate::file::write_atomically(path, text.as_bytes()) {
            Ok(()) => self.notify(tr_with("files-exported-graphml", &[("path", shown(path))])),
            Err(err) => self.fail(err.to_string()),
        }
    }

    /// Writes the stakeholders to `path` and the relations to
    /// `NAME.relations.csv` beside it, both or neither.
    fn export_spreadsheet(&mut self, path: &Path) {
        let relations = match crate::exchange::csv::write_files(self.session.map(), path) {
            Ok(relations) => relations,
            Err(err) => return self.fail(err.to_string()),
        };
        self.notify(tr_with(
            "files-exported-spreadsheet",
            &[("path", shown(path)), ("relations", shown(&relations))],
        ));
    }

    /// Writes the jobs to `path` and the asks to `NAME.asks.csv` beside it,
    /// both or neither, for a spreadsheet.
    fn export_plan(&mut self, path: &Path) {
        let map = self.session.map();
        let (jobs, asks) = (map.plan().jobs().count(), map.plan().asks().count());
        match crate::exchange::csv::plan::write_plan_files(map, path) {
            Ok(asks_path) => self.notify(tr_with(
                "files-exported-plan",
                &[
                    ("path", shown(path)),
                    ("jobs", jobs.into()),
                    ("asks-path", shown(&asks_path)),
                    ("asks", asks.into()),
                ],
            )),
            Err(err) => self.fail(err.to_string()),
        }
    }

    /// Writes the due dates of the open jobs and asks to `path`, an
    /// iCalendar file any calendar program imports, stamped now.
    fn export_due_dates(&mut self, path: &Path) {
        let map = self.session.map();
        let text = crate::exchange::calendar::due_dates_ics(map, jiff::Timestamp::now());
        let count = crate::exchange::calendar::due_date_count(map);
        match crate::file::write_atomically(path, text.as_bytes()) {
            Ok(()) => self.notify(tr_with(
                "files-exported-due-dates",
                &[("path", shown(path)), ("count", count.into())],
            )),
            Err(err) => self.fail(err.to_string()),
        }
    }

    /// Writes a picture of the view in front to `path`, PNG unless the name
    /// ends in `.svg`, showing what the lens shows; the whole map,
    /// whatever the zoom on screen.
    fn export_picture(&mut self, path: &Path) {
        // What has gone cold is judged as of the day shown, as on screen.
        let shown_day = self.time.looking_back().unwrap_or(self.today);
        let mut options = self
            .lens
            .picture_options(self.window.picture_theme, shown_day);
        let format = PictureFormat::of_path(path).unwrap_or(PictureFormat::Png);
        let view = self.lens.view;
        // As the time bar shows it: as of the day looked at, compared with
        // the day compared with.
        let doc = self.session.doc();
        options.compare = self.time.then(doc.map(), doc.generation());
        options.days = crate::ui::scene_days::shown_days_words(
            self.time.looking_back(),
            self.time.comparing(),
        );
        let (map, _) = self.time.shown(doc.map(), doc.generation());
        match picture::write(map, view, &options, format, path) {
            Ok(_) => self.notify(tr_with(
                "files-exported-picture",
                &[
                    ("view", view.label().to_lowercase().into()),
                    ("path", shown(path)),
                ],
            )),
            Err(message) => self.fail(message),
        }
    }

    /// Writes every scene into `folder` as a 1920×1080 PNG drawn as the
    /// projector shows it, named by its number and title ("02 - The
    /// evidence coalition.png"), so the files sort in presentation order.
    fn export_scenes(&mut self, folder: &Path) {
        let map = self.session.map();
        let count = map.scenes().len();
        let digits = count.to_string().len().max(2);
        for (index, scene) in map.scenes().iter().enumerate() {
            let title = if scene.title.trim().is_empty() {
                tr("files-scene")
            } else {
                sanitize_file_name(&scene.title)
            };
            let path = folder.join(format!("{:0digits$} - {title}.png", index + 1));
            if let Err(message) = picture::write_scene(
                map,
                index,
                SCENE_PICTURE,
                self.today,
                PictureFormat::Png,
                &path,
            ) {
                return self.fail(message);
            }
        }
        self.notify(tr_with(
            "files-exported-scenes",
            &[("count", count.into()), ("path", shown(folder))],
        ));
    }
}

/// A path as a message shows it.
fn shown(path: &Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

/// "Could not open …: why".
fn could_not_open(path: &Path, err: &impl std::fmt::Display) -> String {
    tr_with(
        "files-could-not-open",
        &[("path", shown(path)), ("error", err.to_string().into())],
    )
}

/// A file name made from a map's title.
pub fn sanitize_file_name(title: &str) -> String {
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
