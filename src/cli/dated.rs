//! `export --at DAY` and `--compare A..B`: a picture of the map as it was
//! on a day, or of what changed between two days.

use std::borrow::Cow;
use std::sync::Arc;

use super::PictureArgs;
use crate::i18n::tr_with;
use crate::model::{Map, as_of};
use crate::ui::picture::RenderOptions;

/// The map a picture draws, as of the day asked for, with what it is
/// compared with and the days in words put into `options`.
pub(super) fn dated<'a>(
    map: &'a Map,
    picture: &PictureArgs,
    options: &mut RenderOptions,
) -> Cow<'a, Map> {
    let day = picture.at.or(picture.compare.and_then(|c| c.to));
    if let Some(compare) = picture.compare {
        options.compare = Some(Arc::new(as_of(map, compare.from)));
        options.days = Some(match compare.to {
            Some(to) => format!("{} → {to}", compare.from),
            None => tr_with(
                "cli-days-to-now",
                &[("from", compare.from.to_string().into())],
            ),
        });
    } else if let Some(day) = day {
        options.days = Some(tr_with(
            "cli-days-as-of",
            &[("day", day.to_string().into())],
        ));
    }
    match day {
        Some(day) => Cow::Owned(as_of(map, day)),
        None => Cow::Borrowed(map),
    }
}
