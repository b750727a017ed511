//! How the map is looked at, apart from where from: the filter, the focus
//! on one stakeholder's neighbourhood, whether what those leave out is
//! hidden or drawn faint, and the coalition whose members are ringed. The
//! editor, every scene and every picture hold one, so they all show the
//! same things the same way.

use super::{CoalitionId, Filter, Focus, Map};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lens {
    pub filter: Filter,
    pub focus: Option<Focus>,
    /// Leave out what the filter and focus leave out, instead of fading it.
    pub hide_filtered: bool,
    /// A coalition whose members are ringed in its colour.
    pub coalition: Option<CoalitionId>,
}

impl Lens {
    /// Lets go of a focus or a coalition the map no longer has (after a
    /// delete or an undo), so nothing looks through a lens at what is gone.
    pub fn forget_missing(&mut self, map: &Map) {
        if self
            .focus
            .as_ref()
            .is_some_and(|focus| map.stakeholder(&focus.stakeholder).is_none())
        {
            self.focus = None;
        }
        if self
            .coalition
            .as_ref()
            .is_some_and(|id| map.coalition(id).is_none())
        {
            self.coalition = None;
        }
    }
}
