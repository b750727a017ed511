//! The list of choices a choice cell opens under itself.

use egui::{Id, Rect, RichText, Ui};

use crate::i18n::tr;

use super::{
    AfterEdit, EditState, LONG_LIST_HEIGHT, OPTION_HEIGHT, Rows, Sheet, Value, ViewContext,
    toggle_flag,
};

impl<R: Rows> Sheet<R> {
    /// The list of choices under a cell being edited.
    pub(super) fn choices_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, cell: Rect) {
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
                R::chosen(cx.map, &self.derived, &id, column),
                false,
            ),
            EditState::Flags {
                options,
                highlighted,
            } => (
                options,
                highlighted,
                false,
                R::chosen(cx.map, &self.derived, &id, column),
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
                    let hint = tr(if flags {
                        "table-choices-flags-hint"
                    } else {
                        "table-choices-pick-hint"
                    });
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
                    if flags && ui.button(tr("table-choices-done")).clicked() {
                        done = true;
                    }
                });
            });
        if let Some(index) = toggled {
            *highlighted = index;
            toggle_flag::<R>(cx, &self.derived, &id, column, index);
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
