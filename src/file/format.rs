//! The shape of a map file, version 4, as serde sees it.

use serde::{Deserialize, Serialize};

use crate::model::plan::DEFAULT_COLD_AFTER_DAYS;
use crate::model::{
    Ask, Checkpoint, Coalition, Conditions, Contact, Job, Observation, Relation, Scene, Stakeholder,
};

/// The name every Powermap file declares in its header.
pub const FORMAT_NAME: &str = "powermap";

/// The format version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u32 = 4;

/// The first fields of a file, read on their own to choose how to read the rest.
#[derive(Deserialize)]
pub(super) struct Header {
    /// Empty when the file has no format field.
    #[serde(default)]
    pub format: String,
    /// `None` when the file has no version field. Version 0 is a real
    /// version to migrate from, not a stand-in for a missing one.
    #[serde(default, deserialize_with = "present")]
    pub version: Option<u32>,
}

/// Reads a field that is there; RON would otherwise want `Some(1)` for an `Option`.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(deserializer).map(Some)
}

/// A whole file: the header, then the map.
#[derive(Serialize, Deserialize)]
pub(super) struct FileData {
    pub format: String,
    pub version: u32,
    pub map: MapData,
}

/// The map as written in a file: metadata first, then every item in id order.
#[derive(Serialize, Deserialize)]
pub(super) struct MapData {
    pub title: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub theory_of_change: String,
    #[serde(default)]
    pub conditions: Conditions,
    #[serde(default)]
    pub notes: String,
    /// The serial the next new id gets; ids are never reused.
    #[serde(default)]
    pub next_id: u64,
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub coalitions: Vec<Coalition>,
    /// In the order they are presented (version 2 on).
    #[serde(default)]
    pub scenes: Vec<Scene>,
    /// Named days, in date order (version 3 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkpoints: Vec<Checkpoint>,
    /// Dated values, by item, field and date (version 3 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    /// Days without contact after which a relation is cold (version 4 on).
    #[serde(
        default = "default_cold_after_days",
        skip_serializing_if = "is_default_cold_after_days"
    )]
    pub cold_after_days: u32,
    /// The plan's jobs, in id order (version 4 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jobs: Vec<Job>,
    /// Asks along the influence paths, in id order (version 4 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks: Vec<Ask>,
    /// The contact log, in id order (version 4 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

fn default_cold_after_days() -> u32 {
    DEFAULT_COLD_AFTER_DAYS
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_default_cold_after_days(days: &u32) -> bool {
    *days == DEFAULT_COLD_AFTER_DAYS
}
