//! Migrations that bring files of older format versions up to the current one.
//!
//! A migration rewrites the file's generic RON value from one version to the
//! next, so old files never need old Rust types. Versions are migrated one
//! step at a time until the current version is reached.

use ron::Value;

/// Rewrites a file of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    pub migrate: fn(Value) -> Result<Value, String>,
}

/// Every migration this build knows. Version 1 is the first format, so
/// there are none yet; the next version adds its step here.
pub const MIGRATIONS: &[Migration] = &[];

/// Brings a file's value from `version` up to `target`, or says which step is missing.
pub fn migrate(
    mut value: Value,
    mut version: u32,
    target: u32,
    migrations: &[Migration],
) -> Result<Value, String> {
    while version < target {
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| {
                format!(
                    "this build cannot read format version {version}; it reads versions {} to {target}",
                    oldest_readable(migrations, target)
                )
            })?;
        value = (step.migrate)(value)?;
        version += 1;
        set_version(&mut value, version);
    }
    Ok(value)
}

/// The oldest version a chain of migrations reaches `target` from.
fn oldest_readable(migrations: &[Migration], target: u32) -> u32 {
    let mut version = target;
    while version > 0 && migrations.iter().any(|m| m.from == version - 1) {
        version -= 1;
    }
    version
}

/// Writes the version number into the file's header.
fn set_version(value: &mut Value, version: u32) {
    if let Value::Map(map) = value {
        map.insert(
            Value::String("version".to_owned()),
            Value::Number(ron::value::Number::U32(version)),
        );
    }
}
