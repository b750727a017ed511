//! The keyboard in the table, as in a spreadsheet: moving the cursor,
//! starting, picking and ending the edit of a cell.

use egui::{Event, Key, Modifiers, Ui};

use super::{
    Action, AfterEdit, Derived, EditState, Editing, Editor, PAGE_ROWS, Rows, Sheet, Value,
    ViewContext, fields,
};

impl<R: Rows> Sheet<R> {
    /// Keys while the cursor has the keyboard.
    pub(super) fn keys(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
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
    pub(super) fn step(&self, row: usize, column: usize, back: bool) -> (usize, usize) {
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
    pub(super) fn typed(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, text: &str) -> bool {
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
                    && index < R::options(cx.map, &self.derived, column).len()
                {
                    if let Some(edit) =
                        R::edit(cx.map, &self.derived, &id, column, &Value::Choice(index))
                    {
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
    pub(super) fn begin_edit(
        &mut self,
        ui: &mut Ui,
        cx: &ViewContext<'_>,
        replace: Option<String>,
    ) -> bool {
        let Some((id, column)) = self.cursor.clone() else {
            return false;
        };
        self.scroll_to_cursor = true;
        match R::editor(column) {
            Editor::ReadOnly => false,
            Editor::Text => {
                let text = replace.unwrap_or_else(|| R::text(cx.map, &id, column, cx.shown_day));
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
                let options = R::options(cx.map, &self.derived, column);
                let highlighted = R::chosen(cx.map, &self.derived, &id, column)
                    .first()
                    .copied()
                    .unwrap_or(0);
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
                        options: R::options(cx.map, &self.derived, column),
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
                        toggle_flag::<R>(cx, &self.derived, &id, column, index);
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
    pub(super) fn typed_while_picking(&mut self, cx: &mut ViewContext<'_>, text: &str) {
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
                    if let Some(edit) =
                        R::edit(cx.map, &self.derived, &id, column, &Value::Choice(index))
                    {
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
                    toggle_flag::<R>(cx, &self.derived, &id, column, index);
                } else if let Some(next) = next_starting_with(options, *highlighted, text) {
                    *highlighted = next;
                }
            }
        }
    }

    /// Ends the edit of the cell being edited.
    pub(super) fn finish_edit(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, after: AfterEdit) {
        let Some(editing) = self.editing.take() else {
            return;
        };
        let derived = &self.derived;
        let commit = |cx: &mut ViewContext<'_>, value: Option<Value>| {
            if let Some(value) = value
                && let Some(edit) = R::edit(cx.map, derived, &editing.id, editing.column, &value)
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
}

/// Switches one option of a `Flags` cell, as one undo step.
pub(super) fn toggle_flag<R: Rows>(
    cx: &mut ViewContext<'_>,
    derived: &Derived,
    id: &R::Id,
    column: usize,
    index: usize,
) {
    let on = !R::chosen(cx.map, derived, id, column).contains(&index);
    if let Some(edit) = R::edit(cx.map, derived, id, column, &Value::Flag(index, on)) {
        cx.edit(edit);
    }
}

/// "1" to "9" as an index from 0.
pub(super) fn digit_index(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    let digit = chars.next()?.to_digit(10)?;
    (chars.next().is_none() && digit >= 1).then(|| digit as usize - 1)
}

/// The first option after `from` (going round) that starts with `text`.
pub(super) fn next_starting_with(options: &[String], from: usize, text: &str) -> Option<usize> {
    let text = text.to_lowercase();
    let n = options.len();
    (1..=n)
        .map(|step| (from + step) % n)
        .find(|&i| options[i].to_lowercase().starts_with(&text))
}
