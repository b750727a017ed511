//! Numbers and lists in words for people, shared by every message the
//! library and the command line write: "1 coalition" but "2 coalitions",
//! "2,000,000", "the 3rd", "2.5 MB", "a, b and c".

/// A count with its noun in the right number: "1 coalition", "2 coalitions".
pub(crate) fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

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

/// 2000000 as “2,000,000”.
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes in words: “12 KB”, “3.4 MB”.
pub(crate) fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => {
            let megabytes = format!("{:.1}", bytes as f64 / 1e6);
            format!("{} MB", megabytes.trim_end_matches(".0"))
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
    fn one_of_a_thing_is_singular() {
        assert_eq!(plural(1, "coalition"), "1 coalition");
        assert_eq!(plural(0, "coalition"), "0 coalitions");
        assert_eq!(plural(2, "relation"), "2 relations");
        assert_eq!(
            join_words(&["a".into(), "b".into(), "c".into()], "and"),
            "a, b and c"
        );
        assert_eq!(short("Ministry of Finance", 8), "Ministry…");
    }
}
