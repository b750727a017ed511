//! `export --at DAY` and `--compare A..B`: a picture of the map as it was
//! on a day, or of what changed between two days.

use std::borrow::Cow;
use std::sync::Arc;

use super::PictureArgs;
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
    // In words, as a scene's caption says them: "From 1 February 2026 to
    // now", not an arrow the picture's font may lack.
    let compared_with = picture.compare.map(|compare| compare.from);
    if let Some(from) = compared_with {
        options.compare = Some(Arc::new(as_of(map, from)));
    }
    options.days = crate::ui::scene_days::shown_days_words(day, compared_with);
    match day {
        Some(day) => {
            // What has gone cold is judged as of the day shown.
            options.today = day;
            Cow::Owned(as_of(map, day))
        }
        None => Cow::Borrowed(map),
    }
}
