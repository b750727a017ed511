//! Whether a map fits in a file Powermap opens again: the one check every
//! writer (import, merge, fmt, export, the app's save) makes against the
//! limits the loader holds files to, so nothing Powermap writes is a file
//! it then refuses.

use super::{LoadError, MAX_FILE_BYTES, guard, to_ron_string};
use crate::i18n::{tr, tr_with};
use crate::model::Map;
use crate::words::{join_words, thousands};

/// Why a map does not fit in a file Powermap opens, in words that name the
/// limit and what the map holds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TooBig(String);

/// Checks a map against the loader's limits before it is written. The
/// items are counted from the map, so the message says how many of each
/// there are; the text bounds (a note longer than a book, a file over the
/// size limit) are checked on the text that would be written.
pub fn check_fits(map: &Map) -> Result<(), TooBig> {
    let limit = guard::LIMITS.max_items;
    let members: usize = map.coalitions().map(|c| c.members.len()).sum();
    let counts = [
        (map.stakeholder_count(), "stakeholder"),
        (map.relation_count(), "relation"),
        (map.coalition_count(), "coalition"),
        (members, "member"),
        (map.scenes().len(), "scene"),
    ];
    let items: usize = counts.iter().map(|(count, _)| count).sum();
    if items > limit {
        let held: Vec<String> = counts
            .iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, noun)| counted(*count, noun))
            .collect();
        return Err(TooBig(tr_with(
            "fits-too-many-items",
            &[
                ("held", join_words(&held, &tr("words-and")).into()),
                ("items", thousands(items as u64).into()),
                ("most", thousands(limit as u64).into()),
            ],
        )));
    }
    let Ok(text) = to_ron_string(map) else {
        return Ok(());
    };
    if text.len() as u64 > MAX_FILE_BYTES {
        let bytes = text.len() as u64;
        return Err(TooBig(LoadError::TooLarge { bytes }.to_string()));
    }
    guard::check(&text, &guard::LIMITS).map_err(|refusal| TooBig(refusal.message))
}

/// "1 stakeholder", "40,000 stakeholders", in this thread's language.
fn counted(count: usize, noun: &str) -> String {
    tr_with(
        "fits-count",
        &[
            ("noun", noun.into()),
            ("count", count.into()),
            ("written", thousands(count as u64).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Stakeholder, StakeholderId};

    #[test]
    fn a_map_over_the_item_limit_is_refused_with_its_counts() {
        let mut map = Map::new("Big");
        for i in 0..=guard::LIMITS.max_items {
            let id = StakeholderId::new(format!("s{}", i + 1));
            let stakeholder = Stakeholder::new(id, format!("S{i}"), Kind::Organization);
            map.insert_stakeholder(stakeholder).expect("new id");
        }
        let refusal = check_fits(&map).expect_err("too many");
        assert_eq!(
            refusal.to_string(),
            "the map holds 100,001 stakeholders (100,001 items); Powermap opens maps of up to 100,000 stakeholders, relations, coalitions, members and scenes together"
        );
        assert!(check_fits(&Map::new("Small")).is_ok());
    }
}
