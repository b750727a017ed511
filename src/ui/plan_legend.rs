//! The legend of a scene that presents part of the plan: the coalition's
//! jobs (title, owner, due, status) or the asks toward a target (who asks
//! whom, for what, due, status). It takes a band of its own beside the
//! network, or under it on a narrow screen, so it never covers the map.

use egui::{Rect, RichText, Vec2};

use super::script::display_text;
use super::theme::Palette;
use crate::analysis::PresentedPlan;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{AskStatus, Map, ScenePlan, StakeholderId};

/// Below this width the legend goes under the network, not beside it.
const SIDE_BY_SIDE_WIDTH: f32 = 900.0;
/// The share of the width the legend takes beside the network.
const SIDE_SHARE: f32 = 0.28;
const SIDE_MIN_WIDTH: f32 = 240.0;
const SIDE_MAX_WIDTH: f32 = 400.0;
/// The most of the height the legend takes under the network.
const UNDER_SHARE: f32 = 0.3;
/// One job or ask of the legend (two lines), and its heading, in points.
const ITEM_HEIGHT: f32 = 46.0;
const HEADING_HEIGHT: f32 = 34.0;
const MARGIN: f32 = 10.0;

/// Where the network and the legend go in `rect`: the legend beside the
/// network on a wide screen, under it on a narrow one; `None` without a
/// plan to show.
pub fn plan_layout(rect: Rect, presented: Option<&PresentedPlan>) -> (Rect, Option<Rect>) {
    let Some(presented) = presented else {
        return (rect, None);
    };
    if rect.width() >= SIDE_BY_SIDE_WIDTH {
        let width = (rect.width() * SIDE_SHARE).clamp(SIDE_MIN_WIDTH, SIDE_MAX_WIDTH);
        let split = rect.max.x - width;
        let (network, legend) = rect.split_left_right_at_x(split);
        (network, Some(legend))
    } else {
        let lines = presented.jobs.len().max(presented.asks.len()).max(1) as f32;
        let wanted = HEADING_HEIGHT + lines * ITEM_HEIGHT + 2.0 * MARGIN;
        let height = wanted.min(rect.height() * UNDER_SHARE);
        let (network, legend) = rect.split_top_bottom_at_y(rect.max.y - height);
        (network, Some(legend))
    }
}

/// Draws the legend of the plan into `rect`: a heading, then each job or
/// ask, what it is on one line and who, when and where it stands under it.
pub fn plan_legend_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    map: &Map,
    plan: &ScenePlan,
    presented: &PresentedPlan,
    palette: Palette,
) {
    // On the scene's own canvas first: the window behind may be dark
    // while the scene is drawn in the projector's light look.
    ui.painter().rect_filled(rect, 0.0, palette.canvas);
    ui.painter().rect_filled(rect, 0.0, palette.box_fill);
    ui.painter().vline(
        rect.left(),
        rect.y_range(),
        egui::Stroke::new(2.0, palette.outline),
    );
    let inner = rect.shrink(MARGIN);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(inner));
    child.set_clip_rect(rect);
    child.spacing_mut().item_spacing = Vec2::new(6.0, 4.0);
    let name = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| display_text(&s.name).into_owned())
    };
    let heading = match plan {
        ScenePlan::JobsOf(id) => tr_with(
            "present-plan-jobs-of",
            &[(
                "coalition",
                map.coalition(id)
                    .map_or_else(|| id.to_string(), |c| display_text(&c.name).into_owned())
                    .into(),
            )],
        ),
        ScenePlan::AsksToward(id) => {
            tr_with("present-plan-asks-toward", &[("target", name(id).into())])
        }
    };
    child.add(
        egui::Label::new(
            RichText::new(heading)
                .size(18.0)
                .strong()
                .color(palette.text),
        )
        .wrap(),
    );
    let item = |ui: &mut egui::Ui, what: String, details: String, done: bool| {
        let mut what = RichText::new(what).size(16.0).strong().color(palette.text);
        // Done and dropped are said in words; the strike-through only adds to them.
        if done {
            what = what.strikethrough();
        }
        ui.add(egui::Label::new(what).wrap());
        ui.add(egui::Label::new(RichText::new(details).size(14.0).color(palette.text)).wrap());
        ui.add_space(4.0);
    };
    let due = |day: Option<crate::model::Day>| {
        day.map_or_else(
            || tr("present-plan-no-due"),
            |d| tr_with("present-plan-due", &[("date", d.to_string().into())]),
        )
    };
    let empty = |ui: &mut egui::Ui, id: &str| {
        ui.label(RichText::new(tr(id)).size(15.0).color(palette.text));
    };
    egui::ScrollArea::vertical()
        .id_salt("plan-legend")
        .show(&mut child, |ui| match plan {
            ScenePlan::JobsOf(_) => {
                if presented.jobs.is_empty() {
                    empty(ui, "present-plan-no-jobs");
                }
                for job in &presented.jobs {
                    let owner = job
                        .owner
                        .as_ref()
                        .map_or_else(|| tr("present-plan-no-owner"), name);
                    let details = tr_with(
                        "present-plan-job-details",
                        &[
                            ("owner", owner.into()),
                            ("due", due(job.due).into()),
                            ("status", job.status.translated().into()),
                        ],
                    );
                    let title = display_text(&job.title).into_owned();
                    item(ui, title, details, !job.status.is_open());
                }
            }
            ScenePlan::AsksToward(_) => {
                if presented.asks.is_empty() {
                    empty(ui, "present-plan-no-asks");
                }
                for ask in &presented.asks {
                    let status = tr(match ask.status {
                        AskStatus::Open => "plan-ask-open",
                        AskStatus::Done => "plan-ask-done",
                        AskStatus::Dropped => "plan-ask-dropped",
                    });
                    let what = tr_with(
                        "plan-ask-line",
                        &[
                            ("from", name(&ask.from).into()),
                            ("to", name(&ask.to).into()),
                            ("what", display_text(&ask.what).into_owned().into()),
                        ],
                    );
                    let details = tr_with(
                        "present-plan-ask-details",
                        &[("due", due(ask.due).into()), ("status", status.into())],
                    );
                    item(ui, what, details, ask.status != AskStatus::Open);
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_never_covers_the_network() {
        let presented = PresentedPlan::default();
        for size in [Vec2::new(1920.0, 1000.0), Vec2::new(640.0, 480.0)] {
            let rect = Rect::from_min_size(egui::Pos2::ZERO, size);
            let (network, legend) = plan_layout(rect, Some(&presented));
            let legend = legend.unwrap();
            assert!(
                network.intersect(legend).area() <= 0.0,
                "{network:?} {legend:?}"
            );
            assert!(network.area() >= rect.area() * 0.6, "most of it is the map");
        }
        let rect = Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(800.0, 600.0));
        assert_eq!(plan_layout(rect, None), (rect, None));
    }
}
