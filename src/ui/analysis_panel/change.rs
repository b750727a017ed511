//! The measure of change in the Analysis panel: from a checkpoint (or any
//! recorded day) to the map shown, who moved toward ally and how far, the
//! targets that moved, who moved away, and the relations made and lost,
//! for the whole map and each coalition.

use egui::{RichText, Ui};

use super::stakeholder_link;
use crate::analysis::change::{Change, ChangeSummary, Movement, change, steps};
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
            ui.label(
                RichText::new(
                    "Nothing is recorded yet. Record values with a date in the inspector, or mark a checkpoint, to measure change.",
                )
                .weak(),
            );
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
            ui.label("Since");
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
            ui.label("to the map shown");
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
        let relations = [
            ("New relations", measured.new_relations.len()),
            ("Lost relations", measured.lost_relations.len()),
            ("Strengthened", measured.strengthened.len()),
            ("Weakened", measured.weakened.len()),
        ];
        ui.label(
            relations
                .iter()
                .map(|(what, n)| format!("{what}: {n}"))
                .collect::<Vec<_>>()
                .join(" · "),
        );
        for coalition in &measured.coalitions {
            ui.add_space(4.0);
            ui.label(RichText::new(&coalition.name).strong());
            summary_ui(ui, cx, &coalition.summary);
        }
    }
}

fn summary_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, summary: &ChangeSummary) {
    ui.label(format!(
        "▲ {} moved toward ally: {}, {} weighted by power",
        summary.toward_ally,
        steps(summary.steps_toward_ally),
        summary.weighted_toward_ally
    ));
    ui.label(format!(
        "▼ {} moved away: {}, {} weighted by power",
        summary.away,
        steps(summary.steps_away),
        summary.weighted_away
    ));
    let victories: Vec<&Movement> = summary.victories().collect();
    if !victories.is_empty() {
        ui.label(RichText::new("★ Targets that moved (interim victories)").strong());
        movements_ui(ui, cx, &victories);
    }
    let away: Vec<&Movement> = summary.moved_away().collect();
    if !away.is_empty() {
        ui.label(RichText::new("Moved away from ally").strong());
        movements_ui(ui, cx, &away);
    }
}

fn movements_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, movements: &[&Movement]) {
    for movement in movements {
        ui.horizontal_wrapped(|ui| {
            stakeholder_link(ui, cx, &movement.stakeholder);
            ui.label(format!("{} → {}", movement.from, movement.to));
        });
    }
}
