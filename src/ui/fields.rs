//! Text fields that change the document once per edit, not once per
//! keystroke: what is typed is kept as a draft while the field has focus,
//! and handed back when the field loses it (Enter for one line, Tab, a
//! click elsewhere). Esc throws the draft away. Each handed-back text
//! becomes one `Edit`, and so one undo step.
//!
//! The draft lives in egui's temporary memory under the field's id, like
//! any other widget state, so panels need no state of their own for it.

use egui::{EventFilter, Id, Key, Ui};

/// How the user left a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldEnd {
    /// Enter, in a one-line field.
    Enter,
    /// Tab, when the field keeps Tab for itself ([`DraftField::keep_tab`]).
    Tab,
    /// Shift+Tab, likewise.
    BackTab,
    /// Esc: the draft is thrown away.
    Escape,
    /// Focus went elsewhere: a click, or Tab moving to the next widget.
    Elsewhere,
}

/// What a field did this frame.
pub struct FieldOutput {
    /// The text to commit, when the edit ended and the text differs.
    pub committed: Option<String>,
    /// How the edit ended, on the frame it ended.
    pub ended: Option<FieldEnd>,
    /// The text being typed, while the field has the focus and it differs
    /// from the map's: not an undo step yet, but work the autosave keeps.
    pub typing: Option<String>,
}

/// Text a field holds that the map does not: left (an edit to make) or
/// still being typed (kept by the autosave, counted as unsaved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    Committed(String),
    Typing(String),
}

impl FieldOutput {
    /// The committed text, or else the text being typed.
    pub fn typed(self) -> Option<Typed> {
        self.committed
            .map(Typed::Committed)
            .or(self.typing.map(Typed::Typing))
    }
}

/// A text field committing one edit when the user leaves it.
#[must_use = "call `show` to draw the field"]
pub struct DraftField<'a> {
    id: Id,
    name: &'a str,
    current: &'a str,
    multiline: bool,
    rows: usize,
    width: f32,
    hint: &'a str,
    hover: &'a str,
    keep_tab: bool,
}

impl<'a> DraftField<'a> {
    /// A one-line field showing `current`; `name` is what a screen reader
    /// calls it.
    pub fn singleline(id: Id, name: &'a str, current: &'a str) -> Self {
        Self {
            id,
            name,
            current,
            multiline: false,
            rows: 1,
            width: f32::INFINITY,
            hint: "",
            hover: "",
            keep_tab: false,
        }
    }

    /// A field of several lines, where Enter starts a new line.
    pub fn multiline(id: Id, name: &'a str, current: &'a str) -> Self {
        Self {
            multiline: true,
            rows: 3,
            ..Self::singleline(id, name, current)
        }
    }

    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.rows = rows;
        self
    }

    pub fn hint_text(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// What the field says when the pointer rests on it.
    pub fn hover_text(mut self, hover: &'a str) -> Self {
        self.hover = hover;
        self
    }

    /// Tab and Shift+Tab end the edit and are reported, instead of moving
    /// the focus to the next widget (for the table, which moves its own
    /// cell cursor).
    pub fn keep_tab(mut self) -> Self {
        self.keep_tab = true;
        self
    }

    pub fn show(self, ui: &mut Ui) -> FieldOutput {
        let draft_id = self.id.with("draft");
        // Whether the user was typing here when this frame began.
        let was_focused = ui.memory(|m| m.has_focus(self.id));
        // A draft is written every frame the field has focus; an older one
        // was left behind by a field that stopped being drawn, and is dropped.
        let pass = ui.ctx().cumulative_pass_nr();
        let draft: Option<String> = ui
            .data(|d| d.get_temp::<(String, u64)>(draft_id))
            .filter(|(_, written)| was_focused || pass.saturating_sub(*written) <= 2)
            .map(|(text, _)| text);
        let mut text = draft.clone().unwrap_or_else(|| self.current.to_owned());
        let filter = EventFilter {
            tab: self.keep_tab,
            horizontal_arrows: true,
            vertical_arrows: true,
            // Esc stays with the field, so it cancels the edit here and
            // does not also clear the selection.
            escape: true,
        };
        let editor = if self.multiline {
            egui::TextEdit::multiline(&mut text).desired_rows(self.rows)
        } else {
            egui::TextEdit::singleline(&mut text)
        };
        let mut response = ui.add(
            editor
                .id(self.id)
                .event_filter(filter)
                .hint_text(self.hint)
                .desired_width(self.width),
        );
        if !self.hover.is_empty() {
            response = response.on_hover_text(self.hover);
        }
        // The field's name for a screen reader; its role (one line or
        // several) and value are the text edit's own.
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label(self.name));

        let mut ended = None;
        if was_focused {
            let (enter, escape, tab, back_tab) = ui.input(|i| {
                (
                    i.key_pressed(Key::Enter),
                    i.key_pressed(Key::Escape),
                    i.events.iter().any(|e| is_tab(e, false)),
                    i.events.iter().any(|e| is_tab(e, true)),
                )
            });
            if escape {
                response.surrender_focus();
                ended = Some(FieldEnd::Escape);
            } else if self.keep_tab && (tab || back_tab) {
                response.surrender_focus();
                ended = Some(if back_tab {
                    FieldEnd::BackTab
                } else {
                    FieldEnd::Tab
                });
            } else if !response.has_focus() {
                ended = Some(if enter && !self.multiline {
                    FieldEnd::Enter
                } else {
                    FieldEnd::Elsewhere
                });
            }
        } else if draft.is_some() && response.lost_focus() {
            // The focus went to another widget after this one was drawn
            // last frame (a click on a field further down, a focus request).
            ended = Some(FieldEnd::Elsewhere);
        }
        let still_typing = response.has_focus() && ended.is_none();
        if still_typing {
            ui.data_mut(|d| d.insert_temp(draft_id, (text.clone(), pass)));
        } else {
            ui.data_mut(|d| d.remove::<(String, u64)>(draft_id));
        }
        let differs = text != self.current;
        let typing = (still_typing && differs).then(|| text.clone());
        let committed = match ended {
            Some(FieldEnd::Escape) | None => None,
            Some(_) => differs.then_some(text),
        };
        FieldOutput {
            committed,
            ended,
            typing,
        }
    }
}

fn is_tab(event: &egui::Event, shift: bool) -> bool {
    matches!(
        event,
        egui::Event::Key {
            key: Key::Tab,
            pressed: true,
            modifiers,
            ..
        } if modifiers.shift == shift && !modifiers.command && !modifiers.alt
    )
}

/// A one-line field; returns the new text once the user leaves it changed.
pub fn singleline(ui: &mut Ui, id: Id, name: &str, current: &str) -> Option<String> {
    DraftField::singleline(id, name, current).show(ui).committed
}

/// A one-line field; the text left in it, or still being typed.
pub fn singleline_typed(ui: &mut Ui, id: Id, name: &str, current: &str) -> Option<Typed> {
    DraftField::singleline(id, name, current).show(ui).typed()
}

/// A field of several lines; the text left in it, or still being typed.
pub fn multiline_typed(ui: &mut Ui, id: Id, name: &str, current: &str) -> Option<Typed> {
    DraftField::multiline(id, name, current).show(ui).typed()
}

/// Starts editing the field with this id as if the user had typed `text`
/// into it: the draft is `text`, the caret at its end, the focus there.
pub fn begin_edit(ctx: &egui::Context, id: Id, text: String) {
    let end = text.chars().count();
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| d.insert_temp(id.with("draft"), (text, pass)));
    let mut state = egui::TextEdit::load_state(ctx, id).unwrap_or_default();
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::one(
            egui::text::CCursor::new(end),
        )));
    egui::TextEdit::store_state(ctx, id, state);
    ctx.memory_mut(|m| m.request_focus(id));
}

/// Splits a comma-separated list ("media, legal") into its trimmed items,
/// by the field registry's rule for typed lists.
pub fn split_list(text: &str) -> Vec<String> {
    crate::model::field::typed_list(text)
}
