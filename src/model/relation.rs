//! A relation between two stakeholders: who influences, funds or opposes whom.

use serde::{Deserialize, Serialize};

use super::stakeholder::choices;
use super::{RelationId, StakeholderId};

/// What a relation says about its two stakeholders.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RelationKind {
    Influences,
    Funds,
    MemberOf,
    AlliedWith,
    Opposes,
    HasAccessTo,
    ReportsTo,
    /// Members share information and support each other's work.
    Cooperates,
    /// Members align their plans and activities.
    Coordinates,
    /// Members build and run a joint effort.
    Collaborates,
    /// A kind the map's authors named themselves.
    Custom(String),
}

impl RelationKind {
    /// The kinds with a name of their own, in the order menus list them.
    pub const BUILT_IN: &'static [Self] = &[
        Self::Influences,
        Self::Funds,
        Self::MemberOf,
        Self::AlliedWith,
        Self::Opposes,
        Self::HasAccessTo,
        Self::ReportsTo,
        Self::Cooperates,
        Self::Coordinates,
        Self::Collaborates,
    ];

    /// The name users see, in sentence case.
    pub fn label(&self) -> &str {
        match self {
            Self::Influences => "Influences",
            Self::Funds => "Funds",
            Self::MemberOf => "Member of",
            Self::AlliedWith => "Allied with",
            Self::Opposes => "Opposes",
            Self::HasAccessTo => "Has access to",
            Self::ReportsTo => "Reports to",
            Self::Cooperates => "Cooperates",
            Self::Coordinates => "Coordinates",
            Self::Collaborates => "Collaborates",
            Self::Custom(label) => label,
        }
    }
}

impl std::fmt::Display for RelationKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

choices!(
    /// How sure the map's authors are that a relation exists.
    Confidence {
        Confirmed => "Confirmed",
        /// Drawn dashed.
        Uncertain => "Uncertain",
    }
);

/// The lowest and highest strength of a relation.
pub const STRENGTH_RANGE: std::ops::RangeInclusive<u8> = 1..=3;

/// A relation from one stakeholder to another (or between both, when mutual).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub id: RelationId,
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    /// Both ways: drawn with arrowheads at both ends.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mutual: bool,
    /// 1 (weak) to 3 (strong).
    #[serde(default = "default_strength")]
    pub strength: u8,
    #[serde(default = "default_confidence")]
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn default_strength() -> u8 {
    2
}

fn default_confidence() -> Confidence {
    Confidence::Confirmed
}

impl Relation {
    /// A confirmed, directed relation of middle strength.
    pub fn new(id: RelationId, from: StakeholderId, to: StakeholderId, kind: RelationKind) -> Self {
        Self {
            id,
            from,
            to,
            kind,
            mutual: false,
            strength: default_strength(),
            confidence: default_confidence(),
            note: String::new(),
        }
    }
}
