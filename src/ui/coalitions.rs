//! The coalitions panel: the map's opt-in campaigns, their objective,
//! colour and members. Selecting one highlights its members in every view.

use egui::RichText;

use super::command::{Command, ViewContext};
use crate::edit::Edit;
use crate::model::{Coalition, CoalitionId, Member, MemberRole, Rgb};

/// Colours offered to new coalitions in turn (Okabe–Ito).
const COLOURS: [[u8; 3]; 6] = [
    [0xe6, 0x9f, 0x00],
    [0x00, 0x9e, 0x73],
    [0xcc, 0x79, 0xa7],
    [0x00, 0x72, 0xb2],
    [0xd5, 0x5e, 0x00],
    [0x56, 0xb4, 0xe9],
];

#[derive(Default)]
pub struct CoalitionsPanel {
    selected: Option<CoalitionId>,
}

impl CoalitionsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if ui.button("New coalition").clicked() {
            let id = cx.map.id_allocator().coalition();
            let mut coalition = Coalition::new(id.clone(), format!("Coalition {}", cx.map.coalition_count() + 1));
            coalition.colour = Rgb(COLOURS[cx.map.coalition_count() % COLOURS.len()]);
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
            self.select(Some(id), cx);
        }
        ui.separator();
        let coalitions: Vec<Coalition> = cx.map.coalitions().cloned().collect();
        if coalitions.is_empty() {
            ui.label(RichText::new("No coalitions yet. Select members, then New coalition.").weak());
        }
        for coalition in &coalitions {
            let selected = self.selected.as_ref() == Some(&coalition.id);
            let [r, g, b] = coalition.colour.0;
            let label = RichText::new(format!("{} ({})", coalition.name, coalition.members.len()))
                .color(if selected { ui.visuals().strong_text_color() } else { ui.visuals().text_color() });
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(14.0), egui::Sense::hover());
                ui.painter().circle_filled(rect.center(), 6.0, egui::Color32::from_rgb(r, g, b));
                if ui.selectable_label(selected, label).clicked() {
                    self.select(if selected { None } else { Some(coalition.id.clone()) }, cx);
                }
            });
        }
        if let Some(coalition) = self.selected.as_ref().and_then(|id| cx.map.coalition(id)).cloned() {
            ui.separator();
            self.details_ui(ui, cx, &coalition);
        } else if self.selected.is_some() {
            self.select(None, cx);
        }
    }

    fn select(&mut self, id: Option<CoalitionId>, cx: &mut ViewContext<'_>) {
        self.selected.clone_from(&id);
        cx.commands.push(Command::HighlightCoalition(id));
    }

    fn details_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, coalition: &Coalition) {
        let mut changed = coalition.clone();
        ui.label("Name");
        ui.text_edit_singleline(&mut changed.name);
        ui.label("Objective");
        ui.text_edit_multiline(&mut changed.objective);
        ui.horizontal(|ui| {
            ui.label("Colour");
            let mut rgb = changed.colour.0;
            if ui.color_edit_button_srgb(&mut rgb).changed() {
                changed.colour = Rgb(rgb);
            }
        });
        ui.label(RichText::new("Members").strong());
        let mut remove = None;
        for (i, member) in coalition.members.iter().enumerate() {
            let name = cx.map.stakeholder(&member.stakeholder).map_or("?", |s| s.name.as_str());
            ui.horizontal(|ui| {
                let mut lead = member.role == MemberRole::Lead;
                if ui.checkbox(&mut lead, "Lead").changed() {
                    changed.members[i].role = if lead { MemberRole::Lead } else { MemberRole::Member };
                }
                ui.label(name);
                if ui.small_button("Remove").clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            changed.members.remove(i);
        }
        let to_add: Vec<_> = cx
            .selection
            .stakeholders
            .iter()
            .filter(|id| coalition.member(id).is_none())
            .cloned()
            .collect();
        if ui
            .add_enabled(!to_add.is_empty(), egui::Button::new(format!("Add {} selected", to_add.len())))
            .clicked()
        {
            changed.members.extend(to_add.into_iter().map(|stakeholder| Member {
                stakeholder,
                role: MemberRole::Member,
            }));
        }
        if ui.button("Delete coalition").clicked() {
            cx.edit(Edit::DeleteCoalition(coalition.id.clone()));
            self.select(None, cx);
            return;
        }
        if changed != *coalition {
            cx.edit(Edit::UpdateCoalition(changed));
        }
    }
}
