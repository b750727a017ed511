//! Strengths on another tool's scale read as Powermap's 1 to 3. Gephi gives
//! every edge a `weight` on a scale of the user's own (1.0 when none was
//! given); Kumu's `Strength` is any number. Values that are already 1, 2
//! or 3 are taken as they are; others are scaled from the file's lowest to
//! its highest value; the same value on every relation tells nothing. The
//! report says which, so the user knows where each strength came from.

use crate::i18n::tr_with;
use crate::model::{Relation, STRENGTH_RANGE};

/// Sets the strength of each relation `values` names (by index) from its
/// value of `source` ("the edges' weight", "the Strength column"); returns
/// what the report says about it, if anything, in this thread's language.
pub(crate) fn scaled_strengths(
    relations: &mut [Relation],
    values: &[(usize, f32)],
    source: &str,
) -> Option<String> {
    let (low, high) = (*STRENGTH_RANGE.start(), *STRENGTH_RANGE.end());
    values.first()?;
    let min = values.iter().map(|&(_, v)| v).fold(f32::INFINITY, f32::min);
    let max = values
        .iter()
        .map(|&(_, v)| v)
        .fold(f32::NEG_INFINITY, f32::max);
    if max <= min {
        return Some(tr_with(
            "import-strength-same",
            &[("source", source.into()), ("value", min.to_string().into())],
        ));
    }
    let as_they_are = values.iter().all(|&(_, v)| is_strength(v));
    for &(index, value) in values {
        let Some(relation) = relations.get_mut(index) else {
            continue;
        };
        let strength = if as_they_are {
            value
        } else {
            f32::from(low) + f32::from(high - low) * (value - min) / (max - min)
        };
        // In range by construction; the clamp keeps rounding inside it.
        relation.strength = (strength.round() as u8).clamp(low, high);
    }
    Some(if as_they_are {
        tr_with(
            "import-strength-as-is",
            &[
                ("source", source.into()),
                ("low", low.into()),
                ("high", high.into()),
            ],
        )
    } else {
        tr_with(
            "import-strength-scaled",
            &[
                ("source", source.into()),
                ("min", min.to_string().into()),
                ("max", max.to_string().into()),
                ("low", low.into()),
                ("high", high.into()),
            ],
        )
    })
}

/// Whether a number is one of Powermap's own strengths.
pub(crate) fn is_strength(value: f32) -> bool {
    let (low, high) = (*STRENGTH_RANGE.start(), *STRENGTH_RANGE.end());
    value.fract() == 0.0 && (f32::from(low)..=f32::from(high)).contains(&value)
}

/// A number as a spreadsheet or GraphML writes it, when it is a finite one.
pub(crate) fn number(text: &str) -> Option<f32> {
    text.trim().parse::<f32>().ok().filter(|v| v.is_finite())
}
