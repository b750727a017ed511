//! Texts in the order a reader expects them, by the Unicode Collation
//! Algorithm (feruca's root collation: "Église" with the E's, case and
//! accents second), compared cheaply where that gives the same answer.
//!
//! feruca works out a comparison from the two texts each time, a few
//! hundred nanoseconds for a name, and sorting 20,000 names takes some
//! 300,000 comparisons. Most names are written in ASCII letters and digits
//! with spaces and punctuation, perhaps an accented Latin letter: for
//! those the collation's first level is simply their letters and digits,
//! case and accents set aside and spaces and punctuation ignored (they
//! are "variable" and the collation shifts them to its last level), digits
//! before letters. Each text's first level is worked out once; two texts
//! whose first levels differ are in that order, and anything else (the
//! same letters, or a letter of another script) is asked of feruca.

use std::cmp::Ordering;

use feruca::Collator;

/// A text to be sorted, with its first level when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Collated {
    text: String,
    /// The text's letters (lower case, unaccented) and digits, in order:
    /// its collation's first level; `None` when it holds a character
    /// whose first level is not that simple.
    primary: Option<Box<[u8]>>,
}

impl Collated {
    pub(super) fn new(text: String) -> Self {
        let primary = primary_level(&text);
        Self { text, primary }
    }

    pub(super) fn into_text(self) -> String {
        self.text
    }
}

/// Compares [`Collated`] texts; feruca's collator keeps buffers, so one
/// is made once and kept.
#[derive(Default)]
pub(super) struct Collation {
    collator: Collator,
}

impl Collation {
    /// The order of two texts, as `feruca::Collator::default()` gives it.
    pub(super) fn cmp(&mut self, a: &Collated, b: &Collated) -> Ordering {
        if let (Some(x), Some(y)) = (&a.primary, &b.primary)
            && x != y
        {
            return x.cmp(y);
        }
        self.collator.collate(a.text.as_str(), b.text.as_str())
    }
}

/// The first level of `text`'s collation, when every character of it is
/// an ASCII letter or digit, a space or ASCII punctuation, or a Latin-1
/// letter with an accent (which is its plain letter at that level).
fn primary_level(text: &str) -> Option<Box<[u8]>> {
    let mut level = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'a'..='z' | '0'..='9' => level.push(c as u8),
            'A'..='Z' => level.push(c.to_ascii_lowercase() as u8),
            // Punctuation, not symbols ($ + < = > ^ ` | ~ have a weight of
            // their own at the first level).
            ' ' | '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/'
            | ':' | ';' | '?' | '@' | '[' | '\\' | ']' | '_' | '{' | '}' => {}
            _ => level.push(unaccented(c)?),
        }
    }
    Some(level.into_boxed_slice())
}

/// The plain lower-case letter of a Latin-1 letter with an accent, which
/// decomposes into that letter and combining marks (not Æ, Ø or ß, letters
/// of their own).
fn unaccented(c: char) -> Option<u8> {
    Some(match c {
        'À'..='Å' | 'à'..='å' => b'a',
        'Ç' | 'ç' => b'c',
        'È'..='Ë' | 'è'..='ë' => b'e',
        'Ì'..='Ï' | 'ì'..='ï' => b'i',
        'Ñ' | 'ñ' => b'n',
        'Ò'..='Ö' | 'ò'..='ö' => b'o',
        'Ù'..='Ü' | 'ù'..='ü' => b'u',
        'Ý' | 'ý' | 'ÿ' => b'y',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The cheap comparison and feruca's agree on a pair of texts.
    fn agree(a: &str, b: &str) -> Result<(), TestCaseError> {
        let mut collation = Collation::default();
        let mut collator = Collator::default();
        let (x, y) = (Collated::new(a.to_owned()), Collated::new(b.to_owned()));
        prop_assert_eq!(
            collation.cmp(&x, &y),
            collator.collate(a, b),
            "{:?} against {:?}",
            a,
            b
        );
        Ok(())
    }

    /// Characters names are written with: the ones compared cheaply, some
    /// that are not (symbols, letters of their own, other scripts).
    const ALPHABET: &[char] = &[
        'a', 'b', 'e', 'l', 'o', 'z', 'A', 'B', 'E', 'L', 'Z', '0', '1', '9', ' ', '\'', '(', ')',
        '-', '.', ',', '&', '/', '!', '"', '#', '%', '*', ':', ';', '?', '@', '[', '\\', ']', '_',
        '{', '}', 'é', 'É', 'è', 'à', 'ç', 'ñ', 'ö', 'Å', 'ÿ', 'Ý', 'æ', 'ø', 'ß', '$', '+', '~',
        'ا', 'ل', '中', '工', '\u{301}',
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..8)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Whatever the texts, the order is feruca's.
        #[test]
        fn the_cheap_comparison_gives_the_collations_order(a in text(), b in text()) {
            agree(&a, &b)?;
        }

        /// Texts alike but for case, accents, spaces or punctuation, which
        /// only feruca can tell apart.
        #[test]
        fn texts_alike_but_for_case_and_accents_are_asked_of_feruca(
            a in text(),
            changes in prop::collection::vec((0usize..8, prop::sample::select(ALPHABET)), 0..3),
        ) {
            let mut b: Vec<char> = a.chars().collect();
            for (at, c) in changes {
                let at = at.min(b.len());
                b.insert(at, c);
            }
            let b: String = b.into_iter().collect();
            agree(&a, &b)?;
            agree(&a.to_uppercase(), &b)?;
        }
    }

    #[test]
    fn every_character_compared_cheaply_is_ignored_or_its_letter_at_the_first_level() {
        let mut collator = Collator::default();
        for c in (' '..='~').chain('\u{c0}'..='\u{ff}') {
            let Some(level) = primary_level(&c.to_string()) else {
                continue;
            };
            if let [letter] = *level {
                // As its letter: before the next letter, after the one before.
                let letter = char::from(letter);
                if letter != '9' && letter != 'z' {
                    let next = char::from(letter as u8 + 1);
                    assert_eq!(
                        collator.collate(&format!("x{c}"), &format!("x{next}")),
                        Ordering::Less,
                        "{c}"
                    );
                }
                if letter != '0' && letter != 'a' {
                    let before = char::from(letter as u8 - 1);
                    assert_eq!(
                        collator.collate(&format!("x{c}"), &format!("x{before}")),
                        Ordering::Greater,
                        "{c}"
                    );
                }
            } else {
                // Ignored: "x?b" after "xa", "x?a" before "xb".
                assert!(level.is_empty(), "{c}");
                assert_eq!(
                    collator.collate(format!("x{c}b").as_str(), "xa"),
                    Ordering::Greater,
                    "{c}"
                );
                assert_eq!(
                    collator.collate(format!("x{c}a").as_str(), "xb"),
                    Ordering::Less,
                    "{c}"
                );
            }
        }
    }

    #[test]
    fn names_of_every_script_sort_as_feruca_sorts_them() {
        let names = [
            "Église évangélique de Bangui",
            "Eglise catholique",
            "église réformée",
            "منتدى وكالات الإغاثة",
            "联合国难民理事会",
            "Women's Alliance 12",
            "Womens Alliance 3",
            "Minister of Health (120)",
            "Minister of Health (12)",
            "UNISON",
            "unison",
            "Lucía Moreno",
            "Lucia Moreno",
            "Tomás Diallo",
            "Æther Institute",
            "Ørsted Foundation",
        ];
        let mut collation = Collation::default();
        let mut collator = Collator::default();
        let mut cheap: Vec<Collated> = names
            .iter()
            .map(|n| Collated::new((*n).to_owned()))
            .collect();
        cheap.sort_by(|a, b| collation.cmp(a, b));
        let mut slow = names.to_vec();
        slow.sort_by(|a, b| collator.collate(*a, *b));
        let cheap: Vec<&str> = cheap.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cheap, slow);
    }
}
