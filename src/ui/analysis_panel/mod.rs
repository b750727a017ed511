//! The Analysis panel: who can reach each target and through whom, where
//! the coalitions are weak, their four-Cs checklist, the central actors,
//! and who could do a job. It reads the document and turns clicks into
//! selections; it never changes the map.
//!
//! The analysis runs on a worker thread, which shares the map (an edit
//! meanwhile copies it, not the analysis), so a frame never waits for it. After an edit the last result stays on screen,
//! marked as being brought up to date, until the new one arrives.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use egui::{RichText, Ui};

mod change;
mod cold;
mod findings;
mod routes;

use findings::health_ui;

use super::command::{Command, ViewContext};
use super::fields;
use super::shown::{AnalysisLook, RouteHighlight};
use crate::analysis::reach::Reach;
use crate::analysis::{self, Analysis, JobQuery, Options, Route, Scope};
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{CoalitionId, Day, Map, StakeholderId};

/// The map generation and the target a list of who does not reach it is of.
type UnreachedKey = (u64, StakeholderId);

/// How many routes per target the panel lists.
const ROUTES_SHOWN: usize = 3;
/// How many rows the brokers, central actors and people lists show.
const ROWS_SHOWN: usize = 10;

/// Which routes of the picked target stand out on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum RouteChoice {
    All,
    One(usize),
}

/// The column the central actors are sorted by, largest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum CentralitySort {
    #[default]
    Betweenness,
    Closeness,
    Eigenvector,
    DegreeIn,
    DegreeOut,
}

impl CentralitySort {
    const ALL: [Self; 5] = [
        Self::DegreeIn,
        Self::DegreeOut,
        Self::Betweenness,
        Self::Closeness,
        Self::Eigenvector,
    ];

    fn name(self) -> String {
        tr(match self {
            Self::DegreeIn => "centrality-in",
            Self::DegreeOut => "centrality-out",
            Self::Betweenness => "centrality-betweenness",
            Self::Closeness => "centrality-closeness",
            Self::Eigenvector => "centrality-eigenvector",
        })
    }

    /// A row's value of this measure, as shown.
    fn format(self, row: &analysis::Centrality) -> String {
        match self {
            Self::DegreeIn => tr_with("centrality-in-value", &[("count", row.degree_in.into())]),
            Self::DegreeOut => tr_with("centrality-out-value", &[("count", row.degree_out.into())]),
            _ => format!("{:.2}", self.value(row)),
        }
    }

    fn description(self) -> String {
        tr(match self {
            Self::DegreeIn => "centrality-in-description",
            Self::DegreeOut => "centrality-out-description",
            Self::Betweenness => "centrality-betweenness-description",
            Self::Closeness => "centrality-closeness-description",
            Self::Eigenvector => "centrality-eigenvector-description",
        })
    }

    fn value(self, row: &analysis::Centrality) -> f64 {
        match self {
            Self::DegreeIn => row.degree_in as f64,
            Self::DegreeOut => row.degree_out as f64,
            Self::Betweenness => row.betweenness,
            Self::Closeness => row.closeness,
            Self::Eigenvector => row.eigenvector.unwrap_or(0.0),
        }
    }
}

/// A run of the analysis on the worker thread.
struct Running {
    generation: u64,
    scope: Scope,
    /// The language its checks are worded in.
    language: crate::i18n::Language,
    receiver: Receiver<Analysis>,
    progress: Arc<analysis::Progress>,
}

#[derive(Default)]
pub struct AnalysisPanel {
    scope: Scope,
    /// The latest result, and the map generation and scope it is of.
    result: Option<(u64, Scope, Analysis)>,
    running: Option<Running>,
    picked: Option<(StakeholderId, RouteChoice)>,
    sort: CentralitySort,
    size_by_brokerage: bool,
    job: String,
    allies_only: bool,
    /// Whether the panel was drawn this frame (its highlight shows only then).
    open: bool,
    /// Counts the results received, so the views know when to look again.
    serial: u64,
    /// Why each leadership-core member has no route to the picked target,
    /// for the map generation and target it was worked out for.
    unreached: Option<(UnreachedKey, Vec<(StakeholderId, Reach)>)>,
    /// The measure of change since a day.
    change: change::ChangeSection,
    cold: cold::ColdSection,
    /// The language the result's checks are worded in: another language
    /// chosen in the menu words them again.
    worded_in: crate::i18n::Language,
}

impl AnalysisPanel {
    /// Keeps the analysis up to date with the map: starts a run when the
    /// map or the scope changed and none is running, and takes a finished
    /// one. Called every frame; costs nothing when all is up to date, and
    /// does nothing while neither the panel nor the sizing needs a result.
    /// Takes a finished analysis and starts one when the map changed; the
    /// plan's overdue jobs and cold relations are counted on `today`, the
    /// app's clock (the worker never reads the calendar).
    pub fn poll(&mut self, ctx: &egui::Context, map: &Arc<Map>, generation: u64, today: Day) {
        if let Some(running) = &self.running {
            match running.receiver.try_recv() {
                Ok(analysis) => {
                    self.result = Some((running.generation, running.scope.clone(), analysis));
                    self.worded_in = running.language;
                    self.running = None;
                    self.serial += 1;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        let wanted = self.open || self.size_by_brokerage;
        if wanted && !self.is_current(generation) {
            self.start(ctx, map, generation, today);
        }
    }

    fn is_current(&self, generation: u64) -> bool {
        self.worded_in == crate::i18n::language()
            && self
                .result
                .as_ref()
                .is_some_and(|(g, scope, _)| *g == generation && *scope == self.scope)
    }

    fn start(&mut self, ctx: &egui::Context, map: &Arc<Map>, generation: u64, today: Day) {
        let (sender, receiver) = mpsc::channel();
        let map = Arc::clone(map);
        let options = Options {
            scope: self.scope.clone(),
            routes_per_target: ROUTES_SHOWN,
            today: Some(today),
        };
        let ctx = ctx.clone();
        let progress = Arc::new(analysis::Progress::default());
        let counting = Arc::clone(&progress);
        // The checks are worded on the worker: in the window's language.
        let language = crate::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("analysis".to_owned())
            .spawn(move || {
                crate::i18n::set_language(language);
                let analysis = analysis::analyse_with(&map, &options, &counting);
                // Let go of the map before the result arrives, so the next
                // edit need not copy it.
                drop(map);
                // The panel may be gone (the window closed): nothing to do.
                let _ = sender.send(analysis);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.running = Some(Running {
                generation,
                scope: self.scope.clone(),
                language,
                receiver,
                progress,
            });
        }
    }

    /// Changes whenever [`Self::look`] would give something else.
    pub fn look_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (self.serial, &self.picked, self.open, self.size_by_brokerage).hash(&mut hasher);
        hasher.finish()
    }

    /// What the analysis adds to every view: the picked routes while the
    /// panel is open, and glyph sizes by brokerage when asked for.
    pub fn look(&self) -> AnalysisLook {
        let Some((_, _, analysis)) = &self.result else {
            return AnalysisLook::default();
        };
        let route = self
            .open
            .then_some(self.picked.as_ref())
            .flatten()
            .and_then(|(target, choice)| {
                let paths = analysis.paths.target(target)?;
                let routes: Vec<&Route> = match choice {
                    RouteChoice::All => paths.routes.iter().collect(),
                    RouteChoice::One(i) => paths.routes.get(*i).into_iter().collect(),
                };
                let mut highlight = RouteHighlight::default();
                highlight.stakeholders.insert(target.clone());
                for route in routes {
                    highlight.stakeholders.extend(route.stakeholders().cloned());
                    highlight
                        .relations
                        .extend(route.steps.iter().map(|s| s.relation.clone()));
                }
                Some(highlight)
            });
        let sizes = self
            .size_by_brokerage
            .then(|| brokerage_scores(&analysis.centrality));
        AnalysisLook { route, sizes }
    }

    /// The target whose routes stand out on the map right now, if any.
    pub fn route_shown(&self) -> Option<&StakeholderId> {
        let (_, _, analysis) = self.result.as_ref()?;
        let (target, _) = self.picked.as_ref().filter(|_| self.open)?;
        analysis.paths.target(target).map(|_| target)
    }

    /// Stops picking out routes on the map: everything is drawn in full.
    pub fn clear_route(&mut self, ctx: &egui::Context) {
        if self.picked.take().is_some() {
            ctx.request_repaint();
        }
    }

    /// Marks the panel as not drawn this frame (another tab is in front).
    pub fn hide(&mut self, ctx: &egui::Context) {
        if self.open {
            self.open = false;
            // The views take the highlight away on the next frame.
            ctx.request_repaint();
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        let before = self.look_key();
        self.draw(ui, cx);
        if self.look_key() != before {
            // The views show the new routes or sizes on the next frame.
            ui.ctx().request_repaint();
        }
    }

    /// How far the run under way has gone, on a map large enough for it
    /// to take a while: a bar of the targets whose routes are found. Asks
    /// for the frames that move the bar while it runs.
    fn progress_ui(&self, ui: &mut Ui) {
        let Some(running) = &self.running else {
            return;
        };
        let (done, total) = running.progress.counts();
        if total > 0 {
            let words = tr_with(
                "analysis-progress",
                &[("done", done.into()), ("total", total.into())],
            );
            // The words above the bar, where they wrap in a narrow panel.
            ui.label(RichText::new(words).weak());
            ui.add(egui::ProgressBar::new(done as f32 / total as f32));
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }

    fn draw(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        self.open = true;
        // Long names wrap to the panel's width rather than widen it.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
        ui.set_max_width(ui.available_width());
        ui.heading(tr("analysis-heading"));
        self.scope_ui(ui, cx.map);
        let current = self.is_current(cx.generation);
        let Some((computed_for, scope, analysis)) = self.result.take() else {
            ui.label(RichText::new(tr("analysis-working")).weak());
            self.progress_ui(ui);
            return;
        };
        if !current {
            ui.label(RichText::new(tr("analysis-updating")).weak());
            self.progress_ui(ui);
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                section(
                    ui,
                    &tr("analysis-targets"),
                    &tr("analysis-targets-subtitle"),
                    true,
                    |ui| self.targets_ui(ui, cx, &analysis),
                );
                section(
                    ui,
                    &tr("analysis-gaps"),
                    &tr("analysis-gaps-subtitle"),
                    true,
                    |ui| {
                        Self::gaps_ui(ui, cx, &analysis);
                    },
                );
                health_ui(ui, cx, &analysis);
                section(
                    ui,
                    &tr("analysis-change"),
                    &tr("analysis-change-subtitle"),
                    true,
                    |ui| self.change.ui(ui, cx),
                );
                // Open from the start on maps whose contacts are logged.
                let logs_contacts = cx.map.plan().contacts().next().is_some();
                section(
                    ui,
                    &tr("analysis-cold"),
                    &tr("analysis-cold-subtitle"),
                    logs_contacts,
                    |ui| self.cold.ui(ui, cx),
                );
                section(
                    ui,
                    &tr("analysis-central"),
                    &tr("analysis-central-subtitle"),
                    false,
                    |ui| self.centrality_ui(ui, cx, &analysis),
                );
                section(
                    ui,
                    &tr("analysis-people"),
                    &tr("analysis-people-subtitle"),
                    false,
                    |ui| self.people_ui(ui, cx),
                );
            });
        // Until the new result arrives, the last one stays on show.
        self.result = Some((computed_for, scope, analysis));
    }

    fn scope_ui(&mut self, ui: &mut Ui, map: &Map) {
        let name_of = |scope: &Scope| match scope {
            Scope::AllCoalitions => tr("analysis-all-coalitions"),
            Scope::Coalition(id) => map
                .coalition(id)
                .map_or_else(|| id.to_string(), |c| c.name.clone()),
        };
        ui.horizontal(|ui| {
            let label = ui.label(tr("analysis-routes-from"));
            egui::ComboBox::from_id_salt("analysis-scope")
                .selected_text(name_of(&self.scope))
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut self.scope,
                        Scope::AllCoalitions,
                        tr("analysis-all-coalitions"),
                    );
                    for coalition in map.coalitions() {
                        let scope = Scope::Coalition(coalition.id.clone());
                        ui.selectable_value(&mut self.scope, scope, &coalition.name);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if map.coalitions().next().is_none() {
            ui.label(RichText::new(tr("analysis-no-coalition")).weak());
        }
    }

    fn centrality_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>, analysis: &Analysis) {
        ui.checkbox(
            &mut self.size_by_brokerage,
            tr("analysis-size-by-brokerage"),
        );
        if let Some(pivots) = analysis.centrality.sampled_from {
            ui.label(
                RichText::new(tr_with("analysis-estimated", &[("count", pivots.into())])).weak(),
            );
        }
        let mut rows: Vec<&analysis::Centrality> = analysis.centrality.rows.iter().collect();
        ui.horizontal(|ui| {
            let label = ui.label(tr("analysis-rank-by"));
            egui::ComboBox::from_id_salt("centrality-sort")
                .selected_text(self.sort.name())
                .show_ui(ui, |ui| {
                    for column in CentralitySort::ALL {
                        ui.selectable_value(&mut self.sort, column, column.name())
                            .on_hover_text(column.description());
                    }
                })
                .response
                .labelled_by(label.id);
        });
        let sort = self.sort;
        rows.sort_by(|a, b| sort.value(b).total_cmp(&sort.value(a)));
        for row in rows.into_iter().take(ROWS_SHOWN) {
            ui.horizontal_wrapped(|ui| {
                stakeholder_link(ui, cx, &row.stakeholder);
                let eigen = row
                    .eigenvector
                    .map_or("–".to_owned(), |e| format!("{e:.2}"));
                ui.label(RichText::new(sort.format(row)).strong())
                    .on_hover_text(tr_with(
                        "centrality-all",
                        &[
                            ("in", row.degree_in.into()),
                            ("out", row.degree_out.into()),
                            ("betweenness", format!("{:.2}", row.betweenness).into()),
                            ("closeness", format!("{:.2}", row.closeness).into()),
                            ("eigenvector", eigen.into()),
                        ],
                    ));
            });
        }
    }

    fn people_ui(&mut self, ui: &mut Ui, cx: &mut ViewContext<'_>) {
        ui.horizontal(|ui| {
            ui.label(tr("analysis-expertise"));
            let name = tr("analysis-expertise-wanted");
            let hint = tr("analysis-expertise-hint");
            if let Some(text) =
                fields::DraftField::singleline(egui::Id::new("analysis-job"), &name, &self.job)
                    .hint_text(&hint)
                    .desired_width(150.0)
                    .show(ui)
                    .committed
            {
                self.job = text;
            }
        });
        ui.checkbox(&mut self.allies_only, tr("analysis-allies-only"));
        let tags = fields::split_list(&self.job);
        if tags.is_empty() {
            ui.label(RichText::new(tr("analysis-type-expertise")).weak());
            return;
        }
        let mut query = JobQuery::expertise(&tags);
        query.allies_only = self.allies_only;
        if let Scope::Coalition(id) = &self.scope {
            query.coalition = Some(id.clone());
        }
        let found = analysis::find_people(cx.map, &query);
        if found.is_empty() {
            ui.label(tr("analysis-nobody"));
        }
        for candidate in found.iter().take(ROWS_SHOWN) {
            ui.horizontal_wrapped(|ui| {
                stakeholder_link(ui, cx, &candidate.stakeholder);
                let member = if candidate.in_coalition {
                    format!(" · {}", tr("analysis-candidate-member"))
                } else {
                    String::new()
                };
                ui.label(
                    RichText::new(format!(
                        "{} · {} · {}{member}",
                        candidate.matched.join(", "),
                        candidate.stance.translated(),
                        candidate.role.translated()
                    ))
                    .weak(),
                );
            });
        }
    }
}

/// A part of the panel that opens and closes under its title.
fn section(ui: &mut Ui, title: &str, subtitle: &str, open: bool, add: impl FnOnce(&mut Ui)) {
    ui.add_space(4.0);
    egui::CollapsingHeader::new(RichText::new(title).strong().size(16.0))
        .id_salt((
            "analysis-section",
            title.split(" (").next().unwrap_or(title),
        ))
        .default_open(open)
        .show(ui, |ui| {
            ui.label(RichText::new(subtitle).weak());
            add(ui);
        });
}

/// "Passed" or "Finding", in words as well as colour.
fn mark(ui: &mut Ui, passed: bool) {
    let (text, colour) = if passed {
        ("analysis-passed", ui.visuals().text_color())
    } else {
        ("analysis-finding", ui.visuals().warn_fg_color)
    };
    ui.label(RichText::new(tr(text)).strong().color(colour));
}

fn finding(ui: &mut Ui, cx: &mut ViewContext<'_>, text: &str, ids: &[StakeholderId]) {
    ui.horizontal_wrapped(|ui| {
        mark(ui, false);
        ui.label(text);
        links(ui, cx, ids);
    });
}

/// The stakeholders' names as links, and a link selecting all of them.
fn links(ui: &mut Ui, cx: &mut ViewContext<'_>, ids: &[StakeholderId]) {
    for id in ids {
        stakeholder_link(ui, cx, id);
    }
    if ids.len() > 1 && ui.small_button(tr("analysis-select-all")).clicked() {
        cx.selection.clear();
        cx.selection.stakeholders.extend(ids.iter().cloned());
        cx.commands.push(Command::CenterOn(ids[0].clone()));
    }
}

/// A stakeholder's name; a click selects it and brings it to the middle.
fn stakeholder_link(ui: &mut Ui, cx: &mut ViewContext<'_>, id: &StakeholderId) {
    let Some(name) = cx.map.stakeholder(id).map(|s| s.name.clone()) else {
        return;
    };
    if ui.link(name).clicked() {
        cx.selection.select_only_stakeholder(id.clone());
        cx.commands.push(Command::CenterOn(id.clone()));
    }
}

fn name_of(map: &Map, id: &StakeholderId) -> String {
    map.stakeholder(id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

fn coalition_name(map: &Map, id: &CoalitionId) -> String {
    map.coalition(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

/// Betweenness ranked into five bands (1 the least, 5 the most), for glyph
/// sizes: ranks, not raw values, so one dominant broker does not shrink
/// everyone else to a dot.
fn brokerage_scores(table: &analysis::CentralityTable) -> HashMap<StakeholderId, u8> {
    let mut rows: Vec<&analysis::Centrality> = table.rows.iter().collect();
    rows.sort_by(|a, b| a.betweenness.total_cmp(&b.betweenness));
    let n = rows.len().max(1);
    rows.iter()
        .enumerate()
        .map(|(rank, row)| {
            let score = if row.betweenness <= 0.0 {
                1
            } else {
                (1 + rank * 5 / n).clamp(1, 5) as u8
            };
            (row.stakeholder.clone(), score)
        })
        .collect()
}
