//! Reading a file's history: checkpoints and observations are checked as
//! the app checks them, and each problem names the line of its date.

use super::Problem;
use super::item_lines::field_lines;
use crate::i18n::{observed_field, tr_with};
use crate::model::{Checkpoint, Day, Map, Observation, ObservationKey};

/// Inserts the history of a file into its map, or adds why not to `problems`.
pub(super) fn insert_history(
    map: &mut Map,
    checkpoints: Vec<Checkpoint>,
    observations: Vec<Observation>,
    text: &str,
    today: Day,
    problems: &mut Vec<Problem>,
) {
    let latest = Day::latest_allowed(today);
    let far_future = |date: Day| {
        tr_with(
            "history-far-future",
            &[
                ("date", date.to_string().into()),
                ("today", today.to_string().into()),
            ],
        )
    };
    let mut checkpoint_lines = DateLines::new(text, "checkpoints");
    let mut previous: Option<Day> = None;
    for (place, checkpoint) in checkpoints.into_iter().enumerate() {
        let name = checkpoint.name.clone();
        let mut refuse = |message: String| {
            problems.push(Problem {
                line: checkpoint_lines.line(place),
                message: super::load::item_problem(
                    &super::load::item_label("checkpoint", &name),
                    &message,
                ),
            });
        };
        if checkpoint.date > latest {
            refuse(far_future(checkpoint.date));
        } else if let Some(before) = previous.filter(|before| *before > checkpoint.date) {
            refuse(tr_with(
                "history-checkpoint-order",
                &[
                    ("date", checkpoint.date.to_string().into()),
                    ("before", before.to_string().into()),
                ],
            ));
        } else {
            previous = Some(checkpoint.date);
            if let Err(err) = map.add_checkpoint(checkpoint) {
                refuse(err.to_string());
            }
        }
    }
    let mut observation_lines = DateLines::new(text, "observations");
    let mut previous: Option<ObservationKey> = None;
    // Problems by the place of their observation, in file order at the end.
    let mut refused: Vec<(usize, ObservationKey, String)> = Vec::new();
    let mut accepted = Vec::with_capacity(observations.len());
    let mut places = Vec::with_capacity(observations.len());
    for (place, observation) in observations.into_iter().enumerate() {
        let key = observation.key();
        let same_field = previous
            .as_ref()
            .filter(|before| before.of == key.of && before.field == key.field);
        if observation.date > latest {
            refused.push((place, key, far_future(observation.date)));
        } else if let Some(before) = same_field.filter(|before| before.date >= key.date) {
            let message = if before.date == key.date {
                tr_with("history-twice", &[("date", key.date.to_string().into())])
            } else {
                tr_with(
                    "history-observation-order",
                    &[
                        ("date", key.date.to_string().into()),
                        ("before", before.date.to_string().into()),
                    ],
                )
            };
            refused.push((place, key, message));
        } else {
            accepted.push(observation);
            places.push(place);
            previous = Some(key);
        }
    }
    // The rest are checked as the app checks them, and recorded in one sweep.
    for (at, observation, err) in map.observe_all(accepted) {
        refused.push((places[at], observation.key(), err.to_string()));
    }
    refused.sort_by_key(|(place, _, _)| *place);
    for (place, key, message) in refused {
        problems.push(Problem {
            line: observation_lines.line(place),
            message: super::load::item_problem(
                &tr_with(
                    "history-observation-item",
                    &[
                        ("field", observed_field(key.field).to_lowercase().into()),
                        ("of", key.of.as_str().into()),
                    ],
                ),
                &message,
            ),
        });
    }
}

/// The lines of the `date:` fields of a list's items, in order: looked
/// for only when there is something to say (a valid file never needs
/// them), and only after the list's own field, which the canonical text
/// writes once.
struct DateLines<'a> {
    text: &'a str,
    list: &'static str,
    found: Option<Vec<usize>>,
}

impl<'a> DateLines<'a> {
    fn new(text: &'a str, list: &'static str) -> Self {
        Self {
            text,
            list,
            found: None,
        }
    }

    /// The line of the `place`-th item's date.
    fn line(&mut self, place: usize) -> Option<usize> {
        let (text, list) = (self.text, self.list);
        let found = self.found.get_or_insert_with(|| {
            let Some((start, _)) = field_lines(text, list).next() else {
                return Vec::new();
            };
            let mut lines: Vec<usize> = field_lines(text, "date")
                .map(|(line, _)| line)
                .filter(|line| *line >= start)
                .collect();
            // An item written on one line is one line, whatever its
            // source says.
            lines.dedup();
            lines
        });
        found.get(place).copied()
    }
}
