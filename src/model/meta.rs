//! What a map is about: its goal, theory of change and the conditions it works in.

use serde::{Deserialize, Serialize};

/// The first of the four Cs: the conditions a coalition works in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conditions {
    /// How much the issue matters to the public and decision makers now.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub salience: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub timing: String,
    /// How feasible winning looks, and why.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feasibility: String,
}

/// Everything about a map that is not a stakeholder, relation or coalition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapMeta {
    pub title: String,
    #[serde(default)]
    pub goal: String,
    /// The causal chain the coalition bets on.
    #[serde(default)]
    pub theory_of_change: String,
    #[serde(default)]
    pub conditions: Conditions,
    #[serde(default)]
    pub notes: String,
}
