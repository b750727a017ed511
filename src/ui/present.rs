//! Presentation mode: the map full screen in the projector's look, stepped
//! scene by scene with the keyboard or a presenter clicker (which sends
//! `PageUp` and `PageDown`), with animated transitions, a blank screen on
//! demand, and a live focus on any stakeholder clicked.
//!
//! Presenting reads the document and never changes it, and keeps views of
//! its own: the editor's view, camera, selection and filter are left
//! alone, so Esc returns to the editor exactly as it was. A scene is drawn
//! by a [`Stage`] into any `egui::Ui`, with or without a window.

use egui::{Align2, Color32, FontId, Key, Pos2, Rect, RichText, Vec2};

use super::canvas::{Camera, Canvas, subject_bounds};
use super::command::ViewContext;
use super::grid::GridView;
use super::legend::legend_ui;
use super::plan_legend::{plan_layout, plan_legend_ui};
use super::scene_days::{SceneDays, days_words};
use super::script;
use super::selection::Selection;
use super::shown::{AnalysisLook, RouteHighlight, Shown, ShownInputs};
use super::spectrum::SpectrumView;
use super::theme::Palette;
use super::views::View;
use crate::analysis::{PresentedPlan, presented_plan};
use crate::i18n::{tr, tr_with};
use crate::model::{Day, Focus, FocusDirection, Lens, Map, Scene, SceneView, StakeholderId};

/// How long a transition between two scenes takes.
pub const TRANSITION_SECS: f64 = 0.4;

/// How many pixels one point is on a 1080-pixel-high screen while
/// presenting: names of 13 points (the smallest drawn) are then 24 pixels.
const PIXELS_PER_POINT_AT_1080P: f32 = 1.85;

/// The height of the caption bar, in points.
const CAPTION_BAR_HEIGHT: f32 = 84.0;

/// What the presentation asks of the app after a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum PresentOutcome {
    Stay,
    /// Esc: back to the editor.
    Leave,
}

/// What presenting changed about the window, to put back when it ends.
#[derive(Clone, Copy, Debug)]
struct Restore {
    zoom_factor: f32,
    fullscreen: bool,
}

/// A running presentation.
pub struct Presenter {
    /// The scene shown, as an index into the map's scenes.
    index: usize,
    /// The editor's view as a scene: what is shown when the map has none.
    editor_view: Scene,
    stage: Stage,
    /// The scene fading out, while a transition runs.
    leaving: Option<Stage>,
    /// When the running transition began, in egui's time.
    transition_started: Option<f64>,
    /// The colour the screen is blanked with (B, ".": black; W: white).
    blank: Option<Color32>,
    /// Digits typed to jump to a scene by its number.
    digits: String,
    show_legend: bool,
    restore: Option<Restore>,
    /// Frames drawn so far; the very first is left empty while the scale
    /// of the projector look takes effect.
    frames: u64,
}

impl Presenter {
    /// Starts presenting at scene `index` of the map (clamped), or the
    /// editor's view when the map has no scenes.
    pub fn new(map: &Map, index: usize, editor_view: Scene, today: Day) -> Self {
        let index = index.min(map.scenes().len().saturating_sub(1));
        let scene = map
            .scenes()
            .get(index)
            .cloned()
            .unwrap_or_else(|| editor_view.clone());
        Self {
            index,
            editor_view,
            stage: Stage::new(scene, None, today),
            leaving: None,
            transition_started: None,
            blank: None,
            digits: String::new(),
            show_legend: false,
            restore: None,
            frames: 0,
        }
    }

    /// The number of the scene shown (from 0), `None` without scenes.
    pub fn scene_index(&self, map: &Map) -> Option<usize> {
        (!map.scenes().is_empty()).then_some(self.index)
    }

    /// The title of what is shown.
    pub fn scene_title(&self) -> &str {
        &self.stage.scene.title
    }

    /// The day or days the scene shown is pinned to, as its caption says them.
    pub fn days_shown(&self) -> Option<String> {
        days_words(&self.stage.scene)
    }

    /// Whether the screen is blanked, and with which colour.
    pub fn blank(&self) -> Option<Color32> {
        self.blank
    }

    /// The stakeholder whose neighbourhood is shown after a click.
    pub fn live_focus(&self) -> Option<&StakeholderId> {
        self.stage.live_focus.as_ref()
    }

    /// Whether a stakeholder is drawn faint in what is shown.
    pub fn is_faded(&self, id: &StakeholderId) -> bool {
        self.stage.shown.is_dimmed(id)
    }

    pub fn shows_legend(&self) -> bool {
        self.show_legend
    }

    /// Where a stakeholder is drawn on the screen now, in points.
    pub fn stakeholder_on_screen(&self, map: &Map, id: &StakeholderId) -> Option<Pos2> {
        match self.stage.scene.view {
            SceneView::Network => self.stage.canvas.screen_position(map, id),
            SceneView::Grid => self.stage.grid.position_of(id),
            SceneView::Spectrum => self.stage.spectrum.position_of(id),
        }
    }

    /// Whether a transition is running.
    pub fn is_animating(&self) -> bool {
        self.transition_started.is_some()
    }

    /// Draws the presentation and takes its keys and clicks.
    pub fn ui(&mut self, ui: &mut egui::Ui, map: &Map, generation: u64) -> PresentOutcome {
        let ctx = ui.ctx().clone();
        self.window(&ctx);
        self.frames += 1;
        let palette = Palette::projector();
        let rect = ui.max_rect();
        if self.keys(&ctx, map) == PresentOutcome::Leave {
            self.stop(&ctx);
            return PresentOutcome::Leave;
        }
        let painter = ui.painter_at(rect);
        if self.frames == 1 {
            painter.rect_filled(rect, 0.0, palette.canvas);
            ctx.request_repaint();
            return PresentOutcome::Stay;
        }
        if let Some(colour) = self.blank {
            painter.rect_filled(rect, 0.0, colour);
            if ui.input(|i| i.pointer.any_click()) {
                self.blank = None;
                ctx.request_repaint();
            }
            return PresentOutcome::Stay;
        }
        self.follow_map(map);
        let stage_rect = Rect::from_min_max(
            rect.min,
            Pos2::new(rect.max.x, rect.max.y - CAPTION_BAR_HEIGHT),
        );
        let clicked_at = ui.input(|i| {
            i.pointer
                .primary_clicked()
                .then(|| i.pointer.interact_pos())
                .flatten()
        });
        let before = self.stage.selection.clone();
        self.draw_stages(ui, stage_rect, map, generation, palette);
        if let Some(at) = clicked_at
            && stage_rect.contains(at)
        {
            self.clicked(map, &before);
        }
        self.caption_bar_ui(ui, rect, map, palette);
        if self.show_legend {
            let compared = self
                .stage
                .scene
                .compared_with
                .and_then(|_| days_words(&self.stage.scene));
            legend_ui(
                ui,
                stage_rect,
                map,
                (view_of(self.stage.scene.view), compared.as_deref()),
                &self.stage.shown,
                palette,
            );
        }
        PresentOutcome::Stay
    }

    /// Full screen and the projector's scale, put back when presenting ends.
    fn window(&mut self, ctx: &egui::Context) {
        if self.restore.is_none() {
            self.restore = Some(Restore {
                zoom_factor: ctx.zoom_factor(),
                fullscreen: ctx.input(|i| i.viewport().fullscreen.unwrap_or(false)),
            });
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        let native = ctx.native_pixels_per_point().unwrap_or(1.0);
        let physical_height = ctx.content_rect().height() * ctx.pixels_per_point();
        let wanted = (physical_height / 1080.0 * PIXELS_PER_POINT_AT_1080P).clamp(1.0, 4.0);
        let zoom_factor = wanted / native;
        if (ctx.zoom_factor() - zoom_factor).abs() > 0.01 {
            ctx.set_zoom_factor(zoom_factor);
        }
    }

    /// Puts the window back as it was before presenting.
    pub fn stop(&mut self, ctx: &egui::Context) {
        if let Some(restore) = self.restore.take() {
            ctx.set_zoom_factor(restore.zoom_factor);
            if !restore.fullscreen {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
        }
    }

    /// The keys of a presentation: next, previous, first, last, a number
    /// and Enter, blanking, the legend, and Esc to leave. Every key press
    /// is taken here, so nothing reaches the editor's shortcuts.
    fn keys(&mut self, ctx: &egui::Context, map: &Map) -> PresentOutcome {
        let pressed: Vec<(Key, egui::Modifiers)> = ctx.input_mut(|i| {
            let keys = i
                .events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => Some((*key, *modifiers)),
                    _ => None,
                })
                .collect();
            i.events.retain(|e| !matches!(e, egui::Event::Key { .. }));
            keys
        });
        let count = map.scenes().len().max(1);
        for (key, modifiers) in pressed {
            ctx.request_repaint();
            if self.blank.is_some() {
                // Any key brings the picture back, and does only that.
                self.blank = None;
                continue;
            }
            if modifiers.command || modifiers.alt {
                continue;
            }
            if let Some(digit) = digit_of(key) {
                if self.digits.len() < 4 {
                    self.digits.push(digit);
                }
                continue;
            }
            match key {
                Key::Escape => return PresentOutcome::Leave,
                Key::Enter if !self.digits.is_empty() => {
                    let wanted: usize = self.digits.parse().unwrap_or(0);
                    self.digits.clear();
                    if (1..=count).contains(&wanted) {
                        self.go_to(wanted - 1);
                    }
                }
                Key::ArrowRight
                | Key::ArrowDown
                | Key::PageDown
                | Key::Space
                | Key::Enter
                | Key::N => self.go_to((self.index + 1).min(count - 1)),
                Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::Backspace | Key::P => {
                    self.go_to(self.index.saturating_sub(1));
                }
                Key::Home => self.go_to(0),
                Key::End => self.go_to(count - 1),
                Key::B | Key::Period => self.blank = Some(Color32::BLACK),
                Key::W => self.blank = Some(Color32::WHITE),
                Key::L => self.show_legend = !self.show_legend,
                _ => {}
            }
            if !matches!(key, Key::Enter) {
                self.digits.clear();
            }
        }
        PresentOutcome::Stay
    }

    /// Shows scene `index` (a live focus ends with it).
    fn go_to(&mut self, index: usize) {
        if index != self.index || self.stage.live_focus.is_some() {
            self.index = index;
            self.stage.live_focus = None;
            // The new stage is made by `follow_map`, which sees the change.
            self.stage.scene_changed = true;
        }
    }

    /// Starts a transition when the scene to show is not the one shown.
    fn follow_map(&mut self, map: &Map) {
        self.index = self.index.min(map.scenes().len().saturating_sub(1));
        let scene = map.scenes().get(self.index).unwrap_or(&self.editor_view);
        if !self.stage.scene_changed && self.stage.scene == *scene {
            return;
        }
        let next = Stage::new(scene.clone(), None, self.stage.today);
        self.start_transition(next);
    }

    /// A click on the map: a stakeholder shows its neighbourhood; empty
    /// space goes back to the scene, or on to the next one.
    fn clicked(&mut self, map: &Map, before: &Selection) {
        let chosen = self.stage.selection.single_stakeholder().cloned();
        let count = map.scenes().len().max(1);
        match chosen {
            Some(id) if before.single_stakeholder() != Some(&id) => self.focus_on(Some(id)),
            Some(_) => {}
            None if self.stage.live_focus.is_some() => self.focus_on(None),
            None => self.go_to((self.index + 1).min(count - 1)),
        }
    }

    fn focus_on(&mut self, id: Option<StakeholderId>) {
        let mut next = Stage::new(self.stage.scene.clone(), id, self.stage.today);
        next.selection = self.stage.selection.clone();
        self.start_transition(next);
    }

    /// Shows `next`, fading from what is shown now; between two network
    /// scenes the camera glides from one to the other.
    fn start_transition(&mut self, mut next: Stage) {
        if self.stage.scene.view == SceneView::Network && next.scene.view == SceneView::Network {
            next.camera_from = Some(self.stage.canvas.camera());
        }
        self.leaving = Some(std::mem::replace(&mut self.stage, next));
        self.transition_started = None;
    }

    /// Draws the scene shown, cross-fading from the one before while a
    /// transition runs, the network's camera gliding between the two.
    fn draw_stages(
        &mut self,
        ui: &mut egui::Ui,
        rect: Rect,
        map: &Map,
        generation: u64,
        palette: Palette,
    ) {
        let now = ui.input(|i| i.time);
        let t = if self.leaving.is_some() {
            let started = *self.transition_started.get_or_insert(now);
            ((now - started) / TRANSITION_SECS).clamp(0.0, 1.0) as f32
        } else {
            1.0
        };
        let eased = t * t * (3.0 - 2.0 * t);
        for stage in [self.leaving.as_mut(), Some(&mut self.stage)]
            .into_iter()
            .flatten()
        {
            stage.on_its_day(map, generation, |stage, map, generation| {
                stage.refresh(map, generation);
            });
        }
        let target = self.stage.on_its_day(map, generation, |stage, map, _| {
            stage.target_camera(map, rect)
        });
        let camera = self
            .stage
            .camera_from
            .map_or(target, |from| from.toward(&target, rect, eased));
        if let Some(leaving) = &mut self.leaving {
            let mut faded = ui.new_child(egui::UiBuilder::new().max_rect(rect));
            faded.multiply_opacity(1.0 - eased);
            let leaving_camera = if leaving.scene.view == SceneView::Network {
                camera
            } else {
                leaving.canvas.camera()
            };
            leaving.on_its_day(map, generation, |stage, map, generation| {
                stage.ui(&mut faded, map, generation, palette, leaving_camera);
            });
        }
        let mut shown = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        shown.multiply_opacity(eased);
        self.stage
            .on_its_day(map, generation, |stage, map, generation| {
                stage.ui(&mut shown, map, generation, palette, camera);
            });
        if t >= 1.0 {
            self.leaving = None;
            self.transition_started = None;
            self.stage.camera_from = None;
        } else {
            ui.ctx().request_repaint();
        }
    }

    /// The scene's title and caption at the foot of the screen, with the
    /// scene's number out of how many.
    fn caption_bar_ui(&self, ui: &mut egui::Ui, rect: Rect, map: &Map, palette: Palette) {
        let bar = Rect::from_min_max(
            Pos2::new(rect.min.x, rect.max.y - CAPTION_BAR_HEIGHT),
            rect.max,
        );
        let painter = ui.painter_at(bar);
        painter.rect_filled(bar, 0.0, Color32::from_rgb(0xf2, 0xf2, 0xf0));
        painter.line_segment(
            [bar.left_top(), bar.right_top()],
            egui::Stroke::new(2.0, Color32::from_rgb(0x90, 0x90, 0x90)),
        );
        let margin = 24.0;
        let count = map.scenes().len();
        let counter = if self.digits.is_empty() {
            (count > 0).then(|| format!("{} / {count}", self.index + 1))
        } else {
            Some(tr_with(
                "present-go-to",
                &[("number", self.digits.clone().into())],
            ))
        };
        let counter_width = counter.as_ref().map_or(0.0, |text| {
            painter
                .text(
                    bar.right_bottom() + Vec2::new(-margin, -12.0),
                    Align2::RIGHT_BOTTOM,
                    text,
                    FontId::proportional(14.0),
                    Color32::from_rgb(0x55, 0x55, 0x55),
                )
                .width()
        });
        // The day the scene shows, large enough to read from the back.
        let days_width = days_words(&self.stage.scene).map_or(0.0, |days| {
            painter
                .text(
                    bar.right_top() + Vec2::new(-margin, 12.0),
                    Align2::RIGHT_TOP,
                    days,
                    FontId::proportional(20.0),
                    palette.text,
                )
                .width()
        });
        let counter_width = counter_width.max(days_width);
        let text_rect = Rect::from_min_max(
            bar.min + Vec2::new(margin, 10.0),
            bar.max - Vec2::new(margin * 2.0 + counter_width, 8.0),
        );
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(text_rect));
        child.style_mut().visuals = egui::Visuals::light();
        child.spacing_mut().item_spacing.y = 2.0;
        let scene = &self.stage.scene;
        let untitled;
        let title = if scene.title.trim().is_empty() {
            untitled = tr("scene-untitled");
            untitled.as_str()
        } else {
            scene.title.as_str()
        };
        child.add(
            egui::Label::new(
                RichText::new(script::display_text(title))
                    .size(22.0)
                    .strong()
                    .color(palette.text),
            )
            .truncate(),
        );
        let caption = match self
            .stage
            .live_focus
            .as_ref()
            .and_then(|id| map.stakeholder(id))
        {
            Some(s) => tr_with("present-live-focus", &[("name", s.name.clone().into())]),
            None => scene.caption.clone(),
        };
        if !caption.trim().is_empty() {
            child.add(
                egui::Label::new(
                    RichText::new(script::display_text(&caption))
                        .size(15.0)
                        .color(palette.text),
                )
                .wrap(),
            );
        }
    }
}

/// One scene drawn with views of its own: the network, grid or spectrum,
/// with what the scene filters, focuses and picks out.
pub struct Stage {
    pub scene: Scene,
    /// A stakeholder clicked during the presentation: its neighbourhood is
    /// shown instead of what the scene picks out.
    pub live_focus: Option<StakeholderId>,
    canvas: Canvas,
    grid: GridView,
    spectrum: SpectrumView,
    shown: Shown,
    /// The document generation `shown` was computed for.
    shown_for: Option<u64>,
    /// What a click chose.
    selection: Selection,
    /// Where the network's camera glides from, during a transition.
    camera_from: Option<Camera>,
    /// Set when the presenter moved on, so a new stage is made.
    scene_changed: bool,
    /// The map as of the scene's days, when it is pinned to any.
    days: SceneDays,
    /// The part of the plan the scene presents, found with `shown`.
    plan: Option<PresentedPlan>,
    /// Today, from the app's clock when presenting began.
    today: Day,
}

impl Stage {
    pub fn new(scene: Scene, live_focus: Option<StakeholderId>, today: Day) -> Self {
        let mut selection = Selection::default();
        if let Some(id) = &live_focus {
            selection.select_only_stakeholder(id.clone());
        }
        Self {
            scene,
            live_focus,
            canvas: Canvas::default(),
            grid: GridView::default(),
            spectrum: SpectrumView::default(),
            shown: Shown::default(),
            shown_for: None,
            selection,
            camera_from: None,
            scene_changed: false,
            days: SceneDays::default(),
            plan: None,
            today,
        }
    }

    /// Calls `f` with the map as the scene shows it: as of its day when it
    /// is pinned to one (with its own generation), with the views
    /// comparing it with the day it is compared with.
    fn on_its_day<R>(
        &mut self,
        map: &Map,
        generation: u64,
        f: impl FnOnce(&mut Self, &Map, u64) -> R,
    ) -> R {
        let then = self.days.then(&self.scene, map, generation);
        self.canvas.set_compare(then.clone());
        self.grid.compare.clone_from(&then);
        self.spectrum.compare = then;
        match self.days.past(&self.scene, map, generation) {
            Some((past, past_generation)) => f(self, &past, past_generation),
            None => f(self, map, generation),
        }
    }

    /// What the stage shows of the map, computed again when the map changed.
    fn refresh(&mut self, map: &Map, generation: u64) {
        if self.shown_for == Some(generation) {
            return;
        }
        let (inputs, mut look) = self.shown_inputs(map, generation);
        self.plan = self
            .scene
            .plan
            .as_ref()
            .map(|plan| presented_plan(map, plan));
        // The people of the plan stand out with what the scene picks out.
        if let Some(plan) = &self.plan
            && self.live_focus.is_none()
            && !plan.people.is_empty()
        {
            let route = look.route.get_or_insert_with(RouteHighlight::default);
            route.stakeholders.extend(plan.people.iter().cloned());
            route.relations.extend(plan.relations.iter().cloned());
        }
        let key = self.shown.key + 1;
        self.shown = Shown::compute(map, &inputs, look, key);
        self.shown_for = Some(generation);
    }

    /// The day the scene's filter judges "gone cold" against: the scene's
    /// day when it is pinned to one, else today.
    fn judged_day(&self) -> Day {
        self.scene.as_of.unwrap_or(self.today)
    }

    /// The scene's filter, focus and highlights; or, with a live focus, the
    /// neighbourhood of the stakeholder clicked, everything else faint.
    fn shown_inputs(&self, map: &Map, generation: u64) -> (ShownInputs, AnalysisLook) {
        let scene = &self.scene;
        if let Some(id) = &self.live_focus {
            let inputs = ShownInputs {
                generation,
                lens: Lens {
                    focus: Some(Focus {
                        stakeholder: id.clone(),
                        hops: 1,
                        direction: FocusDirection::Both,
                    }),
                    coalition: scene.coalition.clone(),
                    ..Lens::default()
                },
                analysis_key: 0,
                today: self.judged_day(),
            };
            return (inputs, AnalysisLook::default());
        }
        let inputs = ShownInputs {
            generation,
            lens: scene.lens(),
            analysis_key: 0,
            today: self.judged_day(),
        };
        let route = scene.highlights().then(|| picked_out(map, scene));
        (inputs, AnalysisLook { route, sizes: None })
    }

    /// Where the network looks: the scene's camera, or else all of what
    /// the scene is about (what it picks out, filters or focuses on).
    pub fn target_camera(&self, map: &Map, rect: Rect) -> Camera {
        let (rect, _) = plan_layout(rect, self.plan.as_ref());
        match &self.scene.camera {
            Some(camera) => Camera::for_scene(rect, camera),
            None => subject_bounds(map, &self.shown)
                .map_or_else(Camera::default, |bounds| Camera::fitting(rect, bounds)),
        }
    }

    /// Draws the scene into all of `ui` in the projector's look, the
    /// network through the scene's camera: what a room sees, and what a
    /// picture of the scene shows, with or without a window.
    pub fn show(&mut self, ui: &mut egui::Ui, map: &Map, generation: u64) {
        self.on_its_day(map, generation, |stage, map, generation| {
            stage.refresh(map, generation);
            let camera = stage.target_camera(map, ui.max_rect());
            stage.ui(ui, map, generation, Palette::projector(), camera);
        });
    }

    /// Draws the scene into `ui`, the network seen through `camera`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        generation: u64,
        palette: Palette,
        camera: Camera,
    ) {
        let (view_rect, legend_rect) = plan_layout(ui.max_rect(), self.plan.as_ref());
        match (legend_rect, &self.scene.plan, &self.plan) {
            (Some(rect), Some(plan), Some(presented)) => {
                plan_legend_ui(ui, rect, map, plan, presented, palette);
                let mut view_ui = ui.new_child(egui::UiBuilder::new().max_rect(view_rect));
                self.view_ui(&mut view_ui, map, generation, palette, camera);
            }
            _ => self.view_ui(ui, map, generation, palette, camera),
        }
    }

    /// Draws the scene's view into all of `ui`.
    fn view_ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        generation: u64,
        palette: Palette,
        camera: Camera,
    ) {
        // Presenting changes nothing: what the views ask for is dropped.
        let mut commands = Vec::new();
        let shown_day = self.judged_day();
        let mut cx = ViewContext {
            map,
            generation,
            selection: &mut self.selection,
            commands: &mut commands,
            shown: &self.shown,
            palette,
            read_only: true,
            today: self.today,
            shown_day,
        };
        match self.scene.view {
            SceneView::Network => self.canvas.show_ui(ui, &mut cx, camera),
            SceneView::Grid => self.grid.ui(ui, &mut cx),
            SceneView::Spectrum => self.spectrum.ui(ui, &mut cx),
        }
    }
}

/// What a scene picks out: its stakeholders and relations, the relations
/// among its stakeholders, and the two ends of its relations.
fn picked_out(map: &Map, scene: &Scene) -> RouteHighlight {
    let mut picked = RouteHighlight {
        stakeholders: scene.highlighted.clone(),
        relations: scene.highlighted_relations.clone(),
    };
    for relation in map.relations() {
        if picked.relations.contains(&relation.id) {
            picked.stakeholders.insert(relation.from.clone());
            picked.stakeholders.insert(relation.to.clone());
        } else if scene.highlighted.contains(&relation.from)
            && scene.highlighted.contains(&relation.to)
        {
            picked.relations.insert(relation.id.clone());
        }
    }
    picked
}

/// The editor's view a scene's view is.
pub fn view_of(view: SceneView) -> View {
    match view {
        SceneView::Network => View::Network,
        SceneView::Grid => View::Grid,
        SceneView::Spectrum => View::Spectrum,
    }
}

fn digit_of(key: Key) -> Option<char> {
    let digit = match key {
        Key::Num0 => '0',
        Key::Num1 => '1',
        Key::Num2 => '2',
        Key::Num3 => '3',
        Key::Num4 => '4',
        Key::Num5 => '5',
        Key::Num6 => '6',
        Key::Num7 => '7',
        Key::Num8 => '8',
        Key::Num9 => '9',
        _ => return None,
    };
    Some(digit)
}
