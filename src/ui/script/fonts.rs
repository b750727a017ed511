//! Fonts for the scripts egui's own do not draw, loaded only once a map's
//! text needs them, so a Latin map starts as small and fast as ever.
//! Arabic is bundled (Noto Sans Arabic, 240 kB, SIL Open Font License in
//! `assets/fonts/OFL.txt`); the others (Chinese, Japanese and Korean, at
//! 20 MB a face, Hebrew, Devanagari…) are found on the system through
//! `fontdb`, Noto first (`scripts/install-deps` installs Debian's). The
//! same fonts go to egui, for every view, and to resvg, for pictures.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, OnceLock};

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

use super::Script;

static BUNDLED_ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");

/// A face that draws a script: its bytes, shared by egui and resvg.
#[derive(Clone)]
pub struct ScriptFont {
    /// The name egui and the picture know it by.
    pub name: String,
    pub data: Arc<Vec<u8>>,
    /// The face's place in a font collection (`.ttc`).
    pub index: u32,
}

/// The font for `script`, looked for once: bundled, or on the system.
/// `None` when nothing on this machine draws it.
pub fn font_for(script: Script) -> Option<ScriptFont> {
    static FOUND: OnceLock<Mutex<BTreeMap<Script, Option<ScriptFont>>>> = OnceLock::new();
    let found = FOUND.get_or_init(Mutex::default);
    let mut found = found
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    found
        .entry(script)
        .or_insert_with(|| look_for(script))
        .clone()
}

fn look_for(script: Script) -> Option<ScriptFont> {
    if script == Script::Arabic {
        return Some(ScriptFont {
            name: "Noto Sans Arabic".to_owned(),
            data: Arc::new(BUNDLED_ARABIC.to_vec()),
            index: 0,
        });
    }
    let system = system_fonts();
    let draws_sample = |id: fontdb::ID| {
        system
            .with_face_data(id, |data, index| {
                draws(data, index, script.sample()).then(|| (data.to_vec(), index))
            })
            .flatten()
    };
    let regular = |face: &&fontdb::FaceInfo| {
        face.style == fontdb::Style::Normal && face.weight == fontdb::Weight::NORMAL
    };
    // The preferred families first, then any regular face that draws it.
    let preferred = script.preferred_families().iter().find_map(|family| {
        system
            .faces()
            .filter(regular)
            .filter(|face| face.families.iter().any(|(name, _)| name == family))
            .find_map(|face| draws_sample(face.id).map(|found| (family.to_string(), found)))
    });
    let (name, (data, index)) = preferred.or_else(|| {
        system.faces().filter(regular).find_map(|face| {
            let name = face.families.first().map(|(name, _)| name.clone())?;
            draws_sample(face.id).map(|found| (name, found))
        })
    })?;
    Some(ScriptFont {
        name,
        data: Arc::new(data),
        index,
    })
}

/// Whether the face draws every letter of `sample`.
fn draws(data: &[u8], index: u32, sample: &str) -> bool {
    use skrifa::MetadataProvider as _;
    skrifa::FontRef::from_index(data, index).is_ok_and(|font| {
        let charmap = font.charmap();
        sample
            .chars()
            .filter(|c| !c.is_whitespace())
            .all(|c| charmap.map(c).is_some())
    })
}

/// The system's fonts, listed once (only when a script needs one).
fn system_fonts() -> &'static fontdb::Database {
    static SYSTEM: OnceLock<fontdb::Database> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        db
    })
}

/// Gives egui the fonts for `scripts`, as fallbacks after its own in both
/// families (egui skips a font it has already). Returns the scripts that
/// have no font anywhere, and whether any font was given (egui uses it
/// from its next pass on).
pub fn install(ctx: &egui::Context, scripts: &BTreeSet<Script>) -> (Vec<Script>, bool) {
    let mut missing = Vec::new();
    let mut added = false;
    for &script in scripts {
        let Some(font) = font_for(script) else {
            missing.push(script);
            continue;
        };
        let mut data = FontData::from_owned(font.data.as_ref().clone());
        data.index = font.index;
        ctx.add_font(FontInsert::new(
            &font.name,
            data,
            [FontFamily::Proportional, FontFamily::Monospace]
                .into_iter()
                .map(|family| InsertFontFamily {
                    family,
                    priority: FontPriority::Lowest,
                })
                .collect(),
        ));
        added = true;
    }
    (missing, added)
}

/// The faces resvg draws a picture with: egui's own and those `scripts`
/// need; resvg falls back from one to the next letter by letter.
pub fn picture_fonts(base: &fontdb::Database, scripts: &BTreeSet<Script>) -> fontdb::Database {
    let mut db = base.clone();
    for font in scripts.iter().filter_map(|&script| font_for(script)) {
        let data: Arc<dyn AsRef<[u8]> + Send + Sync> = font.data.clone();
        let ids = db.load_font_source(fontdb::Source::Binary(data));
        // A collection holds other faces (Japanese, Korean…) too: keep
        // only the one chosen, so resvg falls back to it first.
        for (i, id) in ids.into_iter().enumerate() {
            if i as u32 != font.index {
                db.remove_face(id);
            }
        }
    }
    db
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_arabic_font_draws_arabic() {
        assert!(draws(BUNDLED_ARABIC, 0, Script::Arabic.sample()));
        assert!(!draws(BUNDLED_ARABIC, 0, Script::Cjk.sample()));
    }

    #[test]
    fn egui_own_fonts_draw_accented_latin_greek_and_cyrillic() {
        let definitions = egui::FontDefinitions::default();
        let ubuntu = &definitions.font_data["Ubuntu-Light"];
        assert!(draws(&ubuntu.font, ubuntu.index, "ÉéèçœŒñÑ ΩΔλ ЖжЩ"));
    }
}
