//! The find bar (Ctrl+F): type a name or a tag, Enter selects every match
//! and centres the network on the first. Matches are worked out again only
//! when the text or the map changes, not every frame.

use egui::Key;

use crate::i18n::{tr, tr_with};
use crate::model::{Map, StakeholderId};
use crate::ui::command::Command;
use crate::ui::outline::matches_search;
use crate::ui::selection::Selection;

#[derive(Default)]
pub struct FindBar {
    pub open: bool,
    text: String,
    focus_requested: bool,
    /// The needle and map generation `found` is of.
    found_for: Option<(String, u64)>,
    /// Matches, by name.
    found: Vec<StakeholderId>,
}

impl FindBar {
    /// Opens the bar with the typing focus in its field.
    pub fn open(&mut self) {
        self.open = true;
        self.focus_requested = false;
    }

    fn refresh(&mut self, map: &Map, generation: u64, needle: &str) {
        if self
            .found_for
            .as_ref()
            .is_some_and(|(n, g)| n == needle && *g == generation)
        {
            return;
        }
        let mut found: Vec<(&str, &StakeholderId)> = if needle.is_empty() {
            Vec::new()
        } else {
            map.stakeholders()
                .filter(|s| matches_search(s, needle))
                .map(|s| (s.name.as_str(), &s.id))
                .collect()
        };
        found.sort();
        self.found = found.into_iter().map(|(_, id)| id.clone()).collect();
        self.found_for = Some((needle.to_owned(), generation));
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        generation: u64,
        selection: &mut Selection,
        commands: &mut Vec<Command>,
    ) {
        ui.horizontal(|ui| {
            ui.label(tr("find-label"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text(tr("find-hint"))
                    .desired_width(280.0),
            );
            if !self.focus_requested {
                field.request_focus();
                self.focus_requested = true;
            }
            let needle = crate::model::search_folded(self.text.trim());
            self.refresh(map, generation, &needle);
            if !needle.is_empty() {
                ui.label(tr_with(
                    "find-matches",
                    &[("count", self.found.len().into())],
                ));
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if enter && let Some(first) = self.found.first() {
                selection.clear();
                selection.stakeholders.extend(self.found.iter().cloned());
                selection.anchor = Some(first.clone());
                commands.push(Command::CenterOn(first.clone()));
                self.open = false;
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                self.open = false;
            }
            if ui.button(tr("find-close")).clicked() {
                self.open = false;
            }
        });
    }
}
