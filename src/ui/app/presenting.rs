//! Scenes from the editor's side, and presenting them: a scene is kept
//! from what the editor shows (view, camera, lens, the selection picked
//! out), shown in the editor again, and presented full screen, where the
//! presentation takes the whole window until it is left.

use super::PowermapApp;
use crate::edit::Edit;
use crate::i18n::tr_with;
use crate::model::{Scene, SceneId};
use crate::ui::present::{PresentOutcome, Presenter};
use crate::ui::views::View;

impl PowermapApp {
    /// What the editor shows now, as a scene: the view (the network for
    /// the table), the camera and the lens; the selection and any route
    /// the analysis picked out are picked out.
    pub(super) fn capture_scene(&self, id: SceneId, title: &str) -> Scene {
        let mut scene = Scene::new(id, title);
        self.lens.capture_into(&mut scene);
        if self.lens.view == View::Network {
            scene.camera = self.canvas.scene_camera();
        }
        scene.highlighted.clone_from(&self.selection.stakeholders);
        scene
            .highlighted_relations
            .clone_from(&self.selection.relations);
        if let Some(route) = self.views.analysis().look().route {
            scene.highlighted.extend(route.stakeholders);
            scene.highlighted_relations.extend(route.relations);
        }
        // The day looked at and the day compared with, as the time bar has them.
        scene.as_of = self.time.looking_back();
        scene.compared_with = self.time.comparing();
        if scene.time_problem().is_some() {
            scene.compared_with = None;
        }
        scene
    }

    /// Adds what the editor shows as a scene after the chosen one (or at
    /// the end), and chooses it.
    pub(super) fn add_scene(&mut self) {
        let map = self.session.map();
        let id = map.id_allocator().scene();
        let index = self
            .views
            .scenes()
            .chosen(map)
            .and_then(|scene| map.scene_index(&scene.id))
            .map_or(map.scenes().len(), |i| i + 1);
        let title = tr_with(
            "presenting-new-scene",
            &[("number", (map.scenes().len() + 1).into())],
        );
        let scene = self.capture_scene(id.clone(), &title);
        self.apply(Edit::AddScene {
            index,
            scene: Box::new(scene),
        });
        if self.session.map().scene(&id).is_some() {
            self.views.show_scene_in_panel(id);
            self.notify(tr_with(
                "presenting-scene-added",
                &[("title", title.into())],
            ));
        }
    }

    /// Keeps what the editor shows now in scene `id`, its title and caption kept.
    pub(super) fn update_scene_from_view(&mut self, id: &SceneId) {
        if let Some(scene) = self.session.map().scene(id) {
            let mut updated = self.capture_scene(id.clone(), &scene.title);
            updated.caption.clone_from(&scene.caption);
            self.apply(Edit::UpdateScene(Box::new(updated)));
        }
    }

    /// Shows a scene in the editor, to look at or update it.
    pub(super) fn show_scene(&mut self, id: &SceneId) {
        let Some(scene) = self.session.map().scene(id).cloned() else {
            return;
        };
        self.lens.look_as(&scene);
        self.time.look_at(scene.as_of);
        self.time.compare_with(scene.compared_with);
        match scene.camera {
            Some(camera) => self.canvas.look_at_scene(camera),
            None => self.canvas.fit_all(),
        }
        self.selection.clear();
        self.selection.anchor = scene.highlighted.iter().next().cloned();
        self.selection.stakeholders = scene.highlighted;
        self.selection.relations = scene.highlighted_relations;
    }

    /// Presents from scene `index`, or the current view when there are no scenes.
    pub(super) fn start_presenting(&mut self, index: usize) {
        let map = self.session.map();
        let mut editor_view = self.capture_scene(SceneId::new("editor-view"), map.title());
        editor_view.caption.clone_from(&map.meta().goal);
        self.presenter = Some(Presenter::new(map, index, editor_view, self.today));
    }

    /// The scene chosen in the Scenes panel, from 0 (the first when none is).
    pub(super) fn chosen_scene_index(&self) -> usize {
        let map = self.session.map();
        self.views
            .scenes()
            .chosen(map)
            .and_then(|scene| map.scene_index(&scene.id))
            .unwrap_or(0)
    }

    /// Draws the presentation instead of the editor while presenting;
    /// returns whether it did. A request to close the window, or a question
    /// about unsaved changes, ends the presentation first, so the editor
    /// can ask.
    pub(super) fn present_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(presenter) = &mut self.presenter else {
            return false;
        };
        let ctx = ui.ctx().clone();
        if self.dialogs.is_unsaved_question() || self.window.quit_requested {
            presenter.stop(&ctx);
            self.presenter = None;
            return false;
        }
        let doc = self.session.doc();
        let outcome = egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| presenter.ui(ui, doc.map(), doc.generation()))
            .inner;
        if outcome == PresentOutcome::Leave {
            self.presenter = None;
            ctx.request_repaint();
        }
        self.after_frame(&ctx);
        true
    }
}
