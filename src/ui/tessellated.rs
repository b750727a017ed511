//! Shapes painted again as the triangles egui made of them. egui
//! tessellates every shape of every frame; a board of thousands of glyphs
//! and names costs it far more than copying the same triangles, and while
//! nothing on the board changes the triangles are the same.
//!
//! A mesh holds the font atlas's texture coordinates of the time it was
//! made, so it is made again when the atlas grows. Should the atlas grow
//! later in the frame that paints a mesh (a dialog showing letters never
//! drawn before), the [`Check`] installed by [`enable`] puts the shapes
//! back in the frame's output before egui tessellates it. Where it is not
//! installed (a picture's own context, which writes shapes as SVG),
//! shapes are painted as shapes.

use std::sync::Arc;

use egui::epaint::{ClippedPrimitive, ClippedShape, Galley, Mesh, Primitive, TessellationOptions};
use egui::{Color32, FontId, Painter, Rect, Shape};

/// Lets [`Tessellated::paint`] paint meshes in this context from now on.
///
/// And has egui tessellate every shape without first asking whether it
/// lies outside its clip rectangle: for a mesh, egui finds out by going
/// through all of its vertices, every frame, and a kept mesh of a large
/// map (600,000 vertices) is in view. That pass took as long as copying
/// the mesh into egui's output. What lies outside is cut off by the clip
/// rectangle all the same (the same pixels), and the views leave out
/// what is out of sight themselves.
pub fn enable(ctx: &egui::Context) {
    if ctx.with_plugin(|_: &mut Check| ()).is_none() {
        ctx.add_plugin(Check::default());
        ctx.tessellation_options_mut(|options| options.coarse_tessellation_culling = false);
    }
}

/// Whether [`enable`] was called for this context: meshes of its own may
/// then stand for shapes (elsewhere a picture wants the shapes themselves).
pub fn enabled(ctx: &egui::Context) -> bool {
    ctx.with_plugin(|_: &mut Check| ()).is_some()
}

/// Shapes and the mesh they were last tessellated into.
#[derive(Default)]
pub struct Tessellated {
    shapes: Arc<[Shape]>,
    mesh: Option<(MeshFor, Option<Arc<Mesh>>)>,
}

/// What egui's tessellation of the same shapes depends on.
#[derive(Clone, Copy, PartialEq)]
struct MeshFor {
    pixels_per_point: f32,
    options: TessellationOptions,
    font_image_size: [usize; 2],
    clip_rect: Rect,
}

impl Tessellated {
    pub fn new(shapes: Vec<Shape>) -> Self {
        Self::of(shapes.into())
    }

    /// Shapes shared with their owner, to be painted as their mesh.
    pub fn of(shapes: Arc<[Shape]>) -> Self {
        Self { shapes, mesh: None }
    }

    /// Paints the shapes as their mesh, made again when what egui would
    /// tessellate them with has changed since.
    pub fn paint(&mut self, painter: &Painter) {
        let ctx = painter.ctx();
        // A faded painter changes the colours of what it paints; the shapes
        // then go to egui, which fades them as it always does.
        if painter.opacity() < 1.0 || !enabled(ctx) {
            painter.extend(self.shapes.iter().cloned());
            return;
        }
        let now = MeshFor {
            pixels_per_point: ctx.pixels_per_point(),
            options: ctx.tessellation_options(|options| *options),
            font_image_size: font_image_size(ctx),
            clip_rect: painter.clip_rect(),
        };
        let mesh = match &self.mesh {
            Some((made_for, mesh)) if *made_for == now => mesh.clone(),
            _ => {
                let mesh = tessellate(ctx, &self.shapes, now);
                self.mesh = Some((now, mesh.clone()));
                mesh
            }
        };
        match mesh {
            Some(mesh) => {
                painter.add(Shape::Mesh(mesh.clone()));
                ctx.with_plugin(|check: &mut Check| {
                    check.painted.push(Painted {
                        mesh,
                        font_image_size: now.font_image_size,
                        shapes: self.shapes.clone(),
                    });
                });
            }
            None => painter.extend(self.shapes.iter().cloned()),
        }
    }
}

/// The shapes as one mesh, as egui would tessellate them in this frame;
/// `None` unless they make exactly one (a shape of another texture would
/// make a second).
fn tessellate(ctx: &egui::Context, shapes: &[Shape], now: MeshFor) -> Option<Arc<Mesh>> {
    one_mesh(ctx, Shape::Vec(shapes.to_vec()), now.clip_rect).map(Arc::new)
}

/// `shape` as egui tessellates it in this frame, within `clip_rect`;
/// `None` unless it makes exactly one mesh (a shape of another texture
/// would make a second).
pub fn one_mesh(ctx: &egui::Context, shape: Shape, clip_rect: Rect) -> Option<Mesh> {
    let clipped = vec![ClippedShape { clip_rect, shape }];
    let mut primitives = ctx.tessellate(clipped, ctx.pixels_per_point());
    match (primitives.pop(), primitives.is_empty()) {
        (
            Some(ClippedPrimitive {
                primitive: Primitive::Mesh(mesh),
                ..
            }),
            true,
        ) => Some(mesh),
        _ => None,
    }
}

/// The size of the font atlas, which texture coordinates are relative to.
pub fn font_image_size(ctx: &egui::Context) -> [usize; 2] {
    #[allow(clippy::redundant_closure_for_method_calls)] // the method's lifetime is too narrow
    ctx.fonts(|fonts| fonts.font_image_size())
}

/// Which fonts text was laid out with. egui starts its fonts, atlas and
/// text layout cache afresh when the atlas is nearly full, and text laid
/// out before no longer draws right: a probe laid out again comes back as
/// another galley then. (It would also when the probe was not laid out in
/// the pass before, as egui keeps only the galleys of the last pass: where
/// [`enable`] was called, the probe is laid out at the start of every
/// pass, so that a view shown again after another finds its drawing
/// still good.)
#[derive(Clone)]
pub struct FontsEpoch(Arc<Galley>);

impl FontsEpoch {
    pub fn now(painter: &Painter) -> Self {
        Self(painter.layout_no_wrap(
            PROBE.to_owned(),
            FontId::proportional(13.0),
            Color32::PLACEHOLDER,
        ))
    }
}

/// The text [`FontsEpoch`] lays out.
const PROBE: &str = "Powermap";

impl PartialEq for FontsEpoch {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A mesh painted in this pass, with the atlas size it was made for and
/// the shapes it was made of.
struct Painted {
    mesh: Arc<Mesh>,
    font_image_size: [usize; 2],
    shapes: Arc<[Shape]>,
}

/// Looks at the meshes painted in a pass once all of its text is laid out,
/// and puts back the shapes of any made for an atlas that has grown since.
#[derive(Default)]
struct Check {
    painted: Vec<Painted>,
}

impl egui::Plugin for Check {
    fn debug_name(&self) -> &'static str {
        "powermap tessellated meshes"
    }

    fn on_begin_pass(&mut self, ui: &mut egui::Ui) {
        FontsEpoch::now(ui.painter());
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let painted = std::mem::take(&mut self.painted);
        if painted.is_empty() {
            return;
        }
        let size = font_image_size(ctx);
        let stale: Vec<Painted> = painted
            .into_iter()
            .filter(|p| p.font_image_size != size)
            .collect();
        if stale.is_empty() {
            return;
        }
        for clipped in &mut output.shapes {
            if let Shape::Mesh(mesh) = &clipped.shape
                && let Some(p) = stale.iter().find(|p| Arc::ptr_eq(&p.mesh, mesh))
            {
                clipped.shape = Shape::Vec(p.shapes.to_vec());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use egui::{Align2, Pos2, Vec2};

    use super::*;

    /// Runs one frame of `ctx` that paints `picture` (with a name on it),
    /// then `after`; returns the frame's shapes.
    fn frame(
        ctx: &egui::Context,
        picture: &mut Option<Tessellated>,
        after: impl Fn(&egui::Ui),
    ) -> Vec<ClippedShape> {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0))),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            let painter = ui.painter().clone();
            let picture = picture.get_or_insert_with(|| {
                let galley = painter.layout_no_wrap(
                    "Ministry of Finance".to_owned(),
                    FontId::proportional(13.0),
                    Color32::BLACK,
                );
                Tessellated::new(vec![
                    Shape::circle_stroke(Pos2::new(50.0, 50.0), 20.0, (2.0, Color32::RED)),
                    Shape::galley(Pos2::new(20.0, 80.0), galley, Color32::BLACK),
                ])
            });
            picture.paint(&painter);
            after(ui);
        });
        // No GPU to upload the font atlas to.
        output.textures_delta.clear();
        output.shapes
    }

    fn meshes(shapes: &[ClippedShape]) -> usize {
        shapes
            .iter()
            .filter(|clipped| matches!(clipped.shape, Shape::Mesh(_)))
            .count()
    }

    #[test]
    fn shapes_are_painted_as_one_mesh_where_enabled() {
        let ctx = egui::Context::default();
        enable(&ctx);
        let mut picture = None;
        assert_eq!(meshes(&frame(&ctx, &mut picture, |_| {})), 1);
        assert_eq!(meshes(&frame(&ctx, &mut picture, |_| {})), 1);
    }

    #[test]
    fn the_fonts_are_the_same_after_a_frame_that_laid_no_text_out() {
        // As when the grid is shown again after the table: its drawing,
        // laid out before, is still good and is not made again.
        let ctx = egui::Context::default();
        enable(&ctx);
        let input = || egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0))),
            ..Default::default()
        };
        let frame = |draw: &mut dyn FnMut(&egui::Ui)| {
            // No GPU to upload the font atlas to.
            ctx.run_ui(input(), |ui| draw(ui)).textures_delta.clear();
        };
        let mut first = None;
        frame(&mut |ui| first = Some(FontsEpoch::now(ui.painter())));
        for _ in 0..3 {
            frame(&mut |_| {});
        }
        let mut again = None;
        frame(&mut |ui| again = Some(FontsEpoch::now(ui.painter())));
        assert!(first.is_some() && first == again);
    }

    #[test]
    fn a_context_without_the_check_gets_the_shapes_themselves() {
        // As a picture's context does: its SVG writes text as text.
        let ctx = egui::Context::default();
        let mut picture = None;
        let shapes = frame(&ctx, &mut picture, |_| {});
        assert_eq!(meshes(&shapes), 0);
        assert!(
            shapes
                .iter()
                .any(|clipped| matches!(clipped.shape, Shape::Text(_)))
        );
    }

    #[test]
    fn a_mesh_made_before_the_font_atlas_grew_in_its_frame_is_painted_as_shapes() {
        let ctx = egui::Context::default();
        enable(&ctx);
        let mut picture = None;
        frame(&ctx, &mut picture, |_| {});
        let before = font_image_size(&ctx);
        // Large letters never drawn before make the atlas grow after the
        // mesh was painted.
        let shapes = frame(&ctx, &mut picture, |ui| {
            ui.painter().text(
                Pos2::new(10.0, 150.0),
                Align2::LEFT_TOP,
                "Quick brown foxes jump over the lazy dog",
                FontId::proportional(120.0),
                Color32::BLACK,
            );
        });
        assert_ne!(font_image_size(&ctx), before);
        assert_eq!(meshes(&shapes), 0);
        // The next frame makes the mesh again for the grown atlas.
        assert_eq!(meshes(&frame(&ctx, &mut picture, |_| {})), 1);
    }
}
