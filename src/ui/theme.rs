//! Colour tokens and sizes: the only place colours are chosen.
//!
//! Stance uses `ColorBrewer`'s `RdBu` diverging scheme (safe for the common
//! forms of colour blindness), relation kinds colours after the Okabe–Ito
//! palette; and every colour is doubled by a shape, mark or pattern. How
//! each relation kind is drawn (colour, arrowhead, mark) is chosen in
//! [`relation_style`], read by the network, the pictures and the legend.

mod relation_style;
#[cfg(test)]
mod vision;

use egui::Color32;

use crate::model::{Rgb, Stance};

pub use relation_style::{Head, LineHue, Mark, RelationStyle, RelationStyles};

/// Which look the app has: light, dark, or the projector's high contrast.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    System,
    Light,
    Dark,
}

/// The colours of one look, and the least size its names are drawn at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub dark: bool,
    /// The projector's look: presenting to a room.
    pub projector: bool,
    pub canvas: Color32,
    pub grid_dot: Color32,
    pub text: Color32,
    pub text_halo: Color32,
    pub outline: Color32,
    /// The halo of what is selected: deep indigo on light, white on dark,
    /// so it looks like none of the colours offered to coalitions (their
    /// rings), with normal vision or the common colour blindnesses.
    pub selection: Color32,
    pub hover: Color32,
    pub box_fill: Color32,
    pub dimmed_alpha: f32,
    /// Names on the network are never drawn smaller than this, in points,
    /// however far the view is zoomed out (they are left out instead).
    pub min_label_size: f32,
}

impl Palette {
    pub fn light() -> Self {
        Self {
            dark: false,
            canvas: Color32::from_rgb(0xfa, 0xfa, 0xf8),
            grid_dot: Color32::from_rgb(0xdd, 0xdd, 0xd8),
            text: Color32::from_rgb(0x1a, 0x1a, 0x1a),
            text_halo: Color32::from_rgba_unmultiplied(0xfa, 0xfa, 0xf8, 0xd8),
            outline: Color32::from_rgb(0x30, 0x30, 0x30),
            selection: Color32::from_rgb(0x24, 0x14, 0x6b),
            hover: Color32::from_rgb(0x56, 0xb4, 0xe9),
            box_fill: Color32::from_rgba_unmultiplied(0x56, 0xb4, 0xe9, 0x30),
            dimmed_alpha: 0.2,
            projector: false,
            min_label_size: 8.0,
        }
    }

    /// For a projector at the back of a room: a white background, black
    /// text and outlines, what is not picked out faded further. The
    /// presentation also scales everything up (see `present`), so names of
    /// 13 points are 24 pixels or more on a 1080p screen.
    pub fn projector() -> Self {
        Self {
            dark: false,
            projector: true,
            canvas: Color32::WHITE,
            grid_dot: Color32::from_rgb(0xcc, 0xcc, 0xcc),
            text: Color32::BLACK,
            text_halo: Color32::from_rgba_unmultiplied(0xff, 0xff, 0xff, 0xe8),
            outline: Color32::from_rgb(0x10, 0x10, 0x10),
            selection: Color32::from_rgb(0x24, 0x14, 0x6b),
            hover: Color32::from_rgb(0x00, 0x72, 0xb2),
            box_fill: Color32::from_rgba_unmultiplied(0x00, 0x72, 0xb2, 0x30),
            dimmed_alpha: 0.15,
            min_label_size: 13.0,
        }
    }

    pub fn dark() -> Self {
        Self {
            dark: true,
            canvas: Color32::from_rgb(0x1e, 0x1f, 0x22),
            grid_dot: Color32::from_rgb(0x38, 0x3a, 0x3e),
            text: Color32::from_rgb(0xee, 0xee, 0xee),
            text_halo: Color32::from_rgba_unmultiplied(0x1e, 0x1f, 0x22, 0xd8),
            outline: Color32::from_rgb(0xd8, 0xd8, 0xd8),
            selection: Color32::WHITE,
            hover: Color32::from_rgb(0x56, 0xb4, 0xe9),
            box_fill: Color32::from_rgba_unmultiplied(0x56, 0xb4, 0xe9, 0x30),
            dimmed_alpha: 0.25,
            projector: false,
            min_label_size: 8.0,
        }
    }

    pub fn for_visuals(visuals: &egui::Visuals) -> Self {
        if visuals.dark_mode {
            Self::dark()
        } else {
            Self::light()
        }
    }

    /// The fill of a stakeholder; `None` for an unknown stance, drawn hatched.
    /// The same in every look today; a method so a look can change it.
    #[allow(clippy::unused_self)]
    pub fn stance_fill(&self, stance: Stance) -> Option<Color32> {
        match stance {
            Stance::ActiveAlly => Some(Color32::from_rgb(0x21, 0x66, 0xac)),
            Stance::PassiveAlly => Some(Color32::from_rgb(0x92, 0xc5, 0xde)),
            Stance::Neutral => Some(Color32::from_rgb(0xba, 0xba, 0xba)),
            Stance::PassiveOpposition => Some(Color32::from_rgb(0xf4, 0xa5, 0x82)),
            Stance::ActiveOpposition => Some(Color32::from_rgb(0xb2, 0x18, 0x2b)),
            Stance::Unknown => None,
        }
    }

    /// Text drawn on top of a stance fill.
    pub fn on_stance(&self, stance: Stance) -> Color32 {
        match stance {
            Stance::ActiveAlly | Stance::ActiveOpposition => Color32::WHITE,
            Stance::Unknown => self.text,
            _ => Color32::from_rgb(0x1a, 0x1a, 0x1a),
        }
    }

    /// The colour of a relation's line of this hue, in this look: darker
    /// on light backgrounds and lighter on dark ones, so every line
    /// stands out from the canvas at least 3:1.
    pub fn line_colour(&self, hue: LineHue) -> Color32 {
        if hue == LineHue::Neutral && self.projector {
            return Color32::from_rgb(0x33, 0x33, 0x33);
        }
        let (light, dark) = match hue {
            LineHue::Neutral => ([0x4d, 0x4d, 0x4d], [0xb4, 0xb4, 0xb4]),
            LineHue::Green => ([0x00, 0x8a, 0x60], [0x2e, 0xc9, 0x9a]),
            LineHue::SkyBlue => ([0x33, 0x99, 0xd6], [0x7c, 0xc8, 0xf0]),
            LineHue::Blue => ([0x0a, 0x4f, 0x9e], [0x5b, 0x8f, 0xe0]),
            LineHue::Vermillion => ([0xd5, 0x5e, 0x00], [0xf0, 0x7b, 0x3f]),
            LineHue::ReddishPurple => ([0xc0, 0x60, 0x9a], [0xe8, 0x9b, 0xc6]),
            LineHue::Brown => ([0x8c, 0x6d, 0x31], [0xc9, 0xa2, 0x5a]),
            LineHue::Purple => ([0x7e, 0x57, 0xc2], [0xb3, 0x9d, 0xdb]),
            LineHue::Amber => ([0xb8, 0x82, 0x00], [0xf0, 0xc4, 0x19]),
        };
        let [r, g, b] = if self.dark { dark } else { light };
        Color32::from_rgb(r, g, b)
    }
}

/// Colours offered to coalitions: the Okabe–Ito palette, told apart by
/// the common forms of colour blindness. New coalitions take them in turn.
/// Each with the Fluent id of its name.
pub const COALITION_COLOURS: [(Rgb, &str); 7] = [
    (Rgb([0xe6, 0x9f, 0x00]), "colour-orange"),
    (Rgb([0x00, 0x9e, 0x73]), "colour-bluish-green"),
    (Rgb([0xcc, 0x79, 0xa7]), "colour-reddish-purple"),
    (Rgb([0x00, 0x72, 0xb2]), "colour-blue"),
    (Rgb([0xd5, 0x5e, 0x00]), "colour-vermillion"),
    (Rgb([0x56, 0xb4, 0xe9]), "colour-sky-blue"),
    (Rgb([0xf0, 0xe4, 0x42]), "colour-yellow"),
];

/// A coalition's own colour, as its ring and swatch are drawn.
pub fn coalition_colour(colour: Rgb) -> Color32 {
    let [r, g, b] = colour.0;
    Color32::from_rgb(r, g, b)
}

/// A short mark for a stance, so stance never rests on colour alone.
pub fn stance_mark(stance: Stance) -> &'static str {
    match stance {
        Stance::ActiveAlly => "++",
        Stance::PassiveAlly => "+",
        Stance::Neutral => "0",
        Stance::PassiveOpposition => "−",
        Stance::ActiveOpposition => "−−",
        Stance::Unknown => "?",
    }
}

/// Radius of a stakeholder's glyph, in canvas units, by its power.
pub fn glyph_radius(power: u8) -> f32 {
    12.0 + 4.0 * f32::from(power.clamp(1, 5))
}

/// Line width of a relation, in canvas units, by its strength.
pub fn relation_width(strength: u8) -> f32 {
    match strength {
        0 | 1 => 1.5,
        2 => 2.5,
        _ => 4.0,
    }
}

/// Applies the chosen theme to egui.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    let preference = match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    ctx.set_theme(preference);
}
