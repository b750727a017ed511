//! The editor without a window: the real app drawn into an egui context of
//! its own and tessellated, frame after frame, so a frame costs the CPU what
//! it costs in the desktop app (less the GPU upload). Benchmarks, the memory
//! probe and tests that watch for repaints drive the editor through it.

use std::time::Duration;

use egui::{Event, Key, Modifiers, PointerButton, Pos2, Rect, Vec2};

use super::PowermapApp;

/// One frame's outcome.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Triangles egui would hand to the GPU.
    pub triangles: usize,
    /// Whether the app asked to be drawn again without new input (within
    /// a second).
    pub repaint_requested: bool,
    /// How soon it asked to be drawn again, when it did.
    pub repaint_after: Option<Duration>,
}

impl Frame {
    /// Whether the app asked for the very next frame (an animation, or a
    /// pass to settle its layout), rather than one after a pause (a
    /// tooltip's delay, a drawing made afresh once the camera is still),
    /// which a window waits for idle.
    pub fn wants_next_frame(&self) -> bool {
        self.repaint_after
            .is_some_and(|after| after.as_secs_f64() <= 1.0 / 60.0)
    }
}

/// What a window shows: the editor, or something to compare it with.
pub trait WindowContent {
    fn window_ui(&mut self, ui: &mut egui::Ui);
}

impl WindowContent for PowermapApp {
    fn window_ui(&mut self, ui: &mut egui::Ui) {
        PowermapApp::window_ui(self, ui);
    }
}

/// The app (or another content) in a window that exists only in memory.
pub struct HeadlessWindow<A: WindowContent = PowermapApp> {
    ctx: egui::Context,
    app: A,
    size: Vec2,
    time_secs: f64,
    pointer: Pos2,
    queued: Vec<Event>,
    /// What a screen reader read of the last frame, once asked for.
    read: Option<egui::accesskit::TreeUpdate>,
}

impl<A: WindowContent> HeadlessWindow<A> {
    /// The app in a window of `size` points, light theme, drawn once.
    pub fn new(app: A, size: Vec2) -> Self {
        let ctx = egui::Context::default();
        ctx.set_theme(egui::Theme::Light);
        let mut window = Self {
            ctx,
            app,
            size,
            time_secs: 0.0,
            pointer: Pos2::new(-1.0, -1.0),
            queued: Vec::new(),
            read: None,
        };
        window.frame();
        window
    }

    pub fn app(&self) -> &A {
        &self.app
    }

    pub fn app_mut(&mut self) -> &mut A {
        &mut self.app
    }

    pub fn context(&self) -> &egui::Context {
        &self.ctx
    }

    /// Runs one frame, 1/60 s after the last, with the events queued since.
    pub fn frame(&mut self) -> Frame {
        self.time_secs += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time_secs),
            predicted_dt: 1.0 / 60.0,
            events: std::mem::take(&mut self.queued),
            focused: true,
            ..Default::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.window_ui(ui));
        // No GPU here to upload the font atlas to.
        output.textures_delta.clear();
        if let Some(tree) = output.platform_output.accesskit_update.take() {
            self.read = Some(tree);
        }
        let repaint_after = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|viewport| viewport.repaint_delay)
            .filter(|delay| *delay < Duration::from_secs(1));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let triangles = primitives
            .iter()
            .map(|clipped| match &clipped.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        Frame {
            triangles,
            repaint_requested: repaint_after.is_some(),
            repaint_after,
        }
    }

    /// Runs frames until the app stops asking for more, at most `limit`;
    /// returns how many ran.
    pub fn settle(&mut self, limit: usize) -> usize {
        for n in 1..=limit {
            if !self.frame().repaint_requested {
                return n;
            }
        }
        limit
    }

    /// Presses and releases a key (with modifiers) in the next frame.
    pub fn press(&mut self, modifiers: Modifiers, key: Key) {
        for pressed in [true, false] {
            self.queued.push(Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers,
            });
        }
    }

    /// Moves the pointer to a point, in the next frame.
    pub fn move_pointer(&mut self, to: Pos2) {
        self.pointer = to;
        self.queued.push(Event::PointerMoved(to));
    }

    /// Presses or releases a mouse button where the pointer is.
    pub fn button(&mut self, button: PointerButton, pressed: bool) {
        self.queued.push(Event::PointerButton {
            pos: self.pointer,
            button,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }

    /// A pinch or Ctrl+wheel zoom by `factor` around the pointer.
    pub fn zoom(&mut self, factor: f32) {
        self.queued.push(Event::Zoom(factor));
    }

    /// Turns the mouse wheel by `points`, in the next frame.
    pub fn scroll(&mut self, points: Vec2) {
        self.queued.push(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: points,
            phase: egui::TouchPhase::Move,
            modifiers: Modifiers::NONE,
        });
    }

    pub fn pointer(&self) -> Pos2 {
        self.pointer
    }

    /// Where the widget whose words are `start`, or else start with it, is drawn, as a
    /// screen reader finds it. Reading the screen has a cost of its own
    /// every frame after, so a benchmark finds its places in a window of
    /// its own.
    pub fn find_widget(&mut self, start: &str) -> Option<Rect> {
        self.ctx.enable_accesskit();
        self.frame();
        let nodes = &self.read.as_ref()?.nodes;
        let labelled = |exact: bool| {
            nodes.iter().find_map(|(_, node)| {
                let label = node.label()?;
                let fits = if exact {
                    label == start
                } else {
                    label.starts_with(start)
                };
                fits.then(|| node.bounds()).flatten()
            })
        };
        labelled(true).or_else(|| labelled(false)).map(|b| {
            Rect::from_min_max(
                Pos2::new(b.x0 as f32, b.y0 as f32),
                Pos2::new(b.x1 as f32, b.y1 as f32),
            )
        })
    }
}

impl HeadlessWindow<PowermapApp> {
    /// Where the stakeholder drawn nearest the middle of the view in front
    /// is on screen: where benchmarks start a drag.
    pub fn middle_stakeholder(&self) -> Option<Pos2> {
        let app = self.app();
        let middle = app.canvas_rect().center();
        app.document()
            .map()
            .stakeholders()
            .filter_map(|s| app.stakeholder_on_screen(&s.id))
            .min_by(|a, b| a.distance(middle).total_cmp(&b.distance(middle)))
    }
}
