//! The jobs as a list, sorted by the column clicked (again to reverse).

use egui::{RichText, Ui};

use super::{PlanPanel, SortBy, status_label};
use crate::i18n::tr;
use crate::model::{Job, Map};
use crate::ui::command::ViewContext;
use crate::ui::script::display_text;

impl PlanPanel {
    pub(super) fn list_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        let map: &Map = cx.map;
        let mut jobs: Vec<&Job> = map.plan().jobs().collect();
        let owner = |job: &Job| {
            job.owner
                .as_ref()
                .and_then(|o| map.stakeholder(o))
                .map_or_else(String::new, |s| s.name.clone())
        };
        match self.sort {
            SortBy::Due => jobs.sort_by_key(|j| (j.due.is_none(), j.due)),
            SortBy::Title => jobs.sort_by(|a, b| a.title.cmp(&b.title)),
            SortBy::Status => jobs.sort_by_key(|j| j.status),
            SortBy::Owner => jobs.sort_by_key(|j| owner(j)),
        }
        if self.descending {
            jobs.reverse();
        }
        egui::Grid::new("plan-list")
            .num_columns(4)
            .striped(true)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                for (sort, id) in [
                    (SortBy::Title, "plan-job-title"),
                    (SortBy::Status, "plan-job-status"),
                    (SortBy::Due, "plan-job-due"),
                    (SortBy::Owner, "plan-job-owner"),
                ] {
                    let arrow = match (self.sort == sort, self.descending) {
                        (true, false) => " ⏶",
                        (true, true) => " ⏷",
                        (false, _) => "",
                    };
                    let heading = RichText::new(format!("{}{arrow}", tr(id))).strong();
                    if ui
                        .button(heading)
                        .on_hover_text(tr("plan-sort-hover"))
                        .clicked()
                    {
                        if self.sort == sort {
                            self.descending = !self.descending;
                        } else {
                            self.sort = sort;
                            self.descending = false;
                        }
                    }
                }
                ui.end_row();
                for job in jobs {
                    let chosen = self.chosen.as_ref() == Some(&job.id);
                    if ui
                        .selectable_label(chosen, display_text(&job.title).into_owned())
                        .clicked()
                    {
                        self.chosen = (!chosen).then(|| job.id.clone());
                    }
                    ui.label(status_label(job.status));
                    ui.label(job.due.map(|d| d.to_string()).unwrap_or_default());
                    ui.label(display_text(&owner(job)).into_owned());
                    ui.end_row();
                }
            });
    }
}
