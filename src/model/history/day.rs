//! A calendar day, written as an ISO 8601 date (`2026-03-12`).

use std::fmt;

use crate::i18n::{month_name, tr_with};
use serde::{Deserialize, Serialize};

/// One day of the Gregorian calendar, from year 1900 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::struct_field_names)] // A day of a month is a day.
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a day.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DayError {
    #[error("{}", tr_with("day-shape", &[("text", .0.as_str().into())]))]
    Shape(String),
    #[error("{}", tr_with("day-year", &[
        ("text", .text.as_str().into()),
        ("first", Day::FIRST_YEAR.into()),
        ("last", Day::LAST_YEAR.into()),
    ]))]
    Year { text: String },
    #[error("{}", tr_with("day-month", &[("text", .text.as_str().into()), ("month", (*.month).into())]))]
    Month { text: String, month: u32 },
    #[error("{}", tr_with("day-of-month", &[
        ("text", .text.as_str().into()),
        ("month", month_name(*.month).into()),
        ("year", (*.year).into()),
        ("days", (*.days).into()),
    ]))]
    DayOfMonth {
        text: String,
        year: u32,
        month: u32,
        days: u32,
    },
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    pub const FIRST_YEAR: u32 = 1900;
    pub const LAST_YEAR: u32 = 9999;

    /// The day, when the year, month and day make one.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Self> {
        let valid = (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Self {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Reads `YYYY-MM-DD`, spaces around it allowed.
    pub fn parse(text: &str) -> Result<Self, DayError> {
        let trimmed = text.trim();
        let shape = || DayError::Shape(short(trimmed));
        let mut parts = trimmed.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(shape());
        };
        let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
            (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        let (Some(year), Some(month), Some(day)) =
            (digits(y, 4..=4), digits(m, 1..=2), digits(d, 1..=2))
        else {
            return Err(shape());
        };
        let text = short(trimmed);
        if !(Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) {
            return Err(DayError::Year { text });
        }
        if !(1..=12).contains(&month) {
            return Err(DayError::Month { text, month });
        }
        Self::new(year, month, day).ok_or(DayError::DayOfMonth {
            text,
            year,
            month,
            days: days_in_month(year, month),
        })
    }

    pub fn year(self) -> u32 {
        u32::from(self.year)
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day that many days after 1970-01-01, kept within the years a day may have.
    pub fn from_days(days: i64) -> Self {
        let days = days.clamp(Self::MIN.to_days(), Self::MAX.to_days());
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Self {
            year: y as u16,
            month: m as u8,
            day: d as u8,
        }
    }

    /// This day moved by a number of days.
    #[must_use]
    pub fn plus_days(self, days: i64) -> Self {
        Self::from_days(self.to_days().saturating_add(days))
    }

    /// Today, by the computer's clock (in UTC).
    pub fn today() -> Self {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        Self::from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
    }

    /// The latest day a record may carry: a year from today. A later date
    /// is a typing mistake (2062 for 2026), not an observation.
    pub fn latest_allowed(today: Self) -> Self {
        today.plus_days(366)
    }

    pub const MIN: Self = Self {
        year: 1900,
        month: 1,
        day: 1,
    };
    pub const MAX: Self = Self {
        year: 9999,
        month: 12,
        day: 31,
    };
}

/// A text cut to a length fit for a message.
fn short(text: &str) -> String {
    if text.chars().count() > 40 {
        let cut: String = text.chars().take(40).collect();
        format!("{cut}…")
    } else {
        text.to_owned()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Day {
    type Err = DayError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_and_write_as_iso_dates() {
        let day = Day::parse("2026-03-12").unwrap();
        assert_eq!(day.to_string(), "2026-03-12");
        assert_eq!(Day::from_days(day.to_days()), day);
        assert_eq!(Day::parse("1970-01-01").unwrap().to_days(), 0);
        assert_eq!(Day::parse(" 2024-2-29 ").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn impossible_dates_are_explained() {
        let message = |text| Day::parse(text).unwrap_err().to_string();
        assert_eq!(
            message("2026-02-30"),
            "“2026-02-30” is not a date: February 2026 has 28 days"
        );
        assert!(message("2026-13-01").contains("no month 13"));
        assert!(message("12/03/2026").contains("year-month-day"));
        assert!(message("0000-01-01").contains("year must be"));
        assert!(message("٢٠٢٦-٠٣-١٢").contains("year-month-day"));
    }

    #[test]
    fn every_day_goes_to_a_count_and_back() {
        let mut day = Day::parse("1999-12-25").unwrap();
        for _ in 0..1000 {
            let next = day.plus_days(1);
            assert!(next > day);
            assert_eq!(next.to_days(), day.to_days() + 1);
            day = next;
        }
    }
}
