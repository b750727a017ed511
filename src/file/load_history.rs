//! Reading a file's history: checkpoints and observations are checked as
//! the app checks them, and each problem names the line of its date.

use super::Problem;
use super::item_lines::field_lines;
use crate::i18n::{observed_field, tr_with};
use crate::model::{Checkpoint, Day, Map, Observation, ObservationKey};

/// A file's observations checked against one another (their dates, their
/// order), before the map they are about is built: this needs nothing of
/// the map, so it runs beside its building.
pub(super) struct Prechecked {
    /// In file order, with their places in the file's list.
    accepted: Vec<Observation>,
    places: Vec<usize>,
    /// The place of each refused one, what it is about and why.
    refused: Vec<(usize, ObservationKey, String)>,
}

/// Checks the dates and the order of a file's observations.
pub(super) fn precheck(observations: Vec<Observation>, today: Day) -> Prechecked {
    let latest = Day::latest_allowed(today);
    let mut refused: Vec<(usize, ObservationKey, String)> = Vec::new();
    let mut accepted: Vec<Observation> = Vec::with_capacity(observations.len());
    let mut places = Vec::with_capacity(observations.len());
    for (place, observation) in observations.into_iter().enumerate() {
        let field = observation.value.field();
        // The last one accepted, when it is of the same item and field.
        let same_field = accepted
            .last()
            .filter(|before| before.of == observation.of && before.value.field() == field);
        if observation.date > latest {
            let message = far_future(observation.date, today);
            refused.push((place, observation.key(), message));
        } else if let Some(before) = same_field.filter(|before| before.date >= observation.date) {
            let message = if before.date == observation.date {
                tr_with(
                    "history-twice",
                    &[("date", observation.date.to_string().into())],
                )
            } else {
                tr_with(
                    "history-observation-order",
                    &[
                        ("date", observation.date.to_string().into()),
                        ("before", before.date.to_string().into()),
                    ],
                )
            };
            refused.push((place, observation.key(), message));
        } else {
            accepted.push(observation);
            places.push(place);
        }
    }
    Prechecked {
        accepted,
        places,
        refused,
    }
}

fn far_future(date: Day, today: Day) -> String {
    tr_with(
        "history-far-future",
        &[
            ("date", date.to_string().into()),
            ("today", today.to_string().into()),
        ],
    )
}

/// Inserts the history of a file into its map, or adds why not to `problems`.
pub(super) fn insert_history(
    map: &mut Map,
    checkpoints: Vec<Checkpoint>,
    observations: Prechecked,
    text: &str,
    today: Day,
    problems: &mut Vec<Problem>,
) {
    let latest = Day::latest_allowed(today);
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
            refuse(far_future(checkpoint.date, today));
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
    let Prechecked {
        accepted,
        places,
        mut refused,
    } = observations;
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
