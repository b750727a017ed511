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
            let mut shown = Shown::compute(map, &inputs, analysis.look(), self.shown.key + 1);
            // An edit that changes nothing shown (a stakeholder moved)
            // keeps the key, so the boards keep their drawings.
            if self.shown_for.is_some() && shown.shows_the_same_as(&self.shown) {
                shown.key = self.shown.key;
            }
            self.shown = shown;
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{Kind, Position, Stakeholder, StakeholderId, Stance};

    #[test]
    fn what_is_shown_keeps_its_key_until_an_edit_changes_it() {
        let mut map = Map::new("Bangui");
        for (id, name) in [("a", "منتدى وكالات الإغاثة"), ("b", "联合国难民理事会")]
        {
            let s = Stakeholder::new(StakeholderId::new(id), name, Kind::Organization);
            map.insert_stakeholder(s).unwrap();
        }
        let (panel, today) = (AnalysisPanel::default(), Day::new(2026, 12, 7).unwrap());
        let mut lens = EditorLens::default();
        lens.lens.filter.stances = [Stance::ActiveAlly].into();
        lens.refresh(&map, 1, &panel, today);
        let first = lens.shown().key;
        map.set_position(&StakeholderId::new("b"), Position::new(90.0, 10.0))
            .unwrap();
        lens.refresh(&map, 2, &panel, today);
        assert_eq!(lens.shown().key, first, "a move changes nothing shown");
        let mut ally = map.stakeholder(&StakeholderId::new("a")).unwrap().clone();
        ally.stance = Stance::ActiveAlly;
        map.replace_stakeholder(ally).unwrap();
        lens.refresh(&map, 3, &panel, today);
        assert_ne!(lens.shown().key, first, "the filter now lets one through");
    }
}
