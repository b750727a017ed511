//! A copy of a map that can leave the coalition: without the confidential
//! notes and, when asked, without the names of individuals, which are
//! replaced by their kind, a number and their role. The copy says exactly
//! what was taken out, so the dialog and the command line can tell the user.
//! Neither writes the copy over a file that holds what it leaves out: not
//! over its own map, nor over any map with confidential notes.

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Kind, Map};

/// What to take out besides the confidential notes, which always go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareOptions {
    /// Replace each individual's name with "Individual N (role)".
    pub hide_individuals: bool,
    /// Leave out the history: every recorded value and checkpoint, so the
    /// copy shows only how things stand now.
    pub drop_history: bool,
}

/// What a copy for sharing leaves out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// The stakeholders whose confidential notes are left out, by name.
    pub confidential_notes: Vec<String>,
    /// Individuals' names and what replaces them.
    pub renamed: Vec<(String, String)>,
    /// How many recorded values lost a source marked confidential.
    pub confidential_sources: usize,
    /// How many logged contacts marked confidential are left out, whole.
    pub confidential_contacts: usize,
    /// With [`ShareOptions::drop_history`], how many recorded values and
    /// checkpoints are left out.
    pub history: Option<(usize, usize)>,
}

impl Removed {
    pub fn is_empty(&self) -> bool {
        self.confidential_notes.is_empty()
            && self.renamed.is_empty()
            && self.confidential_sources == 0
            && self.confidential_contacts == 0
            && self
                .history
                .is_none_or(|(values, marks)| values + marks == 0)
    }
}

/// Why the copy for sharing cannot be made (the map's own checks refuse
/// it, which a valid map never gives).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", tr_with("share-not-made", &[("problem", .0.to_string().into())]))]
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
                shared.name = tr_with(
                    "share-individual",
                    &[
                        ("number", individuals.into()),
                        ("role", s.role.translated().to_lowercase().into()),
                    ],
                );
                removed.renamed.push((s.name.clone(), shared.name.clone()));
            }
            (shared != *s).then_some(Edit::UpdateStakeholder(shared))
        })
        .collect();
    Edit::Batch(updates).apply(&mut copy)?;
    // A confidential source goes; the value it gave stays.
    let unsourced: Vec<Edit> = map
        .timeline()
        .observations()
        .filter(|o| o.confidential)
        .map(|o| {
            let mut shared = o.clone();
            shared.source.clear();
            shared.confidential = false;
            Edit::Observe(Box::new(shared))
        })
        .collect();
    removed.confidential_sources = unsourced.len();
    Edit::Batch(unsourced).apply(&mut copy)?;
    let unlogged: Vec<Edit> = map
        .plan()
        .contacts()
        .filter(|c| c.confidential)
        .map(|c| Edit::DeleteContact(c.id.clone()))
        .collect();
    removed.confidential_contacts = unlogged.len();
    Edit::Batch(unlogged).apply(&mut copy)?;
    if options.drop_history {
        removed.history = Some(drop_history(&mut copy)?);
    }
    Ok((copy, removed))
}

/// Takes every recorded value and checkpoint out of `map`: how many of each.
fn drop_history(map: &mut Map) -> Result<(usize, usize), ShareError> {
    let timeline = map.timeline();
    let forgotten: Vec<Edit> = timeline
        .observations()
        .map(|o| Edit::Unobserve(o.key()))
        .chain(
            timeline
                .checkpoints()
                .iter()
                .cloned()
                .map(Edit::DeleteCheckpoint),
        )
        .collect();
    let counts = (timeline.observation_count(), timeline.checkpoints().len());
    Edit::Batch(forgotten).apply(map)?;
    Ok(counts)
}

/// Why a copy for sharing is not written where the user asked: the file
/// there holds confidential notes the copy would replace.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareTargetError {
    #[error("{}", tr_with("share-target-is-source", &[("path", .0.display().to_string().into())]))]
    IsSource(PathBuf),
    #[error("{}", tr_with("share-target-holds-confidential", &[
        ("path", .path.display().to_string().into()),
        ("whose", .whose.as_str().into()),
    ]))]
    HoldsConfidential { path: PathBuf, whose: String },
}

/// Checks that the copy for sharing may be written at `target`: it is not
/// the map's own file `source`, and the file there (if any) holds no more
/// confidential text than `copy`. A file that is not a map Powermap reads
/// (a newer version, a damaged one) is judged by its text.
pub fn check_share_target(
    source: Option<&Path>,
    target: &Path,
    copy: &Map,
) -> Result<(), ShareTargetError> {
    if !target.exists() {
        return Ok(());
    }
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if source.is_some_and(|source| same(source, target)) {
        return Err(ShareTargetError::IsSource(target.to_owned()));
    }
    let kept = confidential_bytes(copy);
    let holds_more = |whose: String| ShareTargetError::HoldsConfidential {
        path: target.to_owned(),
        whose,
    };
    let Ok(there) = crate::file::load_file(target) else {
        let text = std::fs::read(target).unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let noted = text
            .match_indices("confidential_notes:")
            .any(|(at, field)| !text[at + field.len()..].trim_start().starts_with("\"\""));
        return if noted && kept == 0 {
            Err(holds_more(tr("share-unreadable-file")))
        } else {
            Ok(())
        };
    };
    if confidential_bytes(&there) > kept {
        let names: Vec<String> = there
            .stakeholders_sorted()
            .into_iter()
            .filter(|s| !s.confidential_notes.trim().is_empty())
            .map(|s| s.name.clone())
            .collect();
        return Err(holds_more(crate::words::join_words(
            &names,
            &tr("words-and"),
        )));
    }
    Ok(())
}

/// How much confidential text a map holds.
fn confidential_bytes(map: &Map) -> usize {
    map.stakeholders()
        .map(|s| s.confidential_notes.trim().len())
        .sum::<usize>()
        + map
            .timeline()
            .observations()
            .filter(|o| o.confidential)
            .map(|o| o.source.trim().len())
            .sum::<usize>()
        + map
            .plan()
            .contacts()
            .filter(|c| c.confidential)
            .map(|c| c.note.trim().len().max(1))
            .sum::<usize>()
}
