//! The table's "Relations then and now" tab, while two days are compared:
//! one row per relation of either day, its strength, confidence and kind
//! then and now, and whether it was made or lost since. As in the
//! stakeholders' tab, a change is written in bold after a », so it reads
//! without colour, and the relations that changed come first. Clicking a
//! row selects the relation.

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::{RichText, Ui};
use egui_extras::Column;

use super::{HEADER_HEIGHT, Map, ROW_HEIGHT, ViewContext};
use crate::exchange::merge::{field_words, value_words};
use crate::i18n::{tr, tr_with};
use crate::model::history::{Field, present_value};
use crate::model::{RelationId, Subject};

/// The fields shown then and now; being in place is the row's state.
const FIELDS: [Field; 3] = [Field::Strength, Field::Confidence, Field::Kind];

/// What happened to a relation between the two days.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Since {
    Made,
    Lost,
    Changed,
    Same,
}

struct Row {
    id: RelationId,
    from: String,
    to: String,
    since: Since,
    /// Per field of [`FIELDS`]: the value then and now ("" when the
    /// relation was not in place that day).
    values: Vec<(String, String)>,
}

/// The rows, made again only when either map changes.
#[derive(Default)]
pub(super) struct RelationsThenNow {
    rows: Vec<Row>,
    made_for: Option<(u64, usize, u64)>,
    only_changed: bool,
}

impl RelationsThenNow {
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, then: &Arc<Map>) {
        let key = (cx.generation, Arc::as_ptr(then) as usize, cx.shown.key);
        if self.made_for != Some(key) {
            self.rows = rows(cx.map, then, cx);
            self.made_for = Some(key);
        }
        ui.horizontal_wrapped(|ui| {
            let count = |since| self.rows.iter().filter(|r| r.since == since).count();
            ui.label(
                RichText::new(tr_with(
                    "then-now-relations-summary",
                    &[
                        ("made", count(Since::Made).into()),
                        ("lost", count(Since::Lost).into()),
                        ("changed", count(Since::Changed).into()),
                    ],
                ))
                .strong(),
            );
            ui.checkbox(&mut self.only_changed, tr("then-now-only-changed"));
        });
        ui.add_space(4.0);
        let rows: Vec<&Row> = self
            .rows
            .iter()
            .filter(|row| row.since != Since::Same || !self.only_changed)
            .collect();
        let mut clicked = None;
        egui::ScrollArea::horizontal()
            .id_salt("relations-then-now-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut builder = super::then_now::then_now_table(ui, "relations-then-now")
                    .column(Column::initial(170.0).at_least(60.0).clip(true))
                    .column(Column::initial(170.0).at_least(60.0).clip(true))
                    .column(Column::initial(110.0).at_least(40.0).clip(true));
                for _ in 0..FIELDS.len() * 2 {
                    builder = builder.column(Column::initial(110.0).at_least(40.0).clip(true));
                }
                builder
                    .header(HEADER_HEIGHT, |mut header| {
                        for id in [
                            "then-now-relations-from",
                            "then-now-relations-to",
                            "then-now-relations-since",
                        ] {
                            header.col(|ui| {
                                ui.strong(tr(id));
                            });
                        }
                        for field in FIELDS {
                            for id in ["then-now-then", "then-now-now"] {
                                header.col(|ui| {
                                    ui.strong(tr_with(id, &[("field", capitalized(field).into())]));
                                });
                            }
                        }
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                            let entry = rows[row.index()];
                            row.set_selected(cx.selection.relations.contains(&entry.id));
                            let moved = entry.since != Since::Same;
                            for name in [&entry.from, &entry.to] {
                                row.col(|ui| {
                                    let name = RichText::new(name);
                                    ui.label(if moved { name.strong() } else { name });
                                });
                            }
                            row.col(|ui| {
                                let words = match entry.since {
                                    Since::Made => tr("then-now-relations-made"),
                                    Since::Lost => tr("then-now-relations-lost"),
                                    Since::Changed => tr("then-now-relations-changed"),
                                    Since::Same => String::new(),
                                };
                                ui.label(RichText::new(words).strong());
                            });
                            for (then, now) in &entry.values {
                                super::then_now::then_now_cells(&mut row, then, now);
                            }
                            if row.response().clicked() {
                                clicked = Some(entry.id.clone());
                            }
                        });
                    });
            });
        if let Some(id) = clicked.filter(|id| cx.map.relation(id).is_some()) {
            cx.selection.clear();
            cx.selection.relations.insert(id);
        }
    }
}

/// Every relation of either day between stakeholders the filter shows:
/// made, lost and changed first, each group by the names it joins.
fn rows(now: &Map, then: &Map, cx: &ViewContext<'_>) -> Vec<Row> {
    let ids: BTreeSet<&RelationId> = now
        .relations()
        .map(|r| &r.id)
        .chain(then.relations().map(|r| &r.id))
        .collect();
    let name = |id: &crate::model::StakeholderId| {
        now.stakeholder(id)
            .or_else(|| then.stakeholder(id))
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let mut rows: Vec<Row> = ids
        .into_iter()
        .filter_map(|id| {
            let (was, is) = (then.relation(id), now.relation(id));
            let relation = is.or(was)?;
            if cx.shown.is_hidden(&relation.from) || cx.shown.is_hidden(&relation.to) {
                return None;
            }
            let subject = Subject::Relation(id.clone());
            let value = |map: &Map, present: bool, field| {
                present
                    .then(|| present_value(map, &subject, field))
                    .flatten()
                    .map_or_else(String::new, |v| value_words(&v))
            };
            let values: Vec<(String, String)> = FIELDS
                .iter()
                .map(|f| (value(then, was.is_some(), *f), value(now, is.is_some(), *f)))
                .collect();
            let since = match (was, is) {
                (None, Some(_)) => Since::Made,
                (Some(_), None) => Since::Lost,
                _ if values.iter().any(|(a, b)| a != b) => Since::Changed,
                _ => Since::Same,
            };
            Some(Row {
                id: id.clone(),
                from: crate::ui::script::display_text(&name(&relation.from)).into_owned(),
                to: crate::ui::script::display_text(&name(&relation.to)).into_owned(),
                since,
                values,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        a.since
            .cmp(&b.since)
            .then_with(|| a.from.to_lowercase().cmp(&b.from.to_lowercase()))
            .then_with(|| a.to.to_lowercase().cmp(&b.to.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}

/// "Strength", as a column heading names the field.
fn capitalized(field: Field) -> String {
    let words = field_words(field);
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
