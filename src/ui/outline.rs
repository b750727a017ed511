//! The outline: every stakeholder, grouped by kind, with a search box.
//! A click selects and centres.
//!
//! A map may hold thousands of stakeholders: the sorted groups are worked
//! out once per change of the map or the search, and only the rows in
//! sight are laid out, the rest being empty space of the same height.

use egui::{RichText, Ui};
use petgraph::stable_graph::NodeIndex;

use super::command::{Command, ViewContext};
use crate::i18n::{kind_group, tr};
use crate::model::{Kind, Stakeholder};

#[derive(Default)]
pub struct Outline {
    search: String,
    listed: Option<Listed>,
    /// A row's height with the spacing after it, as last drawn.
    row_step: Option<f32>,
}

/// The groups as last listed, and what they were listed for.
struct Listed {
    generation: u64,
    needle: String,
    /// What the order and grouping depend on (see [`listing_key`]).
    key: u64,
    groups: Vec<(Kind, Vec<NodeIndex>)>,
}

impl Outline {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.heading(tr("outline-heading"));
        ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text(tr("outline-search-hint"))
                .desired_width(f32::INFINITY),
        );
        let needle = crate::model::search_folded(self.search.trim());
        // A move, Arrange or their undo changes the map's generation but
        // not the names, ids and kinds the groups are sorted by: at 20,000
        // stakeholders sorting them again was a tenth of the undo's frame.
        let fresh = self.listed.as_mut().is_some_and(|l| {
            if l.needle != needle {
                return false;
            }
            if l.generation != cx.generation {
                if !needle.is_empty() || l.key != listing_key(cx) {
                    return false;
                }
                l.generation = cx.generation;
            }
            true
        });
        if !fresh {
            self.listed = Some(Listed {
                generation: cx.generation,
                key: if needle.is_empty() {
                    listing_key(cx)
                } else {
                    0
                },
                groups: groups(cx, &needle),
                needle: needle.clone(),
            });
        }
        let Some(listed) = &self.listed else {
            return;
        };
        let row_step = &mut self.row_step;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if listed.groups.is_empty() {
                    ui.label(
                        RichText::new(tr(if needle.is_empty() {
                            "outline-empty"
                        } else {
                            "outline-no-match"
                        }))
                        .weak(),
                    );
                }
                for (kind, group) in &listed.groups {
                    egui::CollapsingHeader::new(kind_group(*kind, group.len()))
                        .id_salt(("outline", kind.label()))
                        .default_open(true)
                        .show(ui, |ui| rows_ui(ui, group, row_step, cx));
                }
            });
    }
}

/// The stakeholders matching the search, grouped by kind in the order of
/// [`Kind::ALL`], each group sorted by name.
/// What the groups of an empty search depend on: each stakeholder's
/// index, id, name and kind.
fn listing_key(cx: &ViewContext<'_>) -> u64 {
    use std::hash::{Hash, Hasher};
    let graph = cx.map.graph();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for index in graph.node_indices() {
        let s = &graph[index];
        (index, &s.id, &s.name, s.kind).hash(&mut hasher);
    }
    hasher.finish()
}

fn groups(cx: &ViewContext<'_>, needle: &str) -> Vec<(Kind, Vec<NodeIndex>)> {
    let graph = cx.map.graph();
    let mut matching: Vec<(String, &Stakeholder, NodeIndex)> = graph
        .node_indices()
        .map(|index| (&graph[index], index))
        .filter(|(s, _)| needle.is_empty() || matches_search(s, needle))
        .map(|(s, index)| (s.name.to_lowercase(), s, index))
        .collect();
    matching.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    Kind::ALL
        .iter()
        .map(|&kind| {
            let group: Vec<NodeIndex> = matching
                .iter()
                .filter(|(_, s, _)| s.kind == kind)
                .map(|(_, _, index)| *index)
                .collect();
            (kind, group)
        })
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

/// The rows of one group that are in sight, with empty space for the rest.
fn rows_ui(ui: &mut Ui, group: &[NodeIndex], row_step: &mut Option<f32>, cx: &mut ViewContext<'_>) {
    let step = row_step.unwrap_or(ui.spacing().interact_size.y + ui.spacing().item_spacing.y);
    let top = ui.cursor().top();
    let sight = ui.clip_rect();
    let n = group.len();
    let first = (((sight.top() - top) / step).floor().max(0.0) as usize).min(n);
    let last = ((((sight.bottom() - top) / step).ceil().max(0.0) as usize) + 1).clamp(first, n);
    if first > 0 {
        ui.add_space(first as f32 * step);
    }
    let graph = cx.map.graph();
    for &index in &group[first..last] {
        let Some(stakeholder) = graph.node_weight(index) else {
            continue;
        };
        let before = ui.cursor().top();
        let selected = cx.selection.contains_stakeholder(&stakeholder.id);
        let response = ui.add(
            egui::Button::selectable(
                selected,
                crate::ui::script::display_text(&stakeholder.name).into_owned(),
            )
            .sense(egui::Sense::click_and_drag()),
        );
        *row_step = Some(ui.cursor().top() - before);
        // Can be dropped on a coalition in the coalitions panel.
        response.dnd_set_drag_payload(stakeholder.id.clone());
        if response.clicked() {
            let toggle = ui.input(|i| i.modifiers.shift || i.modifiers.command);
            if toggle {
                cx.selection.toggle_stakeholder(stakeholder.id.clone());
            } else {
                cx.selection.select_only_stakeholder(stakeholder.id.clone());
            }
            cx.commands.push(Command::CenterOn(stakeholder.id.clone()));
        }
    }
    if last < n {
        ui.add_space((n - last) as f32 * step);
    }
}
/// Whether a stakeholder's name or any tag contains the search text,
/// folded by `search_folded` (case and accents aside).
pub fn matches_search(stakeholder: &Stakeholder, needle: &str) -> bool {
    use crate::model::search_finds;
    search_finds(&stakeholder.name, needle)
        || stakeholder.tags.iter().any(|t| search_finds(t, needle))
        || stakeholder
            .expertise
            .iter()
            .any(|t| search_finds(t, needle))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::Map;
    use crate::ui::selection::Selection;
    use crate::ui::shown::Shown;

    /// The outline's groups, as stakeholder names, after a frame of `map`
    /// at `generation`.
    fn listed(outline: &mut Outline, map: &Map, generation: u64) -> Vec<Vec<String>> {
        let ctx = egui::Context::default();
        let (mut selection, mut commands, shown) =
            (Selection::default(), Vec::new(), Shown::default());
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let mut cx =
                ViewContext::for_test(map, generation, &mut selection, &mut commands, &shown);
            outline.ui(ui, &mut cx);
        });
        // No GPU here to upload the font atlas to.
        output.textures_delta.clear();
        let graph = map.graph();
        outline
            .listed
            .as_ref()
            .unwrap()
            .groups
            .iter()
            .map(|(_, group)| group.iter().map(|&i| graph[i].name.clone()).collect())
            .collect()
    }

    #[test]
    fn a_move_keeps_the_outline_and_a_rename_sorts_it_again() {
        let map = crate::analysis::generated_map(60, 80, 5);
        let mut outline = Outline::default();
        let before = listed(&mut outline, &map, 1);
        let mut moved = map.clone();
        let places = map
            .stakeholders()
            .map(|s| {
                let mut at = s.position;
                at.x += 50.0;
                (s.id.clone(), at)
            })
            .collect();
        crate::edit::Edit::Move(places).apply(&mut moved).unwrap();
        assert_eq!(listed(&mut outline, &moved, 2), before);
        let mut renamed = moved.clone();
        let mut last = renamed.stakeholders().last().unwrap().clone();
        last.name = "Église évangélique de Bangui".to_owned();
        crate::edit::Edit::UpdateStakeholder(last)
            .apply(&mut renamed)
            .unwrap();
        let after = listed(&mut outline, &renamed, 3);
        assert_ne!(after, before);
        assert!(
            after
                .iter()
                .flatten()
                .any(|n| n == "Église évangélique de Bangui")
        );
        for group in &after {
            let folded: Vec<String> = group.iter().map(|n| n.to_lowercase()).collect();
            assert!(folded.is_sorted(), "{folded:?}");
        }
    }
}
