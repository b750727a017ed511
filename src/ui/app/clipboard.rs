//! Cut, copy and paste of stakeholders: through the system clipboard
//! (egui's copy, cut and paste events) and through the Edit menu, which
//! pastes what this app copied last.

use super::PowermapApp;
use crate::clipboard;
use crate::i18n::{tr, tr_with};
use crate::model::Position;

#[derive(Default)]
pub struct Clipboard {
    /// The last text this app copied, for Paste from the menu.
    copied: Option<String>,
    /// Text to put on the system clipboard at the end of the frame.
    outgoing: Option<String>,
    /// How many pastes in a row, to offset each one a little more.
    pastes: u32,
}

impl Clipboard {
    pub fn has_copied(&self) -> bool {
        self.copied.is_some()
    }

    /// Hands what was copied this frame to the system clipboard.
    pub fn flush(&mut self, ctx: &egui::Context) {
        if let Some(text) = self.outgoing.take() {
            ctx.copy_text(text);
        }
    }
}

impl PowermapApp {
    /// Puts the selected stakeholders on the clipboard; returns whether there were any.
    pub(super) fn copy_selection(&mut self) -> bool {
        let Some(text) = clipboard::copy_text(self.session.map(), &self.selection.stakeholders)
        else {
            self.notify(tr("clipboard-select-first"));
            return false;
        };
        self.clipboard.outgoing = Some(text.clone());
        self.clipboard.copied = Some(text);
        self.clipboard.pastes = 0;
        let n = self.selection.stakeholders.len();
        self.notify(tr_with("clipboard-copied", &[("count", n.into())]));
        true
    }

    pub(super) fn cut_selection(&mut self) {
        if self.copy_selection() {
            self.delete_selection();
        }
    }

    /// Pastes what this app copied last (Edit → Paste).
    pub(super) fn paste_copied(&mut self) {
        match self.clipboard.copied.clone() {
            Some(text) => self.paste_text(&text),
            None => {
                self.notify(tr("clipboard-nothing-copied"));
            }
        }
    }

    fn paste_text(&mut self, text: &str) {
        self.clipboard.pastes += 1;
        let step = 30.0 * self.clipboard.pastes as f32;
        match clipboard::paste(self.session.map(), text, Position::new(step, step)) {
            Ok(paste) => {
                let n = paste.added.len();
                self.apply(paste.edit);
                self.select_added(paste.added);
                self.notify(tr_with("clipboard-pasted", &[("count", n.into())]));
            }
            Err(err) => self.notify_problem(tr_with(
                "clipboard-nothing-pasted",
                &[("error", err.to_string().into())],
            )),
        }
    }

    /// Copy, cut and paste arrive as events from the system clipboard; a
    /// text field being typed in takes them itself.
    pub(super) fn clipboard_events(&mut self, ctx: &egui::Context) {
        if ctx.text_edit_focused() || self.canvas.is_editing_text() {
            return;
        }
        let events: Vec<egui::Event> = ctx.input(|i| {
            i.events
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                    )
                })
                .cloned()
                .collect()
        });
        for event in events {
            match event {
                egui::Event::Copy => {
                    self.copy_selection();
                }
                egui::Event::Cut => self.cut_selection(),
                egui::Event::Paste(text) => self.paste_text(&text),
                _ => {}
            }
        }
    }
}
