//! The analysis as a report: Markdown for people (a coalition coordinator
//! reading it before a meeting), JSON for programs.
//!
//! The Markdown names stakeholders by name, looked up in the map the
//! analysis was made from; a stakeholder no longer in the map shows its id.

use std::fmt::Write as _;

use super::{Analysis, Centrality, InfluencePaths, Route, Scope, Step, TargetPaths};
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Confidence, Map, StakeholderId};
use crate::words::join_words;

/// How many rows the brokers and central actors tables show.
const TABLE_ROWS: usize = 10;

/// How many names a list shows before "and N more".
const LISTED_NAMES: usize = 6;

/// The whole analysis as a Markdown document.
pub fn markdown(map: &Map, analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        tr_with("report-title", &[("title", escape(&analysis.title).into())])
    );
    scope_line(&mut out, map, &analysis.paths);
    targets_section(&mut out, map, analysis);
    brokers_section(&mut out, map, analysis);
    centrality_section(&mut out, analysis);
    gaps_section(&mut out, map, analysis);
    health_section(&mut out, map, analysis);
    if !map.plan().is_empty() {
        let _ = writeln!(out, "\n## {}\n", tr("report-plan"));
        super::plan_report::status_sections(&mut out, map, &analysis.plan, 3);
    }
    out
}

/// The routes to one target, as the `--target` option prints them.
/// `paths` gives the scope the routes were found in.
pub fn target_markdown(map: &Map, paths: &InfluencePaths, target: &TargetPaths) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        tr_with(
            "report-routes-to",
            &[("name", name(map, &target.target).into())]
        )
    );
    scope_line(&mut out, map, paths);
    target_body(&mut out, map, paths, target);
    out
}

/// The analysis as pretty-printed JSON.
pub fn json(analysis: &Analysis) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(analysis)
}

fn scope_line(out: &mut String, map: &Map, paths: &InfluencePaths) {
    let members = paths.members.len();
    let coalition = match &paths.scope {
        Scope::AllCoalitions => String::new(),
        Scope::Coalition(id) => map
            .coalition(id)
            .map_or_else(|| id.to_string(), |c| escape(&c.name)),
    };
    let every = matches!(paths.scope, Scope::AllCoalitions);
    let _ = writeln!(
        out,
        "{}\n",
        tr_with(
            "report-scope",
            &[
                ("count", members.into()),
                ("every", if every { "yes" } else { "no" }.into()),
                ("coalition", coalition.into()),
            ],
        )
    );
}

fn targets_section(out: &mut String, map: &Map, analysis: &Analysis) {
    let _ = writeln!(out, "## {}\n", tr("report-targets-heading"));
    if analysis.paths.targets.is_empty() {
        let _ = writeln!(out, "{}\n", tr("report-no-targets"));
        return;
    }
    for target in &analysis.paths.targets {
        let _ = writeln!(out, "### {}\n", name(map, &target.target));
        target_body(out, map, &analysis.paths, target);
    }
}

fn target_body(out: &mut String, map: &Map, paths: &InfluencePaths, target: &TargetPaths) {
    let members = paths.members.len();
    if target.target_is_member {
        let _ = writeln!(out, "{}\n", tr("report-target-is-member"));
        return;
    }
    if members == 0 {
        let _ = writeln!(out, "{}\n", tr("report-no-members"));
        return;
    }
    if target.routes.is_empty() {
        let _ = writeln!(out, "**{}**\n", tr("report-unreached"));
        return;
    }
    let best = if target.routes.len() < target.members_reaching {
        target.routes.len()
    } else {
        0
    };
    let _ = writeln!(
        out,
        "{}\n",
        tr_with(
            "report-reached-by",
            &[
                ("reaching", target.members_reaching.into()),
                ("members", members.into()),
                ("best", best.into()),
            ],
        )
    );
    for (i, route) in target.routes.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, route_line(map, route));
    }
    out.push('\n');
    if target.brokers.is_empty() {
        let _ = writeln!(out, "{}\n", tr("report-no-brokers"));
    } else {
        let brokers: Vec<String> = target
            .brokers
            .iter()
            .map(|b| {
                format!(
                    "{} ({})",
                    name(map, &b.stakeholder),
                    tr_with("routes-count", &[("count", b.routes.into())])
                )
            })
            .collect();
        if target.routes.len() < target.members_reaching {
            let _ = writeln!(
                out,
                "{}\n",
                tr_with(
                    "report-brokers-on-all",
                    &[
                        ("count", target.members_reaching.into()),
                        ("names", names_list(&brokers).into()),
                    ],
                )
            );
        } else {
            let _ = writeln!(
                out,
                "{}\n",
                tr_with("report-brokers", &[("names", names_list(&brokers).into())])
            );
        }
    }
    if !target.only_through.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            tr_with(
                "report-only-through",
                &[
                    ("names", names_joined(map, &target.only_through).into()),
                    ("count", target.only_through.len().into()),
                    ("target", name(map, &target.target).into()),
                ],
            )
        );
    }
}

/// "Amnesty —has access to→ French mission —member of→ UN Security Council (cost 3)".
fn route_line(map: &Map, route: &Route) -> String {
    let mut line = name(map, &route.from);
    for step in &route.steps {
        let _ = write!(line, " —{}→ {}", step_label(step), name(map, &step.to));
    }
    let _ = write!(
        line,
        " ({})",
        tr_with("report-cost", &[("cost", route.cost.into())])
    );
    line
}

fn step_label(step: &Step) -> String {
    let mut label = lower_first(&crate::i18n::relation_kind(&step.kind));
    let mut notes = Vec::new();
    if step.strength <= 1 {
        notes.push(tr("report-weak"));
    }
    if step.confidence == Confidence::Uncertain {
        notes.push(tr("report-uncertain"));
    }
    if !notes.is_empty() {
        let _ = write!(label, ", {}", notes.join(", "));
    }
    label
}

fn brokers_section(out: &mut String, map: &Map, analysis: &Analysis) {
    let _ = writeln!(out, "## {}\n", tr("report-brokers-heading"));
    let brokers = &analysis.paths.brokers;
    if brokers.is_empty() {
        let _ = writeln!(out, "{}\n", tr("report-nobody-between"));
        return;
    }
    let _ = writeln!(
        out,
        "{}\n\n| {} | {} | {} |\n|---|---:|---|",
        tr("report-brokers-intro"),
        tr("report-column-broker"),
        tr("report-column-routes"),
        tr("report-column-targets")
    );
    for broker in brokers.iter().take(TABLE_ROWS) {
        let targets: Vec<String> = broker.targets.iter().map(|t| name(map, t)).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            name(map, &broker.stakeholder),
            broker.routes,
            names_list(&targets)
        );
    }
    more_rows(out, brokers.len(), "brokers");
}

fn centrality_section(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "## {}\n", tr("report-central-heading"));
    let mut ranked: Vec<&Centrality> = analysis
        .centrality
        .rows
        .iter()
        .filter(|c| c.degree_in + c.degree_out > 0)
        .collect();
    if ranked.is_empty() {
        let _ = writeln!(out, "{}\n", tr("report-no-influence"));
        return;
    }
    ranked.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(
                b.eigenvector
                    .unwrap_or(0.0)
                    .total_cmp(&a.eigenvector.unwrap_or(0.0)),
            )
            .then_with(|| a.stakeholder.cmp(&b.stakeholder))
    });
    let _ = writeln!(out, "{}\n", tr("report-central-intro"));
    if let Some(pivots) = analysis.centrality.sampled_from {
        let _ = writeln!(
            out,
            "{}\n",
            tr_with("report-central-estimated", &[("count", pivots.into())])
        );
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|",
        tr("report-column-stakeholder"),
        tr("report-column-in"),
        tr("report-column-out"),
        tr("report-column-between"),
        tr("report-column-close"),
        tr("report-column-tied")
    );
    for row in ranked.iter().take(TABLE_ROWS) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.3} | {:.2} | {} |",
            escape(&row.name),
            row.degree_in,
            row.degree_out,
            row.betweenness,
            row.closeness,
            row.eigenvector
                .map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
        );
    }
    more_rows(out, ranked.len(), "connected");
}

fn gaps_section(out: &mut String, map: &Map, analysis: &Analysis) {
    let _ = writeln!(out, "## {}\n", tr("report-gaps-heading"));
    let gaps = &analysis.gaps;
    let mut lines = Vec::new();
    if !gaps.unreachable_targets.is_empty() && !analysis.paths.members.is_empty() {
        lines.push(tr_with(
            "report-gap-unreachable",
            &[("names", names_joined(map, &gaps.unreachable_targets).into())],
        ));
    }
    for point in &gaps.single_points_of_failure {
        lines.push(tr_with(
            "report-gap-only-through",
            &[
                ("target", name(map, &point.target).into()),
                ("names", names_joined(map, &point.only_through).into()),
            ],
        ));
    }
    if !gaps.strong_opponents.is_empty() {
        let opponents: Vec<String> = gaps
            .strong_opponents
            .iter()
            .map(|id| match map.stakeholder(id) {
                Some(s) => tr_with(
                    "report-opponent",
                    &[
                        ("name", escape(&s.name).into()),
                        ("power", s.power.into()),
                        ("interest", s.interest.into()),
                    ],
                ),
                None => escape(id.as_str()),
            })
            .collect();
        lines.push(tr_with(
            "report-gap-opponents",
            &[
                ("score", super::gaps::HIGH_SCORE.into()),
                ("names", names_list(&opponents).into()),
            ],
        ));
    }
    for coalition in &gaps.coalitions {
        let mut lacks = Vec::new();
        if coalition.has_members() {
            if !coalition.missing_contributions.is_empty() {
                let kinds: Vec<String> = coalition
                    .missing_contributions
                    .iter()
                    .map(|k| k.translated().to_lowercase())
                    .collect();
                lacks.push(tr_with(
                    "report-lacks-contributions",
                    &[("kinds", join_words(&kinds, &tr("words-or")).into())],
                ));
            }
            if coalition.has_low_commitment() {
                lacks.push(tr_with(
                    "report-lacks-commitment",
                    &[(
                        "average",
                        format!("{:.1}", coalition.average_commitment.unwrap_or_default()).into(),
                    )],
                ));
            }
        } else {
            lacks.push(tr("report-lacks-members"));
        }
        if coalition.lacks_leadership_core() {
            lacks.push(tr("report-lacks-core"));
        }
        if !lacks.is_empty() {
            let coalition_name = map
                .coalition(&coalition.coalition)
                .map_or_else(|| coalition.coalition.to_string(), |c| escape(&c.name));
            lines.push(format!("**{coalition_name}**: {}.", lacks.join("; ")));
        }
    }
    if lines.is_empty() {
        let _ = writeln!(out, "{}\n", tr("gaps-none"));
        return;
    }
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

fn health_section(out: &mut String, map: &Map, analysis: &Analysis) {
    let _ = writeln!(out, "## {}\n", tr("report-health-heading"));
    if analysis.health.is_empty() {
        let _ = writeln!(out, "{}", tr("report-no-coalitions"));
        return;
    }
    let _ = writeln!(out, "{}", tr("report-health-intro"));
    for coalition in &analysis.health {
        let _ = writeln!(out, "\n### {}", escape(&coalition.name));
        for area in super::FourC::ALL {
            let checks: Vec<_> = coalition.checks.iter().filter(|c| c.area == area).collect();
            if checks.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{}**\n", super::health::four_c_words(area));
            for check in checks {
                let tick = if check.passed { "x" } else { " " };
                let mut line = check.summary.clone();
                if !check.stakeholders.is_empty() {
                    let names: Vec<String> =
                        check.stakeholders.iter().map(|id| name(map, id)).collect();
                    let _ = write!(line, ": {}", names_list(&names));
                }
                let _ = writeln!(out, "- [{tick}] {line}.");
            }
        }
    }
}

/// "and 4 more brokers." under a table cut at [`TABLE_ROWS`]; `what` is
/// "brokers" or "connected" (stakeholders).
fn more_rows(out: &mut String, total: usize, what: &str) {
    if total > TABLE_ROWS {
        let _ = writeln!(
            out,
            "\n{}",
            tr_with(
                "report-more-rows",
                &[
                    ("count", (total - TABLE_ROWS).into()),
                    ("what", what.into())
                ],
            )
        );
    }
    out.push('\n');
}

/// A stakeholder's name, escaped for Markdown; its id if it is gone.
pub(super) fn name(map: &Map, id: &StakeholderId) -> String {
    escape(map.stakeholder(id).map_or(id.as_str(), |s| s.name.as_str()))
}

fn names_joined(map: &Map, ids: &[StakeholderId]) -> String {
    let names: Vec<String> = ids.iter().map(|id| name(map, id)).collect();
    join_words(&names, &tr("words-and"))
}

/// "a, b, c", or "a, b, c and 4 more" past [`LISTED_NAMES`].
fn names_list(names: &[String]) -> String {
    if names.len() <= LISTED_NAMES {
        return names.join(", ");
    }
    let more = names.len() - LISTED_NAMES;
    tr_with(
        "why-and-more",
        &[
            ("names", names[..LISTED_NAMES].join(", ").into()),
            ("more", more.into()),
        ],
    )
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Escapes the characters that would turn a name into Markdown markup, and
/// folds line breaks so a name stays on its line.
pub(super) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => escaped.push(' '),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}
