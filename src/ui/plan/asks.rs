//! The asks in the Plan tab, "who asks whom, for what, by when", and the
//! window that records an open ask's outcome: marked done with what came
//! of it, and, when chosen, the relation's new strength and the target's
//! new stance as dated observations, all one undo step.

use egui::{RichText, Ui};

use crate::edit::{Outcome, record_outcome};
use crate::i18n::{Translated, strength, tr, tr_with};
use crate::model::{Ask, AskId, AskStatus, Day, Map, STRENGTH_RANGE, StakeholderId, Stance};
use crate::ui::command::ViewContext;
use crate::ui::fields;
use crate::ui::script::display_text;

/// The outcome being written for one ask, until recorded or cancelled.
#[derive(Clone, Debug)]
pub(super) struct OutcomeDraft {
    ask: AskId,
    date: String,
    note: String,
    stance: Option<Stance>,
    strength: Option<u8>,
    problem: Option<String>,
}

impl OutcomeDraft {
    fn new(ask: AskId, today: Day) -> Self {
        Self {
            ask,
            date: today.to_string(),
            note: String::new(),
            stance: None,
            strength: None,
            problem: None,
        }
    }
}

fn name(map: &Map, id: &StakeholderId) -> String {
    map.stakeholder(id)
        .map_or_else(String::new, |s| display_text(&s.name).into_owned())
}

/// An ask's status in the interface's language.
fn ask_status(status: AskStatus) -> String {
    tr(match status {
        AskStatus::Open => "plan-ask-open",
        AskStatus::Done => "plan-ask-done",
        AskStatus::Dropped => "plan-ask-dropped",
    })
}

/// The asks, open ones first, each open one with "Record outcome…", and
/// each with "Edit", which opens what is asked, by when and its owner
/// under it (`editing`), each change one undo step.
pub(super) fn asks_ui(
    ui: &mut Ui,
    cx: &mut ViewContext<'_>,
    recording: &mut Option<OutcomeDraft>,
    editing: &mut Option<AskId>,
) {
    let map = cx.map;
    let mut asks: Vec<&Ask> = map.plan().asks().collect();
    if asks.is_empty() {
        return;
    }
    asks.sort_by_key(|a| (a.status != AskStatus::Open, a.due.is_none(), a.due));
    ui.separator();
    ui.label(RichText::new(tr("plan-asks-heading")).strong());
    let today = cx.today;
    for ask in asks {
        let mut line = tr_with(
            "plan-ask-line",
            &[
                ("from", name(map, &ask.from).into()),
                ("to", name(map, &ask.to).into()),
                ("what", display_text(&ask.what).into_owned().into()),
            ],
        );
        line.push_str(" · ");
        line.push_str(&ask_status(ask.status));
        if let Some(due) = ask.due {
            line.push_str(" · ");
            line.push_str(&due.to_string());
            if ask.is_overdue(today) {
                line.push_str(" · ");
                line.push_str(&tr("plan-card-overdue"));
            }
        }
        let open_here = editing.as_ref() == Some(&ask.id);
        ui.horizontal_wrapped(|ui| {
            ui.label(line);
            if ui
                .add_enabled(
                    !cx.read_only,
                    egui::Button::new(tr("plan-ask-edit"))
                        .small()
                        .selected(open_here),
                )
                .on_hover_text(tr("plan-ask-edit-hover"))
                .clicked()
            {
                *editing = (!open_here).then(|| ask.id.clone());
            }
            if ask.status == AskStatus::Open
                && ui
                    .add_enabled(
                        !cx.read_only,
                        egui::Button::new(tr("plan-record-outcome")).small(),
                    )
                    .on_hover_text(tr("plan-record-outcome-hover"))
                    .clicked()
            {
                *recording = Some(OutcomeDraft::new(ask.id.clone(), today));
            }
        });
        if !ask.outcome.is_empty() {
            ui.label(RichText::new(display_text(&ask.outcome)).weak());
        }
        if open_here {
            ask_editor_ui(ui, cx, ask);
        }
    }
}

/// What is asked, by when and who owns the ask; a change is one undo
/// step, a due date that is no date is named and changes nothing.
fn ask_editor_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, ask: &Ask) {
    let map = cx.map;
    let base = egui::Id::new(("plan-ask", ask.id.as_str()));
    let mut changed = ask.clone();
    egui::Grid::new(base.with("grid"))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let what = tr("plan-ask-what");
            ui.label(&what);
            if let Some(text) = fields::singleline(ui, base.with("what"), &what, &ask.what)
                && !text.trim().is_empty()
            {
                text.trim().clone_into(&mut changed.what);
            }
            ui.end_row();

            let due = tr("plan-job-due");
            ui.label(&due);
            let shown = ask.due.map(|d| d.to_string()).unwrap_or_default();
            if let Some(text) = fields::singleline(ui, base.with("due"), &due, &shown) {
                let typed = text.trim();
                if typed.is_empty() {
                    changed.due = None;
                } else if let Ok(day) = Day::parse(typed) {
                    changed.due = Some(day);
                } else {
                    let typed = typed.to_owned();
                    ui.ctx()
                        .data_mut(|d| d.insert_temp(base.with("bad-due"), typed));
                }
            }
            ui.end_row();

            ui.label(tr("plan-job-owner"));
            super::job_editor::stakeholder_combo(
                ui,
                map,
                base.with("owner"),
                &mut changed.owner,
                |_| true,
            );
            ui.end_row();
        });
    let bad_due = base.with("bad-due");
    if let Some(bad) = ui.ctx().data(|d| d.get_temp::<String>(bad_due)) {
        ui.label(
            RichText::new(tr_with("plan-bad-due", &[("text", bad.into())]))
                .color(ui.visuals().error_fg_color),
        );
    }
    if changed != *ask {
        if changed.due != ask.due {
            ui.ctx().data_mut(|d| d.remove_temp::<String>(bad_due));
        }
        cx.edit(crate::edit::Edit::UpdateAsk(Box::new(changed)));
    }
}

/// The outcome window; records the outcome as one undo step and closes
/// on "Record", closes on "Cancel" or when the ask is gone.
pub(super) fn outcome_window(
    ctx: &egui::Context,
    cx: &mut ViewContext<'_>,
    recording: &mut Option<OutcomeDraft>,
) {
    let Some(draft) = recording.as_mut() else {
        return;
    };
    let map = cx.map;
    let Some(ask) = map.plan().ask(&draft.ask).cloned() else {
        *recording = None;
        return;
    };
    let moved = ask.target.clone().unwrap_or_else(|| ask.to.clone());
    let has_relation = map.relations_of(&ask.from).into_iter().any(|r| {
        (r.from == ask.from && r.to == ask.to) || (r.mutual && r.to == ask.from && r.from == ask.to)
    });
    let mut open = true;
    let mut done = false;
    let mut recorded: Option<Outcome> = None;
    egui::Window::new(tr("plan-outcome-title"))
        .id(egui::Id::new("plan-outcome"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(tr_with(
                "plan-ask-line",
                &[
                    ("from", name(map, &ask.from).into()),
                    ("to", name(map, &ask.to).into()),
                    ("what", display_text(&ask.what).into_owned().into()),
                ],
            ));
            egui::Grid::new("plan-outcome-grid")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    let date = ui.label(tr("plan-outcome-date"));
                    ui.add(egui::TextEdit::singleline(&mut draft.date).desired_width(120.0))
                        .labelled_by(date.id);
                    ui.end_row();
                    let what_came = ui.label(tr("plan-outcome-note"));
                    ui.add(
                        egui::TextEdit::multiline(&mut draft.note)
                            .desired_rows(2)
                            .hint_text(tr("plan-outcome-note-hint")),
                    )
                    .labelled_by(what_came.id);
                    ui.end_row();
                    let stance_label = ui.label(tr_with(
                        "plan-outcome-stance",
                        &[("name", name(map, &moved).into())],
                    ));
                    let unchanged = tr("plan-outcome-unchanged");
                    egui::ComboBox::from_id_salt("plan-outcome-stance")
                        .selected_text(
                            draft
                                .stance
                                .map_or_else(|| unchanged.clone(), |s| s.translated()),
                        )
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut draft.stance, None, &unchanged);
                            for &stance in Stance::ALL {
                                ui.selectable_value(
                                    &mut draft.stance,
                                    Some(stance),
                                    stance.translated(),
                                );
                            }
                        })
                        .response
                        .labelled_by(stance_label.id);
                    ui.end_row();
                    if has_relation {
                        let strength_label = ui.label(tr_with(
                            "plan-outcome-strength",
                            &[
                                ("from", name(map, &ask.from).into()),
                                ("to", name(map, &ask.to).into()),
                            ],
                        ));
                        egui::ComboBox::from_id_salt("plan-outcome-strength")
                            .selected_text(
                                draft.strength.map_or_else(|| unchanged.clone(), strength),
                            )
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut draft.strength, None, &unchanged);
                                for level in STRENGTH_RANGE {
                                    ui.selectable_value(
                                        &mut draft.strength,
                                        Some(level),
                                        strength(level),
                                    );
                                }
                            })
                            .response
                            .labelled_by(strength_label.id);
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(tr("plan-outcome-history-hint")).weak());
            if let Some(problem) = &draft.problem {
                ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                if ui.button(tr("plan-outcome-record")).clicked() {
                    match Day::parse(draft.date.trim()) {
                        Ok(date) => {
                            recorded = Some(Outcome {
                                date,
                                note: draft.note.trim().to_owned(),
                                stance: draft.stance,
                                strength: draft.strength.filter(|_| has_relation),
                            });
                        }
                        Err(problem) => draft.problem = Some(problem.to_string()),
                    }
                }
                if ui.button(tr("plan-outcome-cancel")).clicked() {
                    done = true;
                }
            });
        });
    if let Some(outcome) = recorded {
        match record_outcome(map, &ask, &outcome) {
            Ok(edit) => {
                cx.edit(edit);
                done = true;
            }
            Err(problem) => draft.problem = Some(problem.to_string()),
        }
    }
    if done || !open {
        *recording = None;
    }
}
