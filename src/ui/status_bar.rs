//! The status bar: counts, selection, zoom, file and whether it is saved.

use super::document::Document;
use super::selection::Selection;

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
}

pub fn status_bar_ui(ui: &mut egui::Ui, status: &Status<'_>) {
    let Status {
        doc,
        selection,
        zoom,
        notice,
        filtered_out,
        hidden,
        typing,
    } = *status;
    // The file and whether it is saved sit at the right; everything else
    // fills what is left from the left, a long notice shortened to fit
    // (whole on hover), so nothing is ever drawn over anything else.
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        file_ui(ui, doc, typing);
        ui.separator();
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let map = doc.map();
            ui.label(format!(
                "{} · {} · {}",
                count(map.stakeholder_count(), "stakeholder"),
                count(map.relation_count(), "relation"),
                count(map.coalition_count(), "coalition")
            ));
            ui.separator();
            ui.label(selected(map, selection));
            if filtered_out > 0 {
                ui.separator();
                let how = if hidden { "hidden" } else { "dimmed" };
                ui.label(
                    egui::RichText::new(format!("{filtered_out} {how} by the filter")).strong(),
                );
            }
            if let Some(zoom) = zoom {
                ui.separator();
                ui.label(format!("Zoom {:.0}%", zoom * 100.0));
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

/// What is selected, in words.
fn selected(map: &crate::model::Map, selection: &Selection) -> String {
    match (selection.stakeholders.len(), selection.relations.len()) {
        (0, 0) => "Nothing selected".to_owned(),
        (1, 0) => selection
            .stakeholders
            .iter()
            .next()
            .and_then(|id| map.stakeholder(id))
            .map_or_else(
                || "1 selected".to_owned(),
                |s| format!("Selected: {}", crate::ui::script::display_text(&s.name)),
            ),
        (0, 1) => selection
            .relations
            .iter()
            .next()
            .and_then(|id| map.relation(id))
            .map_or_else(
                || "1 relation selected".to_owned(),
                |r| {
                    let name = |id| map.stakeholder(id).map_or("?", |s| s.name.as_str());
                    format!(
                        "Selected: {} {} {}",
                        name(&r.from),
                        r.kind.label().to_lowercase(),
                        name(&r.to)
                    )
                },
            ),
        (s, r) => format!("{} selected", s + r),
    }
}

/// The file, right to left: whether it is saved, then where it is.
fn file_ui(ui: &mut egui::Ui, doc: &Document, typing: bool) {
    match (doc.path(), doc.is_modified() || typing) {
        (Some(path), modified) => {
            if modified {
                ui.label(egui::RichText::new("Unsaved changes").strong());
            } else {
                ui.label("Saved");
            }
            ui.separator();
            ui.add(egui::Label::new(path.display().to_string()).truncate());
        }
        (None, true) => {
            ui.label(egui::RichText::new("Not saved to a file yet").strong());
        }
        (None, false) => {
            ui.label("Not saved to a file yet");
        }
    }
}

/// "1 relation", "2 relations".
pub(super) fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}
