//! The inspector: every field of the selected stakeholder or relation,
//! edited in place. With several stakeholders selected, a field set here
//! is set on all of them at once. A text field is one undo step per edit
//! (committed when it loses focus), not one per keystroke.

use egui::{Id, RichText, Ui};

use super::command::ViewContext;
use super::fields;
use crate::edit::Edit;
use crate::model::{
    Confidence, Contribution, Kind, Relation, RelationKind, Role, SCORE_RANGE, STRENGTH_RANGE,
    Stakeholder, Stance,
};

/// Sets one field on a stakeholder, for editing several at once.
type FieldSetter = Box<dyn Fn(&mut Stakeholder)>;

/// The inspector keeps no state: text being typed is a draft kept by
/// [`fields`] until the field loses focus.
#[derive(Default)]
pub struct Inspector;

impl Inspector {
    #[expect(
        clippy::unused_self,
        reason = "every panel has a `ui(&mut self, …)`; this one keeps its state in egui's memory"
    )]
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading("Inspector");
        ui.add_space(4.0);
        let selected: Vec<&Stakeholder> = cx
            .selection
            .stakeholders
            .iter()
            .filter_map(|id| cx.map.stakeholder(id))
            .collect();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                match (selected.len(), cx.selection.single_relation()) {
                    (0, Some(id)) => {
                        if let Some(relation) = cx.map.relation(id).cloned() {
                            Self::relation_ui(ui, cx, &relation);
                        }
                    }
                    (0, None) => {
                        ui.label("Select a stakeholder or a relation to see and edit its fields.");
                        ui.add_space(8.0);
                        ui.label(
                            RichText::new(
                                "Double-click the canvas or press N to add a stakeholder.",
                            )
                            .weak(),
                        );
                    }
                    (1, _) => {
                        let stakeholder = selected[0].clone();
                        Self::stakeholder_ui(ui, cx, &stakeholder);
                    }
                    _ => {
                        let group: Vec<Stakeholder> = selected.into_iter().cloned().collect();
                        Self::group_ui(ui, cx, &group);
                    }
                }
            });
    }

    fn stakeholder_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, s: &Stakeholder) {
        let mut changed = s.clone();
        let base = Id::new(("inspector", s.id.as_str()));
        egui::Grid::new("stakeholder-fields")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label("Name");
                if let Some(name) = fields::singleline(ui, base.with("name"), "Name", &s.name) {
                    let name = name.trim().to_owned();
                    if !name.is_empty() {
                        changed.name = name;
                    }
                }
                ui.end_row();
                let name = ui.label("Kind");
                choice_combo(
                    ui,
                    name.id,
                    base.with("kind"),
                    &mut changed.kind,
                    Kind::ALL,
                    Kind::label,
                );
                ui.end_row();
                let name = ui.label("Stance");
                choice_combo(
                    ui,
                    name.id,
                    base.with("stance"),
                    &mut changed.stance,
                    Stance::ALL,
                    Stance::label,
                );
                ui.end_row();
                let name = ui.label("Role");
                choice_combo(
                    ui,
                    name.id,
                    base.with("role"),
                    &mut changed.role,
                    Role::ALL,
                    Role::label,
                );
                ui.end_row();
                ui.label("Power");
                score_buttons(ui, "Power", &mut changed.power);
                ui.end_row();
                ui.label("Interest");
                score_buttons(ui, "Interest", &mut changed.interest);
                ui.end_row();
                ui.label("Commitment");
                score_buttons(ui, "Commitment", &mut changed.commitment);
                ui.end_row();
                ui.label("Pinned");
                ui.checkbox(&mut changed.pinned, "Stays put when arranging");
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.label(RichText::new("Contributions").strong());
        ui.horizontal_wrapped(|ui| {
            for &kind in Contribution::ALL {
                let mut has = changed.contributions.contains(&kind);
                if ui.checkbox(&mut has, kind.label()).changed() {
                    if has {
                        changed.contributions.push(kind);
                    } else {
                        changed.contributions.retain(|c| *c != kind);
                    }
                }
            }
        });
        ui.add_space(6.0);
        ui.label(RichText::new("Expertise").strong())
            .on_hover_text("Separate with commas");
        if let Some(text) = fields::singleline(
            ui,
            base.with("expertise"),
            "Expertise",
            &s.expertise.join(", "),
        ) {
            changed.expertise = fields::split_list(&text);
        }
        ui.label(RichText::new("Tags").strong())
            .on_hover_text("Separate with commas");
        if let Some(text) = fields::singleline(ui, base.with("tags"), "Tags", &s.tags.join(", ")) {
            changed.tags = fields::split_list(&text);
        }
        ui.label(RichText::new("Notes").strong());
        if let Some(text) = fields::multiline(ui, base.with("notes"), "Notes", &s.notes) {
            changed.notes = text;
        }
        ui.label(RichText::new("Confidential notes").strong())
            .on_hover_text("Left out of copies made for sharing");
        if let Some(text) = fields::multiline(
            ui,
            base.with("confidential"),
            "Confidential notes",
            &s.confidential_notes,
        ) {
            changed.confidential_notes = text;
        }
        ui.add_space(6.0);
        let relations = cx.map.relations_of(&s.id).len();
        let coalitions: Vec<&str> = cx
            .map
            .coalitions_of(&s.id)
            .map(|c| c.name.as_str())
            .collect();
        let plural = if relations == 1 { "" } else { "s" };
        ui.label(RichText::new(format!("{relations} relation{plural} · id {}", s.id)).weak());
        if !coalitions.is_empty() {
            ui.label(RichText::new(format!("In {}", coalitions.join(", "))).weak());
        }
        changed.normalize();
        let mut original = s.clone();
        original.normalize();
        if changed != original {
            cx.edit(Edit::UpdateStakeholder(changed));
        }
    }

    /// Fields common to several stakeholders: a change applies to all, as one step.
    fn group_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, group: &[Stakeholder]) {
        ui.label(RichText::new(format!("{} stakeholders selected", group.len())).strong());
        ui.label(RichText::new("A field set here is set on all of them.").weak());
        ui.add_space(6.0);
        let common = |f: &dyn Fn(&Stakeholder) -> String| {
            let first = f(&group[0]);
            group.iter().all(|s| f(s) == first).then_some(first)
        };
        let mut set: Option<FieldSetter> = None;
        egui::Grid::new("group-fields")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label("Kind");
                if let Some(kind) = pick(
                    ui,
                    "group-kind",
                    common(&|s| s.kind.label().to_owned()),
                    Kind::ALL,
                    Kind::label,
                ) {
                    set = Some(Box::new(move |s| s.kind = kind));
                }
                ui.end_row();
                ui.label("Stance");
                if let Some(stance) = pick(
                    ui,
                    "group-stance",
                    common(&|s| s.stance.label().to_owned()),
                    Stance::ALL,
                    Stance::label,
                ) {
                    set = Some(Box::new(move |s| s.stance = stance));
                }
                ui.end_row();
                ui.label("Role");
                if let Some(role) = pick(
                    ui,
                    "group-role",
                    common(&|s| s.role.label().to_owned()),
                    Role::ALL,
                    Role::label,
                ) {
                    set = Some(Box::new(move |s| s.role = role));
                }
                ui.end_row();
                for (label, get, apply) in [
                    (
                        "Power",
                        (|s: &Stakeholder| s.power) as fn(&Stakeholder) -> u8,
                        (|s: &mut Stakeholder, v| s.power = v) as fn(&mut Stakeholder, u8),
                    ),
                    (
                        "Interest",
                        |s: &Stakeholder| s.interest,
                        |s: &mut Stakeholder, v| s.interest = v,
                    ),
                    (
                        "Commitment",
                        |s: &Stakeholder| s.commitment,
                        |s: &mut Stakeholder, v| s.commitment = v,
                    ),
                ] {
                    ui.label(label);
                    let first = get(&group[0]);
                    let mut value = if group.iter().all(|s| get(s) == first) {
                        first
                    } else {
                        0
                    };
                    let before = value;
                    score_buttons(ui, label, &mut value);
                    if value != before && value != 0 {
                        set = Some(Box::new(move |s| apply(s, value)));
                    }
                    ui.end_row();
                }
            });
        if let Some(set) = set {
            let edits = group
                .iter()
                .map(|s| {
                    let mut changed = s.clone();
                    set(&mut changed);
                    Edit::UpdateStakeholder(changed)
                })
                .collect();
            cx.edit(Edit::Batch(edits));
        }
    }

    fn relation_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, r: &Relation) {
        let name = |id| cx.map.stakeholder(id).map_or("?", |s| s.name.as_str());
        ui.label(RichText::new(format!("From {}", name(&r.from))).strong());
        ui.label(RichText::new(format!("to {}", name(&r.to))).strong());
        ui.add_space(4.0);
        let mut changed = r.clone();
        let base = Id::new(("inspector", r.id.as_str()));
        egui::Grid::new("relation-fields")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label("Kind");
                let custom = match &r.kind {
                    RelationKind::Custom(label) => Some(label.clone()),
                    _ => None,
                };
                egui::ComboBox::from_id_salt(base.with("kind"))
                    .selected_text(r.kind.label())
                    .show_ui(ui, |ui| {
                        for kind in RelationKind::BUILT_IN {
                            ui.selectable_value(&mut changed.kind, kind.clone(), kind.label());
                        }
                        if ui.selectable_label(custom.is_some(), "Other…").clicked()
                            && custom.is_none()
                        {
                            changed.kind = RelationKind::Custom("Other".to_owned());
                        }
                    });
                ui.end_row();
                if let Some(label) = custom {
                    ui.label("Named");
                    if let Some(text) =
                        fields::singleline(ui, base.with("custom"), "Relation kind name", &label)
                        && !text.trim().is_empty()
                    {
                        changed.kind = RelationKind::Custom(text.trim().to_owned());
                    }
                    ui.end_row();
                }
                ui.label("Direction");
                ui.horizontal(|ui| {
                    ui.checkbox(&mut changed.mutual, "Mutual");
                    if ui.button("Reverse").clicked() {
                        std::mem::swap(&mut changed.from, &mut changed.to);
                    }
                });
                ui.end_row();
                ui.label("Strength");
                ui.horizontal(|ui| {
                    for value in STRENGTH_RANGE {
                        let label = ["", "Weak", "Medium", "Strong"][value as usize];
                        ui.selectable_value(&mut changed.strength, value, label);
                    }
                });
                ui.end_row();
                let name = ui.label("Confidence");
                choice_combo(
                    ui,
                    name.id,
                    base.with("confidence"),
                    &mut changed.confidence,
                    Confidence::ALL,
                    Confidence::label,
                );
                ui.end_row();
            });
        ui.label(RichText::new("Note").strong());
        if let Some(text) = fields::multiline(ui, base.with("note"), "Note", &r.note) {
            changed.note = text;
        }
        ui.label(RichText::new(format!("id {}", r.id)).weak());
        if changed != *r {
            cx.edit(Edit::UpdateRelation(changed));
        }
    }
}

/// A combo box for one value, named for screen readers by the label
/// `named_by` (the grid's left column).
fn choice_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    named_by: Id,
    id: Id,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> &'static str,
) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for &choice in all {
                ui.selectable_value(value, choice, label(choice));
            }
        })
        .response
        .labelled_by(named_by);
}

/// A combo box for several stakeholders whose values may differ ("Mixed").
fn pick<T: Copy>(
    ui: &mut Ui,
    id: &str,
    current: Option<String>,
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> Option<T> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(current.unwrap_or_else(|| "Mixed".to_owned()))
        .show_ui(ui, |ui| {
            for &choice in all {
                if ui.selectable_label(false, label(choice)).clicked() {
                    picked = Some(choice);
                }
            }
        });
    picked
}

/// Five buttons for a 1–5 score: one click, one undo step. 0 shows none chosen.
fn score_buttons(ui: &mut Ui, name: &str, value: &mut u8) {
    ui.horizontal(|ui| {
        for score in SCORE_RANGE {
            let chosen = *value == score;
            let button = ui
                .selectable_value(value, score, score.to_string())
                .on_hover_text(format!("{name} {score} of 5"));
            button.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::WidgetType::SelectableLabel,
                    true,
                    chosen,
                    format!("{name} {score} of 5"),
                )
            });
        }
    });
}
