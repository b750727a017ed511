//! The app's one "today": the computer's calendar, read once a frame, or a
//! day fixed by tests and snapshot harnesses, so that what is drawn (overdue
//! jobs, relations gone cold, days since the last contact) never changes
//! with the calendar.

use crate::model::Day;

/// Where the app's "today" comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The computer's clock (in UTC).
    #[default]
    System,
    /// Always this day.
    Fixed(Day),
}

impl Clock {
    /// Today, as this clock tells it.
    pub fn today(self) -> Day {
        match self {
            Self::System => Day::today(),
            Self::Fixed(day) => day,
        }
    }
}
