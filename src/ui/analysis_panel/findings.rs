//! Where the coalitions are weak: the gaps the analysis finds, and each
//! coalition's four-Cs checklist.

use egui::{RichText, Ui};

use super::{AnalysisPanel, coalition_name, finding, links, mark, name_of, section};
use crate::analysis::{self, Analysis};
use crate::i18n::{Translated, tr, tr_with};
use crate::ui::command::ViewContext;

impl AnalysisPanel {
    pub(super) fn gaps_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, analysis: &Analysis) {
        let gaps = &analysis.gaps;
        let mut any = false;
        if !gaps.unreachable_targets.is_empty() {
            any = true;
            finding(
                ui,
                cx,
                &tr("gaps-unreachable-targets"),
                &gaps.unreachable_targets,
            );
        }
        for single in &gaps.single_points_of_failure {
            any = true;
            let target = name_of(cx.map, &single.target);
            finding(
                ui,
                cx,
                &tr_with("gaps-only-through", &[("target", target.into())]),
                &single.only_through,
            );
        }
        if !gaps.strong_opponents.is_empty() {
            any = true;
            finding(ui, cx, &tr("gaps-strong-opponents"), &gaps.strong_opponents);
        }
        for coalition in &gaps.coalitions {
            let name = coalition_name(cx.map, &coalition.coalition);
            if !coalition.missing_contributions.is_empty() {
                any = true;
                let kinds: Vec<String> = coalition
                    .missing_contributions
                    .iter()
                    .map(Translated::translated)
                    .collect();
                ui.horizontal_wrapped(|ui| {
                    mark(ui, false);
                    ui.label(tr_with(
                        "gaps-missing-contributions",
                        &[
                            ("name", name.clone().into()),
                            ("contributions", kinds.join(", ").into()),
                        ],
                    ));
                });
            }
            if coalition.lacks_leadership_core() {
                any = true;
                ui.horizontal_wrapped(|ui| {
                    mark(ui, false);
                    ui.label(tr_with(
                        "gaps-no-leadership-core",
                        &[("name", name.clone().into())],
                    ));
                });
            }
            if coalition.has_low_commitment() {
                any = true;
                let average = coalition.average_commitment.unwrap_or_default();
                ui.horizontal_wrapped(|ui| {
                    mark(ui, false);
                    ui.label(tr_with(
                        "gaps-low-commitment",
                        &[
                            ("name", name.clone().into()),
                            ("average", format!("{average:.1}").into()),
                        ],
                    ));
                });
            }
        }
        if !any {
            ui.label(RichText::new(tr("gaps-none")).weak());
        }
    }
}

/// The four-Cs checklist of each coalition in scope, one section each.
pub(super) fn health_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, analysis: &Analysis) {
    for coalition in &analysis.health {
        let findings = coalition.findings().count();
        // The header does not wrap: a long name is cut after a word to fit
        // the panel, and given whole below.
        let title = header_fitting(ui, &coalition.name, findings);
        section(ui, &title, &tr("health-subtitle"), false, |ui| {
            ui.label(RichText::new(&coalition.name).strong());
            for area in analysis::FourC::ALL {
                ui.label(RichText::new(four_c(area)).strong());
                for check in coalition.checks.iter().filter(|c| c.area == area) {
                    ui.horizontal_wrapped(|ui| {
                        mark(ui, check.passed);
                        ui.label(&check.summary);
                        links(ui, cx, &check.stakeholders);
                    });
                }
            }
        });
    }
}

/// "NAME (N findings)", the name cut after a whole word (or
/// letters, for one long word) so the header fits the panel's width.
fn header_fitting(ui: &Ui, name: &str, findings: usize) -> String {
    let width = ui.available_width() - 24.0;
    let font = egui::FontId::proportional(16.0);
    let title = |name: &str| {
        tr_with(
            "health-header",
            &[("name", name.into()), ("count", findings.into())],
        )
    };
    let fits = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
            <= width
    };
    if fits(&title(name)) {
        return title(name);
    }
    let at_words = name
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| name[..i].trim_end())
        .filter(|head| !head.is_empty());
    let mut heads: Vec<&str> = at_words.collect();
    heads.reverse();
    let mut at_letters: Vec<&str> = name
        .char_indices()
        .skip(1)
        .map(|(i, _)| &name[..i])
        .collect();
    at_letters.reverse();
    heads.extend(at_letters);
    heads
        .into_iter()
        .map(|head| title(&format!("{head}…")))
        .find(|t| fits(t))
        .unwrap_or_else(|| title("…"))
}

/// The name of one of the four Cs in the interface's language.
fn four_c(area: analysis::FourC) -> String {
    tr(match area {
        analysis::FourC::Conditions => "health-conditions",
        analysis::FourC::Commitment => "health-commitment",
        analysis::FourC::Contributions => "health-contributions",
        analysis::FourC::Competence => "health-competence",
    })
}
