//! The window around the map: its title, closing it (asking about unsaved
//! changes, text still being typed included), files dropped on it, and
//! actions held back a frame until the field being typed in has
//! committed its text.

use std::path::PathBuf;

use egui::ViewportCommand;

use super::PowermapApp;
use super::dialogs::Dialog;
use super::session::Pending;
use crate::ui::actions::Action;
use crate::ui::document::Document;
use crate::ui::picture::PictureTheme;

#[derive(Default)]
pub struct WindowState {
    /// Actions on the whole document pressed while a field had the focus:
    /// they run next frame, after the field has committed its text.
    deferred: Vec<Action>,
    /// Close the window at the end of this frame.
    pub quit_requested: bool,
    /// Set once the user agreed to close, so the close request goes through.
    allow_close: bool,
    title_shown: String,
    /// The look on screen, which an exported picture takes.
    pub picture_theme: PictureTheme,
}

impl WindowState {
    /// Closes the window at the end of this frame, unsaved changes or not.
    pub fn quit(&mut self) {
        self.allow_close = true;
        self.quit_requested = true;
    }

    /// The actions held back last frame. They run after this frame's
    /// drawing, once the field being typed in has given up the focus and
    /// committed its text.
    pub fn take_deferred(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let deferred = std::mem::take(&mut self.deferred);
        if !deferred.is_empty()
            && let Some(id) = ctx.memory(egui::Memory::focused)
        {
            ctx.memory_mut(|m| m.surrender_focus(id));
        }
        deferred
    }

    /// Holds back the actions that act on the whole document until next
    /// frame; returns the others.
    pub fn defer_whole_document_actions(
        &mut self,
        ctx: &egui::Context,
        fired: Vec<Action>,
    ) -> Vec<Action> {
        let (later, now): (Vec<Action>, Vec<Action>) =
            fired.into_iter().partition(|a| a.needs_committed_text());
        for action in later {
            self.defer(ctx, action);
        }
        now
    }

    fn defer(&mut self, ctx: &egui::Context, action: Action) {
        self.deferred.push(action);
        ctx.request_repaint();
    }

    pub fn follow_theme(&mut self, ctx: &egui::Context) {
        self.picture_theme = match ctx.theme() {
            egui::Theme::Dark => PictureTheme::Dark,
            egui::Theme::Light => PictureTheme::Light,
        };
    }

    /// "* name - Powermap" while there are unsaved changes or text being
    /// typed that the map does not have yet.
    pub fn update_title(&mut self, ctx: &egui::Context, doc: &Document, typing: bool) {
        let marker = if doc.is_modified() || typing {
            "* "
        } else {
            ""
        };
        let title = format!("{marker}{} - Powermap", doc.display_name());
        if title != self.title_shown {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    pub fn close_if_asked(&mut self, ctx: &egui::Context) {
        if self.quit_requested {
            self.quit_requested = false;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}

impl PowermapApp {
    pub(super) fn handle_close_and_drops(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.window.allow_close {
            if ctx.text_edit_focused() {
                // Text typed in a field but not yet committed is part of
                // the map: commit it first, then ask as for any change.
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.window.defer(ctx, Action::Quit);
            } else if self.session.doc().is_modified() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.dialogs.open(Dialog::Unsaved(Pending::Quit));
            }
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| {
                let path = f.path();
                (!path.as_os_str().is_empty()).then(|| path.to_owned())
            })
        });
        if let Some(path) = dropped {
            self.guard(Pending::Open(Some(path)));
        }
    }
}
