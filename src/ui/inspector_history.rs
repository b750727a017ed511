//! The inspector's history of one stakeholder or relation: its recorded
//! values as a short dated list, each editable and deletable, and a form
//! to record a value with a date and a source — the present value "as an
//! observation", or a past one ("was neutral on 1 February"). Every record,
//! change or deletion is one undo step.

use egui::{Id, RichText, Ui};

use super::command::ViewContext;
use crate::edit::Edit;
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
    let today = Day::today();
    let form_id = Id::new(("history-form", subject.as_str()));
    let mut form: Option<Form> = ui.data(|d| d.get_temp(form_id));
    let mut observations: Vec<&Observation> = map.timeline().of(subject).collect();
    observations.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.value.field().cmp(&b.value.field()))
    });
    ui.add_space(6.0);
    ui.label(RichText::new("History").strong()).on_hover_text(
        "What this was on earlier days, and where that is known from. The map can be shown as of any day from the time bar.",
    );
    if observations.is_empty() {
        ui.label(RichText::new("Nothing recorded yet.").weak());
    }
    for observation in &observations {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(observation.date.to_string()).monospace());
            ui.label(format!(
                "{}: {}",
                observation.value.field().label(),
                observation.value.label()
            ));
            if ui
                .small_button("✏ Change")
                .on_hover_text("Change this record's value, date or source")
                .clicked()
            {
                form = Some(Form::of(observation));
            }
            if ui
                .small_button("🗑")
                .on_hover_text(format!(
                    "Delete the record of {} on {}",
                    observation.value.field().label().to_lowercase(),
                    observation.date
                ))
                .clicked()
            {
                cx.edit(Edit::Unobserve(observation.key()));
            }
        });
        if !observation.source.is_empty() {
            let lock = if observation.confidential {
                "🔒 confidential · "
            } else {
                ""
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
            .button("Record as observation…")
            .on_hover_text("Record a value with a date and a source: the present one, or what it was on an earlier day")
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
                ui.label("Field");
                let field = form.value.field();
                egui::ComboBox::from_id_salt(base.with("field"))
                    .selected_text(field.label())
                    .show_ui(ui, |ui| {
                        for &other in fields {
                            if ui.selectable_label(other == field, other.label()).clicked()
                                && other != field
                                && let Some(value) = present_value(map, subject, other)
                            {
                                form.value = value;
                            }
                        }
                    });
                ui.end_row();
                ui.label("Value");
                value_ui(ui, base.with("value"), &mut form.value);
                ui.end_row();
                ui.label("Date");
                ui.add(
                    egui::TextEdit::singleline(&mut form.date)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(100.0),
                )
                .on_hover_text("The day the value held, year-month-day");
                ui.end_row();
                ui.label("Source");
                ui.add(
                    egui::TextEdit::singleline(&mut form.source)
                        .hint_text("Meeting with the deputy head, 12 March"),
                );
                ui.end_row();
                ui.label("");
                ui.checkbox(&mut form.confidential, "Confidential source")
                    .on_hover_text("The source is left out of copies made for sharing");
                ui.end_row();
            });
        ui.horizontal(|ui| {
            let verb = if form.editing.is_some() {
                "Save record"
            } else {
                "Record"
            };
            if ui.button(verb).clicked() {
                match record(subject, form, today) {
                    Ok(edit) => {
                        cx.edit(edit);
                        done = true;
                    }
                    Err(problem) => form.problem = Some(problem),
                }
            }
            if ui.button("Cancel").clicked() {
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
        return Err(format!(
            "{date} is more than a year from today; a record is of a day that has been"
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
    fn choose<T: Copy + PartialEq + std::fmt::Display>(
        ui: &mut Ui,
        id: Id,
        value: &mut T,
        all: &[T],
    ) {
        egui::ComboBox::from_id_salt(id)
            .selected_text(value.to_string())
            .show_ui(ui, |ui| {
                for &choice in all {
                    ui.selectable_value(value, choice, choice.to_string());
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
                .selected_text(kind.label().to_owned())
                .show_ui(ui, |ui| {
                    for choice in RelationKind::BUILT_IN {
                        if ui
                            .selectable_label(kind == choice, choice.label())
                            .clicked()
                        {
                            *kind = choice.clone();
                        }
                    }
                });
        }
        Observed::Exists(in_place) => {
            ui.checkbox(in_place, "In place");
        }
    }
}
