//! What `powermap stats` prints, as a pure function of the map: the counts
//! and the whole analysis, or the routes to one target; as text for people
//! or as JSON for programs. The command line only reads the file and prints.

use super::{Analysis, Counts, FindError, Options, Scope, report};
use crate::model::{Day, Map};

/// Whom the report is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatsFormat {
    /// The counts as plain text, then the analysis in Markdown.
    Text,
    /// One JSON document for other programs.
    Json,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// The target or coalition asked for is not one stakeholder or coalition of the map.
    #[error(transparent)]
    Find(#[from] FindError),
    #[error("{}", crate::i18n::tr("stats-json-failed"))]
    Json(#[from] serde_json::Error),
}

/// The counts and the analysis of a map or, with a `target` (a name or an
/// id), only the routes to it; with a `coalition`, routes start from its
/// members only.
pub fn stats_report(
    map: &Map,
    format: StatsFormat,
    target: Option<&str>,
    coalition: Option<&str>,
) -> Result<String, StatsError> {
    stats_report_on(map, format, target, coalition, None)
}

/// [`stats_report`] with overdue jobs and cold relations counted on
/// `today` (the computer's today when `None`).
pub fn stats_report_on(
    map: &Map,
    format: StatsFormat,
    target: Option<&str>,
    coalition: Option<&str>,
    today: Option<Day>,
) -> Result<String, StatsError> {
    let scope = match coalition {
        Some(name) => Scope::Coalition(super::find_coalition(map, name)?),
        None => Scope::AllCoalitions,
    };
    let options = Options {
        scope,
        today,
        ..Options::default()
    };
    if let Some(name) = target {
        let id = super::find_stakeholder(map, name)?;
        let paths = super::influence_paths(map, &options.scope, options.routes_per_target);
        // A stakeholder that is not a target has no entry of its own in
        // the paths: its routes are found on their own.
        let routes = paths
            .target(&id)
            .cloned()
            .or_else(|| super::paths_to(map, &options.scope, &id, options.routes_per_target));
        let Some(routes) = routes else {
            // find_stakeholder only answers with stakeholders of the map.
            return Err(FindError::NoStakeholder {
                name: name.to_owned(),
                targets: Vec::new(),
            }
            .into());
        };
        return match format {
            StatsFormat::Json => pretty_json(&routes),
            StatsFormat::Text => Ok(report::target_markdown(map, &paths, &routes)),
        };
    }
    let counts = Counts::of(map);
    let analysis = super::analyse(map, &options);
    match format {
        StatsFormat::Json => {
            #[derive(serde::Serialize)]
            struct WithAnalysis<'a> {
                #[serde(flatten)]
                counts: &'a Counts,
                analysis: &'a Analysis,
            }
            pretty_json(&WithAnalysis {
                counts: &counts,
                analysis: &analysis,
            })
        }
        StatsFormat::Text => Ok(format!(
            "{}\n{}",
            counts.to_text(),
            report::markdown(map, &analysis)
        )),
    }
}

fn pretty_json<T: serde::Serialize>(value: &T) -> Result<String, StatsError> {
    Ok(serde_json::to_string_pretty(value)? + "\n")
}
