//! The bar above every view: the view tabs, the filter shared by all views,
//! and the focus on one stakeholder's neighbourhood. Its controls keep
//! their place and width whatever they say, so none moves under the mouse
//! as the filter is chosen: long choices are cut short, and given whole
//! when hovered.

use std::sync::Arc;

use egui::{Align, Layout, RichText, Vec2};

use super::actions::Action;
use super::selection::Selection;
use super::views::View;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::field::StakeholderField;
use crate::model::{ContactFilter, Filter, Focus, FocusDirection, Kind, Map, Role, Stance};

/// Tabs for the four views, with their Ctrl+number shortcuts, and the
/// legend's button at the right. In a narrow window the tabs go on to a
/// second row and the button after them, rather than one under another.
pub fn view_tabs_ui(ui: &mut egui::Ui, view: &mut View, fired: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        for (n, &choice) in View::ALL.iter().enumerate() {
            let action = [
                Action::ShowNetwork,
                Action::ShowGrid,
                Action::ShowSpectrum,
                Action::ShowTable,
            ][n];
            let shortcut = action
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            let tab = ui
                .selectable_label(*view == choice, RichText::new(choice.label()).size(15.0))
                .on_hover_text(format!("{} ({shortcut})", action.description()));
            if tab.clicked() {
                fired.push(action);
            }
        }
        let legend = egui::Button::new(tr("filter-legend"));
        let legend_ui = |ui: &mut egui::Ui| {
            if ui
                .add(legend)
                .on_hover_text(tr("filter-legend-hover"))
                .clicked()
            {
                fired.push(Action::ToggleLegend);
            }
        };
        let label = egui::WidgetText::from(tr("filter-legend")).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        );
        let width = label.size().x + 2.0 * ui.spacing().button_padding.x;
        if ui.available_width() >= width {
            ui.with_layout(Layout::right_to_left(Align::Center), legend_ui);
        } else {
            legend_ui(ui);
        }
    });
}

/// Width of every filter menu's button, whatever it says.
const MENU_WIDTH: f32 = 100.0;
/// Width of the name of the stakeholder in focus.
const FOCUS_NAME_WIDTH: f32 = 200.0;

/// The filter bar's memory between frames: every tag and expertise on the
/// map, gathered once per document generation rather than every frame.
#[derive(Default)]
pub struct FilterBar {
    tags: Option<(u64, Arc<[String]>)>,
}

impl FilterBar {
    /// Every tag and expertise of the map of this generation, sorted, each
    /// once.
    pub fn tags(&mut self, map: &Map, generation: u64) -> Arc<[String]> {
        if let Some((g, tags)) = &self.tags
            && *g == generation
        {
            return Arc::clone(tags);
        }
        // Made unique before anything is sorted or copied: a large map
        // repeats a few tags thousands of times.
        let unique: std::collections::HashSet<&str> = map
            .stakeholders()
            .flat_map(|s| s.tags.iter().chain(&s.expertise).map(String::as_str))
            .collect();
        let mut tags: Vec<String> = unique.into_iter().map(str::to_owned).collect();
        tags.sort_unstable();
        let tags: Arc<[String]> = tags.into();
        self.tags = Some((generation, Arc::clone(&tags)));
        tags
    }

    /// The filter and focus controls for the map of this generation.
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        generation: u64,
        filter: &mut Filter,
        focus: &mut Option<Focus>,
        hide_filtered: &mut bool,
        selection: &Selection,
    ) {
        let tags = self.tags(map, generation);
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("filter-heading"));
            ui.add(
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text(tr("filter-text-hint"))
                    .desired_width(150.0),
            );
            let kind = StakeholderField::Kind.translated();
            set_menu(
                ui,
                &kind,
                &mut filter.kinds,
                Kind::ALL,
                Translated::translated,
            );
            let stance = StakeholderField::Stance.translated();
            set_menu(
                ui,
                &stance,
                &mut filter.stances,
                Stance::ALL,
                Translated::translated,
            );
            let role = StakeholderField::Role.translated();
            set_menu(
                ui,
                &role,
                &mut filter.roles,
                Role::ALL,
                Translated::translated,
            );
            let coalitions: Vec<_> = map.coalitions().map(|c| c.id.clone()).collect();
            if !coalitions.is_empty() {
                let name = tr("filter-coalition");
                set_menu(ui, &name, &mut filter.coalitions, &coalitions, |id| {
                    map.coalition(id)
                        .map_or_else(|| id.to_string(), |c| c.name.clone())
                });
            }
            if !tags.is_empty() {
                let name = tr("filter-tag");
                set_menu(ui, &name, &mut filter.tags, &tags, Clone::clone);
            }
            // Only where there is a log to read, or a scene's filter to undo.
            if map.plan().contacts().next().is_some() || !filter.contact.is_all() {
                contact_menu(ui, &mut filter.contact);
            }
        });
        // A row of its own, so the menus above keep their place whatever
        // the focus shows.
        ui.horizontal_wrapped(|ui| {
            // Always there, so what follows stays put as a filter is set.
            if ui
                .add_enabled(!filter.is_empty(), egui::Button::new(tr("filter-clear")))
                .clicked()
            {
                *filter = Filter::default();
            }
            ui.checkbox(hide_filtered, tr("filter-hide"))
                .on_hover_text(tr("filter-hide-hover"));
            ui.separator();
            focus_ui(ui, map, focus, selection);
        });
    }
}

/// Gives `add` exactly `width` across, whatever it draws.
fn fixed_width<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let size = Vec2::new(width, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, Layout::left_to_right(Align::Center), |ui| {
        ui.set_width(width);
        add(ui)
    })
    .inner
}

fn focus_ui(ui: &mut egui::Ui, map: &Map, focus: &mut Option<Focus>, selection: &Selection) {
    if let Some(current) = focus {
        let name = map
            .stakeholder(&current.stakeholder)
            .map_or_else(|| current.stakeholder.to_string(), |s| s.name.clone());
        let text = tr_with("filter-focus-on", &[("name", name.into())]);
        fixed_width(ui, FOCUS_NAME_WIDTH, |ui| {
            ui.add(egui::Label::new(RichText::new(&text).strong()).truncate())
                .on_hover_text(&text);
        });
        egui::ComboBox::from_id_salt("focus-hops")
            .width(70.0)
            .selected_text(hops_text(current.hops))
            .show_ui(ui, |ui| {
                for hops in 1..=Focus::MAX_HOPS {
                    ui.selectable_value(&mut current.hops, hops, hops_text(hops));
                }
            });
        egui::ComboBox::from_id_salt("focus-direction")
            .width(90.0)
            .selected_text(current.direction.translated())
            .show_ui(ui, |ui| {
                for &direction in FocusDirection::ALL {
                    ui.selectable_value(&mut current.direction, direction, direction.translated());
                }
            });
        if ui
            .button(tr("filter-leave-focus"))
            .on_hover_text(tr("filter-leave-focus-hover"))
            .clicked()
        {
            *focus = None;
        }
    } else {
        let target = selection.single_stakeholder();
        let button = ui
            .add_enabled(
                target.is_some(),
                egui::Button::new(tr("filter-focus-selected")),
            )
            .on_hover_text(tr("filter-focus-selected-hover"));
        if button.clicked()
            && let Some(id) = target
        {
            *focus = Some(Focus {
                stakeholder: id.clone(),
                hops: 1,
                direction: FocusDirection::Both,
            });
        }
    }
}

/// "1 hop", "2 hops".
fn hops_text(hops: u8) -> String {
    tr_with("filter-hops", &[("count", hops.into())])
}

/// A menu of checkboxes choosing some of `all`; none chosen means "any".
fn set_menu<T: Ord + Clone>(
    ui: &mut egui::Ui,
    name: &str,
    chosen: &mut std::collections::BTreeSet<T>,
    all: &[T],
    label: impl Fn(&T) -> String,
) {
    let value = if chosen.is_empty() {
        tr("filter-any-value")
    } else if chosen.len() == 1 {
        chosen.iter().next().map(&label).unwrap_or_default()
    } else {
        chosen.len().to_string()
    };
    let title = tr_with(
        "filter-menu-title",
        &[("name", name.into()), ("value", value.into())],
    );
    let button = egui::Button::new(title.as_str())
        .truncate()
        .min_size(Vec2::new(MENU_WIDTH, 0.0));
    let (response, _) = fixed_width(ui, MENU_WIDTH, |ui| {
        egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
            for item in all {
                let mut on = chosen.contains(item);
                if ui.checkbox(&mut on, label(item)).changed() {
                    if on {
                        chosen.insert(item.clone());
                    } else {
                        chosen.remove(item);
                    }
                }
            }
            if !chosen.is_empty() && ui.button(tr("filter-any")).clicked() {
                chosen.clear();
            }
        })
    });
    response.on_hover_text(title);
}

/// "All", "Gone cold", "Never contacted".
fn contact_text(choice: ContactFilter) -> String {
    tr(match choice {
        ContactFilter::All => "filter-any-value",
        ContactFilter::GoneCold => "filter-contact-cold",
        ContactFilter::NeverContacted => "filter-contact-never",
    })
}

/// One choice of the contact log: everyone, gone cold or never contacted.
fn contact_menu(ui: &mut egui::Ui, chosen: &mut ContactFilter) {
    let title = tr_with(
        "filter-menu-title",
        &[
            ("name", tr("filter-contact").into()),
            ("value", contact_text(*chosen).into()),
        ],
    );
    let button = egui::Button::new(title.as_str())
        .truncate()
        .min_size(Vec2::new(MENU_WIDTH, 0.0));
    let (response, _) = fixed_width(ui, MENU_WIDTH, |ui| {
        egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
            for &choice in ContactFilter::ALL {
                let label = if choice.is_all() {
                    tr("filter-any")
                } else {
                    contact_text(choice)
                };
                if ui.radio(*chosen == choice, label).clicked() {
                    *chosen = choice;
                    ui.close();
                }
            }
        })
    });
    response.on_hover_text(format!("{title}\n{}", tr("filter-contact-hover")));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::Stakeholder;

    #[test]
    fn every_tag_is_gathered_once_per_generation() {
        let mut map = Map::new("Campaign");
        for (name, tags) in [
            ("Union", ["labour", "legal"]),
            ("Church", ["faith", "legal"]),
        ] {
            let mut s = Stakeholder::new(map.id_allocator().stakeholder(), name, Kind::Other);
            s.tags = tags.map(str::to_owned).to_vec();
            Edit::AddStakeholder(s).apply(&mut map).unwrap();
        }
        let mut bar = FilterBar::default();
        let tags = bar.tags(&map, 3);
        assert_eq!(&*tags, ["faith", "labour", "legal"]);
        assert!(Arc::ptr_eq(&tags, &bar.tags(&map, 3)), "kept");
        assert!(!Arc::ptr_eq(&tags, &bar.tags(&map, 4)), "the map changed");
    }
}
