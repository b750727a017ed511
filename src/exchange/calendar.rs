//! The plan's due dates as an iCalendar file (RFC 5545), for any calendar
//! program: one all-day event per open job or ask that has a due date.
//!
//! Written by hand, as the little it needs is plain: text values escape
//! `\`, `;`, `,` and line breaks (section 3.3.11), lines end with CRLF and
//! are folded before 75 octets, never inside a character (section 3.1).
//! Each event's UID is the item's id and the map's title, so importing a
//! newer file updates the events instead of doubling them. DTSTAMP is the
//! instant given, so the same plan written at the same instant gives the
//! same bytes.

use std::fmt::Write as _;

use jiff::Timestamp;

use crate::i18n::{Translated, tr, tr_with};
use crate::model::{AskStatus, Day, Map};

/// The words of `id` with one argument `name`.
fn with_name(id: &str, name: &str) -> String {
    tr_with(id, &[("name", name.into())])
}

/// The longest line, in octets, before the CRLF.
const LINE_OCTETS: usize = 75;

/// How many events [`due_dates_ics`] writes: the open jobs and asks that
/// have a due date.
pub fn due_date_count(map: &Map) -> usize {
    let plan = map.plan();
    let jobs = plan
        .jobs()
        .filter(|j| j.status.is_open() && j.due.is_some());
    let asks = plan
        .asks()
        .filter(|a| a.status == AskStatus::Open && a.due.is_some());
    jobs.count() + asks.count()
}

/// The calendar of the open jobs' and asks' due dates, stamped `now`.
pub fn due_dates_ics(map: &Map, now: Timestamp) -> String {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Powermap//Plan due dates//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(map.title())));
    let name = |id| map.stakeholder(id).map_or("", |s| s.name.as_str());
    for job in map.plan().jobs().filter(|j| j.status.is_open()) {
        let Some(due) = job.due else { continue };
        let mut about = vec![tr_with(
            "calendar-job",
            &[("status", job.status.translated().into())],
        )];
        if let Some(owner) = &job.owner {
            about.push(with_name("calendar-owner", name(owner)));
        }
        if let Some(target) = &job.target {
            about.push(with_name("calendar-toward", name(target)));
        }
        if !job.notes.is_empty() {
            about.push(job.notes.clone());
        }
        event(
            &mut out,
            &Event {
                uid: job.id.as_str(),
                title: map.title(),
                stamp: &stamp,
                due,
                summary: &job.title,
                description: &about.join("\n"),
            },
        );
    }
    for ask in map.plan().asks().filter(|a| a.status == AskStatus::Open) {
        let Some(due) = ask.due else { continue };
        let summary = tr_with(
            "plan-ask-line",
            &[
                ("from", name(&ask.from).into()),
                ("to", name(&ask.to).into()),
                ("what", ask.what.as_str().into()),
            ],
        );
        let mut about = vec![tr("calendar-ask")];
        if let Some(owner) = &ask.owner {
            about.push(with_name("calendar-owner", name(owner)));
        }
        if let Some(target) = &ask.target {
            about.push(with_name("calendar-toward", name(target)));
        }
        event(
            &mut out,
            &Event {
                uid: ask.id.as_str(),
                title: map.title(),
                stamp: &stamp,
                due,
                summary: &summary,
                description: &about.join("\n"),
            },
        );
    }
    line(&mut out, "END:VCALENDAR");
    out
}

struct Event<'a> {
    uid: &'a str,
    title: &'a str,
    stamp: &'a str,
    due: Day,
    summary: &'a str,
    description: &'a str,
}

fn event(out: &mut String, event: &Event<'_>) {
    let start = compact(event.due);
    let end = compact(event.due.plus_days(1));
    line(out, "BEGIN:VEVENT");
    line(
        out,
        &format!("UID:{}@{}.powermap", text(event.uid), uid_part(event.title)),
    );
    line(out, &format!("DTSTAMP:{}", event.stamp));
    line(out, &format!("DTSTART;VALUE=DATE:{start}"));
    line(out, &format!("DTEND;VALUE=DATE:{end}"));
    line(out, &format!("SUMMARY:{}", text(event.summary)));
    line(out, &format!("DESCRIPTION:{}", text(event.description)));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
}

/// A day as iCalendar writes a DATE: 20260312.
fn compact(day: Day) -> String {
    let mut out = String::new();
    let _ = write!(out, "{:04}{:02}{:02}", day.year(), day.month(), day.day());
    out
}

/// The map's title as part of a UID: letters and digits kept, the rest `-`.
fn uid_part(title: &str) -> String {
    let part: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    if part.is_empty() {
        "map".to_owned()
    } else {
        part
    }
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped,
/// other control characters left out.
pub fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                escaped.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' => escaped.push_str("\\n"),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// One content line, folded before 75 octets (a CRLF and a space start
/// each continuation), never inside a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        let width = c.len_utf8();
        // A continuation line's leading space counts toward its octets.
        if used + width > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped_as_rfc_5545_says() {
        assert_eq!(
            text("Brief; draft, v2\\final\r\nnext"),
            "Brief\\; draft\\, v2\\\\final\\nnext"
        );
    }

    #[test]
    fn long_lines_fold_before_75_octets_and_never_inside_a_character() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "مجلس الأمن الدولي ".repeat(10));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= LINE_OCTETS, "{physical:?}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }
}
