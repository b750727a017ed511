//! The table: one row per stakeholder with a column for every field, and a
//! second tab with one row per relation. Sort by any column, resize the
//! columns, scroll sideways; edit with the keyboard as in a spreadsheet
//! (Enter edits the cell under the cursor, Tab moves on, Esc cancels),
//! each cell edit one undo step; right-click a column heading to set that
//! field for every selected row at once (one undo step).
//!
//! Only the rows on screen are drawn, and the row order is computed again
//! only when the map, the filter or the sort changes, so the table stays
//! fluid with thousands of rows.
//!
//! The parts: [`columns`] (what each column is and how it is edited),
//! [`rows`] (what a kind of row must say of itself), [`stakeholder_rows`]
//! and [`relation_rows`] (the two kinds, their fields from the field
//! registry), [`sheet`] (one tab's state and frame), [`keys`] (the
//! keyboard), [`draw`] (headings, rows, cells) and [`choices`] (the list a
//! choice cell opens). The names the parts share are imported here once.

use egui::{RichText, Ui};

use super::actions::Action;
use super::command::{Command, ViewContext};
use super::fields::{self, DraftField, FieldEnd};
use super::selection::Selection;
use super::shown::Shown;
use crate::edit::Edit;
use crate::model::{Map, RelationId, RelationKind, StakeholderId};

const ROW_HEIGHT: f32 = 24.0;
const HEADER_HEIGHT: f32 = 26.0;
/// Rows moved by Page Up and Page Down.
const PAGE_ROWS: usize = 15;
/// Height of one choice in the list a choice cell opens.
const OPTION_HEIGHT: f32 = 22.0;
/// Height of that list when it scrolls.
const LONG_LIST_HEIGHT: f32 = 300.0;

mod choices;
mod collation;
mod columns;
mod draw;
mod keys;
mod relation_rows;
mod rows;
mod sheet;
mod stakeholder_rows;
mod then_now;
mod then_now_relations;

use columns::{Editor, RELATION_COLUMNS, SheetColumn, SortKey, Value};
pub use columns::{RelationColumn, StakeholderColumn};
use keys::toggle_flag;
use relation_rows::RelationRows;
use rows::Derived;
use rows::Rows;
use sheet::{AfterEdit, CellClick, EditState, Editing, Sheet};
use stakeholder_rows::{StakeholderRows, position_of};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    Stakeholders,
    Relations,
    /// While two days are compared.
    ThenNow,
    RelationsThenNow,
}

/// The table view: its two tabs, each with its own sort and cell cursor.
#[derive(Default)]
pub struct TableView {
    tab: Tab,
    stakeholders: Sheet<StakeholderRows>,
    relations: Sheet<RelationRows>,
    then_now: then_now::ThenNow,
    relations_then_now: then_now_relations::RelationsThenNow,
    /// The map on the day compared with: the "Then and now" tab.
    pub compare: Option<std::sync::Arc<Map>>,
}

impl TableView {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        // The central panel has no frame of its own (the canvas paints its
        // background), so the table brings the panel's.
        egui::Frame::central_panel(ui.style())
            .inner_margin(egui::Margin::symmetric(8, 6))
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                ui.horizontal(|ui| {
                    let stakeholders = crate::i18n::tr_with(
                        "table-stakeholders-tab",
                        &[("count", cx.map.stakeholder_count().into())],
                    );
                    let relations = crate::i18n::tr_with(
                        "table-relations-tab",
                        &[("count", cx.map.relation_count().into())],
                    );
                    ui.selectable_value(&mut self.tab, Tab::Stakeholders, stakeholders);
                    ui.selectable_value(&mut self.tab, Tab::Relations, relations);
                    if self.compare.is_some() {
                        ui.selectable_value(
                            &mut self.tab,
                            Tab::ThenNow,
                            crate::i18n::tr("then-now-tab"),
                        );
                        ui.selectable_value(
                            &mut self.tab,
                            Tab::RelationsThenNow,
                            crate::i18n::tr("then-now-relations-tab"),
                        );
                    } else if matches!(self.tab, Tab::ThenNow | Tab::RelationsThenNow) {
                        self.tab = Tab::Stakeholders;
                    }
                    ui.separator();
                    let selected = match self.tab {
                        Tab::Stakeholders => cx.selection.stakeholders.len(),
                        Tab::Relations => cx.selection.relations.len(),
                        Tab::ThenNow | Tab::RelationsThenNow => 0,
                    };
                    let hint = if matches!(self.tab, Tab::ThenNow | Tab::RelationsThenNow) {
                        crate::i18n::tr("then-now-hint")
                    } else if selected > 1 {
                        crate::i18n::tr_with("table-selected-hint", &[("count", selected.into())])
                    } else {
                        crate::i18n::tr("table-keys-hint")
                    };
                    ui.label(RichText::new(hint).weak());
                });
                ui.add_space(4.0);
                match self.tab {
                    Tab::Stakeholders => self.stakeholders.ui(ui, cx),
                    Tab::Relations => self.relations.ui(ui, cx),
                    Tab::ThenNow => {
                        if let Some(then) = &self.compare {
                            self.then_now.ui(ui, cx, then);
                        }
                    }
                    Tab::RelationsThenNow => {
                        if let Some(then) = &self.compare {
                            self.relations_then_now.ui(ui, cx, then);
                        }
                    }
                }
            });
    }
}
