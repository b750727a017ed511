//! The coalitions panel: the map's opt-in campaigns, their objective,
//! colour and members. Selecting one highlights its members in every view.
//! Members come from the selection, or by dragging a stakeholder (from the
//! table or the outline) onto a coalition. Every change is one undo step;
//! a text field is one step per edit, kept when the field is left.

use egui::{Color32, Id, RichText, Sense, Stroke, Ui, Vec2};

use super::command::{Command, ViewContext};
use super::fields::{self, Typed};
use super::glyph;
use super::theme;
use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::model::{Coalition, CoalitionId, Member, MemberRole, Rgb, StakeholderId};

const COLOURS: [(Rgb, &str); 7] = theme::COALITION_COLOURS;

/// What the panel keeps between frames: nothing but the layout. The
/// coalition shown is the one highlighted, so the panel and the views
/// always agree.
#[derive(Default)]
pub struct CoalitionsPanel;

impl CoalitionsPanel {
    #[expect(
        clippy::unused_self,
        reason = "every panel has a `ui(&mut self, …)`; this one keeps its state in egui's memory"
    )]
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading(tr("coalitions-heading"));
        let selected_count = cx.selection.stakeholders.len();
        let hover = tr_with("coalitions-new-hover", &[("count", selected_count.into())]);
        if ui
            .button(tr("coalitions-new"))
            .on_hover_text(hover)
            .clicked()
        {
            Self::create(cx);
        }
        ui.separator();
        let highlighted = cx.shown.highlighted_coalition().cloned();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                Self::list_ui(ui, cx, highlighted.as_ref());
                if let Some(coalition) = highlighted.as_ref().and_then(|id| cx.map.coalition(id)) {
                    let coalition = coalition.clone();
                    ui.separator();
                    Self::details_ui(ui, cx, &coalition);
                }
            });
    }

    /// Adds a coalition with the selected stakeholders as members, and shows it.
    fn create(cx: &mut ViewContext<'_>) {
        let id = cx.map.id_allocator().coalition();
        let count = cx.map.coalition_count();
        let name = tr_with("coalitions-default-name", &[("number", (count + 1).into())]);
        let mut coalition = Coalition::new(id.clone(), name);
        coalition.colour = COLOURS[count % COLOURS.len()].0;
        coalition.members = cx
            .selection
            .stakeholders
            .iter()
            .map(|id| Member {
                stakeholder: id.clone(),
                role: MemberRole::Member,
            })
            .collect();
        cx.edit(Edit::AddCoalition(coalition));
        cx.commands.push(Command::HighlightCoalition(Some(id)));
    }

    /// One line per coalition: click to show and highlight it, drop a
    /// stakeholder on it to add them.
    fn list_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, highlighted: Option<&CoalitionId>) {
        if cx.map.coalition_count() == 0 {
            ui.label(RichText::new(tr("coalitions-none-yet")).weak());
            return;
        }
        let mut dropped: Vec<(CoalitionId, StakeholderId)> = Vec::new();
        let mut clicked = None;
        for coalition in cx.map.coalitions() {
            let is_shown = highlighted == Some(&coalition.id);
            let row = ui.horizontal(|ui| {
                swatch(ui, coalition.colour, 7.0);
                let label = format!(
                    "{} ({})",
                    super::script::display_text(&coalition.name),
                    coalition.members.len()
                );
                // Long names wrap rather than widen the panel.
                let button =
                    egui::Button::selectable(is_shown, label).wrap_mode(egui::TextWrapMode::Wrap);
                let response = ui.add(button).on_hover_text(tr("coalitions-row-hover"));
                if response.clicked() {
                    clicked = Some((!is_shown).then(|| coalition.id.clone()));
                }
            });
            let zone = ui.interact(
                row.response.rect,
                Id::new(("coalition-drop", coalition.id.as_str())),
                Sense::hover(),
            );
            if let Some(payload) = zone.dnd_hover_payload::<StakeholderId>() {
                let joins = coalition.member(&payload).is_none();
                let colour = if joins {
                    ui.visuals().selection.stroke.color
                } else {
                    ui.visuals().weak_text_color()
                };
                ui.painter().rect_stroke(
                    row.response.rect.expand(2.0),
                    4.0,
                    Stroke::new(2.0, colour),
                    egui::StrokeKind::Outside,
                );
            }
            if let Some(payload) = zone.dnd_release_payload::<StakeholderId>() {
                dropped.push((coalition.id.clone(), (*payload).clone()));
            }
        }
        if stakeholder_dragged(ui) {
            ui.label(RichText::new(tr("coalitions-drop-hint")).weak());
        }
        if let Some(id) = clicked {
            cx.commands.push(Command::HighlightCoalition(id));
        }
        for (coalition, stakeholder) in dropped {
            Self::add_members(cx, &coalition, &[stakeholder]);
        }
    }

    /// Adds stakeholders who are not members yet, as one undo step.
    fn add_members(cx: &mut ViewContext<'_>, id: &CoalitionId, stakeholders: &[StakeholderId]) {
        let Some(coalition) = cx.map.coalition(id) else {
            return;
        };
        let mut changed = coalition.clone();
        for stakeholder in stakeholders {
            if changed.member(stakeholder).is_none() && cx.map.stakeholder(stakeholder).is_some() {
                changed.members.push(Member {
                    stakeholder: stakeholder.clone(),
                    role: MemberRole::Member,
                });
            }
        }
        if changed.members.len() != coalition.members.len() {
            cx.edit(Edit::UpdateCoalition(changed));
        }
    }

    fn details_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, coalition: &Coalition) {
        let mut changed = coalition.clone();
        let base = Id::new(("coalition", coalition.id.as_str()));
        // Text still being typed: kept by the autosave, not yet an undo step.
        let mut typing = None;
        ui.label(RichText::new(tr("coalitions-name")).strong());
        let name_field = tr("coalitions-name-field");
        match fields::singleline_typed(ui, base.with("name"), &name_field, &coalition.name) {
            Some(Typed::Committed(name)) if !name.trim().is_empty() => {
                name.trim().clone_into(&mut changed.name);
            }
            Some(Typed::Typing(name)) if !name.trim().is_empty() => {
                name.trim()
                    .clone_into(&mut typing.get_or_insert_with(|| coalition.clone()).name);
            }
            _ => {}
        }
        let objective_name = tr("coalitions-objective");
        ui.label(RichText::new(&objective_name).strong());
        match fields::multiline_typed(
            ui,
            base.with("objective"),
            &objective_name,
            &coalition.objective,
        ) {
            Some(Typed::Committed(objective)) => changed.objective = objective,
            Some(Typed::Typing(objective)) => {
                typing.get_or_insert_with(|| coalition.clone()).objective = objective;
            }
            None => {}
        }
        if let Some(typing) = typing {
            cx.draft(Edit::UpdateCoalition(typing));
        }
        ui.label(RichText::new(tr("coalitions-colour")).strong());
        ui.horizontal_wrapped(|ui| {
            for (colour, name_id) in COLOURS {
                let name = tr(name_id);
                let chosen = coalition.colour == colour;
                let response = swatch_button(ui, colour, chosen);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::WidgetType::SelectableLabel,
                        true,
                        chosen,
                        tr_with("coalitions-colour-named", &[("name", name.clone().into())]),
                    )
                });
                if response.on_hover_text(name).clicked() {
                    changed.colour = colour;
                }
            }
        });
        ui.add_space(4.0);
        Self::members_ui(ui, cx, coalition, &mut changed);
        ui.add_space(8.0);
        let delete = ui
            .button(tr("coalitions-delete"))
            .on_hover_text(tr("coalitions-delete-hover"));
        if changed != *coalition {
            cx.edit(Edit::UpdateCoalition(changed));
        } else if delete.clicked() {
            cx.edit(Edit::DeleteCoalition(coalition.id.clone()));
            cx.commands.push(Command::HighlightCoalition(None));
        }
    }

    fn members_ui(
        ui: &mut Ui,
        cx: &mut ViewContext<'_>,
        coalition: &Coalition,
        changed: &mut Coalition,
    ) {
        let leads = coalition
            .members
            .iter()
            .filter(|m| m.role == MemberRole::Lead)
            .count();
        ui.label(
            RichText::new(tr_with(
                "coalitions-members",
                &[
                    ("count", coalition.members.len().into()),
                    ("leads", leads.into()),
                ],
            ))
            .strong(),
        );
        let mut members: Vec<(&Member, &str)> = coalition
            .members
            .iter()
            .map(|m| {
                (
                    m,
                    cx.map
                        .stakeholder(&m.stakeholder)
                        .map_or("?", |s| s.name.as_str()),
                )
            })
            .collect();
        members.sort_by_key(|(_, name)| name.to_lowercase());
        let zone = egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if members.is_empty() {
                ui.label(RichText::new(tr("coalitions-no-members")).weak());
            }
            for (member, name) in &members {
                // Lead and Remove on the right; the name takes what is
                // left, on up to two lines broken between words.
                let size = egui::TextStyle::Button.resolve(ui.style()).size;
                let padding = ui.spacing().button_padding;
                let name_width = ui.available_width() - controls_width(ui) - 2.0 * padding.x;
                let name_text = glyph::label_galley(ui.painter(), name, size, name_width, 2);
                let height = name_text.size().y + 2.0 * padding.y;
                let row = egui::vec2(
                    ui.available_width(),
                    height.max(ui.spacing().interact_size.y),
                );
                let right_to_left = egui::Layout::right_to_left(egui::Align::Center);
                ui.allocate_ui_with_layout(row, right_to_left, |ui| {
                    let remove = ui.small_button(tr("coalitions-remove"));
                    remove.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::WidgetType::Button,
                            true,
                            tr_with("coalitions-remove-named", &[("name", (*name).into())]),
                        )
                    });
                    if remove.clicked() {
                        changed
                            .members
                            .retain(|m| m.stakeholder != member.stakeholder);
                    }
                    let mut lead = member.role == MemberRole::Lead;
                    let toggle = ui.checkbox(&mut lead, tr("coalitions-lead"));
                    toggle.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::WidgetType::Checkbox,
                            true,
                            lead,
                            tr_with("coalitions-leads-named", &[("name", (*name).into())]),
                        )
                    });
                    if toggle.changed()
                        && let Some(m) = changed
                            .members
                            .iter_mut()
                            .find(|m| m.stakeholder == member.stakeholder)
                    {
                        m.role = if lead {
                            MemberRole::Lead
                        } else {
                            MemberRole::Member
                        };
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let selected = cx.selection.contains_stakeholder(&member.stakeholder);
                        let button = ui.add(egui::Button::selectable(selected, name_text));
                        // A screen reader gets the whole name, however cut.
                        button.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::WidgetType::Button,
                                true,
                                selected,
                                *name,
                            )
                        });
                        let select =
                            tr_with("coalitions-select-named", &[("name", (*name).into())]);
                        if button.on_hover_text(select).clicked() {
                            cx.selection
                                .select_only_stakeholder(member.stakeholder.clone());
                            cx.commands
                                .push(Command::CenterOn(member.stakeholder.clone()));
                        }
                    });
                });
            }
        });
        let zone = ui.interact(
            zone.response.rect,
            Id::new(("coalition-members-drop", coalition.id.as_str())),
            Sense::hover(),
        );
        if zone.dnd_hover_payload::<StakeholderId>().is_some() {
            ui.painter().rect_stroke(
                zone.rect,
                4.0,
                Stroke::new(2.0, ui.visuals().selection.stroke.color),
                egui::StrokeKind::Inside,
            );
        }
        if let Some(payload) = zone.dnd_release_payload::<StakeholderId>()
            && changed.member(&payload).is_none()
            && cx.map.stakeholder(&payload).is_some()
        {
            changed.members.push(Member {
                stakeholder: (*payload).clone(),
                role: MemberRole::Member,
            });
        }
        let (to_add, to_remove): (Vec<&StakeholderId>, Vec<&StakeholderId>) = cx
            .selection
            .stakeholders
            .iter()
            .partition(|id| coalition.member(id).is_none());
        ui.horizontal_wrapped(|ui| {
            let add = ui
                .add_enabled(
                    !to_add.is_empty(),
                    egui::Button::new(tr_with(
                        "coalitions-add-selected",
                        &[("count", to_add.len().into())],
                    )),
                )
                .on_hover_text(tr("coalitions-add-selected-hover"));
            if add.clicked() {
                changed
                    .members
                    .extend(to_add.iter().map(|&stakeholder| Member {
                        stakeholder: stakeholder.clone(),
                        role: MemberRole::Member,
                    }));
            }
            let remove = ui
                .add_enabled(
                    !to_remove.is_empty(),
                    egui::Button::new(tr_with(
                        "coalitions-remove-selected",
                        &[("count", to_remove.len().into())],
                    )),
                )
                .on_hover_text(tr("coalitions-remove-selected-hover"));
            if remove.clicked() {
                changed
                    .members
                    .retain(|m| !to_remove.contains(&&m.stakeholder));
            }
        });
    }
}

/// The width the Lead checkbox and the Remove button of a member's row
/// take, with the spacing between them and the name.
fn controls_width(ui: &Ui) -> f32 {
    let spacing = ui.spacing();
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = |t: &str| {
        ui.painter()
            .layout_no_wrap(t.to_owned(), font.clone(), Color32::PLACEHOLDER)
            .size()
            .x
    };
    let lead = spacing.icon_width + spacing.icon_spacing + text(&tr("coalitions-lead"));
    let remove = text(&tr("coalitions-remove")) + 2.0 * spacing.button_padding.x;
    lead + remove + 3.0 * spacing.item_spacing.x
}

/// Whether a stakeholder is being dragged anywhere, to say where it can go.
fn stakeholder_dragged(ui: &Ui) -> bool {
    egui::DragAndDrop::has_payload_of_type::<StakeholderId>(ui.ctx())
}

fn colour32(colour: Rgb) -> Color32 {
    theme::coalition_colour(colour)
}

/// A coloured dot.
fn swatch(ui: &mut Ui, colour: Rgb, radius: f32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(radius * 2.0 + 2.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), radius, colour32(colour));
}

/// A coloured dot to click, ringed when chosen.
fn swatch_button(ui: &mut Ui, colour: Rgb, chosen: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(24.0), Sense::click());
    let painter = ui.painter();
    painter.circle_filled(rect.center(), 9.0, colour32(colour));
    if chosen {
        painter.circle_stroke(
            rect.center(),
            11.0,
            Stroke::new(2.5, ui.visuals().strong_text_color()),
        );
    } else if response.hovered() {
        painter.circle_stroke(
            rect.center(),
            11.0,
            Stroke::new(1.5, ui.visuals().weak_text_color()),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Galley;
    use std::sync::Arc;

    /// Lays out `name` at each of a range of widths, in a frame of a bare
    /// egui context; returns the text of each line of each layout.
    fn lines_at_widths(layout: impl Fn(&egui::Painter, f32) -> Arc<Galley>) -> Vec<Vec<String>> {
        let ctx = egui::Context::default();
        let mut all = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter();
            for width in (90..=200).step_by(5) {
                let galley = layout(painter, width as f32);
                all.push(galley.rows.iter().map(|r| r.text()).collect());
            }
        });
        output.textures_delta.clear();
        all
    }

    /// Whether every word shown is one of the name's, whole.
    fn whole_words(name: &str, lines: &[String]) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        lines
            .iter()
            .flat_map(|line| line.split_whitespace())
            .map(|word| word.trim_end_matches('…'))
            .filter(|word| !word.is_empty())
            .all(|word| words.contains(&word))
    }

    #[test]
    fn a_long_member_name_wraps_and_is_cut_between_words() {
        let name = "Cardinal Nzapalainga Archbishop of Bangui";
        let ours =
            lines_at_widths(|painter, width| glyph::label_galley(painter, name, 14.0, width, 2));
        for lines in &ours {
            assert!(lines.len() <= 2, "{lines:?}");
            assert!(whole_words(name, lines), "{lines:?}");
        }
        assert!(
            ours.iter()
                .any(|lines| lines[lines.len() - 1].ends_with('…'))
        );
        // What egui's own truncation does, and the panel did: it cuts
        // within a word.
        let egui_cut = lines_at_widths(|painter, width| {
            let mut job = egui::text::LayoutJob::simple_singleline(
                name.to_owned(),
                egui::FontId::proportional(14.0),
                Color32::PLACEHOLDER,
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(width);
            painter.layout_job(job)
        });
        assert!(egui_cut.iter().any(|lines| !whole_words(name, lines)));
    }

    #[test]
    fn a_chinese_name_wraps_between_characters_rather_than_being_cut() {
        for name in [
            "联合国难民事务高级专员公署",
            "Comité de médiation 调解委员会联合会",
        ] {
            let lines = lines_at_widths(|painter, width| {
                glyph::label_galley(painter, name, 14.0, width, 2)
            });
            let whole_on_two = lines.iter().any(|lines| {
                lines.len() == 2 && lines.concat().replace(' ', "") == name.replace(' ', "")
            });
            assert!(
                whole_on_two,
                "{name} is never shown whole on two lines: {lines:?}"
            );
            assert!(lines.iter().all(|lines| lines.len() <= 2), "{lines:?}");
        }
    }

    #[test]
    fn a_word_too_long_for_its_line_is_never_split_over_two() {
        for name in [
            "International Security Council",
            "Organisation internationale de la Francophonie",
            "Comité d’éducation préscolaire Bangui-Mpoko",
        ] {
            for lines in
                lines_at_widths(|painter, width| glyph::label_galley(painter, name, 14.0, width, 2))
            {
                assert!(lines.len() <= 2, "{lines:?}");
                let one_cut_line = lines.len() == 1 && lines[0].ends_with('…');
                assert!(
                    one_cut_line || whole_words(name, &lines),
                    "{name}: {lines:?}"
                );
            }
        }
    }
}
