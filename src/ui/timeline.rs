//! The time control: a bar over the views with a slider across the days
//! the map has records of (and "Now" at its end), a date field, "Mark
//! checkpoint…", and "Compare with…". Looking back shows every view as
//! the map was on that day; the app refuses edits meanwhile, with a word
//! saying why, so nothing meant for the past lands on the present.

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::i18n::{tr, tr_with};
use crate::model::{Checkpoint, Day, Map, as_of};

/// What the time bar asks of the app.
#[derive(Debug)]
#[must_use]
pub enum TimeRequest {
    /// Name a day (one undo step), allowed while looking back.
    MarkCheckpoint(Checkpoint),
}

/// The day looked at, the day compared with, and the form being typed.
#[derive(Default)]
pub struct TimeControl {
    /// `None`: the map as it is now.
    at: Option<Day>,
    /// Show what changed from this day to the day looked at.
    compare_from: Option<Day>,
    date_text: String,
    date_problem: Option<String>,
    checkpoint_form: Option<CheckpointForm>,
    /// The map as of `at`, for the document generation it was made from.
    past: Option<(Day, u64, Arc<Map>)>,
    /// The map as of `compare_from`.
    then: Option<(Day, u64, Arc<Map>)>,
    /// What the bar asked for this frame, for the app to carry out.
    requests: Vec<TimeRequest>,
}

struct CheckpointForm {
    /// Just opened: the name field takes the keyboard.
    fresh: bool,
    name: String,
    date: String,
    problem: Option<String>,
}

/// Generations of maps shown as of a day never equal a document's own.
const PAST_GENERATION: u64 = 1 << 63;

impl TimeControl {
    /// The day looked at, when looking back.
    pub fn looking_back(&self) -> Option<Day> {
        self.at
    }

    /// Looks at the map as of a day (`None`: now).
    pub fn look_at(&mut self, day: Option<Day>) {
        self.at = day;
        self.date_text = day.map(|d| d.to_string()).unwrap_or_default();
        self.date_problem = None;
    }

    /// The day compared with, when comparing.
    pub fn comparing(&self) -> Option<Day> {
        self.compare_from
    }

    /// Compares the view with the map as of a day (`None`: no comparison).
    pub fn compare_with(&mut self, day: Option<Day>) {
        self.compare_from = day;
    }

    /// Forgets everything about the map looked at, for another map.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// The map to draw and its generation: the past one when looking back.
    pub fn shown<'a>(&'a mut self, map: &'a Map, generation: u64) -> (&'a Map, u64) {
        let Some(day) = self.at else {
            return (map, generation);
        };
        let fresh = self
            .past
            .as_ref()
            .is_some_and(|(d, g, _)| *d == day && *g == generation);
        if !fresh {
            self.past = Some((day, generation, Arc::new(as_of(map, day))));
        }
        let past_generation =
            PAST_GENERATION | (generation << 24) | (day.to_days().rem_euclid(1 << 24) as u64);
        match &self.past {
            Some((_, _, past)) => (past.as_ref(), past_generation),
            None => (map, generation),
        }
    }

    /// The map as of the day compared with, when comparing.
    pub fn then(&mut self, map: &Map, generation: u64) -> Option<Arc<Map>> {
        let day = self.compare_from?;
        let fresh = self
            .then
            .as_ref()
            .is_some_and(|(d, g, _)| *d == day && *g == generation);
        if !fresh {
            self.then = Some((day, generation, Arc::new(as_of(map, day))));
        }
        self.then.as_ref().map(|(_, _, then)| Arc::clone(then))
    }

    /// The bar: slider, date field, back to now, checkpoint, comparison.
    pub fn ui(&mut self, ui: &mut Ui, map: &Map, today: Day) {
        let mut requests = Vec::new();
        let timeline = map.timeline();
        let days = timeline.days();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr("time-history")).strong());
            if days.is_empty() {
                ui.label(RichText::new(tr("time-nothing-yet")).weak())
                    .on_hover_text(tr("time-nothing-yet-hint"));
            } else {
                self.slider_ui(ui, map, &days);
            }
            let date = egui::TextEdit::singleline(&mut self.date_text)
                .hint_text(tr("time-date-hint"))
                .desired_width(96.0);
            let response = ui.add(date).on_hover_text(tr("time-date-tooltip"));
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.typed_date(today);
            }
            if self.at.is_some() && ui.button(tr("time-back-to-now")).clicked() {
                self.look_at(None);
            }
            self.compare_ui(ui, map, &days);
            if ui
                .button(tr("time-mark-checkpoint"))
                .on_hover_text(tr("time-mark-checkpoint-tooltip"))
                .clicked()
            {
                self.checkpoint_form = Some(CheckpointForm {
                    fresh: true,
                    name: String::new(),
                    date: self.at.unwrap_or(today).to_string(),
                    problem: None,
                });
            }
        });
        if let Some(problem) = &self.date_problem {
            ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {problem}"));
        }
        if let Some(form) = &mut self.checkpoint_form {
            let mut close = false;
            ui.horizontal_wrapped(|ui| {
                ui.label(tr("time-checkpoint-name"));
                let name = ui.add(
                    egui::TextEdit::singleline(&mut form.name)
                        .hint_text(tr("time-checkpoint-name-hint"))
                        .desired_width(220.0),
                );
                if std::mem::take(&mut form.fresh) {
                    name.request_focus();
                }
                ui.label(tr("time-checkpoint-on"));
                ui.add(egui::TextEdit::singleline(&mut form.date).desired_width(96.0));
                let enter = name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(tr("time-mark")).clicked() || enter {
                    match checkpoint_from(&form.name, &form.date, today) {
                        Ok(checkpoint) => {
                            requests.push(TimeRequest::MarkCheckpoint(checkpoint));
                            close = true;
                        }
                        Err(problem) => form.problem = Some(problem),
                    }
                }
                if ui.button(tr("time-cancel")).clicked() {
                    close = true;
                }
            });
            if let Some(problem) = &form.problem {
                ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {problem}"));
            }
            if close {
                self.checkpoint_form = None;
            }
        }
        if let Some(day) = self.at {
            looking_back_banner_ui(ui, map, day, self.compare_from);
        }
        if let Some(from) = self.compare_from {
            ui.horizontal_wrapped(|ui| {
                // Looking back, the arrows end where each was on the day
                // shown, not now.
                let from_words = super::day_words::day_words(from);
                ui.label(match self.at {
                    Some(shown) => tr_with(
                        "time-comparing-past",
                        &[
                            ("day", from_words.into()),
                            ("shown", super::day_words::day_words(shown).into()),
                        ],
                    ),
                    None => tr_with("time-comparing", &[("day", from_words.into())]),
                });
                let palette = super::theme::Palette::for_visuals(ui.visuals());
                super::compare_marks::legend_ui(ui, &palette);
            });
        }
        self.requests.extend(requests);
    }

    /// What the bar asked for since the last call.
    pub fn take_requests(&mut self) -> Vec<TimeRequest> {
        std::mem::take(&mut self.requests)
    }

    fn slider_ui(&mut self, ui: &mut Ui, map: &Map, days: &[Day]) {
        // The stops: every recorded day, then now.
        let now_stop = days.len();
        let mut stop = self.at.map_or(now_stop, |day| {
            days.partition_point(|d| *d < day).min(now_stop)
        });
        let label = |stop: usize| {
            days.get(stop).map_or_else(
                || tr("time-now"),
                |day| match map.timeline().checkpoint_on(*day) {
                    Some(c) => format!("{day} · {}", c.name),
                    None => day.to_string(),
                },
            )
        };
        let slider = egui::Slider::new(&mut stop, 0..=now_stop)
            .show_value(false)
            .step_by(1.0);
        let response = ui.add(slider).on_hover_text(tr("time-slider-tooltip"));
        ui.label(RichText::new(label(stop)).strong());
        if response.changed() {
            self.look_at(days.get(stop).copied());
        }
    }

    fn compare_ui(&mut self, ui: &mut Ui, map: &Map, days: &[Day]) {
        let chosen = self.compare_from.map_or_else(
            || tr("time-compare-with"),
            |day| tr_with("time-compared-with", &[("day", day.to_string().into())]),
        );
        egui::ComboBox::from_id_salt("compare-with")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(self.compare_from.is_none(), tr("time-no-comparison"))
                    .clicked()
                {
                    self.compare_from = None;
                }
                for day in days {
                    let text = match map.timeline().checkpoint_on(*day) {
                        Some(c) => format!("{day} · {}", c.name),
                        None => day.to_string(),
                    };
                    if ui
                        .selectable_label(self.compare_from == Some(*day), text)
                        .clicked()
                    {
                        self.compare_from = Some(*day);
                    }
                }
            })
            .response
            .on_hover_text(tr("time-compare-tooltip"));
    }

    fn typed_date(&mut self, today: Day) {
        let text = self.date_text.trim();
        if text.is_empty() {
            self.look_at(None);
            return;
        }
        match Day::parse(text) {
            Ok(day) if day >= today => self.look_at(None),
            Ok(day) => self.look_at(Some(day)),
            Err(problem) => self.date_problem = Some(sentence(&problem.to_string())),
        }
    }
}

/// A checkpoint from the form's words, or why not.
fn checkpoint_from(name: &str, date: &str, today: Day) -> Result<Checkpoint, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(tr("time-checkpoint-needs-name"));
    }
    let date = Day::parse(date).map_err(|e| sentence(&e.to_string()))?;
    if date > Day::latest_allowed(today) {
        return Err(tr_with(
            "time-checkpoint-too-far",
            &[("day", date.to_string().into())],
        ));
    }
    Ok(Checkpoint {
        date,
        name: name.to_owned(),
    })
}

/// What looking back means, said where it cannot be missed.
fn looking_back_banner_ui(ui: &mut Ui, map: &Map, day: Day, compare_from: Option<Day>) {
    let visuals = ui.visuals();
    let frame = egui::Frame::new()
        .fill(visuals.warn_fg_color.gamma_multiply(0.18))
        .stroke(egui::Stroke::new(1.5, visuals.warn_fg_color))
        .inner_margin(egui::Margin::symmetric(8, 4));
    frame.show(ui, |ui| {
        let checkpoint = map
            .timeline()
            .checkpoint_on(day)
            .map(|c| tr_with("time-banner-checkpoint", &[("name", c.name.clone().into())]))
            .unwrap_or_default();
        let compared = compare_from
            .map(|from| tr_with("time-banner-compared", &[("day", from.to_string().into())]))
            .unwrap_or_default();
        ui.label(
            RichText::new(tr_with(
                "time-banner",
                &[
                    ("day", super::day_words::day_words(day).into()),
                    ("checkpoint", checkpoint.into()),
                    ("compared", compared.into()),
                ],
            ))
            .strong(),
        );
    });
}

fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
