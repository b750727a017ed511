//! The chosen job, edited in place (each field one undo step, a text when
//! it is left), and the people suggested for it: why, and their local
//! time now, with a button to make one the owner or a helper.

use egui::{Id, RichText, Ui};

use super::status_label;
use crate::analysis::{Suggestion, Why};
use crate::edit::Edit;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Contribution, Day, Job, JobStatus, Kind, Map, StakeholderId};
use crate::ui::command::ViewContext;
use crate::ui::fields;
use crate::ui::script::display_text;

/// Room left for the fields' names in the editor's left column.
const FIELD_NAMES_WIDTH: f32 = 120.0;

/// How many suggestions the editor lists.
const SHOWN: usize = 5;

/// Draws the editor; returns whether the job was deleted.
pub(super) fn job_ui(
    ui: &mut Ui,
    cx: &mut ViewContext<'_>,
    job: &Job,
    suggested: &[Suggestion],
) -> bool {
    let map: &Map = cx.map;
    let base = Id::new(("plan-job", job.id.as_str()));
    let mut changed = job.clone();
    ui.label(RichText::new(tr("plan-job-heading")).strong());
    // Fields as wide as the panel leaves beside their names, never wider,
    // so the suggestions under them wrap within the panel.
    let field_width = (ui.available_width() - FIELD_NAMES_WIDTH).max(80.0);
    ui.spacing_mut().text_edit_width = field_width;
    ui.spacing_mut().combo_width = field_width;
    egui::Grid::new(base.with("grid"))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let title = tr("plan-job-title");
            ui.label(&title);
            if let Some(text) = fields::singleline(ui, base.with("title"), &title, &job.title)
                && !text.trim().is_empty()
            {
                changed.title = text;
            }
            ui.end_row();

            ui.label(tr("plan-job-status"));
            egui::ComboBox::from_id_salt(base.with("status"))
                .truncate()
                .selected_text(status_label(job.status))
                .show_ui(ui, |ui| {
                    for &status in JobStatus::ALL {
                        ui.selectable_value(&mut changed.status, status, status_label(status));
                    }
                });
            ui.end_row();

            let due = tr("plan-job-due");
            ui.label(&due);
            let shown = job.due.map(|d| d.to_string()).unwrap_or_default();
            if let Some(text) = fields::singleline(ui, base.with("due"), &due, &shown) {
                let text = text.trim();
                if text.is_empty() {
                    changed.due = None;
                } else if let Ok(day) = Day::parse(text) {
                    changed.due = Some(day);
                } else {
                    ui.ctx()
                        .data_mut(|d| d.insert_temp(base.with("bad-due"), text.to_owned()));
                }
            }
            ui.end_row();

            ui.label(tr("plan-job-owner"));
            stakeholder_combo(ui, map, base.with("owner"), &mut changed.owner, |_| true);
            ui.end_row();

            ui.label(tr("plan-job-helpers"));
            helpers_ui(ui, map, base.with("helpers"), job, &mut changed);
            ui.end_row();

            ui.label(tr("plan-job-target"));
            stakeholder_combo(ui, map, base.with("target"), &mut changed.target, |kind| {
                kind == Kind::Target
            });
            ui.end_row();

            ui.label(tr("plan-job-coalition"));
            let none = tr("plan-none");
            let coalition_name = |id: &Option<crate::model::CoalitionId>| {
                id.as_ref()
                    .and_then(|c| map.coalition(c))
                    .map_or_else(|| none.clone(), |c| display_text(&c.name).into_owned())
            };
            egui::ComboBox::from_id_salt(base.with("coalition"))
                .truncate()
                .selected_text(coalition_name(&job.coalition))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.coalition, None, &none);
                    for coalition in map.coalitions() {
                        ui.selectable_value(
                            &mut changed.coalition,
                            Some(coalition.id.clone()),
                            display_text(&coalition.name).into_owned(),
                        );
                    }
                });
            ui.end_row();

            let expertise = tr("plan-job-expertise");
            ui.label(&expertise);
            if let Some(text) = fields::singleline(
                ui,
                base.with("expertise"),
                &expertise,
                &job.expertise.join(", "),
            ) {
                changed.expertise = fields::split_list(&text);
            }
            ui.end_row();

            ui.label(tr("plan-job-contributions"));
            // One under another: a wrapped row in a grid's narrow cell is
            // measured wrong by the grid and runs over the rows below it.
            ui.vertical(|ui| {
                for &kind in Contribution::ALL {
                    let mut needed = job.contributions.contains(&kind);
                    if ui.checkbox(&mut needed, kind.translated()).changed() {
                        if needed {
                            changed.contributions.push(kind);
                        } else {
                            changed.contributions.retain(|k| *k != kind);
                        }
                    }
                }
            });
            ui.end_row();

            let notes = tr("plan-job-notes");
            ui.label(&notes);
            if let Some(fields::Typed::Committed(text)) =
                fields::multiline_typed(ui, base.with("notes"), &notes, &job.notes)
            {
                changed.notes = text;
            }
            ui.end_row();
        });
    if let Some(bad) = ui
        .ctx()
        .data(|d| d.get_temp::<String>(base.with("bad-due")))
    {
        ui.label(
            RichText::new(tr_with("plan-bad-due", &[("text", bad.into())]))
                .color(ui.visuals().error_fg_color),
        );
    }
    ui.add_space(6.0);
    suggestions_ui(ui, map, job, suggested, &mut changed);
    if changed != *job {
        if job.due != changed.due {
            ui.ctx()
                .data_mut(|d| d.remove_temp::<String>(base.with("bad-due")));
        }
        cx.edit(Edit::UpdateJob(Box::new(changed)));
    }
    ui.add_space(6.0);
    let delete = ui.button(tr("plan-delete-job")).clicked();
    if delete {
        cx.edit(Edit::DeleteJob(job.id.clone()));
    }
    delete
}

/// A choice that adds anyone as a helper (the suggestions below add the
/// best people), then the helpers, each a button that takes them off.
fn helpers_ui(ui: &mut Ui, map: &Map, id: Id, job: &Job, changed: &mut Job) {
    ui.vertical(|ui| {
        let others = map
            .stakeholders()
            .filter(|s| !job.helpers.contains(&s.id) && job.owner.as_ref() != Some(&s.id));
        if let Some(added) = super::add_person_ui(ui, id, tr("plan-add-a-helper"), others) {
            changed.helpers.push(added);
        }
        ui.horizontal_wrapped(|ui| {
            for helper in &job.helpers {
                let Some(s) = map.stakeholder(helper) else {
                    continue;
                };
                let name = display_text(&s.name).into_owned();
                let off = ui
                    .small_button(format!("{name} ✖"))
                    .on_hover_text(tr_with("plan-remove-helper", &[("name", name.into())]));
                if off.clicked() {
                    changed.helpers.retain(|h| h != helper);
                }
            }
        });
    });
}

/// A choice of one stakeholder (or none) among those `shown` by kind.
pub(super) fn stakeholder_combo(
    ui: &mut Ui,
    map: &Map,
    id: Id,
    value: &mut Option<StakeholderId>,
    shown: impl Fn(Kind) -> bool,
) {
    let none = tr("plan-none");
    let selected = value
        .as_ref()
        .and_then(|s| map.stakeholder(s))
        .map_or_else(|| none.clone(), |s| display_text(&s.name).into_owned());
    egui::ComboBox::from_id_salt(id)
        .truncate()
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, &none);
            let mut all: Vec<_> = map.stakeholders().filter(|s| shown(s.kind)).collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            for s in all {
                ui.selectable_value(
                    value,
                    Some(s.id.clone()),
                    display_text(&s.name).into_owned(),
                );
            }
        });
}

/// The best people for the job, each with why and their local time now.
fn suggestions_ui(ui: &mut Ui, map: &Map, job: &Job, suggested: &[Suggestion], changed: &mut Job) {
    ui.label(RichText::new(tr("plan-suggested-heading")).strong());
    if suggested.is_empty() {
        ui.label(RichText::new(tr("plan-suggested-none")).weak());
        return;
    }
    for (rank, suggestion) in suggested.iter().take(SHOWN).enumerate() {
        let Some(person) = map.stakeholder(&suggestion.stakeholder) else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{}. {}", rank + 1, display_text(&person.name))).strong(),
            );
            ui.label(tr_with(
                "plan-points",
                &[("count", suggestion.points.into())],
            ));
            if job.owner.as_ref() == Some(&person.id) {
                ui.label(RichText::new(tr("plan-is-owner")).italics());
            } else if ui.small_button(tr("plan-make-owner")).clicked() {
                changed.owner = Some(person.id.clone());
            }
            if !job.helpers.contains(&person.id)
                && job.owner.as_ref() != Some(&person.id)
                && ui.small_button(tr("plan-add-helper")).clicked()
            {
                changed.helpers.push(person.id.clone());
            }
        });
        let reasons: Vec<String> = suggestion
            .reasons
            .iter()
            .map(|r| why_text(map, &r.why))
            .collect();
        ui.label(RichText::new(reasons.join(" · ")).weak());
        if let Some(time) = &suggestion.local_time {
            let text = if suggestion.place.is_empty() {
                tr_with("plan-local-time", &[("time", time.clone().into())])
            } else {
                tr_with(
                    "plan-local-time-in",
                    &[
                        ("time", time.clone().into()),
                        ("place", display_text(&suggestion.place).into_owned().into()),
                    ],
                )
            };
            ui.label(text);
        }
    }
}

/// One reason in the interface's language.
fn why_text(map: &Map, why: &Why) -> String {
    match why {
        Why::Expertise(tags) => tr_with("plan-why-expertise", &[("tags", tags.join(", ").into())]),
        Why::Contributions(brings) => {
            let labels: Vec<String> = brings.iter().map(Translated::translated).collect();
            tr_with("plan-why-brings", &[("what", labels.join(", ").into())])
        }
        Why::Commitment(level) => tr_with("plan-why-commitment", &[("level", (*level).into())]),
        Why::Role(role) => role.translated(),
        Why::Stance(stance) => stance.translated(),
        Why::Member(Some(id)) => tr_with(
            "plan-why-member-of",
            &[(
                "coalition",
                map.coalition(id)
                    .map_or_else(|| id.to_string(), |c| display_text(&c.name).into_owned())
                    .into(),
            )],
        ),
        Why::Member(None) => tr("plan-why-member"),
        Why::Route { steps, cost } => tr_with(
            "plan-why-route",
            &[("steps", (*steps).into()), ("cost", (*cost).into())],
        ),
    }
}
