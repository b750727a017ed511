//! Stakeholders' time zones, from the IANA database bundled with jiff, so
//! "spokespeople in three time zones" can be lined up: whose working day
//! it is now.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The zone of this IANA name ("Europe/Zurich"), case as the database
/// spells it or not.
pub fn find(name: &str) -> Option<TimeZone> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    jiff::tz::db().get(name).ok()
}

/// The wall-clock time in a zone at an instant, as "14:05 (Tue, UTC+01:00)":
/// a time of day a spokesperson can be called at, its weekday and offset.
pub fn local_time_at(name: &str, at: Timestamp) -> Option<String> {
    let zoned = at.to_zoned_datetime(find(name)?);
    let offset = zoned.offset().seconds();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs();
    Some(format!(
        "{} ({}, UTC{sign}{:02}:{:02})",
        zoned.strftime("%H:%M"),
        zoned.strftime("%a"),
        offset / 3600,
        offset % 3600 / 60
    ))
}

/// The wall-clock time in a zone now.
pub fn local_time_now(name: &str) -> Option<String> {
    local_time_at(name, Timestamp::now())
}

/// Every zone name the database knows, sorted, for completing what is typed.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_gives_its_local_time_with_weekday_and_offset() {
        let at: Timestamp = "2026-03-12T13:05:00Z".parse().unwrap();
        assert_eq!(
            local_time_at("Europe/Zurich", at).as_deref(),
            Some("14:05 (Thu, UTC+01:00)")
        );
        assert_eq!(
            local_time_at("America/New_York", at).as_deref(),
            Some("09:05 (Thu, UTC-04:00)")
        );
        assert_eq!(
            local_time_at("Asia/Kolkata", at).as_deref(),
            Some("18:35 (Thu, UTC+05:30)")
        );
        assert!(local_time_at("Mars/Olympus", at).is_none());
        assert!(find("").is_none());
        assert!(names().iter().any(|n| n == "Africa/Nairobi"));
    }
}
