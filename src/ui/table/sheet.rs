//! One tab of the table: its rows in order (put in order again only when
//! the map, the filter or the sort changes), its cell cursor, and what a
//! frame of it does once drawn.

use std::marker::PhantomData;

use egui::{Id, Modifiers, Rect, Sense, Ui};

use super::collation::Collation;
use super::{Command, Derived, Edit, Map, Rows, SortKey, Value, ViewContext};
use crate::i18n::tr_with;
use crate::model::Day;

/// A cell being edited.
pub(super) struct Editing<I> {
    pub(super) id: I,
    pub(super) column: usize,
    pub(super) state: EditState,
}

pub(super) enum EditState {
    /// The text lives in the field's draft (see [`fields`](crate::ui::fields)).
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
pub(super) struct CellClick {
    pub(super) row: usize,
    pub(super) column: usize,
    pub(super) double: bool,
    pub(super) modifiers: Modifiers,
}

/// What the cell editor asks for once the frame is drawn.
pub(super) enum AfterEdit {
    /// Commit (when there is a value) and stop editing; keep the cursor.
    Done(Option<Value>),
    /// Commit, then edit the next (or previous) cell.
    Next(Option<Value>, bool),
    /// Commit and let the focus go where the user put it.
    Left(Option<Value>),
    Cancel,
}

/// The map generation, `Shown` key, sort and day the rows were put in order for.
pub(super) type RowsKey = (u64, u64, Option<(usize, bool)>, Day);

/// One tab of the table: its rows in order, sort, cell cursor and editor.
pub(super) struct Sheet<R: Rows> {
    pub(super) sort: Option<(usize, bool)>,
    pub(super) rows: Vec<R::Id>,
    /// What `rows` were computed for.
    pub(super) rows_for: Option<RowsKey>,
    /// The cell under the keyboard cursor: a row's id and a column.
    pub(super) cursor: Option<(R::Id, usize)>,
    pub(super) editing: Option<Editing<R::Id>>,
    pub(super) scroll_to_cursor: bool,
    /// The row being dragged towards a coalition.
    pub(super) dragged: Option<R::Id>,
    /// The choices derived from the whole map, and the generation they are of.
    pub(super) derived: Derived,
    pub(super) derived_for: Option<u64>,
    /// Compares names; it keeps buffers, so it is made once.
    pub(super) collation: Collation,
    pub(super) rows_type: PhantomData<R>,
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
            derived: Derived::default(),
            derived_for: None,
            collation: Collation::default(),
            rows_type: PhantomData,
        }
    }
}

impl<R: Rows> Sheet<R> {
    pub(super) fn cursor_id() -> Id {
        Id::new(("table-cursor", R::SALT))
    }

    pub(super) fn editor_id() -> Id {
        Id::new(("table-cell-editor", R::SALT))
    }

    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
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
        let cursor_text = self.cursor_description(cx.map, cx.shown_day);
        focus.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Other, true, cursor_text.clone())
        });

        if let Some(after) = drawn.after_edit {
            self.finish_edit(ui, cx, after);
        } else if let Some((id, column, text)) = drawn.typing {
            // Kept by the autosave, counted as unsaved; an undo step only
            // when the cell is left.
            if let Some(edit) = R::edit(cx.map, &self.derived, &id, column, &Value::Text(text)) {
                cx.draft(edit);
            }
        }
        if let Some(rect) = drawn.editing_rect {
            self.choices_ui(ui, cx, rect);
        }
        if let Some((column, ascending)) = drawn.sort {
            self.sort = Some((column, ascending));
            self.rows_for = None;
        }
        if let Some((column, value)) = drawn.bulk {
            Self::set_for_selected(cx, &self.derived, column, &value);
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
        self.drag_preview_ui(ui, cx.map, cx.shown_day);
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
    pub(super) fn drag_preview_ui(&mut self, ui: &Ui, map: &Map, today: Day) {
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
                    ui.label(R::cell(map, id, 0, today));
                });
            });
    }

    /// Puts the rows in order again when the map, filter or sort changed,
    /// and derives the choices again when the map changed; a frame where
    /// nothing changed collects and sorts nothing.
    pub(super) fn refresh_rows(&mut self, cx: &ViewContext<'_>) {
        if self.derived_for != Some(cx.generation) {
            self.derived = R::derive(cx.map, &mut self.collation);
            self.derived_for = Some(cx.generation);
        }
        let key = (cx.generation, cx.shown.key, self.sort, cx.shown_day);
        if self.rows_for == Some(key) {
            return;
        }
        let (column, ascending) = self.sort.unwrap_or((0, true));
        let mut keyed: Vec<(SortKey, SortKey, R::Id)> = R::ids(cx.map, cx.shown)
            .into_iter()
            .map(|id| {
                // Sorted by the first column, its key once is enough.
                let first = if column == 0 {
                    SortKey::Number(0)
                } else {
                    R::sort_key(cx.map, &id, 0, cx.shown_day)
                };
                (R::sort_key(cx.map, &id, column, cx.shown_day), first, id)
            })
            .collect();
        let collation = &mut self.collation;
        keyed.sort_by(|a, b| {
            let order = a.0.cmp(&b.0, collation);
            let order = if ascending { order } else { order.reverse() };
            // Equal rows stay in one order, frame after frame.
            order
                .then_with(|| a.1.cmp(&b.1, collation))
                .then_with(|| a.2.cmp(&b.2))
        });
        self.rows = keyed.into_iter().map(|(_, _, id)| id).collect();
        self.rows_for = Some(key);
        // What was under the cursor or being edited may be gone.
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

    pub(super) fn cursor_row(&self) -> Option<usize> {
        let (id, _) = self.cursor.as_ref()?;
        self.rows.iter().position(|r| r == id)
    }

    pub(super) fn cursor_description(&self, map: &Map, today: Day) -> String {
        match &self.cursor {
            Some((id, column)) => tr_with(
                "table-cell",
                &[
                    ("column", R::name(*column).into()),
                    (
                        "value",
                        R::cell(map, id, *column, today).into_owned().into(),
                    ),
                ],
            ),
            None => tr_with("table-of", &[("rows", R::ROWS.into())]),
        }
    }

    /// Moves the cursor to a row and column; a new row becomes the selection
    /// (added to it with Shift).
    pub(super) fn move_to(
        &mut self,
        cx: &mut ViewContext<'_>,
        row: usize,
        column: usize,
        extend: bool,
    ) {
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
}

impl<R: Rows> Sheet<R> {
    /// A click on a cell: select the row (Shift: a range, Ctrl: one more),
    /// put the cursor there; a double-click edits the cell.
    pub(super) fn click(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, click: &CellClick) {
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
    pub(super) fn set_for_selected(
        cx: &mut ViewContext<'_>,
        derived: &Derived,
        column: usize,
        value: &Value,
    ) {
        let edits: Vec<Edit> = R::selected_shown(cx.map, cx.shown, cx.selection)
            .iter()
            .filter_map(|id| R::edit(cx.map, derived, id, column, value))
            .collect();
        if !edits.is_empty() {
            cx.edit(Edit::Batch(edits));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::StakeholderRows;
    use super::*;
    use crate::model::{Kind, Stakeholder, StakeholderId};
    use crate::ui::selection::Selection;
    use crate::ui::shown::Shown;

    fn map_of(names: &[&str]) -> Map {
        let mut map = Map::new("Names");
        for (i, name) in names.iter().enumerate() {
            let id = StakeholderId::new(format!("s{}", i + 1));
            Edit::AddStakeholder(Stakeholder::new(id, *name, Kind::Organization))
                .apply(&mut map)
                .unwrap();
        }
        map
    }

    /// Draws (the rows of) one frame of `sheet` for `map` at `generation`,
    /// and gives the names in the order shown.
    fn frame<R: Rows<Id = StakeholderId>>(
        sheet: &mut Sheet<R>,
        map: &Map,
        generation: u64,
    ) -> Vec<String> {
        let (mut selection, mut commands, shown) =
            (Selection::default(), Vec::new(), Shown::default());
        let cx = ViewContext::for_test(map, generation, &mut selection, &mut commands, &shown);
        sheet.refresh_rows(&cx);
        sheet
            .rows
            .iter()
            .map(|id| {
                map.stakeholder(id)
                    .map_or("?", |s| s.name.as_str())
                    .to_owned()
            })
            .collect()
    }

    /// The names in the order the stakeholder table shows them.
    fn table_order(names: &[&str], sort: Option<(usize, bool)>) -> Vec<String> {
        let mut sheet = Sheet::<StakeholderRows> {
            sort,
            ..Sheet::default()
        };
        frame(&mut sheet, &map_of(names), 1)
    }

    #[test]
    fn rows_are_put_in_order_again_only_when_the_map_changes() {
        let mut sheet = Sheet::<StakeholderRows>::default();
        assert_eq!(frame(&mut sheet, &map_of(&["B", "A"]), 1), ["A", "B"]);
        // Another map under the same generation: the frame reuses the
        // order it has, collecting and sorting nothing.
        let renamed = map_of(&["B", "C"]);
        assert_eq!(frame(&mut sheet, &renamed, 1), ["C", "B"]);
        // A new generation: the rows are put in order again.
        assert_eq!(frame(&mut sheet, &renamed, 2), ["B", "C"]);
    }

    #[test]
    fn names_sort_as_a_reader_expects_with_accents_among_their_letters() {
        let order = table_order(
            &[
                "UNISON",
                "Fédération des usagers",
                "Église réformée",
                "Comité de quartier",
                "association locale",
            ],
            None,
        );
        assert_eq!(
            order,
            [
                "association locale",
                "Comité de quartier",
                "Église réformée",
                "Fédération des usagers",
                "UNISON"
            ]
        );
    }

    #[test]
    fn arabic_and_chinese_names_sort_the_same_way_every_time() {
        let names = [
            "الهلال الأحمر",
            "中华全国总工会",
            "Église",
            "اتحاد",
            "工会",
            "Église",
            "Zebra",
        ];
        let first = table_order(&names, None);
        assert_eq!(first.len(), names.len());
        for _ in 0..3 {
            assert_eq!(table_order(&names, None), first);
        }
        // Latin before Arabic before Han, as the Unicode collation orders scripts.
        assert_eq!(first[..3], ["Église", "Église", "Zebra"]);
        let descending = table_order(&names, Some((0, false)));
        assert_eq!(
            descending.first().map(String::as_str),
            first.last().map(String::as_str)
        );
    }
}
