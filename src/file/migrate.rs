//! Migrations that bring files of older format versions up to the current one.
//!
//! A migration rewrites the text of a file from one version to the next, so
//! old files never need old Rust types. It works on text, not on a
//! `ron::Value`, because a `Value` drops the names of enum variants
//! (`kind: Target` becomes `()`), and no real map would survive the trip.
//! Versions are migrated one step at a time until the current one is reached.

/// Rewrites the text of a file of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    pub migrate: fn(&str) -> Result<String, MigrationError>,
}

/// Why a file of an older version could not be brought up to this one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MigrationError {
    /// No migration of this build starts at the file's version.
    #[error("{}", crate::i18n::tr_with("load-no-migration", &[
        ("version", (*.version).into()),
        ("oldest", (*.oldest).into()),
        ("newest", (*.newest).into()),
    ]))]
    NoStep {
        version: u32,
        oldest: u32,
        newest: u32,
    },
    /// A step found the old text in a shape it cannot rewrite, in its own words.
    #[error("{0}")]
    Damaged(String),
}

/// Every migration this build knows, one per version step.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        migrate: version_1_to_2,
    },
    Migration {
        from: 2,
        migrate: version_2_to_3,
    },
    Migration {
        from: 3,
        migrate: version_3_to_4,
    },
];

/// Version 2 adds the map's presentation scenes. A version 1 file has
/// none, and every field it has reads the same in version 2, so its text
/// stands as it is; saving it again writes version 2.
#[allow(clippy::unnecessary_wraps, reason = "every migration can fail")]
fn version_1_to_2(text: &str) -> Result<String, MigrationError> {
    Ok(text.to_owned())
}

/// Version 3 adds the map's history: checkpoints and dated observations.
/// A version 2 file has none, and reads the same in version 3.
#[allow(clippy::unnecessary_wraps, reason = "every migration can fail")]
fn version_2_to_3(text: &str) -> Result<String, MigrationError> {
    Ok(text.to_owned())
}

/// Version 4 adds the plan (jobs, asks, the contact log and the days
/// after which a relation is cold) and stakeholders' places and time
/// zones. A version 3 file has none of them, and reads the same in version 4.
#[allow(clippy::unnecessary_wraps, reason = "every migration can fail")]
fn version_3_to_4(text: &str) -> Result<String, MigrationError> {
    Ok(text.to_owned())
}

/// Brings a file's text from `version` up to `target`, or says which step is missing.
pub fn migrate(
    text: &str,
    mut version: u32,
    target: u32,
    migrations: &[Migration],
) -> Result<String, MigrationError> {
    let mut text = text.to_owned();
    while version < target {
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| MigrationError::NoStep {
                version,
                oldest: oldest_readable(migrations, target),
                newest: target,
            })?;
        text = (step.migrate)(&text)?;
        version += 1;
    }
    Ok(text)
}

/// The oldest version a chain of migrations reaches `target` from.
fn oldest_readable(migrations: &[Migration], target: u32) -> u32 {
    let mut version = target;
    while version > 0 && migrations.iter().any(|m| m.from == version - 1) {
        version -= 1;
    }
    version
}
