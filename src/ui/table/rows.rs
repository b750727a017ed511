//! What the table needs of a kind of row (stakeholders or relations):
//! how to list, show, sort, edit and select them.

use std::borrow::Cow;

use egui::Color32;

use super::collation::Collation;
use super::{Edit, Editor, Map, Selection, SheetColumn, Shown, SortKey, StakeholderId, Value};
use crate::model::{Day, RelationKind};

/// What the table derives from the whole map for its lists of choices,
/// computed again only when the map changes, not every frame a list is open.
#[derive(Default)]
pub(super) struct Derived {
    /// Every stakeholder by name, in collation order: the choices for a
    /// relation's ends.
    pub(super) by_name: Vec<(StakeholderId, String)>,
    /// The built-in relation kinds, then the map's own.
    pub(super) kinds: Vec<RelationKind>,
}

/// One kind of row (stakeholders or relations): how to list, show, sort,
/// edit and select them.
pub(super) trait Rows {
    type Id: Clone + Ord + std::fmt::Debug + Send + Sync + 'static;
    type Column: SheetColumn;
    /// Distinguishes the widgets of one table from the other's.
    const SALT: &'static str;
    /// What the rows are, as the table's messages choose their words by
    /// it: "stakeholders" or "relations".
    const ROWS: &'static str;
    const COLUMNS: usize;

    fn column(index: usize) -> Self::Column {
        let all = Self::Column::all();
        all[index.min(all.len() - 1)]
    }
    fn name(column: usize) -> String {
        Self::column(column).label()
    }
    fn width(column: usize) -> f32 {
        Self::column(column).width()
    }
    fn editor(column: usize) -> Editor {
        Self::column(column).editor()
    }
    /// What the choices of this kind of row need of the whole map.
    fn derive(_map: &Map, _collation: &mut Collation) -> Derived {
        Derived::default()
    }
    /// Every row not hidden by the filter, in no particular order.
    fn ids(map: &Map, shown: &Shown) -> Vec<Self::Id>;
    fn is_dimmed(map: &Map, shown: &Shown, id: &Self::Id) -> bool;
    /// The colour of the highlighted coalition, when the row belongs to it.
    fn highlight(map: &Map, shown: &Shown, id: &Self::Id) -> Option<Color32>;
    /// The key a column sorts by; `today` is the day what has gone cold is
    /// judged on (the app's clock, or the day looked back at).
    fn sort_key(map: &Map, id: &Self::Id, column: usize, today: Day) -> SortKey;
    /// A cell's text, as of `today`.
    fn cell<'m>(map: &'m Map, id: &Self::Id, column: usize, today: Day) -> Cow<'m, str>;
    /// The choices of a `Pick` or `Flags` column.
    fn options(map: &Map, derived: &Derived, column: usize) -> Vec<String>;
    /// The text a `Text` cell is edited from.
    fn text(map: &Map, id: &Self::Id, column: usize, today: Day) -> String;
    /// The chosen option(s) of a `Pick` or `Flags` cell.
    fn chosen(map: &Map, derived: &Derived, id: &Self::Id, column: usize) -> Vec<usize>;
    /// The edit that gives a cell this value; `None` when nothing changes
    /// or the value is not allowed (an empty name).
    fn edit(
        map: &Map,
        derived: &Derived,
        id: &Self::Id,
        column: usize,
        value: &Value,
    ) -> Option<Edit>;
    fn is_selected(selection: &Selection, id: &Self::Id) -> bool;
    /// The selected rows the table shows (not hidden by the filter).
    fn selected_shown(map: &Map, shown: &Shown, selection: &Selection) -> Vec<Self::Id>;
    fn select_only(selection: &mut Selection, id: &Self::Id);
    fn toggle(selection: &mut Selection, id: &Self::Id);
    fn add(selection: &mut Selection, id: &Self::Id);
    /// A stakeholder that can be dragged out of this cell (onto a coalition).
    fn drag_payload(id: &Self::Id, column: usize) -> Option<StakeholderId>;
    /// What the view should centre on when the row is clicked.
    fn centre_on(map: &Map, id: &Self::Id) -> Option<StakeholderId>;
    /// Whether a text column holds a list, added to rather than replaced in bulk.
    fn is_list(_column: usize) -> bool {
        false
    }
}
