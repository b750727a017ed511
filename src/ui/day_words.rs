//! A calendar day in the interface's language: "15 June 2026", "1er juin
//! 2026", "15 de junio de 2026". The file keeps ISO days; these are for
//! reading.

use crate::i18n::{month_name, tr_with};
use crate::model::Day;

/// A day in the interface's language: "15 June 2026", "15 juin 2026",
/// "15 de junio de 2026".
pub fn day_words(day: Day) -> String {
    let month = month_name(day.month());
    tr_with(
        "day-long",
        &[
            ("day", day.day().into()),
            ("month", month.into()),
            ("year", day.year().to_string().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn a_day_reads_in_each_language() {
        let day = |text| Day::parse(text).unwrap();
        set_language(Language::English);
        assert_eq!(day_words(day("2026-06-15")), "15 June 2026");
        set_language(Language::French);
        assert_eq!(day_words(day("2026-06-01")), "1er juin 2026");
        assert_eq!(day_words(day("2026-02-15")), "15 février 2026");
        set_language(Language::Spanish);
        assert_eq!(day_words(day("2026-06-15")), "15 de junio de 2026");
        set_language(Language::English);
    }
}
