//! Names and notes in any script: which writing systems a text uses, so
//! the fonts for them are loaded only when a map needs them
//! ([`fonts`]), and right-to-left runs put in the order they are read
//! ([`bidi`]), as egui draws every line left to right.

pub mod bidi;
mod follow;
pub mod fonts;

use std::collections::BTreeSet;

use unicode_script::UnicodeScript;

pub use bidi::{display_line, display_text, has_right_to_left};
pub use follow::ScriptFonts;

/// A writing system egui's bundled fonts do not draw, so a font for it has
/// to be bundled or found on the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    Arabic,
    Hebrew,
    /// Chinese characters, Japanese kana and Korean hangul: one Noto CJK
    /// font draws all three.
    Cjk,
    Devanagari,
    Bengali,
    Thai,
    Armenian,
    Georgian,
    Ethiopic,
    Tamil,
}

impl Script {
    /// The script's name as a user knows it, for the notice when no font
    /// draws it, in the interface's language.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Arabic => "script-arabic",
            Self::Hebrew => "script-hebrew",
            Self::Cjk => "script-cjk",
            Self::Devanagari => "script-devanagari",
            Self::Bengali => "script-bengali",
            Self::Thai => "script-thai",
            Self::Armenian => "script-armenian",
            Self::Georgian => "script-georgian",
            Self::Ethiopic => "script-ethiopic",
            Self::Tamil => "script-tamil",
        })
    }

    /// Letters a font must draw to be taken for this script.
    pub fn sample(self) -> &'static str {
        match self {
            Self::Arabic => "منتدى",
            Self::Hebrew => "שלום",
            Self::Cjk => "联合国あ한",
            Self::Devanagari => "नमस्ते",
            Self::Bengali => "বাংলা",
            Self::Thai => "ไทย",
            Self::Armenian => "Հայ",
            Self::Georgian => "ქართ",
            Self::Ethiopic => "አማርኛ",
            Self::Tamil => "தமிழ்",
        }
    }

    /// Families tried first, best first, before any face on the system
    /// that draws the sample.
    pub fn preferred_families(self) -> &'static [&'static str] {
        match self {
            Self::Arabic => &["Noto Sans Arabic"],
            Self::Hebrew => &["Noto Sans Hebrew"],
            Self::Cjk => &["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR"],
            Self::Devanagari => &["Noto Sans Devanagari"],
            Self::Bengali => &["Noto Sans Bengali"],
            Self::Thai => &["Noto Sans Thai"],
            Self::Armenian => &["Noto Sans Armenian"],
            Self::Georgian => &["Noto Sans Georgian"],
            Self::Ethiopic => &["Noto Sans Ethiopic"],
            Self::Tamil => &["Noto Sans Tamil"],
        }
    }

    fn of(c: char) -> Option<Self> {
        use unicode_script::Script as U;
        Some(match c.script() {
            U::Arabic | U::Syriac | U::Thaana => Self::Arabic,
            U::Hebrew => Self::Hebrew,
            U::Han | U::Hiragana | U::Katakana | U::Hangul | U::Bopomofo => Self::Cjk,
            U::Devanagari => Self::Devanagari,
            U::Bengali => Self::Bengali,
            U::Thai => Self::Thai,
            U::Armenian => Self::Armenian,
            U::Georgian => Self::Georgian,
            U::Ethiopic => Self::Ethiopic,
            U::Tamil => Self::Tamil,
            _ => return None,
        })
    }
}

/// The scripts of `text` that need a font beyond egui's own (Latin,
/// Greek and Cyrillic are drawn by egui's Ubuntu face).
pub fn scripts_in(text: &str, found: &mut BTreeSet<Script>) {
    // Most text is ASCII: skip it without looking a character up.
    if text.is_ascii() {
        return;
    }
    found.extend(
        text.chars()
            .filter(|c| !c.is_ascii())
            .filter_map(Script::of),
    );
}

/// Every script the text of `map` uses: names, notes, tags, coalitions,
/// scenes, relation notes.
pub fn scripts_of_map(map: &crate::model::Map) -> BTreeSet<Script> {
    let mut found = BTreeSet::new();
    scripts_in(map.title(), &mut found);
    for s in map.stakeholders() {
        for text in [&s.name, &s.notes, &s.confidential_notes]
            .into_iter()
            .chain(&s.tags)
            .chain(&s.expertise)
        {
            scripts_in(text, &mut found);
        }
    }
    for relation in map.relations() {
        scripts_in(&relation.note, &mut found);
    }
    for coalition in map.coalitions() {
        scripts_in(&coalition.name, &mut found);
        scripts_in(&coalition.objective, &mut found);
    }
    for scene in map.scenes() {
        scripts_in(&scene.title, &mut found);
        scripts_in(&scene.caption, &mut found);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scripts(text: &str) -> Vec<Script> {
        let mut found = BTreeSet::new();
        scripts_in(text, &mut found);
        found.into_iter().collect()
    }

    #[test]
    fn latin_greek_and_cyrillic_need_no_other_font() {
        assert!(scripts("Église Saint-Étienne, Ωμέγα, Красный Крест").is_empty());
    }

    #[test]
    fn arabic_chinese_and_the_others_are_told_apart() {
        assert_eq!(scripts("UN مجلس الأمن"), vec![Script::Arabic]);
        assert_eq!(scripts("联合国难民理事会"), vec![Script::Cjk]);
        assert_eq!(scripts("東京 とうきょう 서울"), vec![Script::Cjk]);
        assert_eq!(
            scripts("שלום नमस्ते"),
            vec![Script::Hebrew, Script::Devanagari]
        );
    }

    #[test]
    fn every_sample_is_of_its_own_script() {
        for script in [
            Script::Arabic,
            Script::Hebrew,
            Script::Cjk,
            Script::Devanagari,
            Script::Bengali,
            Script::Thai,
            Script::Armenian,
            Script::Georgian,
            Script::Ethiopic,
            Script::Tamil,
        ] {
            assert_eq!(scripts(script.sample()), vec![script]);
        }
    }
}
