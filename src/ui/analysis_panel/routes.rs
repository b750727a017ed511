//! The targets in the Analysis panel: who reaches each, by which routes
//! and brokers, through which single point of failure, and why each of
//! the leadership core that does not reach it does not.

use egui::{RichText, Ui};

use super::{AnalysisPanel, RouteChoice, links, name_of, stakeholder_link};
use crate::analysis::reach::{self, Reach};
use crate::analysis::{Analysis, TargetPaths};
use crate::model::{Confidence, Map, MemberRole, Role, StakeholderId};
use crate::ui::command::{Command, ViewContext};

impl AnalysisPanel {
    pub(super) fn targets_ui(
        &mut self,
        ui: &mut Ui,
        cx: &mut ViewContext<'_>,
        analysis: &Analysis,
    ) {
        if analysis.paths.targets.is_empty() {
            ui.label(RichText::new("No stakeholder is a target yet.").weak());
        }
        for paths in &analysis.paths.targets {
            let Some(target) = cx.map.stakeholder(&paths.target) else {
                continue;
            };
            let picked = self
                .picked
                .as_ref()
                .is_some_and(|(t, _)| *t == paths.target);
            let reach = reach_text(paths);
            let text = format!("{} · {reach}", target.name);
            let response =
                ui.add(egui::Button::selectable(picked, RichText::new(text).strong()).wrap());
            if response.clicked() {
                self.picked = (!picked).then(|| (paths.target.clone(), RouteChoice::All));
                if !picked {
                    cx.commands.push(Command::CenterOn(paths.target.clone()));
                }
            }
            if picked {
                ui.indent(("routes", paths.target.as_str()), |ui| {
                    self.routes_ui(ui, cx, paths);
                    self.unreached_ui(ui, cx, paths, &analysis.paths.members);
                });
            }
        }
    }

    fn routes_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, paths: &TargetPaths) {
        let Some((_, choice)) = &mut self.picked else {
            return;
        };
        if paths.routes.is_empty() {
            ui.label(if paths.target_is_member {
                "The target is itself a member."
            } else {
                "No member reaches it through relations that carry influence."
            });
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label("Show on the map:");
            ui.selectable_value(choice, RouteChoice::All, "All routes");
            for index in 0..paths.routes.len() {
                ui.selectable_value(
                    choice,
                    RouteChoice::One(index),
                    format!("Route {}", index + 1),
                );
            }
        });
        for (index, route) in paths.routes.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{}.", index + 1)).strong());
                stakeholder_link(ui, cx, &route.from);
                for step in &route.steps {
                    // Said in words, as the report says it: the route may
                    // not be there at all.
                    if step.confidence == Confidence::Uncertain {
                        ui.label(RichText::new("› uncertain ›").italics())
                            .on_hover_text(format!(
                                "The relation from {} to {} is marked uncertain",
                                name_of(cx.map, &step.from),
                                name_of(cx.map, &step.to)
                            ));
                    } else {
                        ui.label("›");
                    }
                    stakeholder_link(ui, cx, &step.to);
                }
                crate::ui::plan::plan_this_ask_button(ui, cx, route);
            });
        }
        if paths
            .routes
            .iter()
            .flat_map(|r| &r.steps)
            .any(|s| s.confidence == Confidence::Uncertain)
        {
            ui.label(
                RichText::new("A route marked uncertain goes through a relation not confirmed.")
                    .weak(),
            );
        }
        if !paths.brokers.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label("Brokers:");
                for broker in &paths.brokers {
                    stakeholder_link(ui, cx, &broker.stakeholder);
                    ui.label(RichText::new(format!("({})", routes_text(broker.routes))).weak());
                }
            });
        }
        if !paths.only_through.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Single point of failure:").strong());
                links(ui, cx, &paths.only_through);
            });
        }
    }

    /// The leadership core (and the coalitions' leads) in scope with no
    /// route to the target, each with why not.
    fn unreached_ui(
        &mut self,
        ui: &mut Ui,
        cx: &mut ViewContext<'_>,
        paths: &TargetPaths,
        members: &[StakeholderId],
    ) {
        let key = (cx.generation, paths.target.clone());
        if self.unreached.as_ref().is_none_or(|(k, _)| *k != key) {
            let leads: std::collections::HashSet<&StakeholderId> = cx
                .map
                .coalitions()
                .flat_map(|c| &c.members)
                .filter(|m| m.role == MemberRole::Lead)
                .map(|m| &m.stakeholder)
                .collect();
            let leading = |id: &StakeholderId| {
                leads.contains(id)
                    || cx
                        .map
                        .stakeholder(id)
                        .is_some_and(|s| s.role == Role::LeadershipCore)
            };
            let found = members
                .iter()
                .filter(|id| *id != &paths.target && leading(id))
                .map(|id| {
                    (
                        id.clone(),
                        reach::why_not(cx.map, id, &paths.target, members),
                    )
                })
                .filter(|(_, reach)| *reach != Reach::Reaches)
                .collect();
            self.unreached = Some((key, found));
        }
        let Some((_, unreached)) = &self.unreached else {
            return;
        };
        if unreached.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.label(RichText::new("Leadership core with no route here:").strong());
        let target = name_of(cx.map, &paths.target);
        for (member, reach) in unreached {
            ui.horizontal_wrapped(|ui| {
                stakeholder_link(ui, cx, member);
                ui.label(why_text(cx.map, reach, &target));
            });
        }
    }
}

/// Why a member has no route to `target`, in words.
fn why_text(map: &Map, reach: &Reach, target: &str) -> String {
    match reach {
        Reach::Reaches => format!("reaches {target}"),
        Reach::NoChannel { relations: 0 } => {
            "has no relation yet: draw whom it influences or has access to".to_owned()
        }
        Reach::NoChannel { .. } => {
            "none of its relations carries influence away from it (working together and opposing do not)".to_owned()
        }
        Reach::DeadEnd { reached, nearest } => {
            let names: Vec<String> = nearest.iter().map(|id| name_of(map, id)).collect();
            let more = reached.saturating_sub(names.len());
            let who = if more == 0 {
                names.join(", ")
            } else {
                format!("{} and {more} more", names.join(", "))
            };
            format!("its influence reaches {who}, but none of them leads on to {target}")
        }
        Reach::ThroughMember(member) => format!(
            "gets there only through {}, another member, whose own route counts instead",
            name_of(map, member)
        ),
    }
}

fn reach_text(paths: &TargetPaths) -> String {
    match paths.members_reaching {
        _ if paths.target_is_member => "a member itself".to_owned(),
        0 => "no member reaches it".to_owned(),
        1 => "1 member reaches it".to_owned(),
        n => format!("{n} members reach it"),
    }
}

fn routes_text(n: usize) -> String {
    if n == 1 {
        "1 route".to_owned()
    } else {
        format!("{n} routes")
    }
}
