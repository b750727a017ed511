//! The three languages say the same things: no text missing or left over
//! in any of them, every text the code asks for is there, every action and
//! menu has its words.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use strum::IntoEnumIterator;

use super::*;
use crate::ui::actions::{Action, MenuGroup};

fn folder(language: Language) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(language.code())
}

/// Every message and attribute id of a language's files: `action-save`,
/// `action-save.description`.
fn ids(language: Language) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let files = std::fs::read_dir(folder(language)).unwrap();
    for file in files {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                assert!(
                    ids.insert(id.to_owned()),
                    "{id} twice in {}",
                    path.display()
                );
                for attribute in &message.attributes {
                    ids.insert(format!("{id}.{}", attribute.id.name));
                }
            }
        }
    }
    ids
}

#[test]
fn every_language_has_every_text_and_no_other() {
    let english = ids(Language::English);
    assert!(english.len() > 100, "{}", english.len());
    for language in [Language::French, Language::Spanish] {
        let theirs = ids(language);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{language:?} has unused {extra:?}");
    }
}

#[test]
fn every_action_and_menu_has_its_words_in_every_language() {
    for language in Language::iter() {
        for action in Action::all() {
            let label = action.text_id();
            let description = format!("{label}.description");
            for id in [label, description] {
                let text = text_in(language, &id);
                assert!(
                    text.is_some_and(|t| !t.trim().is_empty()),
                    "{language:?}: {id}"
                );
            }
        }
        for group in MenuGroup::iter() {
            let name: &'static str = group.into();
            assert!(text_in(language, &format!("menu-{name}")).is_some());
        }
    }
}

/// The text ids the code names literally: the first argument of `tr(…)`
/// and `tr_with(…)`.
fn ids_in_code() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (path, text) in rust_sources() {
        if path.ends_with("i18n/tests.rs") || path.ends_with("i18n/scan.rs") {
            continue;
        }
        for call in ["tr(", "tr_with("] {
            for (at, _) in text.match_indices(call) {
                // `tr(` itself, not the end of `push_str(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text[at + call.len()..].trim_start();
                if let Some(rest) = rest.strip_prefix('"')
                    && let Some(end) = rest.find('"')
                {
                    found.insert(rest[..end].to_owned());
                }
            }
        }
    }
    found
}

/// Every Rust file under `src/`, with its text.
fn rust_sources() -> Vec<(PathBuf, String)> {
    let mut sources = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                sources.push((path, text));
            }
        }
    }
    sources
}

#[test]
fn every_text_the_code_asks_for_is_in_english() {
    let english = ids(Language::English);
    let missing: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|id| !english.contains(id))
        .collect();
    assert!(missing.is_empty(), "not in assets/i18n/en: {missing:?}");
}

#[test]
fn every_english_text_is_used() {
    let code = ids_in_code();
    let sources: String = rust_sources().into_iter().map(|(_, text)| text).collect();
    let actions: BTreeSet<String> = Action::all().map(Action::text_id).collect();
    let unused: Vec<String> = ids(Language::English)
        .into_iter()
        .filter(|id| {
            let message = id.split('.').next().unwrap_or(id);
            let named = |prefix: &str| {
                message
                    .strip_prefix(prefix)
                    .is_some_and(|rest| sources.contains(&format!("\"{rest}\"")))
            };
            !(code.contains(message)
                || sources.contains(&format!("\"{message}\""))
                || actions.contains(message)
                || MenuGroup::iter().any(|g| {
                    let name: &'static str = g.into();
                    message == format!("menu-{name}")
                })
                || named("gesture-"))
        })
        .collect();
    assert!(unused.is_empty(), "never asked for: {unused:?}");
}

#[test]
fn a_locale_is_read_by_its_language() {
    assert_eq!(Language::of_locale("fr-CF"), Some(Language::French));
    assert_eq!(Language::of_locale("es_ES.UTF-8"), Some(Language::Spanish));
    assert_eq!(Language::of_locale("EN"), Some(Language::English));
    assert_eq!(Language::of_locale("ar-SY"), None);
    assert_eq!(Language::of_locale(""), None);
}

#[test]
fn plurals_and_arguments_come_through_fluent_without_isolation_marks() {
    set_language(Language::French);
    let undo = tr_with("menu-undo-step", &[("step", "move “Union”".into())]);
    set_language(Language::English);
    assert_eq!(undo, "Annuler : move “Union”");
    assert!(!undo.contains('\u{2068}'));
    assert_eq!(tr("action-save"), "Save");
    assert_eq!(tr("no-such-text"), "no-such-text");
}

/// Files of `src/ui` this sweep has not reached yet: each still shows
/// English written into its code, and leaves this list when swept.
const NOT_YET_SWEPT: &[&str] = &[
    "src/ui/analysis_panel/change.rs",
    "src/ui/inspector_history.rs",
    "src/ui/analysis_panel/findings.rs",
    "src/ui/analysis_panel/mod.rs",
    "src/ui/analysis_panel/routes.rs",
    "src/ui/app/clipboard.rs",
    "src/ui/app/dialogs.rs",
    "src/ui/app/editing.rs",
    "src/ui/app/files.rs",
    "src/ui/app/find.rs",
    "src/ui/app/mod.rs",
    "src/ui/app/presenting.rs",
    "src/ui/app/run.rs",
    "src/ui/app/session.rs",
    "src/ui/app/shortcuts.rs",
    "src/ui/app/window.rs",
    "src/ui/autosave.rs",
    "src/ui/canvas/access.rs",
    "src/ui/canvas/context_menu.rs",
    "src/ui/canvas/drawing.rs",
    "src/ui/canvas/mod.rs",
    "src/ui/canvas/text_entry.rs",
    "src/ui/coalitions.rs",
    "src/ui/compare_dialog.rs",
    "src/ui/document.rs",
    "src/ui/graphml_import.rs",
    "src/ui/grid.rs",
    "src/ui/map_settings.rs",
    "src/ui/merge_dialog.rs",
    "src/ui/mod.rs",
    "src/ui/picture/mod.rs",
    "src/ui/picture/png.rs",
    "src/ui/picture/svg/mod.rs",
    "src/ui/picture/svg/text.rs",
    "src/ui/present.rs",
    "src/ui/scenes.rs",
    "src/ui/script/follow.rs",
    "src/ui/script/fonts.rs",
    "src/ui/script/mod.rs",
    "src/ui/share_dialog.rs",
    "src/ui/spectrum.rs",
    "src/ui/spreadsheet.rs",
    "src/ui/table/choices.rs",
    "src/ui/table/columns.rs",
    "src/ui/table/draw.rs",
    "src/ui/table/mod.rs",
    "src/ui/table/sheet.rs",
    "src/ui/tessellated.rs",
    "src/ui/theme.rs",
    "src/ui/theme/vision.rs",
    "src/ui/views.rs",
];

/// Literals of `src/ui` that the scanner takes for words but are not
/// interface text, as `(file, literal)`.
const NOT_WORDS: &[(&str, &str)] = &[
    // A join code's shape, shown greyed in its empty field.
    ("src/ui/live_dialog.rs", "K7QM-4PXR-2HTW"),
];

#[test]
fn no_english_is_written_into_the_interface_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for (path, text) in rust_sources() {
        let file = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !file.starts_with("src/ui/")
            || file.ends_with("/tests.rs")
            || NOT_YET_SWEPT.contains(&file.as_str())
        {
            continue;
        }
        for literal in scan::english_literals(&text) {
            if !NOT_WORDS.contains(&(file.as_str(), literal.text.as_str())) {
                found.push(format!("{file}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English written into the interface; put it in assets/i18n/en/ and show it \
         through tr(…):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_choice_of_the_map_has_its_words_in_every_language() {
    use crate::model::{
        Confidence, Contribution, FocusDirection, Kind, MemberRole, Role, SceneView, Stance,
    };
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(Kind::ALL.iter().map(Translated::text_id));
    ids.extend(Stance::ALL.iter().map(Translated::text_id));
    ids.extend(Role::ALL.iter().map(Translated::text_id));
    ids.extend(MemberRole::ALL.iter().map(Translated::text_id));
    ids.extend(Contribution::ALL.iter().map(Translated::text_id));
    ids.extend(Confidence::ALL.iter().map(Translated::text_id));
    ids.extend(FocusDirection::ALL.iter().map(Translated::text_id));
    ids.extend(SceneView::ALL.iter().map(Translated::text_id));
    for language in Language::iter() {
        for id in &ids {
            assert!(text_in(language, id).is_some(), "{language:?}: {id}");
        }
        set_language(language);
        for kind in crate::model::RelationKind::BUILT_IN {
            assert!(
                !relation_kind(kind).starts_with("relation-"),
                "{language:?}"
            );
        }
    }
    set_language(Language::English);
    assert_eq!(Stance::ActiveAlly.translated(), "Active ally");
    assert_eq!(kind_group(Kind::Funder, 2), "Funders (2)");
}
