//! A stakeholder: any actor on the map, with where it stands and what it brings.

use serde::{Deserialize, Serialize};

use super::StakeholderId;

/// Defines a closed list of choices with their labels in the users' words.
macro_rules! choices {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every choice, in the order menus and legends list them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The name users see, in sentence case.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
pub(crate) use choices;

choices!(
    /// What sort of actor a stakeholder is.
    Kind {
        Organization => "Organization",
        /// The institution or decision maker the coalition wants to move.
        Target => "Target",
        Individual => "Individual",
        Constituency => "Constituency",
        Media => "Media",
        Funder => "Funder",
        Other => "Other",
    }
);

choices!(
    /// Where a stakeholder stands on the coalition's goal: the spectrum of allies.
    Stance {
        ActiveAlly => "Active ally",
        PassiveAlly => "Passive ally",
        Neutral => "Neutral",
        PassiveOpposition => "Passive opposition",
        ActiveOpposition => "Active opposition",
        Unknown => "Unknown",
    }
);

choices!(
    /// A stakeholder's place in the coalition.
    Role {
        LeadershipCore => "Leadership core",
        CorePartner => "Core partner",
        NetworkMember => "Network member",
        External => "External",
    }
);

choices!(
    /// What a member brings to a coalition: resources, ideology and power.
    Contribution {
        Staff => "Staff",
        Funding => "Funding",
        Expertise => "Expertise",
        Legitimacy => "Legitimacy",
        Information => "Information",
        Contacts => "Contacts",
        ConstituencyAccess => "Constituency access",
        Ideology => "Ideology",
        Power => "Power",
    }
);

/// A point on the network canvas, in canvas units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub x: f32,
    pub y: f32,
}

impl Position {
    pub fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }

    /// The same point with `-0.0` as `0.0`: the two compare equal, so they
    /// must save as the same text, and a move between them is no change.
    #[must_use]
    pub fn normalized(self) -> Self {
        Self::new(self.x + 0.0, self.y + 0.0)
    }
}

/// The lowest and highest score of power, interest and commitment.
pub const SCORE_RANGE: std::ops::RangeInclusive<u8> = 1..=5;

/// Any actor on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: StakeholderId,
    pub name: String,
    pub kind: Kind,
    #[serde(default = "default_stance")]
    pub stance: Stance,
    /// Influence over the issue, 1–5.
    #[serde(default = "default_score")]
    pub power: u8,
    /// How much they care about the issue, 1–5.
    #[serde(default = "default_score")]
    pub interest: u8,
    #[serde(default = "default_role")]
    pub role: Role,
    /// How committed a member is to the coalition, 1–5.
    #[serde(default = "default_score")]
    pub commitment: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<Contribution>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expertise: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Notes never included in a copy made for sharing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub confidential_notes: String,
    #[serde(default)]
    pub position: Position,
    /// Pinned stakeholders stay where they are when the map is arranged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
    /// Where they are ("Geneva"), version 4 on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Their time zone, as the IANA database names it ("Europe/Zurich"),
    /// version 4 on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_zone: String,
}

fn default_stance() -> Stance {
    Stance::Unknown
}

fn default_role() -> Role {
    Role::External
}

fn default_score() -> u8 {
    3
}

impl Stakeholder {
    /// A new stakeholder with middle scores and nothing known about it yet.
    pub fn new(id: StakeholderId, name: impl Into<String>, kind: Kind) -> Self {
        Self {
            id,
            name: name.into(),
            kind,
            stance: default_stance(),
            power: default_score(),
            interest: default_score(),
            role: default_role(),
            commitment: default_score(),
            contributions: Vec::new(),
            expertise: Vec::new(),
            tags: Vec::new(),
            notes: String::new(),
            confidential_notes: String::new(),
            position: Position::default(),
            pinned: false,
            place: String::new(),
            time_zone: String::new(),
        }
    }

    /// Puts lists in their canonical order (sorted, no repeats, no blank tags)
    /// and the position in its canonical form, so that equal stakeholders are
    /// saved as equal text.
    pub fn normalize(&mut self) {
        self.position = self.position.normalized();
        self.contributions.sort();
        self.contributions.dedup();
        normalize_tags(&mut self.expertise);
        normalize_tags(&mut self.tags);
        for text in [&mut self.place, &mut self.time_zone] {
            let trimmed = text.trim();
            if trimmed.len() != text.len() {
                *text = trimmed.to_owned();
            }
        }
    }
}

/// Trims, drops blanks and repeats, and sorts a list of free-text tags.
pub fn normalize_tags(tags: &mut Vec<String>) {
    for tag in tags.iter_mut() {
        let trimmed = tag.trim();
        if trimmed.len() != tag.len() {
            *tag = trimmed.to_owned();
        }
    }
    tags.retain(|tag| !tag.is_empty());
    tags.sort();
    tags.dedup();
}
