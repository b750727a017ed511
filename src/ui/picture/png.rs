//! PNG from a picture's SVG, drawn by resvg with the fonts egui draws the
//! app with (they ship inside egui, and those of the map's other scripts,
//! see `script::fonts`), so the text looks as on screen.

use std::sync::{Arc, OnceLock};

use std::collections::BTreeSet;

use resvg::{tiny_skia, usvg};

use super::PictureError;
use crate::ui::script::{Script, fonts::picture_fonts};

/// Draws `svg` on a `width` × `height` pixmap and encodes it as PNG, with
/// the fonts of `scripts` besides egui's own.
pub fn rasterise(
    svg: &str,
    width: u32,
    height: u32,
    scripts: &BTreeSet<Script>,
) -> Result<Vec<u8>, PictureError> {
    let fontdb = if scripts.is_empty() {
        fonts()
    } else {
        Arc::new(picture_fonts(&fonts(), scripts))
    };
    let options = usvg::Options {
        fontdb,
        font_family: "Ubuntu".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PictureError::Png(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or_else(|| {
        PictureError::Png(crate::i18n::tr_with(
            "picture-no-room",
            &[("width", width.into()), ("height", height.into())],
        ))
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PictureError::Png(e.to_string()))
}

/// egui's default fonts, read once: its proportional face (Ubuntu Light),
/// monospace face (Hack) and the emoji faces it falls back to.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut fonts = usvg::fontdb::Database::new();
            for data in egui::FontDefinitions::default().font_data.values() {
                fonts.load_font_data(data.font.to_vec());
            }
            fonts.set_sans_serif_family("Ubuntu");
            fonts.set_monospace_family("Hack");
            Arc::new(fonts)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_are_egui_own_and_found_by_the_names_the_svg_gives() {
        let fonts = fonts();
        let families: Vec<String> = fonts
            .faces()
            .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
            .collect();
        assert!(families.iter().any(|f| f == "Ubuntu"), "{families:?}");
        assert!(families.iter().any(|f| f == "Hack"), "{families:?}");
    }
}
