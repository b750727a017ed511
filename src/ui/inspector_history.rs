//! The inspector's history of one stakeholder or relation: its recorded
//! values as a short dated list, each editable and deletable, and a form
//! to record a value with a date and a source — the present value "as an
//! observation", or a past one ("was neutral on 1 February"). Every record,
//! change or deletion is one undo step.

use egui::{Id, RichText, Ui};

use super::command::ViewContext;
use crate::edit::Edit;
use crate::i18n::{Translated, observed_value, relation_kind, tr, tr_with};
use crate::model::{
    Confidence, Day, Field, Map, Observation, ObservationKey, Observed, RelationKind, Role,
    SCORE_RANGE, STRENGTH_RANGE, Stance, Subject, present_value,
};

/// The form being filled in, kept in egui's memory per item.
#[derive(Clone, Debug)]
struct Form {
    /// The record being changed, when changing one.
    editing: Option<ObservationKey>,
    value: Observed,
    date: String,
    source: String,
    confidential: bool,
    problem: Option<String>,
}

impl Form {
    fn new(map: &Map, subject: &Subject, field: Field, today: Day) -> Option<Self> {
        Some(Self {
            editing: None,
            value: present_value(map, subject, field)?,
            date: today.to_string(),
            source: String::new(),
            confidential: false,
            problem: None,
        })
    }

    fn of(observation: &Observation) -> Self {
        Self {
            editing: Some(observation.key()),
            value: observation.value.clone(),
            date: observation.date.to_string(),
            source: observation.source.clone(),
            confidential: observation.confidential,
            problem: None,
        }
    }
}

/// The history section of the inspector for one item.
pub fn history_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, subject: &Subject) {
    let map: &Map = cx.map;
    let today = cx.today;
    let form_id = Id::new(("history-form", subject.as_str()));
    let mut form: Option<Form> = ui.data(|d| d.get_temp(form_id));
    let mut observations: Vec<&Observation> = map.timeline().of(subject).collect();
    observations.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.value.field().cmp(&b.value.field()))
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr("record-heading")).strong())
        .on_hover_text(tr("record-heading-hover"));
    if observations.is_empty() {
        ui.label(RichText::new(tr("record-nothing-yet")).weak());
    }
    for observation in &observations {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(observation.date.to_string()).monospace());
            ui.label(format!(
                "{}: {}",
                crate::i18n::observed_field(observation.value.field()),
                observed_value(&observation.value)
            ));
            if ui
                .small_button(tr("record-change"))
                .on_hover_text(tr("record-change-hover"))
                .clicked()
            {
                form = Some(Form::of(observation));
            }
            if ui
                .small_button("🗑")
                .on_hover_text(tr_with(
                    "record-delete-hover",
                    &[
                        (
                            "field",
                            crate::i18n::observed_field(observation.value.field())
                                .to_lowercase()
                                .into(),
                        ),
                        ("day", observation.date.to_string().into()),
                    ],
                ))
                .clicked()
            {
                cx.edit(Edit::Unobserve(observation.key()));
            }
        });
        if !observation.source.is_empty() {
            let lock = if observation.confidential {
                format!("🔒 {} · ", tr("record-confidential"))
            } else {
                String::new()
            };
            ui.label(RichText::new(format!("    {lock}{}", observation.source)).weak());
        }
    }
    let fields = match subject {
        Subject::Stakeholder(_) => Field::OF_STAKEHOLDER,
        Subject::Relation(_) => Field::OF_RELATION,
    };
    if form.is_none()
        && ui
            .button(tr("record-as-observation"))
            .on_hover_text(tr("record-as-observation-hover"))
            .clicked()
    {
        form = Form::new(map, subject, fields[0], today);
    }
    let mut close = false;
    if let Some(form) = &mut form {
        close = form_ui(ui, cx, subject, fields, form, today);
    }
    if close {
        form = None;
    }
    ui.data_mut(|d| match form {
        Some(form) => {
            d.insert_temp(form_id, form);
        }
        None => {
            d.remove::<Form>(form_id);
        }
    });
}

/// The form; whether it is done with.
fn form_ui(
    ui: &mut Ui,
    cx: &mut ViewContext<'_>,
    subject: &Subject,
    fields: &[Field],
    form: &mut Form,
    today: Day,
) -> bool {
    let map: &Map = cx.map;
    let base = Id::new(("history-fields", subject.as_str()));
    let mut done = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::Grid::new(base)
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label(tr("record-field"));
                let field = form.value.field();
                egui::ComboBox::from_id_salt(base.with("field"))
                    .selected_text(crate::i18n::observed_field(field))
                    .show_ui(ui, |ui| {
                        for &other in fields {
                            if ui
                                .selectable_label(
                                    other == field,
                                    crate::i18n::observed_field(other),
                                )
                                .clicked()
                                && other != field
                                && let Some(value) = present_value(map, subject, other)
                            {
                                form.value = value;
                            }
                        }
                    });
                ui.end_row();
                ui.label(tr("record-value"));
                value_ui(ui, base.with("value"), &mut form.value);
                ui.end_row();
                ui.label(tr("record-date"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.date)
                        .hint_text(tr("record-date-hint"))
                        .desired_width(100.0),
                )
                .on_hover_text(tr("record-date-hover"));
                ui.end_row();
                ui.label(tr("record-source"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.source)
                        .hint_text(tr("record-source-hint")),
                );
                ui.end_row();
                ui.label("");
                ui.checkbox(&mut form.confidential, tr("record-confidential-source"))
                    .on_hover_text(tr("record-confidential-source-hover"));
                ui.end_row();
            });
        ui.horizontal(|ui| {
            let verb = tr(if form.editing.is_some() {
                "record-save"
            } else {
                "record-record"
            });
            if ui.button(verb).clicked() {
                match record(subject, form, today) {
                    Ok(edit) => {
                        cx.edit(edit);
                        done = true;
                    }
                    Err(problem) => form.problem = Some(problem),
                }
            }
            if ui.button(tr("dialog-cancel")).clicked() {
                done = true;
            }
        });
        if let Some(problem) = &form.problem {
            ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {problem}"));
        }
    });
    done
}

/// The edit the form makes, or why it cannot.
fn record(subject: &Subject, form: &Form, today: Day) -> Result<Edit, String> {
    let date = Day::parse(&form.date).map_err(|e| {
        let text = e.to_string();
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    })?;
    if date > Day::latest_allowed(today) {
        return Err(tr_with(
            "record-too-far",
            &[("day", date.to_string().into())],
        ));
    }
    let mut observation = Observation::new(subject.clone(), date, form.value.clone());
    form.source.trim().clone_into(&mut observation.source);
    observation.confidential = form.confidential;
    let observe = Edit::Observe(Box::new(observation.clone()));
    Ok(match &form.editing {
        Some(old) if *old != observation.key() => {
            Edit::Batch(vec![Edit::Unobserve(old.clone()), observe])
        }
        _ => observe,
    })
}

/// A picker for the value of the form's field.
fn value_ui(ui: &mut Ui, id: Id, value: &mut Observed) {
    fn choose<T: Copy + PartialEq + Translated>(ui: &mut Ui, id: Id, value: &mut T, all: &[T]) {
        egui::ComboBox::from_id_salt(id)
            .selected_text(value.translated())
            .show_ui(ui, |ui| {
                for &choice in all {
                    ui.selectable_value(value, choice, choice.translated());
                }
            });
    }
    match value {
        Observed::Stance(stance) => choose::<Stance>(ui, id, stance, Stance::ALL),
        Observed::Role(role) => choose::<Role>(ui, id, role, Role::ALL),
        Observed::Confidence(c) => choose::<Confidence>(ui, id, c, Confidence::ALL),
        Observed::Power(n) | Observed::Interest(n) | Observed::Commitment(n) => {
            ui.add(egui::Slider::new(n, SCORE_RANGE));
        }
        Observed::Strength(n) => {
            ui.add(egui::Slider::new(n, STRENGTH_RANGE));
        }
        Observed::Kind(kind) => {
            egui::ComboBox::from_id_salt(id)
                .selected_text(relation_kind(kind))
                .show_ui(ui, |ui| {
                    for choice in RelationKind::BUILT_IN {
                        if ui
                            .selectable_label(kind == choice, relation_kind(choice))
                            .clicked()
                        {
                            *kind = choice.clone();
                        }
                    }
                });
        }
        Observed::Exists(in_place) => {
            ui.checkbox(in_place, tr("record-in-place"));
        }
    }
}
