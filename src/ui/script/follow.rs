//! The window's fonts following its text: when the map (or what is typed
//! or pasted) first uses a script, its font is loaded before anything is
//! drawn with it; a script with no font anywhere is told of once.

use std::collections::BTreeSet;

use super::{Script, fonts, scripts_in, scripts_of_map};

#[derive(Default)]
pub struct ScriptFonts {
    /// The document generation whose text was last looked at.
    checked: Option<u64>,
    /// Scripts already given a font, or told to have none.
    known: BTreeSet<Script>,
}

/// What following the text found.
#[derive(Default)]
pub struct Followed {
    /// Fonts were added: egui uses them from its next pass, so this pass
    /// is better not drawn (its text would be laid out without them).
    pub added: bool,
    /// The notice for scripts no font on this computer draws.
    pub missing: Option<String>,
}

impl ScriptFonts {
    /// Looks at the map's text when it changed, and at what was typed or
    /// pasted this frame.
    pub fn follow(
        &mut self,
        ctx: &egui::Context,
        map: &crate::model::Map,
        generation: u64,
    ) -> Followed {
        let mut wanted = BTreeSet::new();
        if self.checked != Some(generation) {
            self.checked = Some(generation);
            wanted = scripts_of_map(map);
        }
        ctx.input(|input| {
            for event in &input.events {
                if let egui::Event::Text(text) | egui::Event::Paste(text) = event {
                    scripts_in(text, &mut wanted);
                }
            }
        });
        wanted.retain(|script| !self.known.contains(script));
        if wanted.is_empty() {
            return Followed::default();
        }
        let (missing, added) = fonts::install(ctx, &wanted);
        self.known.extend(wanted);
        Followed {
            added,
            missing: notice(&missing),
        }
    }
}

/// "No font on this computer draws Hebrew…", or `None` when every script
/// has one.
fn notice(missing: &[Script]) -> Option<String> {
    let names: Vec<String> = missing.iter().map(|script| script.label()).collect();
    let (last, rest) = names.split_last()?;
    let listed = if rest.is_empty() {
        last.clone()
    } else {
        crate::i18n::tr_with(
            "script-either",
            &[
                ("some", rest.join(", ").into()),
                ("last", last.clone().into()),
            ],
        )
    };
    Some(crate::i18n::tr_with(
        "script-no-font",
        &[("scripts", listed.into())],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_names_every_script_without_a_font() {
        assert_eq!(notice(&[]), None);
        let one = notice(&[Script::Thai]).unwrap();
        assert!(
            one.starts_with("No font on this computer draws Thai letters"),
            "{one}"
        );
        let two = notice(&[Script::Hebrew, Script::Ethiopic]).unwrap();
        assert!(two.contains("draws Hebrew or Ethiopic letters"), "{two}");
    }

    #[test]
    fn a_map_in_arabic_gets_its_font_once_and_a_latin_map_none() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let mut fonts = ScriptFonts::default();
        let mut map = crate::model::Map::new("Église Saint-Étienne");
        assert!(!fonts.follow(&ctx, &map, 1).added);
        map = crate::model::Map::new("منتدى وكالات الإغاثة");
        let followed = fonts.follow(&ctx, &map, 2);
        assert!(followed.added && followed.missing.is_none());
        assert!(!fonts.follow(&ctx, &map, 3).added);
    }
}
