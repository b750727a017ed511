//! What the editor shows of the map: the view in front and the lens it is
//! seen through (filter, focus, hidden or faint, highlighted coalition),
//! and what every view derives from them. Scenes keep a lens and pictures
//! take one, so the editor, a scene and a picture show the same things.

use crate::model::{Day, Lens, Map, Scene};
use crate::ui::analysis_panel::AnalysisPanel;
use crate::ui::picture::{PictureTheme, RenderOptions};
use crate::ui::shown::{Shown, ShownInputs};
use crate::ui::views::View;

#[derive(Default)]
pub struct EditorLens {
    pub view: View,
    pub lens: Lens,
    pub show_legend: bool,
    shown: Shown,
    /// What `shown` was computed from.
    shown_for: Option<ShownInputs>,
}

impl EditorLens {
    /// Computes again what the views show when the map, the lens or what
    /// the analysis picks out changed.
    pub fn refresh(&mut self, map: &Map, generation: u64, analysis: &AnalysisPanel, today: Day) {
        self.lens.forget_missing(map);
        let inputs = ShownInputs {
            generation,
            lens: self.lens.clone(),
            analysis_key: analysis.look_key(),
            today,
        };
        if self.shown_for.as_ref() != Some(&inputs) {
            let key = self.shown.key + 1;
            self.shown = Shown::compute(map, &inputs, analysis.look(), key);
            self.shown_for = Some(inputs);
        }
    }

    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// The view and the lens to change while what they show is read.
    pub fn parts_mut(&mut self) -> (&mut View, &mut Lens, &Shown) {
        (&mut self.view, &mut self.lens, &self.shown)
    }

    /// A new map is seen whole, through no filter or focus; the view in
    /// front, the legend and whether filtered stakeholders hide stay.
    pub fn reset(&mut self) {
        self.lens = Lens {
            hide_filtered: self.lens.hide_filtered,
            ..Lens::default()
        };
        self.shown_for = None;
    }

    /// A picture of the view in front as the editor shows it on `today`,
    /// the whole map.
    pub fn picture_options(&self, theme: PictureTheme, today: Day) -> RenderOptions {
        RenderOptions {
            theme,
            lens: self.lens.clone(),
            ..RenderOptions::on(today)
        }
    }

    /// The scene's view and lens, as the editor shows them now (the table
    /// is for editing: a scene of it shows the network).
    pub fn capture_into(&self, scene: &mut Scene) {
        scene.view = match self.view {
            View::Grid => crate::model::SceneView::Grid,
            View::Spectrum => crate::model::SceneView::Spectrum,
            View::Network | View::Table => crate::model::SceneView::Network,
        };
        scene.set_lens(self.lens.clone());
    }

    /// Looks at the map as the scene does.
    pub fn look_as(&mut self, scene: &Scene) {
        self.view = crate::ui::present::view_of(scene.view);
        self.lens = scene.lens();
    }
}
