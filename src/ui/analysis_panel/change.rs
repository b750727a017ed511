//! The measure of change in the Analysis panel: from a checkpoint (or any
//! recorded day) to the map shown, who moved toward ally and how far, the
//! targets that moved, who moved away, and the relations made and lost,
//! for the whole map and each coalition.

use egui::{RichText, Ui};

use super::stakeholder_link;
use crate::analysis::change::{Change, ChangeSummary, Movement, change};
use crate::i18n::{Translated, tr, tr_with};
use crate::model::Day;
use crate::ui::command::ViewContext;

/// The day measured from, and the last measure with what it was made of.
#[derive(Default)]
pub(super) struct ChangeSection {
    since: Option<Day>,
    measured: Option<(u64, Day, Change)>,
}

impl ChangeSection {
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        let days = cx.map.timeline().days();
        let Some(&first) = days.first() else {
            ui.label(RichText::new(tr("change-nothing-recorded")).weak());
            return;
        };
        let since = *self.since.get_or_insert_with(|| {
            cx.map
                .timeline()
                .checkpoints()
                .first()
                .map_or(first, |c| c.date)
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("change-since"));
            let label = |day: Day| match cx.map.timeline().checkpoint_on(day) {
                Some(c) => format!("{day} · {}", c.name),
                None => day.to_string(),
            };
            egui::ComboBox::from_id_salt("change-since")
                .selected_text(label(since))
                .show_ui(ui, |ui| {
                    for &day in &days {
                        if ui.selectable_label(day == since, label(day)).clicked() {
                            self.since = Some(day);
                        }
                    }
                });
            ui.label(tr("change-to-map-shown"));
        });
        let since = self.since.unwrap_or(first);
        let fresh = self
            .measured
            .as_ref()
            .is_some_and(|(g, d, _)| *g == cx.generation && *d == since);
        if !fresh {
            self.measured = Some((cx.generation, since, change(cx.map, since, None)));
        }
        let Some((_, _, measured)) = &self.measured else {
            return;
        };
        summary_ui(ui, cx, &measured.map);
        ui.label(tr_with(
            "change-relations",
            &[
                ("new", measured.new_relations.len().into()),
                ("lost", measured.lost_relations.len().into()),
                ("strengthened", measured.strengthened.len().into()),
                ("weakened", measured.weakened.len().into()),
            ],
        ));
        for coalition in &measured.coalitions {
            ui.add_space(4.0);
            ui.label(RichText::new(&coalition.name).strong());
            summary_ui(ui, cx, &coalition.summary);
        }
    }
}

fn summary_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, summary: &ChangeSummary) {
    ui.label(tr_with(
        "change-toward-ally",
        &[
            ("count", summary.toward_ally.into()),
            ("steps", summary.steps_toward_ally.into()),
            ("weighted", summary.weighted_toward_ally.to_string().into()),
        ],
    ));
    ui.label(tr_with(
        "change-away",
        &[
            ("count", summary.away.into()),
            ("steps", summary.steps_away.into()),
            ("weighted", summary.weighted_away.to_string().into()),
        ],
    ));
    let victories: Vec<&Movement> = summary.victories().collect();
    if !victories.is_empty() {
        ui.label(RichText::new(tr("change-victories")).strong());
        movements_ui(ui, cx, &victories);
    }
    let away: Vec<&Movement> = summary.moved_away().collect();
    if !away.is_empty() {
        ui.label(RichText::new(tr("change-moved-away")).strong());
        movements_ui(ui, cx, &away);
    }
}

fn movements_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, movements: &[&Movement]) {
    for movement in movements {
        ui.horizontal_wrapped(|ui| {
            stakeholder_link(ui, cx, &movement.stakeholder);
            ui.label(format!(
                "{} → {}",
                movement.from.translated(),
                movement.to.translated()
            ));
        });
    }
}
