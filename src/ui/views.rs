//! The views other than the network: the power/interest grid, the spectrum
//! of allies and the table; and the side panels that go with them
//! (stakeholder outline, coalitions) and the map settings window.

use super::analysis_panel::AnalysisPanel;
use super::coalitions::CoalitionsPanel;
use super::command::ViewContext;
use super::filter_bar::FilterBar;
use super::grid::GridView;
use super::legend::Legend;
use super::map_settings::MapSettings;
use super::outline::Outline;
use super::plan::PlanPanel;
use super::scenes::ScenesPanel;
use super::spectrum::SpectrumView;
use super::table::TableView;

/// Which view is in front.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum View {
    #[default]
    Network,
    Grid,
    Spectrum,
    Table,
}

impl View {
    pub const ALL: &'static [View] = &[View::Network, View::Grid, View::Spectrum, View::Table];

    /// The view's name in the interface's language.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            View::Network => "view-network",
            View::Grid => "view-grid",
            View::Spectrum => "view-spectrum",
            View::Table => "view-table",
        })
    }
}

/// Which tab the left panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum SideTab {
    #[default]
    Stakeholders,
    Coalitions,
    Analysis,
    Plan,
    Scenes,
}

/// The state of every view and panel but the network canvas.
#[derive(Default)]
pub struct Views {
    grid: GridView,
    spectrum: SpectrumView,
    table: TableView,
    coalitions: CoalitionsPanel,
    map_settings: MapSettings,
    side_tab: SideTab,
    analysis: AnalysisPanel,
    scenes: ScenesPanel,
    plan: PlanPanel,
    /// The filter above every view, and the legend over it.
    pub filter_bar: FilterBar,
    pub legend: Legend,
}

impl Views {
    /// Compares the grid, the spectrum and the table with the map as it was (`None`: no comparison).
    pub fn set_compare(&mut self, then: Option<std::sync::Arc<crate::model::Map>>) {
        self.grid.compare.clone_from(&then);
        self.table.compare.clone_from(&then);
        self.spectrum.compare = then;
    }

    /// Where a stakeholder was drawn on the grid or the spectrum in the
    /// last frame (`None` for the other views, or when it was not drawn).
    pub fn board_position(
        &self,
        view: View,
        id: &crate::model::StakeholderId,
    ) -> Option<egui::Pos2> {
        match view {
            View::Grid => self.grid.position_of(id),
            View::Spectrum => self.spectrum.position_of(id),
            View::Network | View::Table => None,
        }
    }

    /// Draws the grid, spectrum or table.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View, cx: &mut ViewContext<'_>) {
        if view != View::Network {
            self.route_banner_ui(ui, cx);
        }
        match view {
            View::Grid => self.grid.ui(ui, cx),
            View::Spectrum => self.spectrum.ui(ui, cx),
            View::Table => self.table.ui(ui, cx),
            View::Network => {}
        }
    }

    /// While the Analysis picks out routes, says so above the view, with a
    /// way to show everything again: faint rows in the table would
    /// otherwise look disabled, with nothing saying why.
    fn route_banner_ui(&mut self, ui: &mut egui::Ui, cx: &ViewContext<'_>) {
        let Some(target) = self.analysis.route_shown() else {
            return;
        };
        let name = cx
            .map
            .stakeholder(target)
            .map_or_else(|| target.to_string(), |s| s.name.clone());
        let mut clear = false;
        egui::Frame::NONE
            .inner_margin(egui::Margin::symmetric(8, 4))
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        egui::RichText::new(crate::i18n::tr_with(
                            "views-routes-picked-out",
                            &[("name", name.clone().into())],
                        ))
                        .strong(),
                    );
                    clear = ui
                        .button(crate::i18n::tr("views-show-everything"))
                        .on_hover_text(crate::i18n::tr("views-show-everything-hover"))
                        .clicked();
                });
            });
        if clear {
            self.analysis.clear_route(ui.ctx());
        }
    }

    /// The left panel: the outline of stakeholders, or the coalitions.
    pub fn side_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        outline: &mut Outline,
        cx: &mut ViewContext<'_>,
    ) {
        // Wrapped, so the tabs never widen the panel.
        ui.horizontal_wrapped(|ui| {
            let tr = crate::i18n::tr;
            ui.selectable_value(
                &mut self.side_tab,
                SideTab::Stakeholders,
                tr("views-tab-stakeholders"),
            );
            let coalitions = ui.selectable_value(
                &mut self.side_tab,
                SideTab::Coalitions,
                tr("views-tab-coalitions"),
            );
            // Dragging a stakeholder from the outline onto this tab opens
            // it, so the stakeholder can be dropped on a coalition.
            if coalitions
                .dnd_hover_payload::<crate::model::StakeholderId>()
                .is_some()
            {
                self.side_tab = SideTab::Coalitions;
            }
            ui.selectable_value(
                &mut self.side_tab,
                SideTab::Analysis,
                tr("views-tab-analysis"),
            );
            ui.selectable_value(&mut self.side_tab, SideTab::Plan, tr("plan-tab"));
            ui.selectable_value(&mut self.side_tab, SideTab::Scenes, tr("views-tab-scenes"));
        });
        ui.separator();
        if self.side_tab != SideTab::Analysis {
            self.analysis.hide(ui.ctx());
        }
        match self.side_tab {
            SideTab::Stakeholders => outline.ui(ui, cx),
            SideTab::Coalitions => self.coalitions.ui(ui, cx),
            SideTab::Analysis => self.analysis.ui(ui, cx),
            SideTab::Plan => self.plan.ui(ui, cx),
            SideTab::Scenes => self.scenes.ui(ui, cx),
        }
    }

    /// The presentation's scenes panel.
    pub fn scenes(&self) -> &ScenesPanel {
        &self.scenes
    }

    /// Brings the scenes panel to the front, with this scene chosen.
    pub fn show_scene_in_panel(&mut self, id: crate::model::SceneId) {
        self.side_tab = SideTab::Scenes;
        self.scenes.choose(Some(id));
    }

    /// The analysis panel, kept up to date by the app every frame.
    pub fn analysis(&self) -> &AnalysisPanel {
        &self.analysis
    }

    pub fn analysis_mut(&mut self) -> &mut AnalysisPanel {
        &mut self.analysis
    }

    /// The map settings window; returns whether it stays open.
    pub fn map_settings_ui(&mut self, ctx: &egui::Context, cx: &mut ViewContext<'_>) -> bool {
        self.map_settings.ui(ctx, cx)
    }
}
