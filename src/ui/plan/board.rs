//! The jobs board: one column per status, a card per job; drag a card onto
//! another column to move the job there, one undo step.

use egui::{RichText, Sense, Ui};

use super::status_label;
use crate::edit::Edit;
use crate::i18n::tr;
use crate::model::{Day, Job, JobId, JobStatus, Map};
use crate::ui::command::ViewContext;
use crate::ui::script::display_text;

/// The narrowest a column of cards may be before the board stacks them.
const COLUMN_WIDTH: f32 = 150.0;

/// What a dragged card carries.
#[derive(Clone, Debug)]
struct DraggedJob(JobId);

pub(super) fn board_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, chosen: &mut Option<JobId>) {
    let map: &Map = cx.map;
    let today = cx.today;
    let mut moved: Option<(JobId, JobStatus)> = None;
    // Side by side when the panel is wide enough for a card per column,
    // else one above the other: the same drop zones either way.
    let wide = ui.available_width() >= COLUMN_WIDTH * JobStatus::ALL.len() as f32;
    if wide {
        ui.columns(JobStatus::ALL.len(), |columns| {
            for (ui, &status) in columns.iter_mut().zip(JobStatus::ALL) {
                column_ui(ui, map, today, status, chosen, &mut moved);
            }
        });
    } else {
        for &status in JobStatus::ALL {
            column_ui(ui, map, today, status, chosen, &mut moved);
            ui.add_space(4.0);
        }
    }
    if let Some((id, status)) = moved
        && let Some(job) = map.plan().job(&id)
    {
        let mut job = job.clone();
        job.status = status;
        cx.edit(Edit::UpdateJob(Box::new(job)));
    }
}

/// One status: its heading, its cards, and the zone a card is dropped on.
fn column_ui(
    ui: &mut Ui,
    map: &Map,
    today: Day,
    status: JobStatus,
    chosen: &mut Option<JobId>,
    moved: &mut Option<(JobId, JobStatus)>,
) {
    let jobs: Vec<&Job> = map.plan().jobs().filter(|j| j.status == status).collect();
    let frame = egui::Frame::group(ui.style()).inner_margin(4.0);
    let (_, dropped) = ui.dnd_drop_zone::<DraggedJob, ()>(frame, |ui| {
        ui.set_min_width(ui.available_width());
        ui.set_min_height(40.0);
        ui.label(RichText::new(format!("{} ({})", status_label(status), jobs.len())).strong());
        for job in &jobs {
            card_ui(ui, map, today, job, chosen);
        }
    });
    if let Some(dragged) = dropped
        && map
            .plan()
            .job(&dragged.0)
            .is_some_and(|j| j.status != status)
    {
        *moved = Some((dragged.0.clone(), status));
    }
}

/// A card: the title, the due date and the owner; click to edit the job.
/// A card scrolled out of sight only keeps its place, at the height it
/// was last drawn, so a board of hundreds of jobs lays out only what shows.
fn card_ui(ui: &mut Ui, map: &Map, today: Day, job: &Job, chosen: &mut Option<JobId>) {
    let height_id = ui.id().with(("card-height", job.id.as_str()));
    let known: Option<f32> = ui.ctx().data(|d| d.get_temp(height_id));
    if let Some(height) = known {
        let size = egui::vec2(ui.available_width(), height);
        let place = egui::Rect::from_min_size(ui.cursor().min, size);
        if !ui.is_rect_visible(place) {
            ui.allocate_space(size);
            return;
        }
    }
    let mut text = job.title.clone();
    if let Some(due) = job.due {
        text.push('\n');
        text.push_str(&due.to_string());
        // Said in words, not only by colour.
        if job.is_overdue(today) {
            text.push_str(" · ");
            text.push_str(&tr("plan-card-overdue"));
        }
    }
    if let Some(owner) = job.owner.as_ref().and_then(|o| map.stakeholder(o)) {
        text.push('\n');
        text.push_str(&owner.name);
    }
    let is_chosen = chosen.as_ref() == Some(&job.id);
    let card = ui.add(
        egui::Button::selectable(is_chosen, display_text(&text).into_owned())
            .wrap()
            .sense(Sense::click_and_drag()),
    );
    if known != Some(card.rect.height()) {
        let height = card.rect.height();
        ui.ctx().data_mut(|d| d.insert_temp(height_id, height));
    }
    card.dnd_set_drag_payload(DraggedJob(job.id.clone()));
    if card.clicked() {
        *chosen = (!is_chosen).then(|| job.id.clone());
    }
}
