//! The scenes panel: the presentation a facilitator prepares, one scene a
//! row in the order they are presented. Add a scene from what the editor
//! shows, give it a title and a caption, reorder by dragging, duplicate,
//! delete, update it from the current view; each change one undo step.
//! Choosing a scene shows it in the editor.

use egui::{Id, RichText, Sense, Stroke, Ui};

use super::actions::Action;
use super::command::{Command, ViewContext};
use super::fields::{self, Typed};
use crate::edit::Edit;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Kind, Map, Scene, SceneId, ScenePlan, SceneView, StakeholderId};

/// The panel's own state: which scene is chosen.
#[derive(Default)]
pub struct ScenesPanel {
    chosen: Option<SceneId>,
}

/// A scene being dragged to a new place in the list.
#[derive(Clone, Debug)]
struct DraggedScene(SceneId);

impl ScenesPanel {
    /// The scene chosen in the list, if it is still in the map.
    pub fn chosen<'a>(&self, map: &'a Map) -> Option<&'a Scene> {
        self.chosen.as_ref().and_then(|id| map.scene(id))
    }

    pub fn choose(&mut self, id: Option<SceneId>) {
        self.chosen = id;
    }

    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        if ui
            .button(Action::AddScene.label())
            .on_hover_text(Action::AddScene.description())
            .clicked()
        {
            cx.action(Action::AddScene);
        }
        let present = ui.add_enabled(
            !cx.map.scenes().is_empty(),
            egui::Button::new(tr("scenes-present-first")),
        );
        if present
            .on_hover_text(tr("scenes-present-first-hover"))
            .clicked()
        {
            cx.commands.push(Command::PresentFrom(0));
        }
        ui.separator();
        if cx.map.scenes().is_empty() {
            ui.label(RichText::new(tr("scenes-none-yet")).weak());
            return;
        }
        if self.chosen(cx.map).is_none() {
            self.chosen = None;
        }
        egui::ScrollArea::vertical()
            .id_salt("scene-list")
            .max_height(ui.available_height() * 0.45)
            .show(ui, |ui| self.list_ui(ui, cx));
        ui.separator();
        if let Some(scene) = self.chosen(cx.map).cloned() {
            egui::ScrollArea::vertical()
                .id_salt("scene-details")
                .show(ui, |ui| details_ui(ui, cx, &scene));
        } else {
            ui.label(RichText::new(tr("scenes-choose-one")).weak());
        }
    }

    /// One row a scene; drag a row onto another to move it there.
    fn list_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        let mut moved: Option<(SceneId, usize)> = None;
        for (index, scene) in cx.map.scenes().iter().enumerate() {
            let chosen = self.chosen.as_ref() == Some(&scene.id);
            let label = format!("{}. {}", index + 1, display_title(scene));
            let row = ui.add(
                egui::Button::selectable(chosen, label)
                    .wrap_mode(egui::TextWrapMode::Truncate)
                    .sense(Sense::click_and_drag()),
            );
            row.dnd_set_drag_payload(DraggedScene(scene.id.clone()));
            let row = row.on_hover_text(tr("scenes-row-hover"));
            if row.clicked() {
                self.chosen = Some(scene.id.clone());
                cx.commands.push(Command::ShowScene(scene.id.clone()));
            }
            if let Some(dragged) = row.dnd_hover_payload::<DraggedScene>()
                && dragged.0 != scene.id
            {
                ui.painter().hline(
                    row.rect.x_range(),
                    row.rect.bottom(),
                    Stroke::new(2.0, ui.visuals().selection.stroke.color),
                );
            }
            if let Some(dragged) = row.dnd_release_payload::<DraggedScene>()
                && dragged.0 != scene.id
            {
                moved = Some((dragged.0.clone(), index));
            }
        }
        if let Some((id, to)) = moved {
            cx.edit(Edit::MoveScene { id, to });
        }
    }
}

/// Everything about one scene, edited in place.
fn details_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, scene: &Scene) {
    let base = Id::new(("scene", scene.id.as_str()));
    let mut changed = scene.clone();
    // Text still being typed: kept by the autosave, not yet an undo step.
    let mut typing = None;
    ui.label(RichText::new(tr("scenes-title")).strong());
    let title_name = tr("scenes-title-field");
    match fields::singleline_typed(ui, base.with("title"), &title_name, &scene.title) {
        Some(Typed::Committed(title)) => title.trim().clone_into(&mut changed.title),
        Some(Typed::Typing(title)) => {
            title
                .trim()
                .clone_into(&mut typing.get_or_insert_with(|| scene.clone()).title);
        }
        None => {}
    }
    let caption_name = tr("scenes-caption");
    ui.label(RichText::new(&caption_name).strong());
    match fields::multiline_typed(ui, base.with("caption"), &caption_name, &scene.caption) {
        Some(Typed::Committed(caption)) => changed.caption = caption,
        Some(Typed::Typing(caption)) => {
            typing.get_or_insert_with(|| scene.clone()).caption = caption;
        }
        None => {}
    }
    if let Some(typing) = typing {
        cx.draft(Edit::UpdateScene(Box::new(typing)));
    }
    ui.label(RichText::new(tr("scenes-view")).strong());
    egui::ComboBox::from_id_salt(base.with("view"))
        .selected_text(scene.view.translated())
        .show_ui(ui, |ui| {
            for &view in SceneView::ALL {
                ui.selectable_value(&mut changed.view, view, view.translated());
            }
        });
    plan_choice_ui(ui, cx.map, base, &mut changed.plan);
    ui.add_space(4.0);
    for line in summary(cx.map, scene) {
        ui.label(RichText::new(line).weak());
    }
    super::scene_days::days_ui(ui, &mut changed);
    ui.add_space(6.0);
    let count = cx.map.scenes().len();
    let index = cx.map.scene_index(&scene.id).unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr("scenes-update"))
            .on_hover_text(tr("scenes-update-hover"))
            .clicked()
        {
            cx.commands
                .push(Command::UpdateSceneFromView(scene.id.clone()));
        }
        if ui.button(tr("scenes-present-here")).clicked() {
            cx.commands.push(Command::PresentFrom(index));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(tr("scenes-move-up")))
            .clicked()
        {
            cx.edit(Edit::MoveScene {
                id: scene.id.clone(),
                to: index - 1,
            });
        }
        if ui
            .add_enabled(index + 1 < count, egui::Button::new(tr("scenes-move-down")))
            .clicked()
        {
            cx.edit(Edit::MoveScene {
                id: scene.id.clone(),
                to: index + 1,
            });
        }
        if ui.button(tr("scenes-duplicate")).clicked() {
            let mut copy = scene.clone();
            copy.id = cx.map.id_allocator().scene();
            copy.title = tr_with(
                "scenes-copy-title",
                &[("title", display_title(scene).into())],
            );
            cx.edit(Edit::AddScene {
                index: index + 1,
                scene: Box::new(copy),
            });
        }
        if ui.button(tr("scenes-delete")).clicked() {
            cx.edit(Edit::DeleteScene(scene.id.clone()));
        }
    });
    if changed != *scene {
        cx.edit(Edit::UpdateScene(Box::new(changed)));
    }
}

/// The part of the plan the scene presents: none, a coalition's jobs, or
/// the asks toward a target.
fn plan_choice_ui(ui: &mut Ui, map: &Map, base: Id, plan: &mut Option<ScenePlan>) {
    ui.label(RichText::new(tr("scenes-plan")).strong());
    let choices = plan_choices(map);
    let selected = plan
        .as_ref()
        .map_or_else(|| tr("scenes-plan-none"), |p| plan_words(map, p));
    egui::ComboBox::from_id_salt(base.with("plan"))
        .selected_text(selected)
        .width(220.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(plan, None, tr("scenes-plan-none"));
            for choice in choices {
                let words = plan_words(map, &choice);
                ui.selectable_value(plan, Some(choice), words);
            }
        })
        .response
        .on_hover_text(tr("scenes-plan-hover"));
}

/// Every coalition's jobs, then the asks toward every target and every
/// stakeholder an ask leads to.
fn plan_choices(map: &Map) -> Vec<ScenePlan> {
    let mut targets: Vec<&StakeholderId> = map
        .stakeholders()
        .filter(|s| s.kind == Kind::Target)
        .map(|s| &s.id)
        .chain(map.plan().asks().flat_map(|a| a.target.iter()))
        .collect();
    targets.sort();
    targets.dedup();
    map.coalitions()
        .map(|c| ScenePlan::JobsOf(c.id.clone()))
        .chain(
            targets
                .into_iter()
                .map(|id| ScenePlan::AsksToward(id.clone())),
        )
        .collect()
}

/// "Jobs of Evidence", "Asks toward Security Council".
fn plan_words(map: &Map, plan: &ScenePlan) -> String {
    match plan {
        ScenePlan::JobsOf(id) => tr_with(
            "scenes-plan-jobs-of",
            &[(
                "coalition",
                map.coalition(id)
                    .map_or_else(|| id.to_string(), |c| c.name.clone())
                    .into(),
            )],
        ),
        ScenePlan::AsksToward(id) => tr_with(
            "scenes-plan-asks-toward",
            &[(
                "target",
                map.stakeholder(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
                    .into(),
            )],
        ),
    }
}

/// What a scene shows, in words.
fn summary(map: &Map, scene: &Scene) -> Vec<String> {
    let name = |id: &crate::model::StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let mut lines = Vec::new();
    if scene.view == SceneView::Network {
        lines.push(match &scene.camera {
            Some(camera) => tr_with(
                "scenes-camera-zoom",
                &[("percent", format!("{:.0}", camera.zoom * 100.0).into())],
            ),
            None => tr("scenes-camera-whole-map"),
        });
    }
    if !scene.filter.is_empty() {
        let how = if scene.hide_filtered {
            "hidden"
        } else {
            "faint"
        };
        lines.push(tr_with("scenes-filtered", &[("rest", how.into())]));
    }
    if let Some(focus) = &scene.focus {
        lines.push(tr_with(
            "scenes-focus",
            &[
                ("name", name(&focus.stakeholder).into()),
                ("hops", focus.hops.into()),
            ],
        ));
    }
    if scene.highlights() {
        let picked: Vec<String> = scene.highlighted.iter().map(name).collect();
        let relations = scene.highlighted_relations.len();
        lines.push(tr_with(
            "scenes-picked-out",
            &[
                ("names", picked.join(", ").into()),
                ("named", picked.len().into()),
                ("relations", relations.into()),
            ],
        ));
    }
    if let Some(coalition) = scene.coalition.as_ref().and_then(|id| map.coalition(id)) {
        lines.push(tr_with(
            "scenes-coalition-ringed",
            &[("name", coalition.name.clone().into())],
        ));
    }
    lines
}

fn display_title(scene: &Scene) -> String {
    if scene.title.trim().is_empty() {
        tr("scene-untitled")
    } else {
        scene.title.clone()
    }
}
