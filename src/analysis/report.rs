//! The analysis as a report: Markdown for people (a coalition coordinator
//! reading it before a meeting), JSON for programs.
//!
//! The Markdown names stakeholders by name, looked up in the map the
//! analysis was made from; a stakeholder no longer in the map shows its id.

use std::fmt::Write as _;

use super::{Analysis, Centrality, InfluencePaths, Route, Scope, Step, TargetPaths};
use crate::model::{Confidence, Map, StakeholderId};
use crate::words::{join_words, plural};

/// How many rows the brokers and central actors tables show.
const TABLE_ROWS: usize = 10;

/// How many names a list shows before "and N more".
const LISTED_NAMES: usize = 6;

/// The whole analysis as a Markdown document.
pub fn markdown(map: &Map, analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Analysis of {}\n", escape(&analysis.title));
    scope_line(&mut out, map, &analysis.paths);
    targets_section(&mut out, map, analysis);
    brokers_section(&mut out, map, analysis);
    centrality_section(&mut out, analysis);
    gaps_section(&mut out, map, analysis);
    health_section(&mut out, map, analysis);
    if !map.plan().is_empty() {
        out.push_str("\n## The plan\n\n");
        super::plan_report::status_sections(&mut out, map, &analysis.plan, 3);
    }
    out
}

/// The routes to one target, as the `--target` option prints them.
/// `paths` gives the scope the routes were found in.
pub fn target_markdown(map: &Map, paths: &InfluencePaths, target: &TargetPaths) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Routes to {}\n", name(map, &target.target));
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
    let whose = match &paths.scope {
        Scope::AllCoalitions => "of every coalition".to_owned(),
        Scope::Coalition(id) => format!(
            "of the coalition “{}”",
            map.coalition(id)
                .map_or_else(|| id.to_string(), |c| escape(&c.name))
        ),
    };
    let _ = writeln!(
        out,
        "Routes start from the {} {whose}. They follow the relations that carry \
         influence (influences, has access to, funds, member of, reports to, allied \
         with; never opposes). A step costs 1 along a strong relation, 2 along a \
         middle one and 3 along a weak one, twice that when uncertain: the lower a \
         route's cost, the better.\n",
        count(members, "member", "members")
    );
}

fn targets_section(out: &mut String, map: &Map, analysis: &Analysis) {
    out.push_str("## Who can reach each target\n\n");
    if analysis.paths.targets.is_empty() {
        out.push_str("The map has no targets (stakeholders of kind target).\n\n");
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
        out.push_str("It is itself a member of the coalition.\n\n");
        return;
    }
    if members == 0 {
        out.push_str("No coalition has members yet, so nobody reaches it.\n\n");
        return;
    }
    if target.routes.is_empty() {
        out.push_str("**No member can reach it.**\n\n");
        return;
    }
    let listed = if target.routes.len() < target.members_reaching {
        format!(", the best {}", target.routes.len())
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "Reached by {} of {}{listed}:\n",
        target.members_reaching,
        plural(members, "member")
    );
    for (i, route) in target.routes.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, route_line(map, route));
    }
    out.push('\n');
    if target.brokers.is_empty() {
        out.push_str("Brokers: none; every route is direct.\n\n");
    } else {
        let brokers: Vec<String> = target
            .brokers
            .iter()
            .map(|b| {
                format!(
                    "{} ({})",
                    name(map, &b.stakeholder),
                    count(b.routes, "route", "routes")
                )
            })
            .collect();
        if target.routes.len() < target.members_reaching {
            let _ = writeln!(
                out,
                "Brokers on all {} members' routes: {}.\n",
                target.members_reaching,
                names_list(&brokers)
            );
        } else {
            let _ = writeln!(out, "Brokers: {}.\n", names_list(&brokers));
        }
    }
    if !target.only_through.is_empty() {
        let _ = writeln!(
            out,
            "**Only through {}**: lose {} and no member reaches {}.\n",
            names_joined(map, &target.only_through, "and"),
            if target.only_through.len() == 1 {
                "it"
            } else {
                "any of them"
            },
            name(map, &target.target)
        );
    }
}

/// "Amnesty —has access to→ French mission —member of→ UN Security Council (cost 3)".
fn route_line(map: &Map, route: &Route) -> String {
    let mut line = name(map, &route.from);
    for step in &route.steps {
        let _ = write!(line, " —{}→ {}", step_label(step), name(map, &step.to));
    }
    let _ = write!(line, " (cost {})", route.cost);
    line
}

fn step_label(step: &Step) -> String {
    let mut label = lower_first(step.kind.label());
    let mut notes = Vec::new();
    if step.strength <= 1 {
        notes.push("weak");
    }
    if step.confidence == Confidence::Uncertain {
        notes.push("uncertain");
    }
    if !notes.is_empty() {
        let _ = write!(label, ", {}", notes.join(", "));
    }
    label
}

fn brokers_section(out: &mut String, map: &Map, analysis: &Analysis) {
    out.push_str("## Brokers\n\n");
    let brokers = &analysis.paths.brokers;
    if brokers.is_empty() {
        out.push_str("Nobody stands between the members and the targets.\n\n");
        return;
    }
    out.push_str(
        "Stakeholders standing between members and targets, on the most members' \
         best routes first.\n\n| Broker | Routes | Targets |\n|---|---:|---|\n",
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
    more_rows(out, brokers.len(), "broker", "brokers");
}

fn centrality_section(out: &mut String, analysis: &Analysis) {
    out.push_str("## Central actors\n\n");
    let mut ranked: Vec<&Centrality> = analysis
        .centrality
        .rows
        .iter()
        .filter(|c| c.degree_in + c.degree_out > 0)
        .collect();
    if ranked.is_empty() {
        out.push_str("No relation carries influence yet.\n\n");
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
    out.push_str(
        "Measured on the relations that carry influence, most between others first. \
         *In* and *out*: how many stakeholders carry influence to and from it; \
         *between*: share of shortest chains passing through it; *close*: how \
         easily it reaches the others; *tied*: ties to well-tied stakeholders \
         (eigenvector).\n\n",
    );
    if let Some(pivots) = analysis.centrality.sampled_from {
        let _ = writeln!(
            out,
            "The map is large: *between* and *close* are estimates from searches \
             from {pivots} stakeholders spread through it.\n"
        );
    }
    out.push_str(
        "| Stakeholder | In | Out | Between | Close | Tied |\n|---|---:|---:|---:|---:|---:|\n",
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
    more_rows(
        out,
        ranked.len(),
        "connected stakeholder",
        "connected stakeholders",
    );
}

fn gaps_section(out: &mut String, map: &Map, analysis: &Analysis) {
    out.push_str("## Gaps\n\n");
    let gaps = &analysis.gaps;
    let mut lines = Vec::new();
    if !gaps.unreachable_targets.is_empty() && !analysis.paths.members.is_empty() {
        lines.push(format!(
            "**Targets no member can reach**: {}.",
            names_joined(map, &gaps.unreachable_targets, "and")
        ));
    }
    for point in &gaps.single_points_of_failure {
        lines.push(format!(
            "**{} is reachable only through {}.**",
            name(map, &point.target),
            names_joined(map, &point.only_through, "and")
        ));
    }
    if !gaps.strong_opponents.is_empty() {
        let opponents: Vec<String> = gaps
            .strong_opponents
            .iter()
            .map(|id| match map.stakeholder(id) {
                Some(s) => format!(
                    "{} (power {}, interest {})",
                    escape(&s.name),
                    s.power,
                    s.interest
                ),
                None => escape(id.as_str()),
            })
            .collect();
        lines.push(format!(
            "**Strong active opponents** (power and interest {} or more): {}.",
            super::gaps::HIGH_SCORE,
            names_list(&opponents)
        ));
    }
    for coalition in &gaps.coalitions {
        let mut lacks = Vec::new();
        if coalition.has_members() {
            if !coalition.missing_contributions.is_empty() {
                let kinds: Vec<String> = coalition
                    .missing_contributions
                    .iter()
                    .map(|k| k.label().to_lowercase())
                    .collect();
                lacks.push(format!("no member brings {}", join_words(&kinds, "or")));
            }
            if coalition.has_low_commitment() {
                lacks.push(format!(
                    "low average commitment ({:.1} of 5)",
                    coalition.average_commitment.unwrap_or_default()
                ));
            }
        } else {
            lacks.push("no members yet".to_owned());
        }
        if coalition.lacks_leadership_core() {
            lacks.push("no leadership core".to_owned());
        }
        if !lacks.is_empty() {
            let coalition_name = map
                .coalition(&coalition.coalition)
                .map_or_else(|| coalition.coalition.to_string(), |c| escape(&c.name));
            lines.push(format!("**{coalition_name}**: {}.", lacks.join("; ")));
        }
    }
    if lines.is_empty() {
        out.push_str("No gaps found.\n\n");
        return;
    }
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

fn health_section(out: &mut String, map: &Map, analysis: &Analysis) {
    out.push_str("## Coalition health: the four Cs\n\n");
    if analysis.health.is_empty() {
        out.push_str("The map has no coalitions.\n");
        return;
    }
    out.push_str(
        "A checklist per coalition: conditions, commitment, contributions and \
         competence. An unticked box needs attention.\n",
    );
    for coalition in &analysis.health {
        let _ = writeln!(out, "\n### {}", escape(&coalition.name));
        for area in super::FourC::ALL {
            let checks: Vec<_> = coalition.checks.iter().filter(|c| c.area == area).collect();
            if checks.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{}**\n", area.label());
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

fn more_rows(out: &mut String, total: usize, one: &str, many: &str) {
    if total > TABLE_ROWS {
        let _ = writeln!(out, "\nand {} more.", count(total - TABLE_ROWS, one, many));
    }
    out.push('\n');
}

/// A stakeholder's name, escaped for Markdown; its id if it is gone.
pub(super) fn name(map: &Map, id: &StakeholderId) -> String {
    escape(map.stakeholder(id).map_or(id.as_str(), |s| s.name.as_str()))
}

fn names_joined(map: &Map, ids: &[StakeholderId], conjunction: &str) -> String {
    let names: Vec<String> = ids.iter().map(|id| name(map, id)).collect();
    join_words(&names, conjunction)
}

/// "a, b, c", or "a, b, c and 4 more" past [`LISTED_NAMES`].
fn names_list(names: &[String]) -> String {
    if names.len() <= LISTED_NAMES {
        return names.join(", ");
    }
    let more = names.len() - LISTED_NAMES;
    format!("{} and {more} more", names[..LISTED_NAMES].join(", "))
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
