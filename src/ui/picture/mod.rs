//! Pictures of the network, the grid and the spectrum, drawn with no
//! window and no GPU: the views' own drawing code runs in an egui context
//! of its own, and the shapes it paints become SVG (and, through resvg, a
//! PNG). So a picture looks like the app by construction, legend included.
//!
//! What is drawn is said by [`RenderOptions`], not read from an open
//! window: the filter, focus, highlighted stakeholders and camera, so a
//! presentation scene can be drawn here as well as the view on screen.

mod png;
mod svg;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use egui::epaint::ClippedShape;
use egui::{Align, Color32, Pos2, Rect, RichText, Vec2};

use super::canvas::Canvas;
use super::command::ViewContext;
use super::grid::GridView;
use super::legend;
use super::present::Presenter;
use super::script::{self, Script};
use super::selection::Selection;
use super::shown::{AnalysisLook, Shown, ShownInputs};
use super::spectrum::SpectrumView;
use super::theme::{self, Palette, ThemeChoice};
use super::views::View;
use crate::model::{Day, Lens, Map, Position, StakeholderId};

/// The smallest and largest side of a picture, in pixels.
pub const SIDE_RANGE: std::ops::RangeInclusive<u32> = 100..=10_000;
/// A picture's width when none is asked for: a full-HD slide or a page.
pub const DEFAULT_WIDTH: u32 = 1920;

/// A picture's height when only its width is given: 16:10, wide enough for
/// a slide and tall enough for the grid and the spectrum.
pub fn default_height(width: u32) -> u32 {
    (width * 10).div_ceil(16)
}

/// Which look a picture has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PictureTheme {
    #[default]
    Light,
    Dark,
}

impl PictureTheme {
    fn choice(self) -> ThemeChoice {
        match self {
            Self::Light => ThemeChoice::Light,
            Self::Dark => ThemeChoice::Dark,
        }
    }

    fn palette(self) -> Palette {
        match self {
            Self::Light => Palette::light(),
            Self::Dark => Palette::dark(),
        }
    }
}

/// Where the network view looks: the canvas point in the middle of the
/// picture and the zoom (2 draws everything twice as large).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameraView {
    pub centre: Position,
    pub zoom: f32,
}

/// What a picture shows and how large it is.
#[derive(Clone, Debug, PartialEq)]
pub struct RenderOptions {
    /// In pixels, which are egui points here: text is as large, relative to
    /// the picture, as in a window of this size.
    pub width: u32,
    pub height: u32,
    pub theme: PictureTheme,
    /// What the picture shows and what it draws faint, as the editor does.
    pub lens: Lens,
    /// Drawn as selected: a ring around each.
    pub highlighted: BTreeSet<StakeholderId>,
    /// For the network: `None` fits the whole map in the picture.
    pub camera: Option<CameraView>,
    pub legend: bool,
    /// The map's title above the view.
    pub title: bool,
    /// The map compared with (as of an earlier day): arrows on the grid and
    /// the spectrum from where each stakeholder was, marks on the network's
    /// relations.
    pub compare: Option<Arc<Map>>,
    /// The day or days shown, in words, after the view's name.
    pub days: Option<String>,
    /// The day the picture shows (today, or the day a picture of the past
    /// is of): what is overdue or gone cold is judged against it.
    pub today: Day,
}

impl RenderOptions {
    /// The defaults (the whole map, light, with legend and title, at the
    /// default size) for a picture made on `today`: the library never reads
    /// the computer's calendar, its caller says what day it is.
    #[must_use]
    pub fn on(today: Day) -> Self {
        Self {
            width: DEFAULT_WIDTH,
            height: default_height(DEFAULT_WIDTH),
            theme: PictureTheme::default(),
            lens: Lens::default(),
            highlighted: BTreeSet::new(),
            camera: None,
            legend: true,
            title: true,
            compare: None,
            days: None,
            today,
        }
    }
}

/// Why a picture could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PictureError {
    #[error("{}", crate::i18n::tr("picture-no-table"))]
    Table,
    #[error("{}", crate::i18n::tr_with("picture-bad-size", &[
        ("width", (*width).into()),
        ("height", (*height).into()),
        ("low", (*SIDE_RANGE.start()).into()),
        ("high", (*SIDE_RANGE.end()).into()),
    ]))]
    Size { width: u32, height: u32 },
    #[error("{}", crate::i18n::tr_with("picture-png-failed", &[("problem", .0.as_str().into())]))]
    Png(String),
    #[error("{}", no_scene(*number, *count))]
    NoScene { number: usize, count: usize },
}

/// Why a picture could not be written to its file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{}: {source}", path.display())]
    Picture {
        path: std::path::PathBuf,
        source: PictureError,
    },
    #[error(transparent)]
    Save(#[from] crate::file::SaveError),
}

fn no_scene(number: usize, count: usize) -> String {
    crate::i18n::tr_with(
        "picture-no-scene",
        &[("number", number.into()), ("count", count.into())],
    )
}

/// A drawn view: the shapes egui painted, ready to be written as SVG or PNG.
pub struct Picture {
    /// In pixels.
    size: Vec2,
    /// In egui points, what the shapes are in: the size, unless the UI was
    /// scaled up (a scene, drawn as on a projector).
    points: Vec2,
    background: Color32,
    title: String,
    shapes: Vec<ClippedShape>,
    /// The scripts of the map's text, whose fonts resvg needs too.
    scripts: BTreeSet<Script>,
}

impl Picture {
    /// What was painted, back to front, as egui hands it to a renderer.
    pub fn shapes(&self) -> &[ClippedShape] {
        &self.shapes
    }

    /// Width and height in pixels.
    pub fn size(&self) -> (u32, u32) {
        (self.size.x as u32, self.size.y as u32)
    }

    /// An SVG document: shapes as SVG elements, text as text.
    pub fn to_svg(&self) -> String {
        svg::document(
            &self.shapes,
            self.size,
            self.points,
            self.background,
            &self.title,
        )
    }

    /// A PNG file's bytes, drawn from the SVG with egui's own fonts.
    pub fn to_png(&self) -> Result<Vec<u8>, PictureError> {
        let (width, height) = self.size();
        png::rasterise(&self.to_svg(), width, height, &self.scripts)
    }
}

/// The files a picture is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureFormat {
    Png,
    Svg,
}

impl PictureFormat {
    /// The format a file name's extension names, if any.
    pub fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            _ => None,
        }
    }
}

/// Draws a view and writes it to `path`; the message names the file.
pub fn write(
    map: &Map,
    view: View,
    options: &RenderOptions,
    format: PictureFormat,
    path: &Path,
) -> Result<Picture, WriteError> {
    let picture = render_view(map, view, options).map_err(|source| WriteError::Picture {
        path: path.to_owned(),
        source,
    })?;
    save(picture, format, path)
}

/// Draws scene `index` (from 0) as presented on `today` and writes it to
/// `path`; the message names the file.
pub fn write_scene(
    map: &Map,
    index: usize,
    (width, height): (u32, u32),
    today: Day,
    format: PictureFormat,
    path: &Path,
) -> Result<Picture, WriteError> {
    let picture =
        render_scene(map, index, width, height, today).map_err(|source| WriteError::Picture {
            path: path.to_owned(),
            source,
        })?;
    save(picture, format, path)
}

fn save(picture: Picture, format: PictureFormat, path: &Path) -> Result<Picture, WriteError> {
    let bytes = match format {
        PictureFormat::Png => picture.to_png().map_err(|source| WriteError::Picture {
            path: path.to_owned(),
            source,
        })?,
        PictureFormat::Svg => picture.to_svg().into_bytes(),
    };
    crate::file::write_atomically(path, &bytes)?;
    Ok(picture)
}

/// egui lays out areas (the legend) in a first, invisible pass and draws
/// egui_graphs' first frame with its own camera: a few frames settle both.
const FRAMES: u32 = 4;

/// Draws one view of a map as the app draws it, without a window.
pub fn render_view(
    map: &Map,
    view: View,
    options: &RenderOptions,
) -> Result<Picture, PictureError> {
    let size = picture_size(options.width, options.height)?;
    let mut board = Board::new(view, options.camera)?;
    board.set_compare(options.compare.clone());
    let scripts = script::scripts_of_map(map);
    let (ctx, mut input) = headless(size, options.theme.choice(), &scripts);
    let inputs = ShownInputs {
        generation: 0,
        lens: options.lens.clone(),
        analysis_key: 0,
        today: options.today,
    };
    let shown = Shown::compute(map, &inputs, AnalysisLook::default(), 1);
    let mut selection = Selection {
        stakeholders: options
            .highlighted
            .iter()
            .filter(|id| map.stakeholder(id).is_some())
            .cloned()
            .collect(),
        ..Selection::default()
    };
    let palette = options.theme.palette();
    let mut shapes = Vec::new();
    for frame in 0..FRAMES {
        input.time = Some(f64::from(frame));
        let last = frame + 1 == FRAMES;
        let mut output = ctx.run_ui(input.clone(), |ui| {
            if options.title {
                title_ui(ui, map, view, options.days.as_deref(), &palette);
            }
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    let mut commands = Vec::new();
                    let mut cx = ViewContext {
                        map,
                        generation: 0,
                        selection: &mut selection,
                        commands: &mut commands,
                        shown: &shown,
                        palette,
                        read_only: true,
                        today: options.today,
                        shown_day: options.today,
                    };
                    let rect = ui.available_rect_before_wrap();
                    // Should the legend never be measured, the view is still drawn.
                    let room = beside_legend(ui.ctx(), rect, options.legend);
                    if let Some(view_rect) = room.or(last.then_some(rect)) {
                        ui.scope_builder(egui::UiBuilder::new().max_rect(view_rect), |ui| {
                            board.ui(ui, &mut cx);
                        });
                    }
                    if options.legend {
                        let compared = options.compare.as_ref().and(options.days.as_deref());
                        legend::legend_ui(ui, rect, map, (view, compared), &shown, palette);
                    }
                });
        });
        // Text is kept as text: the font atlas a GPU would need is not.
        output.textures_delta.clear();
        shapes = output.shapes;
    }
    Ok(Picture {
        size,
        points: size,
        background: palette.canvas,
        title: map.title().to_owned(),
        shapes,
        scripts,
    })
}

/// Draws scene `index` (from 0) of a map as presenting shows it on a
/// screen of `width` × `height` pixels: the projector look, scaled as on
/// a projector of that size, with its caption bar; without a window.
/// What is overdue or gone cold is judged on `today` (or the scene's own
/// day, when it has one).
pub fn render_scene(
    map: &Map,
    index: usize,
    width: u32,
    height: u32,
    today: Day,
) -> Result<Picture, PictureError> {
    let size = picture_size(width, height)?;
    let count = map.scenes().len();
    let Some(scene) = map.scenes().get(index) else {
        return Err(PictureError::NoScene {
            number: index + 1,
            count,
        });
    };
    let scripts = script::scripts_of_map(map);
    let (ctx, mut input) = headless(size, ThemeChoice::Light, &scripts);
    let mut presenter = Presenter::new(map, index, scene.clone(), today);
    let mut output = None;
    // The first frame sets the projector's scale and is left blank; a
    // second apart, every transition is over by the last.
    for frame in 0..SCENE_FRAMES {
        input.time = Some(f64::from(frame));
        input.screen_rect = Some(Rect::from_min_size(
            Pos2::ZERO,
            size / ctx.pixels_per_point(),
        ));
        let mut drawn = ctx.run_ui(input.clone(), |ui| {
            // No key is pressed here, so the presentation never ends.
            let _ = presenter.ui(ui, map, 0);
        });
        drawn.textures_delta.clear();
        output = Some(drawn);
    }
    let (shapes, pixels_per_point) =
        output.map_or((Vec::new(), 1.0), |o| (o.shapes, o.pixels_per_point));
    Ok(Picture {
        size,
        points: size / pixels_per_point,
        background: Palette::projector().canvas,
        title: if scene.title.trim().is_empty() {
            map.title().to_owned()
        } else {
            scene.title.clone()
        },
        shapes,
        scripts,
    })
}

/// A picture's size in pixels, refused outside [`SIDE_RANGE`].
fn picture_size(width: u32, height: u32) -> Result<Vec2, PictureError> {
    if !SIDE_RANGE.contains(&width) || !SIDE_RANGE.contains(&height) {
        return Err(PictureError::Size { width, height });
    }
    Ok(Vec2::new(width as f32, height as f32))
}

/// An egui context of its own, in `theme` with no animation, and the input
/// of a screen of `size` pixels, one pixel a point, with the fonts of the
/// map's `scripts`.
fn headless(
    size: Vec2,
    theme: ThemeChoice,
    scripts: &BTreeSet<Script>,
) -> (egui::Context, egui::RawInput) {
    let ctx = egui::Context::default();
    theme::apply(&ctx, theme);
    // A script with no font shows as boxes here as in the app, which
    // tells of it; a picture has no one to tell.
    let _ = script::fonts::install(&ctx, scripts);
    ctx.all_styles_mut(|style| style.animation_time = 0.0);
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        ..Default::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(1.0);
    }
    (ctx, input)
}

/// Frames a scene is drawn for before it is taken (see [`render_scene`]).
const SCENE_FRAMES: u32 = 5;

/// Where the view goes: to the right of the legend, so the legend covers
/// nothing of it on paper, unless that leaves the view too little room
/// (then the legend lies over it, as in the app). `None` until egui has
/// measured the legend, so the network fits the map to the final room.
fn beside_legend(ctx: &egui::Context, rect: Rect, legend: bool) -> Option<Rect> {
    if !legend {
        return Some(rect);
    }
    let measured = ctx.memory(|m| m.area_rect(egui::Id::new(legend::AREA)))?;
    let room = measured.max.x - rect.min.x + LEGEND_GAP;
    Some(if room <= rect.width() * 0.5 {
        rect.with_min_x(rect.min.x + room)
    } else {
        rect
    })
}

/// Between the legend and the view beside it.
const LEGEND_GAP: f32 = 10.0;

/// The map's title and the view's name, in a band above the view.
fn title_ui(ui: &mut egui::Ui, map: &Map, view: View, days: Option<&str>, palette: &Palette) {
    egui::Panel::top("picture-title")
        .resizable(false)
        .show_separator_line(false)
        .frame(
            egui::Frame::NONE
                .fill(palette.canvas)
                .inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| {
            // One text, so the SVG flows the view's name after the title
            // whatever font the viewer has.
            let mut heading = egui::text::LayoutJob::default();
            let style = ui.style();
            RichText::new(map.title())
                .size(24.0)
                .color(palette.text)
                .append_to(
                    &mut heading,
                    style,
                    egui::FontSelection::Default,
                    Align::Center,
                );
            let shown = match days {
                Some(days) => format!(
                    "    {}, {}",
                    view.label(),
                    super::scene_days::in_sentence(days)
                ),
                None => format!("    {}", view.label()),
            };
            RichText::new(shown)
                .size(16.0)
                .color(palette.text.gamma_multiply(0.7))
                .append_to(
                    &mut heading,
                    style,
                    egui::FontSelection::Default,
                    Align::Center,
                );
            ui.label(heading);
        });
}

/// The view being drawn, with its own state as the app keeps it.
enum Board {
    Network(Box<Canvas>),
    Grid(GridView),
    Spectrum(SpectrumView),
}

impl Board {
    fn new(view: View, camera: Option<CameraView>) -> Result<Self, PictureError> {
        Ok(match view {
            View::Network => {
                let mut canvas = Canvas::default();
                if let Some(camera) = camera {
                    canvas.look_at(Pos2::new(camera.centre.x, camera.centre.y), camera.zoom);
                }
                Self::Network(Box::new(canvas))
            }
            View::Grid => Self::Grid(GridView::default()),
            View::Spectrum => Self::Spectrum(SpectrumView::default()),
            View::Table => return Err(PictureError::Table),
        })
    }

    fn set_compare(&mut self, then: Option<Arc<Map>>) {
        match self {
            Self::Network(canvas) => canvas.set_compare(then),
            Self::Grid(grid) => grid.compare = then,
            Self::Spectrum(spectrum) => spectrum.compare = then,
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        match self {
            Self::Network(canvas) => canvas.ui(ui, cx),
            Self::Grid(grid) => grid.ui(ui, cx),
            Self::Spectrum(spectrum) => spectrum.ui(ui, cx),
        }
    }
}
