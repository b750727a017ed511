//! Drawing the table: the headings (sort, set for the selected rows),
//! only the rows on screen, each cell and the cursor's frame.

use egui::scroll_area::ScrollBarVisibility;
use egui::{Color32, Id, Key, Rect, RichText, Sense, Stroke, Ui};
use egui_extras::{Column, TableBuilder};

use crate::i18n::{tr, tr_with};

use super::{
    AfterEdit, CellClick, DraftField, EditState, Editing, Editor, FieldEnd, HEADER_HEIGHT,
    ROW_HEIGHT, Rows, Sheet, Value, ViewContext,
};

impl<R: Rows> Sheet<R> {
    pub(super) fn table_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) -> Drawn<R::Id> {
        let mut drawn = Drawn {
            table_rect: ui.available_rect_before_wrap(),
            sort: None,
            click: None,
            bulk: None,
            after_edit: None,
            typing: None,
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
        // A scroll bar the rows or columns surely need is there from the
        // first frame, where egui would fade it in over a dozen frames,
        // each drawing the table again.
        let bars = |needed: bool| {
            if needed {
                ScrollBarVisibility::AlwaysVisible
            } else {
                ScrollBarVisibility::VisibleWhenNeeded
            }
        };
        let spacing = ui.spacing().item_spacing.x;
        let widths: f32 = (0..R::COLUMNS).map(|c| R::width(c) + spacing).sum();
        let sideways = bars(widths > ui.available_width());
        let down = bars(self.rows.len() as f32 * ROW_HEIGHT > ui.available_height());
        egui::ScrollArea::horizontal()
            .id_salt(("table-sideways", R::SALT))
            .auto_shrink([false, false])
            .scroll_bar_visibility(sideways)
            .show(ui, |ui| {
                let mut builder = TableBuilder::new(ui)
                    .id_salt(("table", R::SALT))
                    .striped(true)
                    .resizable(true)
                    .sense(Sense::click_and_drag())
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .auto_shrink([false, false])
                    .scroll_bar_visibility(down)
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
                tr("table-empty-map")
            } else {
                tr_with("table-all-filtered", &[("rows", R::ROWS.into())])
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
            let current = R::text(cx.map, id, column, cx.shown_day);
            let name = R::name(column);
            let output = DraftField::singleline(Self::editor_id(), &name, &current)
                .keep_tab()
                .desired_width(ui.available_width())
                .show(ui);
            if let Some(text) = output.typing {
                drawn.typing = Some((id.clone(), column, text));
            }
            let value = output.committed.map(Value::Text);
            drawn.after_edit = output.ended.map(|end| match end {
                FieldEnd::Enter => AfterEdit::Done(value),
                FieldEnd::Tab => AfterEdit::Next(value, false),
                FieldEnd::BackTab => AfterEdit::Next(value, true),
                FieldEnd::Escape => AfterEdit::Cancel,
                FieldEnd::Elsewhere => AfterEdit::Left(value),
            });
        } else {
            let cell = R::cell(cx.map, id, column, cx.shown_day);
            let text = RichText::new(crate::ui::script::display_text(&cell));
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
            egui::WidgetInfo::labeled(
                egui::WidgetType::Button,
                true,
                tr_with("table-sort-by", &[("column", name.clone().into())]),
            )
        });
        let editable =
            R::editor(column) != Editor::ReadOnly && !(column == 0 && R::editor(0) == Editor::Text);
        let column_words = name.to_lowercase();
        let hover = tr_with(
            if editable {
                "table-sort-by-or-set"
            } else {
                "table-sort-by"
            },
            &[("column", column_words.clone().into())],
        );
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
                if selected == 0 {
                    ui.label(tr_with(
                        "table-set-select-first",
                        &[
                            ("rows", R::ROWS.into()),
                            ("column", column_words.clone().into()),
                        ],
                    ));
                    return;
                }
                ui.label(
                    RichText::new(tr_with(
                        "table-set-for-selected",
                        &[
                            ("rows", R::ROWS.into()),
                            ("column", column_words.clone().into()),
                            ("count", selected.into()),
                        ],
                    ))
                    .strong(),
                );
                match R::editor(column) {
                    Editor::Pick => {
                        egui::ScrollArea::vertical()
                            .max_height(320.0)
                            .show(ui, |ui| {
                                for (index, option) in
                                    R::options(cx.map, &self.derived, column).iter().enumerate()
                                {
                                    if ui.button(option).clicked() {
                                        drawn.bulk = Some((column, Value::Choice(index)));
                                        ui.close();
                                    }
                                }
                            });
                    }
                    Editor::Flags => {
                        for (index, option) in
                            R::options(cx.map, &self.derived, column).iter().enumerate()
                        {
                            ui.horizontal(|ui| {
                                let option_arg = || [("option", option.clone().into())];
                                if ui
                                    .button(tr_with("table-add-option", &option_arg()))
                                    .clicked()
                                {
                                    drawn.bulk = Some((column, Value::Flag(index, true)));
                                    ui.close();
                                }
                                if ui
                                    .button(tr("table-remove"))
                                    .on_hover_text(tr_with("table-remove-option", &option_arg()))
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
                            ui.add(egui::TextEdit::singleline(&mut text).hint_text(tr(if list {
                                "table-bulk-items-hint"
                            } else {
                                "table-bulk-new-text"
                            })));
                        let field_name = tr(if list {
                            "table-bulk-items"
                        } else {
                            "table-bulk-new-text"
                        });
                        field.widget_info(|| {
                            let mut info = egui::WidgetInfo::text_edit(true, "", &text, "");
                            info.label = Some(field_name.clone());
                            info
                        });
                        let label = tr(if list {
                            "table-bulk-add-to-each"
                        } else {
                            "table-bulk-set-for-each"
                        });
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
}

/// How the cells of one row look.
pub(super) struct RowLook {
    pub(super) dimmed: bool,
    /// The highlighted coalition's colour, when the row belongs to it.
    pub(super) highlight: Option<Color32>,
    pub(super) cursor_focused: bool,
    pub(super) scroll_to_cursor: bool,
    pub(super) cursor_colour: Color32,
    pub(super) weak: Color32,
}

/// What drawing the table found out, for after it is drawn.
pub(super) struct Drawn<I> {
    pub(super) table_rect: Rect,
    pub(super) sort: Option<(usize, bool)>,
    pub(super) click: Option<CellClick>,
    pub(super) bulk: Option<(usize, Value)>,
    pub(super) after_edit: Option<AfterEdit>,
    /// The text still being typed in a cell: its row, column and text.
    pub(super) typing: Option<(I, usize, String)>,
    /// Where the cell being edited is on screen, when it is.
    pub(super) editing_rect: Option<Rect>,
    /// The cursor's cell, when it just moved and must be scrolled into view.
    pub(super) cursor_rect: Option<Rect>,
    /// A row whose stakeholder started being dragged.
    pub(super) dragged: Option<I>,
}
