//! The canvas's right-click menu: for a stakeholder, a relation or empty
//! space, the actions of the action table that apply there, and the few
//! edits of a relation that have no action of their own.

use super::Canvas;
use super::hit::Hit;
use crate::edit::Edit;
use crate::i18n::tr;
use crate::ui::actions::Action;
use crate::ui::command::ViewContext;

impl Canvas {
    pub(super) fn context_menu(&mut self, response: &egui::Response, cx: &mut ViewContext<'_>) {
        let Some((target, at)) = self.gestures.context_target else {
            return;
        };
        let mut keep = false;
        response.context_menu(|ui| {
            keep = true;
            let act = |ui: &mut egui::Ui, action: Action, cx: &mut ViewContext<'_>| {
                let button = egui::Button::new(action.label()).shortcut_text(
                    action
                        .shortcut()
                        .map(|s| ui.ctx().format_shortcut(&s))
                        .unwrap_or_default(),
                );
                if ui.add(button).clicked() {
                    cx.action(action);
                    ui.close();
                }
            };
            match target {
                Some(Hit::Stakeholder(_)) => {
                    act(ui, Action::Rename, cx);
                    if cx.selection.connection_pair().is_some() {
                        act(ui, Action::Connect, cx);
                    } else if ui
                        .button(tr("canvas-connect-to"))
                        .on_hover_text(tr("canvas-connect-to-hover"))
                        .clicked()
                    {
                        self.connect_tool = true;
                        ui.close();
                    }
                    act(ui, Action::TogglePin, cx);
                    ui.separator();
                    act(ui, Action::Cut, cx);
                    act(ui, Action::Copy, cx);
                    act(ui, Action::Duplicate, cx);
                    ui.separator();
                    act(ui, Action::Delete, cx);
                }
                Some(Hit::Relation(edge)) => {
                    if let Some(relation) = cx.map.graph().edge_weight(edge).cloned() {
                        if ui.button(tr("canvas-reverse")).clicked() {
                            let mut reversed = relation.clone();
                            std::mem::swap(&mut reversed.from, &mut reversed.to);
                            cx.edit(Edit::UpdateRelation(reversed));
                            ui.close();
                        }
                        let mutual = tr(if relation.mutual {
                            "canvas-make-one-way"
                        } else {
                            "canvas-make-mutual"
                        });
                        if ui.button(mutual).clicked() {
                            let mut changed = relation.clone();
                            changed.mutual = !changed.mutual;
                            cx.edit(Edit::UpdateRelation(changed));
                            ui.close();
                        }
                        let uncertain = relation.confidence == crate::model::Confidence::Uncertain;
                        let label = tr(if uncertain {
                            "canvas-mark-confirmed"
                        } else {
                            "canvas-mark-uncertain"
                        });
                        if ui.button(label).clicked() {
                            let mut changed = relation.clone();
                            changed.confidence = if uncertain {
                                crate::model::Confidence::Confirmed
                            } else {
                                crate::model::Confidence::Uncertain
                            };
                            cx.edit(Edit::UpdateRelation(changed));
                            ui.close();
                        }
                        ui.separator();
                        act(ui, Action::Delete, cx);
                    }
                }
                None => {
                    if ui.button(tr("canvas-add-here")).clicked() {
                        self.start_new_stakeholder_at(at);
                        ui.close();
                    }
                    act(ui, Action::Paste, cx);
                    act(ui, Action::SelectAll, cx);
                    ui.separator();
                    act(ui, Action::FitAll, cx);
                    act(ui, Action::Arrange, cx);
                }
            }
        });
        if !keep {
            self.gestures.context_target = None;
        }
    }
}
