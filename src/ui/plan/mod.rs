//! The Plan tab of the left panel: the jobs board (a column per status;
//! dragging a card to another column is one undo step) or the jobs as a
//! sortable list, and under it the chosen job's editor with the people
//! suggested for it, then the asks (`asks`: an open one's outcome is
//! recorded in a window of its own). `engagement` is the inspector's part: place, time
//! zone and the contact log of a stakeholder or relation.

mod asks;
mod board;
pub mod engagement;
mod job_editor;
mod list;

use egui::{RichText, Ui};
use jiff::Timestamp;

use super::actions::Action;
use super::command::ViewContext;
use crate::analysis::{Suggestion, suggest};
use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::model::{AskId, Job, JobId, JobStatus};

/// How the jobs are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Layout {
    #[default]
    Board,
    List,
}

/// What the list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum SortBy {
    #[default]
    Due,
    Title,
    Status,
    Owner,
}

/// The Plan tab's own state: the layout, the job chosen, the list's order
/// and the suggestions for the chosen job, worked out once per change of
/// the map.
#[derive(Default)]
pub struct PlanPanel {
    layout: Layout,
    chosen: Option<JobId>,
    sort: SortBy,
    descending: bool,
    suggestions: Option<(u64, Job, Vec<Suggestion>)>,
    /// The ask whose outcome is being written, in its own window.
    recording: Option<asks::OutcomeDraft>,
    /// The ask whose words, due date and owner are open for editing.
    editing_ask: Option<AskId>,
}

impl PlanPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading(tr("plan-heading"));
        let today = cx.today;
        let overdue = cx
            .map
            .plan()
            .jobs()
            .filter(|job| job.is_overdue(today))
            .count();
        if overdue > 0 {
            ui.label(
                RichText::new(tr_with("plan-overdue-count", &[("count", overdue.into())])).strong(),
            );
        }
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut self.layout, Layout::Board, tr("plan-board"));
            ui.selectable_value(&mut self.layout, Layout::List, tr("plan-list"));
            if ui
                .button(tr("plan-new-job"))
                .on_hover_text(tr("plan-new-job-hover"))
                .clicked()
                && !cx.read_only
            {
                let id = cx.map.id_allocator().job();
                let mut job = Job::new(id.clone(), tr("plan-new-job-title"));
                job.coalition = cx.map.coalitions().next().map(|c| c.id.clone());
                cx.edit(Edit::AddJob(Box::new(job)));
                self.chosen = Some(id);
            }
            // The File menu's two exports of the plan, where its user looks.
            ui.menu_button(tr("plan-export"), |ui| {
                for action in [Action::ExportPlan, Action::ExportDueDates] {
                    let item = ui
                        .button(action.label())
                        .on_hover_text(action.description());
                    if item.clicked() {
                        cx.action(action);
                        ui.close();
                    }
                }
            })
            .response
            .on_hover_text(tr("plan-export-hover"));
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("plan-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if cx.map.plan().jobs().next().is_none() {
                    ui.label(RichText::new(tr("plan-no-jobs")).weak());
                }
                match self.layout {
                    Layout::Board => board::board_ui(ui, cx, &mut self.chosen),
                    Layout::List => self.list_ui(ui, cx),
                }
                let chosen = self.chosen.as_ref().and_then(|id| cx.map.plan().job(id));
                if let Some(job) = chosen.cloned() {
                    ui.separator();
                    let suggested = self.suggestions_for(cx, &job);
                    if job_editor::job_ui(ui, cx, &job, &suggested) {
                        self.chosen = None;
                    }
                }
                asks::asks_ui(ui, cx, &mut self.recording, &mut self.editing_ask);
            });
        asks::outcome_window(ui.ctx(), cx, &mut self.recording);
    }

    /// The chosen job's suggestions, worked out again only when the map
    /// (or the job) changed.
    fn suggestions_for(&mut self, cx: &ViewContext<'_>, job: &Job) -> Vec<Suggestion> {
        match &self.suggestions {
            Some((generation, for_job, found))
                if *generation == cx.generation && for_job == job =>
            {
                found.clone()
            }
            _ => {
                let found = suggest(cx.map, job, Timestamp::now());
                self.suggestions = Some((cx.generation, job.clone(), found.clone()));
                found
            }
        }
    }
}

/// A status in the interface's language.
/// A choice that adds someone, `label` shown until chosen: `others` by
/// name. Returns whom the user chose this frame.
fn add_person_ui<'a>(
    ui: &mut Ui,
    id: egui::Id,
    label: String,
    others: impl Iterator<Item = &'a crate::model::Stakeholder>,
) -> Option<crate::model::StakeholderId> {
    let mut added = None;
    egui::ComboBox::from_id_salt(id)
        .truncate()
        .selected_text(label)
        .show_ui(ui, |ui| {
            // Sorted only while the list is open: the inspector shows this
            // choice for every stakeholder selected, and sorting a map's
            // 20,000 names in each of its frames cost 3 ms.
            let mut others: Vec<_> = others.collect();
            others.sort_by(|a, b| a.name.cmp(&b.name));
            for s in others {
                ui.selectable_value(
                    &mut added,
                    Some(s.id.clone()),
                    crate::ui::script::display_text(&s.name).into_owned(),
                );
            }
        });
    added
}

fn status_label(status: JobStatus) -> String {
    tr(match status {
        JobStatus::ToDo => "plan-status-to-do",
        JobStatus::Doing => "plan-status-doing",
        JobStatus::Done => "plan-status-done",
        JobStatus::Dropped => "plan-status-dropped",
    })
}

/// "Plan this ask" beside a route: the asks along it, one per step, the
/// route's member owning them, as one undo step.
pub fn plan_this_ask_button(ui: &mut Ui, cx: &mut ViewContext<'_>, route: &crate::analysis::Route) {
    let clicked = ui
        .small_button(tr("plan-this-ask"))
        .on_hover_text(tr("plan-this-ask-hover"))
        .clicked();
    if !clicked {
        return;
    }
    let path: Vec<crate::model::StakeholderId> = route.stakeholders().cloned().collect();
    let target = route
        .steps
        .last()
        .and_then(|step| cx.map.stakeholder(&step.to))
        .map_or_else(String::new, |s| s.name.clone());
    let plan = crate::edit::AskPlan {
        what: tr_with("plan-ask-default-what", &[("target", target.into())]),
        owner: Some(route.from.clone()),
        due: None,
    };
    if let Ok(edit) = crate::edit::asks_along(cx.map, &path, &plan) {
        cx.edit(edit);
    }
}
