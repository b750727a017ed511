//! Reading a file's history: checkpoints and observations are checked as
//! the app checks them, and each problem names the line of its date.

use super::Problem;
use super::item_lines::field_lines;
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
        format!(
            "the date {date} is more than a year from today ({today}); a record cannot be dated in the future"
        )
    };
    let checkpoint_lines = date_lines(text, "checkpoints");
    let mut previous: Option<Day> = None;
    for (place, checkpoint) in checkpoints.into_iter().enumerate() {
        let line = checkpoint_lines.get(place).copied();
        let label = super::load::item_label("checkpoint", &checkpoint.name);
        let mut refuse = |message: String| {
            problems.push(Problem {
                line,
                message: super::load::item_problem(&label, &message),
            });
        };
        if checkpoint.date > latest {
            refuse(far_future(checkpoint.date));
        } else if let Some(before) = previous.filter(|before| *before > checkpoint.date) {
            refuse(format!(
                "dated {} but listed after one of {before}; checkpoints are listed in date order",
                checkpoint.date
            ));
        } else {
            previous = Some(checkpoint.date);
            if let Err(err) = map.add_checkpoint(checkpoint) {
                refuse(err.to_string());
            }
        }
    }
    let observation_lines = date_lines(text, "observations");
    let mut previous: Option<ObservationKey> = None;
    for (place, observation) in observations.into_iter().enumerate() {
        let line = observation_lines.get(place).copied();
        let key = observation.key();
        let label = format!(
            "observation of the {} of “{}”",
            key.field.label().to_lowercase(),
            key.of.as_str()
        );
        let mut refuse = |message: String| {
            problems.push(Problem {
                line,
                message: super::load::item_problem(&label, &message),
            });
        };
        let same_field = previous
            .as_ref()
            .filter(|before| before.of == key.of && before.field == key.field);
        if observation.date > latest {
            refuse(far_future(observation.date));
        } else if let Some(before) = same_field.filter(|before| before.date >= key.date) {
            refuse(if before.date == key.date {
                format!("{} is recorded twice; keep one value per day", key.date)
            } else {
                format!(
                    "dated {} but listed after one of {}; an item's observations are listed in date order",
                    key.date, before.date
                )
            });
        } else {
            previous = Some(key);
            if let Err(err) = map.observe(observation) {
                refuse(err.to_string());
            }
        }
    }
}

/// The lines of the `date:` fields of a list's items, in order. Only
/// looked for when there is something to say, and only after the list's
/// own field, which the canonical text writes once.
fn date_lines(text: &str, list: &str) -> Vec<usize> {
    let Some((start, _)) = field_lines(text, list).next() else {
        return Vec::new();
    };
    field_lines(text, "date")
        .map(|(line, _)| line)
        .filter(|line| *line >= start)
        .collect()
}
