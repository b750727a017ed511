//! A copy of a map that can leave the coalition: without the confidential
//! notes and, when asked, without the names of individuals, which are
//! replaced by their kind, a number and their role. The copy says exactly
//! what was taken out, so the dialog and the command line can tell the user.

use crate::edit::Edit;
use crate::model::{Kind, Map};

/// What to take out besides the confidential notes, which always go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareOptions {
    /// Replace each individual's name with "Individual N (role)".
    pub hide_individuals: bool,
}

/// What a copy for sharing leaves out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// The stakeholders whose confidential notes are left out, by name.
    pub confidential_notes: Vec<String>,
    /// Individuals' names and what replaces them.
    pub renamed: Vec<(String, String)>,
}

impl Removed {
    pub fn is_empty(&self) -> bool {
        self.confidential_notes.is_empty() && self.renamed.is_empty()
    }
}

/// Why the copy for sharing cannot be made (the map's own checks refuse
/// it, which a valid map never gives).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the copy for sharing could not be made: {0}")]
pub struct ShareError(#[from] pub crate::model::ModelError);

/// The copy of `map` for sharing, and what it leaves out. The map itself
/// is not changed.
pub fn share_copy(map: &Map, options: ShareOptions) -> Result<(Map, Removed), ShareError> {
    let mut copy = map.clone();
    let mut removed = Removed::default();
    let mut individuals = 0;
    let updates: Vec<_> = map
        .stakeholders_sorted()
        .into_iter()
        .filter_map(|s| {
            let mut shared = s.clone();
            if !s.confidential_notes.trim().is_empty() {
                removed.confidential_notes.push(s.name.clone());
            }
            shared.confidential_notes.clear();
            if options.hide_individuals && s.kind == Kind::Individual {
                individuals += 1;
                shared.name = format!(
                    "Individual {individuals} ({})",
                    s.role.label().to_lowercase()
                );
                removed.renamed.push((s.name.clone(), shared.name.clone()));
            }
            (shared != *s).then_some(Edit::UpdateStakeholder(shared))
        })
        .collect();
    Edit::Batch(updates).apply(&mut copy)?;
    Ok((copy, removed))
}
