//! Rectangles kept in the squares of a grid, to find those that meet a
//! given rectangle. Built in one pass and grown one rectangle at a time;
//! where a view's names look for room among thousands of glyphs each time
//! it is drawn again, this costs a fraction of building an R*-tree.
//!
//! A rectangle is kept in every square it covers, so a search may meet it
//! more than once: what it is asked must not depend on how often an item
//! comes (an "all" or "any", a least or greatest).

use egui::{Pos2, Rect};

/// Most squares a grid has, whatever the area and the count.
const MOST_SQUARES: usize = 1 << 16;
/// A rectangle over more squares than this is kept aside and looked at
/// by every search (a wide caption, a ring round a large coalition).
const MOST_SQUARES_EACH: usize = 64;

/// What the grid holds: anything with a rectangle.
pub trait HasRect {
    fn rect(&self) -> Rect;
}

pub struct RectGrid<T> {
    origin: Pos2,
    side: f32,
    columns: usize,
    rows: usize,
    /// Indices into `items` of those it was built with, square after
    /// square, row by row: square `i`'s are `built[starts[i]..starts[i + 1]]`
    /// (one list for all, not one allocation per square).
    starts: Vec<u32>,
    built: Vec<u32>,
    /// Indices of those inserted since, per square; empty until the first.
    added: Vec<Vec<u32>>,
    /// Indices of the rectangles kept aside (see [`MOST_SQUARES_EACH`]).
    wide: Vec<u32>,
    items: Vec<T>,
}

impl<T: HasRect> RectGrid<T> {
    /// A grid over `area` holding `items`, with squares about the size of
    /// a typical one of them (and no more than [`MOST_SQUARES`]).
    pub fn new(area: Rect, items: Vec<T>) -> Self {
        let area = if area.is_finite() && area.is_positive() {
            area
        } else {
            items
                .iter()
                .map(HasRect::rect)
                .filter(Rect::is_finite)
                .reduce(Rect::union)
                .unwrap_or(Rect::from_min_size(Pos2::ZERO, egui::Vec2::splat(1.0)))
        };
        let typical = typical_side(&items);
        let by_count =
            (area.width().max(1.0) * area.height().max(1.0) / MOST_SQUARES as f32).sqrt();
        let side = typical.max(by_count).max(1.0);
        let columns = ((area.width() / side).ceil() as usize).clamp(1, MOST_SQUARES);
        let rows = ((area.height() / side).ceil() as usize).clamp(1, MOST_SQUARES / columns);
        let mut grid = Self {
            origin: area.min,
            side,
            columns,
            rows,
            starts: Vec::new(),
            built: Vec::new(),
            added: Vec::new(),
            wide: Vec::new(),
            items: Vec::new(),
        };
        // Counted first, then filled in: each square's part of `built`.
        let mut starts = vec![0u32; columns * rows + 1];
        let spans: Vec<_> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let (columns, rows) = grid.span(item.rect())?;
                let index = u32::try_from(i).unwrap_or(u32::MAX);
                if columns.clone().count() * rows.clone().count() > MOST_SQUARES_EACH {
                    grid.wide.push(index);
                    return None;
                }
                Some((index, columns, rows))
            })
            .collect();
        for (_, columns, rows) in &spans {
            for row in rows.clone() {
                for column in columns.clone() {
                    starts[row * grid.columns + column + 1] += 1;
                }
            }
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut built = vec![0u32; starts.last().map_or(0, |&n| n as usize)];
        for (index, columns, rows) in spans {
            for row in rows {
                for column in columns.clone() {
                    let at = &mut next[row * grid.columns + column];
                    built[*at as usize] = index;
                    *at += 1;
                }
            }
        }
        grid.starts = starts;
        grid.built = built;
        grid.items = items;
        grid
    }

    pub fn insert(&mut self, item: T) {
        let index = u32::try_from(self.items.len()).unwrap_or(u32::MAX);
        let rect = item.rect();
        self.items.push(item);
        let Some((columns, rows)) = self.span(rect) else {
            return;
        };
        if columns.clone().count() * rows.clone().count() > MOST_SQUARES_EACH {
            self.wide.push(index);
            return;
        }
        if self.added.is_empty() {
            self.added = vec![Vec::new(); self.columns * self.rows];
        }
        for row in rows {
            for column in columns.clone() {
                self.added[row * self.columns + column].push(index);
            }
        }
    }

    /// The items whose rectangle meets `area` (edges touching count), some
    /// perhaps more than once.
    pub fn meeting(&self, area: Rect) -> impl Iterator<Item = &T> + '_ {
        let squares = self
            .span(area)
            .into_iter()
            .flat_map(move |(columns, rows)| {
                rows.flat_map(move |row| {
                    columns.clone().flat_map(move |column| {
                        let square = row * self.columns + column;
                        let built = self.starts[square] as usize..self.starts[square + 1] as usize;
                        self.built[built]
                            .iter()
                            .chain(self.added.get(square).into_iter().flatten())
                    })
                })
            });
        self.wide
            .iter()
            .chain(squares)
            .map(|&index| &self.items[index as usize])
            .filter(move |item| item.rect().intersects(area))
    }

    /// The columns and rows of the squares `rect` covers, clamped to the
    /// grid (what lies outside is kept in the squares along its edge);
    /// `None` for a rectangle that is not a number.
    fn span(
        &self,
        rect: Rect,
    ) -> Option<(
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    )> {
        if rect.any_nan() {
            return None;
        }
        let along = |value: f32, start: f32, count: usize| {
            let index = ((value - start) / self.side).floor();
            if index.is_nan() || index < 0.0 {
                0
            } else {
                (index as usize).min(count - 1)
            }
        };
        let columns = along(rect.min.x, self.origin.x, self.columns)
            ..=along(rect.max.x, self.origin.x, self.columns);
        let rows = along(rect.min.y, self.origin.y, self.rows)
            ..=along(rect.max.y, self.origin.y, self.rows);
        Some((columns, rows))
    }
}

/// The median of the items' larger sides: squares that size hold a few
/// items each where they lie packed.
fn typical_side<T: HasRect>(items: &[T]) -> f32 {
    let mut sides: Vec<f32> = items
        .iter()
        .map(|item| {
            let size = item.rect().size();
            size.x.max(size.y)
        })
        .filter(|side| side.is_finite())
        .collect();
    if sides.is_empty() {
        return 1.0;
    }
    let middle = sides.len() / 2;
    *sides.select_nth_unstable_by(middle, f32::total_cmp).1
}

#[cfg(test)]
mod tests {
    use egui::Vec2;
    use proptest::prelude::*;

    use super::*;

    impl HasRect for Rect {
        fn rect(&self) -> Rect {
            *self
        }
    }

    fn rect() -> impl Strategy<Value = Rect> {
        (
            -300.0f32..900.0,
            -300.0f32..900.0,
            0.0f32..120.0,
            0.0f32..40.0,
        )
            .prop_map(|(x, y, w, h)| Rect::from_min_size(Pos2::new(x, y), Vec2::new(w, h)))
    }

    proptest! {
        /// A search finds exactly the rectangles that meet the area, as
        /// looking at every one would, for areas inside and outside the
        /// grid and rectangles added after it was built.
        #[test]
        fn finds_what_meets_the_area(
            built in prop::collection::vec(rect(), 0..200),
            added in prop::collection::vec(rect(), 0..50),
            asked in prop::collection::vec(rect(), 1..20),
        ) {
            let area = Rect::from_min_size(Pos2::ZERO, Vec2::new(600.0, 600.0));
            let mut grid = RectGrid::new(area, built.clone());
            for rect in &added {
                grid.insert(*rect);
            }
            let every: Vec<Rect> = built.iter().chain(&added).copied().collect();
            for query in asked {
                let mut found: Vec<[u32; 4]> = grid.meeting(query).map(|r| bits(*r)).collect();
                found.sort_unstable();
                found.dedup();
                let mut expected: Vec<[u32; 4]> =
                    every.iter().filter(|r| r.intersects(query)).map(|r| bits(*r)).collect();
                expected.sort_unstable();
                expected.dedup();
                prop_assert_eq!(found, expected);
            }
        }
    }

    fn bits(rect: Rect) -> [u32; 4] {
        [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f32::to_bits)
    }

    #[test]
    fn a_rectangle_that_is_not_a_number_is_never_found() {
        let area = Rect::from_min_size(Pos2::ZERO, Vec2::splat(100.0));
        let nan = Rect::from_min_size(Pos2::new(f32::NAN, 0.0), Vec2::splat(5.0));
        let grid = RectGrid::new(
            area,
            vec![nan, Rect::from_min_size(Pos2::ZERO, Vec2::splat(5.0))],
        );
        assert!(grid.meeting(area).next().is_some());
        assert!(grid.meeting(area).all(|rect| !rect.any_nan()));
        assert_eq!(grid.meeting(nan).count(), 0);
    }
}
