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

use std::borrow::Cow;
use std::marker::PhantomData;

use egui::{Color32, Event, Id, Key, Modifiers, Rect, RichText, Sense, Stroke, Ui};
use egui_extras::{Column, TableBuilder};

use super::actions::Action;
use super::command::{Command, ViewContext};
use super::fields::{self, DraftField, FieldEnd};
use super::selection::Selection;
use super::shown::Shown;
use crate::edit::Edit;
use crate::model::{
    Confidence, Contribution, Kind, Map, RelationId, RelationKind, Role, SCORE_RANGE,
    STRENGTH_RANGE, Stakeholder, StakeholderId, Stance,
};

const ROW_HEIGHT: f32 = 24.0;
const HEADER_HEIGHT: f32 = 26.0;
/// Rows moved by Page Up and Page Down.
const PAGE_ROWS: usize = 15;
/// Height of one choice in the list a choice cell opens.
const OPTION_HEIGHT: f32 = 22.0;
/// Height of that list when it scrolls.
const LONG_LIST_HEIGHT: f32 = 300.0;

/// The columns of the stakeholder table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderColumn {
    Name,
    Kind,
    Stance,
    Power,
    Interest,
    Role,
    Commitment,
    Contributions,
    Expertise,
    Tags,
    Coalitions,
    Degree,
}

impl StakeholderColumn {
    pub const ALL: [Self; 12] = [
        Self::Name,
        Self::Kind,
        Self::Stance,
        Self::Power,
        Self::Interest,
        Self::Role,
        Self::Commitment,
        Self::Contributions,
        Self::Expertise,
        Self::Tags,
        Self::Coalitions,
        Self::Degree,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::Kind => "Kind",
            Self::Stance => "Stance",
            Self::Power => "Power",
            Self::Interest => "Interest",
            Self::Role => "Role",
            Self::Commitment => "Commitment",
            Self::Contributions => "Contributions",
            Self::Expertise => "Expertise",
            Self::Tags => "Tags",
            Self::Coalitions => "Coalitions",
            Self::Degree => "Degree",
        }
    }
}

/// The columns of the relation table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationColumn {
    From,
    Kind,
    To,
    Mutual,
    Strength,
    Confidence,
    Note,
}

impl RelationColumn {
    pub const ALL: [Self; 7] = [
        Self::From,
        Self::Kind,
        Self::To,
        Self::Mutual,
        Self::Strength,
        Self::Confidence,
        Self::Note,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::From => "From",
            Self::Kind => "Kind",
            Self::To => "To",
            Self::Mutual => "Mutual",
            Self::Strength => "Strength",
            Self::Confidence => "Confidence",
            Self::Note => "Note",
        }
    }
}

/// What the table needs to know of a column.
trait SheetColumn: Copy + 'static {
    fn all() -> &'static [Self];
    fn label(self) -> &'static str;
    fn width(self) -> f32;
    fn editor(self) -> Editor;
}

impl SheetColumn for StakeholderColumn {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn label(self) -> &'static str {
        self.label()
    }
    fn width(self) -> f32 {
        match self {
            Self::Name => 240.0,
            Self::Kind | Self::Role => 120.0,
            Self::Stance => 140.0,
            Self::Power | Self::Interest | Self::Degree => 70.0,
            Self::Commitment => 96.0,
            Self::Contributions | Self::Expertise | Self::Coalitions => 200.0,
            Self::Tags => 180.0,
        }
    }
    fn editor(self) -> Editor {
        match self {
            Self::Name | Self::Expertise | Self::Tags => Editor::Text,
            Self::Kind
            | Self::Stance
            | Self::Power
            | Self::Interest
            | Self::Role
            | Self::Commitment => Editor::Pick,
            Self::Contributions => Editor::Flags,
            Self::Coalitions | Self::Degree => Editor::ReadOnly,
        }
    }
}

impl SheetColumn for RelationColumn {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn label(self) -> &'static str {
        self.label()
    }
    fn width(self) -> f32 {
        match self {
            Self::From | Self::To => 240.0,
            Self::Kind => 130.0,
            Self::Mutual => 70.0,
            Self::Strength | Self::Confidence => 110.0,
            Self::Note => 320.0,
        }
    }
    fn editor(self) -> Editor {
        match self {
            Self::Note => Editor::Text,
            _ => Editor::Pick,
        }
    }
}

/// How a cell is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editor {
    ReadOnly,
    /// Typed text.
    Text,
    /// One of a list: typing its number or first letter picks it.
    Pick,
    /// Any of a list, each switched on or off (one undo step per switch).
    Flags,
}

/// A new value for a cell.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    /// The index of a choice in the column's options.
    Choice(usize),
    /// Switch one option of a `Flags` column on or off.
    Flag(usize, bool),
    /// Add items to a list column (tags, expertise), keeping the others.
    AddToList(String),
}

/// What a column sorts by: numbers as numbers, choices in their own order,
/// text ignoring case.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Number(i64),
    Text(String),
}

/// One kind of row (stakeholders or relations): how to list, show, sort,
/// edit and select them.
trait Rows {
    type Id: Clone + PartialEq + std::fmt::Debug + Send + Sync + 'static;
    type Column: SheetColumn;
    /// Distinguishes the widgets of one table from the other's.
    const SALT: &'static str;
    /// "stakeholder", "stakeholders".
    const NOUNS: (&'static str, &'static str);
    const COLUMNS: usize;

    fn column(index: usize) -> Self::Column {
        let all = Self::Column::all();
        all[index.min(all.len() - 1)]
    }
    fn name(column: usize) -> &'static str {
        Self::column(column).label()
    }
    fn width(column: usize) -> f32 {
        Self::column(column).width()
    }
    fn editor(column: usize) -> Editor {
        Self::column(column).editor()
    }
    /// Every row not hidden by the filter, in no particular order.
    fn ids(map: &Map, shown: &Shown) -> Vec<Self::Id>;
    fn is_dimmed(map: &Map, shown: &Shown, id: &Self::Id) -> bool;
    /// The colour of the highlighted coalition, when the row belongs to it.
    fn highlight(map: &Map, shown: &Shown, id: &Self::Id) -> Option<Color32>;
    fn sort_key(map: &Map, id: &Self::Id, column: usize) -> SortKey;
    fn cell<'m>(map: &'m Map, id: &Self::Id, column: usize) -> Cow<'m, str>;
    /// The choices of a `Pick` or `Flags` column.
    fn options(map: &Map, column: usize) -> Vec<String>;
    /// The text a `Text` cell is edited from.
    fn text(map: &Map, id: &Self::Id, column: usize) -> String;
    /// The chosen option(s) of a `Pick` or `Flags` cell.
    fn chosen(map: &Map, id: &Self::Id, column: usize) -> Vec<usize>;
    /// The edit that gives a cell this value; `None` when nothing changes
    /// or the value is not allowed (an empty name).
    fn edit(map: &Map, id: &Self::Id, column: usize, value: &Value) -> Option<Edit>;
    fn is_selected(selection: &Selection, id: &Self::Id) -> bool;
    /// The selected rows the table shows (not hidden by the filter).
    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<Self::Id>;
    fn select_only(selection: &mut Selection, id: &Self::Id);
    fn toggle(selection: &mut Selection, id: &Self::Id);
    fn add(selection: &mut Selection, id: &Self::Id);
    /// A stakeholder that can be dragged out of this cell (onto a coalition).
    fn drag_payload(id: &Self::Id, column: usize) -> Option<StakeholderId>;
    /// What the view should centre on when the row is clicked.
    fn centre_on(map: &Map, id: &Self::Id) -> Option<StakeholderId>;
    /// Whether a text column holds a list, added to rather than replaced in bulk.
    fn is_list(_column: usize) -> bool {
        false
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    Stakeholders,
    Relations,
}

/// The table view: its two tabs, each with its own sort and cell cursor.
#[derive(Default)]
pub struct TableView {
    tab: Tab,
    stakeholders: Sheet<StakeholderRows>,
    relations: Sheet<RelationRows>,
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
                    let stakeholders = format!("Stakeholders ({})", cx.map.stakeholder_count());
                    let relations = format!("Relations ({})", cx.map.relation_count());
                    ui.selectable_value(&mut self.tab, Tab::Stakeholders, stakeholders);
                    ui.selectable_value(&mut self.tab, Tab::Relations, relations);
                    ui.separator();
                    let selected = match self.tab {
                        Tab::Stakeholders => cx.selection.stakeholders.len(),
                        Tab::Relations => cx.selection.relations.len(),
                    };
                    let hint = if selected > 1 {
                        format!(
                            "{selected} selected: right-click a column heading to set it for all of them"
                        )
                    } else {
                        "Enter edits the cell, Tab moves on, Esc cancels; Shift- or Ctrl-click selects several"
                            .to_owned()
                    };
                    ui.label(RichText::new(hint).weak());
                });
                ui.add_space(4.0);
                match self.tab {
                    Tab::Stakeholders => self.stakeholders.ui(ui, cx),
                    Tab::Relations => self.relations.ui(ui, cx),
                }
            });
    }
}

/// A cell being edited.
struct Editing<I> {
    id: I,
    column: usize,
    state: EditState,
}

enum EditState {
    /// The text lives in the field's draft (see [`fields`]).
    Text,
    /// A list of choices under the cell, one highlighted.
    Pick {
        options: Vec<String>,
        highlighted: usize,
        /// Scroll the list to the highlighted choice on the next frame.
        scroll: bool,
    },
    /// A list of switches under the cell, one highlighted.
    Flags {
        options: Vec<String>,
        highlighted: usize,
    },
}

/// A click on a body cell.
struct CellClick {
    row: usize,
    column: usize,
    double: bool,
    modifiers: Modifiers,
}

/// What the cell editor asks for once the frame is drawn.
enum AfterEdit {
    /// Commit (when there is a value) and stop editing; keep the cursor.
    Done(Option<Value>),
    /// Commit, then edit the next (or previous) cell.
    Next(Option<Value>, bool),
    /// Commit and let the focus go where the user put it.
    Left(Option<Value>),
    Cancel,
}

/// The map generation, `Shown` key and sort the rows were put in order for.
type RowsKey = (u64, u64, Option<(usize, bool)>);

/// One tab of the table: its rows in order, sort, cell cursor and editor.
struct Sheet<R: Rows> {
    sort: Option<(usize, bool)>,
    rows: Vec<R::Id>,
    /// What `rows` were computed for.
    rows_for: Option<RowsKey>,
    /// The cell under the keyboard cursor: a row's id and a column.
    cursor: Option<(R::Id, usize)>,
    editing: Option<Editing<R::Id>>,
    scroll_to_cursor: bool,
    /// The row being dragged towards a coalition.
    dragged: Option<R::Id>,
    rows_type: PhantomData<R>,
}

impl<R: Rows> Default for Sheet<R> {
    fn default() -> Self {
        Self {
            sort: None,
            rows: Vec::new(),
            rows_for: None,
            cursor: None,
            editing: None,
            scroll_to_cursor: false,
            dragged: None,
            rows_type: PhantomData,
        }
    }
}

impl<R: Rows> Sheet<R> {
    fn cursor_id() -> Id {
        Id::new(("table-cursor", R::SALT))
    }

    fn editor_id() -> Id {
        Id::new(("table-cell-editor", R::SALT))
    }

    fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        self.refresh_rows(cx);
        let cursor_id = Self::cursor_id();
        if ui.memory(|m| m.has_focus(cursor_id)) {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    cursor_id,
                    egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: true,
                    },
                );
            });
            self.keys(ui, cx);
        }

        let drawn = self.table_ui(ui, cx);

        // The cursor owns the keyboard while the user moves around the
        // table, so single-key shortcuts do not fire under it.
        let focus = ui.interact(
            Rect::from_min_size(drawn.table_rect.min, egui::vec2(1.0, 1.0)),
            cursor_id,
            Sense::focusable_noninteractive(),
        );
        let cursor_text = self.cursor_description(cx.map);
        focus.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Other, true, cursor_text.clone())
        });

        if let Some(after) = drawn.after_edit {
            self.finish_edit(ui, cx, after);
        }
        if let Some(rect) = drawn.editing_rect {
            self.choices_ui(ui, cx, rect);
        }
        if let Some((column, ascending)) = drawn.sort {
            self.sort = Some((column, ascending));
            self.rows_for = None;
        }
        if let Some((column, value)) = drawn.bulk {
            Self::set_for_selected(cx, column, &value);
        }
        if let Some(click) = drawn.click {
            self.click(ui, cx, &click);
        }
        if let Some(id) = drawn.dragged {
            if !R::is_selected(cx.selection, &id) {
                R::select_only(cx.selection, &id);
            }
            self.dragged = Some(id);
        }
        self.drag_preview_ui(ui, cx.map);
        let picking = matches!(
            self.editing,
            Some(Editing {
                state: EditState::Pick { .. } | EditState::Flags { .. },
                ..
            })
        );
        if picking && !ui.memory(|m| m.has_focus(cursor_id)) {
            self.editing = None;
        }
    }

    /// The name of the row being dragged, under the pointer.
    fn drag_preview_ui(&mut self, ui: &Ui, map: &Map) {
        if !egui::DragAndDrop::has_any_payload(ui.ctx()) {
            self.dragged = None;
        }
        let (Some(id), Some(pointer)) = (&self.dragged, ui.ctx().pointer_latest_pos()) else {
            return;
        };
        egui::Area::new(Id::new(("table-drag-preview", R::SALT)))
            .order(egui::Order::Tooltip)
            .interactable(false)
            .fixed_pos(pointer + egui::vec2(14.0, 6.0))
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(R::cell(map, id, 0));
                });
            });
    }

    /// Puts the rows in order again when the map, filter or sort changed.
    fn refresh_rows(&mut self, cx: &ViewContext<'_>) {
        let key = (cx.generation, cx.shown.key, self.sort);
        if self.rows_for != Some(key) {
            let (column, ascending) = self.sort.unwrap_or((0, true));
            let mut keyed: Vec<(SortKey, SortKey, R::Id)> = R::ids(cx.map, cx.shown)
                .into_iter()
                .map(|id| {
                    (
                        R::sort_key(cx.map, &id, column),
                        R::sort_key(cx.map, &id, 0),
                        id,
                    )
                })
                .collect();
            keyed.sort_by(|a, b| {
                let order = a.0.cmp(&b.0);
                let order = if ascending { order } else { order.reverse() };
                order.then_with(|| a.1.cmp(&b.1))
            });
            self.rows = keyed.into_iter().map(|(_, _, id)| id).collect();
            self.rows_for = Some(key);
        }
        if let Some((id, _)) = &self.cursor
            && !self.rows.contains(id)
        {
            self.cursor = None;
        }
        if let Some(editing) = &self.editing
            && !self.rows.contains(&editing.id)
        {
            self.editing = None;
        }
    }

    fn cursor_row(&self) -> Option<usize> {
        let (id, _) = self.cursor.as_ref()?;
        self.rows.iter().position(|r| r == id)
    }

    fn cursor_description(&self, map: &Map) -> String {
        match &self.cursor {
            Some((id, column)) => format!(
                "Table cell {}: {}",
                R::name(*column),
                R::cell(map, id, *column)
            ),
            None => format!("Table of {}", R::NOUNS.1),
        }
    }

    /// Moves the cursor to a row and column; a new row becomes the selection
    /// (added to it with Shift).
    fn move_to(&mut self, cx: &mut ViewContext<'_>, row: usize, column: usize, extend: bool) {
        let Some(id) = self.rows.get(row).cloned() else {
            return;
        };
        let changed_row = self.cursor.as_ref().is_none_or(|(c, _)| *c != id);
        if changed_row {
            if extend {
                R::add(cx.selection, &id);
            } else {
                R::select_only(cx.selection, &id);
            }
        }
        self.cursor = Some((id, column.min(R::COLUMNS - 1)));
        self.scroll_to_cursor = true;
    }

    /// Keys while the cursor has the keyboard.
    fn keys(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        if self.rows.is_empty() {
            return;
        }
        let events: Vec<Event> = ui.input(|i| i.events.clone());
        for event in events {
            match event {
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } if self.key(ui, cx, key, modifiers) => break,
                Event::Text(text) if self.typed(ui, cx, &text) => break,
                _ => {}
            }
        }
    }

    /// One key press; returns whether a text field took over the keyboard.
    fn key(
        &mut self,
        ui: &mut Ui,
        cx: &mut ViewContext<'_>,
        key: Key,
        modifiers: Modifiers,
    ) -> bool {
        if self.editing.is_some() {
            self.key_while_picking(ui, cx, key, modifiers);
            return false;
        }
        let row = self.cursor_row().unwrap_or(0);
        let column = self.cursor.as_ref().map_or(0, |(_, c)| *c);
        let last_row = self.rows.len() - 1;
        if modifiers.command {
            match key {
                Key::Z if modifiers.shift => cx.action(Action::Redo),
                Key::Z => cx.action(Action::Undo),
                Key::Y => cx.action(Action::Redo),
                Key::A => {
                    for id in &self.rows {
                        R::add(cx.selection, id);
                    }
                }
                _ => {}
            }
            return false;
        }
        match key {
            Key::ArrowUp => self.move_to(cx, row.saturating_sub(1), column, modifiers.shift),
            Key::ArrowDown => self.move_to(cx, (row + 1).min(last_row), column, modifiers.shift),
            Key::PageUp => self.move_to(cx, row.saturating_sub(PAGE_ROWS), column, modifiers.shift),
            Key::PageDown => {
                self.move_to(cx, (row + PAGE_ROWS).min(last_row), column, modifiers.shift);
            }
            Key::ArrowLeft => self.move_to(cx, row, column.saturating_sub(1), false),
            Key::ArrowRight => self.move_to(cx, row, column + 1, false),
            Key::Home => self.move_to(cx, row, 0, false),
            Key::End => self.move_to(cx, row, R::COLUMNS - 1, false),
            Key::Tab => {
                let (row, column) = self.step(row, column, modifiers.shift);
                self.move_to(cx, row, column, false);
            }
            Key::Enter | Key::F2 => {
                if self.cursor.is_none() {
                    self.move_to(cx, row, column, false);
                }
                ui.input_mut(|i| {
                    i.consume_key(Modifiers::NONE, Key::Enter);
                    i.consume_key(Modifiers::NONE, Key::F2);
                });
                return self.begin_edit(ui, cx, None);
            }
            Key::Space => {
                if let Some(id) = self.rows.get(row) {
                    R::toggle(cx.selection, id);
                }
            }
            Key::Delete | Key::Backspace => cx.action(Action::Delete),
            Key::Escape => {
                ui.memory_mut(|m| m.surrender_focus(Self::cursor_id()));
            }
            _ => {}
        }
        false
    }

    /// The cell after (or before) this one, on to the next row at the end.
    fn step(&self, row: usize, column: usize, back: bool) -> (usize, usize) {
        if back {
            match (row, column) {
                (0, 0) => (0, 0),
                (row, 0) => (row - 1, R::COLUMNS - 1),
                (row, column) => (row, column - 1),
            }
        } else if column + 1 < R::COLUMNS {
            (row, column + 1)
        } else if row + 1 < self.rows.len() {
            (row + 1, 0)
        } else {
            (row, column)
        }
    }

    /// Typed text while the cursor has the keyboard: a digit sets a choice
    /// cell to that choice; anything else starts editing the cell with it.
    fn typed(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, text: &str) -> bool {
        if ui.input(|i| i.modifiers.command) || text.trim().is_empty() {
            return false;
        }
        if self.editing.is_some() {
            self.typed_while_picking(cx, text);
            return false;
        }
        let Some((id, column)) = self.cursor.clone() else {
            return false;
        };
        match R::editor(column) {
            Editor::Pick => {
                if let Some(index) = digit_index(text)
                    && index < R::options(cx.map, column).len()
                {
                    if let Some(edit) = R::edit(cx.map, &id, column, &Value::Choice(index)) {
                        cx.edit(edit);
                    }
                } else {
                    self.begin_edit(ui, cx, None);
                    self.typed_while_picking(cx, text);
                }
                false
            }
            Editor::Text => {
                // Everything typed in this frame starts the new text.
                let typed: String = ui.input(|i| {
                    i.events
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) => Some(t.as_str()),
                            _ => None,
                        })
                        .collect()
                });
                self.begin_edit(ui, cx, Some(typed))
            }
            Editor::Flags => {
                self.begin_edit(ui, cx, None);
                false
            }
            Editor::ReadOnly => false,
        }
    }

    /// Starts editing the cell under the cursor; a text cell starts from
    /// `replace` when given. Returns whether a text field took the keyboard.
    fn begin_edit(&mut self, ui: &mut Ui, cx: &ViewContext<'_>, replace: Option<String>) -> bool {
        let Some((id, column)) = self.cursor.clone() else {
            return false;
        };
        self.scroll_to_cursor = true;
        match R::editor(column) {
            Editor::ReadOnly => false,
            Editor::Text => {
                let text = replace.unwrap_or_else(|| R::text(cx.map, &id, column));
                fields::begin_edit(ui.ctx(), Self::editor_id(), text);
                // The keys that started the edit must not reach the field.
                ui.input_mut(|i| {
                    i.events
                        .retain(|e| !matches!(e, Event::Key { .. } | Event::Text(_)));
                });
                self.editing = Some(Editing {
                    id,
                    column,
                    state: EditState::Text,
                });
                true
            }
            Editor::Pick => {
                let options = R::options(cx.map, column);
                let highlighted = R::chosen(cx.map, &id, column).first().copied().unwrap_or(0);
                self.editing = Some(Editing {
                    id,
                    column,
                    state: EditState::Pick {
                        options,
                        highlighted,
                        scroll: true,
                    },
                });
                ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
                false
            }
            Editor::Flags => {
                self.editing = Some(Editing {
                    id,
                    column,
                    state: EditState::Flags {
                        options: R::options(cx.map, column),
                        highlighted: 0,
                    },
                });
                ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
                false
            }
        }
    }

    /// Keys while a list of choices is open under a cell.
    fn key_while_picking(
        &mut self,
        ui: &mut Ui,
        cx: &mut ViewContext<'_>,
        key: Key,
        modifiers: Modifiers,
    ) {
        let Some(editing) = &mut self.editing else {
            return;
        };
        let (id, column) = (editing.id.clone(), editing.column);
        match &mut editing.state {
            EditState::Text => {}
            EditState::Pick {
                options,
                highlighted,
                scroll,
            } => {
                let last = options.len().saturating_sub(1);
                match key {
                    Key::ArrowUp => *highlighted = highlighted.saturating_sub(1),
                    Key::ArrowDown => *highlighted = (*highlighted + 1).min(last),
                    Key::Home => *highlighted = 0,
                    Key::End => *highlighted = last,
                    Key::PageUp => *highlighted = highlighted.saturating_sub(PAGE_ROWS),
                    Key::PageDown => *highlighted = (*highlighted + PAGE_ROWS).min(last),
                    Key::Enter => {
                        let value = Value::Choice(*highlighted);
                        self.finish_edit(ui, cx, AfterEdit::Done(Some(value)));
                        return;
                    }
                    Key::Tab => {
                        let value = Value::Choice(*highlighted);
                        self.finish_edit(ui, cx, AfterEdit::Next(Some(value), modifiers.shift));
                        return;
                    }
                    Key::Escape => {
                        self.editing = None;
                        return;
                    }
                    _ => return,
                }
                *scroll = true;
            }
            EditState::Flags {
                options,
                highlighted,
            } => {
                let last = options.len().saturating_sub(1);
                match key {
                    Key::ArrowUp => *highlighted = highlighted.saturating_sub(1),
                    Key::ArrowDown => *highlighted = (*highlighted + 1).min(last),
                    Key::Space => {
                        let index = *highlighted;
                        toggle_flag::<R>(cx, &id, column, index);
                    }
                    Key::Enter | Key::Escape => self.editing = None,
                    Key::Tab => self.finish_edit(ui, cx, AfterEdit::Next(None, modifiers.shift)),
                    _ => {}
                }
            }
        }
    }

    /// Typed text while a list of choices is open: a number picks (or
    /// switches) that choice, a letter goes to the next choice starting with it.
    fn typed_while_picking(&mut self, cx: &mut ViewContext<'_>, text: &str) {
        let Some(editing) = &mut self.editing else {
            return;
        };
        let (id, column) = (editing.id.clone(), editing.column);
        match &mut editing.state {
            EditState::Text => {}
            EditState::Pick {
                options,
                highlighted,
                scroll,
            } => {
                if let Some(index) = digit_index(text)
                    && index < options.len()
                {
                    if let Some(edit) = R::edit(cx.map, &id, column, &Value::Choice(index)) {
                        cx.edit(edit);
                    }
                    self.editing = None;
                } else if let Some(next) = next_starting_with(options, *highlighted, text) {
                    *highlighted = next;
                    *scroll = true;
                }
            }
            EditState::Flags {
                options,
                highlighted,
            } => {
                if let Some(index) = digit_index(text)
                    && index < options.len()
                {
                    *highlighted = index;
                    toggle_flag::<R>(cx, &id, column, index);
                } else if let Some(next) = next_starting_with(options, *highlighted, text) {
                    *highlighted = next;
                }
            }
        }
    }

    /// Ends the edit of the cell being edited.
    fn finish_edit(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, after: AfterEdit) {
        let Some(editing) = self.editing.take() else {
            return;
        };
        let commit = |cx: &mut ViewContext<'_>, value: Option<Value>| {
            if let Some(value) = value
                && let Some(edit) = R::edit(cx.map, &editing.id, editing.column, &value)
            {
                cx.edit(edit);
            }
        };
        match after {
            AfterEdit::Done(value) => {
                commit(cx, value);
                ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
            }
            AfterEdit::Cancel => ui.memory_mut(|m| m.request_focus(Self::cursor_id())),
            AfterEdit::Left(value) => commit(cx, value),
            AfterEdit::Next(value, back) => {
                commit(cx, value);
                let row = self.rows.iter().position(|r| *r == editing.id).unwrap_or(0);
                let (mut row, mut column) = (row, editing.column);
                // On to the next cell that can be edited.
                for _ in 0..R::COLUMNS {
                    let next = self.step(row, column, back);
                    if next == (row, column) {
                        break;
                    }
                    (row, column) = next;
                    if R::editor(column) != Editor::ReadOnly {
                        break;
                    }
                }
                self.move_to(cx, row, column, false);
                ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
                if R::editor(column) != Editor::ReadOnly {
                    self.begin_edit(ui, cx, None);
                }
            }
        }
    }

    /// A click on a cell: select the row (Shift: a range, Ctrl: one more),
    /// put the cursor there; a double-click edits the cell.
    fn click(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, click: &CellClick) {
        let Some(id) = self.rows.get(click.row).cloned() else {
            return;
        };
        if let Some(editing) = &self.editing
            && (editing.id != id || editing.column != click.column)
        {
            self.editing = None;
        }
        if click.modifiers.shift {
            let from = self.cursor_row().unwrap_or(click.row);
            let (low, high) = (from.min(click.row), from.max(click.row));
            for row in &self.rows[low..=high] {
                R::add(cx.selection, row);
            }
        } else if click.modifiers.command {
            R::toggle(cx.selection, &id);
        } else if !click.double {
            R::select_only(cx.selection, &id);
            if let Some(centre) = R::centre_on(cx.map, &id) {
                cx.commands.push(Command::CenterOn(centre));
            }
        }
        self.cursor = Some((id, click.column));
        ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
        if click.double && self.editing.is_none() {
            self.begin_edit(ui, cx, None);
        }
    }

    /// Sets one column of every selected row shown in the table, as one step.
    fn set_for_selected(cx: &mut ViewContext<'_>, column: usize, value: &Value) {
        let edits: Vec<Edit> = R::selected_shown(cx.map, cx.shown, cx.selection)
            .iter()
            .filter_map(|id| R::edit(cx.map, id, column, value))
            .collect();
        if !edits.is_empty() {
            cx.edit(Edit::Batch(edits));
        }
    }

    fn table_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) -> Drawn<R::Id> {
        let mut drawn = Drawn {
            table_rect: ui.available_rect_before_wrap(),
            sort: None,
            click: None,
            bulk: None,
            after_edit: None,
            editing_rect: None,
            cursor_rect: None,
            dragged: None,
        };
        let cursor_focused = ui.memory(|m| m.has_focus(Self::cursor_id()));
        let selected_rows = R::selected_shown(cx.map, cx.shown, cx.selection).len();
        let scroll_to_cursor = std::mem::take(&mut self.scroll_to_cursor);
        let scroll_row = if scroll_to_cursor {
            self.cursor_row()
        } else {
            None
        };
        let cursor_colour = ui.visuals().selection.stroke.color;
        let weak = ui.visuals().weak_text_color();
        egui::ScrollArea::horizontal()
            .id_salt(("table-sideways", R::SALT))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut builder = TableBuilder::new(ui)
                    .id_salt(("table", R::SALT))
                    .striped(true)
                    .resizable(true)
                    .sense(Sense::click_and_drag())
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .auto_shrink([false, false])
                    // The cursor jumps at once, however fast the keys come.
                    .animate_scrolling(false);
                for column in 0..R::COLUMNS {
                    builder = builder.column(
                        Column::initial(R::width(column))
                            .at_least(40.0)
                            .clip(true)
                            .resizable(true),
                    );
                }
                if let Some(row) = scroll_row {
                    builder = builder.scroll_to_row(row, None);
                }
                builder
                    .header(HEADER_HEIGHT, |mut header| {
                        for column in 0..R::COLUMNS {
                            header.col(|ui| {
                                self.header_ui(ui, cx, column, selected_rows, &mut drawn);
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, self.rows.len(), |mut row| {
                            let index = row.index();
                            let id = &self.rows[index];
                            row.set_selected(R::is_selected(cx.selection, id));
                            let look = RowLook {
                                dimmed: R::is_dimmed(cx.map, cx.shown, id),
                                highlight: R::highlight(cx.map, cx.shown, id),
                                cursor_focused,
                                scroll_to_cursor,
                                cursor_colour,
                                weak,
                            };
                            for column in 0..R::COLUMNS {
                                let editing_here = self
                                    .editing
                                    .as_ref()
                                    .is_some_and(|e| e.id == *id && e.column == column);
                                let (_, response) = row.col(|ui| {
                                    self.cell_ui(ui, cx, id, column, &look, &mut drawn);
                                });
                                if editing_here {
                                    drawn.editing_rect = Some(response.rect);
                                }
                                if let Some(payload) = R::drag_payload(id, column) {
                                    // Can be dropped on a coalition in the coalitions panel.
                                    if response.drag_started() {
                                        drawn.dragged = Some(id.clone());
                                    }
                                    response.dnd_set_drag_payload(payload);
                                }
                                if response.clicked() || response.double_clicked() {
                                    drawn.click = Some(CellClick {
                                        row: index,
                                        column,
                                        double: response.double_clicked(),
                                        modifiers: response.ctx.input(|i| i.modifiers),
                                    });
                                }
                            }
                        });
                    });
                // Bring the cursor's column into view. The table's own
                // (vertical) scroll area would swallow this, so it is asked
                // here, of the sideways one.
                if let Some(rect) = drawn.cursor_rect {
                    ui.scroll_to_rect_animation(rect, None, egui::style::ScrollAnimation::none());
                }
            });
        if self.rows.is_empty() {
            let text = if cx.map.stakeholder_count() == 0 {
                "The map is empty. Press N on the network view to add a stakeholder.".to_owned()
            } else {
                format!("No {} to show: the filter hides them all.", R::NOUNS.1)
            };
            ui.label(RichText::new(text).weak());
        }
        drawn
    }

    /// One cell: its text, or the field editing it; the coalition mark
    /// on the first cell; the cursor's frame.
    fn cell_ui(
        &self,
        ui: &mut Ui,
        cx: &ViewContext<'_>,
        id: &R::Id,
        column: usize,
        look: &RowLook,
        drawn: &mut Drawn<R::Id>,
    ) {
        if column == 0
            && let Some(colour) = look.highlight
        {
            let rect = ui.max_rect();
            let bar = Rect::from_min_size(rect.min, egui::vec2(4.0, rect.height()));
            ui.painter().rect_filled(bar, 0.0, colour);
            ui.add_space(6.0);
        }
        let editing_here = self
            .editing
            .as_ref()
            .is_some_and(|e| e.id == *id && e.column == column);
        let editing_text = matches!(
            self.editing,
            Some(Editing {
                state: EditState::Text,
                ..
            })
        );
        if editing_here && editing_text {
            let current = R::text(cx.map, id, column);
            let output = DraftField::singleline(Self::editor_id(), R::name(column), &current)
                .keep_tab()
                .desired_width(ui.available_width())
                .show(ui);
            let value = output.committed.map(Value::Text);
            drawn.after_edit = output.ended.map(|end| match end {
                FieldEnd::Enter => AfterEdit::Done(value),
                FieldEnd::Tab => AfterEdit::Next(value, false),
                FieldEnd::BackTab => AfterEdit::Next(value, true),
                FieldEnd::Escape => AfterEdit::Cancel,
                FieldEnd::Elsewhere => AfterEdit::Left(value),
            });
        } else {
            let text = RichText::new(R::cell(cx.map, id, column));
            let text = if look.dimmed {
                text.color(look.weak.gamma_multiply(0.7))
            } else {
                text
            };
            ui.add(egui::Label::new(text).selectable(false).truncate());
        }
        let is_cursor = self
            .cursor
            .as_ref()
            .is_some_and(|(c, col)| c == id && *col == column);
        if is_cursor {
            if look.scroll_to_cursor {
                drawn.cursor_rect = Some(ui.max_rect());
            }
            let (width, colour) = if look.cursor_focused || editing_here {
                (2.0, look.cursor_colour)
            } else {
                (1.0, look.weak)
            };
            ui.painter().rect_stroke(
                ui.max_rect().shrink(1.0),
                2.0,
                Stroke::new(width, colour),
                egui::StrokeKind::Inside,
            );
        }
    }

    /// A column heading: click to sort by it, right-click to set it for
    /// every selected row.
    fn header_ui(
        &self,
        ui: &mut Ui,
        cx: &ViewContext<'_>,
        column: usize,
        selected: usize,
        drawn: &mut Drawn<R::Id>,
    ) {
        let name = R::name(column);
        // Unsorted rows are in name order, so say so.
        let arrow = match self.sort.unwrap_or((0, true)) {
            (c, true) if c == column => " \u{23f6}",
            (c, false) if c == column => " \u{23f7}",
            _ => "",
        };
        let button = ui
            .add(egui::Button::new(RichText::new(format!("{name}{arrow}")).strong()).frame(false));
        button.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Button, true, format!("Sort by {name}"))
        });
        let editable =
            R::editor(column) != Editor::ReadOnly && !(column == 0 && R::editor(0) == Editor::Text);
        let hover = if editable {
            format!(
                "Sort by {}; right-click to set it for the selected rows",
                name.to_lowercase()
            )
        } else {
            format!("Sort by {}", name.to_lowercase())
        };
        let button = button.on_hover_text(hover);
        if button.clicked() {
            drawn.sort = Some(match self.sort.unwrap_or((0, true)) {
                (c, ascending) if c == column => (column, !ascending),
                _ => (column, true),
            });
        }
        if !editable {
            return;
        }
        // Clicks inside (on the text field) must not close it: each choice closes it.
        egui::Popup::context_menu(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                let (one, many) = R::NOUNS;
                if selected == 0 {
                    ui.label(format!(
                        "Select {many} first, then set their {}",
                        name.to_lowercase()
                    ));
                    return;
                }
                let noun = if selected == 1 { one } else { many };
                ui.label(
                    RichText::new(format!(
                        "Set {} for {selected} selected {noun}",
                        name.to_lowercase()
                    ))
                    .strong(),
                );
                match R::editor(column) {
                    Editor::Pick => {
                        egui::ScrollArea::vertical()
                            .max_height(320.0)
                            .show(ui, |ui| {
                                for (index, option) in R::options(cx.map, column).iter().enumerate()
                                {
                                    if ui.button(option).clicked() {
                                        drawn.bulk = Some((column, Value::Choice(index)));
                                        ui.close();
                                    }
                                }
                            });
                    }
                    Editor::Flags => {
                        for (index, option) in R::options(cx.map, column).iter().enumerate() {
                            ui.horizontal(|ui| {
                                if ui.button(format!("Add {option}")).clicked() {
                                    drawn.bulk = Some((column, Value::Flag(index, true)));
                                    ui.close();
                                }
                                if ui
                                    .button("Remove")
                                    .on_hover_text(format!("Remove {option}"))
                                    .clicked()
                                {
                                    drawn.bulk = Some((column, Value::Flag(index, false)));
                                    ui.close();
                                }
                            });
                        }
                    }
                    Editor::Text => {
                        // Needs `&mut` text: kept in egui's memory for the menu's life.
                        let text_id = Id::new(("table-bulk-text", R::SALT, column));
                        let mut text: String = ui.data(|d| d.get_temp(text_id)).unwrap_or_default();
                        let list = R::is_list(column);
                        let field =
                            ui.add(egui::TextEdit::singleline(&mut text).hint_text(if list {
                                "Items to add, separated by commas"
                            } else {
                                "New text"
                            }));
                        let field_name = if list { "Items to add" } else { "New text" };
                        field.widget_info(|| {
                            let mut info = egui::WidgetInfo::text_edit(true, "", &text, "");
                            info.label = Some(field_name.to_owned());
                            info
                        });
                        let label = if list { "Add to each" } else { "Set for each" };
                        let go = ui.button(label).clicked()
                            || (field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)));
                        if go && !(list && text.trim().is_empty()) {
                            let value = if list {
                                Value::AddToList(text.clone())
                            } else {
                                Value::Text(text.clone())
                            };
                            drawn.bulk = Some((column, value));
                            text.clear();
                            ui.close();
                        }
                        ui.data_mut(|d| d.insert_temp(text_id, text));
                    }
                    Editor::ReadOnly => {}
                }
            });
    }

    /// The list of choices under a cell being edited.
    fn choices_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, cell: Rect) {
        let Some(editing) = &mut self.editing else {
            return;
        };
        let (id, column) = (editing.id.clone(), editing.column);
        let (options, highlighted, scroll, chosen, flags) = match &mut editing.state {
            EditState::Text => return,
            EditState::Pick {
                options,
                highlighted,
                scroll,
            } => (
                options,
                highlighted,
                std::mem::take(scroll),
                R::chosen(cx.map, &id, column),
                false,
            ),
            EditState::Flags {
                options,
                highlighted,
            } => (
                options,
                highlighted,
                false,
                R::chosen(cx.map, &id, column),
                true,
            ),
        };
        let mut picked = None;
        let mut toggled = None;
        let mut done = false;
        // A short list is shown whole; a long one (a relation's ends) scrolls.
        let long = options.len() > 12;
        let width = cell.width().max(180.0);
        egui::Area::new(Id::new(("table-choices", R::SALT)))
            .order(egui::Order::Foreground)
            .fixed_pos(cell.left_bottom())
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(width);
                    let hint = if flags {
                        "Space or a number switches; Enter closes"
                    } else {
                        "Type a number or a letter, or Enter"
                    };
                    ui.label(RichText::new(hint).weak().small());
                    let mut option_ui = |ui: &mut Ui, range: std::ops::Range<usize>| {
                        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                            for index in range {
                                let option = &options[index];
                                let is_chosen = chosen.contains(&index);
                                let number = if index < 9 {
                                    format!("{}  ", index + 1)
                                } else {
                                    String::new()
                                };
                                let text = if flags {
                                    let mark = if is_chosen { "[x]" } else { "[ ]" };
                                    format!("{number}{mark} {option}")
                                } else {
                                    format!("{number}{option}")
                                };
                                let response = ui.add(
                                    egui::Button::selectable(index == *highlighted, text)
                                        .min_size(egui::vec2(0.0, OPTION_HEIGHT)),
                                );
                                response.widget_info(|| {
                                    egui::WidgetInfo::selected(
                                        egui::WidgetType::SelectableLabel,
                                        true,
                                        is_chosen,
                                        option.clone(),
                                    )
                                });
                                if response.clicked() {
                                    if flags {
                                        toggled = Some(index);
                                    } else {
                                        picked = Some(index);
                                    }
                                }
                            }
                        });
                    };
                    if long {
                        // Only the choices in view are drawn: there may be thousands.
                        let mut area = egui::ScrollArea::vertical()
                            .max_height(LONG_LIST_HEIGHT)
                            .auto_shrink([false, true]);
                        if scroll {
                            let row_step = OPTION_HEIGHT + ui.spacing().item_spacing.y;
                            let offset =
                                (*highlighted as f32 * row_step - LONG_LIST_HEIGHT / 2.0).max(0.0);
                            area = area.vertical_scroll_offset(offset);
                        }
                        area.show_rows(ui, OPTION_HEIGHT, options.len(), option_ui);
                    } else {
                        option_ui(ui, 0..options.len());
                    }
                    if flags && ui.button("Done").clicked() {
                        done = true;
                    }
                });
            });
        if let Some(index) = toggled {
            *highlighted = index;
            toggle_flag::<R>(cx, &id, column, index);
        }
        if picked.is_some() || toggled.is_some() || done {
            ui.memory_mut(|m| m.request_focus(Self::cursor_id()));
        }
        if let Some(index) = picked {
            self.finish_edit(ui, cx, AfterEdit::Done(Some(Value::Choice(index))));
        } else if done {
            self.editing = None;
        }
    }
}

/// How the cells of one row look.
struct RowLook {
    dimmed: bool,
    /// The highlighted coalition's colour, when the row belongs to it.
    highlight: Option<Color32>,
    cursor_focused: bool,
    scroll_to_cursor: bool,
    cursor_colour: Color32,
    weak: Color32,
}

/// What drawing the table found out, for after it is drawn.
struct Drawn<I> {
    table_rect: Rect,
    sort: Option<(usize, bool)>,
    click: Option<CellClick>,
    bulk: Option<(usize, Value)>,
    after_edit: Option<AfterEdit>,
    /// Where the cell being edited is on screen, when it is.
    editing_rect: Option<Rect>,
    /// The cursor's cell, when it just moved and must be scrolled into view.
    cursor_rect: Option<Rect>,
    /// A row whose stakeholder started being dragged.
    dragged: Option<I>,
}

/// Switches one option of a `Flags` cell, as one undo step.
fn toggle_flag<R: Rows>(cx: &mut ViewContext<'_>, id: &R::Id, column: usize, index: usize) {
    let on = !R::chosen(cx.map, id, column).contains(&index);
    if let Some(edit) = R::edit(cx.map, id, column, &Value::Flag(index, on)) {
        cx.edit(edit);
    }
}

/// "1" to "9" as an index from 0.
fn digit_index(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    let digit = chars.next()?.to_digit(10)?;
    (chars.next().is_none() && digit >= 1).then(|| digit as usize - 1)
}

/// The first option after `from` (going round) that starts with `text`.
fn next_starting_with(options: &[String], from: usize, text: &str) -> Option<usize> {
    let text = text.to_lowercase();
    let n = options.len();
    (1..=n)
        .map(|step| (from + step) % n)
        .find(|&i| options[i].to_lowercase().starts_with(&text))
}

/// Static text for small numbers, so drawing a row allocates nothing for them.
fn number_text(n: u8) -> Cow<'static, str> {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS
        .get(usize::from(n))
        .map_or_else(|| Cow::Owned(n.to_string()), |d| Cow::Borrowed(*d))
}

fn score_options() -> Vec<String> {
    SCORE_RANGE.map(|s| s.to_string()).collect()
}

fn joined(items: &[String]) -> Cow<'_, str> {
    match items {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one.as_str()),
        _ => Cow::Owned(items.join(", ")),
    }
}

fn position_of<T: PartialEq>(all: &[T], value: &T) -> Vec<usize> {
    all.iter().position(|v| v == value).into_iter().collect()
}

// The stakeholder table.

#[derive(Default)]
struct StakeholderRows;

impl Rows for StakeholderRows {
    type Id = StakeholderId;
    type Column = StakeholderColumn;
    const SALT: &'static str = "stakeholders";
    const NOUNS: (&'static str, &'static str) = ("stakeholder", "stakeholders");
    const COLUMNS: usize = StakeholderColumn::ALL.len();

    fn ids(map: &Map, shown: &Shown) -> Vec<StakeholderId> {
        map.stakeholders()
            .filter(|s| !shown.is_hidden(&s.id))
            .map(|s| s.id.clone())
            .collect()
    }

    fn is_dimmed(_map: &Map, shown: &Shown, id: &StakeholderId) -> bool {
        shown.is_dimmed(id)
    }

    fn highlight(_map: &Map, shown: &Shown, id: &StakeholderId) -> Option<Color32> {
        shown.coalition_colour(id)
    }

    fn sort_key(map: &Map, id: &StakeholderId, column: usize) -> SortKey {
        let Some(s) = map.stakeholder(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            StakeholderColumn::Kind => SortKey::Number(s.kind as i64),
            StakeholderColumn::Stance => SortKey::Number(s.stance as i64),
            StakeholderColumn::Role => SortKey::Number(s.role as i64),
            StakeholderColumn::Power => SortKey::Number(i64::from(s.power)),
            StakeholderColumn::Interest => SortKey::Number(i64::from(s.interest)),
            StakeholderColumn::Commitment => SortKey::Number(i64::from(s.commitment)),
            StakeholderColumn::Degree => SortKey::Number(degree(map, id) as i64),
            other => SortKey::Text(Self::cell(map, id, other as usize).to_lowercase()),
        }
    }

    fn cell<'m>(map: &'m Map, id: &StakeholderId, column: usize) -> Cow<'m, str> {
        let Some(s) = map.stakeholder(id) else {
            return Cow::Borrowed("");
        };
        match Self::column(column) {
            StakeholderColumn::Name => Cow::Borrowed(&s.name),
            StakeholderColumn::Kind => Cow::Borrowed(s.kind.label()),
            StakeholderColumn::Stance => Cow::Borrowed(s.stance.label()),
            StakeholderColumn::Power => number_text(s.power),
            StakeholderColumn::Interest => number_text(s.interest),
            StakeholderColumn::Role => Cow::Borrowed(s.role.label()),
            StakeholderColumn::Commitment => number_text(s.commitment),
            StakeholderColumn::Contributions => match s.contributions.as_slice() {
                [] => Cow::Borrowed(""),
                [one] => Cow::Borrowed(one.label()),
                all => Cow::Owned(all.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")),
            },
            StakeholderColumn::Expertise => joined(&s.expertise),
            StakeholderColumn::Tags => joined(&s.tags),
            StakeholderColumn::Coalitions => {
                let names: Vec<&str> = map.coalitions_of(id).map(|c| c.name.as_str()).collect();
                match names.as_slice() {
                    [] => Cow::Borrowed(""),
                    [one] => Cow::Borrowed(one),
                    _ => Cow::Owned(names.join(", ")),
                }
            }
            StakeholderColumn::Degree => Cow::Owned(degree(map, id).to_string()),
        }
    }

    fn options(_map: &Map, column: usize) -> Vec<String> {
        fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|&v| label(v).to_owned()).collect()
        }
        match Self::column(column) {
            StakeholderColumn::Kind => labels(Kind::ALL, Kind::label),
            StakeholderColumn::Stance => labels(Stance::ALL, Stance::label),
            StakeholderColumn::Role => labels(Role::ALL, Role::label),
            StakeholderColumn::Power
            | StakeholderColumn::Interest
            | StakeholderColumn::Commitment => score_options(),
            StakeholderColumn::Contributions => labels(Contribution::ALL, Contribution::label),
            _ => Vec::new(),
        }
    }

    fn text(map: &Map, id: &StakeholderId, column: usize) -> String {
        Self::cell(map, id, column).into_owned()
    }

    fn chosen(map: &Map, id: &StakeholderId, column: usize) -> Vec<usize> {
        let Some(s) = map.stakeholder(id) else {
            return Vec::new();
        };
        match Self::column(column) {
            StakeholderColumn::Kind => position_of(Kind::ALL, &s.kind),
            StakeholderColumn::Stance => position_of(Stance::ALL, &s.stance),
            StakeholderColumn::Role => position_of(Role::ALL, &s.role),
            StakeholderColumn::Power => vec![usize::from(s.power.saturating_sub(1))],
            StakeholderColumn::Interest => vec![usize::from(s.interest.saturating_sub(1))],
            StakeholderColumn::Commitment => vec![usize::from(s.commitment.saturating_sub(1))],
            StakeholderColumn::Contributions => Contribution::ALL
                .iter()
                .enumerate()
                .filter(|(_, c)| s.contributions.contains(c))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    fn edit(map: &Map, id: &StakeholderId, column: usize, value: &Value) -> Option<Edit> {
        let s = map.stakeholder(id)?;
        let mut changed = s.clone();
        let score = |index: usize| {
            let score = u8::try_from(index + 1).ok()?;
            SCORE_RANGE.contains(&score).then_some(score)
        };
        match (Self::column(column), value) {
            (StakeholderColumn::Name, Value::Text(text)) => {
                let name = text.trim();
                if name.is_empty() {
                    return None;
                }
                name.clone_into(&mut changed.name);
            }
            (StakeholderColumn::Kind, Value::Choice(i)) => changed.kind = *Kind::ALL.get(*i)?,
            (StakeholderColumn::Stance, Value::Choice(i)) => {
                changed.stance = *Stance::ALL.get(*i)?;
            }
            (StakeholderColumn::Role, Value::Choice(i)) => changed.role = *Role::ALL.get(*i)?,
            (StakeholderColumn::Power, Value::Choice(i)) => changed.power = score(*i)?,
            (StakeholderColumn::Interest, Value::Choice(i)) => changed.interest = score(*i)?,
            (StakeholderColumn::Commitment, Value::Choice(i)) => changed.commitment = score(*i)?,
            (StakeholderColumn::Contributions, Value::Flag(i, on)) => {
                let contribution = *Contribution::ALL.get(*i)?;
                changed.contributions.retain(|c| *c != contribution);
                if *on {
                    changed.contributions.push(contribution);
                }
            }
            (StakeholderColumn::Expertise, Value::Text(text)) => {
                changed.expertise = fields::split_list(text);
            }
            (StakeholderColumn::Expertise, Value::AddToList(text)) => {
                changed.expertise.extend(fields::split_list(text));
            }
            (StakeholderColumn::Tags, Value::Text(text)) => changed.tags = fields::split_list(text),
            (StakeholderColumn::Tags, Value::AddToList(text)) => {
                changed.tags.extend(fields::split_list(text));
            }
            _ => return None,
        }
        changed.normalize();
        let mut original = s.clone();
        original.normalize();
        (changed != original).then_some(Edit::UpdateStakeholder(changed))
    }

    fn is_selected(selection: &Selection, id: &StakeholderId) -> bool {
        selection.contains_stakeholder(id)
    }

    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<StakeholderId> {
        selection
            .stakeholders
            .iter()
            .filter(|id| map.stakeholder(id).is_some() && !shown.is_hidden(id))
            .cloned()
            .collect()
    }

    fn select_only(selection: &mut Selection, id: &StakeholderId) {
        selection.select_only_stakeholder(id.clone());
    }

    fn toggle(selection: &mut Selection, id: &StakeholderId) {
        selection.relations.clear();
        selection.toggle_stakeholder(id.clone());
    }

    fn add(selection: &mut Selection, id: &StakeholderId) {
        selection.relations.clear();
        if !selection.contains_stakeholder(id) {
            selection.toggle_stakeholder(id.clone());
        }
    }

    fn drag_payload(id: &StakeholderId, column: usize) -> Option<StakeholderId> {
        (column == 0).then(|| id.clone())
    }

    fn centre_on(_map: &Map, id: &StakeholderId) -> Option<StakeholderId> {
        Some(id.clone())
    }

    fn is_list(column: usize) -> bool {
        matches!(
            Self::column(column),
            StakeholderColumn::Expertise | StakeholderColumn::Tags
        )
    }
}

fn degree(map: &Map, id: &StakeholderId) -> usize {
    map.node_index(id).map_or(0, |node| {
        map.graph()
            .edges_directed(node, petgraph::Direction::Outgoing)
            .count()
            + map
                .graph()
                .edges_directed(node, petgraph::Direction::Incoming)
                .count()
    })
}

// The relation table.

#[derive(Default)]
struct RelationRows;

impl RelationRows {
    /// Every stakeholder, by name: the choices for a relation's ends.
    fn stakeholders_by_name(map: &Map) -> Vec<&Stakeholder> {
        let mut all: Vec<&Stakeholder> = map.stakeholders().collect();
        all.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        all
    }

    /// The built-in kinds, then the map's own.
    fn kinds(map: &Map) -> Vec<RelationKind> {
        let mut custom: Vec<RelationKind> = map
            .relations()
            .filter(|r| matches!(r.kind, RelationKind::Custom(_)))
            .map(|r| r.kind.clone())
            .collect();
        custom.sort();
        custom.dedup();
        RelationKind::BUILT_IN
            .iter()
            .cloned()
            .chain(custom)
            .collect()
    }
}

const STRENGTH_WORDS: [&str; 3] = ["Weak", "Medium", "Strong"];

impl Rows for RelationRows {
    type Id = RelationId;
    type Column = RelationColumn;
    const SALT: &'static str = "relations";
    const NOUNS: (&'static str, &'static str) = ("relation", "relations");
    const COLUMNS: usize = RelationColumn::ALL.len();

    fn ids(map: &Map, shown: &Shown) -> Vec<RelationId> {
        map.relations()
            .filter(|r| !shown.is_hidden(&r.from) && !shown.is_hidden(&r.to))
            .map(|r| r.id.clone())
            .collect()
    }

    fn is_dimmed(map: &Map, shown: &Shown, id: &RelationId) -> bool {
        map.relation(id)
            .is_some_and(|r| shown.is_dimmed(&r.from) || shown.is_dimmed(&r.to))
    }

    fn highlight(map: &Map, shown: &Shown, id: &RelationId) -> Option<Color32> {
        let r = map.relation(id)?;
        shown
            .coalition_colour(&r.from)
            .and(shown.coalition_colour(&r.to))
    }

    fn sort_key(map: &Map, id: &RelationId, column: usize) -> SortKey {
        let Some(r) = map.relation(id) else {
            return SortKey::Number(0);
        };
        match Self::column(column) {
            RelationColumn::Mutual => SortKey::Number(i64::from(r.mutual)),
            RelationColumn::Strength => SortKey::Number(i64::from(r.strength)),
            RelationColumn::Confidence => SortKey::Number(r.confidence as i64),
            // Built-in kinds in menu order, then the map's own by name.
            RelationColumn::Kind => RelationKind::BUILT_IN
                .iter()
                .position(|k| *k == r.kind)
                .map_or_else(
                    || SortKey::Text(r.kind.label().to_lowercase()),
                    |i| SortKey::Number(i as i64),
                ),
            other => SortKey::Text(Self::cell(map, id, other as usize).to_lowercase()),
        }
    }

    fn cell<'m>(map: &'m Map, id: &RelationId, column: usize) -> Cow<'m, str> {
        let Some(r) = map.relation(id) else {
            return Cow::Borrowed("");
        };
        let name = |id: &StakeholderId| map.stakeholder(id).map_or("?", |s| s.name.as_str());
        match Self::column(column) {
            RelationColumn::From => Cow::Borrowed(name(&r.from)),
            RelationColumn::Kind => Cow::Borrowed(r.kind.label()),
            RelationColumn::To => Cow::Borrowed(name(&r.to)),
            RelationColumn::Mutual => Cow::Borrowed(if r.mutual { "Yes" } else { "No" }),
            RelationColumn::Strength => Cow::Borrowed(
                STRENGTH_WORDS
                    .get(usize::from(r.strength.saturating_sub(1)))
                    .copied()
                    .unwrap_or("?"),
            ),
            RelationColumn::Confidence => Cow::Borrowed(r.confidence.label()),
            RelationColumn::Note => Cow::Borrowed(r.note.lines().next().unwrap_or("")),
        }
    }

    fn options(map: &Map, column: usize) -> Vec<String> {
        match Self::column(column) {
            RelationColumn::From | RelationColumn::To => Self::stakeholders_by_name(map)
                .into_iter()
                .map(|s| s.name.clone())
                .collect(),
            RelationColumn::Kind => Self::kinds(map)
                .iter()
                .map(|k| k.label().to_owned())
                .collect(),
            RelationColumn::Mutual => vec!["No".to_owned(), "Yes".to_owned()],
            RelationColumn::Strength => STRENGTH_RANGE
                .map(|s| STRENGTH_WORDS[usize::from(s - 1)].to_owned())
                .collect(),
            RelationColumn::Confidence => Confidence::ALL
                .iter()
                .map(|c| c.label().to_owned())
                .collect(),
            RelationColumn::Note => Vec::new(),
        }
    }

    fn text(map: &Map, id: &RelationId, column: usize) -> String {
        match (Self::column(column), map.relation(id)) {
            (RelationColumn::Note, Some(r)) => r.note.clone(),
            _ => Self::cell(map, id, column).into_owned(),
        }
    }

    fn chosen(map: &Map, id: &RelationId, column: usize) -> Vec<usize> {
        let Some(r) = map.relation(id) else {
            return Vec::new();
        };
        let end = |end: &StakeholderId| {
            Self::stakeholders_by_name(map)
                .iter()
                .position(|s| s.id == *end)
                .into_iter()
                .collect()
        };
        match Self::column(column) {
            RelationColumn::From => end(&r.from),
            RelationColumn::To => end(&r.to),
            RelationColumn::Kind => position_of(&Self::kinds(map), &r.kind),
            RelationColumn::Mutual => vec![usize::from(r.mutual)],
            RelationColumn::Strength => vec![usize::from(r.strength.saturating_sub(1))],
            RelationColumn::Confidence => position_of(Confidence::ALL, &r.confidence),
            RelationColumn::Note => Vec::new(),
        }
    }

    fn edit(map: &Map, id: &RelationId, column: usize, value: &Value) -> Option<Edit> {
        let r = map.relation(id)?;
        let mut changed = r.clone();
        match (Self::column(column), value) {
            (RelationColumn::From, Value::Choice(i)) => {
                changed.from = Self::stakeholders_by_name(map).get(*i)?.id.clone();
            }
            (RelationColumn::To, Value::Choice(i)) => {
                changed.to = Self::stakeholders_by_name(map).get(*i)?.id.clone();
            }
            (RelationColumn::Kind, Value::Choice(i)) => {
                changed.kind = Self::kinds(map).get(*i)?.clone();
            }
            (RelationColumn::Mutual, Value::Choice(i)) => changed.mutual = *i == 1,
            (RelationColumn::Strength, Value::Choice(i)) => {
                let strength = u8::try_from(*i + 1).ok()?;
                if !STRENGTH_RANGE.contains(&strength) {
                    return None;
                }
                changed.strength = strength;
            }
            (RelationColumn::Confidence, Value::Choice(i)) => {
                changed.confidence = *Confidence::ALL.get(*i)?;
            }
            (RelationColumn::Note, Value::Text(text)) => changed.note.clone_from(text),
            _ => return None,
        }
        // A relation cannot go from a stakeholder to itself.
        (changed != *r && changed.from != changed.to).then_some(Edit::UpdateRelation(changed))
    }

    fn is_selected(selection: &Selection, id: &RelationId) -> bool {
        selection.contains_relation(id)
    }

    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<RelationId> {
        selection
            .relations
            .iter()
            .filter(|id| {
                map.relation(id)
                    .is_some_and(|r| !shown.is_hidden(&r.from) && !shown.is_hidden(&r.to))
            })
            .cloned()
            .collect()
    }

    fn select_only(selection: &mut Selection, id: &RelationId) {
        selection.select_only_relation(id.clone());
    }

    fn toggle(selection: &mut Selection, id: &RelationId) {
        selection.stakeholders.clear();
        selection.anchor = None;
        selection.toggle_relation(id.clone());
    }

    fn add(selection: &mut Selection, id: &RelationId) {
        selection.stakeholders.clear();
        selection.anchor = None;
        selection.relations.insert(id.clone());
    }

    fn drag_payload(_id: &RelationId, _column: usize) -> Option<StakeholderId> {
        None
    }

    fn centre_on(map: &Map, id: &RelationId) -> Option<StakeholderId> {
        map.relation(id).map(|r| r.from.clone())
    }
}
