//! Understanding a map: who can reach each target and through whom, the
//! central actors, where the coalitions are weak, their health against the
//! four Cs, and who should do which job.
//!
//! Everything here is a pure function of a [`Map`], and every result is plain
//! data (`Clone + Send + Sync`, serde) that names stakeholders by id. A panel
//! can clone the map, run [`analyse`] on a worker thread and keep the result
//! while the user goes on editing; ids that no longer exist are simply not
//! found. [`report`] turns a result into Markdown or JSON.
//!
//! The rules each part follows are written at the top of its module:
//! [`paths`] (which relations carry influence, which way, at what cost),
//! [`centrality`](mod@centrality), [`gaps`](mod@gaps), [`health`](mod@health)
//! [`people`] and [`suggest`] (who should do a job of the plan). [`counts`] and [`stats`] make what `powermap stats`
//! prints, so the command line only reads the file and prints.

pub mod centrality;
pub mod change;
pub mod counts;
mod find;
pub mod gaps;
mod generated;
pub mod health;
pub mod history_text;
pub mod paths;
pub mod people;
pub mod plan_report;
pub mod plan_scene;
pub mod reach;
pub mod report;
pub mod stats;
pub mod suggest;

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

pub use centrality::{Centrality, CentralityTable, centrality};
pub use change::{Change, ChangeSummary, change};
pub use counts::Counts;
pub use find::{FindError, find_coalition, find_stakeholder};
pub use gaps::{CoalitionGaps, Gaps, SinglePoint, gaps};
#[doc(hidden)]
pub use generated::generated_map;
pub use health::{Check, CoalitionHealth, FourC, HealthCheck, coalition_health, health};
pub use paths::{
    Broker, InfluencePaths, Route, RouteCount, Scope, Step, TargetPaths, influence_paths, paths_to,
};
pub use people::{Candidate, JobQuery, find_people};
pub use plan_report::{JobPlan, PlanReport, PlanStatus};
pub use plan_scene::{PresentedPlan, presented_plan};
pub use stats::{StatsError, StatsFormat, stats_report};
pub use suggest::{Reason, Suggestion, Why, suggest};

use crate::model::{Day, Map};

/// How many routes per target [`Options::default`] lists.
pub const DEFAULT_ROUTES_PER_TARGET: usize = 3;

/// What to analyse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// Whose members influence paths start from, and which coalitions the
    /// gaps and health checks cover.
    pub scope: Scope,
    /// How many routes to list per target (the brokers and single points
    /// of failure always consider every member's route).
    pub routes_per_target: usize,
    /// The day overdue jobs and cold relations are counted on; today by
    /// the computer's clock when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today: Option<Day>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scope: Scope::AllCoalitions,
            routes_per_target: DEFAULT_ROUTES_PER_TARGET,
            today: None,
        }
    }
}

/// The whole analysis of a map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub title: String,
    pub paths: InfluencePaths,
    pub centrality: CentralityTable,
    pub gaps: Gaps,
    /// One checklist per coalition in scope, in id order.
    pub health: Vec<CoalitionHealth>,
    /// Overdue jobs, open asks, relations gone cold.
    #[serde(default)]
    pub plan: PlanStatus,
}

/// How far a run of [`analyse_with`] has gone: the targets whose routes
/// are found, of how many. Read from another thread while it runs.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Progress {
    /// The targets done and the targets in all; `(0, 0)` before the routes start.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    pub(crate) fn start(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    pub(crate) fn one_done(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

/// Analyses a map: paths, centrality, gaps and four-Cs health, building the
/// influence network once.
pub fn analyse(map: &Map, options: &Options) -> Analysis {
    analyse_with(map, options, &Progress::default())
}

/// [`analyse`], counting the targets done in `progress` as it goes.
pub fn analyse_with(map: &Map, options: &Options, progress: &Progress) -> Analysis {
    let network = paths::Network::of(map);
    // The routes are the long part and share the cores among targets; the
    // centrality takes whatever core is free meanwhile.
    let language = crate::i18n::language();
    let (paths, (centrality, health)) = rayon::join(
        || {
            paths::influence_paths_in(
                &network,
                map,
                &options.scope,
                options.routes_per_target,
                progress,
            )
        },
        || {
            // The checklist is worded in the caller's language, whichever thread words it.
            crate::i18n::set_language(language);
            (
                centrality::centrality_in(&network),
                health::health_in(&network, map, &options.scope),
            )
        },
    );
    let gaps = gaps::gaps_from(map, &paths);
    Analysis {
        title: map.title().to_owned(),
        centrality,
        health,
        plan: PlanStatus::of(map, options.today.unwrap_or_else(Day::today)),
        paths,
        gaps,
    }
}

/// The results can go to and come back from a worker thread.
const _: fn() = || {
    fn plain_data<T: Clone + Send + Sync + 'static>() {}
    plain_data::<Analysis>();
    plain_data::<Vec<Candidate>>();
    plain_data::<Vec<Suggestion>>();
};
