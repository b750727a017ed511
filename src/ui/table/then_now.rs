//! The table's "Then and now" tab, while two days are compared: one row
//! per stakeholder with each field that has a history twice, as it was
//! on the day compared with and as it is on the day shown. A value that
//! changed is written in bold after a », so it reads without colour;
//! those who changed come first. Read only: the values are edited in the
//! other tabs or the inspector.

use std::sync::Arc;

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::{HEADER_HEIGHT, Map, ROW_HEIGHT, StakeholderId, ViewContext};
use crate::i18n::{tr, tr_with};
use crate::model::Subject;
use crate::model::history::{Field, present_value};

/// One stakeholder's fields then and now.
struct Row {
    id: StakeholderId,
    name: String,
    /// Per field of [`Field::OF_STAKEHOLDER`]: the value then and now.
    values: Vec<(String, String)>,
    changed: bool,
}

/// The rows, made again only when either map changes.
#[derive(Default)]
pub(super) struct ThenNow {
    rows: Vec<Row>,
    /// The generation of the map shown, the map then, and the filter the
    /// rows were made for.
    made_for: Option<(u64, usize, u64, bool)>,
    /// Only the stakeholders whose values changed.
    pub(super) only_changed: bool,
}

impl ThenNow {
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, then: &Arc<Map>) {
        self.refresh(cx, then);
        ui.horizontal_wrapped(|ui| {
            let changed = self.rows.iter().filter(|row| row.changed).count();
            ui.label(
                RichText::new(tr_with(
                    "then-now-summary",
                    &[("changed", changed.into()), ("all", self.rows.len().into())],
                ))
                .strong(),
            );
            ui.checkbox(&mut self.only_changed, tr("then-now-only-changed"));
        });
        ui.add_space(4.0);
        let rows: Vec<&Row> = self
            .rows
            .iter()
            .filter(|row| row.changed || !self.only_changed)
            .collect();
        let fields = Field::OF_STAKEHOLDER;
        let mut clicked = None;
        egui::ScrollArea::horizontal()
            .id_salt("then-now-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut builder = then_now_table(ui, "then-now")
                    .column(Column::initial(220.0).at_least(60.0).clip(true));
                for _ in 0..fields.len() * 2 {
                    builder = builder.column(Column::initial(118.0).at_least(40.0).clip(true));
                }
                builder
                    .header(HEADER_HEIGHT, |mut header| {
                        header.col(|ui| {
                            ui.strong(tr("then-now-name"));
                        });
                        for field in fields {
                            for id in ["then-now-then", "then-now-now"] {
                                header.col(|ui| {
                                    ui.strong(tr_with(id, &[("field", field_name(*field).into())]));
                                });
                            }
                        }
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                            let entry = rows[row.index()];
                            row.set_selected(cx.selection.stakeholders.contains(&entry.id));
                            row.col(|ui| {
                                let name = RichText::new(&entry.name);
                                ui.label(if entry.changed { name.strong() } else { name });
                            });
                            for (then, now) in &entry.values {
                                then_now_cells(&mut row, then, now);
                            }
                            if row.response().clicked() {
                                clicked = Some(entry.id.clone());
                            }
                        });
                    });
            });
        if let Some(id) = clicked {
            cx.selection.select_only_stakeholder(id);
        }
    }

    fn refresh(&mut self, cx: &ViewContext<'_>, then: &Arc<Map>) {
        let key = (
            cx.generation,
            Arc::as_ptr(then) as usize,
            cx.shown.key,
            self.only_changed,
        );
        if self.made_for == Some(key) {
            return;
        }
        self.rows = rows(cx, then);
        self.made_for = Some(key);
    }
}

/// Every stakeholder the filter shows, those who changed first, each
/// group by name.
fn rows(cx: &ViewContext<'_>, then: &Map) -> Vec<Row> {
    let now = cx.map;
    let value = |map: &Map, subject: &Subject, field| {
        present_value(map, subject, field)
            .map_or_else(String::new, |v| crate::i18n::observed_value(&v))
    };
    let mut rows: Vec<Row> = now
        .stakeholders()
        .filter(|s| !cx.shown.is_hidden(&s.id))
        .map(|s| {
            let subject = Subject::Stakeholder(s.id.clone());
            let values: Vec<(String, String)> = Field::OF_STAKEHOLDER
                .iter()
                .map(|field| (value(then, &subject, *field), value(now, &subject, *field)))
                .collect();
            Row {
                id: s.id.clone(),
                name: crate::ui::script::display_text(&s.name).into_owned(),
                changed: values.iter().any(|(a, b)| a != b),
                values,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.changed
            .cmp(&a.changed)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}

/// A field's name in the interface's language.
/// A clickable, striped, resizable table of then-and-now columns.
pub(super) fn then_now_table<'a>(ui: &'a mut Ui, salt: &str) -> TableBuilder<'a> {
    TableBuilder::new(ui)
        .id_salt(salt)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .auto_shrink([false, false])
}

/// A value then and now, the new one marked in bold with » when it moved.
pub(super) fn then_now_cells(row: &mut egui_extras::TableRow<'_, '_>, then: &str, now: &str) {
    row.col(|ui| {
        ui.label(then);
    });
    row.col(|ui| {
        if then != now && !now.is_empty() {
            ui.label(RichText::new(format!("» {now}")).strong());
        } else {
            ui.label(now);
        }
    });
}

fn field_name(field: Field) -> String {
    tr(match field {
        Field::Stance => "then-now-field-stance",
        Field::Power => "then-now-field-power",
        Field::Interest => "then-now-field-interest",
        Field::Commitment => "then-now-field-commitment",
        _ => "then-now-field-role",
    })
}
