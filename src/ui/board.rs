//! What the grid and the spectrum share: stakeholders placed on a board by
//! their fields, drawn with the network's glyphs, selected by click, and
//! dragged to a new place that changes a field (one undo step).

use egui::{Align2, FontId, PointerButton, Pos2, Rect, Response, Vec2};

use super::canvas;
use super::command::ViewContext;
use super::glyph::{self, Emphasis, GlyphLook, MANY_SELECTED};
use super::names::{self, Name, NameText};
use super::tessellated::{FontsEpoch, Tessellated};
use super::theme::Palette;
use crate::i18n::tr_with;
use crate::model::StakeholderId;

/// One stakeholder's place on a board, in screen points.
#[derive(Clone, Debug)]
pub struct Placed {
    pub id: StakeholderId,
    pub center: Pos2,
    pub radius: f32,
    /// Whether the name is written next to the glyph when there is room
    /// (it always is when selected, hovered or dragged).
    pub labelled: bool,
    /// How wide the name may be before it wraps (two lines at most).
    pub label_width: f32,
}

/// Size of the names on a board.
const LABEL_SIZE: f32 = 13.0;
/// A name wraps to at most this many lines; the rest is elided.
const LABEL_ROWS: usize = 2;

/// The places worked out for one map, filter and board size, kept until
/// one of them changes: placing thousands of stakeholders (sorted by
/// name) every frame would cost more than drawing them.
#[derive(Default)]
pub struct Placement {
    placed: Vec<Placed>,
    /// What the board shows of the map (see [`Placement::shows`]),
    /// `Shown::key` and board rectangle placed for.
    key: Option<(u64, u64, Rect)>,
    /// The document generation last seen, and what the board showed of
    /// the map then.
    seen: Option<(u64, u64)>,
    /// The board last drawn, and what it was drawn for.
    drawn: Option<(DrawnFor, Drawn)>,
    /// Where each stakeholder is in `placed`, made the first time one is
    /// looked for (tests and benchmarks ask for every stakeholder's place:
    /// a search through all of them each time is a square of the count).
    by_id: std::cell::OnceCell<std::collections::HashMap<StakeholderId, usize>>,
}

impl Placement {
    /// The places for this frame, placed again with `place` if stale.
    pub fn update(
        &mut self,
        cx: &ViewContext<'_>,
        rect: Rect,
        place: impl FnOnce() -> Vec<Placed>,
    ) -> &[Placed] {
        let key = Some((self.shows(cx), cx.shown.key, rect));
        if self.key != key {
            self.placed = place();
            self.key = key;
            self.by_id = std::cell::OnceCell::new();
        }
        &self.placed
    }

    /// A digest of what a board shows of the map: each stakeholder's id,
    /// name, kind, stance, role, power and interest, in the map's order
    /// (the captions' counts follow from them). An edit the board does not
    /// show (a stakeholder moved on the network, a relation, a note) gives
    /// the same digest, so the board keeps its places and its drawing,
    /// which at 20,000 stakeholders take tens of milliseconds to make
    /// again. Worked out once for each generation of the document.
    fn shows(&mut self, cx: &ViewContext<'_>) -> u64 {
        use std::hash::{Hash, Hasher};
        if let Some((generation, digest)) = self.seen
            && generation == cx.generation
        {
            return digest;
        }
        let mut hasher = std::hash::DefaultHasher::new();
        for s in cx.map.stakeholders() {
            (
                &s.id, &s.name, s.kind, s.stance, s.role, s.power, s.interest,
            )
                .hash(&mut hasher);
        }
        let digest = hasher.finish();
        self.seen = Some((cx.generation, digest));
        digest
    }

    pub fn placed(&self) -> &[Placed] {
        &self.placed
    }

    /// What the places were placed for (what the board shows of the map,
    /// the filter's key and the board's rectangle): the same key, the same
    /// places.
    pub fn key(&self) -> Option<(u64, u64, Rect)> {
        self.key
    }

    /// Where a stakeholder was drawn in the last frame.
    pub fn position_of(&self, id: &StakeholderId) -> Option<Pos2> {
        let by_id = self.by_id.get_or_init(|| {
            self.placed
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect()
        });
        by_id.get(id).map(|&i| self.placed[i].center)
    }

    /// Draws the placed stakeholders (see [`shapes`]). The board is laid
    /// out and tessellated again only when something it shows has
    /// changed; while one stakeholder is dragged, the board without it
    /// stays as it is and only the dragged glyph and its name are drawn
    /// afresh, on top, under the pointer.
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &mut self,
        painter: &egui::Painter,
        drag: Option<&BoardDrag>,
        pointer_pos: Option<Pos2>,
        room: LabelRoom<'_>,
        cx: &ViewContext<'_>,
        palette: &Palette,
    ) {
        // While dragging, the pointer is on the dragged glyph.
        let hovered = drag
            .is_none()
            .then(|| hovered_at(&self.placed, pointer_pos, cx))
            .flatten();
        let key = DrawnFor {
            placed: self.key,
            hovered,
            dragged: drag.map(|d| d.id.clone()),
            selection: cx.selection.clone(),
            palette: *palette,
            fonts: FontsEpoch::now(painter),
        };
        if self
            .drawn
            .as_ref()
            .is_none_or(|(drawn_for, _)| *drawn_for != key)
        {
            let drawn = shapes(
                painter,
                &self.placed,
                key.hovered.as_ref(),
                key.dragged.as_ref(),
                room,
                cx,
                palette,
            );
            self.drawn = Some((key, drawn));
        }
        let Some((_, drawn)) = &mut self.drawn else {
            return;
        };
        drawn.board.paint(painter);
        if let (Some(drag), Some(at)) = (drag, pointer_pos)
            && let Some(p) = self.placed.iter().find(|p| p.id == drag.id)
        {
            // A clip rectangle of its own (the same pixels) starts a mesh of
            // its own in egui's output: added to the board's, the few
            // triangles of one glyph would have egui copy all of the
            // board's again to make room.
            let on_top = painter.with_clip_rect(painter.clip_rect().shrink(0.001));
            on_top.extend(dragged_shapes(
                painter,
                p,
                at - drag.grab,
                &drawn.glyphs,
                room,
                cx,
                palette,
            ));
        }
    }
}

/// What a board's drawing shows besides the places.
#[derive(PartialEq)]
struct DrawnFor {
    placed: Option<(u64, u64, Rect)>,
    hovered: Option<StakeholderId>,
    /// Left out of the board: drawn on its own, on top.
    dragged: Option<StakeholderId>,
    selection: crate::ui::Selection,
    palette: Palette,
    fonts: FontsEpoch,
}

/// A board drawn: its shapes, and where its glyphs (and captions) are,
/// which the name of a glyph dragged over it keeps off where it can.
struct Drawn {
    board: Tessellated,
    glyphs: Vec<Rect>,
}

/// The stakeholder under the pointer, if any (the one drawn on top).
fn hovered_at(
    placed: &[Placed],
    pointer_pos: Option<Pos2>,
    cx: &ViewContext<'_>,
) -> Option<StakeholderId> {
    pointer_pos.and_then(|at| {
        placed
            .iter()
            .rev()
            .filter(|p| !cx.shown.is_hidden(&p.id))
            .find(|p| p.center.distance(at) <= p.radius * 1.3 + 2.0)
            .map(|p| p.id.clone())
    })
}

/// A stakeholder being dragged across a board.
#[derive(Clone, Debug)]
pub struct BoardDrag {
    pub id: StakeholderId,
    /// From the glyph's centre to the pointer when the drag began.
    pub grab: Vec2,
}

/// The area a board is drawn on, taken from what is left of `ui`: one
/// widget that a screen reader names "`what` of N stakeholders", its
/// palette and a painter clipped to it, the background already painted.
pub struct Surface {
    pub rect: Rect,
    pub response: Response,
    pub palette: Palette,
    pub painter: egui::Painter,
}

impl Surface {
    pub fn take(ui: &mut egui::Ui, what: &str, cx: &ViewContext<'_>) -> Self {
        let rect = ui.available_rect_before_wrap();
        let response = ui.allocate_rect(rect, egui::Sense::click_and_drag());
        let count = cx.map.stakeholder_count();
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::WidgetType::Other,
                true,
                tr_with(
                    "board-label",
                    &[("board", what.to_owned().into()), ("count", count.into())],
                ),
            )
        });
        let palette = cx.palette;
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.canvas);
        Self {
            rect,
            response,
            palette,
            painter,
        }
    }
}

/// Handles clicks and drags on a board; returns the stakeholder dropped and
/// where its centre was dropped.
pub fn interact(
    ui: &egui::Ui,
    response: &Response,
    placed: &[Placed],
    drag: &mut Option<BoardDrag>,
    cx: &mut ViewContext<'_>,
) -> Option<(StakeholderId, Pos2)> {
    let hit = |pos: Pos2| {
        placed
            .iter()
            .rev()
            .filter(|p| !cx.shown.is_hidden(&p.id))
            .find(|p| p.center.distance(pos) <= p.radius * 1.3 + 2.0)
    };
    if response.clicked() {
        let toggle = ui.input(|i| i.modifiers.shift || i.modifiers.command);
        match response.interact_pointer_pos().and_then(hit) {
            Some(p) if toggle => cx.selection.toggle_stakeholder(p.id.clone()),
            Some(p) => cx.selection.select_only_stakeholder(p.id.clone()),
            None if !toggle => cx.selection.clear(),
            None => {}
        }
    }
    if response.drag_started_by(PointerButton::Primary) {
        let origin = ui.input(|i| i.pointer.press_origin());
        *drag = origin.and_then(|o| hit(o).map(|p| (p, o))).map(|(p, o)| {
            if !cx.selection.contains_stakeholder(&p.id) {
                cx.selection.select_only_stakeholder(p.id.clone());
            }
            BoardDrag {
                id: p.id.clone(),
                grab: o - p.center,
            }
        });
    }
    if response.drag_stopped()
        && let Some(done) = drag.take()
        && let Some(pointer) = response
            .interact_pointer_pos()
            .or(ui.input(|i| i.pointer.latest_pos()))
    {
        return Some((done.id, pointer - done.grab));
    }
    None
}

/// The board's shapes, with every placed stakeholder but the one dragged:
/// faint or hidden as the filter says. Names never cover one another, a
/// glyph or the board's own captions, nor leave the board (see
/// [`LabelRoom`]): a name with no room left below or above its glyph is
/// left out, and shown when the glyph is hovered or selected, on top of
/// everything.
fn shapes(
    painter: &egui::Painter,
    placed: &[Placed],
    hovered: Option<&StakeholderId>,
    dragged: Option<&StakeholderId>,
    room: LabelRoom<'_>,
    cx: &ViewContext<'_>,
    palette: &Palette,
) -> Drawn {
    let mut shapes = Vec::new();
    let mut wanted = Vec::new();
    let mut glyphs = Vec::with_capacity(placed.len());
    let crowded = cx.selection.stakeholders.len() > MANY_SELECTED;
    for p in placed {
        if cx.shown.is_hidden(&p.id) || dragged == Some(&p.id) {
            continue;
        }
        let Some(s) = cx.map.stakeholder(&p.id) else {
            continue;
        };
        let emphasis = Emphasis {
            selected: cx.selection.contains_stakeholder(&p.id),
            hovered: hovered == Some(&p.id),
            dimmed: cx.shown.is_dimmed(&p.id),
            on_route: false,
            crowded,
        };
        let label = glyph_shapes(&mut shapes, painter, s, p, p.center, emphasis, cx, palette);
        // On a projector what is faded is background: names may cover it.
        if !(palette.projector && emphasis.dimmed) {
            glyphs.push(label.own_rect());
        }
        if label.shown(palette) {
            wanted.push(label);
        }
    }
    let names = wanted.into_iter().map(Label::into_name).collect();
    let taken = room.obstacles.iter().chain(&glyphs).copied().collect();
    let (mut labels, mut on_top) = (Vec::new(), Vec::new());
    names::place(
        painter,
        names,
        taken,
        Some(room.bounds),
        palette,
        &mut labels,
        &mut on_top,
    );
    shapes.extend(labels);
    shapes.extend(on_top);
    Drawn {
        board: Tessellated::new(shapes),
        glyphs,
    }
}

/// The shapes of the stakeholder being dragged, with its centre at
/// `center`: highlighted, its name below it or else above it, where that
/// covers no glyph of the board nor leaves it, and below it otherwise.
fn dragged_shapes(
    painter: &egui::Painter,
    p: &Placed,
    center: Pos2,
    glyphs: &[Rect],
    room: LabelRoom<'_>,
    cx: &ViewContext<'_>,
    palette: &Palette,
) -> Vec<egui::Shape> {
    let mut shapes = Vec::new();
    let Some(s) = cx.map.stakeholder(&p.id) else {
        return shapes;
    };
    let emphasis = Emphasis {
        selected: cx.selection.contains_stakeholder(&p.id),
        hovered: true,
        dimmed: cx.shown.is_dimmed(&p.id),
        on_route: false,
        crowded: cx.selection.stakeholders.len() > MANY_SELECTED,
    };
    let label = glyph_shapes(&mut shapes, painter, s, p, center, emphasis, cx, palette);
    // Hovered, so shown even where there is no room (below it then).
    let taken = room.obstacles.iter().chain(glyphs).copied().collect();
    let mut on_top = Vec::new();
    names::place(
        painter,
        vec![label.into_name()],
        taken,
        Some(room.bounds),
        palette,
        &mut Vec::new(),
        &mut on_top,
    );
    shapes.extend(on_top);
    shapes
}

/// Appends a placed stakeholder's glyph, centred at `center`, with its
/// coalition's ring; returns its name, waiting for a place.
#[allow(clippy::too_many_arguments)]
fn glyph_shapes<'a>(
    shapes: &mut Vec<egui::Shape>,
    painter: &egui::Painter,
    s: &'a crate::model::Stakeholder,
    p: &Placed,
    center: Pos2,
    emphasis: Emphasis,
    cx: &ViewContext<'_>,
    palette: &Palette,
) -> Label<'a> {
    let look = GlyphLook {
        kind: s.kind,
        stance: s.stance,
        role: s.role,
    };
    let mut reach = glyph::outer_radius(p.radius, look);
    if let Some(colour) = cx.shown.coalition_colour(&p.id) {
        // A faded stakeholder's ring fades with it.
        let colour = if emphasis.dimmed {
            colour.gamma_multiply(palette.dimmed_alpha)
        } else {
            colour
        };
        let ring = p.radius * 1.5 + 4.0;
        shapes.push(glyph::ring_shape(
            center,
            ring,
            egui::Stroke::new(3.0, colour),
        ));
        // The ring is part of the glyph: names keep clear of it.
        reach = reach.max(ring + 1.5);
    }
    glyph::stakeholder_shapes(shapes, painter, center, p.radius, look, emphasis, palette);
    Label {
        name: &s.name,
        center,
        reach,
        width: p.label_width,
        labelled: p.labelled,
        emphasis,
        forced: emphasis.forces_name(),
        power: s.power,
    }
}

/// Where names may go on a board.
#[derive(Clone, Copy)]
pub struct LabelRoom<'a> {
    /// Names stay inside this.
    pub bounds: Rect,
    /// And off these (the board's own captions).
    pub obstacles: &'a [Rect],
}

/// A name waiting for a free place on the board.
struct Label<'a> {
    name: &'a str,
    center: Pos2,
    /// How far the glyph reaches from its centre.
    reach: f32,
    width: f32,
    /// Written when there is room (see [`Placed::labelled`]).
    labelled: bool,
    emphasis: Emphasis,
    /// Selected or hovered: shown even where it covers something.
    forced: bool,
    power: u8,
}

impl Label<'_> {
    /// Whether the name is to be written at all.
    fn shown(&self, palette: &Palette) -> bool {
        // On a projector, names of what is faded are left out.
        let faded_on_projector = palette.projector && self.emphasis.dimmed && !self.forced;
        (self.labelled || self.forced) && !faded_on_projector
    }

    /// The square its glyph covers.
    fn own_rect(&self) -> Rect {
        Rect::from_center_size(self.center, Vec2::splat(2.0 * self.reach))
    }

    /// The name laid out, to be placed (see [`names::place`]): below its
    /// glyph first, the most powerful first.
    fn into_name(self) -> Name {
        Name {
            text: NameText::new(self.name.into(), LABEL_SIZE, self.width, LABEL_ROWS),
            must: false,
            center: self.center,
            reach: self.reach,
            below: self.reach + 3.0,
            emphasis: self.emphasis,
            forced: self.forced,
            rank: self.power,
        }
    }
}

/// Moves any glyph that would sit on another (nearer than the larger of
/// the two radii) to the nearest free spot around it, inside `bounds`, so
/// that no glyph ever hides another whatever the fields put them at;
/// but for those `staying` says stay where they are (which the others
/// still keep off).
pub fn keep_apart(placed: &mut [Placed], bounds: Rect, staying: impl Fn(usize) -> bool) {
    let Some(mut cells) = Cells::over(placed, bounds) else {
        return;
    };
    for i in 0..placed.len() {
        let radius = placed[i].radius;
        let at = placed[i].center;
        if !staying(i) && cells.clashes(placed, at, radius) {
            let step = radius + 2.0;
            let free = (1..=8)
                .flat_map(|ring| {
                    let around = 6 * ring;
                    (0..around).map(move |k| {
                        let angle = k as f32 / around as f32 * std::f32::consts::TAU;
                        at + Vec2::angled(angle) * step * ring as f32
                    })
                })
                .find(|&spot| bounds.contains(spot) && !cells.clashes(placed, spot, radius));
            if let Some(spot) = free {
                placed[i].center = spot;
            }
        }
        cells.add(i, placed[i].center);
    }
}

/// The glyphs placed so far, by the square of a grid over the board they
/// sit in. The squares are as small as the smallest glyph, so a crowd of
/// dots is looked through a few at a time even when a few glyphs are large;
/// a glyph off the board counts in the nearest square at its edge.
struct Cells {
    origin: Pos2,
    side: f32,
    columns: usize,
    rows: usize,
    /// The largest radius: how far from a spot another glyph may still clash.
    largest: f32,
    placed: Vec<Vec<usize>>,
}

impl Cells {
    /// Most squares a grid has; a board larger than that many of its
    /// smallest glyphs gets larger squares.
    const MOST: usize = 1 << 18;

    fn over(placed: &[Placed], bounds: Rect) -> Option<Self> {
        let largest = placed.iter().map(|p| p.radius).reduce(f32::max)?;
        let smallest = placed.iter().map(|p| p.radius).reduce(f32::min)?;
        let area = bounds.width().max(1.0) * bounds.height().max(1.0);
        let side = (2.0 * smallest + 2.0)
            .max((area / Self::MOST as f32).sqrt())
            .max(1.0);
        let columns = ((bounds.width().max(0.0) / side).ceil() as usize).max(1);
        let rows = ((bounds.height().max(0.0) / side).ceil() as usize).max(1);
        Some(Self {
            origin: bounds.min,
            side,
            columns,
            rows,
            largest,
            placed: vec![Vec::new(); columns * rows],
        })
    }

    /// The square of a point, clamped to the grid.
    fn square(&self, at: Pos2) -> (usize, usize) {
        let along = |value: f32, start: f32, count: usize| {
            let index = ((value - start) / self.side).floor();
            if index.is_nan() || index < 0.0 {
                0
            } else {
                (index as usize).min(count - 1)
            }
        };
        (
            along(at.x, self.origin.x, self.columns),
            along(at.y, self.origin.y, self.rows),
        )
    }

    fn add(&mut self, i: usize, at: Pos2) {
        let (column, row) = self.square(at);
        self.placed[row * self.columns + column].push(i);
    }

    /// Whether a glyph of `radius` at `at` would sit on one placed already.
    fn clashes(&self, placed: &[Placed], at: Pos2, radius: f32) -> bool {
        let reach = Vec2::splat(radius.max(self.largest) + 1.0);
        let (left, top) = self.square(at - reach);
        let (right, bottom) = self.square(at + reach);
        (top..=bottom).any(|row| {
            self.placed[row * self.columns + left..=row * self.columns + right]
                .iter()
                .flatten()
                .any(|&j| {
                    let apart = radius.max(placed[j].radius) + 1.0;
                    at.distance_sq(placed[j].center) < apart * apart
                })
        })
    }
}

/// Tells a screen reader of each stakeholder on a board, while one listens
/// (see the network's `access`): at most as many as the network tells.
pub fn expose(ui: &egui::Ui, response: &Response, placed: &[Placed], cx: &ViewContext<'_>) {
    let view = response.id;
    if !canvas::accesskit_is_on(ui, view) {
        return;
    }
    for p in placed
        .iter()
        .filter(|p| !cx.shown.is_hidden(&p.id))
        .take(canvas::MAX_EXPOSED)
    {
        if let Some(s) = cx.map.stakeholder(&p.id) {
            let rect = Rect::from_center_size(p.center, Vec2::splat(2.0 * p.radius.max(4.0)));
            canvas::expose_stakeholder(ui, view, s, rect, cx.selection.contains_stakeholder(&p.id));
        }
    }
}

/// Glyphs spread over a rectangle in rows (see [`spread_in`]).
pub struct Spread {
    pub centres: Vec<Pos2>,
    /// The radius that fits, but never less than a dot's.
    pub radius: f32,
    /// Whether even dots are nearer one another than [`keep_apart`] lets
    /// glyphs be: there is no room near them to move them to, and moving
    /// them farther would put them where their fields do not, so they
    /// are left to crowd evenly where they are.
    pub crowded: bool,
}

/// Spreads `n` glyphs over a rectangle in rows.
pub fn spread_in(rect: Rect, n: usize, max_radius: f32) -> Spread {
    if n == 0 {
        return Spread {
            centres: Vec::new(),
            radius: max_radius,
            crowded: false,
        };
    }
    let aspect = (rect.width() / rect.height().max(1.0)).max(0.1);
    let cols = ((n as f32 * aspect).sqrt().ceil() as usize).clamp(1, n);
    let rows = n.div_ceil(cols);
    let cell = Vec2::new(rect.width() / cols as f32, rect.height() / rows as f32);
    let radius = (cell.x.min(cell.y) * 0.32).min(max_radius).max(3.0);
    let centres = (0..n)
        .map(|i| {
            let (row, col) = (i / cols, i % cols);
            rect.min + Vec2::new((col as f32 + 0.5) * cell.x, (row as f32 + 0.5) * cell.y)
        })
        .collect();
    // Neighbours in a row, and in a column when there are two rows.
    let nearest = if rows > 1 { cell.x.min(cell.y) } else { cell.x };
    Spread {
        centres,
        radius,
        crowded: n > 1 && nearest < radius + 1.0,
    }
}

/// A caption centred at `pos`; returns the rectangle it covers.
pub fn caption(
    painter: &egui::Painter,
    pos: Pos2,
    text: &str,
    size: f32,
    colour: egui::Color32,
) -> Rect {
    painter.text(
        pos,
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(size),
        colour,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn glyph(x: f32, y: f32, radius: f32) -> Placed {
        Placed {
            id: StakeholderId::new("s"),
            center: Pos2::new(x, y),
            radius,
            labelled: false,
            label_width: 0.0,
        }
    }

    proptest! {
        /// The squares find a clash exactly when looking at every glyph
        /// placed would, glyphs off the board and of mixed sizes included.
        #[test]
        fn the_squares_find_every_clash_and_no_other(
            glyphs in prop::collection::vec((-50f32..450.0, -50f32..350.0, 2f32..24.0), 1..80),
            spots in prop::collection::vec((-60f32..460.0, -60f32..360.0, 2f32..24.0), 1..40),
        ) {
            let placed: Vec<Placed> = glyphs.iter().map(|&(x, y, r)| glyph(x, y, r)).collect();
            let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
            let Some(mut cells) = Cells::over(&placed, bounds) else {
                return Err(TestCaseError::fail("no squares over glyphs"));
            };
            for (i, p) in placed.iter().enumerate() {
                cells.add(i, p.center);
            }
            for &(x, y, radius) in &spots {
                let at = Pos2::new(x, y);
                let every = placed.iter().any(|p| {
                    let apart = radius.max(p.radius) + 1.0;
                    at.distance_sq(p.center) < apart * apart
                });
                prop_assert_eq!(cells.clashes(&placed, at, radius), every);
            }
        }
    }

    #[test]
    fn glyphs_piled_on_one_spot_end_apart() {
        let mut placed: Vec<Placed> = (0..30).map(|_| glyph(200.0, 150.0, 3.0)).collect();
        placed.push(glyph(200.0, 150.0, 18.0));
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        keep_apart(&mut placed, bounds, |_| false);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(a.center.distance(b.center) >= a.radius.max(b.radius) + 1.0);
            }
        }
    }

    /// How many times the places are made while a map goes through
    /// `maps`, one generation each, on the same board.
    fn placings(maps: &[crate::model::Map]) -> usize {
        let (mut selection, mut commands, shown) = (
            crate::ui::Selection::default(),
            Vec::new(),
            crate::ui::shown::Shown::default(),
        );
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let mut placement = Placement::default();
        let mut placings = 0;
        for (generation, map) in (1..).zip(maps) {
            let cx = ViewContext::for_test(map, generation, &mut selection, &mut commands, &shown);
            placement.update(&cx, rect, || {
                placings += 1;
                Vec::new()
            });
        }
        placings
    }

    #[test]
    fn a_stakeholder_moved_on_the_network_leaves_the_board_as_placed() {
        let mut map = crate::model::Map::new("Bangui");
        for (id, name) in [
            ("a", "منتدى وكالات الإغاثة"),
            ("b", "联合国难民理事会"),
            ("c", "Église évangélique de Bangui"),
        ] {
            let s = crate::model::Stakeholder::new(
                StakeholderId::new(id),
                name,
                crate::model::Kind::Organization,
            );
            map.insert_stakeholder(s).unwrap();
        }
        let mut moved = map.clone();
        moved
            .set_position(
                &StakeholderId::new("b"),
                crate::model::Position::new(300.0, -40.0),
            )
            .unwrap();
        // The same map again at a new generation (an edit of a relation, say).
        assert_eq!(placings(&[map.clone(), moved.clone(), map.clone()]), 1);

        let mut renamed = moved.clone();
        let mut church = renamed
            .stakeholder(&StakeholderId::new("c"))
            .unwrap()
            .clone();
        church.name = "Église évangélique luthérienne de Bangui".into();
        renamed.replace_stakeholder(church).unwrap();
        let mut stance = moved.clone();
        let mut forum = stance
            .stakeholder(&StakeholderId::new("a"))
            .unwrap()
            .clone();
        forum.stance = crate::model::Stance::ActiveAlly;
        stance.replace_stakeholder(forum).unwrap();
        let mut power = moved.clone();
        let mut council = power.stakeholder(&StakeholderId::new("b")).unwrap().clone();
        council.power = 5;
        power.replace_stakeholder(council).unwrap();
        for changed in [renamed, stance, power] {
            assert_eq!(placings(&[moved.clone(), changed]), 2);
        }
    }
}
