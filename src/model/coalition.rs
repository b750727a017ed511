//! A coalition: an opt-in campaign drawn from the stakeholders of a map.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::stakeholder::choices;
use super::{CoalitionId, StakeholderId};
use crate::i18n::tr_with;

choices!(
    /// A member's part in one coalition.
    MemberRole {
        Lead => "Lead",
        Member => "Member",
    }
);

/// One stakeholder's membership of a coalition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub stakeholder: StakeholderId,
    #[serde(default = "default_member_role")]
    pub role: MemberRole,
}

fn default_member_role() -> MemberRole {
    MemberRole::Member
}

/// An sRGB colour, written in files as `"#rrggbb"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub [u8; 3]);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl FromStr for Rgb {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || tr_with("model-not-a-colour", &[("text", text.into())]);
        let hex = text.strip_prefix('#').ok_or_else(invalid)?;
        // Only hex digits: `from_str_radix` alone would take "+1" as a channel.
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(invalid());
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| invalid());
        Ok(Self([channel(0)?, channel(2)?, channel(4)?]))
    }
}

impl Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An opt-in campaign: its objective and the stakeholders taking part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coalition {
    pub id: CoalitionId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objective: String,
    #[serde(default = "default_colour")]
    pub colour: Rgb,
    #[serde(default)]
    pub members: Vec<Member>,
}

fn default_colour() -> Rgb {
    Rgb([0x4c, 0x72, 0xb0])
}

impl Coalition {
    pub fn new(id: CoalitionId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            objective: String::new(),
            colour: default_colour(),
            members: Vec::new(),
        }
    }

    pub fn member(&self, stakeholder: &StakeholderId) -> Option<&Member> {
        self.members.iter().find(|m| &m.stakeholder == stakeholder)
    }

    /// Sorts members by stakeholder id so equal coalitions save as equal text.
    pub fn normalize(&mut self) {
        self.members
            .sort_by(|a, b| a.stakeholder.cmp(&b.stakeholder));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_and_write_as_hex() {
        let colour: Rgb = "#1F77b4".parse().unwrap();
        assert_eq!(colour, Rgb([0x1f, 0x77, 0xb4]));
        assert_eq!(colour.to_string(), "#1f77b4");
    }

    #[test]
    fn malformed_colours_are_refused_with_an_example() {
        for bad in ["1f77b4", "#1f77", "#zzzzzz", "#1f77b4ff", "#éé77b4"] {
            let err = bad.parse::<Rgb>().unwrap_err();
            assert!(err.contains("#rrggbb"), "{bad}: {err}");
        }
    }
}
