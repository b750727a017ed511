//! The targets in the Analysis panel: who reaches each, by which routes
//! and brokers, through which single point of failure, and why each of
//! the leadership core that does not reach it does not.

use egui::{RichText, Ui};

use super::{AnalysisPanel, RouteChoice, links, name_of, stakeholder_link};
use crate::analysis::reach::{self, Reach};
use crate::analysis::{Analysis, TargetPaths};
use crate::i18n::{tr, tr_with};
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
            ui.label(RichText::new(tr("routes-no-target")).weak());
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
            ui.label(tr(if paths.target_is_member {
                "routes-target-is-member"
            } else {
                "routes-none"
            }));
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("routes-show-on-map"));
            ui.selectable_value(choice, RouteChoice::All, tr("routes-all"));
            for index in 0..paths.routes.len() {
                ui.selectable_value(
                    choice,
                    RouteChoice::One(index),
                    tr_with("routes-route", &[("number", (index + 1).into())]),
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
                        ui.label(RichText::new(tr("routes-uncertain-step")).italics())
                            .on_hover_text(tr_with(
                                "routes-uncertain-step-hover",
                                &[
                                    ("from", name_of(cx.map, &step.from).into()),
                                    ("to", name_of(cx.map, &step.to).into()),
                                ],
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
            ui.label(RichText::new(tr("routes-uncertain-note")).weak());
        }
        if !paths.brokers.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr("routes-brokers"));
                for broker in &paths.brokers {
                    stakeholder_link(ui, cx, &broker.stakeholder);
                    ui.label(RichText::new(format!("({})", routes_text(broker.routes))).weak());
                }
            });
        }
        if !paths.only_through.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr("routes-single-point")).strong());
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
        ui.label(RichText::new(tr("routes-unreached-heading")).strong());
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
        Reach::Reaches => tr_with("why-reaches", &[("target", target.to_owned().into())]),
        Reach::NoChannel { relations: 0 } => tr("why-no-relation"),
        Reach::NoChannel { .. } => tr("why-no-channel"),
        Reach::DeadEnd { reached, nearest } => {
            let names: Vec<String> = nearest.iter().map(|id| name_of(map, id)).collect();
            let more = reached.saturating_sub(names.len());
            let who = if more == 0 {
                names.join(", ")
            } else {
                tr_with(
                    "why-and-more",
                    &[("names", names.join(", ").into()), ("more", more.into())],
                )
            };
            tr_with(
                "why-dead-end",
                &[("who", who.into()), ("target", target.to_owned().into())],
            )
        }
        Reach::ThroughMember(member) => tr_with(
            "why-through-member",
            &[("member", name_of(map, member).into())],
        ),
    }
}

fn reach_text(paths: &TargetPaths) -> String {
    if paths.target_is_member {
        return tr("routes-target-member-itself");
    }
    tr_with(
        "routes-members-reaching",
        &[("count", paths.members_reaching.into())],
    )
}

fn routes_text(n: usize) -> String {
    tr_with("routes-count", &[("count", n.into())])
}
