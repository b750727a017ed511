//! A scene pinned to a day or to a comparison of two days: the map as of
//! each, made once per document generation, and the days in words for the
//! caption and the Scenes panel, where the scene can be unpinned.

use std::sync::Arc;

use super::day_words::day_words;
use crate::i18n::{tr, tr_with};
use crate::model::{Day, Map, Scene, as_of};

/// Generations of a scene's past maps never equal a document's own (nor
/// the time bar's, which sets the top bit).
const SCENE_PAST_GENERATION: u64 = 1 << 62;

/// The maps as of a scene's days, kept while the document does not change.
#[derive(Default)]
pub struct SceneDays {
    past: Option<(Day, u64, Arc<Map>)>,
    then: Option<(Day, u64, Arc<Map>)>,
}

impl SceneDays {
    /// The map as of the scene's day and the generation to draw it with,
    /// or `None` when the scene shows the map as it is now.
    pub fn past(&mut self, scene: &Scene, map: &Map, generation: u64) -> Option<(Arc<Map>, u64)> {
        let day = scene.as_of?;
        let past = kept(&mut self.past, day, map, generation);
        let past_generation =
            SCENE_PAST_GENERATION | (generation << 24) | (day.to_days().rem_euclid(1 << 24) as u64);
        Some((past, past_generation))
    }

    /// The map as of the day the scene compares with, if it does.
    pub fn then(&mut self, scene: &Scene, map: &Map, generation: u64) -> Option<Arc<Map>> {
        let day = scene.compared_with?;
        Some(kept(&mut self.then, day, map, generation))
    }
}

fn kept(slot: &mut Option<(Day, u64, Arc<Map>)>, day: Day, map: &Map, generation: u64) -> Arc<Map> {
    match slot {
        Some((d, g, kept)) if *d == day && *g == generation => Arc::clone(kept),
        _ => {
            let made = Arc::new(as_of(map, day));
            *slot = Some((day, generation, Arc::clone(&made)));
            made
        }
    }
}

/// The scene's days in words, for its caption: "As of 15 June 2026",
/// "From 15 January 2026 to 15 June 2026", "From 15 January 2026 to now" (words, not
/// an arrow the interface's font may lack); `None` for
/// a scene of the map as it is now.
pub fn days_words(scene: &Scene) -> Option<String> {
    shown_days_words(scene.as_of, scene.compared_with)
}

/// The day shown (`None`: now) and the day compared with, in words.
pub fn shown_days_words(as_of: Option<Day>, compared_with: Option<Day>) -> Option<String> {
    let at = as_of.map(day_words);
    match (compared_with, at) {
        (None, None) => None,
        (None, Some(at)) => Some(tr_with("scene-as-of", &[("day", at.into())])),
        (Some(from), None) => Some(tr_with(
            "scene-compared-now",
            &[("from", day_words(from).into())],
        )),
        (Some(from), Some(at)) => Some(tr_with(
            "scene-compared",
            &[("from", day_words(from).into()), ("to", at.into())],
        )),
    }
}

/// Days in words as they go on after a comma: "Spectrum of allies, from
/// 1 February 2026 to now" (the first letter small, as in each language).
pub fn in_sentence(words: &str) -> String {
    let mut letters = words.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(letters).collect()
    })
}

/// In the Scenes panel: the days the scene is pinned to, and a button that
/// unpins it so it shows the map as it is.
pub fn days_ui(ui: &mut egui::Ui, scene: &mut Scene) {
    let Some(days) = days_words(scene) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(days).strong());
        if ui
            .button(tr("scene-unpin"))
            .on_hover_text(tr("scene-unpin-tooltip"))
            .clicked()
        {
            scene.as_of = None;
            scene.compared_with = None;
        }
    });
}
