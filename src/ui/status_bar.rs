//! The status bar: counts, selection, zoom, file and whether it is saved.

use super::actions::Action;
use super::command::Command;
use super::document::Document;
use super::live_dialog::LiveAnswer;
use super::selection::Selection;
use crate::i18n::{relation_kind, tr, tr_with};

/// A message for the status bar, and whether it reports a problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// When it was first drawn, in egui's seconds.
    shown_at: Option<f64>,
}

/// How long a notice stays: long enough to read twice.
const NOTICE_SECS: f64 = 6.0;
const PROBLEM_SECS: f64 = 12.0;

impl Notice {
    pub fn new(text: String, is_error: bool) -> Self {
        Self {
            text,
            is_error,
            shown_at: None,
        }
    }

    fn lifetime_secs(&self) -> f64 {
        if self.is_error {
            PROBLEM_SECS
        } else {
            NOTICE_SECS
        }
    }

    /// Whether it has been shown long enough to go (`now` starts its clock).
    pub fn expired(&mut self, now: f64) -> bool {
        let shown_at = *self.shown_at.get_or_insert(now);
        now - shown_at >= self.lifetime_secs()
    }

    /// How long until it goes.
    pub fn time_left(&self, now: f64) -> std::time::Duration {
        let left = self
            .shown_at
            .map_or(self.lifetime_secs(), |at| self.lifetime_secs() - (now - at));
        std::time::Duration::from_secs_f64(left.max(0.0))
    }
}

/// What the status bar tells.
pub struct Status<'a> {
    pub doc: &'a Document,
    pub selection: &'a Selection,
    /// The network's zoom; the other views have none.
    pub zoom: Option<f32>,
    pub notice: Option<&'a Notice>,
    /// How many stakeholders the filter leaves out, and whether hidden or dimmed.
    pub filtered_out: usize,
    pub hidden: bool,
    /// Text being typed that the map does not have yet counts as unsaved.
    pub typing: bool,
    /// The live session the map is in, if any.
    pub live: Option<LiveStatus>,
}

/// What the status bar tells of a live session.
pub struct LiveStatus {
    /// Whose view this window follows.
    pub following: Option<String>,
    /// How many people are in the session, this laptop included.
    pub people: usize,
}

pub fn status_bar_ui(ui: &mut egui::Ui, status: &Status<'_>, commands: &mut Vec<Command>) {
    let Status {
        doc,
        selection,
        zoom,
        notice,
        filtered_out,
        hidden,
        typing,
        ref live,
    } = *status;
    // The file and whether it is saved sit at the right; everything else
    // fills what is left from the left, a long notice shortened to fit
    // (whole on hover), so nothing is ever drawn over anything else.
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        file_ui(ui, doc, typing);
        ui.separator();
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if let Some(live) = live {
                live_ui(ui, live, commands);
            }
            let map = doc.map();
            ui.label(tr_with(
                "status-counts",
                &[
                    ("stakeholders", map.stakeholder_count().into()),
                    ("relations", map.relation_count().into()),
                    ("coalitions", map.coalition_count().into()),
                ],
            ));
            ui.separator();
            ui.label(selected(map, selection));
            if filtered_out > 0 {
                ui.separator();
                let id = if hidden {
                    "status-filtered-hidden"
                } else {
                    "status-filtered-dimmed"
                };
                let text = tr_with(id, &[("count", filtered_out.into())]);
                ui.label(egui::RichText::new(text).strong());
            }
            if let Some(zoom) = zoom {
                ui.separator();
                let percent = (zoom * 100.0).round() as i64;
                ui.label(tr_with("status-zoom", &[("percent", percent.into())]));
            }
            if let Some(notice) = notice {
                ui.separator();
                let mut text = egui::RichText::new(&notice.text);
                if notice.is_error {
                    text = text.color(ui.visuals().error_fg_color);
                }
                ui.add(egui::Label::new(text).truncate())
                    .on_hover_text(&notice.text);
            }
        });
    });
}

/// Whom this window follows (click to stop) and how many are in the
/// session (click for the live session dialog), once others have joined.
fn live_ui(ui: &mut egui::Ui, live: &LiveStatus, commands: &mut Vec<Command>) {
    if let Some(name) = &live.following {
        let text = tr_with("status-following", &[("name", name.clone().into())]);
        if ui
            .button(egui::RichText::new(text).strong())
            .on_hover_text(tr("status-following-hint"))
            .clicked()
        {
            commands.push(Command::Live(LiveAnswer::StopFollowing));
        }
        ui.separator();
    }
    if live.people > 1 {
        let text = tr_with("status-live-people", &[("count", live.people.into())]);
        if ui
            .button(text)
            .on_hover_text(tr("status-live-people-hint"))
            .clicked()
        {
            commands.push(Command::Action(Action::LiveSession));
        }
        ui.separator();
    }
}

/// What is selected, in words.
fn selected(map: &crate::model::Map, selection: &Selection) -> String {
    match (selection.stakeholders.len(), selection.relations.len()) {
        (0, 0) => tr("status-nothing-selected"),
        (1, 0) => selection
            .stakeholders
            .iter()
            .next()
            .and_then(|id| map.stakeholder(id))
            .map_or_else(
                || tr_with("status-selected-count", &[("count", 1.into())]),
                |s| {
                    let name = crate::ui::script::display_text(&s.name).into_owned();
                    tr_with("status-selected-one", &[("name", name.into())])
                },
            ),
        (0, 1) => selection
            .relations
            .iter()
            .next()
            .and_then(|id| map.relation(id))
            .map_or_else(
                || tr("status-relation-selected"),
                |r| {
                    let name = |id| map.stakeholder(id).map_or("?", |s| s.name.as_str());
                    tr_with(
                        "status-selected-relation",
                        &[
                            ("from", name(&r.from).into()),
                            ("kind", relation_kind(&r.kind).to_lowercase().into()),
                            ("to", name(&r.to).into()),
                        ],
                    )
                },
            ),
        (s, r) => tr_with("status-selected-count", &[("count", (s + r).into())]),
    }
}

/// The file, right to left: whether it is saved, then where it is.
fn file_ui(ui: &mut egui::Ui, doc: &Document, typing: bool) {
    match (doc.path(), doc.is_modified() || typing) {
        (Some(path), modified) => {
            if modified {
                ui.label(egui::RichText::new(tr("status-unsaved")).strong());
            } else {
                ui.label(tr("status-saved"));
            }
            ui.separator();
            ui.add(egui::Label::new(path.display().to_string()).truncate());
        }
        (None, true) => {
            ui.label(egui::RichText::new(tr("status-no-file")).strong());
        }
        (None, false) => {
            ui.label(tr("status-no-file"));
        }
    }
}

/// "1 relation", "2 relations": `n` things in the words of the Fluent
/// message `id`, which chooses the plural.
pub(super) fn count(n: usize, id: &str) -> String {
    crate::i18n::tr_with(id, &[("count", n.into())])
}
