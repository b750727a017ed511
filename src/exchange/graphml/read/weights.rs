//! Gephi's edge `weight` read as a relation's strength. Gephi gives every
//! edge a weight on a scale of the user's own (1.0 when none was given);
//! a Powermap strength is 1 to 3. Weights that are already 1, 2 or 3 are
//! taken as they are; others are scaled from the file's lowest to its
//! highest weight; the same weight on every edge tells nothing. The report
//! says which, so the user knows where each strength came from.

use crate::model::{Relation, STRENGTH_RANGE};

/// Sets the strength of each relation `weights` names (by index) from its
/// weight; returns what the report says about it, if anything.
pub(super) fn strengths_from_weights(
    relations: &mut [Relation],
    weights: &[(usize, f32)],
) -> Option<String> {
    let (low, high) = (*STRENGTH_RANGE.start(), *STRENGTH_RANGE.end());
    weights.first()?;
    let min = weights
        .iter()
        .map(|&(_, w)| w)
        .fold(f32::INFINITY, f32::min);
    let max = weights
        .iter()
        .map(|&(_, w)| w)
        .fold(f32::NEG_INFINITY, f32::max);
    if max <= min {
        return Some(format!(
            "every edge has weight {min}: the weight tells no strength, so strengths are medium unless the file gives them"
        ));
    }
    let as_they_are = weights
        .iter()
        .all(|&(_, w)| w.fract() == 0.0 && (f32::from(low)..=f32::from(high)).contains(&w));
    for &(index, weight) in weights {
        let Some(relation) = relations.get_mut(index) else {
            continue;
        };
        let strength = if as_they_are {
            weight
        } else {
            f32::from(low) + f32::from(high - low) * (weight - min) / (max - min)
        };
        // In range by construction; the clamp keeps rounding inside it.
        relation.strength = (strength.round() as u8).clamp(low, high);
    }
    Some(if as_they_are {
        format!(
            "the edges' weight is read as their strength: weights {low} to {high} are strengths as they are"
        )
    } else {
        format!(
            "the edges' weight is read as their strength: weights from {min} to {max} are scaled onto strengths {low} to {high} (weak to strong), each to the nearest"
        )
    })
}
