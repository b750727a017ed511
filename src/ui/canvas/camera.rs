//! Where the network view looks: the camera (zoom and pan, with emath's
//! `TSTransform` doing the sums between canvas units and screen points),
//! what the view is asked to look at once it knows its size, and the part
//! of the canvas a map or a selection covers.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use crate::model::{Map, Stakeholder, StakeholderId};
use crate::ui::shown::Shown;
use crate::ui::theme;

use super::view_model::to_pos;

pub const MIN_ZOOM: f32 = 0.05;
pub const MAX_ZOOM: f32 = 6.0;
/// How much one press of + or − zooms.
pub const ZOOM_STEP: f32 = 1.25;

/// The view transform: a canvas point `p` is drawn at `rect.min + pan + p * zoom`.
///
/// Kept as the pair a scene and the app read (the zoom, and where the
/// canvas origin is); every sum goes through [`Camera::transform`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub zoom: f32,
    /// Where the canvas origin is, relative to the view's top-left corner.
    pub pan: Vec2,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            pan: Vec2::ZERO,
        }
    }
}

impl Camera {
    /// Screen points from canvas units, for a view covering `view`.
    pub fn transform(&self, view: Rect) -> TSTransform {
        TSTransform::new(view.min.to_vec2() + self.pan, self.zoom)
    }

    pub fn screen_from_canvas(&self, view: Rect, p: Pos2) -> Pos2 {
        self.transform(view) * p
    }

    pub fn canvas_from_screen(&self, view: Rect, p: Pos2) -> Pos2 {
        self.transform(view).inverse() * p
    }

    /// Zooms by `factor`, keeping the canvas point under `screen_anchor` in place.
    pub fn zoom_around(&mut self, view: Rect, screen_anchor: Pos2, factor: f32) {
        let anchor = self.canvas_from_screen(view, screen_anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        self.pan = screen_anchor - view.min - anchor.to_vec2() * self.zoom;
    }

    /// The camera that shows a scene's part of the map in a view of this size.
    pub fn for_scene(view: Rect, scene: &crate::model::SceneCamera) -> Self {
        let zoom = scene
            .zoom_for(view.width(), view.height())
            .clamp(MIN_ZOOM, MAX_ZOOM);
        let mut camera = Self {
            zoom,
            pan: Vec2::ZERO,
        };
        camera.center_on(view, Pos2::new(scene.center.x, scene.center.y));
        camera
    }

    /// The camera showing all of `bounds`, as [`Camera::fit`] does.
    pub fn fitting(view: Rect, bounds: Rect) -> Self {
        let mut camera = Self::default();
        camera.fit(view, bounds);
        camera
    }

    /// The camera `t` of the way (0 to 1) from `self` to `to`: the middle
    /// moves in a straight line, the zoom evenly on a log scale, so that a
    /// zoom in feels as quick as the zoom out.
    #[must_use]
    pub fn toward(&self, to: &Self, view: Rect, t: f32) -> Self {
        let t = t.clamp(0.0, 1.0);
        let from_center = self.canvas_from_screen(view, view.center());
        let to_center = to.canvas_from_screen(view, view.center());
        let zoom = self.zoom * (to.zoom / self.zoom).powf(t);
        let mut camera = Self {
            zoom,
            pan: Vec2::ZERO,
        };
        camera.center_on(view, from_center.lerp(to_center, t));
        camera
    }

    /// Puts a canvas point in the middle of the view.
    pub fn center_on(&mut self, view: Rect, p: Pos2) {
        self.pan = view.size() / 2.0 - p.to_vec2() * self.zoom;
    }

    /// Shows all of `bounds` (canvas units) with a margin, zooming in no
    /// further than 1.5× so a small map is not blown up.
    pub fn fit(&mut self, view: Rect, bounds: Rect) {
        if !bounds.is_finite() || view.width() <= 1.0 || view.height() <= 1.0 {
            return;
        }
        let margin = 60.0;
        let size = bounds.size().max(Vec2::splat(1.0));
        let zoom_x = (view.width() - 2.0 * margin).max(50.0) / size.x;
        let zoom_y = (view.height() - 2.0 * margin).max(50.0) / size.y;
        self.zoom = zoom_x.min(zoom_y).clamp(MIN_ZOOM, 1.5);
        self.center_on(view, bounds.center());
    }
}

/// The camera with the part of the window it looks through, and what it
/// was asked to look at before the view knew its size.
#[derive(Debug)]
pub struct Framing {
    pub camera: Camera,
    /// The part of the window the canvas covers.
    pub rect: Rect,
    pub fit_pending: bool,
    pub center_pending: Option<StakeholderId>,
    /// A canvas point to put in the middle, and the zoom, once the canvas
    /// knows its size (a scene's or a picture's camera).
    pub look_pending: Option<(Pos2, f32)>,
}

impl Default for Framing {
    fn default() -> Self {
        Self {
            camera: Camera::default(),
            rect: Rect::NOTHING,
            fit_pending: true,
            center_pending: None,
            look_pending: None,
        }
    }
}

impl Framing {
    /// Carries out what was asked for (fit, look at, centre on) now that
    /// the view has a size; returns whether the camera moved.
    pub fn apply_pending(&mut self, map: &Map) -> bool {
        let rect = self.rect;
        let mut moved = false;
        if self.fit_pending && rect.is_positive() {
            self.fit_pending = false;
            if let Some(bounds) = map_bounds(map) {
                self.camera.fit(rect, bounds);
            } else {
                self.camera = Camera::default();
                self.camera.center_on(rect, Pos2::ZERO);
            }
            moved = true;
        }
        if rect.is_positive()
            && let Some((centre, zoom)) = self.look_pending.take()
        {
            // A camera from a file may say anything: keep to what a user can reach.
            self.camera.zoom = if zoom.is_finite() {
                zoom.clamp(MIN_ZOOM, MAX_ZOOM)
            } else {
                1.0
            };
            let centre = if centre.is_finite() {
                centre
            } else {
                Pos2::ZERO
            };
            self.camera.center_on(rect, centre);
            moved = true;
        }
        if let Some(id) = self.center_pending.take()
            && let Some(stakeholder) = map.stakeholder(&id)
        {
            self.camera.center_on(rect, to_pos(stakeholder.position));
            moved = true;
        }
        moved
    }

    /// The view now covers `rect`: what was in its middle stays in the
    /// middle, at the same zoom, as when the window is resized or a side
    /// panel opens.
    pub fn resize(&mut self, rect: Rect) {
        if self.rect.is_positive() && rect.is_positive() {
            let centre = self.canvas_from_screen(self.rect.center());
            self.camera.center_on(rect, centre);
        }
        self.rect = rect;
    }

    pub fn screen_from_canvas(&self, p: Pos2) -> Pos2 {
        self.camera.screen_from_canvas(self.rect, p)
    }

    pub fn canvas_from_screen(&self, p: Pos2) -> Pos2 {
        self.camera.canvas_from_screen(self.rect, p)
    }
}

fn map_bounds(map: &Map) -> Option<Rect> {
    bounds_of(map.stakeholders())
}

/// The part of the canvas what a view is about covers: the stakeholders
/// picked out, or else those the filter and focus let through, or else
/// the whole map.
pub fn subject_bounds(map: &Map, shown: &Shown) -> Option<Rect> {
    let subject = map.stakeholders().filter(|s| match shown.picked_out() {
        Some(picked) => picked.contains(&s.id),
        None => !shown.is_filtered_out(&s.id),
    });
    bounds_of(subject).or_else(|| map_bounds(map))
}

fn bounds_of<'a>(stakeholders: impl Iterator<Item = &'a Stakeholder>) -> Option<Rect> {
    let mut bounds = Rect::NOTHING;
    for stakeholder in stakeholders {
        let r = theme::glyph_radius(stakeholder.power) * 1.6;
        bounds = bounds.union(Rect::from_center_size(
            to_pos(stakeholder.position),
            Vec2::splat(2.0 * r),
        ));
    }
    bounds.is_positive().then_some(bounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_canvas_positions_are_inverse() {
        let view = Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(800.0, 600.0));
        let camera = Camera {
            zoom: 1.7,
            pan: Vec2::new(-30.0, 12.0),
        };
        let p = Pos2::new(123.0, -45.0);
        let back = camera.canvas_from_screen(view, camera.screen_from_canvas(view, p));
        assert!((back - p).length() < 1e-3);
        // The pair and the transform say the same.
        let screen = camera.screen_from_canvas(view, p);
        let by_hand = view.min + camera.pan + p.to_vec2() * camera.zoom;
        assert!((screen - by_hand).length() < 1e-3);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let view = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let mut camera = Camera::default();
        let anchor = Pos2::new(300.0, 200.0);
        let before = camera.canvas_from_screen(view, anchor);
        camera.zoom_around(view, anchor, 2.0);
        let after = camera.canvas_from_screen(view, anchor);
        assert!((before - after).length() < 1e-3);
        assert!((camera.zoom - 2.0).abs() < 1e-6);
    }

    #[test]
    fn a_resized_view_keeps_what_was_in_its_middle() {
        let mut framing = Framing {
            rect: Rect::from_min_size(Pos2::new(200.0, 40.0), Vec2::new(1200.0, 900.0)),
            camera: Camera {
                zoom: 0.7,
                pan: Vec2::new(35.0, -80.0),
            },
            ..Framing::default()
        };
        let middle = framing.canvas_from_screen(framing.rect.center());
        framing.resize(Rect::from_min_size(
            Pos2::new(180.0, 40.0),
            Vec2::new(500.0, 700.0),
        ));
        let now = framing.canvas_from_screen(framing.rect.center());
        assert!((now - middle).length() < 1e-3);
        assert!((framing.camera.zoom - 0.7).abs() < 1e-6);
        // The first size the view learns changes nothing.
        let mut fresh = Framing::default();
        fresh.resize(Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0)));
        assert_eq!(fresh.camera, Camera::default());
    }

    #[test]
    fn fit_shows_the_whole_map_centred() {
        let view = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 800.0));
        let bounds = Rect::from_min_max(Pos2::new(-600.0, -300.0), Pos2::new(600.0, 300.0));
        let mut camera = Camera::default();
        camera.fit(view, bounds);
        for corner in [bounds.min, bounds.max] {
            assert!(view.contains(camera.screen_from_canvas(view, corner)));
        }
        let centre = camera.screen_from_canvas(view, bounds.center());
        assert!((centre - view.center()).length() < 1e-3);
    }
}
