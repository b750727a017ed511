//! Numbers and lists in words for people, shared by every message the
//! library and the command line write: "2,000,000", "the 3rd", "2.5 MB",
//! "a, b and c", in this thread's language where it differs. Counts with
//! their noun ("1 coalition", "2 coalitions") are Fluent's plurals.

use crate::i18n::{tr, tr_with};

/// "a", "a and b", "a, b and c".
pub(crate) fn join_words(words: &[String], conjunction: &str) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// At most `max` characters of a text, with “…” when cut.
pub(crate) fn short(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st.
pub(crate) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// 2000000 as “2,000,000”, “2 000 000” (with narrow no-break spaces) or
/// “2.000.000”, as this thread's language groups digits.
pub(crate) fn thousands(n: u64) -> String {
    let separator = tr("words-thousands-separator");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(c);
    }
    out
}

/// A size in bytes in words: “12 KB”, “3.4 MB”, “3,4 Mo”.
pub(crate) fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => tr_with("words-size-bytes", &[("count", bytes.into())]),
        1_000..1_000_000 => tr_with("words-size-kb", &[("count", (bytes / 1_000).into())]),
        _ => {
            let megabytes = format!("{:.1}", bytes as f64 / 1e6);
            let megabytes = megabytes
                .trim_end_matches(".0")
                .replace('.', &tr("words-decimal-separator"));
            tr_with("words-size-mb", &[("count", megabytes.into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_for_people() {
        assert_eq!(thousands(2_000_000), "2,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(23), "23rd");
        assert_eq!(size(2_500_000), "2.5 MB");
        assert_eq!(size(1_000_000), "1 MB");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        crate::i18n::set_language(crate::i18n::Language::French);
        let french = (thousands(40_000), size(2_500_000), size(999));
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        let spanish = thousands(40_000);
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(french.0, "40\u{202f}000");
        assert_eq!(french.1, "2,5\u{a0}Mo");
        assert_eq!(french.2, "999\u{a0}octets");
        assert_eq!(spanish, "40.000");
    }

    #[test]
    fn lists_and_short_texts_read_well() {
        assert_eq!(
            join_words(&["a".into(), "b".into(), "c".into()], "and"),
            "a, b and c"
        );
        assert_eq!(short("Ministry of Finance", 8), "Ministry…");
    }
}
