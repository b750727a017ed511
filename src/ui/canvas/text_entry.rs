//! Typing on the canvas: the name field under a new stakeholder (Tab
//! cycles its kind) or one being renamed, and the popup that asks which
//! kind a new relation is (a digit picks a built-in kind, or a kind of the
//! map's own is typed). Each ends in one edit, or in nothing on Esc.

use egui::{Id, Key, Modifiers, Pos2, Vec2};

use super::Canvas;
use super::view_model::{to_pos, to_position};
use crate::edit::Edit;
use crate::i18n::{Translated, relation_kind, tr, tr_with};
use crate::model::{Kind, Map, Relation, RelationKind, Stakeholder, StakeholderId};
use crate::ui::command::ViewContext;
use crate::ui::theme::{self, Palette};

/// The name field or the relation popup, whichever is open.
#[derive(Debug, Default)]
pub struct TextEntry {
    pub naming: Option<NameEntry>,
    pub connect_menu: Option<ConnectMenu>,
}

/// The inline name field for a new stakeholder or a rename.
#[derive(Debug)]
pub struct NameEntry {
    pub target: NameTarget,
    text: String,
    pub kind: Kind,
    focus_requested: bool,
}

#[derive(Debug)]
pub enum NameTarget {
    New { at: Pos2 },
    Rename { id: StakeholderId },
}

/// The popup that asks which kind of relation a new connection is.
#[derive(Debug)]
pub struct ConnectMenu {
    from: StakeholderId,
    to: StakeholderId,
    /// Where it opens, on screen.
    at: Pos2,
    custom: String,
}

impl Canvas {
    /// Opens the name field for a new stakeholder at the pointer, or in the
    /// middle of the view when the pointer is elsewhere.
    pub fn start_new_stakeholder(&mut self) {
        let screen = self
            .gestures
            .pointer
            .filter(|p| self.framing.rect.contains(*p))
            .unwrap_or_else(|| self.framing.rect.center());
        let at = self.framing.canvas_from_screen(screen);
        self.start_new_stakeholder_at(at);
    }

    pub(super) fn start_new_stakeholder_at(&mut self, at: Pos2) {
        self.entry.connect_menu = None;
        self.entry.naming = Some(NameEntry {
            target: NameTarget::New { at },
            text: String::new(),
            kind: Kind::Organization,
            focus_requested: false,
        });
    }

    /// Opens the name field on an existing stakeholder.
    pub fn start_rename(&mut self, map: &Map, id: &StakeholderId) {
        if let Some(stakeholder) = map.stakeholder(id) {
            self.entry.connect_menu = None;
            self.entry.naming = Some(NameEntry {
                target: NameTarget::Rename { id: id.clone() },
                text: stakeholder.name.clone(),
                kind: stakeholder.kind,
                focus_requested: false,
            });
        }
    }

    /// Asks which kind of relation joins two stakeholders.
    pub fn start_connect(&mut self, map: &Map, from: StakeholderId, to: StakeholderId) {
        let at = map
            .stakeholder(&to)
            .map_or(self.framing.rect.center(), |s| {
                self.framing.screen_from_canvas(to_pos(s.position))
            });
        self.entry.naming = None;
        self.entry.connect_menu = Some(ConnectMenu {
            from,
            to,
            at: at + Vec2::new(24.0, 0.0),
            custom: String::new(),
        });
    }

    pub(super) fn name_entry_ui(
        &mut self,
        ui: &egui::Ui,
        cx: &mut ViewContext<'_>,
        palette: Palette,
    ) {
        let Some(entry) = &mut self.entry.naming else {
            return;
        };
        let anchor = match &entry.target {
            NameTarget::New { at } => *at,
            NameTarget::Rename { id } => {
                let Some(s) = cx.map.stakeholder(id) else {
                    self.entry.naming = None;
                    return;
                };
                to_pos(s.position)
            }
        };
        let below = self.framing.screen_from_canvas(anchor)
            + Vec2::new(
                -110.0,
                theme::glyph_radius(3) * self.framing.camera.zoom * 1.5 + 6.0,
            );
        let mut finished: Option<bool> = None;
        egui::Area::new(Id::new("powermap-name-entry"))
            .fixed_pos(below)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(220.0);
                    // Tab cycles the kind while naming, so it must not move focus.
                    // Shift+Tab first: matching ignores an extra Shift.
                    let (back, forward) = ui.input_mut(|i| {
                        let back = i.consume_key(Modifiers::SHIFT, Key::Tab);
                        (back, i.consume_key(Modifiers::NONE, Key::Tab))
                    });
                    if matches!(entry.target, NameTarget::New { .. }) && (forward || back) {
                        entry.kind = cycle_kind(entry.kind, forward);
                    }
                    let edit = ui.add(
                        egui::TextEdit::singleline(&mut entry.text)
                            .hint_text(tr("canvas-name-hint"))
                            .lock_focus(true)
                            .desired_width(f32::INFINITY),
                    );
                    let edit = edit.on_hover_text(tr("canvas-name-hover"));
                    if !entry.focus_requested {
                        edit.request_focus();
                        entry.focus_requested = true;
                    }
                    if matches!(entry.target, NameTarget::New { .. }) {
                        ui.label(
                            egui::RichText::new(tr_with(
                                "canvas-name-kind",
                                &[("kind", entry.kind.translated().into())],
                            ))
                            .color(palette.text.gamma_multiply(0.75)),
                        );
                    }
                    if edit.lost_focus() {
                        finished = Some(ui.input(|i| i.key_pressed(Key::Enter)));
                    }
                });
            });
        match finished {
            Some(true) => {
                if let Some(entry) = self.entry.naming.take() {
                    Self::commit_name(entry, cx);
                }
            }
            Some(false) => self.entry.naming = None,
            None => {}
        }
    }

    fn commit_name(entry: NameEntry, cx: &mut ViewContext<'_>) {
        let name = entry.text.trim().to_owned();
        if name.is_empty() {
            return;
        }
        match entry.target {
            NameTarget::New { at } => {
                let id = cx.map.id_allocator().stakeholder();
                let mut stakeholder = Stakeholder::new(id.clone(), name, entry.kind);
                stakeholder.position = to_position(at);
                cx.edit(Edit::AddStakeholder(stakeholder));
                cx.selection.select_only_stakeholder(id);
            }
            NameTarget::Rename { id } => {
                if let Some(old) = cx.map.stakeholder(&id)
                    && old.name != name
                {
                    let mut renamed = old.clone();
                    renamed.name = name;
                    cx.edit(Edit::UpdateStakeholder(renamed));
                }
            }
        }
    }

    pub(super) fn connect_menu_ui(&mut self, ui: &egui::Ui, cx: &mut ViewContext<'_>) {
        let Some(menu) = &mut self.entry.connect_menu else {
            return;
        };
        let names = (
            cx.map.stakeholder(&menu.from).map(|s| s.name.clone()),
            cx.map.stakeholder(&menu.to).map(|s| s.name.clone()),
        );
        let (Some(from_name), Some(to_name)) = names else {
            self.entry.connect_menu = None;
            return;
        };
        let mut chosen: Option<RelationKind> = None;
        let mut close = false;
        let typing = ui.ctx().egui_wants_keyboard_input();
        if !typing {
            ui.input_mut(|i| {
                for (n, kind) in RelationKind::BUILT_IN.iter().enumerate() {
                    if i.consume_key(Modifiers::NONE, digit_key(n)) {
                        chosen = Some(kind.clone());
                    }
                }
                if i.consume_key(Modifiers::NONE, Key::Escape) {
                    close = true;
                }
            });
        }
        egui::Area::new(Id::new("powermap-connect-menu"))
            .fixed_pos(menu.at)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(240.0);
                    let from = tr_with("canvas-connect-from", &[("name", from_name.into())]);
                    ui.label(egui::RichText::new(from).strong());
                    let to = tr_with("canvas-connect-to-name", &[("name", to_name.into())]);
                    ui.label(egui::RichText::new(to).strong());
                    ui.label(tr("canvas-which-relation"));
                    for (n, kind) in RelationKind::BUILT_IN.iter().enumerate() {
                        let text = format!("{}  {}", (n + 1) % 10, relation_kind(kind));
                        if ui.button(text).clicked() {
                            chosen = Some(kind.clone());
                        }
                    }
                    ui.horizontal(|ui| {
                        let field = ui.add(
                            egui::TextEdit::singleline(&mut menu.custom)
                                .hint_text(tr("canvas-other-kind"))
                                .desired_width(150.0),
                        );
                        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                        if (ui.button(tr("canvas-add-kind")).clicked() || enter)
                            && !menu.custom.trim().is_empty()
                        {
                            chosen = Some(RelationKind::Custom(menu.custom.trim().to_owned()));
                        }
                    });
                    if ui.button(tr("dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            });
        if let Some(kind) = chosen {
            let id = cx.map.id_allocator().relation();
            let relation = Relation::new(id.clone(), menu.from.clone(), menu.to.clone(), kind);
            cx.edit(Edit::AddRelation(relation));
            cx.selection.select_only_relation(id);
            close = true;
        }
        if close {
            self.entry.connect_menu = None;
        }
    }
}

/// The next kind in the list (Tab), or the previous (Shift+Tab).
fn cycle_kind(kind: Kind, forward: bool) -> Kind {
    let all = Kind::ALL;
    let i = all.iter().position(|k| *k == kind).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// The digit key for the n-th relation kind: 1…9, then 0.
fn digit_key(n: usize) -> Key {
    const DIGITS: [Key; 10] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
        Key::Num0,
    ];
    DIGITS[n % 10]
}
