//! The inspector: every field of the selected stakeholder or relation,
//! edited in place. With several stakeholders selected, a field set here
//! is set on all of them at once. A text field is one undo step per edit
//! (committed when it loses focus), not one per keystroke.

use egui::{Id, RichText, Ui};
use petgraph::stable_graph::NodeIndex;

use super::command::ViewContext;
use super::fields::{self, Typed};
use super::selection::Selection;
use crate::edit::Edit;
use crate::i18n::{
    Translated, relation_kind, stakeholder_choices, stakeholder_value, strength, tr, tr_with,
};
use crate::model::field::{RelationField, StakeholderField};
use crate::model::{
    Confidence, Contribution, Kind, Map, Relation, RelationKind, Role, SCORE_RANGE, STRENGTH_RANGE,
    Stakeholder, Stance,
};

/// Sets one field on a stakeholder, for editing several at once.
type FieldSetter = Box<dyn Fn(&mut Stakeholder)>;

/// What the list fields say on hover: the map keeps tags as a set, in
/// alphabetical order, so what is typed comes back sorted.
const LIST_HOVER: &str = "inspector-list-hover";

/// A change to an item being drawn: the item is copied only on the frame
/// a field changes, not on every frame it is shown.
struct Changes<'a, T: Clone> {
    original: &'a T,
    changed: Option<T>,
    /// The item with the text still being typed in one of its fields.
    typing: Option<T>,
}

impl<'a, T: Clone> Changes<'a, T> {
    fn of(original: &'a T) -> Self {
        Self {
            original,
            changed: None,
            typing: None,
        }
    }

    fn set(&mut self, change: impl FnOnce(&mut T)) {
        change(self.changed.get_or_insert_with(|| self.original.clone()));
    }

    /// A text field's text: a change when left, a draft while typed.
    fn set_text(&mut self, typed: Option<Typed>, change: impl FnOnce(&mut T, String)) {
        match typed {
            Some(Typed::Committed(text)) => self.set(|c| change(c, text)),
            Some(Typed::Typing(text)) => {
                change(
                    self.typing.get_or_insert_with(|| self.original.clone()),
                    text,
                );
            }
            None => {}
        }
    }
}

/// The inspector keeps only what it found of the selection; text being
/// typed is a draft kept by [`fields`] until the field loses focus.
#[derive(Default)]
pub struct Inspector {
    found: Option<Found>,
}

/// The selected stakeholders found in the map, and what they have in
/// common, for the generation and selection they were found for: found
/// again only when either changes, not on every frame (after Select all
/// on a large map, 20,000 look-ups by id and six passes over them).
struct Found {
    generation: u64,
    selection: Selection,
    stakeholders: Vec<NodeIndex>,
    common: Common,
}

/// What a group of stakeholders has in common: the kind, stance and role
/// all share, if any, and the power, interest and commitment all share,
/// else 0.
#[derive(Default)]
struct Common {
    choices: [Option<String>; 3],
    scores: [u8; 3],
}

/// The fields of a group set from a choice, and from a score.
const GROUP_CHOICES: [StakeholderField; 3] = [
    StakeholderField::Kind,
    StakeholderField::Stance,
    StakeholderField::Role,
];
const GROUP_SCORES: [StakeholderField; 3] = [
    StakeholderField::Power,
    StakeholderField::Interest,
    StakeholderField::Commitment,
];

impl Found {
    fn of(map: &Map, generation: u64, selection: &Selection) -> Self {
        let stakeholders: Vec<NodeIndex> = selection
            .stakeholders
            .iter()
            .filter_map(|id| map.node_index(id))
            .collect();
        let group: Vec<&Stakeholder> = stakeholders
            .iter()
            .filter_map(|&index| map.graph().node_weight(index))
            .collect();
        let common = if group.len() > 1 {
            Common::of(&group)
        } else {
            Common::default()
        };
        Self {
            generation,
            selection: selection.clone(),
            stakeholders,
            common,
        }
    }
}

impl Common {
    fn of(group: &[&Stakeholder]) -> Self {
        let Some(first) = group.first() else {
            return Self::default();
        };
        Self {
            choices: GROUP_CHOICES.map(|field| {
                let value = stakeholder_value(field, first);
                group
                    .iter()
                    .all(|s| stakeholder_value(field, s) == value)
                    .then(|| value.into_owned())
            }),
            scores: GROUP_SCORES.map(|field| {
                let value = score_of(first, field);
                if group.iter().all(|s| score_of(s, field) == value) {
                    value
                } else {
                    0
                }
            }),
        }
    }
}

impl Inspector {
    /// The selected stakeholders, found again when the map or the
    /// selection changed.
    fn found(&mut self, map: &Map, generation: u64, selection: &Selection) -> &Found {
        let fresh = self
            .found
            .as_ref()
            .is_some_and(|found| found.generation == generation && found.selection == *selection);
        if !fresh {
            self.found = Some(Found::of(map, generation, selection));
        }
        self.found
            .get_or_insert_with(|| Found::of(map, generation, selection))
    }

    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading(tr("inspector-heading"));
        ui.add_space(4.0);
        // The map is read through its own reference, so the items drawn
        // need no copy while `cx` takes the edits.
        let map: &Map = cx.map;
        let found = self.found(map, cx.generation, cx.selection);
        let selected: Vec<&Stakeholder> = found
            .stakeholders
            .iter()
            .filter_map(|&index| map.graph().node_weight(index))
            .collect();
        let common = &found.common;
        let shows = match (selected.as_slice(), cx.selection.single_relation()) {
            ([], Some(_)) => "relation",
            ([], None) => "nothing",
            ([_], _) => "stakeholder",
            _ => "group",
        };
        // A scroll area of its own for each kind of content: a stakeholder's
        // fields need a scroll bar where a group's do not, and one area for
        // both would fade its bar out and in over a dozen frames at each
        // change, each frame drawing a large map's kept triangles again.
        egui::ScrollArea::vertical()
            .id_salt(("inspector", shows))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                match (selected.as_slice(), cx.selection.single_relation()) {
                    ([], Some(id)) => {
                        if let Some(relation) = map.relation(id) {
                            Self::relation_ui(ui, cx, map, relation);
                        }
                    }
                    ([], None) => {
                        ui.label(tr("inspector-nothing-selected"));
                        ui.add_space(8.0);
                        ui.label(RichText::new(tr("inspector-how-to-add")).weak());
                    }
                    ([one], _) => Self::stakeholder_ui(ui, cx, map, one),
                    (group, _) => Self::group_ui(ui, cx, group, common),
                }
            });
    }

    fn stakeholder_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, map: &Map, s: &Stakeholder) {
        let mut changes = Changes::of(s);
        let base = Id::new(("inspector", s.id.as_str()));
        let label = |field: StakeholderField| field.translated();
        fields_grid(ui, "stakeholder-fields", |ui| {
            let name_label = label(StakeholderField::Name);
            ui.label(&name_label);
            let name = fields::singleline_typed(ui, base.with("name"), &name_label, &s.name);
            changes.set_text(name, |c, name| {
                StakeholderField::Name.set_typed(c, &name);
            });
            ui.end_row();
            if let Some(kind) = choice_row(ui, base, StakeholderField::Kind, s.kind, Kind::ALL) {
                changes.set(|c| c.kind = kind);
            }
            if let Some(stance) =
                choice_row(ui, base, StakeholderField::Stance, s.stance, Stance::ALL)
            {
                changes.set(|c| c.stance = stance);
            }
            if let Some(role) = choice_row(ui, base, StakeholderField::Role, s.role, Role::ALL) {
                changes.set(|c| c.role = role);
            }
            for field in [
                StakeholderField::Power,
                StakeholderField::Interest,
                StakeholderField::Commitment,
            ] {
                ui.label(label(field));
                let mut value = score_of(s, field);
                let before = value;
                score_buttons(ui, &label(field), &mut value);
                if value != before {
                    changes.set(|c| set_score(c, field, value));
                }
                ui.end_row();
            }
            ui.label(label(StakeholderField::Pinned));
            let mut pinned = s.pinned;
            if ui.checkbox(&mut pinned, tr("inspector-pinned")).changed() {
                changes.set(|c| c.pinned = pinned);
            }
            ui.end_row();
        });
        ui.add_space(6.0);
        ui.label(RichText::new(label(StakeholderField::Contributions)).strong());
        ui.horizontal_wrapped(|ui| {
            for &kind in Contribution::ALL {
                let mut has = s.contributions.contains(&kind);
                if ui.checkbox(&mut has, kind.translated()).changed() {
                    changes.set(|c| {
                        if has {
                            c.contributions.push(kind);
                        } else {
                            c.contributions.retain(|k| *k != kind);
                        }
                    });
                }
            }
        });
        ui.add_space(6.0);
        for (field, key, list) in [
            (StakeholderField::Expertise, "expertise", &s.expertise),
            (StakeholderField::Tags, "tags", &s.tags),
        ] {
            ui.label(RichText::new(label(field)).strong())
                .on_hover_text(tr(LIST_HOVER));
            let shown = list.join(", ");
            let typed = fields::DraftField::singleline(base.with(key), &label(field), &shown)
                .hover_text(&tr(LIST_HOVER))
                .show(ui)
                .typed();
            changes.set_text(typed, |c, text| {
                field.set_typed(c, &text);
            });
        }
        ui.label(RichText::new(label(StakeholderField::Notes)).strong());
        let notes = fields::multiline_typed(
            ui,
            base.with("notes"),
            &label(StakeholderField::Notes),
            &s.notes,
        );
        changes.set_text(notes, |c, text| c.notes = text);
        let confidential = label(StakeholderField::ConfidentialNotes);
        ui.label(RichText::new(&confidential).strong())
            .on_hover_text(tr("inspector-confidential-hover"));
        let secret = fields::multiline_typed(
            ui,
            base.with("confidential"),
            &confidential,
            &s.confidential_notes,
        );
        changes.set_text(secret, |c, text| c.confidential_notes = text);
        ui.add_space(6.0);
        let relations = map.relations_of(&s.id).len();
        let coalitions: Vec<&str> = map.coalitions_of(&s.id).map(|c| c.name.as_str()).collect();
        let about = tr_with(
            "inspector-relations-and-id",
            &[("count", relations.into()), ("id", s.id.as_str().into())],
        );
        ui.label(RichText::new(about).weak());
        if !coalitions.is_empty() {
            let coalitions = coalitions.join(", ");
            let text = tr_with(
                "inspector-in-coalitions",
                &[("coalitions", coalitions.into())],
            );
            ui.label(RichText::new(text).weak());
        }
        let subject = crate::model::Subject::Stakeholder(s.id.clone());
        super::inspector_history::history_ui(ui, cx, &subject);
        super::plan::engagement::place_ui(ui, cx, s);
        super::plan::engagement::contacts_ui(ui, cx, &subject);
        let mut original = s.clone();
        original.normalize();
        if let Some(mut changed) = changes.changed {
            changed.normalize();
            if changed != original {
                cx.edit(Edit::UpdateStakeholder(changed));
            }
        } else if let Some(mut typing) = changes.typing {
            typing.normalize();
            if typing != original {
                cx.draft(Edit::UpdateStakeholder(typing));
            }
        }
    }

    /// Fields common to several stakeholders: a change applies to all, as one step.
    fn group_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, group: &[&Stakeholder], common: &Common) {
        let selected = tr_with("inspector-group-selected", &[("count", group.len().into())]);
        ui.label(RichText::new(selected).strong());
        ui.label(RichText::new(tr("inspector-group-hint")).weak());
        ui.add_space(6.0);
        let label = |field: StakeholderField| field.translated();
        let mut set: Option<FieldSetter> = None;
        fields_grid(ui, "group-fields", |ui| {
            for (field, shared) in GROUP_CHOICES.into_iter().zip(&common.choices) {
                ui.label(label(field));
                let id = format!("group-{}", field.key());
                if let Some(index) = pick(ui, &id, shared.clone(), &stakeholder_choices(field)) {
                    set = Some(Box::new(move |s| {
                        let _ = field.pick(s, index);
                    }));
                }
                ui.end_row();
            }
            for (field, &shared) in GROUP_SCORES.into_iter().zip(&common.scores) {
                ui.label(label(field));
                let mut value = shared;
                let before = value;
                score_buttons(ui, &label(field), &mut value);
                if value != before && value != 0 {
                    set = Some(Box::new(move |s| set_score(s, field, value)));
                }
                ui.end_row();
            }
        });
        if let Some(set) = set {
            let edits = group
                .iter()
                .map(|s| {
                    let mut changed = (*s).clone();
                    set(&mut changed);
                    Edit::UpdateStakeholder(changed)
                })
                .collect();
            cx.edit(Edit::Batch(edits));
        }
    }

    fn relation_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, map: &Map, r: &Relation) {
        let name = |id| map.stakeholder(id).map_or("?", |s| s.name.as_str());
        let from = tr_with("inspector-relation-from", &[("name", name(&r.from).into())]);
        ui.label(RichText::new(from).strong());
        let to = tr_with("inspector-relation-to", &[("name", name(&r.to).into())]);
        ui.label(RichText::new(to).strong());
        ui.add_space(4.0);
        let mut changes = Changes::of(r);
        let base = Id::new(("inspector", r.id.as_str()));
        let label = |field: RelationField| field.translated();
        fields_grid(ui, "relation-fields", |ui| {
            ui.label(label(RelationField::Kind));
            let custom = match &r.kind {
                RelationKind::Custom(label) => Some(label.as_str()),
                _ => None,
            };
            egui::ComboBox::from_id_salt(base.with("kind"))
                .selected_text(relation_kind(&r.kind))
                .show_ui(ui, |ui| {
                    for kind in RelationKind::BUILT_IN {
                        if ui
                            .selectable_label(r.kind == *kind, relation_kind(kind))
                            .clicked()
                        {
                            changes.set(|c| c.kind = kind.clone());
                        }
                    }
                    if ui
                        .selectable_label(custom.is_some(), tr("inspector-relation-other"))
                        .clicked()
                        && custom.is_none()
                    {
                        let named = tr("inspector-relation-other-name");
                        changes.set(|c| c.kind = RelationKind::Custom(named));
                    }
                });
            ui.end_row();
            if let Some(custom) = custom {
                ui.label(tr("inspector-relation-named"));
                let name = tr("inspector-relation-kind-name");
                if let Some(text) = fields::singleline(ui, base.with("custom"), &name, custom)
                    && !text.trim().is_empty()
                {
                    changes.set(|c| c.kind = RelationKind::Custom(text.trim().to_owned()));
                }
                ui.end_row();
            }
            ui.label(tr("inspector-direction"));
            ui.horizontal(|ui| {
                let mut mutual = r.mutual;
                if ui
                    .checkbox(&mut mutual, label(RelationField::Mutual))
                    .changed()
                {
                    changes.set(|c| c.mutual = mutual);
                }
                if ui.button(tr("inspector-reverse")).clicked() {
                    changes.set(|c| std::mem::swap(&mut c.from, &mut c.to));
                }
            });
            ui.end_row();
            ui.label(label(RelationField::Strength));
            ui.horizontal(|ui| {
                for value in STRENGTH_RANGE {
                    if ui
                        .selectable_label(r.strength == value, strength(value))
                        .clicked()
                    {
                        changes.set(|c| c.strength = value);
                    }
                }
            });
            ui.end_row();
            let mut confidence = r.confidence;
            let name = ui.label(label(RelationField::Confidence));
            choice_combo(
                ui,
                name.id,
                base.with("confidence"),
                &mut confidence,
                Confidence::ALL,
            );
            if confidence != r.confidence {
                changes.set(|c| c.confidence = confidence);
            }
            ui.end_row();
        });
        let note = label(RelationField::Note);
        ui.label(RichText::new(&note).strong());
        let typed = fields::multiline_typed(ui, base.with("note"), &note, &r.note);
        changes.set_text(typed, |c, text| c.note = text);
        let id = tr_with("inspector-relation-id", &[("id", r.id.as_str().into())]);
        ui.label(RichText::new(id).weak());
        let subject = crate::model::Subject::Relation(r.id.clone());
        super::inspector_history::history_ui(ui, cx, &subject);
        super::plan::engagement::contacts_ui(ui, cx, &subject);
        if let Some(changed) = changes.changed {
            if changed != *r {
                cx.edit(Edit::UpdateRelation(changed));
            }
        } else if let Some(typing) = changes.typing
            && typing != *r
        {
            cx.draft(Edit::UpdateRelation(typing));
        }
    }
}

/// A stakeholder's score of power, interest or commitment.
fn score_of(s: &Stakeholder, field: StakeholderField) -> u8 {
    match field {
        StakeholderField::Power => s.power,
        StakeholderField::Interest => s.interest,
        _ => s.commitment,
    }
}

fn set_score(s: &mut Stakeholder, field: StakeholderField, value: u8) {
    // Scores are picked from 1 to 5, so the index is one less.
    let _ = field.pick(s, usize::from(value.saturating_sub(1)));
}

/// The grid of field names and fields, two columns.
fn fields_grid(ui: &mut Ui, id: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, add_contents);
}

/// A row of the grid: a field picked from its choices; the new choice,
/// when the user picked one.
fn choice_row<T: Copy + PartialEq + Translated>(
    ui: &mut Ui,
    base: Id,
    field: StakeholderField,
    current: T,
    all: &[T],
) -> Option<T> {
    let name = ui.label(field.translated());
    let mut value = current;
    egui::ComboBox::from_id_salt(base.with(field.key()))
        .selected_text(value.translated())
        .show_ui(ui, |ui| {
            for &choice in all {
                ui.selectable_value(&mut value, choice, choice.translated());
            }
        })
        .response
        .labelled_by(name.id);
    ui.end_row();
    (value != current).then_some(value)
}

/// A combo box for one value, named for screen readers by the label
/// `named_by` (the grid's left column).
fn choice_combo<T: Copy + PartialEq + Translated>(
    ui: &mut Ui,
    named_by: Id,
    id: Id,
    value: &mut T,
    all: &[T],
) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.translated())
        .show_ui(ui, |ui| {
            for &choice in all {
                ui.selectable_value(value, choice, choice.translated());
            }
        })
        .response
        .labelled_by(named_by);
}

/// A combo box for several stakeholders whose values may differ
/// ("Mixed"); the index of the choice picked.
fn pick(ui: &mut Ui, id: &str, current: Option<String>, choices: &[String]) -> Option<usize> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(current.unwrap_or_else(|| tr("inspector-mixed")))
        .show_ui(ui, |ui| {
            for (index, choice) in choices.iter().enumerate() {
                if ui.selectable_label(false, choice).clicked() {
                    picked = Some(index);
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
            let words = tr_with(
                "inspector-score-of-five",
                &[("field", name.into()), ("score", score.into())],
            );
            let button = ui
                .selectable_value(value, score, score.to_string())
                .on_hover_text(&words);
            button.widget_info(|| {
                egui::WidgetInfo::selected(egui::WidgetType::SelectableLabel, true, chosen, &words)
            });
        }
    });
}
