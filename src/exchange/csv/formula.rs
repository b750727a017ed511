//! Cells that a spreadsheet would run as a formula (a name such as
//! `=HYPERLINK(…)` or `@SUM(…)` in a map from anyone), written with a
//! leading single quote as OWASP recommends against CSV injection, and read
//! back without it, so a round trip gives the same text.
//!
//! A cell is escaped when, past any single quotes it starts with, it starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return. Counting the quotes
//! already there makes the pair exact: `'=x` is written `''=x`, and reading
//! takes one quote off only a cell that writing would have escaped. A plain
//! number (`-12.5`, a position) is no formula and stays as it is.

use std::borrow::Cow;

/// What a spreadsheet reads as the start of a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether writing `text` puts a quote before it.
fn needs_quote(text: &str) -> bool {
    let unquoted = text.trim_start_matches('\'');
    let is_number = unquoted.len() == text.len() && text.parse::<f64>().is_ok();
    unquoted.starts_with(TRIGGERS) && !is_number
}

/// The cell to write for `text`: with a leading quote when a spreadsheet
/// would read it as a formula.
pub(super) fn escape(text: Cow<'_, str>) -> Cow<'_, str> {
    if needs_quote(&text) {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

/// The text a cell holds: without the quote [`escape`] put before it.
pub(super) fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::csv;
    use crate::model::{Kind, Map, Stakeholder, StakeholderId};
    use proptest::prelude::*;

    fn written(text: &str) -> String {
        escape(Cow::Borrowed(text)).into_owned()
    }

    #[test]
    fn formulas_are_written_quoted_and_numbers_and_names_as_they_are() {
        assert_eq!(written("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(written("+1 555"), "'+1 555");
        assert_eq!(written("-minus"), "'-minus");
        assert_eq!(written("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(written("\tTab"), "'\tTab");
        assert_eq!(written("'=quoted"), "''=quoted");
        assert_eq!(written("-12.5"), "-12.5");
        assert_eq!(written("Union"), "Union");
        assert_eq!(written("O'Neil"), "O'Neil");
        assert_eq!(written("'quoted'"), "'quoted'");
    }

    #[test]
    fn a_map_with_formula_names_goes_out_quoted_and_comes_back_the_same() {
        let mut map = Map::new("Injected");
        let names = ["=1+2", "+Union", "-Press", "@Funder", "'=Quoted", "'Plain"];
        for (i, name) in names.iter().enumerate() {
            let mut s = Stakeholder::new(
                StakeholderId::new(format!("s{}", i + 1)),
                *name,
                Kind::Organization,
            );
            s.notes = format!("={name}");
            map.insert_stakeholder(s).expect("new id");
        }
        let pair = csv::export(&map);
        assert!(
            pair.stakeholders.contains(",'=1+2,"),
            "{}",
            pair.stakeholders
        );
        assert!(
            !pair.stakeholders.contains(",=1+2,"),
            "{}",
            pair.stakeholders
        );
        let imported = csv::import(&pair.stakeholders, Some(&pair.relations)).expect("read");
        assert!(imported.rejected.is_empty(), "{:?}", imported.rejected);
        let back: Vec<(&str, &str)> = imported
            .stakeholders
            .iter()
            .map(|s| (s.name.as_str(), s.notes.as_str()))
            .collect();
        let expected: Vec<(String, String)> = names
            .iter()
            .map(|name| ((*name).to_owned(), format!("={name}")))
            .collect();
        let expected: Vec<(&str, &str)> = expected
            .iter()
            .map(|(name, notes)| (name.as_str(), notes.as_str()))
            .collect();
        assert_eq!(back, expected);
    }

    proptest! {
        #[test]
        fn any_text_written_and_read_back_is_the_same(text in "['=+@\t\r -]{0,3}.{0,8}") {
            let cell = written(&text);
            prop_assert_eq!(unescape(&cell), text.as_str());
            // What a spreadsheet sees never starts a formula.
            prop_assert!(!cell.starts_with(TRIGGERS) || cell.parse::<f64>().is_ok());
        }
    }
}
