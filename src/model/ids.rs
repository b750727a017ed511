//! Stable string ids for the items of a map, and the order files list them in.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The letter that starts ids this map hands out for this kind of item.
            pub const PREFIX: &'static str = $prefix;

            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> Ordering {
                natural_cmp(&self.0, &other.0)
            }
        }
    };
}

id_type!(
    /// Identifies a stakeholder inside one map; never reused, even after deletion.
    StakeholderId,
    "s"
);
id_type!(
    /// Identifies a relation inside one map; never reused, even after deletion.
    RelationId,
    "r"
);
id_type!(
    /// Identifies a coalition inside one map; never reused, even after deletion.
    CoalitionId,
    "c"
);
id_type!(
    /// Identifies a presentation scene inside one map; never reused, even after deletion.
    SceneId,
    "v"
);

id_type!(
    /// Identifies a job of the plan inside one map; never reused, even after deletion.
    JobId,
    "j"
);
id_type!(
    /// Identifies an ask of the plan inside one map; never reused, even after deletion.
    AskId,
    "a"
);
id_type!(
    /// Identifies a logged contact inside one map; never reused, even after deletion.
    ContactId,
    "e"
);

/// The highest serial the id counter reaches. Ids may end in bigger
/// numbers, but those reserve nothing, so the counter can never run into
/// the end of `u64` and hand out the same id forever.
pub const MAX_SERIAL: u64 = 1 << 53;

/// Orders ids so that `s2` comes before `s10`: text first, then the number
/// that ends the id, then the whole text as a tie-break.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    // The common case in sorted maps keyed by an id and more (an item's
    // observations): the same id, told apart by what follows.
    if a == b {
        return Ordering::Equal;
    }
    let (a_text, a_number) = split_serial(a);
    let (b_text, b_number) = split_serial(b);
    a_text
        .cmp(b_text)
        .then(a_number.cmp(&b_number))
        .then_with(|| a.cmp(b))
}

/// Splits an id into its leading text and the number it ends with, if any.
pub fn split_serial(id: &str) -> (&str, Option<u64>) {
    // ASCII digits are single bytes no other character's bytes contain.
    let digits = id.bytes().rev().take_while(u8::is_ascii_digit).count();
    let digits_start = id.len() - digits;
    let number = id[digits_start..].parse().ok();
    (&id[..digits_start], number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_by_their_number_not_as_text() {
        let mut ids: Vec<StakeholderId> = ["s10", "s2", "s1", "org", "s2b"]
            .into_iter()
            .map(StakeholderId::new)
            .collect();
        ids.sort();
        let sorted: Vec<&str> = ids.iter().map(StakeholderId::as_str).collect();
        assert_eq!(sorted, ["org", "s1", "s2", "s10", "s2b"]);
    }

    #[test]
    fn split_serial_finds_the_trailing_number() {
        assert_eq!(split_serial("s42"), ("s", Some(42)));
        assert_eq!(split_serial("ministry"), ("ministry", None));
        assert_eq!(split_serial("7"), ("", Some(7)));
        assert_eq!(split_serial(""), ("", None));
    }
}
