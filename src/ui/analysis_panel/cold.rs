//! "Gone cold" in the Analysis panel: the relations whose last contact is
//! older than the map allows, longest cold first, and the targets nobody
//! has contacted; a click on one selects it and brings it to the middle.

use egui::{RichText, Ui};

use super::{links, name_of};
use crate::i18n::{tr, tr_with};
use crate::model::plan::{ColdRelation, cold_relations, uncontacted_targets};
use crate::model::{Day, StakeholderId};
use crate::ui::command::{Command, ViewContext};
use crate::ui::script::display_text;

/// How many cold relations the section lists before "and N more".
const SHOWN: usize = 12;

/// The last lists found, with the map generation and the day they are of.
#[derive(Default)]
pub(super) struct ColdSection {
    found: Option<(u64, Day, Vec<ColdRelation>, Vec<StakeholderId>)>,
}

impl ColdSection {
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        let today = cx.shown_day;
        let stale = !matches!(&self.found, Some((g, d, ..)) if *g == cx.generation && *d == today);
        if stale {
            self.found = Some((
                cx.generation,
                today,
                cold_relations(cx.map, today),
                uncontacted_targets(cx.map, today),
            ));
        }
        let Some((_, _, cold, never)) = &self.found else {
            return;
        };
        ui.label(tr_with(
            "cold-threshold",
            &[("days", cx.map.plan().cold_after_days().into())],
        ));
        if cold.is_empty() {
            ui.label(RichText::new(tr("cold-none")).weak());
        }
        for relation in cold.iter().take(SHOWN) {
            let Some(r) = cx.map.relation(&relation.relation) else {
                continue;
            };
            let text = tr_with(
                "cold-relation",
                &[
                    (
                        "from",
                        display_text(&name_of(cx.map, &r.from)).into_owned().into(),
                    ),
                    (
                        "to",
                        display_text(&name_of(cx.map, &r.to)).into_owned().into(),
                    ),
                    ("days", relation.days.into()),
                    ("date", relation.last_contact.to_string().into()),
                ],
            );
            if ui.link(text).clicked() {
                cx.selection.select_only_relation(r.id.clone());
                cx.commands.push(Command::CenterOn(r.from.clone()));
            }
        }
        if cold.len() > SHOWN {
            ui.label(tr_with(
                "cold-more",
                &[("count", (cold.len() - SHOWN).into())],
            ));
        }
        ui.add_space(4.0);
        if never.is_empty() {
            ui.label(RichText::new(tr("cold-every-target-contacted")).weak());
        } else {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr_with(
                        "cold-never-contacted",
                        &[("count", never.len().into())],
                    ))
                    .strong(),
                );
                let never = never.clone();
                links(ui, cx, &never);
            });
        }
    }
}
